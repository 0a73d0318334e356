"""Import of a protokoll or protokollsutdrag: from lines to a draft protokoll.yml.

The steps, each in a module of its own:

1. `protokoll_sidor`: which pages of the file are the protokoll, and their headers;
2. `protokoll_paragraf`: the document's lines split into the head and the §§;
3. `protokoll_huvud`: the head's labelled fields (date, justering, anslag, närvaro);
4. `protokoll_data`: each § as data, secrecy decided first and on the safe side.

The words they look for are data, in `fraser`.
"""

from __future__ import annotations

from generator.importera import protokoll_sidor as sidor_
from generator.importera.protokoll_data import ParagrafTolk
from generator.importera.protokoll_huvud import HuvudTolk
from generator.importera.protokoll_ord import ar_innehall, ar_protokollsignal, avsnitt
from generator.importera.protokoll_paragraf import Delning
from generator.importera.text import Kalla, Konto, Ode, Rad, lar_sidhuvuden
from generator.importera.utkast import Utkast


def tolka_protokoll(kalla: Kalla, konto: Konto) -> Utkast:
    """Read one protokoll from the lines of a source into a draft."""
    utkast = Utkast("protokoll", konto)
    sidor = sidor_.sidor(kalla, lar_sidhuvuden(kalla, ar_innehall))
    inne, block = sidor_.dokumentets_sidor(sidor)
    sidor_.utanfor(konto, sidor, inne)
    # Headers and footers again, learnt from the document's own pages only,
    # so that what repeats in the bilagor does not count.
    egna = Kalla(kalla.fil, [r for s in sidor if s.index in inne for r in s.rader], kalla.fran_pdf)
    huvuden = lar_sidhuvuden(egna, ar_innehall)
    huvuden.rader.update(block or ())
    strom: list[Rad] = []
    for s in sidor:
        if s.index not in inne:
            continue
        kant = sidor_.kantrader(s.rader, huvuden)
        konto.satt([r for r in s.rader if r.nr in kant], Ode.SIDHUVUD)
        strom.extend(r for r in s.rader if r.nr not in kant)
    if block:
        sidor_.organ_och_datum_ur_sidhuvud(utkast, block)
    huvudrader, paragrafer = Delning(konto).dela(strom)
    huvud = HuvudTolk(utkast, konto)
    huvud.tolka(huvudrader)
    tolk = ParagrafTolk(utkast, konto)
    utkast.protokoll = huvud.protokoll([tolk.tolka(p) for p in paragrafer])
    return utkast


__all__ = ["tolka_protokoll", "ar_protokollsignal", "avsnitt", "ar_innehall"]
