"""Pydantic's validation errors, said in Swedish with the nearest known key."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from generator.innehall.yamlfil import Sokvag, YamlDokument

_TYPER = {
    "missing": "saknas; fältet är obligatoriskt",
    "string_type": "förväntade en text",
    "int_type": "förväntade ett heltal",
    "int_parsing": "förväntade ett heltal",
    "int_from_float": "förväntade ett heltal",
    "bool_type": "förväntade true eller false",
    "bool_parsing": "förväntade true eller false",
    "list_type": "förväntade en lista (rader som börjar med '-')",
    "model_type": "förväntade nycklar med värden",
    "model_attributes_type": "förväntade nycklar med värden",
    "dict_type": "förväntade nycklar med värden",
    "string_too_short": "får inte vara tomt",
    "too_short": "får inte vara tomt",
}


def _modell_i(annotation: Any) -> type[BaseModel] | None:
    """The pydantic model inside an annotation such as `list[X] | None`."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        hittad = _modell_i(arg)
        if hittad is not None:
            return hittad
    if isinstance(annotation, types.UnionType):
        for arg in annotation.__args__:
            hittad = _modell_i(arg)
            if hittad is not None:
                return hittad
    return None


def kanda_nycklar(modell: type[BaseModel], sokvag: Sokvag) -> list[str]:
    """The YAML keys the model accepts at `sokvag` (a path of keys and indexes)."""
    aktuell: type[BaseModel] | None = modell
    for del_ in sokvag:
        if aktuell is None:
            return []
        if isinstance(del_, int):
            continue
        falt = next(
            (f for namn, f in aktuell.model_fields.items() if (f.alias or namn) == del_),
            None,
        )
        if falt is None:
            return []
        aktuell = _modell_i(falt.annotation)
    if aktuell is None:
        return []
    return [f.alias or namn for namn, f in aktuell.model_fields.items()]


def visa_falt(sokvag: Sokvag) -> str:
    """`("paragrafer", 2, "dnr")` → `paragrafer[3].dnr` (list positions from 1)."""
    text = ""
    for del_ in sokvag:
        if isinstance(del_, int):
            text += f"[{del_ + 1}]"
        else:
            text += ("." if text else "") + str(del_)
    return text


def forslag(nyckel: str, kanda: list[str]) -> str:
    nara = difflib.get_close_matches(nyckel, kanda, n=1, cutoff=0.5)
    if nara:
        return f"; menade du '{nara[0]}'?"
    if kanda:
        return "; kända nycklar här: " + ", ".join(sorted(kanda))
    return ""


def oversatt(
    fel: ValidationError, dok: YamlDokument, modell: type[BaseModel]
) -> list[tuple[int | None, str, str]]:
    """Each error as (line, field, Swedish message)."""
    ut = []
    for e in fel.errors(include_url=False):
        sokvag: Sokvag = tuple(e["loc"])
        typ = e["type"]
        if typ == "extra_forbidden":
            nyckel = str(sokvag[-1])
            meddelande = f"okänd nyckel '{nyckel}'" + forslag(nyckel, kanda_nycklar(modell, sokvag[:-1]))
        elif typ != "missing" and "input" in e and e["input"] is None:
            # A key written without a value, as in a draft's "datum:  # FYLL I: …".
            meddelande = "är tomt; fyll i ett värde"
        elif typ == "value_error":
            meddelande = str(e["ctx"]["error"])
        elif typ in ("literal_error", "enum"):
            meddelande = f"'{e['input']}' är inget tillåtet värde; förväntade {_svenska_alternativ(e['ctx']['expected'])}"
        elif typ == "string_pattern_mismatch":
            meddelande = f"'{e['input']}' har fel form"
        else:
            meddelande = _TYPER.get(typ, e["msg"])
            if typ not in ("missing",) and "input" in e and not isinstance(e["input"], (dict, list)):
                meddelande += f", fick '{e['input']}'"
        ut.append((dok.rad(sokvag), visa_falt(sokvag), meddelande))
    return ut


def _svenska_alternativ(expected: str) -> str:
    return expected.replace(" or ", " eller ")
