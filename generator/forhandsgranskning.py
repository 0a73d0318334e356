"""Live preview for a secretary: build, serve on localhost, rebuild on change.

mkdocs' own LiveReloadServer serves the site and reloads open browser tabs;
the builder is the ordinary atomic build, so a broken file never replaces a
working preview: its Swedish errors are printed and the last good site stays.

The first build is the whole `bygg`. A rebuild after a change runs the same
stages except the search index, which reads every PDF and would take longer
than all the rest together; the preview keeps the index of its first build.
So a saved change shows in the browser within two seconds on the example site
(tests/test_forhandsgranska.py measures it).
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from mkdocs.livereload import LiveReloadServer

from . import lagrum
from .bygg import ByggFel, _rendera, bygg, byt_in, las_och_granska
from .export import exportera
from .problem import InnehallsFel, Problem
from .publicering import publicera

SOKINDEX = "pagefind"  # the search index's folder in the site


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

    def bygg_om() -> None:
        try:
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
