"""Colour contrast as WCAG 2.1 defines it (success criterion 1.4.3, AA: 4.5:1).

DOS-lagen (2018:1937) requires WCAG 2.1 AA of a public sector website; a
kommun chooses its own colours in site_config.yml, and this is the check."""

from __future__ import annotations

MINSTA_KONTRAST = 4.5


def _kanal(c: int) -> float:
    v = c / 255
    return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4


def luminans(farg: str) -> float:
    """The relative luminance of `#rrggbb`."""
    r, g, b = (int(farg[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _kanal(r) + 0.7152 * _kanal(g) + 0.0722 * _kanal(b)


def kontrast(a: str, b: str) -> float:
    ljus, mork = sorted((luminans(a), luminans(b)), reverse=True)
    return (ljus + 0.05) / (mork + 0.05)


# Which colours are read against which: (key, key or fixed colour, what it is).
PAR = [
    ("primär", "text_på_primär", "sidhuvudets text mot sidhuvudets bakgrund"),
    ("länk", "#ffffff", "länkar mot sidans vita bakgrund"),
]
