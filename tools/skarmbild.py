"""Take screenshots of a built site in Debian's chromium: python tools/skarmbild.py SITE UT.png ADRESS [BREDD]."""

from __future__ import annotations

import functools
import http.server
import sys
import threading

from playwright.sync_api import sync_playwright

CHROMIUM_FLAGGOR = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]


def main(site: str, ut: str, adress: str, bredd: int = 1280) -> None:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGGOR)
            page = browser.new_page(viewport={"width": bredd, "height": 900})
            page.goto(f"http://127.0.0.1:{server.server_port}/{adress}")
            page.screenshot(path=ut, full_page=True)
            browser.close()
    finally:
        server.shutdown()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 1280)
