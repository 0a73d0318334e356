"""Live preview for a secretary: build, serve on localhost, rebuild on change.

mkdocs' own LiveReloadServer serves the site and reloads open browser tabs;
the builder is the ordinary atomic build, so a broken file never replaces a
working preview: its Swedish errors are printed and the last good site stays.

The first build is the whole `bygg`. A rebuild after a change runs the same
stages except the search index, which reads every PDF and would take longer
than all the rest together; the preview keeps the index of its first build,
and the compiled page templates between builds. So a saved change shows in
the browser within two seconds on the example site (tests/test_forhandsgranska.py
measures it).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import jinja2
import jinja2.bccache
from mkdocs.livereload import LiveReloadServer
from mkdocs.theme import Theme

from . import lagrum
from .bygg import ByggFel, _rendera, bygg, byt_in, las_och_granska
from .export import exportera
from .problem import InnehallsFel, Problem
from .publicering import publicera

SOKINDEX = "pagefind"  # the search index's folder in the site


class _Mallminne(jinja2.BytecodeCache):
    """Compiled Jinja templates kept between the preview's rebuilds. mkdocs
    makes a new environment, and compiles every template anew, for each build;
    that is a fifth of a rebuild. Jinja checks each template's source against
    the stored checksum, so an edited template is compiled again."""

    def __init__(self) -> None:
        self.koder: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.koder:
            bucket.bytecode_from_string(self.koder[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.koder[bucket.key] = bucket.bytecode_to_string()


@contextlib.contextmanager
def _med_mallminne(minne: _Mallminne) -> Iterator[None]:
    original = Theme.get_env

    def get_env(self: Theme) -> jinja2.Environment:
        env = original(self)
        env.bytecode_cache = minne
        return env

    Theme.get_env = get_env
    try:
        yield
    finally:
        Theme.get_env = original


@dataclass
class _Ombyggt:
    sidor: int
    anslag: int
    varningar: list[Problem]


def bygg_utan_sokindex(rot: Path, datum: dt.date, utdata: Path) -> _Ombyggt:
    """`bygg`'s stages without the search index, which is carried over from
    the site in `utdata`. Swapped in atomically, like the real build."""
    innehall, varningar = las_och_granska(rot)
    pub = publicera(innehall, datum)
    arbetsmapp = Path(tempfile.mkdtemp(prefix=f".{utdata.name}-bygge-", dir=utdata.parent))
    try:
        site, sidor, mkdocs_varningar = _rendera(pub, arbetsmapp, lambda _text: None)
        varningar = varningar + [Problem("(rendering)", None, None, v, fel=False) for v in mkdocs_varningar]
        exportera(pub, site)
        if (utdata / SOKINDEX).is_dir() and not (site / SOKINDEX).exists():
            shutil.copytree(utdata / SOKINDEX, site / SOKINDEX)
        byt_in(site, utdata)
    finally:
        shutil.rmtree(arbetsmapp, ignore_errors=True)
    return _Ombyggt(sidor, len(pub.anslagstavla), varningar)


def forhandsgranska(rot: Path, datum: dt.date | None, port: int, host: str = "127.0.0.1") -> int:
    utdata = Path(tempfile.mkdtemp(prefix="namndsajt-forhandsgranskning-")) / "site"

    def skriv(text: str) -> None:
        print(text, file=sys.stderr)

    minne = _Mallminne()

    def bygg_om() -> None:
        try:
            with _med_mallminne(minne):
                if utdata.is_dir():
                    resultat = bygg_utan_sokindex(rot, datum or lagrum.idag(), utdata)
                else:
                    resultat = bygg(rot, datum or lagrum.idag(), utdata, lambda _text: None)
        except InnehallsFel as e:
            for p in e.problem:
                skriv(str(p))
            skriv("Förhandsgranskningen visar den senaste fungerande versionen tills felen är rättade.")
            return
        except (ByggFel, OSError) as e:
            skriv(f"Bygget misslyckades: {e}")
            return
        for v in resultat.varningar:
            skriv(str(v))
        skriv(f"Uppdaterad: {resultat.sidor} sidor, {resultat.anslag} aktuella anslag.")

    bygg_om()
    if not utdata.is_dir():
        skriv("Rätta felen ovan och starta förhandsgranskningen igen.")
        shutil.rmtree(utdata.parent, ignore_errors=True)
        return 1
    logging.getLogger("mkdocs.livereload").setLevel(logging.WARNING)
    # Look for changes five times a second (mkdocs' default is twice).
    server = LiveReloadServer(builder=bygg_om, host=host, port=port, root=str(utdata), polling_interval=0.2)
    server.watch(str(rot / "content"))
    server.watch(str(rot / "site_config.yml"))
    skriv(f"Förhandsgranskningen finns på http://{host}:{port}/ (avsluta med Ctrl+C).")
    try:
        server.serve()
    except KeyboardInterrupt:
        skriv("Avslutar förhandsgranskningen.")
    finally:
        server.shutdown()
        shutil.rmtree(utdata.parent, ignore_errors=True)
    return 0
