"""The build in named stages: load → validate → publishing rules → personnummer scan → render,
index and export → swap.

All data is gathered and checked before anything is written; the site is
rendered into a temporary folder beside the output and swapped into place only
when every stage has succeeded, so a failed or killed build never leaves a
half-written site.
"""

from __future__ import annotations

import contextlib
import dataclasses
import ctypes
import ctypes.util
import datetime as dt
import gc
import logging
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.exceptions import MkDocsException

from generator.fel import ByggFel
from generator.innehall import pdf
from generator.export import exportera
from generator.innehall.granskning import granska
from generator.innehall.samling import Innehall
from generator.innehall.laddning import las_innehall
from generator.regler.personnummerkontroll import Godkant, granska_personnummer
from generator.innehall.problem import InnehallsFel, Problem, Problemlista
from generator.fel import ByggFel
from generator.register import registrera
from generator.regler.publicering import Utfall, tillampa
from generator.regler.vy import Fil, Publicering
from generator.webb.konfiguration import mkdocs_konfiguration
from generator.sok.sokindex import MAPP as SOKINDEX, SokindexFel
from generator.sok.sokindex import starta as starta_indexering

Logg = Callable[[str], None]


@dataclass
class Resultat:
    utdata: Path
    sidor: int
    anslag: int
    varningar: list[Problem]
    gallrade: list[str] = field(default_factory=list)
    godkanda: list[Godkant] = field(default_factory=list)
    tider: dict[str, float] = field(default_factory=dict)


@contextlib.contextmanager
def langlivade_objekt() -> Iterator[None]:
    """What the block makes lives until the build is done: the content model, the publication.
    Python's cycle collector would scan those millions of objects again every time they grow by
    a quarter, which on a large archive is a quarter of reading it and a third of making the
    search records (bench/RESULTS.md). So the collector pauses while they are made and then
    leaves them be (`gc.freeze`); `bygg` hands them back to it when it is done."""
    pa = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if pa:
            gc.enable()


def las_och_granska(rot: Path) -> tuple[Innehall, list[Problem]]:
    """Load and validate; raise InnehallsFel with every error, else return the warnings."""
    with langlivade_objekt():
        return granska_inlast(*las_innehall(rot))


def granska_inlast(innehall: Innehall | None, problem: Problemlista) -> tuple[Innehall, list[Problem]]:
    """Validate loaded content (the load's problems in `problem`); raise InnehallsFel with every
    error, else return the warnings."""
    if innehall is not None:
        granska(innehall, problem)
    if problem.fel or innehall is None:
        raise InnehallsFel(problem.fel + problem.varningar)
    return innehall, problem.varningar


@contextlib.contextmanager
def _steg(namn: str, logg: Logg, tider: dict[str, float]) -> Iterator[None]:
    logg(f"{namn} …")
    start = time.perf_counter()
    yield
    tider[namn] = time.perf_counter() - start
    logg(f"{namn}: klart ({tider[namn]:.1f} s)".replace(".", ",", 1))


class _Insamlare(logging.Handler):
    """Collects mkdocs' own warnings so they are reported in our summary."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.poster: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.poster.append(record.getMessage())


def _framsteg(logg: Logg) -> Callable[[int, int], None]:
    nasta = [0]

    def visa(klara: int, totalt: int) -> None:
        if totalt >= 200 and klara * 10 >= nasta[0] * totalt:
            logg(f"  sidor: {klara} av {totalt}")
            nasta[0] = klara * 10 // totalt + 1

    return visa


def _rendera(pub: Publicering, arbetsmapp: Path, logg: Logg) -> tuple[Path, int, list[str]]:
    docs = arbetsmapp / "docs"
    docs.mkdir()
    site = arbetsmapp / "site"
    config = mkdocs_konfiguration(pub, docs, site)
    plugin = config.plugins["namndsajt"]
    plugin.publicering = pub
    plugin.framsteg = _framsteg(logg)
    mkdocs_logg = logging.getLogger("mkdocs")
    insamlare = _Insamlare()
    tidigare = (mkdocs_logg.level, mkdocs_logg.propagate)
    mkdocs_logg.addHandler(insamlare)
    mkdocs_logg.setLevel(logging.WARNING)
    mkdocs_logg.propagate = False
    # mkdocs stamps the sitemap and its gzip with the build time; make that
    # the build date so that two builds of the same content are identical.
    tidigare_epok = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(dt.datetime.combine(pub.datum, dt.time(0), dt.timezone.utc).timestamp()))
    try:
        mkdocs_build(config)
    except MkDocsException as e:
        raise ByggFel(f"renderingen misslyckades: {e}") from e
    finally:
        if tidigare_epok is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = tidigare_epok
        mkdocs_logg.removeHandler(insamlare)
        mkdocs_logg.setLevel(tidigare[0])
        mkdocs_logg.propagate = tidigare[1]
    return site, plugin.antal_sidor, insamlare.poster


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _byt_atomiskt(a: Path, b: Path) -> bool:
    """Exchange two directories in one step (Linux renameat2); False where unsupported."""
    namn = ctypes.util.find_library("c")
    if namn is None:
        return False
    libc = ctypes.CDLL(namn, use_errno=True)
    if not hasattr(libc, "renameat2"):
        return False
    r = libc.renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return r == 0


def byt_in(ny: Path, mal: Path) -> Path | None:
    """Put the finished site `ny` at `mal`. Returns where the old site went
    (to be removed), or None if there was none."""
    if not mal.exists():
        os.rename(ny, mal)
        return None
    if not mal.is_dir():
        raise ByggFel(f"{mal} finns redan och är ingen mapp")
    if _byt_atomiskt(ny, mal):
        return ny
    # Fallback: two renames; the old site stays complete under its new name.
    gammal = ny.with_name(ny.name + "-gammal")
    os.rename(mal, gammal)
    os.rename(ny, mal)
    return gammal


def tillampa_reglerna(innehall: Innehall, datum: dt.date) -> Utfall:
    """The publishing rules as of `datum`: the published view every later stage reads, with its
    register and ärenden, and what webbgallring withheld."""
    with langlivade_objekt():
        utfall = tillampa(innehall, datum)
        return dataclasses.replace(utfall, publicering=registrera(utfall.publicering))


def sok_personnummer(innehall: Innehall, pub: Publicering) -> list[Godkant]:
    """Scan the content and every file the view publishes for personnummer; raise InnehallsFel
    on a hit, else return the numbers a secretary has accepted."""
    problem = Problemlista(innehall.rot)
    godkanda = granska_personnummer(innehall, pub, problem)
    if problem.fel:
        raise InnehallsFel(problem.fel)
    return godkanda


def publicera_och_granska(innehall: Innehall, datum: dt.date) -> tuple[Publicering, list[Godkant]]:
    """Both stages after validation, as `namndsajt validera` runs them."""
    pub = tillampa_reglerna(innehall, datum).publicering
    return pub, sok_personnummer(innehall, pub)


def _utan_metadata(filer: tuple[Fil, ...], mapp: Path) -> tuple[Fil, ...]:
    """Published PDFs lose their document metadata (author, creator, XMP),
    which often names staff; the originals in content/ are left as they are."""
    ut = []
    for f in filer:
        mal = mapp / f.adress
        if not mal.exists():
            pdf.skriv_utan_metadata(f.kalla, mal)
        ut.append(dataclasses.replace(f, kalla=mal))
    return tuple(ut)


def bygg(rot: Path, datum: dt.date, utdata: Path, logg: Logg, *, behall_sokindex: bool = False) -> Resultat:
    """All stages. With `behall_sokindex` the search index of the site already
    at `utdata` is carried over instead of built anew: the preview's rebuilds,
    where indexing every PDF would take longer than all the rest."""
    tider: dict[str, float] = {}
    try:
        # Handed over in a list that _bygg empties: no frame of ours keeps the loaded content (and
        # its YAML line maps) alive once the published view is made, half the build's memory on a
        # large archive (bench/RESULTS.md).
        return _bygg(list(_las_och_granska(rot, logg, tider)), datum, utdata, logg,
                     behall_sokindex=behall_sokindex, tider=tider)
    finally:
        gc.unfreeze()


def _las_och_granska(rot: Path, logg: Logg, tider: dict[str, float]) -> tuple[Innehall, list[Problem]]:
    with _steg("Läser innehållet", logg, tider), langlivade_objekt():
        inlast, problem = las_innehall(rot)
    with _steg("Granskar innehållet", logg, tider), langlivade_objekt():
        return granska_inlast(inlast, problem)


def bygg_granskat(
    innehall: Innehall, varningar: list[Problem], datum: dt.date, utdata: Path, logg: Logg, *,
    behall_sokindex: bool = False, tider: dict[str, float] | None = None,
) -> Resultat:
    """The stages after validation, from content that is loaded and validated (`varningar` are
    its warnings): the publishing rules, the personnummer scan, then every output, which reads
    only the published view."""
    return _bygg([innehall, varningar], datum, utdata, logg, behall_sokindex=behall_sokindex, tider=tider)


def _bygg(
    inlast: list, datum: dt.date, utdata: Path, logg: Logg, *,
    behall_sokindex: bool = False, tider: dict[str, float] | None = None,
) -> Resultat:
    """bygg_granskat's work; `inlast` is [innehall, varningar], emptied here so that the content
    can be freed once the view is made."""
    innehall, varningar = inlast
    inlast.clear()
    tider = {} if tider is None else tider
    with _steg("Tillämpar publiceringsreglerna per " + datum.isoformat(), logg, tider):
        utfall = tillampa_reglerna(innehall, datum)
    pub = utfall.publicering
    with _steg("Söker efter personnummer", logg, tider):
        godkanda = sok_personnummer(innehall, pub)
    rot = innehall.rot  # the project folder: the web editor's npm packages lie beside site_config.yml
    del innehall  # from here on every stage reads only the published view
    utdata = utdata.resolve()
    utdata.parent.mkdir(parents=True, exist_ok=True)
    # Leftovers of a build that was killed before it could clean up.
    for rest in utdata.parent.glob(f".{utdata.name}-bygge-*"):
        shutil.rmtree(rest, ignore_errors=True)
    arbetsmapp = Path(tempfile.mkdtemp(prefix=f".{utdata.name}-bygge-", dir=utdata.parent))
    indexering = None
    try:
        with _steg("Tar bort metadata ur PDF-filerna", logg, tider):
            pub = dataclasses.replace(pub, filer=_utan_metadata(pub.filer, arbetsmapp / "pdf"))
        behall = behall_sokindex and (utdata / SOKINDEX).is_dir()
        if not behall:
            # Pagefind indexes on the other cores while this one renders.
            with _steg("Förbereder sökindexet", logg, tider), langlivade_objekt():
                indexering = starta_indexering(pub, arbetsmapp / "sokindex", rot)
        with _steg("Renderar webbplatsen", logg, tider):
            site, sidor, mkdocs_varningar = _rendera(pub, arbetsmapp, logg)
        varningar = varningar + [Problem("(rendering)", None, None, v, fel=False) for v in mkdocs_varningar]
        # The export before the search index: on a large archive pagefind is still at work.
        with _steg("Exporterar öppna data, flöden och kalendrar", logg, tider):
            exportera(pub, site)
        # --- The web editor at /admin/ (generator/redaktor) ---
        with _steg("Skriver webbredigeraren", logg, tider):
            from generator.redaktor import RedaktorFel, skriv_redaktor

            try:
                skriv_redaktor(pub.webbplats, rot, site)
            except RedaktorFel as e:
                raise ByggFel(str(e)) from e
        # --- end of the web editor ---
        if behall:
            with _steg("Behåller sökindexet", logg, tider):
                shutil.copytree(utdata / SOKINDEX, site / SOKINDEX)
        else:
            with _steg("Bygger sökindexet", logg, tider):
                try:
                    sok = indexering.avsluta(site)
                except SokindexFel as e:
                    raise ByggFel(str(e)) from e
            varningar = varningar + [Problem("(sökindex)", None, None, v, fel=False) for v in sok.varningar]
        with _steg("Byter till den nya webbplatsen", logg, tider):
            byt_in(site, utdata)
    finally:
        if indexering is not None:
            indexering.vanta()  # pagefind reads from the work folder until it is done
        shutil.rmtree(arbetsmapp, ignore_errors=True)
    return Resultat(utdata, sidor, len(pub.anslagstavla), varningar, list(utfall.gallrade), godkanda, tider)
