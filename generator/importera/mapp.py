"""`namndsajt importera MAPP`: a kommun's archive of PDFs in one command.

Every PDF under the folder is read and recognised (protokoll, protokollsutdrag,
kallelse, or not ours), grouped by organ and sammanträde (the utdrag of one
meeting make one protokoll draft; a kallelse gives the meeting's
sammantrade.yml), and written as drafts under content/ without overwriting
anything: a draft that is already there with the same content is left as it is
("oförändrad"), one that differs (the secretary has worked on it) is left alone
and named. A second run over the same folder therefore changes nothing, and says so.

The report has a line per PDF: imported, imported with lines to review (named),
or refused with its reason. It is printed and written to a file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from generator.importera.fel import FelaktigtAnrop, FelIUnderlaget
from generator.importera.kommando import Resultat, forbered, las_konfiguration, las_och_tolka, rubrik
from generator.importera.rapport import utdrag, visa
from generator.svenska import antal
from generator.importera.text import Ode
from generator.importera.utkastyaml import FyllI, dumpa
from generator.innehall.laddning import PROTOKOLL_FIL, SAMMANTRADE_FIL
from generator.regler import lagrum

SKAL = {
    "inskannad": "inskannad bild utan text; tolka den med OCR först",
    "krypterad": "krypterad med lösenord; spara den utan lösenord",
    "oläsbar": "kan inte läsas som PDF",
    "okänd typ": "varken ett protokoll eller en kallelse",
    "utan datum": "sammanträdets datum står inte i texten",
    "organ": "organet finns inte i site_config.yml",
}


@dataclass
class PdfUtfall:
    """What became of one PDF."""

    fil: Path
    typ: str | None = None  # protokoll, protokollsutdrag, kallelse
    resultat: Resultat | None = None
    vagrad: str | None = None  # the reason, if refused
    granska: list[str] = field(default_factory=list)
    filer: dict[Path, str] = field(default_factory=dict)  # draft → "skrevs", "oförändrad", "orörd"


@dataclass
class MappResultat:
    mapp: Path
    utfall: list[PdfUtfall]
    rapport: str = ""
    rapportfil: Path | None = None

    @property
    def vagrade(self) -> list[PdfUtfall]:
        return [u for u in self.utfall if u.vagrad]

    @property
    def skrivna(self) -> list[Path]:
        return sorted({f for u in self.utfall for f, s in u.filer.items() if s == "skrevs"})


def pdf_filer(mapp: Path) -> list[Path]:
    return sorted((f for f in mapp.rglob("*") if f.is_file() and f.suffix.lower() == ".pdf"), key=lambda f: str(f))


def _las_en(fil: Path, rot: Path, webbplats) -> PdfUtfall:
    utfall = PdfUtfall(fil)
    try:
        utkast = las_och_tolka(fil)
        utfall.typ = "kallelse" if utkast.typ == "kallelse" else ("protokollsutdrag" if utkast.utdrag else "protokoll")
        utfall.resultat = forbered(utkast, fil, rot, webbplats=webbplats)
    except FelIUnderlaget as e:
        utfall.vagrad = SKAL.get(e.skal, e.skal) + f" ({_utan_filnamn(e.meddelande, fil)})"
    except FelaktigtAnrop as e:  # the organ is not in site_config.yml
        utfall.vagrad = SKAL["organ"] + f" ({_utan_filnamn(e.meddelande, fil)})"
    return utfall


def _utan_filnamn(meddelande: str, fil: Path) -> str:
    return meddelande.removeprefix(f"{fil}: ")


def _granska(r: Resultat) -> list[str]:
    """What the secretary should look at in one PDF's draft, with its lines."""
    u = r.utkast
    ut = [f"{n.falt}: {n.meddelande}" + (f" (rad {', '.join(map(str, n.rader))})" if n.rader else "") for n in u.att_gora]
    ut += [f"{n.falt}: {n.meddelande}" for n in u.sekretess]
    ut += [f"{n.falt}: {'fel' if n.fel else 'varning'}: {n.meddelande}" for n in r.lagen]
    ut += [f"rad {nr}: personnummer {m} maskerades" for nr, m in r.personnummer]
    for forsta, sista, ode, anteckning in u.konto.grupper(Ode.OPLACERAD):
        rader = f"rad {forsta}" if forsta == sista else f"rad {forsta}–{sista}"
        ut.append(f"{rader}: {anteckning or ode.value}: \"{utdrag(u.konto.rader[forsta].text)}\"")
    return ut


def _sla_ihop(delar: list[Resultat]) -> dict[str, Any]:
    """The protokoll of one meeting from one or more PDFs (utdrag): the §§ of all, in
    order, each once; the head from the first that has each field."""
    bas = dict(delar[0].utkast.protokoll)
    if len(delar) == 1:
        return bas
    for r in delar[1:]:
        ovrig = r.utkast.protokoll
        for nyckel, varde in ovrig.items():
            if nyckel == "justering":
                bas["justering"] = {
                    k: (v if not isinstance(v, FyllI) else ovrig["justering"].get(k, v))
                    for k, v in bas["justering"].items()
                }
            elif nyckel not in bas or isinstance(bas[nyckel], FyllI):
                bas[nyckel] = varde
    paragrafer: dict[Any, dict] = {}
    for r in delar:
        for p in r.utkast.protokoll["paragrafer"]:
            if not isinstance(p.get("nr"), FyllI):
                paragrafer.setdefault(p["nr"], p)
    bas["paragrafer"] = [paragrafer[nr] for nr in sorted(paragrafer)]
    bas.pop("omfattar", None)  # each utdrag names only its own §§
    return bas


def _utan_huvud(text: str) -> str:
    """A draft without its first comment lines, which name the source and the day."""
    return re.sub(r"\A(?:#.*\n)+", "", text)


def _skriv(fil: Path, text: str, skriv_over: bool) -> str:
    if fil.exists():
        befintlig = fil.read_text(encoding="utf-8")
        if _utan_huvud(befintlig) == _utan_huvud(text):
            return "oförändrad"
        if not skriv_over:
            return "orörd"
    fil.parent.mkdir(parents=True, exist_ok=True)
    fil.write_text(text, encoding="utf-8")
    return "skrevs"


def importera_mapp(
    mapp: Path, rot: Path, *, rapportfil: Path | None = None, skriv_over: bool = False, framsteg: bool = True
) -> MappResultat:
    if not mapp.is_dir():
        raise FelaktigtAnrop(f"mappen {mapp} finns inte")
    webbplats = las_konfiguration(rot)
    filer = pdf_filer(mapp)
    if not filer:
        raise FelaktigtAnrop(f"mappen {mapp} innehåller inga PDF-filer")
    utfall = [_las_en(f, rot, webbplats) for f in _framsteg(filer, framsteg)]
    grupper: dict[tuple[str, dt.date], list[PdfUtfall]] = defaultdict(list)
    for u in utfall:
        if u.resultat is not None:
            grupper[(u.resultat.organ.slug, u.resultat.datum)].append(u)
    for (_slug, _datum), medlemmar in sorted(grupper.items()):
        _skriv_grupp(medlemmar, skriv_over)
    for u in utfall:
        if u.resultat is not None:
            u.granska = _granska(u.resultat)
    ut = MappResultat(mapp, utfall)
    ut.rapport = mapprapport(ut, rot)
    if rapportfil is not None:
        rapportfil.parent.mkdir(parents=True, exist_ok=True)
        rapportfil.write_text(ut.rapport, encoding="utf-8")
        ut.rapportfil = rapportfil
    return ut


def _skriv_grupp(medlemmar: list[PdfUtfall], skriv_over: bool) -> None:
    protokoll = [u for u in medlemmar if u.typ != "kallelse"]
    kallelser = [u for u in medlemmar if u.typ == "kallelse"]
    forsta = medlemmar[0].resultat
    mappen, organ, datum = forsta.mapp, forsta.organ, forsta.datum
    if protokoll:
        data = _sla_ihop([u.resultat for u in protokoll])
        kallor = ", ".join(u.fil.name for u in protokoll)
        status = _skriv(mappen / PROTOKOLL_FIL, dumpa(data, rubrik("protokoll", organ, datum, Path(kallor))), skriv_over)
        for u in protokoll:
            u.filer[mappen / PROTOKOLL_FIL] = status
    if kallelser:
        kalla, text = kallelser[0], dumpa(kallelser[0].resultat.utkast.sammantrade, rubrik("kallelse", organ, datum, kallelser[0].fil))
        mottagare = kallelser
    elif protokoll and protokoll[0].resultat.utkast.sammantrade is not None:
        kalla = protokoll[0]
        text = dumpa(kalla.resultat.utkast.sammantrade, rubrik("sammanträde", organ, datum, kalla.fil))
        mottagare = protokoll
    else:
        return
    status = _skriv(mappen / SAMMANTRADE_FIL, text, skriv_over)
    for u in mottagare:
        u.filer[mappen / SAMMANTRADE_FIL] = status


def _framsteg(filer: list[Path], visa_stapel: bool) -> Iterable[Path]:
    if not visa_stapel:
        return filer
    from tqdm import tqdm

    return tqdm(filer, desc="Läser PDF:er", unit=" PDF", ascii=False, dynamic_ncols=True, leave=False)


# --- The report ----------------------------------------------------------------------------------


def mapprapport(m: MappResultat, rot: Path) -> str:
    ut = [f"Import av {m.mapp} ({antal(len(m.utfall), 'PDF', 'PDF:er')}) {lagrum.idag().isoformat()}", ""]
    importerade = granska = oforandrade = orörda = 0
    for u in m.utfall:
        namn = visa(u.fil, m.mapp) if u.fil.is_relative_to(m.mapp) else str(u.fil)
        if u.vagrad:
            ut.append(f"VÄGRAD      {namn}: {u.vagrad}")
            continue
        r = u.resultat
        statusar = set(u.filer.values())
        filer = ", ".join(f"{visa(f, rot)} ({s})" for f, s in sorted(u.filer.items()))
        sekretess = f", {r.utkast.antal_sekretess} med sekretess" if r.utkast.antal_sekretess else ""
        vad = f"{u.typ} för {r.organ.namn} {r.datum.isoformat()}"
        if u.typ != "kallelse":
            vad += f", {antal(r.utkast.antal_paragrafer, 'paragraf', 'paragrafer')}{sekretess}"
        if statusar == {"oförändrad"}:
            oforandrade += 1
            ut.append(f"OFÖRÄNDRAD  {namn}: {vad} → {filer}")
        elif "orörd" in statusar:
            orörda += 1
            ut.append(f"ORÖRD       {namn}: {vad} → {filer}; utkastet har ändrats sedan förra importen och skrevs inte över")
        elif u.granska:
            granska += 1
            ut.append(f"GRANSKA     {namn}: {vad} → {filer}")
        else:
            importerade += 1
            ut.append(f"IMPORTERAD  {namn}: {vad} → {filer}")
        if "oförändrad" not in statusar:
            ut += [f"              - {g}" for g in u.granska]
    ut.append("")
    skrivna = m.skrivna
    ut.append(
        f"Summa: {importerade} importerade, {granska} importerade med rader att granska, "
        f"{oforandrade} oförändrade, {orörda} orörda, {len(m.vagrade)} vägrade; "
        f"{antal(len(skrivna), 'fil skrevs', 'filer skrevs')}."
    )
    if not skrivna:
        ut.append("Ingenting ändrades i content/" + (": alla utkast fanns redan och är oförändrade." if oforandrade else "."))
    else:
        ut.append("Nästa steg: fyll i det som står under GRANSKA och kör sedan namndsajt validera.")
    return "\n".join(ut) + "\n"
