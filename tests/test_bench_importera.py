"""A smoke run of bench/importera.py on one year of one nämnd: the PDFs are written, the folder
import runs twice and every draft is checked against what was generated. The real measurement
(ten years, about 220 PDFs, ≤ 60 s) is run by hand, not by the test suite."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import REPO


def test_importmatningen_kor_pa_ett_ar(tmp_path):
    r = subprocess.run(
        [sys.executable, str(REPO / "bench" / "importera.py"), "--ut", str(tmp_path / "arbete"), "--ar", "1"],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )
    data = json.loads(r.stdout[: r.stdout.rindex("}") + 1])
    assert data["slutkod"] == 0, r.stderr[-3000:]
    assert data["pdf"] >= 20 and data["protokoll"] >= 10
    assert data["protokoll_som_inte_stammer"] == []
    assert data["andra_korningen_andrade_ingenting"]
    assert (tmp_path / "arbete" / "importrapport.txt").read_text(encoding="utf-8").startswith("Import av ")
