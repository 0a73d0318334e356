"""schema.org JSON-LD in the built pages, extracted as a search engine does (extruct): the kommun on
the start page, each sammanträde as an Event (a cancelled one too), each styrdokument as Legislation
(an upphävd one too) and a BreadcrumbList on the pages below the start page."""

from __future__ import annotations

import pytest
import extruct

BAS = "https://exempel.github.io/namndsajt/"


def jsonld(site, adress: str) -> dict[str, list[dict]]:
    html = (site / adress / "index.html").read_text(encoding="utf-8")
    objekt = extruct.extract(html, base_url=BAS + adress, syntaxes=["json-ld"], uniform=True)["json-ld"]
    per_typ: dict[str, list[dict]] = {}
    for o in objekt:
        per_typ.setdefault(o["@type"], []).append(o)
    return per_typ


@pytest.fixture(scope="module")
def site(bygg_exempel):
    return bygg_exempel("2026-11-23")


def test_startsidan_beskriver_kommunen(site):
    o = jsonld(site, "")
    assert list(o) == ["GovernmentOrganization"]  # no breadcrumbs on the start page
    k = o["GovernmentOrganization"][0]
    assert k["name"] == "Älvsunda kommun"
    assert k["identifier"] == "212000-9999"
    assert k["email"] == "kommun@alvsunda.example"
    assert {s["name"] for s in k["subOrganization"]} >= {"Kommunfullmäktige", "Socialnämnden"}


def test_ett_sammantrade_med_kallelse_och_protokoll(site):
    o = jsonld(site, "socialnamnden/2025-03-26/")
    e = o["Event"][0]
    assert e["name"] == "Socialnämnden, sammanträde 26 mars 2025"
    assert e["startDate"] == "2025-03-26T08:30:00+01:00"  # winter time in Sweden
    assert e["eventStatus"] == "https://schema.org/EventScheduled"
    assert e["location"]["@type"] == "Place" and e["location"]["address"]["@type"] == "PostalAddress"
    assert e["location"]["address"]["streetAddress"] and e["location"]["address"]["addressCountry"] == "SE"
    assert e["organizer"]["name"] == "Socialnämnden"
    assert e["organizer"]["url"] == BAS + "socialnamnden/"
    assert e["subjectOf"]["url"] == BAS + "socialnamnden/2025-03-26/#kallelse"
    assert e["recordedIn"]["url"] == BAS + "socialnamnden/2025-03-26/#protokoll"
    assert e["recordedIn"]["datePublished"] == "2025-03-28"  # justerat
    steg = o["BreadcrumbList"][0]["itemListElement"]
    assert [(s["position"], s["name"]) for s in steg] == [(1, "Start"), (2, "Socialnämnden"), (3, "Socialnämnden 26 mars 2025")]


def test_det_justerade_protokollets_pdf(site):
    e = jsonld(site, "socialnamnden/2026-11-18/")["Event"][0]
    pdf = e["recordedIn"]["encoding"]["contentUrl"]
    assert pdf.endswith(".pdf") and (site / pdf.removeprefix(BAS)).is_file()


def test_ett_installt_sammantrade(site):
    e = jsonld(site, "socialnamnden/2025-10-22/")["Event"][0]
    assert e["eventStatus"] == "https://schema.org/EventCancelled"
    assert e["startDate"].endswith("+02:00")  # summer time
    assert "recordedIn" not in e


def test_ett_kommande_sammantrade_utan_protokoll(site):
    framtida = sorted(p.parent.name for p in (site / "socialnamnden").glob("2026-12-*/index.html"))
    assert framtida
    e = jsonld(site, f"socialnamnden/{framtida[0]}/")["Event"][0]
    assert "recordedIn" not in e and e["eventStatus"] == "https://schema.org/EventScheduled"


def test_styrdokument_upphavt_och_det_som_ersatter_det(site):
    gammal = jsonld(site, "styrdokument/delegationsordning-socialnamnden-2023/")["Legislation"][0]
    assert gammal["legislationLegalForce"] == "NotInForce"
    assert gammal["legislationType"] == "delegationsordning"
    assert gammal["legislationPassedBy"]["name"] == "Socialnämnden"
    ny = jsonld(site, "styrdokument/delegationsordning-socialnamnden-2026/")
    lag = ny["Legislation"][0]
    assert lag["legislationLegalForce"] == "InForce"
    assert lag["legislationChanges"]["url"] == BAS + "styrdokument/delegationsordning-socialnamnden-2023/"
    assert lag["legislationDate"] == "2025-11-26"
    assert [s["name"] for s in ny["BreadcrumbList"][0]["itemListElement"]][:2] == ["Start", "Styrdokument"]


def test_varje_sida_under_startsidan_har_en_brodsmulestig(site):
    sidor = [p for p in site.rglob("index.html") if p.parent != site and "admin" not in p.parts
             and "pagefind" not in p.parts]
    assert len(sidor) > 50
    for p in sidor:
        adress = p.parent.relative_to(site).as_posix() + "/"
        o = jsonld(site, adress)
        assert "BreadcrumbList" in o, adress
        assert o["BreadcrumbList"][0]["itemListElement"][-1]["item"] == BAS + adress


def test_en_fortroendevalds_sida_ligger_under_forteckningen(site):
    personer = sorted(p.parent.name for p in (site / "fortroendevalda").glob("*/index.html"))
    assert personer
    steg = jsonld(site, f"fortroendevalda/{personer[0]}/")["BreadcrumbList"][0]["itemListElement"]
    assert [s["item"] for s in steg][:2] == [BAS, BAS + "fortroendevalda/"]


def test_inget_skript_kan_avslutas_i_fortid(site):
    """A secretary's text with </script> inside stays inside the JSON (escaped)."""
    from generator.webb.jsonld import skript

    html = str(skript({"name": "</script><script>alert(1)</script> & co"}))
    assert html.count("</script>") == 1 and "\\u003c/script\\u003e" in html
