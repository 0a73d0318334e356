"""The benchmark: how long `namndsajt bygg` takes on a large archive, stage by stage.

    python bench/run.py [--ut /tmp/namndsajt-bench] [--faktorer 0.25,0.5,1] [--resultat bench/RESULTS.md]

In one run on one machine, for each size factor (bench/generate.py):

- our full `namndsajt bygg`, split by stage (read, validate, publishing rules,
  PDF metadata, render, search index, export, swap) with wall time, CPU time and
  peak memory (the resident set of the whole process tree, pagefind included,
  sampled ten times a second; and the largest single process from wait4);
- the floor: a bare mkdocs-material build (default configuration, its own
  search plugin) of as many plain Markdown pages as our build wrote, holding as
  much text as the archive's YAML files, kept out of the navigation as ours are;
- `namndsajt validera` alone.

Then one nämnd's single year, and search in headless chromium over 20 fixed
queries (or the first N of them, --fragor N, for a smoke run) on the largest
site (time from the query to rendered results, median and 95th percentile, and
the bytes the first query downloads from a server that compresses text as
GitHub Pages does).

It writes RESULTS.md (and skalning.png beside it) with the tables, the machine
and the date. Generated archives and sites stay under --ut, outside the
repository. The machine may be shared: the load average before and after is
written down, and CPU time is given beside wall time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import http.server
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402

DATUM = generate.BYGGDATUM.isoformat()
SIDA = os.sysconf("SC_PAGE_SIZE")
TICK = os.sysconf("SC_CLK_TCK")

# The build's stages as `namndsajt bygg` logs them, and their short names here.
STEG = [
    ("Läser innehållet", "läsa"),
    ("Granskar innehållet", "granska"),
    ("Läser och granskar innehållet", "läsa och granska"),
    ("Tillämpar publiceringsreglerna", "publiceringsregler"),
    ("Söker efter personnummer", "personnummer"),
    ("Tar bort metadata ur PDF-filerna", "PDF-metadata"),
    ("Förbereder sökindexet", "sökindex: posterna"),
    ("Renderar webbplatsen", "rendera (och pagefind)"),
    ("Bygger sökindexet", "sökindex: vänta på pagefind"),
    ("Exporterar öppna data, flöden och kalendrar", "exportera"),
    ("Byter till den nya webbplatsen", "byta in"),
]

# Twenty fixed queries: words of the generated rubriker and texts from common to
# rare, two-word queries, and diarienummer as written and with a space. The first
# five are one of each kind, for a short smoke run (`--fragor 5`).
FRAGOR = [
    "budgetuppföljning", "KS-2024/00010", "yttrande motion", "barnkonsekvensanalys", "SN 2025/00011",
    "detaljplan", "motion", "delegationsbeslut", "äldreomsorg", "hemtjänsten",
    "kvalitetsberättelse", "patientsäkerhet", "föreningsbidrag", "taxa", "internkontrollplan", "socialnämnden",
    "trygghetslarm", "lokalförsörjningsplan", "budget 2024", "ersättning",
]


# Where a query's time goes inside pagefind: a common, a middling and a rare word, and a dnr.
API_FRAGOR = ["socialnämnden", "patientsäkerhet", "budgetuppföljning", "detaljplan", "barnkonsekvensanalys", "KS202400010"]


# --- Measuring one process --------------------------------------------------------------------------------


@dataclass
class Steg:
    namn: str
    sekunder: float
    cpu: float
    rss_mb: float


@dataclass
class Korning:
    namn: str
    sekunder: float
    cpu: float
    rss_mb: float  # peak of the whole process tree, sampled
    rss_process_mb: float  # the largest single process (wait4's ru_maxrss)
    returkod: int
    stdout: str
    stderr: str
    steg: list[Steg] = field(default_factory=list)


def _processer() -> dict[int, tuple[int, int, int]]:
    """pid → (parent, resident pages, CPU ticks of itself and its reaped children)."""
    ut = {}
    for namn in os.listdir("/proc"):
        if not namn.isdigit():
            continue
        try:
            with open(f"/proc/{namn}/stat", "rb") as f:
                data = f.read().decode("latin-1")
        except OSError:
            continue
        falt = data[data.rfind(")") + 2:].split()
        # fields from 3 (state): ppid is 4, utime 14, stime 15, cutime 16, cstime 17, rss 24
        ut[int(namn)] = (int(falt[1]), int(falt[21]), sum(int(x) for x in falt[11:15]))
    return ut


def _trad(rot: int) -> tuple[int, float]:
    """Resident bytes and CPU seconds of `rot` and every live descendant."""
    processer = _processer()
    barn: dict[int, list[int]] = {}
    for pid, (ppid, _, _) in processer.items():
        barn.setdefault(ppid, []).append(pid)
    rss, cpu, kvar = 0, 0, [rot]
    while kvar:
        pid = kvar.pop()
        if pid in processer:
            rss += processer[pid][1] * SIDA
            cpu += processer[pid][2]
            kvar.extend(barn.get(pid, []))
    return rss, cpu / TICK


def mat(namn: str, cmd: list[str], cwd: Path, intervall: float = 0.1) -> Korning:
    """Run `cmd` and measure it: wall and CPU time, memory, and its stages from the log."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    rader: list[tuple[float, str]] = []
    ut: list[str] = []
    prover: list[tuple[float, int, float]] = []
    klar = threading.Event()

    def las_fel() -> None:
        for rad in p.stderr:
            rader.append((time.perf_counter() - start, rad.rstrip("\n")))

    def las_ut() -> None:
        ut.append(p.stdout.read())

    def prova() -> None:
        while not klar.is_set():
            try:
                rss, cpu = _trad(p.pid)
            except (OSError, ValueError, IndexError):
                rss, cpu = 0, 0.0
            prover.append((time.perf_counter() - start, rss, cpu))
            klar.wait(intervall)

    tradar = [threading.Thread(target=f, daemon=True) for f in (las_fel, las_ut, prova)]
    for t in tradar:
        t.start()
    _, status, anvandning = os.wait4(p.pid, 0)
    slut = time.perf_counter() - start
    p.returncode = os.waitstatus_to_exitcode(status)
    klar.set()
    for t in tradar:
        t.join()
    cpu = anvandning.ru_utime + anvandning.ru_stime
    k = Korning(
        namn, slut, cpu,
        max((r for _, r, _ in prover), default=0) / 1e6,
        anvandning.ru_maxrss / 1e3,
        p.returncode, "".join(ut), "\n".join(r for _, r in rader),
    )
    k.steg = _steg(rader, prover, slut, cpu)
    return k


def _steg(rader: list[tuple[float, str]], prover, slut: float, cpu_totalt: float) -> list[Steg]:
    """Stage windows from the log's "X …" and "X: klart (…)" lines, with the samples inside them."""
    granser: list[tuple[str, float, float]] = []
    borjan: dict[str, float] = {}
    for t, rad in rader:
        for logg, kort in STEG:
            if rad.startswith(logg) and rad.endswith(" …") and rad[len(logg)] in " :":
                borjan[kort] = t
            elif rad.startswith(logg + ": klart") or (rad.startswith(logg) and ": klart (" in rad):
                if kort in borjan:
                    granser.append((kort, borjan.pop(kort), t))
    if not granser:
        return []

    def cpu_vid(t: float) -> float:
        fore = [c for s, _, c in prover if s <= t]
        return fore[-1] if fore else 0.0

    def rss_mellan(a: float, b: float) -> float:
        inne = [r for s, r, _ in prover if a <= s <= b + 0.1]
        return max(inne, default=0) / 1e6

    ut = [Steg("start (Python, import)", granser[0][1], cpu_vid(granser[0][1]), rss_mellan(0, granser[0][1]))]
    for kort, a, b in granser:
        ut.append(Steg(kort, b - a, max(0.0, cpu_vid(b) - cpu_vid(a)), rss_mellan(a, b)))
    sista = granser[-1][2]
    ut.append(Steg("avslut", slut - sista, max(0.0, cpu_totalt - cpu_vid(sista)), rss_mellan(sista, slut)))
    return ut


# --- The floor: a bare mkdocs-material build ----------------------------------------------------------------


def golv(mapp: Path, sidor: int, tecken_per_sida: int, fro: int) -> Path:
    """A plain mkdocs-material project of `sidor` pages with about `tecken_per_sida` characters each."""
    if mapp.exists():
        shutil.rmtree(mapp)
    docs = mapp / "docs"
    (docs / "sidor").mkdir(parents=True)
    (docs / "index.md").write_text("# Golv\n\nEtt bart bygge med mkdocs-material.\n", encoding="utf-8")
    k = generate.korpus()
    rng = random.Random(fro)
    for i in range(sidor - 1):
        text = k.text(rng, tecken_per_sida)
        (docs / "sidor" / f"{i:06d}.md").write_text(f"# Sida {i}\n\n{text}\n", encoding="utf-8")
    (mapp / "mkdocs.yml").write_text(
        "site_name: Golv\n"
        "theme:\n  name: material\n  language: sv\n  font: false\n"
        "nav:\n  - index.md\n"
        "not_in_nav: |\n  /sidor/\n",
        encoding="utf-8",
    )
    return mapp


# --- Search in chromium -------------------------------------------------------------------------------------

_KOMPRIMERA = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"}


class _Raknare:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.poster: list[tuple[str, int]] = []

    def lagg_till(self, vag: str, antal: int) -> None:
        with self.lock:
            self.poster.append((vag, antal))

    def nollstall(self) -> list[tuple[str, int]]:
        with self.lock:
            ut, self.poster = self.poster, []
        return ut


class _Hanterare(http.server.SimpleHTTPRequestHandler):
    """Serves the site as GitHub Pages would: text compressed with gzip, files
    pagefind has already compressed as they are. Counts the bytes it sends."""

    raknare: _Raknare
    cache: dict[str, bytes]

    def log_message(self, *args) -> None:
        pass

    def send_head(self):
        vag = self.translate_path(self.path)
        if os.path.isdir(vag):
            vag = os.path.join(vag, "index.html")
        andelse = os.path.splitext(vag)[1]
        if andelse in _KOMPRIMERA and os.path.isfile(vag) and "gzip" in self.headers.get("Accept-Encoding", ""):
            data = self.cache.get(vag)
            if data is None:
                with open(vag, "rb") as f:
                    data = gzip.compress(f.read(), 6, mtime=0)
                self.cache[vag] = data
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(vag))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "max-age=600")
            self.end_headers()
            self.raknare.lagg_till(self.path, len(data))
            return _Bytes(data)
        return super().send_head()

    def end_headers(self) -> None:
        if not any(h.startswith(b"Cache-Control") for h in getattr(self, "_headers_buffer", [])):
            self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def copyfile(self, source, outputfile) -> None:
        if isinstance(source, _Bytes):
            outputfile.write(source.data)
            return
        data = source.read()
        self.raknare.lagg_till(self.path, len(data))
        outputfile.write(data)


class _Bytes:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def close(self) -> None:
        pass


@contextmanager
def server(site: Path):
    raknare = _Raknare()
    hanterare = type("H", (_Hanterare,), {"raknare": raknare, "cache": {}})
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(hanterare, directory=str(site)))
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{srv.server_address[1]}/", raknare
    finally:
        srv.shutdown()
        srv.server_close()


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGGOR = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic"]

_KLAR = """() => {
    const m = document.getElementById('nd-sokmeddelande');
    const lista = document.getElementById('nd-traffar');
    return !!(m && /träff/.test(m.textContent) && lista && lista.getAttribute('aria-busy') === 'false');
}"""

_SOK = """async ([fraga, teckenfart]) => {
    const falt = document.getElementById('nd-sokord');
    const klar = """ + _KLAR + """;
    const vanta = (villkor) => new Promise((resolve) => {
        if (villkor()) return resolve();
        const obs = new MutationObserver(() => { if (villkor()) { obs.disconnect(); resolve(); } });
        obs.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
    });
    falt.value = '';
    falt.dispatchEvent(new Event('input', {bubbles: true}));
    // The field emptied: nothing shown, or (a filter ticked) what the filters alone let through.
    await vanta(() => document.getElementById('nd-traffar').getAttribute('aria-busy') === 'false'
                      && !document.getElementById('nd-sokmeddelande').textContent.includes('”'));
    // Entered whole, or typed a character at a time (`teckenfart` characters a second), timed from the last.
    if (teckenfart) {
        for (let i = 1; i < fraga.length; i++) {
            falt.value = fraga.slice(0, i);
            falt.dispatchEvent(new Event('input', {bubbles: true}));
            await new Promise((r) => setTimeout(r, 1000 / teckenfart));
        }
    }
    const t0 = performance.now();
    falt.value = fraga;
    falt.dispatchEvent(new Event('input', {bubbles: true}));
    await vanta(klar);
    const t1 = performance.now();
    const m = document.getElementById('nd-sokmeddelande').textContent.trim();
    return [t1 - t0, m];
}"""


# Pagefind's own search (its JavaScript API, no interface) on a page of its own, over the documents'
# parts merged (mergeIndex), first with no filter loaded and then after pagefind.filters() has loaded
# every filter, as its interface does at start: with filters loaded, every search also counts each
# filter value's pages among the results.
_API = """async ([bundle, fraga, filter]) => {
    const delar = (await (await fetch(bundle + 'namndsajt-delar.json')).json()).filter((d) => d.samling !== 'arenden');
    const pf = await import(bundle + delar[0].mapp + '/pagefind.js');
    await pf.init();
    for (const d of delar.slice(1)) await pf.mergeIndex(bundle + d.mapp + '/');
    if (filter) await pf.filters();
    await pf.search(fraga);  // loads the word's index chunks: not counted
    const t0 = performance.now();
    const svar = await pf.search(fraga);
    return [svar.results.length, performance.now() - t0];
}"""


@dataclass
class Sokning:
    forsta_fraga: str
    forsta_ms: float
    forsta_bytes: int
    forsta_bytes_pagefind: int
    forsta_filer: list[tuple[str, int]]
    tider: list[tuple[str, float, str]]  # (query, ms, the message shown)
    api: list[tuple[str, int, float, float]] = field(default_factory=list)  # (query, hits, ms unfiltered, ms filters loaded)
    filter_: str = ""  # the filter ticked for `tider_filter`
    tider_filter: list[tuple[str, float, str]] = field(default_factory=list)
    tider_datum: list[tuple[str, float, str]] = field(default_factory=list)  # sorted by date
    tider_skrivna: list[tuple[str, float, str]] = field(default_factory=list)  # typed, five characters a second

    @property
    def median(self) -> float:
        return _median(self.tider)

    @property
    def p95(self) -> float:
        return _p95(self.tider)

    @property
    def skrivna_ratt(self) -> int:
        """How many of the typed queries ended with the hits of the whole query (the message the
        query entered whole gave)."""
        hela = {f: m for f, _, m in self.tider}
        return sum(1 for f, _, m in self.tider_skrivna if m == hela.get(f))


def _antal_fragor(n: int) -> str:
    return "Tjugo frågor" if n == 20 else f"{n} {'fråga' if n == 1 else 'frågor'}"


def _median(tider) -> float:
    return statistics.median(t for _, t, _ in tider) if tider else float("nan")


def _p95(tider) -> float:
    varden = sorted(t for _, t, _ in tider)
    if not varden:
        return float("nan")
    return varden[min(len(varden) - 1, max(0, -(-95 * len(varden) // 100) - 1))]


def _kontext(webblasare):
    """A browser context whose waits are long: a shared machine is slow, not wrong. Its clock is
    the real one: the search page does not read the date, and Playwright's fixed clock would make
    performance.now() advance in coarse steps, so that a quick search measured 0 ms."""
    kontext = webblasare.new_context()
    kontext.set_default_timeout(600_000)
    return kontext


def sok(site: Path, fragor: list[str] = FRAGOR) -> Sokning:
    from playwright.sync_api import sync_playwright

    with server(site) as (bas, raknare), sync_playwright() as pw:
        webblasare = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGGOR)
        try:
            # The first query of a visitor with nothing cached: the header's search field opens /sok/?q=…
            kontext = _kontext(webblasare)
            sida = kontext.new_page()
            raknare.nollstall()
            sida.goto(f"{bas}sok/?q={fragor[0]}")
            sida.wait_for_function(_KLAR, timeout=600_000)  # a shared machine may be slow: wait for the event
            forsta_ms = sida.evaluate("() => performance.now()")
            sida.wait_for_timeout(300)  # let late requests (fragments of the results) finish
            filer = raknare.nollstall()
            kontext.close()
            # Then the twenty queries entered into the search field of a page that has just opened: as they
            # are, with one filter ticked, sorted by date, and typed a character at a time.
            organ = json.loads((site / "pagefind" / "namndsajt-filter.json").read_text())["Organ"][0]
            serier = {}
            for namn, adress, teckenfart in (("", "", 0), ("filter", f"?organ={organ}", 0),
                                             ("datum", "?sortera=datum", 0), ("skrivna", "", 5)):
                kontext = _kontext(webblasare)
                sida = kontext.new_page()
                sida.goto(f"{bas}sok/{adress}")
                sida.wait_for_selector("#nd-sokfilter:not([hidden])")
                serier[namn] = []
                for fraga in fragor:
                    ms, meddelande = sida.evaluate(_SOK, [fraga, teckenfart])
                    serier[namn].append((fraga, ms, meddelande))
                kontext.close()
            tider = serier[""]
            api = []
            for fraga in API_FRAGOR:
                matt = []
                for filter_ in (False, True):
                    kontext = _kontext(webblasare)
                    sida = kontext.new_page()
                    sida.goto(f"{bas}sok/")
                    matt.append(sida.evaluate(_API, [f"{bas}pagefind/", fraga, filter_]))
                    kontext.close()
                api.append((fraga, matt[0][0], matt[0][1], matt[1][1]))
        finally:
            webblasare.close()
    return Sokning(
        fragor[0], forsta_ms, sum(n for _, n in filer), sum(n for v, n in filer if "/pagefind/" in v),
        sorted(filer, key=lambda x: -x[1]), tider, api, f"Organ: {organ}",
        serier["filter"], serier["datum"], serier["skrivna"],
    )


# --- The run ----------------------------------------------------------------------------------------------------


@dataclass
class Storlek:
    faktor: float
    arkiv: dict
    generering_s: float
    bygg: Korning
    golv: Korning
    validera: Korning
    sidor: int
    poster: int
    yaml_mb: float
    delar: int = 0  # the search index's parts


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "generator.cli", *args]


def _sidor(k: Korning) -> int:
    m = re.search(r"Klart per [\d-]+: (\d+) sid", k.stdout + k.stderr)
    return int(m[1]) if m else 0


def _yaml_storlek(arkiv: Path) -> int:
    return sum(f.stat().st_size for f in arkiv.rglob("*.yml"))


def _logg(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def _kontrollera(k: Korning) -> None:
    if k.returkod != 0:
        raise SystemExit(f"{k.namn} misslyckades (slutkod {k.returkod}):\n{k.stderr[-3000:]}")


def storlek(ut: Path, faktor: float, fro: int, behall: bool) -> Storlek:
    arkiv = ut / f"arkiv-{faktor:g}"
    _logg(f"faktor {faktor:g}: genererar arkivet i {arkiv}")
    t = time.perf_counter()
    summa = generate.generera(arkiv, faktor, fro)
    generering = time.perf_counter() - t
    site = ut / f"site-{faktor:g}"
    if site.exists():
        shutil.rmtree(site)
    _logg(f"faktor {faktor:g}: {summa['sammantraden']} sammanträden, {summa['paragrafer']} §§; bygger")
    bygg = mat(f"bygg {faktor:g}", _cli("bygg", "--datum", DATUM, "--utdata", str(site)), arkiv)
    _kontrollera(bygg)
    sidor = _sidor(bygg)
    poster = _sokposter(site)
    yaml_bytes = _yaml_storlek(arkiv)
    _logg(f"faktor {faktor:g}: {bygg.sekunder:.1f} s, {sidor} sidor; golvet")
    g = golv(ut / f"golv-{faktor:g}", sidor, max(200, yaml_bytes // max(1, sidor)), fro)
    golvbygg = mat(f"golv {faktor:g}", [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(g / "mkdocs.yml"),
                                        "-d", str(g / "site")], g)
    _kontrollera(golvbygg)
    _logg(f"faktor {faktor:g}: golvet {golvbygg.sekunder:.1f} s; validera")
    validera = mat(f"validera {faktor:g}", _cli("validera", "--datum", DATUM), arkiv)
    _kontrollera(validera)
    if "; 0 varningar" not in validera.stdout:  # the generated archive is valid without a single warning
        raise SystemExit(f"det genererade arkivet ger varningar:\n{validera.stdout}\n{validera.stderr[-3000:]}")
    if not behall:
        shutil.rmtree(g, ignore_errors=True)
    return Storlek(faktor, summa, generering, bygg, golvbygg, validera, sidor, poster, yaml_bytes / 1e6,
                   _sokdelar(site))


def _sokposter(site: Path) -> int:
    """How many records pagefind indexed, in all the index's parts (each entry file names them per language)."""
    antal = 0
    for fil in (site / "pagefind").glob("*/pagefind-entry.json"):
        try:
            entry = json.loads(fil.read_text())
            antal += sum(int(v.get("page_count", 0)) for v in entry["languages"].values())
        except (OSError, ValueError, KeyError):
            pass
    return antal


def _sokdelar(site: Path) -> int:
    try:
        return len(json.loads((site / "pagefind" / "namndsajt-delar.json").read_text()))
    except (OSError, ValueError):
        return 0


def profilera(ut: Path, faktor: float, fil: Path) -> None:
    """Where the build's time goes: the full build once more, under pyinstrument (its own overhead
    included; the times of the table are measured without it)."""
    site = ut / "site-profil"
    if site.exists():
        shutil.rmtree(site)
    r = subprocess.run(
        [sys.executable, "-m", "pyinstrument", "-r", "text", "-o", str(fil), "-m", "generator.cli",
         "bygg", "--datum", DATUM, "--utdata", str(site)],
        cwd=ut / f"arkiv-{faktor:g}", capture_output=True, text=True,
    )
    if r.returncode != 0:
        raise SystemExit(f"profileringen misslyckades:\n{r.stderr[-3000:]}")
    shutil.rmtree(site, ignore_errors=True)


def ett_ar(ut: Path, fro: int) -> tuple[dict, Korning]:
    arkiv = ut / "arkiv-ett-ar"
    summa = generate.generera(arkiv, 1.0, fro, organ="socialnamnden", ar=2025)
    site = ut / "site-ett-ar"
    if site.exists():
        shutil.rmtree(site)
    _logg("socialnämnden 2025: bygger")
    k = mat("bygg ett år", _cli("bygg", "--datum", DATUM, "--utdata", str(site)), arkiv)
    _kontrollera(k)
    return summa, k


# --- The report -------------------------------------------------------------------------------------------------


def _maskin() -> dict[str, str]:
    minne = ""
    with open("/proc/meminfo") as f:
        for rad in f:
            if rad.startswith("MemTotal:"):
                minne = f"{int(rad.split()[1]) / 1024 / 1024:.1f} GB"
    modell = ""
    with open("/proc/cpuinfo") as f:
        for rad in f:
            if rad.startswith("model name"):
                modell = rad.split(":", 1)[1].strip()
                break
    versioner = {}
    for paket in ("mkdocs", "mkdocs-material", "pydantic"):
        try:
            from importlib.metadata import version

            versioner[paket] = version(paket)
        except Exception:
            versioner[paket] = "?"
    try:  # pagefind's program, from its npm package (generator/sok/sokindex.py)
        from generator.sok.sokindex import pagefind_program

        versioner["pagefind"] = json.loads((pagefind_program(REPO).parents[1] / "package.json").read_text())["version"]
    except Exception:
        versioner["pagefind"] = "?"
    return {
        "kärnor": str(os.cpu_count()),
        "minne": minne,
        "processor": modell or platform.processor(),
        "python": platform.python_version(),
        **versioner,
    }


def _s(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


def _mb(x: float) -> str:
    return f"{x:,.0f}".replace(",", " ")


def _tal(x: int) -> str:
    return f"{x:,}".replace(",", " ")


def _uppfyllt(ok: bool) -> str:
    return "uppfyllt" if ok else "**inte uppfyllt**"


def rapport(storlekar: list[Storlek], ar: tuple[dict, Korning] | None, sokning: Sokning | None,
            last: tuple[tuple[float, ...], tuple[float, ...]], kommando: str, png: Path | None,
            kommentar: str | None, profilfil: Path | None = None) -> str:
    m = _maskin()
    storst = storlekar[-1]
    r: list[str] = []
    r.append("# Prestanda: ett tjugoårigt arkiv på två kärnor\n")
    r.append(f"Uppmätt {dt.date.today().isoformat()} på {m['kärnor']} kärnor ({m['processor']}), {m['minne']} minne; "
             f"Python {m['python']}, mkdocs {m['mkdocs']}, mkdocs-material {m['mkdocs-material']}, "
             f"pagefind {m['pagefind']}, pydantic {m['pydantic']}. Belastning (load average 1/5/15 min) före: "
             f"{' / '.join(_s(x) for x in last[0])}, efter: {' / '.join(_s(x) for x in last[1])}.\n")
    r.append(f"Så här upprepar du mätningen (från projektets rot):\n\n```sh\n{kommando}\n```\n")
    r.append("Arkivet skrivs av `bench/generate.py` (påhittat, deterministiskt; storleken anges som faktor av "
             "12 organ × 20 år × 11 sammanträden). Tiden är väggklocktid; CPU är användar- plus systemtid för "
             "hela processträdet (pagefind inräknat); minnet är den största summan av residenta sidor för "
             "processträdet (mätt tio gånger i sekunden) och i parentes den största enskilda processen.\n")

    r.append("## Målen\n")
    r.append("| mål | uppmätt | |")
    r.append("|---|---|---|")
    ett = next((s for s in storlekar if s.faktor == 1), storst)
    tre = next((s for s in storlekar if s.faktor == 3), None)
    b = ett.bygg
    r.append(f"| helt arkiv (faktor {ett.faktor:g}), hela bygget med sökindex ≤ 180 s | {_s(b.sekunder)} s | "
             f"{_uppfyllt(b.sekunder <= 180)} |")
    r.append(f"| toppminne vid faktor {ett.faktor:g} ≤ 1,5 GB | {_mb(b.rss_mb)} MB ({_mb(b.rss_process_mb)} MB största process) | "
             f"{_uppfyllt(b.rss_mb <= 1500)} |")
    kvot = b.sekunder / ett.golv.sekunder
    r.append(f"| vårt bygge ≤ 1,3 × bart mkdocs-material-bygge med lika många sidor | {_s(b.sekunder)} s / "
             f"{_s(ett.golv.sekunder)} s = {kvot:.2f}".replace(".", ",") + f" | {_uppfyllt(kvot <= 1.3)} |")
    halv = next((s for s in storlekar if abs(s.faktor - ett.faktor / 2) < 1e-9), None)
    if halv is not None:
        skala = b.sekunder / halv.bygg.sekunder
        r.append(f"| tid vid full storlek ≤ 2,2 × tid vid halv storlek | {_s(b.sekunder)} s / {_s(halv.bygg.sekunder)} s = "
                 f"{skala:.2f}".replace(".", ",") + f" | {_uppfyllt(skala <= 2.2)} |")
    if tre is not None:
        r.append(f"| toppminne vid faktor 3 ≤ 3 GB | {_mb(tre.bygg.rss_mb)} MB ({_mb(tre.bygg.rss_process_mb)} MB största "
                 f"process) | {_uppfyllt(tre.bygg.rss_mb <= 3000)} |")
        k3 = tre.bygg.sekunder / b.sekunder
        r.append(f"| tid vid faktor 3 ≤ 3,3 × tid vid faktor 1 | {_s(tre.bygg.sekunder)} s / {_s(b.sekunder)} s = "
                 f"{k3:.2f}".replace(".", ",") + f" | {_uppfyllt(k3 <= 3.3)} |")
    v = ett.validera
    r.append(f"| `namndsajt validera` på hela arkivet ≤ 20 s | {_s(v.sekunder)} s | {_uppfyllt(v.sekunder <= 20)} |")
    if ar is not None:
        r.append(f"| en nämnds enda år ≤ 5 s | {_s(ar[1].sekunder)} s | {_uppfyllt(ar[1].sekunder <= 5)} |")
    if sokning is not None:
        r.append(f"| sökning, median ≤ 150 ms | {sokning.median:.0f} ms | {_uppfyllt(sokning.median <= 150)} |")
        r.append(f"| sökning, 95:e percentilen ≤ 400 ms | {sokning.p95:.0f} ms | {_uppfyllt(sokning.p95 <= 400)} |")
        if sokning.tider_filter:
            f95 = _p95(sokning.tider_filter)
            r.append(f"| med ett filter ikryssat ({sokning.filter_}), 95:e percentilen ≤ 600 ms | {f95:.0f} ms | "
                     f"{_uppfyllt(f95 <= 600)} |")
        if sokning.tider_datum:
            d95 = _p95(sokning.tider_datum)
            r.append(f"| sorterat efter datum, 95:e percentilen ≤ 800 ms | {d95:.0f} ms | {_uppfyllt(d95 <= 800)} |")
        if sokning.tider_skrivna:
            n, ratt = len(sokning.tider_skrivna), sokning.skrivna_ratt
            r.append(f"| skrivna ett tecken i taget (5 per sekund): träffarna till sist är hela frågans | {ratt} av {n} "
                     f"(från sista tangenten: median {_median(sokning.tider_skrivna):.0f} ms, 95:e percentilen "
                     f"{_p95(sokning.tider_skrivna):.0f} ms) | {_uppfyllt(ratt == n)} |")
        kb = sokning.forsta_bytes / 1000
        r.append(f"| första sökningen laddar ner ≤ 400 kB | {kb:.0f} kB (varav pagefind "
                 f"{sokning.forsta_bytes_pagefind / 1000:.0f} kB) | {_uppfyllt(kb <= 400)} |")
    r.append("")
    if kommentar:
        r.append(kommentar.strip() + "\n")

    r.append("## Arkiven\n")
    r.append("| faktor | sammanträden | protokoll | §§ | varav sekretess | styrdokument | anslag | PDF | YAML | "
             "sidor | sökposter | sökindexets delar | generering |")
    r.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for s in storlekar:
        a = s.arkiv
        r.append(f"| {s.faktor:g} | {_tal(a['sammantraden'])} | {_tal(a['protokoll'])} | {_tal(a['paragrafer'])} | "
                 f"{_tal(a['sekretess'])} | {_tal(a['styrdokument'])} | {_tal(a['anslag'])} | {_tal(a['pdf'])} | "
                 f"{_s(s.yaml_mb)} MB | {_tal(s.sidor)} | {_tal(s.poster)} | {s.delar} | {_s(s.generering_s)} s |")
    r.append("")

    r.append("## Bygget steg för steg\n")
    for s in storlekar:
        r.append(f"### Faktor {s.faktor:g}\n")
        r.append("| steg | tid | CPU | toppminne |")
        r.append("|---|---|---|---|")
        for st in s.bygg.steg:
            r.append(f"| {st.namn} | {_s(st.sekunder)} s | {_s(st.cpu)} s | {_mb(st.rss_mb)} MB |")
        r.append(f"| **hela `namndsajt bygg`** | **{_s(s.bygg.sekunder)} s** | {_s(s.bygg.cpu)} s | "
                 f"{_mb(s.bygg.rss_mb)} MB ({_mb(s.bygg.rss_process_mb)} MB) |")
        r.append(f"| golvet: bart mkdocs-material, {_tal(s.sidor)} sidor | {_s(s.golv.sekunder)} s | {_s(s.golv.cpu)} s | "
                 f"{_mb(s.golv.rss_mb)} MB |")
        r.append(f"| `namndsajt validera` | {_s(s.validera.sekunder)} s | {_s(s.validera.cpu)} s | {_mb(s.validera.rss_mb)} MB |")
        r.append("")

    r.append("## Skalning\n")
    r.append("| faktor | §§ | sidor | vårt bygge | golvet | kvot | rendera (och pagefind) | sökindex utöver | validera |")
    r.append("|---|---|---|---|---|---|---|---|---|")
    for s in storlekar:
        steg = {st.namn: st.sekunder for st in s.bygg.steg}
        r.append(f"| {s.faktor:g} | {_tal(s.arkiv['paragrafer'])} | {_tal(s.sidor)} | {_s(s.bygg.sekunder)} s | "
                 f"{_s(s.golv.sekunder)} s | {s.bygg.sekunder / s.golv.sekunder:.2f}".replace(".", ",")
                 + f" | {_s(steg.get('rendera (och pagefind)', 0))} s | "
                 f"{_s(steg.get('sökindex: posterna', 0) + steg.get('sökindex: vänta på pagefind', 0))} s | "
                 f"{_s(s.validera.sekunder)} s |")
    r.append("")
    if png is not None:
        r.append(f"![Byggtid mot arkivets storlek]({png.name})\n")

    if profilfil is not None:
        r.append(f"Var tiden går i bygget vid faktor {ett.faktor:g}: [{profilfil.name}]({profilfil.name}) "
                 "(pyinstrument, samma bygge en gång till; profileraren lägger till en del tid).\n")

    if ar is not None:
        summa, k = ar
        r.append("## En nämnds enda år\n")
        r.append(f"Socialnämnden 2025: {summa['sammantraden']} sammanträden, {_tal(summa['paragrafer'])} §§, "
                 f"{summa['styrdokument']} styrdokument, {summa['anslag']} anslag. `namndsajt bygg`: {_s(k.sekunder)} s "
                 f"(CPU {_s(k.cpu)} s), toppminne {_mb(k.rss_mb)} MB.\n")
        r.append("| steg | tid |")
        r.append("|---|---|")
        for st in k.steg:
            r.append(f"| {st.namn} | {_s(st.sekunder)} s |")
        r.append("")

    if sokning is not None:
        r.append("## Sökningen i webbläsaren\n")
        r.append(f"Debians chromium utan fönster (Playwright), webbplatsen för faktor {ett.faktor:g} serverad på "
                 "127.0.0.1 med gzip för text som på GitHub Pages. Tiden räknas från att frågan står i sökfältet "
                 "(händelsen `input`) till att träffarna är ritade (meddelandet om antalet träffar syns och inget "
                 "resultat väntar på sitt utdrag); den första frågan i en nyöppnad sida räknar också in att "
                 "pagefind startar.\n")
        r.append(f"Första sökningen, utan något i webbläsarens cache (sidan `/sok/?q={sokning.forsta_fraga}`, som "
                 f"sökfältet i sidhuvudet öppnar): träffarna ritade {sokning.forsta_ms:.0f} ms efter att sidan "
                 f"begärdes, {sokning.forsta_bytes / 1000:.0f} kB hämtade, varav {sokning.forsta_bytes_pagefind / 1000:.0f} kB "
                 "från pagefind/. Största filerna:\n")
        r.append("| fil | kB |")
        r.append("|---|---|")
        for vag, n in sokning.forsta_filer[:12]:
            r.append(f"| `{vag.split('?')[0]}` | {_s(n / 1000)} |")
        r.append("")
        r.append(f"{_antal_fragor(len(sokning.tider))}: median {sokning.median:.0f} ms, 95:e percentilen {sokning.p95:.0f} ms. Med ett filter "
                 f"ikryssat ({sokning.filter_}): median {_median(sokning.tider_filter):.0f} ms, 95:e percentilen "
                 f"{_p95(sokning.tider_filter):.0f} ms. Sorterat efter datum: median {_median(sokning.tider_datum):.0f} ms, "
                 f"95:e percentilen {_p95(sokning.tider_datum):.0f} ms. Skrivna ett tecken i taget, fem i sekunden, "
                 f"räknat från sista tangenten: median {_median(sokning.tider_skrivna):.0f} ms, 95:e percentilen "
                 f"{_p95(sokning.tider_skrivna):.0f} ms; {sokning.skrivna_ratt} av {len(sokning.tider_skrivna)} visade "
                 "till sist samma träffar som frågan inskriven hel.\n")
        r.append("| fråga | hel | meddelande | med filter | efter datum | skriven | meddelande till sist |")
        r.append("|---|---|---|---|---|---|---|")
        for i, (fraga, ms, meddelande) in enumerate(sokning.tider):
            f_ = sokning.tider_filter[i][1] if i < len(sokning.tider_filter) else float("nan")
            d_ = sokning.tider_datum[i][1] if i < len(sokning.tider_datum) else float("nan")
            sk = sokning.tider_skrivna[i] if i < len(sokning.tider_skrivna) else ("", float("nan"), "")
            r.append(f"| `{fraga}` | {ms:.0f} | {meddelande} | {f_:.0f} | {d_:.0f} | {sk[1]:.0f} | "
                     f"{'samma' if sk[2] == meddelande else sk[2]} |")
        r.append("")
        if sokning.api:
            r.append("Var tiden går: pagefinds egen sökning (dess JavaScript-gränssnitt, utan sökrutan, i en "
                     "nyöppnad sida, ordets indexdelar redan hämtade), först utan filter och sedan efter att alla "
                     "filter har laddats, som pagefinds sökruta gör när den startar. Med filtren laddade räknar "
                     "pagefind för varje sökning varje filtervärdes sidor bland träffarna.\n")
            r.append("| fråga | träffar | utan filter | med filtren laddade |")
            r.append("|---|---|---|---|")
            for fraga, n, utan, med in sokning.api:
                r.append(f"| `{fraga}` | {_tal(n)} | {utan:.0f} ms | {med:.0f} ms |")
            r.append("")
    return "\n".join(r) + "\n"


def _axlar(ax, enhet: str, rubrik: str) -> None:
    """One plot of the figure: against the archive's §§, from zero, with its legend."""
    ax.set_xlabel("paragrafer i arkivet")
    ax.set_ylabel(enhet)
    ax.set_title(rubrik)
    ax.set_xlim(left=0)
    ax.set_ylim(bottom=0)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, loc="upper left")


def rita(storlekar: list[Storlek], png: Path) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        _logg("matplotlib saknas (pip install -e '.[bench]'); ingen bild")
        return False
    x = [s.arkiv["paragrafer"] for s in storlekar]
    fig, (ax, ax2) = plt.subplots(1, 2, figsize=(11, 4.2), dpi=110)
    ax.plot(x, [s.bygg.sekunder for s in storlekar], "o-", label="namndsajt bygg (hela)", color="#1a5f7a")
    steg = lambda namn: [next((st.sekunder for st in s.bygg.steg if st.namn == namn), 0) for s in storlekar]  # noqa: E731
    ax.plot(x, steg("rendera (och pagefind)"), "s--", label="varav rendera (pagefind samtidigt)", color="#57a0d3")
    ax.plot(x, [a + b for a, b in zip(steg("sökindex: posterna"), steg("sökindex: vänta på pagefind"))], "^--",
            label="varav sökindex (utöver renderingen)", color="#e07a1f")
    ax.plot(x, [s.golv.sekunder for s in storlekar], "d-", label="bart mkdocs-material, lika många sidor", color="#777")
    ax.plot(x, [s.validera.sekunder for s in storlekar], "v:", label="namndsajt validera", color="#2a9d4b")
    if len(storlekar) >= 2 and storlekar[-2].arkiv["paragrafer"] > 0:
        a = storlekar[-2]
        ax.plot([0, x[-1]], [0, a.bygg.sekunder / a.arkiv["paragrafer"] * x[-1]], ":", color="#1a5f7a", alpha=0.5,
                label="linjärt genom näst största")
    ax.axhline(180, color="#b00", linewidth=0.8, linestyle="--", label="mål 180 s")
    _axlar(ax, "sekunder", "Byggtid mot arkivets storlek (2 kärnor)")
    # Memory: the whole process tree's peak, and its largest single process (ours; pagefind's part is one index part).
    ax2.plot(x, [s.bygg.rss_mb for s in storlekar], "o-", label="namndsajt bygg, hela processträdet", color="#1a5f7a")
    ax2.plot(x, [s.bygg.rss_process_mb for s in storlekar], "s--", label="största enskilda process", color="#e07a1f")
    ax2.plot(x, [s.golv.rss_mb for s in storlekar], "d-", label="bart mkdocs-material", color="#777")
    ax2.axhline(1500, color="#b00", linewidth=0.8, linestyle="--", label="mål vid faktor 1: 1,5 GB")
    ax2.axhline(3000, color="#b00", linewidth=0.8, linestyle=":", label="mål vid faktor 3: 3 GB")
    _axlar(ax2, "MB", "Toppminne mot arkivets storlek")
    fig.tight_layout()
    fig.savefig(png, metadata={"Software": None})
    plt.close(fig)
    return True


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Mäter Nämndsajts bygge och sökning på ett stort påhittat arkiv.")
    p.add_argument("--ut", type=Path, default=Path("/tmp/namndsajt-bench"),
                   help="arbetsmapp för arkiv och webbplatser (standard /tmp/namndsajt-bench)")
    p.add_argument("--faktorer", default="0.25,0.5,1,3", help="storlekar, kommaseparerade (standard 0.25,0.5,1,3)")
    p.add_argument("--resultat", type=Path, default=BENCH / "RESULTS.md", help="rapporten (standard bench/RESULTS.md)")
    p.add_argument("--fro", type=int, default=generate.FRO)
    p.add_argument("--utan-sok", action="store_true", help="hoppa över sökningen i webbläsaren")
    p.add_argument("--utan-ett-ar", action="store_true", help="hoppa över bygget av en nämnds enda år")
    p.add_argument("--behall", action="store_true", help="behåll golvens mappar")
    p.add_argument("--profil", action="store_true",
                   help="bygg den största storleken en gång till under pyinstrument och skriv profil.txt bredvid rapporten")
    p.add_argument("--fragor", type=int, default=len(FRAGOR), choices=range(1, len(FRAGOR) + 1), metavar="N",
                   help=f"sök med bara de N första av de {len(FRAGOR)} frågorna (standard alla; 5 räcker för en provkörning)")
    p.add_argument("--kommentar", type=Path, default=None,
                   help="en Markdown-fil att ta med under målen (standard bench/kommentar.md om rapporten är bench/RESULTS.md)")
    args = p.parse_args(argv)
    faktorer = sorted(float(f) for f in args.faktorer.split(","))
    args.ut.mkdir(parents=True, exist_ok=True)
    fore = os.getloadavg()
    storlekar = [storlek(args.ut, f, args.fro, args.behall) for f in faktorer]
    ar = None if args.utan_ett_ar else ett_ar(args.ut, args.fro)
    sokning = None
    # The targets are at factor 1: the search and the profile are measured there, if it was built.
    mal = 1.0 if 1.0 in faktorer else faktorer[-1]
    if not args.utan_sok:
        _logg(f"sökning i chromium på faktor {mal:g}")
        sokning = sok(args.ut / f"site-{mal:g}", FRAGOR[:args.fragor])
    profilfil = None
    if args.profil:
        profilfil = args.resultat.with_name("profil.txt")
        _logg(f"profil av bygget vid faktor {mal:g} (pyinstrument)")
        profilera(args.ut, mal, profilfil)
    efter = os.getloadavg()
    args.resultat.parent.mkdir(parents=True, exist_ok=True)
    png = args.resultat.with_name("skalning.png")
    ritad = rita(storlekar, png)
    kommando = "python bench/run.py" + ("" if args.faktorer == "0.25,0.5,1,3" else f" --faktorer {args.faktorer}")
    kommentar_fil = args.kommentar or (BENCH / "kommentar.md" if args.resultat.resolve() == (BENCH / "RESULTS.md") else None)
    kommentar = kommentar_fil.read_text(encoding="utf-8") if kommentar_fil and kommentar_fil.is_file() else None
    if args.fragor != len(FRAGOR):
        kommando += f" --fragor {args.fragor}"
    if profilfil is not None:
        kommando += " --profil"
    text = rapport(storlekar, ar, sokning, (fore, efter), kommando, png if ritad else None, kommentar, profilfil)
    args.resultat.write_text(text, encoding="utf-8")
    (args.resultat.with_suffix(".json")).write_text(json.dumps(_som_json(storlekar, ar, sokning), ensure_ascii=False, indent=1),
                                                    encoding="utf-8")
    _logg(f"klart: {args.resultat}")
    return 0


def _som_json(storlekar: list[Storlek], ar, sokning: Sokning | None) -> dict:
    def korning(k: Korning) -> dict:
        return {"sekunder": k.sekunder, "cpu": k.cpu, "rss_mb": k.rss_mb, "rss_process_mb": k.rss_process_mb,
                "steg": [vars(s) for s in k.steg]}

    return {
        "storlekar": [
            {"faktor": s.faktor, "arkiv": s.arkiv, "sidor": s.sidor, "poster": s.poster, "bygg": korning(s.bygg),
             "golv": korning(s.golv), "validera": korning(s.validera)}
            for s in storlekar
        ],
        "ett_ar": None if ar is None else {"arkiv": ar[0], "bygg": korning(ar[1])},
        "sokning": None if sokning is None else {
            "forsta_ms": sokning.forsta_ms, "forsta_bytes": sokning.forsta_bytes,
            "forsta_bytes_pagefind": sokning.forsta_bytes_pagefind, "median": sokning.median, "p95": sokning.p95,
            "tider": sokning.tider, "api": sokning.api, "filter": sokning.filter_, "tider_filter": sokning.tider_filter,
            "tider_datum": sokning.tider_datum, "tider_skrivna": sokning.tider_skrivna,
        },
    }


if __name__ == "__main__":
    sys.exit(main())
