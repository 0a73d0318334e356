"""Jinja filters for the templates: Swedish dates and safe Markdown."""

from __future__ import annotations

import datetime as dt
import re

import markdown as md
import nh3
from markupsafe import Markup

from generator.regler import adresser
from generator.innehall.modell import paragrafserie

VECKODAGAR = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
MANADER = [
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
]


def datum_text(d: dt.date, veckodag: bool = True) -> str:
    """2025-03-28 → "fredag 28 mars 2025"."""
    text = f"{d.day} {MANADER[d.month - 1]} {d.year}"
    return f"{VECKODAGAR[d.weekday()]} {text}" if veckodag else text


def datum(d: dt.date | None, veckodag: bool = True) -> Markup:
    """A date for people, inside <time datetime="ÅÅÅÅ-MM-DD">."""
    if d is None:
        return Markup("")
    return Markup('<time datetime="{}">{}</time>').format(d.isoformat(), datum_text(d, veckodag))


def klockslag(t: dt.time | None) -> str:
    return "" if t is None else t.strftime("%H.%M")


_TILLATNA_TAGGAR = {
    "p", "br", "strong", "em", "b", "i", "u", "s", "ul", "ol", "li", "a", "blockquote",
    "code", "pre", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "hr", "abbr",
}
_MARKDOWN = md.Markdown(extensions=["sane_lists", "tables", "abbr"], output_format="html")
# Built once: nh3.clean() builds its whole configuration again on every call, which on a large
# archive's hundreds of thousands of text fields cost more than the Markdown itself (bench/profil.txt).
_RENSARE = nh3.Cleaner(
    tags=_TILLATNA_TAGGAR,
    attributes={"a": {"href", "title"}, "abbr": {"title"}, "th": {"align"}, "td": {"align"}},
    url_schemes={"http", "https", "mailto", "tel"},
    link_rel="noopener noreferrer",
)


# Most text fields are plain paragraphs: words, digits and ordinary punctuation, with no
# character that Markdown gives a meaning and no line that could start a list, a heading or
# code. Their HTML is known without running Markdown, which is most of a sammanträde page's
# rendering time; `enkla_stycken` gives exactly what Markdown would (a test compares them).
_ANNAT_TECKEN = re.compile(r"[^\w \n.,;:?!()%/'\"+=§–—€$@-]|_")
_RADSTART = re.compile(r"^(?:[ +=-]|\d+[.)])|[ ]$", re.M)
_TOMRADER = re.compile(r"\n(?:\n)+")


def ar_enkla_stycken(text: str) -> bool:
    """True when `text` is only plain paragraphs, which Markdown leaves as they are."""
    return text == text.strip() and not _ANNAT_TECKEN.search(text) and not _RADSTART.search(text)


def enkla_stycken(text: str) -> str | None:
    """The HTML Markdown makes of `text` when it is only plain paragraphs, else None."""
    if not ar_enkla_stycken(text):
        return None
    return "\n".join(f"<p>{stycke}</p>" for stycke in _TOMRADER.split(text))


def markdown(text: str | None) -> Markup:
    """Render a Markdown text field, then sanitise it: a secretary's text may
    contain anything, and the site must never carry script or style from it."""
    if not text:
        return Markup("")
    html = enkla_stycken(text)
    if html is None:
        html = _MARKDOWN.reset().convert(text)
    return Markup(_RENSARE.clean(html))


FILTER = {"filnamn": adresser.filnamn, "datum": datum, "klockslag": klockslag, "markdown": markdown, "paragrafserie": paragrafserie}
