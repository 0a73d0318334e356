"""The README's commands, .ci/run and the workflows stay true."""

from __future__ import annotations

import re
import subprocess

import yaml

from conftest import REPO, program

BYGG = 'python3 -m venv .venv && .venv/bin/python -m pip install -e . && npm ci && .venv/bin/namndsajt bygg'
TEST = 'python3 -m venv .venv && .venv/bin/python -m pip install -e ".[test]" && npm ci && .venv/bin/python -m pytest'


def kodblock() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", readme, re.S)]


def test_readme_har_de_tva_kommandona():
    block = kodblock()
    assert block[0] == BYGG
    assert TEST in block


def test_ci_kor_exakt_readmes_testkommando():
    rader = [r for r in (REPO / ".ci/run").read_text().splitlines() if r.strip() and not r.startswith("#")]
    assert rader[-1] == TEST


def test_arbetsfloden_klarar_actionlint():
    actionlint = program("actionlint")
    filer = sorted(str(p) for p in (REPO / ".github/workflows").glob("*.yml"))
    assert len(filer) == 3
    r = subprocess.run([actionlint, *filer], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def _arbetsflode(namn: str) -> dict:
    data = yaml.safe_load((REPO / ".github/workflows" / namn).read_text())
    return data.get("on", data.get(True))  # PyYAML reads the key `on` as True


def test_pull_request_valideras():
    assert "pull_request" in _arbetsflode("validera.yml")


def test_nattligt_bygge_strax_efter_midnatt_svensk_tid_aret_runt():
    nar = _arbetsflode("publicera.yml")
    assert nar["push"]["branches"] == ["main"]
    tider = sorted(c["cron"] for c in nar["schedule"])
    # 00:05 CEST (UTC+2) in summer and 00:05 CET (UTC+1) in winter.
    assert tider == ["5 22 * * *", "5 23 * * *"]


def test_varje_underpaket_installeras():
    """An editable install finds subpackages anyway; a normal install only those listed."""
    import tomllib

    listade = set(tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    paket = {
        ".".join(p.parent.relative_to(REPO).parts)
        for p in (REPO / "generator").rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    assert paket | {"generator.theme"} == listade


def test_npm_paketen_ar_last_och_installeras_overallt():
    """The editor's npm packages are pinned exactly and locked; every way of building installs them."""
    import json

    paket = json.loads((REPO / "package.json").read_text())
    las = json.loads((REPO / "package-lock.json").read_text())
    for avsnitt in ("dependencies", "devDependencies"):
        for namn, version in paket[avsnitt].items():
            assert re.fullmatch(r"\d+\.\d+\.\d+", version), (namn, version)
            assert las["packages"][f"node_modules/{namn}"]["version"] == version, namn
    assert "npm ci" in BYGG and "npm ci" in TEST
    for namn in ("publicera.yml", "validera.yml", "tester.yml"):
        text = (REPO / ".github/workflows" / namn).read_text()
        assert "actions/setup-node@" in text and "npm ci" in text, namn


def test_pull_request_far_felen_pa_raden():
    text = (REPO / ".github/workflows/validera.yml").read_text()
    assert "namndsajt validera --format github" in text
