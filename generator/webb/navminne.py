"""Material's navigation and tabs, rendered once for all pages that show them alike.

Every page carries material's navigation (the sidebar) and tabs. On the few listing pages
in the navigation they mark where the reader is; on the thousands of pages reached through
the listings (sammanträden, ärenden, styrdokument) nothing in them is marked, and they differ
only in their relative links. On a large archive, rendering them again for each page was a
third of the rendering time (bench/RESULTS.md).

So each is rendered once per set of links and reused: a page outside the navigation gets the
HTML of an earlier such page whose relative links to every navigation target are the same.
The templates stay material's own: a loader puts a small template in front of
`partials/nav.html` and `partials/tabs.html` that either hands back the stored HTML or
includes the original.
"""

from __future__ import annotations

from typing import Any

import jinja2
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

ORIGINAL = "namndsajt-original/"
MALLAR = ("partials/nav.html", "partials/tabs.html")

_FRAMFOR = (
    '{%- set _nyckel = namndsajt_navminne.nyckel(page, base_url) -%}'
    '{%- if _nyckel is none -%}{% include "' + ORIGINAL + 'MALL" %}'
    '{%- elif namndsajt_navminne.har("MALL", _nyckel) -%}{{ namndsajt_navminne.hamta("MALL", _nyckel) }}'
    '{%- else -%}{%- set _html -%}{% include "' + ORIGINAL + 'MALL" %}{%- endset -%}'
    '{{ namndsajt_navminne.spara("MALL", _nyckel, _html) }}{%- endif -%}'
)


class Laddare(jinja2.BaseLoader):
    """The theme's loader, with the two templates above in front of material's own."""

    def __init__(self, inre: jinja2.BaseLoader):
        self.inre = inre

    def get_source(self, environment: jinja2.Environment, template: str):
        if template in MALLAR:
            return _FRAMFOR.replace("MALL", template), None, lambda: True
        if template.startswith(ORIGINAL):
            return self.inre.get_source(environment, template.removeprefix(ORIGINAL))
        return self.inre.get_source(environment, template)

    def list_templates(self) -> list[str]:
        return self.inre.list_templates()


class Navminne:
    """The rendered navigation and tabs of one build, by page kind."""

    def __init__(self, nav: Navigation, mal: list[str]):
        self.i_nav = {id(p) for p in nav.pages}
        self.mal = sorted(set(mal))  # every address the two templates link to
        self.html: dict[tuple, Any] = {}

    def nyckel(self, page: Any, base_url: Any) -> tuple | None:
        """What the two templates' output depends on for this page, or None if it must be rendered."""
        if not isinstance(page, Page) or id(page) in self.i_nav or page.url is None:
            return None
        return (str(base_url), *(get_relative_url(m, page.url) for m in self.mal))

    def har(self, mall: str, nyckel: tuple) -> bool:
        return (mall, nyckel) in self.html

    def hamta(self, mall: str, nyckel: tuple) -> Any:
        return self.html[(mall, nyckel)]

    def spara(self, mall: str, nyckel: tuple, html: Any) -> Any:
        self.html[(mall, nyckel)] = html
        return html


def navigeringsmal(nav: Navigation, config) -> list[str]:
    """Every address the navigation and tabs link to: its pages, links and the logo."""
    mal = ["", "."]
    kvar = list(nav.items)
    while kvar:
        post = kvar.pop()
        url = getattr(post, "url", None)
        if isinstance(url, str):
            mal.append(url)
        kvar.extend(getattr(post, "children", None) or [])
    if nav.homepage is not None:
        mal.append(nav.homepage.url)
    for varde in (config.theme.get("logo"), config.theme.get("favicon"), config.extra.get("homepage")):
        if isinstance(varde, str):
            mal.append(varde)
    return mal
