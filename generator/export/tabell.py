"""data/paragrafer.csv: one row per public § for a spreadsheet.

Semicolon-separated UTF-8 with a byte order mark, which is what Excel with
Swedish settings opens correctly (comma is the decimal sign in Swedish).
"""

from __future__ import annotations

import csv
import io

from generator.regler import adresser
from generator.regler.vy import Publicering
from generator.text import textrader

KOLUMNER = ["organ", "datum", "nr", "rubrik", "dnr", "beslut", "url"]


def paragrafer_csv(pub: Publicering) -> bytes:
    webbadress = pub.webbplats.webbadress
    ut = io.StringIO()
    skrivare = csv.writer(ut, delimiter=";", lineterminator="\r\n")
    skrivare.writerow(KOLUMNER)
    for p in pub.sammantraden:
        for x in p.offentliga_paragrafer:
            skrivare.writerow([
                p.organ.namn,
                p.datum.isoformat(),
                x.nr,
                x.rubrik,
                "; ".join(x.dnr),
                textrader(x.beslut),
                adresser.absolut(webbadress, adresser.paragraf(p, x.nr)),
            ])
    return ut.getvalue().encode("utf-8-sig")
