"""Measure text lengths and vocabulary in the corpus of real committee documents.

Writes bench/korpus.json, which bench/generate.py reads, so that the synthetic
archive's texts have the lengths of real ones and its words the frequencies of
real Swedish municipal prose. Run it again only when the corpus changes:

    python bench/korpus.py [../shared/corpus]

What is measured (characters, after joining a PDF's broken lines):

- from Piteå's socialnämnd protokoll (lines 1-568): each §'s rubrik, Beslut,
  Ärendebeskrivning and Propositionsordning, the number of yrkanden and of
  Beslutsunderlag items, and the number of §§;
- from Härnösand's two kallelser: the föredragningslista items' titles and the
  number of items and hålltider;
- from every file: the vocabulary, as lower-case words of letters only, with
  their counts. Capitalised words are left out (names of people and places),
  and so is anything with a digit (no number in the synthetic text can look
  like a personnummer).
"""

from __future__ import annotations

import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parent
STANDARD = BENCH.parent.parent / "shared" / "corpus"

_PARAGRAF = re.compile(r"^§ (\d+) (.+)$")
_RUBRIKER = ("Beslut", "Ärendebeskrivning", "Yrkanden", "Propositionsordning", "Beslutsunderlag")
_BRUS = re.compile(r"^\s*(Socialnämnden|Datum \d{4}-\d{2}-\d{2}|Diarienr .*|Sammanträdesprotokoll.*|\d+ \(\d+\))\s*$")
_FALLD = str.maketrans("åäöé", "aaoe")
_ADRESSORD = {"harnosand", "pitea", "lulea", "umea", "globalassets", "https", "http", "www", "pdf", "docx", "html",
              "se", "com", "nu", "xxx", "xx", "org", "kommun-se"}
_ORD = re.compile(r"[a-zåäöé]+(?:-[a-zåäöé]+)*")


def _fordelning(varden: list[int]) -> dict[str, float]:
    varden = sorted(varden)
    return {
        "antal": len(varden),
        "min": varden[0],
        "median": statistics.median(varden),
        "medel": round(statistics.fmean(varden), 1),
        "p90": varden[int(0.9 * (len(varden) - 1))],
        "max": varden[-1],
        "varden": varden,
    }


def _text(rader: list[str]) -> str:
    return re.sub(r"\s+", " ", " ".join(r for r in rader if not _BRUS.match(r))).strip()


def protokoll(fil: Path) -> dict:
    rader = fil.read_text(encoding="utf-8").splitlines()[:568]
    paragrafer: list[dict[str, list[str]]] = []
    aktuell: list[str] | None = None
    for rad in rader:
        m = _PARAGRAF.match(rad.strip())
        if m:
            paragrafer.append({"rubrik": [m[2]]})
            aktuell = paragrafer[-1]["rubrik"]
            continue
        if not paragrafer:
            continue
        if rad.strip() in _RUBRIKER:
            aktuell = paragrafer[-1].setdefault(rad.strip(), [])
            continue
        if aktuell is not None and rad.strip():
            aktuell.append(rad.strip())
    ut: dict[str, list[int]] = {"rubrik": [], "beslut": [], "arendebeskrivning": [], "propositionsordning": [],
                                "yrkanden": [], "beslutsunderlag": []}
    for p in paragrafer:
        if "Borttagen på grund av sekretess" in p["rubrik"][0]:
            continue
        ut["rubrik"].append(len(p["rubrik"][0].strip()))
        for nyckel, namn in (("beslut", "Beslut"), ("arendebeskrivning", "Ärendebeskrivning"),
                             ("propositionsordning", "Propositionsordning")):
            if namn in p:
                ut[nyckel].append(len(_text(p[namn])))
        ut["yrkanden"].append(sum(1 for r in p.get("Yrkanden", []) if re.match(r"^.+\([A-ZÅÄÖ]+\):", r)))
        ut["beslutsunderlag"].append(sum(1 for r in p.get("Beslutsunderlag", []) if r.startswith("•")))
    return {"paragrafer_per_protokoll": len(paragrafer), **{k: _fordelning(v) for k, v in ut.items() if v}}


def kallelse(fil: Path, slut: int) -> tuple[list[int], int, int]:
    rader = fil.read_text(encoding="utf-8").splitlines()[:slut]
    titlar, halltider = [], 0
    i_lista = False
    for rad in rader:
        s = rad.strip()
        if re.match(r"^\d{2}[.:]\d{2}( – \d{2}[.:]\d{2})? ", s):
            halltider += 1
        if s.startswith("Föredragningslista"):
            i_lista = True
            continue
        m = re.match(r"^(\d+)\.\s+(.+)$", s)
        if i_lista and m:
            titlar.append(len(m[2].strip()))
    return titlar, len(titlar), halltider


def ordforrad(filer: list[Path], antal: int = 5000) -> list[tuple[str, int]]:
    raknare: Counter[str] = Counter()
    versal: Counter[str] = Counter()
    for fil in filer:
        text = fil.read_text(encoding="utf-8")
        for ord_ in re.findall(r"[A-Za-zÅÄÖåäöÉé]+(?:-[A-Za-zÅÄÖåäöÉé]+)*", text):
            if ord_[0].isupper():
                versal[ord_.lower()] += 1
            elif _ORD.fullmatch(ord_) and len(ord_) >= 2:
                raknare[ord_] += 1
    # A word seen mostly capitalised is a name, not prose; one with its å, ä and ö
    # folded away ("aldreomsorg") comes from an address, as do the towns' names.
    vikt = {o.translate(_FALLD): o for o in raknare if o != o.translate(_FALLD)}
    return [
        (o, n) for o, n in raknare.most_common()
        if versal[o] < n and o not in vikt and o not in _ADRESSORD and "-" not in o and n >= 2
    ][:antal]


def main(argv: list[str]) -> int:
    korpus = Path(argv[0]) if argv else STANDARD
    if not korpus.is_dir():
        print(f"korpusen finns inte: {korpus}", file=sys.stderr)
        return 2
    resultat = protokoll(korpus / "pitea-socialnamnden-protokoll-2025-03-26.txt")
    titlar, punkter, halltider = [], [], []
    for namn, slut in (("harnosand-socialnamnden-kallelse-2024-03-27.txt", 87),
                       ("harnosand-socialnamnden-kallelse-2025-11-27.txt", 60)):
        t, n, h = kallelse(korpus / namn, slut)
        titlar += t
        punkter.append(n)
        halltider.append(h)
    resultat["punkt_rubrik"] = _fordelning(titlar)
    resultat["punkter_per_kallelse"] = punkter
    resultat["halltider_per_kallelse"] = halltider
    resultat["ord"] = ordforrad(sorted(korpus.glob("*.txt")))
    ord_ = resultat.pop("ord")
    text = json.dumps(resultat, ensure_ascii=False, indent=1)
    text = text[:-2] + ',\n "ord": [\n' + ",\n".join(json.dumps(o, ensure_ascii=False) for o in ord_) + "\n ]\n}\n"
    (BENCH / "korpus.json").write_text(text, encoding="utf-8")
    resultat["ord"] = ord_
    for nyckel, varde in resultat.items():
        if isinstance(varde, dict):
            print(f"{nyckel}: " + ", ".join(f"{k} {v}" for k, v in varde.items() if k != "varden"))
        elif nyckel != "ord":
            print(f"{nyckel}: {varde}")
    print(f"ord: {len(resultat['ord'])} (vanligast: {', '.join(o for o, _ in resultat['ord'][:12])})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
