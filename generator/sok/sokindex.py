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

Records of one sammanträde page are one document. Pagefind's memory and the
page list it fetches whole at the first search (`pf_meta`) both grow with the
number of records, so the §§ and föredragningslista items of a sammanträde page
are the sections of one document, each a `<section id="paragraf-45">` with its
cited title in `data-pagefind-title` (pagefind 1.6): pagefind returns the
matching sections as the result's `sub_results`, with the anchor's url, and the
search page draws each as a hit of its own, so a reader still gets "§ 45
Strategisk plan – Socialnämnden 26 mars 2025". A föredragningslista item is left
out once a § of the same page has its rubrik or diarienummer: the § says the
same, and more. An item of a kallelse whose protokoll is not yet published stays.

How the records reach pagefind. Each document is written as a small HTML file
into a staging folder beside the site, at the path of its url
(`socialnamnden/2025-03-26/index.html`, `…/handlingar/taxor.pdf`,
`arenden/ks-2026-00052/index.html`), marked up with pagefind's attributes, and
pagefind's own program (npm package `pagefind`, pinned in package-lock.json)
reads the folder; the urls pagefind derives from those paths are exactly the
addresses on the site. The staging folder is never published.

The index in two collections. The ärenden (nine records in ten on a large
archive, each a title and a diarienummer) are an index of their own (`ARENDEN`),
which the search page reads only for a query with a diarienummer or with the
filter Dokumenttyp set to Ärende: pagefind fetches the list of every record of an
index whole at the first search, and a reader searching a word finds the §§,
which link to their ärende.

The index in parts. Pagefind holds everything it indexes in memory until it has
written the index, and nothing in it streams (bench/RESULTS.md, docs/skala.md).
So the documents are split by year into parts (`Del`), newest first, each no
larger than `DELSTORLEK` by an estimate of pagefind's memory, and pagefind runs
on one part at a time: its memory is that of the largest part, whatever the size
of the archive. Each part is an index of its own in `pagefind/<first>-<last>/`;
`DELFIL` lists them with their years, and the search page (theme/assets/sok.js)
searches them all together with pagefind's `mergeIndex` (and, sorted by date,
part after part).

Each document carries:

- `data-pagefind-body`: its text, the diarienummer in every spelling the index
  should know (`diarienummer.sokord`), and its title as a heading; a sammanträde
  page's sections instead;
- `data-pagefind-meta`: `title`; `Typ`, `Diarienummer`, `Datum` (and `Status`,
  `Beslutad`, `Organ`, `Senast`), which the search page shows under the title; for a handling
  `sammanhang` and `sammanhang_url`, which the search page turns into a link to
  the sammanträde and then hides; a section's own title and meta are a JSON
  object in its `data-pagefind-title`;
- `data-pagefind-filter`: `Organ`, `År`, `Dokumenttyp` and, for styrdokument,
  `Giltighet`;
- `data-pagefind-sort`: `datum` (ISO), on every document with a date.

Sekretess: the register belongs to the published view (`regler.vy`), which
has no content of a sekretess § and no file of a handling marked sekretess to
give it, and the only files read are those the register names. The index is
written with `force_language="sv"`: Swedish stemming.

Filters and their cost. Pagefind (1.5 and 1.6) counts, on every search, how many hits
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

import html
import json
import os
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import generator
from generator.fel import ByggFel
from generator.innehall import diarienummer
from generator.sok.egna_sidor import EGNA_SIDOR, INFORMATION, SOKORD, EgenSida
from generator.innehall.pdf import PdfFel
from generator.innehall.pdf import las as las_pdf
from generator.register.forteckning import HANDLING, KALLELSE, PARAGRAF, STYRDOKUMENT, TYPNAMN
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
# Which collection a record is in (DOKUMENT, ARENDEN, ORDLISTA): a filter the search page passes itself,
# never shows.
FILTER_SAMLING = "Samling"
# Every part has one record more, never found (its Samling is ORDLISTA, which the search page never asks
# for): every word of the whole index. Pagefind answers a word that is in no word of a part with the
# longest word of that part that begins it ("barn" for "barnkonsekvensanalys"), so a word found in one
# part would otherwise bring every § with "barn" from all the others. With the word list, a word that is
# anywhere in the index is in every part, and a part without it gives nothing.
ORDLISTA = "ordlista"
ORDLISTANS_ADRESS = "namndsajt-ordlista/"
ARENDE = "Ärende"
SAMMANTRADE = "Sammanträde"
FORTROENDEVALD = "Förtroendevald"
GILTIGHETER = [s.capitalize() for s in ("gällande", "kommande", "upphävd", "utgången")]
# The values of each filter in this index, in the order the search page shows them: written into
# the index's folder, read by theme/assets/sok.js.
FILTERFIL = "namndsajt-filter.json"
# The index's parts, newest first: [{"mapp": "2022-2026", "ar": ["2026", …]}], read by theme/assets/sok.js.
DELFIL = "namndsajt-delar.json"

# Pagefind, the program: the npm package `pagefind`, pinned in package-lock.json, whose platform
# package (`@pagefind/linux-x64` …) holds the binary. Its version is checked, as pagefind_ordning
# reads and rewrites its file format.
PAGEFIND_VERSION = "1.6.0"
NPM_KOMMANDO = "npm ci"
# The estimate of pagefind's memory for one part (`kostnad`), in bytes. Measured with pagefind
# 1.6.0 (bench/RESULTS.md): about 20 kB for each document and 30 bytes for each character of
# its text. A part is at most DELSTORLEK, unless a single year is larger.
DELSTORLEK = 300_000_000
KOSTNAD_DOKUMENT = 20_000
KOSTNAD_TECKEN = 30
# Pagefind's word index is fetched in chunks; a search fetches the chunk of each of its words in
# every part. Pagefind's default (20,000 word locations a chunk) makes each about 28 kB; a quarter
# of that keeps the first search small with several parts (`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`).
ORDBITAR = 5000


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


def _dnr_ord(dnr: Iterable[str]) -> list[str]:
    return [o for d in dnr for o in diarienummer.sokord(d)]


@dataclass
class Sokpost:
    """One search record: a thing a person finds and cites. The §§ and items of a sammanträde page
    are sections (`avsnitt`) of one record, the page's."""

    url: str  # the address on the site, from its root, without a leading "/"
    titel: str
    dnr: str  # the diarienummer in every spelling the index should know
    text: list[str]  # plain text, one paragraph each
    meta: dict[str, str]
    filter: dict[str, list[str]]
    datum: str  # ISO, the sort key ("": none)
    dnr_vikt: int = 1  # pagefind's weight of the diarienummer: an ärende's are worth most
    avsnitt: list[Sokpost] = field(default_factory=list)

    @property
    def ankare(self) -> str:
        return self.url.partition("#")[2]

    def kostnad(self) -> int:
        """The estimate of pagefind's memory for this record (`DELSTORLEK`)."""
        tecken = sum(map(len, self.text)) + len(self.titel) + len(self.dnr)
        tecken += sum(sum(map(len, a.text)) + len(a.titel) + len(a.dnr) for a in self.avsnitt)
        return KOSTNAD_DOKUMENT + KOSTNAD_TECKEN * tecken


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
    if "#" in p.adress and p.typ not in (PARAGRAF, KALLELSE):  # an anslag: not a section of a record
        meta["adress"] = p.adress  # pagefind writes the "#" of the staged file's name as "%23"
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


def _amne(p: Post) -> str:
    """What a § or an item is about, without its number: "§ 45 Strategisk plan" and
    "Kallelse punkt 5: Strategisk plan" are both "strategisk plan"."""
    rubrik = p.rubrik
    if p.typ == PARAGRAF:
        rubrik = rubrik.split(" ", 2)[-1]
    elif p.typ == KALLELSE:
        rubrik = rubrik.partition(": ")[2] or rubrik
    return " ".join(rubrik.split()).casefold()


def _upprepas_inte(poster: list[Post]) -> list[Post]:
    """A sammanträde page's §§ and items, without the items a § of the page repeats (the same
    rubrik, or a diarienummer in common): once the protokoll is published, the § says the same."""
    paragrafer = [p for p in poster if p.typ == PARAGRAF]
    if not paragrafer:
        return poster
    amnen = {_amne(p) for p in paragrafer}
    dnr = {d for p in paragrafer for d in p.dnr}
    return [p for p in poster if p.typ != KALLELSE or not (_amne(p) in amnen or dnr.intersection(p.dnr))]


def _sammantrade(sida: str, poster: list[Sokpost], namn: str, organ: str | None) -> Sokpost:
    """The record of a sammanträde page: its §§ and items as sections."""
    filter_: dict[str, list[str]] = {}
    for p in poster:
        for k, varden in p.filter.items():
            filter_.setdefault(k, [])
            filter_[k] += [v for v in varden if v not in filter_[k]]
    meta = {"Typ": SAMMANTRADE, "Datum": poster[0].meta.get("Datum", "")}
    if organ:
        meta["Organ"] = organ
    return Sokpost(sida, namn, "", [], meta, filter_, poster[0].datum, avsnitt=poster)


def poster(pub: Publicering) -> tuple[list[Sokpost], list[str]]:
    """Every record of the index, a sammanträde page's sections each as a record of its own (what a
    reader finds, and cites), and warnings about PDFs whose text could not be read."""
    varningar: list[str] = []
    ut = []
    for d in _dokument(pub, varningar):
        ut += d.avsnitt or [d]
    return ut, varningar


def _dokument(pub: Publicering, varningar: list[str]) -> Iterator[Sokpost]:
    """The records one at a time, so that a large archive's are never all in memory at once:
    one per sammanträde page (its §§ and items), one per other post of the view's register (a
    handling, a styrdokument, an anslag), one per ärende, one per förtroendevald, one per page
    of the site's own."""
    sida: str | None = None
    pa_sidan: list[Post] = []
    klara: set[str] = set()

    def sammantrade() -> Iterator[Sokpost]:
        if sida is None:
            return
        if sida in klara:  # the register lists a page's §§ and items together (register.forteckning)
            raise SokindexFel(f"sidan {sida} förekommer på två ställen i förteckningen")
        klara.add(sida)
        behalls = _upprepas_inte(pa_sidan)
        forsta = behalls[0]
        namn = forsta.titel.rpartition(" – ")[2]
        yield _sammantrade(sida, [_post(p, "") for p in behalls], namn,
                           forsta.organ.namn if forsta.organ else None)

    for p in pub.register:
        if p.typ in (PARAGRAF, KALLELSE):
            sidan = p.adress.partition("#")[0]
            if sidan != sida:
                yield from sammantrade()
                sida, pa_sidan = sidan, []
            pa_sidan.append(p)
            continue
        text = ""
        if p.pdf is not None:
            try:
                text = pdf_text(p.pdf)
            except Exception as e:  # a damaged PDF is still findable by its title
                varningar.append(f"texten i {p.pdf.name} kunde inte läsas ({e}); handlingen går bara att hitta på titeln")
        yield _post(p, text)
    yield from sammantrade()
    for a in pub.arenden:
        yield _arende(a)
    for p in personregister(pub).personer:
        yield _person(p)
    for sida_ in EGNA_SIDOR:
        yield _egen_sida(sida_, pub.webbplats.kommun)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def _kropp(post: Sokpost) -> list[str]:
    # The text first: pagefind's excerpt is the stretch of text with the most hits, and a
    # stretch of title and diarienummer repeats what the result already shows above it.
    kropp = [f"<p>{html.escape(t)}</p>" for t in post.text]
    kropp.append(f"<h1>{html.escape(post.titel)}</h1>")
    if post.dnr:
        kropp.append(f'<p data-pagefind-weight="{post.dnr_vikt}">{html.escape(post.dnr)}</p>')
    return kropp


def _avsnitt(post: Sokpost) -> str:
    """A § or an item as a section of its page's record: its title and meta, as the search page
    shows them, in `data-pagefind-title` (not indexed), its words inside."""
    titel = json.dumps({"title": post.titel, **post.meta}, ensure_ascii=False)
    kropp = [f"<p>{html.escape(t)}</p>" for t in post.text]
    kropp.append(f"<h2>{html.escape(post.titel.rpartition(' – ')[0] or post.titel)}</h2>")
    if post.dnr:
        kropp.append(f"<p>{html.escape(post.dnr)}</p>")
    return (f'<section id="{_attr(post.ankare)}" data-pagefind-title="{_attr(titel)}">\n'
            + "\n".join(kropp) + "\n</section>")


def dokument(post: Sokpost) -> str:
    """A record as the HTML document pagefind reads."""
    huvud = [f'<meta data-pagefind-meta="title[content]" content="{_attr(post.titel)}">']
    huvud += [f'<meta data-pagefind-meta="{_attr(k)}[content]" content="{_attr(v)}">' for k, v in post.meta.items()]
    huvud += [
        f'<meta data-pagefind-filter="{_attr(k)}[content]" content="{_attr(v)}">'
        for k, varden in post.filter.items() for v in varden
    ]
    huvud.append(f'<meta data-pagefind-filter="{FILTER_SAMLING}[content]" content="{_samling(post)}">')
    if post.datum:
        huvud.append(f'<meta data-pagefind-sort="datum[content]" content="{post.datum}">')
    kropp = [_avsnitt(a) for a in post.avsnitt] if post.avsnitt else _kropp(post)
    return (
        f'<!doctype html>\n<html lang="{SPRAK}"><head><meta charset="utf-8">\n' + "\n".join(huvud)
        + "\n</head><body><main data-pagefind-body>\n" + "\n".join(kropp) + "\n</main></body></html>\n"
    )


def _fil(url: str) -> str:
    """The staging path of a record: its url, with index.html for a page."""
    return url + "index.html" if url.endswith("/") or not url else url


def _monster(namn: str) -> str:
    """The glob pattern of a staged file's kind: "index.html", "*.pdf". Pagefind's catch-all "**/*"
    is a hundred times slower (it pauses on every folder)."""
    namn = namn.rsplit("/", 1)[-1]
    if namn == "index.html" or namn.startswith("#"):  # a page, or an anchor on one ("#anslag-…")
        return "#*" if namn.startswith("#") else namn
    return "*" + Path(namn).suffix


def _glob(monster: Iterable[str]) -> str:
    return "**/{" + ",".join(sorted(set(monster))) + "}"


# --- The program ---------------------------------------------------------------------------------------


def pagefind_program(rot: Path) -> Path:
    """Pagefind's binary from the npm packages: the project's own node_modules, else the one beside
    the generator's repository (a site built from another folder, as the tests and the benchmark do)."""
    kandidater = [rot / "node_modules", Path(generator.__file__).resolve().parent.parent / "node_modules"]
    for mapp in kandidater:
        for paket in sorted((mapp / "@pagefind").glob("*/package.json")):
            try:
                version = json.loads(paket.read_text(encoding="utf-8")).get("version")
            except (OSError, ValueError):
                continue
            program = [f for f in sorted(paket.parent.glob("bin/pagefind*")) if f.suffix != ".sha256"
                       and f.is_file() and os.access(f, os.X_OK)]
            if not program:
                continue
            if version != PAGEFIND_VERSION:
                raise SokindexFel(
                    f"sökindexet kan inte byggas: {paket.parent} är pagefind {version}, men Nämndsajt kräver "
                    f"{PAGEFIND_VERSION}. Kör `{NPM_KOMMANDO}` i projektets mapp ({rot}) så installeras den låsta "
                    "versionen ur package-lock.json"
                )
            return program[-1]  # pagefind, or pagefind_extended where the package has only that one
    raise SokindexFel(
        f"sökindexet kan inte byggas eftersom programmet pagefind saknas i {kandidater[0]}. Kör "
        f"`{NPM_KOMMANDO}` i projektets mapp ({rot}) så installeras den låsta versionen "
        f"(pagefind {PAGEFIND_VERSION}) ur package-lock.json"
    )


def kor_pagefind(program: Path, uppstallning: Path, glob: str, mal: Path) -> int:
    """Run pagefind over one part's staged records; the number of records it indexed. Its
    program exits only when every file is written."""
    miljo = dict(os.environ, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=str(ORDBITAR))
    r = subprocess.run(
        [str(program), "--site", str(uppstallning), "--output-path", str(mal), "--force-language", SPRAK,
         "--glob", glob],
        capture_output=True, text=True, env=miljo,
    )
    if r.returncode != 0 or not (mal / "pagefind-entry.json").is_file():
        rader = (r.stderr or r.stdout).strip().splitlines()[-5:]
        raise SokindexFel(f"pagefind kunde inte skriva sökindexet (slutkod {r.returncode}): " + " / ".join(rader))
    try:
        entry = json.loads((mal / "pagefind-entry.json").read_text(encoding="utf-8"))
        return sum(int(v.get("page_count", 0)) for v in entry["languages"].values())
    except (OSError, ValueError, KeyError, AttributeError) as e:
        raise SokindexFel(f"pagefind skrev ett sökindex som inte går att läsa ({e})") from e


# --- The parts -----------------------------------------------------------------------------------------


# The index's two collections. The ärenden are an index of their own, which the search page reads
# only when a query holds a diarienummer or the filter Dokumenttyp asks for ärenden: they are nine
# records in ten on a large archive, each a title and a dnr, and pagefind fetches the list of every
# record of an index whole at the first search (bench/RESULTS.md).
DOKUMENT = "dokument"
ARENDEN = "arenden"


@dataclass
class Del:
    """One part of the index: the records of some years of one collection, indexed by one run of
    pagefind."""

    ar: list[int]  # newest first
    poster: int = 0
    samling: str = DOKUMENT

    @property
    def mapp(self) -> str:
        ar = f"{self.ar[-1]}" if len(self.ar) == 1 else f"{self.ar[-1]}-{self.ar[0]}"
        return ar if self.samling == DOKUMENT else f"{self.samling}-{ar}"


def _ord(post: Sokpost) -> set[str]:
    """The words of a record as written (pagefind splits and stems them as it does the record's own)."""
    delar = [post.titel, post.dnr, *post.text, *post.meta.values()]
    for a in post.avsnitt:
        delar += [a.titel, a.dnr, *a.text]
    return {o for d in delar for o in d.split()}


def _ordlista(orden: set[str]) -> str:
    """The record of every word of the index (`ORDLISTA`)."""
    huvud = (f'<meta data-pagefind-meta="title[content]" content="{ORDLISTA}">'
             f'<meta data-pagefind-filter="{FILTER_SAMLING}[content]" content="{ORDLISTA}">')
    return (f'<!doctype html>\n<html lang="{SPRAK}"><head><meta charset="utf-8">{huvud}</head><body>'
            f'<main data-pagefind-body><p>{html.escape(" ".join(sorted(orden)))}</p></main></body></html>\n')


def _samling(post: Sokpost) -> str:
    return ARENDEN if post.meta.get("Typ") == ARENDE else DOKUMENT


def dela(kostnader: dict[int, int], storlek: int = DELSTORLEK, samling: str = DOKUMENT) -> list[Del]:
    """The years, newest first, in parts of at most `storlek` (a year larger than that is a part
    of its own)."""
    delar: list[Del] = []
    summa = 0
    for ar in sorted(kostnader, reverse=True):
        if delar and summa + kostnader[ar] <= storlek:
            delar[-1].ar.append(ar)
            summa += kostnader[ar]
        else:
            delar.append(Del([ar], samling=samling))
            summa = kostnader[ar]
    return delar


def _flytta_in(kalla: Path, mal: Path) -> None:
    """Move the tree `kalla` into `mal`, merging folders that both have: by renaming, so that a
    year's hundreds of folders cost a rename each."""
    if not mal.exists():
        mal.parent.mkdir(parents=True, exist_ok=True)
        os.rename(kalla, mal)
        return
    for barn in kalla.iterdir():
        _flytta_in(barn, mal / barn.name)
    kalla.rmdir()


class Indexering:
    """A search index that pagefind writes, part by part, in a thread of its own while the build
    goes on (`starta`); `avsluta` waits for it and moves it into the site.

    Pagefind is a separate program that uses the other core, while the rendering runs in this
    one; its memory is that of one part at a time."""

    def __init__(self, mapp: Path, program: Path, delar: list[Del], glob: str, filtervarden: dict[str, list[str]],
                 varningar: list[str]):
        self.mapp, self.program, self.delar, self.glob = mapp, program, delar, glob
        self.filtervarden, self.varningar = filtervarden, varningar
        self.skrivna: dict[str, int] = {}
        self.fel: BaseException | None = None
        self._trad: threading.Thread | None = None

    @property
    def uppstallning(self) -> Path:
        return self.mapp / "poster"

    @property
    def utdata(self) -> Path:
        return self.mapp / MAPP

    @property
    def antal(self) -> int:
        return sum(d.poster for d in self.delar)

    def _kor(self) -> None:
        try:
            for d in self.delar:
                kalla = self.uppstallning / d.mapp
                self.skrivna[d.mapp] = kor_pagefind(self.program, kalla, self.glob, self.utdata / d.mapp)
                shutil.rmtree(kalla, ignore_errors=True)  # the disk is freed part by part
        except BaseException as e:  # reported by avsluta, in the build's own thread
            self.fel = e

    def vanta(self) -> None:
        if self._trad is not None:
            self._trad.join()

    def avsluta(self, site: Path) -> Sokindex:
        """Wait for pagefind, check what it wrote and put it at `site`/pagefind."""
        self.vanta()
        shutil.rmtree(self.uppstallning, ignore_errors=True)
        if self.fel is not None:
            if isinstance(self.fel, SokindexFel):
                raise self.fel
            raise SokindexFel(f"pagefind kunde inte skriva sökindexet: {self.fel}") from self.fel
        for d in self.delar:
            if self.skrivna.get(d.mapp) != d.poster:
                raise SokindexFel(f"pagefind indexerade {self.skrivna.get(d.mapp)} av {d.poster} poster i delen {d.mapp}")
        mal = (site / MAPP).resolve()
        shutil.move(self.utdata, mal)
        varningar = list(self.varningar)
        for d in self.delar:
            _utan_granssnitt(mal / d.mapp)
            try:
                pagefind_ordning.ordna(mal / d.mapp, list(self.filtervarden), self.filtervarden)
            except pagefind_ordning.OkantFormat as e:
                varningar.append(f"sökindexets filter kunde inte ordnas ({e}); sökningen fungerar, men två byggen ger olika filer")
        (mal / FILTERFIL).write_text(json.dumps(self.filtervarden, ensure_ascii=False, indent=1), encoding="utf-8")
        delar = [{"mapp": d.mapp, "samling": d.samling, "ar": [str(a) for a in d.ar]} for d in self.delar]
        (mal / DELFIL).write_text(json.dumps(delar, ensure_ascii=False, indent=1), encoding="utf-8")
        return Sokindex(self.antal - len(self.delar), varningar)  # without the parts' word lists


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


def _ar(post: Sokpost, nyast: int) -> int:
    """The year whose part holds a record: that of its date; the newest for one without."""
    return int(post.datum[:4]) if post.datum else nyast


def starta(pub: Publicering, mapp: Path, rot: Path, delstorlek: int = DELSTORLEK) -> Indexering:
    """Write every record into `mapp`, a folder per year, as pagefind reads it, gather the years
    into parts and start pagefind on them, one part after the other, in a thread of its own;
    pagefind writes its index beside them. `rot` is the project folder (where node_modules is)."""
    program = pagefind_program(rot)  # before anything is written: a missing program is the user's to fix
    varningar: list[str] = []
    uppstallning = mapp / "poster"
    arsmappar = mapp / "ar"
    nyast = max((p.datum.year for p in pub.register), default=2000)
    monstren: set[str] = set()  # the kinds of staged file names, for pagefind's --glob
    mappar: set[Path] = set()
    forekommer: dict[str, set[str]] = {}
    kostnader: dict[str, dict[int, int]] = {DOKUMENT: {}, ARENDEN: {}}
    orden: set[str] = set()
    antal: dict[tuple[str, int], int] = {}
    for post in _dokument(pub, varningar):
        ar = _ar(post, nyast)
        samling = _samling(post)
        namn = _fil(post.url)
        fil = arsmappar / samling / str(ar) / namn
        if fil.parent not in mappar:
            fil.parent.mkdir(parents=True, exist_ok=True)
            mappar.add(fil.parent)
        with open(fil, "w", encoding="utf-8") as f:
            f.write(dokument(post))
        orden.update(_ord(post))
        monstren.add(_monster(namn))
        kostnader[samling][ar] = kostnader[samling].get(ar, 0) + post.kostnad()
        antal[samling, ar] = antal.get((samling, ar), 0) + 1
        for namn_, varden in post.filter.items():
            forekommer.setdefault(namn_, set()).update(varden)
    delar = [d for samling in (DOKUMENT, ARENDEN) for d in dela(kostnader[samling], delstorlek, samling)]
    lista = _ordlista(orden)
    del orden
    for d in delar:
        d.poster = sum(antal[d.samling, a] for a in d.ar) + 1
        for a in d.ar:
            _flytta_in(arsmappar / d.samling / str(a), uppstallning / d.mapp)
        (uppstallning / d.mapp / ORDLISTANS_ADRESS).mkdir(parents=True)
        (uppstallning / d.mapp / _fil(ORDLISTANS_ADRESS)).write_text(lista, encoding="utf-8")
    indexering = Indexering(mapp, program, delar, _glob(monstren),
                            filtervarden(pub, forekommer), varningar)
    indexering._trad = threading.Thread(target=indexering._kor, name="pagefind", daemon=True)
    indexering._trad.start()
    return indexering


def indexera(pub: Publicering, site: Path, rot: Path, delstorlek: int = DELSTORLEK) -> Sokindex:
    """Write the search index into `site`/pagefind."""
    with tempfile.TemporaryDirectory(prefix="sokposter-", dir=site.parent) as tmp:
        return starta(pub, Path(tmp), rot, delstorlek).avsluta(site)
