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

from generator.register.personer import FORTROENDEVALDA, OrganLedamot, Parti, Personregister, Fortroendevald, Rostning, personregister
from generator.register.personer import MEDVERKAN, Medverkan
from generator.innehall.identitet import slug
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
    ledamoter: tuple[OrganLedamot, ...] = ()  # who sits in it now (register.personer)
    ersattare: tuple[OrganLedamot, ...] = ()


@sidvy
class Sammantradessida(Sidvy):
    p: PubliceratSammantrade
    organ: Organ
    anslag: tuple[Tillkannagivande, ...]  # this sammanträde's notices on the anslagstavla
    arenden: dict[str, str]  # dnr → its ärende page
    rostningar: dict[int, Rostning] = dataclasses.field(default_factory=dict)  # § → its vote event


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


@sidvy
class Personorgan:
    """One organ on the listing of förtroendevalda: who sits there now, by party, and who did before."""

    organ: Organ
    ledamoter: tuple[OrganLedamot, ...]
    ersattare: tuple[OrganLedamot, ...]
    tidigare: tuple[Fortroendevald, ...]


@sidvy
class Personlista(Sidvy):
    grupper: tuple[Personorgan, ...]
    partier: tuple[Parti, ...]
    antal: int


@sidvy
class Personsida(Sidvy):
    person: Fortroendevald
    parti: Parti | None
    medverkan: tuple[tuple[str, str, tuple[Medverkan, ...]], ...]  # (anchor, heading, contributions)


@sidvy
class Partisida(Sidvy):
    parti: Parti


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
    reg = personregister(pub)
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
        ledamoter, ersattare = reg.aktuella[organ.slug]
        sidor.append(Sida(adresser.organ(organ), organ.namn, "organ.html", Organsida(
            organ=organ, per_ar=per_ar, utskott=tuple(o for o in pub.organ if o.tillhor == organ.slug),
            foralder=pub.organ_med_slug(organ.tillhor) if organ.tillhor else None,
            ledamoter=ledamoter, ersattare=ersattare,
        )))
        for p in egna:
            sidor.append(Sida(
                p.adress,
                f"{organ.namn} {datum_text(p.datum, veckodag=False)}",
                "sammantrade.html",
                Sammantradessida(p=p, organ=organ, anslag=tuple(t for t in pub.anslagstavla if t.sammantrade is p),
                                 arenden=arendelankar, rostningar={r.nr: r for r in reg.rostningar_for(p)}),
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
    sidor.extend(personsidor(pub, reg))
    return sidor


def personsidor(pub: Publicering, reg: Personregister) -> list[Sida]:
    """The listing of förtroendevalda, a page per person and a page per party (register.personer)."""
    organ = []
    for o in pub.organ:
        ledamoter, ersattare = reg.aktuella[o.slug]
        nu = {x.person.slug for x in (*ledamoter, *ersattare)}
        tidigare = tuple(p for p in reg.personer if p.slug not in nu and any(t.organ.slug == o.slug for t in p.tillfallen))
        if ledamoter or ersattare or tidigare:
            organ.append(Personorgan(organ=o, ledamoter=ledamoter, ersattare=ersattare, tidigare=tidigare))
    sidor = [Sida(FORTROENDEVALDA, "Förtroendevalda", "fortroendevalda.html", Personlista(
        grupper=tuple(organ), partier=tuple(reg.partier), antal=len(reg.personer),
    ))]
    for p in reg.personer:
        medverkan = tuple((slug(typ), rubrik, tuple(p.av_typ(typ))) for typ, rubrik in MEDVERKAN.items())
        sidor.append(Sida(p.adress, p.visning, "person.html", Personsida(
            person=p, parti=reg.parti_for(p.parti), medverkan=tuple(m for m in medverkan if m[2]),
        )))
    for parti in reg.partier:
        sidor.append(Sida(parti.adress, parti.namn, "parti.html", Partisida(parti=parti)))
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
        {"Förtroendevalda": adresser.som_kalla(FORTROENDEVALDA)},
        {"Styrdokument": adresser.som_kalla(adresser.STYRDOKUMENT)},
        {"Så överklagar du": adresser.som_kalla(adresser.OVERKLAGA)},
        {"Prenumerera och öppna data": adresser.som_kalla(adresser.PRENUMERERA)},
    ]
