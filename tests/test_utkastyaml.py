"""generator.utkastyaml: what is written reads back as exactly the same data."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.importera.utkastyaml import FyllI, Klockslag, Kommenterad, Utkommenterad, dumpa, som_data
from generator.innehall.yamlfil import las_yaml

KNEPIGA = [
    "yes", "no", "on", "off", "true", "null", "~", "", "2025-03-28", "08:30", "12:30:45", "0x1F", "1e3", "017",
    "45", "-1", ": x", "a: b", "#x", "x #y", "[a]", "{a}", "*a", "&a", "!a", "|", ">", "'q'", '"q"', "%x", "@x",
    "`x`", "- punkt", "? x", "trail ", " lead", "tab\there", "Åsa Ödman (S)", "§ 45", "25SN63", "SOC/2023-000185",
    "Remissvar - Motion - Inför", "x,y", "Värde: 5 kr", "https://exempel.se/a#b", "en\nrad till", "slut\n",
    "\\bakåtsnedstreck", "\u00a0hårt mellanslag", "emoji ✓",
]


@pytest.mark.parametrize("text", KNEPIGA)
def test_knepiga_texter_tal_att_skrivas(text, tmp_path):
    data = {"rubrik": text, "lista": [text, "vanlig"], "poster": [{"namn": text, "nr": 3}]}
    fil = tmp_path / "u.yml"
    fil.write_text(dumpa(data, ["kommentar"]), encoding="utf-8")
    assert las_yaml(fil).data == som_data(data)


def test_kommentarer_platshallare_och_klockslag(tmp_path):
    data = {
        "tid": Klockslag("08:30"),
        "datum": dt.date(2026, 10, 9),
        "sekreterare": FyllI("sekreterarens namn"),
        "plats": Kommenterad("Forsrummet", "lokal och adress"),
        "tillkännagivande": {"avpubliceras": Utkommenterad(dt.date(2026, 10, 29), "för tidigt")},
        "kallelse": Utkommenterad({"utfärdad": dt.date(2026, 10, 1), "hålltider": [{"start": Klockslag("09:00"), "rubrik": "Fika", "paus": True}]}, "ta bort #"),
    }
    text = dumpa(data)
    assert text.splitlines() == [
        'tid: "08:30"',
        "datum: 2026-10-09",
        "sekreterare:  # FYLL I: sekreterarens namn",
        "plats: Forsrummet  # lokal och adress",
        "# tillkännagivande:",
        "  # avpubliceras: 2026-10-29  # för tidigt",
        "# kallelse:  # ta bort #",
        "#   utfärdad: 2026-10-01",
        "#   hålltider:",
        '#     - {start: "09:00", rubrik: Fika, paus: true}',
    ]
    fil = tmp_path / "u.yml"
    fil.write_text(text, encoding="utf-8")
    assert las_yaml(fil).data == som_data(data)
    # Taking away '# ' gives valid YAML with the value.
    fil.write_text(text.replace("# kallelse:  # ta bort #", "kallelse:").replace("#   ", "  "), encoding="utf-8")
    assert las_yaml(fil).data["kallelse"] == {"utfärdad": "2026-10-01", "hålltider": [{"start": "09:00", "rubrik": "Fika", "paus": True}]}
