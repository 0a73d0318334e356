"""`namndsajt validera --format github`: each problem as a GitHub workflow command, so that the
pull request the editor opened shows the Swedish error beside the line it wrote.

https://docs.github.com/actions/reference/workflow-commands-for-github-actions
"""

from __future__ import annotations

import sys

from generator.innehall.problem import Problem


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _egenskap(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def som_github(p: Problem) -> str:
    """`::error file=content/…/protokoll.yml,line=12,title=fältet 'justering.datum'::…`"""
    egenskaper = [f"file={_egenskap(p.fil)}"] if not p.fil.startswith("(") else []
    if p.rad is not None:
        egenskaper.append(f"line={p.rad}")
    if p.falt:
        egenskaper.append(f"title={_egenskap(f'fältet {p.falt!r}')}")
    niva = "error" if p.fel else "warning"
    return f"::{niva} {','.join(egenskaper)}::{_data(str(p))}"


def skriv_for_github(problem: list[Problem]) -> None:
    for p in problem:
        print(som_github(p), file=sys.stdout)
