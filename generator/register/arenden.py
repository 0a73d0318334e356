"""Ärenden: every published §, föredragningslista item, handling and styrdokument
that carries one diarienummer, in date order.

An ärende is followed from arbetsutskott to nämnd to kommunstyrelse to
fullmäktige by its diarienummer, whatever organ writes it down and however it
is spelt (`diarienummer.slug` decides which spellings are the same). Each
ärende has a page at `arenden/<slug>/`, linked from every § that carries it.

Built once, by the rules stage, from the register (`forteckning`), so an ärende
shows only what is published; a diarienummer that only a sekretess § carries has
no page. Both belong to the published view (`Publicering.arenden`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from generator.innehall import diarienummer
from generator.register.forteckning import HANDLING, KALLELSE, PARAGRAF, STYRDOKUMENT, Post
from generator.regler.vy import Organ

ADRESS = "arenden/"

# Within one sammanträde the kallelse comes before the protokoll.
_ORDNING = {KALLELSE: 0, PARAGRAF: 1, STYRDOKUMENT: 2}


def adress(dnr: str) -> str:
    """The ärende page of a dnr, however it is spelt: "KS-2026/00052" → "arenden/ks-2026-00052/"."""
    return f"{ADRESS}{diarienummer.slug(dnr)}/"


@dataclass(frozen=True, slots=True)
class Steg:
    """One step of an ärende: one sammanträde (or one styrdokument's decision)."""

    datum: dt.date
    organ: Organ | None
    sida: str | None  # the sammanträde's page, for a step that is a sammanträde
    poster: tuple[Post, ...] = ()

    @property
    def handlingar(self) -> list[Post]:
        """The handlingar of this step's posts, each once."""
        return _unika(h for p in self.poster for h in p.handlingar)


def _unika(handlingar) -> list[Post]:
    sedda: dict[str, Post] = {}
    for h in handlingar:
        sedda.setdefault(h.adress, h)
    return list(sedda.values())


@dataclass(frozen=True)
class Arende:
    slug: str
    dnr: str  # the spelling used most often
    stavningar: tuple[str, ...]  # every spelling in the content, most used first
    rubrik: str  # of the earliest § or item
    steg: tuple[Steg, ...]
    # Other dnr on the same §§; set once every ärende exists (`arenden`), as they refer to each other.
    samma_arende: tuple[Arende, ...] = field(default=(), repr=False, compare=False)

    @property
    def adress(self) -> str:
        return f"{ADRESS}{self.slug}/"

    @property
    def normalform(self) -> str:
        return diarienummer.normalisera(self.dnr)

    @property
    def poster(self) -> list[Post]:
        return [p for st in self.steg for p in st.poster]

    @property
    def handlingar(self) -> list[Post]:
        return _unika(h for st in self.steg for h in st.handlingar)

    @property
    def organ(self) -> list[Organ]:
        ut: dict[str, Organ] = {}
        for st in self.steg:
            if st.organ is not None:
                ut.setdefault(st.organ.slug, st.organ)
        return list(ut.values())

    @property
    def senast(self) -> dt.date:
        return self.steg[-1].datum


def _nyckel(p: Post) -> tuple:
    return (p.datum, p.organ.slug if p.organ else "", _ORDNING.get(p.typ, 3), p.id)


def arenden(poster: list[Post]) -> list[Arende]:
    """The ärenden of the register, ordered by their diarienummer's slug."""
    per_slug: dict[str, list[Post]] = {}
    stavningar: dict[str, Counter] = {}
    for p in poster:
        if p.typ == HANDLING:
            continue  # a handling is shown under the § or item it is filed with
        for d in p.dnr:
            s = diarienummer.slug(d)
            if not s:
                continue
            lista = per_slug.setdefault(s, [])
            if not lista or lista[-1] is not p:  # two spellings of one dnr on one post
                lista.append(p)
            stavningar.setdefault(s, Counter())[d] += 1
    ut = []
    for s in sorted(per_slug):
        lista = sorted(per_slug[s], key=_nyckel)
        steg: list[Steg] = []
        for p in lista:
            # One step per organ and day: the sammanträde and a styrdokument it adopted.
            if steg and (steg[-1].datum, steg[-1].organ) == (p.datum, p.organ):
                steg[-1] = Steg(p.datum, p.organ, steg[-1].sida or p.sida, (*steg[-1].poster, p))
            else:
                steg.append(Steg(p.datum, p.organ, p.sida, (p,)))
        ordnade = tuple(d for d, _ in sorted(stavningar[s].items(), key=lambda x: (-x[1], x[0])))
        rubrik = next((p.rubrik.split(": ", 1)[-1] if p.typ == KALLELSE else _utan_nummer(p) for p in lista), "")
        ut.append(Arende(slug=s, dnr=ordnade[0], stavningar=ordnade, rubrik=rubrik, steg=tuple(steg)))
    per_slug_arende = {a.slug: a for a in ut}
    for a in ut:
        # The same posts may carry another ärende's dnr too (one kommun's and another's).
        andra = {diarienummer.slug(d) for p in a.poster for d in p.dnr} - {a.slug}
        # The ärenden refer to each other, so this one field is set after they are made.
        object.__setattr__(a, "samma_arende", tuple(per_slug_arende[s] for s in sorted(andra) if s in per_slug_arende))
    return ut


def _utan_nummer(p: Post) -> str:
    """"§ 45 Strategisk plan" → "Strategisk plan"."""
    if p.typ == PARAGRAF:
        return p.rubrik.split(" ", 2)[-1]
    return p.rubrik


