"""Search (issue #4) in Debian's chromium, against the built example site served on localhost.

Two sites are built once: the example content as of 2026-11-23, and a copy of it
with sekretess canaries (a sekretess handling whose PDF holds a word found
nowhere else, and a sekretess § with a diarienummer found nowhere else). Both are
served from one server under sub-paths (/exempel/, /kanarie/), as on GitHub
Pages, and every request the browser makes outside that server is refused and
reported.

Expected hits are worked out from the content; where a test relies on a word
being in one place only, it checks that first.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import shutil
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml
from fpdf import FPDF
from pypdf import PdfReader

from test_ny import UTAN
from conftest import REPO, klockslag, kor, server, sida, tabba_till
from generator.bygg import las_och_granska, tillampa_reglerna
from generator.innehall import diarienummer
from generator.sok import egna_sidor, sokindex

DATUM = "2026-11-23"
KANARIEORD = "Kanarieplymsmedjan"  # only in the sekretess handling's PDF
KANARIEDNR = "HEMLIG-2026/0999"  # only on a sekretess § and the item that leads to it
SN = "socialnamnden/2026-11-18"


def _bygg(projekt: Path, ut: Path) -> Path:
    r = kor("bygg", "--datum", DATUM, "--utdata", str(ut), cwd=projekt)
    assert r.returncode == 0, r.stderr
    assert "varning:" not in r.stderr, r.stderr
    return ut


def _kanarieprojekt(mal: Path) -> Path:
    """The example content, plus what may never be found."""
    # The whole project, as a kommun has it (site_config.yml may name other files, such as a logotyp).
    shutil.copytree(REPO, mal, dirs_exist_ok=True, ignore=UTAN)
    mote = mal / "content" / SN
    pdf = FPDF()
    pdf.set_compression(False)  # the word stands in the file's bytes, so a copied file would be seen
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, f"Utredning. Uppgifterna om den enskilde omfattas av sekretess. {KANARIEORD}.")
    pdf.output(str(mote / "handlingar" / "utredning-kanarie.pdf"))
    kallelse = (mote / "sammantrade.yml").read_text(encoding="utf-8")
    rad = "        - {titel: Utredning och förslag till beslut, sekretess: true}\n"
    assert kallelse.count(rad) == 1
    kallelse = kallelse.replace(
        rad, "        - {titel: Utredning och förslag till beslut, sekretess: true, fil: handlingar/utredning-kanarie.pdf}\n"
    )
    kallelse += (
        f"    - {{nr: 11, rubrik: Individärende enligt socialtjänstlagen, dnr: {KANARIEDNR}, paragraf: 112}}\n"
    )
    (mote / "sammantrade.yml").write_text(kallelse, encoding="utf-8")
    protokoll = (mote / "protokoll.yml").read_text(encoding="utf-8")
    assert 'omfattar: "104-111"' in protokoll
    protokoll = protokoll.replace('omfattar: "104-111"', 'omfattar: "104-112"')
    protokoll += f"\n  - {{nr: 112, dnr: {KANARIEDNR}, sekretess: true}}\n"
    (mote / "protokoll.yml").write_text(protokoll, encoding="utf-8")
    return mal


@pytest.fixture(scope="module")
def kanarieprojekt(tmp_path_factory):
    return _kanarieprojekt(tmp_path_factory.mktemp("kanarie"))


@pytest.fixture(scope="module")
def webbplatser(tmp_path_factory, kanarieprojekt):
    """Both sites under one folder, served on 127.0.0.1: yields (base URL, folder)."""
    rot = tmp_path_factory.mktemp("sok") / "webb"
    rot.mkdir()
    _bygg(REPO, rot / "exempel")
    _bygg(kanarieprojekt, rot / "kanarie")
    with server(rot) as bas:
        yield bas, rot


@pytest.fixture(scope="module")
def poster():
    """The index's records as the generator makes them: url → record."""
    innehall, _ = las_och_granska(REPO)
    records, _ = sokindex.poster(tillampa_reglerna(innehall, dt.date.fromisoformat(DATUM)).publicering)
    return {r.url: r for r in records}


class Flik:
    """One browser tab that may only talk to the test server."""

    def __init__(self, page, bas: str, webbplats: str = "exempel"):
        self.page, self.bas, self.webbplats, self.utanfor = page, bas, webbplats, []
        page.set_default_timeout(60_000)  # other builds may share the two cores

        def vakt(route):
            if route.request.url.startswith(self.bas):
                route.continue_()
            else:
                self.utanfor.append(route.request.url)
                route.abort()

        page.route("**/*", vakt)

    def sok(self, fraga: str, webbplats: str | None = None, **params) -> list[dict]:
        adress = f"{self.bas}{webbplats or self.webbplats}/sok/?q={quote(fraga)}"
        for k, v in params.items():
            adress += f"&{k}={quote(v)}"
        self.page.goto(adress)
        return self.resultat()

    def resultat(self) -> list[dict]:
        """The hits shown once the page has finished searching (the list is aria-busy while it searches
        or waits for typing to pause)."""
        self.page.wait_for_function(
            """() => {
                const lista = document.getElementById('nd-traffar');
                const m = document.getElementById('nd-sokmeddelande');
                return lista && lista.getAttribute('aria-busy') === 'false' && m && /träff/.test(m.textContent);
            }"""
        )
        return self.page.eval_on_selector_all(
            "#nd-traffar > li",
            """els => els.map(e => ({
                url: e.querySelector('.nd-traff__lank').getAttribute('href'),
                titel: e.querySelector('.nd-traff__rubrik').textContent.trim(),
                taggar: [...e.querySelectorAll('.nd-traff__tagg')].map(t => t.textContent.trim()),
                utdrag: e.querySelector('.nd-traff__utdrag').innerHTML,
            }))""",
        )

    def meddelande(self) -> str:
        return self.page.text_content("#nd-sokmeddelande").strip()


@contextmanager
def ny_flik(webblasare, bas: str, webbplats: str = "exempel", datum: str = DATUM):
    """A tab on the server at `bas` with the browser's clock at `datum`; when it closes, nothing was
    fetched from outside that server."""
    sida_ = webblasare.new_page(klocka=klockslag(datum))
    f = Flik(sida_, bas, webbplats)
    yield f
    sida_.close()
    assert f.utanfor == [], f"sökningen försökte hämta utanför webbplatsen: {f.utanfor}"


@pytest.fixture
def flik(webblasare, webbplatser):
    bas, _ = webbplatser
    with ny_flik(webblasare, bas) as f:
        yield f


def adress(resultat: dict, webbplats: str = "exempel") -> str:
    """A hit's address from the site's root: "/exempel/socialnamnden/…" → "socialnamnden/…"."""
    assert resultat["url"].startswith(f"/{webbplats}/"), resultat["url"]
    return resultat["url"].removeprefix(f"/{webbplats}/")


# --- What the index holds -------------------------------------------------------------------------


def _texter() -> tuple[dict[Path, str], dict[Path, str]]:
    yml = {f: f.read_text(encoding="utf-8").lower() for f in (REPO / "content").rglob("*.yml")}
    pdf = {f: " ".join(s.extract_text() or "" for s in PdfReader(f).pages).lower() for f in (REPO / "content").rglob("*.pdf")}
    return yml, pdf


@pytest.mark.parametrize(
    "ord_, paragraf, ocksa_i_pdf",
    [
        # Only in § 49's ärendebeskrivning, in no PDF.
        ("barnkonsekvensanalys", "socialnamnden/2025-03-26/#paragraf-49", []),
        # In § 106 and in the justerat protokoll's PDF, which holds every §: the § comes first.
        ("vakanser", f"{SN}/#paragraf-106", [f"{SN}/handlingar/protokoll-2026-11-18.pdf"]),
    ],
)
def test_ett_ord_i_ett_enda_beslut_hittar_paragrafen_forst(flik, poster, ord_, paragraf, ocksa_i_pdf):
    yml, pdf = _texter()
    assert [f.relative_to(REPO).parts[1:3] for f, t in yml.items() if ord_ in t] == [tuple(paragraf.split("/")[:2])]
    publicerade_pdf = [u for u in poster if u.endswith(".pdf") and ord_ in " ".join(poster[u].text).lower()]
    assert publicerade_pdf == ocksa_i_pdf
    traffar = flik.sok(ord_)
    assert [adress(r) for r in traffar] == [paragraf, *ocksa_i_pdf]
    forsta = traffar[0]
    # Named as a person cites it, with its diarienummer.
    assert re.fullmatch(r"§ \d+ .+ – Socialnämnden \d+ \w+ 20\d\d", forsta["titel"]), forsta["titel"]
    assert any(t.startswith("Diarienummer: ") for t in forsta["taggar"])
    assert "<mark>" in forsta["utdrag"]


def test_ett_ord_bara_i_en_pdf_hittar_handlingen_med_lank_till_sammantradet(flik, webbplatser):
    _, pdf = _texter()
    kalla = REPO / "content/socialnamnden/2025-03-26/handlingar/kvalitetsberattelse-2024.pdf"
    yml, _ = _texter()
    assert [f for f, t in pdf.items() if "läkemedelshantering" in t] == [kalla]
    assert not any("läkemedelshantering" in t for t in yml.values())
    [traff] = flik.sok("läkemedelshantering")
    assert adress(traff) == "socialnamnden/2025-03-26/handlingar/kvalitetsberattelse-2024.pdf"
    assert traff["titel"] == "Kvalitetsberättelse 2024 (PDF) – Socialnämnden 26 mars 2025"
    assert "Diarienummer: 25SN42" in traff["taggar"]
    # The hit links to the PDF itself and to its sammanträde, and both exist.
    lank = flik.page.locator(".nd-traff__sammanhang a")
    assert lank.text_content() == "Socialnämnden 26 mars 2025"
    assert lank.get_attribute("href") == "/exempel/socialnamnden/2025-03-26/"
    _, rot = webbplatser
    assert (rot / "exempel" / adress(traff)).is_file()


STAVNINGAR = [
    ("25SN53", "arenden/25-sn-53/"),
    ("SOC/2023-000185", "arenden/soc-2023-000185/"),
    ("SOC 2023-000185", "arenden/soc-2023-000185/"),
    ("IFN-2026/00048", "arenden/ifn-2026-00048/"),
    ("IFN 2026/00048", "arenden/ifn-2026-00048/"),
    ("KS-2026/00052", "arenden/ks-2026-00052/"),
]


def _dnr_monster(dnr: str) -> re.Pattern:
    """The dnr in any spelling, as a whole word: KS-2026/00052 → KS\\W*2026\\W*00052."""
    return re.compile(r"(?<![\w])" + r"\W*".join(diarienummer.delar(dnr)) + r"(?![\w])", re.I)


def test_varje_stavning_av_ett_diarienummer_hittar_arendet_forst(flik, poster):
    for fraga, arende in STAVNINGAR:
        traffar = flik.sok(fraga)
        assert adress(traffar[0]) == arende, (fraga, traffar[0])
        # Everything found carries the dnr, or (a protokoll, a PDF) mentions it.
        monster = _dnr_monster(fraga)
        med_dnr = {u for u, p in poster.items() if monster.search(" ".join([p.titel, p.dnr, *p.text]))}
        assert {adress(r) for r in traffar} <= med_dnr, fraga
        # The count is of documents: the §§ and items of one sammanträde page are one.
        assert _antal(flik) == len({dokumentet(u, poster) for u in med_dnr}), fraga
        for r in traffar:
            if poster[adress(r)].meta.get("Diarienummer"):
                assert any(t.startswith("Diarienummer: ") and monster.search(t) for t in r["taggar"]), r


def _antal(flik: Flik) -> int:
    """The number of documents the search page says it found."""
    return int(re.search(r"gav träffar i (\d+) dokument", flik.meddelande())[1])


def dokumentet(url: str, poster: dict) -> str:
    """The document (the index's record) a hit belongs to: a § and an item belong to their page."""
    return url.partition("#")[0] if poster[url].meta["Typ"] in ("Paragraf", "Kallelse") else url


def _valj_filter(flik: Flik, namn: str, varde: str) -> int:
    """Tick a filter value with the search page's filter controls; the new number of hits."""
    fore = flik.meddelande()
    grupp = flik.page.locator("details.nd-sok__filtergrupp", has=flik.page.locator(f"legend:text-is('{namn}')"))
    if grupp.get_attribute("open") is None:
        grupp.locator("summary").click()
    grupp.locator(f"input[name='{namn}'][value='{varde}']").check()
    flik.page.wait_for_function("f => document.getElementById('nd-sokmeddelande').textContent !== f", arg=fore)
    flik.resultat()
    return _antal(flik)


@pytest.mark.parametrize("fraga, sidan", [
    ("Lena Brännvik", "fortroendevalda/lena-brannvik/"),  # she yrkar in twenty §§
    ("Göran Fläckman", "fortroendevalda/goran-flackman/"),  # his name stands in ärendebeskrivningar too
    ("Fläckman", "fortroendevalda/goran-flackman/"),
])
def test_ett_namn_hittar_personens_sida_forst(flik, poster, fraga, sidan):
    post = poster[sidan]
    assert post.meta["Typ"] == sokindex.FORTROENDEVALD and post.dnr_vikt > 1
    assert sum(fraga.lower() in " ".join(p.text).lower() for p in poster.values()) > 1  # not the only record
    forsta = flik.sok(fraga)[0]
    assert adress(forsta) == sidan, forsta
    assert f"Typ: {sokindex.FORTROENDEVALD}" in forsta["taggar"]


def test_organ_och_ar_smalnar_av(flik, poster):
    flik.sok("avgift")
    alla = _antal(flik)
    organ = _valj_filter(flik, "Organ", "Socialnämnden")
    assert 0 < organ < alla
    assert all("Socialnämnden" in poster[adress(r)].filter["Organ"] for r in flik.resultat())
    ar = _valj_filter(flik, "År", "2025")
    assert 0 < ar < organ
    for r in flik.resultat():
        post = poster[adress(r)]
        assert "Socialnämnden" in post.filter["Organ"] and "2025" in post.filter["År"], r


def test_filtren_visar_indexets_varden_och_laddas_forst_nar_de_valjs(flik, poster, webbplatser):
    """Pagefind counts the hits of every loaded filter on each search, at a cost that grows with the
    records times the hits (bench/RESULTS.md), so no filter the page shows is loaded until a reader ticks
    one. The one filter loaded from the start is the collection (Samling, two values), one file a part."""
    hamtade = []
    flik.page.on("request", lambda r: hamtade.append(r.url))
    flik.sok("avgift")
    flik.page.wait_for_selector("#nd-sokfilter:not([hidden]) details")
    grupper = flik.page.eval_on_selector_all(
        "#nd-sokfilter details",
        "els => els.map(d => [d.querySelector('legend').textContent, [...d.querySelectorAll('input')].map(i => i.value)])",
    )
    # The values are exactly those of the records, in the site's order.
    forvantat = {}
    for post in poster.values():
        for namn, varden in post.filter.items():
            forvantat.setdefault(namn, set()).update(varden)
    assert {namn: set(varden) for namn, varden in grupper} == forvantat
    assert dict(grupper)["År"] == sorted(forvantat["År"], reverse=True)
    assert [namn for namn, _ in grupper] == ["Organ", "År", "Dokumenttyp", "Giltighet"]
    delar = json.loads((webbplatser[1] / "exempel" / sokindex.MAPP / sokindex.DELFIL).read_text(encoding="utf-8"))
    fore = [u for u in hamtade if re.search(r"/pagefind/[^/]+/filter/", u)]
    assert len(fore) == len([d for d in delar if d["samling"] == sokindex.DOKUMENT])
    # The values are shown without counts, which pagefind would have to load every filter to give.
    etiketter = flik.page.eval_on_selector_all("#nd-sokfilter label", "els => els.map(e => e.textContent)")
    assert sorted(etiketter) == sorted(v for _, varden in grupper for v in varden)
    _valj_filter(flik, "Dokumenttyp", "Styrdokument")
    assert len([u for u in hamtade if re.search(r"/pagefind/[^/]+/filter/", u)]) > len(fore)
    assert flik.page.text_content("#nd-sokfilter details:has(legend:text-is('Dokumenttyp')) summary") == "Dokumenttyp (1 vald)"


def test_sidan_ordnar_filtrens_varden_och_haller_dem_i_adressen(flik, poster, webbplatser):
    """Whatever order the file beside the index has, the page shows the organ as site_config.yml lists
    them and the years newest first; ticked filters are kept in the address, and an address with
    filters opens with them ticked."""
    _, rot = webbplatser
    fil = json.loads((rot / "exempel" / "pagefind" / sokindex.FILTERFIL).read_text(encoding="utf-8"))
    baklanges = {namn: list(reversed(varden)) for namn, varden in fil.items()}
    flik.page.route(f"**/pagefind/{sokindex.FILTERFIL}", lambda route: route.fulfill(json=baklanges))
    traffar = flik.sok("avgift", organ="Socialnämnden", ar="2025")
    grupper = dict(flik.page.eval_on_selector_all(
        "#nd-sokfilter details",
        "els => els.map(d => [d.querySelector('legend').textContent, [...d.querySelectorAll('input')].map(i => i.value)])",
    ))
    organ = [o["namn"] for o in yaml.safe_load((REPO / "site_config.yml").read_text(encoding="utf-8"))["organ"]]
    assert grupper["Organ"] == [o for o in organ if o in fil["Organ"]] and len(grupper["Organ"]) > 2
    assert grupper["År"] == sorted(fil["År"], reverse=True) and len(grupper["År"]) > 2
    assert flik.page.is_checked("#nd-sokfilter input[name='Organ'][value='Socialnämnden']")
    assert flik.page.is_checked("#nd-sokfilter input[name='År'][value='2025']")
    assert traffar and all(
        "Socialnämnden" in poster[adress(r)].filter["Organ"] and "2025" in poster[adress(r)].filter["År"] for r in traffar
    )
    alla = _antal(flik)
    grupp = flik.page.locator("details.nd-sok__filtergrupp", has=flik.page.locator("legend:text-is('År')"))
    assert grupp.get_attribute("open") is not None  # a group with a ticked value opens
    fore = flik.meddelande()  # read before the click: the new search may be done before the click returns
    grupp.locator("input[value='2025']").uncheck()
    flik.page.wait_for_function("f => document.getElementById('nd-sokmeddelande').textContent !== f", arg=fore)
    flik.resultat()
    assert _antal(flik) > alla
    assert "ar=" not in flik.page.url and "organ=Socialn%C3%A4mnden" in flik.page.url and "q=avgift" in flik.page.url


def test_ett_filter_utan_ord_visar_allt_det_slapper_igenom(flik, poster):
    styrdokument = {u for u, p in poster.items() if p.filter.get("Dokumenttyp") == ["Styrdokument"]}
    assert 1 < len(styrdokument) <= 10
    traffar = flik.sok("", dokumenttyp="Styrdokument")
    assert {adress(r) for r in traffar} == styrdokument
    assert flik.meddelande() == f"Filtren gav träffar i {len(styrdokument)} dokument."


def test_sortering_efter_datum_nyast_forst_behaller_ord_och_filter(flik, poster):
    flik.sok("trygghetslarm")
    paragrafer = _valj_filter(flik, "Dokumenttyp", "Paragraf")
    relevans = [adress(r) for r in flik.resultat()]
    flik.page.select_option("#nd-sortering", "datum")  # searches again at once: the list is aria-busy until done
    traffar = [adress(r) for r in flik.resultat()]
    assert flik.page.input_value("#nd-sokord") == "trygghetslarm" and _antal(flik) == paragrafer
    assert flik.page.is_checked("#nd-sokfilter input[name='Dokumenttyp'][value='Paragraf']")
    assert len(traffar) >= 4 and all(poster[u].filter["Dokumenttyp"] == ["Paragraf"] for u in traffar)
    datum = [poster[u].datum for u in traffar]
    assert datum == sorted(datum, reverse=True) and sorted(traffar) == sorted(relevans) and traffar != relevans
    assert "sortera=datum" in flik.page.url


def test_fler_traffar_tio_dokument_i_taget_och_fokus_pa_den_forsta_nya(flik, poster):
    forsta = flik.sok("avgift")
    antal = _antal(flik)
    # Ten documents; the §§ of one protokoll that match are each a hit.
    assert len({dokumentet(adress(r), poster) for r in forsta}) == 10 < antal
    flik.page.keyboard.press("Tab")  # any focus, then the button by the keyboard
    flik.page.focus("#nd-fler")
    flik.page.keyboard.press("Enter")
    flik.page.wait_for_function("n => document.querySelectorAll('#nd-traffar > li').length > n", arg=len(forsta))
    alla = flik.resultat()
    assert alla[:len(forsta)] == forsta
    assert len({dokumentet(adress(r), poster) for r in alla}) == min(20, antal)
    assert flik.page.evaluate("document.activeElement.getAttribute('href')") == alla[len(forsta)]["url"]
    assert flik.page.is_visible("#nd-fler") == (antal > 20)


def test_soka_utan_mus_fran_sidhuvudet_till_paragrafen(flik):
    sidan = flik.page
    sidan.goto(f"{flik.bas}exempel/styrdokument/")
    tabba_till(sidan, "document.activeElement.id === 'nd-sokfalt'", 20, "sökfältet i sidhuvudet nås inte med tabb")
    sidan.keyboard.type("barnkonsekvensanalys")
    sidan.keyboard.press("Enter")
    sidan.wait_for_url("**/exempel/sok/?q=barnkonsekvensanalys")
    flik.resultat()
    tabba_till(sidan, "document.activeElement.classList.contains('nd-traff__lank')", 30,
               "träffen nås inte med tabb")
    sidan.keyboard.press("Enter")
    sidan.wait_for_url("**/exempel/socialnamnden/2025-03-26/#paragraf-49")


def test_snabbt_skrivet_visar_traffarna_for_hela_fragan(flik):
    """Typing, the page searches what is in the field whenever typing pauses. A search for a half-typed
    word that finishes late (here: its hits' fragments are held back until the whole word has been
    searched and drawn) must never replace the hits of the whole word."""
    fraga = "barnkonsekvensanalys"
    sidan = flik.page
    # The whole word's hits, and the fragment files they are drawn from.
    hamtade = []
    sidan.on("request", lambda r: hamtade.append(r.url))
    forvantat = flik.sok(fraga)
    assert [adress(r) for r in forvantat] == ["socialnamnden/2025-03-26/#paragraf-49"]
    fragment = {u for u in hamtade if re.search(r"/pagefind/[^/]+/fragment/", u)}
    assert fragment
    # Every other hit's fragment waits until released.
    hallna = []
    sidan.route("**/pagefind/*/fragment/*", lambda route: route.fallback() if route.request.url in fragment else hallna.append(route))
    sidan.goto(f"{flik.bas}exempel/sok/")
    sidan.wait_for_selector("#nd-sokfilter:not([hidden]) details")
    falt = sidan.locator("#nd-sokord")
    falt.focus()
    sidan.keyboard.type("barn")  # then a pause: the page searches "barn", whose hits are held back
    for _ in range(600):
        if hallna:
            break
        sidan.wait_for_timeout(50)
    assert hallna, "sökningen på ”barn” hämtade inga träffar"
    sidan.keyboard.type(fraga[len("barn"):], delay=40)
    assert [r["url"] for r in flik.resultat()] == [r["url"] for r in forvantat]
    assert f"”{fraga}” gav träffar i 1 dokument" in flik.meddelande()
    # Now the half-typed search's hits arrive; they are dropped.
    klara = []
    sidan.on("requestfinished", lambda r: klara.append(r.url))
    slappta = [route.request.url for route in hallna]
    for route in hallna:
        route.fallback()
    for _ in range(600):
        if set(slappta) <= set(klara):
            break
        sidan.wait_for_timeout(50)
    assert set(slappta) <= set(klara)
    sidan.wait_for_timeout(1500)  # time for a late search to draw, were it allowed to
    assert [r["url"] for r in flik.resultat()] == [r["url"] for r in forvantat]
    assert f"”{fraga}” gav träffar i 1 dokument" in flik.meddelande()
    assert sidan.input_value("#nd-sokord") == fraga and f"q={fraga}" in sidan.url


def test_ett_okant_diarienummer_ger_inga_traffar_hur_det_an_skrivs(flik):
    """Pagefind answers a word that is in no part of the index with the longest word it has already
    loaded that begins it: after "KS" had been searched, "KS-2099/00001" found everything with "KS".
    A query that is one dnr is searched exactly, so it gives the same hits however it was typed."""
    sidan = flik.page
    assert flik.sok("KS") and "gav träffar" in flik.meddelande()
    falt = sidan.locator("#nd-sokord")
    falt.focus()
    sidan.keyboard.type("-2099/00001", delay=250)  # slower than the page's pause: every prefix is searched
    flik.resultat()
    skrivet = flik.meddelande()
    assert skrivet == "”KS-2099/00001” gav inga träffar."
    flik.sok("KS-2099/00001")
    assert flik.meddelande() == skrivet


def test_ett_ord_hittar_inte_arendena_men_diarienumret_gor_det(flik, poster):
    """The ärenden are an index of their own, read for a diarienummer or the filter Dokumenttyp Ärende:
    a word finds the §§ that link to their ärende, not the ärende page."""
    hamtade = []
    flik.page.on("request", lambda r: hamtade.append(r.url))
    traffar = flik.sok("trygghetslarm")
    assert traffar and not [r for r in traffar if adress(r).startswith("arenden/")]
    assert not [u for u in hamtade if "/pagefind/arenden-" in u]
    _valj_filter(flik, "Dokumenttyp", "Ärende")
    traffar = flik.resultat()
    assert traffar and all(adress(r).startswith("arenden/") for r in traffar)
    assert [u for u in hamtade if "/pagefind/arenden-" in u]


def test_sidan_anvander_pagefinds_api_och_inget_av_dess_granssnitt(flik, webbplatser):
    """The page draws everything itself with pagefind's JavaScript API (pagefind.js): none of pagefind's
    ready-made interfaces is fetched, nor published."""
    hamtade = []
    flik.page.on("request", lambda r: hamtade.append(r.url))
    flik.sok("avgift", sortera="datum")
    _valj_filter(flik, "Dokumenttyp", "Paragraf")
    flik.page.click("#nd-fler") if flik.page.is_visible("#nd-fler") else None
    flik.resultat()
    _, rot = webbplatser
    forsta = json.loads((rot / "exempel" / "pagefind" / sokindex.DELFIL).read_text(encoding="utf-8"))[0]
    assert any(u.endswith(f"/exempel/pagefind/{forsta['mapp']}/pagefind.js") for u in hamtade)
    assert [u for u in hamtade if "-ui." in u or "pagefind-highlight" in u] == []
    assert {f.name for f in (rot / "exempel" / "pagefind").rglob("*.js")} == {"pagefind-worker.js", "pagefind.js"}
    assert not list((rot / "exempel" / "pagefind").rglob("*.css"))


# --- The site's own pages ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fraga, sidan",
    [
        ("överklaga", "overklaga/"),
        ("laglighetsprövning", "overklaga/"),
        # Before the anslag, whose titles end in "– anslagstavlan".
        ("anslagstavlan", "anslagstavla/"),
        ("prenumerera", "prenumerera/"),
        ("tillgänglighet", "tillganglighet/"),
    ],
)
def test_webbplatsens_egna_sidor_hittas_forst(flik, webbplatser, fraga, sidan):
    forsta = flik.sok(fraga)[0]
    assert adress(forsta) == sidan, forsta
    _, rot = webbplatser
    assert forsta["titel"] == sida(rot / "exempel", sidan).find("h1").get_text(strip=True)
    assert forsta["taggar"] == [f"Typ: {egna_sidor.INFORMATION}"]  # its search words are not shown


def test_egna_sidornas_poster_citerar_sidorna(webbplatser, poster):
    """A record of one of the site's own pages quotes the page; when the page's words change, so must
    generator/sok/egna_sidor.py."""
    _, rot = webbplatser
    assert {s.adress for s in egna_sidor.EGNA_SIDOR} == {u for u, p in poster.items() if p.meta["Typ"] == egna_sidor.INFORMATION}
    for egen in egna_sidor.EGNA_SIDOR:
        html = sida(rot / "exempel", egen.adress)
        assert poster[egen.adress].titel == html.find("h1").get_text(strip=True)
        text = " ".join(html.find("article").get_text(" ").split())
        for stycke in poster[egen.adress].text:
            assert stycke in text, (egen.adress, stycke)
        assert egen.sokord


# --- The pages ------------------------------------------------------------------------------------------


def test_varje_sida_har_sokfaltet_och_ingen_lunr(webbplatser):
    _, rot = webbplatser
    site = rot / "exempel"
    assert not (site / "search").exists()  # mkdocs-material's lunr index
    for html in site.rglob("index.html"):
        if html.relative_to(site).parts[0] == "admin":
            continue  # the web editor, an app of its own, not a page of the site
        s = sida(site, str(html.relative_to(site)))
        formular = s.select("header form[role=search]")
        if html.parent.name == "sok":
            assert formular == [] and s.find(id="nd-sok") is not None
            continue
        assert len(formular) == 1, html
        falt = formular[0].find("input", attrs={"name": "q"})
        assert s.find("label", attrs={"for": falt["id"]}).get_text(strip=True)
        assert (html.parent / formular[0]["action"]).resolve() == (site / "sok").resolve()


def test_paragrafens_diarienummer_leder_till_arendet(webbplatser):
    _, rot = webbplatser
    site = rot / "exempel"
    sammantrade = sida(site, "socialnamndens-arbetsutskott/2026-03-11")
    lank = sammantrade.find(id="paragraf-18").select_one(".nd-dnr a")
    assert lank.get_text() == "KS-2025/00214" and lank["href"] == "../../arenden/ks-2025-00214/"
    # The sekretess § shows its dnr without a link: nothing of it is gathered anywhere.
    assert not sammantrade.find(id="paragraf-20").select(".nd-dnr a")
    arende = sida(site, "arenden/ks-2025-00214")
    steg = [h.get_text(" ", strip=True) for h in arende.select(".nd-arendeforlopp__rubrik")]
    assert steg == [
        "Kommunfullmäktige, måndag 29 september 2025",
        "Socialnämndens arbetsutskott, onsdag 11 mars 2026",
        "Socialnämnden, onsdag 25 mars 2026",
        "Kommunstyrelsen, måndag 13 april 2026",
        "Kommunfullmäktige, måndag 27 april 2026",
    ]
    lankar = [a["href"] for a in arende.select(".nd-arendeforlopp a")]
    assert "../../socialnamndens-arbetsutskott/2026-03-11/#paragraf-18" in lankar
    assert "../../socialnamndens-arbetsutskott/2026-03-11/#punkt-1" in lankar
    assert "../../socialnamndens-arbetsutskott/2026-03-11/handlingar/forslag-yttrande-motion-trygghetslarm.pdf" in lankar
    for a in lankar:
        assert (site / "arenden/ks-2025-00214" / a.split("#")[0]).resolve().exists(), a
    # Ärende pages are reached from the §§, not from the navigation.
    assert not sida(site, "").select('nav a[href*="arenden/"]')


# --- What may never be found --------------------------------------------------------------------------


def _filer_som_text(mapp: Path):
    """Every file under `mapp` as lower-case text, pagefind's gzip files unpacked."""
    for fil in mapp.rglob("*"):
        if fil.is_file():
            data = fil.read_bytes()
            if data[:2] == b"\x1f\x8b":
                data = gzip.decompress(data)
            yield fil, data.decode("utf-8", errors="replace").lower()


def _om_kanarien(traffar: list[dict], *ord_: str) -> list[dict]:
    """The hits that show anything of the canaries. (Pagefind answers a word it does not know with
    the nearest words it does: "hemlig" finds "hem…". Those hits are fine; these are not.)"""
    return [
        r for r in traffar
        if any(o.lower() in (r["titel"] + " ".join(r["taggar"]) + r["utdrag"]).lower() for o in ord_)
        or r["url"].endswith(("#paragraf-112", "#punkt-11", "utredning-kanarie.pdf"))
    ]


def test_kanarieordet_i_en_sekretesshandling_finns_ingenstans(flik, webbplatser, kanarieprojekt):
    _, rot = webbplatser
    kanarie = rot / "kanarie"
    # The canary is really in the input (in the PDF's bytes as well as its text) ...
    kalla = kanarieprojekt / "content" / SN / "handlingar" / "utredning-kanarie.pdf"
    assert KANARIEORD in kalla.read_text(encoding="latin-1")
    assert KANARIEORD in PdfReader(kalla).pages[0].extract_text()
    # ... and the sekretess handling is named on the page but not linked.
    punkt = sida(kanarie, SN).find(id="punkt-3")
    assert "Utredning och förslag till beslut" in punkt.get_text() and not punkt.select('a[href$=".pdf"]')
    assert [fil for fil, text in _filer_som_text(kanarie) if KANARIEORD.lower() in text] == []
    assert _om_kanarien(flik.sok(KANARIEORD, "kanarie"), KANARIEORD) == []


def test_en_sekretessparagraf_gar_inte_att_soka_fram(flik, webbplatser):
    _, rot = webbplatser
    # The sekretess § shows its number and dnr in the protokoll, as the law has it, and nothing else ...
    paragraf = sida(rot / "kanarie", SN).find(id="paragraf-112")
    assert paragraf.get_text(" ", strip=True) == f"§ 112 Borttagen på grund av sekretess Diarienummer {KANARIEDNR}"
    # ... but nothing of it, nor of the föredragningslista item that leads to it, is in the index.
    for _fil, text in _filer_som_text(rot / "kanarie" / "pagefind"):
        assert "hemlig" not in text
    for fraga in (KANARIEDNR, "HEMLIG 2026/0999", "hemlig"):
        assert _om_kanarien(flik.sok(fraga, "kanarie"), "hemlig") == [], fraga
    assert not (rot / "kanarie" / "arenden" / "hemlig-2026-0999").exists()


def test_exemplets_sekretessparagrafer_och_opublicerade_handlingar_hittas_inte(flik, poster):
    # § 104 (SOC/2026-000221) is sekretess, and item 3 of the föredragningslista leads to it. Only the
    # justerat protokoll's PDF, which names every § by number and dnr, may be found.
    assert not any("SOC/2026-000221" in p.dnr for p in poster.values())
    for r in flik.sok("SOC/2026-000221"):
        assert adress(r) == f"{SN}/handlingar/protokoll-2026-11-18.pdf", r
    # Socialnämnden 16 december 2026: the kallelse is out 9 December, so its handlingar are not yet published.
    _, pdf = _texter()
    assert [f.name for f, t in pdf.items() if "stickprov" in t] == ["internkontrollplan-2027.pdf"]
    for r in flik.sok("stickprov"):
        assert "2026-12-16" not in r["url"] and "stickprov" not in r["utdrag"].lower(), r


# --- What a first search costs -------------------------------------------------------------------------


def test_forsta_sokningen_hamtar_lite(webblasare, webbplatser, capsys):
    """Measured in the browser: the bytes of pagefind's files fetched for the first search, with an empty cache."""
    bas, rot = webbplatser
    kontext = webblasare.new_context(klocka=klockslag(DATUM))
    sidan = kontext.new_page()
    svar = []
    sidan.on("response", lambda r: svar.append(r))
    f = Flik(sidan, bas)
    f.sok("barnkonsekvensanalys")
    pagefind = sum(len(r.body()) for r in svar if "/pagefind/" in r.url)
    allt = sum(len(r.body()) for r in svar if r.status == 200)
    kontext.close()
    index = sum(p.stat().st_size for p in (rot / "exempel" / "pagefind").rglob("*") if p.is_file())
    data = sum(
        p.stat().st_size for p in (rot / "exempel" / "pagefind").rglob("*")
        if p.is_file() and (p.suffix.startswith(".pf_") or p.name == "wasm.sv.pagefind")
    )
    with capsys.disabled():
        print(f"\nsökindex på disk: {index} byte (varav indexdata {data} byte); "
              f"första sökningen: {pagefind} byte från pagefind/, {allt} byte totalt med sidan")
    assert f.utanfor == []
    assert pagefind < 400_000
