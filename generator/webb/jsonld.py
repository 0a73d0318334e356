"""schema.org JSON-LD for search engines, one object per page kind where a type fits.

- the start page: the kommun as a `GovernmentOrganization`;
- a sammanträde: an `Event` (Google requires `name`, `startDate` and `location`), with its end,
  its place as a `Place` with an address, the organ as organizer, `eventStatus` (a cancelled
  meeting is `EventCancelled`), the kallelse as `subjectOf` and the protokoll as `recordedIn`
  once each is published;
- a styrdokument: `Legislation` with its type, date, who passed it, whether it is in force and
  the document it replaces (`legislationChanges`);
- every page below the start page: a `BreadcrumbList`.

Everything is read from the page's own data, which is the published view (`regler.vy`): what the
rules withhold is not there to leak. Times carry the Swedish offset of that day (CET or CEST).
Keys are sorted, so two builds give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

from markupsafe import Markup

from generator.regler import adresser
from generator.regler.vy import Publicering, PubliceratSammantrade, PubliceratStyrdokument
from generator.text import datum_text
from generator.webb.sidor import Partisida, Personsida, Sammantradessida, Sida, Startsida, Styrdokumentsida

SVERIGE = ZoneInfo("Europe/Stockholm")
SCHEMA = "https://schema.org"

# lagrum.styrdokument_status → legislationLegalForce
GILTIGHET = {"gällande": "InForce", "kommande": "NotInForce", "upphävd": "NotInForce", "utgången": "NotInForce"}


def tidpunkt(datum: dt.date, tid: dt.time | None) -> str:
    """ISO 8601 with the Swedish offset of that day; the date alone without a time."""
    if tid is None:
        return datum.isoformat()
    return dt.datetime.combine(datum, tid, SVERIGE).isoformat()


def for_sida(sida: Sida, pub: Publicering) -> Markup:
    """The `<script type="application/ld+json">` elements of one page (nothing for a page
    without a type that fits)."""
    url = _absolut(pub, sida.adress)
    objekt: list[dict[str, Any]] = []
    vy = sida.vy
    if isinstance(vy, Startsida):
        objekt.append(kommunen(pub))
    elif isinstance(vy, Sammantradessida):
        objekt.append(sammantrade(vy.p, pub, url))
    elif isinstance(vy, Styrdokumentsida):
        objekt.append(styrdokument(vy.d, vy.ersatter, vy.beslutsinstans.namn if vy.beslutsinstans else None, pub, url))
    if sida.adress != adresser.START:
        objekt.append(brodsmulor(_stig(sida, pub), pub))
    return Markup("\n").join(skript(o) for o in objekt)


def kommunen(pub: Publicering) -> dict[str, Any]:
    w = pub.webbplats
    data: dict[str, Any] = {"@context": SCHEMA, "@type": "GovernmentOrganization", "name": w.kommun,
                            "url": w.kontakt.webbplats or w.webbadress}
    if w.kontakt.e_post:
        data["email"] = w.kontakt.e_post
    if w.kontakt.telefon:
        data["telephone"] = w.kontakt.telefon
    if w.kontakt.adress:
        data["address"] = w.kontakt.adress
    if w.organisationsnummer:
        data["identifier"] = w.organisationsnummer
    if pub.logotyp is not None:
        data["logo"] = _absolut(pub, f"assets/logotyp{pub.logotyp.suffix.lower()}")
    data["subOrganization"] = [
        {"@type": "GovernmentOrganization", "name": o.namn, "url": _absolut(pub, adresser.organ(o))} for o in pub.organ
    ]
    return data


def sammantrade(p: PubliceratSammantrade, pub: Publicering, url: str) -> dict[str, Any]:
    kommun = pub.webbplats.kommun
    data: dict[str, Any] = {
        "@context": SCHEMA,
        "@type": "Event",
        "name": f"{p.organ.namn}, sammanträde {datum_text(p.datum, veckodag=False)}",
        "url": url,
        "inLanguage": "sv",
        "startDate": tidpunkt(p.datum, p.tid),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "eventStatus": "https://schema.org/EventCancelled" if p.status == "inställt" else "https://schema.org/EventScheduled",
        "location": {"@type": "Place", "name": p.plats, "address": {
            "@type": "PostalAddress", "streetAddress": p.plats,
            "addressLocality": kommun.removesuffix(" kommun"), "addressCountry": "SE"}},
        "organizer": {"@type": "GovernmentOrganization", "name": p.organ.namn,
                      "url": _absolut(pub, adresser.organ(p.organ)),
                      "parentOrganization": {"@type": "GovernmentOrganization", "name": kommun}},
    }
    if p.sluttid is not None:
        data["endDate"] = tidpunkt(p.datum, p.sluttid)
    if p.kallelse is not None:
        data["subjectOf"] = {"@type": "CreativeWork", "name": f"Kallelse, {p.organ.namn} {datum_text(p.datum, veckodag=False)}",
                             "url": url + "#kallelse", "datePublished": p.kallelse.utfardad.isoformat()}
    if p.protokoll is not None:
        protokoll: dict[str, Any] = {
            "@type": "CreativeWork", "name": f"Protokoll, {p.organ.namn} {datum_text(p.datum, veckodag=False)}",
            "url": url + "#protokoll", "datePublished": p.protokoll.justering.datum.isoformat()}
        if p.protokoll.fil is not None and p.protokoll.fil.adress:
            protokoll["encoding"] = {"@type": "MediaObject", "contentUrl": _absolut(pub, p.protokoll.fil.adress),
                                     "encodingFormat": "application/pdf"}
        data["recordedIn"] = protokoll
    return data


def styrdokument(d: PubliceratStyrdokument, ersatter: PubliceratStyrdokument | None, beslutad_av: str | None,
                 pub: Publicering, url: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": SCHEMA,
        "@type": "Legislation",
        "name": d.titel,
        "url": url,
        "inLanguage": "sv",
        "legislationType": d.typ,
        "legislationDate": d.beslutsdatum.isoformat(),
        "legislationJurisdiction": pub.webbplats.kommun,
        "legislationLegalForce": GILTIGHET[d.status],
        "legislationPassedBy": {"@type": "GovernmentOrganization", "name": beslutad_av or d.beslutad_av},
    }
    if d.giltig_fran:
        data["legislationDateVersion"] = d.giltig_fran.isoformat()
    if d.upphavd or d.giltig_till:
        data["expires"] = (d.upphavd or d.giltig_till).isoformat()
    if d.dnr:
        data["legislationIdentifier"] = d.dnr[0]
    if d.fil is not None and d.fil.adress:
        data["encoding"] = {"@type": "MediaObject", "contentUrl": _absolut(pub, d.fil.adress),
                            "encodingFormat": "application/pdf"}
    if ersatter is not None:
        data["legislationChanges"] = {"@type": "Legislation", "name": ersatter.titel,
                                      "url": _absolut(pub, ersatter.adress)}
    return data


def brodsmulor(stig: list[tuple[str, str]], pub: Publicering) -> dict[str, Any]:
    """`stig`: (name, address in the site) from the start page to this page."""
    return {
        "@context": SCHEMA,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": i, "name": namn, "item": _absolut(pub, adress)}
            for i, (namn, adress) in enumerate(stig, 1)
        ],
    }


def _stig(sida: Sida, pub: Publicering) -> list[tuple[str, str]]:
    stig = [("Start", adresser.START)]
    vy = sida.vy
    if isinstance(vy, Sammantradessida):
        stig.append((vy.organ.namn, adresser.organ(vy.organ)))
    elif isinstance(vy, Styrdokumentsida):
        stig.append(("Styrdokument", adresser.STYRDOKUMENT))
    elif isinstance(vy, (Personsida, Partisida)):
        stig.append(("Förtroendevalda", adresser.FORTROENDEVALDA))
    return [*stig, (sida.titel, sida.adress)]


def _absolut(pub: Publicering, adress: str) -> str:
    return adresser.absolut(pub.webbplats.webbadress, adress)


def skript(data: dict[str, Any]) -> Markup:
    """One `<script type="application/ld+json">`; `<`, `>` and `&` are escaped as JSON escapes, so
    no text of a secretary's can end the element early."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(f'<script type="application/ld+json">{text}</script>')
