"""Property-based: random and mutated YAML never gives a traceback, only a
Swedish error (InnehallsFel) or valid content."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import LITEN
from generator.bygg import las_och_granska
from generator.innehall.problem import InnehallsFel

PROTOKOLL = "content/socialnamnden/2025-03-26/protokoll.yml"
KALLELSE = "content/socialnamnden/2025-03-26/sammantrade.yml"
ANTAL = int(os.environ.get("NAMNDSAJT_FUZZ_ANTAL", "300"))  # more: NAMNDSAJT_FUZZ_ANTAL=5000
provade = {"antal": 0}


@pytest.fixture(scope="module")
def projekt():
    mapp = Path(tempfile.mkdtemp(prefix="fuzz-"))
    shutil.copytree(LITEN, mapp / "p")
    yield mapp / "p"
    shutil.rmtree(mapp)


def prova(projekt: Path, fil: str, text: str | bytes) -> None:
    original = (LITEN / fil).read_bytes()
    mal = projekt / fil
    mal.write_bytes(text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text)
    try:
        las_och_granska(projekt)
    except InnehallsFel as e:
        assert e.problem and all(str(p) for p in e.problem)
    finally:
        mal.write_bytes(original)
        provade["antal"] += 1


NYCKLAR = ["nr", "rubrik", "dnr", "beslut", "sekretess", "paragrafer", "justering", "datum", "tid", "närvaro",
           "omfattar", "omröstning", "ja", "resultat", "handlingar", "fil", "kallelse", "hålltider", "start",
           "föredragningslista", "utfärdad", "plats", "status", "x", "ÅÄÖ", ""]
VARDEN = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**12) | st.floats(allow_nan=True)
    | st.text(max_size=30) | st.sampled_from(["2025-02-30", "2025-03-28", "10:00", "25:61", "43-45, 47", "../x.pdf", "handlingar/tjansteskrivelse.pdf"]),
    lambda barn: st.lists(barn, max_size=4) | st.dictionaries(st.sampled_from(NYCKLAR), barn, max_size=5),
    max_leaves=25,
)


@settings(max_examples=ANTAL, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=400))
def test_slumpad_text(projekt, text):
    prova(projekt, PROTOKOLL, text)


@settings(max_examples=ANTAL, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=VARDEN, fil=st.sampled_from([PROTOKOLL, KALLELSE, "site_config.yml", "content/anslag/granskning-detaljplan.yml"]))
def test_slumpad_struktur(projekt, data, fil):
    prova(projekt, fil, yaml.safe_dump(data, allow_unicode=True))


@settings(max_examples=ANTAL, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), fil=st.sampled_from([PROTOKOLL, KALLELSE, "content/styrdokument/riktlinje-bistand.yml"]))
def test_muterad_giltig_fil(projekt, data, fil):
    """Valid YAML with one leaf or one line changed: the likeliest mistakes."""
    text = (LITEN / fil).read_text(encoding="utf-8")
    rader = text.splitlines()
    satt = data.draw(st.sampled_from(["byt-varde", "ta-bort-rad", "dubbla-rad", "infoga-tecken", "indrag"]))
    i = data.draw(st.integers(0, len(rader) - 1))
    if satt == "byt-varde":
        trad = yaml.safe_load(text)
        behallare = trad
        for _ in range(data.draw(st.integers(1, 4))):
            nycklar = sorted(behallare) if isinstance(behallare, dict) else list(range(len(behallare)))
            if not nycklar:
                break
            nyckel = data.draw(st.sampled_from(nycklar))
            if isinstance(behallare[nyckel], (dict, list)) and behallare[nyckel] and data.draw(st.booleans()):
                behallare = behallare[nyckel]
            else:
                behallare[nyckel] = data.draw(VARDEN)
                break
        ny = yaml.safe_dump(trad, allow_unicode=True)
    elif satt == "ta-bort-rad":
        ny = "\n".join(rader[:i] + rader[i + 1:])
    elif satt == "dubbla-rad":
        ny = "\n".join(rader[: i + 1] + rader[i:])
    elif satt == "infoga-tecken":
        tecken = data.draw(st.sampled_from([":", "-", "'", '"', "[", "{", "#", "&", "*", "!", "|", ">", "\t", "%", "@", "`"]))
        pos = data.draw(st.integers(0, len(rader[i])))
        rader[i] = rader[i][:pos] + tecken + rader[i][pos:]
        ny = "\n".join(rader)
    else:
        rader[i] = " " * data.draw(st.integers(0, 6)) + rader[i].lstrip()
        ny = "\n".join(rader)
    prova(projekt, fil, ny)


def test_antal_provade_indata():
    # Runs after the three property tests in this module (pytest keeps file order).
    assert provade["antal"] >= 3 * ANTAL
    print(f"\n{provade['antal']} slumpade och muterade YAML-filer provade utan traceback")
