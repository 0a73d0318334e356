"""The search index: pagefind, written into the finished site before it is swapped in.

One result per thing a person cites. Pagefind's usual way is to read every HTML
page and return one result per page, with headings as sub-results. Here a page
is a whole sammanträde (kallelse, protokoll and twenty §§), so a word in one
beslut would find "Socialnämnden 26 mars 2025" and leave the reader to look for
the § inside it, and the page's filters (organ, år, dokumenttyp) could not differ
between its §§ and its föredragningslista. So every post of the register
(`forteckning`) becomes a search record of its own: a § with the url of its
anchor (`…/#paragraf-45`) and the title a person cites ("§ 45 Strategisk plan –
Socialnämnden 26 mars 2025"); a föredragningslista item (`#punkt-5`); a
styrdokument with the text of its PDF; an anslag; a PDF handling with its text
(read with pypdf) and the url of the file itself; and one record per ärende, so
that a diarienummer finds the ärende page first; one record per förtroendevald
(`register.personer`), whose name weighs as much, so that a name finds the person's
page first; and one record for each of the
site's own pages that a reader looks for by searching (`egna_sidor`: how to appeal,
the anslagstavla ...). Other pages are not indexed, so nothing else can be found.

How the records reach pagefind. Pagefind's Python API offers
`add_custom_record`, one call per record, but its wrapper pauses 100 ms before
reading each reply (`PagefindService._wait_for_responses`), so 200 records take
20 s and a kommun's ten years of §§ and handlingar would take half an hour. So
each record is written as a small HTML document into a staging folder beside the
site, at the path of its url (`socialnamnden/2025-03-26/#paragraf-45`,
`…/handlingar/taxor.pdf`, `arenden/ks-2026-00052/index.html`), marked up with
pagefind's attributes, and pagefind reads the whole folder in one call
(`PagefindIndex.add_directory`); the urls pagefind derives from those paths are
exactly the addresses on the site. The staging folder is never published.

Each record carries:

- `data-pagefind-body`: the title as a heading, the diarienummer in every
  spelling the index should know (`diarienummer.sokord`), and the text;
- `data-pagefind-meta`: `title`; `Typ`, `Diarienummer`, `Datum` (and `Status`,
  `Beslutad`, `Organ`, `Senast`), which the search page shows under the title; for a handling
  `sammanhang` and `sammanhang_url`, which the search page turns into a link to
  the sammanträde and then hides;
- `data-pagefind-filter`: `Organ`, `År`, `Dokumenttyp` and, for styrdokument,
  `Giltighet`;
- `data-pagefind-sort`: `datum` (ISO) on every record, since pagefind leaves
  out records without the sort key when sorting.

Sekretess: the register belongs to the published view (`regler.vy`), which
has no content of a sekretess § and no file of a handling marked sekretess to
give it, and the only files read are those the register names. The index is
written with `force_language="sv"`: Swedish stemming.

Filters and their cost. Pagefind 1.5.2 counts, on every search, how many hits
each value of every loaded filter has, by looking up each of the value's pages in
the list of hits: work in proportion to the records times the hits, seconds per
query on a large archive (bench/RESULTS.md). So the search page
(theme/assets/sok.js, on pagefind's JavaScript API) never asks pagefind for its
filters: it builds its own filter controls from `FILTERFIL`, the values each
filter has in this index, written beside the index, and pagefind loads a filter
only when a reader ticks one of its values. Pagefind's ready-made interfaces
(pagefind-ui.js and the like) are not used, and not published.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import html
import json
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from pagefind.index import IndexConfig, PagefindIndex

from generator.fel import ByggFel
from generator.innehall import diarienummer
from generator.sok.egna_sidor import EGNA_SIDOR, INFORMATION, SOKORD, EgenSida
from generator.innehall.pdf import PdfFel
from generator.innehall.pdf import las as las_pdf
from generator.register.forteckning import HANDLING, STYRDOKUMENT, TYPNAMN
from generator.register.personer import Fortroendevald, PARTINAMN, personregister
from generator.regler.vy import Arende, Post, Publicering
from generator.sok import pagefind_ordning
from generator.text import datum_text, ren_text

MAPP = "pagefind"
SPRAK = "sv"

FILTER_ORGAN = "Organ"
FILTER_AR = "År"
FILTER_TYP = "Dokumenttyp"
FILTER_GILTIGHET = "Giltighet"
ARENDE = "Ärende"
FORTROENDEVALD = "Förtroendevald"
GILTIGHETER = [s.capitalize() for s in ("gällande", "kommande", "upphävd", "utgången")]
# The values of each filter in this index, in the order the search page shows them: written into
# the index's folder, read by theme/assets/sok.js.
FILTERFIL = "namndsajt-filter.json"


@dataclass
class Sokindex:
    poster: int = 0
    varningar: list[str] = field(default_factory=list)


class SokindexFel(ByggFel):
    """Pagefind could not write the index."""


def pdf_text(fil: Path) -> str:
    """The text of a PDF, page by page; read once per build (`generator.pdf`), as validation
    and the personnummer scan have read it already."""
    innehall = las_pdf(fil)
    if innehall.krypterad:
        raise PdfFel("PDF-filen är krypterad")
    return innehall.text


def _filtervarde(text: str) -> str:
    """Pagefind's interface shows a filter value as HTML, so it is stored escaped."""
    return html.escape(text, quote=False)


def _dnr_ord(dnr: list[str]) -> list[str]:
    return [o for d in dnr for o in diarienummer.sokord(d)]


@dataclass
class Sokpost:
    """One search record."""

    url: str  # the address on the site, from its root, without a leading "/"
    titel: str
    dnr: str  # the diarienummer in every spelling the index should know
    text: list[str]  # plain text, one paragraph each
    meta: dict[str, str]
    filter: dict[str, list[str]]
    datum: str  # ISO, the sort key ("": none)
    dnr_vikt: int = 1  # pagefind's weight of the diarienummer: an ärende's are worth most


def _post(p: Post, pdf: str) -> Sokpost:
    """The record of one post of the register."""
    meta = {"Typ": TYPNAMN[p.typ]}
    if p.dnr:
        meta["Diarienummer"] = ", ".join(p.dnr)
    filter_ = {FILTER_AR: [str(p.ar)], FILTER_TYP: [TYPNAMN[p.typ]]}
    if p.organ is not None:
        filter_[FILTER_ORGAN] = [_filtervarde(p.organ.namn)]
    if p.typ == STYRDOKUMENT:
        meta["Beslutad"] = datum_text(p.datum, veckodag=False)
    else:
        meta["Datum"] = datum_text(p.datum, veckodag=False)
    if p.typ == STYRDOKUMENT:
        if p.status:
            meta["Status"] = p.status.capitalize()
            filter_[FILTER_GILTIGHET] = [p.status.capitalize()]
    if p.typ == HANDLING and p.sammanhang is not None:
        meta["sammanhang"], sida = p.sammanhang
        meta["sammanhang_url"] = "/" + sida
    text = [*(ren_text(t) for t in p.text), pdf]
    return Sokpost(p.adress, p.titel, " ".join(_dnr_ord(p.dnr)), [t for t in text if t], meta, filter_,
                   p.datum.isoformat())


def _arende(a: Arende) -> Sokpost:
    organ = [o.namn for o in a.organ]
    meta = {"Typ": ARENDE, "Diarienummer": ", ".join(a.stavningar), "Senast": datum_text(a.senast, veckodag=False)}
    filter_ = {FILTER_AR: sorted({str(p.ar) for p in a.poster}), FILTER_TYP: [ARENDE]}
    if organ:
        meta["Organ"] = ", ".join(organ)
        filter_[FILTER_ORGAN] = [_filtervarde(o) for o in organ]
    titel = f"Ärende {a.dnr}: {a.rubrik}"
    return Sokpost(a.adress, titel, " ".join(_dnr_ord(a.stavningar)), [], meta, filter_, a.senast.isoformat(),
                   dnr_vikt=10)


def _person(p: Fortroendevald) -> Sokpost:
    """A förtroendevald's page: the name weighs most, so that searching for it finds the page first."""
    uppdrag = p.organ
    organ = [u.organ.namn for u in uppdrag]
    meta = {"Typ": FORTROENDEVALD}
    if p.parti:
        meta["Parti"] = PARTINAMN.get(p.parti, p.parti)
    if organ:
        meta["Organ"] = ", ".join(organ)
    text = [f"{p.namn}, förtroendevald" + (f" för {PARTINAMN.get(p.parti, p.parti)} ({p.parti})" if p.parti else "") + "."]
    text += [f"{', '.join(u.roller).capitalize()} i {u.organ.namn}." for u in uppdrag]
    # No Dokumenttyp: a person is no document, and the filter's values are the register's types.
    filter_ = {FILTER_ORGAN: [_filtervarde(o) for o in organ],
               FILTER_AR: sorted({str(t.sammantrade.datum.year) for t in p.tillfallen})}
    senast = max(t.sammantrade.datum for t in p.tillfallen)
    return Sokpost(p.adress, p.visning, p.namn, text, meta, filter_, senast.isoformat(), dnr_vikt=10)


def _egen_sida(sida: EgenSida, kommun: str) -> Sokpost:
    """One of the site's own pages (`egna_sidor`). Without a date: a date sort leaves it out."""
    meta = {"Typ": INFORMATION, SOKORD: " ".join(sida.sokord)}
    return Sokpost(sida.adress, sida.titel, "", sida.stycken(kommun), meta, {FILTER_TYP: [INFORMATION]}, "")


def poster(pub: Publicering) -> tuple[list[Sokpost], list[str]]:
    """Every record of the index, and warnings about PDFs whose text could not be read."""
    varningar: list[str] = []
    return list(_poster(pub, varningar)), varningar


def _poster(pub: Publicering, varningar: list[str]) -> Iterator[Sokpost]:
    """The records one at a time, so that a large archive's are never all in memory at once:
    one per post of the view's register, one per ärende, one per förtroendevald."""
    for p in pub.register:
        text = ""
        if p.pdf is not None:
            try:
                text = pdf_text(p.pdf)
            except Exception as e:  # a damaged PDF is still findable by its title
                varningar.append(f"texten i {p.pdf.name} kunde inte läsas ({e}); handlingen går bara att hitta på titeln")
        yield _post(p, text)
    for a in pub.arenden:
        yield _arende(a)
    for p in personregister(pub).personer:
        yield _person(p)
    for sida in EGNA_SIDOR:
        yield _egen_sida(sida, pub.webbplats.kommun)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def dokument(post: Sokpost) -> str:
    """A record as the HTML document pagefind reads."""
    huvud = [f'<meta data-pagefind-meta="title[content]" content="{_attr(post.titel)}">']
    huvud += [f'<meta data-pagefind-meta="{_attr(k)}[content]" content="{_attr(v)}">' for k, v in post.meta.items()]
    huvud += [
        f'<meta data-pagefind-filter="{_attr(k)}[content]" content="{_attr(v)}">'
        for k, varden in post.filter.items() for v in varden
    ]
    if post.datum:
        huvud.append(f'<meta data-pagefind-sort="datum[content]" content="{post.datum}">')
    # The text first: pagefind's excerpt is the stretch of text with the most hits, and a
    # stretch of title and diarienummer repeats what the result already shows above it.
    kropp = [f"<p>{html.escape(t)}</p>" for t in post.text]
    kropp.append(f"<h1>{html.escape(post.titel)}</h1>")
    if post.dnr:
        kropp.append(f'<p data-pagefind-weight="{post.dnr_vikt}">{html.escape(post.dnr)}</p>')
    return (
        f'<!doctype html>\n<html lang="{SPRAK}"><head><meta charset="utf-8">\n' + "\n".join(huvud)
        + "\n</head><body><main data-pagefind-body>\n" + "\n".join(kropp) + "\n</main></body></html>\n"
    )


def _fil(url: str) -> str:
    """The staging path of a record: its url, with index.html for a page."""
    return url + "index.html" if url.endswith("/") or not url else url


def _glob(filer: list[str]) -> str:
    """A glob for exactly the kinds of staged file names ("index.html", "#paragraf-45", "*.pdf").
    Pagefind's catch-all "**/*" is a hundred times slower (it pauses on every folder)."""
    monster = set()
    for fil in filer:
        namn = fil.rsplit("/", 1)[-1]
        if namn == "index.html" or namn.startswith("#"):
            monster.add("#*" if namn.startswith("#") else namn)
        else:
            monster.add("*" + Path(namn).suffix if Path(namn).suffix else namn)
    return "**/{" + ",".join(sorted(monster)) + "}"


class _Skrivet(ByggFel):
    """Leaves the PagefindIndex context once the index is written and complete (see `_skriv`);
    caught there, it never reaches a user (in the hierarchy all the same, like every error here)."""


async def _skriv(uppstallning: Path, glob: str, mal: Path, efter_lasningen: Callable[[], None] | None) -> int:
    """Pagefind answers `write_files` before every file is on disk, and leaving its context stops
    the program: on a busy machine that left an empty pagefind-entry.json or stylesheet now and
    then. So the index is written here, the files are awaited, and the context is left by an
    exception of our own, which the wrapper documents as the way to leave without writing again."""
    config = IndexConfig(force_language=SPRAK, output_path=str(mal))
    try:
        async with PagefindIndex(config=config) as index:
            svar = await index.add_directory(str(uppstallning), glob=glob)
            if efter_lasningen is not None:  # pagefind has read every record; it writes the index next
                efter_lasningen()
            await index.write_files()
            await _vanta_pa_filerna(mal)
            raise _Skrivet
    except _Skrivet:
        pass
    return int(svar.get("page_count", 0))


async def _vanta_pa_filerna(mal: Path, sekunder: float = 300) -> None:
    """Wait until pagefind's files are all written: the entry file reads as JSON, no file is
    empty, and no file changed size in the last moment."""
    forra = None
    slut = asyncio.get_running_loop().time() + sekunder
    while asyncio.get_running_loop().time() < slut:
        try:
            json.loads((mal / "pagefind-entry.json").read_text(encoding="utf-8"))
            storlekar = {p: p.stat().st_size for p in mal.rglob("*") if p.is_file()}
        except (OSError, ValueError):
            storlekar = None
        if storlekar and all(storlekar.values()) and storlekar == forra:
            return
        forra = storlekar
        await asyncio.sleep(0.2)
    raise SokindexFel(f"pagefind skrev inte färdigt sökindexet i {mal} på {sekunder:.0f} sekunder")


def skriv_index(uppstallning: Path, glob: str, mal: Path, efter_lasningen: Callable[[], None] | None = None) -> int:
    """Run pagefind over the staged records; in a thread of its own if this one already runs an
    event loop (a caller inside asyncio, or Playwright's synchronous API in a test).
    `efter_lasningen` is called once pagefind has read the records, before it writes the index."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(_skriv(uppstallning, glob, mal, efter_lasningen))
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as tradar:
        return tradar.submit(asyncio.run, _skriv(uppstallning, glob, mal, efter_lasningen)).result()


class Indexering:
    """A search index that pagefind writes in a thread of its own while the build goes on
    (`starta`); `avsluta` waits for it and moves it into the site.

    Pagefind is a separate program that uses the other cores, while the rendering runs in
    this one; on a large archive the two together take not much longer than the rendering
    alone (bench/RESULTS.md)."""

    def __init__(self, mapp: Path, antal: int, filtervarden: dict[str, list[str]], varningar: list[str]):
        self.mapp, self.antal, self.filtervarden, self.varningar = mapp, antal, filtervarden, varningar
        self.skrivna: int | None = None
        self.fel: BaseException | None = None
        self._trad: threading.Thread | None = None
        self._rensning: threading.Thread | None = None

    @property
    def uppstallning(self) -> Path:
        return self.mapp / "poster"

    @property
    def utdata(self) -> Path:
        return self.mapp / MAPP

    def _kor(self, glob: str) -> None:
        try:
            self.skrivna = skriv_index(self.uppstallning, glob, self.utdata, self._rensa)
        except BaseException as e:  # reported by avsluta, in the build's own thread
            self.fel = e

    def _rensa(self) -> None:
        """Remove the staged records while pagefind writes the index: a large archive's hundred
        thousand small files take a while to delete, mostly waiting for the disk."""
        self._rensning = threading.Thread(
            target=shutil.rmtree, args=(self.uppstallning,), kwargs={"ignore_errors": True}, daemon=True
        )
        self._rensning.start()

    def vanta(self) -> None:
        if self._trad is not None:
            self._trad.join()
        if self._rensning is not None:
            self._rensning.join()

    def avsluta(self, site: Path) -> Sokindex:
        """Wait for pagefind, check what it wrote and put it at `site`/pagefind."""
        self.vanta()
        shutil.rmtree(self.uppstallning, ignore_errors=True)
        if self.fel is not None:  # the pagefind service reports its errors as plain exceptions
            raise SokindexFel(f"pagefind kunde inte skriva sökindexet: {self.fel}") from self.fel
        if self.skrivna != self.antal or not (self.utdata / "pagefind-entry.json").is_file():
            raise SokindexFel(f"pagefind indexerade {self.skrivna} av {self.antal} poster")
        mal = (site / MAPP).resolve()
        shutil.move(self.utdata, mal)
        _utan_granssnitt(mal)
        varningar = list(self.varningar)
        try:
            pagefind_ordning.ordna(mal, list(self.filtervarden), self.filtervarden)
        except pagefind_ordning.OkantFormat as e:
            varningar.append(f"sökindexets filter kunde inte ordnas ({e}); sökningen fungerar, men två byggen ger olika filer")
        (mal / FILTERFIL).write_text(json.dumps(self.filtervarden, ensure_ascii=False, indent=1), encoding="utf-8")
        return Sokindex(self.antal, varningar)


# What pagefind writes beside its index for sites that use one of its ready-made interfaces. The search
# page (theme/assets/sok.js) draws its own with pagefind.js, so none of these is published.
GRANSSNITT = ("pagefind-ui.*", "pagefind-modular-ui.*", "pagefind-component-ui.*", "pagefind-highlight.js")


def _utan_granssnitt(mapp: Path) -> None:
    for monster in GRANSSNITT:
        for fil in mapp.glob(monster):
            fil.unlink()


def filtervarden(pub: Publicering, forekommer: dict[str, set[str]]) -> dict[str, list[str]]:
    """Each filter's values that occur in the records, in a fixed order: the organ as in
    site_config.yml, the years newest first, the types as the register names them."""
    ordning = {
        FILTER_ORGAN: [_filtervarde(o.namn) for o in pub.organ],
        FILTER_AR: sorted(forekommer.get(FILTER_AR, set()), reverse=True),
        FILTER_TYP: [*TYPNAMN.values(), ARENDE, INFORMATION],
        FILTER_GILTIGHET: GILTIGHETER,
    }
    return {namn: [v for v in varden if v in forekommer.get(namn, set())] for namn, varden in ordning.items()}


def starta(pub: Publicering, mapp: Path) -> Indexering:
    """Write every record into `mapp` as pagefind reads it and start pagefind on them in a
    thread of its own; pagefind writes its index beside them."""
    varningar: list[str] = []
    uppstallning = mapp / "poster"
    filer = []
    mappar: set[str] = set()
    forekommer: dict[str, set[str]] = {}
    for post in _poster(pub, varningar):
        namn = _fil(post.url)
        mapp_, _, _ = namn.rpartition("/")
        if mapp_ not in mappar:
            (uppstallning / mapp_).mkdir(parents=True, exist_ok=True)
            mappar.add(mapp_)
        with open(uppstallning / namn, "w", encoding="utf-8") as f:
            f.write(dokument(post))
        filer.append(namn)
        for namn_, varden in post.filter.items():
            forekommer.setdefault(namn_, set()).update(varden)
    indexering = Indexering(mapp, len(filer), filtervarden(pub, forekommer), varningar)
    glob = _glob(filer)
    indexering._trad = threading.Thread(target=indexering._kor, args=(glob,), name="pagefind", daemon=True)
    indexering._trad.start()
    return indexering


def indexera(pub: Publicering, site: Path) -> Sokindex:
    """Write the search index into `site`/pagefind, with pagefind's search interface beside it."""
    with tempfile.TemporaryDirectory(prefix="sokposter-", dir=site.parent) as tmp:
        return starta(pub, Path(tmp)).avsluta(site)
