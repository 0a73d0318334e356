"""The editor's form fields, read from the content model (generator/innehall/modell.py).

Every field of a pydantic model becomes one Decap CMS field: its YAML key (the Swedish alias) as
`name`, a Swedish label and hint, `required` from the model, and a widget from its type: dates with
the date picker (ÅÅÅÅ-MM-DD), times with the time picker (TT:MM), lists and lists of lists, a
`Literal` as a select, a nested model as an object. Nothing here names a field of the model, so a
field added to the model appears in the editor with no other change.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from typing import Any

from pydantic import AfterValidator, BaseModel, BeforeValidator
from pydantic.fields import FieldInfo

from generator.innehall import modell
from generator.redaktor.tips import ENTAL, ETIKETTER, LANGA_TEXTER, TIPS

Falt = dict[str, Any]

# "datum" is Decap's date widget as redaktor.js registers it: it also refuses a day that does not exist.
DATUM: Falt = {"widget": "datum", "format": "YYYY-MM-DD", "date_format": "YYYY-MM-DD", "time_format": False}
KLOCKSLAG: Falt = {"widget": "datetime", "format": "HH:mm", "date_format": False, "time_format": "HH:mm"}


def etikett(nyckel: str) -> str:
    """"skickas_till" → "Skickas till"; a few keys have a word of their own (tips.ETIKETTER)."""
    if nyckel in ETIKETTER:
        return ETIKETTER[nyckel]
    text = nyckel.replace("_", " ")
    return text[0].upper() + text[1:]


def _utan_annotated(typ: Any, metadata: list[Any]) -> tuple[Any, list[Any]]:
    while typing.get_origin(typ) is typing.Annotated:
        metadata = [*metadata, *typing.get_args(typ)[1:]]
        typ = typing.get_args(typ)[0]
    return typ, metadata


def _valfri(typ: Any) -> tuple[Any, bool]:
    """`X | None` → (X, True)."""
    if typing.get_origin(typ) in (typing.Union, types.UnionType):
        andra = [a for a in typing.get_args(typ) if a is not type(None)]
        if len(andra) == 1 and len(andra) < len(typing.get_args(typ)):
            return andra[0], True
    return typ, False


def _validerare(metadata: list[Any]) -> set[Any]:
    return {m.func for m in metadata if isinstance(m, (BeforeValidator, AfterValidator))}


def widget(typ: Any, metadata: list[Any] = (), nyckel: str = "") -> Falt:
    """The widget and its settings for one type of the model."""
    typ, metadata = _utan_annotated(typ, list(metadata))
    typ, _ = _valfri(typ)
    typ, metadata = _utan_annotated(typ, metadata)
    validerare = _validerare(metadata)
    if modell.tolka_paragrafnummer in validerare:
        # A paragraph series as in the protokoll's head, "43-53, 55-59": text, read by the model.
        return {"widget": "string"}
    if modell._pdf in validerare:
        return {"widget": "file", "media_library": {"allow_multiple": False}}
    if typing.get_origin(typ) is typing.Literal:
        return {"widget": "select", "options": [str(v) for v in typing.get_args(typ)]}
    if typ is bool:
        return {"widget": "boolean"}
    if typ is int:
        return {"widget": "number", "value_type": "int"}
    if typ is float:
        return {"widget": "number", "value_type": "float"}
    if typ is dt.date:
        return dict(DATUM)
    if typ is dt.time:
        return dict(KLOCKSLAG)
    if typ is str:
        return {"widget": "text" if nyckel in LANGA_TEXTER else "string"}
    if isinstance(typ, type) and issubclass(typ, BaseModel):
        return {"widget": "object", "collapsed": False, "fields": falt_for(typ)}
    if typing.get_origin(typ) is list:
        (del_,) = typing.get_args(typ)
        del_, del_metadata = _utan_annotated(del_, [])
        if del_ is modell.Paragraf:
            return paragrafer()
        if isinstance(del_, type) and issubclass(del_, BaseModel):
            return {"widget": "list", "collapsed": False, "fields": falt_for(del_)}
        inre = widget(del_, del_metadata, nyckel)
        return {"widget": "list", "field": {"name": "varde", "label": etikett(nyckel), **inre}}
    raise TypeError(f"webbredigeraren har ingen widget för typen {typ!r} (fältet '{nyckel}')")


def falt(klass: type[BaseModel], namn: str, info: FieldInfo) -> Falt:
    nyckel = info.alias or namn
    f: Falt = {"name": nyckel, "label": etikett(nyckel)}
    tips = info.description or TIPS.get((klass.__name__, nyckel))
    if tips:
        f["hint"] = tips
    f.update(widget(info.annotation, info.metadata, nyckel))
    f["required"] = info.is_required()
    if f["widget"] == "object" and not f["required"] and any(u.get("required") for u in f["fields"]):
        # Decap checks an object's required fields even when the object itself may be left out, so
        # an optional part with required fields (a kallelse, an omröstning) is a list of at most
        # one; the file format (redaktor.js) writes it as the object itself.
        f.update(widget="list", max=1, label_singular=f["label"].lower())
        f.pop("collapsed")
    if f["widget"] == "list" and any(getattr(m, "min_length", None) for m in info.metadata):
        f["min"] = 1
    if f["widget"] == "list" and "label_singular" not in f:
        f["label_singular"] = ENTAL.get(nyckel, f["label"].lower())
    return f


def falt_for(klass: type[BaseModel], *, utom: frozenset[str] = frozenset()) -> list[Falt]:
    """The form of one model: one field per key, in the model's order."""
    return [falt(klass, namn, info) for namn, info in klass.model_fields.items() if (info.alias or namn) not in utom]


# The values of `sekretess` while a § is in the form (redaktor.js turns them back into `sekretess: true`
# or no key at all): Decap tells the kinds of list item apart by the value of one key.
SEKRETESS_JA = "ja"
SEKRETESS_NEJ = "nej"


def paragrafer() -> Falt:
    """The §§ of a protokoll: two kinds of item. A § under sekretess (OSL 2009:400) is its own kind
    whose form has only the keys such a § may have (modell.SEKRETESS_NYCKLAR), so its content
    cannot be typed in at all."""
    alla = falt_for(modell.Paragraf, utom=frozenset({"sekretess"}))
    return {
        "widget": "list",
        "collapsed": True,
        "typeKey": "sekretess",
        "summary": "§ {{fields.nr}} {{fields.rubrik}}",
        "types": [
            {"name": SEKRETESS_NEJ, "label": "Paragraf", "widget": "object", "fields": alla},
            {
                "name": SEKRETESS_JA,
                "label": "Paragraf med sekretess",
                "widget": "object",
                "fields": [f for f in alla if f["name"] in modell.SEKRETESS_NYCKLAR],
            },
        ],
    }
