"""Publishing rules as of one date: what the site shows, and what it holds back.

This stage decides nothing by itself: every decision about a date is a call
to `lagrum`. It turns the validated content into the view every output reads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from generator.regler import adresser
from generator.regler import lagrum
from generator.innehall.samling import AnslagPost, Innehall, Sammantrade, StyrdokumentPost
from generator.innehall.modell import Handling, Kallelse, Organ, Paragraf, paragrafserie


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
    """One sammanträde as the site shows it. `kallelse` and `paragrafer` are
    copies that hold only what may be published: handlingar under sekretess
    keep their title but lose their file, and withheld handlingar are gone."""

    sammantrade: Sammantrade
    kallelse: Kallelse | None  # None until utfärdad
    kallelse_publiceras: dt.date | None
    protokoll_publicerat: bool
    paragrafer: list[Paragraf]  # the §§ shown: all once justerat, else the omedelbart justerade
    frister: lagrum.Frister | None  # of the protokoll's justering, once justerat
    forvaringsplats: str
    protokoll_gallrat: bool = False  # justerat, but no longer on the website

    @property
    def kallelse_publicerad(self) -> bool:
        return self.kallelse is not None

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
    gallrade: list[str] = field(default_factory=list)  # what webbgallring withheld, for the build report

    def sammantraden_for(self, organ: Organ) -> list[PubliceratSammantrade]:
        return [p for p in self.sammantraden if p.sammantrade.organ.slug == organ.slug]


def _forvaringsplats(innehall: Innehall, s: Sammantrade) -> str:
    if s.protokoll is not None and s.protokoll.forvaringsplats:
        return s.protokoll.forvaringsplats
    return s.organ.forvaringsplats or innehall.webbplats.forvaringsplats


def _handlingar(handlingar: list[Handling], gallrad) -> list[Handling]:
    """What may be shown of a list of handlingar: a handling under sekretess
    is named but its file never leaves the repository (OSL 2009:400); a
    handling that has left the website is not shown at all."""
    return [
        h.model_copy(update={"fil": None}) if h.sekretess else h
        for h in handlingar
        if h.sekretess or not gallrad(h)
    ]


def _filer(s: Sammantrade, handlingar: list[Handling]) -> list[Fil]:
    return [Fil(s.mapp / h.fil, adresser.fil_i_sammantrade(s, h.fil)) for h in handlingar if h.fil is not None]


def _notiser(s: Sammantrade, datum: dt.date, forvaring: str) -> list[Tillkannagivande]:
    """Every tillkännagivande this sammanträde has had by `datum`, up or not."""
    notiser: list[Tillkannagivande] = []
    p, kallelse = s.protokoll, s.uppgifter.kallelse
    if p is not None:
        omedelbara = [x.nr for x in p.paragrafer if x.omedelbart_justerad]
        # An omedelbart justerad § is justerad at the meeting and has its own
        # tillkännagivande and appeal window (KL 8 kap. 12 §, 13 kap. 5 §).
        if omedelbara and lagrum.protokoll_publicerat(s.datum, datum):
            f = lagrum.frister(s.datum)
            notiser.append(Tillkannagivande(
                id=f"{s.organ.slug}-{s.id}-omedelbar", typ="omedelbar_justering",
                rubrik=f"{s.organ.namn}: omedelbart justerad § {paragrafserie(omedelbara)}",
                tillkannagiven=f.tillkannagiven, avpubliceras=f.avpubliceras, organ=s.organ, sammantrade=s,
                frister=f, paragrafer=omedelbara, forvaringsplats=forvaring,
            ))
        if lagrum.protokoll_publicerat(p.justering.datum, datum):
            f = lagrum.frister(p.justering.datum, p.tillkannagivande.publiceras)
            notiser.append(Tillkannagivande(
                id=f"{s.organ.slug}-{s.id}-justering", typ="justering", rubrik=f"{s.organ.namn}: protokoll justerat",
                tillkannagiven=f.tillkannagiven, avpubliceras=p.tillkannagivande.avpubliceras or f.avpubliceras,
                organ=s.organ, sammantrade=s, frister=f,
                paragrafer=[x.nr for x in p.paragrafer if not x.omedelbart_justerad], forvaringsplats=forvaring,
            ))
    # KL 5 kap. 11 §: fullmäktige's sammanträde is tillkännagivet on the anslagstavla.
    if kallelse is not None and s.organ.typ == "fullmäktige" and lagrum.kallelse_publicerad(kallelse.utfardad, datum):
        notiser.append(Tillkannagivande(
            id=f"{s.organ.slug}-{s.id}-kungorelse", typ="kungorelse", rubrik=f"Kungörelse: {s.organ.namn} sammanträder",
            tillkannagiven=kallelse.utfardad, avpubliceras=s.datum + dt.timedelta(days=1), organ=s.organ,
            sammantrade=s, forvaringsplats=forvaring,
        ))
    return notiser


def _sammantrade(innehall: Innehall, s: Sammantrade, datum: dt.date):
    """The view of one sammanträde, its notices, its files and what was withheld."""
    regler = innehall.webbplats.webbgallring
    forvaring = _forvaringsplats(innehall, s)
    notiser = _notiser(s, datum, forvaring)
    # Nothing leaves the website while one of its notices is up (KL 8 kap. 12 §).
    uppe_till = max((t.avpubliceras for t in notiser if t.avpubliceras), default=None)
    if lagrum.webbgallrad(datum, egen=s.uppgifter.webbgallras, uppe_till=uppe_till):
        return None, [], [], [f"{s.organ.namn} {s.datum.isoformat()} (hela sammanträdet)"]
    gallrade: list[str] = []

    def handling_gallrad(h: Handling) -> bool:
        ut = lagrum.webbgallrad(
            datum, egen=h.webbgallras, dokumentdatum=s.datum, antal_ar=regler.handlingar_efter_ar, uppe_till=uppe_till
        )
        if ut and not h.sekretess:
            gallrade.append(f"{s.organ.namn} {s.datum.isoformat()}: {h.titel}")
        return ut

    p = s.protokoll
    justerat = p is not None and lagrum.protokoll_publicerat(p.justering.datum, datum)
    gallrat = justerat and lagrum.webbgallrad(
        datum, egen=p.webbgallras, dokumentdatum=s.datum, antal_ar=regler.protokoll_efter_ar, uppe_till=uppe_till
    )
    paragrafer: list[Paragraf] = []
    if p is not None and not gallrat:
        if justerat:
            paragrafer = list(p.paragrafer)
        elif any(t.typ == "omedelbar_justering" for t in notiser):
            paragrafer = [x for x in p.paragrafer if x.omedelbart_justerad]
    if gallrat:
        gallrade.append(f"{s.organ.namn} {s.datum.isoformat()}: protokollet")
    paragrafer = [x.model_copy(update={"handlingar": _handlingar(x.handlingar, handling_gallrad)}) for x in paragrafer]
    filer = [f for x in paragrafer for f in _filer(s, x.handlingar)]
    if justerat and not gallrat and p.fil is not None:
        filer.append(Fil(s.mapp / p.fil, adresser.fil_i_sammantrade(s, p.fil)))

    kallelse = s.uppgifter.kallelse
    synlig_kallelse = None
    if kallelse is not None and lagrum.kallelse_publicerad(kallelse.utfardad, datum):
        synlig_kallelse = kallelse.model_copy(update={"foredragningslista": [
            a.model_copy(update={"handlingar": _handlingar(a.handlingar, handling_gallrad)})
            for a in kallelse.foredragningslista
        ]})
        filer.extend(f for a in synlig_kallelse.foredragningslista for f in _filer(s, a.handlingar))
    vy = PubliceratSammantrade(
        sammantrade=s,
        kallelse=synlig_kallelse,
        kallelse_publiceras=kallelse.utfardad if kallelse is not None else None,
        protokoll_publicerat=justerat and not gallrat,
        paragrafer=paragrafer,
        frister=lagrum.frister(p.justering.datum, p.tillkannagivande.publiceras) if justerat else None,
        forvaringsplats=forvaring,
        protokoll_gallrat=gallrat,
    )
    return vy, notiser, filer, gallrade


def _uppe(t: Tillkannagivande, datum: dt.date) -> bool:
    if t.typ == "kungorelse":
        return lagrum.kungorelse_uppe(t.tillkannagiven, t.sammantrade.datum, datum)
    return lagrum.anslag_uppe(t.tillkannagiven, t.avpubliceras, datum)


def publicera(innehall: Innehall, datum: dt.date) -> Publicering:
    """Apply the publishing rules as of `datum` to validated content."""
    sammantraden: list[PubliceratSammantrade] = []
    notiser: list[Tillkannagivande] = []
    filer: list[Fil] = []
    gallrade: list[str] = []
    for s in innehall.sammantraden:
        vy, n, f, g = _sammantrade(innehall, s, datum)
        if vy is not None:
            sammantraden.append(vy)
        notiser.extend(n)
        filer.extend(f)
        gallrade.extend(g)
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
            filer.extend(
                Fil(post.mapp / h.fil, adresser.fil_i_anslag(post, h.fil))
                for h in _handlingar(a.bilagor, lambda h: False)
                if h.fil is not None
            )
    anslagstavla = sorted(
        (t for t in notiser if _uppe(t, datum)), key=lambda t: (t.tillkannagiven, t.id), reverse=True
    )
    styrdokument = []
    for post in innehall.styrdokument:
        d = post.dokument
        if not lagrum.styrdokument_publicerat(d.beslutsdatum, datum):
            continue
        status = lagrum.styrdokument_status(datum, d.giltig_fran, d.giltig_till, d.upphavd)
        slutade = d.upphavd if status == "upphävd" else d.giltig_till if status == "utgången" else None
        if lagrum.webbgallrad(
            datum, egen=d.webbgallras, dokumentdatum=slutade, antal_ar=innehall.webbplats.webbgallring.styrdokument_efter_ar
        ):
            gallrade.append(f"styrdokument: {d.titel}")
            continue
        styrdokument.append(PubliceratStyrdokument(post, status))
        if d.fil is not None:
            filer.append(Fil(post.mapp / d.fil, adresser.fil_i_styrdokument(post, d.fil)))
    return Publicering(datum, innehall, sammantraden, anslagstavla, styrdokument, filer, gallrade)
