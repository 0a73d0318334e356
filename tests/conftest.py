"""Shared fixtures: build real sites from fixture content into temporary folders."""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import shutil
import os
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup

REPO = Path(__file__).resolve().parent.parent
LITEN = Path(__file__).resolve().parent / "fixtures" / "liten"
# Real protokoll and kallelser from five kommuner, beside the repository (never in it): CI has it,
# a clone from GitHub does not, and then the tests that read it are skipped.
KORPUS = REPO.parent / "shared" / "corpus"
KORPUS_SAKNAS = (
    f"korpusen saknas: lägg korpusen med riktiga protokoll i {KORPUS} (mappen shared/corpus bredvid "
    "repositoriet) för att köra de här testerna"
)
# Commands whose result depends on the date: a test always names the date.
_DATUMKANSLIGA = {"bygg", "validera", "forhandsgranska"}


def pytest_collection_modifyitems(config, items):
    """Tests that drive chromium are marked `browser` (leave them out with `-m "not browser"`);
    tests that read the corpus are skipped, with where to put it, when it is not there."""
    korpus_finns = KORPUS.is_dir() and any(KORPUS.glob("*.txt"))
    for item in items:
        if "webblasare" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)
        if item.get_closest_marker("korpus") and not korpus_finns:
            item.add_marker(pytest.mark.skip(reason=KORPUS_SAKNAS))


def kor(*args: str, cwd: Path, miljo: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run the real CLI as a user would, in `cwd` (with `miljo` added to the environment). A command
    whose result depends on the date is always given one (`--datum`): no test reads the real clock."""
    if args and args[0] in _DATUMKANSLIGA:
        assert "--datum" in args, f"'namndsajt {args[0]}' i ett test måste få --datum"
    return subprocess.run(
        [sys.executable, "-m", "generator.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ, **miljo) if miljo else None,
    )


def program(namn: str) -> Path:
    """A program installed with the test dependencies, found beside the running interpreter
    (the README runs `.venv/bin/python -m pytest` without activating the venv, so `PATH`
    may not have it)."""
    fil = Path(sys.executable).parent / namn
    assert fil.exists(), f"{namn} saknas i {fil.parent}: installera testberoendena (pip install -e '.[test]')"
    return fil


def sida(site: Path, adress: str) -> BeautifulSoup:
    fil = site / adress / "index.html" if not adress.endswith(".html") else site / adress
    return BeautifulSoup(fil.read_text(encoding="utf-8"), "html.parser")


def kopiera_projekt(kalla: Path, mal: Path) -> Path:
    shutil.copytree(kalla, mal, ignore=shutil.ignore_patterns("site", ".site-*"))
    return mal


def pytest_xdist_auto_num_workers(config) -> int:
    """`-n auto` (pyproject's addopts): a worker per core, at most four. Each worker starts its own
    chromium, and the files with the most work are few, so more workers would mostly wait."""
    return max(1, min(4, len(os.sched_getaffinity(0))))


def _delad_mapp(tmp_path_factory) -> Path:
    """A folder every process of this test run sees: pytest-xdist's workers are sessions of
    their own, with their temporary folders side by side in the run's."""
    bas = tmp_path_factory.getbasetemp()
    return bas.parent if os.environ.get("PYTEST_XDIST_WORKER") else bas


def _byggare(tmp_path_factory, projekt: Path, namn: str, utan_varningar):
    """Build `projekt` as of a date, once per test run and date, however many workers run the
    suite (the first to ask builds it, holding a lock, and the others wait and read it); tests
    only read what it wrote. `utan_varningar(r)` says the build gave no warning."""
    from filelock import FileLock

    byggda: dict[str, Path] = {}

    def bygg(datum: str) -> Path:
        if datum not in byggda:
            mapp = _delad_mapp(tmp_path_factory) / f"bygge-{namn}-{datum}"
            with FileLock(f"{mapp}.lock"):
                if not (mapp / "klar").exists():
                    shutil.rmtree(mapp, ignore_errors=True)  # a build that failed in another worker
                    mapp.mkdir(parents=True)
                    r = kor("bygg", "--datum", datum, "--utdata", str(mapp / "site"), cwd=projekt)
                    assert r.returncode == 0, r.stderr
                    assert utan_varningar(r), r.stderr
                    (mapp / "klar").write_text(r.stdout + r.stderr, encoding="utf-8")
            byggda[datum] = mapp / "site"
        return byggda[datum]

    return bygg


@pytest.fixture(scope="session")
def bygg_liten(tmp_path_factory):
    """The small fixture project, built as of a date."""
    return _byggare(tmp_path_factory, LITEN, "liten", lambda r: "varning" not in r.stderr)


@pytest.fixture(scope="session")
def bygg_exempel(tmp_path_factory):
    """The example project in the repository, built as of a date."""
    return _byggare(tmp_path_factory, REPO, "exempel",
                    lambda r: "0 varningar" in r.stdout and "varning:" not in r.stderr)


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGGOR = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]


STOCKHOLM = ZoneInfo("Europe/Stockholm")


def klockslag(datum: str, tid: str = "12:00") -> dt.datetime:
    """A moment in Swedish time, for a page's fixed clock."""
    return dt.datetime.fromisoformat(f"{datum}T{tid}").replace(tzinfo=STOCKHOLM)


class Webblasare:
    """The browser, whose every page runs with a fixed clock the test chooses, so that page
    scripts (anslagstavla.js) see a known day and no test depends on the real date."""

    def __init__(self, browser) -> None:
        self.browser = browser

    def new_context(self, *, klocka: dt.datetime, **installningar):
        kontext = self.browser.new_context(**installningar)
        kontext.clock.set_fixed_time(klocka)
        return kontext

    def new_page(self, *, klocka: dt.datetime, **installningar):
        """A page in a context of its own; closing the page closes the context."""
        kontext = self.new_context(klocka=klocka, **installningar)
        sida = kontext.new_page()
        sida.on("close", lambda _: kontext.close())
        return sida


@pytest.fixture(scope="session")
def webblasare():
    """Debian's chromium driven by Playwright (its own browser download does not work here)."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Debians chromium saknas: sudo apt-get install chromium (.ci/run gör det själv)"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGGOR)
        yield Webblasare(browser)
        browser.close()


@contextmanager
def server(site: Path, bas: str = "/"):
    """Serve `site` on 127.0.0.1 on a free port under the path `bas` (as
    GitHub Pages serves a project site under /namn/); yields the base URL.
    Unknown addresses get the site's 404.html, as on GitHub Pages."""
    handler = functools.partial(_TystHanterare, directory=str(site), bas=bas)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    trad = threading.Thread(target=httpd.serve_forever, daemon=True)
    trad.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}{bas}"
    finally:
        httpd.shutdown()
        httpd.server_close()


class _TystHanterare(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, bas: str = "/", **kwargs):
        self.bas = bas
        super().__init__(*args, **kwargs)

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.bas):
            return str(Path(self.directory) / "finns-inte")
        return super().translate_path("/" + path[len(self.bas):])

    def send_error(self, code, message=None, explain=None):
        sida = Path(self.directory) / "404.html"
        if code == 404 and sida.exists():
            innehall = sida.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(innehall)))
            self.end_headers()
            self.wfile.write(innehall)
            return
        super().send_error(code, message, explain)

    def end_headers(self) -> None:
        # LinkChecker keeps to ten requests a second per host unless the server answers with this
        # header (its documented way to allow more); only tests ever talk to this server.
        self.send_header("LinkChecker", "tillåtet")
        super().end_headers()

    def log_message(self, *args) -> None:
        pass


def tabba_till(sida, villkor: str, hur_manga: int, fel: str) -> None:
    """Press Tab until the JavaScript expression `villkor` is true of the focused element, at most
    `hur_manga` times; fail the test with `fel` if it never is."""
    for _ in range(hur_manga):
        sida.keyboard.press("Tab")
        if sida.evaluate(villkor):
            return
    pytest.fail(fel)
