"""Diarienummer: one normal form for every way a person writes the same number.

Kommuner write the same diarienummer in many ways: `SOC/2023-000185`,
`SOC 2023-000185`, `SOC-2023/000185`, `soc 2023 000185`; `KS-2026/00052` and
`KS 2026/00052`; `25SN53` and `25 SN 53`. This module is the one place that
decides when two spellings are the same ärende. Everything else (the ärende
pages and their addresses, the search index, the search field's handling of a
typed dnr) goes through it.

The rule: upper case; every run of characters that are not letters or digits
(space, `/`, `-`, `.`, `:` …) is a separator; a change between letters and
digits is a separator too; the normal form is the parts joined by `-`.

    SOC/2023-000185, SOC 2023-000185, SOC-2023/000185  → SOC-2023-000185
    IFN-2026/00048, IFN 2026/00048, ifn2026/00048      → IFN-2026-00048
    25SN53, 25 SN 53, 25-sn-53                          → 25-SN-53

Digits are never merged or split: `2023-000185` and `2023000185` stay two
different numbers, since nothing says where the year ends.

`kompakt` is the normal form without separators (`SOC2023000185`): a single
word that the search index holds for every dnr. The search page's script
(theme/assets/sok.js) turns a dnr typed in the search field into the same
compact word, with the same rule (upper case, letters and digits only).
"""

from __future__ import annotations

import re
import unicodedata

# A part is a run of letters or a run of digits (Unicode letters and digits).
_DEL = re.compile(r"[^\W\d_]+|\d+")


def delar(dnr: str) -> list[str]:
    """The parts of a dnr in upper case: "SOC/2023-000185" → ["SOC", "2023", "000185"]."""
    return _DEL.findall(dnr.upper())


def normalisera(dnr: str) -> str:
    """The normal form: "SOC 2023-000185" → "SOC-2023-000185"; "" if nothing is left."""
    return "-".join(delar(dnr))


def kompakt(dnr: str) -> str:
    """The normal form without separators: "KS-2026/00052" → "KS202600052"."""
    return "".join(delar(dnr))


def slug(dnr: str) -> str:
    """The last part of the ärende's address: the normal form in lower-case ASCII.
    "SOC/2023-000185" → "soc-2023-000185"; "ÄN 2025:7" → "an-2025-7"."""
    ascii_ = unicodedata.normalize("NFKD", normalisera(dnr)).encode("ascii", "ignore").decode()
    return re.sub(r"-{2,}", "-", re.sub(r"[^a-z0-9-]", "", ascii_.lower())).strip("-")


def sokord(dnr: str) -> list[str]:
    """The words the search index holds for a dnr: as written; the compact form, if that differs;
    and the normal form, if writing it out splits the dnr into more parts (so that "25 SN 53", typed
    with spaces, finds 25SN53).

        "KS-2026/00052" → ["KS-2026/00052", "KS202600052"]
        "25SN53"        → ["25SN53", "25-SN-53"]
    """
    skrivet = dnr.strip()
    ord_ = [skrivet] if skrivet else []
    if kompakt(dnr) and kompakt(dnr) != skrivet.upper():
        ord_.append(kompakt(dnr))
    if len(delar(dnr)) > len(re.findall(r"[^\W_]+", skrivet)):
        ord_.append(normalisera(dnr))
    return ord_
