"""No broken link anywhere in the built example site: every internal link, anchor (`#paragraf-45`),
asset, feed and PDF, checked by a real link checker (LinkChecker) over HTTP as GitHub Pages serves
the site (under /namndsajt/), for two dates."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess

import pytest

from conftest import program, server

INSTALLNINGAR = """\
[checking]
threads=4
maxrequestspersecond=1000
[filtering]
checkextern=0
[AnchorCheck]
"""


def kontrollera(site, tmp_path) -> tuple[int, list[dict]]:
    """Check every link the site's pages reach; returns (URLs checked, problems)."""
    installningar = tmp_path / "linkcheckerrc"
    installningar.write_text(INSTALLNINGAR, encoding="utf-8")
    # LinkChecker run as root drops to the user nobody, who cannot reach libfaketime's shared memory,
    # and then hangs; it reads no date, so it runs on the real clock when the suite runs under faketime.
    miljo = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD" and not k.startswith("FAKETIME")}
    with server(site, "/namndsajt/") as bas:
        r = subprocess.run(
            [str(program("linkchecker")), "--config", str(installningar), "--no-status", "--verbose",
             "-o", "csv", bas],
            capture_output=True, text=True, timeout=900, env=miljo,
        )
    # LinkChecker's own comment lines start with "# "; a row may start with "#" (a link to an anchor).
    rader = [rad for rad in r.stdout.splitlines(keepends=True) if not rad.startswith("# ")]
    poster = list(csv.DictReader(io.StringIO("".join(rader)), delimiter=";"))
    problem = [p for p in poster if p["valid"] != "True" or p["warningstring"]]
    assert r.returncode in (0, 1), r.stderr  # 1: broken links found (listed in problem); 2: program error
    return len(poster), problem


@pytest.mark.parametrize("datum", ["2025-04-01", "2026-11-23"])
def test_inga_trasiga_lankar(bygg_exempel, tmp_path, datum):
    antal, problem = kontrollera(bygg_exempel(datum), tmp_path)
    assert antal > 150  # the checker really went through the site
    assert [(p["url"], p["parentname"], p["result"], p["warningstring"]) for p in problem] == []


def test_lankkontrollen_hittar_en_trasig_lank_och_ett_ankare(bygg_exempel, tmp_path):
    """The check itself can fail: a removed PDF and a §'s anchor renamed are both found."""
    site = tmp_path / "site"
    shutil.copytree(bygg_exempel("2026-11-23"), site)
    sidan = site / "socialnamnden/2025-03-26/index.html"
    html = sidan.read_text(encoding="utf-8")
    assert 'id="paragraf-45"' in html
    sidan.write_text(html.replace('id="paragraf-45"', 'id="paragraf-45-borta"'), encoding="utf-8")
    (site / "data/paragrafer.csv").unlink()
    _, problem = kontrollera(site, tmp_path)
    fel = {p["url"].split("/namndsajt/", 1)[1] for p in problem}
    assert "data/paragrafer.csv" in fel
    assert any(u.endswith("2025-03-26/#paragraf-45") for u in fel), fel
