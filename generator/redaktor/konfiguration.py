"""The configuration of the web editor (Decap CMS), made from site_config.yml and the content model.

One configuration per build, never written by hand: for each organ its sammanträden
(`content/<organ>/<datum>/sammantrade.yml`) and protokoll (`protokoll.yml` in the same folder),
then styrdokument, anslag and the kommun's own settings in site_config.yml. The sammanträde's date
is the folder's name, so it is the entry's path (Decap's `meta.path`), not a key in the file.
"""

from __future__ import annotations

import re
from typing import Any

from generator.innehall import modell
from generator.innehall.modell import Webbplats
from generator.redaktor.falt import DATUM, Falt, falt_for

# Decap reads and writes each kind of file through a format of ours (redaktor.js registers one per
# kind, "namndsajt-protokoll" …): the YAML a person writes.
FORMAT = "namndsajt-{}"

# Decap names an uploaded file and a new entry with these rules: ASCII, without å, ä, ö and accents.
SLUG = {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"}


def repo(webbplats: Webbplats) -> str | None:
    """The repository: `redaktor.repo`, or read from a GitHub Pages address (https://ägare.github.io/namn/)."""
    if webbplats.redaktor.repo:
        return webbplats.redaktor.repo
    m = re.match(r"^https?://([a-z0-9-]+)\.github\.io/([^/]+)/?$", webbplats.webbadress, re.I)
    return f"{m[1]}/{m[2]}" if m else None


def backend(webbplats: Webbplats) -> dict[str, Any]:
    r = webbplats.redaktor
    ut: dict[str, Any] = {"name": r.tjanst, "branch": r.gren}
    if (namn := repo(webbplats)) is not None:
        ut["repo"] = namn
    if r.tjanst == "gitlab":
        ut["auth_type"] = "pkce"
    if r.inloggning:
        ut["base_url"] = r.inloggning
    if r.app_id:
        ut["app_id"] = r.app_id
    if r.api_adress:
        ut["api_root"] = r.api_adress
    ut["commit_messages"] = {
        "create": "Skapa {{collection}}: {{slug}}",
        "update": "Ändra {{collection}}: {{slug}}",
        "delete": "Ta bort {{collection}}: {{slug}}",
        "uploadMedia": "Ladda upp {{path}}",
        "deleteMedia": "Ta bort {{path}}",
    }
    return ut


def _datummapp(etikett: str, indexfil: str, hint: str) -> dict[str, Any]:
    return {"path": {**DATUM, "label": etikett, "index_file": indexfil, "hint": hint}}


def _sammantraden(organ: modell.Organ) -> dict[str, Any]:
    return {
        "name": f"sammantraden-{organ.slug}",
        "label": f"{organ.namn}: sammanträden",
        "label_singular": f"sammanträde i {organ.namn.lower()}",
        "description": "Tid, plats och kallelse med hålltider, föredragningslista och handlingar.",
        "folder": f"content/{organ.slug}",
        "path": "{{slug}}/sammantrade",
        "meta": _datummapp(
            "Sammanträdets datum", "sammantrade", "Blir namnet på sammanträdets mapp, content/ORGAN/ÅÅÅÅ-MM-DD/."
        ),
        # Both files of a sammanträde lie in its folder; only a protokoll has `justering`.
        "filter": {"field": "justering"},
        "summary": "{{dirname}}: {{plats}}",
        **_gemensamt("sammantrade"),
        "media_folder": "handlingar",
        "public_folder": "handlingar",
        "fields": falt_for(modell.SammantradeUppgifter),
    }


def _protokoll(organ: modell.Organ) -> dict[str, Any]:
    return {
        "name": f"protokoll-{organ.slug}",
        "label": f"{organ.namn}: protokoll",
        "label_singular": f"protokoll för {organ.namn.lower()}",
        "description": "Protokollet läggs till efter sammanträdet i sammanträdets mapp och publiceras när det är justerat.",
        "folder": f"content/{organ.slug}",
        "path": "{{slug}}/protokoll",
        "meta": _datummapp(
            "Sammanträdets datum", "protokoll", "Samma datum som sammanträdet; protokollet hamnar i dess mapp."
        ),
        # Only a sammanträde has `tid` at the top.
        "filter": {"field": "tid"},
        "summary": "{{dirname}}: justerat {{justering.datum}}",
        **_gemensamt("protokoll"),
        "media_folder": "handlingar",
        "public_folder": "handlingar",
        "fields": falt_for(modell.Protokoll),
    }


def _gemensamt(sort: str) -> dict[str, Any]:
    return {"create": True, "delete": False, "format": FORMAT.format(sort), "extension": "yml", "editor": {"preview": False}}


def _mapp(namn: str, etikett: str, ental: str, klass, identifierare: str, beskrivning: str) -> dict[str, Any]:
    return {
        "name": namn,
        "label": etikett,
        "label_singular": ental,
        "description": beskrivning,
        "folder": f"content/{namn}",
        "identifier_field": identifierare,
        "slug": "{{" + identifierare + "}}",
        "summary": "{{" + identifierare + "}}",
        **_gemensamt(namn),
        # The PDFs lie beside the YAML files.
        "media_folder": "",
        "public_folder": "",
        "fields": falt_for(klass),
    }


def _installningar() -> dict[str, Any]:
    return {
        "name": "installningar",
        "label": "Webbplatsens inställningar",
        "description": "Kommunens namn, kontaktuppgifter, färger, organ och tillgänglighetsredogörelse.",
        "editor": {"preview": False},
        "format": FORMAT.format("installningar"),
        "extension": "yml",
        "files": [
            {
                "name": "site_config",
                "label": "Inställningar (site_config.yml)",
                "file": "site_config.yml",
                # Where the editor itself signs in is changed by whoever runs the repository.
                "fields": falt_for(modell.Webbplats, utom=frozenset({"redaktor"})),
            }
        ],
    }


def konfiguration(webbplats: Webbplats) -> dict[str, Any]:
    """Decap CMS' config.yml for this site."""
    samlingar: list[dict[str, Any]] = []
    for organ in webbplats.organ:
        samlingar += [_sammantraden(organ), _protokoll(organ)]
    samlingar += [
        _mapp("styrdokument", "Styrdokument", "styrdokument", modell.Styrdokument, "titel",
              "Policyer, riktlinjer, planer, reglementen och taxor med giltighetstid."),
        _mapp("anslag", "Anslag", "anslag", modell.Anslag, "rubrik",
              "Andra tillkännagivanden och kungörelser än justeringar, med datum då de sätts upp och tas ner."),
        _installningar(),
    ]
    ut: dict[str, Any] = {
        "locale": "sv",
        "backend": backend(webbplats),
        # Each save is a branch and a pull request, which the workflow validates before anyone merges it.
        "publish_mode": "editorial_workflow",
        # Only where the editor is opened on this computer (127.0.0.1 or localhost): decap-server.
        "local_backend": {"url": webbplats.redaktor.lokal_server},
        "site_url": webbplats.webbadress,
        "display_url": webbplats.webbadress,
        "media_folder": "content",
        "slug": dict(SLUG),
        "collections": samlingar,
    }
    if webbplats.logotyp:
        ut["logo"] = {"src": logotyp_adress(webbplats), "show_in_header": True}
    return ut


def logotyp_adress(webbplats: Webbplats) -> str:
    """Where the site's own pages find the logo (generator/webb/plugin.py), seen from /admin/."""
    return "../assets/logotyp" + "." + webbplats.logotyp.rsplit(".", 1)[-1].lower()


def ordningar(konfig: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """`ordning` for each kind of file, by the name of its format."""
    ut: dict[str, list[list[Falt]]] = {}
    for samling in konfig["collections"]:
        ut.setdefault(samling["format"], []).extend(
            [samling["fields"]] if "fields" in samling else [f["fields"] for f in samling["files"]]
        )
    return {format_: ordning(falt) for format_, falt in sorted(ut.items())}


def ordning(falt_listor: list[list[Falt]]) -> dict[str, Any]:
    """For redaktor.js, from one kind of file's form, by place in the file ("kallelse.hålltider.*.start"):
    - `nycklar`: the order of the keys at every place, so that what it writes reads like what a
      person writes;
    - `listobjekt`: where a list of at most one item stands for an optional object;
    - `listor`: where a list is expected (the model also takes one value there: `dnr: 25SN53`);
    - `texter` and `klockslag`: where a number is read as text (`omfattar: 45`) and "08.30" as "08:30"."""
    nycklar: dict[str, list[str]] = {}
    listobjekt: set[str] = set()
    listor: set[str] = set()
    texter: set[str] = set()
    klockslag: set[str] = set()

    def ett(f: Falt, plats: str) -> None:
        if f["widget"] == "object":
            besok(f["fields"], plats)
        elif f["widget"] == "list" and f.get("max") == 1:
            listobjekt.add(plats)
            besok(f["fields"], plats)
        elif f["widget"] == "list":
            listor.add(plats)
            if "fields" in f:
                besok(f["fields"], plats + ".*")
            elif "types" in f:
                for typ in f["types"]:
                    besok(typ["fields"], plats + ".*")
            else:
                ett(f["field"], plats + ".*")
        elif f["widget"] in ("string", "text"):
            texter.add(plats)
        elif f["widget"] == "datetime" and f.get("date_format") is False:
            klockslag.add(plats)

    def besok(falt: list[Falt], stig: str) -> None:
        lista = nycklar.setdefault(stig, [])
        for f in falt:
            if f["name"] not in lista:
                lista.append(f["name"])
            ett(f, f"{stig}.{f['name']}" if stig else f["name"])

    for falt in falt_listor:
        besok(falt, "")
    return {
        "nycklar": {k: v for k, v in nycklar.items() if v},
        "listobjekt": sorted(listobjekt),
        "listor": sorted(listor),
        "texter": sorted(texter),
        "klockslag": sorted(klockslag),
    }
