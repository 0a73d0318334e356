"""Nothing findable becomes unfindable (issue 15), on a small generated archive (bench/generate.py:
two years of twelve organ) built by the CLI, and searched in the browser as a reader would, with the
index in one part per year. What each search should find is worked out from the index's own records."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

from conftest import REPO, kor, server
from generator.bygg import las_och_granska, tillampa_reglerna
from generator.register.personer import personregister
from generator.sok import sokindex
from test_sok import ny_flik

sys.path.insert(0, str(REPO / "bench"))
import generate  # noqa: E402

DATUM = generate.BYGGDATUM.isoformat()
FAKTOR = 0.06  # the newest 160 sammanträden: 2025 and 2026
# The generated texts reuse the words of the corpus, so a word found in one place only is planted:
# one in the beslut of a § of 2025, one in a PDF handling of 2026.
ORD_I_PARAGRAFEN = "Ljusterövägsutredningen"
ORD_I_PDF = "Kvarnforsdammsinventeringen"


def _plantera(projekt: Path) -> tuple[str, str]:
    """Plant the two words; the § and the PDF, as their addresses on the site."""
    protokoll = sorted(projekt.glob("content/socialnamnden/2025-*/protokoll.yml"))[0]
    data = yaml.safe_load(protokoll.read_text(encoding="utf-8"))
    paragraf = next(p for p in data["paragrafer"] if p.get("dnr") and not p.get("sekretess"))
    paragraf["beslut"] = f"{paragraf['beslut']} Se även {ORD_I_PARAGRAFEN}."
    generate.skriv_yaml(protokoll, data)
    mote = protokoll.parent.relative_to(projekt / "content").as_posix()
    pdf = sorted(projekt.glob("content/*/2026-*/handlingar/*.pdf"))[0]
    generate.skriv_pdf(pdf, "Handling", f"Underlag. {ORD_I_PDF} visar läget.")
    return f"{mote}/#paragraf-{paragraf['nr']}", pdf.relative_to(projekt / "content").as_posix()


@pytest.fixture(scope="module")
def arkiv(tmp_path_factory):
    """The archive, its published view, and its site with the index in one part per year."""
    rot = tmp_path_factory.mktemp("arkiv")
    generate.generera(rot / "projekt", FAKTOR)
    planterat = _plantera(rot / "projekt")
    site = rot / "webb" / "arkiv"
    r = kor("bygg", "--datum", DATUM, "--utdata", str(site), cwd=rot / "projekt")
    assert r.returncode == 0, r.stderr
    innehall, _ = las_och_granska(rot / "projekt")
    pub = tillampa_reglerna(innehall, dt.date.fromisoformat(DATUM)).publicering
    shutil.rmtree(site / sokindex.MAPP)
    assert sokindex.indexera(pub, site, REPO, delstorlek=1).varningar == []
    return rot / "webb", pub, planterat


@pytest.fixture(scope="module")
def poster(arkiv):
    return sokindex.poster(arkiv[1])[0]


@pytest.fixture
def flik(webblasare, arkiv):
    with server(arkiv[0]) as bas, ny_flik(webblasare, bas, "arkiv", DATUM) as f:
        yield f


def _adresser(traffar: list[dict]) -> list[str]:
    return [r["url"].removeprefix("/arkiv/") for r in traffar]


def test_arkivet_har_flera_delar(arkiv):
    rot = arkiv[0]
    delar = (rot / "arkiv" / sokindex.MAPP / sokindex.DELFIL).read_text(encoding="utf-8")
    assert delar.count('"mapp"') >= 4  # two years of documents, two or more of ärenden


def test_ett_ord_som_bara_en_paragraf_har(flik, arkiv, poster):
    paragraf, _ = arkiv[2]
    assert [p.url for p in poster if ORD_I_PARAGRAFEN in " ".join(p.text)] == [paragraf]
    assert _adresser(flik.sok(ORD_I_PARAGRAFEN.lower())) == [paragraf]


def test_ett_ord_som_bara_en_pdf_har(flik, arkiv, poster):
    _, pdf = arkiv[2]
    assert [p.url for p in poster if ORD_I_PDF in " ".join(p.text)] == [pdf]
    assert _adresser(flik.sok(ORD_I_PDF)) == [pdf]


def test_varje_stavning_av_diarienumret_ger_arendet_forst(flik, arkiv):
    pub = arkiv[1]
    arende = next(a for a in pub.arenden if len({p.datum for p in a.poster}) > 1)
    dnr = arende.dnr  # "SN-2025/00123"
    kod, _, rest = dnr.partition("-")
    for stavning in (dnr, f"{kod} {rest}", dnr.lower().replace("/", "-"), kod + rest.replace("/", "")):
        assert _adresser(flik.sok(stavning))[0] == arende.adress, stavning


def test_en_punkt_i_en_kallelse_utan_protokoll(flik, poster):
    punkter = [p for p in poster if p.meta["Typ"] == "Kallelse" and p.meta.get("Diarienummer")]
    sidor_med_protokoll = {p.url.partition("#")[0] for p in poster if p.meta["Typ"] == "Paragraf"}
    punkt = next(p for p in punkter if p.url.partition("#")[0] not in sidor_med_protokoll)
    dnr = punkt.meta["Diarienummer"].split(", ")[0]
    assert punkt.url in _adresser(flik.sok(dnr))


@pytest.mark.parametrize("typ", ["Styrdokument", "Anslag"])
def test_styrdokument_och_anslag(flik, poster, typ):
    valda = [p for p in poster if p.meta["Typ"] == typ]
    assert valda
    for p in valda[:3]:
        titel = re.sub(r"[^\w\s]", " ", p.titel.rpartition(" – ")[0] or p.titel)
        assert p.url in _adresser(flik.sok(titel)[:10]), p.titel


@pytest.mark.parametrize("fraga, sidan", [("överklaga", "overklaga/"), ("anslagstavlan", "anslagstavla/")])
def test_webbplatsens_egna_sidor(flik, fraga, sidan):
    assert _adresser(flik.sok(fraga))[0] == sidan


def test_en_fortroendevalds_namn(flik, arkiv, poster):
    pub = arkiv[1]
    namn = Counter(p.namn for p in personregister(pub).personer)
    person = next(p for p in personregister(pub).personer if namn[p.namn] == 1 and len(p.tillfallen) > 2)
    assert _adresser(flik.sok(person.namn))[0] == person.adress
