"""The phrasings as data, secrecy on the safe side, and the PDFs a folder import refuses."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from fpdf import FPDF

from conftest import REPO, kor
from generator.importera import fraser
from generator.importera.kommando import importera
from generator.importera.mapp import importera_mapp
from generator.importera.protokoll_ord import avsnitt
from layoutpdf import skriv_dokument
from test_importera_layouter import SITE_CONFIG, las, projekt

TABELLER = {
    namn: tabell for namn, tabell in vars(fraser).items()
    if isinstance(tabell, list) and tabell and all(isinstance(f, fraser.Fras) for f in tabell)
}


def test_varje_rad_har_ett_exempel_som_den_kanner_igen():
    assert {"SEKRETESS", "OMEDELBART", "ETIKETTER", "AVSNITT", "PARAGRAFRUBRIK", "HUVUDMENINGAR"} <= set(TABELLER)
    for namn, tabell in TABELLER.items():
        for rad in tabell:
            assert rad.exempel, (namn, rad.monster.pattern)
            if namn == "AVSNITT":
                assert avsnitt(rad.exempel) == rad.varde, (namn, rad.exempel)
            elif namn == "ETIKETTER":
                assert rad.monster.search(rad.exempel.removesuffix(" …")), (namn, rad.exempel)
            elif namn in ("OMEDELBART", "AVSNITT_I_TEXT", "HUVUDMENINGAR"):
                assert rad.monster.fullmatch(rad.exempel), (namn, rad.exempel)
            else:
                assert rad.monster.search(rad.exempel), (namn, rad.exempel)


# Each wording of secrecy, in the body of a § with a heading that says nothing.
SEKRETESSFORMULERINGAR = [
    ("Borttagen på grund av sekretess", True),
    ("Paragrafen omfattas av sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen.", True),
    ("Ärendet är sekretessbelagt.", True),
    ("Uppgifterna i ärendet omfattas av sekretess.", True),
    ("Beslutet publiceras inte.", True),
    ("Ej för publicering", True),
    ("Publiceras ej", True),
    ("Sekretess enligt OSL 26 kap. 1 §", True),
    ("Individärende enl. OSL 26:1", True),
    ("Sekretess", True),
    ("Sekr.", False),
    ("Individärende", False),
]


def _protokoll(brodtext: str) -> str:
    return (
        "Sammanträdesprotokoll Socialnämnden\nSammanträdesdatum 2026-02-10\n\n"
        "§ 5 Val av justerare\n\nBeslut\nAnna Ek utses.\n\n"
        f"§ 6 Ett ärende\nDnr SN 2026/9\n\n{brodtext}\n\n"
        "§ 7 Information\n\nBeslut\nInformationen noteras.\n"
    )


@pytest.mark.parametrize("text,saker", SEKRETESSFORMULERINGAR, ids=[t for t, _ in SEKRETESSFORMULERINGAR])
def test_varje_formulering_av_sekretess_ger_en_sekretessparagraf(tmp_path, text, saker):
    rot = projekt(tmp_path / "p")
    kalla = tmp_path / "protokoll.txt"
    kalla.write_text(_protokoll(text), encoding="utf-8")
    r = importera(kalla, rot)
    p = las(r.mapp / "protokoll.yml")["paragrafer"]
    assert p[1] == {"nr": 6, "sekretess": True, "dnr": "SN 2026/9"}
    assert not p[0].get("sekretess") and not p[2].get("sekretess")
    assert "Ett ärende" not in r.texter["protokoll.yml"]
    rad = next(x for x in r.rapport.splitlines() if x.startswith("  - § 6: sekretess"))
    assert "avgjordes av rad 12" in rad  # the line that says it
    assert ("osäkert" in rad) == (not saker)
    if not saker:
        assert "§ 6 sekretess: markerad med sekretess för säkerhets skull" in r.rapport


def test_sekretess_i_rubriken_och_text_som_bara_namner_sekretess(tmp_path):
    rot = projekt(tmp_path / "p")
    kalla = tmp_path / "protokoll.txt"
    kalla.write_text(
        _protokoll("Beslut\nInga personuppgifter eller sekretessuppgifter får föras in i tjänsten.").replace(
            "§ 7 Information", "§ 7 Ansökan om bistånd – omfattas av sekretess"
        ),
        encoding="utf-8",
    )
    p = las(importera(kalla, rot).mapp / "protokoll.yml")["paragrafer"]
    assert not p[1].get("sekretess")  # running text about secrecy rules is not a secret §
    assert p[2] == {"nr": 7, "sekretess": True}


# --- PDFs that are refused, each with its reason ------------------------------------------------


def _vagrade(mapp: Path) -> None:
    mapp.mkdir(parents=True)
    bild = FPDF()
    bild.add_page()
    bild.rect(20, 20, 100, 100)  # a scanned page: a picture, no text
    bild.output(str(mapp / "inskannad.pdf"))
    (mapp / "trasig.pdf").write_bytes(b"%PDF-1.7\nmer finns inte\n")
    skriv_dokument({"text": "Sammanträdesprotokoll Socialnämnden\n§ 1 Hemligt", "krypterad": "hemligt"}, mapp / "krypterad.pdf")
    skriv_dokument(
        {"text": "Tjänsteskrivelse\nDatum 2026-02-01\nBudgetuppföljning januari\nFörvaltningen redovisar utfallet."},
        mapp / "tjansteskrivelse.pdf",
    )


def test_mappimporten_vagrar_med_skal(tmp_path):
    rot = projekt(tmp_path / "p")
    _vagrade(tmp_path / "arkiv")
    m = importera_mapp(tmp_path / "arkiv", rot, framsteg=False)
    skal = {u.fil.name: u.vagrad for u in m.utfall}
    assert skal["inskannad.pdf"].startswith("inskannad bild utan text")
    assert skal["krypterad.pdf"].startswith("krypterad med lösenord")
    assert skal["trasig.pdf"].startswith("kan inte läsas som PDF")
    assert skal["tjansteskrivelse.pdf"].startswith("varken ett protokoll eller en kallelse")
    for namn in skal:
        assert re.search(rf"^VÄGRAD\s+{re.escape(namn)}: ", m.rapport, re.M), namn
    assert "4 vägrade" in m.rapport
    assert not list((rot / "content").rglob("*.yml"))
    r = kor("importera", str(tmp_path / "arkiv"), cwd=rot)
    assert r.returncode == 1 and "Traceback" not in r.stderr


def test_en_krypterad_pdf_ger_svenskt_fel(tmp_path):
    rot = projekt(tmp_path / "p")
    skriv_dokument({"text": "Sammanträdesprotokoll Socialnämnden", "krypterad": "hemligt"}, tmp_path / "k.pdf")
    r = kor("importera", str(tmp_path / "k.pdf"), cwd=rot)
    assert r.returncode == 1
    assert "PDF-filen är krypterad med ett lösenord" in r.stderr


# --- The example site's own protokoll PDFs (tools/skapa_exempel_pdf.py): no corpus needed -----

EXEMPEL_PDF = sorted((REPO / "content").glob("*/*/handlingar/protokoll-*.pdf"))


def test_exempelwebbplatsens_pdf_er_som_mapp(tmp_path):
    """All of the example's protokoll PDFs in one folder import: their §§ and secrecy come back."""
    assert EXEMPEL_PDF
    rot = tmp_path / "p"
    (rot / "content").mkdir(parents=True)
    shutil.copy(REPO / "site_config.yml", rot / "site_config.yml")
    arkiv = tmp_path / "arkiv"
    for pdf in EXEMPEL_PDF:
        mal = arkiv / pdf.parent.parent.parent.name / f"{pdf.parent.parent.name}.pdf"
        mal.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(pdf, mal)
    m = importera_mapp(arkiv, rot, framsteg=False)
    assert not m.vagrade, m.rapport
    for pdf in EXEMPEL_PDF:
        original = las(pdf.parent.parent / "protokoll.yml")
        utkast = las(rot / pdf.parent.parent.relative_to(REPO) / "protokoll.yml")
        assert [p["nr"] for p in utkast["paragrafer"]] == [p["nr"] for p in original["paragrafer"]]
        assert [p["nr"] for p in utkast["paragrafer"] if p.get("sekretess")] == [
            p["nr"] for p in original["paragrafer"] if p.get("sekretess")
        ]
        assert utkast["justering"] == original["justering"]
