"""Who is who: a förtroendevald is their name and party, unless site_config.yml's optional list
`förtroendevalda` says otherwise (it merges spellings and separates namesakes by organ).

Both the validator (likely duplicates) and the register (pages and data of persons) read the
protokoll's names through `Identiteter.nyckel`, so they agree on who is one person.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from generator.innehall.modell import Fortroendevald


def normera(namn: str) -> str:
    """A name as compared: spaces collapsed, case ignored."""
    return re.sub(r"\s+", " ", namn).strip().casefold()


def slug(text: str) -> str:
    """`Lena Brännvik` → `lena-brannvik` (å, ä, ö without their marks)."""
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "person"


@dataclass(frozen=True, slots=True)
class Nyckel:
    """One person's identity: `post` is the index in the list, or None for name + party."""

    namn: str  # as shown
    parti: str | None
    post: int | None = None
    id: str | None = None  # the address part the list gives

    @property
    def jamfor(self) -> tuple:
        return (self.post,) if self.post is not None else (None, normera(self.namn), self.parti)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Nyckel) and self.jamfor == other.jamfor

    def __hash__(self) -> int:
        return hash(self.jamfor)


class Identiteter:
    def __init__(self, lista: list[Fortroendevald] | tuple[Fortroendevald, ...]):
        self.lista = list(lista)
        self._namn: dict[str, list[int]] = {}
        for i, f in enumerate(self.lista):
            for n in (f.namn, *f.stavningar):
                self._namn.setdefault(normera(n), []).append(i)

    def post(self, namn: str, parti: str | None, organ: str | None) -> int | None:
        """The list's entry for this mention, if any: same name or spelling, no other party, and
        the organ among its `organ` when it has some."""
        for i in self._namn.get(normera(namn), ()):
            f = self.lista[i]
            if parti is not None and f.parti is not None and parti != f.parti:
                continue
            if f.organ and organ is not None and organ not in f.organ:
                continue
            return i
        return None

    def nyckel(self, namn: str, parti: str | None, organ: str | None) -> Nyckel:
        i = self.post(namn, parti, organ)
        if i is None:
            return Nyckel(re.sub(r"\s+", " ", namn).strip(), parti)
        f = self.lista[i]
        return Nyckel(f.namn, f.parti if f.parti is not None else parti, i, f.id)


def en_bokstav_ifran(a: str, b: str) -> bool:
    """Two spellings one letter apart: one letter changed, added or removed (case ignored)."""
    a, b = a.casefold(), b.casefold()
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    for i in range(len(b)):
        if b[:i] + b[i + 1:] == a:
            return True
    return False
