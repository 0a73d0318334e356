"""The published view never carries what is withheld, so no output can show it.

The content is built in memory and handed to the stages after validation, bypassing validation
(which would refuse a sekretess § with content): a sekretess § with every field filled and a
handling with a file, a handling that has left the website, a protokoll not yet justerat and a
kallelse not yet utfärdad, each with a canary word. None of them may reach any output file,
pagefind's compressed files and the published PDFs' text included, and the view itself must hold
no trace of them and no object of the content model.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from conftest import LITEN, kopiera_projekt
from generator.bygg import bygg_granskat, las_och_granska, tillampa_reglerna
from generator.innehall import modell, samling
from generator.regler import vy
from test_personnummerkontroll import pdf_med
from test_sekretess_kanarie import texter

DATUM = dt.date(2025, 5, 1)  # socialnämnden 2025-03-26 is justerat and its notice has come down
SEKRETESS = "sekretesskanariefagel"  # every field of a sekretess §, and its handling's file and name
GALLRAD = "gallringskanariefagel"  # a handling that has left the website, and its file
EJ_JUSTERAT = "justeringskanariefagel"  # a protokoll whose justering is still ahead
EJ_UTFARDAD = "kallelsekanariefagel"  # a kallelse not yet utfärdad
KANARIER = (SEKRETESS, GALLRAD, EJ_JUSTERAT, EJ_UTFARDAD)


def _sekretessparagraf(nr: int, fil: str) -> modell.Paragraf:
    k = SEKRETESS
    ställning = modell.Stallningstagande(namn=f"Ledamot {k}", parti="X", text=f"Skäl {k}.")
    return modell.Paragraf.model_construct(
        nr=nr, sekretess=True, dnr=["25SN63"], rubrik=f"Rubrik {k}", beslut=f"Beslut {k}.",
        arendebeskrivning=f"Beskrivning {k}.", yrkanden=[modell.Yrkande(namn=f"Yrkare {k}", parti="X", text=f"Yrkande {k}.")],
        propositionsordning=f"Proposition {k}.",
        omrostning=modell.Omrostning.model_construct(
            ja=[modell.Person(namn=f"Ja {k}")], nej=[modell.Person(namn=f"Nej {k}")], avstar=[], resultat=f"Resultat {k}."
        ),
        reservationer=[ställning], protokollsanteckningar=[ställning], jav=[ställning],
        beslutsunderlag=[f"Underlag {k}"], skickas_till=[f"Mottagare {k}"],
        handlingar=[modell.Handling(titel=f"Handling {k}", fil=fil)], omedelbart_justerad=False,
    )


def innehall_med_kanarier(projekt: Path) -> samling.Innehall:
    innehall, _ = las_och_granska(projekt)
    mote = next(s for s in innehall.sammantraden if (s.organ.slug, s.id) == ("socialnamnden", "2025-03-26"))
    handlingar = mote.mapp / "handlingar"
    pdf_med(handlingar / f"{SEKRETESS}.pdf", [f"Handlingen med ordet {SEKRETESS}."])
    pdf_med(handlingar / f"{GALLRAD}.pdf", [f"Bilaga med ordet {GALLRAD}."])
    paragrafer = [
        _sekretessparagraf(x.nr, f"handlingar/{SEKRETESS}.pdf") if x.sekretess else x for x in mote.protokoll.paragrafer
    ]
    assert sum(x.sekretess for x in paragrafer) == 2
    mote.protokoll = mote.protokoll.model_copy(update={"paragrafer": paragrafer})
    kallelse = mote.uppgifter.kallelse
    punkter = list(kallelse.foredragningslista)
    punkter[1] = punkter[1].model_copy(update={"handlingar": [
        modell.Handling(titel=f"Bilaga {GALLRAD}", fil=f"handlingar/{GALLRAD}.pdf", webbgallras=dt.date(2025, 3, 20)),
    ]})
    mote.uppgifter = mote.uppgifter.model_copy(update={"kallelse": kallelse.model_copy(update={"foredragningslista": punkter})})

    senare = next(s for s in innehall.sammantraden if (s.organ.slug, s.id) == ("socialnamnden", "2025-12-17"))
    senare.uppgifter = senare.uppgifter.model_copy(update={"kallelse": modell.Kallelse.model_validate(
        {"utfärdad": "2025-12-10", "meddelande": f"Meddelande {EJ_UTFARDAD}.",
         "föredragningslista": [{"nr": 1, "rubrik": f"Punkt {EJ_UTFARDAD}"}]}
    )})
    senare.protokoll = modell.Protokoll.model_validate({
        "justering": {"datum": "2025-12-19", "plats": "Digital justering", "ordförande": "Britta Testsson",
                      "justerare": ["Stefan Testsson"]},
        "sekreterare": "Celina Testsson",
        "paragrafer": [{"nr": 90, "rubrik": f"Rubrik {EJ_JUSTERAT}", "beslut": f"Beslut {EJ_JUSTERAT}."}],
    })
    return innehall


def spar(x, sokvag: str = "publicering", sedda: set[int] | None = None):
    """Every value in the view, with where it is: (path, value)."""
    sedda = set() if sedda is None else sedda
    if id(x) in sedda:
        return
    sedda.add(id(x))
    yield sokvag, x
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        for f in dataclasses.fields(x):
            yield from spar(getattr(x, f.name), f"{sokvag}.{f.name}", sedda)
    elif isinstance(x, (list, tuple)):
        for i, v in enumerate(x):
            yield from spar(v, f"{sokvag}[{i}]", sedda)
    elif isinstance(x, dict):
        for k, v in x.items():
            yield from spar(v, f"{sokvag}[{k!r}]", sedda)


def test_inget_undanhallet_i_vyn_eller_i_nagon_utdata(tmp_path):
    projekt = kopiera_projekt(LITEN, tmp_path / "p")
    innehall = innehall_med_kanarier(projekt)

    utfall = tillampa_reglerna(innehall, DATUM)
    assert len(utfall.gallrade) == 1  # the report of what was withheld, beside the view
    pub = utfall.publicering
    # The site's settings are the one object the view does not copy; they hold no content.
    assert type(pub.webbplats) is modell.Webbplats
    antal = 0
    for sokvag, varde in spar(dataclasses.replace(pub, webbplats=None)):
        antal += 1
        assert not type(varde).__module__.startswith("generator.innehall"), (sokvag, type(varde))
        text = str(varde) if isinstance(varde, (str, Path)) else ""
        for k in KANARIER:
            assert k not in text, (sokvag, text)
    assert antal > 150  # objects, each once
    # The sekretess §§ are there, as their own type with nothing to show but number and dnr.
    mote = next(p for p in pub.sammantraden if p.adress == "socialnamnden/2025-03-26/")
    sekretess = [x for x in mote.paragrafer if isinstance(x, vy.SekretessParagraf)]
    assert [x.nr for x in sekretess] == [43, 44]
    assert {f.name for f in dataclasses.fields(vy.SekretessParagraf)} == {"nr", "dnr"}

    resultat = bygg_granskat(innehall, [], DATUM, projekt / "site", lambda rad: None)
    site = resultat.utdata
    filer = 0
    for fil, text in texter(site):
        filer += 1
        for k in KANARIER:
            assert k not in text, (fil, k)
            assert k not in str(fil.relative_to(site)), fil
    assert list((site / "pagefind").rglob("*.pf_*")) and filer > 50
    # The sekretess § is on the page as its number, and the rest of the protokoll is there.
    html = (site / "socialnamnden/2025-03-26/index.html").read_text(encoding="utf-8")
    assert "§ 43 Borttagen på grund av sekretess" in html and "Strategisk plan - dialog" in html
