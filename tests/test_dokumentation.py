"""docs/innehall.md lists exactly the keys the schema accepts."""

from __future__ import annotations

import re

import pytest
from pydantic import BaseModel

from conftest import REPO
from generator.innehall import modell

MODELLER = sorted(
    namn
    for namn, k in vars(modell).items()
    if isinstance(k, type) and issubclass(k, BaseModel) and k.__module__ == modell.__name__ and k is not modell.Modell
)


def dokumenterade() -> dict[str, set[str]]:
    text = (REPO / "docs/innehall.md").read_text(encoding="utf-8")
    ut = {}
    for namn, tabell in re.findall(r"<!-- modell: (\w+) -->\n((?:\|.*\n)+)", text):
        ut[namn] = set(re.findall(r"^\| `([^`]+)` \|", tabell, re.M))
    return ut


@pytest.mark.parametrize("namn", MODELLER)
def test_varje_nyckel_ar_dokumenterad(namn):
    klass = getattr(modell, namn)
    nycklar = {f.alias or a for a, f in klass.model_fields.items()}
    assert dokumenterade().get(namn) == nycklar


def test_inga_dokumenterade_modeller_som_inte_finns():
    assert set(dokumenterade()) == set(MODELLER)
