"""The secretaries' web editor at /admin/: Decap CMS, copied from its pinned npm package into the
site, with a configuration made from the content model and site_config.yml.

Nothing is fetched from another host: the app, its chunks, the YAML library and our own script
and style all lie under /admin/. Where the npm packages are (`npm ci` puts them in node_modules/):
beside site_config.yml, else in the repository the generator itself is installed from.
"""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path

import yaml

import generator
from generator.fel import ByggFel
from generator.innehall import modell
from generator.innehall.modell import Webbplats
from generator.redaktor.falt import SEKRETESS_JA, SEKRETESS_NEJ
from generator.redaktor.konfiguration import konfiguration as _konfiguration, ordningar

MAPP = "admin"
FILER = Path(__file__).parent / "filer"
KOMMANDO = "npm ci"


class RedaktorFel(ByggFel):
    """The editor cannot be written into the site (its npm packages are missing)."""


def node_moduler(rot: Path) -> Path:
    """The node_modules folder holding decap-cms and yaml: the project's own, else the one beside
    the generator's repository (a site built from another folder, as the tests do)."""
    kandidater = [rot / "node_modules", Path(generator.__file__).resolve().parent.parent / "node_modules"]
    for mapp in kandidater:
        if (mapp / "decap-cms" / "dist" / "decap-cms.js").is_file() and (mapp / "yaml" / "browser" / "dist").is_dir():
            return mapp
    raise RedaktorFel(
        f"webbredigeraren (/{MAPP}/) kan inte byggas eftersom npm-paketen decap-cms och yaml saknas i "
        f"{kandidater[0]}. Kör `{KOMMANDO}` i projektets mapp ({rot}) så installeras de låsta versionerna "
        "ur package-lock.json"
    )


def config_yml(webbplats: Webbplats) -> str:
    return (
        "# Webbredigerarens inställningar (Decap CMS), skrivna av namndsajt bygg ur innehållsmodellen och\n"
        "# site_config.yml. Ändra inte här: ändringen försvinner vid nästa bygge.\n"
        + yaml.safe_dump(_konfiguration(webbplats), allow_unicode=True, sort_keys=False, width=1000)
    )


def _installningar_for_skriptet(webbplats: Webbplats) -> str:
    data = {
        "format": ordningar(_konfiguration(webbplats)),
        "sekretess": {"ja": SEKRETESS_JA, "nej": SEKRETESS_NEJ, "nycklar": sorted(modell.SEKRETESS_NYCKLAR)},
    }
    # Safe inside <script>: no "</" can close it.
    return json.dumps(data, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")


def index_html(webbplats: Webbplats) -> str:
    f = webbplats.farger
    titel = html.escape(f"Redigera webbplatsen – {webbplats.kommun}")
    return f"""<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>{titel}</title>
<link rel="cms-config-url" type="text/yaml" href="config.yml">
<style>:root {{ --nd-primar: {f.primar}; --nd-text-pa-primar: {f.text_pa_primar}; --nd-lank: {f.lank}; }}</style>
<link rel="stylesheet" href="redaktor.css">
<script>window.CMS_MANUAL_INIT = true;</script>
<script id="namndsajt-redaktor" type="application/json">{_installningar_for_skriptet(webbplats)}</script>
</head>
<body>
<noscript>
<article>
<h1>{titel}</h1>
<p>Webbredigeraren behöver JavaScript. Slå på JavaScript i webbläsaren och ladda om sidan.</p>
</article>
</noscript>
<script src="decap-cms.js"></script>
<script type="module" src="redaktor.js"></script>
</body>
</html>
"""


def _decap_filer(dist: Path) -> list[Path]:
    """The app and the chunks it loads on demand (from beside itself), without source maps."""
    return sorted(
        p for p in dist.iterdir()
        if p.name == "decap-cms.js" or p.name.endswith((".decap-cms.js", ".wasm")) or p.name == "decap-cms.js.LICENSE.txt"
    )


def skriv_redaktor(webbplats: Webbplats, rot: Path, site: Path) -> Path:
    """Write /admin/ into the finished site `site`; returns its folder."""
    moduler = node_moduler(rot)
    mal = site / MAPP
    mal.mkdir(parents=True, exist_ok=True)
    for fil in _decap_filer(moduler / "decap-cms" / "dist"):
        shutil.copyfile(fil, mal / fil.name)
    shutil.copytree(moduler / "yaml" / "browser" / "dist", mal / "yaml", dirs_exist_ok=True)
    for fil in ("redaktor.js", "redaktor.css"):
        shutil.copyfile(FILER / fil, mal / fil)
    (mal / "config.yml").write_text(config_yml(webbplats), encoding="utf-8")
    (mal / "index.html").write_text(index_html(webbplats), encoding="utf-8")
    return mal
