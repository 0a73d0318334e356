"""Render the import fixtures' layouts (tests/fixtures/import/*.yml) to PDF with fpdf2.

A layout is a fictional kommun's way of writing a protokoll or a kallelse: its text
with page breaks ("---" alone on a line), label columns ("Etikett | värde": the
label at the left margin, the value in a second column, as ärendehanteringssystem
lay out a protokoll's head), and the page header and footer repeated on every page
("{sida}" and "{antal}" become the page number and the page count). The PDFs are
written at test time; the same layout gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml
from fpdf import FPDF

LAYOUTER = Path(__file__).resolve().parent / "fixtures" / "import"
TYPSNITT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
KOLUMNER = (0, 58, 128)  # mm from the left margin: a label, its value, a third column
RADHOJD = 4.6
SIDFOT_Y = 278


def layouter() -> list[Path]:
    return sorted(LAYOUTER.glob("*.yml"))


def las_layout(fil: Path) -> dict:
    return yaml.safe_load(fil.read_text(encoding="utf-8"))


def _typsnitt() -> Path:
    if TYPSNITT.is_file():
        return TYPSNITT
    hittade = sorted(Path("/usr/share/fonts").rglob("DejaVuSans.ttf")) if Path("/usr/share/fonts").is_dir() else []
    if not hittade:
        raise FileNotFoundError("DejaVuSans.ttf saknas; installera Debians paket fonts-dejavu-core")
    return hittade[0]


class _Pdf(FPDF):
    def __init__(self, sidhuvud: list[str], sidfot: list[str]):
        super().__init__(format="A4")
        self.sidhuvud = sidhuvud
        self.sidfot = sidfot
        self.set_creation_date(dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
        self.add_font("DejaVu", fname=str(_typsnitt()))
        self.set_font("DejaVu", size=9.5)
        self.set_auto_page_break(False)
        self.alias_nb_pages("{antal}")

    def rad(self, text: str) -> None:
        """One line; " | " separates columns ("| värde" leaves the label column empty)."""
        delar = [d.strip() for d in (" " + text).split(" | ")] if " | " in text or text.startswith("| ") else [text.rstrip()]
        y = self.get_y()
        for x, del_ in zip(KOLUMNER, delar):
            if del_:
                self.set_xy(self.l_margin + x, y)
                self.cell(0, RADHOJD, del_)
        self.set_xy(self.l_margin, y + RADHOJD)

    def ny_sida(self) -> None:
        self.add_page()
        self.set_y(12)
        for t in self.sidhuvud:
            self.rad(t.replace("{sida}", str(self.page_no())))
        self.ln(RADHOJD)
        y = self.get_y()
        self.set_y(SIDFOT_Y - RADHOJD * len(self.sidfot))
        for t in self.sidfot:
            self.rad(t.replace("{sida}", str(self.page_no())))
        self.set_y(y)


def skriv_dokument(dokument: dict, ut: Path) -> Path:
    pdf = _Pdf(dokument.get("sidhuvud", []), dokument.get("sidfot", []))
    pdf.ny_sida()
    for rad in dokument["text"].rstrip("\n").split("\n"):
        if rad.strip() == "---":
            pdf.ny_sida()
            continue
        if pdf.get_y() > SIDFOT_Y - RADHOJD * (len(pdf.sidfot) + 2):
            pdf.ny_sida()
        pdf.rad(rad)
    if dokument.get("krypterad"):
        pdf.set_encryption(owner_password="agare", user_password=dokument["krypterad"])
    pdf.output(str(ut))
    return ut


def skriv_layout(fil: Path, mapp: Path) -> list[Path]:
    """Every PDF of one layout, written into `mapp`."""
    mapp.mkdir(parents=True, exist_ok=True)
    return [skriv_dokument(d, mapp / d["fil"]) for d in las_layout(fil)["dokument"]]
