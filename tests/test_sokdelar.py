"""The search index in parts (issue 15): the records of each year range are indexed by a run of
pagefind of their own, so that pagefind's memory is that of one part; the search page merges them.

The example is small enough to be one part, so these tests index it with a tiny part size (every
year a part of its own) into a copy of the built site, and search that in the browser: whatever the
parts, a reader finds the same things, in the order asked for."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil

import pytest

from conftest import REPO, kor, server
from generator.bygg import las_och_granska, tillampa_reglerna
from generator.sok import sokindex
from test_sok import DATUM, adress, dokumentet, ny_flik


@pytest.fixture(scope="module")
def pub():
    innehall, _ = las_och_granska(REPO)
    return tillampa_reglerna(innehall, dt.date.fromisoformat(DATUM)).publicering


@pytest.fixture(scope="module")
def delad(tmp_path_factory, bygg_exempel, pub):
    """The example site with its index in one part per year."""
    rot = tmp_path_factory.mktemp("delar") / "webb"
    site = rot / "exempel"
    shutil.copytree(bygg_exempel(DATUM), site)
    shutil.rmtree(site / sokindex.MAPP)
    resultat = sokindex.indexera(pub, site, REPO, delstorlek=1)
    assert resultat.varningar == []
    return rot, site, resultat


@pytest.fixture
def flik(webblasare, delad):
    rot, _, _ = delad
    with server(rot) as bas, ny_flik(webblasare, bas) as f:
        yield f


def test_en_del_per_ar_och_samling_med_alla_poster(delad, pub):
    _, site, resultat = delad
    delar = json.loads((site / sokindex.MAPP / sokindex.DELFIL).read_text(encoding="utf-8"))
    # The documents in a part per year, newest first; the ärenden likewise, in a collection of their own.
    dokument = [d for d in delar if d["samling"] == sokindex.DOKUMENT]
    ar = sorted({p.datum.year for p in pub.register}, reverse=True)
    assert [d["ar"] for d in dokument] == [[str(a)] for a in ar] and len(dokument) >= 3
    arenden = [d for d in delar if d["samling"] == sokindex.ARENDEN]
    assert [d["ar"] for d in arenden] == [[str(a)] for a in sorted({a.senast.year for a in pub.arenden}, reverse=True)]
    assert all(d["mapp"].startswith("arenden-") for d in arenden)
    # Each part is an index of its own, and together they hold every record once.
    antal = 0
    for d in delar:
        entry = json.loads((site / sokindex.MAPP / d["mapp"] / "pagefind-entry.json").read_text(encoding="utf-8"))
        antal += sum(v["page_count"] for v in entry["languages"].values())
    # ... and each its list of every word of the index (never a hit: its collection is never searched).
    assert antal == resultat.poster + len(delar) and resultat.poster == len(list(sokindex._dokument(pub, [])))


def test_delarna_efter_storlek():
    # Newest first; a part takes years until the next would make it too large; a year larger than
    # a part is a part of its own.
    delar = sokindex.dela({2026: 5, 2025: 4, 2024: 2, 2023: 9, 2022: 1}, storlek=6)
    assert [(d.ar, d.mapp) for d in delar] == [([2026], "2026"), ([2025, 2024], "2024-2025"), ([2023], "2023"),
                                                ([2022], "2022")]


def test_samma_traffar_oavsett_delar(flik, pub):
    # A word of one § in 2025, a dnr (the ärende first, from the ärenden's own index), and a name: across
    # the parts as in one index.
    assert [adress(r, "exempel") for r in flik.sok("barnkonsekvensanalys")] == ["socialnamnden/2025-03-26/#paragraf-49"]
    traffar = flik.sok("KS-2025/00214")
    assert adress(traffar[0]) == "arenden/ks-2025-00214/"
    assert len({adress(r).partition("#")[0] for r in traffar}) > 3  # and the §§, items and PDFs with it
    assert adress(flik.sok("Lena Brännvik")[0]) == "fortroendevalda/lena-brannvik/"
    assert adress(flik.sok("överklaga")[0]) == "overklaga/"


def test_efter_datum_nyast_forst_over_delarna(flik, pub):
    poster = {p.url: p for p in sokindex.poster(pub)[0]}
    traffar = flik.sok("avgift", sortera="datum")
    sidor = []
    while flik.page.is_visible("#nd-fler"):  # every hit, ten documents at a time
        antal = len(traffar)
        flik.page.click("#nd-fler")
        flik.page.wait_for_function("n => document.querySelectorAll('#nd-traffar > li').length > n", arg=antal)
        traffar = flik.resultat()
    for r in traffar:
        sidor.append(poster[adress(r)].datum)
    datum = [d for d in sidor if d]
    assert len({d[:4] for d in datum}) >= 2  # hits from more than one part
    assert datum == sorted(datum, reverse=True)
    assert len({dokumentet(adress(r), poster) for r in traffar}) == int(
        re.search(r"gav träffar i (\d+) dokument", flik.meddelande())[1])


def test_utan_pagefind_ett_svenskt_fel_och_ingen_halv_webbplats(tmp_path):
    """A project whose npm packages are not installed, built with a generator whose repository has
    none either: the build stops with a Swedish message that says what to run, and writes nothing."""
    projekt = tmp_path / "projekt"
    shutil.copytree(REPO, projekt, ignore=shutil.ignore_patterns("node_modules", ".venv", ".git", "site"))
    generator = tmp_path / "generator-utan-npm"
    shutil.copytree(REPO / "generator", generator / "generator")
    r = kor("bygg", "--datum", DATUM, "--utdata", str(tmp_path / "site"), cwd=projekt,
            miljo={"PYTHONPATH": str(generator)})
    assert r.returncode != 0
    assert "programmet pagefind saknas" in r.stderr and "npm ci" in r.stderr, r.stderr
    assert not (tmp_path / "site").exists()
