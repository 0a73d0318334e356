"""The register of what can be found: one post per thing a person would cite.

A post is one § of a protokoll, one item of a föredragningslista, one PDF
handling, one styrdokument or one anslag. The ärende pages (`arenden`) and the
search index (`sokindex`) both read this register, so they always agree.

It is built once, by the register stage (`register.registrera`), from the
published view (`regler.vy`) and from nothing else, and it belongs to that view
(`Publicering.register`): a § is here only if the view shows it (justerat, or
omedelbart justerat), an item only once its kallelse is out, a file only if the
view publishes it. The view has no content for a sekretess § to put here; the
föredragningslista item that leads to one is left out too (the view marks it),
and a handling under sekretess has no file to read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from generator.regler import adresser
from generator.regler.vy import (
    Fil, Organ, Post, Publicering, PubliceratSammantrade, PubliceratStyrdokument, Tillkannagivande,
)
from generator.text import datum_text

PARAGRAF = "paragraf"
KALLELSE = "kallelse"
HANDLING = "handling"
STYRDOKUMENT = "styrdokument"
ANSLAG = "anslag"

# As the search page shows them (the filter "Dokumenttyp").
TYPNAMN = {
    PARAGRAF: "Paragraf",
    KALLELSE: "Kallelse",
    HANDLING: "Handling",
    STYRDOKUMENT: "Styrdokument",
    ANSLAG: "Anslag",
}


def _mote(organ: Organ, datum: dt.date) -> str:
    return f"{organ.namn} {datum_text(datum, veckodag=False)}"


@dataclass
class _Plats:
    """Where handlingar are filed: a sammanträde or an anslag."""

    namn: str  # ends a handling's title: "Socialnämnden 18 november 2026"
    sammanhang: str  # the name of the page: "Socialnämnden 18 november 2026" or "Anslag: …"
    sida: str  # that page's address
    datum: dt.date
    organ: Organ | None
    sammantrade: bool = False


@dataclass
class _Handlingspost:
    """A handling's post while the register is built: its dnr grow with every filing."""

    post: Post
    dnr: list[str]


class _Register:
    def __init__(self, filer: list[Fil]):
        self.kallor: dict[str, Path] = {}
        for f in filer:
            self.kallor.setdefault(f.adress, f.kalla)
        self.poster: list[Post | _Handlingspost] = []
        self._handlingar: dict[str, _Handlingspost] = {}

    def handlingar(self, lista, dnr: tuple[str, ...], plats: _Plats) -> list[_Handlingspost]:
        """The published handlingar of one § or item, each a post once however often it is filed."""
        ut = []
        for h in lista:
            if h.sekretess or h.adress is None:
                continue
            post = self._handlingar.get(h.adress)
            if post is None:
                post = _Handlingspost(Post(
                    id=h.adress, typ=HANDLING, titel=f"{h.titel} (PDF) – {plats.namn}", rubrik=f"{h.titel} (PDF)",
                    adress=h.adress, datum=plats.datum, organ=plats.organ, text=(h.titel,), pdf=self.kallor[h.adress],
                    sammanhang=(plats.sammanhang, plats.sida), sida=plats.sida if plats.sammantrade else None,
                ), [])
                self._handlingar[h.adress] = post
                self.poster.append(post)
            for d in dnr:
                if d not in post.dnr:
                    post.dnr.append(d)
            ut.append(post)
        return ut

    def lagg_till(self, post: Post, handlingar: list[_Handlingspost], titlar_i_texten: bool = True) -> None:
        """A post with the handlingar filed under it (the titles of a § or item's are part of its text)."""
        self.poster.append((post, handlingar, titlar_i_texten))

    def sammantrade(self, p: PubliceratSammantrade) -> None:
        organ, datum = p.organ, p.datum
        mote = _mote(organ, datum)
        plats = _Plats(mote, mote, p.adress, datum, organ, sammantrade=True)
        if p.kallelse is not None:
            for a in p.kallelse.foredragningslista:
                if a.till_sekretessparagraf:
                    continue
                post = Post(
                    id=f"{organ.slug}-{p.id}-punkt-{a.nr}", typ=KALLELSE,
                    titel=f"Kallelse punkt {a.nr}: {a.rubrik} – {mote}", rubrik=f"Kallelse punkt {a.nr}: {a.rubrik}",
                    adress=f"{p.adress}#punkt-{a.nr}", datum=datum, organ=organ, dnr=a.dnr,
                    text=(a.rubrik, a.beskrivning or "", a.foredragande or ""), sida=p.adress,
                )
                self.lagg_till(post, self.handlingar(a.handlingar, post.dnr, plats))
        for x in p.offentliga_paragrafer:
            rubrik = f"§ {x.nr} {x.rubrik}"
            text = [x.rubrik or "", x.beslut or "", x.arendebeskrivning or ""]
            text += [f"{y.namn} {y.parti or ''}: {y.text}" for y in x.yrkanden]
            text.append(x.propositionsordning or "")
            if x.omrostning is not None:
                text.append(x.omrostning.resultat)
            for st in [*x.reservationer, *x.protokollsanteckningar, *x.jav]:
                text.append(f"{st.namn} {st.parti or ''} {st.text or ''}")
            text += [*x.beslutsunderlag, *x.skickas_till]
            post = Post(
                id=f"{organ.slug}-{p.id}-paragraf-{x.nr}", typ=PARAGRAF, titel=f"{rubrik} – {mote}", rubrik=rubrik,
                adress=adresser.paragraf(p, x.nr), datum=datum, organ=organ, dnr=x.dnr, text=tuple(text),
                sida=p.adress,
            )
            self.lagg_till(post, self.handlingar(x.handlingar, post.dnr, plats))
        if p.protokoll is not None and p.protokoll.fil is not None:
            self.handlingar([p.protokoll.fil], (), plats)

    def styrdokument(self, d: PubliceratStyrdokument, organ: Organ | None) -> None:
        self.poster.append(Post(
            id=f"styrdokument-{d.id}", typ=STYRDOKUMENT, titel=d.titel, rubrik=d.titel, adress=d.adress,
            datum=d.beslutsdatum, organ=organ, dnr=d.dnr, text=(d.titel, d.typ, d.beskrivning or ""),
            pdf=None if d.fil is None else self.kallor[d.fil.adress], status=d.status,
        ))

    def anslag(self, t: Tillkannagivande) -> None:
        sida = f"{adresser.ANSLAGSTAVLA}#{t.id}"
        post = Post(
            id=t.id, typ=ANSLAG, titel=f"{t.rubrik} – anslagstavlan", rubrik=t.rubrik, adress=sida,
            datum=t.tillkannagiven, organ=t.organ, text=(t.rubrik, t.text),
        )
        plats = _Plats(f"anslag: {t.rubrik}", f"Anslag: {t.rubrik}", sida, t.tillkannagiven, t.organ)
        self.lagg_till(post, self.handlingar(t.bilagor, (), plats), titlar_i_texten=False)

    def klar(self) -> list[Post]:
        """The frozen posts, in the order they were added."""
        handlingar = {h.post.id: replace(h.post, dnr=tuple(h.dnr)) for h in self._handlingar.values()}
        ut = []
        for x in self.poster:
            if isinstance(x, _Handlingspost):
                ut.append(handlingar[x.post.id])
            elif isinstance(x, tuple):
                post, hs, titlar_i_texten = x
                filade = tuple(handlingar[h.post.id] for h in hs)
                text = post.text + tuple(h.rubrik for h in filade) if titlar_i_texten else post.text
                ut.append(replace(post, handlingar=filade, text=text))
            else:
                ut.append(x)
        return ut


def forteckning(pub: Publicering) -> list[Post]:
    """Every published thing a person can find, in the order of the content."""
    reg = _Register(pub.filer)
    for p in pub.sammantraden:
        reg.sammantrade(p)
    for d in pub.styrdokument:
        reg.styrdokument(d, pub.organ_med_slug(d.beslutad_av))
    for t in pub.anslagstavla:
        if t.anslag is not None:
            reg.anslag(t)
    return reg.klar()
