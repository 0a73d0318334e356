"""Text helpers every output shares: Swedish dates, and Markdown as HTML or as plain text.

They sit at the top of the package, below every stage that shows text to people (the pages in
`webb`, the search records in `sok`, the data and feeds in `export`), so that no output has to
import another output's helpers. Each helper exists once.
"""

from __future__ import annotations

import datetime as dt
import html
import re

import markdown as md
import nh3

VECKODAGAR = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
MANADER = [
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
]


def datum_text(d: dt.date, veckodag: bool = True) -> str:
    """2025-03-28 → "fredag 28 mars 2025"."""
    text = f"{d.day} {MANADER[d.month - 1]} {d.year}"
    return f"{VECKODAGAR[d.weekday()]} {text}" if veckodag else text


# --- Markdown ------------------------------------------------------------------------------

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
_BARA_TEXT = nh3.Cleaner(tags=set())

# Most text fields are plain paragraphs: words, digits and ordinary punctuation, with no
# character that Markdown gives a meaning and no line that could start a list, a heading or
# code. Their HTML is known without running Markdown, which is most of a sammanträde page's
# rendering time; `enkla_stycken` gives exactly what Markdown would (a test compares them).
_ANNAT_TECKEN = re.compile(r"[^\w \n.,;:?!()%/'\"+=§–—€$@-]|_")
_RADSTART = re.compile(r"^(?:[ +=-]|\d+[.)])|[ ]$", re.M)
_TOMRADER = re.compile(r"\n(?:\n)+")
_TAGG = re.compile(r"<[^>]+>")
_MELLANRUM = re.compile(r"\s+")


def ar_enkla_stycken(text: str) -> bool:
    """True when `text` is only plain paragraphs, which Markdown leaves as they are."""
    return text == text.strip() and not _ANNAT_TECKEN.search(text) and not _RADSTART.search(text)


def enkla_stycken(text: str) -> str | None:
    """The HTML Markdown makes of `text` when it is only plain paragraphs, else None."""
    if not ar_enkla_stycken(text):
        return None
    return "\n".join(f"<p>{stycke}</p>" for stycke in _TOMRADER.split(text))


def markdown_html(text: str | None) -> str:
    """A Markdown text field as sanitised HTML: a secretary's text may contain anything, and the
    site must never carry script or style from it. (The pages wrap it as Markup: `webb.filter`.)"""
    if not text:
        return ""
    html_ = enkla_stycken(text)
    if html_ is None:
        html_ = _MARKDOWN.reset().convert(text)
    return _RENSARE.clean(html_)


def ren_text(markdown_text: str | None) -> str:
    """A Markdown text field as plain words on one line (the search records)."""
    if not markdown_text:
        return ""
    if ar_enkla_stycken(markdown_text.strip()):  # plain paragraphs: the words are the text
        return _MELLANRUM.sub(" ", markdown_text).strip()
    return _MELLANRUM.sub(" ", html.unescape(_TAGG.sub(" ", _MARKDOWN.reset().convert(markdown_text)))).strip()


def textrader(markdown_text: str | None) -> str:
    """A Markdown text field as plain text with its paragraphs and list items on lines of their
    own (a spreadsheet's cell)."""
    if not markdown_text:
        return ""
    html_ = markdown_html(markdown_text).replace("</p>", "\n").replace("</li>", "\n").replace("<br>", "\n")
    rader = (r.strip() for r in html.unescape(_BARA_TEXT.clean(html_)).splitlines())
    return "\n".join(r for r in rader if r)
