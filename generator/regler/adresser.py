"""The published addresses: one place that says where each thing lives on the site.

Every address is relative to the site root and ends in '/' for a page.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol


class _HarSlug(Protocol):
    @property
    def slug(self) -> str: ...


class _HarId(Protocol):
    """A styrdokument or anslag: the content's or the published view's."""

    @property
    def id(self) -> str: ...


class _Mote(Protocol):
    """A sammanträde: the content's or the published view's."""

    @property
    def organ(self) -> _HarSlug: ...

    @property
    def id(self) -> str: ...


START = ""
ANSLAGSTAVLA = "anslagstavla/"
STYRDOKUMENT = "styrdokument/"
OVERKLAGA = "overklaga/"
TILLGANGLIGHET = "tillganglighet/"


def organ(o: _HarSlug) -> str:
    return f"{o.slug}/"


def sammantrade(s: _Mote) -> str:
    return f"{s.organ.slug}/{s.id}/"


def paragraf_ankare(nr: int) -> str:
    return f"paragraf-{nr}"


def paragraf(s: _Mote, nr: int) -> str:
    return f"{sammantrade(s)}#{paragraf_ankare(nr)}"


def styrdokument(post: _HarId) -> str:
    return f"{STYRDOKUMENT}{post.id}/"


def anslag(post: _HarId) -> str:
    return f"{ANSLAGSTAVLA}{post.id}/"


ARENDEN = "arenden/"


def arende(slug: str) -> str:
    """The page of an ärende, by its diarienummer's slug (`innehall.diarienummer.slug`)."""
    return f"{ARENDEN}{slug}/"


FORTROENDEVALDA = "fortroendevalda/"
PARTIER = "partier/"


def person(slug: str) -> str:
    """The page of a förtroendevald (register.personer)."""
    return f"{FORTROENDEVALDA}{slug}/"


def parti(slug: str) -> str:
    return f"{PARTIER}{slug}/"


def filnamn(fil: str) -> str:
    """A stable, safe address for a file name a secretary chose:
    `handlingar/Tjänsteskrivelse budget 2025.pdf` → `handlingar/tjansteskrivelse-budget-2025.pdf`
    (å, ä, ö without their marks, lower case, anything else a hyphen)."""
    delar = []
    for del_ in fil.split("/"):
        stam, punkt, andelse = del_.rpartition(".") if "." in del_ else (del_, "", "")
        stam = unicodedata.normalize("NFKD", stam).encode("ascii", "ignore").decode().lower()
        stam = re.sub(r"[^a-z0-9]+", "-", stam).strip("-") or "fil"
        delar.append(stam + punkt + andelse.lower())
    return "/".join(delar)


def fil_i_sammantrade(s: _Mote, fil: str) -> str:
    """A handling's address: beside its sammanträde's page, same relative path."""
    return f"{sammantrade(s)}{filnamn(fil)}"


def fil_i_styrdokument(post: _HarId, fil: str) -> str:
    return f"{styrdokument(post)}{filnamn(fil)}"


def fil_i_anslag(post: _HarId, fil: str) -> str:
    return f"{anslag(post)}{filnamn(fil)}"


def som_kalla(adress: str) -> str:
    """The mkdocs source path of a generated page at `adress`."""
    return f"{adress}index.md"


# --- Open data, feeds and calendars (generator.export) ---------------------------

PRENUMERERA = "prenumerera/"
DATA_INDEX = "data/index.json"
DATA_ANSLAG = "data/anslag.json"
DATA_PARAGRAFER_CSV = "data/paragrafer.csv"
DATA_FORTROENDEVALDA = "data/fortroendevalda.json"
DATA_OMROSTNINGAR = "data/omrostningar.json"
DATA_OMROSTNINGAR_CSV = "data/omrostningar.csv"


def data_sammantrade(s: _Mote) -> str:
    return f"data/sammantraden/{s.organ.slug}/{s.id}.json"


def data_styrdokument(post: _HarId) -> str:
    return f"data/styrdokument/{post.id}.json"


def data_schema(namn: str) -> str:
    return f"data/schema/{namn}.schema.json"


def flode(namn: str, format_: str) -> str:
    """A feed: `namn` is "anslagstavla", "styrdokument" or an organ's slug; format "rss" or "atom"."""
    return f"data/floden/{namn}.{format_}"


def kalender(namn: str) -> str:
    """A calendar: "sammantraden" for all, or an organ's slug."""
    return f"data/kalender/{namn}.ics"


def absolut(webbadress: str, adress: str) -> str:
    return webbadress.rstrip("/") + "/" + adress
