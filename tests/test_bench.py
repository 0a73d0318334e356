"""A smoke run of the benchmark (bench/run.py) on a tiny archive: every part of it runs and
the report names every target. The real measurement is not part of the test suite."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
import run  # noqa: E402


def test_prestandamatningen_kor_pa_ett_litet_arkiv(tmp_path):
    resultat = tmp_path / "RESULTS.md"
    r = subprocess.run(
        [sys.executable, str(REPO / "bench" / "run.py"), "--ut", str(tmp_path / "arbete"), "--faktorer", "0.01,0.02",
         "--resultat", str(resultat), "--fragor", "5"],
        cwd=REPO, capture_output=True, text=True, timeout=1800,  # a busy machine is slow, not wrong
    )
    assert r.returncode == 0, r.stderr[-4000:]
    text = resultat.read_text(encoding="utf-8")
    for rad in ("hela bygget med sökindex ≤ 180 s", "≤ 1,5 GB", "≤ 1,3 × bart mkdocs-material-bygge",
                "≤ 2,2 × tid vid halv storlek", "`namndsajt validera` på hela arkivet ≤ 20 s", "en nämnds enda år ≤ 5 s",
                "sökning, median ≤ 150 ms", "95:e percentilen ≤ 400 ms", "första sökningen laddar ner ≤ 400 kB",
                "med ett filter ikryssat", "sorterat efter datum, 95:e percentilen ≤ 800 ms",
                "skrivna ett tecken i taget (5 per sekund)"):
        assert rad in text, rad
    for steg in ("läsa", "granska", "publiceringsregler", "sökindex: posterna", "rendera (och pagefind)",
                 "sökindex: vänta på pagefind", "exportera"):
        assert f"| {steg} |" in text, steg
    assert "2 kärnor" in text or "kärnor (" in text
    assert (tmp_path / "skalning.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    data = json.loads((tmp_path / "RESULTS.json").read_text(encoding="utf-8"))
    assert [s["faktor"] for s in data["storlekar"]] == [0.01, 0.02]
    assert all(s["arkiv"]["paragrafer"] > 0 and s["sidor"] > 0 for s in data["storlekar"])
    # The first five of the fixed queries (a word, a dnr, two words, a rare word, a dnr with a space), in every series.
    for serie in ("tider", "tider_filter", "tider_datum", "tider_skrivna"):
        assert [t[0] for t in data["sokning"][serie]] == run.FRAGOR[:5] and all(t[1] > 0 for t in data["sokning"][serie]), serie
    assert "5 frågor: median" in text and "python bench/run.py --faktorer 0.01,0.02 --fragor 5\n" in text
    # Typed a character at a time, the page ends with the hits of the whole query, every time.
    hela = {f: m for f, _, m in data["sokning"]["tider"]}
    assert [m for f, _, m in data["sokning"]["tider_skrivna"]] == [hela[f] for f, _, _ in data["sokning"]["tider_skrivna"]]
    assert [a[0] for a in data["sokning"]["api"]] == run.API_FRAGOR and all(a[2] > 0 and a[3] > 0 for a in data["sokning"]["api"])
    assert "med filtren laddade" in text
    # Nothing was written into the repository.
    assert not (REPO / "bench" / "arbete").exists()
