"""namndsajt importera MAPP on eight fictional kommuners layouts, rendered to PDF at test time.

The layouts are in tests/fixtures/import/*.yml (see tests/layoutpdf.py): each its own way
of writing §§, sekretess, omedelbar justering, justering, anslag dates, närvaro,
yrkanden, omröstning and reservation. They are the project's own fixtures, so these
tests run without the corpus.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
import yaml

from conftest import kor
from generator.importera.fraser import forsta
from generator.importera.mapp import importera_mapp
from layoutpdf import las_layout, layouter, skriv_layout

SITE_CONFIG = """\
kommun: Provkommun
webbadress: https://prov.example/
förvaringsplats: Kommunkansliet
förvaltningsrätt:
  namn: Förvaltningsrätten i Härnösand
organ:
  - {slug: kf, namn: Kommunfullmäktige, typ: fullmäktige}
  - {slug: kommunstyrelsen, namn: Kommunstyrelsen, typ: styrelse}
  - {slug: ksau, namn: Kommunstyrelsens arbetsutskott, typ: utskott, tillhör: kommunstyrelsen}
  - {slug: socialnamnden, namn: Socialnämnden, typ: nämnd}
  - {slug: bun, namn: Barn- och utbildningsnämnden, typ: nämnd}
  - {slug: mbn, namn: Miljö- och byggnämnden, typ: nämnd}
  - {slug: tekniska, namn: Tekniska nämnden, typ: nämnd}
  - {slug: von, namn: Vård- och omsorgsnämnden, typ: nämnd}
"""
VALIDERINGSDAG = "2026-12-31"

LAYOUTER = layouter()
ID = [f.stem for f in LAYOUTER]


def projekt(rot: Path) -> Path:
    (rot / "content").mkdir(parents=True)
    (rot / "site_config.yml").write_text(SITE_CONFIG, encoding="utf-8")
    return rot


def las(fil: Path):
    return yaml.safe_load(fil.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def importen(tmp_path_factory):
    """Every layout's PDFs in one folder, imported in one run."""
    rot = tmp_path_factory.mktemp("layouter")
    pdf = rot / "arkiv"
    for fil in LAYOUTER:
        skriv_layout(fil, pdf / fil.stem)
    p = projekt(rot / "projekt")
    m = importera_mapp(pdf, p, rapportfil=p / "importrapport.txt", framsteg=False)
    return p, m


def test_minst_atta_layouter():
    assert len(LAYOUTER) >= 8
    kommuner = {las_layout(f)["kommun"] for f in LAYOUTER}
    assert len(kommuner) == len(LAYOUTER)


def _forvantat(layout: Path) -> dict:
    return las_layout(layout)["forvantat"]


def _mapp(importen, f: dict) -> Path:
    return importen[0] / "content" / f["organ"] / str(f["datum"])


@pytest.mark.parametrize("layout", LAYOUTER, ids=ID)
def test_paragrafer_sekretess_och_omedelbar_justering(importen, layout):
    f = _forvantat(layout)
    p = las(_mapp(importen, f) / "protokoll.yml")
    paragrafer = p["paragrafer"]
    assert [x["nr"] for x in paragrafer] == f["paragrafer"]
    assert [x["nr"] for x in paragrafer if x.get("sekretess")] == f["sekretess"]
    for x in paragrafer:
        if x.get("sekretess"):
            assert set(x) <= {"nr", "sekretess", "dnr"}, x  # nothing but number and dnr
            assert x.get("dnr"), x
        else:
            assert x.get("rubrik"), x
    assert [x["nr"] for x in paragrafer if x.get("omedelbart_justerad")] == f["omedelbart"]


@pytest.mark.parametrize("layout", LAYOUTER, ids=ID)
def test_justering_och_anslag(importen, layout):
    f = _forvantat(layout)
    p = las(_mapp(importen, f) / "protokoll.yml")
    for nyckel, varde in f["justering"].items():
        assert p["justering"][nyckel] == varde, nyckel
    assert p.get("tillkännagivande") == f["tillkännagivande"]


@pytest.mark.parametrize("layout", LAYOUTER, ids=ID)
def test_narvaro(importen, layout):
    f = _forvantat(layout)
    narvaro = las(_mapp(importen, f) / "protokoll.yml").get("närvaro", {})
    assert {k: [x["namn"] for x in v] for k, v in narvaro.items()} == f["närvaro"]


@pytest.mark.parametrize("layout", LAYOUTER, ids=ID)
def test_yrkanden_omrostning_och_reservationer(importen, layout):
    f = _forvantat(layout)
    paragrafer = {x["nr"]: x for x in las(_mapp(importen, f) / "protokoll.yml")["paragrafer"]}
    for nyckel in ("yrkanden", "reservationer"):
        funna = {nr: [y["namn"] for y in x[nyckel]] for nr, x in paragrafer.items() if x.get(nyckel)}
        assert funna == {int(k): v for k, v in f.get(nyckel, {}).items()}, nyckel
    assert [nr for nr, x in paragrafer.items() if x.get("omröstning")] == f.get("omröstning", [])


@pytest.mark.parametrize("layout", LAYOUTER, ids=ID)
def test_sammantradet_och_kallelsen(importen, layout):
    f = _forvantat(layout)
    s = las(_mapp(importen, f) / "sammantrade.yml")
    assert s["tid"] == f["sammantrade"]["tid"]
    assert s["plats"] == f["sammantrade"]["plats"]
    if "utfärdad" in f["sammantrade"]:
        assert s["kallelse"]["utfärdad"] == f["sammantrade"]["utfärdad"]
        assert len(s["kallelse"]["föredragningslista"]) == f["sammantrade"]["punkter"]


@pytest.mark.parametrize("layout", LAYOUTER, ids=ID)
def test_rapporten_namner_raden_som_avgjorde_sekretessen(importen, layout):
    f = _forvantat(layout)
    rapport = importen[1].rapport
    for nr in f["sekretess"]:
        rad = next(r for r in rapport.splitlines() if r.strip().startswith(f"- § {nr}: sekretess"))
        assert "avgjordes av rad" in rad
        if nr in f.get("sekretess_osaker", []):
            assert "osäkert" in rad and "kontrollera" in rad
    for pdf in las_layout(layout)["dokument"]:
        assert any(r.split()[1:2] == [f"{layout.stem}/{pdf['fil']}:"] for r in rapport.splitlines()), pdf["fil"]


def _luckor(data, vag: str = "") -> list[str]:
    """The dotted paths of the empty values (FYLL I) in a draft."""
    if isinstance(data, dict):
        return [v for k, x in data.items() for v in _luckor(x, f"{vag}.{k}" if vag else str(k))]
    if isinstance(data, list):
        return [v for i, x in enumerate(data) for v in _luckor(x, f"{vag}[{i}]")]
    return [vag] if data is None else []


def _satt(data: dict, vag: str, varde) -> None:
    *fore, sista = vag.split(".")
    for k in fore:
        data = data[k]
    data[sista] = varde


@pytest.mark.parametrize("layout", LAYOUTER, ids=ID)
def test_utkasten_validerar_nar_luckorna_ar_ifyllda(importen, layout, tmp_path):
    f = _forvantat(layout)
    fyll = las_layout(layout).get("fyll_i") or {}
    rot = projekt(tmp_path / "p")
    mal = rot / "content" / f["organ"] / str(f["datum"])
    shutil.copytree(_mapp(importen, f), mal)
    for namn in ("protokoll.yml", "sammantrade.yml"):
        data = las(mal / namn)
        assert sorted(_luckor(data)) == sorted((fyll.get(namn) or {}).keys()), namn
        for vag, varde in (fyll.get(namn) or {}).items():
            _satt(data, vag, varde)
        (mal / namn).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    r = kor("validera", "--datum", VALIDERINGSDAG, cwd=rot)
    assert r.returncode == 0, r.stderr


# --- The folder import itself -----------------------------------------------------------------


def test_utdrag_fran_samma_sammantrade_blir_ett_protokoll(importen):
    rapport = importen[1].rapport
    utdrag = [r for r in rapport.splitlines() if "norrvik/utdrag-" in r]
    assert len(utdrag) == 3
    assert all("protokollsutdrag för Kommunstyrelsens arbetsutskott 2026-06-02" in r for r in utdrag)
    assert all("content/ksau/2026-06-02/protokoll.yml" in r for r in utdrag)


def test_andra_korningen_andrar_ingenting_och_sager_det(importen, tmp_path):
    p, forsta_korningen = importen
    rot = tmp_path / "p"
    shutil.copytree(p, rot)
    fore = {f: (f.read_bytes(), f.stat().st_mtime_ns) for f in (rot / "content").rglob("*.yml")}
    m = importera_mapp(forsta_korningen.mapp, rot, rapportfil=rot / "importrapport.txt", framsteg=False)
    assert m.skrivna == []
    assert {f: (f.read_bytes(), f.stat().st_mtime_ns) for f in (rot / "content").rglob("*.yml")} == fore
    rader = [r for r in m.rapport.splitlines() if r[:1].isupper() and ".pdf:" in r]
    assert rader and all(r.startswith("OFÖRÄNDRAD") for r in rader)
    assert "Ingenting ändrades i content/: alla utkast fanns redan och är oförändrade." in m.rapport
    # A draft the secretary has worked on is left alone and named.
    andrad = rot / "content/kf/2026-10-29/protokoll.yml"
    andrad.write_text(andrad.read_text(encoding="utf-8") + "# kontrollerad\n", encoding="utf-8")
    m = importera_mapp(forsta_korningen.mapp, rot, framsteg=False)
    assert andrad.read_text(encoding="utf-8").endswith("# kontrollerad\n")
    assert any(r.startswith("ORÖRD") and "kvarnby/kf-2026-10-29.pdf" in r for r in m.rapport.splitlines())


def test_kommandot_visar_framsteg_och_skriver_rapporten_till_fil(tmp_path):
    rot = projekt(tmp_path / "p")
    skriv_layout(LAYOUTER[0], tmp_path / "arkiv")
    r = kor("importera", str(tmp_path / "arkiv"), cwd=rot)
    assert r.returncode == 0, r.stderr
    assert "Läser PDF:er" in r.stderr  # the progress bar
    fil = rot / "importrapport.txt"
    assert fil.read_text(encoding="utf-8") in r.stdout
    assert "Rapporten finns också i importrapport.txt." in r.stdout
    igen = kor("importera", str(tmp_path / "arkiv"), cwd=rot)
    assert igen.returncode == 0
    assert "Ingenting ändrades i content/" in igen.stdout
    fel = kor("importera", str(tmp_path / "arkiv"), "--organ", "kf", cwd=rot)
    assert fel.returncode == 2
    assert "gäller bara en fil" in fel.stderr
