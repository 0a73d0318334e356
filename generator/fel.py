"""The one exception hierarchy. The CLI maps each kind to an exit code and a Swedish message.

- `NamndsajtFel`: the base; its `str()` is a Swedish sentence for the user.
- `AnvandningsFel`: the command was used wrongly (exit 2).
- `InnehallsFel` (in `generator.innehall.problem`, a subclass of `FelIInnehallet`): the content
  is invalid; it carries every problem with file, line and field (exit 1).
- `FelIInnehallet`: any other error in what a user gave us: a PDF, a draft, site_config.yml (exit 1).
- `ByggFel`: the build failed for a reason other than content (disk, renderer, indexer) (exit 1).
"""

from __future__ import annotations


class NamndsajtFel(Exception):
    """Base of every error Nämndsajt reports to its user, in Swedish."""

    slutkod = 1


class AnvandningsFel(NamndsajtFel):
    """The command was used wrongly: a missing or contradictory argument."""

    slutkod = 2


class FelIInnehallet(NamndsajtFel):
    """Something a user gave us (content, configuration, a PDF) cannot be used."""

    slutkod = 1


class ByggFel(NamndsajtFel):
    """The build failed for a reason other than content (disk, renderer, indexer)."""

    slutkod = 1
