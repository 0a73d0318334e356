"""Load: read site_config.yml and every YAML file under content/ into the model.

Each file is checked against its schema here; every problem is collected in
one Problemlista so that a secretary sees all mistakes of a run at once.
Cross-checks between files belong to `granskning`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from generator.innehall.samling import AnslagPost, Innehall, Sammantrade, StyrdokumentPost
from generator.innehall.modell import (
    SEKRETESS_NYCKLAR,
    Anslag,
    Protokoll,
    SammantradeUppgifter,
    Styrdokument,
    Webbplats,
)
from generator.innehall.problem import Problemlista
from generator.innehall.schemafel import oversatt
from generator.innehall.yamlfil import YamlDokument, YamlFel, las_yaml

KONFIGURATION = "site_config.yml"
INNEHALL = "content"
STYRDOKUMENT = "styrdokument"
ANSLAG = "anslag"
SAMMANTRADE_FIL = "sammantrade.yml"
PROTOKOLL_FIL = "protokoll.yml"
HANDLINGAR = "handlingar"

_MAPPNAMN = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:-[a-z0-9]+(?:-[a-z0-9]+)*)?$")
_FILNAMN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

M = TypeVar("M", bound=BaseModel)


def _las(fil: Path, problem: Problemlista) -> YamlDokument | None:
    try:
        return las_yaml(fil)
    except YamlFel as e:
        problem.lagg_till(fil, e.meddelande, rad=e.rad)
        return None


def _validera(dok: YamlDokument, klass: type[M], problem: Problemlista) -> M | None:
    if dok.data is None:
        problem.lagg_till(dok.fil, "filen är tom")
        return None
    if not isinstance(dok.data, dict):
        problem.lagg_till(dok.fil, "filen ska bestå av nycklar med värden (till exempel 'plats: Sessionssalen')", rad=1)
        return None
    try:
        return klass.model_validate(dok.data)
    except ValidationError as fel:
        for rad, falt, meddelande in oversatt(fel, dok, klass):
            problem.lagg_till(dok.fil, meddelande, rad=rad, falt=falt)
        return None


def las_webbplats(rot: Path, problem: Problemlista) -> Webbplats | None:
    """site_config.yml against its schema; its cross-checks (organ, colours, logo) are `granskning`'s."""
    return _las_webbplats(rot, problem)[0]


def _las_webbplats(rot: Path, problem: Problemlista) -> tuple[Webbplats | None, YamlDokument | None]:
    fil = rot / KONFIGURATION
    if not fil.is_file():
        problem.lagg_till(fil, f"filen {KONFIGURATION} saknas; den beskriver kommunen och dess organ")
        return None, None
    dok = _las(fil, problem)
    if dok is None:
        return None, None
    return _validera(dok, Webbplats, problem), dok


def menade(ord_: str, kanda: list[str]) -> str:
    nara = difflib.get_close_matches(ord_, kanda, n=1, cutoff=0.5)
    return f"; menade du '{nara[0]}'?" if nara else ""


def _sekretess_innehall(dok: YamlDokument, problem: Problemlista) -> None:
    """OSL (2009:400): a sekretess § keeps only its number and diarienummer, and
    since content/ may be public, it must not even carry its content there."""
    if not isinstance(dok.data, dict) or not isinstance(dok.data.get("paragrafer"), list):
        return
    for i, paragraf in enumerate(dok.data["paragrafer"]):
        if not isinstance(paragraf, dict) or paragraf.get("sekretess") is not True:
            continue
        for nyckel in paragraf:
            if nyckel not in SEKRETESS_NYCKLAR:
                problem.lagg_till(
                    dok.fil,
                    f"§ {paragraf.get('nr', '?')} omfattas av sekretess och får bara ha nr, dnr och "
                    f"sekretess; ta bort '{nyckel}' ur filen (innehållet hör inte hemma i arkivet, "
                    f"som kan vara offentligt)",
                    rad=dok.rad(("paragrafer", i, nyckel)),
                    falt=f"paragrafer[{i + 1}].{nyckel}",
                )


def _las_sammantrade(organ, mapp: Path, problem: Problemlista) -> Sammantrade | None:
    m = _MAPPNAMN.match(mapp.name)
    if not m:
        problem.lagg_till(
            mapp, "en sammanträdesmapp ska heta som sammanträdets datum, ÅÅÅÅ-MM-DD (till exempel 2025-03-26)"
        )
        return None
    try:
        datum = dt.date.fromisoformat(m[1])
    except ValueError:
        problem.lagg_till(mapp, f"'{m[1]}' i mappens namn är inget verkligt datum")
        return None
    kanda = {SAMMANTRADE_FIL, PROTOKOLL_FIL}
    for post in sorted(mapp.iterdir()):
        if post.name.startswith(".") or post.name == HANDLINGAR and post.is_dir():
            continue
        if post.name not in kanda:
            problem.lagg_till(
                post,
                "okänd fil i en sammanträdesmapp; här hör sammantrade.yml, protokoll.yml och mappen "
                "handlingar/ hemma" + menade(post.name, sorted(kanda)),
            )
    uppgifter_fil = mapp / SAMMANTRADE_FIL
    if not uppgifter_fil.is_file():
        problem.lagg_till(uppgifter_fil, "filen saknas; varje sammanträde beskrivs i sammantrade.yml (tid, plats, kallelse)")
        return None
    dok = _las(uppgifter_fil, problem)
    uppgifter = _validera(dok, SammantradeUppgifter, problem) if dok else None
    if uppgifter is None:
        return None
    sammantrade = Sammantrade(organ, mapp.name, datum, mapp, uppgifter, kallor={"sammantrade": dok})
    protokoll_fil = mapp / PROTOKOLL_FIL
    if protokoll_fil.is_file():
        pdok = _las(protokoll_fil, problem)
        if pdok is not None:
            _sekretess_innehall(pdok, problem)
            sammantrade.protokoll = _validera(pdok, Protokoll, problem)
            sammantrade.kallor["protokoll"] = pdok
    return sammantrade


def _las_poster(mapp: Path, klass: type[M], problem: Problemlista) -> list[tuple[str, M, YamlDokument]]:
    poster = []
    for fil in sorted(mapp.iterdir()):
        if fil.name.startswith(".") or fil.suffix.lower() == ".pdf":
            continue
        if fil.suffix not in (".yml", ".yaml") or not fil.is_file():
            problem.lagg_till(fil, "okänd fil; här hör YAML-filer (.yml) och deras PDF-filer hemma")
            continue
        if not _FILNAMN.match(fil.stem):
            problem.lagg_till(
                fil, "filnamnet blir en del av webbadressen; använd bara a-z, 0-9 och bindestreck (till exempel riktlinje-bistand.yml)"
            )
            continue
        dok = _las(fil, problem)
        modell = _validera(dok, klass, problem) if dok else None
        if modell is not None:
            poster.append((fil.stem, modell, dok))
    return poster


def las_innehall(rot: Path) -> tuple[Innehall | None, Problemlista]:
    """Read everything under `rot`. Returns None with the problems when the
    content cannot be read at all; schema errors are in the Problemlista."""
    problem = Problemlista(rot)
    webbplats, konfiguration = _las_webbplats(rot, problem)
    innehall_mapp = rot / INNEHALL
    if not innehall_mapp.is_dir():
        problem.lagg_till(innehall_mapp, "mappen content/ saknas")
        return None, problem
    if webbplats is None:
        return None, problem
    organ = {o.slug: o for o in webbplats.organ}
    sammantraden: list[Sammantrade] = []
    styrdokument: list[StyrdokumentPost] = []
    anslag: list[AnslagPost] = []
    for post in sorted(innehall_mapp.iterdir()):
        if post.name.startswith("."):
            continue
        if not post.is_dir():
            problem.lagg_till(post, "filen ignoreras; i content/ hör bara mappar hemma", fel=False)
        elif post.name == STYRDOKUMENT:
            for id_, dokument, dok in _las_poster(post, Styrdokument, problem):
                if dokument.fil is None and (post / f"{id_}.pdf").is_file():
                    dokument = dokument.model_copy(update={"fil": f"{id_}.pdf"})
                styrdokument.append(StyrdokumentPost(id_, dokument, dok))
        elif post.name == ANSLAG:
            anslag.extend(AnslagPost(id_, a, dok) for id_, a, dok in _las_poster(post, Anslag, problem))
        elif post.name in organ:
            for mapp in sorted(post.iterdir()):
                if mapp.name.startswith("."):
                    continue
                if not mapp.is_dir():
                    problem.lagg_till(mapp, "filen ignoreras; ett organs mapp innehåller en mapp per sammanträde", fel=False)
                    continue
                s = _las_sammantrade(organ[post.name], mapp, problem)
                if s is not None:
                    sammantraden.append(s)
        else:
            problem.lagg_till(
                post,
                f"mappen '{post.name}' är inget organ i {KONFIGURATION}, och inte heller "
                f"'{STYRDOKUMENT}' eller '{ANSLAG}'" + menade(post.name, [*organ, STYRDOKUMENT, ANSLAG]),
            )
    sammantraden.sort(key=lambda s: (s.datum, s.organ.slug, s.id))
    return Innehall(rot, webbplats, sammantraden, styrdokument, anslag, konfiguration), problem
