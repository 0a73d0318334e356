"""The whole content of a site, parsed once: what every later stage reads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from generator.innehall.modell import Anslag, Organ, Protokoll, SammantradeUppgifter, Styrdokument, Webbplats
from generator.innehall.yamlfil import YamlDokument


@dataclass
class Sammantrade:
    """One sammanträde: one folder `content/<organ>/<ÅÅÅÅ-MM-DD>/`."""

    organ: Organ
    id: str  # the folder name, also the last part of the address
    datum: dt.date
    mapp: Path
    uppgifter: SammantradeUppgifter
    protokoll: Protokoll | None = None
    kallor: dict[str, YamlDokument] = field(default_factory=dict)

    @property
    def nyckel(self) -> tuple[str, str]:
        return (self.organ.slug, self.id)


@dataclass
class StyrdokumentPost:
    id: str  # the file name without .yml
    dokument: Styrdokument
    kalla: YamlDokument

    @property
    def mapp(self) -> Path:
        return self.kalla.fil.parent


@dataclass
class AnslagPost:
    id: str
    anslag: Anslag
    kalla: YamlDokument

    @property
    def mapp(self) -> Path:
        return self.kalla.fil.parent


@dataclass
class Innehall:
    rot: Path  # the project folder holding site_config.yml and content/
    webbplats: Webbplats
    sammantraden: list[Sammantrade]
    styrdokument: list[StyrdokumentPost]
    anslag: list[AnslagPost]
    konfiguration: YamlDokument | None = None  # site_config.yml as read, for the cross-checks' line numbers

    @property
    def innehallsmapp(self) -> Path:
        return self.rot / "content"

    def organ(self, slug: str) -> Organ | None:
        return next((o for o in self.webbplats.organ if o.slug == slug), None)
