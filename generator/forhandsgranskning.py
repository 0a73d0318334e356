"""Live preview for a secretary: build, serve on localhost, rebuild on change, reload the browser.

Only documented interfaces: Python's `http.server` serves the built site, watchdog (which
mkdocs itself uses) reports changes to content/ and site_config.yml, and a few lines of
JavaScript in every served page ask the server, with one long-held request at a time, whether
a newer build exists, and reload the page when one does. The builder is the ordinary atomic
build, so a broken file never replaces a working preview: its Swedish errors are printed and
the last good site stays.

A rebuild after a change carries the search index of the first build over
(`bygg(..., behall_sokindex=True)`): indexing every PDF would take longer than all the rest
together. The compiled page templates are kept between builds (generator/webb/mallminne.py).
So a saved change shows in the browser within two seconds on the example site
(tests/test_forhandsgranska.py measures it).
"""

from __future__ import annotations

import datetime as dt
import errno
import http.server
import shutil
import signal
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from generator.bygg import bygg
from generator.fel import AnvandningsFel, NamndsajtFel
from generator.innehall.problem import InnehallsFel
from generator.regler import lagrum

VERSION = "/.forhandsgranskning/version"
# How long the server holds a page's question before it answers "no newer build" (the page asks again).
HALL_SEKUNDER = 25
# A save is often several file events in a row (an editor writes, then renames): wait this long
# after the first one, so that one save makes one build.
LUGN_SEKUNDER = 0.05

_SKRIPT = """<script>
(function () {
  var version = "%s";
  function fraga() {
    var r = new XMLHttpRequest();
    r.onloadend = function () {
      if (r.status === 200 && r.responseText !== version) { location.reload(); return; }
      if (r.status === 200) { fraga(); } else { setTimeout(fraga, 1000); }
    };
    r.open("GET", "%s?efter=" + version);
    r.send();
  }
  fraga();
})();
</script>
"""


class _Versioner:
    """The number of the newest good build; a page's question waits here for a newer one."""

    def __init__(self) -> None:
        self.nummer = 0
        self._villkor = threading.Condition()

    def ny(self) -> None:
        with self._villkor:
            self.nummer += 1
            self._villkor.notify_all()

    def vanta_efter(self, nummer: int, sekunder: float) -> int:
        with self._villkor:
            self._villkor.wait_for(lambda: self.nummer != nummer, timeout=sekunder)
            return self.nummer


def _hanterare(site: Path, versioner: _Versioner) -> type[http.server.SimpleHTTPRequestHandler]:
    class Hanterare(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, directory=str(site), **kwargs)

        def do_GET(self) -> None:
            adress = urllib.parse.urlsplit(self.path)
            if adress.path == VERSION:
                return self._svara_version(adress.query)
            sida = self._html_fil(urllib.parse.unquote(adress.path))
            if sida is None:
                return super().do_GET()
            text = sida.read_text(encoding="utf-8")
            skript = _SKRIPT % (versioner.nummer, VERSION)
            slut = text.rfind("</body>")
            text = text[:slut] + skript + text[slut:] if slut >= 0 else text + skript
            self._skicka(text.encode("utf-8"), "text/html; charset=utf-8")

        def _html_fil(self, vag: str) -> Path | None:
            """The HTML file a request for a page names, or None for anything else."""
            if not (vag.endswith("/") or vag.endswith(".html")):
                return None
            fil = (site / vag.lstrip("/")).resolve()
            if fil.is_dir():
                fil = fil / "index.html"
            if not fil.is_relative_to(site.resolve()) or not fil.is_file():
                return None
            return fil

        def _svara_version(self, fraga: str) -> None:
            efter = urllib.parse.parse_qs(fraga).get("efter", [""])[0]
            nummer = versioner.vanta_efter(int(efter), HALL_SEKUNDER) if efter.isdigit() else versioner.nummer
            self._skicka(str(nummer).encode(), "text/plain; charset=utf-8")

        def _skicka(self, data: bytes, typ: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", typ)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def end_headers(self) -> None:
            # Every answer: a reloaded page must never show an older build's page, stylesheet or PDF.
            self.send_header("Cache-Control", "no-store")
            super().end_headers()

        def log_message(self, format: str, *args) -> None:  # noqa: A002 (the documented signature)
            pass

    return Hanterare


class _Andringar(FileSystemEventHandler):
    """Sets `andrat` when something under content/ or site_config.yml changes."""

    def __init__(self, config: Path, innehall: Path) -> None:
        self.config = str(config)
        self.innehall = str(innehall)
        self.andrat = threading.Event()

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        for vag in (event.src_path, getattr(event, "dest_path", "") or ""):
            vag = str(vag)
            if vag == self.config or vag.startswith(self.innehall):
                self.andrat.set()


def _avbryt(_signal, _ram) -> None:
    raise KeyboardInterrupt  # `kill` ends the preview as Ctrl+C does, and its folder is removed


def forhandsgranska(rot: Path, datum: dt.date | None, port: int, host: str = "127.0.0.1") -> int:
    utdata = Path(tempfile.mkdtemp(prefix="namndsajt-forhandsgranskning-")) / "site"

    def skriv(text: str) -> None:
        print(text, file=sys.stderr)

    def bygg_om() -> bool:
        try:
            resultat = bygg(rot, datum or lagrum.idag(), utdata, lambda _text: None, behall_sokindex=True)
        except InnehallsFel as e:
            for p in e.problem:
                skriv(str(p))
            skriv("Förhandsgranskningen visar den senaste fungerande versionen tills felen är rättade.")
            return False
        except (NamndsajtFel, OSError) as e:
            skriv(f"Bygget misslyckades: {e}")
            return False
        for v in resultat.varningar:
            skriv(str(v))
        skriv(f"Uppdaterad: {resultat.sidor} sidor, {resultat.anslag} aktuella anslag.")
        return True

    try:
        bygg_om()
        if not utdata.is_dir():
            skriv("Rätta felen ovan och starta förhandsgranskningen igen.")
            return 1
        try:
            server = http.server.ThreadingHTTPServer((host, port), _hanterare(utdata, versioner := _Versioner()))
        except OSError as e:
            if e.errno == errno.EADDRINUSE:
                raise AnvandningsFel(f"porten {port} används redan; välj en annan med --port") from None
            raise
        server.daemon_threads = True
        andringar = _Andringar((rot / "site_config.yml").resolve(), (rot / "content").resolve())
        bevakare = Observer()
        bevakare.schedule(andringar, str(rot.resolve() / "content"), recursive=True)
        bevakare.schedule(andringar, str(rot.resolve()), recursive=False)  # site_config.yml
        stopp = threading.Event()

        def bygg_vid_andring() -> None:
            while not stopp.is_set():
                if not andringar.andrat.wait(0.5):
                    continue
                time.sleep(LUGN_SEKUNDER)
                andringar.andrat.clear()
                if bygg_om():
                    versioner.ny()

        byggare = threading.Thread(target=bygg_vid_andring, name="forhandsgranskning-bygge", daemon=True)
        tidigare = signal.signal(signal.SIGTERM, _avbryt)
        bevakare.start()
        byggare.start()
        skriv(f"Förhandsgranskningen finns på http://{host}:{port}/ (avsluta med Ctrl+C).")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            skriv("Avslutar förhandsgranskningen.")
        finally:
            signal.signal(signal.SIGTERM, tidigare)
            stopp.set()
            bevakare.stop()
            server.server_close()
            bevakare.join(timeout=5)
            byggare.join(timeout=60)
        return 0
    finally:
        shutil.rmtree(utdata.parent, ignore_errors=True)
