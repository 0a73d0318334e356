"""Live preview for a secretary: build, serve on localhost, rebuild on change.

mkdocs' own LiveReloadServer serves the site and reloads open browser tabs;
the builder is the ordinary atomic build, so a broken file never replaces a
working preview: its Swedish errors are printed and the last good site stays.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sys
import tempfile
from pathlib import Path

from mkdocs.livereload import LiveReloadServer

from . import lagrum
from .bygg import ByggFel, bygg
from .problem import InnehallsFel


def forhandsgranska(rot: Path, datum: dt.date | None, port: int, host: str = "127.0.0.1") -> int:
    utdata = Path(tempfile.mkdtemp(prefix="namndsajt-forhandsgranskning-")) / "site"

    def skriv(text: str) -> None:
        print(text, file=sys.stderr)

    def bygg_om() -> None:
        try:
            resultat = bygg(rot, datum or lagrum.idag(), utdata, lambda _text: None)
        except InnehallsFel as e:
            for p in e.problem:
                skriv(str(p))
            skriv("Förhandsgranskningen visar den senaste fungerande versionen tills felen är rättade.")
            return
        except ByggFel as e:
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
    server = LiveReloadServer(builder=bygg_om, host=host, port=port, root=str(utdata))
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
