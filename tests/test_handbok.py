"""docs/handbok.md stays true: its links, pictures, commands and the import report it quotes."""

from __future__ import annotations

import re
import shutil
import sys
import unicodedata

import pytest

from conftest import REPO, kor
from generator.cli import _parser
from test_ny import kopiera_exempel

HANDBOK = REPO / "docs" / "handbok.md"
OVNING = REPO / "docs" / "exempel" / "protokoll-socialnamndens-arbetsutskott-2026-10-07.pdf"


def text() -> str:
    return HANDBOK.read_text(encoding="utf-8")


def github_ankare(rubrik: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation gone, spaces as '-'."""
    rubrik = rubrik.strip().lower()
    rubrik = "".join(c for c in rubrik if c in " -_" or unicodedata.category(c)[0] in "LN")
    return rubrik.replace(" ", "-")


def test_readme_lankar_till_handboken():
    assert "](docs/handbok.md)" in (REPO / "README.md").read_text(encoding="utf-8")


def test_lankar_och_bilder_finns():
    handbok = text()
    for mal in re.findall(r"\]\(([^)#]+?)(?:#[^)]*)?\)", handbok):
        if mal.startswith(("http://", "https://")):
            continue
        assert (HANDBOK.parent / mal).exists(), mal
    bilder = re.findall(r"!\[[^\]]+\]\((bilder/[^)]+\.png)\)", handbok)
    assert len(bilder) >= 3
    for bild in bilder:
        assert (HANDBOK.parent / bild).stat().st_size > 10_000, bild


def test_ankare_finns():
    handbok = text()
    ankare = {github_ankare(r) for r in re.findall(r"^#{1,4} (.+)$", handbok, re.M)}
    for mal in re.findall(r"\]\(#([^)]+)\)", handbok):
        assert mal in ankare, mal


def test_kommandona_finns():
    kommandon = set(_parser()._subparsers._group_actions[0].choices)
    namnda = set(re.findall(r"namndsajt ([a-z]+)", text()))
    assert namnda <= kommandon, namnda - kommandon
    assert {"importera", "ny", "validera", "forhandsgranska", "frister"} <= namnda


def test_ovningsfilen_ar_aktuell(tmp_path):
    sys.path.insert(0, str(REPO / "tools"))
    try:
        import handbokens_exempel
    finally:
        sys.path.pop(0)
    ny = handbokens_exempel.skriv(tmp_path / OVNING.name)
    assert ny.read_bytes() == OVNING.read_bytes(), "kör python tools/handbokens_exempel.py"


@pytest.fixture
def exempelprojekt(tmp_path):
    rot = kopiera_exempel(tmp_path / "exempel")
    (rot / "docs" / "exempel").mkdir(parents=True)
    shutil.copy(OVNING, rot / "docs" / "exempel" / OVNING.name)
    return rot


def test_rapporten_i_handboken_ar_den_importen_skriver(exempelprojekt):
    m = re.search(r"<!-- rapport: (\S+) -->\n```text\n(.*?)```", text(), re.S)
    assert m, "handboken ska citera en rapport"
    r = kor("importera", m[1], cwd=exempelprojekt)
    assert r.returncode == 0, r.stderr
    assert r.stdout == m[2]


def test_ovningen_validerar_nar_tiden_ar_ifylld(exempelprojekt):
    assert kor("importera", f"docs/exempel/{OVNING.name}", cwd=exempelprojekt).returncode == 0
    fil = exempelprojekt / "content/socialnamndens-arbetsutskott/2026-10-07/sammantrade.yml"
    fore = kor("validera", "--datum", "2026-10-12", cwd=exempelprojekt)
    assert fore.returncode == 1
    assert "sammantrade.yml, rad 5, fältet 'tid': fel: är tomt; fyll i ett värde" in fore.stderr
    fil.write_text(re.sub(r"^tid:.*$", 'tid: "13:00"', fil.read_text(encoding="utf-8"), flags=re.M), encoding="utf-8")
    efter = kor("validera", "--datum", "2026-10-12", cwd=exempelprojekt)
    assert efter.returncode == 0, efter.stderr
    assert "varning" not in efter.stderr
