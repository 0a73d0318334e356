"""No personnummer on the web: scan every text field of the content and every
PDF the site would publish, page by page and in its metadata.

Personal identity numbers must not be published on a website (GDPR art. 5.1 c
and 87, dataskyddslagen (2018:218) 3 kap. 10 §, IMY's guidance on municipal
websites). A hit stops the build with the number masked. A secretary who has
reviewed a hit and found it is not a personnummer (a case number in another
system, say) accepts it in that document's YAML under `godkända_nummer`, with
a reason; the build lists what was accepted. Detection itself is in
`personnummer`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.regler import adresser
from generator.innehall import pdf
from generator.innehall.samling import Innehall
from generator.regler.personnummer import hitta
from generator.innehall.problem import Problemlista
from generator.regler.vy import Publicering
from generator.innehall.schemafel import visa_falt
from generator.innehall.yamlfil import Sokvag, YamlDokument

GODKANDA = "godkända_nummer"


@dataclass(frozen=True)
class Godkant:
    fil: str
    maskerat: str
    skal: str

    def __str__(self) -> str:
        return f"{self.fil}: {self.maskerat} godkänt efter granskning ({self.skal})"


def _siffror(nummer: str) -> str:
    """The ten digits that identify a number, whatever its form."""
    return "".join(c for c in nummer if c.isdigit())[-10:]


def _texter(data: Any, sokvag: Sokvag = ()) -> Iterator[tuple[Sokvag, str]]:
    if isinstance(data, str):
        yield sokvag, data
    elif isinstance(data, dict):
        for nyckel, varde in data.items():
            if nyckel != GODKANDA:
                yield from _texter(varde, (*sokvag, str(nyckel)))
    elif isinstance(data, list):
        for i, varde in enumerate(data):
            yield from _texter(varde, (*sokvag, i))


def _godkanda(dokument: list[YamlDokument]) -> dict[str, str]:
    """{ten digits: reason} accepted in these documents."""
    ut = {}
    for dok in dokument:
        if isinstance(dok.data, dict) and isinstance(dok.data.get(GODKANDA), list):
            for post in dok.data[GODKANDA]:
                if isinstance(post, dict) and "nummer" in post:
                    ut[_siffror(str(post["nummer"]))] = str(post.get("skäl", ""))
    return ut


_RAD = (
    "personnummer eller samordningsnummer {nummer} får inte publiceras; ta bort det. Är det inget "
    "personnummer, ange det under 'godkända_nummer' med ett skäl"
)


def granska_personnummer(innehall: Innehall, pub: Publicering, problem: Problemlista) -> list[Godkant]:
    """Scan the content and the PDFs `pub` would publish; errors go into `problem`."""
    godkanda: list[Godkant] = []

    def traff(dok_fil, text: str, tillatna: dict[str, str], var: str = "", dok=None, sokvag=()) -> None:
        for t in hitta(text):
            skal = tillatna.get(_siffror(t.text))
            if skal is not None:
                godkanda.append(Godkant(problem.visa_sokvag(dok_fil), t.maskerad, skal))
            else:
                plats = {} if dok is None else {"rad": dok.rad(sokvag), "falt": visa_falt(sokvag)}
                problem.lagg_till(dok_fil, var + _RAD.format(nummer=t.maskerad), **plats)

    # Each PDF is judged with the acceptances of the documents that publish it.
    agare: list[tuple[str, list[YamlDokument]]] = []
    for s in innehall.sammantraden:
        dokument = list(s.kallor.values())
        agare.append((adresser.sammantrade(s), dokument))
        for dok in dokument:
            tillatna = _godkanda([dok])
            for sokvag, text in _texter(dok.data):
                traff(dok.fil, text, tillatna, dok=dok, sokvag=sokvag)
    poster = [(adresser.styrdokument(p), p) for p in innehall.styrdokument]
    poster += [(adresser.anslag(p), p) for p in innehall.anslag]
    for adress, post in poster:
        agare.append((adress, [post.kalla]))
        tillatna = _godkanda([post.kalla])
        for sokvag, text in _texter(post.kalla.data):
            traff(post.kalla.fil, text, tillatna, dok=post.kalla, sokvag=sokvag)

    # The rules stage knows whose each file is (`Fil.agare`: the address of its owner's page).
    per_agare = dict(agare)
    for fil in pub.filer:
        tillatna = _godkanda(per_agare[fil.agare])
        try:
            innehall_ = pdf.las(fil.kalla)
        except pdf.PdfFel:
            continue  # reported by validation
        for nr, sida in enumerate(innehall_.sidor, start=1):
            traff(fil.kalla, sida, tillatna, var=f"på sidan {nr}: ")
        for namn, varde in innehall_.metadata:
            traff(fil.kalla, varde, tillatna, var=f"i PDF-filens metadata ({namn}): ")
    return godkanda
