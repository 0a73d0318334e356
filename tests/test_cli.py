"""The command line as a user meets it: exit codes, Swedish messages, frister."""

from __future__ import annotations

import json

from conftest import LITEN, REPO, kor


def test_frister_json_ar_exakt_designexemplet():
    r = kor("frister", "2025-03-28", "--json", cwd=REPO)
    assert r.returncode == 0
    assert r.stdout.strip() == (
        '{"justerad": "2025-03-28", "tillkannagiven_senast": "2025-03-31", '
        '"tillkannagiven": "2025-03-28", "overklagande_sista_dag": "2025-04-22", '
        '"avpubliceras": "2025-04-23"}'
    )


def test_frister_med_senare_tillkannagivande():
    r = kor("frister", "2025-03-28", "--tillkannagiven", "2025-03-31", "--json", cwd=REPO)
    assert r.returncode == 0
    f = json.loads(r.stdout)
    # 2025-03-31 + 3 weeks = Monday 2025-04-21, annandag påsk → Tuesday 2025-04-22.
    assert f["tillkannagiven"] == "2025-03-31"
    assert f["overklagande_sista_dag"] == "2025-04-22"
    assert f["avpubliceras"] == "2025-04-23"


def test_frister_i_text_ar_svensk():
    r = kor("frister", "2025-03-28", cwd=REPO)
    assert r.returncode == 0
    assert "Sista dag att överklaga:     2025-04-22  (tisdag 22 april 2025)" in r.stdout


def test_frister_for_sent_tillkannagivet_varnar():
    r = kor("frister", "2025-03-28", "--tillkannagiven", "2025-04-01", cwd=REPO)
    assert r.returncode == 0
    assert "senast 2025-03-31" in r.stderr


def test_frister_tillkannagivet_fore_justering_ar_fel_anvandning():
    r = kor("frister", "2025-03-28", "--tillkannagiven", "2025-03-27", cwd=REPO)
    assert r.returncode == 2
    assert "kan inte ske före justeringen" in r.stderr


def test_felaktigt_datum_ger_slutkod_2_pa_svenska():
    r = kor("bygg", "--datum", "2025-13-01", cwd=LITEN)
    assert r.returncode == 2
    assert "'2025-13-01' är inget datum på formen ÅÅÅÅ-MM-DD" in r.stderr
    assert "användning: namndsajt bygg" in r.stderr


def test_okant_kommando_ger_slutkod_2():
    r = kor("publicera", cwd=LITEN)
    assert r.returncode == 2
    assert "ogiltigt val" in r.stderr


def test_hjalpen_ar_svensk():
    r = kor("--help", cwd=REPO)
    assert r.returncode == 0
    for ord_ in ("bygg", "validera", "frister", "forhandsgranska", "kommandon"):
        assert ord_ in r.stdout


def test_validera_giltigt_innehall():
    r = kor("validera", "--datum", "2025-04-01", cwd=LITEN)
    assert r.returncode == 0, r.stderr
    assert "Innehållet är giltigt: 3 sammanträden, 2 styrdokument, 1 anslag; 2 aktuella anslag per 2025-04-01" in r.stdout


def test_bygg_sammanfattar_pa_svenska(tmp_path):
    r = kor("bygg", "--datum", "2025-04-01", "--utdata", str(tmp_path / "ut"), cwd=LITEN)
    assert r.returncode == 0, r.stderr
    assert "Klart per 2025-04-01:" in r.stdout
    assert "2 aktuella anslag, 0 dokument gallrade från webbplatsen, 0 varningar" in r.stdout
    # Stages are shown as they run.
    for steg in ("Läser innehållet", "Granskar innehållet", "Tillämpar publiceringsreglerna", "Renderar webbplatsen", "Byter till den nya webbplatsen"):
        assert steg in r.stderr


def test_lyckat_bygge_ersatter_hela_den_gamla_siten(tmp_path):
    ut = tmp_path / "site"
    ut.mkdir()
    (ut / "gammal-sida.html").write_text("gammal")
    r = kor("bygg", "--datum", "2025-04-01", "--utdata", str(ut), cwd=LITEN)
    assert r.returncode == 0, r.stderr
    assert not (ut / "gammal-sida.html").exists()
    assert (ut / "anslagstavla/index.html").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
