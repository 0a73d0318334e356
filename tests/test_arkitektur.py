"""The layering of generator/ (docs/arkitektur.md) is a contract that import-linter checks:
each contract in pyproject.toml is run on its own, so a broken one names itself."""

from __future__ import annotations

import subprocess
import tomllib

import pytest

from conftest import REPO, program

KONTRAKT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]

# A contract broken on purpose for a while, with the reason (none today).
VANTAR: dict[str, str] = {}


def kontrollera(kontrakt_id: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(program("lint-imports")), "--no-cache", "--no-logo", "--contract", kontrakt_id, str(REPO / "pyproject.toml")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize(
    "kontrakt_id",
    [
        pytest.param(k["id"], marks=pytest.mark.xfail(strict=True, reason=VANTAR[k["id"]])) if k["id"] in VANTAR else k["id"]
        for k in KONTRAKT
    ],
)
def test_importkontraktet_halls(kontrakt_id):
    r = kontrollera(kontrakt_id)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "KEPT" in r.stdout


def test_kontrakten_finns():
    assert {k["id"] for k in KONTRAKT} >= {"lager", "lagen-fristaende", "utdata-utan-laddning", "bygget-utan-import"}


def test_arkitekturen_beskriver_varje_kontrakt_och_paket():
    text = (REPO / "docs/arkitektur.md").read_text(encoding="utf-8")
    for k in KONTRAKT:
        assert f"| `{k['id']}` |" in text, f"kontraktet {k['id']} saknas i docs/arkitektur.md"
    for paket in sorted(p.parent.name for p in (REPO / "generator").glob("*/__init__.py")):
        assert f"  {paket}/ " in text, f"paketet generator/{paket}/ saknas i docs/arkitektur.md"
    for modul in sorted(p.name for p in (REPO / "generator").glob("*.py") if p.name != "__init__.py"):
        assert f"  {modul} " in text, f"generator/{modul} saknas i docs/arkitektur.md"
    assert "](docs/arkitektur.md)" in (REPO / "README.md").read_text(encoding="utf-8")
