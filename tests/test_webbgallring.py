"""Webbgallring: a document leaves every output on its date while it stays in
content/; never while its notice is on the anslagstavla."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import LITEN, kopiera_projekt, kor, sida
from test_felaktigt_innehall import ersatt, lagg_till

PROTOKOLL = "content/socialnamnden/2025-03-26/protokoll.yml"


def bygg(projekt: Path, datum: str) -> tuple[Path, str]:
    ut = projekt / f"site-{datum}"
    r = kor("bygg", "--datum", datum, "--utdata", str(ut), cwd=projekt)
    assert r.returncode == 0, r.stderr
    return ut, r.stdout + r.stderr


def allt_i(site: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in site.rglob("*") if p.is_file() and p.suffix in (".html", ".json", ".csv", ".rss", ".atom", ".ics", ".xml"))


@pytest.fixture
def projekt(tmp_path):
    return kopiera_projekt(LITEN, tmp_path / "projekt")


def test_regel_i_site_config_gallrar_gamla_protokoll(projekt):
    lagg_till("site_config.yml", "webbgallring:\n  protokoll_efter_år: 1\n")(projekt)
    fore, _ = bygg(projekt, "2026-03-25")
    assert len(sida(fore, "socialnamnden/2025-03-26").select("section.nd-paragraf")) == 4
    # 2025-03-26 + 1 year: the protokoll leaves the website.
    site, logg = bygg(projekt, "2026-03-26")
    s = sida(site, "socialnamnden/2025-03-26")
    assert s.select("section.nd-paragraf") == []
    assert "Protokollet finns inte längre på webbplatsen" in s.find(id="protokoll").get_text()
    assert "1 dokument gallrade från webbplatsen" in logg
    assert "gallrat från webbplatsen (finns kvar i content/): Socialnämnden 2025-03-26: protokollet" in logg
    text = allt_i(site)
    for ord_ in ("den strategiska planen", "Vi ville avslå", "Köp av boendeplatser. Paragrafen"):
        assert ord_ not in text
    data = json.loads((site / "data/sammantraden/socialnamnden/2025-03-26.json").read_text())
    assert data["protokoll"] is None and data["omedelbart_justerade_paragrafer"] == []
    assert (projekt / PROTOKOLL).read_text().count("den strategiska planen") == 1  # still in the archive


def test_gallring_vantar_tills_anslaget_tagits_ner(projekt):
    # The secretary sets a date before the appeal time has run out: the notice and the
    # protokoll stay until the notice comes down (2025-04-23).
    lagg_till(PROTOKOLL, "webbgallras: 2025-03-30\n")(projekt)
    site, logg = bygg(projekt, "2025-04-22")
    assert sida(site, "anslagstavla").find(id="socialnamnden-2025-03-26-justering") is not None
    assert len(sida(site, "socialnamnden/2025-03-26").select("section.nd-paragraf")) == 4
    assert "0 dokument gallrade" in logg
    site, logg = bygg(projekt, "2025-04-23")
    assert sida(site, "socialnamnden/2025-03-26").select("section.nd-paragraf") == []
    assert "1 dokument gallrade" in logg


def test_en_handling_gallras(projekt):
    ersatt(
        "content/socialnamnden/2025-03-26/sammantrade.yml",
        "{titel: Tjänsteskrivelse strategisk plan, fil: handlingar/tjansteskrivelse.pdf}",
        "{titel: Tjänsteskrivelse strategisk plan, fil: handlingar/tjansteskrivelse.pdf, webbgallras: 2025-03-20}",
    )(projekt)
    site, logg = bygg(projekt, "2025-05-01")  # after the notices came down
    assert not list(site.rglob("tjansteskrivelse.pdf"))
    assert "Tjänsteskrivelse strategisk plan" not in allt_i(site)
    assert "Socialnämnden 2025-03-26: Tjänsteskrivelse strategisk plan" in logg


def test_ett_helt_sammantrade_gallras(projekt):
    lagg_till("content/socialnamnden/2025-12-17/sammantrade.yml", "webbgallras: 2026-01-01\n")(projekt)
    site, logg = bygg(projekt, "2026-01-01")
    assert not (site / "socialnamnden/2025-12-17").exists()
    text = allt_i(site)
    assert "2025-12-17" not in text
    assert "Socialnämnden 2025-12-17 (hela sammanträdet)" in logg


def test_upphavt_styrdokument_gallras_efter_regeln(projekt):
    lagg_till("site_config.yml", "webbgallring:\n  styrdokument_efter_år: 1\n")(projekt)
    site, _ = bygg(projekt, "2026-03-31")
    assert (site / "styrdokument/riktlinje-bistand-2020/index.html").exists()
    site, logg = bygg(projekt, "2026-04-01")  # upphävd 2025-04-01 + 1 year
    assert not (site / "styrdokument/riktlinje-bistand-2020").exists()
    assert "Riktlinje för ekonomiskt bistånd 2020" not in allt_i(site)
    assert "styrdokument: Riktlinje för ekonomiskt bistånd 2020" in logg
    # The gällande one stays.
    assert (site / "styrdokument/riktlinje-bistand/index.html").exists()
