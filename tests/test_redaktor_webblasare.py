"""The web editor in Debian's chromium against decap-server (a local git backend) on loopback:
a secretary creates a sammanträde and its protokoll, saves, and what lands in content/ is the
documented form, validates, and builds into a site that shows it on the right days."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
import yaml

from conftest import REPO, klockslag, kor, server, sida as las_sida

DECAP_SERVER = REPO / "node_modules" / "decap-server" / "dist" / "index.js"
VANTA = 240_000  # ms: generous, a shared machine is slow (a run beside two other test suites needed more than a minute)
ORGAN = "socialnamnden"
DATUM = "2026-12-09"


def _ledig_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _git(*args: str, cwd: Path) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid", *args],
        cwd=cwd, check=True, capture_output=True, text=True,
    ).stdout


@pytest.fixture
def projekt(tmp_path):
    """A copy of the example project as a git repository, with decap-server on a free loopback port
    writing into it, and its site built and served on loopback. Yields the folder, the site's
    address, and a function that stops decap-server once it is done with the repository."""
    if not DECAP_SERVER.exists():
        pytest.fail("decap-server saknas: kör npm ci i repositoriet")
    rot = tmp_path / "projekt"
    rot.mkdir()
    shutil.copytree(REPO / "content", rot / "content")
    shutil.copy(REPO / "logotyp.svg", rot / "logotyp.svg")
    port = _ledig_port()
    (rot / "site_config.yml").write_text(
        (REPO / "site_config.yml").read_text(encoding="utf-8")
        + f"\nredaktor:\n  lokal_server: http://127.0.0.1:{port}/api/v1\n",
        encoding="utf-8",
    )
    _git("init", "-q", "-b", "main", cwd=rot)
    _git("add", "-A", cwd=rot)
    _git("commit", "-qm", "Exemplet", cwd=rot)
    r = kor("bygg", "--datum", "2026-11-23", "--utdata", str(tmp_path / "site"), cwd=rot)
    assert r.returncode == 0, r.stderr
    miljo = dict(os.environ, PORT=str(port), BIND_HOST="127.0.0.1", GIT_REPO_DIRECTORY=str(rot), MODE="git", LOG_LEVEL="warn")
    logg = open(tmp_path / "decap-server.log", "w")
    process = subprocess.Popen(["node", str(DECAP_SERVER)], env=miljo, stdout=logg, stderr=subprocess.STDOUT)
    try:
        slut = time.monotonic() + 180  # generous: the machine is shared
        while True:
            try:
                fraga = urllib.request.Request(
                    f"http://127.0.0.1:{port}/api/v1", data=b'{"action":"info"}',
                    headers={"Content-Type": "application/json"},
                )
                urllib.request.urlopen(fraga, timeout=5)
                break
            except OSError:
                if time.monotonic() > slut or process.poll() is not None:
                    pytest.fail("decap-server startade inte: " + (tmp_path / "decap-server.log").read_text())
                time.sleep(0.5)

        def stoppa() -> None:
            """decap-server checks branches out in the repository it serves, one request at a time.
            Once the browser has closed, wait until it has finished the last request (back on main,
            no git lock, for two seconds running), then stop it, so that nothing else runs git there."""
            slut = time.monotonic() + VANTA / 1000
            stilla_sedan = None
            while True:
                head = _git("rev-parse", "--abbrev-ref", "HEAD", cwd=rot).strip()
                if head == "main" and not (rot / ".git" / "index.lock").exists():
                    stilla_sedan = stilla_sedan or time.monotonic()
                    if time.monotonic() - stilla_sedan >= 2:
                        break
                else:
                    stilla_sedan = None
                assert time.monotonic() < slut, f"decap-server blev inte klar med repositoriet: HEAD är {head}; " + _lage(rot)
                time.sleep(0.25)
            process.terminate()
            process.wait(timeout=30)

        with server(tmp_path / "site") as bas:
            yield rot, bas, stoppa
    finally:
        process.terminate()
        process.wait(timeout=30)
        logg.close()


def _synlig(sida, etikett: str, i: int = 0):
    return sida.get_by_label(etikett, exact=True).locator("visible=true").nth(i)


def _knapp(sida, namn: str, i: int = 0):
    return sida.get_by_role("button", name=namn, exact=True).locator("visible=true").nth(i)


def _oppna(sida, bas: str, adress: str) -> None:
    sida.goto(bas + "admin/#/" + adress)
    sida.reload()  # a fresh form: Decap reuses the previous form's widgets when only the hash changes
    _synlig(sida, "Sammanträdets datum").wait_for(timeout=VANTA)


def _finns_i(rot: Path, gren: str, fil: str) -> bool:
    return subprocess.run(["git", "cat-file", "-e", f"{gren}:{fil}"], cwd=rot, capture_output=True).returncode == 0


def _spara(sida, rot: Path, gren: str, fil: str) -> None:
    """Save; the editorial workflow commits to a branch of its own (a pull request on GitHub)."""
    _knapp(sida, "Spara").click()
    slut = time.monotonic() + VANTA / 1000
    while not _finns_i(rot, gren, fil):
        if time.monotonic() > slut:
            sida.screenshot(path=str(rot.parent / "sparade-inte.png"), full_page=True)
            pytest.fail(f"redigeraren sparade inte {gren}; se {rot.parent / 'sparade-inte.png'}")
        time.sleep(0.5)
    # Done saving, the editor moves from the new entry's form to the saved entry's address, at a time
    # of its own (within a second here, later on a busy machine). Wait for that: a form opened before
    # it is replaced by this entry's. In a fresh clone's run the protokoll form was opened, and then
    # the field Datum, which only the protokoll form has, was never found.
    sida.wait_for_url(re.compile(r"#/collections/[^/]+/entries/"), timeout=VANTA)


def _lage(rot: Path) -> str:
    """What a failure message needs to tell what happened in the repository: git's status and the
    end of decap-server's log (beside the project folder)."""
    return ("git status: " + _git("status", "--short", "--branch", cwd=rot) + "; decap-server: "
            + (rot.parent / "decap-server.log").read_text(encoding="utf-8")[-3000:])


def _sla_ihop(rot: Path, gren: str) -> None:
    """What the person who approves the pull request does (on GitHub, not in the editor's working
    tree: decap-server has stopped by now)."""
    r = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid", "merge", "-q", "--no-ff",
         "-m", f"Godkänn {gren}", gren], cwd=rot, capture_output=True, text=True,
    )
    assert r.returncode == 0, f"kunde inte slå ihop {gren}: {r.stdout}{r.stderr}; " + _lage(rot)


@pytest.fixture
def sida(webblasare, projekt):
    rot, bas, _ = projekt
    s = webblasare.new_page(klocka=klockslag("2026-12-01"), viewport={"width": 1280, "height": 900}, locale="sv-SE")
    s.set_default_timeout(VANTA)
    andra = []
    s.on("request", lambda r: andra.append(r.url) if not r.url.startswith(("http://127.0.0.1:", "data:", "blob:")) else None)
    s.goto(bas + "admin/")
    s.get_by_role("button", name="Logga in").click()
    s.get_by_text("Samlingar").wait_for(timeout=VANTA)
    yield s
    # Everything the editor loaded came from our own site and decap-server, both on 127.0.0.1.
    assert andra == []
    s.close()


def test_sammantrade_och_protokoll_i_webblasaren(projekt, sida, tmp_path):
    rot, bas, stoppa = projekt
    mapp = rot / "content" / ORGAN / DATUM

    # The sammanträde: two hålltider and three items on the föredragningslista.
    _oppna(sida, bas, f"collections/sammantraden-{ORGAN}/new")
    _synlig(sida, "Sammanträdets datum").fill(DATUM)
    _synlig(sida, "Tid").fill("13:00")
    _synlig(sida, "Plats").fill("Forsrummet, Storgatan 12")
    _knapp(sida, "Lägg till kallelse").click()
    _synlig(sida, "Utfärdad").fill("2026-12-02")
    for i, (start, rubrik) in enumerate([("13:00", "Ärenden för beslut"), ("14:30", "Information")]):
        _knapp(sida, "Lägg till hålltid").click()
        _synlig(sida, "Start", i).fill(start)
        _synlig(sida, "Rubrik", i).fill(rubrik)
    for i, rubrik in enumerate(["Budget 2027", "Taxa för hemtjänst", "Placering enligt LVU"]):
        _knapp(sida, "Lägg till ärende").click()
        _synlig(sida, "Nummer", i).fill(str(i + 1))
        _synlig(sida, "Rubrik", 2 + i).fill(rubrik)
    _spara(sida, rot, f"cms/sammantraden-{ORGAN}/{DATUM}/sammantrade", f"content/{ORGAN}/{DATUM}/sammantrade.yml")

    # The protokoll after the meeting: three §§, one under sekretess.
    _oppna(sida, bas, f"collections/protokoll-{ORGAN}/new")
    _synlig(sida, "Sammanträdets datum").fill(DATUM)
    _synlig(sida, "Datum").fill("2026-12-11")
    _synlig(sida, "Plats").fill("Digital justering")
    _synlig(sida, "Ordförande").fill("Lena Brännvik")
    _knapp(sida, "Lägg till justerare").click()
    _synlig(sida, "Justerare").fill("Per Holm")
    _synlig(sida, "Sekreterare").fill("Celina Exempelsson")

    def ny_paragraf(typ: str) -> None:
        _knapp(sida, "Lägg till paragraf").click()
        sida.get_by_role("menuitem", name=typ, exact=True).click()

    ny_paragraf("Paragraf")
    _synlig(sida, "Nummer").fill("101")
    _synlig(sida, "Rubrik (frivillig)").fill("Budget 2027")
    _synlig(sida, "Beslut (frivillig)").fill("Nämnden antar budgeten.")
    _knapp(sida, "Lägg till yrkande").click()
    _synlig(sida, "Namn").fill("Anna Ek")
    _synlig(sida, "Parti (frivillig)").fill("S")
    _synlig(sida, "Text").fill("Bifall till förslaget.")
    _knapp(sida, "Lägg till omröstning").click()
    _synlig(sida, "Resultat").fill("Nämnden beslutar enligt förslaget med 7 röster mot 4.")
    _knapp(sida, "Lägg till reservation").click()
    _synlig(sida, "Namn", 1).fill("Per Holm")

    ny_paragraf("Paragraf")
    _synlig(sida, "Nummer", 1).fill("102")
    _synlig(sida, "Rubrik (frivillig)", 1).fill("Taxa för hemtjänst")
    _synlig(sida, "Omedelbart justerad (frivillig)", 1).click()

    falt = sida.locator("input, textarea, select, [contenteditable=true]").locator("visible=true")
    fore = falt.count()
    ny_paragraf("Paragraf med sekretess")
    # A § under sekretess offers no place for text: its form is its number and its diarienummer.
    assert falt.count() == fore + 1
    _synlig(sida, "Nummer", 2).fill("103")
    _knapp(sida, "Lägg till diarienummer", 2).click()
    _synlig(sida, "Diarienummer").fill("26SN99")

    # The justerat protokoll as PDF, under a name with å, ä, ö and spaces.
    pdf = tmp_path / "Protokoll Socialnämnden 9 december.pdf"
    shutil.copy(next((REPO / "content" / ORGAN / "2026-11-18" / "handlingar").glob("*.pdf")), pdf)
    _knapp(sida, "Välj en fil").click()
    sida.locator("input[type=file]").set_input_files(str(pdf))
    sida.get_by_text("protokoll-socialnamnden-9-december.pdf").first.wait_for(timeout=VANTA)
    _knapp(sida, "Välj markerad").click()
    _spara(sida, rot, f"cms/protokoll-{ORGAN}/{DATUM}/protokoll", f"content/{ORGAN}/{DATUM}/protokoll.yml")

    # The secretary is done and closes the editor; decap-server finishes and stops. The person
    # approving merges both pull requests.
    sida.close()
    stoppa()
    _sla_ihop(rot, f"cms/sammantraden-{ORGAN}/{DATUM}/sammantrade")
    _sla_ihop(rot, f"cms/protokoll-{ORGAN}/{DATUM}/protokoll")
    sammantrade = yaml.safe_load((mapp / "sammantrade.yml").read_text(encoding="utf-8"))
    assert sammantrade["kallelse"]["hålltider"][1] == {"start": "14:30", "rubrik": "Information"}
    assert [a["rubrik"] for a in sammantrade["kallelse"]["föredragningslista"]] == [
        "Budget 2027", "Taxa för hemtjänst", "Placering enligt LVU"]
    text = (mapp / "sammantrade.yml").read_text(encoding="utf-8")
    assert 'tid: "13:00"' in text and "utfärdad: 2026-12-02" in text
    protokoll = yaml.safe_load((mapp / "protokoll.yml").read_text(encoding="utf-8"))
    p101, p102, p103 = protokoll["paragrafer"]
    assert p101["yrkanden"] == [{"namn": "Anna Ek", "parti": "S", "text": "Bifall till förslaget."}]
    assert p101["omröstning"] == {"resultat": "Nämnden beslutar enligt förslaget med 7 röster mot 4."}
    assert p101["reservationer"] == [{"namn": "Per Holm"}]
    assert p102["omedelbart_justerad"] is True
    assert p103 == {"nr": 103, "dnr": ["26SN99"], "sekretess": True}
    # The PDF beside the protokoll, in handlingar/, with a safe ASCII name.
    assert protokoll["fil"] == "handlingar/protokoll-socialnamnden-9-december.pdf"
    assert (mapp / protokoll["fil"]).read_bytes() == pdf.read_bytes()

    r = kor("validera", "--datum", "2026-12-11", cwd=rot)
    assert r.returncode == 0, r.stderr
    # The protokoll written in the editor has no närvaro, so the validator asks about the two names
    # in § 101 (issue 18); nothing else.
    varningar = [rad for rad in r.stderr.splitlines() if "varning" in rad]
    assert len(varningar) == 2, r.stderr
    assert all("finns inte bland beslutande eller ersättare i närvaron" in v for v in varningar), r.stderr

    def bygg(datum: str) -> Path:
        site = tmp_path / datum
        r = kor("bygg", "--datum", datum, "--utdata", str(site), cwd=rot)
        assert r.returncode == 0, r.stderr
        return site

    def anslag(site: Path) -> set[str]:
        return {a["id"] for a in las_sida(site, "anslagstavla").select("article.nd-anslag")}

    # The meeting day: the kallelse, and the § justerad at once on the anslagstavla.
    site = bygg(DATUM)
    s = las_sida(site, f"{ORGAN}/{DATUM}")
    assert "Placering enligt LVU" in s.get_text(" ")
    assert s.find(id="paragraf-102") is not None and s.find(id="paragraf-101") is None
    assert f"{ORGAN}-{DATUM}-omedelbar" in anslag(site) and f"{ORGAN}-{DATUM}-justering" not in anslag(site)
    # The justering day: the whole protokoll, the § under sekretess only by its number.
    site = bygg("2026-12-11")
    s = las_sida(site, f"{ORGAN}/{DATUM}")
    assert s.find(id="paragraf-101") is not None
    assert s.select_one('a[href$="protokoll-socialnamnden-9-december.pdf"]') is not None
    assert s.find(id="paragraf-103").get_text(" ", strip=True).startswith("§ 103 Borttagen på grund av sekretess")
    assert {f"{ORGAN}-{DATUM}-omedelbar", f"{ORGAN}-{DATUM}-justering"} <= anslag(site)


def test_formularet_vagrar_omojligt_datum_och_tomt_obligatoriskt_falt(projekt, sida):
    rot, bas, _ = projekt
    _oppna(sida, bas, f"collections/protokoll-{ORGAN}/new")
    _synlig(sida, "Sammanträdets datum").fill(DATUM)
    # 30 February, typed as a person types it: the date picker takes no such day.
    datum = _synlig(sida, "Datum")
    datum.click(position={"x": 12, "y": 10})  # the month, the first part of the date
    datum.press_sequentially("02302026")
    datum.press("Tab")
    _knapp(sida, "Spara").click()
    fel = sida.get_by_text("Datum: datumet finns inte. Välj ett verkligt datum.", exact=False).locator("visible=true")
    fel.first.wait_for(timeout=VANTA)
    # The missing required fields are named in Swedish, and nothing was saved.
    for text in ("Plats är obligatoriskt.", "Sekreterare är obligatoriskt."):
        assert sida.get_by_text(text, exact=False).locator("visible=true").count() >= 1, text
    sida.screenshot(path=str(rot.parent / "fel.png"), full_page=True)
    time.sleep(2)
    assert not _git("branch", "--list", "cms/*", cwd=rot).strip()
    assert datum.input_value() == ""
