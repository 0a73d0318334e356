"""The mkdocs plugin that turns a Publicering into pages.

mkdocs' own events do the work: `on_files` adds every page and published file
in memory (`File.generated`, nothing is written into the user's folders),
`on_env` adds our filters, and `on_page_context` hands each template its data.
"""

from __future__ import annotations

from typing import Any, Callable

from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from generator.regler.vy import Publicering
from generator.webb.filter import FILTER
from generator.webb.konfiguration import TEMA
from generator.webb.mallminne import MALLMINNE
from generator.webb.navminne import Laddare, Navminne, navigeringsmal
from generator.webb import jsonld
from generator.webb.sidor import Sida, StriktUndefined, alla_sidor


class NamndsajtPlugin(BasePlugin):
    """Set `publicering` (and optionally `framsteg`) before mkdocs builds."""

    publicering: Publicering | None = None
    framsteg: Callable[[int, int], None] | None = None

    def on_files(self, files: Files, *, config) -> Files:
        if self.publicering is None:
            raise RuntimeError("NamndsajtPlugin körs bara genom 'namndsajt bygg'")
        self._sidor: dict[str, Sida] = {}
        for sida in alla_sidor(self.publicering):
            self._sidor[sida.kalla] = sida
            files.append(File.generated(config, sida.kalla, content=sida.markdown()))
        kalla = self.publicering.logotyp
        if kalla is not None:
            files.append(File.generated(config, f"assets/logotyp{kalla.suffix.lower()}", abs_src_path=str(kalla)))
        kopierade = set()
        for fil in self.publicering.filer:
            if fil.adress not in kopierade:
                kopierade.add(fil.adress)
                files.append(File.generated(config, fil.adress, abs_src_path=str(fil.kalla)))
        self._klara = 0
        return files

    def on_nav(self, nav, *, config, files):
        self._navminne = Navminne(nav, navigeringsmal(nav, config))
        return nav

    def on_env(self, env, *, config, files):
        # mkdocs' Jinja environment does not autoescape, and material's own
        # templates rely on that for page.content. Every template of ours in
        # theme/ shows a secretary's text, so ours escape everything that is
        # not already Markup (our filters return Markup where HTML is meant).
        egna = {p.relative_to(TEMA).as_posix() for p in TEMA.rglob("*.html")}
        env.autoescape = lambda namn: namn in egna
        env.bytecode_cache = MALLMINNE  # compiled templates kept between the preview's rebuilds
        env.filters.update(FILTER)
        # Our templates read the published view, the site's settings and their page's data, nothing else.
        env.globals["publicering"] = self.publicering
        env.globals["webbplats"] = self.publicering.webbplats
        env.undefined = StriktUndefined
        # The navigation and tabs of pages outside the navigation are rendered once (navminne).
        env.loader = Laddare(env.loader)
        if env.cache is not None:
            env.cache.clear()
        env.globals["namndsajt_navminne"] = self._navminne
        return env

    def on_page_context(self, context: dict[str, Any], *, page, config, nav) -> dict[str, Any]:
        sida = self._sidor.get(page.file.src_uri)
        if sida is not None:
            context["vy"] = sida.vy
            context["jsonld"] = jsonld.for_sida(sida, self.publicering)
        self._klara += 1
        if self.framsteg is not None:
            self.framsteg(self._klara, len(self._sidor))
        return context

    @property
    def antal_sidor(self) -> int:
        return len(self._sidor)
