"""The command `namndsajt`: bygg, validera, frister, forhandsgranska, importera, ny.

Exit codes: 0 success, 1 invalid content, 2 wrong usage. Messages are Swedish
and errors go to stderr.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from pathlib import Path

from generator.fel import AnvandningsFel, ByggFel, FelIInnehallet, NamndsajtFel
from generator.regler import lagrum
from generator.svenska import antal
from generator.innehall.problem import InnehallsFel, Problem

# argparse writes its own messages in English; these turn each into Swedish. The inner message
# of "argument X: ..." is translated again (it may already be ours, in Swedish).
_SVENSKA = [
    (r"argument (\S+): (.*)", lambda m: f"argumentet {m[1]}: {_pa_svenska(m[2])}"),
    (r"the following arguments are required: (.*)", r"följande argument saknas: \1"),
    (r"unrecognized arguments: (.*)", r"okända argument: \1"),
    (r"expected one argument", "förväntade ett värde"),
    (r"expected at most one argument", "förväntade högst ett värde"),
    (r"expected at least one argument", "förväntade minst ett värde"),
    (r"expected (\d+) arguments?", r"förväntade \1 värden"),
    (r"invalid choice: (.*) \(choose from (.*)\)", r"ogiltigt val: \1 (välj bland \2)"),
    (r"invalid \S+ value: (.*)", r"ogiltigt värde: \1"),
    (r"ambiguous option: (\S+) could match (.*)", r"tvetydig flagga: \1 kan vara \2"),
    (r"one of the arguments (.*) is required", r"ett av argumenten \1 krävs"),
    (r"not allowed with argument (.*)", r"får inte användas tillsammans med \1"),
    (r"ignored explicit argument (.*)", r"flaggan tar inget värde: \1"),
]


def _pa_svenska(meddelande: str) -> str:
    """argparse's English message in Swedish; a message we do not know stays as it is."""
    for monster, ersattning in _SVENSKA:
        m = re.fullmatch(monster, meddelande, flags=re.DOTALL)
        if m:
            return ersattning(m) if callable(ersattning) else m.expand(ersattning)
    return meddelande


class _Tolk(argparse.ArgumentParser):
    """An ArgumentParser that speaks Swedish through its public methods only: its own -h with
    Swedish help, its arguments in groups with Swedish titles, Swedish usage and errors.
    The subcommands' parsers are of the same class (argparse makes them with the parent's class)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self.argumentgrupp = self.add_argument_group("argument")
        self.flaggrupp = self.add_argument_group("flaggor")
        self.flaggrupp.add_argument(
            "-h", "--help", action="help", default=argparse.SUPPRESS, help="visa den här hjälpen och avsluta"
        )

    def add_argument(self, *namn, **kwargs):
        flagga = bool(namn) and namn[0].startswith("-")
        return (self.flaggrupp if flagga else self.argumentgrupp).add_argument(*namn, **kwargs)

    def format_usage(self) -> str:
        return _svensk_anvandning(super().format_usage())

    def format_help(self) -> str:
        return _svensk_anvandning(super().format_help())

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fel: {_pa_svenska(message)}\n")


def _svensk_anvandning(text: str) -> str:
    return "användning: " + text.removeprefix("usage: ") if text.startswith("usage: ") else text


def _datum(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' är inget datum på formen ÅÅÅÅ-MM-DD") from None


def _parser() -> argparse.ArgumentParser:
    p = _Tolk(
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


def _kor_bygg(args) -> int:
    from generator.bygg import bygg

    datum = args.datum or lagrum.idag()
    resultat = bygg(Path.cwd(), datum, args.utdata, lambda text: print(text, file=sys.stderr))
    _skriv_problem(resultat.varningar)
    for text in resultat.gallrade:
        print(f"gallrat från webbplatsen (finns kvar i content/): {text}", file=sys.stderr)
    for g in resultat.godkanda:
        print(str(g), file=sys.stderr)
    print(
        f"Klart per {datum.isoformat()}: {antal(resultat.sidor, 'sida', 'sidor')}, "
        f"{antal(resultat.anslag, 'aktuellt anslag', 'aktuella anslag')}, "
        f"{antal(len(resultat.gallrade), 'dokument', 'dokument')} gallrade från webbplatsen, "
        f"{antal(len(resultat.varningar), 'varning', 'varningar')}. Webbplatsen finns i {args.utdata}/."
    )
    return 0


def _kor_validera(args) -> int:
    from generator.bygg import las_och_granska, publicera_och_granska

    innehall, varningar = las_och_granska(Path.cwd())
    pub, godkanda = publicera_och_granska(innehall, args.datum or lagrum.idag())
    _skrivare(args)(varningar)
    for g in godkanda:
        print(str(g), file=sys.stderr)
    print(
        f"Innehållet är giltigt: {antal(len(innehall.sammantraden), 'sammanträde', 'sammanträden')}, "
        f"{antal(len(innehall.styrdokument), 'styrdokument', 'styrdokument')}, "
        f"{antal(len(innehall.anslag), 'anslag', 'anslag')}; "
        f"{antal(len(pub.anslagstavla), 'aktuellt anslag', 'aktuella anslag')} per {pub.datum.isoformat()}; "
        f"{antal(len(varningar), 'varning', 'varningar')}."
    )
    return 0


def _kor_frister(args) -> int:
    from generator.text import datum_text

    try:
        f = lagrum.frister(args.justeringsdatum, args.tillkannagiven)
    except ValueError as e:  # the dates contradict each other: the command was used wrongly
        raise AnvandningsFel(str(e)) from None
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
    from generator.importera.kommando import importera
    from generator.importera.mapp import importera_mapp

    if args.fil.is_dir():
        if args.organ or args.typ or args.datum:
            raise AnvandningsFel("--organ, --typ och --datum gäller bara en fil, inte en mapp")
        m = importera_mapp(args.fil, Path.cwd(), rapportfil=args.rapport, skriv_over=args.skriv_over)
        print(m.rapport, end="")
        print(f"Rapporten finns också i {args.rapport}.")
        return 1 if m.vagrade else 0
    resultat = importera(
        args.fil, Path.cwd(), organ=args.organ, typ=args.typ, datum=args.datum, skriv_over=args.skriv_over
    )
    print(resultat.rapport, end="")
    return 0


def _kor_ny(args) -> int:
    from generator.importera.mallar import ny

    skapade, att_fylla = ny(
        args.vad, Path.cwd(), args.organ, args.datum, tid=args.tid, plats=args.plats, skriv_over=args.skriv_over
    )
    for fil in skapade:
        print(f"Skapade {fil}")
    if att_fylla:
        print("Fyll i det som står efter FYLL I i filen:")
        for falt in att_fylla:
            print(f"  - {falt}")
    print("Kontrollera och ändra mallen, och kör sedan namndsajt validera.")
    return 0


def _skrivare(args):
    """How problems are written: Swedish lines naming file, line and field, or, with
    `validera --format github`, GitHub's workflow commands (generator/redaktor/arbetsflode.py)."""
    if getattr(args, "format", None) == "github":
        from generator.redaktor.arbetsflode import skriv_for_github

        return skriv_for_github
    return _skriv_problem


def _meddela(e: NamndsajtFel, args) -> int:
    """The one place where an error becomes a Swedish message on stderr and an exit code."""
    if isinstance(e, InnehallsFel):
        _skrivare(args)(e.problem)
        fel = antal(sum(1 for x in e.problem if x.fel), "fel", "fel")
        if args.kommando == "bygg":
            print(f"Bygget avbröts: {fel} i innehållet. Ingenting skrevs till {args.utdata}/.", file=sys.stderr)
        else:
            print(f"Innehållet har {fel}.", file=sys.stderr)
    elif args.kommando == "bygg" and isinstance(e, ByggFel):
        print(f"Bygget misslyckades: {e}. Den tidigare webbplatsen är orörd.", file=sys.stderr)
    elif args.kommando == "bygg":
        print(f"Bygget avbröts: {e}. Ingenting skrevs till {args.utdata}/.", file=sys.stderr)
    else:
        print(f"namndsajt {args.kommando}: fel: {e}", file=sys.stderr)
    return e.slutkod


def _fran_os(e: OSError, args) -> NamndsajtFel:
    """A file that could not be read or written, as the error of the command that met it."""
    if args.kommando == "bygg":
        return ByggFel(str(e))
    return FelIInnehallet(f"filen kunde inte {'skrivas' if args.kommando in ('importera', 'ny') else 'läsas'} ({e})")


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
    except NamndsajtFel as e:
        return _meddela(e, args)
    except OSError as e:
        return _meddela(_fran_os(e, args), args)
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


def program() -> None:
    """The `namndsajt` command. It leaves without tearing down its objects one by one: after a
    large archive's build that took seconds, and everything is written and closed by then."""
    kod = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(kod)


if __name__ == "__main__":
    program()
