"""The register of what can be found, the ärenden made from it, and the order of pagefind's filter files.

Worked out from the example content in content/ as of 2026-11-23."""

from __future__ import annotations

import datetime as dt
import gzip
import json

import pytest

from conftest import REPO
from generator.sok import pagefind_ordning
from generator.sok import sokindex
from generator.register.arenden import arenden
from generator.bygg import las_och_granska, tillampa_reglerna
from generator.register.forteckning import HANDLING, KALLELSE, PARAGRAF, Post
from generator.regler.vy import Organ


@pytest.fixture(scope="module")
def innehall():
    innehall, _ = las_och_granska(REPO)
    return innehall


@pytest.fixture(scope="module")
def pub(innehall):
    return tillampa_reglerna(innehall, dt.date(2026, 11, 23)).publicering


@pytest.fixture(scope="module")
def register(pub):
    return pub.register  # built once, by the rules stage


def test_inget_ur_en_sekretessparagraf(innehall, register):
    sekretess = {
        (s.organ.slug, s.id, x.nr) for s in innehall.sammantraden if s.protokoll for x in s.protokoll.paragrafer
        if x.sekretess
    }
    assert ("socialnamnden", "2025-03-26", 43) in sekretess and len(sekretess) >= 6
    ider = {p.id for p in register}
    for organ, mote, nr in sekretess:
        assert f"{organ}-{mote}-paragraf-{nr}" not in ider
    # Nor the föredragningslista items that lead to them (SN 2026-11-18 item 3 → § 104, sekretess).
    assert "socialnamnden-2026-11-18-punkt-3" not in ider
    assert "socialnamnden-2026-11-18-punkt-4" in ider


def test_handlingar_bara_de_publicerade(pub, register):
    publicerade = {f.adress for f in pub.filer}
    handlingar = [p for p in register if p.typ == HANDLING]
    assert handlingar and all(p.adress in publicerade and p.pdf.is_file() for p in handlingar)
    # Socialnämnden 16 December 2026: its kallelse is out on 9 December, so nothing of it yet.
    assert not [p for p in register if "2026-12-16" in p.adress]
    # A file filed under both the item and the § is one post, with both's dnr.
    taxor = [p for p in handlingar if p.adress == "socialnamnden/2026-11-18/handlingar/tjansteskrivelse-taxor-2027.pdf"]
    assert len(taxor) == 1 and list(taxor[0].dnr) == ["SOC/2026-000187"]
    assert taxor[0].sammanhang == ("Socialnämnden 18 november 2026", "socialnamnden/2026-11-18/")


def test_titlar_som_man_citerar_dem(register):
    per_id = {p.id: p for p in register}
    assert per_id["socialnamnden-2025-03-26-paragraf-45"].titel == (
        "§ 45 Strategisk plan 2026-2028 - dialog – Socialnämnden 26 mars 2025"
    )
    assert per_id["socialnamnden-2025-03-26-paragraf-45"].adress == "socialnamnden/2025-03-26/#paragraf-45"
    assert per_id["socialnamnden-2025-03-26-punkt-5"].adress == "socialnamnden/2025-03-26/#punkt-5"


def test_ett_arende_genom_fem_sammantraden(register):
    a = next(a for a in arenden(register) if a.dnr == "KS-2025/00214")
    assert a.adress == "arenden/ks-2025-00214/"
    assert [(st.organ.slug, st.datum.isoformat()) for st in a.steg] == [
        ("kommunfullmaktige", "2025-09-29"),
        ("socialnamndens-arbetsutskott", "2026-03-11"),
        ("socialnamnden", "2026-03-25"),
        ("kommunstyrelsen", "2026-04-13"),
        ("kommunfullmaktige", "2026-04-27"),
    ]
    # In each sammanträde the kallelse before the protokoll.
    assert [p.typ for p in a.steg[1].poster] == [KALLELSE, PARAGRAF]
    assert [o.slug for o in a.organ] == ["kommunfullmaktige", "socialnamndens-arbetsutskott", "socialnamnden", "kommunstyrelsen"]


def test_tva_kommuners_diarienummer_pa_samma_paragraf(register):
    per_slug = {a.slug: a for a in arenden(register)}
    soc, ifn = per_slug["soc-2023-000185"], per_slug["ifn-2026-00048"]
    assert list(soc.samma_arende) == [ifn] and list(ifn.samma_arende) == [soc]
    assert [p.id for p in soc.poster] == [p.id for p in ifn.poster]
    # A styrdokument adopted at a sammanträde is a step of that sammanträde.
    delegation = per_slug["soc-2025-000398"]
    assert len(delegation.steg) == 1 and [p.typ for p in delegation.steg[0].poster] == [KALLELSE, PARAGRAF, "styrdokument"]
    assert delegation.steg[0].sida == "socialnamnden/2025-11-26/"


def test_ett_diarienummer_som_bara_en_sekretessparagraf_bar_far_inget_arende(register):
    slugs = {a.slug for a in arenden(register)}
    assert "25-sn-63" not in slugs and "soc-2026-000221" not in slugs
    assert {"25-sn-53", "soc-2023-000185", "ifn-2026-00048", "ks-2026-00052"} <= slugs


def test_stavningar_av_samma_diarienummer_blir_ett_arende():
    organ = Organ(slug="ks", namn="Kommunstyrelsen", typ="styrelse")

    def post(nr: int, dnr: str, dag: int) -> Post:
        return Post(id=f"p{nr}", typ=PARAGRAF, titel=f"§ {nr} X", rubrik=f"§ {nr} X", adress=f"ks/{dag}/#paragraf-{nr}",
                    datum=dt.date(2026, 1, dag), organ=organ, dnr=(dnr,))

    [a] = arenden([post(1, "KS 2026/00052", 2), post(2, "KS-2026/00052", 1), post(3, "ks-2026-00052", 3),
                   post(4, "KS-2026/00052", 4)])
    assert a.slug == "ks-2026-00052" and a.dnr == "KS-2026/00052"
    assert list(a.stavningar) == ["KS-2026/00052", "KS 2026/00052", "ks-2026-00052"]
    assert [p.id for p in a.poster] == ["p2", "p1", "p3", "p4"]


def test_pagefinds_filterfiler_i_fast_ordning(pub, tmp_path):
    records = list(sokindex._dokument(pub, []))
    stage = tmp_path / "poster"
    filer = [sokindex._fil(r.url) for r in records]
    for r, namn in zip(records, filer):
        (stage / namn).parent.mkdir(parents=True, exist_ok=True)
        (stage / namn).write_text(sokindex.dokument(r), encoding="utf-8")
    mal = tmp_path / "pagefind"
    glob = sokindex._glob(sokindex._monster(f) for f in filer)
    assert sokindex.kor_pagefind(sokindex.pagefind_program(REPO), stage, glob, mal) == len(records)
    # The CBOR reader and writer give back pagefind's own bytes.
    for fil in [*mal.glob("filter/*.pf_filter"), *mal.glob("*.pf_meta")]:
        data = gzip.decompress(fil.read_bytes())
        assert pagefind_ordning._innehall(pagefind_ordning.las_fil(fil)) == data, fil.name
    pagefind_ordning.ordna(mal, ["Organ", "År"], {"År": ["2026", "2025"], "Organ": ["Socialnämnden"]})
    entry = json.loads((mal / "pagefind-entry.json").read_text(encoding="utf-8"))
    meta = pagefind_ordning.las_fil(mal / f"pagefind.{entry['languages']['sv']['hash']}.pf_meta")
    assert [namn for namn, _ in meta[3]] == ["Organ", "År", "Dokumenttyp", "Giltighet", sokindex.FILTER_SAMLING]
    filter_ = {namn: pagefind_ordning.las_fil(mal / "filter" / f"{h}.pf_filter")[1] for namn, h in meta[3]}
    assert [v for v, _ in filter_["År"]] == ["2026", "2025", "2023"]
    assert [v for v, _ in filter_["Organ"]][0] == "Socialnämnden"
    assert [v for v, _ in filter_["Dokumenttyp"]] == sorted(v for v, _ in filter_["Dokumenttyp"])
    assert len(list(mal.glob("filter/*.pf_filter"))) == 5 and len(list(mal.glob("*.pf_meta"))) == 1
