"""The web editor at /admin/: its configuration is made from the content model and site_config.yml,
it is written into every built site from the pinned npm packages, and `validera --format github`."""

from __future__ import annotations

import json
import re
import shutil

import pytest
import yaml
from pydantic import Field

from conftest import LITEN, REPO, kopiera_projekt, kor
from generator import redaktor
from generator.innehall import modell
from generator.redaktor import falt, konfiguration
from generator.redaktor.arbetsflode import som_github
from generator.redaktor.tips import TIPS
from generator.innehall.problem import Problem


@pytest.fixture(scope="module")
def webbplats():
    return modell.Webbplats.model_validate(yaml.safe_load((LITEN / "site_config.yml").read_text(encoding="utf-8")))


def samling(konfig, namn):
    return next(s for s in konfig["collections"] if s["name"] == namn)


def falt_i(falt_lista, namn):
    return next(f for f in falt_lista if f["name"] == namn)


def test_varje_organ_far_sammantraden_och_protokoll(webbplats):
    konfig = konfiguration.konfiguration(webbplats)
    namn = [s["name"] for s in konfig["collections"]]
    for organ in webbplats.organ:
        s = samling(konfig, f"sammantraden-{organ.slug}")
        p = samling(konfig, f"protokoll-{organ.slug}")
        assert s["folder"] == p["folder"] == f"content/{organ.slug}"
        assert s["path"] == "{{slug}}/sammantrade" and p["path"] == "{{slug}}/protokoll"
        assert s["meta"]["path"]["index_file"] == "sammantrade" and p["meta"]["path"]["index_file"] == "protokoll"
        # The two files of one folder kept apart: only a protokoll has `justering`, only a sammanträde `tid`.
        assert s["filter"] == {"field": "justering"} and p["filter"] == {"field": "tid"}
        assert s["media_folder"] == p["media_folder"] == "handlingar"
    assert {"styrdokument", "anslag", "installningar"} <= set(namn)
    assert konfig["locale"] == "sv"
    assert konfig["slug"] == {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"}
    assert konfig["publish_mode"] == "editorial_workflow"
    assert konfig["backend"]["name"] == "github" and konfig["backend"]["branch"] == "main"


def test_widgets_fran_modellens_typer(webbplats):
    konfig = konfiguration.konfiguration(webbplats)
    s = samling(konfig, "sammantraden-socialnamnden")["fields"]
    assert falt_i(s, "tid") | {} == {**falt_i(s, "tid"), **falt.KLOCKSLAG, "required": True}
    assert falt_i(s, "sluttid")["required"] is False
    assert falt_i(s, "status")["options"] == ["planerat", "inställt"]
    kallelse = falt_i(s, "kallelse")
    assert kallelse["widget"] == "list" and kallelse["max"] == 1  # optional, with required fields
    k = kallelse["fields"]
    assert {**falt.DATUM}.items() <= falt_i(k, "utfärdad").items() and falt_i(k, "utfärdad")["required"]
    hall = falt_i(k, "hålltider")
    assert hall["widget"] == "list" and hall["label_singular"] == "hålltid"
    assert [f["name"] for f in hall["fields"]] == ["start", "slut", "rubrik", "föredragande", "paus"]
    lista = falt_i(k, "föredragningslista")
    handlingar = falt_i(lista["fields"], "handlingar")  # a list inside a list
    assert falt_i(handlingar["fields"], "fil")["widget"] == "file"
    assert falt_i(lista["fields"], "dnr")["field"]["widget"] == "string"


def test_sekretessparagrafen_har_bara_nr_och_dnr(webbplats):
    p = samling(konfiguration.konfiguration(webbplats), "protokoll-socialnamnden")["fields"]
    paragrafer = falt_i(p, "paragrafer")
    assert paragrafer["typeKey"] == "sekretess"
    typer = {t["name"]: t for t in paragrafer["types"]}
    assert [f["name"] for f in typer[falt.SEKRETESS_JA]["fields"]] == ["nr", "dnr"]
    vanlig = [f["name"] for f in typer[falt.SEKRETESS_NEJ]["fields"]]
    assert "beslut" in vanlig and "omedelbart_justerad" in vanlig and "sekretess" not in vanlig
    omrostning = falt_i(typer[falt.SEKRETESS_NEJ]["fields"], "omröstning")
    assert omrostning["widget"] == "list" and omrostning["max"] == 1
    assert falt_i(p, "justering")["required"] is True
    assert falt_i(falt_i(p, "justering")["fields"], "justerare")["min"] == 1


def test_ett_nytt_falt_i_modellen_syns_i_redigeraren(webbplats, monkeypatch):
    class Halltid(modell.Halltid):
        lokal: str | None = Field(None, description="Rummet där punkten behandlas.")

    # The model as it would be with the new field: nothing else changes.
    monkeypatch.setattr(modell.Kallelse.model_fields["halltider"], "annotation", list[Halltid])
    s = samling(konfiguration.konfiguration(webbplats), "sammantraden-socialnamnden")["fields"]
    hall = falt_i(falt_i(s, "kallelse")["fields"], "hålltider")
    lokal = falt_i(hall["fields"], "lokal")
    assert lokal == {"name": "lokal", "label": "Lokal", "hint": "Rummet där punkten behandlas.", "widget": "string", "required": False}


def test_tipsen_galler_nycklar_som_finns():
    for klass, nyckel in TIPS:
        k = getattr(modell, klass)
        assert nyckel in {f.alias or n for n, f in k.model_fields.items()}, (klass, nyckel)


def test_varje_sant_eller_falskt_ar_falskt_som_standard():
    """redaktor.js leaves out `false`, as a person does: that is right only if every such key is false unless set."""
    for namn, k in vars(modell).items():
        if isinstance(k, type) and issubclass(k, modell.BaseModel):
            for n, f in k.model_fields.items():
                if f.annotation is bool:
                    assert f.default is False, (namn, n)


def test_repositoriet_fran_site_config(webbplats):
    assert konfiguration.repo(webbplats.model_copy(update={"webbadress": "https://alvsunda.github.io/namnder/"})) == "alvsunda/namnder"
    egen = webbplats.model_copy(update={"redaktor": modell.Redaktor.model_validate(
        {"tjänst": "gitea", "repo": "kansliet/namndsajt", "inloggning": "https://git.alvsunda.se", "app_id": "abc",
         "api_adress": "https://git.alvsunda.se/api/v1"})})
    b = konfiguration.backend(egen)
    assert {k: b[k] for k in ("name", "repo", "base_url", "app_id", "api_root", "branch")} == {
        "name": "gitea", "repo": "kansliet/namndsajt", "base_url": "https://git.alvsunda.se", "app_id": "abc",
        "api_root": "https://git.alvsunda.se/api/v1", "branch": "main"}


def test_bygget_skriver_admin(bygg_liten):
    site = bygg_liten("2025-04-01")
    admin = site / "admin"
    html = (admin / "index.html").read_text(encoding="utf-8")
    assert '<html lang="sv">' in html and "<title>Redigera webbplatsen – " in html
    assert 'name="robots" content="noindex' in html
    # Everything from our own site: no address of another host in the page.
    assert not re.search(r'(src|href)="(https?:)?//', html)
    assert (admin / "decap-cms.js").stat().st_size > 1_000_000
    assert (admin / "yaml" / "index.js").is_file() and (admin / "redaktor.js").is_file()
    konfig = yaml.safe_load((admin / "config.yml").read_text(encoding="utf-8"))
    webbplats = modell.Webbplats.model_validate(yaml.safe_load((LITEN / "site_config.yml").read_text(encoding="utf-8")))
    assert konfig == json.loads(json.dumps(konfiguration.konfiguration(webbplats)))
    # The Swedish interface is in the app file we copy.
    assert "Publicera nu" in (admin / "decap-cms.js").read_text(encoding="utf-8")


def test_utan_npm_paketen_sager_bygget_vad_man_ska_gora(tmp_path, monkeypatch):
    projekt = kopiera_projekt(LITEN, tmp_path / "p")
    monkeypatch.setattr(redaktor, "__file__", str(tmp_path / "inget" / "generator" / "redaktor" / "__init__.py"))
    import generator

    monkeypatch.setattr(generator, "__file__", str(tmp_path / "inget" / "generator" / "__init__.py"))
    with pytest.raises(redaktor.RedaktorFel) as fel:
        redaktor.node_moduler(projekt)
    assert "npm ci" in str(fel.value) and "decap-cms" in str(fel.value)


def test_bygget_misslyckas_tydligt_utan_npm_paketen(tmp_path):
    """Run the CLI from a copy of the generator without node_modules beside it."""
    kopia = tmp_path / "repo"
    shutil.copytree(REPO / "generator", kopia / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "theme", kopia / "generator" / "theme")
    projekt = kopiera_projekt(LITEN, tmp_path / "p")
    import os
    import subprocess
    import sys

    r = subprocess.run(
        [sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]); from generator.cli import main; sys.exit(main(sys.argv[2:]))",
         str(kopia), "bygg", "--datum", "2025-04-01"],
        cwd=projekt, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(kopia)},
    )
    assert r.returncode == 1, r.stderr
    assert "npm ci" in r.stderr and "Den tidigare webbplatsen är orörd" in r.stderr
    assert not (projekt / "site").exists()


def test_github_format():
    p = Problem("content/a/2025-03-26/protokoll.yml", 12, "justering.datum", "'2025-02-30' är inget verkligt datum")
    assert som_github(p) == (
        "::error file=content/a/2025-03-26/protokoll.yml,line=12,title=fältet 'justering.datum'::"
        "content/a/2025-03-26/protokoll.yml, rad 12, fältet 'justering.datum': fel: '2025-02-30' är inget verkligt datum"
    )
    assert som_github(Problem("a.yml", None, None, "50%\nny rad", fel=False)) == "::warning file=a.yml::a.yml: varning: 50%25%0Any rad"


def test_validera_med_github_format(tmp_path):
    projekt = kopiera_projekt(LITEN, tmp_path / "p")
    fil = projekt / "content/socialnamnden/2025-03-26/protokoll.yml"
    text = fil.read_text(encoding="utf-8")
    rad = next(i for i, r in enumerate(text.splitlines(), 1) if re.match(r"^  datum: ", r))
    fil.write_text(re.sub(r"^  datum: .*$", "  datum: 2025-02-30", text, count=1, flags=re.M), encoding="utf-8")
    r = kor("validera", "--datum", "2025-04-01", "--format", "github", cwd=projekt)
    assert r.returncode == 1
    assert (
        f"::error file=content/socialnamnden/2025-03-26/protokoll.yml,line={rad},title=fältet 'justering.datum'::"
        in r.stdout
    ), r.stdout
    assert "är inget verkligt datum" in r.stdout
