"""Open data, feeds and calendars: valid, stable, and never leaking what is withheld."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import feedparser
import icalendar
import jsonschema
import pytest

from conftest import LITEN, REPO, kor, sida

EXEMPEL_ADRESS = "https://exempel.github.io/namndsajt/"
LITEN_ADRESS = "https://test.example/namndsajt/"


@pytest.fixture(scope="module")
def exempel(bygg_exempel) -> Path:
    return bygg_exempel("2026-11-23")


def lokal(site: Path, url: str, bas: str) -> Path:
    assert url.startswith(bas), url
    rest = url[len(bas):].split("#")[0]
    return site / rest / "index.html" if rest.endswith("/") or rest == "" else site / rest


def datafiler(site: Path) -> list[Path]:
    return sorted(p for p in (site / "data").rglob("*.json") if "schema" not in p.parts)


def test_varje_jsonfil_foljer_sitt_publicerade_schema(exempel):
    filer = datafiler(exempel)
    assert len(filer) > 15
    for fil in filer:
        data = json.loads(fil.read_text(encoding="utf-8"))
        schema = json.loads(lokal(exempel, data["$schema"], EXEMPEL_ADRESS).read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)


def test_schemat_ar_strangt(exempel):
    schema = json.loads((exempel / "data/schema/sammantrade.schema.json").read_text())
    data = json.loads((exempel / "data/sammantraden/socialnamnden/2025-03-26.json").read_text())
    data["protokoll"]["paragrafer"][2]["okand_nyckel"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_jsonnycklar_ar_ascii_snake_case(exempel):
    def nycklar(x):
        if isinstance(x, dict):
            for k, v in x.items():
                yield k
                yield from nycklar(v)
        elif isinstance(x, list):
            for v in x:
                yield from nycklar(v)

    for fil in datafiler(exempel):
        for k in nycklar(json.loads(fil.read_text())):
            assert k == "$schema" or re.fullmatch(r"[a-z][a-z0-9_]*", k), (fil, k)


def test_index_pekar_pa_sidor_och_filer_som_finns(exempel):
    index = json.loads((exempel / "data/index.json").read_text())
    assert index["kommun"] == "Älvsunda kommun"
    assert index["licens"]["namn"].startswith("CC0")
    assert len(index["sammantraden"]) == 14 and len(index["styrdokument"]) == 4
    for post in index["sammantraden"] + index["styrdokument"]:
        assert lokal(exempel, post["url"], EXEMPEL_ADRESS).is_file()
        assert lokal(exempel, post["json_fil"], EXEMPEL_ADRESS).is_file()
    for organ in index["organ"]:
        for nyckel in ("url", "kalender", "flode_rss", "flode_atom"):
            assert lokal(exempel, organ[nyckel], EXEMPEL_ADRESS).is_file()


def test_anslag_json_har_dagens_anslag_med_datum(exempel):
    anslag = json.loads((exempel / "data/anslag.json").read_text())
    assert anslag["per_datum"] == "2026-11-23"
    forst = anslag["anslag"][0]
    assert (forst["id"], forst["tillkannagiven"], forst["overklagande_sista_dag"], forst["avpubliceras"]) == (
        "socialnamnden-2026-11-18-justering", "2026-11-20", "2026-12-11", "2026-12-12",
    )
    assert len(anslag["anslag"]) == 6


def test_sekretessparagraf_ar_bara_nummer_och_dnr(exempel):
    data = json.loads((exempel / "data/sammantraden/socialnamnden/2025-03-26.json").read_text())
    paragrafer = {p["nr"]: p for p in data["protokoll"]["paragrafer"]}
    assert sorted(paragrafer) == [*range(43, 54), *range(55, 60)]
    assert paragrafer[43] == {"nr": 43, "dnr": ["25SN63"], "sekretess": True}
    assert paragrafer[45]["rubrik"] and paragrafer[45]["beslut"]
    assert data["protokoll"]["frister"]["overklagande_sista_dag"] == "2025-04-22"


def test_inget_undanhallet_nar_data_floden_eller_kalendrar(bygg_liten):
    # 2025-03-27: the meeting has been held, only § 47 is justerad (omedelbart).
    site = bygg_liten("2025-03-27")
    data = json.loads((site / "data/sammantraden/socialnamnden/2025-03-26.json").read_text())
    assert data["protokoll"] is None
    assert [p["nr"] for p in data["omedelbart_justerade_paragrafer"]] == [47]
    # Words that exist only in the not yet justerat § 45, and the file name of the sekretess handling.
    for fil in (site / "data").rglob("*"):
        if fil.is_file():
            text = fil.read_text(encoding="utf-8-sig")
            for ord_ in ("tagit del av informationen", "Vi ville avslå", "utredning-sekretess"):
                assert ord_ not in text, (fil, ord_)
    handling = json.loads((bygg_liten("2025-04-01") / "data/sammantraden/socialnamnden/2025-03-26.json").read_text())
    handlingar = handling["kallelse"]["foredragningslista"][0]["handlingar"]
    assert handlingar[1] == {"titel": "Utredning om enskild", "fil": None, "sekretess": True, "webbgallras": None}


def test_flodena_ar_giltiga(exempel):
    filer = sorted((exempel / "data/floden").iterdir())
    assert len(filer) == 2 * (2 + 4)
    for fil in filer:
        f = feedparser.parse(fil.read_bytes())
        assert not f.bozo, (fil, f.get("bozo_exception"))
        assert f.feed.title
    tavla = feedparser.parse((exempel / "data/floden/anslagstavla.rss").read_bytes())
    assert len(tavla.entries) == 6
    assert tavla.entries[0].id == EXEMPEL_ADRESS + "anslagstavla/#socialnamnden-2026-11-18-justering"
    assert "Sista dag att överklaga: fredag 11 december 2026" in tavla.entries[0].description


def test_flodenas_id_ar_stabila_mellan_byggen(bygg_liten):
    a = feedparser.parse((bygg_liten("2025-04-01") / "data/floden/anslagstavla.atom").read_bytes())
    b = feedparser.parse((bygg_liten("2025-04-10") / "data/floden/anslagstavla.atom").read_bytes())
    gemensamma = {e.id for e in a.entries} & {e.id for e in b.entries}
    assert len(gemensamma) == 2
    tid_a = {e.id: e.updated for e in a.entries}
    assert all(tid_a[e.id] == e.updated for e in b.entries if e.id in gemensamma)


def test_organflode_har_kallelser_och_protokoll(bygg_liten):
    f = feedparser.parse((bygg_liten("2025-04-01") / "data/floden/socialnamnden.rss").read_bytes())
    assert [e.title for e in f.entries] == [
        "Protokoll justerat: Socialnämnden onsdag 26 mars 2025",
        "Kallelse: Socialnämnden onsdag 26 mars 2025",
    ]


def test_styrdokumentflode(bygg_liten):
    f = feedparser.parse((bygg_liten("2025-04-01") / "data/floden/styrdokument.atom").read_bytes())
    assert [e.title for e in f.entries] == [
        "Upphävt styrdokument: Riktlinje för ekonomiskt bistånd 2020",
        "Reviderat styrdokument: Riktlinje för ekonomiskt bistånd",
        "Nytt styrdokument: Riktlinje för ekonomiskt bistånd 2020",
    ]


def test_kalendrarna_ar_giltiga(exempel):
    alla = icalendar.Calendar.from_ical((exempel / "data/kalender/sammantraden.ics").read_bytes())
    handelser = alla.walk("VEVENT")
    assert len(handelser) == 14
    assert len({str(e["UID"]) for e in handelser}) == 14
    assert alla.walk("VTIMEZONE")[0]["TZID"] == "Europe/Stockholm"
    kf = next(e for e in handelser if str(e["UID"]).startswith("kommunfullmaktige-2026-12-07@"))
    assert kf.decoded("DTSTART").isoformat() == "2026-12-07T18:00:00+01:00"
    assert str(kf.get("DTSTART").params["TZID"]) == "Europe/Stockholm"
    assert str(kf["STATUS"]) == "CONFIRMED"
    assert str(kf["URL"]) == EXEMPEL_ADRESS + "kommunfullmaktige/2026-12-07/"
    installt = [e for e in handelser if str(e["STATUS"]) == "CANCELLED"]
    assert [str(e["UID"]).split("@")[0] for e in installt] == ["socialnamnden-2025-10-22"]
    sommar = next(e for e in handelser if str(e["UID"]).startswith("socialnamnden-2025-06-18@"))
    assert sommar.decoded("DTSTART").utcoffset().total_seconds() == 7200  # CEST
    for o in ("kommunfullmaktige", "kommunstyrelsen", "socialnamnden", "socialnamndens-arbetsutskott"):
        cal = icalendar.Calendar.from_ical((exempel / f"data/kalender/{o}.ics").read_bytes())
        assert all(str(e["UID"]).startswith(o + "-2") for e in cal.walk("VEVENT"))


def test_csv_oppnas_med_svenska_tecken(exempel):
    raw = (exempel / "data/paragrafer.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    rader = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert list(rader[0]) == ["organ", "datum", "nr", "rubrik", "dnr", "beslut", "url"]
    forsta = next(r for r in rader if r["datum"] == "2025-03-26" and r["nr"] == "45")
    assert forsta["organ"] == "Socialnämnden"
    assert forsta["url"] == EXEMPEL_ADRESS + "socialnamnden/2025-03-26/#paragraf-45"
    assert "Socialnämnden noterar informationen" in forsta["beslut"]
    assert not any(r["datum"] == "2025-03-26" and r["nr"] in ("43", "44") for r in rader)  # sekretess
    assert any("ä" in r["rubrik"] or "ö" in r["rubrik"] or "å" in r["rubrik"] for r in rader)


def test_tva_byggen_ger_samma_bytes(tmp_path, exempel):
    andra = tmp_path / "site"
    r = kor("bygg", "--datum", "2026-11-23", "--utdata", str(andra), cwd=REPO)
    assert r.returncode == 0
    # Every file, pagefind's search index included: pagefind 1.5 writes its filter files in a
    # random order and names them by their contents; sok/pagefind_ordning.py puts them in order.
    def filer_i(site):
        return sorted(p.relative_to(site) for p in site.rglob("*") if p.is_file())

    filer = filer_i(exempel)
    assert filer == filer_i(andra)
    assert any(f.parts[0] == "data" for f in filer) and any(f.suffix == ".html" for f in filer)
    assert sum(1 for f in filer if f.parts[0] == "pagefind" and "filter" in f.parts) >= 3
    assert any(f.parts[0] == "pagefind" and f.suffix == ".pf_meta" for f in filer)
    for f in filer:
        assert (exempel / f).read_bytes() == (andra / f).read_bytes(), f


def test_sitemap_listar_varje_publik_sida(exempel):
    text = (exempel / "sitemap.xml").read_text()
    adresser = set(re.findall(r"<loc>(.*?)</loc>", text))

    def adress(index_html: Path) -> str:
        mapp = index_html.parent.relative_to(exempel).as_posix()
        return EXEMPEL_ADRESS + ("" if mapp == "." else mapp + "/")

    # The web editor at /admin/ is no public page (it is marked noindex).
    publika = [p for p in exempel.rglob("index.html") if p.relative_to(exempel).parts[0] != "admin"]
    assert adresser == {adress(p) for p in publika}


def test_autodiscovery_i_sidhuvudet(exempel):
    s = sida(exempel, "socialnamnden")
    lankar = {(l["type"], l["href"]) for l in s.select('head link[rel="alternate"]')}
    assert ("application/rss+xml", "../data/floden/anslagstavla.rss") in lankar
    assert ("application/atom+xml", "../data/floden/socialnamnden.atom") in lankar


def test_prenumerera_sidan(exempel):
    s = sida(exempel, "prenumerera")
    assert s.h1.get_text() == "Prenumerera och öppna data"
    hrefs = [a["href"] for a in s.select("article a")]
    assert "../data/floden/anslagstavla.rss" in hrefs and "../data/kalender/sammantraden.ics" in hrefs
    assert "CC0 1.0" in s.find(id="licens").find_next("p").get_text()
    for href in hrefs:
        if href.startswith("../"):
            assert (exempel / "prenumerera" / href).resolve().exists(), href


def test_ett_tomt_pagefind_index_ar_ett_byggfel(tmp_path):
    """An unreadable pagefind-entry.json fails the build (the previous site stays), never an
    internal error or a warning over a broken search."""
    from generator.fel import ByggFel
    from generator.sok import pagefind_ordning

    (tmp_path / "pagefind-entry.json").write_text("", encoding="utf-8")
    with pytest.raises(ByggFel) as fel:
        pagefind_ordning.ordna(tmp_path, [], {})
    assert not isinstance(fel.value, pagefind_ordning.OkantFormat)
    assert "pagefind-entry.json" in str(fel.value)
