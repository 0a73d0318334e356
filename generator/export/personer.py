"""data/fortroendevalda.json, data/omrostningar.json and data/omrostningar.csv, from the persons,
parties and vote events that `register.personer` derives from the published view (and so nothing
from a sekretess § or a webbgallrat protokoll)."""

from __future__ import annotations

import csv
import io
from typing import Any

from generator.export.data import _varde, dokument
from generator.register.personer import Personregister, Rostning
from generator.regler import adresser
from generator.regler.vy import Publicering

CSV_KOLUMNER = ["omrostning", "organ", "datum", "paragraf", "rubrik", "namn", "parti", "rost", "ja", "nej", "avstar", "url"]


def _antal(antal) -> list[dict[str, Any]]:
    return [{"alternativ": a, "antal": n} for a, n in antal]


def fortroendevalda(pub: Publicering, reg: Personregister) -> str:
    w = pub.webbplats.webbadress
    a = lambda adress: adresser.absolut(w, adress)  # noqa: E731
    personer = [
        {
            "id": p.slug, "namn": p.namn, "parti": p.parti, "url": a(p.adress),
            "uppdrag": [
                {"organ": u.organ.slug, "roller": list(u.roller), "forsta": _varde(u.forsta), "sista": _varde(u.sista),
                 "antal_sammantraden": u.antal}
                for u in p.organ
            ],
            "narvaro": [
                {"organ": t.organ.slug, "datum": _varde(t.sammantrade.datum), "sammantrade": a(t.sammantrade.adress),
                 "roll": t.roll, "beslutande": t.beslutande, "ersatter": t.ersatter, "paragrafer": _varde(t.paragrafer)}
                for t in p.tillfallen
            ],
            "medverkan": [
                {"typ": m.typ, "organ": m.sammantrade.organ.slug, "datum": _varde(m.sammantrade.datum), "paragraf": m.nr,
                 "rubrik": m.rubrik, "text": m.text, "url": a(m.adress)}
                for m in p.medverkan
            ],
            "roster": [{"omrostning": r.id, "alternativ": alt, "url": a(r.adress)} for r, alt in p.roster],
        }
        for p in reg.personer
    ]
    partier = [
        {
            "id": x.slug, "kortnamn": x.kortnamn, "namn": x.namn, "url": a(x.adress),
            "personer": [p.slug for p in x.personer],
            "omrostningar": [{"omrostning": r.id, "antal": _antal(g.antal), "enig": g.enig} for r, g in x.roster],
        }
        for x in reg.partier
    ]
    return dokument("fortroendevalda", w, {"per_datum": _varde(pub.datum), "personer": personer, "partier": partier})


def _rostning(w: str, r: Rostning) -> dict[str, Any]:
    a = lambda adress: adresser.absolut(w, adress)  # noqa: E731
    return {
        "id": r.id, "organ": r.sammantrade.organ.slug, "datum": _varde(r.sammantrade.datum),
        "sammantrade": a(r.sammantrade.adress), "paragraf": r.nr, "rubrik": r.rubrik, "motion": r.motion,
        "resultat": r.resultat, "antal": _antal(r.antal),
        "roster": [{"person": x.person.slug, "namn": x.person.namn, "parti": x.person.parti, "alternativ": x.alternativ}
                   for x in r.roster],
        "grupper": [{"parti": g.parti, "antal": _antal(g.antal), "enig": g.enig} for g in r.grupper],
        "url": a(r.adress),
    }


def omrostningar(pub: Publicering, reg: Personregister) -> str:
    w = pub.webbplats.webbadress
    data = {"per_datum": _varde(pub.datum), "omrostningar": [_rostning(w, r) for r in reg.rostningar]}
    return dokument("omrostningar", w, data)


def omrostningar_csv(pub: Publicering, reg: Personregister) -> bytes:
    """One row per person's vote, semicolon-separated UTF-8 with BOM, like paragrafer.csv."""
    w = pub.webbplats.webbadress
    ut = io.StringIO()
    skrivare = csv.writer(ut, delimiter=";", lineterminator="\r\n")
    skrivare.writerow(CSV_KOLUMNER)
    for r in reg.rostningar:
        antal = dict(r.antal)
        for x in r.roster:
            skrivare.writerow([
                r.id, r.sammantrade.organ.namn, r.sammantrade.datum.isoformat(), r.nr, r.rubrik or "",
                x.person.namn, x.person.parti or "", x.alternativ, antal["ja"], antal["nej"], antal["avstår"],
                adresser.absolut(w, r.adress),
            ])
    return ut.getvalue().encode("utf-8-sig")
