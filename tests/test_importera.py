"""namndsajt importera: the corpus' protokoll and kallelser as drafts.

The expected values are written out from the corpus texts in
../shared/corpus (see its README). Every test accounts for every line.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from conftest import kor
from generator.regler import personnummer
from generator.importera.kommando import ImportFel, importera, rakna
from generator.importera.text import Ode
from generator.importera.utkastyaml import som_data
from generator.innehall.yamlfil import las_yaml

# These tests read the corpus in ../shared/corpus, which is not in this repository.
pytestmark = pytest.mark.korpus

from conftest import KORPUS  # noqa: E402
PITEA = "pitea-socialnamnden-protokoll-2025-03-26.txt"
HARNOSAND_2024 = "harnosand-socialnamnden-kallelse-2024-03-27.txt"
HARNOSAND_2025 = "harnosand-socialnamnden-kallelse-2025-11-27.txt"
UMEA = "umea-ifn-handlingar-2026-02-18.txt"

SITE_CONFIG = """\
kommun: Provkommun
webbadress: https://prov.example/
förvaringsplats: Kommunkansliet
förvaltningsrätt:
  namn: Förvaltningsrätten i Luleå
organ:
  - slug: socialnamnden
    namn: Socialnämnden
    typ: nämnd
  - slug: ifn
    namn: Individ- och familjenämnden
    typ: nämnd
  - slug: ifn-au
    namn: Individ- och familjenämndens arbetsutskott
    typ: utskott
    tillhör: ifn
  - slug: kf
    namn: Kommunfullmäktige
    typ: fullmäktige
  - slug: ks
    namn: Kommunstyrelsen
    typ: styrelse
"""


def korpus(namn: str) -> Path:
    fil = KORPUS / namn
    assert fil.is_file(), (
        f"korpusfilen {fil} saknas: korpusen ska ligga i shared/corpus bredvid repositoriet "
        "(CI klonar repositoriet med shared/ bredvid)"
    )
    return fil


def rader(namn: str, forsta: int, sista: int, tmp: Path) -> Path:
    """Lines forsta–sista of a corpus file as a file of their own."""
    text = korpus(namn).read_text(encoding="utf-8").split("\n")[forsta - 1 : sista]
    ut = tmp / f"{Path(namn).stem}-{forsta}-{sista}.txt"
    ut.write_text("\n".join(text) + "\n", encoding="utf-8")
    return ut


@pytest.fixture
def projekt(tmp_path) -> Path:
    rot = tmp_path / "projekt"
    (rot / "content").mkdir(parents=True)
    (rot / "site_config.yml").write_text(SITE_CONFIG, encoding="utf-8")
    return rot


def las(fil: Path):
    return las_yaml(fil).data


def kontrollera_konto(resultat) -> None:
    """Every line has exactly one fate, and the figures add up."""
    konto = resultat.konto
    assert set(konto.ode) == set(konto.rader)
    r = rakna(konto)
    assert r.falt + r.sidhuvud + r.rapporterade + r.tomma == r.totalt
    # A blank line is blank, and nothing that is not blank is counted as blank.
    for nr, (ode, _) in konto.ode.items():
        assert (ode == Ode.TOM) == konto.rader[nr].tom, nr


def kontrollera_yaml(resultat, fil: Path, data) -> None:
    """The file reads back as exactly the data it was written from."""
    assert las(fil) == som_data(data)


# --- Piteå: a whole protokoll ---------------------------------------------------------------


@pytest.fixture
def pitea(projekt, tmp_path):
    kalla = rader(PITEA, 1, 568, tmp_path)
    r = importera(kalla, projekt)
    mapp = projekt / "content/socialnamnden/2025-03-26"
    return r, las(mapp / "protokoll.yml"), las(mapp / "sammantrade.yml"), mapp


def test_pitea_sexton_paragrafer_med_luckan_54(pitea):
    r, p, _, _ = pitea
    assert [x["nr"] for x in p["paragrafer"]] == [*range(43, 54), *range(55, 60)]
    assert len(p["paragrafer"]) == 16
    assert p["omfattar"] == "43-53, 55-59"
    assert r.utkast.antal_sekretess == 2


def test_pitea_sekretessparagrafer_har_bara_nummer_och_dnr(pitea):
    _, p, _, _ = pitea
    assert p["paragrafer"][0] == {"nr": 43, "sekretess": True, "dnr": "25SN63"}
    assert p["paragrafer"][1] == {"nr": 44, "sekretess": True, "dnr": "25SN63"}


def test_pitea_paragraf_45(pitea):
    _, p, _, _ = pitea
    x = p["paragrafer"][2]
    assert x["nr"] == 45
    assert x["rubrik"] == "Strategisk plan - dialog"
    assert x["dnr"] == "25SN53"
    assert x["beslut"] == "Socialnämnden har tagit del av informationen."
    assert x["yrkanden"] == [
        {"namn": "Britta Lysholm", "parti": "C", "text": "Bifall till Socialnämndens arbetsutskotts förslag."}
    ]
    assert " ".join(x["propositionsordning"].split()) == (
        "Vice ordföranden ställer proposition och finner att det endast föreligger ett förslag vilket blir "
        "Socialnämnden beslut."
    )


def test_pitea_huvudet(pitea):
    _, p, s, _ = pitea
    assert p["justering"] == {
        "datum": "2025-03-28",
        "tid": "10:00",
        "plats": "Digital justering",
        "ordförande": "Britta Lysholm",
        "justerare": ["Stefan Sävenstedt"],
    }
    assert p["sekreterare"] == "Celina Bergvall"
    assert p["förvaringsplats"] == "Socialtjänsten"
    assert s == {"tid": "08:30", "sluttid": "17:00", "plats": "Vargön"}
    assert p["närvaro"]["övriga"][0] == {"namn": "Klara Wallin", "titel": "IT-strateg", "paragrafer": "48-49"}


def test_pitea_tillkannagivande_och_lagen(pitea):
    r, p, _, mapp = pitea
    # Publiceras stays; the too early avpublicering is kept only as a comment.
    assert p["tillkännagivande"] == {"publiceras": "2025-03-28"}
    text = (mapp / "protokoll.yml").read_text(encoding="utf-8")
    assert re.search(r"^  # avpubliceras: 2025-04-21  # FEL enligt lagen", text, re.M)
    (lag,) = r.lagen
    assert lag.falt == "tillkännagivande.avpubliceras" and lag.fel
    assert "2025-04-21" in lag.meddelande and "2025-04-22" in lag.meddelande and "2025-04-23" in lag.meddelande
    assert lag.rader == [38]
    assert "tillkännagivande.avpubliceras: fel: tillkännagivandet tas ner 2025-04-21" in r.rapport


def test_pitea_avstavningar_och_radbrytningar(pitea):
    _, p, _, _ = pitea
    per_nr = {x["nr"]: x for x in p["paragrafer"]}

    def text(nr: int, falt: str) -> str:
        return " ".join(str(per_nr[nr][falt]).split())

    assert per_nr[52]["rubrik"] == "Information om ansökan statsbidrag för personligt ombud 2025"
    assert "analys av avvikelser inom hälso- och sjukvården redovisas i Patientsäkerhetsberättelsen." in text(50, "ärendebeskrivning")
    assert "förvaltningens IT-strateg." in text(50, "ärendebeskrivning")
    assert "för perioden 2025-02-01 till 2025-02-28." in text(56, "beslut")
    assert "Ansökan görs i e-tjänsten som tidigare" in text(51, "ärendebeskrivning")
    assert "- Beslut om Plan för redovisning av nämnders och PIKABs verksamhet,(dnr 25SN5-19)" in text(55, "ärendebeskrivning")
    # A paragraph break after a full stop stays, a line break inside a sentence goes.
    assert per_nr[46]["beslut"].startswith("Socialnämnden beslutar godkänna budgetuppföljningen per februari.\n\nSocialnämnden uppmanar")
    assert per_nr[46]["beslutsunderlag"] == ["Månadsuppföljning SOC februari 2025", "Analys SOC februari 2025"]
    # A § that runs over a page break (§ 52: Yrkanden, then page header, then Propositionsordning).
    assert "yrkanden" in per_nr[52] and "propositionsordning" in per_nr[52]
    assert per_nr[52]["beslutsunderlag"] == ["Ansökan", "Redovisning Personligt Ombud Piteå kommun 2024"]


def test_pitea_varje_rad_redovisas(pitea):
    r, _, _, _ = pitea
    kontrollera_konto(r)
    siffror = rakna(r.konto)
    assert siffror.totalt == 568
    assert r.konto.antal(Ode.OPLACERAD) == 0
    assert r.konto.antal(Ode.UTANFOR) == 0
    # The repeated page header "Socialnämnden / Datum 2025-03-26" and the page numbers.
    sidhuvuden = {r.konto.rader[nr].ren for nr, (o, _) in r.konto.ode.items() if o == Ode.SIDHUVUD}
    assert sidhuvuden == {"1 (20)", "Sammanträdesprotokoll 2 (20)", "Socialnämnden", "Datum 2025-03-26"}
    assert f"Raderna i {r.utkast.konto.rader and 'pitea-socialnamnden-protokoll-2025-03-26-1-568.txt'} (568):" in r.rapport
    for forsta, sista, ode, _ in r.konto.grupper(Ode.UTELAMNAD):
        assert f"rad {forsta}" in r.rapport


def test_pitea_filen_ar_exakt_datan(pitea):
    r, _, _, mapp = pitea
    kontrollera_yaml(r, mapp / "protokoll.yml", r.utkast.protokoll)
    kontrollera_yaml(r, mapp / "sammantrade.yml", r.utkast.sammantrade)
    text = (mapp / "protokoll.yml").read_text(encoding="utf-8")
    assert text.startswith("# Utkast till protokoll för Socialnämnden 2025-03-26")
    assert "Sävenstedt" in text and "\\u" not in text  # Swedish letters as they are


def test_pitea_hela_filen_med_bilagor(projekt):
    r = importera(korpus(PITEA), projekt)
    p = las(projekt / "content/socialnamnden/2025-03-26/protokoll.yml")
    assert [x["nr"] for x in p["paragrafer"]] == [*range(43, 54), *range(55, 60)]
    kontrollera_konto(r)
    assert r.konto.antal(Ode.OPLACERAD) == 0
    # The bilagor and the Kommunstyrelsen extracts after the protokoll.
    (utanfor,) = [g for g in r.konto.grupper(Ode.UTANFOR)]
    assert utanfor[0] == 580 and utanfor[1] >= 7900
    assert "rad 580–" in r.rapport and "utanför dokumentet, importerades inte" in r.rapport
    # The bilaga index after § 59 ("Strategisk plan - dialog / §45") is no new § 45.
    assert p["paragrafer"][-1]["propositionsordning"].rstrip().endswith("Socialnämnden beslut.")


# --- Härnösand: two kallelser ----------------------------------------------------------------

HALLTIDER_2024 = [
    {"start": "08:15", "slut": "08:30", "rubrik": "Budgetuppföljning 2024", "föredragande": "Mats Collin, Controllers, verksamhetschefer och HR-partner"},
    {"start": "08:30", "slut": "08:45", "rubrik": "Redovisning av åtgärder gällande personalkostnader", "föredragande": "Mats Collin, Controllers, verksamhetschefer och HR-partner"},
    {"start": "08:45", "slut": "09:05", "rubrik": "Revidering av Verksamhetsplan 2024", "föredragande": "Mats Collin"},
    {"start": "09:05", "slut": "09:35", "rubrik": "Patientsäkerhetsberättelse 2023", "föredragande": "Anders Engelholm och Jens Hallner"},
    {"start": "09:35", "slut": "09:55", "rubrik": "Fika", "paus": True},
    {"start": "09:55", "slut": "10:25", "rubrik": "Kvalitetsberättelse 2023", "föredragande": "Pär Hägglund"},
    {"start": "10:25", "slut": "10:40", "rubrik": "Beredskapsplanering för Socialtjänsten", "föredragande": "Mats Collin"},
    {"start": "10:40", "slut": "11:00", "rubrik": "Information om socialjour i länet", "föredragande": "Mats Collin"},
    {"start": "11:00", "slut": "11:15", "rubrik": "Remissvar - Motion - Skälig habiliteringsersättning", "föredragande": "Mats Collin"},
    {"start": "11:15", "slut": "11:30", "rubrik": "Remissvar - Motion - Inför Söderhamnsmodellen", "föredragande": "Mats Collin"},
    {"start": "11:30", "slut": "11:45", "rubrik": "Remissvar - Vidareanvändning av hälsodata för vård och klinisk forskning", "föredragande": "Mats Collin"},
    {"start": "11:45", "slut": "12:00", "rubrik": "Utkast till lagrådsremiss Förbättrade levnadsvillkor för utlänningar med tillfälligt skydd", "föredragande": "Mats Collin"},
    {"start": "13:15", "slut": "13:25", "rubrik": "Information från förvaltningen"},
    {"start": "13:25", "slut": "13:35", "rubrik": "Information från ordförande"},
    {"start": "13:35", "slut": "13:45", "rubrik": "Ärendegenomgång"},
    {"start": "13:45", "rubrik": "Beslutsmöte"},
    {"start": "14:15", "rubrik": "Fika", "paus": True},
]

LISTA_2024 = [
    "Val av justerare",
    "Godkännande av dagordning",
    "Informationsärenden 2024",
    "Budgetuppföljning 2024",
    "Revidering av Verksamhetsplan 2024",
    "Riktade statsbidrag gällande habiliteringsersättning 2024",
    "Verksamhetsbesök inom socialnämndens verksamhetsområden 2024",
    "Kvalitetsberättelse 2023",
    "Patientsäkerhetsberättelse 2023",
    "Remissvar - Motion - Skälig habiliteringsersättning",
    "Remissvar - Motion - Inför Söderhamnsmodellen",
    "Remissvar - Vidareanvändning av hälsodata för vård och klinisk forskning (SOU 2023:76)",
    "Anmälan av ordförandebeslut 2024",
    "Anmälan av delegationsbeslut 2024",
    "Skrivelser, meddelanden och beslut",
    "Eventuellt tillkommande ärende",
]

HALLTIDER_2025 = [
    {"start": "08:45", "slut": "09:00", "rubrik": "Budgetuppföljning", "föredragande": "Ingrid Nilsson och controller"},
    {"start": "09:00", "slut": "09:45", "rubrik": "Verksamhetsplan 2026", "föredragande": "Förvaltningsledningen och controller"},
    {"start": "09:45", "slut": "10:00", "rubrik": "Paus", "paus": True},
    {"start": "10:00", "slut": "10:20", "rubrik": "Kvalitetssäkring inom hemtjänsten", "föredragande": "Elisabeth Sjölander"},
    {"start": "10:20", "slut": "10:50", "rubrik": "Information från förvaltningen"},
    {"start": "10:50", "slut": "11:10", "rubrik": "Information från ordförande"},
    {"start": "11:10", "slut": "11:25", "rubrik": "Ärendegenomgång"},
    {"start": "11:25", "rubrik": "Beslutsmöte"},
]

LISTA_2025 = [
    "Val av justerare",
    "Fastställande av dagordning",
    "Informationsärenden 2025",
    "Budgetuppföljning 2025",
    "Verksamhetsplan 2026",
    "Ej verkställda gynnande beslut tredje kvartalet 2025",
    "Delegationsordning Socialnämnden 2025",
    "Organisationsbidrag BRIS 2025",
    "Avtalssamverkan - handläggning av ärende inom socialtjänstlagen åt annan kommun inom Västernorrland",
    "Anmälan av delegationsbeslut 2025",
    "Ärenden för kännedom",
    "Eventuellt tillkommande ärende",
]


def test_harnosand_2024_kallelse(projekt):
    r = importera(korpus(HARNOSAND_2024), projekt)
    s = las(projekt / "content/socialnamnden/2024-03-27/sammantrade.yml")
    assert s["tid"] == "08:15"
    assert s["plats"] == "Sessionssalen, Nämndhuset"
    k = s["kallelse"]
    assert k["hålltider"] == HALLTIDER_2024
    assert k["föredragningslista"] == [{"nr": i, "rubrik": t} for i, t in enumerate(LISTA_2024, 1)]
    assert k["ordförande"] == "Krister Mc Carthy"
    # The kallelse has no date of its own: a gap the report names.
    assert k["utfärdad"] is None
    assert "kallelse.utfärdad:" in r.rapport
    kontrollera_konto(r)
    assert r.konto.antal(Ode.OPLACERAD) == 0
    (utanfor,) = r.konto.grupper(Ode.UTANFOR)
    assert utanfor[0] == 87
    kontrollera_yaml(r, projekt / "content/socialnamnden/2024-03-27/sammantrade.yml", r.utkast.sammantrade)


def test_harnosand_2025_kallelse(projekt):
    r = importera(korpus(HARNOSAND_2025), projekt)
    s = las(projekt / "content/socialnamnden/2025-11-27/sammantrade.yml")
    assert (s["tid"], s["plats"]) == ("08:45", "Sessionssalen, Nämndhuset")
    k = s["kallelse"]
    assert k["utfärdad"] == "2025-11-19"
    assert k["hålltider"] == HALLTIDER_2025
    assert k["föredragningslista"] == [{"nr": i, "rubrik": t} for i, t in enumerate(LISTA_2025, 1)]
    assert k["ordförande"] == "Krister Mc Carthy"
    kontrollera_konto(r)
    assert r.konto.antal(Ode.OPLACERAD) == 0
    # The letterhead (KALLELSE, Sida 1(1)) and the footer (Postadress … Bankgiro 5576-5218).
    sidhuvuden = {r.konto.rader[nr].ren for nr, (o, _) in r.konto.ode.items() if o == Ode.SIDHUVUD}
    assert {"KALLELSE", "1(1)", "Postadress", "Bankgiro" if "Bankgiro" in sidhuvuden else "Fax Bankgiro", "5576-5218"} <= sidhuvuden
    (utanfor,) = r.konto.grupper(Ode.UTANFOR)
    assert utanfor[0] == 88


# --- Umeå: arbetsutskottets utdrag among tjänsteskrivelser ------------------------------------

UMEA_PARAGRAFER = {
    16: ("Dataskyddsberättelse individ- och familjenämnden 2025", "IFN-2025/00022"),
    17: ("Patientsäkerhetsberättelse individ- och familjenämnden 2025", "IFN-2025/00025"),
    18: ("Kvalitetsberättelse individ- och familjenämnden 2025", "IFN-2025/00023"),
    19: ("Tilläggsuppdrag 2023:1 - Genomlysning av nämndens verksamhet för att säkra den mot välfärdskriminalitet", "IFN-2024/00213"),
    20: ("Uppföljande granskning - Hantering av skyddade personuppgifter i Umeå kommun", "IFN-2025/00246"),
    21: ("Samverkansöverenskommelse individ- och familjenämnden och Hjälteföreningen 2026", "IFN-2025/00356"),
}


def test_umea_utdragen_paragraf_16_till_21(projekt):
    r = importera(korpus(UMEA), projekt)
    assert r.organ.slug == "ifn-au" and r.datum == dt.date(2026, 2, 4)
    p = las(projekt / "content/ifn-au/2026-02-04/protokoll.yml")
    assert {x["nr"]: (x["rubrik"], x["dnr"]) for x in p["paragrafer"]} == UMEA_PARAGRAFER
    per_nr = {x["nr"]: x for x in p["paragrafer"]}
    assert per_nr[19]["beslut"] == "Individ- och familjenämndens arbetsutskott beslutar att låta ärendet gå utan eget yttrande."
    assert per_nr[21]["yrkanden"] == [
        {"namn": n, "parti": parti, "text": "Bifall till tjänsteskrivelsens förslag till beslut."}
        for n, parti in (("Andreas Lundgren", "S"), ("Igor Hell", "M"), ("Andreas Sellstedt", "V"))
    ]
    assert per_nr[17]["skickas_till"] == [
        "Petra Sehlstedt, MAS",
        "Erica Bålfors Birgersson, enhetschef för enheten för systematiskt kvalitetsarbete",
    ]
    # The utdrag have no justering: the gaps are named, and a filled draft validates (below).
    for falt in ("justering.datum", "justering.ordförande", "justering.justerare", "sekreterare"):
        assert f"  - {falt}: fanns inte i texten" in r.rapport
    kontrollera_konto(r)
    assert r.konto.antal(Ode.OPLACERAD) == 0
    # Jämställdhetsutskottet's § 5 (another organ, 2026-01-22) is reported, not imported.
    assert "ett annat protokoll eller utdrag med § 5)" in r.rapport
    kontrollera_yaml(r, projekt / "content/ifn-au/2026-02-04/protokoll.yml", r.utkast.protokoll)


def test_ange_protokollsutdrag_med_narvaro_och_anslagsdatum(projekt, tmp_path):
    """Ånge kommunstyrelse's protokoll in the Härnösand file: labels of another system."""
    r = importera(rader(HARNOSAND_2025, 7297, 7395, tmp_path), projekt)
    assert (r.organ.slug, r.datum) == ("ks", dt.date(2025, 6, 24))
    p = las(projekt / "content/ks/2025-06-24/protokoll.yml")
    assert p["justering"] == {
        "datum": "2025-07-02", "tid": "10:00", "plats": "Digital signering",
        "ordförande": "Nils-Erik Flemström", "justerare": ["Lina Lindman"],
    }
    assert p["sekreterare"] == "Elin Österlund Nyström"
    assert p["förvaringsplats"] == "Digitalt"
    assert p["tillkännagivande"] == {"publiceras": "2025-07-03"}  # "nedtagande 2025-07-24" is the last appeal day
    assert [n.falt for n in r.lagen] == ["tillkännagivande.avpubliceras"]
    n = p["närvaro"]
    assert len(n["beslutande"]) == 11 and len(n["ersättare"]) == 6
    assert n["beslutande"][0] == {"namn": "Nils-Erik Flemström", "parti": "M", "roll": "vice ordförande"}
    assert {"namn": "Lina Lindman", "parti": "VF", "ersätter": "Linda Mattsson"} in n["beslutande"]
    assert n["övriga"] == [
        {"namn": "Catharina Norberg", "titel": "Stf. kommunchef"},
        {"namn": "Elin Österlund Nyström", "titel": "Sekreterare"},
    ]
    (x,) = p["paragrafer"]
    assert x["nr"] == 131 and x["dnr"] == "KS 25/226"
    assert x["rubrik"] == "Avtalssamverkan – handläggning av ärende inom socialtjänstlagen åt annan kommun inom Västernorrland"
    assert len(x["beslutsunderlag"]) == 4
    kontrollera_konto(r)
    assert r.konto.antal(Ode.OPLACERAD) == 0
    assert r.rapport.startswith("Importerade ett protokoll för Kommunstyrelsen 2025-06-24: 1 paragraf.")


def test_kommunstyrelsens_utdrag_med_jav_och_reservation(projekt, tmp_path):
    """The two Kommunstyrelsen extracts at the end of the Piteå file: two pages each,
    with the page header repeated in the middle of a sentence."""
    r = importera(rader(PITEA, 7692, 7747, tmp_path), projekt)
    (x,) = las(projekt / "content/ks/2024-03-04/protokoll.yml")["paragrafer"]
    assert (x["nr"], x["dnr"]) == (27, "24KS210")
    assert x["jäv"] == [{"namn": "Anton Li Nilsson", "parti": "C"}]
    assert "yrkanden" not in x
    assert x["beslutsunderlag"] == ["§15 KSAPU Särskilt beslut om årsarvodering"]
    kontrollera_konto(r)
    r = importera(rader(PITEA, 7748, 7812, tmp_path), projekt)
    (x,) = las(projekt / "content/ks/2025-03-03/protokoll.yml")["paragrafer"]
    assert (x["nr"], x["rubrik"], x["dnr"]) == (43, "Särskilt beslut om årsarvodering", "24KS824")
    assert x["reservationer"] == [
        {"namn": "Håkan Johansson", "parti": "M"},
        {"namn": "Karl-Erik Jonsson", "parti": "M"},
        {"namn": "Magnus Häggblad", "parti": "SD"},
    ]
    assert [(y["namn"], y["text"].split()[0]) for y in x["yrkanden"]] == [
        ("Håkan Johansson", "Avslag"), ("Karl-Erik Jonsson", "Avslag"), ("Magnus Häggblad", "Avslag"),
        ("Anton Li Nilsson", "Bifall"),
    ]
    # The repeated page header inside a sentence is gone; the sentence is whole.
    assert "ledamot i Kommunstyrelsens arbets- och personalutskott uppgår till 48 procent" in " ".join(x["ärendebeskrivning"].split())
    kontrollera_konto(r)
    assert r.konto.antal(Ode.OPLACERAD) == 0
    assert {r.konto.rader[nr].ren for nr, (o, _) in r.konto.ode.items() if o == Ode.SIDHUVUD} == {
        "Protokollsutdrag", "Kommunstyrelsen", "Datum 2025-03-03",
    }


# --- Filled gaps validate -----------------------------------------------------------------------

IFYLLNING = {
    "datum": "2026-02-06",
    "plats": "Digital justering",
    "ordförande": "Anna Andersson",
    "justerare": "[Per Persson]",
    "sekreterare": "Eva Ek",
    "tid": '"09:00"',
    "utfärdad": "2024-03-20",
}


def fyll_i(fil: Path) -> int:
    """Do what the report asks: give every FYLL I a value."""
    antal = 0

    def ersatt(m: re.Match) -> str:
        nonlocal antal
        antal += 1
        return f"{m[1]}{m[2]}: {IFYLLNING[m[2]]}"

    text = re.sub(r"^(\s*)([\wåäö]+):  # FYLL I: .*$", ersatt, fil.read_text(encoding="utf-8"), flags=re.M)
    fil.write_text(text, encoding="utf-8")
    return antal


def test_utkasten_validerar_nar_luckorna_ar_ifyllda(projekt, tmp_path):
    importera(rader(PITEA, 1, 568, tmp_path), projekt)
    importera(korpus(HARNOSAND_2024), projekt)
    importera(korpus(HARNOSAND_2025), projekt)
    importera(korpus(UMEA), projekt)
    fore = kor("validera", "--datum", "2026-11-23", cwd=projekt)
    assert fore.returncode == 1
    assert "är tomt; fyll i ett värde" in fore.stderr
    ifyllda = sum(fyll_i(f) for f in (projekt / "content").rglob("*.yml"))
    assert ifyllda == 1 + 2 + 5  # utfärdad 2024; tid and plats of the AU; its justering and sekreterare
    efter = kor("validera", "--datum", "2026-11-23", cwd=projekt)
    assert efter.returncode == 0, efter.stderr
    assert "4 sammanträden" in efter.stdout
    # Umeå's protokollsutdrag carries no närvaro and Piteå's lies on a page the draft does not read, so the
    # validator asks for those who speak in a § (issue 18); no other warning.
    varningar = [r for r in efter.stderr.splitlines() if "varning" in r]
    assert varningar and all("finns inte bland beslutande eller ersättare i närvaron" in r for r in varningar), efter.stderr
    assert any(r.startswith("content/ifn-au/2026-02-04/protokoll.yml") for r in varningar)


# --- Rules the corpus shows, on small texts ---------------------------------------------------

LITET_PROTOKOLL = """\
Sammanträdesprotokoll Socialnämnden
Sammanträdesdatum 2025-05-14
Plats och tid Nämndrummet kl. 13:00
Sekreterare Eva-Clara Lind
Justeringens plats och tid Socialkontoret 2025-05-16 kl. 09:00
Paragrafer §§ 7-9
Ordförande Anna Ek
Justerare Per Holm (M) och Eva-
Clara Lind
Beslutande Anna Ek (S) (ordförande)
Per Holm (M)
Övriga närvarande Lisa Berg (IT-
strateg)

§ 7 Upphandling av IT-system för hälso-
och sjukvården
Dnr SN 2025/12

Beslut
Nämnden godkänner upphandlingen enligt 20 kap. 1 § LOU och ger förvaltningen i uppdrag att teckna avtal
med leverantören för IT-
system och stöd. Ansökan från 19121212-1212 är bilagd.

§ 3 i förfrågningsunderlaget gäller.

Reservation
Kalle Ström (SD) och Maja Nord (V) reserverar sig mot beslutet.

Jäv
Olle Sand (C) anmäler jäv och deltar inte i handläggningen.

§ 8 Borttagen på grund av sekretess
Dnr SN 2025/20
Individen har behov av stöd.

§ 9 Delegationsbeslut
Paragrafen förklaras omedelbart justerad.
Beslut
Nämnden har tagit del av delegationsbesluten.
Beslutet skickas till
Kommunstyrelsen
Revisionen
"""


@pytest.fixture
def litet(projekt, tmp_path):
    kalla = tmp_path / "litet.txt"
    kalla.write_text(LITET_PROTOKOLL, encoding="utf-8")
    r = importera(kalla, projekt)
    return r, las(projekt / "content/socialnamnden/2025-05-14/protokoll.yml"), projekt


def test_paragraftecken_i_lopande_text_ar_ingen_ny_paragraf(litet):
    _, p, _ = litet
    assert [x["nr"] for x in p["paragrafer"]] == [7, 8, 9]
    sju = p["paragrafer"][0]
    beslut = " ".join(sju["beslut"].split())
    assert "enligt 20 kap. 1 § LOU" in beslut
    assert "§ 3 i förfrågningsunderlaget gäller." in beslut


def test_avstavning_behaller_bindestreck_dar_det_hor_hemma(litet):
    _, p, _ = litet
    sju = p["paragrafer"][0]
    assert sju["rubrik"] == "Upphandling av IT-system för hälso- och sjukvården"
    assert "för IT-system och stöd" in " ".join(sju["beslut"].split())
    assert p["justering"]["justerare"] == ["Per Holm", "Eva-Clara Lind"]
    assert p["sekreterare"] == "Eva-Clara Lind"
    assert p["närvaro"]["övriga"] == [{"namn": "Lisa Berg", "titel": "IT-strateg"}]
    assert p["närvaro"]["beslutande"] == [
        {"namn": "Anna Ek", "parti": "S", "roll": "ordförande"},
        {"namn": "Per Holm", "parti": "M"},
    ]


def test_reservation_jav_och_omedelbar_justering(litet):
    _, p, _ = litet
    sju, atta, nio = p["paragrafer"]
    assert sju["dnr"] == "SN 2025/12"
    assert sju["reservationer"] == [{"namn": "Kalle Ström", "parti": "SD"}, {"namn": "Maja Nord", "parti": "V"}]
    assert sju["jäv"] == [{"namn": "Olle Sand", "parti": "C"}]
    assert nio["omedelbart_justerad"] is True
    assert nio["skickas_till"] == ["Kommunstyrelsen", "Revisionen"]


def test_sekretessparagrafens_innehall_kommer_aldrig_med(litet):
    r, p, projekt = litet
    assert p["paragrafer"][1] == {"nr": 8, "sekretess": True, "dnr": "SN 2025/20"}
    text = (projekt / "content/socialnamnden/2025-05-14/protokoll.yml").read_text(encoding="utf-8")
    assert "Individen" not in text
    assert "Individen" not in r.rapport
    assert any(o == Ode.SEKRETESS for o, _ in r.konto.ode.values())


def test_personnummer_maskeras_och_rapporteras(litet):
    r, p, projekt = litet
    text = (projekt / "content/socialnamnden/2025-05-14/protokoll.yml").read_text(encoding="utf-8")
    assert "19121212-1212" not in text
    assert "19xxxxxx-xx12" in text
    assert "19121212-1212" not in r.rapport
    assert personnummer.hitta(text) == []
    assert "19xxxxxx-xx12 maskerades i utkastet" in r.rapport
    assert r.personnummer == [(22, "19xxxxxx-xx12")]


def test_bada_datumen_i_tillkannagivandet_underkanns(projekt, tmp_path):
    kalla = tmp_path / "sent.txt"
    kalla.write_text(
        LITET_PROTOKOLL.replace("Paragrafer §§ 7-9\n", "Paragrafer §§ 7-9\nPubliceras 2025-05-21\nAvpubliceras 2025-05-22\n"),
        encoding="utf-8",
    )
    r = importera(kalla, projekt)
    assert [(n.falt, n.fel) for n in r.lagen] == [
        ("tillkännagivande.publiceras", True), ("tillkännagivande.avpubliceras", True),
    ]
    fil = projekt / "content/socialnamnden/2025-05-14/protokoll.yml"
    text = fil.read_text(encoding="utf-8")
    assert "# tillkännagivande:\n  # publiceras: 2025-05-21  # FEL enligt lagen" in text
    assert "tillkännagivande" not in las(fil)
    v = kor("validera", "--datum", "2025-06-01", cwd=projekt)
    assert v.returncode == 0, v.stderr


def test_hantering_av_rader_som_inte_kan_placeras(projekt, tmp_path):
    kalla = tmp_path / "rest.txt"
    kalla.write_text(LITET_PROTOKOLL.replace("Ordförande Anna Ek\n", "Ordförande Anna Ek\nHär står något okänt 19121212-1212\n"), encoding="utf-8")
    r = importera(kalla, projekt)
    (grupp,) = r.konto.grupper(Ode.OPLACERAD)
    assert grupp[0] == grupp[1] == 8
    assert 'rad 8: kunde inte placeras: "Här står något okänt 19xxxxxx-xx12"' in r.rapport
    assert "källan innehåller personnummer också utanför utkastet (rad 8)" in r.rapport


KALLELSE_MED_MEDDELANDE = """\
Socialnämnden kallas till sammanträde tisdagen den 3 februari 2026 kl. 13.00 i Forsrummet.

Föredragningslista
1. Val av justerare
2. Budgetuppföljning 2025 och
förslag till
åtgärder
3. Anmälan av delegationsbeslut (dnr SOC/2026-000004)

Förhinder anmäls till nämndsekreteraren
senast dagen före.
 TJÄNSTESKRIVELSE
Budgetuppföljning 2025
Förvaltningen föreslår nämnden att godkänna uppföljningen.
"""


def test_kallelse_med_meddelande_och_utan_underskrift(projekt, tmp_path):
    kalla = tmp_path / "kallelse.txt"
    kalla.write_text(KALLELSE_MED_MEDDELANDE, encoding="utf-8")
    r = importera(kalla, projekt)
    s = las(projekt / "content/socialnamnden/2026-02-03/sammantrade.yml")
    assert (s["tid"], s["plats"]) == ("13:00", "Forsrummet")
    k = s["kallelse"]
    assert k["föredragningslista"] == [
        {"nr": 1, "rubrik": "Val av justerare"},
        {"nr": 2, "rubrik": "Budgetuppföljning 2025 och förslag till åtgärder"},
        {"nr": 3, "rubrik": "Anmälan av delegationsbeslut", "dnr": "SOC/2026-000004"},
    ]
    assert k["meddelande"] == "Förhinder anmäls till nämndsekreteraren senast dagen före."
    assert "hålltider" not in k
    # The tjänsteskrivelse on the next page is no part of the kallelse.
    (utanfor,) = r.konto.grupper(Ode.UTANFOR)
    assert utanfor[:2] == (12, 14)
    kontrollera_konto(r)


# --- The command ---------------------------------------------------------------------------------


def test_kommandot_skriver_rapporten_och_skriver_inte_over(projekt, tmp_path):
    kalla = rader(HARNOSAND_2025, 1, 87, tmp_path)
    r = kor("importera", str(kalla), cwd=projekt)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Importerade en kallelse för Socialnämnden 2025-11-27: 8 hålltider och 12 ärenden.")
    assert "Skrev content/socialnamnden/2025-11-27/sammantrade.yml" in r.stdout
    igen = kor("importera", str(kalla), cwd=projekt)
    assert igen.returncode == 1
    assert "finns redan och skrevs inte över; lägg till --skriv-over" in igen.stderr
    over = kor("importera", str(kalla), "--skriv-over", cwd=projekt)
    assert over.returncode == 0, over.stderr


def test_kommandot_felaktig_anvandning(projekt, tmp_path):
    saknas = kor("importera", str(tmp_path / "finns-inte.pdf"), cwd=projekt)
    assert saknas.returncode == 2 and "finns inte" in saknas.stderr
    okant = kor("importera", str(korpus(HARNOSAND_2025)), "--organ", "gatunamnden", cwd=projekt)
    assert okant.returncode == 2 and "organet 'gatunamnden' finns inte" in okant.stderr
    tom = tmp_path / "tom.txt"
    tom.write_text("Hej\n", encoding="utf-8")
    okand_typ = kor("importera", str(tom), cwd=projekt)
    assert okand_typ.returncode == 1 and "--typ" in okand_typ.stderr


def test_organ_som_inte_finns_ger_rad_om_organ(projekt, tmp_path):
    kalla = tmp_path / "annan.txt"
    kalla.write_text(LITET_PROTOKOLL.replace("Socialnämnden", "Gatunämnden"), encoding="utf-8")
    with pytest.raises(ImportFel) as e:
        importera(kalla, projekt)
    assert e.value.slutkod == 2
    assert "'Gatunämnden'" in e.value.meddelande and "--organ" in e.value.meddelande
    r = importera(kalla, projekt, organ="socialnamnden")
    assert r.mapp == projekt / "content/socialnamnden/2025-05-14"
