"""The importer on a real PDF: corpus texts rendered with fpdf2 give the same drafts."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from fpdf import FPDF

from conftest import REPO, kor
from test_importera import HARNOSAND_2025, HALLTIDER_2025, PITEA, SITE_CONFIG, kontrollera_konto, las, rader
from generator.importera.kommando import importera, rakna

# The corpus tests read ../shared/corpus, which is not in this repository, and are marked
# one by one; the example site's own PDFs need no corpus and always run.

TYPSNITT = [
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
]


def typsnitt() -> Path:
    """A Unicode TrueType font: PDF's core fonts stop at Latin-1, and the corpus
    has en dashes, bullets and typographic quotes."""
    for fil in TYPSNITT:
        if fil.is_file():
            return fil
    hittade = sorted(Path("/usr/share/fonts").rglob("DejaVuSans.ttf")) if Path("/usr/share/fonts").is_dir() else []
    if hittade:
        return hittade[0]
    pytest.fail("DejaVuSans.ttf saknas; installera Debians paket fonts-dejavu-core (apt-get install fonts-dejavu-core)")


def skriv_pdf(text: Path, ut: Path, ny_sida: re.Pattern) -> Path:
    """Lay out the lines of `text` one per line, starting a page where `ny_sida` matches."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc))
    pdf.add_font("DejaVu", fname=str(typsnitt()))
    pdf.set_font("DejaVu", size=9)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    for rad in text.read_text(encoding="utf-8").split("\n"):
        if ny_sida.match(rad) and pdf.get_y() > 30:
            pdf.add_page()
        pdf.cell(0, 4.2, rad.rstrip(), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(ut))
    return ut


def utan_kommentarhuvud(text: str) -> str:
    """The draft without its first comment lines, which name the source file."""
    return re.sub(r"\A(?:#.*\n)+", "", text)


def projekt(rot: Path) -> Path:
    (rot / "content").mkdir(parents=True)
    (rot / "site_config.yml").write_text(SITE_CONFIG, encoding="utf-8")
    return rot


@pytest.mark.korpus
def test_pitea_som_pdf_ger_samma_utkast(tmp_path):
    text = rader(PITEA, 1, 568, tmp_path)
    # Pages as in the original: the cover, page 2, then one § per page under the header "Socialnämnden".
    pdf = skriv_pdf(text, tmp_path / "protokoll.pdf", re.compile(r"^ Socialnämnden\s*$|^Sammanträdesprotokoll 2 \(20\)"))
    assert pdf.read_bytes().startswith(b"%PDF-")
    fran_text = importera(text, projekt(tmp_path / "a"))
    fran_pdf = importera(pdf, projekt(tmp_path / "b"))
    assert max(r.sida for r in fran_pdf.konto.rader.values()) + 1 >= 18  # one page per §, as the original
    for namn in ("protokoll.yml", "sammantrade.yml"):
        a = (tmp_path / "a/content/socialnamnden/2025-03-26" / namn).read_text(encoding="utf-8")
        b = (tmp_path / "b/content/socialnamnden/2025-03-26" / namn).read_text(encoding="utf-8")
        assert utan_kommentarhuvud(b) == utan_kommentarhuvud(a)
    p = las(tmp_path / "b/content/socialnamnden/2025-03-26/protokoll.yml")
    assert [x["nr"] for x in p["paragrafer"]] == [*range(43, 54), *range(55, 60)]
    assert p["paragrafer"][2]["rubrik"] == "Strategisk plan - dialog"
    # The same lines went to fields and headers; only blank lines differ (layout gaps).
    a, b = rakna(fran_text.konto), rakna(fran_pdf.konto)
    assert (a.falt, a.sidhuvud, a.rapporterade) == (b.falt, b.sidhuvud, b.rapporterade)
    kontrollera_konto(fran_pdf)
    assert [n.falt for n in fran_pdf.lagen] == ["tillkännagivande.avpubliceras"]


@pytest.mark.korpus
def test_kallelse_som_pdf_ger_samma_utkast(tmp_path):
    text = rader(HARNOSAND_2025, 1, 87, tmp_path)
    pdf = skriv_pdf(text, tmp_path / "kallelse.pdf", re.compile(r"^$^"))
    importera(text, projekt(tmp_path / "a"))
    r = importera(pdf, projekt(tmp_path / "b"))
    a = (tmp_path / "a/content/socialnamnden/2025-11-27/sammantrade.yml").read_text(encoding="utf-8")
    b = (tmp_path / "b/content/socialnamnden/2025-11-27/sammantrade.yml").read_text(encoding="utf-8")
    assert utan_kommentarhuvud(b) == utan_kommentarhuvud(a)
    assert las(tmp_path / "b/content/socialnamnden/2025-11-27/sammantrade.yml")["kallelse"]["hålltider"] == HALLTIDER_2025
    kontrollera_konto(r)


# --- The example site's own protokoll PDFs --------------------------------------------------

EXEMPEL_PDF = sorted((REPO / "content").glob("*/*/handlingar/protokoll-*.pdf"))


def _jamforbar(varde):
    """Whitespace and the form of a single § number do not matter."""
    if isinstance(varde, str):
        return " ".join(varde.split())
    if isinstance(varde, int) and not isinstance(varde, bool):
        return str(varde)
    if isinstance(varde, list):
        return [_jamforbar(v) for v in varde]
    if isinstance(varde, dict):
        return {k: _jamforbar(v) for k, v in varde.items()}
    return varde


@pytest.mark.parametrize("pdf", EXEMPEL_PDF, ids=lambda p: p.parent.parent.relative_to(REPO / "content").as_posix())
def test_exempelwebbplatsens_protokoll_pdf_blir_samma_yaml(pdf, tmp_path):
    """tools/skapa_exempel_pdf.py writes each protokoll PDF from its protokoll.yml;
    importing the PDF gives that YAML back, except what a PDF does not carry
    (the files of handlingar)."""
    rot = tmp_path / "p"
    (rot / "content").mkdir(parents=True)
    shutil.copy(REPO / "site_config.yml", rot / "site_config.yml")
    r = importera(pdf, rot)
    kontrollera_konto(r)
    original = _jamforbar(las(pdf.parent.parent / "protokoll.yml"))
    utkast = _jamforbar(las(r.mapp / "protokoll.yml"))
    for nyckel in ("justering", "sekreterare", "omfattar", "närvaro"):
        assert utkast.get(nyckel) == original.get(nyckel), nyckel
    assert [p["nr"] for p in utkast["paragrafer"]] == [p["nr"] for p in original["paragrafer"]]
    for fran, till in zip(original["paragrafer"], utkast["paragrafer"]):
        assert {k: v for k, v in till.items()} == {k: v for k, v in fran.items() if k != "handlingar"}, fran["nr"]
    assert rakna(r.konto).rapporterade <= 2


def test_inskannad_eller_trasig_pdf_ger_svenskt_fel(tmp_path):
    rot = projekt(tmp_path / "p")
    tom = FPDF()
    tom.add_page()
    tom.rect(20, 20, 100, 100)  # a page with a picture of paper, no text
    tom.output(str(tmp_path / "inskannad.pdf"))
    r = kor("importera", str(tmp_path / "inskannad.pdf"), cwd=rot)
    assert r.returncode == 1
    assert "ingen text kunde läsas ur filen (är PDF:en inskannad?" in r.stderr
    (tmp_path / "trasig.pdf").write_bytes(b"%PDF-1.7\nmer finns inte\n")
    r = kor("importera", str(tmp_path / "trasig.pdf"), cwd=rot)
    assert r.returncode == 1
    assert "PDF-filen kan inte läsas" in r.stderr
    assert "Traceback" not in r.stderr
