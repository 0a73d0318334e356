"""Open data as JSON: one file per sammanträde and styrdokument, an index and
the current anslag, each with a JSON Schema generated from the same pydantic
models the validator uses.

JSON keys are the models' ASCII attribute names (`arendebeskrivning`,
`halltider`), never the Swedish YAML keys; dates are ISO 8601. What the
Publicering withholds is absent: a protokoll not yet justerat, the content of
a sekretess § (only `nr`, `dnr` and `sekretess: true` remain) and the file of a
sekretess handling.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from generator.regler import adresser
from generator.innehall import modell
from generator.regler.publicering import PubliceratSammantrade, PubliceratStyrdokument, Publicering, Tillkannagivande

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


SCHEMAN: dict[str, type[BaseModel]] = {
    "index": Index,
    "sammantrade": Sammantrade,
    "styrdokument": Styrdokument,
    "anslag": AnslagLista,
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


def _utan_sekretess(data: Any) -> Any:
    """Of a sekretess § only `nr`, `dnr` and `sekretess` appear in the data
    (OSL 2009:400). Handlingar under sekretess already come without their file
    from the Publicering."""
    if isinstance(data, dict):
        if data.get("sekretess") is True and "omedelbart_justerad" in data:  # a Paragraf
            return {k: data[k] for k in ("nr", "dnr", "sekretess")}
        return {k: _utan_sekretess(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_utan_sekretess(v) for v in data]
    return data


def dokument(namn: str, webbadress: str, modell_: BaseModel) -> str:
    """One data file: `$schema` first, then the model's data, as stable JSON."""
    data = _utan_sekretess(modell_.model_dump(mode="json", by_alias=False))
    data = {"$schema": adresser.absolut(webbadress, adresser.data_schema(namn)), **data}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def sammantrade(pub: Publicering, p: PubliceratSammantrade) -> str:
    s, u = p.sammantrade, p.sammantrade.uppgifter
    webbadress = pub.innehall.webbplats.webbadress
    protokoll = None
    if p.protokoll_publicerat:
        pr = s.protokoll
        protokoll = Protokoll(
            justering=pr.justering,
            sekreterare=pr.sekreterare,
            forvaringsplats=p.forvaringsplats,
            omfattar=pr.omfattar or [x.nr for x in pr.paragrafer],
            frister=Frister(**p.frister.som_json()),
            narvaro=pr.narvaro,
            fil=pr.fil,
            paragrafer=p.paragrafer,
        )
    data = Sammantrade(
        organ=s.organ.slug,
        organ_namn=s.organ.namn,
        id=s.id,
        datum=s.datum,
        tid=u.tid,
        sluttid=u.sluttid,
        plats=u.plats,
        status=u.status,
        kommentar=u.kommentar,
        url=adresser.absolut(webbadress, p.adress),
        kallelse=p.kallelse,
        protokoll=protokoll,
        omedelbart_justerade_paragrafer=[] if protokoll is not None else p.paragrafer,
    )
    return dokument("sammantrade", webbadress, data)


def styrdokument(pub: Publicering, d: PubliceratStyrdokument) -> str:
    webbadress = pub.innehall.webbplats.webbadress
    data = Styrdokument(
        **d.post.dokument.model_dump(by_alias=True),
        id=d.post.id,
        url=adresser.absolut(webbadress, d.adress),
        status=d.status,
    )
    return dokument("styrdokument", webbadress, data)


def _anslag(pub: Publicering, t: Tillkannagivande) -> Anslag:
    webbadress = pub.innehall.webbplats.webbadress
    return Anslag(
        id=t.id,
        typ=t.typ,
        rubrik=t.rubrik,
        organ=t.organ.slug if t.organ else None,
        sammantrade=adresser.absolut(webbadress, adresser.sammantrade(t.sammantrade)) if t.sammantrade else None,
        tillkannagiven=t.tillkannagiven,
        overklagande_sista_dag=t.frister.overklagande_sista_dag if t.frister else None,
        avpubliceras=t.avpubliceras,
        forvaringsplats=t.forvaringsplats,
        paragrafer=t.paragrafer,
        text=t.anslag.anslag.text if t.anslag else None,
        url=adresser.absolut(webbadress, f"{adresser.ANSLAGSTAVLA}#{t.id}"),
    )


def anslag(pub: Publicering) -> str:
    data = AnslagLista(per_datum=pub.datum, anslag=[_anslag(pub, t) for t in pub.anslagstavla])
    return dokument("anslag", pub.innehall.webbplats.webbadress, data)


def index(pub: Publicering) -> str:
    w = pub.innehall.webbplats
    a = lambda adress: adresser.absolut(w.webbadress, adress)  # noqa: E731
    data = Index(
        kommun=w.kommun,
        webbadress=w.webbadress,
        per_datum=pub.datum,
        licens=Licens(namn=w.datalicens.namn, url=w.datalicens.url),
        organ=[
            OrganIndex(
                slug=o.slug, namn=o.namn, typ=o.typ, tillhor=o.tillhor, url=a(adresser.organ(o)),
                kalender=a(adresser.kalender(o.slug)),
                flode_rss=a(adresser.flode(o.slug, "rss")), flode_atom=a(adresser.flode(o.slug, "atom")),
            )
            for o in w.organ
        ],
        sammantraden=[
            SammantradeIndex(
                organ=p.sammantrade.organ.slug, id=p.sammantrade.id, datum=p.sammantrade.datum,
                status=p.sammantrade.uppgifter.status, kallelse_publicerad=p.kallelse_publicerad,
                protokoll_publicerat=p.protokoll_publicerat, url=a(p.adress),
                json_fil=a(adresser.data_sammantrade(p.sammantrade)),
            )
            for p in pub.sammantraden
        ],
        styrdokument=[
            StyrdokumentIndex(
                id=d.post.id, titel=d.post.dokument.titel, typ=d.post.dokument.typ, status=d.status,
                url=a(d.adress), json_fil=a(adresser.data_styrdokument(d.post)),
            )
            for d in pub.styrdokument
        ],
        anslag=a(adresser.DATA_ANSLAG),
        paragrafer_csv=a(adresser.DATA_PARAGRAFER_CSV),
        kalender=a(adresser.kalender("sammantraden")),
    )
    return dokument("index", w.webbadress, data)
