"""The DCAT-AP-SE catalogue of the site's open data, for Sweden's data portal (dataportal.se).

The portal harvests each organisation's catalogue once a day as RDF/XML from one address; a
kommun is pre-registered with `http://<organisation>.se/datasets/dcat` (DIGG's harvesting
specification, docs/harvesting.md in diggsweden/DCAT-AP-SE), so the catalogue is published at
`datasets/dcat` under the site. The catalogue describes exactly the export files this build
wrote: `katalog()` is given them, so a distribution never points at a file that is not there.

What the specification requires (M) and recommends (R), and where each comes from:

- Catalogue: title, description, publisher, licence, dataset (M); issued, modified, language,
  homepage, theme taxonomy (R). The licence is `datalicens` in site_config.yml.
- Dataset: title, description, publisher (M); contact point, keyword, theme (GOVE, the EU
  data-theme "Regeringen och den offentliga sektorn"), issued, temporal, access rights,
  conformsTo (R); update frequency (the site is rebuilt every night).
- Distribution: access URL, format (M); description, licence (R); download URLs where the data
  is split into files (recommendation 4), the media type as an IANA URI.
- Publisher (foaf:Agent): name and type (M: a kommun is a LocalAuthority); identifier, the
  organisation number from site_config.yml, which also gives the URI the portal merges
  publishers by (`http://dataportal.se/organisation/SE<orgnr>`).
- Contact point (vcard:Organization): name and e-mail (M), telephone (R), from `kontakt`.

Every node has a URI (the portal does not accept blank nodes for these), and the file is written
in a fixed order, so two builds of the same content on the same date give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from generator.regler import adresser

ADRESS = "datasets/dcat"

NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
for _prefix, _uri in NS.items():
    ET.register_namespace(_prefix, _uri)

SVENSKA = "http://publications.europa.eu/resource/authority/language/SWE"
TEMAN = "http://publications.europa.eu/resource/authority/data-theme"
OFFENTLIG_SEKTOR = f"{TEMAN}/GOVE"
DAGLIGEN = "http://publications.europa.eu/resource/authority/frequency/DAILY"
OPPEN = "http://publications.europa.eu/resource/authority/access-right/PUBLIC"
KOMMUN = "http://purl.org/adms/publishertype/LocalAuthority"
MEDIETYPER = "https://www.iana.org/assignments/media-types/"


@dataclass(frozen=True)
class Distribution:
    """One form of a dataset: the files matching `filer`; `atkomst` is the file that leads to
    them (or, when None, the first of them). Several files are several download URLs."""

    titel: str
    beskrivning: str
    medietyp: str
    filer: tuple[str, ...]  # fnmatch patterns of site addresses
    atkomst: str | None = None
    schema: str | None = None  # the JSON Schema the files follow


@dataclass(frozen=True)
class Datamangd:
    id: str
    titel: str
    beskrivning: str
    nyckelord: tuple[str, ...]
    distributioner: tuple[Distribution, ...]


# The datasets and their distributions. A new kind of open data is one more row here.
DATAMANGDER: tuple[Datamangd, ...] = (
    Datamangd(
        "sammantraden",
        "Sammanträden, kallelser och protokoll",
        "Nämndernas, styrelsens och fullmäktiges sammanträden med kallelse (tid, plats och "
        "föredragningslista) och justerat protokoll paragraf för paragraf: beslut, diarienummer, "
        "närvaro, yrkanden, omröstningar och reservationer. Paragrafer med sekretess anges bara med "
        "nummer och diarienummer.",
        ("sammanträden", "protokoll", "kallelser", "beslut", "nämnder", "kommunfullmäktige", "diarienummer"),
        (
            Distribution(
                "En JSON-fil per sammanträde",
                "En förteckning över organ, sammanträden och styrdokument (index.json) med länkar till "
                "en JSON-fil per sammanträde.",
                "application/json", ("data/sammantraden/*/*.json",), atkomst=adresser.DATA_INDEX,
                schema="sammantrade",
            ),
            Distribution(
                "Alla paragrafer som tabell (CSV)",
                "En rad per publicerad paragraf, semikolonseparerad UTF-8 med BOM för Excel.",
                "text/csv", (adresser.DATA_PARAGRAFER_CSV,),
            ),
            Distribution(
                "Sammanträden som kalender (iCalendar)",
                "Alla sammanträden och ett kalenderflöde per organ.",
                "text/calendar", ("data/kalender/*.ics",), atkomst=adresser.kalender("sammantraden"),
            ),
            Distribution(
                "Nya protokoll och kallelser per organ (RSS)", "Ett RSS-flöde per organ.",
                "application/rss+xml", ("data/floden/*.rss",),
            ),
            Distribution(
                "Nya protokoll och kallelser per organ (Atom)", "Ett Atom-flöde per organ.",
                "application/atom+xml", ("data/floden/*.atom",),
            ),
        ),
    ),
    Datamangd(
        "anslagstavla",
        "Digitala anslagstavlan",
        "Tillkännagivanden på kommunens digitala anslagstavla enligt kommunallagen: justerade "
        "protokoll med sista dag att överklaga, kungörelser av fullmäktiges sammanträden och andra "
        "tillkännagivanden, med datum då de sattes upp och tas ner.",
        ("anslagstavla", "tillkännagivanden", "kungörelser", "överklagande", "justering"),
        (
            Distribution(
                "Dagens anslag (JSON)", "Tillkännagivandena som sitter uppe den dag webbplatsen byggdes.",
                "application/json", (adresser.DATA_ANSLAG,), schema="anslag",
            ),
            Distribution(
                "Anslagstavlan som RSS-flöde", "Nya tillkännagivanden.",
                "application/rss+xml", (adresser.flode("anslagstavla", "rss"),),
            ),
            Distribution(
                "Anslagstavlan som Atom-flöde", "Nya tillkännagivanden.",
                "application/atom+xml", (adresser.flode("anslagstavla", "atom"),),
            ),
        ),
    ),
    Datamangd(
        "styrdokument",
        "Styrdokument",
        "Kommunens beslutade styrdokument (policyer, riktlinjer, planer, program, reglementen, "
        "delegationsordningar, taxor) med beslutsdatum, beslutande organ och giltighetstid.",
        ("styrdokument", "policy", "riktlinje", "reglemente", "delegationsordning", "taxa"),
        (
            Distribution(
                "En JSON-fil per styrdokument",
                "Förteckningen (index.json) länkar till en JSON-fil per styrdokument.",
                "application/json", ("data/styrdokument/*.json",), atkomst=adresser.DATA_INDEX,
                schema="styrdokument",
            ),
            Distribution(
                "Nya styrdokument (RSS)", "Nya och ändrade styrdokument.",
                "application/rss+xml", (adresser.flode("styrdokument", "rss"),),
            ),
            Distribution(
                "Nya styrdokument (Atom)", "Nya och ändrade styrdokument.",
                "application/atom+xml", (adresser.flode("styrdokument", "atom"),),
            ),
        ),
    ),
    Datamangd(
        "fortroendevalda-och-omrostningar",
        "Förtroendevalda och omröstningar",
        "Ledamöter och ersättare i de publicerade protokollen med parti, roll och närvaro, deras "
        "yrkanden, reservationer, protokollsanteckningar och jäv, och varje omröstning med hur varje "
        "ledamot och varje partigrupp röstade (efter Popolos VoteEvent). Bara namn, parti och roll; "
        "ingenting ur paragrafer med sekretess.",
        ("förtroendevalda", "ledamöter", "partier", "omröstningar", "voteringar", "reservationer", "närvaro"),
        (
            Distribution(
                "Förtroendevalda och partier (JSON)",
                "Varje ledamot och ersättare med uppdrag, närvaro, yrkanden, reservationer och röster, och varje parti.",
                "application/json", (adresser.DATA_FORTROENDEVALDA,), schema="fortroendevalda",
            ),
            Distribution(
                "Omröstningar (JSON)",
                "Varje omröstning med antal per alternativ, varje ledamots röst och partigruppernas resultat.",
                "application/json", (adresser.DATA_OMROSTNINGAR,), schema="omrostningar",
            ),
            Distribution(
                "Omröstningar som tabell (CSV)",
                "En rad per ledamots röst, semikolonseparerad UTF-8 med BOM för Excel.",
                "text/csv", (adresser.DATA_OMROSTNINGAR_CSV,),
            ),
        ),
    ),
)

# Feeds of organs are matched by "data/floden/*.rss" and must not include the site-wide ones.
_EGNA_FLODEN = {adresser.flode(n, f) for n in ("anslagstavla", "styrdokument") for f in ("rss", "atom")}


def kanonisk_licens(url: str) -> str:
    """The URI the portal knows a Creative Commons licence by: http, no language page, a trailing
    slash (DIGG: "CC-BY ska alltid anges med URIn http://creativecommons.org/licenses/by/4.0/")."""
    m = re.match(r"^https?://creativecommons\.org/((?:licenses|publicdomain)/[a-z-]+/\d\.\d)(?:/.*)?$", url)
    return f"http://creativecommons.org/{m.group(1)}/" if m else url


def utgivare_uri(webbadress: str, organisationsnummer: str | None) -> str:
    if organisationsnummer:
        return "http://dataportal.se/organisation/SE" + re.sub(r"\D", "", organisationsnummer)
    return absolut(webbadress, ADRESS) + "#utgivare"


def absolut(webbadress: str, adress: str) -> str:
    return adresser.absolut(webbadress, adress)


@dataclass(frozen=True)
class Fakta:
    """What the catalogue says about the kommun and the archive."""

    kommun: str
    webbadress: str
    beskrivning: str | None
    organisationsnummer: str | None
    e_post: str | None
    telefon: str | None
    licens: str
    byggdatum: dt.date
    forsta: dt.date | None  # the earliest published sammanträde
    sista: dt.date | None  # the latest


def _filer(d: Distribution, adresser_: list[str]) -> list[str]:
    ut = [a for a in adresser_ if any(fnmatch.fnmatchcase(a, m) for m in d.filer)]
    if any(m.startswith("data/floden/*") for m in d.filer):
        ut = [a for a in ut if a not in _EGNA_FLODEN]
    return ut


def katalog(fakta: Fakta, filer: list[str]) -> bytes:
    """The catalogue as RDF/XML, describing the export files `filer` (site addresses)."""
    adresser_ = sorted(filer)
    bas = absolut(fakta.webbadress, ADRESS)
    rot = ET.Element(_q("rdf:RDF"))
    utgivare = utgivare_uri(fakta.webbadress, fakta.organisationsnummer)
    licens = kanonisk_licens(fakta.licens)
    kontakt = f"{bas}#kontakt" if fakta.e_post else None

    kat = _nod(rot, "dcat:Catalog", bas)
    _text(kat, "dcterms:title", f"Öppna data från {fakta.kommun}s nämnder")
    _text(kat, "dcterms:description", fakta.beskrivning or (
        f"{fakta.kommun}s allmänna handlingar från nämndernas sammanträden som öppna data: "
        "sammanträden, kallelser, protokoll, den digitala anslagstavlan och styrdokument."))
    _ref(kat, "dcterms:publisher", utgivare)
    _ref(kat, "dcterms:license", licens)
    _ref(kat, "dcterms:language", SVENSKA)
    _ref(kat, "foaf:homepage", fakta.webbadress)
    _ref(kat, "dcat:themeTaxonomy", TEMAN)
    if fakta.forsta:
        _datum(kat, "dcterms:issued", fakta.forsta)
    _datum(kat, "dcterms:modified", fakta.byggdatum)

    mangder = []
    for m in DATAMANGDER:
        delar = [(d, _filer(d, adresser_)) for d in m.distributioner]
        delar = [(d, f) for d, f in delar if f]
        if delar:
            mangder.append((m, delar))
            _ref(kat, "dcat:dataset", f"{bas}#{m.id}")

    agent = _nod(rot, "foaf:Agent", utgivare)
    _text(agent, "foaf:name", fakta.kommun, sprak=None)
    _ref(agent, "dcterms:type", KOMMUN)
    if fakta.organisationsnummer:
        _text(agent, "dcterms:identifier", fakta.organisationsnummer, sprak=None)

    if kontakt:
        vc = _nod(rot, "vcard:Organization", kontakt)
        _text(vc, "vcard:fn", fakta.kommun, sprak=None)
        _ref(vc, "vcard:hasEmail", "mailto:" + fakta.e_post)
        if fakta.telefon:
            _ref(vc, "vcard:hasTelephone", "tel:" + re.sub(r"[^\d+]", "", fakta.telefon))

    for m, delar in mangder:
        ds = _nod(rot, "dcat:Dataset", f"{bas}#{m.id}")
        _text(ds, "dcterms:title", f"{m.titel}, {fakta.kommun}")
        _text(ds, "dcterms:description", m.beskrivning)
        _ref(ds, "dcterms:publisher", utgivare)
        if kontakt:
            _ref(ds, "dcat:contactPoint", kontakt)
        for ord_ in m.nyckelord:
            _text(ds, "dcat:keyword", ord_)
        _ref(ds, "dcat:theme", OFFENTLIG_SEKTOR)
        _ref(ds, "dcterms:accrualPeriodicity", DAGLIGEN)
        _ref(ds, "dcterms:accessRights", OPPEN)
        _ref(ds, "dcat:landingPage", absolut(fakta.webbadress, adresser.PRENUMERERA))
        if fakta.forsta:
            _datum(ds, "dcterms:issued", fakta.forsta)
            _ref(ds, "dcterms:temporal", f"{bas}#{m.id}-tidsperiod")
        _datum(ds, "dcterms:modified", fakta.byggdatum)
        for i, (d, _) in enumerate(delar, 1):
            _ref(ds, "dcat:distribution", f"{bas}#{m.id}-{i}")
        if fakta.forsta:
            period = _nod(rot, "dcterms:PeriodOfTime", f"{bas}#{m.id}-tidsperiod")
            _datum(period, "dcat:startDate", fakta.forsta)
            _datum(period, "dcat:endDate", max(fakta.sista or fakta.byggdatum, fakta.forsta))
        for i, (d, f) in enumerate(delar, 1):
            dist = _nod(rot, "dcat:Distribution", f"{bas}#{m.id}-{i}")
            _text(dist, "dcterms:title", d.titel)
            _text(dist, "dcterms:description", d.beskrivning)
            _text(dist, "dcterms:format", d.medietyp, sprak=None)
            _ref(dist, "dcat:mediaType", MEDIETYPER + d.medietyp)
            _ref(dist, "dcterms:license", licens)
            _ref(dist, "dcat:accessURL", absolut(fakta.webbadress, d.atkomst or f[0]))
            for adress in f:
                _ref(dist, "dcat:downloadURL", absolut(fakta.webbadress, adress))
            if d.schema:
                _ref(dist, "dcterms:conformsTo", absolut(fakta.webbadress, adresser.data_schema(d.schema)))
    ET.indent(rot)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(rot, encoding="utf-8") + b"\n"


def _q(namn: str) -> str:
    prefix, lokal = namn.split(":")
    return f"{{{NS[prefix]}}}{lokal}"


def _nod(rot: ET.Element, typ: str, uri: str) -> ET.Element:
    return ET.SubElement(rot, _q(typ), {_q("rdf:about"): uri})


def _ref(nod: ET.Element, egenskap: str, uri: str) -> None:
    ET.SubElement(nod, _q(egenskap), {_q("rdf:resource"): uri})


def _text(nod: ET.Element, egenskap: str, text: str, sprak: str | None = "sv") -> None:
    e = ET.SubElement(nod, _q(egenskap), {"{http://www.w3.org/XML/1998/namespace}lang": sprak} if sprak else {})
    e.text = text


def _datum(nod: ET.Element, egenskap: str, datum: dt.date) -> None:
    e = ET.SubElement(nod, _q(egenskap), {_q("rdf:datatype"): NS["xsd"] + "date"})
    e.text = datum.isoformat()
