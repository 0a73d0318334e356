"""The register of what can be found and the ärenden: built once from the published view, and part of it."""

from __future__ import annotations

from dataclasses import replace

from generator.register.arenden import arenden
from generator.register.forteckning import forteckning
from generator.regler.vy import Publicering


def registrera(pub: Publicering) -> Publicering:
    """The view with its register and ärenden, built from the rest of it. The build runs this in its
    rules stage, so every output reads a view that has them, and none builds them again."""
    poster = forteckning(pub)
    return replace(pub, register=tuple(poster), arenden=tuple(arenden(poster)))
