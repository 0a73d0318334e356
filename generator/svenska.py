"""Swedish wording that every stage may use: it imports nothing of the generator."""

from __future__ import annotations


def antal(n: int, ett: str, flera: str) -> str:
    """`n` with the noun in the singular or the plural: "1 sida", "3 sidor", "0 fel"."""
    return f"{n} {ett if n == 1 else flera}"
