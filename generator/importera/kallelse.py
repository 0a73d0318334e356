"""Import of a kallelse: from lines to a draft sammantrade.yml.

A kallelse is short: who is called, when and where ("Socialnämnden kallas
härmed till sammanträde onsdagen den 27 mars 2024 kl. 08:15 i
Sessionssalen"), the hålltider, the föredragningslista and the signature.
What follows the signature in the same file (tjänsteskrivelser, bilagor)
lies outside the kallelse and is reported as such.
"""

from __future__ import annotations

import enum
import re
from typing import Any, Callable

from generator.importera import fraser
from generator.importera.fraser import forsta
from generator.importera.text import Kalla, Konto, Ode, Rad, ar_sidnummer, foga, lar_sidhuvuden, markdown
from generator.importera.utkast import STRECK, Utkast, datum_i, klockslag
from generator.importera.utkastyaml import FyllI

KALLAS = re.compile(r"\bkallas\s+(?:härmed\s+)?(?:till\s+)?(?:sammanträde|möte|extra sammanträde)\b", re.I)
_HALLTIDER = re.compile(r"^(?:hålltider(?: för sammanträdet)?|tidsplan|preliminära hålltider)\s*:?$", re.I)
_LISTA = re.compile(r"^(?:föredragningslista|ärendelista|dagordning|ärenden)\s*:?$", re.I)
_HALLTID = re.compile(r"^(?P<start>\d{1,2}[.:]\d{2})(?:" + STRECK + r"(?P<slut>\d{1,2}[.:]\d{2}))?\s+(?P<text>\S.*)$")
_PUNKT = re.compile(r"^(?P<nr>\d{1,3})\s*[.)]?\s+(?P<rubrik>\S.*)$")
_ROLL = re.compile(r"^(ordförande|vice ordförande|sekreterare|nämndsekreterare)\.?$", re.I)
_PAUS = re.compile(r"^(?:fika|paus|lunch|lunchpaus|kaffe|kaffepaus|förmiddagsfika|eftermiddagsfika|bensträckare)\.?$", re.I)
_DNR_SIST = re.compile(r"\s*\((?:dnr|diarienr)\.?:?\s*(?P<dnr>[^()]+)\)\s*$", re.I)
_FOREDRAGANDE = re.compile(r"\s+[–—]\s+")
# A letterhead footer: contact labels and their values.
_KONTAKTETIKETT = re.compile(
    r"^(?:(?:post|besöks)?adress|hemsida|webbplats|telefon|tfn|växel|e-post|epost|fax|bankgiro|plusgiro|"
    r"organisationsn(?:umme)?r|org\.?\s?nr)(?:\s+(?:(?:post|besöks)?adress|hemsida|webbplats|telefon|e-post|fax|bankgiro|plusgiro))*:?$",
    re.I,
)
_KOMMUN = re.compile(r"[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s[\wåäöÅÄÖ-]+)?\s+kommun", re.I)  # the letterhead: "Ekbacka kommun"
_KONTAKTVARDE = re.compile(r"\d|@|www\.|https?://", re.I)


def ar_kallelsesignal(text: str) -> bool:
    return forsta(fraser.KALLELSESIGNAL, text.strip()) is not None


def _halltid(text: str) -> dict[str, Any]:
    m = _HALLTID.match(text)
    assert m
    ut: dict[str, Any] = {"start": klockslag(m["start"])}
    if m["slut"]:
        ut["slut"] = klockslag(m["slut"])
    resten = m["text"].strip()
    delar = _FOREDRAGANDE.split(resten)
    rubrik, foredragande = (" – ".join(delar[:-1]), delar[-1]) if len(delar) > 1 else (resten, None)
    ut["rubrik"] = rubrik.strip(" –-")
    if foredragande:
        ut["föredragande"] = foredragande.strip()
    if _PAUS.match(ut["rubrik"]):
        ut["paus"] = True
    return ut


class Lage(enum.Enum):
    """Where in the kallelse a line is."""

    HUVUD = "huvud"  # who is called, when and where
    HALLTIDER = "hålltider"
    LISTA = "föredragningslista"
    EFTER = "efter listan"  # a short message on the list's page
    UNDERSKRIFT = "underskrift"


SLUT = -1  # a handler's answer: the kallelse ends before this line


class KallelseTolk:
    def __init__(self, kalla: Kalla, konto: Konto):
        self.kalla = kalla
        self.konto = konto
        self.utkast = Utkast("kallelse", konto)
        self.kallelse: dict[str, Any] = {}
        self.halltider: list[tuple[dict, list[Rad]]] = []
        self.lista: list[list] = []  # [nr, text, rader]
        self.meddelande: list[Rad] = []
        self.mening: list[Rad] = []
        self.lage = Lage.HUVUD
        self.sista_sida = 0
        self.tid = self.sluttid = self.plats = None

    def tolka(self) -> Utkast:
        rader = self.kalla.rader
        self.huvuden = lar_sidhuvuden(self.kalla, lambda t: bool(_HALLTID.match(t) or _PUNKT.match(t) or _LISTA.match(t)))
        start = self._start(rader)
        if start > 0:
            self.konto.satt(rader[:start], Ode.UTANFOR, "före kallelsen (andra handlingar)")
        self.innehall = [r for r in rader[start:] if not r.tom]
        slut = len(self.innehall)
        i = 0
        while i < len(self.innehall):
            rad = self.innehall[i]
            nasta = self.innehall[i + 1].ren if i + 1 < len(self.innehall) else ""
            steg = 0
            for _namn, regel in FORE_LAGET:
                steg = regel(self, i, rad, rad.ren, nasta)
                if steg:
                    break
            while not steg:  # 0: the state changed, the line goes to the new state's handler
                steg = HANTERARE[self.lage](self, i, rad, rad.ren, nasta)
            if steg == SLUT:
                slut = i
                break
            i += steg
        self._efter(slut)
        self._bygg(self.kallelse, self.halltider, self.lista, self.meddelande)
        return self.utkast

    # -- rows tried before the state's own handler: 0 passes the line on

    def _underskrift(self, i: int, rad: Rad, t: str, nasta: str) -> int:
        """The signature: a name, then its role on the next line."""
        if self.lage == Lage.HUVUD or not _ROLL.match(nasta) or len(t.split()) > 5 or _PUNKT.match(t):
            return 0
        roll = _ROLL.match(nasta)[1].lower()
        falt = "sekreterare" if "sekreterare" in roll else "ordförande"
        if roll == "ordförande" or falt not in self.kallelse:
            self.kallelse[falt] = t
        self.konto.satt([rad, self.innehall[i + 1]], Ode.FALT)
        self.lage = Lage.UNDERSKRIFT
        return 2

    def _efter_underskrift(self, i: int, rad: Rad, t: str, nasta: str) -> int:
        return SLUT if self.lage == Lage.UNDERSKRIFT else 0

    def _sidnummer(self, i: int, rad: Rad, t: str, nasta: str) -> int:
        if not (ar_sidnummer(t) or t.lower() in ("sida", "kallelse")):
            return 0
        self.konto.satt([rad], Ode.SIDHUVUD)
        return 1

    def _rubrik(self, i: int, rad: Rad, t: str, nasta: str) -> int:
        """"Föredragningslista" or "Hålltider": the state they open."""
        if self.lage == Lage.HUVUD and self.mening:
            return 0
        if _LISTA.match(t):
            self.lage = Lage.LISTA
        elif _HALLTIDER.match(t):
            self.lage = Lage.HALLTIDER
        else:
            return 0
        self.konto.satt([rad], Ode.FALT)
        return 1

    # -- the states' handlers

    def _huvud(self, i: int, rad: Rad, t: str, nasta: str) -> int:
        u = self.utkast
        if t.lower() == "datum" and datum_i(nasta):
            self.kallelse["utfärdad"] = datum_i(nasta)
            self.konto.satt([rad, self.innehall[i + 1]], Ode.FALT)
            return 2
        if not self.mening and self._huvudetikett(rad, t):
            return 1
        if self.mening or KALLAS.search(t):
            self.mening.append(rad)
            if KALLAS.search(t):
                organ = KALLAS.split(t)[0].strip(" ,")
                if organ:
                    u.organnamn = organ
            if t.endswith(".") or _HALLTIDER.match(nasta) or _LISTA.match(nasta):
                self._mening(self.mening)
                self.mening = []
            return 1
        d = re.match(r"^datum:?\s+(.*)$", t, re.I)
        if d and datum_i(d[1]):
            self.kallelse["utfärdad"] = datum_i(d[1])
            self.konto.satt([rad], Ode.FALT)
        elif KALLAS.search(nasta) and len(t.split()) <= 6:
            u.organnamn = t
            self.konto.satt([rad], Ode.FALT)
        elif t in self.huvuden or _KOMMUN.fullmatch(t):
            self.konto.satt([rad], Ode.SIDHUVUD)
        return 1

    def _huvudetikett(self, rad: Rad, t: str) -> bool:
        """"Tid: tisdag 14 april 2026 kl. 13.00", "Plats: Aulan", "Kallelse till …nämndens sammanträde"."""
        hit = forsta(fraser.KALLELSEHUVUD, t)
        if hit is None:
            return False
        slag, varde = hit[0].varde, hit[1]["varde"].strip(" .")
        if slag == "tid":
            d = datum_i(varde)
            tid = re.search(r"(?:kl\.?|klockan)?\s*(\d{1,2}[.:]\d{2})(?:" + STRECK + r"(\d{1,2}[.:]\d{2}))?", varde)
            if d is None and tid is None:
                return False
            if d:
                self.utkast.datum, self.utkast.datum_rader = d, [rad.nr]
            if tid:
                self.tid = klockslag(tid[1])
                self.sluttid = klockslag(tid[2]) if tid[2] else None
        elif slag == "plats":
            self.plats = varde
        else:
            self.utkast.organnamn = varde[:1].upper() + varde[1:]
        self.konto.satt([rad], Ode.FALT)
        return True

    def _halltid(self, i: int, rad: Rad, t: str, nasta: str) -> int:
        if _HALLTID.match(t):
            self.halltider.append(({"text": t}, [rad]))
        elif self.halltider:
            self.halltider[-1][0]["text"] = foga(self.halltider[-1][0]["text"], t)
            self.halltider[-1][1].append(rad)
        return 1

    def _listpunkt(self, i: int, rad: Rad, t: str, nasta: str) -> int:
        lista = self.lista
        m = _PUNKT.match(t)
        forvantat = lista[-1][0] + 1 if lista else None
        if m and (forvantat is None or int(m["nr"]) == forvantat):
            lista.append([int(m["nr"]), m["rubrik"].strip(), [rad]])
            return 1
        if lista and self._fortsatter(t, nasta, lista[-1][0]):
            lista[-1][1] = foga(lista[-1][1], t)
            lista[-1][2].append(rad)
            return 1
        self.lage = Lage.EFTER
        self.sista_sida = lista[-1][2][-1].sida if lista else rad.sida
        return 0

    def _efter_listan(self, i: int, rad: Rad, t: str, nasta: str) -> int:
        # A message after the list ("Förhinder anmäls till …") stays on the list's page
        # and is short; anything else is the next document.
        if t in self.huvuden or rad.sida != self.sista_sida or len(self.meddelande) >= 15:
            return SLUT
        self.meddelande.append(rad)
        return 1

    def _efter(self, slut: int) -> None:
        """What follows the kallelse: its letterhead footer, then other documents."""
        efter = self.innehall[slut:]
        k = 0
        adressrader = 0
        while k < len(efter):
            t = efter[k].ren
            if ar_sidnummer(t):
                pass
            elif t in self.huvuden and _KONTAKTETIKETT.match(t):
                adressrader = 2 if re.match(r"^(?:post|besöks)?adress", t, re.I) else 0
            elif t in self.huvuden and (_KONTAKTVARDE.search(t) or adressrader > 0):
                adressrader -= 1
            else:
                break
            self.konto.satt([efter[k]], Ode.SIDHUVUD)
            k += 1
        if k < len(efter):
            forsta = efter[k].nr
            self.konto.satt(
                [r for r in self.kalla.rader if r.nr >= forsta], Ode.UTANFOR,
                "efter kallelsen (tjänsteskrivelser, bilagor och andra handlingar)",
            )

    def _start(self, rader: list[Rad]) -> int:
        """Index of the first line of the page where the kallelse begins."""
        for i, r in enumerate(rader):
            if ar_kallelsesignal(r.ren):
                sida = r.sida
                j = i
                while j > 0 and rader[j - 1].sida == sida:
                    j -= 1
                return j
        return 0

    def _fortsatter(self, text: str, nasta: str, nr: int) -> bool:
        """Does `text` continue the title of item `nr` of the föredragningslista?"""
        if text[:1].islower() or text[:1] in "(–-" or text[:1].isdigit() and not _PUNKT.match(text):
            return True
        m = _PUNKT.match(nasta)
        return bool(m and int(m["nr"]) == nr + 1)

    def _mening(self, rader: list[Rad]) -> None:
        """"… kallas härmed till sammanträde onsdagen den 27 mars 2024 kl. 08:15 i Sessionssalen, Nämndhuset.\""""
        u = self.utkast
        text = ""
        for r in rader:
            text = foga(text, r.ren)
        resten = KALLAS.split(text, 1)[-1]
        d = datum_i(resten)
        if d:
            u.datum = d
            u.datum_rader = [r.nr for r in rader]
        tid = re.search(r"(?:kl\.?|klockan)\s*(\d{1,2}[.:]\d{2})(?:" + STRECK + r"(\d{1,2}[.:]\d{2}))?", resten)
        self.tid = klockslag(tid[1]) if tid else None
        self.sluttid = klockslag(tid[2]) if tid and tid[2] else None
        plats = resten[tid.end():] if tid else ""
        plats = re.sub(r"^\s*(?:,|i|på|i lokalen|lokal:?)\s+", "", plats).strip(" .,")
        self.plats = plats or None
        self.konto.satt(rader, Ode.FALT)

    def _bygg(self, kallelse: dict, halltider: list, lista: list, meddelande: list[Rad]) -> None:
        u = self.utkast
        sammantrade: dict[str, Any] = {}
        tid, plats = self.tid, self.plats
        sammantrade["tid"] = tid or FyllI('när sammanträdet börjar, "TT:MM"')
        if self.sluttid:
            sammantrade["sluttid"] = self.sluttid
        sammantrade["plats"] = plats or FyllI("lokal och adress")
        if not tid:
            u.fyll_i("tid", "sammanträdets starttid fanns inte i texten")
        if not plats:
            u.fyll_i("plats", "sammanträdets plats fanns inte i texten")
        k: dict[str, Any] = {}
        if "utfärdad" in kallelse:
            k["utfärdad"] = kallelse["utfärdad"]
        else:
            k["utfärdad"] = FyllI("dagen kallelsen skickas ut och publiceras, ÅÅÅÅ-MM-DD")
            u.fyll_i("kallelse.utfärdad", "kallelsens datum fanns inte i texten; kallelsen syns på webbplatsen från och med den dagen")
        for falt in ("ordförande", "sekreterare"):
            if falt in kallelse:
                k[falt] = kallelse[falt]
        if meddelande:
            md = markdown(meddelande)
            if md:
                k["meddelande"] = md
                self.konto.satt(meddelande, Ode.FALT)
                u.fyll_i("kallelse.meddelande", "text efter föredragningslistan lades i meddelande; kontrollera")
        if halltider:
            k["hålltider"] = []
            for post, rader in halltider:
                k["hålltider"].append(_halltid(post["text"]))
                self.konto.satt(rader, Ode.FALT)
        if lista:
            k["föredragningslista"] = []
            for nr, rubrik, rader in lista:
                arende: dict[str, Any] = {"nr": nr}
                m = _DNR_SIST.search(rubrik)
                if m:
                    rubrik = rubrik[: m.start()].strip()
                arende["rubrik"] = rubrik
                if m:
                    arende["dnr"] = m["dnr"].strip()
                k["föredragningslista"].append(arende)
                self.konto.satt(rader, Ode.FALT)
        sammantrade["kallelse"] = k
        u.sammantrade = sammantrade


Regel = Callable[[KallelseTolk, int, Rad, str, str], int]

# Tried first on every line, in order: the first that takes it (a number of lines,
# or SLUT) wins; 0 passes the line on to the state's handler.
FORE_LAGET: list[tuple[str, Regel]] = [
    ("underskrift: namn, och roll på nästa rad", KallelseTolk._underskrift),
    ("efter underskriften", KallelseTolk._efter_underskrift),
    ("sidnummer", KallelseTolk._sidnummer),
    ("rubrik för hålltider eller föredragningslista", KallelseTolk._rubrik),
]

# Each state's handler: lines taken, SLUT, or 0 when it moved to another state.
HANTERARE: dict[Lage, Regel] = {
    Lage.HUVUD: KallelseTolk._huvud,
    Lage.HALLTIDER: KallelseTolk._halltid,
    Lage.LISTA: KallelseTolk._listpunkt,
    Lage.EFTER: KallelseTolk._efter_listan,
}


def tolka_kallelse(kalla: Kalla, konto: Konto) -> Utkast:
    return KallelseTolk(kalla, konto).tolka()
