"""Publishing rules as of one date: what the site shows, and what it holds back.

This stage decides nothing by itself: every decision about a date is a call to `lagrum`. It turns
the validated content into the published view (`vy.Publicering`), copying into the view's own
types only what may be published; the register stage (`register.registrera`) then adds the
register and the ärenden to that view, once.
Sekretess, webbgallring, "not yet justerat" and "not yet utfärdad" are decided here and nowhere else.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from generator.innehall import modell
from generator.innehall.modell import paragrafserie
from generator.innehall.samling import AnslagPost, Innehall, Sammantrade, StyrdokumentPost
from generator.regler import adresser, lagrum, vy
from generator.regler.vy import Fil, Publicering

Gallrad = Callable[[modell.Handling], bool]


# --- Copies of what may be published ----------------------------------------------------------


def _organ(o: modell.Organ) -> vy.Organ:
    return vy.Organ(slug=o.slug, namn=o.namn, typ=o.typ, tillhor=o.tillhor, beskrivning=o.beskrivning)


@dataclass
class _Mapp:
    """The folder a list of handlingar lives in: where their files come from and go, and whose they are."""

    kalla: Path  # the folder
    adress: Callable[[str], str]  # a file name → its published address
    agare: str
    filer: list[Fil] = field(default_factory=list)  # the files published so far

    def handlingar(self, lista: list[modell.Handling], gallrad: Gallrad) -> tuple[vy.Handling | vy.SekretessHandling, ...]:
        """What may be shown of a list of handlingar: a handling under sekretess is named but its
        file never leaves the repository (OSL 2009:400); a handling that has left the website is
        not shown at all."""
        ut: list[vy.Handling | vy.SekretessHandling] = []
        for h in lista:
            if h.sekretess:
                ut.append(vy.SekretessHandling(titel=h.titel, webbgallras=h.webbgallras))
            elif not gallrad(h):
                ut.append(self.handling(h.titel, h.fil, h.webbgallras))
        return tuple(ut)

    def handling(self, titel: str, fil: str | None, webbgallras: dt.date | None = None) -> vy.Handling:
        adress = None if fil is None else self.adress(fil)
        if fil is not None:
            self.filer.append(Fil(kalla=self.kalla / fil, adress=adress, agare=self.agare))
        return vy.Handling(titel=titel, fil=fil, adress=adress, webbgallras=webbgallras)


def _stallningstaganden(lista: list[modell.Stallningstagande]) -> tuple[vy.Stallningstagande, ...]:
    return tuple(vy.Stallningstagande(namn=x.namn, parti=x.parti, text=x.text) for x in lista)


def _personer(lista: list[modell.Person]) -> tuple[vy.Person, ...]:
    return tuple(vy.Person(namn=x.namn, parti=x.parti) for x in lista)


def _nummer(lista: list[int] | None) -> tuple[int, ...] | None:
    return None if lista is None else tuple(lista)


def _paragraf(x: modell.Paragraf, mapp: _Mapp, gallrad: Gallrad) -> vy.Paragraf | vy.SekretessParagraf:
    if x.sekretess:  # OSL (2009:400): its number and diarienummer, nothing else, not even its handlingar
        return vy.SekretessParagraf(nr=x.nr, dnr=tuple(x.dnr))
    o = x.omrostning
    return vy.Paragraf(
        nr=x.nr, rubrik=x.rubrik, dnr=tuple(x.dnr), beslut=x.beslut, arendebeskrivning=x.arendebeskrivning,
        yrkanden=tuple(vy.Yrkande(namn=y.namn, parti=y.parti, text=y.text) for y in x.yrkanden),
        propositionsordning=x.propositionsordning,
        omrostning=None if o is None else vy.Omrostning(
            ja=_personer(o.ja), nej=_personer(o.nej), avstar=_personer(o.avstar), resultat=o.resultat
        ),
        reservationer=_stallningstaganden(x.reservationer),
        protokollsanteckningar=_stallningstaganden(x.protokollsanteckningar),
        jav=_stallningstaganden(x.jav), beslutsunderlag=tuple(x.beslutsunderlag), skickas_till=tuple(x.skickas_till),
        handlingar=mapp.handlingar(x.handlingar, gallrad), omedelbart_justerad=x.omedelbart_justerad,
    )


def _narvaro(n: modell.Narvaro) -> vy.Narvaro:
    return vy.Narvaro(
        beslutande=tuple(
            vy.Beslutande(namn=b.namn, parti=b.parti, roll=b.roll, ersatter=b.ersatter, paragrafer=_nummer(b.paragrafer))
            for b in n.beslutande
        ),
        ersattare=tuple(vy.Ersattare(namn=e.namn, parti=e.parti, paragrafer=_nummer(e.paragrafer)) for e in n.ersattare),
        ovriga=tuple(vy.OvrigDeltagare(namn=o.namn, titel=o.titel, paragrafer=_nummer(o.paragrafer)) for o in n.ovriga),
    )


def _kallelse(k: modell.Kallelse, sekretess: set[int], mapp: _Mapp, gallrad: Gallrad) -> vy.Kallelse:
    return vy.Kallelse(
        utfardad=k.utfardad, ordforande=k.ordforande, sekreterare=k.sekreterare, meddelande=k.meddelande,
        halltider=tuple(
            vy.Halltid(start=h.start, slut=h.slut, rubrik=h.rubrik, foredragande=h.foredragande, paus=h.paus)
            for h in k.halltider
        ),
        foredragningslista=tuple(
            vy.Punkt(
                nr=a.nr, rubrik=a.rubrik, dnr=tuple(a.dnr), foredragande=a.foredragande, beskrivning=a.beskrivning,
                paragraf=a.paragraf, handlingar=mapp.handlingar(a.handlingar, gallrad),
                till_sekretessparagraf=a.paragraf is not None and a.paragraf in sekretess,
            )
            for a in k.foredragningslista
        ),
    )


# --- Sammanträden and their notices -----------------------------------------------------------


def _forvaringsplats(innehall: Innehall, s: Sammantrade) -> str:
    if s.protokoll is not None and s.protokoll.forvaringsplats:
        return s.protokoll.forvaringsplats
    return s.organ.forvaringsplats or innehall.webbplats.forvaringsplats


def _notiser(s: Sammantrade, organ: vy.Organ, datum: dt.date, forvaring: str) -> list[dict]:
    """Every tillkännagivande this sammanträde has had by `datum`, up or not (without the
    sammanträde, which the view adds once it is built)."""
    notiser: list[dict] = []
    p, kallelse = s.protokoll, s.uppgifter.kallelse
    if p is not None:
        omedelbara = [x.nr for x in p.paragrafer if x.omedelbart_justerad]
        # An omedelbart justerad § is justerad at the meeting and has its own
        # tillkännagivande and appeal window (KL 8 kap. 12 §, 13 kap. 5 §).
        if omedelbara and lagrum.protokoll_publicerat(s.datum, datum):
            f = lagrum.frister(s.datum)
            notiser.append(dict(
                id=f"{s.organ.slug}-{s.id}-omedelbar", typ="omedelbar_justering",
                rubrik=f"{s.organ.namn}: omedelbart justerad § {paragrafserie(omedelbara)}",
                tillkannagiven=f.tillkannagiven, avpubliceras=f.avpubliceras, organ=organ,
                frister=f, paragrafer=tuple(omedelbara), forvaringsplats=forvaring,
            ))
        if lagrum.protokoll_publicerat(p.justering.datum, datum):
            f = lagrum.frister(p.justering.datum, p.tillkannagivande.publiceras)
            notiser.append(dict(
                id=f"{s.organ.slug}-{s.id}-justering", typ="justering", rubrik=f"{s.organ.namn}: protokoll justerat",
                tillkannagiven=f.tillkannagiven, avpubliceras=p.tillkannagivande.avpubliceras or f.avpubliceras,
                organ=organ, frister=f,
                paragrafer=tuple(x.nr for x in p.paragrafer if not x.omedelbart_justerad), forvaringsplats=forvaring,
            ))
    # KL 5 kap. 11 §: fullmäktige's sammanträde is tillkännagivet on the anslagstavla.
    if kallelse is not None and s.organ.typ == "fullmäktige" and lagrum.kallelse_publicerad(kallelse.utfardad, datum):
        notiser.append(dict(
            id=f"{s.organ.slug}-{s.id}-kungorelse", typ="kungorelse", rubrik=f"Kungörelse: {s.organ.namn} sammanträder",
            tillkannagiven=kallelse.utfardad, avpubliceras=s.datum + dt.timedelta(days=1), organ=organ,
            forvaringsplats=forvaring,
        ))
    return notiser


def _sammantrade(innehall: Innehall, s: Sammantrade, organ: vy.Organ, datum: dt.date):
    """The view of one sammanträde, its notices, its files and what was withheld."""
    regler = innehall.webbplats.webbgallring
    forvaring = _forvaringsplats(innehall, s)
    notiser = _notiser(s, organ, datum, forvaring)
    # Nothing leaves the website while one of its notices is up (KL 8 kap. 12 §).
    uppe_till = max((t["avpubliceras"] for t in notiser if t["avpubliceras"]), default=None)
    if lagrum.webbgallrad(datum, egen=s.uppgifter.webbgallras, uppe_till=uppe_till):
        return None, [], [], [f"{s.organ.namn} {s.datum.isoformat()} (hela sammanträdet)"]
    gallrade: list[str] = []

    def handling_gallrad(h: modell.Handling) -> bool:
        ut = lagrum.webbgallrad(
            datum, egen=h.webbgallras, dokumentdatum=s.datum, antal_ar=regler.handlingar_efter_ar, uppe_till=uppe_till
        )
        if ut:
            gallrade.append(f"{s.organ.namn} {s.datum.isoformat()}: {h.titel}")
        return ut

    adress = adresser.sammantrade(s)
    mapp = _Mapp(s.mapp, lambda fil: adresser.fil_i_sammantrade(s, fil), adress)
    p = s.protokoll
    justerat = p is not None and lagrum.protokoll_publicerat(p.justering.datum, datum)
    gallrat = justerat and lagrum.webbgallrad(
        datum, egen=p.webbgallras, dokumentdatum=s.datum, antal_ar=regler.protokoll_efter_ar, uppe_till=uppe_till
    )
    if gallrat:
        gallrade.append(f"{s.organ.namn} {s.datum.isoformat()}: protokollet")
    protokoll, omedelbara = None, ()
    if p is not None and not gallrat:
        if justerat:
            paragrafer = tuple(_paragraf(x, mapp, handling_gallrad) for x in p.paragrafer)
            protokoll = vy.Protokoll(
                justering=vy.Justering(
                    datum=p.justering.datum, tid=p.justering.tid, plats=p.justering.plats,
                    ordforande=p.justering.ordforande, justerare=tuple(p.justering.justerare),
                ),
                sekreterare=p.sekreterare, forvaringsplats=forvaring,
                omfattar=tuple(p.omfattar or [x.nr for x in p.paragrafer]),
                frister=lagrum.frister(p.justering.datum, p.tillkannagivande.publiceras),
                narvaro=_narvaro(p.narvaro),
                fil=None if p.fil is None else mapp.handling("Protokoll", p.fil),
                paragrafer=paragrafer,
            )
        elif any(t["typ"] == "omedelbar_justering" for t in notiser):
            omedelbara = tuple(_paragraf(x, mapp, handling_gallrad) for x in p.paragrafer if x.omedelbart_justerad)

    u = s.uppgifter
    kallelse = None
    if u.kallelse is not None and lagrum.kallelse_publicerad(u.kallelse.utfardad, datum):
        sekretess = {x.nr for x in p.paragrafer if x.sekretess} if p is not None else set()
        kallelse = _kallelse(u.kallelse, sekretess, mapp, handling_gallrad)
    vy_ = vy.PubliceratSammantrade(
        organ=organ, id=s.id, datum=s.datum, tid=u.tid, sluttid=u.sluttid, plats=u.plats, status=u.status,
        kommentar=u.kommentar, adress=adress, forvaringsplats=forvaring, kallelse=kallelse,
        kallelse_publiceras=u.kallelse.utfardad if u.kallelse is not None else None,
        protokoll=protokoll, omedelbart_justerade=omedelbara, protokoll_gallrat=gallrat,
    )
    tillkannagivanden = [vy.Tillkannagivande(**t, sammantrade=vy_) for t in notiser]
    return vy_, tillkannagivanden, mapp.filer, gallrade


def _uppe(t: vy.Tillkannagivande, datum: dt.date) -> bool:
    if t.typ == "kungorelse":
        return lagrum.kungorelse_uppe(t.tillkannagiven, t.sammantrade.datum, datum)
    return lagrum.anslag_uppe(t.tillkannagiven, t.avpubliceras, datum)


# --- Anslag and styrdokument ------------------------------------------------------------------


def _anslag(post: AnslagPost, organ: dict[str, vy.Organ], datum: dt.date) -> tuple[vy.Tillkannagivande | None, list[Fil]]:
    a = post.anslag
    if not lagrum.anslag_uppe(a.publiceras, a.avpubliceras, datum):
        return None, []
    mapp = _Mapp(post.mapp, lambda fil: adresser.fil_i_anslag(post, fil), adresser.anslag(post))
    bilagor = tuple(mapp.handling(h.titel, h.fil) for h in a.bilagor if not h.sekretess and h.fil is not None)
    t = vy.Tillkannagivande(
        id=f"anslag-{post.id}", typ=a.typ, rubrik=a.rubrik, tillkannagiven=a.publiceras, avpubliceras=a.avpubliceras,
        organ=organ.get(a.organ) if a.organ else None, anslag=post.id, text=a.text, bilagor=bilagor,
    )
    return t, mapp.filer


def _styrdokument(post: StyrdokumentPost, status: str) -> tuple[vy.PubliceratStyrdokument, list[Fil]]:
    d = post.dokument
    adress = adresser.styrdokument(post)
    mapp = _Mapp(post.mapp, lambda fil: adresser.fil_i_styrdokument(post, fil), adress)
    vy_ = vy.PubliceratStyrdokument(
        id=post.id, adress=adress, status=status, titel=d.titel, typ=d.typ, dnr=tuple(d.dnr), beslutad_av=d.beslutad_av,
        beslutsdatum=d.beslutsdatum, paragraf=d.paragraf, giltig_fran=d.giltig_fran, giltig_till=d.giltig_till,
        revideras_senast=d.revideras_senast, dokumentansvarig=d.dokumentansvarig, ersatter=d.ersatter,
        upphavd=d.upphavd, beskrivning=d.beskrivning, webbgallras=d.webbgallras,
        fil=None if d.fil is None else mapp.handling(d.titel, d.fil),
        godkanda_nummer=tuple(vy.GodkantNummer(nummer=g.nummer, skal=g.skal) for g in d.godkanda_nummer),
    )
    return vy_, mapp.filer


@dataclass(frozen=True)
class Utfall:
    """What the rules decided: the published view, and for the build report (never published)
    what webbgallring withheld."""

    publicering: Publicering
    gallrade: tuple[str, ...]


def tillampa(innehall: Innehall, datum: dt.date) -> Utfall:
    """Apply the publishing rules as of `datum` to validated content. The view's register and
    ärenden are the register stage's (`register.registrera`), which the build runs next."""
    organ = {o.slug: _organ(o) for o in innehall.webbplats.organ}
    sammantraden: list[vy.PubliceratSammantrade] = []
    notiser: list[vy.Tillkannagivande] = []
    filer: list[Fil] = []
    gallrade: list[str] = []
    for s in innehall.sammantraden:
        vy_, n, f, g = _sammantrade(innehall, s, organ[s.organ.slug], datum)
        if vy_ is not None:
            sammantraden.append(vy_)
        notiser.extend(n)
        filer.extend(f)
        gallrade.extend(g)
    for post in innehall.anslag:
        t, f = _anslag(post, organ, datum)
        if t is not None:
            notiser.append(t)
            filer.extend(f)
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
        vy_, f = _styrdokument(post, status)
        styrdokument.append(vy_)
        filer.extend(f)
    logotyp = innehall.webbplats.logotyp
    pub = Publicering(
        datum=datum, webbplats=innehall.webbplats, logotyp=None if logotyp is None else innehall.rot / logotyp,
        organ=tuple(organ.values()), sammantraden=tuple(sammantraden), anslagstavla=tuple(anslagstavla),
        styrdokument=tuple(styrdokument), filer=tuple(filer),
    )
    return Utfall(pub, tuple(gallrade))
