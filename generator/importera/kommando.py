"""`namndsajt importera`: a protokoll or kallelse from its PDF to a draft.

The steps: read the source (`importtext`), recognise what it is, read it
(`importprotokoll` or `importkallelse`), find the organ in site_config.yml and
the sammanträde's folder, check the dates against the law (`lagrum`, the
only place the rules live), mask personnummer (`personnummer`), write the
draft YAML with comments (`utkastyaml`) and say in Swedish what was done:
every line of the source is accounted for in the report.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.regler import lagrum
from generator.regler import personnummer
from generator.importera.kallelse import ar_kallelsesignal, tolka_kallelse
from generator.importera.protokoll import ar_protokollsignal, tolka_protokoll
from generator.importera.fel import FelaktigtAnrop, FelIUnderlaget, ImportFel  # noqa: F401 (ImportFel: callers catch it)
from generator.importera.text import RAPPORTERAS, Kalla, Konto, Ode, las_kalla
from generator.importera.utkast import Notis, Utkast
from generator.innehall.laddning import INNEHALL, KONFIGURATION, PROTOKOLL_FIL, SAMMANTRADE_FIL, las_webbplats
from generator.innehall.modell import Organ, paragrafserie
from generator.innehall.problem import Problemlista
from generator.importera.utkastyaml import Kommenterad, Utkommenterad, dumpa


@dataclass
class Resultat:
    utkast: Utkast
    organ: Organ
    datum: dt.date
    mapp: Path
    skrivna: list[Path] = field(default_factory=list)
    orort: list[Path] = field(default_factory=list)  # files that existed and were left alone
    personnummer: list[tuple[int, str]] = field(default_factory=list)  # (line, masked)
    personnummer_utanfor: list[int] = field(default_factory=list)
    lagen: list[Notis] = field(default_factory=list)
    rapport: str = ""
    texter: dict[str, str] = field(default_factory=dict)  # file name → YAML written

    @property
    def konto(self) -> Konto:
        return self.utkast.konto


# --- Recognising the document -----------------------------------------------------------


def kann_igen(kalla: Kalla) -> str | None:
    """"protokoll" or "kallelse", by whichever sign comes first in the text."""
    for rad in kalla.rader:
        t = rad.ren
        if not t:
            continue
        if ar_kallelsesignal(t):
            return "kallelse"
        if ar_protokollsignal(t):
            return "protokoll"
    # No title: a protokoll still has its § headings and its justerare.
    texter = [r.ren for r in kalla.rader]
    if any(t.startswith("§") for t in texter) and any(re.match(r"(?i)^(?:justerare|justerande|justeras)\b", t) for t in texter):
        return "protokoll"
    return None


def _hitta_organ(rot: Path, slug: str | None, namn: str | None) -> Organ:
    problem = Problemlista(rot)
    webbplats = las_webbplats(rot, problem)
    if webbplats is None:
        detaljer = "\n".join(str(p) for p in problem.fel)
        raise FelaktigtAnrop(
            f"{KONFIGURATION} kan inte läsas; kör kommandot i projektets mapp (där {KONFIGURATION} och {INNEHALL}/ finns)"
            + (f"\n{detaljer}" if detaljer else ""))
    kanda = ", ".join(o.slug for o in webbplats.organ)
    if slug is not None:
        organ = next((o for o in webbplats.organ if o.slug == slug), None)
        if organ is None:
            raise FelaktigtAnrop(f"organet '{slug}' finns inte i {KONFIGURATION} (kända: {kanda})")
        return organ
    if namn:
        lika = [o for o in webbplats.organ if o.namn.casefold() == namn.casefold()]
        if len(lika) == 1:
            return lika[0]
    if namn:
        raise FelaktigtAnrop(
            f"dokumentet gäller '{namn}', som inte finns bland organen i {KONFIGURATION}; ange --organ SLUG (kända: {kanda})")
    raise FelaktigtAnrop(f"kunde inte läsa ut vilket organ dokumentet gäller; ange --organ SLUG (kända: {kanda})")


# --- The law and personal data ---------------------------------------------------------


def _granska_lagen(r: Resultat) -> None:
    """Dates in the source checked by `lagrum`. An error-level date from the
    source is kept only as a comment in the draft, so that the site uses the
    date the law gives; the report says so."""
    u = r.utkast
    if u.protokoll is not None:
        justering = u.protokoll["justering"]
        justerad = justering.get("datum")
        if not isinstance(justerad, dt.date):
            return
        tk = u.protokoll.get("tillkännagivande", {})
        publiceras = tk.get("publiceras") if isinstance(tk.get("publiceras"), dt.date) else None
        avpubliceras = tk.get("avpubliceras") if isinstance(tk.get("avpubliceras"), dt.date) else None
        for a in lagrum.granska_justering(r.datum, justerad, publiceras, avpubliceras):
            nyckel = a.falt.split(".")[-1]
            rader = u.kallrader.get({"datum": "justering"}.get(nyckel, nyckel), [])
            meddelande = a.meddelande
            if a.fel and a.falt.startswith("tillkännagivande.") and nyckel in tk:
                varde = tk[nyckel]
                if nyckel == "avpubliceras":
                    ratt = lagrum.frister(justerad, publiceras).avpubliceras
                    forklaring = f"FEL enligt lagen: för tidigt; utan datum tar Nämndsajt ner tillkännagivandet {ratt.isoformat()}"
                    meddelande += f". Datumet ligger bara som kommentar i utkastet, så Nämndsajt tar ner tillkännagivandet {ratt.isoformat()}"
                else:
                    forklaring = "FEL enligt lagen, se rapporten från importen"
                    meddelande += ". Datumet ligger bara som kommentar i utkastet; kontrollera när justeringen tillkännagavs"
                tk[nyckel] = Utkommenterad(varde, forklaring)
            r.lagen.append(Notis(a.falt, meddelande, rader, lag=True, fel=a.fel))
    if u.sammantrade is not None and r.organ.typ == "fullmäktige":
        k = u.sammantrade.get("kallelse") or {}
        if isinstance(k.get("utfärdad"), dt.date):
            for a in lagrum.granska_kungorelse(r.datum, k["utfärdad"]):
                r.lagen.append(Notis(a.falt, a.meddelande, [], lag=True, fel=a.fel))


def _maskera(varde: Any) -> Any:
    if isinstance(varde, str):
        return type(varde)(personnummer.maskera(varde))
    if isinstance(varde, dict):
        return {k: _maskera(v) for k, v in varde.items()}
    if isinstance(varde, list):
        return [_maskera(v) for v in varde]
    if isinstance(varde, Utkommenterad):
        return Utkommenterad(_maskera(varde.varde), varde.forklaring)
    if isinstance(varde, Kommenterad):
        return Kommenterad(_maskera(varde.varde), varde.kommentar)
    return varde


def _personnummer(r: Resultat) -> None:
    """Never a personnummer in a draft: every text is masked, and the report
    names the lines (with the number masked there too)."""
    u = r.utkast
    for nr, rad in sorted(u.konto.rader.items()):
        traffar = personnummer.hitta(rad.text)
        if not traffar:
            continue
        ode = u.konto.ode.get(nr, (Ode.OPLACERAD, ""))[0]
        if ode == Ode.FALT:
            r.personnummer.extend((nr, t.maskerad) for t in traffar)
        else:
            r.personnummer_utanfor.append(nr)
    if u.protokoll is not None:
        u.protokoll = _maskera(u.protokoll)
    if u.sammantrade is not None:
        u.sammantrade = _maskera(u.sammantrade)


# --- Writing --------------------------------------------------------------------------------


def _rubrik(typ: str, organ: Organ, datum: dt.date, fil: Path) -> list[str]:
    return [
        f"Utkast till {typ} för {organ.namn} {datum.isoformat()}, importerat med",
        f"\"namndsajt importera\" {lagrum.idag().isoformat()} från {fil.name}.",
        "Fyll i varje rad där det står FYLL I, kontrollera texterna mot originalet",
        "och kör sedan \"namndsajt validera\". Alla nycklar beskrivs i docs/innehall.md.",
    ]


def importera(
    fil: Path,
    rot: Path,
    *,
    organ: str | None = None,
    typ: str | None = None,
    datum: dt.date | None = None,
    skriv_over: bool = False,
    skriv: bool = True,
) -> Resultat:
    if not fil.is_file():
        raise FelaktigtAnrop(f"filen {fil} finns inte")
    try:
        kalla = las_kalla(fil)
    except FelIUnderlaget as e:
        raise FelIUnderlaget(f"{fil}: {e.meddelande}", e.skal) from e
    if not any(not r.tom for r in kalla.rader):
        raise FelIUnderlaget(
            f"{fil}: ingen text kunde läsas ur filen"
            + (" (är PDF:en inskannad? Då behöver den tolkas med OCR först)" if kalla.fran_pdf else ""),
            "inskannad" if kalla.fran_pdf else "oläsbar",
        )
    typ = typ or kann_igen(kalla)
    if typ is None:
        raise FelIUnderlaget(
            f"{fil}: varken ett protokoll eller en kallelse kunde kännas igen; ange --typ protokoll eller --typ kallelse",
            "okänd typ",
        )
    konto = Konto.for_kalla(kalla)
    utkast = tolka_protokoll(kalla, konto) if typ == "protokoll" else tolka_kallelse(kalla, konto)
    konto.avsluta()
    sammantradesdag = datum or utkast.datum
    if sammantradesdag is None:
        raise FelIUnderlaget(f"{fil}: sammanträdets datum stod inte i texten; ange det med --datum ÅÅÅÅ-MM-DD", "utan datum")
    if datum is not None and utkast.datum is not None and utkast.datum != datum:
        utkast.att_gora.append(
            Notis("datum", f"dokumentet anger sammanträdesdagen {utkast.datum.isoformat()}, men --datum {datum.isoformat()} användes", utkast.datum_rader)
        )
    organ_ = _hitta_organ(rot, organ, utkast.organnamn)
    mapp = rot / INNEHALL / organ_.slug / sammantradesdag.isoformat()
    r = Resultat(utkast, organ_, sammantradesdag, mapp)
    _granska_lagen(r)
    _personnummer(r)
    filer: list[tuple[Path, str]] = []
    if utkast.protokoll is not None:
        filer.append((mapp / PROTOKOLL_FIL, dumpa(utkast.protokoll, _rubrik("protokoll", organ_, sammantradesdag, fil))))
        if (mapp / SAMMANTRADE_FIL).exists():
            r.orort.append(mapp / SAMMANTRADE_FIL)
        elif utkast.sammantrade is not None:
            filer.append(
                (mapp / SAMMANTRADE_FIL, dumpa(utkast.sammantrade, _rubrik("sammanträde", organ_, sammantradesdag, fil)))
            )
    elif utkast.sammantrade is not None:
        filer.append((mapp / SAMMANTRADE_FIL, dumpa(utkast.sammantrade, _rubrik("kallelse", organ_, sammantradesdag, fil))))
    finns = [f for f, _ in filer if f.exists()]
    if finns and not skriv_over and skriv:
        raise FelIUnderlaget(
            f"{_visa(finns[0], rot)} finns redan och skrevs inte över; lägg till --skriv-over om utkastet ska ersätta den",
            "finns redan",
        )
    for f, text in filer:
        r.texter[f.name] = text
        if skriv:
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_text(text, encoding="utf-8")
            r.skrivna.append(f)
    r.rapport = rapport(r, rot, fil)
    return r


# --- The report ------------------------------------------------------------------------------


def _visa(fil: Path, rot: Path) -> str:
    try:
        return str(fil.resolve().relative_to(rot.resolve()))
    except ValueError:
        return str(fil)


def _intervall(rader: list[int]) -> str:
    """[363, 364, 368] → "rader 363–364, 368"."""
    if not rader:
        return ""
    return ("rad " if len(set(rader)) == 1 else "rader ") + paragrafserie(rader, streck="–")


def _antal(n: int, ett: str, flera: str) -> str:
    return f"{n} {ett if n == 1 else flera}"


def _utdrag(text: str, langd: int = 60) -> str:
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


def rapport(r: Resultat, rot: Path, fil: Path) -> str:
    u = r.utkast
    ut: list[str] = []
    if u.typ == "protokoll":
        sekretess = f" ({u.antal_sekretess} med sekretess)" if u.antal_sekretess else ""
        ut.append(
            f"Importerade ett protokoll för {r.organ.namn} {r.datum.isoformat()}: "
            f"{_antal(u.antal_paragrafer, 'paragraf', 'paragrafer')}{sekretess}."
        )
    else:
        k = (u.sammantrade or {}).get("kallelse") or {}
        ut.append(
            f"Importerade en kallelse för {r.organ.namn} {r.datum.isoformat()}: "
            f"{_antal(len(k.get('hålltider', [])), 'hålltid', 'hålltider')} och "
            f"{_antal(len(k.get('föredragningslista', [])), 'ärende', 'ärenden')}."
        )
    for f in r.skrivna:
        ut.append(f"Skrev {_visa(f, rot)}")
    for f in r.orort:
        ut.append(f"{_visa(f, rot)} fanns redan och lämnades orörd.")
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
                ut.append(f"  {intervall}: {anteckning or ode.value}: \"{_utdrag(u.konto.rader[forsta].text)}\"")
            else:
                ut.append(f"  {intervall}: {_ETIKETT[ode]}: {anteckning}" if anteckning else f"  {intervall}: {ode.value}")
    ut += ["", "Nästa steg: fyll i och kontrollera det som står ovan, och kör sedan namndsajt validera."]
    return "\n".join(ut) + "\n"
