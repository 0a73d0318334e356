"""The published view: exactly what the site publishes as of one date, and nothing else.

The rules stage (`publicering.tillampa`) builds one `Publicering` from the validated content and
every later stage (pages, search, open data, feeds, calendars) reads only it. Its types are its own,
frozen, and hold copies of what may be published, never the content model:

- what is withheld is absent: a sammanträde or document that has left the website (webbgallring), a
  protokoll not yet justerat (only its omedelbart justerade §§ are there), a kallelse not yet utfärdad;
- a § under sekretess is a `SekretessParagraf`, which has a number and diarienummer and no field
  that could hold anything else; a handling under sekretess is a `SekretessHandling`, a title without
  a file (OSL 2009:400);
- every published file is a `Fil` that knows its owner;
- the register of what can be found (`Post`, built by `register.forteckning`) and the ärenden
  (`Arende`, by `register.arenden`) are built once, from the rest of the view, and belong to it
  (`register.registrera` completes the view; the build does it in its rules stage).

The one thing in it that is not its own type is `webbplats`, the site's settings from
site_config.yml (name, address, colours, contact): they hold no content.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Literal

from generator.regler import adresser
from generator.regler.lagrum import Frister

if TYPE_CHECKING:
    from generator.innehall.modell import Webbplats

vy = dataclass(frozen=True, slots=True, kw_only=True)  # every type of the view


@vy
class Organ:
    slug: str
    namn: str
    typ: str  # fullmäktige, styrelse, nämnd or utskott
    tillhor: str | None = None  # the slug of the organ an utskott belongs to
    beskrivning: str | None = None


# --- Handlingar -------------------------------------------------------------------------------


@vy
class Handling:
    """A published document: its file is on the site at `adress`."""

    sekretess: ClassVar[bool] = False
    titel: str
    fil: str | None  # as the secretary wrote it, relative to the folder of its YAML file; None: no file
    adress: str | None  # where the file is published
    webbgallras: dt.date | None = None


@vy
class SekretessHandling:
    """A document under sekretess: named, never linked; its file never leaves the repository."""

    sekretess: ClassVar[bool] = True
    titel: str
    webbgallras: dt.date | None = None


# --- The kallelse -----------------------------------------------------------------------------


@vy
class Halltid:
    start: dt.time
    slut: dt.time | None
    rubrik: str
    foredragande: str | None
    paus: bool


@vy
class Punkt:
    """One item of the föredragningslista."""

    nr: int
    rubrik: str
    dnr: tuple[str, ...]
    foredragande: str | None
    beskrivning: str | None
    paragraf: int | None  # the § of the protokoll that decides it
    handlingar: tuple[Handling | SekretessHandling, ...]
    till_sekretessparagraf: bool = False  # that § is under sekretess: the item is not in the register


@vy
class Kallelse:
    utfardad: dt.date
    ordforande: str | None
    sekreterare: str | None
    meddelande: str | None
    halltider: tuple[Halltid, ...]
    foredragningslista: tuple[Punkt, ...]


# --- The protokoll ----------------------------------------------------------------------------


@vy
class Person:
    namn: str
    parti: str | None = None


@vy
class Yrkande:
    namn: str
    parti: str | None
    text: str


@vy
class Omrostning:
    ja: tuple[Person, ...]
    nej: tuple[Person, ...]
    avstar: tuple[Person, ...]
    resultat: str


@vy
class Stallningstagande:
    """A reservation, protokollsanteckning or jäv: who, and optionally why."""

    namn: str
    parti: str | None
    text: str | None


@vy
class Paragraf:
    """A published §, with everything the protokoll says of it."""

    sekretess: ClassVar[bool] = False
    nr: int
    rubrik: str | None
    dnr: tuple[str, ...]
    beslut: str | None
    arendebeskrivning: str | None
    yrkanden: tuple[Yrkande, ...]
    propositionsordning: str | None
    omrostning: Omrostning | None
    reservationer: tuple[Stallningstagande, ...]
    protokollsanteckningar: tuple[Stallningstagande, ...]
    jav: tuple[Stallningstagande, ...]
    beslutsunderlag: tuple[str, ...]
    skickas_till: tuple[str, ...]
    handlingar: tuple[Handling | SekretessHandling, ...]
    omedelbart_justerad: bool


@vy
class SekretessParagraf:
    """A § under sekretess: its number and diarienummer, and no place for anything else."""

    sekretess: ClassVar[bool] = True
    nr: int
    dnr: tuple[str, ...]


@vy
class Justering:
    datum: dt.date
    tid: dt.time | None
    plats: str
    ordforande: str
    justerare: tuple[str, ...]


@vy
class Beslutande:
    namn: str
    parti: str | None
    roll: str | None
    ersatter: str | None
    paragrafer: tuple[int, ...] | None  # None: the whole sammanträde


@vy
class Ersattare:
    namn: str
    parti: str | None
    paragrafer: tuple[int, ...] | None


@vy
class OvrigDeltagare:
    namn: str
    titel: str | None
    paragrafer: tuple[int, ...] | None


@vy
class Narvaro:
    beslutande: tuple[Beslutande, ...]
    ersattare: tuple[Ersattare, ...]
    ovriga: tuple[OvrigDeltagare, ...]


@vy
class Protokoll:
    """A justerat protokoll that is on the website."""

    justering: Justering
    sekreterare: str
    forvaringsplats: str
    omfattar: tuple[int, ...]  # as written, else every § it holds
    frister: Frister
    narvaro: Narvaro
    fil: Handling | None  # the signed protokoll as PDF
    paragrafer: tuple[Paragraf | SekretessParagraf, ...]


# --- Sammanträden, notices, styrdokument ------------------------------------------------------


@vy
class PubliceratSammantrade:
    organ: Organ
    id: str  # the folder name, also the last part of the address
    datum: dt.date
    tid: dt.time
    sluttid: dt.time | None
    plats: str
    status: Literal["planerat", "inställt"]
    kommentar: str | None
    adress: str
    forvaringsplats: str
    kallelse: Kallelse | None  # None until utfärdad
    kallelse_publiceras: dt.date | None  # the kallelse's utfärdad date, once one is written
    protokoll: Protokoll | None  # None until justerat, and once it has left the website
    omedelbart_justerade: tuple[Paragraf | SekretessParagraf, ...] = ()  # shown before the protokoll is
    protokoll_gallrat: bool = False  # justerat, but no longer on the website

    @property
    def kallelse_publicerad(self) -> bool:
        return self.kallelse is not None

    @property
    def protokoll_publicerat(self) -> bool:
        return self.protokoll is not None

    @property
    def paragrafer(self) -> tuple[Paragraf | SekretessParagraf, ...]:
        """The §§ shown: all once justerat, else the omedelbart justerade."""
        return self.protokoll.paragrafer if self.protokoll is not None else self.omedelbart_justerade

    @property
    def offentliga_paragrafer(self) -> list[Paragraf]:
        """The §§ shown with their content: those not under sekretess."""
        return [x for x in self.paragrafer if isinstance(x, Paragraf)]


@vy
class Tillkannagivande:
    """One notice on the anslagstavla."""

    id: str  # stable, also the anchor on the anslagstavla
    typ: str  # "justering", "omedelbar_justering", "kungorelse", or an anslag's typ
    rubrik: str
    tillkannagiven: dt.date
    avpubliceras: dt.date | None
    organ: Organ | None = None
    sammantrade: PubliceratSammantrade | None = None
    frister: Frister | None = None
    paragrafer: tuple[int, ...] = ()
    forvaringsplats: str | None = None
    anslag: str | None = None  # the id of an anslag from content/anslag/
    text: str | None = None  # an anslag's text (Markdown)
    bilagor: tuple[Handling, ...] = ()  # an anslag's published attachments


@vy
class GodkantNummer:
    """A number a secretary reviewed and found not to be a personnummer (published with the styrdokument)."""

    nummer: str
    skal: str


@vy
class PubliceratStyrdokument:
    id: str  # the file name without .yml
    adress: str
    status: Literal["gällande", "kommande", "upphävd", "utgången"]
    titel: str
    typ: str
    dnr: tuple[str, ...]
    beslutad_av: str
    beslutsdatum: dt.date
    paragraf: int | None
    giltig_fran: dt.date | None
    giltig_till: dt.date | None
    revideras_senast: dt.date | None
    dokumentansvarig: str | None
    ersatter: str | None  # the id of the styrdokument it replaces
    upphavd: dt.date | None
    beskrivning: str | None
    fil: Handling | None
    webbgallras: dt.date | None
    godkanda_nummer: tuple[GodkantNummer, ...] = ()


# --- The register: what can be found, and the ärenden -----------------------------------------


@vy
class Post:
    """One post of the register: a thing a person would cite (register.forteckning)."""

    id: str  # unique and stable
    typ: str  # PARAGRAF, KALLELSE, HANDLING, STYRDOKUMENT or ANSLAG
    titel: str  # as a person cites it: "§ 45 Strategisk plan – Socialnämnden 26 mars 2025"
    rubrik: str  # the short form: "§ 45 Strategisk plan"
    adress: str  # the page and anchor, or the PDF file
    datum: dt.date
    organ: Organ | None
    dnr: tuple[str, ...] = ()  # as written
    text: tuple[str, ...] = ()  # Markdown parts to index
    pdf: Path | None = None  # the source of a handling's file, or a styrdokument's
    sammanhang: tuple[str, str] | None = None  # (name, address) of the page a handling belongs to
    handlingar: tuple[Post, ...] = ()  # filed under this § or item
    status: str | None = None  # a styrdokument's: gällande, kommande, upphävd, utgången
    sida: str | None = None  # the page of the sammanträde a § or item or handling belongs to

    @property
    def ar(self) -> int:
        return self.datum.year


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
    """Everything published under one diarienummer, however it is spelt (register.arenden)."""

    slug: str
    dnr: str  # the spelling used most often
    stavningar: tuple[str, ...]  # every spelling in the content, most used first
    rubrik: str  # of the earliest § or item
    steg: tuple[Steg, ...]
    # Other dnr on the same §§; set once every ärende exists (`arenden`), as they refer to each other.
    samma_arende: tuple[Arende, ...] = field(default=(), repr=False, compare=False)

    @property
    def adress(self) -> str:
        return adresser.arende(self.slug)

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


# --- Files and the whole view -----------------------------------------------------------------

# Whose file it is: the address of the page of the sammanträde, styrdokument or anslag whose YAML
# names it. The personnummer scan judges the file with that YAML's `godkända_nummer`.
Agare = str


@vy
class Fil:
    """A file the site publishes: where it comes from, where it goes, and whose it is."""

    kalla: Path
    adress: str
    agare: Agare


@vy
class Publicering:
    datum: dt.date
    webbplats: Webbplats  # the site's settings (site_config.yml): no content
    logotyp: Path | None  # the logo's source file
    organ: tuple[Organ, ...]  # in the order of site_config.yml
    sammantraden: tuple[PubliceratSammantrade, ...]  # oldest first
    anslagstavla: tuple[Tillkannagivande, ...]  # newest first
    styrdokument: tuple[PubliceratStyrdokument, ...]
    filer: tuple[Fil, ...]
    # Built once from the rest of the view by the register stage (`register.registrera`), which
    # the build runs with the rules, before any output reads the view.
    register: tuple[Post, ...] = ()  # everything a person can find (register.forteckning)
    arenden: tuple[Arende, ...] = ()  # by diarienummer (register.arenden)

    def sammantraden_for(self, organ: Organ) -> list[PubliceratSammantrade]:
        return [p for p in self.sammantraden if p.organ.slug == organ.slug]

    def organ_med_slug(self, slug: str | None) -> Organ | None:
        return next((o for o in self.organ if o.slug == slug), None)

    @property
    def arendelankar(self) -> dict[str, str]:
        """Every spelling of every dnr → its ärende page, for the pages."""
        return {d: a.adress for a in self.arenden for d in a.stavningar}
