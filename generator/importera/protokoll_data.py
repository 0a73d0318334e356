"""Import of a protokoll, one § as data: its sections to the keys of protokoll.yml.

Secrecy is decided first and on the safe side (`protokoll_ord.sekretess`): a § whose
heading or text says, in any wording of `fraser.SEKRETESS`, that it is covered by
sekretess or not published keeps only its number and diarienummer, and the report
names the line that decided. Then each section goes to the handler its key names in
`AVSNITTSHANTERARE`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

from generator.importera import fraser
from generator.importera.fraser import forsta
from generator.importera.protokoll_ord import dnr_i_rubrik, omedelbart_i_text, sekretess, utan_omedelbart
from generator.importera.protokoll_paragraf import Paragraf
from generator.importera.text import Konto, Ode, Rad, foga, markdown, punktlista, tata
from generator.importera.utkast import PERSON, PERSONER, Notis, Utkast, personer_i, stor_forsta
from generator.importera.utkastyaml import FyllI


@dataclass
class Texter:
    """What the sections of one § gave, before it is put together."""

    texter: dict[str, list[str]] = field(default_factory=dict)
    ovriga: list[str] = field(default_factory=list)
    listor: dict[str, list] = field(default_factory=dict)


class ParagrafTolk:
    def __init__(self, utkast: Utkast, konto: Konto):
        self.utkast = utkast
        self.konto = konto

    def tolka(self, p: Paragraf) -> dict[str, Any]:
        u = self.utkast
        u.antal_paragrafer += 1
        rubrik, omedelbart_rubrik = utan_omedelbart(p.rubrik.strip())
        delad = dnr_i_rubrik(rubrik)
        if delad:
            rubrik = delad[0]
            p.dnr.append(delad[1])
        bedomning = sekretess(rubrik, p.brodtext())
        if bedomning is not None:
            return self._sekretess(p, bedomning)
        self.konto.satt([p.rubrikrad, *p.rubrikrader, *p.dnrrader], Ode.FALT)
        ut: dict[str, Any] = {"nr": p.nr}
        if rubrik:
            ut["rubrik"] = rubrik
        else:
            ut["rubrik"] = FyllI("paragrafens rubrik")
            u.fyll_i(f"§ {p.nr} rubrik", "rubriken kunde inte läsas ur texten", [p.rubrikrad])
        if p.dnr:
            ut["dnr"] = p.dnr[0] if len(p.dnr) == 1 else list(p.dnr)
        t = Texter()
        if p.inledning:
            self._text(t, p, "ärendebeskrivning", None, p.inledning)
        for nyckel, rubrikrad, rader in p.avsnitt:
            AVSNITTSHANTERARE[nyckel](self, t, p, nyckel, rubrikrad, rader)
        self._satt_ihop(ut, t, p)
        if p.omedelbart is not None or omedelbart_rubrik or omedelbart_i_text(t.texter.get("beslut", [])):
            ut["omedelbart_justerad"] = True
            if p.omedelbart is not None:
                self.konto.satt([p.omedelbart], Ode.FALT)
        return ut

    def _sekretess(self, p: Paragraf, bedomning: tuple[bool, Rad | None, fraser.Fras]) -> dict[str, Any]:
        u = self.utkast
        saker, avgorande, fras = bedomning
        u.antal_sekretess += 1
        rad = avgorande or p.rubrikrad
        self.konto.satt([p.rubrikrad, *p.rubrikrader, *p.dnrrader], Ode.FALT)
        ovrigt = [*p.brodtext(), *([p.omedelbart] if p.omedelbart else [])]
        self.konto.satt(ovrigt, Ode.SEKRETESS, "innehåll i en paragraf med sekretess; importeras aldrig")
        u.sekretess.append(Notis(
            f"§ {p.nr}",
            ("sekretess" if saker else "sekretess (osäkert: texten antyder sekretess; kontrollera att paragrafen inte ska publiceras)")
            + f"; avgjordes av rad {rad.nr} (en formulering som \"{fras.exempel}\")",
            [rad.nr],
        ))
        if not saker:
            u.fyll_i(f"§ {p.nr} sekretess", "markerad med sekretess för säkerhets skull; kontrollera mot originalet", [rad])
        ut: dict[str, Any] = {"nr": p.nr, "sekretess": True}
        if p.dnr:
            ut["dnr"] = p.dnr[0] if len(p.dnr) == 1 else list(p.dnr)
        return ut

    # -- the handlers of sections

    def _text(self, t: Texter, p: Paragraf, nyckel: str, rubrikrad: Rad | None, rader: list[Rad]) -> None:
        md = markdown(rader)
        if md:
            t.texter.setdefault(nyckel, []).append(md)
            self.konto.satt([*([rubrikrad] if rubrikrad else []), *rader], Ode.FALT)
        elif rubrikrad is not None:
            self.konto.satt([rubrikrad], Ode.FALT)

    def _ovrigt(self, t: Texter, p: Paragraf, nyckel: str, rubrikrad: Rad, rader: list[Rad]) -> None:
        md = markdown(rader)
        rubriktext = rubrikrad.ren.rstrip(":").strip()
        t.ovriga.append(f"**{rubriktext}**" + (f"\n\n{md}" if md else ""))
        self.konto.satt([rubrikrad, *rader], Ode.FALT)
        self.utkast.fyll_i(
            f"§ {p.nr} ärendebeskrivning",
            f"avsnittet '{rubriktext}' har ingen egen nyckel och lades sist i ärendebeskrivningen; kontrollera",
            [rubrikrad],
        )

    def _lista(self, t: Texter, p: Paragraf, nyckel: str, rubrikrad: Rad, rader: list[Rad]) -> None:
        t.listor.setdefault(nyckel, []).extend(text for text, _ in punktlista(rader))
        self.konto.satt([rubrikrad, *rader], Ode.FALT)

    def _stallningstaganden(self, t: Texter, p: Paragraf, nyckel: str, rubrikrad: Rad, rader: list[Rad]) -> None:
        """Yrkanden, reservationer, protokollsanteckningar and jäv: who, and what."""
        self.konto.satt([rubrikrad], Ode.FALT)
        stycken: list[list[Rad]] = []
        for rad in tata(rader):
            if rad.tom:
                if stycken and stycken[-1]:
                    stycken.append([])
                continue
            if not stycken or (stycken[-1] and (re.match(rf"^{PERSON}", rad.ren) or forsta(fraser.STALLNINGSTAGANDE_OMVANT, rad.ren))):
                stycken.append([])
            stycken[-1].append(rad)
        for stycke in (s for s in stycken if s):
            text = ""
            for r in stycke:
                text = foga(text, r.ren)
            self._ett_stallningstagande(t, p.nr, nyckel, stycke, text)

    def _ett_stallningstagande(self, t: Texter, nr: int, nyckel: str, stycke: list[Rad], text: str) -> None:
        omvant = forsta(fraser.STALLNINGSTAGANDE_OMVANT, text)
        if omvant:  # "Bifall yrkas av Anna Ek (S)." → "Anna Ek (S) yrkar bifall"
            m0 = omvant[1]
            text = f"{m0['vem']} {omvant[0].varde} {m0['text'].strip()}".strip()
        m = re.match(
            rf"^(?P<vem>{PERSONER})\s*(?::\s*(?P<kolon>.+)|\s+(?:yrkar|föreslår)\s+(?:att\s+)?(?P<yrkar>.+)|"
            rf"\s+(?P<jav>anmäler jäv.*)|\s+(?P<res>reserverar sig.*)|\s+(?P<ant>(?:lämnar|antecknar|får) .*))$",
            text,
        )
        if not m:
            self.konto.satt(stycke, Ode.OPLACERAD, f"§ {nr}: kunde inte läsa ut vem som stod bakom texten under '{nyckel}'")
            return
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
            mal, rest = "yrkanden", m["kolon"] or m["yrkar"] or m["ant"] or ""
            if not rest:
                self.konto.satt(stycke, Ode.OPLACERAD, f"§ {nr}: yrkandet saknar text")
                return
        for namn, parti in vem:
            post: dict[str, Any] = {"namn": namn, "parti": parti}
            if rest:
                post["text"] = stor_forsta(rest)
            t.listor.setdefault(mal, []).append(post)
        self.konto.satt(stycke, Ode.FALT)

    # -- putting the § together

    def _satt_ihop(self, ut: dict[str, Any], t: Texter, p: Paragraf) -> None:
        u = self.utkast
        texter, listor = t.texter, t.listor
        if "beslut" in texter:
            ut["beslut"] = "\n\n".join(texter["beslut"])
        if "förslag" in texter:
            if "beslut" not in texter:
                ut["beslut"] = "\n\n".join(texter["förslag"])
                u.fyll_i(
                    f"§ {p.nr} beslut",
                    "beslutet är hämtat ur avsnittet 'Förslag till beslut'; kontrollera att det är det som beslutades",
                    [rubrikrad for n, rubrikrad, _ in p.avsnitt if n == "förslag"],
                )
            else:
                texter.setdefault("ärendebeskrivning", []).insert(0, "**Förslag till beslut**\n\n" + "\n\n".join(texter["förslag"]))
        arende = texter.get("ärendebeskrivning", []) + t.ovriga
        if arende:
            ut["ärendebeskrivning"] = "\n\n".join(arende)
        if listor.get("yrkanden"):
            ut["yrkanden"] = listor["yrkanden"]
        if "propositionsordning" in texter:
            ut["propositionsordning"] = "\n\n".join(texter["propositionsordning"])
        if "omröstning" in texter:
            ut["omröstning"] = {"resultat": "\n\n".join(texter["omröstning"])}
            u.fyll_i(f"§ {p.nr} omröstning", "omröstningen står som text i 'resultat'; fyll gärna i ja, nej och avstår")
        for nyckel in ("reservationer", "protokollsanteckningar", "jäv", "beslutsunderlag", "skickas_till"):
            if listor.get(nyckel):
                ut[nyckel] = listor[nyckel]


Hanterare = Callable[[ParagrafTolk, Texter, Paragraf, str, Rad, list[Rad]], None]

# Which handler reads a section, by the key its heading fills (fraser.AVSNITT).
AVSNITTSHANTERARE: dict[str, Hanterare] = {
    "beslut": ParagrafTolk._text,
    "ärendebeskrivning": ParagrafTolk._text,
    "propositionsordning": ParagrafTolk._text,
    "omröstning": ParagrafTolk._text,
    "förslag": ParagrafTolk._text,
    "övrigt": ParagrafTolk._ovrigt,
    "beslutsunderlag": ParagrafTolk._lista,
    "skickas_till": ParagrafTolk._lista,
    "yrkanden": ParagrafTolk._stallningstaganden,
    "reservationer": ParagrafTolk._stallningstaganden,
    "protokollsanteckningar": ParagrafTolk._stallningstaganden,
    "jäv": ParagrafTolk._stallningstaganden,
}
