"""namndsajt ny: templates that validate as written, on a copy of the example site."""

from __future__ import annotations

import shutil

import pytest

from conftest import REPO, kor
from generator.innehall.yamlfil import las_yaml


UTAN = shutil.ignore_patterns(
    ".git", ".venv", "node_modules", "site", ".site-*", "*.egg-info", "__pycache__", ".pytest_cache", ".benchmarks",
    "bench", "tests", "generator", "theme", "docs", "tools", ".github", ".ci",
)


def kopiera_exempel(mal):
    """The example project as a kommun has it: site_config.yml, content/ and
    whatever else lies beside them (a logotyp, for instance); not the code."""
    shutil.copytree(REPO, mal, ignore=UTAN)
    return mal


@pytest.fixture
def exempel(tmp_path):
    return kopiera_exempel(tmp_path / "exempel")


def test_nytt_sammantrade_och_protokoll_validerar(exempel):
    r = kor("ny", "sammantrade", "--organ", "socialnamnden", "--datum", "2027-01-20", cwd=exempel)
    assert r.returncode == 0, r.stderr
    assert "Skapade content/socialnamnden/2027-01-20/sammantrade.yml" in r.stdout
    fil = exempel / "content/socialnamnden/2027-01-20/sammantrade.yml"
    text = fil.read_text(encoding="utf-8")
    assert text.startswith("# Sammanträde för Socialnämnden 2027-01-20")
    # Time and place from the organ's latest sammanträde; the kallelse as a commented template.
    senaste = las_yaml(exempel / "content/socialnamnden/2026-12-16/sammantrade.yml").data
    data = las_yaml(fil).data
    assert data == {"tid": senaste["tid"], "plats": senaste["plats"]}
    assert "# kallelse:" in text and "#   föredragningslista:" in text
    p = kor("ny", "protokoll", "--organ", "socialnamnden", "--datum", "2027-01-20", cwd=exempel)
    assert p.returncode == 0, p.stderr
    prot = las_yaml(exempel / "content/socialnamnden/2027-01-20/protokoll.yml").data
    assert prot["justering"]["datum"] == "2027-01-22"
    assert prot["paragrafer"][0]["nr"] == 1  # a new year numbers from § 1
    v = kor("validera", "--datum", "2027-02-01", cwd=exempel)
    assert v.returncode == 0, v.stderr
    assert "varning" not in v.stderr


def test_protokoll_fran_kallelsens_foredragningslista(exempel):
    r = kor("ny", "protokoll", "--organ", "socialnamnden", "--datum", "2026-12-16", cwd=exempel)
    assert r.returncode == 0, r.stderr
    kallelse = las_yaml(exempel / "content/socialnamnden/2026-12-16/sammantrade.yml").data["kallelse"]
    prot = las_yaml(exempel / "content/socialnamnden/2026-12-16/protokoll.yml").data
    assert [p["rubrik"] for p in prot["paragrafer"]] == [a["rubrik"] for a in kallelse["föredragningslista"]]
    forra = las_yaml(exempel / "content/socialnamnden/2026-11-18/protokoll.yml").data
    # Numbered on from the organ's last § of the year; names from the last protokoll.
    assert prot["paragrafer"][0]["nr"] == max(p["nr"] for p in forra["paragrafer"]) + 1
    assert prot["sekreterare"] == forra["sekreterare"]
    assert prot["justering"]["ordförande"] == forra["justering"]["ordförande"]
    v = kor("validera", "--datum", "2026-12-20", cwd=exempel)
    assert v.returncode == 0, v.stderr
    assert "varning" not in v.stderr


def test_fullmaktige_far_kallelse_en_vecka_fore(exempel):
    r = kor("ny", "sammantrade", "--organ", "kommunfullmaktige", "--datum", "2027-02-22", cwd=exempel)
    assert r.returncode == 0, r.stderr
    data = las_yaml(exempel / "content/kommunfullmaktige/2027-02-22/sammantrade.yml").data
    assert data["kallelse"]["utfärdad"] == "2027-02-15"  # kommunallagen 5 kap. 11 §, via lagrum
    v = kor("validera", "--datum", "2027-02-16", cwd=exempel)
    assert v.returncode == 0, v.stderr
    assert "varning" not in v.stderr


def test_skriver_inte_over_och_svenska_fel(exempel):
    r = kor("ny", "sammantrade", "--organ", "socialnamnden", "--datum", "2026-11-18", cwd=exempel)
    assert r.returncode == 1
    assert "finns redan och skrevs inte över" in r.stderr
    okant = kor("ny", "sammantrade", "--organ", "gatunamnden", "--datum", "2027-01-20", cwd=exempel)
    assert okant.returncode == 2 and "organet 'gatunamnden' finns inte" in okant.stderr
    fel_tid = kor("ny", "sammantrade", "--organ", "socialnamnden", "--datum", "2027-01-20", "--tid", "25:00", cwd=exempel)
    assert fel_tid.returncode == 2 and "'25:00' är inget klockslag" in fel_tid.stderr
    utan = kor("ny", "protokoll", "--datum", "2027-01-20", cwd=exempel)
    assert utan.returncode == 2 and "följande argument saknas: --organ" in utan.stderr


def test_nytt_organ_utan_historik(exempel):
    config = exempel / "site_config.yml"
    text = config.read_text(encoding="utf-8")
    assert "\norgan:\n" in text
    config.write_text(
        text.replace("\norgan:\n", "\norgan:\n  - slug: valnamnden\n    namn: Valnämnden\n    typ: nämnd\n", 1),
        encoding="utf-8",
    )
    r = kor("ny", "sammantrade", "--organ", "valnamnden", "--datum", "2027-03-03", cwd=exempel)
    assert r.returncode == 2 and "ange --tid och --plats" in r.stderr
    r = kor("ny", "sammantrade", "--organ", "valnamnden", "--datum", "2027-03-03", "--tid", "9.00", "--plats", "Valrummet", cwd=exempel)
    assert r.returncode == 0, r.stderr
    assert las_yaml(exempel / "content/valnamnden/2027-03-03/sammantrade.yml").data == {"tid": "09:00", "plats": "Valrummet"}
    assert kor("validera", "--datum", "2027-03-10", cwd=exempel).returncode == 0
    # Without an earlier protokoll the names are left to fill, and the command says so.
    p = kor("ny", "protokoll", "--organ", "valnamnden", "--datum", "2027-03-03", cwd=exempel)
    assert p.returncode == 0, p.stderr
    assert "justering.ordförande" in p.stdout and "sekreterare" in p.stdout
    v = kor("validera", "--datum", "2027-03-10", cwd=exempel)
    assert v.returncode == 1 and "är tomt; fyll i ett värde" in v.stderr
