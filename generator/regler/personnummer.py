"""Personnummer and samordningsnummer in free text: find them, mask them.

One place for the rule, reused by the importer and by any scanner of content.
What counts (see /work/shared/lagrum.md, "Personal data"):

- 10 digits `ÅÅMMDD-NNNK`, `ÅÅMMDD+NNNK` (a hundred years or older) or
  `ÅÅMMDDNNNK`, and 12 digits `ÅÅÅÅMMDD-NNNK` or `ÅÅÅÅMMDDNNNK`;
- the date must exist (in some century the form allows); a samordningsnummer
  has the day plus 60 (skatteförfarandelagen / folkbokföringslagen 18 a §);
- the last digit is the Luhn check digit of the ten digits `ÅÅMMDDNNN`.

Not personnummer, by construction or by rule:

- an organisationsnummer has a month of 20 or more (its third digit is at
  least 2), which is no date;
- a phone number written as ten digits starts with 0 and stands after a word
  such as "telefon", "tel", "mobil" or "fax"; and one that fails the Luhn check
  is no personnummer anyway.

    >>> [t.text for t in hitta("Sökande 19121212-1212, org.nr 212000-2403")]
    ['19121212-1212']
    >>> maskera("pnr 19121212-1212")
    'pnr 19xxxxxx-xx12'
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

# A candidate: optional century, six date digits, optional separator, four digits.
# Digits, a letter or a separator glued to either side mean it is part of
# something longer (a diarienummer, an account number), so it is not taken.
_KANDIDAT = re.compile(
    r"(?<![\w+\-/.,])"
    r"(?P<sekel>1[89]|20)?(?P<datum>\d{6})(?P<skilje>[ \t]?[-+][ \t]?|[ \t]?)(?P<slut>\d{4})"
    r"(?![\w]|[-+/]\d|[.,]\d)"
)
# Words after which a ten-digit number starting with 0 is a phone number.
_TELEFONORD = re.compile(
    r"(?:telefon\w*|tel|tfn|mobil\w*|fax|växel|ring\w*|sms|riktnummer|riktnum-\s*mer)\W{0,12}$",
    re.IGNORECASE,
)
SAMORDNING_TILLAGG = 60


@dataclass(frozen=True)
class Traff:
    """One personnummer or samordningsnummer found at `text[start:slut]`."""

    start: int
    slut: int
    text: str
    samordningsnummer: bool

    @property
    def maskerad(self) -> str:
        return maskera_nummer(self.text)


def luhn(siffror: str) -> bool:
    """The Luhn (mod 10) check used by Skatteverket for the last digit."""
    summa = 0
    for i, tecken in enumerate(siffror):
        d = int(tecken) * (2 if i % 2 == 0 else 1)
        summa += d // 10 + d % 10
    return summa % 10 == 0


def _datum_finns(ar: int, manad: int, dag: int) -> bool:
    return 1 <= manad <= 12 and 1 <= dag <= calendar.monthrange(ar, manad)[1]


def _mojliga_ar(sekel: str | None, aa: int, skilje: str) -> list[int]:
    if sekel:
        return [int(sekel) * 100 + aa]
    if skilje == "+":  # a hundred years or older
        return [1800 + aa, 1900 + aa]
    return [1900 + aa, 2000 + aa]


def _giltigt_datum(sekel: str | None, datum: str, skilje: str) -> tuple[bool, bool]:
    """(valid, samordningsnummer) for the six date digits."""
    aa, manad, dag = int(datum[:2]), int(datum[2:4]), int(datum[4:])
    samordning = dag > SAMORDNING_TILLAGG
    if samordning:
        dag -= SAMORDNING_TILLAGG
    giltigt = any(_datum_finns(ar, manad, dag) for ar in _mojliga_ar(sekel, aa, skilje))
    return giltigt, samordning


def _ar_telefonnummer(text: str, m: re.Match) -> bool:
    if m["sekel"] or m["skilje"] or not m["datum"].startswith("0"):
        return False
    fore = text[max(0, m.start() - 40) : m.start()]
    return bool(_TELEFONORD.search(fore))


def hitta(text: str) -> list[Traff]:
    """Every personnummer and samordningsnummer in `text`, in order."""
    traffar = []
    for m in _KANDIDAT.finditer(text):
        if m["sekel"] and m["skilje"].strip() == "+":
            continue  # '+' belongs to the ten-digit form only
        giltigt, samordning = _giltigt_datum(m["sekel"], m["datum"], m["skilje"].strip())
        if not giltigt or not luhn(m["datum"] + m["slut"]):
            continue
        if _ar_telefonnummer(text, m):
            continue
        traffar.append(Traff(m.start(), m.end(), m.group(), samordning))
    return traffar


def ar_personnummer(text: str) -> bool:
    """True if `text`, stripped, is exactly one personnummer or samordningsnummer."""
    text = text.strip()
    traffar = hitta(text)
    return len(traffar) == 1 and traffar[0].text == text


def maskera_nummer(nummer: str) -> str:
    """`19121212-1212` → `19xxxxxx-xx12`, `121212-1212` → `xxxxxx-xx12`:
    the century and the last two digits stay, so that a reader can tell two
    masked numbers apart without learning either."""
    siffror = [i for i, c in enumerate(nummer) if c.isdigit()]
    behall = set(siffror[-2:])
    if len(siffror) == 12:
        behall |= set(siffror[:2])
    return "".join(c if (not c.isdigit() or i in behall) else "x" for i, c in enumerate(nummer))


def maskera(text: str) -> str:
    """`text` with every personnummer and samordningsnummer masked."""
    delar = []
    forra = 0
    for t in hitta(text):
        delar.append(text[forra : t.start])
        delar.append(t.maskerad)
        forra = t.slut
    delar.append(text[forra:])
    return "".join(delar)
