"""A synthetic twenty-year archive of a large kommun, for the benchmark.

    python bench/generate.py UTMAPP [--faktor 1.0] [--fro 20261123] [--organ SLUG] [--ar ÅÅÅÅ]

At full size (`--faktor 1`) twelve organ meet eleven times a year (not in July)
for twenty years, 2007-2026: 2,640 sammanträden with about 19 §§ each (about
50,000 §§), 5 % of them under sekretess, 300 styrdokument, 200 anslag and a
few hundred small PDF handlingar. A smaller factor keeps the newest sammanträden
(a quarter is the last five years), and styrdokument, anslag and PDFs in
proportion. `--organ` and `--ar` keep only one organ or one year.

Everything is fictional and deterministic: each sammanträde is drawn from a
random generator seeded with the seed, its organ, year and month, so a half-size
archive is the newer half of the full one, and two runs write the same bytes.

Texts have the lengths measured in real protokoll and kallelser
(bench/korpus.json, written by bench/korpus.py from ../shared/corpus/), and
their words are drawn with the frequencies of the corpus' lower-case words
(no names, no digits). Dnr have the form "SN-2019/00123"; amounts and dates are
the only other digits, so nothing can look like a personnummer. The content
passes `namndsajt validera` with neither errors nor warnings as of BYGGDATUM.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import itertools
import json
import random
import shutil
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import zlib

import yaml

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))

from generator.innehall.identitet import en_bokstav_ifran  # noqa: E402
from generator.regler import lagrum  # noqa: E402

BYGGDATUM = dt.date(2026, 11, 23)
FORSTA_AR, SISTA_AR = 2007, 2026
MANADER = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]
STYRDOKUMENT_FULL = 300
ANSLAG_FULL = 200
PDF_ANDEL = 0.005  # of §§ with a PDF handling: about 300 at full size
SEKRETESS_ANDEL = 0.05
FRO = 20261123


@dataclass(frozen=True)
class Organ:
    slug: str
    namn: str
    typ: str
    tillhor: str | None
    prefix: str  # the diarium: organ that share one share their dnr series
    plats: int  # which block of the diarium's numbers this organ uses
    vecka: int  # the week of the month it meets (1-4)
    veckodag: int  # 0 = Monday
    ledamoter: int
    paragrafer: tuple[int, int]  # how many §§ a sammanträde has, min and max, before the ärenden sent to it


ORGAN = [
    Organ("kommunfullmaktige", "Kommunfullmäktige", "fullmäktige", None, "KS", 2, 4, 0, 41, (14, 22)),
    Organ("kommunstyrelsen", "Kommunstyrelsen", "styrelse", None, "KS", 1, 3, 1, 13, (8, 14)),
    Organ("kommunstyrelsens-arbetsutskott", "Kommunstyrelsens arbetsutskott", "utskott", "kommunstyrelsen",
          "KS", 0, 2, 1, 5, (14, 22)),
    Organ("socialnamnden", "Socialnämnden", "nämnd", None, "SN", 1, 2, 2, 11, (8, 16)),
    Organ("socialnamndens-arbetsutskott", "Socialnämndens arbetsutskott", "utskott", "socialnamnden",
          "SN", 0, 1, 2, 5, (14, 24)),
    Organ("barn-och-utbildningsnamnden", "Barn- och utbildningsnämnden", "nämnd", None, "BUN", 1, 2, 3, 11, (8, 16)),
    Organ("barn-och-utbildningsnamndens-arbetsutskott", "Barn- och utbildningsnämndens arbetsutskott", "utskott",
          "barn-och-utbildningsnamnden", "BUN", 0, 1, 3, 5, (14, 22)),
    Organ("gymnasie-och-vuxenutbildningsnamnden", "Gymnasie- och vuxenutbildningsnämnden", "nämnd", None,
          "GVN", 0, 2, 4, 9, (14, 22)),
    Organ("kultur-och-fritidsnamnden", "Kultur- och fritidsnämnden", "nämnd", None, "KFN", 0, 2, 1, 9, (14, 22)),
    Organ("miljo-och-byggnadsnamnden", "Miljö- och byggnadsnämnden", "nämnd", None, "MBN", 0, 3, 3, 9, (16, 26)),
    Organ("tekniska-namnden", "Tekniska nämnden", "nämnd", None, "TN", 0, 1, 4, 9, (14, 24)),
    Organ("overformyndarnamnden", "Överförmyndarnämnden", "nämnd", None, "OFN", 0, 3, 0, 7, (14, 22)),
]
# Beyond factor 1 (a city's archive, such as Stockholm's with its stadsdelsnämnder), the archive has
# more nämnder over the same twenty years: twelve more for each step of the factor, each with a
# diarium of its own. Below factor 1 they do not exist, so smaller archives stay as they were.
OMRADEN = ["Norra", "Södra", "Östra", "Västra", "Centrala", "Älvsidan", "Hamnen", "Skogsbacken", "Ängsvik",
           "Bergslagen", "Strandvik", "Dalby", "Kvarnbo", "Lindhagen", "Tallmo", "Åsen", "Sjöbo", "Ekbacken",
           "Björkhult", "Granlid", "Mossen", "Rödmyra", "Vallby", "Örnäs", "Forsheden", "Hagalund", "Kyrkbyn",
           "Lövudden", "Nyby", "Rosendal", "Stenhagen", "Torpa", "Ullvi", "Viken", "Ytterby", "Ådalen"]


def _slug(text: str) -> str:
    return text.lower().translate(str.maketrans("åäöé", "aaoe")).replace(" ", "-")


STADSDELAR = [
    Organ(f"stadsdelsnamnden-{_slug(o)}", f"Stadsdelsnämnden {o}", "nämnd", None, f"SD{i + 1}", 0, i % 4 + 1, i % 5,
          11, (10, 18))
    for i, o in enumerate(OMRADEN)
]
ORGAN_SLUG = {o.slug: o for o in ORGAN + STADSDELAR}
# Where an organ's ärenden go next: an arbetsutskott prepares for its nämnd or
# styrelse, the nämnder send some ärenden to kommunstyrelsen, and it to fullmäktige.
NASTA = {o.slug: o.tillhor for o in ORGAN if o.tillhor}
NASTA.update({o.slug: "kommunstyrelsen" for o in ORGAN if o.typ == "nämnd"})
NASTA["kommunstyrelsen"] = "kommunfullmaktige"
VIDARE_ANDEL = {"utskott": 0.6, "nämnd": 0.08, "styrelse": 0.35}

FORNAMN = ["Anna", "Erik", "Maria", "Lars", "Karin", "Anders", "Eva", "Johan", "Sara", "Per", "Lena", "Mikael",
           "Kerstin", "Peter", "Ingrid", "Jonas", "Helena", "Fredrik", "Marie", "Stefan", "Linnea", "Oskar",
           "Elin", "Gustav", "Hanna", "Magnus", "Sofia", "Tobias", "Maja", "Henrik", "Ida", "Mattias", "Emma",
           "Daniel", "Annika", "Niklas", "Camilla", "Ola", "Therese", "Patrik", "Siv", "Göran", "Agneta", "Roger"]
EFTERNAMN = ["Brännvik", "Ekerlid", "Rönnqvist", "Mellin", "Wennberg", "Strandlund", "Fläckman", "Hammarlund",
             "Sandvret", "Torsgård", "Tegnér", "Tjärnberg", "Sundelin", "Hedestam", "Rydberg", "Falkeborn",
             "Degerman", "Kvarnström", "Sjöstrand", "Älvmark", "Forsberg", "Lindqvist", "Norrby", "Åkerlund",
             "Granvik", "Hällström", "Bergfors", "Stenmyr", "Ljungdal", "Myrberg", "Tallroth", "Vikström",
             "Ödmark", "Backlund", "Furuhed", "Holmgård", "Krokvik", "Löfgren", "Nyvall", "Sävmark"]
PARTIER = ["S", "S", "S", "M", "M", "SD", "SD", "C", "V", "KD", "L", "MP"]
TITLAR = ["förvaltningschef", "nämndsekreterare", "controller", "utredare", "avdelningschef", "verksamhetschef",
          "kvalitetsutvecklare", "HR-partner", "planarkitekt", "miljöinspektör", "kommunjurist", "ekonom"]
PLATSER = ["Sessionssalen, Stadshuset", "Forsrummet, Storgatan 12", "Älven, Kommunhuset", "Lärkan, Bildningshuset",
           "Sammanträdesrum Tallen, Tekniska kontoret", "Digitalt sammanträde"]

STAENDE = [  # every organ's standing ärenden: one dnr a year each
    "Val av justerare", "Godkännande av dagordning", "Anmälan av delegationsbeslut",
    "Meddelanden och skrivelser", "Information från förvaltningen", "Ordföranden informerar",
]
AMNEN = {
    "nämnd": ["Budgetuppföljning", "Verksamhetsplan", "Internkontrollplan", "Kvalitetsberättelse",
              "Patientsäkerhetsberättelse", "Yttrande över motion om", "Remissvar om", "Revidering av riktlinje för",
              "Uppföljning av", "Handlingsplan för", "Delårsrapport", "Tertialrapport", "Redovisning av",
              "Statsbidrag för", "Avgifter för", "Föreningsbidrag", "Lokalförsörjningsplan", "Riktlinje för",
              "Medborgarförslag om", "Granskning av", "Överenskommelse om", "Taxa för"],
    "utskott": ["Beredning av", "Uppföljning av", "Information om", "Förslag till", "Yttrande om",
                "Remiss om", "Budgetuppföljning", "Handlingsplan för", "Avtal om"],
    "styrelse": ["Yttrande över motion om", "Budget och verksamhetsplan", "Årsredovisning", "Detaljplan för",
                 "Exploateringsavtal för", "Markanvisning för", "Borgen för", "Upphandling av",
                 "Revidering av reglemente för", "Medborgarförslag om", "Investeringsbudget för",
                 "Policy för", "Arvodesregler för", "Översiktsplan", "Köp av fastighet för"],
    "fullmäktige": ["Motion om", "Interpellation om", "Budget", "Årsredovisning", "Ansvarsfrihet för",
                    "Detaljplan för", "Taxa för", "Reglemente för", "Val av ersättare i", "Entlediganden och val",
                    "Revisionsberättelse", "Medborgarförslag om", "Policy för", "Ägardirektiv för"],
}
STYRDOKUMENT_TYPER = ["policy", "riktlinje", "plan", "program", "reglemente", "delegationsordning", "taxa",
                      "föreskrift", "annat"]
ANSLAG_TYPER = ["tillkännagivande", "kungörelse", "delegationsbeslut", "annat"]


# --- Words and texts -----------------------------------------------------------------------------


# Endings that make a word a noun, most likely: a topic.
_SUBSTANTIV = ("ning", "het", "else", "tion", "skap", "plan", "avtal", "bidrag", "vård", "omsorg", "stöd", "arbete",
               "program", "boende", "tjänst", "system", "taxa", "skola", "ärende", "insats", "insatser", "frågor",
               "område", "lokaler", "kostnader", "uppdrag", "beslut", "rapport", "ersättning", "tillsyn")


@dataclass
class Korpus:
    ord: list[str]
    kumulativ: list[int]
    langder: dict[str, list[int]]
    substantiv: list[str] = field(default_factory=list)

    @classmethod
    def las(cls) -> Korpus:
        data = json.loads((BENCH / "korpus.json").read_text(encoding="utf-8"))
        ord_ = [o for o, _ in data["ord"]]
        kumulativ = list(itertools.accumulate(n for _, n in data["ord"]))
        langder = {k: v["varden"] for k, v in data.items() if isinstance(v, dict) and "varden" in v}
        # Longer, rarer words make topics: "Handlingsplan för hemtjänstinsatser".
        substantiv = [o for o, n in data["ord"] if len(o) >= 7 and o.endswith(_SUBSTANTIV)]
        return cls(ord_, kumulativ, langder, substantiv)

    def langd(self, rng: random.Random, namn: str) -> int:
        """A length drawn from the measured ones, give or take a fifth."""
        return max(8, int(rng.choice(self.langder[namn]) * rng.uniform(0.8, 1.2)))

    def mening(self, rng: random.Random, antal: int) -> str:
        ord_ = rng.choices(self.ord, cum_weights=self.kumulativ, k=antal)
        return ord_[0].capitalize() + " " + " ".join(ord_[1:]) + "."

    def text(self, rng: random.Random, langd: int, stycken: bool = True) -> str:
        """Sentences of corpus words up to about `langd` characters; paragraphs of about 400."""
        delar: list[str] = []
        storlek = 0
        stycke = 0
        while storlek < langd:
            m = self.mening(rng, rng.randint(6, 18))
            if stycken and stycke > 400 and delar:
                delar.append("\n\n")
                stycke = 0
            elif delar:
                delar.append(" ")
            delar.append(m)
            storlek += len(m) + 1
            stycke += len(m) + 1
        return "".join(delar)

    def amne(self, rng: random.Random) -> str:
        return rng.choice(self.substantiv)


# --- The calendar ------------------------------------------------------------------------------------


def _dag(ar: int, manad: int, vecka: int, veckodag: int) -> dt.date:
    forsta = dt.date(ar, manad, 1)
    dag = forsta + dt.timedelta(days=(veckodag - forsta.weekday()) % 7 + 7 * (vecka - 1))
    return lagrum.nasta_vardag(dag)


@lru_cache(maxsize=None)
def datum(organ: str, ar: int, manad: int) -> dt.date:
    o = ORGAN_SLUG[organ]
    return _dag(ar, manad, o.vecka, o.veckodag)


def kalender(faktor: float = 1.0) -> list[tuple[dt.date, str, int, int]]:
    """Every sammanträde of the full archive (and, beyond factor 1, of its stadsdelsnämnder):
    (date, organ, year, month), oldest first."""
    extra = STADSDELAR[:max(0, round((faktor - 1) * len(ORGAN)))]
    if faktor > 1 and len(extra) < round((faktor - 1) * len(ORGAN)):
        raise SystemExit(f"faktor {faktor:g} är större än generatorn kan göra (högst {1 + len(STADSDELAR) / len(ORGAN):g})")
    ut = [(datum(o.slug, ar, m), o.slug, ar, m) for o in ORGAN + extra
          for ar in range(FORSTA_AR, SISTA_AR + 1) for m in MANADER]
    return sorted(ut)


# --- One sammanträde -------------------------------------------------------------------------------------


def _rng(fro: int, *nyckel) -> random.Random:
    return random.Random("-".join(str(x) for x in (fro, *nyckel)))


def antal_paragrafer(fro: int, organ: str, ar: int, manad: int) -> int:
    lo, hi = ORGAN_SLUG[organ].paragrafer
    return _rng(fro, organ, ar, manad, "antal").randint(lo, hi)


def forsta_paragraf(fro: int, organ: str, ar: int, manad: int) -> int:
    """§§ are numbered through the year."""
    return 1 + sum(antal_paragrafer(fro, organ, ar, m) for m in MANADER if m < manad)


def dnr(organ: str, ar: int, lopnr: int) -> str:
    return f"{ORGAN_SLUG[organ].prefix}-{ar}/{lopnr:05d}"


@dataclass
class Arende:
    dnr: str
    rubrik: str
    fran: str | None = None  # the organ that sent it, if any


@lru_cache(maxsize=4096)
def egna_arenden(fro: int, organ: str, ar: int, manad: int) -> tuple[Arende, ...]:
    """The ärenden an organ takes up first at this sammanträde (not the standing ones)."""
    o = ORGAN_SLUG[organ]
    rng = _rng(fro, organ, ar, manad, "arenden")
    k = korpus()
    antal = antal_paragrafer(fro, organ, ar, manad) - len(STAENDE)
    bas = 10 + MANADER.index(manad) * 120 + o.plats * 40
    ut = []
    for i in range(antal):
        amne = rng.choice(AMNEN[o.typ])
        if amne.endswith((" om", " för", " av", " i", " över")) or amne in ("Remissvar om",):
            rubrik = f"{amne} {k.amne(rng)}"
        else:
            rubrik = f"{amne} {ar}" if rng.random() < 0.6 else f"{amne} - {k.amne(rng)}"
        ut.append(Arende(dnr(organ, ar, bas + i), rubrik))
    return tuple(ut)


def inkomna_arenden(fro: int, organ: str, ar: int, manad: int) -> list[Arende]:
    """Ärenden sent on by the organ that prepared them earlier the same month."""
    mitt = datum(organ, ar, manad)
    ut = []
    for fran, till in NASTA.items():
        if till != organ or datum(fran, ar, manad) >= mitt:
            continue
        andel = VIDARE_ANDEL[ORGAN_SLUG[fran].typ]
        rng = _rng(fro, fran, ar, manad, "vidare")
        for a in egna_arenden(fro, fran, ar, manad):
            if rng.random() < andel:
                ut.append(Arende(a.dnr, a.rubrik, fran))
    return ut


def _namn(rng: random.Random) -> str:
    return f"{rng.choice(FORNAMN)} {rng.choice(EFTERNAMN)}"


@lru_cache(maxsize=None)
def ledamoter(fro: int, organ: str, mandatperiod: int) -> tuple[tuple[str, str], ...]:
    """The members of an organ for one term of office: (name, party)."""
    rng = _rng(fro, organ, mandatperiod, "ledamoter")
    namn: set[str] = set()
    while len(namn) < ORGAN_SLUG[organ].ledamoter + 6:
        namn.add(_namn(rng))
    # A name belongs to one party in every organ and term: the same politician, not a namesake.
    return tuple((n, PARTIER[zlib.crc32(n.encode()) % len(PARTIER)]) for n in sorted(namn))


@lru_cache(maxsize=None)
def korpus() -> Korpus:
    return Korpus.las()


@dataclass
class Handling:
    titel: str
    fil: str
    text: str


@dataclass
class Mote:
    organ: Organ
    datum: dt.date
    sammantrade: dict
    protokoll: dict | None
    pdf: list[Handling]


def mote(fro: int, organ: str, ar: int, manad: int) -> Mote:
    o = ORGAN_SLUG[organ]
    k = korpus()
    dag = datum(organ, ar, manad)
    rng = _rng(fro, organ, ar, manad, "mote")
    medlemmar = ledamoter(fro, organ, (ar - 2007) // 4)
    ordforande, sekreterare = medlemmar[0][0], _namn(_rng(fro, organ, "sekreterare"))
    # The standing ärenden frame the others: two first (without a dnr), the rest last.
    arenden = [Arende(dnr(organ, ar, i - 1) if i >= 2 else "", f"{r} {ar}" if i >= 2 else r)
               for i, r in enumerate(STAENDE)]
    mitten = inkomna_arenden(fro, organ, ar, manad) + list(egna_arenden(fro, organ, ar, manad))
    ordning = arenden[:2] + mitten + arenden[2:]
    nr0 = forsta_paragraf(fro, organ, ar, manad)
    pdf: list[Handling] = []
    punkter, paragrafer = [], []
    forvaltning = [(_namn(_rng(fro, organ, "tjansteman", i)), TITLAR[i % len(TITLAR)]) for i in range(4)]
    for i, a in enumerate(ordning):
        nr = nr0 + i
        sekretess = i >= 2 and o.typ != "fullmäktige" and rng.random() < SEKRETESS_ANDEL * 1.2
        punkt = {"nr": i + 1, "rubrik": a.rubrik, "dnr": a.dnr, "paragraf": nr}
        if not a.dnr:
            del punkt["dnr"]
        if sekretess:
            punkt["rubrik"] = "Ärende som omfattas av sekretess"
            paragrafer.append({"nr": nr, "dnr": a.dnr, "sekretess": True})
            punkter.append(punkt)
            continue
        handlingar = []
        if i >= 2 and rng.random() < PDF_ANDEL * 1.25:
            fil = f"handlingar/tjansteskrivelse-{nr}.pdf"
            h = Handling(f"Tjänsteskrivelse - {a.rubrik}", fil, k.text(rng, k.langd(rng, "arendebeskrivning") * 3))
            pdf.append(h)
            handlingar.append({"titel": h.titel, "fil": fil})
            punkt["handlingar"] = list(handlingar)
        if i >= 2 and rng.random() < 0.4:
            punkt["föredragande"] = forvaltning[i % 4][0]
        punkter.append(punkt)
        paragrafer.append(_paragraf(rng, k, o, nr, a, medlemmar, handlingar, kort=i < 2))
    uppgifter = {
        "tid": rng.choice(["08:30", "09:00", "13:00", "13:15", "18:00"]),
        "plats": rng.choice(PLATSER),
        "kallelse": {
            "utfärdad": (dag - dt.timedelta(days=10 if o.typ == "fullmäktige" else 7)).isoformat(),
            "ordförande": ordforande,
            "sekreterare": sekreterare,
            "hålltider": _halltider(rng, ordning, forvaltning),
            "föredragningslista": punkter,
        },
    }
    if rng.random() < 0.3:
        uppgifter["kallelse"]["meddelande"] = k.text(rng, rng.randint(80, 300), stycken=False)
    protokoll = None
    if dag < BYGGDATUM:
        justering = lagrum.nasta_vardag(dag + dt.timedelta(days=rng.randint(1, 6)))
        beslutande = [{"namn": n, "parti": p} for n, p in medlemmar[: o.ledamoter]]
        beslutande[0]["roll"] = "ordförande"
        if len(beslutande) > 1:
            beslutande[1]["roll"] = "vice ordförande"
        if rng.random() < 0.5 and len(beslutande) > 3:
            n, p = medlemmar[o.ledamoter + rng.randrange(6)]
            _byt_namn(paragrafer, beslutande[-1], {"namn": n, "parti": p})  # who sits in yrkar and votes
            beslutande[-1] = {"namn": n, "parti": p, "ersätter": beslutande[-1]["namn"]}
        ersattare = [{"namn": n, "parti": p} for n, p in medlemmar[o.ledamoter:] if n not in {b["namn"] for b in beslutande}]
        protokoll = {
            "justering": {
                "datum": justering.isoformat(),
                "tid": "10:00",
                "plats": "Digital justering",
                "ordförande": ordforande,
                "justerare": [medlemmar[2 % len(medlemmar)][0]],
            },
            "sekreterare": sekreterare,
            "närvaro": {
                "beslutande": beslutande,
                "ersättare": ersattare[:3],
                "övriga": [{"namn": n, "titel": t} for n, t in forvaltning[:2]] + [{"namn": sekreterare, "titel": "nämndsekreterare"}],
            },
            "paragrafer": paragrafer,
        }
    return Mote(o, dag, uppgifter, protokoll, pdf)


def _byt_namn(paragrafer: list[dict], fran: dict, till: dict) -> None:
    """The ledamot an ersättare sits in for takes no part: the ersättare yrkar, reserves and votes."""
    for x in paragrafer:
        for nyckel in ("yrkanden", "reservationer", "jäv"):
            for m in x.get(nyckel, []):
                if m["namn"] == fran["namn"]:
                    m["namn"], m["parti"] = till["namn"], till["parti"]
        o = x.get("omröstning")
        if o:
            for alt in ("ja", "nej"):
                o[alt] = [f"{till['namn']} ({till['parti']})" if v == f"{fran['namn']} ({fran['parti']})" else v
                          for v in o[alt]]


def fortroendevalda(personer: set[tuple[str, str]]) -> list[dict]:
    """The list in site_config.yml that tells apart the archive's names one letter apart (a kommun
    with Maria and Marie Fläckman writes them there once)."""
    korgar: dict[tuple, list[tuple[str, str]]] = {}
    for n, p in personer:
        for variant in {n, *(n[:i] + n[i + 1:] for i in range(len(n)))}:
            korgar.setdefault((p, variant.casefold()), []).append((n, p))
    lista = set()
    for grupp in korgar.values():
        for a in grupp:
            for b in grupp:
                if a < b and en_bokstav_ifran(a[0], b[0]):
                    lista.update((a, b))
    return [{"namn": n, "parti": p} for n, p in sorted(lista)]


def _halltider(rng: random.Random, ordning: list[Arende], forvaltning) -> list[dict]:
    tid = dt.datetime(2000, 1, 1, 8, 30)
    ut = []
    for a in rng.sample(ordning[2:], k=min(len(ordning) - 2, rng.randint(4, 9))):
        slut = tid + dt.timedelta(minutes=rng.choice([15, 20, 30]))
        ut.append({"start": f"{tid:%H:%M}", "slut": f"{slut:%H:%M}", "rubrik": a.rubrik,
                   "föredragande": forvaltning[rng.randrange(4)][0]})
        tid = slut
    ut.append({"start": f"{tid:%H:%M}", "rubrik": "Beslutsmöte"})
    return ut


def _paragraf(rng: random.Random, k: Korpus, o: Organ, nr: int, a: Arende, medlemmar, handlingar,
              kort: bool = False) -> dict:
    p: dict = {"nr": nr, "rubrik": a.rubrik, "dnr": a.dnr} if a.dnr else {"nr": nr, "rubrik": a.rubrik}
    if kort:  # Val av justerare, Godkännande av dagordning
        p["beslut"] = f"{o.namn} beslutar " + ("att utse justerare." if nr % 2 else "att godkänna dagordningen.")
        return p
    beslut = f"{o.namn} beslutar " + k.text(rng, k.langd(rng, "beslut"), stycken=False).lower()
    if rng.random() < 0.15:
        beslut = f"{o.namn} beslutar\n\n" + "\n".join(
            f"- att {k.mening(rng, rng.randint(6, 14)).lower()}" for _ in range(rng.randint(2, 4))
        )
    p["beslut"] = beslut
    if rng.random() < 0.75:
        p["ärendebeskrivning"] = k.text(rng, k.langd(rng, "arendebeskrivning"))
    if rng.random() < 0.6:
        forslagsstallare = rng.choice(medlemmar[: o.ledamoter])
        p["yrkanden"] = [{"namn": forslagsstallare[0], "parti": forslagsstallare[1],
                          "text": "Bifall till förslaget."}]
        if rng.random() < 0.1:
            annan = rng.choice(medlemmar[: o.ledamoter])
            p["yrkanden"].append({"namn": annan[0], "parti": annan[1],
                                  "text": "Avslag på förslaget. " + k.mening(rng, rng.randint(6, 14))})
    if rng.random() < 0.85:
        p["propositionsordning"] = k.text(rng, k.langd(rng, "propositionsordning"), stycken=False)
    if rng.random() < 0.03:
        ja = [m for m in medlemmar[: o.ledamoter] if rng.random() < 0.6]
        nej = [m for m in medlemmar[: o.ledamoter] if m not in ja]
        p["omröstning"] = {"ja": [f"{n} ({q})" for n, q in ja], "nej": [f"{n} ({q})" for n, q in nej],
                           "resultat": f"Med {len(ja)} ja-röster mot {len(nej)} nej-röster bifaller {o.namn.lower()} förslaget."}
    if rng.random() < 0.04:
        r = rng.choice(medlemmar[: o.ledamoter])
        p["reservationer"] = [{"namn": r[0], "parti": r[1], "text": k.mening(rng, rng.randint(8, 16))}]
    if rng.random() < 0.02:
        j = rng.choice(medlemmar[: o.ledamoter])
        p["jäv"] = [{"namn": j[0], "parti": j[1]}]
    underlag = [f"Tjänsteskrivelse, {a.rubrik.lower()}" for _ in range(min(1, rng.randint(0, 2)))]
    underlag += [k.mening(rng, rng.randint(3, 6)).rstrip(".") for _ in range(rng.choice([0, 0, 1, 1, 2, 3]))]
    if underlag:
        p["beslutsunderlag"] = underlag
    if rng.random() < 0.5:
        p["skickas_till"] = [rng.choice(["Kommunstyrelsens förvaltning", "Ekonomienheten", "Förvaltningens ledningsgrupp",
                                         "Kommunfullmäktige", "Revisorerna", "Berörd verksamhet"])]
    if handlingar:
        p["handlingar"] = handlingar
    return p


# --- Styrdokument and anslag ------------------------------------------------------------------------------


def styrdokument(fro: int, i: int, moten: list[tuple[dt.date, str, int, int]]) -> tuple[str, dict, str]:
    """One styrdokument, decided at one of `moten`: (id, data, the text of its PDF)."""
    rng = _rng(fro, "styrdokument", i)
    k = korpus()
    beslutande = [m for m in moten if ORGAN_SLUG[m[1]].typ != "utskott"]
    dag, organ, ar, manad = rng.choice(beslutande)
    typ = rng.choice(STYRDOKUMENT_TYPER)
    titel = f"{typ.capitalize()} för {k.amne(rng)}"
    id_ = f"{typ}-{i:04d}".replace("ö", "o")
    giltig_fran = dag + dt.timedelta(days=rng.randint(10, 60))
    d: dict = {
        "titel": titel,
        "typ": typ,
        "dnr": dnr(organ, ar, 5000 + i),
        "beslutad_av": organ,
        "beslutsdatum": dag.isoformat(),
        "paragraf": forsta_paragraf(fro, organ, ar, manad) + 2,
        "giltig_från": giltig_fran.isoformat(),
        "dokumentansvarig": rng.choice(TITLAR).capitalize(),
        "beskrivning": k.text(rng, rng.randint(150, 500)),
        "fil": f"{id_}.pdf",
    }
    if rng.random() < 0.3:
        d["giltig_till"] = (giltig_fran + dt.timedelta(days=365 * rng.randint(1, 4))).isoformat()
    elif rng.random() < 0.5:
        d["revideras_senast"] = (giltig_fran + dt.timedelta(days=365 * rng.randint(2, 4))).isoformat()
    if rng.random() < 0.1 and dag + dt.timedelta(days=400) < BYGGDATUM:
        d["upphävd"] = (giltig_fran + dt.timedelta(days=rng.randint(200, 1500))).isoformat()
    return id_, d, k.text(rng, rng.randint(1500, 5000))


def anslag(fro: int, i: int, antal: int, fran: dt.date) -> tuple[str, dict, Handling | None]:
    rng = _rng(fro, "anslag", i)
    k = korpus()
    # Spread over the archive's span; the last five are up on the build date.
    if i >= antal - 5:
        publiceras = BYGGDATUM - dt.timedelta(days=rng.randint(0, 15))
    else:
        dagar = (BYGGDATUM - fran).days - 40
        publiceras = fran + dt.timedelta(days=int(dagar * (i + rng.random()) / max(1, antal)))
    typ = rng.choice(ANSLAG_TYPER)
    organ = rng.choice([o for o in ORGAN if o.typ != "utskott"])
    id_ = f"anslag-{i:04d}"
    a = {
        "rubrik": f"{typ.capitalize()}: {k.amne(rng)}",
        "typ": typ,
        "organ": organ.slug,
        "publiceras": publiceras.isoformat(),
        "avpubliceras": (publiceras + dt.timedelta(days=22)).isoformat(),
        "text": k.text(rng, rng.randint(200, 900)),
    }
    bilaga = None
    if rng.random() < 0.2:
        bilaga = Handling(f"Bilaga till {a['rubrik'].lower()}", f"{id_}-bilaga.pdf", k.text(rng, rng.randint(800, 3000)))
        a["bilagor"] = [{"titel": bilaga.titel, "fil": bilaga.fil}]
    return id_, a, bilaga


# --- Writing ----------------------------------------------------------------------------------------------


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    pass


def skriv_yaml(fil: Path, data: dict) -> None:
    fil.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=110, default_flow_style=False)
    fil.write_text(text, encoding="utf-8")


def skriv_pdf(fil: Path, titel: str, text: str) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc))
    pdf.set_producer("Nämndsajt bench/generate.py")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, _latin1(titel), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, _latin1(text), new_x="LMARGIN", new_y="NEXT")
    fil.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(fil))


def _latin1(text: str) -> str:
    return text.encode("latin-1", "replace").decode("latin-1")


def site_config(organ: list[Organ], personer: set[tuple[str, str]] = frozenset()) -> dict:
    lista = fortroendevalda(set(personer))
    return {
        "kommun": "Storfors-Älvby kommun",
        "webbadress": "https://exempel.github.io/storfors-alvby/",
        "beskrivning": "Ett påhittat tjugoårigt arkiv för att mäta Nämndsajts bygge. Allt innehåll är uppdiktat.",
        "kontakt": {"e-post": "kommun@storfors-alvby.example", "adress": "Storfors-Älvby kommun, Storgatan 1"},
        "förvaringsplats": "Kommunkansliet, Storgatan 1, Storfors-Älvby",
        "förvaltningsrätt": {"namn": "Förvaltningsrätten i Umeå", "adress": "Box 193, 901 05 Umeå"},
        "organ": [
            {k: v for k, v in {"slug": o.slug, "namn": o.namn, "typ": o.typ, "tillhör": o.tillhor,
                               "beskrivning": f"{o.namn} i den påhittade kommunen Storfors-Älvby."}.items() if v}
            for o in organ
        ],
        **({"förtroendevalda": lista} if lista else {}),
    }


def urval(faktor: float, organ: str | None = None, ar: int | None = None) -> list[tuple[dt.date, str, int, int]]:
    """The sammanträden of an archive of this size: the newest, or one organ's, or one year's."""
    moten = [m for m in kalender(faktor) if (organ is None or m[1] == organ) and (ar is None or m[2] == ar)]
    antal = round(len(moten) * min(faktor, 1.0))
    return moten[len(moten) - antal:]


def generera(ut: Path, faktor: float = 1.0, fro: int = FRO, organ: str | None = None, ar: int | None = None) -> dict:
    """Write the archive into `ut` (emptied first); returns what was written."""
    if ut.exists():
        shutil.rmtree(ut)
    moten = urval(faktor, organ, ar)
    if not moten:
        raise SystemExit("urvalet innehåller inga sammanträden")
    andel = len(moten) / len(kalender())
    slugs = {m[1] for m in moten}
    valda = [o for o in ORGAN + STADSDELAR
             if o.slug in slugs or any(p.tillhor == o.slug and p.slug in slugs for p in ORGAN)]
    innehall = ut / "content"
    personer: set[tuple[str, str]] = set()
    summa = {"sammantraden": 0, "protokoll": 0, "paragrafer": 0, "sekretess": 0, "styrdokument": 0, "anslag": 0, "pdf": 0}
    for _dag_, slug, ar_, manad in moten:
        m = mote(fro, slug, ar_, manad)
        mapp = innehall / slug / m.datum.isoformat()
        skriv_yaml(mapp / "sammantrade.yml", m.sammantrade)
        summa["sammantraden"] += 1
        if m.protokoll is not None:
            skriv_yaml(mapp / "protokoll.yml", m.protokoll)
            narvaro = m.protokoll["närvaro"]
            personer.update((x["namn"], x["parti"]) for x in (*narvaro["beslutande"], *narvaro["ersättare"]))
            summa["protokoll"] += 1
            summa["paragrafer"] += len(m.protokoll["paragrafer"])
            summa["sekretess"] += sum(1 for p in m.protokoll["paragrafer"] if p.get("sekretess"))
        for h in m.pdf:
            skriv_pdf(mapp / h.fil, h.titel, h.text)
            summa["pdf"] += 1
    beslutande = [m for m in moten if m[0] < BYGGDATUM - dt.timedelta(days=20) and m[1] in {o.slug for o in valda}]
    if beslutande:
        for i in range(round(STYRDOKUMENT_FULL * andel)):
            id_, d, text = styrdokument(fro, i, beslutande)
            skriv_yaml(innehall / "styrdokument" / f"{id_}.yml", d)
            skriv_pdf(innehall / "styrdokument" / d["fil"], d["titel"], text)
            summa["styrdokument"] += 1
            summa["pdf"] += 1
    antal_anslag = round(ANSLAG_FULL * andel)
    for i in range(antal_anslag):
        id_, a, bilaga = anslag(fro, i, antal_anslag, moten[0][0])
        if a["organ"] not in {o.slug for o in valda}:
            a.pop("organ")
        skriv_yaml(innehall / "anslag" / f"{id_}.yml", a)
        summa["anslag"] += 1
        if bilaga is not None:
            skriv_pdf(innehall / "anslag" / bilaga.fil, bilaga.titel, bilaga.text)
            summa["pdf"] += 1
    skriv_yaml(ut / "site_config.yml", site_config(valda, personer))
    return summa


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Skriver ett påhittat arkiv för prestandamätningen.")
    p.add_argument("ut", type=Path, help="mappen arkivet skrivs till (töms först); lägg den utanför repositoriet")
    p.add_argument("--faktor", type=float, default=1.0, help="storlek: 1 = 12 organ i 20 år (standard 1)")
    p.add_argument("--fro", type=int, default=FRO, help=f"slumpfrö (standard {FRO})")
    p.add_argument("--organ", help="bara detta organ (slug)")
    p.add_argument("--ar", type=int, help="bara detta år")
    args = p.parse_args(argv)
    if args.organ is not None and args.organ not in ORGAN_SLUG:
        p.error(f"okänt organ {args.organ!r}")
    summa = generera(args.ut, args.faktor, args.fro, args.organ, args.ar)
    print(json.dumps(summa, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
