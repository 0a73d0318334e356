"""Jinja filters for the templates: Swedish dates and safe Markdown (the text itself is `generator.text`)."""

from __future__ import annotations

import datetime as dt

from markupsafe import Markup

from generator.innehall.identitet import slug
from generator.innehall.modell import paragrafserie
from generator.regler import adresser
from generator.text import datum_text, markdown_html


def datum(d: dt.date | None, veckodag: bool = True) -> Markup:
    """A date for people, inside <time datetime="ÅÅÅÅ-MM-DD">."""
    if d is None:
        return Markup("")
    return Markup('<time datetime="{}">{}</time>').format(d.isoformat(), datum_text(d, veckodag))


def klockslag(t: dt.time | None) -> str:
    return "" if t is None else t.strftime("%H.%M")


def markdown(text: str | None) -> Markup:
    """A Markdown text field as sanitised HTML, which the templates show as it is."""
    return Markup(markdown_html(text))


FILTER = {"filnamn": adresser.filnamn, "datum": datum, "klockslag": klockslag, "markdown": markdown, "paragrafserie": paragrafserie, "partislug": slug}
