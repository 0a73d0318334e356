"""The command line as a user meets it: exit codes, Swedish messages, frister."""

from __future__ import annotations

import argparse
import gettext
import importlib
import json
import pkgutil
import re

import pytest

from conftest import LITEN, REPO, kopiera_projekt, kor


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


def test_fel_i_site_config_som_mkdocs_inte_godtar_ar_inget_internt_fel(tmp_path):
    # A webbadress that the schema lets through (it starts with https://) but mkdocs does not.
    rot = kopiera_projekt(LITEN, tmp_path / "projekt")
    config = rot / "site_config.yml"
    config.write_text(re.sub(r"(?m)^webbadress: .*$", 'webbadress: "https://"', config.read_text(encoding="utf-8")), encoding="utf-8")
    r = kor("bygg", "--datum", "2025-04-01", "--utdata", str(tmp_path / "ut"), cwd=rot)
    assert r.returncode == 1, r.stderr
    assert "internt fel" not in r.stderr
    assert "site_config.yml: mkdocs godtar inte webbadress" in r.stderr
    assert "Ingenting skrevs till" in r.stderr
    assert not (tmp_path / "ut").exists()


def test_argparse_lanas_inte_om():
    """The Swedish messages come from our own parser class, not from replacing argparse's
    translation function for the whole process."""
    from generator import cli

    parser = cli._parser()
    with pytest.raises(SystemExit):
        parser.parse_args(["bygg", "--datum", "igår"])
    assert argparse._ is gettext.gettext
    assert argparse.ngettext is gettext.ngettext


def test_hjalpen_for_ett_kommando_ar_svensk():
    r = kor("frister", "--help", cwd=REPO)
    assert r.returncode == 0
    assert r.stdout.startswith("användning: namndsajt frister")
    assert "argument:" in r.stdout and "flaggor:" in r.stdout
    assert "visa den här hjälpen och avsluta" in r.stdout
    for engelska in ("usage:", "positional arguments:", "options:", "show this help"):
        assert engelska not in r.stdout


def test_argparses_fel_ar_svenska():
    r = kor("ny", "protokoll", cwd=REPO)
    assert r.returncode == 2
    assert "namndsajt ny: fel: följande argument saknas: --organ, --datum" in r.stderr
    r = kor("forhandsgranska", "--port", "x", "--datum", "2025-04-01", cwd=REPO)
    assert r.returncode == 2
    assert "argumentet --port: ogiltigt värde: 'x'" in r.stderr


def test_varje_undantag_i_generatorn_hor_till_hierarkin():
    """Every exception class in generator/ subclasses generator.fel.NamndsajtFel, so that the CLI
    maps it to an exit code and a Swedish message instead of "internt fel"."""
    import generator
    from generator.fel import NamndsajtFel

    utanfor = []
    for modul in pkgutil.walk_packages(generator.__path__, "generator."):
        if modul.name in {"generator.cli"}:
            continue
        m = importlib.import_module(modul.name)
        for namn, varde in vars(m).items():
            if (
                isinstance(varde, type)
                and issubclass(varde, BaseException)
                and varde.__module__ == m.__name__
                and not issubclass(varde, NamndsajtFel)
            ):
                utanfor.append(f"{m.__name__}.{namn}")
    assert utanfor == []

