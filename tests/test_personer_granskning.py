"""The validator's checks of names: a name in an omröstning, yrkande or reservation must be in that
meeting's närvaro, and two names that look like one person (the same name in two parties, two
spellings one letter apart) are warned about unless the list `förtroendevalda` in site_config.yml
merges them or tells them apart."""

from __future__ import annotations

from conftest import LITEN, kopiera_projekt, kor

PROTOKOLL = "content/socialnamnden/2025-03-26/protokoll.yml"


def _projekt(tmp_path, ersatt: dict[str, str], lista: str = ""):
    projekt = kopiera_projekt(LITEN, tmp_path / "p")
    fil = projekt / PROTOKOLL
    text = fil.read_text(encoding="utf-8")
    for gammal, ny in ersatt.items():
        assert gammal in text
        text = text.replace(gammal, ny)
    fil.write_text(text, encoding="utf-8")
    if lista:
        konfiguration = projekt / "site_config.yml"
        konfiguration.write_text(konfiguration.read_text(encoding="utf-8") + lista, encoding="utf-8")
    return projekt


def test_namn_utanfor_narvaron(tmp_path):
    projekt = _projekt(tmp_path, {"nej: [Erik Testsson (M)]": "nej: [Erik Tesson (M)]",
                                  "- {namn: Erik Testsson, parti: M, text: Vi": "- {namn: Gustav Testsson, parti: M, text: Vi"})
    r = kor("validera", "--datum", "2025-04-01", cwd=projekt)
    assert r.returncode == 0, r.stderr
    assert (f"{PROTOKOLL}, rad 28, fältet 'paragrafer[3].omröstning.nej[1]': varning: Erik Tesson röstar i § 45 men "
            "finns inte bland beslutande eller ersättare i närvaron") in r.stderr, r.stderr
    assert (f"{PROTOKOLL}, rad 31, fältet 'paragrafer[3].reservationer[1]': varning: Gustav Testsson reserverar sig "
            "i § 45 men finns inte") in r.stderr, r.stderr


def test_liknande_namn_och_listan(tmp_path):
    projekt = _projekt(tmp_path, {
        "  ersättare: [{namn: Dora Testsson, parti: M}]": "  ersättare:\n    - {namn: Dora Testsson, parti: M}\n"
                                                        "    - {namn: Dora Testson, parti: M}\n    - {namn: Britta Testsson, parti: KD}",
    })
    r = kor("validera", "--datum", "2025-04-01", cwd=projekt)
    assert r.returncode == 0, r.stderr
    assert (f"{PROTOKOLL}, rad 16: varning: 'Dora Testsson' (M) och 'Dora Testson' (M) skiljer sig på en bokstav: "
            "är det samma person?") in r.stderr, r.stderr
    assert (f"{PROTOKOLL}, rad 17: varning: 'Britta Testsson' (C) och 'Britta Testsson' (KD) har samma namn men "
            "olika partier") in r.stderr, r.stderr
    assert "2 varningar" in r.stdout

    lista = (
        "förtroendevalda:\n"
        "  - {namn: Dora Testsson, parti: M, stavningar: [Dora Testson]}\n"
        "  - {namn: Britta Testsson, parti: C}\n"
        "  - {namn: Britta Testsson, parti: KD, id: britta-testsson-kd, organ: [socialnamden]}\n"
    )
    konfiguration = projekt / "site_config.yml"
    konfiguration.write_text(konfiguration.read_text(encoding="utf-8") + lista, encoding="utf-8")
    r = kor("validera", "--datum", "2025-04-01", cwd=projekt)
    assert "site_config.yml, rad 19, fältet 'förtroendevalda[3].organ': varning" not in r.stderr
    assert ("site_config.yml, rad 19, fältet 'förtroendevalda[3].organ': fel: organet 'socialnamden' finns inte; "
            "menade du 'socialnamnden'?") in r.stderr, r.stderr
    konfiguration.write_text(konfiguration.read_text(encoding="utf-8").replace("[socialnamden]", "[socialnamnden]"),
                             encoding="utf-8")
    r = kor("validera", "--datum", "2025-04-01", cwd=projekt)
    assert r.returncode == 0, r.stderr
    assert "0 varningar" in r.stdout, r.stderr


def test_namn_som_bara_deltar_i_andra_paragrafer(tmp_path):
    projekt = _projekt(tmp_path, {"    - {namn: Erik Testsson, parti: M}": '    - {namn: Erik Testsson, parti: M, paragrafer: "47"}'})
    r = kor("validera", "--datum", "2025-04-01", cwd=projekt)
    assert r.returncode == 0, r.stderr
    assert (f"{PROTOKOLL}, rad 28, fältet 'paragrafer[3].omröstning.nej[1]': varning: Erik Testsson röstar i § 45 men "
            "deltar enligt närvaron bara i § 47") in r.stderr, r.stderr
    assert "2 varningar" in r.stdout  # and his reservation
