"""Diarienummer: every common spelling of one number meets in one normal form and one address."""

from __future__ import annotations

import pytest

from generator.innehall import diarienummer


@pytest.mark.parametrize(
    "stavningar, normalform, slug",
    [
        (["SOC/2023-000185", "SOC 2023-000185", "SOC-2023/000185", "soc 2023 000185", "SOC2023-000185"],
         "SOC-2023-000185", "soc-2023-000185"),
        (["IFN-2026/00048", "IFN 2026/00048", "ifn2026/00048", " IFN - 2026 / 00048 "], "IFN-2026-00048", "ifn-2026-00048"),
        (["KS-2026/00052", "KS 2026/00052", "KS-2026-00052", "ks:2026:00052"], "KS-2026-00052", "ks-2026-00052"),
        (["25SN53", "25 SN 53", "25-sn-53", "25sn53"], "25-SN-53", "25-sn-53"),
        (["2025/1804-2.5.1.1", "2025 1804 2 5 1 1"], "2025-1804-2-5-1-1", "2025-1804-2-5-1-1"),
    ],
)
def test_alla_stavningar_mots(stavningar, normalform, slug):
    for s in stavningar:
        assert diarienummer.normalisera(s) == normalform, s
        assert diarienummer.slug(s) == slug, s
    assert len({diarienummer.kompakt(s) for s in stavningar}) == 1


def test_siffror_slas_aldrig_ihop():
    # Nothing says where the year ends in "2023000185": it stays another number.
    assert diarienummer.normalisera("SOC 2023000185") != diarienummer.normalisera("SOC 2023-000185")
    assert diarienummer.normalisera("KS-2026/52") != diarienummer.normalisera("KS-2026/00052")


def test_kompakt_form():
    assert diarienummer.kompakt("SOC/2023-000185") == "SOC2023000185"
    assert diarienummer.kompakt("ifn 2026/00048") == "IFN202600048"
    assert diarienummer.kompakt("25SN53") == "25SN53"


def test_svenska_bokstaver_och_tomt():
    assert diarienummer.normalisera("Än 2025:7") == "ÄN-2025-7"
    assert diarienummer.slug("ÄN 2025:7") == "an-2025-7"
    assert diarienummer.normalisera(" / - ") == ""
    assert diarienummer.slug("§§") == ""


@pytest.mark.parametrize(
    "dnr, ord_",
    [
        ("KS-2026/00052", ["KS-2026/00052", "KS202600052"]),
        ("SOC/2023-000185", ["SOC/2023-000185", "SOC2023000185"]),
        ("25SN53", ["25SN53", "25-SN-53"]),  # "25 SN 53" typed with spaces finds it
        ("KS202600052", ["KS202600052", "KS-202600052"]),
    ],
)
def test_sokord(dnr, ord_):
    assert diarienummer.sokord(dnr) == ord_
