#!/usr/bin/env python3
"""Tar handbokens skärmbilder (docs/bilder/handbok-*.png) i Debians chromium.

Gör det handboken beskriver, i en kopia av exempelprojektet: importerar
övnings-PDF:en i docs/exempel/, visar felet från validera, fyller i
det rapporten ber om, bygger webbplatsen per 2026-10-12 och fotograferar
protokollet och anslagstavlan. Terminalens text visas som en enkel HTML-sida.

Användning (från projektets rot): python tools/handbokens_bilder.py
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import http.server
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

ROT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROT / "tools"))

import skarmbild  # noqa: E402

PDF = ROT / "docs" / "exempel" / "protokoll-socialnamndens-arbetsutskott-2026-10-07.pdf"
BILDER = ROT / "docs" / "bilder"
MAPP = "content/socialnamndens-arbetsutskott/2026-10-07"


def kor(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator.cli", *args], cwd=cwd, capture_output=True, text=True)


def terminal(text: str, mapp: Path, namn: str) -> str:
    """The text as a terminal window, a page of its own in `mapp`."""
    sida = mapp / namn
    sida.mkdir(parents=True, exist_ok=True)
    (sida / "index.html").write_text(
        "<!doctype html><meta charset=utf-8><style>"
        "body{margin:0;background:#1e1e1e}"
        "pre{margin:0;padding:18px 22px;color:#e8e8e8;font:14px/1.45 'DejaVu Sans Mono',monospace;"
        "white-space:pre-wrap}</style><pre>" + html.escape(text) + "</pre>",
        encoding="utf-8",
    )
    return f"{namn}/"


def bild(site: Path, ut: Path, adress: str, bredd: int, hojd: int | None = None, nar: dt.datetime | None = None) -> None:
    """A screenshot of `adress` in `site`, the browser's clock set to `nar`
    (the anslagstavla marks notices by the visitor's date), cut at `hojd`."""
    handler = functools.partial(_Tyst, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=skarmbild.CHROMIUM_FLAGGOR)
            sida = browser.new_page(viewport={"width": bredd, "height": 100})
            if nar is not None:
                sida.clock.set_fixed_time(nar)
            sida.goto(f"http://127.0.0.1:{server.server_port}/{adress}")
            if hojd is None:
                sida.screenshot(path=str(ut), full_page=True)
            else:
                sida.set_viewport_size({"width": bredd, "height": hojd})
                sida.screenshot(path=str(ut))
            browser.close()
    finally:
        server.shutdown()


class _Tyst(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="handbok-") as tmp:
        projekt = Path(tmp) / "kommun"
        utan = shutil.ignore_patterns(
            ".git", ".venv", "site", ".site-*", "*.egg-info", "__pycache__", ".pytest_cache", ".benchmarks",
            "bench", "tests", "generator", "theme", "docs", "tools", ".github", ".ci",
        )
        shutil.copytree(ROT, projekt, ignore=utan)
        shutil.copy(PDF, projekt / PDF.name)
        import_ = kor("importera", PDF.name, cwd=projekt)
        assert import_.returncode == 0, import_.stderr
        validera = kor("validera", "--datum", "2026-10-12", cwd=projekt)
        assert validera.returncode == 1, validera.stderr
        sammantrade = projekt / MAPP / "sammantrade.yml"
        sammantrade.write_text(
            re.sub(r"^tid:.*$", 'tid: "13:00"', sammantrade.read_text(encoding="utf-8"), flags=re.M), encoding="utf-8"
        )
        validera_igen = kor("validera", "--datum", "2026-10-12", cwd=projekt)
        assert validera_igen.returncode == 0, validera_igen.stderr
        site = Path(tmp) / "site"
        bygget = kor("bygg", "--datum", "2026-10-12", "--utdata", str(site), cwd=projekt)
        assert bygget.returncode == 0, bygget.stderr
        terminaler = Path(tmp) / "terminal"
        fel = terminal(
            "$ namndsajt validera\n" + validera.stderr + "\n$ namndsajt validera\n" + validera_igen.stdout,
            terminaler,
            "validera",
        )
        bild(terminaler, BILDER / "handbok-validera.png", fel, 980)
        nar = dt.datetime(2026, 10, 12, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
        bild(site, BILDER / "handbok-protokoll.png", "socialnamndens-arbetsutskott/2026-10-07/", 1000, 2400, nar)
        bild(site, BILDER / "handbok-anslagstavla.png", "anslagstavla/", 1000, None, nar)
    for namn in ("validera", "protokoll", "anslagstavla"):
        print(f"docs/bilder/handbok-{namn}.png")


if __name__ == "__main__":
    main()
