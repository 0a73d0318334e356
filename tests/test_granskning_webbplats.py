"""site_config.yml's cross-checks (organ, colours, logo) run with the rest of validation and name
file, line and field."""

from __future__ import annotations

from conftest import LITEN, kopiera_projekt, kor


def test_organens_korsreferenser(tmp_path):
    projekt = kopiera_projekt(LITEN, tmp_path / "p")
    konfiguration = projekt / "site_config.yml"
    konfiguration.write_text(konfiguration.read_text(encoding="utf-8").replace(
        "tillhör: socialnamnden}",
        "tillhör: socialnamden}\n  - {slug: socialnamnden, namn: Socialnämnden igen, typ: nämnd}\n"
        "  - {slug: anslag, namn: Anslagsnämnden, typ: nämnd}\n  - {slug: ett-utskott, namn: Utskottet, typ: utskott}",
    ), encoding="utf-8")
    r = kor("validera", "--datum", "2025-04-01", cwd=projekt)
    assert r.returncode == 1
    for rad in (
        "site_config.yml, rad 14, fältet 'organ': fel: organet 'socialnamnden' finns flera gånger",
        "site_config.yml, rad 15, fältet 'organ[3].tillhör': fel: organet 'socialnamden' finns inte; menade du 'socialnamnden'?",
        "site_config.yml, rad 17, fältet 'organ[5].slug': fel: 'anslag' är reserverat för innehållets egna mappar",
        "site_config.yml, rad 18, fältet 'organ[6]': fel: ett utskott ska ange vilket organ det tillhör ('tillhör')",
    ):
        assert rad in r.stderr, r.stderr


def test_logotyp_som_saknas(tmp_path):
    projekt = kopiera_projekt(LITEN, tmp_path / "p")
    konfiguration = projekt / "site_config.yml"
    konfiguration.write_text(konfiguration.read_text(encoding="utf-8") + "logotyp: saknas.svg\n", encoding="utf-8")
    r = kor("validera", "--datum", "2025-04-01", cwd=projekt)
    assert r.returncode == 1
    assert "site_config.yml, rad 16, fältet 'logotyp': fel: logotypen 'saknas.svg' finns inte i projektet" in r.stderr
