"""The build's shortcuts for a large archive give exactly what the slow way gives:
plain paragraphs without Markdown, YAML read by libyaml instead of PyYAML, and
material's navigation rendered once for many pages (for every kind of page)."""

from __future__ import annotations

import datetime as dt
import html
import random

import markdown as md
import pytest

from conftest import REPO
from generator import text as sokindex  # the search records' plain text (generator.text.ren_text)
from generator.innehall import yamlfil
from generator.bygg import bygg
from generator.webb import navminne
from generator.webb.plugin import NamndsajtPlugin
from generator.text import enkla_stycken

_MARKDOWN = md.Markdown(extensions=["sane_lists", "tables", "abbr"], output_format="html")

# Pieces of text, among them everything that starts a list, a heading, code or a line break.
DELAR = [
    "ord", "Åsa", "ö", "É", "ß", "٣", "²", " ", " ", "  ", "\n", "\n\n", "\n\n\n", " \n", "\t", "\r", "\xa0",
    ".", ",", ":", ";", "?", "!", "%", "/", "(", ")", "'", '"', "§", "–", "—", "€", "$", "@", "+", "=", "-",
    "1", "2025", "1.", "1)", "1. ", "- ", "* ", "+ ", "# ", "> ", "---", "===", "_", "*", "`", "[", "]", "<", ">",
    "&", "&amp;", "|", "~", "\\", "*[ord]: förkortning",
]


def _texter(antal: int, fro: int):
    rng = random.Random(fro)
    for _ in range(antal):
        yield "".join(rng.choice(DELAR) for _ in range(rng.randint(1, 24)))


def test_enkla_stycken_ger_samma_html_som_markdown():
    enkla = 0
    for text in _texter(40_000, 1):
        snabb = enkla_stycken(text)
        if snabb is not None:
            enkla += 1
            assert snabb == _MARKDOWN.reset().convert(text), repr(text)
    assert enkla > 1000  # the shortcut is taken, and checked, often


@pytest.mark.parametrize("text", ["1. punkt", "- punkt", "rad  \nrad", " indrag", "a_b", "x\n===", "a\n\n    kod"])
def test_allt_som_markdown_ger_en_betydelse_gar_den_langsamma_vagen(text):
    assert enkla_stycken(text) is None


def test_sokindexets_ren_text_ar_densamma():
    for text in _texter(20_000, 2):
        langsam = sokindex._MELLANRUM.sub(
            " ", html.unescape(sokindex._TAGG.sub(" ", sokindex._MARKDOWN.reset().convert(text)))
        ).strip() if text else ""
        assert sokindex.ren_text(text) == langsam, repr(text)


def test_libyaml_laser_varje_yamlfil_som_pyyaml():
    filer = sorted(REPO.glob("content/**/*.yml")) + sorted((REPO / "tests").glob("fixtures/**/*.yml"))
    filer.append(REPO / "site_config.yml")
    assert yamlfil._CLaddare is not None, "PyYAML saknar libyaml"
    for fil in filer:
        text = fil.read_text(encoding="utf-8")
        snabb = yamlfil._las_med_libyaml(fil, text)
        assert snabb is not None, fil
        langsam = _las_med_pyyaml(fil)
        assert (snabb.data, snabb.rader) == (langsam.data, langsam.rader), fil


def _las_med_pyyaml(fil):
    original = yamlfil._las_med_libyaml
    yamlfil._las_med_libyaml = lambda fil, text: None
    try:
        return yamlfil.las_yaml(fil)
    finally:
        yamlfil._las_med_libyaml = original


@pytest.mark.parametrize("text", ["a:\n\tb: 1\n", "a: 1\r\nb: 2\n", "\ufeffa: 1\n", "a: \x85b\n", "a: [1, 2\n", "a: 1\na: 2\n"])
def test_det_libyaml_kan_lasa_annorlunda_laser_pyyaml(tmp_path, text):
    fil = tmp_path / "f.yml"
    fil.write_text(text, encoding="utf-8")
    assert yamlfil._las_med_libyaml(fil, text) is None


def test_navigeringen_ur_minnet_ger_samma_sidor(tmp_path, monkeypatch):
    """Material's navigation and tabs, rendered once per kind of page (webb/navminne.py),
    give every page of every kind exactly the bytes it would get if each were rendered anew,
    with the theme features the site is built with (webb/konfiguration.py). The cache pays:
    about a tenth of a build's user CPU time at a tenth of the benchmark's size (3,048 pages),
    more on a larger archive (bench/RESULTS.md)."""
    mallar: dict[str, set[str]] = {"med": set(), "utan": set()}
    hamtade = []
    original_kontext = NamndsajtPlugin.on_page_context
    original_hamta = navminne.Navminne.hamta

    def kontext(namn):
        def on_page_context(self, context, *, page, config, nav):
            mallar[namn].add(page.meta.get("template", "main.html"))
            return original_kontext(self, context, page=page, config=config, nav=nav)
        return on_page_context

    def hamta(self, mall, nyckel):
        hamtade.append(mall)
        return original_hamta(self, mall, nyckel)

    monkeypatch.setattr(NamndsajtPlugin, "on_page_context", kontext("med"))
    monkeypatch.setattr(navminne.Navminne, "hamta", hamta)
    bygg(REPO, dt.date(2026, 11, 23), tmp_path / "med", lambda _t: None)
    monkeypatch.setattr(NamndsajtPlugin, "on_page_context", kontext("utan"))
    monkeypatch.setattr(navminne.Navminne, "nyckel", lambda self, page, base_url: None)
    bygg(REPO, dt.date(2026, 11, 23), tmp_path / "utan", lambda _t: None)
    sidmallar = {p.name for p in (REPO / "theme").glob("*.html")} - {"main.html"}
    assert mallar["med"] == mallar["utan"] == sidmallar, "varje sorts sida ska finnas i exemplet"
    assert {"partials/nav.html", "partials/tabs.html"} <= set(hamtade) and len(hamtade) > 50
    med = sorted(p.relative_to(tmp_path / "med") for p in (tmp_path / "med").rglob("*.html"))
    utan = sorted(p.relative_to(tmp_path / "utan") for p in (tmp_path / "utan").rglob("*.html"))
    assert med == utan and len(med) > 50
    for fil in med:
        assert (tmp_path / "med" / fil).read_bytes() == (tmp_path / "utan" / fil).read_bytes(), fil
