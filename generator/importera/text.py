"""Import, step one: a PDF or its extracted text as numbered lines on pages.

Everything the importer knows about the shape of extracted text lives here:

- reading a PDF (pypdf, page by page, in layout mode so that the gaps between
  paragraphs survive as blank lines) or a text file (pages split where a form
  feed, a line starting with a single space, or a long run of blank lines
  shows a page break: the corpus' convention);
- page numbers ("1 (20)", "Sida 2 av 2") and page headers and footers, which
  are learnt from what repeats at the top and bottom of pages;
- joining wrapped lines into Markdown: words hyphenated at a line end, blank
  lines inside sentences, bullets and numbered lists;
- the account of every line's fate (`Konto`), so that nothing is lost
  silently: a line ends up in a field, is a header, footer or page number, is
  known text the site writes itself, lies outside the document, or is
  reported as not placed.
"""

from __future__ import annotations

import enum
import re
import textwrap
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from generator.importera.fel import FelIUnderlaget

# --- Lines and pages ---------------------------------------------------------------

_MELLANRUM = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# Bullets as extracted: Symbol font private-use points, squares, dots.
_PUNKTTECKEN = "•\uf0b7\uf0a7\uf0d8\u25aa\u25ab\u25cf\u25e6\u2022\u2023\u2043·▫▪►–-*"
_PUNKT = re.compile(r"^[•\uf0b7\uf0a7\uf0d8\u25aa\u25ab\u25cf\u25e6\u2023\u2043·▫▪►*]\s*|^[-–]\s+|^-(?=[A-ZÅÄÖ])")
_NUMRERAD = re.compile(r"^(\d{1,2})[.)]\s+(?=\S)")
MANGA_TOMMA = 6  # this many blank lines in a row end a page in extracted text


def normalisera(text: str) -> str:
    """One line as compared and parsed: no-break and other spaces as one space,
    bullets from symbol fonts as '•', trimmed."""
    text = text.replace("\uf0b7", "•").replace("\uf0a7", "•").replace("\uf0d8", "•")
    return _MELLANRUM.sub(" ", text).strip()


@dataclass(frozen=True)
class Rad:
    """One line of the source: its 1-based number, its text and its page."""

    nr: int
    text: str
    sida: int

    @property
    def ren(self) -> str:
        return normalisera(self.text)

    @property
    def tom(self) -> bool:
        return not self.ren


@dataclass
class Kalla:
    fil: Path
    rader: list[Rad]
    fran_pdf: bool

    @property
    def sidor(self) -> list[list[Rad]]:
        ut: list[list[Rad]] = []
        for rad in self.rader:
            while len(ut) <= rad.sida:
                ut.append([])
            ut[rad.sida].append(rad)
        return [s for s in ut if s]


def _fran_text(text: str) -> list[Rad]:
    rader: list[Rad] = []
    sida = 0
    innehall_pa_sidan = False
    tomma = 0
    delar = text.split("\n")
    if delar and delar[-1] == "":
        delar.pop()
    for nr, bit in enumerate(delar, 1):
        bit = bit.rstrip("\r")
        if "\f" in bit:
            if innehall_pa_sidan:
                sida += 1
                innehall_pa_sidan = False
            bit = bit.replace("\f", "")
        tom = not normalisera(bit)
        ny_sida = re.match(r"^ \S", bit) is not None or (not tom and tomma >= MANGA_TOMMA)
        if ny_sida and innehall_pa_sidan:
            sida += 1
            innehall_pa_sidan = False
        tomma = tomma + 1 if tom else 0
        innehall_pa_sidan = innehall_pa_sidan or not tom
        rader.append(Rad(nr, bit, sida))
    return rader


def _fran_pdf(fil: Path) -> list[Rad]:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError
    except ImportError as e:  # pragma: no cover - pypdf is a dependency
        raise FelIUnderlaget("pypdf saknas; installera Nämndsajt med pip install -e .") from e
    try:
        lasare = PdfReader(str(fil))
        if lasare.is_encrypted:
            try:
                oppnad = lasare.decrypt("")
            except Exception:  # an unknown or unsupported cipher: as locked as a password
                oppnad = 0
            if not oppnad:
                raise FelIUnderlaget(
                    "PDF-filen är krypterad med ett lösenord och kan inte läsas; spara den utan lösenord och försök igen",
                    "krypterad",
                )
        sidor = []
        for sida in lasare.pages:
            try:
                text = sida.extract_text(extraction_mode="layout")
            except Exception:  # layout mode fails on some odd pages; plain mode is the fallback
                text = sida.extract_text()
            sidor.append(text or "")
    except (PyPdfError, OSError, ValueError) as e:
        raise FelIUnderlaget(f"PDF-filen kan inte läsas ({e})", "oläsbar") from e
    rader: list[Rad] = []
    nr = 0
    for i, text in enumerate(sidor):
        for rad in text.split("\n"):
            nr += 1
            rader.append(Rad(nr, rad.rstrip(), i))
    return rader


def las_kalla(fil: Path) -> Kalla:
    """Read a PDF (recognised by its first bytes) or a UTF-8 text file."""
    try:
        data = fil.read_bytes()
    except OSError as e:
        raise FelIUnderlaget(f"filen kan inte läsas ({e.strerror})", "oläsbar") from e
    if data.startswith(b"%PDF-"):
        return Kalla(fil, _fran_pdf(fil), True)
    if b"\x00" in data[:4096]:
        raise FelIUnderlaget("filen är varken en PDF eller en textfil", "oläsbar")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return Kalla(fil, _fran_text(text), False)


# --- Page numbers, headers and footers ----------------------------------------------

_SIDNUMMER = [
    re.compile(r"^(?:sida\s+)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3}|/\s*\d{1,3})$", re.I),
    re.compile(r"^sida$", re.I),
    # A header line that ends in the page number: "Sammanträdesprotokoll 2 (20)".
    re.compile(r"^[A-ZÅÄÖ][\w åäöÅÄÖ-]{0,60}\s\d{1,3}\s*\(\s*\d{1,3}\s*\)$"),
    # ... or in "Sida 2 av 4": "Socialnämnden Sida 2 av 4".
    re.compile(r"^[A-ZÅÄÖ][\w åäöÅÄÖ-]{0,60}\ssida\s+\d{1,3}\s*(?:av|/)\s*\d{1,3}$", re.I),
]


def ar_sidnummer(text: str) -> bool:
    return any(m.match(text) for m in _SIDNUMMER)


def ar_ensamt_tal(text: str) -> bool:
    """A bare number at the edge of a page ("  1 ") is a page number."""
    return re.fullmatch(r"\d{1,3}", text) is not None


@dataclass
class Sidhuvuden:
    """What repeats at the edges of pages: these lines are not content."""

    rader: set[str] = field(default_factory=set)  # normalised texts

    def __contains__(self, text: str) -> bool:
        return text in self.rader


def _kan_vara_sidhuvud(text: str, innehall: "callable") -> bool:
    if not text or len(text) > 80:
        return False
    if text[-1] in ".!?;,":
        return False
    if _PUNKT.match(text) or _NUMRERAD.match(text):
        return False
    return not innehall(text)


def lar_sidhuvuden(kalla: Kalla, innehall) -> Sidhuvuden:
    """Learn page headers and footers. A page header is a run of lines at the
    very top of pages: a short line that is the first line of at least three
    pages, then a line that follows it on at least three pages, and so on
    (page numbers skipped); footers the same from the bottom. A line that
    `innehall(text)` says is content (a § heading, a section heading, a
    diarienummer) ends the run. Letterheads that repeat as blocks of four
    lines or more anywhere in the file (address, phone, bankgiro) count too."""
    sidor = [
        [r.ren for r in sida if not r.tom and not ar_sidnummer(r.ren)] for sida in kalla.sidor
    ]
    funna: set[str] = set()
    for riktning in (1, -1):
        for djup in range(5):
            antal: Counter[str] = Counter()
            for texter in sidor:
                ordning = texter if riktning == 1 else texter[::-1]
                if len(ordning) <= djup or not all(t in funna for t in ordning[:djup]):
                    continue
                antal[ordning[djup]] += 1
            # Three pages, or both pages of a two-page document such as a protokollsutdrag.
            nya = {
                t for t, n in antal.items()
                if (n >= 3 or (n >= 2 and 2 * n >= len(sidor))) and t not in funna and _kan_vara_sidhuvud(t, innehall)
            }
            if not nya:
                break
            funna |= nya
    # Letterhead blocks.
    alla = Counter(r.ren for r in kalla.rader if not r.tom)
    upprepad = [
        (r, alla[r.ren] >= 3 and _kan_vara_sidhuvud(r.ren, innehall)) for r in kalla.rader if not r.tom
    ]
    i = 0
    while i < len(upprepad):
        if not upprepad[i][1]:
            i += 1
            continue
        j = i
        block = []
        glapp = 0
        while j < len(upprepad) and glapp <= 1:
            if upprepad[j][1]:
                block.append(upprepad[j][0].ren)
                glapp = 0
            else:
                glapp += 1
            j += 1
        if len(block) >= 4:
            funna.update(block)
        i = j
    return Sidhuvuden(funna)


# --- Fates of lines -----------------------------------------------------------------


class Ode(enum.Enum):
    FALT = "fält"
    SIDHUVUD = "sidhuvud, sidfot eller sidnummer"
    UTELAMNAD = "känd text som webbplatsen skriver själv"
    SEKRETESS = "innehåll i en paragraf med sekretess"
    UTANFOR = "utanför dokumentet"
    OPLACERAD = "kunde inte placeras"
    TOM = "tom rad"


RAPPORTERAS = (Ode.UTELAMNAD, Ode.SEKRETESS, Ode.UTANFOR, Ode.OPLACERAD)


@dataclass
class Konto:
    """Where each line of the source went. The first claim on a line holds."""

    rader: dict[int, Rad]
    ode: dict[int, tuple[Ode, str]] = field(default_factory=dict)

    @classmethod
    def for_kalla(cls, kalla: Kalla) -> "Konto":
        return cls({r.nr: r for r in kalla.rader})

    def satt(self, rader, ode: Ode, anteckning: str = "") -> None:
        for r in rader:
            nr = r.nr if isinstance(r, Rad) else r
            if nr in self.ode:
                continue
            if self.rader[nr].tom:
                self.ode[nr] = (Ode.TOM, "")
            else:
                self.ode[nr] = (ode, anteckning)

    def avsluta(self) -> None:
        """Every line not yet claimed: blank, or reported as not placed."""
        for nr, rad in self.rader.items():
            if nr not in self.ode:
                self.ode[nr] = (Ode.TOM, "") if rad.tom else (Ode.OPLACERAD, "kunde inte placeras")

    def antal(self, *oden: Ode) -> int:
        return sum(1 for o, _ in self.ode.values() if o in oden)

    def grupper(self, *oden: Ode) -> list[tuple[int, int, Ode, str]]:
        """Runs of consecutive lines with the same fate and note, as
        (first, last, fate, note); blank lines inside a run are absorbed."""
        ut: list[list] = []
        for nr in sorted(self.ode):
            o, anteckning = self.ode[nr]
            if o == Ode.TOM:
                continue
            if o not in oden:
                continue
            if ut and ut[-1][2] == o and ut[-1][3] == anteckning and self._bara_tomma_mellan(ut[-1][1], nr):
                ut[-1][1] = nr
            else:
                ut.append([nr, nr, o, anteckning])
        return [tuple(g) for g in ut]

    def _bara_tomma_mellan(self, a: int, b: int) -> bool:
        return all(self.ode.get(n, (Ode.TOM, ""))[0] == Ode.TOM for n in range(a + 1, b))


# --- From lines to text -----------------------------------------------------------------

_KONJUNKTIONER = {"och", "eller", "samt", "respektive", "resp.", "till", "som", "men", "alternativt"}
_SLUTTECKEN = ".!?:;”\""
_FORTSATT_EFTER = {
    "och", "att", "för", "med", "av", "i", "på", "till", "som", "om", "samt", "eller", "den", "det",
    "de", "en", "ett", "från", "inom", "under", "vid", "mot", "enligt", "genom", "efter", "hos", "än",
}


def foga(a: str, b: str) -> str:
    """Join two wrapped lines. A word hyphenated at the line end is joined
    ("samman-" + "ställning"), but "hälso- och", "IT-system", "Eva-Clara" and
    "2025-02-28" keep their hyphen."""
    if not a:
        return b
    if not b:
        return a
    if a.endswith("-") and len(a) >= 2 and a[-2].isalnum():
        stam = re.split(r"[\s(/]", a[:-1])[-1]
        forsta = b.split(" ", 1)[0]
        if forsta.lower().rstrip(",.") in _KONJUNKTIONER:
            return a + " " + b
        if forsta[:1].isdigit() or forsta[:1].isupper() or forsta[:1] in "(":
            return a + b
        if len(stam) <= 1 or any(c.isdigit() for c in stam) or (len(stam) >= 2 and stam.isupper()):
            return a + b
        return a[:-1] + b
    return a + " " + b


def ar_punkt(text: str) -> bool:
    return _PUNKT.match(text) is not None


def utan_punkt(text: str) -> str:
    return _PUNKT.sub("", text, count=1).strip()


def _fortsatter_efter_tom(forra: str, nasta: str) -> bool:
    """Does `nasta`, after a blank line, continue the sentence in `forra`?"""
    if not forra or forra[-1] in _SLUTTECKEN:
        return False
    if forra.endswith("-"):
        return True
    if nasta[:1].islower() or nasta[:1].isdigit() or nasta[:1] == "(":
        return True
    sista = forra.rsplit(" ", 1)[-1].lower()
    return sista in _FORTSATT_EFTER or forra.endswith(",")


def tata(rader: list[Rad]) -> list[Rad]:
    """Some extractions put a blank line after every line. Where at least
    three of four gaps between lines are blank, one blank line means nothing
    and only a longer run marks a new paragraph."""
    glapp: list[int] = []
    n = None
    for r in rader:
        if r.tom:
            if n is not None:
                n += 1
        else:
            if n is not None:
                glapp.append(n)
            n = 0
    if len(glapp) < 3 or sum(1 for g in glapp if g >= 1) * 4 < len(glapp) * 3:
        return rader
    ut: list[Rad] = []
    i = 0
    while i < len(rader):
        if rader[i].tom:
            j = i
            while j < len(rader) and rader[j].tom:
                j += 1
            ut.extend(rader[i + 1 : j])  # one blank line fewer
            i = j
        else:
            ut.append(rader[i])
            i += 1
    return ut


def markdown(rader: list[Rad]) -> str:
    """Lines of one section as Markdown: paragraphs with a blank line between,
    bullets as '- ' items, numbered items kept, wrapped lines joined."""
    rader = tata(rader)
    block: list[list] = []  # [kind, marker, text]; kind: "p" paragraph, "li" item
    tom_fore = False
    for rad in rader:
        text = rad.ren
        if not text:
            tom_fore = True
            continue
        numrerad = _NUMRERAD.match(text)
        if ar_punkt(text):
            block.append(["li", "-", utan_punkt(text)])
        elif numrerad and (
            numrerad[1] == "1" or (block and block[-1][0] == "li" and block[-1][1] == f"{int(numrerad[1]) - 1}.")
        ):
            block.append(["li", numrerad[1] + ".", text[numrerad.end():].strip()])
        elif block and (not tom_fore or _fortsatter_efter_tom(block[-1][2], text)):
            block[-1][2] = foga(block[-1][2], text)
        else:
            block.append(["p", "", text])
        tom_fore = False
    delar: list[str] = []
    for i, (typ, markor, text) in enumerate(block):
        if typ == "li":
            rad = radbryt(f"{markor} {text}", " " * (len(markor) + 1))
            if i > 0 and block[i - 1][0] == "li":
                delar[-1] += "\n" + rad
            else:
                delar.append(rad)
        else:
            delar.append(radbryt(text))
    return "\n\n".join(delar)


def radbryt(text: str, indrag: str = "", bredd: int = 100) -> str:
    """Wrap a Markdown paragraph or list item for the YAML file; Markdown joins
    the lines again, so the page looks the same and the file reads easily."""
    return textwrap.fill(
        text, bredd, subsequent_indent=indrag, break_long_words=False, break_on_hyphens=False
    )


def punktlista(rader: list[Rad]) -> list[tuple[str, list[Rad]]]:
    """Lines as list items: a bullet starts an item, and so does any line after
    a blank line or after a line that reads as a whole title; a line that
    starts in lower case or with a digit continues the item before it."""
    rader = tata(rader)
    poster: list[list] = []  # [text, rader]
    tom_fore = True
    punkter = any(ar_punkt(r.ren) for r in rader if not r.tom)
    for rad in rader:
        text = rad.ren
        if not text:
            tom_fore = True
            continue
        if ar_punkt(text):
            poster.append([utan_punkt(text), [rad]])
        elif poster and (
            (punkter and not tom_fore)
            or text[:1].islower()
            or text[:1].isdigit()
            or poster[-1][0].endswith(("-", ","))
            or text[:1] in "(–"
        ):
            poster[-1][0] = foga(poster[-1][0], text)
            poster[-1][1].append(rad)
        else:
            poster.append([text, [rad]])
        tom_fore = False
    return [(t, r) for t, r in poster]
