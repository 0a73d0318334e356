"""Screenshots of the example site for the user guide, at desktop and phone width.

    python tools/dokumentationens_bilder.py SITE [docs/bilder]

SITE is a built example site (namndsajt bygg --datum 2026-11-23). Needs Debian's
chromium and Playwright."""

from __future__ import annotations

import functools
import http.server
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

from skarmbild import CHROMIUM_FLAGGOR

SIDOR = {
    "start": "",
    "anslagstavla": "anslagstavla/",
    "protokoll": "socialnamnden/2025-03-26/#protokoll",
    "paragraf": "socialnamnden/2025-03-26/#paragraf-46",
}
BREDDER = {1280: 900, 360: 780}


def main(site: str, ut: str = "docs/bilder") -> None:
    class Tyst(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    handler = functools.partial(Tyst, directory=site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    Path(ut).mkdir(parents=True, exist_ok=True)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGGOR)
            for bredd, hojd in BREDDER.items():
                page = browser.new_page(viewport={"width": bredd, "height": hojd})
                for namn, adress in SIDOR.items():
                    page.goto(f"http://127.0.0.1:{server.server_port}/{adress}")
                    page.wait_for_timeout(200)
                    page.screenshot(path=f"{ut}/{namn}-{bredd}.png")
                page.close()
            browser.close()
    finally:
        server.shutdown()


if __name__ == "__main__":
    main(*sys.argv[1:])
