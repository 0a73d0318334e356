"""Förtroendevalda, partier and omröstningar (issue 18) on the built site and in its data: the counts
on each person's and party's page and in the JSON match the protokoll as written, the data follows
its schema, and nothing from a sekretess § or a webbgallrat protokoll reaches any of it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import Counter
from pathlib import Path

import jsonschema
import pytest
import yaml

from conftest import LITEN, REPO, kopiera_projekt, kor, sida
from generator.bygg import bygg_granskat, las_och_granska
from generator.innehall import modell
from test_sekretess_kanarie import texter

DATUM = "2026-11-23"
TYPER = {"yrkanden": "yrkande", "reservationer": "reservation", "protokollsanteckningar": "protokollsanteckning",
         "jäv": "jav"}


@pytest.fixture(scope="module")
def exempel(bygg_exempel) -> Path:
    return bygg_exempel(DATUM)


def _json(site: Path, adress: str):
    return json.loads((site / adress).read_text(encoding="utf-8"))


def _protokollen() -> list[tuple[str, dict]]:
    """Every protokoll of the example as written (none has left the website on DATUM)."""
    return [(f.parent.parent.name, yaml.safe_load(f.read_text(encoding="utf-8")))
            for f in sorted((REPO / "content").glob("*/*/protokoll.yml"))]


def _stavning() -> dict[str, str]:
    lista = yaml.safe_load((REPO / "site_config.yml").read_text(encoding="utf-8"))["förtroendevalda"]
    return {s: x["namn"] for x in lista for s in x.get("stavningar", [])}


def _namn(x) -> tuple[str, str | None]:
    p = modell.Person._fran_text(x)
    return _stavning().get(p["namn"], p["namn"]), p.get("parti")


def _rakna():
    """By hand from the YAML: (name, kind) → count, name → votes, party → reservationer, party → vote events."""
    medverkan, roster, partireservationer, partiroster = Counter(), Counter(), Counter(), Counter()
    for _, pr in _protokollen():
        for x in pr["paragrafer"]:
            if x.get("sekretess"):
                continue
            for nyckel, typ in TYPER.items():
                for m in x.get(nyckel, []):
                    medverkan[(_namn(m)[0], typ)] += 1
                    if typ == "reservation":
                        partireservationer[m.get("parti")] += 1
            o = x.get("omröstning")
            if o:
                partier = set()
                for alt in ("ja", "nej", "avstår"):
                    for m in o.get(alt, []):
                        namn, parti = _namn(m)
                        roster[namn] += 1
                        partier.add(parti)
                for parti in partier:
                    partiroster[parti] += 1
    return medverkan, roster, partireservationer, partiroster


def _poster(s, ankare: str) -> int:
    rubrik = s.find("h2", id=ankare)
    return 0 if rubrik is None else len(rubrik.find_next_sibling("ul").find_all("li", recursive=False))


def _tabellrader(s, id_: str) -> int:
    tabell = s.find("caption", id=id_)
    return 0 if tabell is None else len(tabell.find_parent("table").select("tbody tr"))


def test_varje_persons_och_partis_siffror_stammer_med_protokollen(exempel):
    medverkan, roster, partireservationer, partiroster = _rakna()
    data = _json(exempel, "data/fortroendevalda.json")
    assert len(data["personer"]) > 30
    for p in data["personer"]:
        s = sida(exempel, f"fortroendevalda/{p['id']}/")
        assert s.find("h1").get_text(strip=True) == p["namn"]
        raknat = Counter(m["typ"].replace("ä", "a") for m in p["medverkan"])
        for typ in TYPER.values():
            assert raknat[typ] == medverkan[(p["namn"], typ)], (p["namn"], typ)
            assert _poster(s, typ) == medverkan[(p["namn"], typ)], (p["namn"], typ)
        assert len(p["roster"]) == roster[p["namn"]], p["namn"]
        assert _tabellrader(s, "omrostningar-tabell") == roster[p["namn"]], p["namn"]
    assert sum(roster.values()) == 11 + 13 + 31 and sum(medverkan.values()) > 50  # the example's three votes
    for x in data["partier"]:
        s = sida(exempel, f"partier/{x['id']}/")
        assert _poster(s, "reservation") == partireservationer[x["kortnamn"]], x["kortnamn"]
        assert _tabellrader(s, "omrostningar-tabell") == partiroster[x["kortnamn"]] == len(x["omrostningar"])


def test_en_partigrupp_som_splittras_och_en_hel_grupp_som_reserverar_sig(exempel):
    rostningar = {r["id"]: r for r in _json(exempel, "data/omrostningar.json")["omrostningar"]}
    kf = rostningar["kommunfullmaktige-2025-09-29-71"]
    assert [(a["alternativ"], a["antal"]) for a in kf["antal"]] == [("ja", 21), ("nej", 8), ("avstår", 2)]
    grupper = {g["parti"]: g for g in kf["grupper"]}
    assert not grupper["M"]["enig"] and grupper["SD"]["enig"] and grupper["KD"]["enig"]
    assert [(a["alternativ"], a["antal"]) for a in grupper["M"]["antal"]] == [("ja", 3), ("nej", 3), ("avstår", 0)]
    rader = [tr.get_text(" ", strip=True) for tr in sida(exempel, "partier/m/").select("tbody tr")]
    assert any(r.startswith("§ 71 Taxor och avgifter") and r.endswith("3 3 0 splittrad") for r in rader), rader
    # The § shows the vote as a table, with the party groups.
    s = sida(exempel, "kommunfullmaktige/2025-09-29/")
    paragraf = s.find(id="paragraf-71")
    assert paragraf.find("caption", string="Omröstning i § 71: 21 ja, 8 nej, 2 avstår")
    grupprader = [tr.get_text(" ", strip=True) for tr in paragraf.find("caption", string="Partiernas röster i § 71")
                  .find_parent("table").select("tbody tr")]
    assert "M 3 3 0 splittrad" in grupprader and "SD 0 5 0 enig" in grupprader
    # Every SD ledamot in fullmäktige reserved themselves in § 40 and in § 71.
    sd = [li.get_text(" ", strip=True) for li in sida(exempel, "partier/sd/").find("h2", id="reservation")
          .find_next_sibling("ul").find_all("li", recursive=False)]
    assert sum("§ 40 Svar på motion" in r for r in sd) == sum("§ 71 Taxor och avgifter" in r for r in sd) == 5


def test_narvaro_roller_och_ersattare_for_en_del_av_sammantradet(exempel):
    s = sida(exempel, "fortroendevalda/lisa-hellgren/")
    rader = [tr.get_text(" ", strip=True) for tr in s.find("caption", id="narvaro-tabell").find_parent("table").select("tbody tr")]
    assert "Kommunstyrelsen 13 april 2026 tjänstgörande ersättare, ersätter Viktor Holmlund § 63" in rader
    assert "Kommunstyrelsen 13 april 2026 ersättare § 61-62, 64" in rader
    # One spelling in one protokoll, another in the next: one person, as the list says.
    assert not (exempel / "fortroendevalda/henrik-eklov").exists()
    eklof = _json(exempel, "data/fortroendevalda.json")["personer"]
    eklof = next(p for p in eklof if p["id"] == "henrik-eklof")
    assert {n["organ"] for n in eklof["narvaro"]} == {"kommunfullmaktige", "kommunstyrelsen"}
    # A jäv, linked to its §.
    jav = sida(exempel, "fortroendevalda/viktor-holmlund/").find("h2", id="jav").find_next_sibling("ul")
    assert jav.find("a")["href"].endswith("kommunstyrelsen/2026-04-13/#paragraf-63")
    # Tjänstepersoner are not förtroendevalda.
    assert not (exempel / "fortroendevalda/anneli-sjostrand").exists()
    assert "Anneli Sjöstrand" not in (exempel / "data/fortroendevalda.json").read_text(encoding="utf-8")
    # The organ page lists who sits there now.
    organ = sida(exempel, "socialnamnden/")
    ledamoter = organ.find("caption", id="ledamoter-tabell").find_parent("table")
    assert ledamoter.select("tbody tr")[0].get_text(" ", strip=True) == "Lena Brännvik S ordförande"


def test_data_foljer_schemat_och_sammantradet_lankar_till_sina_omrostningar(exempel):
    for namn in ("fortroendevalda", "omrostningar"):
        data = _json(exempel, f"data/{namn}.json")
        schema = _json(exempel, f"data/schema/{namn}.schema.json")
        jsonschema.Draft202012Validator.check_schema(schema)
        jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)
        fel = dict(data, okand_nyckel=1)
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(fel, schema, cls=jsonschema.Draft202012Validator)
    rostningar = _json(exempel, "data/omrostningar.json")["omrostningar"]
    assert len(rostningar) == 3
    mote = _json(exempel, "data/sammantraden/kommunfullmaktige/2025-09-29.json")
    assert mote["omrostningar"] == ["https://exempel.github.io/namndsajt/data/omrostningar.json#kommunfullmaktige-2025-09-29-71"]
    assert _json(exempel, "data/sammantraden/socialnamnden/2026-11-18.json")["omrostningar"] == []
    text = (exempel / "data/omrostningar.csv").read_bytes()
    assert text.startswith("\ufeff".encode())
    rader = list(csv.reader(io.StringIO(text.decode("utf-8-sig")), delimiter=";"))
    assert rader[0][:8] == ["omrostning", "organ", "datum", "paragraf", "rubrik", "namn", "parti", "rost"]
    assert len(rader) - 1 == sum(len(r["roster"]) for r in rostningar) == 55


KANARIE = "Kanariefagelsson"  # a name that is only in a sekretess §'s jäv and vote


def test_ingenting_ur_en_sekretessparagraf_nar_personerna(tmp_path):
    """The view's SekretessParagraf has no jäv and no vote, so neither can be counted: not the
    canary's, and not those of a ledamot who is in the närvaro."""
    projekt = kopiera_projekt(LITEN, tmp_path / "p")
    innehall, _ = las_och_granska(projekt)
    mote = next(s for s in innehall.sammantraden if (s.organ.slug, s.id) == ("socialnamnden", "2025-03-26"))
    ledamot = modell.Stallningstagande(namn="Britta Testsson", parti="C", text="Jävig i sekretessärendet.")
    kanarie = modell.Stallningstagande(namn=f"Karl {KANARIE}", parti="X", text="Jävig.")
    paragrafer = [
        x.model_copy(update={
            "jav": [ledamot, kanarie], "reservationer": [ledamot],
            "omrostning": modell.Omrostning.model_construct(
                ja=[modell.Person(namn=f"Karl {KANARIE}", parti="X"), modell.Person(namn="Britta Testsson", parti="C")],
                nej=[modell.Person(namn="Erik Testsson", parti="M")], avstar=[], resultat="Hemligt."),
        }) if x.sekretess else x
        for x in mote.protokoll.paragrafer
    ]
    mote.protokoll = mote.protokoll.model_copy(update={"paragrafer": paragrafer})
    site = bygg_granskat(innehall, [], dt.date(2025, 5, 1), projekt / "site", lambda rad: None).utdata
    for fil, text in texter(site):
        assert KANARIE not in text, fil
    britta = next(p for p in _json(site, "data/fortroendevalda.json")["personer"] if p["namn"] == "Britta Testsson")
    assert [(m["typ"], m["paragraf"]) for m in britta["medverkan"]] == [("yrkande", 45)]
    assert [r["omrostning"] for r in britta["roster"]] == ["socialnamnden-2025-03-26-45"]
    assert [r["paragraf"] for r in _json(site, "data/omrostningar.json")["omrostningar"]] == [45]
    s = sida(site, "fortroendevalda/britta-testsson/")
    assert s.find("h2", id="jav") is None and s.find("h2", id="reservation") is None


def test_webbgallrat_protokoll_lamnar_inga_personer(tmp_path):
    projekt = kopiera_projekt(LITEN, tmp_path / "p")
    konfiguration = projekt / "site_config.yml"
    konfiguration.write_text(konfiguration.read_text(encoding="utf-8") + "webbgallring:\n  protokoll_efter_år: 1\n",
                             encoding="utf-8")
    fore = tmp_path / "fore"
    r = kor("bygg", "--datum", "2025-05-01", "--utdata", str(fore), cwd=projekt)
    assert r.returncode == 0, r.stderr
    assert (fore / "fortroendevalda/britta-testsson/index.html").is_file()
    efter = tmp_path / "efter"
    r = kor("bygg", "--datum", "2026-12-01", "--utdata", str(efter), cwd=projekt)
    assert r.returncode == 0, r.stderr
    assert not (efter / "fortroendevalda/britta-testsson").exists()
    assert not (efter / "partier").exists()
    assert _json(efter, "data/fortroendevalda.json")["personer"] == []
    assert _json(efter, "data/omrostningar.json")["omrostningar"] == []
    assert "Britta Testsson" not in sida(efter, "fortroendevalda/").get_text()
