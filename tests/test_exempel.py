"""The example content in content/ builds cleanly and is right by the law.

Expected dates are worked out by hand from the YAML in content/ and
shared/lagrum.md."""

from __future__ import annotations

import pytest

from conftest import REPO, kor, sida


@pytest.fixture(scope="module")
def exempel(bygg_exempel):
    """The example built as of a date, once per test session (conftest)."""
    return bygg_exempel


def tavlan(site):
    return [
        (a["id"], [t["datetime"] for t in a.select("dd time")])
        for a in sida(site, "anslagstavla").select("article.nd-anslag")
    ]


def test_exemplet_validerar_utan_varningar():
    r = kor("validera", "--datum", "2026-11-23", cwd=REPO)
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""


def test_anslagstavlan_23_november_2026(exempel):
    assert tavlan(exempel("2026-11-23")) == [
        # Justerad Friday 20 Nov; + 3 weeks = Friday 11 Dec, a vardag; down the 12th.
        ("socialnamnden-2026-11-18-justering", ["2026-11-18", "2026-11-20", "2026-11-20", "2026-12-11", "2026-12-12"]),
        # Fullmäktige 7 Dec, tillkännagivet 20 Nov (at least a week before), up through the meeting day.
        ("kommunfullmaktige-2026-12-07-kungorelse", ["2026-12-07", "2026-12-07", "2026-11-20", "2026-12-07"]),
        # § 105 justerad at the meeting, Wednesday 18 Nov; + 3 weeks = Wednesday 9 Dec.
        ("socialnamnden-2026-11-18-omedelbar", ["2026-11-18", "2026-11-18", "2026-11-18", "2026-12-09", "2026-12-10"]),
        ("anslag-delegationsbeslut-foreningsbidrag-jul-2026", ["2026-11-16", "2026-12-08"]),
        ("anslag-granskning-detaljplan-norra-hamnen", ["2026-11-10", "2026-12-15"]),
        # Justerad Friday 6 Nov; + 3 weeks = Friday 27 Nov.
        ("socialnamndens-arbetsutskott-2026-11-04-justering", ["2026-11-04", "2026-11-06", "2026-11-06", "2026-11-27", "2026-11-28"]),
    ]


def test_anslagstavlan_1_april_2025(exempel):
    # Justerad Friday 28 March; + 3 weeks = långfredagen; påsk → Tuesday 22 April.
    assert tavlan(exempel("2025-04-01")) == [
        ("socialnamnden-2025-03-26-justering", ["2025-03-26", "2025-03-28", "2025-03-28", "2025-04-22", "2025-04-23"]),
    ]


def test_protokollet_fran_pitea_modellen(exempel):
    s = sida(exempel("2026-11-23"), "socialnamnden/2025-03-26")
    nummer = [int(p["id"].removeprefix("paragraf-")) for p in s.select("section.nd-paragraf")]
    assert nummer == [*range(43, 54), *range(55, 60)]  # § 54 is not in the protokoll
    for nr in (43, 44):
        p = s.find(id=f"paragraf-{nr}")
        assert p.get_text(" ", strip=True) == f"§ {nr} Borttagen på grund av sekretess Diarienummer 25SN63"


def test_alla_handlingar_som_lankas_finns(exempel):
    site = exempel("2026-11-23")
    for html in site.rglob("index.html"):
        for a in sida(site, str(html.relative_to(site))).select('a[href$=".pdf"]'):
            assert (html.parent / a["href"]).resolve().is_file(), (html, a["href"])


def test_exemplets_pdf_filer_ar_aktuella():
    """The example PDFs are made by tools/skapa_exempel_pdf.py from the YAML; they must match it."""
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "tools/skapa_exempel_pdf.py", "--kontrollera"], cwd=REPO, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
