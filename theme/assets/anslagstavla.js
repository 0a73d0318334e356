/* Nämndsajt: a notice must never look current after it has come down.
 *
 * The site is rebuilt every night; if a build fails, yesterday's pages stay up.
 * Each notice carries its dates (data-fran, data-avpubliceras: the first day it
 * is down), and this script compares them with the visitor's date in Sweden
 * (Europe/Stockholm): a notice whose time has run out is marked as taken down,
 * one not yet due is hidden. Without the script the page reads as of the day it
 * was built, which it states. */
(function () {
  "use strict";
  var idag = new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit"
  }).format(new Date());
  var manader = ["januari", "februari", "mars", "april", "maj", "juni", "juli",
    "augusti", "september", "oktober", "november", "december"];
  function svenskt(iso) {
    var d = iso.split("-");
    return parseInt(d[2], 10) + " " + manader[parseInt(d[1], 10) - 1] + " " + d[0];
  }
  var utgangna = 0;
  document.querySelectorAll(".nd-anslag[data-fran]").forEach(function (a) {
    var fran = a.getAttribute("data-fran");
    var ner = a.getAttribute("data-avpubliceras");
    if (idag < fran) {
      a.hidden = true;
    } else if (ner && idag >= ner) {
      utgangna += 1;
      a.classList.add("nd-anslag--nere");
      var p = document.createElement("p");
      p.className = "nd-anslag__nere";
      p.setAttribute("role", "status");
      p.textContent = "Tillkännagivandet togs ner från anslagstavlan " + svenskt(ner) +
        ". Tiden för att överklaga har gått ut.";
      var rubrik = a.querySelector(".nd-anslag__rubrik");
      (rubrik || a.firstChild).insertAdjacentElement(rubrik ? "afterend" : "beforebegin", p);
    }
  });
  var info = document.querySelector(".nd-anslagstavla-info");
  if (info && utgangna > 0) {
    info.textContent = "Anslagstavlan uppdaterades senast " + svenskt(info.getAttribute("data-byggd")) +
      ". " + utgangna + (utgangna === 1 ? " tillkännagivande har" : " tillkännagivanden har") +
      " gått ut sedan dess och är markerade.";
  }
})();
