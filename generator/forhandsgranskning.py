"""Live preview for a secretary: build, serve on localhost, rebuild on change.

mkdocs' own LiveReloadServer serves the site and reloads open browser tabs;
the builder is the ordinary atomic build, so a broken file never replaces a
working preview: its Swedish errors are printed and the last good site stays.

A rebuild after a change carries the search index of the first build over
(`bygg(..., behall_sokindex=True)`): indexing every PDF would take longer than
all the rest together. The compiled page templates are kept between builds. So a saved change shows in
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
from pathlib import Path
from typing import Iterator

import jinja2
import jinja2.bccache
from mkdocs.livereload import LiveReloadServer
from mkdocs.theme import Theme

from generator.regler import lagrum
from generator.bygg import bygg
from generator.fel import ByggFel
from generator.innehall.problem import InnehallsFel


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


def forhandsgranska(rot: Path, datum: dt.date | None, port: int, host: str = "127.0.0.1") -> int:
    utdata = Path(tempfile.mkdtemp(prefix="namndsajt-forhandsgranskning-")) / "site"

    def skriv(text: str) -> None:
        print(text, file=sys.stderr)

    minne = _Mallminne()

    def bygg_om() -> None:
        try:
            with _med_mallminne(minne):
                resultat = bygg(rot, datum or lagrum.idag(), utdata, lambda _text: None, behall_sokindex=True)
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
