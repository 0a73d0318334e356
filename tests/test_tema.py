"""theme/ follows the installed mkdocs-material: our one copied partial (partials/header.html)
differs from material's own by exactly our documented change, and no other template of ours
hides one of material's by accident.

When mkdocs-material is upgraded and its header changes, the first test fails: bring the change
into theme/partials/header.html, then write the new diff with
`.venv/bin/python tests/test_tema.py --skriv` and read it before committing."""

from __future__ import annotations

import difflib
import sys
from importlib import metadata, resources
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MATERIAL = Path(str(resources.files("material"))) / "templates"
TEMA = REPO / "theme"
DIFF = Path(__file__).resolve().parent / "tema" / "header.diff"

# Our templates that stand where one of material's does, and why.
AVSIKTLIGA = {
    "main.html": "material's own extension point: it only extends base.html",
    "partials/header.html": "the search field of partials/sokfalt.html instead of material's search (tests/tema/header.diff)",
}


def header_diff() -> str:
    material = (MATERIAL / "partials/header.html").read_text(encoding="utf-8").splitlines(keepends=True)
    var = (TEMA / "partials/header.html").read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(
        difflib.unified_diff(material, var, "material/templates/partials/header.html", "theme/partials/header.html")
    )


def test_headern_skiljer_sig_fran_materials_bara_som_dokumenterat():
    forvantad = DIFF.read_text(encoding="utf-8")
    faktisk = header_diff()
    assert faktisk == forvantad, (
        f"theme/partials/header.html skiljer sig från mkdocs-material {metadata.version('mkdocs-material')}s "
        "partials/header.html på ett annat sätt än i tests/tema/header.diff. Har material ändrat sin header: "
        "för in ändringen i vår kopia och skriv den nya diffen med `.venv/bin/python tests/test_tema.py --skriv`. "
        "Skillnaden mellan den sparade och den faktiska diffen:\n"
        + "".join(difflib.unified_diff(forvantad.splitlines(True), faktisk.splitlines(True), "sparad", "faktisk"))
    )


def test_inga_andra_mallar_skuggar_materials():
    egna = {p.relative_to(TEMA).as_posix() for p in TEMA.rglob("*.html")}
    materials = {p.relative_to(MATERIAL).as_posix() for p in MATERIAL.rglob("*.html")}
    assert egna & materials == set(AVSIKTLIGA), (
        "en mall i theme/ ersätter mkdocs-materials mall med samma namn; "
        "byt namn på den eller för upp den i AVSIKTLIGA med skälet"
    )


if __name__ == "__main__" and sys.argv[1:] == ["--skriv"]:
    DIFF.write_text(header_diff(), encoding="utf-8")
    print(f"skrev {DIFF.relative_to(REPO)}")
