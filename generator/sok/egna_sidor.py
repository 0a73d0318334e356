"""The site's own pages that a reader looks for by searching: how to appeal, the anslagstavla,
subscribing and open data, accessibility.

Search records are made from the register, before the pages are rendered, so these pages are
not read by pagefind; each gets a record of its own (`sokindex`) with the page's title and a few
of its sentences and headings, the words a reader uses for it. Its search words (`sokord`) are
a meta field of the record, which the search page weights above a title (pagefind's
`ranking.metaWeights`, theme/assets/sok.js): so "anslagstavlan" finds the anslagstavla before the
anslag, whose titles end in "– anslagstavlan", and "överklaga" finds "Så överklagar du ett beslut". Every text here is quoted from the page as it
is rendered, `{kommun}` being the kommun's name; tests/test_sok.py checks that each still is.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.regler import adresser

INFORMATION = "Information"  # their Typ and Dokumenttyp
SOKORD = "sokord"  # the meta field of their search words; its weight is set in theme/assets/sok.js


@dataclass(frozen=True)
class EgenSida:
    adress: str
    titel: str  # the page's h1
    text: tuple[str, ...]  # sentences and headings of the page, as it shows them
    sokord: tuple[str, ...]  # the words a reader looks for the page by

    def stycken(self, kommun: str) -> list[str]:
        return [t.replace("{kommun}", kommun) for t in self.text]


EGNA_SIDOR = (
    EgenSida(adresser.OVERKLAGA, "Så överklagar du ett beslut", (
        "Beslut som nämnder, styrelsen och fullmäktige i {kommun} fattar kan överklagas på två sätt.",
        "Laglighetsprövning",
        "Alla som är medlemmar i kommunen kan begära att förvaltningsrätten prövar om ett beslut har kommit till "
        "på ett lagligt sätt (kommunallagen 13 kap.).",
        "Förvaltningsbesvär",
    ), ("överklaga", "överklagande")),
    EgenSida(adresser.ANSLAGSTAVLA, "Anslagstavla", (
        "På anslagstavlan tillkännager {kommun} att protokoll har justerats, när fullmäktige sammanträder, "
        "och andra kungörelser och tillkännagivanden (kommunallagen 8 kap.).",
    ), ("anslagstavlan",)),
    EgenSida(adresser.PRENUMERERA, "Prenumerera och öppna data", (
        "Du behöver inte gå in på webbplatsen för att se vad som är nytt.",
        "Flöden (RSS och Atom)",
        "Sammanträden i din kalender",
        "Öppna data",
    ), ("prenumerera", "prenumeration")),
    EgenSida(adresser.TILLGANGLIGHET, "Tillgänglighetsredogörelse", (
        "Här beskriver vi hur webbplatsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig "
        "service, vilka kända brister den har och hur du kan rapportera problem.",
        "Rapportera brister och få innehåll i ett annat format",
    ), ("tillgänglighet",)),
)
