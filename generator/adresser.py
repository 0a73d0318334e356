"""The published addresses: one place that says where each thing lives on the site.

Every address is relative to the site root and ends in '/' for a page.
"""

from __future__ import annotations

from .innehall import AnslagPost, Sammantrade, StyrdokumentPost
from .modell import Organ

START = ""
ANSLAGSTAVLA = "anslagstavla/"
STYRDOKUMENT = "styrdokument/"
OVERKLAGA = "overklaga/"


def organ(o: Organ) -> str:
    return f"{o.slug}/"


def sammantrade(s: Sammantrade) -> str:
    return f"{s.organ.slug}/{s.id}/"


def paragraf_ankare(nr: int) -> str:
    return f"paragraf-{nr}"


def paragraf(s: Sammantrade, nr: int) -> str:
    return f"{sammantrade(s)}#{paragraf_ankare(nr)}"


def styrdokument(post: StyrdokumentPost) -> str:
    return f"{STYRDOKUMENT}{post.id}/"


def anslag(post: AnslagPost) -> str:
    return f"{ANSLAGSTAVLA}{post.id}/"


def fil_i_sammantrade(s: Sammantrade, fil: str) -> str:
    """A handling's address: beside its sammanträde's page, same relative path."""
    return f"{sammantrade(s)}{fil}"


def fil_i_styrdokument(post: StyrdokumentPost, fil: str) -> str:
    return f"{styrdokument(post)}{fil}"


def fil_i_anslag(post: AnslagPost, fil: str) -> str:
    return f"{anslag(post)}{fil}"


def som_kalla(adress: str) -> str:
    """The mkdocs source path of a generated page at `adress`."""
    return f"{adress}index.md"
