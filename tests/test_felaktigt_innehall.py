"""Broken content: exit 1, a Swedish message naming file, line and field, and
an existing site left byte for byte as it was."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from conftest import LITEN, kopiera_projekt, kor

PROTOKOLL = "content/socialnamnden/2025-03-26/protokoll.yml"
KALLELSE = "content/socialnamnden/2025-03-26/sammantrade.yml"
KF = "content/kommunfullmaktige/2025-04-24/sammantrade.yml"


def ersatt(fil: str, gammalt: str, nytt: str):
    def andra(projekt: Path) -> None:
        p = projekt / fil
        text = p.read_text(encoding="utf-8")
        assert gammalt in text, f"{gammalt!r} finns inte i {fil}"
        p.write_text(text.replace(gammalt, nytt, 1), encoding="utf-8")

    return andra


def lagg_till(fil: str, text: str):
    def andra(projekt: Path) -> None:
        with (projekt / fil).open("a", encoding="utf-8") as f:
            f.write(text)

    return andra


def ta_bort(fil: str):
    return lambda projekt: (projekt / fil).unlink()


def skapa(fil: str, innehall: bytes):
    def andra(projekt: Path) -> None:
        (projekt / fil).parent.mkdir(parents=True, exist_ok=True)
        (projekt / fil).write_bytes(innehall)

    return andra


FALL = {
    "yaml-syntax": (
        ersatt(PROTOKOLL, 'tid: "10:00"', 'tid: "10:00'),
        [f"{PROTOKOLL}, rad 3: fel: ogiltig YAML: citattecknet på den här raden avslutas inte"],
    ),
    "fel-typ": (
        ersatt(PROTOKOLL, "  - nr: 45", "  - nr: fyrtiofem"),
        [f"{PROTOKOLL}, rad 20, fältet 'paragrafer[3].nr': fel: förväntade ett heltal, fick 'fyrtiofem'"],
    ),
    "okand-nyckel": (
        ersatt(PROTOKOLL, "    beslut: Socialnämnden har", "    beslutt: Socialnämnden har"),
        [f"{PROTOKOLL}, rad 23, fältet 'paragrafer[3].beslutt': fel: okänd nyckel 'beslutt'; menade du 'beslut'?"],
    ),
    "okand-nyckel-med-a-o": (
        ersatt(PROTOKOLL, "närvaro:", "narvaro:"),
        [f"{PROTOKOLL}, rad 9, fältet 'narvaro': fel: okänd nyckel 'narvaro'; menade du 'närvaro'?"],
    ),
    "pdf-saknas": (
        ta_bort("content/socialnamnden/2025-03-26/handlingar/tjansteskrivelse.pdf"),
        [f"{KALLELSE}, rad 17, fältet 'kallelse.föredragningslista[1].handlingar[1].fil': fel: filen 'handlingar/tjansteskrivelse.pdf' finns inte"],
    ),
    "ingen-pdf": (
        skapa("content/socialnamnden/2025-03-26/handlingar/tjansteskrivelse.pdf", b"<html>inte en pdf</html>"),
        [f"{KALLELSE}, rad 17, fältet 'kallelse.föredragningslista[1].handlingar[1].fil': fel: 'handlingar/tjansteskrivelse.pdf' är ingen PDF-fil"],
    ),
    "fil-utanfor-content": (
        ersatt(KALLELSE, "fil: handlingar/tjansteskrivelse.pdf", "fil: ../../../tests/hemlig.pdf"),
        [f"{KALLELSE}, rad 17, fältet 'kallelse.föredragningslista[1].handlingar[1].fil': fel: '../../../tests/hemlig.pdf' ligger utanför content/"],
    ),
    "paragraf-utanfor-serien": (
        lagg_till(PROTOKOLL, "  - {nr: 48, rubrik: Extra, beslut: Nej.}\n"),
        [f"{PROTOKOLL}, rad 40, fältet 'paragrafer[5].nr': fel: § 48 ligger utanför protokollets paragrafer (43-45, 47, se 'omfattar')"],
    ),
    "paragraf-saknas-i-serien": (
        ersatt(PROTOKOLL, 'omfattar: "43-45, 47"', 'omfattar: "43-47"'),
        [f"{PROTOKOLL}, rad 8, fältet 'omfattar': fel: protokollet omfattar 43-47 men § 46 saknas i 'paragrafer'"],
    ),
    "dubbel-paragraf": (
        lagg_till(PROTOKOLL, "  - {nr: 44, sekretess: true}\n"),
        [f"{PROTOKOLL}, rad 40, fältet 'paragrafer[5].nr': fel: § 44 finns två gånger"],
    ),
    "sekretess-med-innehall": (
        ersatt(PROTOKOLL, "  - {nr: 44, sekretess: true, dnr: 25SN63}", "  - {nr: 44, sekretess: true, dnr: 25SN63, rubrik: Placering av barn}"),
        [f"{PROTOKOLL}, rad 19, fältet 'paragrafer[2].rubrik': fel: § 44 omfattas av sekretess och får bara ha nr, dnr och sekretess; ta bort 'rubrik'"],
    ),
    "omojligt-datum": (
        ersatt(PROTOKOLL, "datum: 2025-03-28", "datum: 2025-02-30"),
        [f"{PROTOKOLL}, rad 2, fältet 'justering.datum': fel: '2025-02-30' är inget verkligt datum"],
    ),
    "justering-fore-sammantradet": (
        ersatt(PROTOKOLL, "datum: 2025-03-28", "datum: 2025-03-25"),
        [f"{PROTOKOLL}, rad 2, fältet 'justering.datum': fel: justeringen (2025-03-25) ligger före sammanträdet (2025-03-26)"],
    ),
    "avpublicerat-for-tidigt-pitea": (
        lagg_till(PROTOKOLL, "tillkännagivande:\n  publiceras: 2025-03-28\n  avpubliceras: 2025-04-21\n"),
        [f"{PROTOKOLL}, rad 42, fältet 'tillkännagivande.avpubliceras': fel: tillkännagivandet tas ner 2025-04-21, men tiden för överklagande löper till och med 2025-04-22"],
    ),
    "tillkannagivet-for-sent": (
        lagg_till(PROTOKOLL, "tillkännagivande:\n  publiceras: 2025-04-01\n"),
        [f"{PROTOKOLL}, rad 41, fältet 'tillkännagivande.publiceras': fel: justeringen ska tillkännages senast 2025-03-31"],
    ),
    "fullmaktige-kungjort-for-sent": (
        ersatt(KF, "utfärdad: 2025-04-10", "utfärdad: 2025-04-18"),
        [f"{KF}, rad 4, fältet 'kallelse.utfärdad': fel: fullmäktiges sammanträde ska tillkännages på anslagstavlan minst en vecka före sammanträdesdagen (kommunallagen 5 kap. 11 §), alltså senast 2025-04-17"],
    ),
    "okant-organ": (
        lambda p: shutil.copytree(p / "content/socialnamnden", p / "content/socialnamden"),
        ["content/socialnamden: fel: mappen 'socialnamden' är inget organ i site_config.yml", "menade du 'socialnamnden'?"],
    ),
    "fel-mappnamn": (
        lambda p: (p / "content/socialnamnden/2025-12-17").rename(p / "content/socialnamnden/17-12-2025"),
        ["content/socialnamnden/17-12-2025: fel: en sammanträdesmapp ska heta som sammanträdets datum, ÅÅÅÅ-MM-DD"],
    ),
    "okant-varde": (
        ersatt("content/styrdokument/riktlinje-bistand.yml", "typ: riktlinje", "typ: riktlinjer"),
        ["content/styrdokument/riktlinje-bistand.yml, rad 2, fältet 'typ': fel: 'riktlinjer' är inget tillåtet värde; förväntade 'policy', 'riktlinje'"],
    ),
    "okand-organ-i-konfiguration": (
        ersatt("site_config.yml", "tillhör: socialnamnden", "tillhör: socialnamden"),
        ["site_config.yml, rad 15, fältet 'organ[3].tillhör': fel: organet 'socialnamden' finns inte; menade du 'socialnamnden'?"],
    ),
    "klockslag": (
        ersatt(KALLELSE, 'tid: "08:30"', "tid: halv nio"),
        [f"{KALLELSE}, rad 1, fältet 'tid': fel: förväntade ett klockslag på formen TT:MM"],
    ),
    "dubbel-nyckel": (
        ersatt(KALLELSE, 'tid: "08:30"', 'tid: "08:30"\ntid: "09:00"'),
        [f"{KALLELSE}, rad 2: fel: nyckeln 'tid' förekommer två gånger"],
    ),
}


def fingeravtryck(mapp: Path) -> dict[str, str]:
    return {
        str(p.relative_to(mapp)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(mapp.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def fungerande_site(tmp_path_factory) -> Path:
    ut = tmp_path_factory.mktemp("fungerande") / "site"
    r = kor("bygg", "--datum", "2025-04-01", "--utdata", str(ut), cwd=LITEN)
    assert r.returncode == 0, r.stderr
    return ut


@pytest.mark.parametrize("fall", sorted(FALL))
def test_trasigt_innehall_stoppar_bygget_och_lamnar_siten_orord(fall, tmp_path, fungerande_site):
    andra, vantade = FALL[fall]
    projekt = kopiera_projekt(LITEN, tmp_path / "projekt")
    shutil.copytree(fungerande_site, projekt / "site")
    fore = fingeravtryck(projekt / "site")
    andra(projekt)

    r = kor("bygg", "--datum", "2025-04-01", cwd=projekt)

    assert r.returncode == 1, r.stdout + r.stderr
    for text in vantade:
        assert text in r.stderr, r.stderr
    assert "Bygget avbröts" in r.stderr
    assert "Traceback" not in r.stderr
    assert fingeravtryck(projekt / "site") == fore
    assert [p.name for p in projekt.iterdir() if p.name.startswith(".site")] == []

    v = kor("validera", "--datum", "2025-04-01", cwd=projekt)
    assert v.returncode == 1
    for text in vantade:
        assert text in v.stderr


def test_alla_fel_rapporteras_tillsammans(tmp_path):
    projekt = kopiera_projekt(LITEN, tmp_path / "projekt")
    for namn in ("pdf-saknas", "okant-organ", "okant-varde", "fullmaktige-kungjort-for-sent"):
        FALL[namn][0](projekt)
    r = kor("validera", "--datum", "2025-04-01", cwd=projekt)
    assert r.returncode == 1
    for namn in ("pdf-saknas", "okant-organ", "okant-varde", "fullmaktige-kungjort-for-sent"):
        for text in FALL[namn][1]:
            assert text in r.stderr
    assert "Innehållet har 4 fel." in r.stderr


def test_sen_justering_ar_en_varning_inte_ett_fel(tmp_path):
    projekt = kopiera_projekt(LITEN, tmp_path / "projekt")
    # 2025-03-26 + 14 days = 2025-04-09 is the last day; the 10th is one too late.
    ersatt(PROTOKOLL, "datum: 2025-03-28", "datum: 2025-04-10")(projekt)
    r = kor("validera", "--datum", "2025-04-11", cwd=projekt)
    assert r.returncode == 0, r.stderr
    assert (
        f"{PROTOKOLL}, rad 2, fältet 'justering.datum': varning: protokollet justeras 15 dagar efter "
        "sammanträdet; enligt kommunallagen 5 kap. 69 § ska det ske senast 14 dagar efter"
    ) in r.stderr
    ersatt(PROTOKOLL, "datum: 2025-04-10", "datum: 2025-04-09")(projekt)
    r = kor("validera", "--datum", "2025-04-11", cwd=projekt)
    assert r.returncode == 0 and "varning" not in r.stderr


def test_saknad_konfiguration(tmp_path):
    projekt = kopiera_projekt(LITEN, tmp_path / "projekt")
    (projekt / "site_config.yml").unlink()
    r = kor("bygg", "--datum", "2025-04-01", cwd=projekt)
    assert r.returncode == 1
    assert "site_config.yml: fel: filen site_config.yml saknas" in r.stderr


def test_tom_fil(tmp_path):
    projekt = kopiera_projekt(LITEN, tmp_path / "projekt")
    (projekt / KALLELSE).write_text("")
    r = kor("validera", "--datum", "2025-04-01", cwd=projekt)
    assert r.returncode == 1
    assert f"{KALLELSE}: fel: filen är tom" in r.stderr
