"""data/paragrafer.csv: one row per public § for a spreadsheet.

Semicolon-separated UTF-8 with a byte order mark, which is what Excel with
Swedish settings opens correctly (comma is the decimal sign in Swedish).
"""

from __future__ import annotations

import csv
import html
import io

import nh3

from generator.regler import adresser
from generator.regler.publicering import Publicering
from generator.webb.filter import markdown

_BARA_TEXT = nh3.Cleaner(tags=set())  # built once, as in webb.filter

KOLUMNER = ["organ", "datum", "nr", "rubrik", "dnr", "beslut", "url"]


def ren_text(text: str | None) -> str:
    """Markdown → plain text: paragraphs and list items on lines of their own."""
    if not text:
        return ""
    html_ = str(markdown(text)).replace("</p>", "\n").replace("</li>", "\n").replace("<br>", "\n")
    rader = (r.strip() for r in html.unescape(_BARA_TEXT.clean(html_)).splitlines())
    return "\n".join(r for r in rader if r)


def paragrafer_csv(pub: Publicering) -> bytes:
    webbadress = pub.innehall.webbplats.webbadress
    ut = io.StringIO()
    skrivare = csv.writer(ut, delimiter=";", lineterminator="\r\n")
    skrivare.writerow(KOLUMNER)
    for p in pub.sammantraden:
        s = p.sammantrade
        for x in p.paragrafer:
            if x.sekretess:
                continue  # OSL (2009:400): nothing of a sekretess § but its number
            skrivare.writerow([
                s.organ.namn,
                s.datum.isoformat(),
                x.nr,
                x.rubrik,
                "; ".join(x.dnr),
                ren_text(x.beslut),
                adresser.absolut(webbadress, adresser.paragraf(s, x.nr)),
            ])
    return ut.getvalue().encode("utf-8-sig")
