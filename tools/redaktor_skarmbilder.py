"""The handbook's pictures of the web editor (docs/bilder/redaktor-*.png), taken from the real editor:
a copy of the example project as a git repository, decap-server writing into it, the built site on
127.0.0.1, Debian's chromium at 1280 px.

    .venv/bin/python tools/redaktor_skarmbilder.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from conftest import CHROMIUM, CHROMIUM_FLAGGOR, server  # noqa: E402
from test_redaktor_webblasare import DECAP_SERVER, _knapp, _ledig_port, _synlig  # noqa: E402

BILDER = REPO / "docs" / "bilder"


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        rot = Path(tmp) / "projekt"
        rot.mkdir()
        shutil.copytree(REPO / "content", rot / "content")
        shutil.copy(REPO / "logotyp.svg", rot / "logotyp.svg")
        port = _ledig_port()
        (rot / "site_config.yml").write_text(
            (REPO / "site_config.yml").read_text(encoding="utf-8") + f"\nredaktor:\n  lokal_server: http://127.0.0.1:{port}/api/v1\n",
            encoding="utf-8",
        )
        git = ["git", "-c", "user.name=Exempel", "-c", "user.email=exempel@example.invalid"]
        for kommando in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-qm", "Exemplet"]):
            subprocess.run(git + kommando, cwd=rot, check=True)
        subprocess.run([sys.executable, "-m", "generator.cli", "bygg", "--datum", "2026-11-23", "--utdata", str(Path(tmp) / "site")],
                       cwd=rot, check=True, capture_output=True)
        miljo = dict(os.environ, PORT=str(port), BIND_HOST="127.0.0.1", GIT_REPO_DIRECTORY=str(rot), MODE="git", LOG_LEVEL="warn")
        process = subprocess.Popen(["node", str(DECAP_SERVER)], env=miljo)
        try:
            time.sleep(3)
            with server(Path(tmp) / "site") as bas, sync_playwright() as p:
                webblasare = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGGOR + ["--lang=sv-SE"])
                sida = webblasare.new_page(viewport={"width": 1280, "height": 800}, locale="sv-SE")
                sida.set_default_timeout(60_000)
                sida.goto(bas + "admin/")
                sida.get_by_role("button", name="Logga in").wait_for()
                sida.screenshot(path=str(BILDER / "redaktor-logga-in.png"))
                sida.get_by_role("button", name="Logga in").click()
                sida.get_by_text("Samlingar").wait_for()
                sida.goto(bas + "admin/#/collections/sammantraden-socialnamnden")
                sida.get_by_text("2025-03-26: ").first.wait_for()
                sida.screenshot(path=str(BILDER / "redaktor-samlingar.png"))

                sida.goto(bas + "admin/#/collections/sammantraden-socialnamnden/new")
                sida.reload()
                _synlig(sida, "Sammanträdets datum").fill("2026-12-09")
                _synlig(sida, "Tid").fill("13:00")
                _synlig(sida, "Plats").fill("Forsrummet, Socialförvaltningen, Storgatan 12")
                _knapp(sida, "Lägg till kallelse").click()
                _synlig(sida, "Utfärdad").fill("2026-12-02")
                _knapp(sida, "Lägg till hålltid").click()
                _synlig(sida, "Start").fill("13:00")
                _synlig(sida, "Rubrik").fill("Ärenden för beslut")
                sida.mouse.move(0, 0)
                sida.screenshot(path=str(BILDER / "redaktor-sammantrade.png"))

                sida.goto(bas + "admin/#/collections/protokoll-socialnamnden/new")
                sida.reload()
                _synlig(sida, "Sammanträdets datum").fill("2026-12-09")
                _knapp(sida, "Lägg till paragraf").click()
                sida.get_by_role("menuitem", name="Paragraf med sekretess", exact=True).click()
                _synlig(sida, "Nummer").fill("103")
                _knapp(sida, "Spara").click()
                sida.get_by_text("Plats är obligatoriskt.").first.wait_for()
                time.sleep(1)
                sida.screenshot(path=str(BILDER / "redaktor-sekretess.png"))
                sida.get_by_text("Plats är obligatoriskt.").first.scroll_into_view_if_needed()
                sida.evaluate("window.scrollBy(0, -300)")
                time.sleep(6)  # until the notice has gone
                sida.screenshot(path=str(BILDER / "redaktor-fel.png"))
                webblasare.close()
        finally:
            process.terminate()
            process.wait()
    for bild in sorted(BILDER.glob("redaktor-*.png")):
        print(bild.relative_to(REPO))


if __name__ == "__main__":
    main()
