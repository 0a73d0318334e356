"""The errors of `namndsajt importera` and `namndsajt ny`, in the one hierarchy of `generator.fel`.

- `ImportFel`: the base of both commands' errors; `meddelande` is the Swedish sentence.
- `FelIUnderlaget` (also a `FelIInnehallet`, exit 1): what the user gave cannot be used: a PDF
  that is scanned, encrypted or unreadable, a text that is no protokoll or kallelse, a
  sammantrade.yml with errors, a file that is already there. `skal` names the kind of refusal for the folder report.
- `FelaktigtAnrop` (also an `AnvandningsFel`, exit 2): the command was used wrongly: a missing
  file, an unknown organ, a time that is no time.
"""

from __future__ import annotations

from generator.fel import AnvandningsFel, FelIInnehallet, NamndsajtFel


class ImportFel(NamndsajtFel):
    """An import or a template cannot go on. The exit code comes from the subclass."""

    def __init__(self, meddelande: str):
        super().__init__(meddelande)
        self.meddelande = meddelande


class FelIUnderlaget(ImportFel, FelIInnehallet):
    """The source cannot be used (exit 1). `skal` is the kind: "inskannad", "krypterad",
    "oläsbar", "okänd typ", "utan datum", "innehåll" or "finns redan"."""

    def __init__(self, meddelande: str, skal: str = "oläsbar"):
        super().__init__(meddelande)
        self.skal = skal


class FelaktigtAnrop(ImportFel, AnvandningsFel):
    """The command was used wrongly (exit 2)."""


# `namndsajt ny` raises the same classes; the old name stays for its callers.
MallFel = ImportFel
