"""Validate: cross-checks between files, and the law's checks via `lagrum`.

Runs after loading, on the whole model, and adds to the same Problemlista.
"""

from __future__ import annotations

from pathlib import Path

from generator.regler import adresser
from generator.regler import lagrum
from generator.innehall import pdf
from generator.innehall.farger import MINSTA_KONTRAST, PAR, kontrast
from generator.innehall.identitet import Identiteter, Nyckel, en_bokstav_ifran, normera
from generator.innehall.laddning import ANSLAG, STYRDOKUMENT, menade
from generator.innehall.samling import Innehall, Sammantrade
from generator.innehall.modell import Handling, Webbplats, paragrafserie
from generator.innehall.problem import Problemlista
from generator.innehall.schemafel import visa_falt
from generator.innehall.yamlfil import Sokvag, YamlDokument

PDF_MAGI = b"%PDF-"


def kontrollera_fil(
    innehall: Innehall, bas: Path, fil: str, dok: YamlDokument, sokvag: Sokvag, problem: Problemlista
) -> None:
    """A referenced file exists, lies inside content/ and is a PDF."""
    rad = dok.rad(sokvag)
    falt = visa_falt(sokvag)
    sokvag_fil = (bas / fil).resolve()
    rot = innehall.innehallsmapp.resolve()
    if not sokvag_fil.is_relative_to(rot):
        problem.lagg_till(dok.fil, f"'{fil}' ligger utanför content/; handlingar ska ligga i arkivet", rad=rad, falt=falt)
        return
    if not sokvag_fil.is_file():
        problem.lagg_till(
            dok.fil, f"filen '{fil}' finns inte (sökvägen räknas från mappen {bas.relative_to(innehall.rot)}/)",
            rad=rad, falt=falt,
        )
        return
    with sokvag_fil.open("rb") as f:
        if f.read(len(PDF_MAGI)) != PDF_MAGI:
            problem.lagg_till(dok.fil, f"'{fil}' är ingen PDF-fil (innehållet börjar inte med %PDF-)", rad=rad, falt=falt)
            return
    storsta = innehall.webbplats.storsta_pdf_mb
    storlek = sokvag_fil.stat().st_size / 1_000_000
    if storlek > storsta:
        problem.lagg_till(
            dok.fil, f"'{fil}' är {storlek:.1f} MB; största tillåtna storlek är {storsta:g} MB ('största_pdf_mb' i site_config.yml)",
            rad=rad, falt=falt,
        )
        return
    try:
        innehall_ = pdf.las(sokvag_fil)
    except pdf.PdfFel as e:
        problem.lagg_till(dok.fil, f"'{fil}': {e}", rad=rad, falt=falt)
        return
    if innehall_.krypterad:
        problem.lagg_till(
            dok.fil, f"'{fil}' är krypterad eller lösenordsskyddad; spara den utan lösenord innan den publiceras",
            rad=rad, falt=falt,
        )


def _handlingar(
    innehall: Innehall, bas: Path, handlingar: list[Handling], dok: YamlDokument, sokvag: Sokvag, problem: Problemlista
) -> None:
    for i, h in enumerate(handlingar):
        if h.fil is not None:
            kontrollera_fil(innehall, bas, h.fil, dok, (*sokvag, i, "fil"), problem)
        elif not h.sekretess:
            problem.lagg_till(
                dok.fil, "handlingen saknar 'fil'; bara en handling med sekretess får stå utan fil",
                rad=dok.rad((*sokvag, i)), falt=visa_falt((*sokvag, i)),
            )


def _granska_kallelse(innehall: Innehall, s: Sammantrade, problem: Problemlista) -> None:
    dok = s.kallor["sammantrade"]
    u = s.uppgifter
    if u.sluttid is not None and u.sluttid <= u.tid:
        problem.lagg_till(dok.fil, "sluttiden ligger före starttiden", rad=dok.rad(("sluttid",)), falt="sluttid")
    k = u.kallelse
    if k is None:
        if s.organ.typ == "fullmäktige" and u.status == "planerat":
            problem.lagg_till(
                dok.fil, "fullmäktiges sammanträde ska tillkännages med en kallelse ('kallelse' med 'utfärdad'), "
                "kommunallagen 5 kap. 11 §", falt="kallelse", fel=False,
            )
        return
    if k.utfardad > s.datum:
        problem.lagg_till(
            dok.fil, f"kallelsen utfärdas {k.utfardad.isoformat()}, efter sammanträdet {s.datum.isoformat()}",
            rad=dok.rad(("kallelse", "utfärdad")), falt="kallelse.utfärdad",
        )
    elif s.organ.typ == "fullmäktige":
        for a in lagrum.granska_kungorelse(s.datum, k.utfardad):
            problem.lagg_till(dok.fil, a.meddelande, rad=dok.rad(("kallelse", "utfärdad")), falt=a.falt, fel=a.fel)
    for i, h in enumerate(k.halltider):
        if h.slut is not None and h.slut <= h.start:
            problem.lagg_till(
                dok.fil, "hålltiden slutar innan den börjar",
                rad=dok.rad(("kallelse", "hålltider", i, "slut")), falt=f"kallelse.hålltider[{i + 1}].slut",
            )
    sedda: set[int] = set()
    for i, a in enumerate(k.foredragningslista):
        sokvag = ("kallelse", "föredragningslista", i)
        if a.nr in sedda:
            problem.lagg_till(dok.fil, f"punkt {a.nr} finns två gånger i föredragningslistan", rad=dok.rad((*sokvag, "nr")), falt=visa_falt((*sokvag, "nr")))
        sedda.add(a.nr)
        _handlingar(innehall, s.mapp, a.handlingar, dok, (*sokvag, "handlingar"), problem)
        if a.paragraf is not None and s.protokoll is not None:
            if a.paragraf not in {p.nr for p in s.protokoll.paragrafer}:
                problem.lagg_till(
                    dok.fil, f"§ {a.paragraf} finns inte i sammanträdets protokoll",
                    rad=dok.rad((*sokvag, "paragraf")), falt=visa_falt((*sokvag, "paragraf")),
                )


def _granska_protokoll(innehall: Innehall, s: Sammantrade, problem: Problemlista) -> None:
    p = s.protokoll
    if p is None:
        return
    dok = s.kallor["protokoll"]
    if s.uppgifter.status == "inställt":
        problem.lagg_till(dok.fil, "sammanträdet är inställt enligt sammantrade.yml men har ett protokoll")
    nummer = [x.nr for x in p.paragrafer]
    sedda: set[int] = set()
    for i, nr in enumerate(nummer):
        if nr in sedda:
            problem.lagg_till(dok.fil, f"§ {nr} finns två gånger", rad=dok.rad(("paragrafer", i, "nr")), falt=f"paragrafer[{i + 1}].nr")
        sedda.add(nr)
    if p.omfattar is not None:
        omfattar = set(p.omfattar)
        for i, nr in enumerate(nummer):
            if nr not in omfattar:
                problem.lagg_till(
                    dok.fil, f"§ {nr} ligger utanför protokollets paragrafer ({paragrafserie(p.omfattar)}, se 'omfattar')",
                    rad=dok.rad(("paragrafer", i, "nr")), falt=f"paragrafer[{i + 1}].nr",
                )
        saknas = sorted(omfattar - sedda)
        if saknas:
            problem.lagg_till(
                dok.fil, f"protokollet omfattar {paragrafserie(p.omfattar)} men § {paragrafserie(saknas)} saknas i 'paragrafer'",
                rad=dok.rad(("omfattar",)), falt="omfattar",
            )
    for grupp in ("beslutande", "ersättare", "övriga"):
        lista = {"beslutande": p.narvaro.beslutande, "ersättare": p.narvaro.ersattare, "övriga": p.narvaro.ovriga}[grupp]
        for i, person in enumerate(lista):
            utanfor = sorted(set(person.paragrafer or []) - sedda)
            if utanfor:
                sokvag = ("närvaro", grupp, i, "paragrafer")
                problem.lagg_till(
                    dok.fil, f"{person.namn} anges närvarande vid § {paragrafserie(utanfor)}, som inte finns i protokollet",
                    rad=dok.rad(sokvag), falt=visa_falt(sokvag),
                )
    for a in lagrum.granska_justering(s.datum, p.justering.datum, p.tillkannagivande.publiceras, p.tillkannagivande.avpubliceras):
        sokvag = tuple(a.falt.split("."))
        problem.lagg_till(dok.fil, a.meddelande, rad=dok.rad(sokvag), falt=a.falt, fel=a.fel)
    if p.fil is not None:
        kontrollera_fil(innehall, s.mapp, p.fil, dok, ("fil",), problem)
    for i, paragraf in enumerate(p.paragrafer):
        if not paragraf.sekretess and not paragraf.rubrik:
            problem.lagg_till(dok.fil, f"§ {paragraf.nr} saknar rubrik", rad=dok.rad(("paragrafer", i)), falt=f"paragrafer[{i + 1}].rubrik")
        _handlingar(innehall, s.mapp, paragraf.handlingar, dok, ("paragrafer", i, "handlingar"), problem)


def _granska_styrdokument(innehall: Innehall, problem: Problemlista) -> None:
    moten = {(s.organ.slug, s.datum): s for s in innehall.sammantraden}
    for post in innehall.styrdokument:
        d, dok = post.dokument, post.kalla
        if innehall.organ(d.beslutad_av) is None:
            problem.lagg_till(
                dok.fil, f"organet '{d.beslutad_av}' finns inte i site_config.yml",
                rad=dok.rad(("beslutad_av",)), falt="beslutad_av",
            )
        if d.giltig_fran and d.giltig_till and d.giltig_till < d.giltig_fran:
            problem.lagg_till(dok.fil, "giltig_till ligger före giltig_från", rad=dok.rad(("giltig_till",)), falt="giltig_till")
        if d.paragraf is not None:
            mote = moten.get((d.beslutad_av, d.beslutsdatum))
            if mote is not None and mote.protokoll is not None:
                if d.paragraf not in {p.nr for p in mote.protokoll.paragrafer}:
                    problem.lagg_till(
                        dok.fil, f"protokollet från {d.beslutsdatum.isoformat()} har ingen § {d.paragraf}",
                        rad=dok.rad(("paragraf",)), falt="paragraf",
                    )
        if d.fil is not None:
            kontrollera_fil(innehall, post.mapp, d.fil, dok, ("fil",), problem)
        else:
            problem.lagg_till(dok.fil, "styrdokumentet har ingen PDF ('fil')", falt="fil", fel=False)


def _granska_anslag(innehall: Innehall, problem: Problemlista) -> None:
    for post in innehall.anslag:
        a, dok = post.anslag, post.kalla
        if a.organ is not None and innehall.organ(a.organ) is None:
            problem.lagg_till(dok.fil, f"organet '{a.organ}' finns inte i site_config.yml", rad=dok.rad(("organ",)), falt="organ")
        if a.avpubliceras <= a.publiceras:
            problem.lagg_till(dok.fil, "avpubliceras måste ligga efter publiceras", rad=dok.rad(("avpubliceras",)), falt="avpubliceras")
        _handlingar(innehall, post.mapp, a.bilagor, dok, ("bilagor",), problem)


def _granska_filnamn(s: Sammantrade, problem: Problemlista) -> None:
    """Two file names that become the same address (`Budget.pdf`, `budget.pdf`) would overwrite each other."""
    fil_for_adress: dict[str, str] = {}
    referenser: list[str] = []
    if s.uppgifter.kallelse is not None:
        referenser += [h.fil for a in s.uppgifter.kallelse.foredragningslista for h in a.handlingar if h.fil]
    if s.protokoll is not None:
        referenser += [h.fil for x in s.protokoll.paragrafer for h in x.handlingar if h.fil]
        referenser += [s.protokoll.fil] if s.protokoll.fil else []
    for fil in referenser:
        adress = adresser.filnamn(fil)
        tidigare = fil_for_adress.setdefault(adress, fil)
        if tidigare != fil:
            problem.lagg_till(
                s.mapp, f"filerna '{tidigare}' och '{fil}' får samma webbadress ({adress}); byt namn på den ena"
            )


def _granska_webbplats(innehall: Innehall, problem: Problemlista) -> None:
    """site_config.yml: each organ once, an utskott's organ exists, no organ takes a folder name of
    the content's own, the colours are readable and the logo exists."""
    dok = innehall.konfiguration
    if dok is None:
        return
    webbplats, fil, rot = innehall.webbplats, dok.fil, innehall.rot
    _granska_utseende(rot, webbplats, dok, problem)
    slugs = [o.slug for o in webbplats.organ]
    for i, organ in enumerate(webbplats.organ):
        if slugs.count(organ.slug) > 1 and slugs.index(organ.slug) == i:
            problem.lagg_till(fil, f"organet '{organ.slug}' finns flera gånger", rad=dok.rad(("organ", i)), falt="organ")
        if organ.slug in (STYRDOKUMENT, ANSLAG):
            problem.lagg_till(
                fil, f"'{organ.slug}' är reserverat för innehållets egna mappar; välj en annan förkortning",
                rad=dok.rad(("organ", i, "slug")), falt=f"organ[{i + 1}].slug",
            )
        if organ.tillhor is not None:
            foralder = next((o for o in webbplats.organ if o.slug == organ.tillhor), None)
            if foralder is None:
                problem.lagg_till(
                    fil, f"organet '{organ.tillhor}' finns inte" + menade(organ.tillhor, slugs),
                    rad=dok.rad(("organ", i, "tillhör")), falt=f"organ[{i + 1}].tillhör",
                )
        elif organ.typ == "utskott":
            problem.lagg_till(
                fil, "ett utskott ska ange vilket organ det tillhör ('tillhör')",
                rad=dok.rad(("organ", i)), falt=f"organ[{i + 1}]",
            )


def _granska_utseende(rot: Path, webbplats: Webbplats, dok: YamlDokument, problem: Problemlista) -> None:
    """The kommun's colours must be readable (WCAG 2.1 AA), and its logo must exist."""
    farger = webbplats.farger.model_dump(by_alias=True)
    for nyckel, mot, vad in PAR:
        a, b = farger[nyckel], farger.get(mot, mot)
        k = kontrast(a, b)
        if k < MINSTA_KONTRAST:
            andra = f"'{mot}' ({b})" if mot in farger else b
            problem.lagg_till(
                dok.fil,
                f"färgen '{nyckel}' ({a}) mot {andra} har kontrasten {k:.2f}:1".replace(".", ",", 1)
                + f" ({vad}); WCAG 2.1 nivå AA, som DOS-lagen kräver, kräver minst 4,5:1",
                rad=dok.rad(("färger", nyckel)),
                falt=f"färger.{nyckel}",
            )
    if webbplats.logotyp is not None:
        fil = (rot / webbplats.logotyp).resolve()
        if not fil.is_relative_to(rot.resolve()) or not fil.is_file():
            problem.lagg_till(dok.fil, f"logotypen '{webbplats.logotyp}' finns inte i projektet", rad=dok.rad(("logotyp",)), falt="logotyp")
        elif fil.suffix.lower() not in (".svg", ".png"):
            problem.lagg_till(dok.fil, "logotypen ska vara en SVG- eller PNG-fil", rad=dok.rad(("logotyp",)), falt="logotyp")


def granska(innehall: Innehall, problem: Problemlista) -> None:
    """Run every cross-check; problems go into `problem`."""
    _granska_webbplats(innehall, problem)
    for s in innehall.sammantraden:
        _granska_kallelse(innehall, s, problem)
        _granska_protokoll(innehall, s, problem)
        _granska_filnamn(s, problem)
    _granska_styrdokument(innehall, problem)
    _granska_anslag(innehall, problem)
    _granska_personer(innehall, problem)


_OMROSTNING = (("ja", "ja"), ("nej", "nej"), ("avstar", "avstår"))


def _granska_personer(innehall: Innehall, problem: Problemlista) -> None:
    """Names in the protokoll: one who yrkar, reserverar sig or votes sits in that meeting's närvaro,
    and two names that look like one person (the same name in two parties, two spellings one letter
    apart) are either merged or told apart in the list `förtroendevalda` in site_config.yml."""
    webbplats = innehall.webbplats
    ident = Identiteter(webbplats.fortroendevalda)
    dok = innehall.konfiguration
    organ = {o.slug for o in webbplats.organ}
    for i, f in enumerate(webbplats.fortroendevalda):
        for o in f.organ:
            if o not in organ and dok is not None:
                problem.lagg_till(
                    dok.fil, f"organet '{o}' finns inte" + menade(o, sorted(organ)),
                    rad=dok.rad(("förtroendevalda", i, "organ")), falt=f"förtroendevalda[{i + 1}].organ",
                )
    forsta: dict[Nyckel, tuple[str, str | None, Path, int | None]] = {}  # the first mention of each person
    for s in innehall.sammantraden:
        p = s.protokoll
        if p is None:
            continue
        pdok = s.kallor["protokoll"]
        har_parti: dict[str, str | None] = {}
        narvarande: dict[Nyckel, list[list[int] | None]] = {}  # person → the §§ of each line (None: all)
        for grupp, lista in (("beslutande", p.narvaro.beslutande), ("ersättare", p.narvaro.ersattare)):
            for j, person in enumerate(lista):
                k = ident.nyckel(person.namn, person.parti, s.organ.slug)
                narvarande.setdefault(k, []).append(person.paragrafer)
                har_parti.setdefault(normera(person.namn), person.parti)
                forsta.setdefault(k, (person.namn, person.parti, pdok.fil, pdok.rad(("närvaro", grupp, j, "namn"))))
        for i, x in enumerate(p.paragrafer):
            if x.sekretess:
                continue
            omnamnda = [
                (("paragrafer", i, nyckel, j), y, vad)
                for nyckel, lista, vad in (("yrkanden", x.yrkanden, "yrkar"), ("reservationer", x.reservationer, "reserverar sig"))
                for j, y in enumerate(lista)
            ]
            if x.omrostning is not None:
                omnamnda += [
                    (("paragrafer", i, "omröstning", nyckel, j), y, "röstar")
                    for attr, nyckel in _OMROSTNING for j, y in enumerate(getattr(x.omrostning, attr))
                ]
            for sokvag, y, vad in omnamnda:
                parti = y.parti if y.parti is not None else har_parti.get(normera(y.namn))
                rader = narvarande.get(ident.nyckel(y.namn, parti, s.organ.slug))
                if rader is None:
                    problem.lagg_till(
                        pdok.fil,
                        f"{y.namn} {vad} i § {x.nr} men finns inte bland beslutande eller ersättare i närvaron; "
                        "stava namnet som i närvaron, eller lägg till personen där",
                        rad=pdok.rad(sokvag), falt=visa_falt(sokvag), fel=False,
                    )
                elif all(r is not None and x.nr not in r for r in rader):
                    deltar = sorted({nr for r in rader for nr in r})
                    problem.lagg_till(
                        pdok.fil,
                        f"{y.namn} {vad} i § {x.nr} men deltar enligt närvaron bara i § {paragrafserie(deltar)}",
                        rad=pdok.rad(sokvag), falt=visa_falt(sokvag), fel=False,
                    )
    _liknande_namn(forsta, problem)


def _liknande_namn(forsta: dict[Nyckel, tuple[str, str | None, Path, int | None]], problem: Problemlista) -> None:
    rad = "lägg till dem i 'förtroendevalda' i site_config.yml: samma person med 'stavningar', olika personer med 'organ' eller 'id'"
    personer = list(forsta.items())
    namne: dict[str, list[tuple[Nyckel, tuple]]] = {}
    korgar: dict[tuple, list[tuple[Nyckel, tuple]]] = {}  # (party, the name with one letter removed, or whole)
    for k, var in personer:
        namne.setdefault(normera(var[0]), []).append((k, var))
        n = normera(var[0])
        for variant in {n, *(n[:i] + n[i + 1:] for i in range(len(n)))}:
            korgar.setdefault((var[1], variant), []).append((k, var))
    sagda: set[frozenset] = set()

    def varna(a, b, vad: str) -> None:
        (ka, va), (kb, vb) = a, b
        par = frozenset((ka, kb))
        if ka == kb or par in sagda or (ka.post is not None and kb.post is not None):
            return
        sagda.add(par)
        if (str(va[2]), va[3] or 0) > (str(vb[2]), vb[3] or 0):  # told where the second of them is written
            va, vb = vb, va
        problem.lagg_till(
            vb[2], f"'{va[0]}' ({va[1] or 'inget parti'}) och '{vb[0]}' ({vb[1] or 'inget parti'}) {vad}; {rad}",
            rad=vb[3], fel=False,
        )

    for lista in namne.values():
        for a in lista:
            for b in lista:
                if a[0].parti != b[0].parti and (a[1][0], a[1][1] or "") < (b[1][0], b[1][1] or ""):
                    varna(a, b, "har samma namn men olika partier: är det samma person?")
    for lista in korgar.values():
        for a in lista:
            for b in lista:
                if normera(a[1][0]) < normera(b[1][0]) and en_bokstav_ifran(a[1][0], b[1][0]):
                    varna(a, b, "skiljer sig på en bokstav: är det samma person?")
