"""Ärenden: every published §, föredragningslista item, handling and styrdokument
that carries one diarienummer, in date order.

An ärende is followed from arbetsutskott to nämnd to kommunstyrelse to
fullmäktige by its diarienummer, whatever organ writes it down and however it
is spelt (`diarienummer.slug` decides which spellings are the same). Each
ärende has a page at `arenden/<slug>/`, linked from every § that carries it.

Built once, by the register stage (`register.registrera`), from the register
(`forteckning`), so an ärende shows only what is published; a diarienummer that
only a sekretess § carries has no page. Both belong to the published view
(`Publicering.register`, `Publicering.arenden`), whose types they are.
"""

from __future__ import annotations

from collections import Counter

from generator.innehall import diarienummer
from generator.register.forteckning import HANDLING, KALLELSE, PARAGRAF, STYRDOKUMENT
from generator.regler.vy import Arende, Post, Steg

# Within one sammanträde the kallelse comes before the protokoll.
_ORDNING = {KALLELSE: 0, PARAGRAF: 1, STYRDOKUMENT: 2}


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


