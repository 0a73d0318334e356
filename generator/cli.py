"""The command `namndsajt`: bygg, validera, frister, forhandsgranska, importera, ny.

Exit codes: 0 success, 1 invalid content, 2 wrong usage. Messages are Swedish
and errors go to stderr.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gettext
import json
import os
import sys
from pathlib import Path

from generator.regler import lagrum
from generator.innehall.problem import InnehallsFel, Problem

_SVENSKA = {
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "the following arguments are required: %s": "följande argument saknas: %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "expected one argument": "förväntade ett värde",
    "invalid choice: %(value)r (choose from %(choices)s)": "ogiltigt val: %(value)r (välj bland %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "invalid %(type)s value: %(value)r": "ogiltigt värde: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydig flagga: %(option)s kan vara %(matches)s",
}


def _sv(text: str) -> str:
    return _SVENSKA.get(text, gettext.gettext(text))


def _sv_n(singular: str, plural: str, n: int) -> str:
    return _sv(singular if n == 1 else plural)


argparse._ = _sv  # argparse looks these up when it formats a message
argparse.ngettext = _sv_n


def _datum(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' är inget datum på formen ÅÅÅÅ-MM-DD") from None


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="namndsajt",
        description="Bygger en kommuns webbplats för nämndhandlingar och digital anslagstavla "
        "från site_config.yml och mappen content/ i den aktuella katalogen.",
    )
    kommandon = p.add_subparsers(dest="kommando", metavar="KOMMANDO", title="kommandon")
    kommandon.required = True

    datum_hjalp = "dagens datum för publiceringsreglerna (standard: i dag i Sverige, Europe/Stockholm)"
    b = kommandon.add_parser("bygg", help="granska, tillämpa publiceringsreglerna och bygg webbplatsen")
    b.add_argument("--datum", type=_datum, metavar="ÅÅÅÅ-MM-DD", help=datum_hjalp)
    b.add_argument("--utdata", type=Path, default=Path("site"), metavar="KATALOG", help="vart webbplatsen skrivs (standard: site/)")

    v = kommandon.add_parser("validera", help="granska innehållet utan att bygga; fel ger slutkod 1, varningar 0")
    v.add_argument("--datum", type=_datum, metavar="ÅÅÅÅ-MM-DD", help=datum_hjalp)
    v.add_argument(
        "--format", choices=["text", "github"], default="text",
        help="text (standard) eller github: varje fel som en anteckning på filen och raden i en pull request",
    )

    f = kommandon.add_parser("frister", help="de lagstadgade datumen för en justering")
    f.add_argument("justeringsdatum", type=_datum, metavar="JUSTERINGSDATUM", help="dagen då protokollet justerades (ÅÅÅÅ-MM-DD)")
    f.add_argument("--tillkannagiven", type=_datum, metavar="DATUM", help="dagen då justeringen tillkännagavs (standard: justeringsdagen)")
    f.add_argument("--json", action="store_true", help="skriv resultatet som JSON")

    g = kommandon.add_parser("forhandsgranska", help="förhandsgranska webbplatsen lokalt; bygger om när innehållet ändras")
    g.add_argument("--datum", type=_datum, metavar="ÅÅÅÅ-MM-DD", help=datum_hjalp)
    g.add_argument("--port", type=int, default=8000, help="porten på localhost (standard: 8000)")

    i = kommandon.add_parser(
        "importera",
        help="läs protokoll och kallelser ur en PDF eller en hel mapp med PDF:er och skriv utkast i content/",
        description="Läser ett protokoll eller en kallelse ur en PDF (eller ur en textfil med PDF:ens text) och skriver "
        "ett utkast till protokoll.yml eller sammantrade.yml i content/ORGAN/ÅÅÅÅ-MM-DD/. En rapport på svenska "
        "visar vad som ska fyllas i och varje rad som inte kom med. Med en MAPP läses varje PDF i mappen och dess "
        "undermappar: protokollsutdrag från samma sammanträde blir ett protokoll, inget som redan finns skrivs över, "
        "och rapporten (en rad per PDF) skrivs också till en fil.",
    )
    i.add_argument("fil", type=Path, metavar="FIL|MAPP", help="PDF-filen, en textfil med dess text, eller en mapp med PDF:er")
    i.add_argument("--organ", metavar="SLUG", help="organets förkortning i site_config.yml (standard: läses ur dokumentet; bara för en fil)")
    i.add_argument("--typ", choices=["protokoll", "kallelse"], help="dokumentets typ (standard: känns igen; bara för en fil)")
    i.add_argument("--datum", type=_datum, metavar="ÅÅÅÅ-MM-DD", help="sammanträdets datum, om det inte står i dokumentet (bara för en fil)")
    i.add_argument("--skriv-over", action="store_true", help="ersätt en fil som redan finns")
    i.add_argument("--rapport", type=Path, default=Path("importrapport.txt"), metavar="FIL",
                   help="vart mappimportens rapport skrivs (standard: importrapport.txt)")

    n = kommandon.add_parser(
        "ny",
        help="skapa en kommenterad mall för ett sammanträde eller ett protokoll",
        description="Skapar mappen content/ORGAN/ÅÅÅÅ-MM-DD/ med en kommenterad mall. Tid, plats och namn hämtas "
        "från organets senaste sammanträde och protokoll, paragraferna från kallelsens föredragningslista; "
        "det som inte går att hämta står som FYLL I, och kommandot säger vad.",
    )
    n.add_argument("vad", choices=["sammantrade", "protokoll"], metavar="sammantrade|protokoll", help="vad som ska skapas")
    n.add_argument("--organ", required=True, metavar="SLUG", help="organets förkortning i site_config.yml")
    n.add_argument("--datum", required=True, type=_datum, metavar="ÅÅÅÅ-MM-DD", help="sammanträdets datum")
    n.add_argument("--tid", metavar="TT:MM", help="när sammanträdet börjar (standard: som förra sammanträdet)")
    n.add_argument("--plats", metavar="PLATS", help="lokal och adress (standard: som förra sammanträdet)")
    n.add_argument("--skriv-over", action="store_true", help="ersätt en fil som redan finns")
    return p


def _skriv_problem(problem: list[Problem]) -> None:
    for x in problem:
        print(str(x), file=sys.stderr)


def _antal(n: int, ett: str, flera: str) -> str:
    return f"{n} {ett if n == 1 else flera}"


def _kor_bygg(args) -> int:
    from generator.bygg import ByggFel, bygg

    datum = args.datum or lagrum.idag()
    try:
        resultat = bygg(Path.cwd(), datum, args.utdata, lambda text: print(text, file=sys.stderr))
    except InnehallsFel as e:
        _skriv_problem(e.problem)
        fel = sum(1 for x in e.problem if x.fel)
        print(f"Bygget avbröts: {_antal(fel, 'fel', 'fel')} i innehållet. Ingenting skrevs till {args.utdata}/.", file=sys.stderr)
        return 1
    except (ByggFel, OSError) as e:
        print(f"Bygget misslyckades: {e}. Den tidigare webbplatsen är orörd.", file=sys.stderr)
        return 1
    _skriv_problem(resultat.varningar)
    for text in resultat.gallrade:
        print(f"gallrat från webbplatsen (finns kvar i content/): {text}", file=sys.stderr)
    for g in resultat.godkanda:
        print(str(g), file=sys.stderr)
    print(
        f"Klart per {datum.isoformat()}: {_antal(resultat.sidor, 'sida', 'sidor')}, "
        f"{_antal(resultat.anslag, 'aktuellt anslag', 'aktuella anslag')}, "
        f"{_antal(len(resultat.gallrade), 'dokument', 'dokument')} gallrade från webbplatsen, "
        f"{_antal(len(resultat.varningar), 'varning', 'varningar')}. Webbplatsen finns i {args.utdata}/."
    )
    return 0


def _kor_validera(args) -> int:
    from generator.bygg import las_och_granska, publicera_och_granska

    # --- `--format github`: workflow commands for the pull request (generator/redaktor/arbetsflode.py) ---
    _skriv = _skriv_problem
    if args.format == "github":
        from generator.redaktor.arbetsflode import skriv_for_github as _skriv
    # --- end ---
    try:
        innehall, varningar = las_och_granska(Path.cwd())
    except InnehallsFel as e:
        _skriv(e.problem)
        fel = sum(1 for x in e.problem if x.fel)
        print(f"Innehållet har {_antal(fel, 'fel', 'fel')}.", file=sys.stderr)
        return 1
    try:
        pub, godkanda = publicera_och_granska(innehall, args.datum or lagrum.idag())
    except InnehallsFel as e:
        _skriv(e.problem)
        print(f"Innehållet har {_antal(len(e.problem), 'fel', 'fel')}.", file=sys.stderr)
        return 1
    _skriv(varningar)
    for g in godkanda:
        print(str(g), file=sys.stderr)
    print(
        f"Innehållet är giltigt: {_antal(len(innehall.sammantraden), 'sammanträde', 'sammanträden')}, "
        f"{_antal(len(innehall.styrdokument), 'styrdokument', 'styrdokument')}, "
        f"{_antal(len(innehall.anslag), 'anslag', 'anslag')}; "
        f"{_antal(len(pub.anslagstavla), 'aktuellt anslag', 'aktuella anslag')} per {pub.datum.isoformat()}; "
        f"{_antal(len(varningar), 'varning', 'varningar')}."
    )
    return 0


def _kor_frister(args) -> int:
    from generator.webb.filter import datum_text

    try:
        f = lagrum.frister(args.justeringsdatum, args.tillkannagiven)
    except ValueError as e:
        print(f"namndsajt frister: fel: {e}", file=sys.stderr)
        return 2
    if f.tillkannagiven > f.tillkannagiven_senast:
        print(
            f"varning: tillkännagivandet ska enligt kommunallagen 8 kap. 12 § ske senast "
            f"{f.tillkannagiven_senast.isoformat()}",
            file=sys.stderr,
        )
    if args.json:
        print(json.dumps(f.som_json(), ensure_ascii=False))
        return 0
    rader = [
        ("Justerat", f.justerad),
        ("Tillkännages senast", f.tillkannagiven_senast),
        ("Tillkännagivet", f.tillkannagiven),
        ("Sista dag att överklaga", f.overklagande_sista_dag),
        ("Tas ner från anslagstavlan", f.avpubliceras),
    ]
    for etikett, d in rader:
        print(f"{etikett + ':':28} {d.isoformat()}  ({datum_text(d)})")
    return 0


def _kor_forhandsgranska(args) -> int:
    from generator.forhandsgranskning import forhandsgranska

    return forhandsgranska(Path.cwd(), args.datum, args.port)


def _kor_importera(args) -> int:
    from generator.importera.kommando import ImportFel, importera
    from generator.importera.mapp import importera_mapp

    try:
        if args.fil.is_dir():
            if args.organ or args.typ or args.datum:
                print("namndsajt importera: fel: --organ, --typ och --datum gäller bara en fil, inte en mapp", file=sys.stderr)
                return 2
            m = importera_mapp(args.fil, Path.cwd(), rapportfil=args.rapport, skriv_over=args.skriv_over)
            print(m.rapport, end="")
            print(f"Rapporten finns också i {args.rapport}.")
            return 1 if m.vagrade else 0
        resultat = importera(
            args.fil, Path.cwd(), organ=args.organ, typ=args.typ, datum=args.datum, skriv_over=args.skriv_over
        )
    except ImportFel as e:
        print(f"namndsajt importera: fel: {e.meddelande}", file=sys.stderr)
        return e.slutkod
    except OSError as e:
        print(f"namndsajt importera: fel: filen kunde inte skrivas ({e})", file=sys.stderr)
        return 1
    print(resultat.rapport, end="")
    return 0


def _kor_ny(args) -> int:
    from generator.importera.mallar import MallFel, ny

    try:
        skapade, att_fylla = ny(
            args.vad, Path.cwd(), args.organ, args.datum, tid=args.tid, plats=args.plats, skriv_over=args.skriv_over
        )
    except MallFel as e:
        print(f"namndsajt ny: fel: {e.meddelande}", file=sys.stderr)
        return e.slutkod
    for fil in skapade:
        print(f"Skapade {fil}")
    if att_fylla:
        print("Fyll i det som står efter FYLL I i filen:")
        for falt in att_fylla:
            print(f"  - {falt}")
    print("Kontrollera och ändra mallen, och kör sedan namndsajt validera.")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    kor = {
        "bygg": _kor_bygg,
        "validera": _kor_validera,
        "frister": _kor_frister,
        "forhandsgranska": _kor_forhandsgranska,
        "importera": _kor_importera,
        "ny": _kor_ny,
    }[args.kommando]
    try:
        return kor(args)
    except KeyboardInterrupt:
        print("Avbrutet.", file=sys.stderr)
        return 130
    except Exception as e:  # the last safety net: never a traceback for a user
        if os.environ.get("NAMNDSAJT_FELSOK"):
            raise
        print(
            f"namndsajt: internt fel ({type(e).__name__}: {e}). Inget skrevs till webbplatsen. "
            "Kör igen med NAMNDSAJT_FELSOK=1 för detaljer och rapportera felet.",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
