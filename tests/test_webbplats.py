"""The built site, parsed: anslagstavla by date, protokoll, sekretess, navigation.

Every expected date below is worked out by hand from the fixture in
tests/fixtures/liten and the rules in shared/lagrum.md, not from the code.
"""

from __future__ import annotations

import pytest

from conftest import sida

JUSTERING = "socialnamnden-2025-03-26-justering"
OMEDELBAR = "socialnamnden-2025-03-26-omedelbar"
KUNGORELSE = "kommunfullmaktige-2025-04-24-kungorelse"
DETALJPLAN = "anslag-granskning-detaljplan"


def anslag_pa_tavlan(site) -> list[str]:
    return [a["id"] for a in sida(site, "anslagstavla").select("article.nd-anslag")]


@pytest.mark.parametrize(
    "datum, vantade",
    [
        ("2025-03-25", []),  # before the meeting
        ("2025-03-26", [OMEDELBAR]),  # § 47 justerad at the meeting
        ("2025-03-27", [OMEDELBAR]),  # the rest not yet justerat
        ("2025-03-28", [JUSTERING, OMEDELBAR]),  # justering day
        ("2025-04-02", [DETALJPLAN, JUSTERING, OMEDELBAR]),
        ("2025-04-10", [KUNGORELSE, DETALJPLAN, JUSTERING, OMEDELBAR]),  # KF tillkännagivet 2 weeks before
        # § 47: 2025-03-26 + 3 weeks = Wednesday 2025-04-16, a vardag: last day, down on the 17th.
        ("2025-04-16", [KUNGORELSE, DETALJPLAN, JUSTERING, OMEDELBAR]),
        ("2025-04-17", [KUNGORELSE, DETALJPLAN, JUSTERING]),
        # Justering: 2025-03-28 + 3 weeks = långfredagen 18 April → Tuesday 22 April.
        ("2025-04-22", [KUNGORELSE, DETALJPLAN, JUSTERING]),
        ("2025-04-23", [KUNGORELSE, DETALJPLAN]),
        ("2025-04-24", [KUNGORELSE, DETALJPLAN]),  # fullmäktige's notice stands through the meeting day
        ("2025-04-25", [DETALJPLAN]),
        ("2025-04-30", [DETALJPLAN]),  # avpubliceras 2025-05-01
        ("2025-05-01", []),
    ],
)
def test_anslagstavlan_per_datum(bygg_liten, datum, vantade):
    assert anslag_pa_tavlan(bygg_liten(datum)) == vantade


def test_tva_datum_ger_tva_olika_anslagstavlor(bygg_liten):
    a, b = bygg_liten("2025-04-01"), bygg_liten("2025-04-23")
    assert anslag_pa_tavlan(a) != anslag_pa_tavlan(b)
    assert (a / "anslagstavla/index.html").read_bytes() != (b / "anslagstavla/index.html").read_bytes()


def test_tillkannagivandet_visar_allt_lagen_kraver(bygg_liten):
    notis = sida(bygg_liten("2025-04-01"), "anslagstavla").find(id=JUSTERING)
    fakta = {dt.get_text(strip=True): dd for dt, dd in zip(notis.select("dt"), notis.select("dd"))}
    assert fakta["Organ"].get_text(strip=True) == "Socialnämnden"
    assert fakta["Sammanträdesdatum"].time["datetime"] == "2025-03-26"
    assert fakta["Protokollet justerades"].time["datetime"] == "2025-03-28"
    assert fakta["Tillkännagivet på anslagstavlan"].time["datetime"] == "2025-03-28"
    assert fakta["Protokollets förvaringsplats"].get_text(strip=True) == "Socialtjänsten"
    assert fakta["Sista dag att överklaga"].time["datetime"] == "2025-04-22"
    assert fakta["Sista dag att överklaga"].get_text(strip=True) == "tisdag 22 april 2025"
    assert fakta["Tas ner från anslagstavlan"].time["datetime"] == "2025-04-23"
    lankar = {a.get_text(" ", strip=True): a["href"] for a in notis.select("a")}
    assert lankar["Protokoll, Socialnämnden 26 mars 2025"] == "../socialnamnden/2025-03-26/#protokoll"
    assert lankar["Så överklagar du"] == "../overklaga/"


def test_omedelbart_justerad_paragraf_har_egen_frist(bygg_liten):
    notis = sida(bygg_liten("2025-03-27"), "anslagstavla").find(id=OMEDELBAR)
    tider = [t["datetime"] for t in notis.select("dd time")]
    assert tider == ["2025-03-26", "2025-03-26", "2025-03-26", "2025-04-16", "2025-04-17"]
    assert "§ 47" in notis.get_text()


def test_fore_justering_visas_bara_omedelbart_justerade_paragrafer(bygg_liten):
    s = sida(bygg_liten("2025-03-27"), "socialnamnden/2025-03-26")
    assert [p["id"] for p in s.select("section.nd-paragraf")] == ["paragraf-47"]
    assert "inte justerat ännu" in s.find(id="protokoll").get_text()
    assert s.find(string="Närvaro") is None


def test_protokollet_visas_helt_efter_justering(bygg_liten):
    s = sida(bygg_liten("2025-03-28"), "socialnamnden/2025-03-26")
    assert [p["id"] for p in s.select("section.nd-paragraf")] == [
        "paragraf-43", "paragraf-44", "paragraf-45", "paragraf-47",
    ]
    huvud = s.select_one("dl.nd-protokollhuvud").get_text(" ", strip=True)
    for text in ("§§ 43-45, 47", "Celina Testsson", "Britta Testsson", "Stefan Testsson", "Digital justering", "Socialtjänsten"):
        assert text in huvud
    narvaro = [t.caption.get_text(strip=True) for t in s.select("#protokoll table") if t.caption]
    assert narvaro[:3] == ["Beslutande", "Ersättare som inte tjänstgjorde", "Övriga deltagare"]
    assert s.find("th", string="Cristian Testsson").find_parent("tr").get_text(" ", strip=True).endswith("ledamot, ersätter Anna Testsson (S) Hela sammanträdet")


def test_sekretessparagraf_visar_bara_borttagandetexten(bygg_liten):
    s = sida(bygg_liten("2025-04-01"), "socialnamnden/2025-03-26")
    for nr in (43, 44):
        p = s.find(id=f"paragraf-{nr}")
        assert p.h3.get_text(strip=True) == f"§ {nr} Borttagen på grund av sekretess"
        # Only the heading and the diarienummer: nothing else of the §.
        assert [c.name for c in p.find_all(recursive=False)] == ["h3", "p"]
        assert p.p.get_text(strip=True) == "Diarienummer 25SN63"


def test_paragraf_har_beslut_fore_bakgrund_och_alla_delar(bygg_liten):
    p = sida(bygg_liten("2025-04-01"), "socialnamnden/2025-03-26").find(id="paragraf-45")
    rubriker = [h.get_text(strip=True) for h in p.select("h4")]
    assert rubriker == ["Jäv", "Beslut", "Reservation", "Yrkanden", "Omröstning", "Beslutet skickas till"]
    assert p.select_one(".nd-beslut strong").get_text() == "den strategiska planen"
    tabell = p.select_one("table")
    assert [th.get_text() for th in tabell.select("tbody th")] == ["Ja", "Nej", "Avstår"]
    assert "Britta Testsson (C), Cristian Testsson (S)" in tabell.get_text()


def test_sekretesshandling_publiceras_aldrig(bygg_liten):
    site = bygg_liten("2025-04-01")
    assert (site / "socialnamnden/2025-03-26/handlingar/tjansteskrivelse.pdf").is_file()
    assert not list(site.rglob("utredning-sekretess.pdf"))
    html = (site / "socialnamnden/2025-03-26/index.html").read_text()
    assert "utredning-sekretess" not in html
    assert "Omfattas av sekretess, publiceras inte" in html


def test_kallelsen_och_handlingarna_visas_fran_utfardandedagen(bygg_liten):
    fore, efter = bygg_liten("2025-03-18"), bygg_liten("2025-03-19")
    assert "Kallelsen publiceras" in sida(fore, "socialnamnden/2025-03-26").find(id="kallelse").get_text()
    assert not (fore / "socialnamnden/2025-03-26/handlingar/tjansteskrivelse.pdf").exists()
    kallelse = sida(efter, "socialnamnden/2025-03-26").find(id="kallelse")
    assert [td.get_text() for td in kallelse.select("table tbody tr td:first-child")] == ["08.30–09.00", "09.00–09.20", "13.45"]
    assert kallelse.select_one("ol li")["value"] == "1"
    assert (efter / "socialnamnden/2025-03-26/handlingar/tjansteskrivelse.pdf").is_file()


def test_utgangna_anslag_lamnar_tavlan_men_protokollet_stannar(bygg_liten):
    site = bygg_liten("2025-05-01")
    assert anslag_pa_tavlan(site) == []
    assert len(sida(site, "socialnamnden/2025-03-26").select("section.nd-paragraf")) == 4
    assert (site / "anslagstavla/granskning-detaljplan/planbeskrivning.pdf").exists() is False


def test_datum_visas_pa_svenska_i_time(bygg_liten):
    s = sida(bygg_liten("2025-04-01"), "socialnamnden/2025-03-26")
    assert s.h1.get_text(" ", strip=True) == "Socialnämnden, onsdag 26 mars 2025"
    assert s.h1.time["datetime"] == "2025-03-26"


def test_organsida_listar_sammantraden_per_ar(bygg_liten):
    s = sida(bygg_liten("2025-04-01"), "socialnamnden")
    assert [h.get_text() for h in s.select("article h2")] == ["Ledamöter och ersättare", "2025"]
    rader = [tr.get_text(" ", strip=True) for tr in s.select("table.nd-sammantraden tbody tr")]
    assert rader[0].startswith("onsdag 17 december 2025 Inställt")
    assert "Justerat 28 mars 2025" in rader[1]
    assert "Utskott: Socialnämndens arbetsutskott" in s.get_text(" ", strip=True)


def test_installt_sammantrade(bygg_liten):
    s = sida(bygg_liten("2025-04-01"), "socialnamnden/2025-12-17")
    status = s.select_one("dl.nd-fakta").get_text(" ", strip=True)
    assert "Status Sammanträdet är inställt . Inga ärenden att behandla." in status
    assert s.find(id="protokoll") is None


def test_styrdokument_grupperade_efter_status(bygg_liten):
    fore = sida(bygg_liten("2025-03-28"), "styrdokument")
    efter = sida(bygg_liten("2025-04-01"), "styrdokument")
    assert [h.get_text() for h in fore.select("h3")] == ["Gällande", "Beslutade, börjar gälla senare"]
    assert [h.get_text() for h in efter.select("h3")] == ["Gällande", "Upphävda"]
    assert efter.find(id="typ-riktlinje-upphävd").find_next("ul").get_text(" ", strip=True).startswith("Riktlinje för ekonomiskt bistånd 2020")
    sent = sida(bygg_liten("2027-01-01"), "styrdokument")
    assert [h.get_text() for h in sent.select("h3")] == ["Giltighetstiden har gått ut", "Upphävda"]


def test_styrdokumentsida_lankar_beslut_och_ersatt(bygg_liten):
    s = sida(bygg_liten("2025-04-01"), "styrdokument/riktlinje-bistand")
    text = s.get_text(" ", strip=True)
    assert "Gällande" in text and "SOC/2024-000100" in text and "Socialchefen" in text
    assert s.find("a", string="§ 45")["href"] == "../../socialnamnden/2025-03-26/#paragraf-45"
    assert s.find("a", string="Riktlinje för ekonomiskt bistånd 2020")["href"] == "../riktlinje-bistand-2020/"
    assert (bygg_liten("2025-04-01") / "styrdokument/riktlinje-bistand/riktlinje-bistand.pdf").is_file()


def test_enskilda_sidor_ligger_utanfor_navigeringen(bygg_liten):
    s = sida(bygg_liten("2025-04-01"), "")
    nav = " ".join(a["href"] for a in s.select("nav.md-nav--primary a[href]"))
    assert "socialnamnden/" in nav and "anslagstavla/" in nav and "styrdokument/" in nav
    assert "2025-03-26" not in nav and "riktlinje-bistand" not in nav


def test_overklagandesidan_tar_upp_bada_vagarna(bygg_liten):
    s = sida(bygg_liten("2025-04-01"), "overklaga")
    assert s.find(id="laglighetsprovning") and s.find(id="forvaltningsbesvar")
    text = s.get_text(" ", strip=True)
    assert "kommunallagen 13 kap. 5 §" in text and "Förvaltningsrätten i Teststad" in text


def test_sidorna_ar_svenska(bygg_liten):
    assert sida(bygg_liten("2025-04-01"), "").html["lang"] == "sv"


def test_styrdokument_finns_forst_fran_beslutsdagen(bygg_liten):
    fore = bygg_liten("2025-03-25")
    lista = sida(fore, "styrdokument")
    assert [a.get_text() for a in lista.select("article li a")] == ["Riktlinje för ekonomiskt bistånd 2020"]
    assert not (fore / "styrdokument/riktlinje-bistand").exists()
    # Not yet upphävd on that date: the coming date is said as such.
    gammal = sida(fore, "styrdokument/riktlinje-bistand-2020").select_one("dl").get_text(" ", strip=True)
    assert "Upphävs tisdag 1 april 2025" in gammal
