// Nämndsajt's part of the web editor: the YAML a person writes, then Decap CMS is started.
//
// Decap reads and writes our files through this format instead of its own YAML, for three reasons:
// - A § under sekretess is its own kind of list item, and Decap tells kinds apart by the value of
//   one key. In the form `sekretess` is "ja" or "nej"; in the file it is `sekretess: true` or no
//   key, and a § under sekretess keeps only the keys the law allows (nr, dnr).
// - An optional part with required fields (a kallelse, an omröstning) is a list of at most one
//   item in the form, because Decap checks an object's required fields even when it is left out;
//   in the file it is the object itself.
// - What is written reads like the documented examples: keys in the model's order, nothing empty,
//   no `false`, dates as ÅÅÅÅ-MM-DD and times in quotes, "08:30".
// - The model takes one value where a list is expected (`dnr: 25SN53`), a number where text is
//   (`omfattar: 45`), "08.30" for a time and "Anna Ek (S)" for a person; the form gets the full form.
// Each kind of file has a format of its own ("namndsajt-protokoll" …), with its places from the
// build (the key order, which places are lists …), in #namndsajt-redaktor.

import * as YAML from "./yaml/index.js";

const INSTALLNINGAR = JSON.parse(document.getElementById("namndsajt-redaktor").textContent);
const KLOCKSLAG = /^\d{1,2}:\d{2}$/;
let INST; // the places of the kind of file being read or written

function ar(objekt) {
  return objekt !== null && typeof objekt === "object" && !Array.isArray(objekt);
}

function under(stig, nyckel) {
  return stig ? `${stig}.${nyckel}` : nyckel;
}

// File → form.
function tillFormularet(varde, stig) {
  if (INST.listor.includes(stig) && !Array.isArray(varde)) {
    varde = varde === null || varde === undefined ? [] : [varde];
  }
  if (Array.isArray(varde)) {
    return varde.map((v) => tillFormularet(v, `${stig}.*`));
  }
  if (typeof varde === "number" && INST.texter.includes(stig)) {
    return String(varde);
  }
  if (typeof varde === "string" && INST.klockslag.includes(stig)) {
    return varde.trim().replace(/^(\d)[:.]/, "0$1:").replace(".", ":");
  }
  if (typeof varde === "string" && INST.texter.includes(`${stig}.namn`)) {
    // A person written as text, "Anna Ek (S)", as the model reads it.
    const m = varde.match(/^(.*?)\s*\(([^()]+)\)\s*$/);
    return m ? { namn: m[1], parti: m[2] } : { namn: varde };
  }
  if (!ar(varde)) {
    return varde;
  }
  const ut = {};
  for (const [nyckel, v] of Object.entries(varde)) {
    const plats = under(stig, nyckel);
    if (INST.listobjekt.includes(plats)) {
      ut[nyckel] = ar(v) ? [tillFormularet(v, plats)] : [];
    } else {
      ut[nyckel] = tillFormularet(v, plats);
    }
  }
  if (stig === "paragrafer.*") {
    ut.sekretess = varde.sekretess === true ? INSTALLNINGAR.sekretess.ja : INSTALLNINGAR.sekretess.nej;
  }
  return ut;
}

function tom(v) {
  return (
    v === undefined || v === null || v === "" || v === false || (typeof v === "number" && Number.isNaN(v)) ||
    (Array.isArray(v) && v.length === 0) || (ar(v) && Object.keys(v).length === 0)
  );
}

function ordnad(objekt, ordning) {
  const nycklar = Object.keys(objekt);
  const plats = (n) => (ordning.includes(n) ? ordning.indexOf(n) : ordning.length + nycklar.indexOf(n));
  const ut = {};
  for (const n of [...nycklar].sort((a, b) => plats(a) - plats(b))) {
    ut[n] = objekt[n];
  }
  return ut;
}

// Form → file.
function tillFilen(varde, stig) {
  if (Array.isArray(varde)) {
    return varde.map((v) => tillFilen(v, `${stig}.*`)).filter((v) => !tom(v));
  }
  if (!ar(varde)) {
    return typeof varde === "string" ? varde.trim() : varde;
  }
  let ut = {};
  for (const [nyckel, v] of Object.entries(varde)) {
    const plats = under(stig, nyckel);
    let ny;
    if (INST.listobjekt.includes(plats)) {
      ny = Array.isArray(v) && v.length > 0 ? tillFilen(v[0], plats) : undefined;
    } else {
      ny = tillFilen(v, plats);
    }
    if (!tom(ny)) {
      ut[nyckel] = ny;
    }
  }
  if (stig === "paragrafer.*") {
    if (varde.sekretess === INSTALLNINGAR.sekretess.ja) {
      const kvar = {};
      for (const n of INSTALLNINGAR.sekretess.nycklar) {
        if (n in ut) kvar[n] = ut[n];
      }
      ut = { ...kvar, sekretess: true };
    } else {
      delete ut.sekretess;
    }
  }
  return ordnad(ut, INST.nycklar[stig] || []);
}

function format(platser) {
  return {
    fromFile(text) {
      INST = platser;
      // YAML 1.2's core schema: a date or a time stays the text it is, as in the generator's loader.
      return tillFormularet(YAML.parse(text, { schema: "core" }) ?? {}, "");
    },
    toFile(data, sorteradeNycklar = []) {
      INST = platser;
      return skriv(tillFilen(data, ""), sorteradeNycklar);
    },
  };
}

function skriv(innehall, sorteradeNycklar) {
  const dokument = new YAML.Document(ordnad(innehall, [...sorteradeNycklar, ...(INST.nycklar[""] || [])]));
  YAML.visit(dokument, {
    Scalar(_, nod) {
      if (typeof nod.value === "string" && KLOCKSLAG.test(nod.value)) {
        nod.type = "QUOTE_DOUBLE";
      }
    },
  });
  return dokument.toString({ lineWidth: 0 });
}

for (const [namn, platser] of Object.entries(INSTALLNINGAR.format)) {
  CMS.registerCustomFormat(namn, "yml", format(platser));
}

// What Decap's bundled Swedish (locale: sv) lacks and would otherwise show in English.
const SVENSKA = {
  collection: {
    collectionTop: { viewAsList: "Visa som lista", viewAsGrid: "Visa som rutnät" },
    entries: { unpublishedHeader: "Opublicerade ändringar" },
  },
  editor: {
    editorControl: { field: { widgetLabel: "fältet %{widgetLabel}" } },
    editorToolbar: {
      statusInfoTooltipDraft: "Ändringen är ett utkast. Välj ”Under granskning” när den är klar att granskas.",
      statusInfoTooltipInReview: "Ändringen granskas. Du kan fortfarande ändra i den under tiden.",
    },
    editorWidgets: {
      datetime: { setToNow: "Sätt %{fieldLabel} till nu" },
      file: { chooseMultiple: "Välj filer", addMore: "Lägg till fler filer", removeAll: "Ta bort alla filer" },
      image: { chooseMultiple: "Välj bilder", addMore: "Lägg till fler bilder", removeAll: "Ta bort alla bilder" },
      list: { add: "Lägg till %{item}", addType: "Lägg till %{item}" },
      object: { expand: "Visa", collapse: "Dölj" },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: "Stäng" } },
  ui: { settingsDropdown: { account: "Kontoval" } },
};

function sammanfoga(mal, kalla) {
  for (const [nyckel, v] of Object.entries(kalla)) {
    mal[nyckel] = ar(v) ? sammanfoga(ar(mal[nyckel]) ? { ...mal[nyckel] } : {}, v) : v;
  }
  return mal;
}

// Dates: Decap's own date widget (a date picker, ÅÅÅÅ-MM-DD), which tells the form when the picker
// holds a day that does not exist. The picker then reports no value at all, so without this an
// optional date typed as 30 February would silently be left out.
const DATUMVAL = CMS.getWidget("datetime");
const Datum = window.createClass({
  isValid() {
    const falt = this.rot && this.rot.querySelector("input");
    if (falt && falt.validity && falt.validity.badInput) {
      const namn = this.props.field.get("label", this.props.field.get("name"));
      return { error: { type: "CUSTOM", message: `${namn}: datumet finns inte. Välj ett verkligt datum.` } };
    }
    return true;
  },
  render() {
    return window.h("div", { ref: (el) => (this.rot = el) }, window.h(DATUMVAL.control, this.props));
  },
});
CMS.registerWidget("datum", Datum, DATUMVAL.preview, DATUMVAL.schema);

CMS.registerLocale("sv", sammanfoga({ ...CMS.getLocale("sv") }, SVENSKA));
CMS.registerPreviewStyle("redaktor.css");
CMS.init();
