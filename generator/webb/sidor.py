"""Which pages the site has: address, title, template and the data each shows."""

from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from generator.regler import adresser
from generator.register.arenden import arenden, lankar
from generator.register.forteckning import forteckning
from generator.regler.publicering import Publicering
from generator.webb.filter import datum_text


INNEHALL = "innehall"  # the id of every page's main content, the skip link's target


@dataclass
class Sida:
    adress: str
    titel: str
    mall: str
    vy: dict[str, Any]

    @property
    def kalla(self) -> str:
        return adresser.som_kalla(self.adress)

    def markdown(self) -> str:
        """The in-memory source mkdocs reads: front matter only, the template does the rest."""
        return (
            f"---\ntemplate: {self.mall}\ntitle: {json.dumps(self.titel, ensure_ascii=False)}\n"
            "hide: [toc]\n---\n"
        )


STYRDOKUMENT_RUBRIKER = {
    "policy": "Policyer",
    "riktlinje": "Riktlinjer",
    "plan": "Planer",
    "program": "Program",
    "reglemente": "Reglementen",
    "delegationsordning": "Delegationsordningar",
    "taxa": "Taxor",
    "föreskrift": "Föreskrifter",
    "annat": "Övriga styrdokument",
}


SOK = "sok/"


def alla_sidor(pub: Publicering) -> list[Sida]:
    inn = pub.innehall
    alla_arenden = arenden(forteckning(pub))
    arendelankar = lankar(alla_arenden)
    kommun = inn.webbplats.kommun
    kommande = [p for p in pub.sammantraden if p.sammantrade.datum >= pub.datum]
    sidor = [
        Sida(adresser.START, kommun, "start.html", {
            "anslag": pub.anslagstavla,
            "kommande": kommande[:6],
        }),
        Sida(adresser.ANSLAGSTAVLA, "Anslagstavla", "anslagstavla.html", {"anslag": pub.anslagstavla}),
        Sida(adresser.OVERKLAGA, "Så överklagar du ett beslut", "overklaga.html", {}),
        Sida(adresser.TILLGANGLIGHET, "Tillgänglighetsredogörelse", "tillganglighet.html", {}),
        Sida(adresser.PRENUMERERA, "Prenumerera och öppna data", "prenumerera.html", {
            "floden": [("Anslagstavlan", "anslagstavla"), ("Styrdokument", "styrdokument"),
                       *((o.namn, o.slug) for o in inn.webbplats.organ)],
            "kalendrar": [("Alla sammanträden", "sammantraden"), *((o.namn, o.slug) for o in inn.webbplats.organ)],
        }),
    ]
    for organ in inn.webbplats.organ:
        egna = sorted(pub.sammantraden_for(organ), key=lambda p: p.sammantrade.datum, reverse=True)
        per_ar = [(ar, list(g)) for ar, g in groupby(egna, key=lambda p: p.sammantrade.datum.year)]
        utskott = [o for o in inn.webbplats.organ if o.tillhor == organ.slug]
        foralder = inn.organ(organ.tillhor) if organ.tillhor else None
        sidor.append(Sida(adresser.organ(organ), organ.namn, "organ.html", {
            "organ": organ, "per_ar": per_ar, "utskott": utskott, "foralder": foralder,
        }))
        for p in egna:
            s = p.sammantrade
            sidor.append(Sida(
                p.adress,
                f"{organ.namn} {datum_text(s.datum, veckodag=False)}",
                "sammantrade.html",
                {"p": p, "s": s, "organ": organ, "anslag": [t for t in pub.anslagstavla if t.sammantrade is s],
                 "arenden": arendelankar},
            ))
    grupper = []
    for typ, rubrik in STYRDOKUMENT_RUBRIKER.items():
        av_typ = sorted((d for d in pub.styrdokument if d.post.dokument.typ == typ), key=lambda d: d.post.dokument.titel)
        if av_typ:
            grupper.append((typ, rubrik, av_typ))
    sidor.append(Sida(adresser.STYRDOKUMENT, "Styrdokument", "styrdokument_lista.html", {"grupper": grupper}))
    for d in pub.styrdokument:
        beslutsinstans = inn.organ(d.post.dokument.beslutad_av)
        beslut = next(
            (p for p in pub.sammantraden
             if p.sammantrade.organ.slug == d.post.dokument.beslutad_av
             and p.sammantrade.datum == d.post.dokument.beslutsdatum and p.protokoll_publicerat),
            None,
        )
        ersatter = next((x for x in pub.styrdokument if x.post.id == d.post.dokument.ersatter), None)
        ersatts_av = [x for x in pub.styrdokument if x.post.dokument.ersatter == d.post.id]
        sidor.append(Sida(d.adress, d.post.dokument.titel, "styrdokument.html", {
            "d": d, "dok": d.post.dokument, "beslutsinstans": beslutsinstans, "beslut": beslut,
            "ersatter": ersatter, "ersatts_av": ersatts_av, "arenden": arendelankar,
        }))
    sidor.append(Sida(SOK, "Sök", "sok.html", {"exempel": _sokexempel(alla_arenden)}))
    for a in alla_arenden:
        sidor.append(Sida(a.adress, f"Ärende {a.dnr}", "arende.html", {"a": a}))
    return sidor


def _sokexempel(alla_arenden) -> list[str]:
    """Two diarienummer of the site to show as examples on the search page: those of the longest ärenden."""
    langst = sorted(alla_arenden, key=lambda a: (-len(a.organ), -len(a.steg), a.slug))
    return [a.dnr for a in langst[:2]]


def navigering(pub: Publicering) -> list[Any]:
    """The navigation: listing pages only. Single sammanträden and styrdokument
    stay out of it, so that no page carries thousands of links."""
    organ = [{o.namn: adresser.som_kalla(adresser.organ(o))} for o in pub.innehall.webbplats.organ]
    return [
        {"Start": adresser.som_kalla(adresser.START)},
        {"Anslagstavla": adresser.som_kalla(adresser.ANSLAGSTAVLA)},
        {"Nämnder och sammanträden": organ},
        {"Styrdokument": adresser.som_kalla(adresser.STYRDOKUMENT)},
        {"Så överklagar du": adresser.som_kalla(adresser.OVERKLAGA)},
        {"Prenumerera och öppna data": adresser.som_kalla(adresser.PRENUMERERA)},
    ]
