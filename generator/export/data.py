"""Open data as JSON: one file per sammanträde and styrdokument, an index and
the current anslag, each with a JSON Schema generated from the same pydantic
models the validator uses.

JSON keys are the models' ASCII attribute names (`arendebeskrivning`,
`halltider`), never the Swedish YAML keys; dates are ISO 8601. The data is
written from the published view (`regler.vy`) alone, so what the view does not
hold cannot be in it: a protokoll not yet justerat, the content of a sekretess §
(a `SekretessParagraf` has only `nr` and `dnr`) and the file of a sekretess
handling. The schema models below describe the files; the data itself never
passes through them (a test validates every file against its schema).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any, Callable, Literal

from pydantic import BaseModel, ConfigDict

from generator.innehall import modell
from generator.register.personer import rostning_id
from generator.regler import adresser, vy
from generator.regler.vy import PubliceratSammantrade, PubliceratStyrdokument, Publicering, Tillkannagivande

JSON_SCHEMA_UTKAST = "https://json-schema.org/draft/2020-12/schema"


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Frister(_Data):
    """The legal dates of one justering (see generator.lagrum)."""

    justerad: dt.date
    tillkannagiven_senast: dt.date
    tillkannagiven: dt.date
    overklagande_sista_dag: dt.date
    avpubliceras: dt.date


class Protokoll(_Data):
    justering: modell.Justering
    sekreterare: str
    forvaringsplats: str
    omfattar: list[int]
    frister: Frister
    narvaro: modell.Narvaro
    fil: str | None = None
    paragrafer: list[modell.Paragraf]


class Sammantrade(_Data):
    """data/sammantraden/ORGAN/ID.json. File paths (`fil`) are relative to `url`."""

    organ: str
    organ_namn: str
    id: str
    datum: dt.date
    tid: dt.time
    sluttid: dt.time | None = None
    plats: str
    status: Literal["planerat", "inställt"]
    kommentar: str | None = None
    url: str
    kallelse: modell.Kallelse | None = None
    protokoll: Protokoll | None = None
    omedelbart_justerade_paragrafer: list[modell.Paragraf] = []
    omrostningar: list[str] = []  # the vote events of its §§ in data/omrostningar.json (its url#id)


class Styrdokument(modell.Styrdokument):
    """data/styrdokument/ID.json: the styrdokument as written, with its address and status."""

    id: str
    url: str
    status: Literal["gällande", "kommande", "upphävd", "utgången"]


class Anslag(_Data):
    """One notice on the anslagstavla on the build date."""

    id: str
    typ: str
    rubrik: str
    organ: str | None = None
    sammantrade: str | None = None
    tillkannagiven: dt.date
    overklagande_sista_dag: dt.date | None = None
    avpubliceras: dt.date | None = None
    forvaringsplats: str | None = None
    paragrafer: list[int] = []
    text: str | None = None
    url: str


class AnslagLista(_Data):
    """data/anslag.json: the anslagstavla as of `per_datum`, the build date."""

    per_datum: dt.date
    anslag: list[Anslag]


class OrganIndex(_Data):
    slug: str
    namn: str
    typ: str
    tillhor: str | None = None
    url: str
    kalender: str
    flode_rss: str
    flode_atom: str


class SammantradeIndex(_Data):
    organ: str
    id: str
    datum: dt.date
    status: str
    kallelse_publicerad: bool
    protokoll_publicerat: bool
    url: str
    json_fil: str


class StyrdokumentIndex(_Data):
    id: str
    titel: str
    typ: str
    status: str
    url: str
    json_fil: str


class Licens(_Data):
    namn: str
    url: str


class Index(_Data):
    """data/index.json: everything the site publishes, with the address of each file."""

    kommun: str
    webbadress: str
    per_datum: dt.date
    licens: Licens
    organ: list[OrganIndex]
    sammantraden: list[SammantradeIndex]
    styrdokument: list[StyrdokumentIndex]
    anslag: str
    paragrafer_csv: str
    kalender: str
    fortroendevalda: str
    omrostningar: str
    omrostningar_csv: str


# --- data/fortroendevalda.json and data/omrostningar.json (register.personer) ----------------

Alternativ = Literal["ja", "nej", "avstår"]


class Antal(_Data):
    """Popolo's Count: how many chose one option."""

    alternativ: Alternativ
    antal: int


class Uppdrag(_Data):
    organ: str
    roller: list[str]
    forsta: dt.date
    sista: dt.date
    antal_sammantraden: int


class Narvarotillfalle(_Data):
    """One sammanträde the person sat in, as the närvaro lists them."""

    organ: str
    datum: dt.date
    sammantrade: str  # its page
    roll: str  # ordförande, vice ordförande, ledamot, tjänstgörande ersättare, ersättare
    beslutande: bool
    ersatter: str | None = None
    paragrafer: list[int] | None = None  # None: the whole sammanträde


class MedverkanData(_Data):
    """A yrkande, reservation, protokollsanteckning or jäv, at its §."""

    typ: Literal["yrkande", "reservation", "protokollsanteckning", "jäv"]
    organ: str
    datum: dt.date
    paragraf: int
    rubrik: str | None = None
    text: str | None = None
    url: str


class PersonRost(_Data):
    omrostning: str  # the id of the vote event in omrostningar.json
    alternativ: Alternativ
    url: str


class PersonData(_Data):
    """A förtroendevald: name, party and role, and nothing else about the person."""

    id: str
    namn: str
    parti: str | None = None
    url: str
    uppdrag: list[Uppdrag]
    narvaro: list[Narvarotillfalle]
    medverkan: list[MedverkanData]
    roster: list[PersonRost]


class Partiroster(_Data):
    omrostning: str
    antal: list[Antal]
    enig: bool


class PartiData(_Data):
    id: str
    kortnamn: str
    namn: str
    url: str
    personer: list[str]  # the persons' ids
    omrostningar: list[Partiroster]


class Fortroendevalda(_Data):
    """data/fortroendevalda.json: every ledamot and ersättare in a published protokoll, and the parties."""

    per_datum: dt.date
    personer: list[PersonData]
    partier: list[PartiData]


class Rost(_Data):
    """Popolo's Vote: one person's option."""

    person: str  # the id in fortroendevalda.json
    namn: str
    parti: str | None = None
    alternativ: Alternativ


class Gruppresultat(_Data):
    """How one party group voted; `enig` when all its votes were alike."""

    parti: str
    antal: list[Antal]
    enig: bool


class Omrostning(_Data):
    """One vote event, after Popolo's VoteEvent: `motion` is what was put to the vote (the
    propositionsordning), `resultat` the protokoll's own words, `antal` the counts per option,
    `roster` each person's vote and `grupper` the result per party group."""

    id: str
    organ: str
    datum: dt.date
    sammantrade: str  # the sammanträde's page
    paragraf: int
    rubrik: str | None = None
    motion: str | None = None
    resultat: str
    antal: list[Antal]
    roster: list[Rost]
    grupper: list[Gruppresultat]
    url: str  # the §


class Omrostningar(_Data):
    """data/omrostningar.json: every omröstning in a published, public §."""

    per_datum: dt.date
    omrostningar: list[Omrostning]


SCHEMAN: dict[str, type[BaseModel]] = {
    "index": Index,
    "sammantrade": Sammantrade,
    "styrdokument": Styrdokument,
    "anslag": AnslagLista,
    "fortroendevalda": Fortroendevalda,
    "omrostningar": Omrostningar,
}


def json_schema(namn: str, webbadress: str) -> dict[str, Any]:
    """The published schema of one file kind, from the pydantic model."""
    schema = SCHEMAN[namn].model_json_schema(by_alias=False, mode="serialization")
    schema["properties"] = {"$schema": {"type": "string", "format": "uri"}, **schema["properties"]}
    return {
        "$schema": JSON_SCHEMA_UTKAST,
        "$id": adresser.absolut(webbadress, adresser.data_schema(namn)),
        **schema,
    }


def _varde(x: Any) -> Any:
    """A value of the view as JSON: dates and times ISO 8601, tuples as lists, the view's own
    objects by `_DATA` or else field by field in their order."""
    if isinstance(x, (str, int, float, bool)) or x is None:
        return x
    if isinstance(x, (dt.date, dt.time)):
        return x.isoformat()
    if isinstance(x, (tuple, list)):
        return [_varde(v) for v in x]
    egen = _DATA.get(type(x))
    if egen is not None:
        return egen(x)
    return {f.name: _varde(getattr(x, f.name)) for f in dataclasses.fields(x)}


def _falt(x: Any, *namn: str) -> dict[str, Any]:
    return {n: _varde(getattr(x, n)) for n in namn}


# The JSON of the view's types whose data is not simply their fields in order. A § under sekretess
# is its own type with nothing but `nr` and `dnr` (OSL 2009:400), so nothing else can be written.
_DATA: dict[type, Callable[[Any], dict[str, Any]]] = {
    vy.Handling: lambda h: {**_falt(h, "titel", "fil"), "sekretess": False, **_falt(h, "webbgallras")},
    vy.SekretessHandling: lambda h: {"titel": h.titel, "fil": None, "sekretess": True, **_falt(h, "webbgallras")},
    vy.Paragraf: lambda x: {
        **{f.name: _varde(getattr(x, f.name)) for f in dataclasses.fields(x)}, "sekretess": False,
    },
    vy.SekretessParagraf: lambda x: {**_falt(x, "nr", "dnr"), "sekretess": True},
    vy.Punkt: lambda a: _falt(a, "nr", "rubrik", "dnr", "foredragande", "beskrivning", "paragraf", "handlingar"),
    vy.Protokoll: lambda pr: {
        **_falt(pr, "justering", "sekreterare", "forvaringsplats", "omfattar", "frister", "narvaro"),
        "fil": pr.fil.fil if pr.fil is not None else None, **_falt(pr, "paragrafer"),
    },
}


def dokument(namn: str, webbadress: str, data: dict[str, Any]) -> str:
    """One data file: `$schema` first, then the data, as stable JSON."""
    data = {"$schema": adresser.absolut(webbadress, adresser.data_schema(namn)), **data}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def sammantrade(pub: Publicering, p: PubliceratSammantrade) -> str:
    webbadress = pub.webbplats.webbadress
    data = {
        "organ": p.organ.slug, "organ_namn": p.organ.namn,
        **_falt(p, "id", "datum", "tid", "sluttid", "plats", "status", "kommentar"),
        "url": adresser.absolut(webbadress, p.adress),
        **_falt(p, "kallelse", "protokoll"),
        "omedelbart_justerade_paragrafer": _varde(p.omedelbart_justerade),
        "omrostningar": [
            adresser.absolut(webbadress, f"{adresser.DATA_OMROSTNINGAR}#{rostning_id(p, x.nr)}")
            for x in p.offentliga_paragrafer if x.omrostning is not None and p.protokoll is not None
        ],
    }
    return dokument("sammantrade", webbadress, data)


def styrdokument(pub: Publicering, d: PubliceratStyrdokument) -> str:
    webbadress = pub.webbplats.webbadress
    data = {
        **_falt(d, "titel", "typ", "dnr", "beslutad_av", "beslutsdatum", "paragraf", "giltig_fran", "giltig_till",
                "revideras_senast", "dokumentansvarig", "ersatter", "upphavd", "beskrivning"),
        "fil": d.fil.fil if d.fil is not None else None,
        **_falt(d, "webbgallras", "godkanda_nummer", "id"),
        "url": adresser.absolut(webbadress, d.adress),
        "status": d.status,
    }
    return dokument("styrdokument", webbadress, data)


def _anslag(pub: Publicering, t: Tillkannagivande) -> dict[str, Any]:
    webbadress = pub.webbplats.webbadress
    return {
        **_falt(t, "id", "typ", "rubrik"),
        "organ": t.organ.slug if t.organ else None,
        "sammantrade": adresser.absolut(webbadress, t.sammantrade.adress) if t.sammantrade else None,
        "tillkannagiven": _varde(t.tillkannagiven),
        "overklagande_sista_dag": _varde(t.frister.overklagande_sista_dag) if t.frister else None,
        **_falt(t, "avpubliceras", "forvaringsplats", "paragrafer", "text"),
        "url": adresser.absolut(webbadress, f"{adresser.ANSLAGSTAVLA}#{t.id}"),
    }


def anslag(pub: Publicering) -> str:
    data = {"per_datum": _varde(pub.datum), "anslag": [_anslag(pub, t) for t in pub.anslagstavla]}
    return dokument("anslag", pub.webbplats.webbadress, data)


def index(pub: Publicering) -> str:
    w = pub.webbplats
    a = lambda adress: adresser.absolut(w.webbadress, adress)  # noqa: E731
    data = {
        "kommun": w.kommun,
        "webbadress": w.webbadress,
        "per_datum": _varde(pub.datum),
        "licens": {"namn": w.datalicens.namn, "url": w.datalicens.url},
        "organ": [
            {
                **_falt(o, "slug", "namn", "typ", "tillhor"), "url": a(adresser.organ(o)),
                "kalender": a(adresser.kalender(o.slug)),
                "flode_rss": a(adresser.flode(o.slug, "rss")), "flode_atom": a(adresser.flode(o.slug, "atom")),
            }
            for o in pub.organ
        ],
        "sammantraden": [
            {
                "organ": p.organ.slug, **_falt(p, "id", "datum", "status", "kallelse_publicerad", "protokoll_publicerat"),
                "url": a(p.adress), "json_fil": a(adresser.data_sammantrade(p)),
            }
            for p in pub.sammantraden
        ],
        "styrdokument": [
            {**_falt(d, "id", "titel", "typ", "status"), "url": a(d.adress), "json_fil": a(adresser.data_styrdokument(d))}
            for d in pub.styrdokument
        ],
        "anslag": a(adresser.DATA_ANSLAG),
        "paragrafer_csv": a(adresser.DATA_PARAGRAFER_CSV),
        "kalender": a(adresser.kalender("sammantraden")),
        "fortroendevalda": a(adresser.DATA_FORTROENDEVALDA),
        "omrostningar": a(adresser.DATA_OMROSTNINGAR),
        "omrostningar_csv": a(adresser.DATA_OMROSTNINGAR_CSV),
    }
    return dokument("index", w.webbadress, data)
