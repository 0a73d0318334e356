"""The report of an import, in Swedish: what was written, what to fill in or check, which
dates the law does not accept, personnummer, and every line that did not reach the draft."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from generator.importera.text import RAPPORTERAS, Konto, Ode
from generator.innehall.modell import paragrafserie
from generator.regler import personnummer
from generator.svenska import antal

if TYPE_CHECKING:
    from generator.importera.kommando import Resultat


def visa(fil: Path, rot: Path) -> str:
    try:
        return str(fil.resolve().relative_to(rot.resolve()))
    except ValueError:
        return str(fil)


def _intervall(rader: list[int]) -> str:
    """[363, 364, 368] → "rader 363–364, 368"."""
    if not rader:
        return ""
    return ("rad " if len(set(rader)) == 1 else "rader ") + paragrafserie(rader, streck="–")


def utdrag(text: str, langd: int = 60) -> str:
    text = personnummer.maskera(" ".join(text.split()))
    return text if len(text) <= langd else text[: langd - 1] + "…"


@dataclass
class Radrakning:
    """How the lines of a source were used: the figures of the report."""

    totalt: int
    falt: int
    sidhuvud: int
    rapporterade: int
    utanfor: int
    tomma: int


def rakna(konto: Konto) -> Radrakning:
    return Radrakning(
        totalt=len(konto.rader),
        falt=konto.antal(Ode.FALT),
        sidhuvud=konto.antal(Ode.SIDHUVUD),
        rapporterade=konto.antal(*RAPPORTERAS),
        utanfor=konto.antal(Ode.UTANFOR),
        tomma=konto.antal(Ode.TOM),
    )


_ETIKETT = {
    Ode.UTELAMNAD: "utelämnad",
    Ode.SEKRETESS: "sekretess",
    Ode.UTANFOR: "utanför dokumentet, importerades inte",
}


def rapport(r: "Resultat", rot: Path, fil: Path) -> str:
    u = r.utkast
    ut: list[str] = []
    if u.typ == "protokoll":
        sekretess = f" ({u.antal_sekretess} med sekretess)" if u.antal_sekretess else ""
        ut.append(
            f"Importerade ett protokoll för {r.organ.namn} {r.datum.isoformat()}: "
            f"{antal(u.antal_paragrafer, 'paragraf', 'paragrafer')}{sekretess}."
        )
    else:
        k = (u.sammantrade or {}).get("kallelse") or {}
        ut.append(
            f"Importerade en kallelse för {r.organ.namn} {r.datum.isoformat()}: "
            f"{antal(len(k.get('hålltider', [])), 'hålltid', 'hålltider')} och "
            f"{antal(len(k.get('föredragningslista', [])), 'ärende', 'ärenden')}."
        )
    for f in r.skrivna:
        ut.append(f"Skrev {visa(f, rot)}")
    for f in r.orort:
        ut.append(f"{visa(f, rot)} fanns redan och lämnades orörd.")
    siffror = rakna(u.konto)
    ut += [
        "",
        f"Raderna i {fil.name} ({siffror.totalt}):",
        f"  {siffror.falt:>5} i fält i utkastet",
        f"  {siffror.sidhuvud:>5} sidhuvuden, sidfötter och sidnummer",
        f"  {siffror.rapporterade:>5} kom inte med; de står nedan"
        + (f" ({siffror.utanfor} av dem utanför dokumentet)" if siffror.utanfor else ""),
        f"  {siffror.tomma:>5} tomma",
    ]
    att_gora = [n for n in u.att_gora]
    if att_gora:
        ut += ["", "Fyll i eller kontrollera:"]
        for n in att_gora:
            plats = f" ({_intervall(n.rader)})" if n.rader else ""
            ut.append(f"  - {n.falt}: {n.meddelande}{plats}")
    if u.sekretess:
        ut += ["", "Paragrafer med sekretess (i utkastet bara nummer och diarienummer):"]
        for n in u.sekretess:
            ut.append(f"  - {n.falt}: {n.meddelande}")
    if r.lagen:
        ut += ["", "Datum som lagen inte godtar:"]
        for n in r.lagen:
            plats = f" ({_intervall(n.rader)})" if n.rader else ""
            ut.append(f"  - {n.falt}: {'fel' if n.fel else 'varning'}: {n.meddelande}{plats}")
    if r.personnummer or r.personnummer_utanfor:
        ut += ["", "Personnummer:"]
        for nr, maskerat in r.personnummer:
            ut.append(f"  - rad {nr}: {maskerat} maskerades i utkastet; personnummer får inte publiceras")
        if r.personnummer_utanfor:
            ut.append(
                f"  - källan innehåller personnummer också utanför utkastet ({_intervall(r.personnummer_utanfor)}); "
                "publicera inte PDF:en som den är"
            )
    grupper = u.konto.grupper(*RAPPORTERAS)
    if grupper:
        ut += ["", "Rader som inte kom med i utkastet:"]
        for forsta, sista, ode, anteckning in grupper:
            intervall = f"rad {forsta}" if forsta == sista else f"rad {forsta}–{sista}"
            if ode == Ode.OPLACERAD:
                ut.append(f"  {intervall}: {anteckning or ode.value}: \"{utdrag(u.konto.rader[forsta].text)}\"")
            else:
                ut.append(f"  {intervall}: {_ETIKETT[ode]}: {anteckning}" if anteckning else f"  {intervall}: {ode.value}")
    ut += ["", "Nästa steg: fyll i och kontrollera det som står ovan, och kör sedan namndsajt validera."]
    return "\n".join(ut) + "\n"
