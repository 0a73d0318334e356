"""Import of a protokoll, the §§: the stream of lines split into the head and the §§.

Each line goes through `RADREGLER`, a table of (name, handler) rows tried in order;
the first handler that takes the line ends its journey. A § moves through the
states of `Lage`: its heading (which may wrap), the text before the first section,
its sections, and the signatures that only belong on paper.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from typing import Callable

from generator.importera.protokoll_ord import (
    avsnitt,
    avsnitt_i_text,
    dnr_i_rubrik,
    dnr_rad,
    etikett,
    omedelbart,
    paragrafrubrik,
    standardtext,
)
from generator.importera.text import Konto, Ode, Rad, foga
from generator.importera.utkast import paragrafserie_i
from generator.innehall.modell import tolka_paragrafnummer


class Lage(enum.Enum):
    RUBRIK = "rubrik"
    INLEDNING = "inledning"
    AVSNITT = "avsnitt"
    UNDERSKRIFT = "underskrift"


@dataclass
class Paragraf:
    nr: int
    rubrikrad: Rad
    rubrik: str
    rubrikrader: list[Rad] = field(default_factory=list)
    dnr: list[str] = field(default_factory=list)
    dnrrader: list[Rad] = field(default_factory=list)
    inledning: list[Rad] = field(default_factory=list)
    avsnitt: list[tuple[str, Rad, list[Rad]]] = field(default_factory=list)
    omedelbart: Rad | None = None
    lage: Lage = Lage.RUBRIK
    tom_sedan_rubrik: bool = False

    def lagg_till(self, rad: Rad) -> None:
        if self.avsnitt:
            self.avsnitt[-1][2].append(rad)
        elif self.lage != Lage.RUBRIK:
            self.inledning.append(rad)

    def brodtext(self) -> list[Rad]:
        """Every line after the heading and diarienummer, section headings included, in order."""
        rader = sorted(
            [*self.inledning, *(r for _, rubrikrad, rr in self.avsnitt for r in [rubrikrad, *rr])],
            key=lambda r: r.nr,
        )
        return rader


def dnr_varden(text: str) -> list[str]:
    return [d.strip(" .") for d in re.split(r"\s*(?:,|;|\soch\s)\s*", text) if d.strip(" .")]


def _rubrik_fortsatter(p: Paragraf, text: str) -> bool:
    if not paragrafrubrik(p.rubrikrad.ren)[1] or (p.dnr and not p.dnrrader and not p.rubrikrader):
        # "§ 16" alone: the title follows, often after the diarienummer, up to the first section.
        return len(p.rubrikrader) < 4
    if p.tom_sedan_rubrik or len(p.rubrikrader) >= 3:
        return False
    sista = p.rubrik.rsplit(" ", 1)[-1].lower()
    return text[:1].islower() or text[:1].isdigit() or p.rubrik.endswith(("-", ",")) or sista in {
        "och", "för", "av", "om", "i", "till", "med", "på", "inom", "samt",
    }


class Delning:
    """Splits the document's lines into the head (before the first §) and the §§."""

    def __init__(self, konto: Konto):
        self.konto = konto
        self.huvud: list[Rad] = []
        self.paragrafer: list[Paragraf] = []
        self.omfattar: list[int] | None = None

    def dela(self, strom: list[Rad]) -> tuple[list[Rad], list[Paragraf]]:
        for rad in strom:
            p = self.paragrafer[-1] if self.paragrafer else None
            if rad.tom:
                if p is None:
                    self.huvud.append(rad)
                else:
                    if p.lage == Lage.RUBRIK and p.rubrik:
                        p.tom_sedan_rubrik = True
                    p.lagg_till(rad)
                continue
            for _namn, regel in RADREGLER:
                if regel(self, p, rad, rad.ren):
                    break
        return self.huvud, self.paragrafer

    # -- the rows of the table: each takes the line (True) or passes it on (False)

    def _ny_paragraf(self, p: Paragraf | None, rad: Rad, t: str) -> bool:
        rubrik = paragrafrubrik(t)
        if rubrik is None:
            return False
        nr = rubrik[0]
        if self.omfattar is None and p is None:
            self._las_omfattar()
        if p is not None and nr <= p.nr:
            return False
        if self.omfattar and nr not in self.omfattar:
            return False
        ny = Paragraf(nr, rad, rubrik[1])
        bara_dnr = dnr_i_rubrik(rubrik[1])
        if bara_dnr and not bara_dnr[0]:  # "§ 23  Dnr KS 2026/45", the title on the next line
            ny.rubrik = ""
            ny.dnr.extend(dnr_varden(bara_dnr[1]))
        self.paragrafer.append(ny)
        return True

    def _huvudet(self, p: Paragraf | None, rad: Rad, t: str) -> bool:
        if p is not None:
            return False
        self.huvud.append(rad)
        return True

    def _dnr(self, p: Paragraf, rad: Rad, t: str) -> bool:
        varde = dnr_rad(t)
        if not varde or p.avsnitt:
            return False
        p.dnr.extend(dnr_varden(varde))
        p.dnrrader.append(rad)
        if p.rubrik:
            p.lage = Lage.INLEDNING
        return True

    def _avsnittsrubrik(self, p: Paragraf, rad: Rad, t: str) -> bool:
        nyckel = avsnitt(t)
        if not nyckel:
            return False
        p.avsnitt.append((nyckel, rad, []))
        p.lage = Lage.AVSNITT
        return True

    def _omedelbart(self, p: Paragraf, rad: Rad, t: str) -> bool:
        if not omedelbart(t):
            return False
        p.omedelbart = rad
        return True

    def _avsnitt_i_text(self, p: Paragraf, rad: Rad, t: str) -> bool:
        nyckel = avsnitt_i_text(t)
        if not nyckel or (p.avsnitt and p.avsnitt[-1][0] == nyckel):
            return False
        p.avsnitt.append((nyckel, rad, [rad]))
        p.lage = Lage.AVSNITT
        return True

    def _forvaringsplats(self, p: Paragraf, rad: Rad, t: str) -> bool:
        e = etikett(t)
        if not (e and e[0] == "förvaringsplats" and e[1]):
            return False
        self.huvud.append(rad)  # "Förvaringsplats för protokollet" at the end of the last §
        return True

    def _standardtext(self, p: Paragraf, rad: Rad, t: str) -> bool:
        anteckning = standardtext(t)
        if not anteckning:
            return False
        self.konto.satt([rad], Ode.UTELAMNAD, anteckning)
        if t.lower() == "underskrifter":
            p.lage = Lage.UNDERSKRIFT
        return True

    def _underskrift(self, p: Paragraf, rad: Rad, t: str) -> bool:
        if p.lage != Lage.UNDERSKRIFT:
            return False
        self.konto.satt([rad], Ode.UTELAMNAD, "underskrifter hör till pappersprotokollet")
        return True

    def _rubriken_fortsatter(self, p: Paragraf, rad: Rad, t: str) -> bool:
        if p.lage != Lage.RUBRIK or not _rubrik_fortsatter(p, t):
            return False
        p.rubrikrader.append(rad)
        p.rubrik = foga(p.rubrik, t)
        return True

    def _text(self, p: Paragraf, rad: Rad, t: str) -> bool:
        if p.lage == Lage.RUBRIK:
            p.lage = Lage.INLEDNING
        p.lagg_till(rad)
        return True

    def _las_omfattar(self) -> None:
        for rad in self.huvud:
            e = etikett(rad.ren)
            if e and e[0] == "omfattar":
                serie = paragrafserie_i(e[1])
                if serie:
                    self.omfattar = tolka_paragrafnummer(serie)
                    return


Regel = Callable[[Delning, "Paragraf | None", Rad, str], bool]

# In order: the first row that takes a line wins. Rows after "huvudet" see a §.
RADREGLER: list[tuple[str, Regel]] = [
    ("en ny paragraf", Delning._ny_paragraf),
    ("huvudet, före första paragrafen", Delning._huvudet),
    ("diarienummer", Delning._dnr),
    ("avsnittsrubrik", Delning._avsnittsrubrik),
    ("omedelbar justering", Delning._omedelbart),
    ("reservation eller omröstning utan rubrik", Delning._avsnitt_i_text),
    ("förvaringsplats efter sista paragrafen", Delning._forvaringsplats),
    ("känd standardtext", Delning._standardtext),
    ("underskrifter", Delning._underskrift),
    ("rubriken fortsätter", Delning._rubriken_fortsatter),
    ("text i paragrafen", Delning._text),
]
