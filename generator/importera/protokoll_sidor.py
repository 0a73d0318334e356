"""Import of a protokoll, the pages: which pages of a file make up the protokoll.

The document is found among the pages first: the pages that carry the
protokoll's own repeated page header (for example "Socialnämnden / Datum
2025-03-26"), the cover page before them, and pages that plainly continue
them. Everything else in the file (bilagor, tjänsteskrivelser, another
organ's utdrag) lies outside the document and is reported as such.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from generator.importera.protokoll_ord import (
    ar_fortsattning,
    ar_protokollsignal,
    etikett,
    organnamn,
    paragrafrubrik,
)
from generator.importera.text import Kalla, Konto, Ode, Rad, Sidhuvuden, ar_ensamt_tal, ar_sidnummer
from generator.importera.utkast import Utkast, datum_i


@dataclass
class Sida:
    index: int
    rader: list[Rad]
    block: tuple[str, ...]
    forsta: str  # the first content line ("" if none)
    har_paragraf: bool
    har_huvud: bool


def sidor(kalla: Kalla, huvuden: Sidhuvuden) -> list[Sida]:
    ut = []
    for i, rader in enumerate(kalla.sidor):
        texter = [r.ren for r in rader if not r.tom and not ar_sidnummer(r.ren)]
        block = []
        for t in texter:
            if t in huvuden:
                block.append(t)
            else:
                break
        innehall = [t for t in texter if t not in huvuden]
        forsta = innehall[0] if innehall else ""
        etiketter = sum(1 for t in innehall if etikett(t) and etikett(t)[0] not in ("organ", "utelämnad"))
        ut.append(
            Sida(
                i, rader, tuple(block), forsta,
                any(paragrafrubrik(t) for t in innehall),
                etiketter >= 2 or any(ar_protokollsignal(t) for t in texter[:6]),
            )
        )
    return ut


def _huvudblock(sidor: list[Sida]) -> tuple[str, ...] | None:
    antal = Counter(s.block for s in sidor if s.block)
    if not antal:
        return None
    med_paragraf = Counter(s.block for s in sidor if s.block and s.har_paragraf)
    bast = max(antal, key=lambda b: (med_paragraf[b], antal[b]))
    if med_paragraf[bast] == 0 and antal[bast] < 3:
        return None
    return bast


def dokumentets_sidor(sidor: list[Sida]) -> tuple[set[int], tuple[str, ...] | None]:
    """The indexes of the pages that make up the protokoll, and its page header."""
    block = _huvudblock(sidor)
    inne: set[int] = set()
    if block is not None:
        forsta = next(s.index for s in sidor if s.block == block)
        j = forsta - 1
        while j >= 0 and (ar_fortsattning(sidor[j].forsta) or sidor[j].har_huvud or not sidor[j].forsta):
            j -= 1
        start = j + 1
        if not any(sidor[k].har_huvud for k in range(start, forsta)):
            start = forsta
        inne.update(range(start, forsta))
        forra_inne = True
        for s in sidor[forsta:]:
            if s.block[: len(block)] == block or (
                forra_inne and not s.block and (not s.forsta or ar_fortsattning(s.forsta))
            ):
                inne.add(s.index)
                forra_inne = True
            else:
                forra_inne = False
        return inne, block
    start = next((s.index for s in sidor if s.har_huvud or s.har_paragraf), 0)
    for s in sidor[start:]:
        if s.index == start or not s.forsta or ar_fortsattning(s.forsta) or s.har_paragraf:
            inne.add(s.index)
        else:
            break
    return inne, None


def kantrader(rader: list[Rad], huvuden: Sidhuvuden) -> set[int]:
    """Header and footer lines of one page: the run of learnt lines at the
    very top and the run at the very bottom, page numbers included."""
    innehall = [r for r in rader if not r.tom]
    ut: set[int] = set()

    def kant(r: Rad, i: int) -> bool:
        return ar_sidnummer(r.ren) or r.ren in huvuden or (ar_ensamt_tal(r.ren) and (i < 2 or i >= len(innehall) - 2))

    for ordning in (list(enumerate(innehall)), list(enumerate(innehall))[::-1]):
        for i, r in ordning:
            if not kant(r, i):
                break
            ut.add(r.nr)
    for i, r in enumerate(innehall):
        if ar_sidnummer(r.ren):
            ut.add(r.nr)
    return ut


def utanfor(konto: Konto, sidor: list[Sida], inne: set[int]) -> None:
    """Report the pages outside the document, run by run."""
    i = 0
    while i < len(sidor):
        if sidor[i].index in inne:
            i += 1
            continue
        j = i
        while j < len(sidor) and sidor[j].index not in inne:
            j += 1
        rader = [r for s in sidor[i:j] for r in s.rader]
        # § headings on pages that carry a protokoll's title or head: another protokoll.
        paragrafer = [
            str(p[0])
            for x in sidor[i:j]
            if x.har_huvud or any("protokoll" in t.lower() for t in x.block)
            for r in x.rader
            if (p := paragrafrubrik(r.ren))
        ]
        forsta_inne = min(inne) if inne else 0
        if sidor[i].index < forsta_inne:
            anteckning = "sidor före protokollet (andra handlingar"
        else:
            anteckning = "sidor efter protokollet eller mellan dess sidor (bilagor och andra handlingar"
        if paragrafer:
            anteckning += f", bland dem ett annat protokoll eller utdrag med § {', '.join(dict.fromkeys(paragrafer[:5]))}"
        anteckning += ")"
        konto.satt(rader, Ode.UTANFOR, anteckning)
        i = j


def organ_och_datum_ur_sidhuvud(utkast: Utkast, block: tuple[str, ...]) -> None:
    for t in block:
        m = re.match(r"^(?P<organ>[A-ZÅÄÖ][\w åäöÅÄÖ,-]+?)\s+(?P<datum>\d{4}-\d{2}-\d{2})$", t)
        if m and not t.lower().startswith("datum"):
            utkast.organnamn = utkast.organnamn or organnamn(m["organ"]) or None
            utkast.datum = utkast.datum or datum_i(m["datum"])
        elif t.lower().startswith(("datum", "sammanträdesdatum")):
            utkast.datum = utkast.datum or datum_i(t)
        elif re.fullmatch(r"[A-ZÅÄÖ][\wåäöÅÄÖ -]*(?:nämnden|styrelsen|fullmäktige|utskottet|utskott)", organnamn(t), re.I):
            utkast.organnamn = utkast.organnamn or organnamn(t)
