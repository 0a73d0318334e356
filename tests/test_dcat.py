"""The DCAT-AP-SE catalogue that Sweden's data portal harvests: parsed with rdflib, every mandatory
property of the specification (diggsweden/DCAT-AP-SE) on the catalogue, each dataset, each
distribution, the publisher and the contact point, and every address in it exists in the site."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib import namespace as rdfns

from conftest import sida
from generator.export.dcat import kanonisk_licens

VCARD = "http://www.w3.org/2006/vcard/ns#"
EXEMPEL = "https://exempel.github.io/namndsajt/"
LITEN = "https://test.example/namndsajt/"


def las(site: Path) -> Graph:
    g = Graph()
    g.parse(data=(site / "datasets/dcat").read_bytes(), format="xml")
    return g


def ett(g: Graph, s, p):
    varden = list(g.objects(s, p))
    assert len(varden) == 1, (s, p, varden)
    return varden[0]


def svensk_text(g: Graph, s, p) -> str:
    varden = [o for o in g.objects(s, p) if isinstance(o, Literal) and o.language == "sv"]
    assert varden and all(str(v).strip() for v in varden), (s, p)
    return str(varden[0])


def lokal(site: Path, url: str, bas: str) -> Path:
    assert url.startswith(bas), url
    rest = url[len(bas):].split("#")[0]
    return site / rest / "index.html" if rest.endswith("/") or rest == "" else site / rest


@pytest.fixture(scope="module")
def exempel(bygg_exempel):
    site = bygg_exempel("2026-11-23")
    return site, las(site)


def test_katalogen_har_det_obligatoriska_och_det_rekommenderade(exempel):
    site, g = exempel
    kataloger = list(g.subjects(rdfns.RDF.type, rdfns.DCAT.Catalog))
    assert kataloger == [URIRef(EXEMPEL + "datasets/dcat")]
    k = kataloger[0]
    svensk_text(g, k, rdfns.DCTERMS.title)
    svensk_text(g, k, rdfns.DCTERMS.description)
    assert ett(g, k, rdfns.DCTERMS.publisher) == URIRef("http://dataportal.se/organisation/SE2120009999")
    assert ett(g, k, rdfns.DCTERMS.license) == URIRef("http://creativecommons.org/publicdomain/zero/1.0/")
    assert ett(g, k, rdfns.DCTERMS.language) == URIRef("http://publications.europa.eu/resource/authority/language/SWE")
    assert ett(g, k, rdfns.FOAF.homepage) == URIRef(EXEMPEL)
    assert ett(g, k, rdfns.DCAT.themeTaxonomy) == URIRef("http://publications.europa.eu/resource/authority/data-theme")
    assert ett(g, k, rdfns.DCTERMS.modified) == Literal("2026-11-23", datatype=rdfns.XSD.date)
    assert ett(g, k, rdfns.DCTERMS.issued).datatype == rdfns.XSD.date
    assert {str(d).rsplit("#", 1)[1] for d in g.objects(k, rdfns.DCAT.dataset)} == {"sammantraden", "anslagstavla", "styrdokument", "fortroendevalda-och-omrostningar"}


def test_utgivaren_och_kontaktuppgiften(exempel):
    _, g = exempel
    utgivare = URIRef("http://dataportal.se/organisation/SE2120009999")
    assert (utgivare, rdfns.RDF.type, rdfns.FOAF.Agent) in g
    assert str(ett(g, utgivare, rdfns.FOAF.name)) == "Älvsunda kommun"
    assert ett(g, utgivare, rdfns.DCTERMS.type) == URIRef("http://purl.org/adms/publishertype/LocalAuthority")
    assert str(ett(g, utgivare, rdfns.DCTERMS.identifier)) == "212000-9999"
    kontakter = set(g.objects(None, rdfns.DCAT.contactPoint))
    assert len(kontakter) == 1
    kontakt = kontakter.pop()
    assert (kontakt, rdfns.RDF.type, URIRef(VCARD + "Organization")) in g
    assert str(ett(g, kontakt, URIRef(VCARD + "fn"))) == "Älvsunda kommun"
    assert ett(g, kontakt, URIRef(VCARD + "hasEmail")) == URIRef("mailto:kommun@alvsunda.example")
    assert ett(g, kontakt, URIRef(VCARD + "hasTelephone")) == URIRef("tel:0980319200")


def test_varje_datamangd_och_distribution(exempel):
    site, g = exempel
    datamangder = list(g.subjects(rdfns.RDF.type, rdfns.DCAT.Dataset))
    assert len(datamangder) == 4
    adresser = set()
    for ds in datamangder:
        svensk_text(g, ds, rdfns.DCTERMS.title)
        svensk_text(g, ds, rdfns.DCTERMS.description)
        assert ett(g, ds, rdfns.DCTERMS.publisher) == URIRef("http://dataportal.se/organisation/SE2120009999")
        assert len(list(g.objects(ds, rdfns.DCAT.keyword))) >= 3
        assert ett(g, ds, rdfns.DCAT.theme) == URIRef("http://publications.europa.eu/resource/authority/data-theme/GOVE")
        assert ett(g, ds, rdfns.DCTERMS.accrualPeriodicity) == URIRef(
            "http://publications.europa.eu/resource/authority/frequency/DAILY")
        assert ett(g, ds, rdfns.DCAT.contactPoint)
        period = ett(g, ds, rdfns.DCTERMS.temporal)
        assert (period, rdfns.RDF.type, rdfns.DCTERMS.PeriodOfTime) in g
        assert str(ett(g, period, rdfns.DCAT.startDate)) == "2025-03-26"
        assert str(ett(g, period, rdfns.DCAT.endDate)) >= "2026-11-23"
        distributioner = list(g.objects(ds, rdfns.DCAT.distribution))
        assert distributioner, ds
        for d in distributioner:
            assert (d, rdfns.RDF.type, rdfns.DCAT.Distribution) in g
            svensk_text(g, d, rdfns.DCTERMS.description)
            format_ = str(ett(g, d, rdfns.DCTERMS.format))
            assert ett(g, d, rdfns.DCAT.mediaType) == URIRef("https://www.iana.org/assignments/media-types/" + format_)
            assert ett(g, d, rdfns.DCTERMS.license) == URIRef("http://creativecommons.org/publicdomain/zero/1.0/")
            adresser.add(str(ett(g, d, rdfns.DCAT.accessURL)))
            adresser.update(str(u) for u in g.objects(d, rdfns.DCAT.downloadURL))
            for schema in g.objects(d, rdfns.DCTERMS.conformsTo):
                adresser.add(str(schema))
    for url in adresser:
        assert lokal(site, url, EXEMPEL).is_file(), url
    # Every file of open data is in the catalogue: each sammanträde, styrdokument, feed and calendar.
    data = {EXEMPEL + p.relative_to(site).as_posix() for p in (site / "data").rglob("*") if p.is_file()}
    assert data - {u for u in data if "/schema/" in u} <= adresser, sorted(data - adresser)


def test_inga_blanka_noder_for_det_som_skordas(exempel):
    _, g = exempel
    for typ in (rdfns.DCAT.Catalog, rdfns.DCAT.Dataset, rdfns.DCAT.Distribution, rdfns.FOAF.Agent, URIRef(VCARD + "Organization")):
        assert not [s for s in g.subjects(rdfns.RDF.type, typ) if isinstance(s, BNode)], typ


def test_sidan_om_oppna_data_lankar_till_katalogen(exempel):
    site, _ = exempel
    html = sida(site, "prenumerera")
    lank = html.select_one('a[href$="datasets/dcat"]')
    assert lank is not None and (site / "datasets/dcat").is_file()
    assert "registrera.oppnadata.se" in html.get_text()


def test_utan_organisationsnummer_ar_utgivaren_webbplatsens_egen(bygg_liten):
    g = las(bygg_liten("2025-04-01"))
    k = URIRef(LITEN + "datasets/dcat")
    utgivare = ett(g, k, rdfns.DCTERMS.publisher)
    assert utgivare == URIRef(LITEN + "datasets/dcat#utgivare")
    assert (utgivare, rdfns.RDF.type, rdfns.FOAF.Agent) in g
    assert not list(g.objects(utgivare, rdfns.DCTERMS.identifier))


@pytest.mark.parametrize("url, kanonisk", [
    ("https://creativecommons.org/publicdomain/zero/1.0/deed.sv", "http://creativecommons.org/publicdomain/zero/1.0/"),
    ("https://creativecommons.org/licenses/by/4.0/", "http://creativecommons.org/licenses/by/4.0/"),
    ("http://creativecommons.org/licenses/by-sa/4.0/legalcode.sv", "http://creativecommons.org/licenses/by-sa/4.0/"),
    ("https://data.kommun.example/licens", "https://data.kommun.example/licens"),
])
def test_licensen_anges_som_portalen_kanner_den(url, kanonisk):
    assert kanonisk_licens(url) == kanonisk
