"""Import of a protokoll, the head: the cover's labelled fields, then protokoll.yml as data.

Each line of the head goes through `HUVUDREGLER`, a table of (name, handler) rows tried
in order. A label ("Justeringens plats och tid", "Anslaget sätts upp", see
`fraser.ETIKETTER`) names the kind of its value, and `VARDETOLKAR` reads each kind.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from generator.importera import fraser
from generator.importera.fraser import forsta
from generator.importera.protokoll_ord import ORGANNAMN, etikett, organnamn, standardtext
from generator.importera.text import Konto, Ode, Rad, foga
from generator.importera.utkast import (
    Utkast,
    datum_i,
    narvarorad,
    paragrafserie_i,
    plats_och_tid,
    som_beslutande,
    som_ersattare,
    som_ovrig,
    utan_parti,
)
from generator.importera.utkastyaml import FyllI, Utkommenterad

NARVARO = ("beslutande", "ersättare", "övriga")
# Kinds that are a part of another: (plats, datum or tid, tid or sluttid) tuples filled in by turns.
DELAR = {"justeringsdag": "justering", "justeringsplats": "justering", "tid": "plats_tid"}


def _justering(varde: str) -> Any:
    d = datum_i(varde)
    rest = re.sub(r"\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-zåäö]+\s+\d{4}", " ", varde)
    plats, tid, _ = plats_och_tid(rest)
    return (plats, d, tid)


def _justeringsdag(varde: str) -> Any:
    d = datum_i(varde)
    if d is None:
        return None
    _, tid, _ = plats_och_tid(re.sub(r"\d{4}-\d{2}-\d{2}", " ", varde))
    return (None, d, tid)


def _justeringsplats(varde: str) -> str | None:
    varde = varde.strip(" .")
    return "Digital justering" if varde.lower() in ("digitalt", "elektroniskt", "digital") else varde or None


# How each kind of head value is read; None: not understood, the account reports the lines.
VARDETOLKAR: dict[str, Callable[[str], Any]] = {
    "datum": datum_i,
    "publiceras": datum_i,
    "avpubliceras": datum_i,
    "plats_tid": plats_och_tid,
    "justering": _justering,
    "justeringsdag": _justeringsdag,
    "justeringsplats": lambda v: (_justeringsplats(v), None, None),
    "tid": lambda v: (None, *plats_och_tid(re.sub(r"^(?:kl\.?|klockan)\s*", "", v.strip()))[1:]),
    "omfattar": paragrafserie_i,
    "sekreterare": lambda v: utan_parti(v) or None,
    "ordförande": lambda v: utan_parti(v) or None,
    "organ": lambda v: organnamn(v) or None,
    "förvaringsplats": lambda v: v.strip(" .") or None,
}


class HuvudTolk:
    def __init__(self, utkast: Utkast, konto: Konto):
        self.utkast = utkast
        self.konto = konto
        self.huvud: dict[str, tuple[Any, list[Rad]]] = {}
        self.narvaro: dict[str, list[tuple[dict, list[Rad]]]] = {"beslutande": [], "ersättare": [], "övriga": [], "": []}
        self.se_sida = False
        self.lista: str | None = None
        self.vantar: str | None = None  # a label whose value is on the next line

    def tolka(self, rader: list[Rad]) -> None:
        u = self.utkast
        rader = [r for r in rader if not r.tom]
        i = 0
        while i < len(rader):
            t = rader[i].ren
            # A närvaro line broken inside a parenthesis continues on the next line.
            grupp = [rader[i]]
            while (t.count("(") > t.count(")") or re.search(r"\w-$", t)) and i + 1 < len(rader):
                i += 1
                grupp.append(rader[i])
                t = foga(t, rader[i].ren)
            i += 1
            for _namn, regel in HUVUDREGLER:
                if regel(self, t, grupp):
                    break
        if u.organnamn is None and "organ" in self.huvud:
            u.organnamn = self.huvud["organ"][0]
        if "datum" in self.huvud:
            u.datum = self.huvud["datum"][0]
            u.datum_rader = [r.nr for r in self.huvud["datum"][1]]

    # -- the rows of the table

    def _etikett(self, t: str, grupp: list[Rad]) -> bool:
        e = etikett(t)
        if not e:
            return False
        typ, varde = e
        self.vantar = None
        self.lista = typ if typ in fraser.LISTOR else None
        if typ == "utelämnad":
            self.konto.satt(grupp, Ode.UTELAMNAD, "webbplatsen visar inte vem som tillkännagav justeringen")
        elif standardtext(varde):
            self.se_sida = self.se_sida or typ in NARVARO
            self.konto.satt(grupp, Ode.UTELAMNAD, standardtext(varde))
            self.lista = None
        elif not varde:
            self.vantar = typ
            self.konto.satt(grupp, Ode.FALT)
        else:
            self.varde(typ, varde, grupp)
        return True

    def _mening(self, t: str, grupp: list[Rad]) -> bool:
        hit = forsta(fraser.HUVUDMENINGAR, t, hel=True)
        if hit is None:
            return False
        m = hit[1].groupdict()
        self.vantar = None
        for typ in ("publiceras", "avpubliceras"):
            if m.get(typ):
                self.varde(typ, m[typ], grupp)
        if m.get("dag"):
            self.varde("justeringsdag", m["dag"], grupp)
        if m.get("plats"):
            self.varde("justeringsplats", m["plats"], grupp)
        self.konto.satt(grupp, Ode.FALT)
        self.lista = None
        return True

    def _standardtext(self, t: str, grupp: list[Rad]) -> bool:
        anteckning = standardtext(t)
        if not anteckning:
            return False
        tillkannagiven = re.search(r"tillkännag\w+ .*?(\d{4}-\d{2}-\d{2})", t)
        if tillkannagiven and "publiceras" not in self.huvud and datum_i(tillkannagiven[1]):
            self.varde("publiceras", tillkannagiven[1], grupp)
        else:
            self.konto.satt(grupp, Ode.UTELAMNAD, anteckning)
        self.lista = None
        return True

    def _vantande(self, t: str, grupp: list[Rad]) -> bool:
        if self.vantar is None:
            return False
        typ, self.vantar = self.vantar, None
        self.varde(typ, t, grupp)
        return True

    def _i_lista(self, t: str, grupp: list[Rad]) -> bool:
        if self.lista is None:
            return False
        if self.lista == "justerare" and not re.search(r"\d", t) and all(
            len(n.split()) <= 5 for n in re.split(r",|\soch\s", t)
        ):
            self.varde("justerare", t, grupp)
            return True
        post = narvarorad(t)
        if post is None:
            return False
        self.narvaro[self.lista].append((post, grupp))
        self.konto.satt(grupp, Ode.FALT)
        return True

    def _namn_utan_rubrik(self, t: str, grupp: list[Rad]) -> bool:
        post = narvarorad(t)
        if post is None or "_inom" not in post:
            return False
        self.narvaro[""].append((post, grupp))
        self.konto.satt(grupp, Ode.FALT)
        return True

    def _organnamn(self, t: str, grupp: list[Rad]) -> bool:
        """"Kommunstyrelsen", "KOMMUNFULLMÄKTIGE PROTOKOLL" or "Kommunstyrelsens arbetsutskott 2026-06-02"."""
        m = re.fullmatch(r"(?P<organ>.+?)(?:\s+(?P<datum>\d{4}-\d{2}-\d{2}))?", t)
        namn = organnamn(m["organ"])
        if not ORGANNAMN.fullmatch(namn):
            return False
        self.varde("organ", namn, grupp)
        if m["datum"]:
            self.varde("datum", m["datum"], grupp)
        return True

    def _oplacerad(self, t: str, grupp: list[Rad]) -> bool:
        self.lista = None  # not placed: reported by the account
        return True

    # -- values

    def varde(self, typ: str, varde: str, rader: list[Rad]) -> None:
        if typ in NARVARO:
            post = narvarorad(varde)
            if post is not None:
                self.narvaro[typ].append((post, rader))
                self.konto.satt(rader, Ode.FALT)
            return
        if typ == "justerare":
            namn = [utan_parti(n) for n in re.split(r"\s*,\s*|\s+och\s+", varde) if n.strip()]
            tidigare = self.huvud.get("justerare", ([], []))
            tolkat: Any = tidigare[0] + [n for n in namn if n]
            rader = tidigare[1] + rader
        else:
            tolkat = VARDETOLKAR[typ](varde)
        if tolkat is None or tolkat == (None, None, None):
            return
        if typ in ("datum", "organ") and typ in self.huvud:
            if str(self.huvud[typ][0]).lower() == str(tolkat).lower():
                self.konto.satt(rader, Ode.FALT)
            return
        typ = DELAR.get(typ, typ)
        if typ in ("justering", "plats_tid") and typ in self.huvud:
            # Parts on lines of their own ("Tid", "Plats"): each fills what is still empty.
            gammal, gamla_rader = self.huvud[typ]
            tolkat = tuple(a if a is not None else b for a, b in zip(gammal, tolkat))
            rader = gamla_rader + rader
        self.huvud[typ] = (tolkat, rader)
        self.konto.satt(rader, Ode.FALT)

    # -- protokoll.yml as data

    def protokoll(self, paragrafer: list[dict[str, Any]]) -> dict[str, Any]:
        u = self.utkast
        h = {k: v[0] for k, v in self.huvud.items()}
        u.kallrader = {k: [r.nr for r in v[1]] for k, v in self.huvud.items()}
        prot: dict[str, Any] = {}
        plats, datum, tid = h.get("justering", (None, None, None))
        justering: dict[str, Any] = {"datum": datum or FyllI("justeringsdagen, ÅÅÅÅ-MM-DD")}
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
        tk = {k: h[k] for k in ("publiceras", "avpubliceras") if h.get(k)}
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
        u.sammantrade = self._sammantrade(h.get("plats_tid"))
        return prot

    def _sammantrade(self, plats_tid) -> dict[str, Any]:
        u = self.utkast
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
        return sammantrade

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


Regel = Callable[[HuvudTolk, str, list[Rad]], bool]

# In order: the first row that takes a line wins; the last takes every line.
HUVUDREGLER: list[tuple[str, Regel]] = [
    ("mening med datum för anslag eller justering", HuvudTolk._mening),
    ("etikett och värde", HuvudTolk._etikett),
    ("känd standardtext", HuvudTolk._standardtext),
    ("värdet till en etikett på raden före", HuvudTolk._vantande),
    ("rad i en lista under en etikett", HuvudTolk._i_lista),
    ("namn utan rubrik", HuvudTolk._namn_utan_rubrik),
    ("organets namn", HuvudTolk._organnamn),
    ("kunde inte placeras", HuvudTolk._oplacerad),
]
