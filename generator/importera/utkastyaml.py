"""Writing a draft YAML file by hand: comments, placeholders, Swedish text.

PyYAML drops comments, and a draft for a secretary needs them: where to fill
something in, and why a date from the PDF was left out. This small emitter
writes block-style YAML that keeps å, ä, ö as they are, quotes times
("08:30"), writes Markdown as literal blocks, and marks:

- `FyllI(forklaring)`: an empty value the secretary must fill, written as
  `nyckel:  # FYLL I: forklaring`;
- `Utkommenterad(varde, forklaring)`: a value kept only as a comment, written
  as `# nyckel: varde  # forklaring`;
- `Kommenterad(varde, kommentar)`: a value with a comment after it.

Every plain scalar is checked by loading it back, so the file reads as
exactly the data it was written from (a test checks this on every import).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

import yaml

FYLL_I = "FYLL I"


@dataclass(frozen=True)
class FyllI:
    forklaring: str


@dataclass(frozen=True)
class Utkommenterad:
    varde: Any
    forklaring: str


@dataclass(frozen=True)
class Kommenterad:
    varde: Any
    kommentar: str


class Klockslag(str):
    """A time of day, always written in quotes: "08:30"."""


_ENKEL = re.compile(r"^[\w./§-]+$")


def _plain_ok(text: str, flode: bool = False) -> bool:
    if not text or text != text.strip() or "\n" in text:
        return False
    if text[0] in "-?:,[]{}#&*!|>'\"%@`" or text[-1] in ":" or " #" in text or ": " in text:
        return False
    if flode and any(c in text for c in ",[]{}"):
        return False
    try:
        return yaml.safe_load(f"k: {text}") == {"k": text}
    except yaml.YAMLError:
        return False


def skalar(varde: Any, flode: bool = False) -> str:
    """One value as a YAML scalar on one line."""
    if isinstance(varde, bool):
        return "true" if varde else "false"
    if isinstance(varde, int):
        return str(varde)
    if isinstance(varde, dt.date):
        return varde.isoformat()
    if isinstance(varde, dt.time):
        return f'"{varde.strftime("%H:%M")}"'
    if isinstance(varde, Klockslag):
        return json.dumps(str(varde), ensure_ascii=False)
    text = str(varde)
    if _plain_ok(text, flode):
        return text
    return json.dumps(text, ensure_ascii=False)


def _kommentar(text: str) -> str:
    return "  # " + " ".join(text.split())


def _ar_skalar(v: Any) -> bool:
    return not isinstance(v, (dict, list, FyllI, Utkommenterad, Kommenterad)) and not (
        isinstance(v, str) and "\n" in v
    )


def _flodesmappning(d: dict) -> str | None:
    """`{nr: 43, sekretess: true, dnr: 25SN63}` when every value is short and simple."""
    delar = []
    for k, v in d.items():
        if isinstance(v, list) and v and all(isinstance(x, str) and _ENKEL.match(x) for x in v):
            delar.append(f"{k}: [{', '.join(v)}]")
        elif isinstance(v, (bool, int, Klockslag)) or (isinstance(v, str) and _plain_ok(v, flode=True)):
            delar.append(f"{k}: {skalar(v, True)}")
        else:
            return None
    text = "{" + ", ".join(delar) + "}"
    if not d or len(text) > 90:
        return None
    try:
        if yaml.safe_load(text) != d:
            return None
    except yaml.YAMLError:
        return None
    return text


def _block(text: str, indrag: str) -> list[str]:
    rader = text.strip("\n").split("\n")
    return [(indrag + r) if r.strip() else "" for r in rader]


def _skriv_varde(nyckel: str, varde: Any, indrag: str, ut: list[str], forsta_prefix: str | None = None) -> None:
    """Write `nyckel: varde` at `indrag`; `forsta_prefix` replaces the indent of
    the first line (for the first key of a list item, '- ')."""
    prefix = forsta_prefix if forsta_prefix is not None else indrag
    kommentar = ""
    if isinstance(varde, Kommenterad):
        kommentar = _kommentar(varde.kommentar)
        varde = varde.varde
    if isinstance(varde, FyllI):
        ut.append(f"{prefix}{nyckel}:{_kommentar(FYLL_I + ': ' + varde.forklaring)}")
        return
    if isinstance(varde, Utkommenterad):
        inre: list[str] = []
        _skriv_varde(nyckel, varde.varde, "", inre)
        ut.append(f"{prefix}# {inre[0]}{_kommentar(varde.forklaring)}")
        ut.extend(f"{indrag}# {r}" for r in inre[1:])
        return
    if isinstance(varde, dict):
        # A mapping whose every key is commented out is commented out itself,
        # or it would read as an empty value.
        bortkommenterad = "# " if _bara_kommentarer(varde) else ""
        ut.append(f"{prefix}{bortkommenterad}{nyckel}:{kommentar}")
        skriv_mappning(varde, indrag + "  ", ut)
        return
    if isinstance(varde, list):
        if not varde:
            ut.append(f"{prefix}{nyckel}: []{kommentar}")
            return
        if all(isinstance(x, str) and _ENKEL.match(x) for x in varde) and len(varde) <= 6:
            ut.append(f"{prefix}{nyckel}: [{', '.join(skalar(x, True) for x in varde)}]{kommentar}")
            return
        ut.append(f"{prefix}{nyckel}:{kommentar}")
        skriv_lista(varde, indrag + "  ", ut)
        return
    if isinstance(varde, str) and "\n" in varde:
        ut.append(f"{prefix}{nyckel}: |{kommentar}")
        ut.extend(_block(varde, indrag + "  "))
        return
    ut.append(f"{prefix}{nyckel}: {skalar(varde)}{kommentar}")


def _bara_kommentarer(varde: Any) -> bool:
    return isinstance(varde, dict) and bool(varde) and all(isinstance(v, Utkommenterad) for v in varde.values())


def skriv_lista(lista: list, indrag: str, ut: list[str]) -> None:
    for post in lista:
        if isinstance(post, dict):
            flode = _flodesmappning(post)
            if flode is not None:
                ut.append(f"{indrag}- {flode}")
                continue
            forsta = True
            for k, v in post.items():
                _skriv_varde(k, v, indrag + "  ", ut, forsta_prefix=f"{indrag}- " if forsta else None)
                forsta = False
        elif isinstance(post, str) and "\n" in post:
            ut.append(f"{indrag}- |")
            ut.extend(_block(post, indrag + "  "))
        else:
            ut.append(f"{indrag}- {skalar(post)}")


def skriv_mappning(data: dict, indrag: str, ut: list[str]) -> None:
    for k, v in data.items():
        _skriv_varde(k, v, indrag, ut)


def dumpa(data: dict, rubrik: list[str] | None = None) -> str:
    """The whole file: comment lines from `rubrik`, then the data."""
    ut = [f"# {r}" if r else "#" for r in (rubrik or [])]
    skriv_mappning(data, "", ut)
    return "\n".join(ut) + "\n"


def som_data(varde: Any) -> Any:
    """The data a loader reads back from what `dumpa` writes: placeholders
    become None, commented-out keys disappear. Used by tests."""
    if isinstance(varde, Kommenterad):
        return som_data(varde.varde)
    if isinstance(varde, FyllI):
        return None
    if isinstance(varde, dict):
        return {
            k: som_data(v) for k, v in varde.items() if not isinstance(v, Utkommenterad) and not _bara_kommentarer(v)
        }
    if isinstance(varde, list):
        return [som_data(v) for v in varde]
    if isinstance(varde, dt.date):
        return varde.isoformat()
    if isinstance(varde, dt.time):
        return varde.strftime("%H:%M")
    if isinstance(varde, Klockslag):
        return str(varde)
    if isinstance(varde, str) and "\n" in varde:
        return varde.strip("\n") + "\n"
    return varde
