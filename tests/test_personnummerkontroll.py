"""The personnummer scan over the whole site: text fields, PDF pages, PDF metadata."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fpdf import FPDF
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import LITEN, kopiera_projekt, kor
from generator.regler.personnummer import hitta, luhn
from test_felaktigt_innehall import ersatt, lagg_till

from conftest import KORPUS  # noqa: E402
PROTOKOLL = "content/socialnamnden/2025-03-26/protokoll.yml"


def kontrollsiffra(nio: str) -> str:
    return next(str(k) for k in range(10) if luhn(nio + str(k)))


@st.composite
def nummer(draw):
    """A valid personnummer or samordningsnummer in one of its written forms."""
    datum = draw(st.dates(dt.date(1900, 1, 1), dt.date(2025, 12, 31)))
    samordning = draw(st.booleans())
    dag = datum.day + (60 if samordning else 0)
    sex = f"{datum:%y%m}{dag:02d}"
    lopnr = f"{draw(st.integers(0, 999)):03d}"
    fyra = lopnr + kontrollsiffra(sex + lopnr)
    form = draw(st.sampled_from(["10-", "10", "10 ", "12-", "12", "12 ", "10+"]))
    if form == "10+" and datum.year > 1925:
        form = "10-"
    if form.startswith("12"):
        return f"{datum.year // 100}{sex}{form[2:]}{fyra}"
    return f"{sex}{form[2:]}{fyra}"


@settings(max_examples=500, deadline=None)
@given(n=nummer(), fore=st.sampled_from(["", "Sökande ", "pnr: ", "(", "Personnummer "]), efter=st.sampled_from(["", ".", ")", " har ansökt", ","]))
def test_genererade_nummer_i_alla_former_hittas(n, fore, efter):
    assert [t.text for t in hitta(f"{fore}{n}{efter}")] == [n]


@pytest.mark.korpus
def test_korpusen_ger_noll_traffar():
    filer = sorted(KORPUS.glob("*.txt"))
    assert len(filer) == 5, f"korpusen saknas i {KORPUS}"
    for fil in filer:
        assert hitta(fil.read_text(encoding="utf-8")) == [], fil.name


def test_organisationsnummer_och_telefonnummer_ar_inga_personnummer():
    assert hitta("Org.nr 212000-2403") == []
    assert hitta("Telefon 0701234567") == []


def pdf_med(fil: Path, sidor: list[str], forfattare: str | None = None) -> None:
    p = FPDF()
    if forfattare:
        p.set_author(forfattare)
    p.set_font("Helvetica", size=11)
    for text in sidor:
        p.add_page()
        p.set_font("Helvetica", size=11)
        p.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    p.output(str(fil))


def bygg(projekt: Path):
    return kor("bygg", "--datum", "2025-04-01", cwd=projekt)


def test_personnummer_i_textfalt_stoppar_bygget(tmp_path):
    projekt = kopiera_projekt(LITEN, tmp_path / "p")
    ersatt(PROTOKOLL, "Bifall till arbetsutskottets förslag.", "Bifall för sökande 121212 1212.")(projekt)
    r = bygg(projekt)
    assert r.returncode == 1
    assert (
        f"{PROTOKOLL}, rad 25, fältet 'paragrafer[3].yrkanden[1].text': fel: personnummer eller "
        "samordningsnummer xxxxxx xx12 får inte publiceras"
    ) in r.stderr
    assert "1212 1212" not in r.stderr and not (projekt / "site").exists()


def test_personnummer_i_pdf_och_metadata_stoppar_bygget(tmp_path):
    projekt = kopiera_projekt(LITEN, tmp_path / "p")
    handling = projekt / "content/socialnamnden/2025-03-26/handlingar/tjansteskrivelse.pdf"
    pdf_med(handling, ["Tjänsteskrivelse om strategisk plan.", "Sökande: 19121212-1212, Storgatan 1."], forfattare="Handläggare 191212121212")
    r = bygg(projekt)
    assert r.returncode == 1
    fil = "content/socialnamnden/2025-03-26/handlingar/tjansteskrivelse.pdf"
    assert f"{fil}: fel: på sidan 2: personnummer eller samordningsnummer 19xxxxxx-xx12" in r.stderr
    assert f"{fil}: fel: i PDF-filens metadata (Author): personnummer eller samordningsnummer 19xxxxxxxx12" in r.stderr


def test_sekretesshandling_publiceras_inte_och_skannas_darfor_inte(tmp_path):
    projekt = kopiera_projekt(LITEN, tmp_path / "p")
    pdf_med(projekt / "content/socialnamnden/2025-03-26/handlingar/utredning-sekretess.pdf", ["Den enskilde: 19121212-1212."])
    assert bygg(projekt).returncode == 0


def test_granskad_falsk_traff_godkanns_och_listas(tmp_path):
    projekt = kopiera_projekt(LITEN, tmp_path / "p")
    ersatt(PROTOKOLL, "Bifall till arbetsutskottets förslag.", "Bifall enligt ärende 121212-1212 i verksamhetssystemet.")(projekt)
    lagg_till(PROTOKOLL, "godkända_nummer:\n  - nummer: 121212-1212\n    skäl: Ärendenummer i verksamhetssystemet, inget personnummer\n")(projekt)
    r = bygg(projekt)
    assert r.returncode == 0, r.stderr
    assert f"{PROTOKOLL}: xxxxxx-xx12 godkänt efter granskning (Ärendenummer i verksamhetssystemet, inget personnummer)" in r.stderr
