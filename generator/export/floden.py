"""RSS 2.0 and Atom feeds (feedgen): the anslagstavla, each organ, and styrdokument.

Every entry's id is the address of what it announces, so it does not change
between builds; every time comes from the content (a date at midnight in
Europe/Stockholm), never from the clock, so two builds of the same content
write the same bytes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from feedgen.feed import FeedGenerator

from generator.regler import adresser
from generator.regler import lagrum
from generator.regler.vy import Publicering
from generator.text import datum_text

MAX_POSTER = 100


@dataclass(frozen=True)
class Post:
    id: str
    titel: str
    lank: str
    datum: dt.date
    text: str


@dataclass(frozen=True)
class Flode:
    namn: str  # file name part: "anslagstavla", "styrdokument" or an organ's slug
    titel: str
    beskrivning: str
    sida: str  # the page the feed follows
    poster: list[Post]


def _tid(d: dt.date) -> dt.datetime:
    return dt.datetime.combine(d, dt.time(0, 0), tzinfo=lagrum.STOCKHOLM)


def anslagstavlan(pub: Publicering) -> Flode:
    a = lambda adress: adresser.absolut(pub.webbplats.webbadress, adress)  # noqa: E731
    poster = []
    for t in pub.anslagstavla:
        rader = [f"Tillkännagivet {datum_text(t.tillkannagiven)}."]
        if t.frister:
            rader.append(f"Sista dag att överklaga: {datum_text(t.frister.overklagande_sista_dag)}.")
        if t.forvaringsplats:
            rader.append(f"Protokollets förvaringsplats: {t.forvaringsplats}.")
        if t.avpubliceras:
            rader.append(f"Tas ner från anslagstavlan {datum_text(t.avpubliceras)}.")
        poster.append(Post(a(f"{adresser.ANSLAGSTAVLA}#{t.id}"), t.rubrik, a(f"{adresser.ANSLAGSTAVLA}#{t.id}"), t.tillkannagiven, " ".join(rader)))
    kommun = pub.webbplats.kommun
    return Flode("anslagstavla", f"Anslagstavlan – {kommun}", f"Nya tillkännagivanden på {kommun}s digitala anslagstavla.", a(adresser.ANSLAGSTAVLA), poster)


def organ(pub: Publicering, o) -> Flode:
    a = lambda adress: adresser.absolut(pub.webbplats.webbadress, adress)  # noqa: E731
    poster = []
    for p in pub.sammantraden_for(o):
        nar = datum_text(p.datum)
        if p.kallelse is not None:
            poster.append(Post(a(p.adress + "#kallelse"), f"Kallelse: {o.namn} {nar}", a(p.adress + "#kallelse"), p.kallelse.utfardad,
                               f"{o.namn} sammanträder {nar} kl. {p.tid:%H.%M}, {p.plats}."))
        if p.protokoll is not None:
            justerad = p.protokoll.justering.datum
            poster.append(Post(a(p.adress + "#protokoll"), f"Protokoll justerat: {o.namn} {nar}", a(p.adress + "#protokoll"), justerad,
                               f"Protokollet från {nar} justerades {datum_text(justerad)}. "
                               f"Sista dag att överklaga: {datum_text(p.protokoll.frister.overklagande_sista_dag)}."))
    return Flode(o.slug, f"{o.namn} – {pub.webbplats.kommun}", f"Nya kallelser och justerade protokoll från {o.namn}.", a(adresser.organ(o)), poster)


def styrdokument(pub: Publicering) -> Flode:
    a = lambda adress: adresser.absolut(pub.webbplats.webbadress, adress)  # noqa: E731
    poster = []
    for d in pub.styrdokument:
        dok, sida = d, a(d.adress)
        slag = "Reviderat" if dok.ersatter else "Nytt"
        poster.append(Post(sida + "#beslutat", f"{slag} styrdokument: {dok.titel}", sida, dok.beslutsdatum,
                           f"Beslutat {datum_text(dok.beslutsdatum)}" + (f", gäller från {datum_text(dok.giltig_fran)}." if dok.giltig_fran else ".")))
        if d.status == "upphävd":
            poster.append(Post(sida + "#upphavt", f"Upphävt styrdokument: {dok.titel}", sida, dok.upphavd, f"Upphävt från och med {datum_text(dok.upphavd)}."))
    kommun = pub.webbplats.kommun
    return Flode("styrdokument", f"Styrdokument – {kommun}", f"Nya, reviderade och upphävda styrdokument i {kommun}.", a(adresser.STYRDOKUMENT), poster)


def alla_floden(pub: Publicering) -> list[Flode]:
    return [anslagstavlan(pub), styrdokument(pub), *(organ(pub, o) for o in pub.organ)]


def skriv(pub: Publicering, flode: Flode) -> dict[str, bytes]:
    """The feed as RSS 2.0 and Atom: {address: bytes}."""
    poster = sorted(flode.poster, key=lambda p: (p.datum, p.id), reverse=True)[:MAX_POSTER]
    fg = FeedGenerator()
    fg.id(flode.sida)
    fg.title(flode.titel)
    fg.subtitle(flode.beskrivning)
    fg.description(flode.beskrivning)
    fg.link(href=flode.sida, rel="alternate")
    fg.language("sv")
    fg.generator("Nämndsajt")
    # The newest entry's date, else the build date: never the clock.
    fg.updated(_tid(poster[0].datum if poster else pub.datum))
    for p in reversed(poster):
        e = fg.add_entry()  # feedgen prepends, so add oldest first
        e.id(p.id)
        e.guid(p.id, permalink=False)
        e.title(p.titel)
        e.link(href=p.lank)
        e.published(_tid(p.datum))
        e.updated(_tid(p.datum))
        e.description(p.text)
        e.content(p.text, type="text")
    return {
        adresser.flode(flode.namn, "rss"): fg.rss_str(pretty=True),
        adresser.flode(flode.namn, "atom"): fg.atom_str(pretty=True),
    }
