"""Reading one YAML file into plain data plus the line of every key.

The loader is PyYAML's safe loader without YAML 1.1's base-60 numbers, so that
`tid: 10:00` stays the text "10:00" instead of becoming the number 600.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.fel import FelIInnehallet

Sokvag = tuple[str | int, ...]


class _Laddare(yaml.SafeLoader):
    pass


# Copy the resolvers, leaving out the sexagesimal forms of int and float and
# the timestamp: dates stay text and the schema parses them, so that an
# impossible date such as 2025-02-30 is reported with its field and line.
_Laddare.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Laddare.add_implicit_resolver(
    "tag:yaml.org,2002:int",
    re.compile(
        r"""^(?:[-+]?0b[0-1_]+
        |[-+]?0[0-7_]+
        |[-+]?(?:0|[1-9][0-9_]*)
        |[-+]?0x[0-9a-fA-F_]+)$""",
        re.X,
    ),
    list("-+0123456789"),
)
_Laddare.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(
        r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
        |\.[0-9_]+(?:[eE][-+][0-9]+)?
        |[-+]?\.(?:inf|Inf|INF)
        |\.(?:nan|NaN|NAN))$""",
        re.X,
    ),
    list("-+0123456789."),
)


_LADDARE_FOR_TYP = _Laddare("")  # only its resolver is used, to tell a plain scalar's type

# libyaml's parser with the same resolvers, where PyYAML was built with it: it reads a file
# about ten times faster than the pure Python parser, which a twenty-year archive notices.
_CLaddare: type | None = None
if getattr(yaml, "CSafeLoader", None) is not None:

    class _CLaddare(yaml.CSafeLoader):  # type: ignore[no-redef]
        yaml_implicit_resolvers = _Laddare.yaml_implicit_resolvers


# Where libyaml and PyYAML may disagree (tabs, control characters, other line breaks, a byte
# order mark), the file is read by PyYAML alone.
_BARA_PYYAML = re.compile("[^\x0a\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")


class YamlFel(FelIInnehallet):
    def __init__(self, meddelande: str, rad: int | None):
        super().__init__(meddelande)
        self.meddelande = meddelande
        self.rad = rad


@dataclass
class YamlDokument:
    """The data of one YAML file and the 1-based line of each path in it."""

    fil: Path
    data: Any
    rader: dict[Sokvag, int]

    def rad(self, sokvag: Sokvag) -> int | None:
        """The line of `sokvag`, or of its nearest ancestor that has one."""
        sokvag = tuple(sokvag)
        while sokvag:
            if sokvag in self.rader:
                return self.rader[sokvag]
            sokvag = sokvag[:-1]
        return self.rader.get((), None)


# What a secretary's YAML may hold: text, numbers, true/false, lists and mappings.
_TILLATNA_TAGGAR = {
    f"tag:yaml.org,2002:{namn}" for namn in ("str", "int", "float", "bool", "null", "seq", "map")
}


def _rader(nod: yaml.Node, sokvag: Sokvag, ut: dict[Sokvag, int], sedda: set[int] | None = None) -> None:
    """Record the line of every path, refusing aliases and explicit tags: an
    alias can multiply a small file into a huge structure, and a tag such as
    !!timestamp or !!binary is never needed and only brings odd values."""
    sedda = set() if sedda is None else sedda
    rad = nod.start_mark.line + 1
    if id(nod) in sedda:
        raise YamlFel("alias (*namn) och ankare (&namn) stöds inte; skriv ut värdet", rad)
    sedda.add(id(nod))
    explicit = (
        isinstance(nod, yaml.ScalarNode)
        and nod.tag != "tag:yaml.org,2002:str"
        and _Laddare.resolve(_LADDARE_FOR_TYP, yaml.ScalarNode, nod.value, (True, False)) != nod.tag
    )
    if nod.tag not in _TILLATNA_TAGGAR or explicit:
        raise YamlFel(f"taggen '{nod.tag.replace('tag:yaml.org,2002:', '!!')}' stöds inte; ta bort den", rad)
    ut.setdefault(sokvag, rad)
    if isinstance(nod, yaml.MappingNode):
        for nyckel, varde in nod.value:
            namn = str(nyckel.value)
            if sokvag + (namn,) in ut:
                # PyYAML silently keeps the last of two equal keys; we refuse.
                raise YamlFel(f"nyckeln '{namn}' förekommer två gånger", nyckel.start_mark.line + 1)
            if not isinstance(nyckel, yaml.ScalarNode):
                raise YamlFel("en nyckel måste vara ett ord, inte en lista eller mappning", nyckel.start_mark.line + 1)
            ut[sokvag + (namn,)] = nyckel.start_mark.line + 1
            _rader(varde, sokvag + (namn,), ut, sedda)
    elif isinstance(nod, yaml.SequenceNode):
        for i, del_ in enumerate(nod.value):
            _rader(del_, sokvag + (i,), ut, sedda)


def las_yaml(fil: Path) -> YamlDokument:
    """Read `fil`; raise YamlFel with a Swedish message on any YAML error."""
    try:
        text = fil.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise YamlFel("filen är inte sparad som UTF-8", None) from None
    except OSError as e:
        raise YamlFel(f"filen kan inte läsas ({e.strerror})", None) from None
    snabb = _las_med_libyaml(fil, text)
    if snabb is not None:
        return snabb
    rader: dict[Sokvag, int] = {}
    laddare = None
    try:
        laddare = _Laddare(text)
        nod = laddare.get_single_node()
        if nod is not None:
            _rader(nod, (), rader)
        data = laddare.construct_document(nod) if nod is not None else None
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        if e.context_mark is not None and "quoted scalar" in (e.context or ""):
            mark = e.context_mark  # where the unterminated quote begins
        rad = mark.line + 1 if mark else None
        oavslutad = _oavslutat_citat(text, rad)
        if oavslutad is not None:
            raise YamlFel("ogiltig YAML: citattecknet på den här raden avslutas inte", oavslutad) from None
        problem = _oversatt(e.problem or str(e))
        raise YamlFel(f"ogiltig YAML: {problem}", rad) from None
    except yaml.reader.ReaderError as e:
        raise YamlFel(f"filen innehåller ett tecken som inte är tillåtet i YAML (teckenkod {e.character:#x})", None) from None
    except yaml.YAMLError as e:
        raise YamlFel(f"ogiltig YAML: {e}", None) from None
    except RecursionError:
        raise YamlFel("filen är för djupt nästlad", None) from None
    finally:
        if laddare is not None:
            laddare.dispose()
    return YamlDokument(fil, data, rader)


def _las_med_libyaml(fil: Path, text: str) -> YamlDokument | None:
    """The file read by libyaml, or None when PyYAML must read it: libyaml is not there, the text
    holds a character on which the two may differ, or the file has any error (PyYAML's messages
    are the ones translated, so an error is always reported as PyYAML reports it)."""
    if _CLaddare is None or _BARA_PYYAML.search(text):
        return None
    laddare = _CLaddare(text)
    try:
        nod = laddare.get_single_node()
        rader: dict[Sokvag, int] = {}
        if nod is not None:
            _rader(nod, (), rader)
        data = laddare.construct_document(nod) if nod is not None else None
    except (yaml.YAMLError, YamlFel, RecursionError, ValueError, TypeError):
        return None
    finally:
        laddare.dispose()
    return YamlDokument(fil, data, rader)


def _oavslutat_citat(text: str, till_rad: int | None) -> int | None:
    """The first line up to `till_rad` with an odd number of double quotes:
    an unterminated quote swallows the lines after it, so PyYAML only notices
    further down, and the line to fix is this one."""
    for nr, rad in enumerate(text.splitlines()[: till_rad or None], start=1):
        innehall = rad.split(" #", 1)[0].replace('\\"', "")
        if innehall.count('"') % 2 == 1:
            return nr
    return None


_OVERSATTNINGAR = [
    ("mapping values are not allowed here", "ett kolon på fel ställe (sätt texten inom citattecken)"),
    ("found character '\\t' that cannot start any token", "tabbtecken är inte tillåtna, använd mellanslag"),
    ("could not find expected ':'", "kolon saknas efter en nyckel"),
    ("found duplicate anchor", "samma ankare används två gånger"),
    ("did not find expected key", "oväntad indentering, en nyckel förväntades"),
    ("did not find expected '-' indicator", "oväntad indentering i en lista"),
    ("found undefined alias", "okänt alias"),
    ("found unexpected end of stream", "filen tar slut mitt i ett värde (saknas ett citattecken?)"),
    ("did not find expected node content", "ett värde saknas"),
    ("found unknown escape character", "okänt escape-tecken i en text inom citattecken"),
    ("expected <block end>, but found", "oväntad indentering"),
    ("while scanning a quoted scalar", "ett citattecken avslutas inte"),
]


def _oversatt(problem: str) -> str:
    for engelska, svenska in _OVERSATTNINGAR:
        if engelska in problem:
            return svenska
    return f"YAML-tolken säger: {problem}"
