"""The mkdocs configuration, made from site_config.yml: a kommun never writes mkdocs.yml."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from generator.fel import FelIInnehallet
from generator.regler.vy import Publicering
from generator.webb.sidor import navigering

TEMA = Path(str(importlib.resources.files("generator.theme")))


# The key of site_config.yml behind each mkdocs setting that comes from it.
_NYCKLAR = {"site_name": "kommun", "site_url": "webbadress", "site_description": "beskrivning", "theme": "logotyp"}


class KonfigurationsFel(FelIInnehallet):
    """site_config.yml gives a setting mkdocs does not accept."""


def mkdocs_konfiguration(pub: Publicering, docs_dir: Path, site_dir: Path) -> MkDocsConfig:
    webbplats = pub.webbplats
    # mkdocs resolves relative paths from its configuration file's folder; every path given here is
    # absolute, and the view knows no project folder, so the build's own folder stands in for it.
    config = MkDocsConfig(config_file_path=str(docs_dir.parent / "site_config.yml"))
    config.load_dict(
        {
            "site_name": webbplats.kommun,
            "site_url": webbplats.webbadress,
            "site_description": webbplats.beskrivning or f"Nämndhandlingar och anslagstavla för {webbplats.kommun}",
            "docs_dir": str(docs_dir),
            "site_dir": str(site_dir),
            "use_directory_urls": True,
            "theme": {
                "name": "material",
                "custom_dir": str(TEMA),
                "language": "sv",
                # No web fonts: nothing is fetched from the internet.
                "font": False,
                "features": ["navigation.tabs", "navigation.top"],
                "palette": {"primary": "custom", "accent": "custom"},
                **(
                    {"logo": f"assets/logotyp{Path(webbplats.logotyp).suffix.lower()}",
                     "favicon": f"assets/logotyp{Path(webbplats.logotyp).suffix.lower()}"}
                    if webbplats.logotyp else {}
                ),
            },
            "extra_css": ["assets/namndsajt.css", "assets/sok.css"],
            "plugins": ["namndsajt"],
            "nav": navigering(pub),
            # Single sammanträden, styrdokument and ärenden are reached through listing pages;
            # the search page through the search field in every page's header.
            "not_in_nav": "/*/*/index.md\n/sok/index.md",
            "markdown_extensions": [],
        }
    )
    fel, _varningar = config.validate()
    if fel:
        raise KonfigurationsFel(
            "site_config.yml: "
            + "; ".join(f"mkdocs godtar inte {_NYCKLAR.get(namn, namn)} ({text})" for namn, text in fel)
        )
    return config
