"""The register of what can be found: one post per thing a person would cite.

A post is one § of a protokoll, one item of a föredragningslista, one PDF
handling, one styrdokument or one anslag. The ärende pages (`arenden`) and the
search index (`sokindex`) both read this register, so they always agree.

It is made from a `Publicering` and from nothing else: a § is here only if the
publishing rules show it (justerat, or omedelbart justerat), an item only once
its kallelse is out, a file only if the publishing rules publish it. A
sekretess § is never a post, nor is the föredragningslista item that leads to
one; a handling marked sekretess is never a post and its file is never read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from generator.regler import adresser
from generator.innehall.samling import Sammantrade
from generator.innehall.modell import Handling, Organ
from generator.regler.publicering import PubliceratSammantrade, Publicering
from generator.webb.filter import datum_text

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


@dataclass
class Post:
    id: str  # unique and stable
    typ: str  # PARAGRAF, KALLELSE, HANDLING, STYRDOKUMENT or ANSLAG
    titel: str  # as a person cites it: "§ 45 Strategisk plan – Socialnämnden 26 mars 2025"
    rubrik: str  # the short form: "§ 45 Strategisk plan"
    adress: str  # the page and anchor, or the PDF file
    datum: dt.date
    organ: Organ | None
    dnr: list[str] = field(default_factory=list)  # as written
    text: list[str] = field(default_factory=list)  # Markdown parts to index
    pdf: Path | None = None  # a handling's file, or a styrdokument's
    sammanhang: tuple[str, str] | None = None  # (name, address) of the page a handling belongs to
    handlingar: list[Post] = field(default_factory=list)  # filed under this § or item
    status: str | None = None  # a styrdokument's: gällande, kommande, upphävd, utgången
    sammantrade: Sammantrade | None = None

    @property
    def ar(self) -> int:
        return self.datum.year


def _mote(organ: Organ, datum: dt.date) -> str:
    return f"{organ.namn} {datum_text(datum, veckodag=False)}"


@dataclass
class _Plats:
    """Where handlingar are filed: a sammanträde or an anslag."""

    namn: str  # ends a handling's title: "Socialnämnden 18 november 2026"
    sammanhang: str  # the name of the page: "Socialnämnden 18 november 2026" or "Anslag: …"
    sida: str  # that page's address
    mapp: Path  # the folder the files' paths are relative to
    fil: Callable[[str], str]  # a file's published address
    datum: dt.date
    organ: Organ | None
    sammantrade: Sammantrade | None = None


class _Register:
    def __init__(self, pub: Publicering):
        self.pub = pub
        self.publicerade = {f.adress for f in pub.filer}
        self.poster: list[Post] = []
        self._handlingar: dict[str, Post] = {}

    def handlingar(self, lista: list[Handling], dnr: list[str], plats: _Plats) -> list[Post]:
        """The published handlingar of one § or item, each a post once however often it is filed."""
        ut = []
        for h in lista:
            if h.sekretess or h.fil is None:
                continue
            adress = plats.fil(h.fil)
            if adress not in self.publicerade:
                continue
            post = self._handlingar.get(adress)
            if post is None:
                post = Post(
                    id=adress, typ=HANDLING, titel=f"{h.titel} (PDF) – {plats.namn}", rubrik=f"{h.titel} (PDF)",
                    adress=adress, datum=plats.datum, organ=plats.organ, text=[h.titel], pdf=plats.mapp / h.fil,
                    sammanhang=(plats.sammanhang, plats.sida), sammantrade=plats.sammantrade,
                )
                self._handlingar[adress] = post
                self.poster.append(post)
            for d in dnr:
                if d not in post.dnr:
                    post.dnr.append(d)
            ut.append(post)
        return ut

    def sammantrade(self, p: PubliceratSammantrade) -> None:
        s = p.sammantrade
        organ, datum = s.organ, s.datum
        mote = _mote(organ, datum)
        sida = adresser.sammantrade(s)
        plats = _Plats(mote, mote, sida, s.mapp, lambda namn: adresser.fil_i_sammantrade(s, namn), datum, organ, s)
        sekretess = {x.nr for x in s.protokoll.paragrafer if x.sekretess} if s.protokoll else set()
        kallelse = p.kallelse  # None until utfärdad; withheld handlingar already left out
        if kallelse is not None:
            for a in kallelse.foredragningslista:
                if a.paragraf is not None and a.paragraf in sekretess:
                    continue
                post = Post(
                    id=f"{s.organ.slug}-{s.id}-punkt-{a.nr}", typ=KALLELSE,
                    titel=f"Kallelse punkt {a.nr}: {a.rubrik} – {mote}", rubrik=f"Kallelse punkt {a.nr}: {a.rubrik}",
                    adress=f"{sida}#punkt-{a.nr}", datum=datum, organ=organ, dnr=list(a.dnr),
                    text=[a.rubrik, a.beskrivning or "", a.foredragande or ""], sammantrade=s,
                )
                post.handlingar = self.handlingar(a.handlingar, post.dnr, plats)
                post.text += [h.rubrik for h in post.handlingar]
                self.poster.append(post)
        for x in p.paragrafer:
            if x.sekretess:
                continue
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
                id=f"{s.organ.slug}-{s.id}-paragraf-{x.nr}", typ=PARAGRAF, titel=f"{rubrik} – {mote}", rubrik=rubrik,
                adress=adresser.paragraf(s, x.nr), datum=datum, organ=organ, dnr=list(x.dnr), text=text, sammantrade=s,
            )
            post.handlingar = self.handlingar(x.handlingar, post.dnr, plats)
            post.text += [h.rubrik for h in post.handlingar]
            self.poster.append(post)
        pr = s.protokoll
        if p.protokoll_publicerat and pr is not None and pr.fil is not None:
            self.handlingar([Handling(titel="Protokoll", fil=pr.fil)], [], plats)

    def styrdokument(self) -> None:
        inn = self.pub.innehall
        for d in self.pub.styrdokument:
            dok = d.post.dokument
            organ = inn.organ(dok.beslutad_av)
            pdf = None
            if dok.fil is not None and adresser.fil_i_styrdokument(d.post, dok.fil) in self.publicerade:
                pdf = d.post.mapp / dok.fil
            self.poster.append(Post(
                id=f"styrdokument-{d.post.id}", typ=STYRDOKUMENT, titel=dok.titel, rubrik=dok.titel, adress=d.adress,
                datum=dok.beslutsdatum, organ=organ, dnr=list(dok.dnr), text=[dok.titel, dok.typ, dok.beskrivning or ""],
                pdf=pdf, status=d.status,
            ))

    def anslag(self) -> None:
        for t in self.pub.anslagstavla:
            if t.anslag is None:
                continue
            a = t.anslag.anslag
            sida = f"{adresser.ANSLAGSTAVLA}#{t.id}"
            post = Post(
                id=t.id, typ=ANSLAG, titel=f"{a.rubrik} – anslagstavlan", rubrik=a.rubrik, adress=sida,
                datum=t.tillkannagiven, organ=t.organ, text=[a.rubrik, a.text],
            )
            post_ = t.anslag
            plats = _Plats(
                f"anslag: {a.rubrik}", f"Anslag: {a.rubrik}", sida, post_.mapp,
                lambda namn: adresser.fil_i_anslag(post_, namn), t.tillkannagiven, t.organ,
            )
            post.handlingar = self.handlingar(a.bilagor, [], plats)
            self.poster.append(post)


def forteckning(pub: Publicering) -> list[Post]:
    """Every published thing a person can find, in the order of the content."""
    reg = _Register(pub)
    for p in pub.sammantraden:
        reg.sammantrade(p)
    reg.styrdokument()
    reg.anslag()
    return reg.poster
