"""`namndsajt ny`: commented templates for a new sammanträde or protokoll.

A template validates as written: time, place and names come from the organ's
latest sammanträde and protokoll, the paragraphs from the kallelse's
föredragningslista, numbered on from the organ's last § that year. Only what
nothing can supply (the first protokoll of a new organ) is left as FYLL I,
and the command names it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from generator.regler import lagrum
from generator.innehall.samling import Innehall, Sammantrade
from generator.innehall.laddning import INNEHALL, PROTOKOLL_FIL, SAMMANTRADE_FIL, las_innehall
from generator.innehall.modell import Organ, paragrafserie
from generator.importera.utkastyaml import FyllI, Klockslag, Kommenterad, Utkommenterad, dumpa


from generator.importera.fel import FelaktigtAnrop, FelIUnderlaget, MallFel  # noqa: F401 (MallFel: the name the CLI catches)


def _klockslag(text: str) -> Klockslag:
    m = re.fullmatch(r"(\d{1,2})[:.](\d{2})", text.strip())
    if not m or int(m[1]) > 23 or int(m[2]) > 59:
        raise FelaktigtAnrop(f"'{text}' är inget klockslag; skriv till exempel 08:30")
    return Klockslag(f"{int(m[1]):02d}:{m[2]}")


def _tid(t: dt.time) -> Klockslag:
    return Klockslag(t.strftime("%H:%M"))


def _tidigare(innehall: Innehall, organ: Organ, datum: dt.date) -> list[Sammantrade]:
    """The organ's other sammanträden, latest first, those before `datum` first."""
    andra = [s for s in innehall.sammantraden if s.organ.slug == organ.slug and s.datum != datum]
    fore = sorted((s for s in andra if s.datum < datum), key=lambda s: s.datum, reverse=True)
    efter = sorted((s for s in andra if s.datum > datum), key=lambda s: s.datum)
    return fore + efter


def _rubrik(vad: str, organ: Organ, datum: dt.date) -> list[str]:
    return [
        f"{vad} för {organ.namn} {datum.isoformat()}, skapad med \"namndsajt ny\" {lagrum.idag().isoformat()}.",
        "Ändra det som inte stämmer och ta bort # framför de rader du vill använda.",
        "Alla nycklar beskrivs i docs/innehall.md; kontrollera med \"namndsajt validera\".",
    ]


def mall_sammantrade(
    organ: Organ, datum: dt.date, tidigare: list[Sammantrade], tid: str | None, plats: str | None
) -> dict[str, Any]:
    forra = tidigare[0] if tidigare else None
    if tid is None and forra is None or plats is None and forra is None:
        raise FelaktigtAnrop(
            f"ange --tid och --plats: {organ.namn} har inget tidigare sammanträde att hämta dem från"
        )
    klocka = _klockslag(tid) if tid else _tid(forra.uppgifter.tid)
    data: dict[str, Any] = {
        "tid": Kommenterad(klocka, "när sammanträdet börjar"),
        "sluttid": Utkommenterad(
            Klockslag(f"{min(int(klocka[:2]) + 3, 23):02d}:{klocka[3:]}"), "när det slutar (valfritt)"
        ),
        "plats": Kommenterad(plats or forra.uppgifter.plats, "lokal och adress"),
        "status": Utkommenterad("inställt", "om sammanträdet ställs in; skriv då varför i 'kommentar'"),
    }
    forra_kallelse = next((s.uppgifter.kallelse for s in tidigare if s.uppgifter.kallelse), None)
    kallelse: dict[str, Any] = {}
    if organ.typ == "fullmäktige":
        # KL 5 kap. 11 §: at least a week before; lagrum gives the latest day.
        kallelse["utfärdad"] = Kommenterad(
            lagrum.kungorelse_senast(datum), "tillkännages senast en vecka före sammanträdet (kommunallagen 5 kap. 11 §)"
        )
    else:
        kallelse["utfärdad"] = Kommenterad(datum - dt.timedelta(days=7), "kallelsen och handlingarna syns från och med den dagen")
    if forra_kallelse and forra_kallelse.ordforande:
        kallelse["ordförande"] = forra_kallelse.ordforande
    if forra_kallelse and forra_kallelse.sekreterare:
        kallelse["sekreterare"] = forra_kallelse.sekreterare
    kallelse["hålltider"] = [
        {"start": klocka, "slut": Klockslag("09:00") if klocka < "09:00" else klocka, "rubrik": "Information från förvaltningen"},
        {"start": Klockslag("10:00"), "slut": Klockslag("10:15"), "rubrik": "Fika", "paus": True},
    ]
    if kallelse["hålltider"][0]["slut"] == klocka:
        del kallelse["hålltider"][0]["slut"]
    kallelse["föredragningslista"] = [
        {"nr": 1, "rubrik": "Val av justerare"},
        {"nr": 2, "rubrik": "Godkännande av dagordning"},
        {"nr": 3, "rubrik": "Ärendets rubrik", "dnr": "diarienummer", "handlingar": [{"titel": "Tjänsteskrivelse", "fil": "handlingar/tjansteskrivelse.pdf"}]},
    ]
    if organ.typ == "fullmäktige":
        aktiv = {k: v for k, v in kallelse.items() if k not in ("hålltider", "föredragningslista")}
        aktiv["föredragningslista"] = Utkommenterad(kallelse["föredragningslista"], "ärendena; ta bort # och fyll i")
        data["kallelse"] = aktiv
    else:
        data["kallelse"] = Utkommenterad(kallelse, "ta bort # när kallelsen ska publiceras")
    return data


def _forra_protokoll(tidigare: list[Sammantrade]) -> Sammantrade | None:
    return next((s for s in tidigare if s.protokoll is not None), None)


def _forsta_nummer(tidigare: list[Sammantrade], datum: dt.date) -> int:
    """Paragraphs are numbered through the year: the organ's highest § this year, plus one."""
    nummer = [
        p.nr for s in tidigare if s.protokoll is not None and s.datum.year == datum.year and s.datum < datum
        for p in s.protokoll.paragrafer
    ]
    return max(nummer) + 1 if nummer else 1


def mall_protokoll(
    organ: Organ, datum: dt.date, tidigare: list[Sammantrade], denna: Sammantrade | None, att_fylla: list[str]
) -> dict[str, Any]:
    forra = _forra_protokoll(tidigare)
    kallelse = denna.uppgifter.kallelse if denna else None
    justering: dict[str, Any] = {
        "datum": Kommenterad(
            lagrum.nasta_vardag(datum + dt.timedelta(days=2)),
            "dagen protokollet justeras; det publiceras från och med den dagen",
        )
    }
    if forra and forra.protokoll.justering.tid:
        justering["tid"] = _tid(forra.protokoll.justering.tid)
    justering["plats"] = forra.protokoll.justering.plats if forra else "Digital justering"

    def namn(falt: str, varde: Any, forklaring: str) -> Any:
        if varde:
            return varde
        att_fylla.append(falt)
        return FyllI(forklaring)

    justering["ordförande"] = namn(
        "justering.ordförande",
        forra.protokoll.justering.ordforande if forra else (kallelse.ordforande if kallelse else None),
        "ordförandens namn",
    )
    justering["justerare"] = Kommenterad(
        namn("justering.justerare", list(forra.protokoll.justering.justerare) if forra else None, "justerarens namn"),
        "byt om någon annan justerar",
    ) if forra else namn("justering.justerare", None, "justerarens namn")
    data: dict[str, Any] = {"justering": justering}
    data["sekreterare"] = namn(
        "sekreterare",
        forra.protokoll.sekreterare if forra else (kallelse.sekreterare if kallelse else None),
        "sekreterarens namn",
    )
    if forra and forra.protokoll.forvaringsplats:
        data["förvaringsplats"] = forra.protokoll.forvaringsplats
    forsta = _forsta_nummer(tidigare, datum)
    paragrafer: list[dict[str, Any]] = []
    arenden = kallelse.foredragningslista if kallelse else []
    for i, a in enumerate(arenden):
        p: dict[str, Any] = {"nr": a.paragraf or forsta + i, "rubrik": a.rubrik}
        if a.dnr:
            p["dnr"] = a.dnr[0] if len(a.dnr) == 1 else list(a.dnr)
        p["beslut"] = Utkommenterad("Nämnden beslutar …", "beslutet")
        paragrafer.append(p)
    if not paragrafer:
        paragrafer = [
            {"nr": forsta, "rubrik": "Val av justerare", "beslut": Utkommenterad("Till justerare utses …", "beslutet")},
        ]
    data["omfattar"] = Kommenterad(
        paragrafserie([p["nr"] for p in paragrafer]), "paragraferna enligt protokollets huvud; varje paragraf i serien ska finnas nedan"
    )
    data["tillkännagivande"] = Utkommenterad(
        {"publiceras": justering["datum"].varde},
        "Nämndsajt räknar tillkännagivandet och överklagandetiden själv; ange bara avvikelser",
    )
    if forra and forra.protokoll.narvaro.beslutande:
        beslutande = [
            {k: v for k, v in (("namn", b.namn), ("parti", b.parti), ("roll", b.roll)) if v}
            for b in forra.protokoll.narvaro.beslutande
        ]
        data["närvaro"] = Utkommenterad({"beslutande": beslutande}, f"närvaron vid förra sammanträdet ({forra.datum.isoformat()}); ändra och ta bort #")
    else:
        data["närvaro"] = Utkommenterad(
            {"beslutande": [{"namn": "Förnamn Efternamn", "parti": "S", "roll": "ordförande"}], "övriga": [{"namn": "Förnamn Efternamn", "titel": "Nämndsekreterare"}]},
            "tjänstgörande ledamöter och övriga deltagare",
        )
    data["paragrafer"] = paragrafer
    data["fil"] = Utkommenterad("handlingar/protokoll.pdf", "det justerade protokollet som PDF, utan sekretessuppgifter")
    return data


def ny(
    vad: str,
    rot: Path,
    organ_slug: str,
    datum: dt.date,
    *,
    tid: str | None = None,
    plats: str | None = None,
    skriv_over: bool = False,
) -> tuple[list[str], list[str]]:
    """Write the template(s); returns the files written and the fields left to fill."""
    innehall, problem = las_innehall(rot)
    if innehall is None:
        detaljer = "\n".join(str(p) for p in problem.fel)
        raise FelaktigtAnrop("innehållet kan inte läsas; kör kommandot i projektets mapp" + (f"\n{detaljer}" if detaljer else ""))
    organ = innehall.organ(organ_slug)
    if organ is None:
        kanda = ", ".join(o.slug for o in innehall.webbplats.organ)
        raise FelaktigtAnrop(f"organet '{organ_slug}' finns inte i site_config.yml (kända: {kanda})")
    mapp = rot / INNEHALL / organ.slug / datum.isoformat()
    tidigare = _tidigare(innehall, organ, datum)
    denna = next((s for s in innehall.sammantraden if s.organ.slug == organ.slug and s.id == datum.isoformat()), None)
    filer: list[tuple[Path, str]] = []
    att_fylla: list[str] = []
    sammantrade_fil = mapp / SAMMANTRADE_FIL
    if vad == "sammantrade" or not sammantrade_fil.exists():
        filer.append((sammantrade_fil, dumpa(mall_sammantrade(organ, datum, tidigare, tid, plats), _rubrik("Sammanträde", organ, datum))))
    if vad == "protokoll":
        if denna is None and sammantrade_fil.exists():
            raise FelIUnderlaget(f"{sammantrade_fil.relative_to(rot)} har fel; rätta dem (namndsajt validera) och försök igen", "innehåll")
        data = mall_protokoll(organ, datum, tidigare, denna, att_fylla)
        filer.append((mapp / PROTOKOLL_FIL, dumpa(data, _rubrik("Protokoll", organ, datum) + [
            "En paragraf med sekretess skrivs bara med nummer och diarienummer:",
            "  - {nr: 43, sekretess: true, dnr: 25SN63}",
        ])))
    for fil, _ in filer:
        if fil.exists() and not skriv_over:
            raise FelIUnderlaget(
                f"{fil.relative_to(rot)} finns redan och skrevs inte över; lägg till --skriv-over om mallen ska ersätta den",
                "finns redan",
            )
    skapade = []
    for fil, text in filer:
        fil.parent.mkdir(parents=True, exist_ok=True)
        fil.write_text(text, encoding="utf-8")
        skapade.append(str(fil.relative_to(rot)))
    return skapade, att_fylla
