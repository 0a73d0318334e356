"""Import of a protokoll, the words: what one line of a protokoll is, read from the tables in `fraser`."""

from __future__ import annotations

import re

from generator.importera import fraser
from generator.importera.fraser import forsta
from generator.importera.text import Rad
from generator.importera.utkast import narvarorad


def paragrafrubrik(text: str) -> tuple[int, str] | None:
    """"§ 45 Strategisk plan" or "Paragraf 45: Strategisk plan" → (45, "Strategisk plan")."""
    hit = forsta(fraser.PARAGRAFRUBRIK, text)
    if hit is None:
        return None
    return int(hit[1]["nr"]), hit[1]["rubrik"].strip()


def dnr_rad(text: str) -> str | None:
    """The value of a diarienummer line ("Diarienr 25SN63" → "25SN63"), or None."""
    hit = forsta(fraser.DNR, text)
    return hit[1]["dnr"] if hit else None


def dnr_i_rubrik(rubrik: str) -> tuple[str, str] | None:
    """"Budget (KS 2026/114)" → ("Budget", "KS 2026/114")."""
    hit = forsta(fraser.DNR_I_RUBRIK, rubrik)
    if hit is None:
        return None
    return rubrik[: hit[1].start()].strip(), hit[1]["dnr"]


def avsnitt(text: str) -> str | None:
    """The key a section heading fills, or None if `text` is no heading."""
    t = text.strip().rstrip(":").strip()
    if len(t) > 60 or not t[:1].isupper() or t.endswith((".", ",")):
        return None
    hit = forsta(fraser.AVSNITT, t.lower(), hel=True)
    return hit[0].varde if hit else None


def avsnitt_i_text(text: str) -> str | None:
    """A reservation or omröstning sentence without a heading: the key it opens."""
    hit = forsta(fraser.AVSNITT_I_TEXT, text, hel=True)
    return hit[0].varde if hit else None


def omedelbart(text: str) -> bool:
    """A line that only says the § is omedelbart justerad."""
    return forsta(fraser.OMEDELBART, text, hel=True) is not None


def etikett(text: str) -> tuple[str, str] | None:
    """A head label and its value: "Sekreterare Celina Bergvall" → ("sekreterare", "Celina Bergvall")."""
    hit = forsta(fraser.ETIKETTER, text)
    if hit is None:
        return None
    return hit[0].varde, hit[1]["varde"].strip(" :\t")


_NAMNTECKNING = re.compile(r"[._]{5,}")


def standardtext(text: str) -> str | None:
    """Known text the site writes itself: the note for the report, or None."""
    if _NAMNTECKNING.search(text) and len(_NAMNTECKNING.sub("", text).split()) <= 4:
        return "underskrifter hör till pappersprotokollet"
    hit = forsta(fraser.STANDARDTEXT, text)
    return hit[0].varde if hit else None


# A line that is only an organ's name, as in a protokoll's head: "Kommunstyrelsen".
ORGANNAMN = re.compile(
    r"[A-ZÅÄÖ][\wåäöÅÄÖ -]{0,60}(?:nämnden|nämnd|styrelsen|fullmäktige|utskottet|utskott|beredningen|rådet)", re.I
)


def organnamn(text: str) -> str:
    """"Kommunfullmäktige - SAMMANTRÄDESPROTOKOLL" or ", kommunfullmäktige" → the organ's name."""
    text = re.sub(r"(?i)\b(?:sammanträdes)?protokoll(?:sutdrag)?\b|\bmötesprotokoll\b|\butdrag ur\b", " ", text)
    return " ".join(text.split()).strip(" ,.:-–")


def ar_innehall(text: str) -> bool:
    """Lines that are content however often they repeat (for header learning)."""
    return bool(
        paragrafrubrik(text)
        or (dnr_rad(text) and re.search(r"\d", text))
        or avsnitt(text)
        or omedelbart(text)
    )


def ar_fortsattning(text: str) -> bool:
    """Can a page that starts with `text` continue a protokoll page?"""
    return bool(
        ar_innehall(text)
        or narvarorad(text)
        or text[:1].islower()
        or text[:1] in "•-–(\uf0b7"
        or etikett(text)
        or standardtext(text)
    )


def ar_protokollsignal(text: str) -> bool:
    """A line that says this is a protokoll: a head label, or a short title line
    such as "Umeå kommun Protokollsutdrag"."""
    return forsta(fraser.PROTOKOLLSIGNAL, text) is not None or (
        len(text) <= 60 and fraser.PROTOKOLLTITEL.search(text) is not None
    )


def sekretess(rubrik: str, rader: list[Rad]) -> tuple[bool, Rad | None, fraser.Fras] | None:
    """Does a § say it is covered by sekretess or not published? `rubrik` is its heading
    text, `rader` its other lines in order (blank lines and section headings included).
    Returns (sure, the deciding line or None for the heading, the deciding row), or None.
    Sure rows are tried on every line and on every two lines joined (a sentence may wrap);
    rows that only suggest, on the heading and on short lines that stand alone."""
    saker = [f for f in fraser.SEKRETESS if f.saker]
    osaker = [f for f in fraser.SEKRETESS if not f.saker]
    if rubrik:
        for tabell, ar_saker in ((saker, True), (osaker, False)):
            hit = forsta(tabell, rubrik)
            if hit:
                return ar_saker, None, hit[0]
    texter = [r.ren for r in rader]
    for i, rad in enumerate(rader):
        t = texter[i]
        if not t:
            continue
        nasta = next((texter[j] for j in range(i + 1, len(texter)) if texter[j]), "")
        hit = forsta(saker, t) or (nasta and not avsnitt(nasta) and forsta(saker, f"{t} {nasta}")) or None
        if hit:
            return True, rad, hit[0]
    for i, rad in enumerate(rader):
        t = texter[i]
        if not t or len(t.split()) > 8:
            continue
        fore = texter[i - 1] if i > 0 else ""
        efter = texter[i + 1] if i + 1 < len(texter) else ""
        ensam = (not fore or avsnitt(fore)) and (not efter or avsnitt(efter) is not None)
        hit = forsta(osaker, t) if ensam else None
        if hit:
            return False, rad, hit[0]
    return None


def omedelbart_i_text(texter: list[str]) -> bool:
    return any(forsta(fraser.OMEDELBART_I_TEXT, t) for t in texter)


def utan_omedelbart(rubrik: str) -> tuple[str, bool]:
    """"Val av ombud (omedelbart justerad)" → ("Val av ombud", True)."""
    hit = forsta(fraser.OMEDELBART_I_RUBRIK, rubrik)
    if hit is None:
        return rubrik, False
    return rubrik[: hit[1].start()].strip(), True
