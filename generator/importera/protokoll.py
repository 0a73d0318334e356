"""Import of a protokoll or protokollsutdrag: from lines to a draft protokoll.yml.

The document is found among the pages first: the pages that carry the
protokoll's own repeated page header (for example "Socialnämnden / Datum
2025-03-26"), the cover page before them, and pages that plainly continue
them. Everything else in the file (bilagor, tjänsteskrivelser, another
organ's utdrag) lies outside the document and is reported as such.

Inside the document the head (the cover's labelled fields) comes before the
first §; each § then has its number, title, diarienummer and sections.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from generator.importera.text import (
    Kalla,
    Konto,
    Ode,
    Rad,
    Sidhuvuden,
    ar_ensamt_tal,
    ar_sidnummer,
    foga,
    lar_sidhuvuden,
    markdown,
    punktlista,
    tata,
)
from generator.importera.utkast import (
    PERSON,
    PERSONER,
    Utkast,
    datum_i,
    narvarorad,
    paragrafserie_i,
    personer_i,
    plats_och_tid,
    som_beslutande,
    som_ersattare,
    som_ovrig,
    stor_forsta,
    utan_parti,
)
from generator.innehall.modell import tolka_paragrafnummer
from generator.importera.utkastyaml import FyllI, Utkommenterad

# --- Vocabulary ------------------------------------------------------------------------

PARAGRAF = re.compile(r"^§\s*(\d{1,4})(?!\d)\.?\s*(?:[-–:]\s*)?(?P<rubrik>.*)$")
DNR = re.compile(
    r"^(?:diarienr|diarienummer|dnr|ärendenr|ärendenummer|ärende nr)\.?\s*:?\s*(?P<dnr>.*)$", re.I
)
_DNR_I_RUBRIK = re.compile(
    r"\s*\((?:dnr\.?:?\s*)?(?P<dnr>[A-ZÅÄÖ]{1,8}[ -]?\d{2,4}[/-]\d+(?:[-./]\d+)*|\d{2}[A-ZÅÄÖ]{1,4}\d+(?:-\d+)?)\)\s*$"
)
_SEKRETESS = re.compile(
    r"^(?:(?:borttagen|borttaget|utelämnad|struken)\s+)?(?:på grund av|p\.?g\.?a\.?)\s+sekretess\.?$|^sekretess\.?$", re.I
)
_OMEDELBART = re.compile(
    r"^(?:paragrafen|beslutet) (?:förklaras|förklarades|är|blir|anses) omedelbart justerad?t?\.?$|^omedelbar justering\.?$",
    re.I,
)

# Section headings and the key they fill. "övrigt" is a known section the model
# has no key for: it goes last in ärendebeskrivning, under its own heading.
_AVSNITT: list[tuple[re.Pattern, str]] = [
    (re.compile(r"^(?:[\wåäö-]+s\s+)?beslut(?:et)?$"), "beslut"),
    (re.compile(r"^(?:förslag till beslut(?: [\wåäö ]{1,40})?|[\wåäö-]+s förslag(?: till beslut)?|beslutsförslag)$"), "förslag"),
    (re.compile(r"^(?:ärendebeskrivning|ärendet|beskrivning av ärendet|sammanfattning(?: av ärendet)?|bakgrund)$"), "ärendebeskrivning"),
    (re.compile(r"^yrkanden?$"), "yrkanden"),
    (re.compile(r"^(?:propositionsordning|proposition|beslutsgång|beslutsordning|[\wåäö-]+s (?:beslutsordning|beslutsgång))$"), "propositionsordning"),
    (re.compile(r"^(?:omröstning|votering|omröstningsresultat)$"), "omröstning"),
    (re.compile(r"^reservation(?:er)?$"), "reservationer"),
    (re.compile(r"^protokollsanteckning(?:ar)?$"), "protokollsanteckningar"),
    (re.compile(r"^jäv$"), "jäv"),
    (re.compile(r"^(?:beslutsunderlag|underlag för beslut(?:et)?|handlingar i ärendet)$"), "beslutsunderlag"),
    (re.compile(r"^(?:beslut(?:et)?(?: ska)? (?:skickas|expedieras) till|skickas till|expedieras till|expediering|för kännedom till)$"), "skickas_till"),
    (
        re.compile(
            r"^(?:anmälda handlingar|beredningsansvarig[a]?|ärendets beredning|beredning|barnkonsekvensanalys|"
            r"ekonomiska konsekvenser|konsekvenser|jämställdhetsperspektiv|juridiska konsekvenser|bedömning|"
            r"förvaltningens bedömning|motivering|överväganden?|[\wåäö-]+s behandling av ärendet)$"
        ),
        "övrigt",
    ),
]


def avsnitt(text: str) -> str | None:
    """The key a section heading fills, or None if `text` is no heading."""
    t = text.strip().rstrip(":").strip()
    if len(t) > 60 or not t[:1].isupper() or t.endswith((".", ",")):
        return None
    t = t.lower()
    for monster, nyckel in _AVSNITT:
        if monster.match(t):
            return nyckel
    return None


# Labels of the head (the cover page) and what they hold.
_ETIKETTER = sorted(
    [
        ("sammanträdesdatum", "datum"), ("mötesdatum", "datum"), ("sammanträdesdag", "datum"),
        ("plats och tid", "plats_tid"), ("tid och plats", "plats_tid"), ("plats", "plats_tid"),
        ("beslutande ledamöter", "beslutande"), ("beslutande", "beslutande"),
        ("tjänstgörande ledamöter", "beslutande"), ("närvarande ledamöter", "beslutande"),
        ("tjänstgörande ersättare", "beslutande"),
        ("ej tjänstgörande ersättare", "ersättare"), ("icke tjänstgörande ersättare", "ersättare"),
        ("närvarande ersättare", "ersättare"), ("ersättare", "ersättare"),
        ("övriga deltagare", "övriga"), ("övriga närvarande", "övriga"), ("övriga", "övriga"),
        ("närvarande tjänstepersoner", "övriga"), ("tjänstepersoner", "övriga"),
        ("sekreterare", "sekreterare"), ("protokollförare", "sekreterare"),
        ("justeringens plats och tid", "justering"), ("justeringens plats och datum", "justering"),
        ("justering", "justering"),
        ("justeringens tid och plats", "justering"), ("tid och plats för justering", "justering"),
        ("utses att justera", "justerare"), ("justerare", "justerare"), ("justerande", "justerare"),
        ("ordförande", "ordförande"),
        ("paragrafer", "omfattar"), ("protokollet omfattar", "omfattar"), ("paragraf", "omfattar"),
        ("beslutsinstans", "organ"), ("organ", "organ"),
        ("sammanträdesprotokoll", "organ"), ("protokoll för", "organ"),
        ("publiceras", "publiceras"), ("datum för anslags uppsättande", "publiceras"),
        ("datum då anslaget sätts upp", "publiceras"), ("anslaget uppsatt", "publiceras"),
        ("avpubliceras", "avpubliceras"), ("datum för anslags nedtagande", "avpubliceras"),
        ("datum då anslaget tas ned", "avpubliceras"), ("anslaget nedtas", "avpubliceras"),
        ("protokollets förvaringsplats", "förvaringsplats"), ("förvaringsplats för protokollet", "förvaringsplats"),
        ("förvaringsplats", "förvaringsplats"),
        ("tillkännages av", "utelämnad"),
    ],
    key=lambda x: -len(x[0]),
)
_LISTOR = {"beslutande", "ersättare", "övriga", "justerare"}

# Known text that the site writes itself, or that only belongs on paper.
_STANDARDTEXT: list[tuple[re.Pattern, str]] = [
    (re.compile(r"^protokolljustering$", re.I), "rubrik i protokollets huvud"),
    (re.compile(r"^följande (?:parter|personer) justerar .*", re.I), "standardtext om justeringen"),
    (re.compile(r"^(?:tillkännagivande|anslag(?:/bevis)?|bevis om anslag|anslagsbevis)$", re.I), "rubrik för tillkännagivandet; webbplatsen skriver det själv"),
    (re.compile(r"^protokollet är justerat\..*|^justeringen (?:har )?(?:tillkännagivits|tillkännages|tillkännagetts).*", re.I), "standardtext om tillkännagivandet; webbplatsen skriver den själv"),
    (re.compile(r"^se sida \d+\.?$", re.I), "hänvisning till en annan sida i PDF:en"),
    (re.compile(r"^underskrifter$", re.I), "underskrifter hör till pappersprotokollet"),
    (re.compile(r"^paragrafen är justerad\.?$", re.I), "uppgift som bara hör till ett protokollsutdrag"),
    (re.compile(r"^(?:justerares sign.*|utdraget bestyrks.*)$", re.I), "underskrifter hör till pappersprotokollet"),
    (re.compile(r"^(?:sammanträdes)?protokoll(?:sutdrag)?$|^mötesprotokoll$|^protokoll$", re.I), "dokumentets rubrik"),
]


_NAMNTECKNING = re.compile(r"[._]{5,}")


def standardtext(text: str) -> str | None:
    if _NAMNTECKNING.search(text) and len(_NAMNTECKNING.sub("", text).split()) <= 4:
        return "underskrifter hör till pappersprotokollet"
    for monster, anteckning in _STANDARDTEXT:
        if monster.match(text):
            return anteckning
    return None


def etikett(text: str) -> tuple[str, str] | None:
    lag = text.lower()
    for namn, typ in _ETIKETTER:
        if lag.startswith(namn) and (len(lag) == len(namn) or lag[len(namn)] in " :,\t"):
            return typ, text[len(namn):].strip(" :\t")
    return None


# A line that is only an organ's name, as in a protokoll's head: "Kommunstyrelsen".
_ORGANNAMN = re.compile(
    r"[A-ZÅÄÖ][\wåäö -]{0,60}(?:nämnden|nämnd|styrelsen|fullmäktige|utskottet|utskott|beredningen|rådet)"
)


def _organnamn(text: str) -> str:
    """"Kommunfullmäktige - SAMMANTRÄDESPROTOKOLL" or ", kommunfullmäktige" → the organ's name."""
    text = re.sub(r"(?i)\b(?:sammanträdes)?protokoll(?:sutdrag)?\b|\bmötesprotokoll\b", " ", text)
    return " ".join(text.split()).strip(" ,.:-–")


def ar_innehall(text: str) -> bool:
    """Lines that are content however often they repeat (for header learning)."""
    return bool(
        PARAGRAF.match(text)
        or (DNR.match(text) and re.search(r"\d", text))
        or avsnitt(text)
        or _OMEDELBART.match(text)
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


_PROTOKOLLSIGNAL = re.compile(
    r"^\s*(?:sammanträdesprotokoll|protokollsutdrag|mötesprotokoll|utdrag ur protokoll|justeringens plats|protokollet omfattar)",
    re.I,
)
_PROTOKOLLTITEL = re.compile(r"(?:^|[\s,-])(?:sammanträdesprotokoll|protokollsutdrag|mötesprotokoll)\b", re.I)


def ar_protokollsignal(text: str) -> bool:
    """A line that says this is a protokoll: a head label, or a short title line
    such as "Umeå kommun Protokollsutdrag"."""
    return _PROTOKOLLSIGNAL.match(text) is not None or (len(text) <= 60 and _PROTOKOLLTITEL.search(text) is not None)


# --- Pages: which belong to the document -------------------------------------------------


@dataclass
class _Sida:
    index: int
    rader: list[Rad]
    block: tuple[str, ...]
    forsta: str  # the first content line ("" if none)
    har_paragraf: bool
    har_huvud: bool


def _sidor(kalla: Kalla, huvuden: Sidhuvuden) -> list[_Sida]:
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
            _Sida(
                i, rader, tuple(block), forsta,
                any(PARAGRAF.match(t) for t in innehall),
                etiketter >= 2 or any(ar_protokollsignal(t) for t in texter[:6]),
            )
        )
    return ut


def _huvudblock(sidor: list[_Sida]) -> tuple[str, ...] | None:
    antal = Counter(s.block for s in sidor if s.block)
    if not antal:
        return None
    med_paragraf = Counter(s.block for s in sidor if s.block and s.har_paragraf)
    bast = max(antal, key=lambda b: (med_paragraf[b], antal[b]))
    if med_paragraf[bast] == 0 and antal[bast] < 3:
        return None
    return bast


def dokumentets_sidor(sidor: list[_Sida]) -> tuple[set[int], tuple[str, ...] | None]:
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


def _ar_kantrad(rader: list[Rad], huvuden: Sidhuvuden) -> set[int]:
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


# --- Paragraphs ---------------------------------------------------------------------------


@dataclass
class _Paragraf:
    nr: int
    rubrikrad: Rad
    rubrik: str
    rubrikrader: list[Rad] = field(default_factory=list)
    dnr: list[str] = field(default_factory=list)
    dnrrader: list[Rad] = field(default_factory=list)
    inledning: list[Rad] = field(default_factory=list)
    avsnitt: list[tuple[str, Rad, list[Rad]]] = field(default_factory=list)
    omedelbart: Rad | None = None
    tillstand: str = "rubrik"
    tom_sedan_rubrik: bool = False

    @property
    def sekretess(self) -> bool:
        return bool(_SEKRETESS.match(self.rubrik.strip()))


def _dnr_varden(text: str) -> list[str]:
    return [d.strip(" .") for d in re.split(r"\s*(?:,|;|\soch\s)\s*", text) if d.strip(" .")]


def _rubrik_fortsatter(p: _Paragraf, text: str) -> bool:
    if not p.rubrikrad.ren.split(None, 1)[1:] or not PARAGRAF.match(p.rubrikrad.ren)["rubrik"]:
        # "§ 16" alone: the title follows, often after the diarienummer, up to the first section.
        return len(p.rubrikrader) < 4
    if p.tom_sedan_rubrik or len(p.rubrikrader) >= 3:
        return False
    sista = p.rubrik.rsplit(" ", 1)[-1].lower()
    return text[:1].islower() or text[:1].isdigit() or p.rubrik.endswith(("-", ",")) or sista in {
        "och", "för", "av", "om", "i", "till", "med", "på", "inom", "samt",
    }


class ProtokollTolk:
    """Reads one protokoll from the lines of a source into a draft."""

    def __init__(self, kalla: Kalla, konto: Konto):
        self.kalla = kalla
        self.konto = konto
        self.utkast = Utkast("protokoll", konto)
        self.omfattar: list[int] | None = None

    # -- the whole document

    def tolka(self) -> Utkast:
        sidor = _sidor(self.kalla, lar_sidhuvuden(self.kalla, ar_innehall))
        inne, block = dokumentets_sidor(sidor)
        self._utanfor(sidor, inne)
        # Headers and footers again, learnt from the document's own pages only,
        # so that what repeats in the bilagor does not count.
        egna = Kalla(self.kalla.fil, [r for s in sidor if s.index in inne for r in s.rader], self.kalla.fran_pdf)
        huvuden = lar_sidhuvuden(egna, ar_innehall)
        huvuden.rader.update(block or ())
        strom: list[Rad] = []
        for s in sidor:
            if s.index not in inne:
                continue
            kant = _ar_kantrad(s.rader, huvuden)
            self.konto.satt([r for r in s.rader if r.nr in kant], Ode.SIDHUVUD)
            strom.extend(r for r in s.rader if r.nr not in kant)
        if block:
            self._organ_och_datum_ur_sidhuvud(block)
        huvud, paragrafer = self._dela(strom)
        self._huvud(huvud)
        self.utkast.protokoll = self._protokoll([self._paragraf(p) for p in paragrafer])
        return self.utkast

    def _utanfor(self, sidor: list[_Sida], inne: set[int]) -> None:
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
                m[1]
                for x in sidor[i:j]
                if x.har_huvud or any("protokoll" in t.lower() for t in x.block)
                for r in x.rader
                if (m := PARAGRAF.match(r.ren))
            ]
            forsta_inne = min(inne) if inne else 0
            if sidor[i].index < forsta_inne:
                anteckning = "sidor före protokollet (andra handlingar"
            else:
                anteckning = "sidor efter protokollet eller mellan dess sidor (bilagor och andra handlingar"
            if paragrafer:
                anteckning += f", bland dem ett annat protokoll eller utdrag med § {', '.join(dict.fromkeys(paragrafer[:5]))}"
            anteckning += ")"
            self.konto.satt(rader, Ode.UTANFOR, anteckning)
            i = j

    def _organ_och_datum_ur_sidhuvud(self, block: tuple[str, ...]) -> None:
        for t in block:
            m = re.match(r"^(?P<organ>[A-ZÅÄÖ][\w åäöÅÄÖ,-]+?)\s+(?P<datum>\d{4}-\d{2}-\d{2})$", t)
            if m and not t.lower().startswith("datum"):
                self.utkast.organnamn = self.utkast.organnamn or _organnamn(m["organ"]) or None
                self.utkast.datum = self.utkast.datum or datum_i(m["datum"])
            elif t.lower().startswith(("datum", "sammanträdesdatum")):
                self.utkast.datum = self.utkast.datum or datum_i(t)
            elif re.fullmatch(r"[A-ZÅÄÖ][\wåäö -]*(?:nämnden|styrelsen|fullmäktige|utskottet|utskott)", t):
                self.utkast.organnamn = self.utkast.organnamn or t

    def _dela(self, strom: list[Rad]) -> tuple[list[Rad], list[_Paragraf]]:
        huvud: list[Rad] = []
        paragrafer: list[_Paragraf] = []
        for rad in strom:
            t = rad.ren
            p = paragrafer[-1] if paragrafer else None
            if not t:
                if p is not None:
                    if p.tillstand == "rubrik" and p.rubrik:
                        p.tom_sedan_rubrik = True
                    self._lagg_till(p, rad)
                else:
                    huvud.append(rad)
                continue
            m = PARAGRAF.match(t)
            if m and self._ny_paragraf(int(m[1]), p, huvud):
                paragrafer.append(_Paragraf(int(m[1]), rad, m["rubrik"].strip()))
                continue
            if p is None:
                huvud.append(rad)
                continue
            d = DNR.match(t)
            if d and not p.avsnitt and d["dnr"]:
                p.dnr.extend(_dnr_varden(d["dnr"]))
                p.dnrrader.append(rad)
                if p.rubrik:
                    p.tillstand = "inledning"
                continue
            nyckel = avsnitt(t)
            if nyckel:
                p.avsnitt.append((nyckel, rad, []))
                p.tillstand = "avsnitt"
                continue
            if _OMEDELBART.match(t):
                p.omedelbart = rad
                continue
            e = etikett(t)
            if e and e[0] == "förvaringsplats" and e[1]:
                huvud.append(rad)  # "Förvaringsplats för protokollet" at the end of the last §
                continue
            anteckning = standardtext(t)
            if anteckning:
                self.konto.satt([rad], Ode.UTELAMNAD, anteckning)
                if t.lower() == "underskrifter":
                    p.tillstand = "underskrift"
                continue
            if p.tillstand == "underskrift":
                self.konto.satt([rad], Ode.UTELAMNAD, "underskrifter hör till pappersprotokollet")
                continue
            if p.tillstand == "rubrik" and _rubrik_fortsatter(p, t):
                p.rubrikrader.append(rad)
                p.rubrik = foga(p.rubrik, t)
                continue
            if p.tillstand == "rubrik":
                p.tillstand = "inledning"
            self._lagg_till(p, rad)
        return huvud, paragrafer

    def _lagg_till(self, p: _Paragraf, rad: Rad) -> None:
        if p.avsnitt:
            p.avsnitt[-1][2].append(rad)
        elif p.tillstand != "rubrik":
            p.inledning.append(rad)

    def _ny_paragraf(self, nr: int, p: _Paragraf | None, huvud: list[Rad]) -> bool:
        if self.omfattar is None and p is None:
            self._las_omfattar(huvud)
        if p is not None and nr <= p.nr:
            return False
        if self.omfattar and nr not in self.omfattar:
            return False
        return True

    def _las_omfattar(self, huvud: list[Rad]) -> None:
        for rad in huvud:
            e = etikett(rad.ren)
            if e and e[0] == "omfattar":
                serie = paragrafserie_i(e[1])
                if serie:
                    self.omfattar = tolka_paragrafnummer(serie)
                    return

    # -- the head

    def _huvud(self, rader: list[Rad]) -> None:
        u = self.utkast
        self.huvud: dict[str, tuple[Any, list[Rad]]] = {}
        self.narvaro: dict[str, list[tuple[dict, list[Rad]]]] = {"beslutande": [], "ersättare": [], "övriga": [], "": []}
        self.se_sida = False
        rader = [r for r in rader if not r.tom]
        lista: str | None = None
        vantar: tuple[str, Rad] | None = None  # a label whose value is on the next line
        i = 0
        while i < len(rader):
            rad = rader[i]
            t = rad.ren
            # A närvaro line broken inside a parenthesis continues on the next line.
            grupp = [rad]
            while (t.count("(") > t.count(")") or re.search(r"\w-$", t)) and i + 1 < len(rader):
                i += 1
                grupp.append(rader[i])
                t = foga(t, rader[i].ren)
            i += 1
            e = etikett(t)
            if e:
                typ, varde = e
                vantar = None
                lista = typ if typ in _LISTOR else None
                if typ == "utelämnad":
                    self.konto.satt(grupp, Ode.UTELAMNAD, "webbplatsen visar inte vem som tillkännagav justeringen")
                    continue
                if standardtext(varde):
                    self.se_sida = self.se_sida or typ in ("beslutande", "övriga", "ersättare")
                    self.konto.satt(grupp, Ode.UTELAMNAD, standardtext(varde))
                    lista = None
                    continue
                if not varde:
                    vantar = (typ, rad)
                    self.konto.satt(grupp, Ode.FALT)
                    continue
                self._huvudvarde(typ, varde, grupp)
                continue
            anteckning = standardtext(t)
            if anteckning:
                tillkannagiven = re.search(r"tillkännag\w+ .*?(\d{4}-\d{2}-\d{2})", t)
                if tillkannagiven and "publiceras" not in self.huvud and datum_i(tillkannagiven[1]):
                    self._huvudvarde("publiceras", tillkannagiven[1], grupp)
                else:
                    self.konto.satt(grupp, Ode.UTELAMNAD, anteckning)
                lista = None
                continue
            if vantar is not None:
                typ = vantar[0]
                vantar = None
                self._huvudvarde(typ, t, grupp)
                continue
            if lista is not None:
                if lista == "justerare" and not re.search(r"\d", t) and all(len(n.split()) <= 5 for n in re.split(r",|\soch\s", t)):
                    self._huvudvarde("justerare", t, grupp)
                    continue
                post = narvarorad(t)
                if post is not None:
                    self.narvaro[lista].append((post, grupp))
                    self.konto.satt(grupp, Ode.FALT)
                    continue
            post = narvarorad(t)
            if post is not None and "_inom" in post:
                self.narvaro[""].append((post, grupp))
                self.konto.satt(grupp, Ode.FALT)
                continue
            if _ORGANNAMN.fullmatch(t):
                self._huvudvarde("organ", t, grupp)
                continue
            lista = None  # not placed: reported by the account
        if u.organnamn is None and "organ" in self.huvud:
            u.organnamn = self.huvud["organ"][0]
        if "datum" in self.huvud:
            u.datum = self.huvud["datum"][0]
            u.datum_rader = [r.nr for r in self.huvud["datum"][1]]

    def _huvudvarde(self, typ: str, varde: str, rader: list[Rad]) -> None:
        tolkat: Any = None
        if typ in ("datum", "publiceras", "avpubliceras"):
            tolkat = datum_i(varde)
        elif typ == "plats_tid":
            tolkat = plats_och_tid(varde)
        elif typ == "justering":
            d = datum_i(varde)
            rest = re.sub(r"\d{4}-\d{2}-\d{2}", " ", varde)
            plats, tid, _ = plats_och_tid(rest)
            tolkat = (plats, d, tid)
        elif typ == "justerare":
            namn = [utan_parti(n) for n in re.split(r"\s*,\s*|\s+och\s+", varde) if n.strip()]
            tidigare = self.huvud.get("justerare", ([], []))
            tolkat = tidigare[0] + [n for n in namn if n]
            rader = tidigare[1] + rader
        elif typ == "omfattar":
            tolkat = paragrafserie_i(varde)
        elif typ in ("sekreterare", "ordförande"):
            tolkat = utan_parti(varde) or None
        elif typ == "organ":
            tolkat = _organnamn(varde) or None
        elif typ == "förvaringsplats":
            tolkat = varde.strip(" .") or None
        elif typ in ("beslutande", "ersättare", "övriga"):
            post = narvarorad(varde)
            if post is None:
                return
            self.narvaro[typ].append((post, rader))
            self.konto.satt(rader, Ode.FALT)
            return
        if tolkat is None or tolkat == (None, None, None):
            return  # not understood: the account reports the lines
        if typ == "datum" and "datum" in self.huvud:
            if self.huvud["datum"][0] == tolkat:
                self.konto.satt(rader, Ode.FALT)
            return
        if typ == "organ" and "organ" in self.huvud:
            if self.huvud["organ"][0].lower() == str(tolkat).lower():
                self.konto.satt(rader, Ode.FALT)
            return
        self.huvud[typ] = (tolkat, rader)
        self.konto.satt(rader, Ode.FALT)
        if typ == "omfattar" and self.omfattar is None:
            self.omfattar = tolka_paragrafnummer(tolkat)

    # -- one paragraph

    def _paragraf(self, p: _Paragraf) -> dict[str, Any]:
        u = self.utkast
        u.antal_paragrafer += 1
        rubrik = p.rubrik.strip()
        m = _DNR_I_RUBRIK.search(rubrik)
        if m and not p.sekretess:
            p.dnr.append(m["dnr"])
            rubrik = rubrik[: m.start()].strip()
        dnr: Any = p.dnr[0] if len(p.dnr) == 1 else list(p.dnr)
        self.konto.satt([p.rubrikrad, *p.rubrikrader, *p.dnrrader], Ode.FALT)
        if p.sekretess:
            u.antal_sekretess += 1
            ovrigt = [*p.inledning, *(r for _, rubrikrad, rader in p.avsnitt for r in [rubrikrad, *rader])]
            if p.omedelbart:
                ovrigt.append(p.omedelbart)
            self.konto.satt(ovrigt, Ode.SEKRETESS, "innehåll i en paragraf med sekretess; importeras aldrig")
            ut: dict[str, Any] = {"nr": p.nr, "sekretess": True}
            if p.dnr:
                ut["dnr"] = dnr
            return ut
        ut = {"nr": p.nr}
        if rubrik:
            ut["rubrik"] = rubrik
        else:
            ut["rubrik"] = FyllI("paragrafens rubrik")
            u.fyll_i(f"§ {p.nr} rubrik", "rubriken kunde inte läsas ur texten", [p.rubrikrad])
        if p.dnr:
            ut["dnr"] = dnr
        texter: dict[str, list[str]] = {}
        ovriga: list[str] = []

        def text_av(nyckel: str, rubrikrad: Rad | None, rader: list[Rad]) -> None:
            md = markdown(rader)
            if md:
                texter.setdefault(nyckel, []).append(md)
                self.konto.satt([*([rubrikrad] if rubrikrad else []), *rader], Ode.FALT)
            elif rubrikrad is not None:
                self.konto.satt([rubrikrad], Ode.FALT)

        if p.inledning:
            text_av("ärendebeskrivning", None, p.inledning)
        listor: dict[str, list] = {}
        for nyckel, rubrikrad, rader in p.avsnitt:
            if nyckel in ("beslut", "ärendebeskrivning", "propositionsordning", "omröstning", "förslag"):
                text_av(nyckel, rubrikrad, rader)
            elif nyckel == "övrigt":
                md = markdown(rader)
                rubriktext = rubrikrad.ren.rstrip(":").strip()
                ovriga.append(f"**{rubriktext}**" + (f"\n\n{md}" if md else ""))
                self.konto.satt([rubrikrad, *rader], Ode.FALT)
                u.fyll_i(
                    f"§ {p.nr} ärendebeskrivning",
                    f"avsnittet '{rubriktext}' har ingen egen nyckel och lades sist i ärendebeskrivningen; kontrollera",
                    [rubrikrad],
                )
            elif nyckel in ("beslutsunderlag", "skickas_till"):
                poster = punktlista(rader)
                listor.setdefault(nyckel, []).extend(t for t, _ in poster)
                self.konto.satt([rubrikrad, *rader], Ode.FALT)
            else:  # yrkanden, reservationer, protokollsanteckningar, jäv
                self.konto.satt([rubrikrad], Ode.FALT)
                self._stallningstaganden(p.nr, nyckel, rader, listor)
        if "beslut" in texter:
            ut["beslut"] = "\n\n".join(texter["beslut"])
        if "förslag" in texter:
            if "beslut" not in texter:
                ut["beslut"] = "\n\n".join(texter["förslag"])
                u.fyll_i(
                    f"§ {p.nr} beslut",
                    "beslutet är hämtat ur avsnittet 'Förslag till beslut'; kontrollera att det är det som beslutades",
                    [r for n, rubrikrad, _ in p.avsnitt if n == "förslag" for r in [rubrikrad]],
                )
            else:
                texter.setdefault("ärendebeskrivning", []).insert(0, "**Förslag till beslut**\n\n" + "\n\n".join(texter["förslag"]))
        arende = texter.get("ärendebeskrivning", []) + ovriga
        if arende:
            ut["ärendebeskrivning"] = "\n\n".join(arende)
        for nyckel in ("yrkanden",):
            if listor.get(nyckel):
                ut[nyckel] = listor[nyckel]
        if "propositionsordning" in texter:
            ut["propositionsordning"] = "\n\n".join(texter["propositionsordning"])
        if "omröstning" in texter:
            ut["omröstning"] = {"resultat": "\n\n".join(texter["omröstning"])}
            u.fyll_i(f"§ {p.nr} omröstning", "omröstningen står som text i 'resultat'; fyll gärna i ja, nej och avstår")
        for nyckel in ("reservationer", "protokollsanteckningar", "jäv", "beslutsunderlag", "skickas_till"):
            if listor.get(nyckel):
                ut[nyckel] = listor[nyckel]
        if p.omedelbart is not None:
            ut["omedelbart_justerad"] = True
            self.konto.satt([p.omedelbart], Ode.FALT)
        return ut

    def _stallningstaganden(self, nr: int, nyckel: str, rader: list[Rad], listor: dict[str, list]) -> None:
        """Yrkanden, reservationer, protokollsanteckningar and jäv: who, and what."""
        stycken: list[list[Rad]] = []
        for rad in tata(rader):
            if rad.tom:
                if stycken and stycken[-1]:
                    stycken.append([])
                continue
            if not stycken or (stycken[-1] and re.match(rf"^{PERSON}", rad.ren)):
                stycken.append([])
            stycken[-1].append(rad)
        for stycke in (s for s in stycken if s):
            text = ""
            for r in stycke:
                text = foga(text, r.ren)
            m = re.match(
                rf"^(?P<vem>{PERSONER})\s*(?::\s*(?P<kolon>.+)|\s+yrkar\s+(?:att\s+)?(?P<yrkar>.+)|"
                rf"\s+(?P<jav>anmäler jäv.*)|\s+(?P<res>reserverar sig.*)|\s+(?P<ant>(?:lämnar|antecknar|får) .*))$",
                text,
            )
            if not m:
                self.konto.satt(stycke, Ode.OPLACERAD, f"§ {nr}: kunde inte läsa ut vem som stod bakom texten under '{nyckel}'")
                continue
            vem = personer_i(m["vem"])
            if m["jav"] is not None or (nyckel == "jäv"):
                mal, rest = "jäv", m["jav"] or m["kolon"] or m["yrkar"] or m["res"] or m["ant"] or ""
                if re.fullmatch(r"anmäler jäv(?: och deltar inte i (?:handläggningen|beredning och beslut|beslutet|ärendet).*)?\.?", rest):
                    rest = ""
                rest = re.sub(r"^anmäler jäv[.,]?\s*(?:och\s+)?", "", rest)
            elif m["res"] is not None or nyckel == "reservationer":
                mal, rest = "reservationer", m["res"] or m["kolon"] or m["yrkar"] or m["ant"] or ""
                if re.fullmatch(r"reserverar sig(?: mot beslutet)?\.?", rest):
                    rest = ""
                rest = re.sub(r"^reserverar sig(?: mot beslutet)?(?:\s*(?:till förmån för|med motiveringen)\b)?[.,:]?\s*", "", rest)
            elif nyckel == "protokollsanteckningar":
                mal, rest = "protokollsanteckningar", m["kolon"] or m["ant"] or m["yrkar"] or ""
            else:
                mal, rest = "yrkanden", m["kolon"] or (m["yrkar"] and m["yrkar"]) or m["ant"] or ""
                if not rest:
                    self.konto.satt(stycke, Ode.OPLACERAD, f"§ {nr}: yrkandet saknar text")
                    continue
            for namn, parti in vem:
                post: dict[str, Any] = {"namn": namn, "parti": parti}
                if rest:
                    post["text"] = stor_forsta(rest)
                listor.setdefault(mal, []).append(post)
            self.konto.satt(stycke, Ode.FALT)

    # -- the protokoll as data

    def _protokoll(self, paragrafer: list[dict[str, Any]]) -> dict[str, Any]:
        u = self.utkast
        h = {k: v[0] for k, v in self.huvud.items()}
        u.kallrader = {k: [r.nr for r in v[1]] for k, v in self.huvud.items()}
        prot: dict[str, Any] = {}
        plats, datum, tid = h.get("justering", (None, None, None))
        justering: dict[str, Any] = {}
        justering["datum"] = datum or FyllI("justeringsdagen, ÅÅÅÅ-MM-DD")
        if tid:
            justering["tid"] = tid
        justering["plats"] = plats or FyllI("var protokollet justeras, till exempel Digital justering")
        justering["ordförande"] = h.get("ordförande") or FyllI("ordförandens namn")
        justering["justerare"] = h.get("justerare") or FyllI("justerarens namn; flera skrivs som en lista")
        prot["justering"] = justering
        prot["sekreterare"] = h.get("sekreterare") or FyllI("sekreterarens namn")
        for falt, saknas in (
            ("justering.datum", not datum), ("justering.plats", not plats),
            ("justering.ordförande", not h.get("ordförande")), ("justering.justerare", not h.get("justerare")),
            ("sekreterare", not h.get("sekreterare")),
        ):
            if saknas:
                u.fyll_i(falt, "fanns inte i texten")
        if h.get("förvaringsplats"):
            prot["förvaringsplats"] = h["förvaringsplats"]
        if h.get("omfattar"):
            prot["omfattar"] = h["omfattar"]
        tk: dict[str, Any] = {}
        if h.get("publiceras"):
            tk["publiceras"] = h["publiceras"]
        if h.get("avpubliceras"):
            tk["avpubliceras"] = h["avpubliceras"]
        if tk:
            prot["tillkännagivande"] = tk
        narvaro = self._narvaro()
        if narvaro:
            prot["närvaro"] = narvaro
        prot["paragrafer"] = paragrafer or [{"nr": FyllI("paragrafens nummer"), "rubrik": FyllI("paragrafens rubrik")}]
        if not paragrafer:
            u.fyll_i("paragrafer", "inga paragrafer hittades i texten")
        prot["fil"] = Utkommenterad(
            "handlingar/protokoll.pdf", "lägg det justerade protokollet (utan sekretessuppgifter) i handlingar/ och ta bort #"
        )
        plats_tid = h.get("plats_tid")
        sammantrade: dict[str, Any] = {}
        if plats_tid and plats_tid[1]:
            sammantrade["tid"] = plats_tid[1]
            if plats_tid[2]:
                sammantrade["sluttid"] = plats_tid[2]
        else:
            sammantrade["tid"] = FyllI('när sammanträdet började, "TT:MM"')
            u.fyll_i("tid", "sammanträdets starttid fanns inte i texten (sammantrade.yml)")
        if plats_tid and plats_tid[0]:
            sammantrade["plats"] = plats_tid[0]
        else:
            sammantrade["plats"] = FyllI("lokal och adress")
            u.fyll_i("plats", "sammanträdets plats fanns inte i texten (sammantrade.yml)")
        u.sammantrade = sammantrade
        return prot

    def _narvaro(self) -> dict[str, Any]:
        u = self.utkast
        ut: dict[str, list] = {}
        for grupp, om in (("beslutande", som_beslutande), ("ersättare", som_ersattare), ("övriga", som_ovrig)):
            for post, _ in self.narvaro[grupp]:
                ut.setdefault(grupp, []).append(om(post))
        utan = self.narvaro[""]
        if utan:
            for post, _ in utan:
                if som_beslutande(post).get("parti"):
                    ut.setdefault("beslutande", []).append(som_beslutande(post))
                else:
                    ut.setdefault("övriga", []).append(som_ovrig(post))
            u.fyll_i(
                "närvaro",
                f"{len(utan)} namn stod utan rubrik i texten och lades in efter hur de var skrivna "
                "(med parti: beslutande, med titel: övriga); kontrollera mot protokollet"
                + (" — huvudet hänvisar till en närvarolista som bara delvis kunde läsas" if self.se_sida else ""),
                [r for _, rader in utan for r in rader],
            )
        elif self.se_sida and not ut:
            u.fyll_i("närvaro", "huvudet hänvisar till en närvarolista som inte kunde läsas; fyll i beslutande och övriga")
        return ut


def tolka_protokoll(kalla: Kalla, konto: Konto) -> Utkast:
    return ProtokollTolk(kalla, konto).tolka()


__all__ = ["tolka_protokoll", "ar_protokollsignal", "avsnitt", "ar_innehall"]
