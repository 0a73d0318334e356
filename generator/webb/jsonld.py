"""schema.org JSON-LD for search engines, one object per page kind where a type fits.

- the start page: the kommun as a `GovernmentOrganization`;
- a sammanträde: an `Event` (Google requires `name`, `startDate` and `location`), with its end,
  its place as a `Place` with an address, the organ as organizer, `eventStatus` (a cancelled
  meeting is `EventCancelled`) and the kallelse and protokoll as `subjectOf` where published;
- a styrdokument: `Legislation` with its type, date, who passed it, whether it is in force and
  the document it replaces (`legislationChanges`: schema.org has no property for "replaced by");
- every page with a path: a `BreadcrumbList`.

Everything is built from what the page itself shows (the publishing view), so nothing withheld
can reach it. Times carry the Swedish offset of that day (CET or CEST).
"""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

from markupsafe import Markup

SVERIGE = ZoneInfo("Europe/Stockholm")
SCHEMA = "https://schema.org"

# lagrum.styrdokument_status → legislationLegalForce
_GILTIGHET = {
    "gällande": "InForce",
    "kommande": "NotInForce",
    "upphävd": "NotInForce",
    "utgången": "NotInForce",
}


def tidpunkt(datum: dt.date, tid: dt.time | None) -> str:
    """An ISO 8601 date-time with the Swedish offset of that day; a date alone without a time."""
    if tid is None:
        return datum.isoformat()
    return dt.datetime.combine(datum, tid, SVERIGE).isoformat()


def organisation(namn: str, url: str, *, e_post: str | None = None, telefon: str | None = None,
                 adress: str | None = None, logotyp: str | None = None) -> dict:
    data: dict = {"@context": SCHEMA, "@type": "GovernmentOrganization", "name": namn, "url": url}
    if e_post:
        data["email"] = e_post
    if telefon:
        data["telephone"] = telefon
    if adress:
        data["address"] = adress
    if logotyp:
        data["logo"] = logotyp
    return data


def sammantrade(*, namn: str, url: str, datum: dt.date, tid: dt.time | None, sluttid: dt.time | None,
                plats: str, organ: str, organ_url: str, kommun: str, installt: bool,
                dokument: list[tuple[str, str]]) -> dict:
    """`dokument`: (name, url) of the published kallelse and protokoll."""
    data: dict = {
        "@context": SCHEMA,
        "@type": "Event",
        "name": namn,
        "url": url,
        "startDate": tidpunkt(datum, tid),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "eventStatus": "https://schema.org/EventCancelled" if installt else "https://schema.org/EventScheduled",
        "location": {"@type": "Place", "name": plats, "address": {
            "@type": "PostalAddress", "streetAddress": plats, "addressCountry": "SE"}},
        "organizer": {"@type": "GovernmentOrganization", "name": organ, "url": organ_url,
                      "parentOrganization": {"@type": "GovernmentOrganization", "name": kommun}},
    }
    if sluttid is not None:
        data["endDate"] = tidpunkt(datum, sluttid)
    if dokument:
        data["subjectOf"] = [{"@type": "DigitalDocument", "name": n, "url": u} for n, u in dokument]
    return data


def styrdokument(*, titel: str, url: str, typ: str, beslutsdatum: dt.date, beslutad_av: str | None,
                 status: str, giltig_fran: dt.date | None, giltig_till: dt.date | None,
                 fil_url: str | None, ersatter: tuple[str, str] | None) -> dict:
    data: dict = {
        "@context": SCHEMA,
        "@type": "Legislation",
        "name": titel,
        "url": url,
        "legislationType": typ,
        "legislationDate": beslutsdatum.isoformat(),
        "legislationLegalForce": _GILTIGHET[status],
        "inLanguage": "sv",
    }
    if beslutad_av:
        data["legislationPassedBy"] = {"@type": "GovernmentOrganization", "name": beslutad_av}
    if giltig_fran:
        data["legislationDateVersion"] = giltig_fran.isoformat()
    if giltig_till:
        data["expires"] = giltig_till.isoformat()
    if fil_url:
        data["encoding"] = {"@type": "MediaObject", "contentUrl": fil_url, "encodingFormat": "application/pdf"}
    if ersatter:
        # The document this one replaces: its changes are what this one legislates.
        data["legislationChanges"] = {"@type": "Legislation", "name": ersatter[0], "url": ersatter[1]}
    return data


def brodsmulor(steg: list[tuple[str, str]]) -> dict:
    """`steg`: (name, absolute url) from the start page to this page."""
    return {
        "@context": SCHEMA,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": i, "name": n, "item": u} for i, (n, u) in enumerate(steg, 1)
        ],
    }


def skript(data: dict | list[dict]) -> Markup:
    """A `<script type="application/ld+json">` element; `<`, `>` and `&` are escaped so that no text
    can end the script element early."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(f'<script type="application/ld+json">{text}</script>')
