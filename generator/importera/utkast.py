"""Import, shared parts: the draft being built and the vocabulary of documents.

A draft (`Utkast`) holds the data of protokoll.yml and sammantrade.yml with
the placeholders and comments of `utkastyaml`, plus what the report needs:
fields to fill or check, and the fate of every source line (`Konto`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from generator.text import MANADER as MANADSNAMN
from generator.importera.text import Konto, Rad
from generator.innehall.modell import paragrafserie, tolka_paragrafnummer
from generator.importera.utkastyaml import Klockslag

# A month's name → its number, from the one list of Swedish month names.
MANADER = {namn: nr for nr, namn in enumerate(MANADSNAMN, 1)}
ISO_DATUM = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
KLOCKSLAG = re.compile(r"(?<![\d])([01]?\d|2[0-3])[.:]([0-5]\d)(?![\d])")
STRECK = r"\s*[-–—]\s*"


@dataclass
class Notis:
    """Something the secretary must fill in or check, or a finding of the law."""

    falt: str | None
    meddelande: str
    rader: list[int] = field(default_factory=list)
    lag: bool = False
    fel: bool = False


@dataclass
class Utkast:
    typ: str  # "protokoll" or "kallelse"
    konto: Konto
    organnamn: str | None = None
    datum: dt.date | None = None
    datum_rader: list[int] = field(default_factory=list)
    protokoll: dict[str, Any] | None = None
    sammantrade: dict[str, Any] | None = None
    att_gora: list[Notis] = field(default_factory=list)
    antal_paragrafer: int = 0
    antal_sekretess: int = 0
    kallrader: dict[str, list[int]] = field(default_factory=dict)  # field → its source lines
    utdrag: bool = False  # a protokollsutdrag: one or a few §§ of a protokoll
    sekretess: list[Notis] = field(default_factory=list)  # each § marked sekretess, and the line that decided

    def fyll_i(self, falt: str, meddelande: str, rader: list[Rad] | None = None) -> None:
        self.att_gora.append(Notis(falt, meddelande, [r.nr for r in rader or []]))


def datum_i(text: str) -> dt.date | None:
    """The first real ISO date in `text`, or a Swedish one ("27 mars 2024")."""
    for m in ISO_DATUM.finditer(text):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            continue
    m = re.search(r"(\d{1,2})\s+(" + "|".join(MANADER) + r")\s+(\d{4})", text, re.I)
    if m:
        try:
            return dt.date(int(m[3]), MANADER[m[2].lower()], int(m[1]))
        except ValueError:
            return None
    return None


def klockslag(text: str) -> Klockslag:
    m = KLOCKSLAG.fullmatch(text.strip())
    assert m, text
    return Klockslag(f"{int(m[1]):02d}:{m[2]}")


def plats_och_tid(text: str) -> tuple[str | None, Klockslag | None, Klockslag | None]:
    """"Vargön kl. 08:30-17:00" → ("Vargön", "08:30", "17:00")."""
    m = re.search(
        r"(?:,?\s*(?:kl\.?|klockan)\s*)?(?<![\d])(\d{1,2}[.:]\d{2})(?:" + STRECK + r"(\d{1,2}[.:]\d{2}))?\s*\.?\s*$",
        text,
    )
    if not m:
        return (text.strip(" ,.") or None), None, None
    plats = text[: m.start()].strip(" ,")
    plats = ISO_DATUM.sub("", plats).strip(" ,") or None
    return plats, klockslag(m[1]), klockslag(m[2]) if m[2] else None


# --- People --------------------------------------------------------------------------

_NAMNDEL = r"[A-ZÅÄÖÉÜ][\w'’.-]*"
_NAMN = rf"{_NAMNDEL}(?:\s+(?:{_NAMNDEL}|af|von|de|van|der|la|le))*"
PERSON = rf"(?P<namn>{_NAMN})\s*\((?P<parti>[^()]{{1,40}})\)"
_PERSON_I_LISTA = re.compile(rf"({_NAMN})\s*\(([^()]{{1,12}})\)")
PERSONER = rf"{_NAMN}\s*\([^()]{{1,12}}\)(?:\s*,\s*{_NAMN}\s*\([^()]{{1,12}}\))*(?:\s+och\s+{_NAMN}\s*\([^()]{{1,12}}\))?"


def ar_parti(text: str) -> bool:
    """A party's abbreviation: S, M, C, V, L, KD, MP, SD, VF, Fi …"""
    t = text.strip()
    return re.fullmatch(r"[A-ZÅÄÖ]{1,4}", t) is not None or t in {"Fi", "Kd", "Mp", "Sd", "Vf"}


def personer_i(text: str) -> list[tuple[str, str]]:
    """"Anna Ek (S), Per Holm (M) och Eva Berg (V)" → [(namn, parti), …]."""
    return [(m[1], m[2]) for m in _PERSON_I_LISTA.finditer(text)]


def utan_parti(text: str) -> str:
    return re.sub(r"\s*\([^()]{1,12}\)\s*", " ", text).strip(" ,")


def stor_forsta(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text


def paragrafserie_i(text: str) -> str | None:
    """"§§43-53, §§55-59" → "43-53, 55-59"; None if it is no series."""
    serie = re.sub(r"§+\s*", "", text).replace("–", "-").strip(" .")
    serie = re.sub(r"\s*(?:,|och)\s*", ", ", serie)
    try:
        nummer = tolka_paragrafnummer(serie)
    except ValueError:
        return None
    return paragrafserie(nummer) if nummer else None


def narvarorad(text: str) -> dict[str, Any] | None:
    """One line of a närvaro list:
    "Anna Arvidson (S) ersätter Erik Lövgren (S) (ordförande)",
    "Nils-Erik Flemström (M) (vice ordförande)", "Klara Wallin (IT-strateg) §§48-49"."""
    text = re.sub(r"^(?:[-–•*]\s+)", "", text.strip())
    # "Maria Lund, S, ordförande": the party between commas, as in a table turned into text.
    text = re.sub(rf"^({_NAMN}),\s*([A-ZÅÄÖ]{{1,3}}|Fi|Kd|Mp|Sd)(?=\s*(?:,|$))", r"\1 (\2)", text)
    m = re.match(rf"^{PERSON}(?P<rest>.*)$", text)
    if not m:
        # "Cecilia Norlén, Kommundirektör" or "Per Moberg, Ekonomichef, § 38"
        m2 = re.match(
            rf"^(?P<namn>{_NAMN})(?:,\s*(?P<titel>[^,§\d]{{2,60}}?))?(?:,?\s*(?P<serie>§§?\s*[\d\s,–-]+))?\s*$", text
        )
        if not m2 or len(m2["namn"].split()) < 2 or len(m2["namn"].split()) > 5:
            return None
        post: dict[str, Any] = {"namn": m2["namn"]}
        titel = (m2["titel"] or "").strip()
        if re.fullmatch(r"(?:2:e |1:e )?vice ordförande|ordförande", titel):
            post["roll"] = titel
        elif titel:
            post["_inom"] = titel
        if m2["serie"]:
            varde = paragrafserie_i(m2["serie"]) or m2["serie"].strip()
            post["paragrafer"] = int(varde) if varde.isdigit() else varde
        return post
    post = {"namn": m["namn"], "_inom": m["parti"].strip()}
    rest = m["rest"].strip()
    serie = re.search(r"§§?\s*([\d\s,–-]+(?:och\s*\d+)?)", rest)
    if serie:
        varde = paragrafserie_i(serie[1]) or serie[1].strip()
        post["paragrafer"] = int(varde) if varde.isdigit() else varde
        rest = (rest[: serie.start()] + rest[serie.end():]).strip(" ,")
    ersatter = re.match(rf"^,?\s*ersätter\s+(?P<e>{_NAMN})\s*(?:\([^()]*\)\s*)*$", rest)
    if ersatter:
        post["ersätter"] = ersatter["e"]
        rest = ""
    roll = re.fullmatch(r",?\s*\(?((?:2:e |1:e |förste |andre )?vice ordförande|ordförande|ordf\.?)\)?,?", rest)
    if roll:
        post["roll"] = "ordförande" if roll[1].startswith("ordf") else roll[1]
        rest = ""
    if rest:
        return None
    return post


def som_beslutande(post: dict[str, Any]) -> dict[str, Any]:
    ut = {"namn": post["namn"]}
    inom = post.get("_inom")
    if inom and ar_parti(inom):
        ut["parti"] = inom
    elif inom and re.fullmatch(r"(?:2:e |1:e )?vice ordförande|ordförande", inom):
        ut["roll"] = inom
    for k in ("roll", "ersätter", "paragrafer"):
        if k in post:
            ut[k] = post[k]
    return ut


def som_ovrig(post: dict[str, Any]) -> dict[str, Any]:
    ut = {"namn": post["namn"]}
    inom = post.get("_inom")
    if inom and not ar_parti(inom):
        ut["titel"] = inom
    if "paragrafer" in post:
        ut["paragrafer"] = post["paragrafer"]
    return ut


def som_ersattare(post: dict[str, Any]) -> dict[str, Any]:
    ut = {"namn": post["namn"]}
    inom = post.get("_inom")
    if inom and ar_parti(inom):
        ut["parti"] = inom
    if "paragrafer" in post:
        ut["paragrafer"] = post["paragrafer"]
    return ut
