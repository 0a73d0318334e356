"""Every page kind has typed data, and a template that asks our objects for something they do not
have stops the build instead of rendering a blank."""

from __future__ import annotations

import datetime as dt

import jinja2
import pytest

from conftest import REPO
from generator.bygg import las_och_granska, tillampa_reglerna
from generator.webb import sidor
from generator.webb.sidor import StriktUndefined


@pytest.fixture(scope="module")
def alla():
    innehall, _ = las_och_granska(REPO)
    return sidor.alla_sidor(tillampa_reglerna(innehall, dt.date(2026, 11, 23)).publicering)


def test_varje_sidtyp_finns_i_exemplet_och_har_sin_mall(alla):
    # The example's build renders a page of every kind, so every template is rendered by the tests.
    # (A dataclass with slots is made anew by its decorator, so the subclasses appear twice, by name once.)
    assert {type(s.vy).__name__ for s in alla} == {t.__name__ for t in sidor.Sidvy.__subclasses__()}
    mallar = {type(s.vy): set() for s in alla}
    for s in alla:
        mallar[type(s.vy)].add(s.mall)
    assert all(len(m) == 1 for t, m in mallar.items() if t is not sidor.Textsida), mallar


def _mall(text: str) -> jinja2.Template:
    return jinja2.Environment(undefined=StriktUndefined).from_string(text)


def test_ett_felskrivet_falt_i_en_mall_stoppar_bygget(alla):
    sammantrade = next(s for s in alla if s.adress == "socialnamnden/2025-03-26/")
    assert isinstance(sammantrade.vy, sidor.Sammantradessida) and sammantrade.vy.p.protokoll is not None
    assert _mall("{{ vy.p.datum }} {{ vy.p.organ.namn }}").render(vy=sammantrade.vy)
    for fel in ("{{ vy.p.datumm }}", "{{ vy.s.datum }}", "{% if vy.p.protokoll.justering.datumm %}x{% endif %}"):
        with pytest.raises(jinja2.UndefinedError, match="har inget fält"):
            _mall(fel).render(vy=sammantrade.vy)


def test_en_sekretessparagraf_har_inget_att_visa(alla):
    sida = next(s for s in alla if s.adress == "socialnamnden/2025-03-26/")
    [x] = [x for x in sida.vy.p.paragrafer if x.nr == 43]
    assert _mall("§ {{ x.nr }} {{ x.dnr | join(', ') }}").render(x=x) == "§ 43 25SN63"
    with pytest.raises(jinja2.UndefinedError):
        _mall("{{ x.rubrik }}").render(x=x)


def test_andras_variabler_ar_lika_forlatande_som_forut():
    # material's templates test variables that may be missing; those stay lenient.
    assert _mall("{{ page.okand }}{% if config.extra %}x{% endif %}{% if vy and vy.organ %}y{% endif %}").render(page={}, config={}) == ""


def test_bygget_stoppar_pa_ett_felskrivet_falt_i_en_av_vara_mallar(tmp_path, monkeypatch):
    import shutil

    from conftest import LITEN, kopiera_projekt
    from generator.bygg import bygg
    from generator.webb import konfiguration, plugin

    tema = tmp_path / "tema"
    shutil.copytree(konfiguration.TEMA, tema, ignore=shutil.ignore_patterns("__pycache__"))
    organ = tema / "organ.html"
    organ.write_text(organ.read_text(encoding="utf-8").replace("p.kallelse_publicerad", "p.kallelse_publicrad"), encoding="utf-8")
    monkeypatch.setattr(konfiguration, "TEMA", tema)
    monkeypatch.setattr(plugin, "TEMA", tema)
    projekt = kopiera_projekt(LITEN, tmp_path / "p")
    with pytest.raises(jinja2.UndefinedError, match="PubliceratSammantrade har inget fält 'kallelse_publicrad'"):
        bygg(projekt, dt.date(2025, 4, 1), projekt / "site", lambda rad: None)
    assert not (projekt / "site").exists()
