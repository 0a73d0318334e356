#!/usr/bin/env python3
"""The folder import at scale: ten years of one nämnd's protokoll and kallelser as PDFs.

    python bench/importera.py [--ut ARBETSMAPP] [--organ socialnamnden] [--ar 10]

bench/generate.py writes the organ's newest ten years (eleven sammanträden a year),
tools/skapa_exempel_pdf.py lays out each protokoll as a PDF exactly as it does the
example site's, and each kallelse is laid out here (the sentence that calls the
meeting, hålltider, föredragningslista, the signature): about 220 PDFs in one
folder. Then `namndsajt importera MAPP` runs on it in an empty project and is
timed (target ≤ 60 s), and the drafts are compared with what was generated: the §§,
the sekretess §§ and the justering of every meeting.

Everything is written under ARBETSMAPP (default: a temporary folder), never into the
repository. The import's report is ARBETSMAPP/importrapport.txt (the second
run's, which changes nothing, importrapport-andra.txt).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

BENCH = Path(__file__).resolve().parent
ROT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROT / "tools"))

import generate  # noqa: E402
import skapa_exempel_pdf as exempel  # noqa: E402

MAL_SEKUNDER = 60
MANADER = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"]


def _las(fil: Path):
    return yaml.safe_load(fil.read_text(encoding="utf-8"))


def kallelse_pdf(organ: str, datum: dt.date, s: dict) -> bytes:
    k = s["kallelse"]
    pdf = exempel.ny_pdf(f"Kallelse {organ} {datum}", f"{organ} - KALLELSE")
    exempel.skriv_titel(pdf, "Kallelse")
    delar: list = [
        f"Datum: {k['utfärdad']}",
        f"{organ} kallas härmed till sammanträde {datum.day} {MANADER[datum.month - 1]} {datum.year} "
        f"kl. {s['tid']} i {s['plats']}.",
    ]
    if k.get("hålltider"):
        delar.append(("rubrik", "Hålltider"))
        for h in k["hålltider"]:
            tid = h["start"] + (f"-{h['slut']}" if h.get("slut") else "")
            delar.append(f"{tid} {h['rubrik']}" + (f" - {h['föredragande']}" if h.get("föredragande") else ""))
    delar.append(("rubrik", "Föredragningslista"))
    for p in k["föredragningslista"]:
        delar.append(f"{p['nr']}. {p['rubrik']}" + (f" (Dnr {p['dnr']})" if p.get("dnr") else ""))
    delar += [k["ordförande"], "Ordförande"]
    exempel.skriv_delar(pdf, delar)
    return bytes(pdf.output())


def skriv_arkiv(arbete: Path, organ: str, ar: int) -> tuple[Path, Path, dict]:
    """The generated archive (the truth), and a folder with its PDFs."""
    arkiv = arbete / "arkiv"
    moten = generate.urval(1.0, organ)
    faktor = sum(1 for m in moten if m[2] > generate.SISTA_AR - ar) / len(moten)
    generate.generera(arkiv, faktor=faktor, organ=organ)
    config = _las(arkiv / "site_config.yml")
    namn = {o["slug"]: o["namn"] for o in config["organ"]}
    exempel.organ_namn = lambda: namn
    exempel.forvaringsplats = lambda slug, p: p.get("förvaringsplats") or config["förvaringsplats"]
    pdfer = arbete / "pdf"
    if pdfer.exists():
        shutil.rmtree(pdfer)
    pdfer.mkdir(parents=True)
    facit: dict = {}
    for mapp in sorted((arkiv / "content" / organ).iterdir()):
        datum = dt.date.fromisoformat(mapp.name)
        s = _las(mapp / "sammantrade.yml")
        (pdfer / f"{organ}-{mapp.name}-kallelse.pdf").write_bytes(kallelse_pdf(namn[organ], datum, s))
        if (mapp / "protokoll.yml").exists():
            (pdfer / f"{organ}-{mapp.name}-protokoll.pdf").write_bytes(exempel.protokoll_pdf(mapp, organ))
            p = _las(mapp / "protokoll.yml")
            facit[mapp.name] = {
                "paragrafer": [x["nr"] for x in p["paragrafer"]],
                "sekretess": [x["nr"] for x in p["paragrafer"] if x.get("sekretess")],
                "justering": str(p["justering"]["datum"]),
            }
    return arkiv, pdfer, facit


def main(argv: list[str] | None = None) -> int:
    a = argparse.ArgumentParser(description="Mäter namndsajt importera MAPP på tio år av en nämnds PDF:er.")
    a.add_argument("--ut", type=Path, help="arbetsmapp (standard: en tillfällig mapp)")
    a.add_argument("--organ", default="socialnamnden", help="organet (slug i bench/generate.py; standard socialnamnden)")
    a.add_argument("--ar", type=int, default=10, help="antal år (standard 10)")
    args = a.parse_args(argv)
    arbete = args.ut or Path(tempfile.mkdtemp(prefix="namndsajt-import-"))
    arbete.mkdir(parents=True, exist_ok=True)
    arkiv, pdfer, facit = skriv_arkiv(arbete, args.organ, args.ar)
    projekt = arbete / "projekt"
    if projekt.exists():
        shutil.rmtree(projekt)
    (projekt / "content").mkdir(parents=True)
    shutil.copy(arkiv / "site_config.yml", projekt / "site_config.yml")
    namndsajt = Path(sys.executable).parent / "namndsajt"
    kommando = [str(namndsajt), "importera", str(pdfer), "--rapport"]
    miljo = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    cpu_fore = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    r = subprocess.run([*kommando, str(arbete / "importrapport.txt")], cwd=projekt, capture_output=True, text=True, env=miljo)
    sekunder = time.perf_counter() - start
    cpu_efter = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_efter.ru_utime - cpu_fore.ru_utime) + (cpu_efter.ru_stime - cpu_fore.ru_stime)
    start = time.perf_counter()
    igen = subprocess.run([*kommando, str(arbete / "importrapport-andra.txt")], cwd=projekt, capture_output=True,
                          text=True, env=miljo)
    andra = time.perf_counter() - start
    antal = len(list(pdfer.glob("*.pdf")))
    fel, for_sakerhets_skull = [], []
    for datum, f in facit.items():
        fil = projekt / "content" / args.organ / datum / "protokoll.yml"
        if not fil.exists():
            fel.append(f"{datum}: inget utkast")
            continue
        p = _las(fil)
        nr = [x["nr"] for x in p["paragrafer"]]
        sek = [x["nr"] for x in p["paragrafer"] if x.get("sekretess")]
        # Secrecy errs on the safe side: a § marked where the text only suggests it is no error,
        # a sekretess § that came out as an ordinary one is.
        if nr != f["paragrafer"] or not set(f["sekretess"]) <= set(sek) or str(p["justering"]["datum"]) != f["justering"]:
            fel.append(f"{datum}: §§ {nr == f['paragrafer']}, sekretess {set(f['sekretess']) <= set(sek)}, justering")
        for_sakerhets_skull += [f"{datum} § {x}" for x in sorted(set(sek) - set(f["sekretess"]))]
    summa = r.stdout.strip().splitlines()[-3:-1] if r.stdout else []
    resultat = {
        "pdf": antal,
        "sammantraden": len(list((arkiv / "content" / args.organ).iterdir())),
        "protokoll": len(facit),
        "sekunder": round(sekunder, 1),
        "mal_sekunder": MAL_SEKUNDER,
        "cpu_sekunder": round(cpu, 1),  # the import's own processor time: what a busy machine does not inflate
        "belastning_1min": round(os.getloadavg()[0], 1),  # the machine's load average when it ended
        "andra_korningen_sekunder": round(andra, 1),
        "slutkod": r.returncode,
        "andra_slutkod": igen.returncode,
        "andra_korningen_andrade_ingenting": "Ingenting ändrades i content/" in igen.stdout,
        "protokoll_som_inte_stammer": fel,
        "sekretess_for_sakerhets_skull": for_sakerhets_skull,
        "summa": summa,
        "karnor": os.cpu_count(),
        "arbetsmapp": str(arbete),
    }
    print(json.dumps(resultat, ensure_ascii=False, indent=2))
    if r.returncode != 0:
        print(r.stderr[-3000:], file=sys.stderr)
    print(f"{antal} PDF:er importerade på {sekunder:.1f} s (mål ≤ {MAL_SEKUNDER} s); rapporten: {arbete / 'importrapport.txt'}")
    return 0 if r.returncode == 0 and not fel and sekunder <= MAL_SEKUNDER else 1


if __name__ == "__main__":
    sys.exit(main())
