"""Publishing rules as of one date: what the site shows, and what it holds back.

This stage decides nothing by itself: every decision about a date is a call
to `lagrum`. It turns the validated content into the view every output reads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from . import adresser, lagrum
from .innehall import AnslagPost, Innehall, Sammantrade, StyrdokumentPost
from .modell import Handling, Organ, Paragraf, paragrafserie


@dataclass
class Tillkannagivande:
    """One notice on the anslagstavla."""

    id: str  # stable, also the anchor on the anslagstavla
    typ: str  # "justering", "omedelbar_justering", "kungorelse", or the Anslag's typ
    rubrik: str
    tillkannagiven: dt.date
    avpubliceras: dt.date | None
    organ: Organ | None = None
    sammantrade: Sammantrade | None = None
    frister: lagrum.Frister | None = None
    paragrafer: list[int] = field(default_factory=list)
    forvaringsplats: str | None = None
    anslag: AnslagPost | None = None


@dataclass
class Fil:
    """A file the site publishes: where it comes from, where it goes."""

    kalla: Path
    adress: str


@dataclass
class PubliceratSammantrade:
    sammantrade: Sammantrade
    kallelse_publicerad: bool
    kallelse_publiceras: dt.date | None
    protokoll_publicerat: bool
    paragrafer: list[Paragraf]  # the §§ shown: all once justerat, else the omedelbart justerade
    frister: lagrum.Frister | None  # of the protokoll's justering, once justerat
    forvaringsplats: str

    @property
    def adress(self) -> str:
        return adresser.sammantrade(self.sammantrade)


@dataclass
class PubliceratStyrdokument:
    post: StyrdokumentPost
    status: str  # lagrum.styrdokument_status

    @property
    def adress(self) -> str:
        return adresser.styrdokument(self.post)


@dataclass
class Publicering:
    datum: dt.date
    innehall: Innehall
    sammantraden: list[PubliceratSammantrade]
    anslagstavla: list[Tillkannagivande]
    styrdokument: list[PubliceratStyrdokument]
    filer: list[Fil]

    def sammantraden_for(self, organ: Organ) -> list[PubliceratSammantrade]:
        return [p for p in self.sammantraden if p.sammantrade.organ.slug == organ.slug]


def _forvaringsplats(innehall: Innehall, s: Sammantrade) -> str:
    if s.protokoll is not None and s.protokoll.forvaringsplats:
        return s.protokoll.forvaringsplats
    return s.organ.forvaringsplats or innehall.webbplats.forvaringsplats


def _offentliga(handlingar: list[Handling]) -> list[Handling]:
    """A handling marked sekretess never leaves the repository (OSL 2009:400)."""
    return [h for h in handlingar if not h.sekretess and h.fil is not None]


def _sammantrade(innehall: Innehall, s: Sammantrade, datum: dt.date):
    kallelse = s.uppgifter.kallelse
    kallelse_ute = kallelse is not None and lagrum.kallelse_publicerad(kallelse.utfardad, datum)
    p = s.protokoll
    forvaring = _forvaringsplats(innehall, s)
    notiser: list[Tillkannagivande] = []
    filer: list[Fil] = []
    justerat = p is not None and lagrum.protokoll_publicerat(p.justering.datum, datum)
    frister = None
    paragrafer: list[Paragraf] = []
    if p is not None:
        omedelbara = [x for x in p.paragrafer if x.omedelbart_justerad]
        # An omedelbart justerad § is justerad at the meeting and has its own
        # tillkännagivande and appeal window (KL 8 kap. 12 §, 13 kap. 5 §).
        omedelbart_justerat = bool(omedelbara) and lagrum.protokoll_publicerat(s.datum, datum)
        if justerat:
            paragrafer = list(p.paragrafer)
        elif omedelbart_justerat:
            paragrafer = omedelbara
        if omedelbart_justerat:
            f = lagrum.frister(s.datum)
            nummer = [x.nr for x in omedelbara]
            notiser.append(
                Tillkannagivande(
                    id=f"{s.organ.slug}-{s.id}-omedelbar",
                    typ="omedelbar_justering",
                    rubrik=f"{s.organ.namn}: omedelbart justerad § {paragrafserie(nummer)}",
                    tillkannagiven=f.tillkannagiven,
                    avpubliceras=f.avpubliceras,
                    organ=s.organ,
                    sammantrade=s,
                    frister=f,
                    paragrafer=nummer,
                    forvaringsplats=forvaring,
                )
            )
        if justerat:
            frister = lagrum.frister(p.justering.datum, p.tillkannagivande.publiceras)
            avpubliceras = p.tillkannagivande.avpubliceras or frister.avpubliceras
            notiser.append(
                Tillkannagivande(
                    id=f"{s.organ.slug}-{s.id}-justering",
                    typ="justering",
                    rubrik=f"{s.organ.namn}: protokoll justerat",
                    tillkannagiven=frister.tillkannagiven,
                    avpubliceras=avpubliceras,
                    organ=s.organ,
                    sammantrade=s,
                    frister=frister,
                    paragrafer=[x.nr for x in p.paragrafer if not x.omedelbart_justerad],
                    forvaringsplats=forvaring,
                )
            )
        for x in paragrafer:
            filer.extend(Fil(s.mapp / h.fil, adresser.fil_i_sammantrade(s, h.fil)) for h in _offentliga(x.handlingar))
        if justerat and p.fil is not None:
            filer.append(Fil(s.mapp / p.fil, adresser.fil_i_sammantrade(s, p.fil)))
    if kallelse_ute:
        for a in kallelse.foredragningslista:
            filer.extend(Fil(s.mapp / h.fil, adresser.fil_i_sammantrade(s, h.fil)) for h in _offentliga(a.handlingar))
        # KL 5 kap. 11 §: fullmäktige's sammanträde is tillkännagivet on the anslagstavla.
        if s.organ.typ == "fullmäktige":
            notiser.append(
                Tillkannagivande(
                    id=f"{s.organ.slug}-{s.id}-kungorelse",
                    typ="kungorelse",
                    rubrik=f"Kungörelse: {s.organ.namn} sammanträder",
                    tillkannagiven=kallelse.utfardad,
                    avpubliceras=s.datum + dt.timedelta(days=1),
                    organ=s.organ,
                    sammantrade=s,
                    forvaringsplats=forvaring,
                )
            )
    vy = PubliceratSammantrade(
        sammantrade=s,
        kallelse_publicerad=kallelse_ute,
        kallelse_publiceras=kallelse.utfardad if kallelse is not None else None,
        protokoll_publicerat=justerat,
        paragrafer=paragrafer,
        frister=frister,
        forvaringsplats=forvaring,
    )
    return vy, notiser, filer


def _uppe(t: Tillkannagivande, datum: dt.date) -> bool:
    if t.typ == "kungorelse":
        return lagrum.kungorelse_uppe(t.tillkannagiven, t.sammantrade.datum, datum)
    return lagrum.anslag_uppe(t.tillkannagiven, t.avpubliceras, datum)


def publicera(innehall: Innehall, datum: dt.date) -> Publicering:
    """Apply the publishing rules as of `datum` to validated content."""
    sammantraden: list[PubliceratSammantrade] = []
    notiser: list[Tillkannagivande] = []
    filer: list[Fil] = []
    for s in innehall.sammantraden:
        vy, n, f = _sammantrade(innehall, s, datum)
        sammantraden.append(vy)
        notiser.extend(n)
        filer.extend(f)
    for post in innehall.anslag:
        a = post.anslag
        t = Tillkannagivande(
            id=f"anslag-{post.id}",
            typ=a.typ,
            rubrik=a.rubrik,
            tillkannagiven=a.publiceras,
            avpubliceras=a.avpubliceras,
            organ=innehall.organ(a.organ) if a.organ else None,
            anslag=post,
        )
        if _uppe(t, datum):
            notiser.append(t)
            filer.extend(Fil(post.mapp / h.fil, adresser.fil_i_anslag(post, h.fil)) for h in _offentliga(a.bilagor))
    anslagstavla = sorted(
        (t for t in notiser if _uppe(t, datum)), key=lambda t: (t.tillkannagiven, t.id), reverse=True
    )
    styrdokument = []
    for post in innehall.styrdokument:
        d = post.dokument
        if not lagrum.styrdokument_publicerat(d.beslutsdatum, datum):
            continue
        status = lagrum.styrdokument_status(datum, d.giltig_fran, d.giltig_till, d.upphavd)
        styrdokument.append(PubliceratStyrdokument(post, status))
        if d.fil is not None:
            filer.append(Fil(post.mapp / d.fil, adresser.fil_i_styrdokument(post, d.fil)))
    return Publicering(datum, innehall, sammantraden, anslagstavla, styrdokument, filer)
