/* The search page, on pagefind's documented JavaScript API (https://pagefind.app/docs/api/):
   `import(".../pagefind.js")`, `createInstance`, `options`, `init`, `preload`,
   `search(term, {filters, sort})` and each result's `data()` with its `sub_results`. Everything else
   is ours: the form, the filters, the list of hits.

   - The index is in parts by year (generator/sok/sokindex.py, namndsajt-delar.json, newest first), each
     an index of its own, in two collections: the documents, and the ärenden, which are read only when a
     search needs them (a diarienummer, the filter Dokumenttyp Ärende, filters without words). For the
     best hits first pagefind merges a collection's parts (`mergeIndex`); sorted by date each part is
     searched on its own and the parts' hits follow each other, newest part first, since each part's hits
     come sorted and the parts do not overlap in time. The ärenden's hits come before the documents'.
   - A sammanträde page is one result whose §§ and föredragningslista items are sections; pagefind
     gives the sections with hits as `sub_results`, and each is drawn as a hit of its own, with the
     title and meta the build put in its `data-pagefind-title`. The count is of documents.

   - Every search has a number; the hits are drawn only if no later search has begun by the time its
     hits are loaded. So a slow search of a half-typed word never replaces the hits of the whole one.
     Typing waits a moment (VANTETID) before searching, and asks pagefind to fetch the word's part of
     the index at once (`preload`).
   - A diarienummer, also one typed as a code and a number with a space between ("SOC 2023-000185",
     "IFN 2026/00048"), is searched as one word in the compact form that the index holds for every
     dnr, by the rule of generator/innehall/diarienummer.py (upper case, letters and digits only).
   - The filters (organ, år, dokumenttyp, giltighet) are drawn from the values the build wrote beside
     the index (namndsajt-filter.json). Pagefind fetches a filter's part of the index only when a reader
     ticks one of its values: it counts, on every search, the hits of each value of every filter it has
     loaded, which took seconds on a large archive (bench/RESULTS.md). So pagefind.filters(), which loads
     them all, is never called, and the filters show no counts.
   - The words, the order and the ticked filters are kept in the address (?q=…&sortera=datum&organ=…),
     so the header's search field can open this page and a search can be shared.

   Nothing is fetched from anywhere but this site. */

// ms after the last keystroke before a search begins: short, as pagefind 1.6 answers most searches in tens of
// milliseconds in its own worker, and a search for a half-typed word is dropped when the next begins.
const VANTETID = 50;
const SIDSTORLEK = 10; // hits drawn at a time

const ram = document.getElementById("nd-sok");
if (ram) starta(ram);

async function starta(ram) {
  const formular = document.getElementById("nd-sokformular");
  const falt = document.getElementById("nd-sokord");
  const sortering = document.getElementById("nd-sortering");
  const filterpanel = document.getElementById("nd-sokfilter");
  const meddelande = document.getElementById("nd-sokmeddelande");
  const lista = document.getElementById("nd-traffar");
  const fler = document.getElementById("nd-fler");

  // The site's root, wherever the site is published (also under a sub-path): pagefind's urls start at it.
  const rot = new URL(ram.dataset.bas, window.location.href).pathname;
  const bundle = new URL(ram.dataset.pagefind, window.location.href).href;
  const organordning = lasJson(ram.dataset.organ, []);

  const delfil = fetch(ram.dataset.delar)
    .then((svar) => (svar.ok ? svar.json() : []))
    .catch(() => []);

  const params = new URLSearchParams(window.location.search);
  falt.value = params.get("q") || "";
  if (params.get("sortera") === "datum") sortering.value = "datum";
  // The filters of the address, until the filter controls are drawn: {"Organ": ["Socialnämnden"], …}.
  let filterIAdressen = null;
  ram.hidden = false;
  if (!falt.value) falt.focus();

  // The filter values are fetched while pagefind starts.
  const filterfil = fetch(ram.dataset.filter)
    .then((svar) => (svar.ok ? svar.json() : {}))
    .catch(() => ({}));

  // The parts of the index, newest first ([{mapp, samling, ar}]), in two collections: the documents
  // (§§, items, handlingar, styrdokument, anslag, förtroendevalda, the site's own pages) and the ärenden
  // (generator/sok/sokindex.py). Pagefind merges the parts into one search (`mergeIndex`); the ärenden's
  // parts only once a search needs them (`behoverArenden`): they are most of the records, and pagefind
  // fetches the list of an index's every record when it is merged. From then on the filter `Samling`
  // (every record has it, the page never shows it) keeps them out of the searches that do not need them.
  // Sorted by date, pagefind's merged order is wrong (each part scores a hit by its place in that part's
  // order), so each part is then searched by an instance of its own, on this page's own thread
  // (`createInstance` with `noWorker`: instances sharing pagefind's worker came back empty or not at all
  // now and then), and the parts' hits follow each other, newest part first.
  // A record of one of the site's own pages carries its search words in the meta field `sokord`
  // (generator/sok/egna_sidor.py): a match there counts for more than one in a title (5 by default).
  const alternativFor = { baseUrl: rot, excerptLength: 30, ranking: { metaWeights: { sokord: 10 } } };
  let pagefind, dokumentdelar, arendedelar;
  let arendenSammanslagna = null; // a promise, once the ärenden's parts are being merged
  const perDel = new Map(); // mapp → its own instance, for searches sorted by date
  try {
    const delar = await delfil;
    dokumentdelar = delar.filter((d) => (d.samling || "dokument") === "dokument");
    arendedelar = delar.filter((d) => d.samling === "arenden");
    if (!dokumentdelar.length) throw new Error("inga delar");
    pagefind = await import(bundle + dokumentdelar[0].mapp + "/pagefind.js");
    await pagefind.options(alternativFor);
    await pagefind.init();
    for (const del of dokumentdelar.slice(1)) await pagefind.mergeIndex(bundle + del.mapp + "/", alternativFor);
  } catch (e) {
    meddelande.textContent = "Sökningen kunde inte startas. Ladda om sidan och försök igen.";
    return;
  }

  function slaIhopArendena() {
    if (!arendenSammanslagna) {
      arendenSammanslagna = (async () => {
        for (const del of arendedelar) await pagefind.mergeIndex(bundle + del.mapp + "/", alternativFor);
      })();
    }
    return arendenSammanslagna;
  }

  function delensInstans(del) {
    if (!perDel.has(del.mapp)) {
      perDel.set(del.mapp, (async () => {
        const ny = pagefind.createInstance({ basePath: bundle + del.mapp + "/", noWorker: true });
        await ny.options(alternativFor);
        await ny.init();
        return ny;
      })());
    }
    return perDel.get(del.mapp);
  }

  // The ärenden are searched for a diarienummer, when the filter Dokumenttyp asks for them, and when
  // only filters are chosen (and Dokumenttyp does not leave them out).
  function behoverArenden(term, filters) {
    if (!arendedelar.length) return false;
    const typer = filters["Dokumenttyp"] || [];
    if (typer.length) return typer.includes("Ärende");
    return !term || harDnr(term);
  }

  // One collection's hits, in the order asked for. Sorted by date, only the parts holding a ticked year
  // are searched, one after the other.
  async function sokISamlingen(samling, term, alt) {
    // Every search names its collection: each part also holds a list of every word of the index, which
    // keeps pagefind from answering a word a part lacks with a shorter one it has, and is never a hit.
    const filters = { ...alt.filters, Samling: [samling] };
    if (!alt.sort.datum) return (await pagefind.search(term, { ...alt, filters })).results;
    const ar = alt.filters["År"] || [];
    const ut = [];
    for (const del of samling === "arenden" ? arendedelar : dokumentdelar) {
      if (ar.length && !del.ar.some((a) => ar.includes(a))) continue;
      ut.push(...(await (await delensInstans(del)).search(term, { ...alt, filters })).results);
    }
    return ut;
  }

  // Every hit as one list: the ärenden first (for a diarienummer, its ärende is what a reader is after),
  // then the documents.
  async function sokIDelarna(term, alt) {
    if (!behoverArenden(term, alt.filters)) {
      return { results: await sokISamlingen("dokument", term, alt) };
    }
    await slaIhopArendena();
    const arenden = await sokISamlingen("arenden", term, alt);
    const dokument = await sokISamlingen("dokument", term, alt);
    return { results: [...arenden, ...dokument] };
  }

  // --- Searching --------------------------------------------------------------------------------------

  let senaste = 0; // the number of the latest search; older ones are dropped when they finish
  let vantar = null; // the timer of a search waiting for typing to pause
  let aktuell = null; // {nummer, fraga, svar, alt, visade, laddar}: the search whose hits are shown

  function valdaFilter() {
    if (filterIAdressen) return filterIAdressen;
    const ut = {};
    filterpanel.querySelectorAll("input[type=checkbox]:checked").forEach((ruta) => {
      (ut[ruta.name] = ut[ruta.name] || []).push(ruta.value);
    });
    return ut;
  }

  function alternativ() {
    return {
      filters: valdaFilter(),
      sort: sortering.value === "datum" ? { datum: "desc" } : {},
    };
  }

  async function sok() {
    window.clearTimeout(vantar);
    const nummer = ++senaste;
    const fraga = falt.value.trim();
    const alt = alternativ();
    const harFilter = Object.keys(alt.filters).length > 0;
    if (!fraga && !harFilter) {
      visaIngenting(nummer);
      return;
    }
    lista.setAttribute("aria-busy", "true");
    let svar, data;
    try {
      // With no words but a ticked filter, everything the filters let through (pagefind's `null` term).
      svar = await sokIDelarna(fraga ? normaliseraFraga(fraga) : null, alt);
      if (nummer !== senaste) return;
      data = await Promise.all(svar.results.slice(0, SIDSTORLEK).map((r) => r.data()));
    } catch (e) {
      if (nummer !== senaste) return;
      lista.replaceChildren();
      fler.hidden = true;
      meddelande.textContent = "Sökningen misslyckades. Försök igen.";
      lista.setAttribute("aria-busy", "false");
      return;
    }
    if (nummer !== senaste) return; // a later search has begun: its hits, not these, will be shown
    aktuell = { nummer, fraga, svar, alt, visade: data.length, laddar: false };
    lista.replaceChildren(...data.flatMap((d) => traffar(d, alt)));
    fler.hidden = svar.results.length <= data.length;
    meddelande.textContent = antalText(fraga, svar.results.length, harFilter);
    lista.setAttribute("aria-busy", "false");
  }

  function visaIngenting(nummer) {
    aktuell = { nummer, fraga: "", svar: null, visade: 0, laddar: false };
    lista.replaceChildren();
    fler.hidden = true;
    meddelande.textContent = "";
    lista.setAttribute("aria-busy", "false");
  }

  async function visaFler() {
    const denna = aktuell;
    if (!denna || !denna.svar || denna.nummer !== senaste || denna.laddar) return;
    const nasta = denna.svar.results.slice(denna.visade, denna.visade + SIDSTORLEK);
    denna.laddar = true; // a second click while these load draws nothing twice
    lista.setAttribute("aria-busy", "true");
    let data;
    try {
      data = await Promise.all(nasta.map((r) => r.data()));
    } catch (e) {
      data = null;
    }
    denna.laddar = false;
    if (denna.nummer !== senaste) return;
    if (!data) {
      meddelande.textContent = "Fler träffar kunde inte hämtas. Försök igen.";
      lista.setAttribute("aria-busy", "false");
      return;
    }
    const nya = data.flatMap((d) => traffar(d, denna.alt));
    lista.append(...nya);
    denna.visade += data.length;
    fler.hidden = denna.svar.results.length <= denna.visade;
    lista.setAttribute("aria-busy", "false");
    // The keyboard goes on from the first new hit, not from the top of the page.
    if (nya.length) nya[0].querySelector("a").focus();
  }

  // The count is of documents: a protokoll with three §§ that match is one.
  function antalText(fraga, antal, harFilter) {
    const vad = fraga ? `”${fraga}”` : "Filtren";
    const filter = fraga && harFilter ? " med de valda filtren" : "";
    if (antal === 0) return `${vad} gav inga träffar${filter}.`;
    return `${vad} gav träffar i ${antal} dokument${filter}.`;
  }

  // --- One hit ------------------------------------------------------------------------------------------

  // The meta shown under the title, in this order; any other key after them. Not shown: the title, the
  // sammanhang of a handling, which becomes a link, and the search words of one of the site's own pages.
  const TAGGORDNING = ["Typ", "Datum", "Beslutad", "Senast", "Status", "Diarienummer", "Organ"];
  const DOLDA = new Set(["title", "image", "image_alt", "sammanhang", "sammanhang_url", "sokord", "adress"]);

  // The hits of one result: each section with hits (a § or an item of a sammanträde page), the best
  // first (in date order, as the page has them), or the result itself.
  function traffar(data, alt) {
    const typer = alt.filters["Dokumenttyp"] || [];
    const avsnitt = (data.sub_results || [])
      .filter((s) => s.anchor && s.anchor.title)
      .map((s) => ({ ...s, meta: lasJson(s.anchor.title, null) }))
      .filter((s) => s.meta && (!typer.length || typer.includes(s.meta.Typ)));
    if (!avsnitt.length) return [traff(data)];
    if (!alt.sort.datum) avsnitt.sort((a, b) => poang(b) - poang(a));
    return avsnitt.map((s) => traff({ url: s.url, excerpt: s.excerpt, meta: s.meta }));
  }

  function poang(avsnitt) {
    return (avsnitt.weighted_locations || []).reduce((summa, l) => summa + (l.balanced_score || l.weight || 0), 0);
  }

  function traff(data) {
    const meta = data.meta || {};
    const li = element("li", "nd-traff");
    const rubrik = element("h2", "nd-traff__rubrik");
    const lank = element("a", "nd-traff__lank", meta.title || data.url);
    // A record at an anchor of a page (an anslag on the anslagstavla) carries its address: pagefind writes
    // the "#" of the file it read as "%23".
    lank.href = meta.adress ? rot + meta.adress : data.url;
    rubrik.append(lank);
    li.append(rubrik);
    const nycklar = Object.keys(meta).filter((k) => !DOLDA.has(k));
    nycklar.sort((a, b) => ordning(a) - ordning(b) || a.localeCompare(b, "sv"));
    if (nycklar.length) {
      const taggar = element("ul", "nd-traff__taggar");
      for (const k of nycklar) taggar.append(element("li", "nd-traff__tagg", `${k}: ${meta[k]}`));
      li.append(taggar);
    }
    const utdrag = element("p", "nd-traff__utdrag");
    utdrag.innerHTML = data.excerpt; // pagefind escapes the text and adds only <mark>
    li.append(utdrag);
    if (meta.sammanhang_url) {
      const hor = element("p", "nd-traff__sammanhang", "Hör till ");
      const till = element("a", "", meta.sammanhang || meta.sammanhang_url);
      till.href = rot + meta.sammanhang_url.replace(/^\/+/, "");
      hor.append(till, ".");
      li.append(hor);
    }
    return li;
  }

  function ordning(nyckel) {
    const i = TAGGORDNING.indexOf(nyckel);
    return i === -1 ? TAGGORDNING.length : i;
  }

  // --- The filters --------------------------------------------------------------------------------------

  // Each filter's values in the order a reader expects, whatever order the file has: the organ as the
  // site lists them, years newest first, other values as the file has them.
  function ordnaVarden(namn, varden) {
    const v = [...varden];
    if (/^\d{4}$/.test(v[0] || "") && v.every((x) => /^\d{4}$/.test(x))) return v.sort((a, b) => b - a);
    if (namn === "Organ") {
      const plats = (x) => {
        const i = organordning.indexOf(avkoda(x));
        return i === -1 ? organordning.length : i;
      };
      return v.sort((a, b) => plats(a) - plats(b) || avkoda(a).localeCompare(avkoda(b), "sv"));
    }
    return v;
  }

  // One group per filter, each a <details> of checkboxes; its summary says how many are ticked.
  function ritaFilter(alla) {
    const namnen = Object.keys(alla).filter((namn) => Array.isArray(alla[namn]) && alla[namn].length);
    namnen.forEach((namn, i) => {
      const grupp = element("details", "nd-sok__filtergrupp");
      const rubrik = element("summary", "");
      const rutor = element("fieldset", "");
      rutor.append(element("legend", "nd-dold", namn));
      const valda = (filterIAdressen && filterIAdressen[namn]) || [];
      ordnaVarden(namn, alla[namn]).forEach((varde, j) => {
        const id = `nd-filter-${i}-${j}`;
        const rad = element("div", "");
        const ruta = element("input", "");
        ruta.type = "checkbox";
        ruta.id = id;
        ruta.name = namn;
        ruta.value = varde;
        ruta.checked = valda.includes(varde);
        const etikett = element("label", "", avkoda(varde));
        etikett.htmlFor = id;
        rad.append(ruta, etikett);
        rutor.append(rad);
      });
      function visaAntal() {
        const n = rutor.querySelectorAll("input:checked").length;
        rubrik.textContent = n ? `${namn} (${n} ${n === 1 ? "vald" : "valda"})` : namn;
      }
      visaAntal();
      if (valda.length) grupp.open = true;
      rutor.addEventListener("change", () => {
        visaAntal();
        uppdateraAdress();
        sok();
      });
      grupp.append(rubrik, rutor);
      filterpanel.append(grupp);
    });
    filterpanel.hidden = !namnen.length;
  }

  // The filter values are stored as pagefind's interface once showed them, as HTML ("&amp;").
  function avkoda(text) {
    return text.includes("&") ? new DOMParser().parseFromString(text, "text/html").documentElement.textContent : text;
  }

  // "År" → "ar": the filter's name in the address.
  function nyckel(namn) {
    return namn.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  }

  function filterFranAdressen(namnen) {
    const ut = {};
    for (const namn of namnen) {
      const varden = params.getAll(nyckel(namn));
      if (varden.length) ut[namn] = varden;
    }
    return ut;
  }

  function uppdateraAdress() {
    const ny = new URLSearchParams();
    const fraga = falt.value.trim();
    if (fraga) ny.set("q", fraga);
    if (sortering.value === "datum") ny.set("sortera", "datum");
    for (const [namn, varden] of Object.entries(valdaFilter())) {
      for (const v of varden) ny.append(nyckel(namn), v);
    }
    const sok = ny.toString();
    window.history.replaceState(null, "", window.location.pathname + (sok ? "?" + sok : "") + window.location.hash);
  }

  // --- Events -------------------------------------------------------------------------------------------

  falt.addEventListener("input", () => {
    ++senaste; // whatever is on its way belongs to words no longer in the field
    lista.setAttribute("aria-busy", "true"); // the hits shown are no longer those of the field
    window.clearTimeout(vantar);
    const fraga = falt.value.trim();
    if (fraga) pagefind.preload(normaliseraFraga(fraga)).catch(() => {});
    vantar = window.setTimeout(() => {
      uppdateraAdress();
      sok();
    }, VANTETID);
  });
  formular.addEventListener("submit", (e) => {
    e.preventDefault();
    uppdateraAdress();
    sok();
  });
  sortering.addEventListener("change", () => {
    uppdateraAdress();
    sok();
  });
  fler.addEventListener("click", visaFler);

  // The filter values, and with them the filters of the address; then the first search.
  const varden = await filterfil;
  filterIAdressen = filterFranAdressen(Object.keys(varden));
  ritaFilter(varden);
  filterIAdressen = null;
  if (falt.value.trim() || Object.keys(valdaFilter()).length) sok();
}

// --- Diarienummer -----------------------------------------------------------------------------------------

// generator/innehall/diarienummer.kompakt: upper case, letters and digits only.
function kompakt(text) {
  return text.toUpperCase().replace(/[^\p{L}\p{N}]+/gu, "");
}
const KOD = /^\p{Lu}{1,6}$/u; // "SOC", "KS", "IFN", as written in a dnr
const NUMMER = /^\p{N}+[/\-.:_]\p{N}/u; // "2023-000185", "2026/00048"

// "KS-2026/00052", "SOC/2023-000185", "25SN53": digits with letters, or digits split by / - . :
function liknarDnr(ord) {
  const karna = ord.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  return /\p{N}/u.test(karna) && (/\p{L}/u.test(karna) || /[\p{L}\p{N}][/\-.:_]+[\p{L}\p{N}]/u.test(karna));
}

// A dnr, however it is spelt, is searched as its compact form, one word, so that every spelling
// gives the same hits. A query that is one dnr and nothing else is searched exactly (pagefind's quoted
// search): a word that is in no part of the index, pagefind answers with the longest word it has
// already loaded that begins the query ("KS" for "KS202400010"), so the hits of a dnr that is not in
// the index would depend on what was typed before it.
function normaliseraFraga(fraga) {
  if (fraga.indexOf('"') !== -1) return fraga; // the user's own phrase search
  const ord = fraga.trim().split(/\s+/);
  const ut = [];
  let dnr = 0;
  for (let i = 0; i < ord.length; i++) {
    if (KOD.test(ord[i]) && i + 1 < ord.length && NUMMER.test(ord[i + 1])) {
      ut.push(kompakt(ord[i] + ord[i + 1]));
      dnr++;
      i++;
    } else if (liknarDnr(ord[i])) {
      ut.push(kompakt(ord[i]));
      dnr++;
    } else {
      ut.push(ord[i]);
    }
  }
  return ut.length === 1 && dnr === 1 ? `"${ut[0]}"` : ut.join(" ");
}

// Whether a (normalised) query holds a dnr.
function harDnr(term) {
  return term.replace(/"/g, "").split(/\s+/).some((o) => liknarDnr(o));
}

// --- Helpers ----------------------------------------------------------------------------------------------

function element(namn, klass, text) {
  const e = document.createElement(namn);
  if (klass) e.className = klass;
  if (text !== undefined) e.textContent = text;
  return e;
}

function lasJson(text, standard) {
  try {
    return JSON.parse(text);
  } catch (e) {
    return standard;
  }
}
