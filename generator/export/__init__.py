"""Export: open data, feeds and calendars, written into the built site.

Every file reads the same published view (`regler.vy.Publicering`) as the
pages, and nothing else, so nothing that the publishing rules withhold can
reach a data file.
"""

from __future__ import annotations

import json
from pathlib import Path

from generator.regler import adresser
from generator.regler.vy import Publicering
from generator.export import data
from generator.export import dcat
from generator.export import floden
from generator.export import kalender
from generator.export import personer
from generator.register.personer import personregister
from generator.export import tabell


def alla_filer(pub: Publicering) -> dict[str, bytes]:
    """Every export file: {address under the site root: content}."""
    webbadress = pub.webbplats.webbadress
    filer: dict[str, bytes] = {}
    for namn in data.SCHEMAN:
        schema = data.json_schema(namn, webbadress)
        filer[adresser.data_schema(namn)] = (json.dumps(schema, ensure_ascii=False, indent=2) + "\n").encode()
    filer[adresser.DATA_INDEX] = data.index(pub).encode()
    filer[adresser.DATA_ANSLAG] = data.anslag(pub).encode()
    for p in pub.sammantraden:
        filer[adresser.data_sammantrade(p)] = data.sammantrade(pub, p).encode()
    for d in pub.styrdokument:
        filer[adresser.data_styrdokument(d)] = data.styrdokument(pub, d).encode()
    filer[adresser.DATA_PARAGRAFER_CSV] = tabell.paragrafer_csv(pub)
    reg = personregister(pub)
    filer[adresser.DATA_FORTROENDEVALDA] = personer.fortroendevalda(pub, reg).encode()
    filer[adresser.DATA_OMROSTNINGAR] = personer.omrostningar(pub, reg).encode()
    filer[adresser.DATA_OMROSTNINGAR_CSV] = personer.omrostningar_csv(pub, reg)
    for f in floden.alla_floden(pub):
        filer.update(floden.skriv(pub, f))
    filer.update(kalender.alla_kalendrar(pub))
    # Last: the catalogue describes exactly the files above.
    filer[dcat.ADRESS] = dcat.katalog(_dcat_fakta(pub), list(filer))
    return filer


def _dcat_fakta(pub: Publicering) -> dcat.Fakta:
    w = pub.webbplats
    datum = [p.datum for p in pub.sammantraden]
    return dcat.Fakta(
        kommun=w.kommun, webbadress=w.webbadress, beskrivning=None, organisationsnummer=w.organisationsnummer,
        e_post=w.kontakt.e_post, telefon=w.kontakt.telefon, licens=w.datalicens.url, byggdatum=pub.datum,
        forsta=min(datum, default=None), sista=max(datum, default=None),
    )


def exportera(pub: Publicering, site: Path) -> int:
    """Write every export file under `site`; returns how many."""
    filer = alla_filer(pub)
    for adress, innehall in filer.items():
        mal = site / adress
        mal.parent.mkdir(parents=True, exist_ok=True)
        mal.write_bytes(innehall)
    return len(filer)
