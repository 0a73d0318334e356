"""Förtroendevalda, partier and omröstningar, derived from the published view alone.

Only what the view holds is read: the närvaro of each published protokoll and the public §§
(`Paragraf`). A § under sekretess is a `SekretessParagraf` with a number and a diarienummer and no
field for jäv, votes or anything else, and a webbgallrat protokoll is not in the view: neither can
reach a person, a party or a vote event. Tjänstepersoner (övriga deltagare) are not persons here.

A person is their name and party, unless the optional list `förtroendevalda` in site_config.yml
says otherwise (`innehall.identitet`). A person has a page when a published protokoll lists them
as beslutande or ersättare; a mention in a § is counted for the person of that name in the same
sammanträde's närvaro, and dropped otherwise (the validator warns about it).

Vote events follow Popolo's VoteEvent: the motion (the propositionsordning), the result, counts
per option, each person's option and the result per party group.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from generator.innehall.identitet import Identiteter, Nyckel, normera, slug
from generator.regler import adresser
from generator.regler.vy import Organ, Paragraf, Publicering, PubliceratSammantrade

FORTROENDEVALDA = adresser.FORTROENDEVALDA
ALTERNATIV = ("ja", "nej", "avstår")
AKTUELL_DAGAR = 365  # a person who sat in an organ this many days before the build date sits there now

# The parties of the Riksdag by their usual abbreviation; any other party is shown as written.
PARTINAMN = {
    "S": "Socialdemokraterna", "M": "Moderaterna", "SD": "Sverigedemokraterna", "C": "Centerpartiet",
    "V": "Vänsterpartiet", "KD": "Kristdemokraterna", "L": "Liberalerna", "MP": "Miljöpartiet de gröna",
}

# Kinds of contribution, in the order a person's page shows them.
MEDVERKAN = {
    "yrkande": "Yrkanden",
    "reservation": "Reservationer",
    "protokollsanteckning": "Protokollsanteckningar",
    "jäv": "Jäv",
}


@dataclass(frozen=True, slots=True)
class Tillfalle:
    """One person at one sammanträde, as the närvaro lists them."""

    sammantrade: PubliceratSammantrade
    roll: str  # ordförande, vice ordförande, ledamot, tjänstgörande ersättare, ersättare
    beslutande: bool
    ersatter: str | None
    paragrafer: tuple[int, ...] | None  # None: the whole sammanträde

    @property
    def organ(self) -> Organ:
        return self.sammantrade.organ

    def deltar_i(self, nr: int) -> bool:
        return self.paragrafer is None or nr in self.paragrafer


@dataclass(frozen=True, slots=True)
class Medverkan:
    """A yrkande, reservation, protokollsanteckning or jäv, at its §."""

    typ: str
    sammantrade: PubliceratSammantrade
    nr: int
    rubrik: str | None
    text: str | None

    @property
    def adress(self) -> str:
        return adresser.paragraf(self.sammantrade, self.nr)


@dataclass(frozen=True, slots=True)
class Rost:
    person: Fortroendevald
    alternativ: str  # ja, nej, avstår


@dataclass(frozen=True, slots=True)
class Gruppresultat:
    """How one party group voted in one vote event."""

    parti: str
    antal: tuple[tuple[str, int], ...]  # (option, count) for each option, in ALTERNATIV's order
    enig: bool  # all who voted voted alike

    @property
    def flest(self) -> str:
        return max(self.antal, key=lambda x: x[1])[0]


@dataclass(frozen=True, slots=True)
class Rostning:
    """One omröstning, shaped after Popolo's VoteEvent."""

    id: str
    sammantrade: PubliceratSammantrade
    nr: int
    rubrik: str | None
    motion: str | None  # the propositionsordning: what was put to the vote
    resultat: str
    roster: tuple[Rost, ...]
    grupper: tuple[Gruppresultat, ...]

    @property
    def adress(self) -> str:
        return adresser.paragraf(self.sammantrade, self.nr)

    @property
    def antal(self) -> tuple[tuple[str, int], ...]:
        c = Counter(r.alternativ for r in self.roster)
        return tuple((a, c[a]) for a in ALTERNATIV)

    def grupp(self, parti: str | None) -> Gruppresultat | None:
        return next((g for g in self.grupper if g.parti == parti), None)


@dataclass(eq=False)
class Fortroendevald:
    slug: str
    namn: str
    parti: str | None
    nyckel: Nyckel
    tillfallen: list[Tillfalle] = field(default_factory=list, repr=False)
    medverkan: list[Medverkan] = field(default_factory=list, repr=False)
    roster: list[tuple[Rostning, str]] = field(default_factory=list, repr=False)  # (vote event, option)

    @property
    def adress(self) -> str:
        return adresser.person(self.slug)

    @property
    def visning(self) -> str:
        return f"{self.namn} ({self.parti})" if self.parti else self.namn

    def av_typ(self, typ: str) -> list[Medverkan]:
        return [m for m in self.medverkan if m.typ == typ]

    @property
    def organ(self) -> list[Uppdrag]:
        """Each organ the person sat in, with roles and first and last date, latest first."""
        per: dict[str, list[Tillfalle]] = {}
        for t in self.tillfallen:
            per.setdefault(t.organ.slug, []).append(t)
        ut = []
        for lista in per.values():
            roller = list(dict.fromkeys(t.roll for t in lista))
            ut.append(Uppdrag(lista[0].organ, tuple(roller), lista[0].sammantrade.datum, lista[-1].sammantrade.datum,
                              len({t.sammantrade.adress for t in lista})))
        return sorted(ut, key=lambda u: u.sista, reverse=True)


@dataclass(frozen=True, slots=True)
class Uppdrag:
    organ: Organ
    roller: tuple[str, ...]
    forsta: dt.date
    sista: dt.date
    antal: int  # sammanträden


@dataclass(eq=False)
class Parti:
    slug: str
    kortnamn: str
    personer: list[Fortroendevald] = field(default_factory=list, repr=False)
    roster: list[tuple[Rostning, Gruppresultat]] = field(default_factory=list, repr=False)

    @property
    def namn(self) -> str:
        return PARTINAMN.get(self.kortnamn, self.kortnamn)

    @property
    def adress(self) -> str:
        return adresser.parti(self.slug)

    def av_typ(self, typ: str) -> list[tuple[Fortroendevald, Medverkan]]:
        ut = [(p, m) for p in self.personer for m in p.medverkan if m.typ == typ]
        return sorted(ut, key=lambda x: (x[1].sammantrade.datum, x[1].sammantrade.organ.slug, x[1].nr, x[0].namn))


@dataclass(frozen=True, slots=True)
class OrganLedamot:
    person: Fortroendevald
    roll: str


@dataclass
class Personregister:
    personer: list[Fortroendevald]  # by name
    partier: list[Parti]  # by name
    rostningar: list[Rostning]  # oldest first
    aktuella: dict[str, tuple[tuple[OrganLedamot, ...], tuple[OrganLedamot, ...]]]  # organ → (ledamöter, ersättare)

    def person(self, adress: str) -> Fortroendevald | None:
        return next((p for p in self.personer if p.adress == adress), None)

    def parti_for(self, kortnamn: str | None) -> Parti | None:
        return next((p for p in self.partier if p.kortnamn == kortnamn), None)

    per_mote: dict[str, list[Rostning]] = field(default_factory=dict, repr=False)  # sammanträde's page → its votes

    def rostningar_for(self, s: PubliceratSammantrade) -> list[Rostning]:
        return self.per_mote.get(s.adress, [])


def rostning_id(s: PubliceratSammantrade, nr: int) -> str:
    return f"{s.organ.slug}-{s.id}-{nr}"


def personregister(pub: Publicering) -> Personregister:
    ident = Identiteter(pub.webbplats.fortroendevalda)
    personer: dict[Nyckel, Fortroendevald] = {}
    rostningar: list[Rostning] = []

    def person(k: Nyckel) -> Fortroendevald:
        if k not in personer:
            personer[k] = Fortroendevald("", k.namn, k.parti, k)
        return personer[k]

    for s in pub.sammantraden:
        pr = s.protokoll
        if pr is None:
            continue
        organ = s.organ.slug
        har_parti: dict[str, str | None] = {}
        narvarande: dict[Nyckel, list[Tillfalle]] = {}

        def ny(namn, parti, tillfalle):
            k = ident.nyckel(namn, parti, organ)
            har_parti.setdefault(normera(namn), parti)
            person(k).tillfallen.append(tillfalle)
            narvarande.setdefault(k, []).append(tillfalle)

        for b in pr.narvaro.beslutande:
            roll = b.roll or ("tjänstgörande ersättare" if b.ersatter else "ledamot")
            ny(b.namn, b.parti, Tillfalle(s, roll, True, b.ersatter, b.paragrafer))
        for e in pr.narvaro.ersattare:
            ny(e.namn, e.parti, Tillfalle(s, "ersättare", False, None, e.paragrafer))

        def vem(namn: str, parti: str | None) -> Fortroendevald | None:
            k = ident.nyckel(namn, parti if parti is not None else har_parti.get(normera(namn)), organ)
            return personer[k] if k in narvarande else None

        for x in pr.paragrafer:
            if not isinstance(x, Paragraf):
                continue  # a § under sekretess holds nothing of anyone
            for typ, lista in (("yrkande", x.yrkanden), ("reservation", x.reservationer),
                               ("protokollsanteckning", x.protokollsanteckningar), ("jäv", x.jav)):
                for m in lista:
                    p = vem(m.namn, m.parti)
                    if p is not None:
                        p.medverkan.append(Medverkan(typ, s, x.nr, x.rubrik, m.text))
            if x.omrostning is not None:
                roster = []
                for alternativ, lista in zip(ALTERNATIV, (x.omrostning.ja, x.omrostning.nej, x.omrostning.avstar)):
                    for m in lista:
                        p = vem(m.namn, m.parti)
                        if p is not None:
                            roster.append(Rost(p, alternativ))
                r = Rostning(rostning_id(s, x.nr), s, x.nr, x.rubrik, x.propositionsordning, x.omrostning.resultat,
                             tuple(roster), _grupper(roster))
                rostningar.append(r)
                for rost in roster:
                    rost.person.roster.append((r, rost.alternativ))

    alla = sorted(personer.values(), key=lambda p: (normera(p.namn), p.parti or ""))
    _satt_slug(alla)
    partier: dict[str, Parti] = {}
    for p in alla:
        if p.parti is not None:
            partier.setdefault(p.parti, Parti(slug(p.parti), p.parti)).personer.append(p)
    per_mote: dict[str, list[Rostning]] = {}
    for r in rostningar:
        per_mote.setdefault(r.sammantrade.adress, []).append(r)
        for g in r.grupper:
            if g.parti in partier:
                partier[g.parti].roster.append((r, g))
    return Personregister(
        personer=alla,
        partier=sorted(partier.values(), key=lambda x: normera(x.namn)),
        rostningar=rostningar,
        aktuella={o.slug: _aktuella(o, alla, pub.datum) for o in pub.organ},
        per_mote=per_mote,
    )


def _grupper(roster: list[Rost]) -> tuple[Gruppresultat, ...]:
    per: dict[str, Counter] = {}
    for r in roster:
        if r.person.parti is not None:
            per.setdefault(r.person.parti, Counter())[r.alternativ] += 1
    return tuple(
        Gruppresultat(parti, tuple((a, c[a]) for a in ALTERNATIV), sum(1 for a in ALTERNATIV if c[a]) == 1)
        for parti, c in sorted(per.items())
    )


def _satt_slug(alla: list[Fortroendevald]) -> None:
    """The address of each person: the list's `id`, else the name, else name and party, else a number."""
    tagna = {p.nyckel.id for p in alla if p.nyckel.id}
    forslag = Counter(slug(p.namn) for p in alla if not p.nyckel.id)
    for p in alla:
        if p.nyckel.id:
            p.slug = p.nyckel.id
            continue
        s = slug(p.namn)
        if forslag[s] > 1 or s in tagna:
            s = slug(f"{p.namn} {p.parti or ''}")
        bas, n = s, 2
        while s in tagna:
            s, n = f"{bas}-{n}", n + 1
        tagna.add(s)
        p.slug = s


def _aktuella(organ: Organ, alla: list[Fortroendevald], datum: dt.date):
    """Who sits in `organ` now (chairs first, then by party and name): those the närvaro lists within a
    year before the build date.
    A ledamot sat as beslutande for no one else; everyone else is an ersättare."""
    fran = datum - dt.timedelta(days=AKTUELL_DAGAR)
    ledamoter, ersattare = [], []
    for p in alla:
        egna = [t for t in p.tillfallen if t.organ.slug == organ.slug and fran <= t.sammantrade.datum <= datum]
        if not egna:
            continue
        ordinarie = [t for t in egna if t.beslutande and t.ersatter is None]
        if ordinarie:
            ledamoter.append(OrganLedamot(p, ordinarie[-1].roll))
        else:
            ersattare.append(OrganLedamot(p, "ersättare"))
    ordning = {"ordförande": 0, "vice ordförande": 1}
    nyckel = lambda x: (ordning.get(x.roll, 2), x.person.parti or "~", normera(x.person.namn))  # noqa: E731
    return tuple(sorted(ledamoter, key=nyckel)), tuple(sorted(ersattare, key=nyckel))
