"""iCalendar (icalendar): every sammanträde, and one calendar per organ.

Times are Europe/Stockholm with a VTIMEZONE; UIDs are built from organ and
sammanträde so they never change; an inställt sammanträde is
STATUS:CANCELLED. DTSTAMP is the build date at midnight UTC (the one
timestamp that is not taken from the content).
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from icalendar import Calendar, Event

from generator.regler import adresser
from generator.regler import lagrum
from generator.regler.vy import PubliceratSammantrade, Publicering


def _handelse(pub: Publicering, p: PubliceratSammantrade) -> Event:
    webbadress = pub.webbplats.webbadress
    sida = adresser.absolut(webbadress, p.adress)
    e = Event()
    e.add("uid", f"{p.organ.slug}-{p.id}@{urlsplit(webbadress).hostname}")
    e.add("dtstamp", dt.datetime.combine(pub.datum, dt.time(0, 0), tzinfo=dt.timezone.utc))
    e.add("dtstart", dt.datetime.combine(p.datum, p.tid, tzinfo=lagrum.STOCKHOLM))
    if p.sluttid is not None:
        e.add("dtend", dt.datetime.combine(p.datum, p.sluttid, tzinfo=lagrum.STOCKHOLM))
    installt = p.status == "inställt"
    e.add("summary", f"{p.organ.namn} sammanträder" + (" (inställt)" if installt else ""))
    e.add("location", p.plats)
    e.add("url", sida)
    beskrivning = f"Kallelse, handlingar och protokoll: {sida}"
    if installt and p.kommentar:
        beskrivning = f"Sammanträdet är inställt. {p.kommentar}\n{beskrivning}"
    e.add("description", beskrivning)
    e.add("status", "CANCELLED" if installt else "CONFIRMED")
    return e


def kalender(pub: Publicering, namn: str, titel: str, sammantraden: list[PubliceratSammantrade]) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//Nämndsajt//Sammanträden//SV")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", titel)
    cal.add("x-wr-timezone", "Europe/Stockholm")
    for p in sorted(sammantraden, key=lambda p: (p.datum, p.organ.slug, p.id)):
        cal.add_component(_handelse(pub, p))
    cal.add_missing_timezones()
    return cal.to_ical()


def alla_kalendrar(pub: Publicering) -> dict[str, bytes]:
    kommun = pub.webbplats.kommun
    ut = {adresser.kalender("sammantraden"): kalender(pub, "sammantraden", f"Sammanträden – {kommun}", pub.sammantraden)}
    for o in pub.organ:
        ut[adresser.kalender(o.slug)] = kalender(pub, o.slug, f"{o.namn} – {kommun}", pub.sammantraden_for(o))
    return ut
