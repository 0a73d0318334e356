"""Which pages the site has: address, title, template and the data each shows.

Every page kind has a type of its own for its data (`vy` in its template), and the templates read
only that data, the published view (`publicering`) and the site's settings (`webbplats`). Our
objects are strict in the templates (`StriktUndefined`): an attribute a template asks for that the
object does not have stops the build, instead of rendering nothing.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from itertools import groupby

from jinja2 import Undefined, UndefinedError
from jinja2.utils import missing

from generator.regler import adresser
from generator.regler.vy import Arende, Organ, Publicering, PubliceratSammantrade, PubliceratStyrdokument, Tillkannagivande
from generator.text import datum_text

INNEHALL = "innehall"  # the id of every page's main content, the skip link's target
SOK = "sok/"

sidvy = dataclass(frozen=True, slots=True, kw_only=True)


@sidvy
class Sidvy:
    """What every page's data has: the organ a page belongs to, for its feeds (main.html)."""

    organ: Organ | None = None


@sidvy
class Startsida(Sidvy):
    anslag: tuple[Tillkannagivande, ...]
    kommande: tuple[PubliceratSammantrade, ...]


@sidvy
class Anslagstavlesida(Sidvy):
    anslag: tuple[Tillkannagivande, ...]


@sidvy
class Textsida(Sidvy):
    """A page whose text is all in its template (how to appeal, accessibility)."""


@sidvy
class Prenumerationssida(Sidvy):
    floden: tuple[tuple[str, str], ...]  # (name, file name part)
    kalendrar: tuple[tuple[str, str], ...]


@sidvy
class Organsida(Sidvy):
    organ: Organ
    per_ar: tuple[tuple[int, tuple[PubliceratSammantrade, ...]], ...]  # newest first
    utskott: tuple[Organ, ...]
    foralder: Organ | None


@sidvy
class Sammantradessida(Sidvy):
    p: PubliceratSammantrade
    organ: Organ
    anslag: tuple[Tillkannagivande, ...]  # this sammanträde's notices on the anslagstavla
    arenden: dict[str, str]  # dnr → its ärende page


@sidvy
class Styrdokumentlista(Sidvy):
    grupper: tuple[tuple[str, str, tuple[PubliceratStyrdokument, ...]], ...]  # (typ, heading, documents)


@sidvy
class Styrdokumentsida(Sidvy):
    d: PubliceratStyrdokument
    beslutsinstans: Organ | None
    beslut: PubliceratSammantrade | None  # the sammanträde that decided it, if its protokoll is published
    ersatter: PubliceratStyrdokument | None
    ersatts_av: tuple[PubliceratStyrdokument, ...]
    arenden: dict[str, str]


@sidvy
class Soksida(Sidvy):
    exempel: tuple[str, ...]  # diarienummer to show as examples


@sidvy
class Arendesida(Sidvy):
    a: Arende


class StriktUndefined(Undefined):
    """Jinja's undefined, except for an attribute of one of our own objects (the view, the register,
    the page data): a template that asks for an attribute they do not have has a mistake in it, and
    the build stops with its name instead of leaving a blank on the page. Everything else (mkdocs'
    and material's own variables) stays as lenient as material's templates expect."""

    __slots__ = ()

    def __init__(self, hint=None, obj=missing, name=None, exc=UndefinedError):
        if obj is not missing and dataclasses.is_dataclass(obj) and type(obj).__module__.startswith("generator."):
            raise UndefinedError(f"{type(obj).__name__} har inget fält '{name}', som en mall läser")
        super().__init__(hint, obj, name, exc)


@dataclass
class Sida:
    adress: str
    titel: str
    mall: str
    vy: Sidvy

    @property
    def kalla(self) -> str:
        return adresser.som_kalla(self.adress)

    def markdown(self) -> str:
        """The in-memory source mkdocs reads: front matter only, the template does the rest."""
        return (
            f"---\ntemplate: {self.mall}\ntitle: {json.dumps(self.titel, ensure_ascii=False)}\n"
            "hide: [toc]\n---\n"
        )


STYRDOKUMENT_RUBRIKER = {
    "policy": "Policyer",
    "riktlinje": "Riktlinjer",
    "plan": "Planer",
    "program": "Program",
    "reglemente": "Reglementen",
    "delegationsordning": "Delegationsordningar",
    "taxa": "Taxor",
    "föreskrift": "Föreskrifter",
    "annat": "Övriga styrdokument",
}


def alla_sidor(pub: Publicering) -> list[Sida]:
    arendelankar = pub.arendelankar
    kommun = pub.webbplats.kommun
    kommande = tuple(p for p in pub.sammantraden if p.datum >= pub.datum)
    sidor = [
        Sida(adresser.START, kommun, "start.html", Startsida(anslag=pub.anslagstavla, kommande=kommande[:6])),
        Sida(adresser.ANSLAGSTAVLA, "Anslagstavla", "anslagstavla.html", Anslagstavlesida(anslag=pub.anslagstavla)),
        Sida(adresser.OVERKLAGA, "Så överklagar du ett beslut", "overklaga.html", Textsida()),
        Sida(adresser.TILLGANGLIGHET, "Tillgänglighetsredogörelse", "tillganglighet.html", Textsida()),
        Sida(adresser.PRENUMERERA, "Prenumerera och öppna data", "prenumerera.html", Prenumerationssida(
            floden=(("Anslagstavlan", "anslagstavla"), ("Styrdokument", "styrdokument"),
                    *((o.namn, o.slug) for o in pub.organ)),
            kalendrar=(("Alla sammanträden", "sammantraden"), *((o.namn, o.slug) for o in pub.organ)),
        )),
    ]
    for organ in pub.organ:
        egna = sorted(pub.sammantraden_for(organ), key=lambda p: p.datum, reverse=True)
        per_ar = tuple((ar, tuple(g)) for ar, g in groupby(egna, key=lambda p: p.datum.year))
        sidor.append(Sida(adresser.organ(organ), organ.namn, "organ.html", Organsida(
            organ=organ, per_ar=per_ar, utskott=tuple(o for o in pub.organ if o.tillhor == organ.slug),
            foralder=pub.organ_med_slug(organ.tillhor) if organ.tillhor else None,
        )))
        for p in egna:
            sidor.append(Sida(
                p.adress,
                f"{organ.namn} {datum_text(p.datum, veckodag=False)}",
                "sammantrade.html",
                Sammantradessida(p=p, organ=organ, anslag=tuple(t for t in pub.anslagstavla if t.sammantrade is p),
                                 arenden=arendelankar),
            ))
    grupper = []
    for typ, rubrik in STYRDOKUMENT_RUBRIKER.items():
        av_typ = tuple(sorted((d for d in pub.styrdokument if d.typ == typ), key=lambda d: d.titel))
        if av_typ:
            grupper.append((typ, rubrik, av_typ))
    sidor.append(Sida(adresser.STYRDOKUMENT, "Styrdokument", "styrdokument_lista.html", Styrdokumentlista(grupper=tuple(grupper))))
    for d in pub.styrdokument:
        beslut = next(
            (p for p in pub.sammantraden
             if p.organ.slug == d.beslutad_av and p.datum == d.beslutsdatum and p.protokoll_publicerat),
            None,
        )
        sidor.append(Sida(d.adress, d.titel, "styrdokument.html", Styrdokumentsida(
            d=d, beslutsinstans=pub.organ_med_slug(d.beslutad_av), beslut=beslut,
            ersatter=next((x for x in pub.styrdokument if x.id == d.ersatter), None),
            ersatts_av=tuple(x for x in pub.styrdokument if x.ersatter == d.id), arenden=arendelankar,
        )))
    sidor.append(Sida(SOK, "Sök", "sok.html", Soksida(exempel=_sokexempel(pub.arenden))))
    for a in pub.arenden:
        sidor.append(Sida(a.adress, f"Ärende {a.dnr}", "arende.html", Arendesida(a=a)))
    return sidor


def _sokexempel(alla_arenden) -> tuple[str, ...]:
    """Two diarienummer of the site to show as examples on the search page: those of the longest ärenden."""
    langst = sorted(alla_arenden, key=lambda a: (-len(a.organ), -len(a.steg), a.slug))
    return tuple(a.dnr for a in langst[:2])


def navigering(pub: Publicering) -> list:
    """The navigation: listing pages only. Single sammanträden and styrdokument
    stay out of it, so that no page carries thousands of links."""
    organ = [{o.namn: adresser.som_kalla(adresser.organ(o))} for o in pub.organ]
    return [
        {"Start": adresser.som_kalla(adresser.START)},
        {"Anslagstavla": adresser.som_kalla(adresser.ANSLAGSTAVLA)},
        {"Nämnder och sammanträden": organ},
        {"Styrdokument": adresser.som_kalla(adresser.STYRDOKUMENT)},
        {"Så överklagar du": adresser.som_kalla(adresser.OVERKLAGA)},
        {"Prenumerera och öppna data": adresser.som_kalla(adresser.PRENUMERERA)},
    ]
