"""Canary words placed only in a sekretess handling's PDF and in a document that
has left the website never reach any output file, compressed or not."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

from pypdf import PdfReader

from conftest import LITEN, kopiera_projekt, kor
from test_personnummerkontroll import pdf_med

SEKRETESS = "sekretesskanariefågel"  # only in handlingar/utredning-sekretess.pdf of the fixture
GALLRAD = "gallringskanariefågel"


def texter(site: Path):
    """Every output file as text: raw, gunzipped (pagefind), and a PDF's extracted text."""
    for fil in site.rglob("*"):
        if not fil.is_file():
            continue
        data = fil.read_bytes()
        yield fil, data.decode("utf-8", errors="ignore")
        if data[:2] == b"\x1f\x8b":
            yield fil, gzip.decompress(data).decode("utf-8", errors="ignore")
        if data[:5] == b"%PDF-":
            yield fil, " ".join(s.extract_text() or "" for s in PdfReader(fil).pages)


def test_kanarieord_finns_aldrig_i_nagon_utdata(tmp_path):
    projekt = kopiera_projekt(LITEN, tmp_path / "p")
    mapp = projekt / "content/socialnamnden/2025-03-26"
    assert SEKRETESS in " ".join(s.extract_text() for s in PdfReader(mapp / "handlingar/utredning-sekretess.pdf").pages)
    # A handling that has left the website (webbgallring) carries the other canary.
    pdf_med(mapp / "handlingar/gallrad-bilaga.pdf", [f"Bilaga med ordet {GALLRAD}."])
    yml = mapp / "sammantrade.yml"
    yml.write_text(yml.read_text().replace(
        "    - {nr: 2, rubrik: Köp av boendeplatser, dnr: SOC/2025-000185}",
        "    - nr: 2\n      rubrik: Köp av boendeplatser\n      dnr: SOC/2025-000185\n      handlingar:\n"
        "        - {titel: Gallrad bilaga, fil: handlingar/gallrad-bilaga.pdf, webbgallras: 2025-03-20}",
    ))
    r = kor("bygg", "--datum", "2025-05-01", cwd=projekt)
    assert r.returncode == 0, r.stderr
    site = projekt / "site"
    antal = 0
    for fil, text in texter(site):
        antal += 1
        assert SEKRETESS not in text, fil
        assert GALLRAD not in text, fil
        assert "utredning-sekretess" not in text and "gallrad-bilaga" not in text, fil
    pagefind = list((site / "pagefind").rglob("*.pf_*"))
    assert pagefind and antal > 50
    # The canaries stay in the archive.
    assert (mapp / "handlingar/utredning-sekretess.pdf").exists() and (mapp / "handlingar/gallrad-bilaga.pdf").exists()


def test_symlank_ut_ur_content_ar_ett_fel(tmp_path):
    projekt = kopiera_projekt(LITEN, tmp_path / "p")
    utanfor = tmp_path / "hemligt.pdf"
    pdf_med(utanfor, ["Hemligt."])
    lank = projekt / "content/socialnamnden/2025-03-26/handlingar/lank.pdf"
    os.symlink(utanfor, lank)
    yml = projekt / "content/socialnamnden/2025-03-26/sammantrade.yml"
    yml.write_text(yml.read_text().replace("fil: handlingar/tjansteskrivelse.pdf", "fil: handlingar/lank.pdf"))
    r = kor("validera", "--datum", "2025-04-01", cwd=projekt)
    assert r.returncode == 1
    assert "'handlingar/lank.pdf' ligger utanför content/" in r.stderr
