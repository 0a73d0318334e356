"""Problems found in content, collected and reported together in Swedish."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.fel import FelIInnehallet


@dataclass(frozen=True, order=True)
class Problem:
    """One error or warning about one place in the content.

    `fil` is relative to the project folder when possible, `rad` is 1-based,
    `falt` is the dotted YAML path (for example `paragrafer[2].dnr`)."""

    fil: str
    rad: int | None
    falt: str | None
    meddelande: str
    fel: bool = True

    def __str__(self) -> str:
        plats = self.fil
        if self.rad is not None:
            plats += f", rad {self.rad}"
        if self.falt:
            plats += f", fältet '{self.falt}'"
        typ = "fel" if self.fel else "varning"
        return f"{plats}: {typ}: {self.meddelande}"


@dataclass
class Problemlista:
    """Collects every problem of a run; the build stops only after all are known."""

    rot: Path
    problem: list[Problem] = field(default_factory=list)

    def visa_sokvag(self, fil: Path) -> str:
        try:
            return str(fil.resolve().relative_to(self.rot.resolve()))
        except ValueError:
            return str(fil)

    def lagg_till(
        self,
        fil: Path,
        meddelande: str,
        *,
        rad: int | None = None,
        falt: str | None = None,
        fel: bool = True,
    ) -> None:
        self.problem.append(Problem(self.visa_sokvag(fil), rad, falt, meddelande, fel))

    @property
    def fel(self) -> list[Problem]:
        return sorted(p for p in self.problem if p.fel)

    @property
    def varningar(self) -> list[Problem]:
        return sorted(p for p in self.problem if not p.fel)


class InnehallsFel(FelIInnehallet):
    """Raised when content has errors; carries every problem found."""

    def __init__(self, problem: list[Problem]):
        super().__init__(f"{len(problem)} fel i innehållet")
        self.problem = problem
