/* The search page: pagefind's own interface (pagefind-ui.js, written into the site by the build; its
   texts are Swedish because the page is <html lang="sv">), with four additions:

   - the filters (organ, år, dokumenttyp, giltighet) are controls of our own, drawn from the values
     the build wrote beside the index; pagefind's interface is given a view of pagefind without
     filters (assets/sokmotor/pagefind.js, which says why) and is told which are ticked;

   - a diarienummer, also one typed as a code and a number with a space between ("SOC 2023-000185",
     "IFN 2026/00048"), is searched as one word in the compact form that the index holds for every
     dnr, by the rule of generator/diarienummer.py (upper case, letters and digits only);
   - a hit on a handling also links to the sammanträde (or anslag) it belongs to;
   - the results can be sorted by date, newest first (pagefind's interface sorts only when it is
     created, so it is created again with the same words and filters).

   The words are kept in the address (?q=…), so the header's search field can open this page and a
   search can be shared. Nothing is fetched from anywhere but this site. */
(function () {
  "use strict";

  var ram = document.getElementById("nd-sok");
  var sortering = document.getElementById("nd-sortering");
  var filterpanel = document.getElementById("nd-sokfilter");
  if (!ram || typeof window.PagefindUI !== "function") return;

  // The site's root and the pagefind folder, wherever the site is published (also under a sub-path).
  var rot = new URL(ram.getAttribute("data-bas"), window.location.href).pathname;
  var bundle = new URL(ram.getAttribute("data-bundle"), window.location.href).pathname;

  // generator/diarienummer.kompakt: upper case, letters and digits only.
  function kompakt(text) {
    return text.toUpperCase().replace(/[^\p{L}\p{N}]+/gu, "");
  }
  var KOD = /^\p{Lu}{1,6}$/u; // "SOC", "KS", "IFN", as written in a dnr
  var NUMMER = /^\p{N}+[/\-.:_]\p{N}/u; // "2023-000185", "2026/00048"

  // "KS-2026/00052", "SOC/2023-000185", "25SN53": digits with letters, or digits split by / - . :
  function liknarDnr(ord) {
    var karna = ord.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    return /\p{N}/u.test(karna) && (/\p{L}/u.test(karna) || /[\p{L}\p{N}][/\-.:_]+[\p{L}\p{N}]/u.test(karna));
  }

  // A dnr, however it is spelt, is searched as its compact form, one word, so that every spelling
  // gives the same hits in the same order, the ärende first.
  function normaliseraFraga(fraga) {
    if (fraga.indexOf('"') !== -1) return fraga; // the user's own phrase search
    var ord = fraga.trim().split(/\s+/);
    var ut = [];
    for (var i = 0; i < ord.length; i++) {
      if (KOD.test(ord[i]) && i + 1 < ord.length && NUMMER.test(ord[i + 1])) {
        ut.push(kompakt(ord[i] + ord[i + 1]));
        i++;
      } else if (liknarDnr(ord[i])) {
        ut.push(kompakt(ord[i]));
      } else {
        ut.push(ord[i]);
      }
    }
    return ut.join(" ");
  }

  function html(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function visaResultat(resultat) {
    var meta = resultat.meta || {};
    if (meta.sammanhang_url) {
      var adress = rot + meta.sammanhang_url.replace(/^\/+/, "");
      resultat.excerpt += ' <span class="nd-sok__sammanhang">Hör till <a href="' + html(adress) + '">' +
        html(meta.sammanhang) + "</a>.</span>";
    }
    delete meta.sammanhang;
    delete meta.sammanhang_url;
    return resultat;
  }

  var ui = null;

  function skapa(fraga, filter) {
    if (ui) {
      ui.destroy();
      ram.innerHTML = "";
    }
    ui = new window.PagefindUI({
      element: ram,
      bundlePath: bundle,
      baseUrl: rot,
      showImages: false,
      showSubResults: false,
      pageSize: 10,
      excerptLength: 30,
      autofocus: !fraga,
      processTerm: normaliseraFraga,
      processResult: visaResultat,
      sort: sortering && sortering.value === "datum" ? { datum: "desc" } : null,
      translations: { placeholder: "Sök på ord eller diarienummer" },
    });
    if (filter && Object.keys(filter).length) ui.triggerFilters(filter);
    if (fraga) ui.triggerSearch(fraga);
  }

  function falt() {
    return ram.querySelector(".pagefind-ui__search-input");
  }

  function valdaFilter() {
    var ut = {};
    if (!filterpanel) return ut;
    filterpanel.querySelectorAll("input[type=checkbox]:checked").forEach(function (ruta) {
      (ut[ruta.name] = ut[ruta.name] || []).push(ruta.value);
    });
    return ut;
  }

  // One group per filter, each a <details> of checkboxes; its summary says how many are ticked.
  function ritaFilter(varden) {
    var namnen = Object.keys(varden).filter(function (namn) { return varden[namn].length; });
    namnen.forEach(function (namn, i) {
      var grupp = document.createElement("details");
      grupp.className = "nd-sok__filtergrupp";
      var rubrik = document.createElement("summary");
      var rutor = document.createElement("fieldset");
      var forklaring = document.createElement("legend");
      forklaring.className = "nd-dold";
      forklaring.textContent = namn;
      rutor.appendChild(forklaring);
      varden[namn].forEach(function (varde, j) {
        var id = "nd-filter-" + i + "-" + j;
        var rad = document.createElement("div");
        var ruta = document.createElement("input");
        ruta.type = "checkbox";
        ruta.id = id;
        ruta.name = namn;
        ruta.value = varde;
        var etikett = document.createElement("label");
        etikett.htmlFor = id;
        etikett.textContent = varde;
        rad.appendChild(ruta);
        rad.appendChild(etikett);
        rutor.appendChild(rad);
      });
      function visaAntal() {
        var n = rutor.querySelectorAll("input:checked").length;
        rubrik.textContent = n ? namn + " (" + n + (n === 1 ? " vald)" : " valda)") : namn;
      }
      visaAntal();
      rutor.addEventListener("change", function () {
        visaAntal();
        if (ui) ui.triggerFilters(valdaFilter());
      });
      grupp.appendChild(rubrik);
      grupp.appendChild(rutor);
      filterpanel.appendChild(grupp);
    });
    filterpanel.hidden = !namnen.length;
  }

  if (filterpanel) {
    fetch(filterpanel.getAttribute("data-filter"))
      .then(function (svar) { return svar.ok ? svar.json() : {}; })
      .then(ritaFilter, function () {});
  }

  function uppdateraAdress() {
    var params = new URLSearchParams(window.location.search);
    var fraga = falt() ? falt().value.trim() : "";
    if (fraga) params.set("q", fraga);
    else params.delete("q");
    if (sortering && sortering.value === "datum") params.set("sortera", "datum");
    else params.delete("sortera");
    var sok = params.toString();
    window.history.replaceState(null, "", window.location.pathname + (sok ? "?" + sok : "") + window.location.hash);
  }

  var params = new URLSearchParams(window.location.search);
  if (sortering && params.get("sortera") === "datum") sortering.value = "datum";
  skapa(params.get("q") || "", null);

  if (sortering) {
    sortering.addEventListener("change", function () {
      skapa(falt() ? falt().value : "", valdaFilter());
      uppdateraAdress();
    });
  }
  var vantar = null;
  ram.addEventListener("input", function (e) {
    if (!e.target.classList.contains("pagefind-ui__search-input")) return;
    window.clearTimeout(vantar);
    vantar = window.setTimeout(uppdateraAdress, 400);
  });
})();
