"""`namndsajt importera FIL`: a protokoll or kallelse from its PDF to a draft.

The steps: read the source (`text`), recognise what it is, read it (`protokoll`
or `kallelse`), find the organ in site_config.yml and the sammanträde's folder,
check the dates against the law (`generator.regler.lagrum`, the only place the
rules live), mask personnummer (`generator.regler.personnummer`), write the
draft YAML with comments (`utkastyaml`) and say in Swedish what was done
(`rapport`): every line of the source is accounted for. `mapp` runs the same
steps for every PDF under a folder.
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
from generator.importera.protokoll_ord import paragrafrubrik
from generator.importera.fel import FelaktigtAnrop, FelIUnderlaget, ImportFel  # noqa: F401 (ImportFel: callers catch it)
from generator.importera import fraser
from generator.importera.rapport import Radrakning, rakna, rapport, visa  # noqa: F401 (rakna: the tests' name)
from generator.importera.text import Kalla, Konto, Ode, las_kalla
from generator.importera.utkast import Notis, Utkast
from generator.innehall.laddning import INNEHALL, KONFIGURATION, PROTOKOLL_FIL, SAMMANTRADE_FIL, las_webbplats
from generator.innehall.modell import Organ, Webbplats
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
    if any(paragrafrubrik(t) for t in texter) and any(re.match(r"(?i)^(?:justerare|justerande|justeras)\b", t) for t in texter):
        return "protokoll"
    return None


def ar_utdrag(kalla: Kalla) -> bool:
    """A protokollsutdrag says so near its top."""
    texter = [r.ren for r in kalla.rader if not r.tom][:15]
    return any(fraser.UTDRAG.search(t) for t in texter)


def las_konfiguration(rot: Path) -> Webbplats:
    problem = Problemlista(rot)
    webbplats = las_webbplats(rot, problem)
    if webbplats is None:
        detaljer = "\n".join(str(p) for p in problem.fel)
        raise FelaktigtAnrop(
            f"{KONFIGURATION} kan inte läsas; kör kommandot i projektets mapp (där {KONFIGURATION} och {INNEHALL}/ finns)"
            + (f"\n{detaljer}" if detaljer else ""))
    return webbplats


def hitta_organ(webbplats: Webbplats, slug: str | None, namn: str | None) -> Organ:
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
        # "Kvarnby kommunfullmäktige": the longest organ name inside the document's.
        inne = sorted((o for o in webbplats.organ if o.namn.casefold() in namn.casefold()), key=lambda o: -len(o.namn))
        if inne and (len(inne) == 1 or len(inne[0].namn) > len(inne[1].namn)):
            return inne[0]
    if namn:
        raise FelaktigtAnrop(
            f"dokumentet gäller '{namn}', som inte finns bland organen i {KONFIGURATION}; ange --organ SLUG (kända: {kanda})")
    raise FelaktigtAnrop(f"kunde inte läsa ut vilket organ dokumentet gäller; ange --organ SLUG (kända: {kanda})")


# --- The law and personal data ---------------------------------------------------------


def granska_lagen(r: Resultat) -> None:
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


def maska_personnummer(r: Resultat) -> None:
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


def rubrik(typ: str, organ: Organ, datum: dt.date, fil: Path) -> list[str]:
    return [
        f"Utkast till {typ} för {organ.namn} {datum.isoformat()}, importerat med",
        f"\"namndsajt importera\" {lagrum.idag().isoformat()} från {fil.name}.",
        "Fyll i varje rad där det står FYLL I, kontrollera texterna mot originalet",
        "och kör sedan \"namndsajt validera\". Alla nycklar beskrivs i docs/innehall.md.",
    ]


def las_och_tolka(fil: Path, typ: str | None = None) -> Utkast:
    """Read a source and interpret it as a protokoll or a kallelse; every line accounted for.
    Raises `FelIUnderlaget` (with its kind in `skal`) when the source cannot be used."""
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
    utkast.utdrag = typ == "protokoll" and ar_utdrag(kalla)
    return utkast


def forbered(
    utkast: Utkast, fil: Path, rot: Path, *, organ: str | None = None, datum: dt.date | None = None,
    webbplats: Webbplats | None = None,
) -> Resultat:
    """The organ, the sammanträde's folder, the law and personnummer: a result ready to write."""
    sammantradesdag = datum or utkast.datum
    if sammantradesdag is None:
        raise FelIUnderlaget(f"{fil}: sammanträdets datum stod inte i texten; ange det med --datum ÅÅÅÅ-MM-DD", "utan datum")
    if datum is not None and utkast.datum is not None and utkast.datum != datum:
        utkast.att_gora.append(
            Notis("datum", f"dokumentet anger sammanträdesdagen {utkast.datum.isoformat()}, men --datum {datum.isoformat()} användes", utkast.datum_rader)
        )
    organ_ = hitta_organ(webbplats or las_konfiguration(rot), organ, utkast.organnamn)
    mapp = rot / INNEHALL / organ_.slug / sammantradesdag.isoformat()
    r = Resultat(utkast, organ_, sammantradesdag, mapp)
    granska_lagen(r)
    maska_personnummer(r)
    return r


def utkastfiler(r: Resultat, fil: Path, *, med_sammantrade: bool = True) -> list[tuple[Path, str]]:
    """The draft files of a result and their text (nothing written yet)."""
    u, mapp = r.utkast, r.mapp
    filer: list[tuple[Path, str]] = []
    if u.protokoll is not None:
        filer.append((mapp / PROTOKOLL_FIL, dumpa(u.protokoll, rubrik("protokoll", r.organ, r.datum, fil))))
        if (mapp / SAMMANTRADE_FIL).exists():
            r.orort.append(mapp / SAMMANTRADE_FIL)
        elif u.sammantrade is not None and med_sammantrade:
            filer.append((mapp / SAMMANTRADE_FIL, dumpa(u.sammantrade, rubrik("sammanträde", r.organ, r.datum, fil))))
    elif u.sammantrade is not None:
        filer.append((mapp / SAMMANTRADE_FIL, dumpa(u.sammantrade, rubrik("kallelse", r.organ, r.datum, fil))))
    return filer


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
    """One file to a draft: `namndsajt importera FIL`."""
    utkast = las_och_tolka(fil, typ)
    r = forbered(utkast, fil, rot, organ=organ, datum=datum)
    filer = utkastfiler(r, fil)
    finns = [f for f, _ in filer if f.exists()]
    if finns and not skriv_over and skriv:
        raise FelIUnderlaget(
            f"{visa(finns[0], rot)} finns redan och skrevs inte över; lägg till --skriv-over om utkastet ska ersätta den",
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
