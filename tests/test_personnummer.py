"""generator.personnummer: what is and what is not a personnummer."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.regler import personnummer as pnr

from conftest import KORPUS  # noqa: E402


KORPUSFILER = [
    "harnosand-socialnamnden-kallelse-2024-03-27.txt",
    "harnosand-socialnamnden-kallelse-2025-11-27.txt",
    "lulea-socialnamnden-beslutsforslag-2026.txt",
    "pitea-socialnamnden-protokoll-2025-03-26.txt",
    "umea-ifn-handlingar-2026-02-18.txt",
]


@pytest.mark.parametrize(
    "text",
    [
        "19121212-1212",  # Skatteverket's own example
        "121212-1212",
        "121212+1212",  # a hundred years or older
        "1212121212",
        "191212121212",
        "201212121212",
        "811218-9876",
        "19811218-9876",
        "121272-1219",  # samordningsnummer: day 12 + 60
        "0002290005",  # 29 February 2000 exists
    ],
)
def test_personnummer_hittas(text):
    assert pnr.ar_personnummer(text)
    assert [t.text for t in pnr.hitta(f"Sökande: {text}, boende i Älvsunda.")] == [text]


@pytest.mark.parametrize(
    "text",
    [
        "212000-2403",  # Härnösands kommun's organisationsnummer: month 20
        "202100-6537",  # IVO's organisationsnummer
        "121212-1213",  # wrong check digit
        "121232-1214",  # 32 December does not exist
        "121292-1211",  # samordningsnummer with day 32
        "19000229-0007",  # 1900 was no leap year
        "5576-5218",  # a bankgiro number
        "0611-348000",  # a phone number with a dash
        "2025-03-28",  # a date
        "IFN-2026/00048",
        "25SN5-1912121212",  # glued to a diarienummer
        "1912121212123",  # thirteen digits
    ],
)
def test_inte_personnummer(text):
    assert pnr.hitta(text) == []
    assert not pnr.ar_personnummer(text)


def test_telefonnummer_med_tio_siffror_ar_inget_personnummer():
    # 0911696413 has a valid samordningsdatum but fails Luhn; 0701230005 passes
    # both, and is still a phone number after "Telefon".
    assert pnr.hitta("Telefon (inkl. riktnum-\nmer) 0911696413") == []
    assert pnr.hitta("Telefon 0701230005") == []
    assert pnr.hitta("mobil: 0701230005") == []
    assert [t.text for t in pnr.hitta("Barnet 0701230005 har placerats")] == ["0701230005"]


def test_maskering_behaller_sekel_skiljetecken_och_tva_sista_siffror():
    assert pnr.maskera_nummer("19121212-1212") == "19xxxxxx-xx12"
    assert pnr.maskera_nummer("811218-9876") == "xxxxxx-xx76"
    assert pnr.maskera_nummer("191212121212") == "19xxxxxxxx12"
    text = "Anna (19811218-9876) och Per (121212+1212) men inte 212000-2403."
    assert pnr.maskera(text) == "Anna (19xxxxxx-xx76) och Per (xxxxxx+xx12) men inte 212000-2403."


def test_traff_anger_plats_och_samordningsnummer():
    text = "pnr 121272-1219 och 121212-1212"
    a, b = pnr.hitta(text)
    assert text[a.start : a.slut] == "121272-1219" and a.samordningsnummer
    assert not b.samordningsnummer
    assert a.maskerad == "xxxxxx-xx19"


@pytest.mark.korpus
@pytest.mark.parametrize("namn", KORPUSFILER)
def test_korpusen_har_inga_personnummer(namn):
    fil = KORPUS / namn
    assert fil.is_file(), f"korpusfilen {fil} saknas (korpusen ska ligga i shared/corpus bredvid repositoriet)"
    assert pnr.hitta(fil.read_text(encoding="utf-8")) == []
