"""The content model: what a secretary writes, as pydantic models.

YAML keys are the Swedish words of the documents themselves; Python attribute
names are their ASCII forms, and each model accepts only the Swedish key
(`alias`). Unknown keys are errors (`extra="forbid"`). Text fields hold
Markdown. Every field seen in real protokoll and kallelser has a place here.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

# --- Small value types -----------------------------------------------------------

_ISO_DATUM = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_KLOCKSLAG = re.compile(r"^(\d{1,2})[:.](\d{2})$")


def _datum(varde: Any) -> dt.date:
    if isinstance(varde, dt.datetime):
        raise ValueError("förväntade ett datum utan klockslag (ÅÅÅÅ-MM-DD)")
    if isinstance(varde, dt.date):
        return varde
    if isinstance(varde, str) and _ISO_DATUM.match(varde.strip()):
        try:
            return dt.date.fromisoformat(varde.strip())
        except ValueError:
            raise ValueError(f"'{varde}' är inget verkligt datum") from None
    raise ValueError(f"förväntade ett datum på formen ÅÅÅÅ-MM-DD, fick '{varde}'")


def _klockslag(varde: Any) -> dt.time:
    if isinstance(varde, dt.time):
        return varde
    if isinstance(varde, str):
        m = _KLOCKSLAG.match(varde.strip())
        if m and int(m[1]) < 24 and int(m[2]) < 60:
            return dt.time(int(m[1]), int(m[2]))
    raise ValueError(f"förväntade ett klockslag på formen TT:MM (till exempel \"08:30\"), fick '{varde}'")


def _lista(varde: Any) -> Any:
    """Accept one value where a list is expected."""
    if varde is None:
        return []
    if isinstance(varde, (str, int)):
        return [varde]
    return varde


def _dnr(varde: Any) -> Any:
    varden = _lista(varde)
    if isinstance(varden, list):
        return [str(v).strip() if isinstance(v, (str, int)) else v for v in varden]
    return varden


_INTERVALL = re.compile(r"^(\d+)(?:\s*[-–]\s*(\d+))?$")


def tolka_paragrafnummer(varde: Any) -> list[int]:
    """Parse "§§ 43-53, 55-59", "48-49", "45" or 45 into sorted numbers."""
    if isinstance(varde, bool):
        raise ValueError("förväntade paragrafnummer, till exempel \"43-53, 55-59\"")
    if isinstance(varde, int):
        return [varde]
    if isinstance(varde, list):
        nummer: set[int] = set()
        for del_ in varde:
            nummer.update(tolka_paragrafnummer(del_))
        return sorted(nummer)
    if not isinstance(varde, str):
        raise ValueError("förväntade paragrafnummer, till exempel \"43-53, 55-59\"")
    nummer = set()
    for bit in varde.replace("§", "").split(","):
        bit = bit.strip()
        m = _INTERVALL.match(bit)
        if not m:
            raise ValueError(
                f"'{varde}' är ingen paragrafserie; skriv till exempel \"43-53, 55-59\" eller \"45\""
            )
        forsta, sista = int(m[1]), int(m[2] or m[1])
        if sista < forsta:
            raise ValueError(f"i '{bit}' är sista paragrafen lägre än den första")
        nummer.update(range(forsta, sista + 1))
    return sorted(nummer)


def _pdf(fil: str) -> str:
    if not fil.lower().endswith(".pdf"):
        raise ValueError(f"'{fil}' är ingen PDF; en handling ska vara en fil som slutar på .pdf")
    return fil


def paragrafserie(nummer: list[int], streck: str = "-") -> str:
    """[43, 44, 45, 47] → "43-45, 47": the inverse of `tolka_paragrafnummer`."""
    delar: list[str] = []
    nummer = sorted(set(nummer))
    i = 0
    while i < len(nummer):
        j = i
        while j + 1 < len(nummer) and nummer[j + 1] == nummer[j] + 1:
            j += 1
        delar.append(str(nummer[i]) if i == j else f"{nummer[i]}{streck}{nummer[j]}")
        i = j + 1
    return ", ".join(delar)


Datum = Annotated[dt.date, BeforeValidator(_datum)]
PdfFil = Annotated[str, Field(min_length=1), AfterValidator(_pdf)]
Klockslag = Annotated[dt.time, BeforeValidator(_klockslag)]
Diarienummer = Annotated[list[Annotated[str, Field(min_length=1)]], BeforeValidator(_dnr)]
Paragrafnummer = Annotated[list[int], BeforeValidator(tolka_paragrafnummer)]
Text = Annotated[str, Field(min_length=1)]


class Modell(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class Person(Modell):
    """A named person, written either as a mapping or as "Namn (Parti)"."""

    namn: Text
    parti: str | None = None

    @classmethod
    def _fran_text(cls, varde: Any) -> Any:
        if isinstance(varde, str):
            m = re.match(r"^(.*?)\s*\(([^()]+)\)\s*$", varde)
            if m:
                return {"namn": m[1], "parti": m[2]}
            return {"namn": varde}
        return varde

    @property
    def visning(self) -> str:
        return f"{self.namn} ({self.parti})" if self.parti else self.namn


Personer = Annotated[list[Annotated[Person, BeforeValidator(Person._fran_text)]], BeforeValidator(_lista)]


# --- site_config.yml ------------------------------------------------------------------

OrganTyp = Literal["fullmäktige", "styrelse", "nämnd", "utskott"]


class Organ(Modell):
    slug: Annotated[str, Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    namn: Text
    typ: OrganTyp
    tillhor: str | None = Field(None, alias="tillhör")
    forvaringsplats: str | None = Field(None, alias="förvaringsplats")
    beskrivning: str | None = None


class Kontakt(Modell):
    e_post: str | None = Field(None, alias="e-post")
    telefon: str | None = None
    adress: str | None = None
    webbplats: str | None = None


class Forvaltningsratt(Modell):
    namn: Text
    adress: str | None = None
    e_post: str | None = Field(None, alias="e-post")


class Datalicens(Modell):
    namn: Text
    url: Annotated[str, Field(pattern=r"^https?://")]


Farg = Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$")]


class Farger(Modell):
    """The kommun's colours. Each pair that is read together must have a
    contrast of at least 4.5:1 (WCAG 2.1 AA, 1.4.3), checked when loading."""

    primar: Farg = Field("#1d4f7a", alias="primär")
    text_pa_primar: Farg = Field("#ffffff", alias="text_på_primär")
    lank: Farg = Field("#1d4f7a", alias="länk")


class Tillganglighetsbrist(Modell):
    beskrivning: Text
    skal: Text = Field(alias="skäl")
    atgard: str | None = Field(None, alias="åtgärd")


class Tillganglighet(Modell):
    """The facts of the tillgänglighetsredogörelse (lag 2018:1937, DIGG's model)."""

    forenlighet: Literal["helt förenlig", "delvis förenlig", "inte förenlig"] = Field(
        "delvis förenlig", alias="förenlighet"
    )
    brister: list[Tillganglighetsbrist] = []
    pdf_handlingar: str | None = Field(None, alias="pdf_handlingar")
    kontakt_e_post: str | None = Field(None, alias="kontakt_e-post")
    kontakt_telefon: str | None = None
    svarstid: str = "Vi svarar inom fem arbetsdagar."
    bedomd: Datum | None = Field(None, alias="bedömd")
    bedomningsmetod: str = Field(
        "Självskattning: automatisk granskning med axe i en riktig webbläsare vid varje bygge, och manuell "
        "granskning med tangentbord och skärmläsare.",
        alias="bedömningsmetod",
    )
    uppdaterad: Datum | None = None


class Webbgallring(Modell):
    """Rules for when documents leave the website (they stay in content/, the archive)."""

    protokoll_efter_ar: Annotated[int, Field(gt=0)] | None = Field(None, alias="protokoll_efter_år")
    handlingar_efter_ar: Annotated[int, Field(gt=0)] | None = Field(None, alias="handlingar_efter_år")
    styrdokument_efter_ar: Annotated[int, Field(gt=0)] | None = Field(None, alias="styrdokument_efter_år")


class Redaktor(Modell):
    """Where the web editor at /admin/ reads and writes: the git service, the repository and the
    sign-in. Without this section the repository is read from a GitHub Pages webbadress."""

    tjanst: Literal["github", "gitlab", "gitea", "forgejo"] = Field("github", alias="tjänst")
    repo: Annotated[str, Field(pattern=r"^[^/\s]+(?:/[^/\s]+)+$")] | None = None
    gren: Text = "main"
    inloggning: Annotated[str, Field(pattern=r"^https?://")] | None = None
    app_id: str | None = None
    api_adress: Annotated[str, Field(pattern=r"^https?://")] | None = None
    lokal_server: Annotated[str, Field(pattern=r"^http://(127\.0\.0\.1|localhost)(:\d+)?/")] = (
        "http://127.0.0.1:8081/api/v1"
    )


class Fortroendevald(Modell):
    """One förtroendevald in the optional list `förtroendevalda` of site_config.yml: how the
    protokoll spell them (merged into one person) and, for namesakes, where each sits."""

    namn: Text  # as shown on the site
    parti: str | None = None
    stavningar: Annotated[list[Text], BeforeValidator(_lista)] = []  # other spellings in the protokoll
    organ: Annotated[list[Text], BeforeValidator(_lista)] = []  # only in these organ (namesakes); empty: all
    id: Annotated[str, Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")] | None = None  # the page's address


class Webbplats(Modell):
    """site_config.yml: the one file a kommun edits."""

    kommun: Text
    webbadress: Annotated[str, Field(pattern=r"^https?://")]
    beskrivning: str | None = None
    # The kommun's organisationsnummer (ten digits, 212000-xxxx): names the publisher of the open
    # data in the DCAT-AP-SE catalogue the way dataportal.se merges publishers.
    organisationsnummer: Annotated[str, Field(pattern=r"^\d{6}-?\d{4}$")] | None = None
    kontakt: Kontakt = Kontakt()
    forvaringsplats: Text = Field(alias="förvaringsplats")
    forvaltningsratt: Forvaltningsratt = Field(alias="förvaltningsrätt")
    datalicens: Datalicens = Datalicens(
        namn="CC0 1.0 Universell (fri användning)",
        url="https://creativecommons.org/publicdomain/zero/1.0/deed.sv",
    )
    webbgallring: Webbgallring = Webbgallring()
    storsta_pdf_mb: Annotated[float, Field(gt=0)] = Field(25, alias="största_pdf_mb")
    farger: Farger = Field(Farger(), alias="färger")
    logotyp: str | None = None
    tillganglighet: Tillganglighet = Field(Tillganglighet(), alias="tillgänglighet")
    redaktor: Redaktor = Redaktor()
    organ: Annotated[list[Organ], Field(min_length=1)]
    fortroendevalda: list[Fortroendevald] = Field([], alias="förtroendevalda")


class GodkantNummer(Modell):
    """A number the personnummer scan flags that a secretary has reviewed and
    found not to be a personnummer (for example a case number in another system)."""

    nummer: Text
    skal: Text = Field(alias="skäl")


GodkandaNummer = Annotated[list[GodkantNummer], Field(alias="godkända_nummer")]


# --- sammantrade.yml: the sammanträde and its kallelse ------------------------------


class Handling(Modell):
    """A document attached to an ärende, a § or a notice. A handling marked
    `sekretess` is listed by title only and its file never leaves the repository."""

    titel: Text
    fil: PdfFil | None = None
    sekretess: bool = False
    webbgallras: Datum | None = None


class Halltid(Modell):
    start: Klockslag
    slut: Klockslag | None = None
    rubrik: Text
    foredragande: str | None = Field(None, alias="föredragande")
    paus: bool = False


class Arende(Modell):
    """One item of the föredragningslista."""

    nr: int
    rubrik: Text
    dnr: Diarienummer = []
    foredragande: str | None = Field(None, alias="föredragande")
    beskrivning: str | None = None
    paragraf: int | None = None
    handlingar: list[Handling] = []


class Kallelse(Modell):
    utfardad: Datum = Field(alias="utfärdad")
    ordforande: str | None = Field(None, alias="ordförande")
    sekreterare: str | None = None
    meddelande: str | None = None
    halltider: list[Halltid] = Field([], alias="hålltider")
    foredragningslista: list[Arende] = Field([], alias="föredragningslista")


class SammantradeUppgifter(Modell):
    """sammantrade.yml: time and place of one sammanträde, and its kallelse."""

    tid: Klockslag
    sluttid: Klockslag | None = None
    plats: Text
    status: Literal["planerat", "inställt"] = "planerat"
    kommentar: str | None = None
    kallelse: Kallelse | None = None
    webbgallras: Datum | None = None
    godkanda_nummer: GodkandaNummer = []


# --- protokoll.yml ------------------------------------------------------------------------


class Justering(Modell):
    datum: Datum
    tid: Klockslag | None = None
    plats: Text
    ordforande: Text = Field(alias="ordförande")
    justerare: Annotated[list[Text], BeforeValidator(_lista), Field(min_length=1)]


class Tillkannagivande(Modell):
    publiceras: Datum | None = None
    avpubliceras: Datum | None = None


class Beslutande(Modell):
    namn: Text
    parti: str | None = None
    roll: str | None = None
    ersatter: str | None = Field(None, alias="ersätter")
    paragrafer: Paragrafnummer | None = None


class Ersattare(Modell):
    namn: Text
    parti: str | None = None
    paragrafer: Paragrafnummer | None = None


class OvrigDeltagare(Modell):
    namn: Text
    titel: str | None = None
    paragrafer: Paragrafnummer | None = None


class Narvaro(Modell):
    beslutande: list[Beslutande] = []
    ersattare: list[Ersattare] = Field([], alias="ersättare")
    ovriga: list[OvrigDeltagare] = Field([], alias="övriga")


class Yrkande(Modell):
    namn: Text
    parti: str | None = None
    text: Text


class Omrostning(Modell):
    ja: Personer = []
    nej: Personer = []
    avstar: Personer = Field([], alias="avstår")
    resultat: Text


class Stallningstagande(Modell):
    """A reservation, protokollsanteckning or jäv: who, and optionally why."""

    namn: Text
    parti: str | None = None
    text: str | None = None


class Paragraf(Modell):
    nr: int
    rubrik: str | None = None
    dnr: Diarienummer = []
    beslut: str | None = None
    arendebeskrivning: str | None = Field(None, alias="ärendebeskrivning")
    yrkanden: list[Yrkande] = []
    propositionsordning: str | None = None
    omrostning: Omrostning | None = Field(None, alias="omröstning")
    reservationer: list[Stallningstagande] = []
    protokollsanteckningar: list[Stallningstagande] = []
    jav: list[Stallningstagande] = Field([], alias="jäv")
    beslutsunderlag: Annotated[list[Text], BeforeValidator(_lista)] = []
    skickas_till: Annotated[list[Text], BeforeValidator(_lista)] = []
    handlingar: list[Handling] = []
    omedelbart_justerad: bool = False
    sekretess: bool = False


# A sekretess § holds only these keys (OSL 2009:400; see lagrum.md).
SEKRETESS_NYCKLAR = frozenset({"nr", "dnr", "sekretess"})


class Protokoll(Modell):
    justering: Justering
    sekreterare: Text
    forvaringsplats: str | None = Field(None, alias="förvaringsplats")
    omfattar: Paragrafnummer | None = None
    tillkannagivande: Tillkannagivande = Field(Tillkannagivande(), alias="tillkännagivande")
    narvaro: Narvaro = Field(Narvaro(), alias="närvaro")
    paragrafer: Annotated[list[Paragraf], Field(min_length=1)]
    fil: PdfFil | None = None
    webbgallras: Datum | None = None
    godkanda_nummer: GodkandaNummer = []


# --- styrdokument/*.yml and anslag/*.yml ---------------------------------------------------

StyrdokumentTyp = Literal[
    "policy",
    "riktlinje",
    "plan",
    "program",
    "reglemente",
    "delegationsordning",
    "taxa",
    "föreskrift",
    "annat",
]


class Styrdokument(Modell):
    titel: Text
    typ: StyrdokumentTyp
    dnr: Diarienummer = []
    beslutad_av: Text
    beslutsdatum: Datum
    paragraf: int | None = None
    giltig_fran: Datum | None = Field(None, alias="giltig_från")
    giltig_till: Datum | None = None
    revideras_senast: Datum | None = None
    dokumentansvarig: str | None = None
    ersatter: str | None = Field(None, alias="ersätter")
    upphavd: Datum | None = Field(None, alias="upphävd")
    beskrivning: str | None = None
    fil: PdfFil | None = None
    webbgallras: Datum | None = None
    godkanda_nummer: GodkandaNummer = []


class Anslag(Modell):
    """A tillkännagivande or kungörelse other than a justering (KL 8 kap. 10-11 §§)."""

    rubrik: Text
    typ: Literal["tillkännagivande", "kungörelse", "delegationsbeslut", "annat"] = "tillkännagivande"
    text: Text
    organ: str | None = None
    publiceras: Datum
    avpubliceras: Datum
    bilagor: list[Handling] = []
    godkanda_nummer: GodkandaNummer = []
