"""The law, in one module.

Every rule about dates and publication that a statute sets lives here and
nowhere else: which days are not working days, the deadline to tillkännage a
justering, the last day to appeal, when a notice comes down, what a build may
show on a given date, and which deviations are errors or warnings. Other
modules call these functions; they never compute a legal date themselves.

Statutes:
- kommunallagen (2017:725), KL
- lag (1930:173) om beräkning av lagstadgad tid
- lag (1989:253) om allmänna helgdagar
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

STOCKHOLM = ZoneInfo("Europe/Stockholm")

# KL 8 kap. 12 §: the justering is tillkännagiven "senast andra dagen efter justeringen".
TILLKANNAGIVANDE_SENAST_DAGAR = 2
# KL 13 kap. 5 §: an appeal must arrive "inom tre veckor från den dag då det
# tillkännagavs på kommunens anslagstavla att protokollet justerats".
OVERKLAGANDE_VECKOR = 3
# KL 5 kap. 69 §: the protokoll is justerat at the latest 14 days after the sammanträde.
JUSTERING_SENAST_DAGAR = 14
# KL 5 kap. 11-12 §§: time, place and ärenden of fullmäktige are tillkännagivna
# "minst en vecka före sammanträdesdagen".
KUNGORELSE_MINST_DAGAR = 7


def idag(nu: dt.datetime | None = None) -> dt.date:
    """Today's date in Sweden (Europe/Stockholm), whatever the machine's time
    zone: a nightly build at 23:05 UTC in winter is already the next day here."""
    return (nu or dt.datetime.now(dt.timezone.utc)).astimezone(STOCKHOLM).date()


# --- Days: lag (1930:173) om beräkning av lagstadgad tid ---------------------


@lru_cache(maxsize=None)
def _helgdagar(ar: int) -> frozenset[dt.date]:
    """Allmänna helgdagar (lag 1989:253) plus the three eves of 1930:173 2 §.

    `holidays.SE()` by default leaves out midsommarafton, julafton and
    nyårsafton, and its `de_facto` category is not the law's list, so the set
    is built explicitly: the public category only, plus the eves computed here.
    Sundays are handled by the weekday test in `ar_arbetsfri`.
    """
    publika = holidays.SE(years=ar, categories=("public",), language="sv")
    dagar = set(publika)
    midsommardagen = next(d for d, namn in publika.items() if namn == "Midsommardagen")
    dagar.add(midsommardagen - dt.timedelta(days=1))  # midsommarafton
    dagar.add(dt.date(ar, 12, 24))  # julafton
    dagar.add(dt.date(ar, 12, 31))  # nyårsafton
    return frozenset(dagar)


def ar_arbetsfri(dag: dt.date) -> bool:
    """True for a Saturday, Sunday, allmän helgdag, midsommarafton, julafton or
    nyårsafton: the days on which, by lag (1930:173) 2 §, a last day moves on.

    Klämdagar, valborgsmässoafton and half days are ordinary vardagar."""
    return dag.weekday() >= 5 or dag in _helgdagar(dag.year)


def nasta_vardag(dag: dt.date) -> dt.date:
    """The day itself if it is a vardag, otherwise the next vardag
    (lag 1930:173 2 §)."""
    while ar_arbetsfri(dag):
        dag += dt.timedelta(days=1)
    return dag


def efter_veckor(dag: dt.date, veckor: int) -> dt.date:
    """A period counted in weeks ends on the same weekday as it began
    (lag 1930:173 1 §)."""
    return dag + dt.timedelta(weeks=veckor)


# --- Deadlines of one justering ----------------------------------------------


@dataclass(frozen=True)
class Frister:
    """The legal dates that follow from one justering."""

    justerad: dt.date
    tillkannagiven_senast: dt.date
    tillkannagiven: dt.date
    overklagande_sista_dag: dt.date
    avpubliceras: dt.date

    def som_json(self) -> dict[str, str]:
        return {
            "justerad": self.justerad.isoformat(),
            "tillkannagiven_senast": self.tillkannagiven_senast.isoformat(),
            "tillkannagiven": self.tillkannagiven.isoformat(),
            "overklagande_sista_dag": self.overklagande_sista_dag.isoformat(),
            "avpubliceras": self.avpubliceras.isoformat(),
        }


def tillkannagivande_senast(justerad: dt.date) -> dt.date:
    """KL 8 kap. 12 §: at the latest the second day after the justering,
    moved to the next vardag by lag (1930:173) 2 §."""
    return nasta_vardag(justerad + dt.timedelta(days=TILLKANNAGIVANDE_SENAST_DAGAR))


def overklagande_sista_dag(tillkannagiven: dt.date) -> dt.date:
    """KL 13 kap. 5 §: three weeks from the day of the tillkännagivande
    (1930:173 1 §), moved to the next vardag if it ends on a day off (2 §)."""
    return nasta_vardag(efter_veckor(tillkannagiven, OVERKLAGANDE_VECKOR))


def frister(justerad: dt.date, tillkannagiven: dt.date | None = None) -> Frister:
    """All dates for one justering. `tillkannagiven` defaults to the day of
    the justering. The notice stays until the appeal time has run out
    (KL 8 kap. 12 §), so it comes down the day after the last day of appeal."""
    if tillkannagiven is None:
        tillkannagiven = justerad
    if tillkannagiven < justerad:
        raise ValueError(
            f"tillkännagivandet ({tillkannagiven.isoformat()}) kan inte ske före "
            f"justeringen ({justerad.isoformat()})"
        )
    sista = overklagande_sista_dag(tillkannagiven)
    return Frister(
        justerad=justerad,
        tillkannagiven_senast=tillkannagivande_senast(justerad),
        tillkannagiven=tillkannagiven,
        overklagande_sista_dag=sista,
        avpubliceras=sista + dt.timedelta(days=1),
    )


def kungorelse_senast(sammantradesdag: dt.date) -> dt.date:
    """KL 5 kap. 11-12 §§: fullmäktige's sammanträde is tillkännagivet at least
    one week before the sammanträdesdag. Counted backwards, so no move to a
    vardag: that would shorten the week the law guarantees."""
    return sammantradesdag - dt.timedelta(days=KUNGORELSE_MINST_DAGAR)


# --- Checks of content against the law -----------------------------------------


@dataclass(frozen=True)
class Avvikelse:
    """A deviation from the law found in content: `fel` stops the build,
    otherwise it is a warning. `falt` names the YAML key it concerns."""

    falt: str
    meddelande: str
    fel: bool = True


def granska_justering(
    sammantradesdag: dt.date,
    justerad: dt.date,
    tillkannagiven: dt.date | None,
    avpubliceras: dt.date | None,
) -> list[Avvikelse]:
    """Check one protokoll's justering, tillkännagivande and avpublicering."""
    avvikelser: list[Avvikelse] = []
    if justerad < sammantradesdag:
        avvikelser.append(
            Avvikelse(
                "justering.datum",
                f"justeringen ({justerad.isoformat()}) ligger före sammanträdet "
                f"({sammantradesdag.isoformat()})",
            )
        )
        return avvikelser
    # KL 5 kap. 69 §: justering within 14 days; a later one is worth a warning.
    if justerad > sammantradesdag + dt.timedelta(days=JUSTERING_SENAST_DAGAR):
        avvikelser.append(
            Avvikelse(
                "justering.datum",
                f"protokollet justeras {(justerad - sammantradesdag).days} dagar efter "
                f"sammanträdet; enligt kommunallagen 5 kap. 69 § ska det ske senast "
                f"{JUSTERING_SENAST_DAGAR} dagar efter",
                fel=False,
            )
        )
    if tillkannagiven is not None and tillkannagiven < justerad:
        avvikelser.append(
            Avvikelse(
                "tillkännagivande.publiceras",
                f"tillkännagivandet ({tillkannagiven.isoformat()}) ligger före "
                f"justeringen ({justerad.isoformat()})",
            )
        )
        return avvikelser
    f = frister(justerad, tillkannagiven)
    # KL 8 kap. 12 §: at the latest the second day after the justering.
    if f.tillkannagiven > f.tillkannagiven_senast:
        avvikelser.append(
            Avvikelse(
                "tillkännagivande.publiceras",
                f"justeringen ska tillkännages senast {f.tillkannagiven_senast.isoformat()} "
                f"(andra dagen efter justeringen, kommunallagen 8 kap. 12 §), "
                f"inte {f.tillkannagiven.isoformat()}",
            )
        )
    # KL 8 kap. 12 §: the notice stays until the time for appeal has run out.
    if avpubliceras is not None and avpubliceras < f.avpubliceras:
        avvikelser.append(
            Avvikelse(
                "tillkännagivande.avpubliceras",
                f"tillkännagivandet tas ner {avpubliceras.isoformat()}, men tiden för "
                f"överklagande löper till och med {f.overklagande_sista_dag.isoformat()} "
                f"(kommunallagen 13 kap. 5 §); det får tas ner tidigast "
                f"{f.avpubliceras.isoformat()}",
            )
        )
    return avvikelser


def granska_kungorelse(sammantradesdag: dt.date, tillkannagiven: dt.date) -> list[Avvikelse]:
    """KL 5 kap. 11-12 §§ for a fullmäktige sammanträde."""
    senast = kungorelse_senast(sammantradesdag)
    if tillkannagiven > senast:
        return [
            Avvikelse(
                "kallelse.utfärdad",
                f"fullmäktiges sammanträde ska tillkännages på anslagstavlan minst en "
                f"vecka före sammanträdesdagen (kommunallagen 5 kap. 11 §), alltså "
                f"senast {senast.isoformat()}, inte {tillkannagiven.isoformat()}",
            )
        ]
    return []


# --- What a build shows on a given date ---------------------------------------


def protokoll_publicerat(justerad: dt.date, datum: dt.date) -> bool:
    """A protokoll is public once justerat (KL 8 kap. 12 §)."""
    return datum >= justerad


def anslag_uppe(fran: dt.date, avpubliceras: dt.date | None, datum: dt.date) -> bool:
    """A notice stands from its date through the day before it comes down."""
    return fran <= datum and (avpubliceras is None or datum < avpubliceras)


def kungorelse_uppe(tillkannagiven: dt.date, sammantradesdag: dt.date, datum: dt.date) -> bool:
    """Fullmäktige's tillkännagivande (KL 5 kap. 11 §) stands from its date
    until and including the sammanträdesdag."""
    return tillkannagiven <= datum <= sammantradesdag


def kallelse_publicerad(utfardad: dt.date, datum: dt.date) -> bool:
    """A kallelse and its handlingar appear from the day it is utfärdad."""
    return datum >= utfardad


# --- Webbgallring: data minimisation on the website ---------------------------


def efter_ar(dag: dt.date, ar: int) -> dt.date:
    """The same date `ar` years later; 29 February becomes 28 February."""
    try:
        return dag.replace(year=dag.year + ar)
    except ValueError:
        return dag.replace(year=dag.year + ar, day=28)


def webbgallrad(
    datum: dt.date,
    *,
    egen: dt.date | None,
    dokumentdatum: dt.date | None = None,
    antal_ar: int | None = None,
    uppe_till: dt.date | None = None,
) -> bool:
    """Has the document left the website as of `datum`?

    Personal data on the web is kept no longer than needed (GDPR art. 5.1 c,
    uppgiftsminimering; IMY's guidance on publishing protokoll): a document
    leaves the website on its own `webbgallras` date or `antal_ar` years after
    its date, whichever comes first. It stays in content/, which is the
    archive: this is not gallring under arkivlagen. A protokoll never leaves
    while its tillkännagivande is on the anslagstavla (KL 8 kap. 12 §):
    `uppe_till` is the day that notice comes down."""
    granser = [d for d in (egen, efter_ar(dokumentdatum, antal_ar) if antal_ar and dokumentdatum else None) if d]
    if not granser:
        return False
    if uppe_till is not None and datum < uppe_till:
        return False
    return datum >= min(granser)


def styrdokument_publicerat(beslutsdatum: dt.date, datum: dt.date) -> bool:
    """A styrdokument exists from the day it was decided; before that, a build
    as of an earlier date does not show it."""
    return datum >= beslutsdatum


def styrdokument_status(
    datum: dt.date,
    giltig_fran: dt.date | None,
    giltig_till: dt.date | None,
    upphavd: dt.date | None,
) -> str:
    """One of "gällande", "kommande", "upphävd", "utgången" as of `datum`."""
    if upphavd is not None and upphavd <= datum:
        return "upphävd"
    if giltig_till is not None and giltig_till < datum:
        return "utgången"
    if giltig_fran is not None and giltig_fran > datum:
        return "kommande"
    return "gällande"
