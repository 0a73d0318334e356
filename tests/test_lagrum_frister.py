"""Legal deadlines of one justering: generator.lagrum.frister and its helpers.

Every expected date below was worked out by hand from the calendar, not by
calling generator.lagrum or the `holidays` package, so the table is an
independent check of the implementation.

Rules (see /work/shared/lagrum.md):
- KL 8 kap. 12 §: tillkännagivande at the latest the 2nd day after justering.
- KL 13 kap. 5 §: appeal within three weeks of the tillkännagivande; a period
  in weeks ends on the same weekday (lag 1930:173 1 §).
- lag (1930:173) 2 §: a last day on a Saturday, Sunday, allmän helgdag,
  midsommarafton, julafton or nyårsafton moves to the next vardag.
- lag (1989:253): the allmänna helgdagar.
- Avpubliceras the day after the last day of appeal (not moved).

Calendar facts used (Easter Sundays): 2023-04-09, 2024-03-31, 2025-04-20,
2026-04-05, 2027-03-28, 2028-04-16.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from generator.regler.lagrum import (
    Frister,
    ar_arbetsfri,
    frister,
    nasta_vardag,
    overklagande_sista_dag,
    tillkannagivande_senast,
)

D = date

# (justerad, expected tillkannagiven_senast, expected overklagande_sista_dag)
# "tk" = the tillkännagivande deadline (justerad + 2 days),
# "appeal" = justerad + 21 days (tillkännagiven defaults to justerad).
FALL = [
    # Piteå worked example. tk: Sun 03-30 -> Mon 03-31. appeal: Fri 04-18
    # långfredagen -> Sat påskafton -> påskdagen -> annandag påsk -> Tue 04-22.
    pytest.param(D(2025, 3, 28), D(2025, 3, 31), D(2025, 4, 22), id="2025-pitea-langfredag-chain"),
    # appeal: Sun 2026-04-05 påskdagen -> annandag påsk -> Tue 04-07.
    pytest.param(D(2026, 3, 15), D(2026, 3, 17), D(2026, 4, 7), id="2026-appeal-paskdagen"),
    # justerad on långfredagen itself. tk: påskdagen 03-31 -> annandag påsk
    # 04-01 -> Tue 04-02. appeal: Fri 04-19 ordinary.
    pytest.param(D(2024, 3, 29), D(2024, 4, 2), D(2024, 4, 19), id="2024-tk-paskdagen"),
    # appeal: Mon 2027-03-29 annandag påsk -> Tue 03-30.
    pytest.param(D(2027, 3, 8), D(2027, 3, 10), D(2027, 3, 30), id="2027-appeal-annandag-pask"),
    # tk: Thu 2028-04-13 skärtorsdagen is a vardag: stays.
    pytest.param(D(2028, 4, 11), D(2028, 4, 13), D(2028, 5, 2), id="2028-tk-skartorsdag-stays"),
    # justerad on skärtorsdagen. tk: Sat påskafton 04-08 -> påskdagen ->
    # annandag påsk 04-10 -> Tue 04-11.
    pytest.param(D(2023, 4, 6), D(2023, 4, 11), D(2023, 4, 27), id="2023-tk-paskafton-chain"),
    # tk: Fri 2027-03-26 långfredagen -> Sat -> påskdagen -> annandag -> Tue 03-30.
    pytest.param(D(2027, 3, 24), D(2027, 3, 30), D(2027, 4, 14), id="2027-tk-langfredag-chain"),
    # appeal: Wed 2024-05-01 första maj -> Thu 05-02.
    pytest.param(D(2024, 4, 10), D(2024, 4, 12), D(2024, 5, 2), id="2024-appeal-forsta-maj"),
    # tk: Fri 2026-05-01 första maj -> Sat -> Sun -> Mon 05-04.
    pytest.param(D(2026, 4, 29), D(2026, 5, 4), D(2026, 5, 20), id="2026-tk-forsta-maj"),
    # tk: Wed 2025-04-30 valborgsmässoafton is a vardag: stays.
    pytest.param(D(2025, 4, 28), D(2025, 4, 30), D(2025, 5, 19), id="2025-tk-valborg-stays"),
    # tk: Sat 04-11 -> Mon 04-13. appeal: Thu 2026-04-30 valborgsmässoafton stays.
    pytest.param(D(2026, 4, 9), D(2026, 4, 13), D(2026, 4, 30), id="2026-appeal-valborg-stays"),
    # tk: Sat 05-10 -> Mon 05-12. appeal: Thu 2025-05-29 Kristi himmelsfärd ->
    # Fri 05-30, a klämdag, which is a vardag.
    pytest.param(D(2025, 5, 8), D(2025, 5, 12), D(2025, 5, 30), id="2025-appeal-kristi-himmelsfard"),
    # tk: Thu 2023-05-18 Kristi himmelsfärd -> Fri 05-19 (klämdag, vardag).
    # appeal: Tue 2023-06-06 nationaldagen -> Wed 06-07.
    pytest.param(D(2023, 5, 16), D(2023, 5, 19), D(2023, 6, 7), id="2023-tk-himmelsfard-appeal-nationaldag"),
    # tk: Sun 04-26 -> Mon 04-27. appeal: Fri 2026-05-15, klämdag after
    # Kristi himmelsfärd 05-14: stays.
    pytest.param(D(2026, 4, 24), D(2026, 4, 27), D(2026, 5, 15), id="2026-appeal-klamdag-stays"),
    # tk: Fri 2027-05-07, klämdag after Kristi himmelsfärd 05-06: stays.
    pytest.param(D(2027, 5, 5), D(2027, 5, 7), D(2027, 5, 26), id="2027-tk-klamdag-stays"),
    # tk: Sun 2024-05-19 pingstdagen -> Mon 05-20 (annandag pingst is a vardag).
    pytest.param(D(2024, 5, 17), D(2024, 5, 20), D(2024, 6, 7), id="2024-tk-pingstdagen"),
    # appeal: Sun 2028-06-04 pingstdagen -> Mon 06-05.
    pytest.param(D(2028, 5, 14), D(2028, 5, 16), D(2028, 6, 5), id="2028-appeal-pingstdagen"),
    # tk: Sat 05-18 -> Mon 05-20. appeal: Thu 2024-06-06 nationaldagen -> Fri 06-07.
    pytest.param(D(2024, 5, 16), D(2024, 5, 20), D(2024, 6, 7), id="2024-appeal-nationaldagen"),
    # tk: Fri 2025-06-06 nationaldagen -> Sat -> Sun -> Mon 06-09.
    pytest.param(D(2025, 6, 4), D(2025, 6, 9), D(2025, 6, 25), id="2025-tk-nationaldagen"),
    # tk: Sun 06-01 -> Mon 06-02. appeal: Fri 2025-06-20 midsommarafton ->
    # Sat midsommardagen -> Sun -> Mon 06-23.
    pytest.param(D(2025, 5, 30), D(2025, 6, 2), D(2025, 6, 23), id="2025-appeal-midsommarafton"),
    # tk: Fri 2027-06-25 midsommarafton -> Sat midsommardagen -> Sun -> Mon 06-28.
    pytest.param(D(2027, 6, 23), D(2027, 6, 28), D(2027, 7, 14), id="2027-tk-midsommarafton"),
    # tk: Sat 2023-06-24 midsommardagen -> Sun -> Mon 06-26.
    pytest.param(D(2023, 6, 22), D(2023, 6, 26), D(2023, 7, 13), id="2023-tk-midsommardagen"),
    # justerad Saturday. appeal: Sat 2026-06-20 midsommardagen -> Sun -> Mon 06-22.
    pytest.param(D(2026, 5, 30), D(2026, 6, 1), D(2026, 6, 22), id="2026-appeal-midsommardagen"),
    # tk: Sat 2024-11-02 alla helgons dag -> Sun -> Mon 11-04.
    pytest.param(D(2024, 10, 31), D(2024, 11, 4), D(2024, 11, 21), id="2024-tk-alla-helgons"),
    # appeal: Sat 2026-10-31 alla helgons dag (earliest possible date) -> Mon 11-02.
    pytest.param(D(2026, 10, 10), D(2026, 10, 12), D(2026, 11, 2), id="2026-appeal-alla-helgons-31-okt"),
    # tk: Sat 2027-11-06 alla helgons dag (latest possible date) -> Mon 11-08.
    pytest.param(D(2027, 11, 4), D(2027, 11, 8), D(2027, 11, 25), id="2027-tk-alla-helgons-6-nov"),
    # tk: Sun 10-15 -> Mon 10-16. appeal: Fri 2023-11-03 allhelgonaafton
    # (a half day, a vardag): stays.
    pytest.param(D(2023, 10, 13), D(2023, 10, 16), D(2023, 11, 3), id="2023-appeal-allhelgonaafton-stays"),
    # appeal: Tue 2023-10-31, not alla helgons dag that year (11-04): stays.
    pytest.param(D(2023, 10, 10), D(2023, 10, 12), D(2023, 10, 31), id="2023-appeal-31-okt-ordinary"),
    # appeal: Wed 2025-12-24 julafton -> juldagen -> annandag jul (Fri) ->
    # Sat -> Sun -> Mon 12-29.
    pytest.param(D(2025, 12, 3), D(2025, 12, 5), D(2025, 12, 29), id="2025-appeal-julafton-chain"),
    # appeal: Sun 2028-12-24 julafton -> juldagen -> annandag jul -> Wed 12-27.
    pytest.param(D(2028, 12, 3), D(2028, 12, 5), D(2028, 12, 27), id="2028-appeal-julafton-sunday"),
    # tk: Thu 2026-12-24 julafton -> juldagen (Fri) -> annandag jul (Sat) ->
    # Sun -> Mon 12-28. appeal crosses the year: Tue 2027-01-12.
    pytest.param(D(2026, 12, 22), D(2026, 12, 28), D(2027, 1, 12), id="2026-tk-julafton-chain"),
    # tk: Fri 2027-12-24 julafton -> juldagen (Sat) -> annandag jul (Sun) -> Mon 12-27.
    pytest.param(D(2027, 12, 22), D(2027, 12, 27), D(2028, 1, 12), id="2027-tk-julafton-weekend"),
    # tk: Wed 2024-12-25 juldagen -> annandag jul -> Fri 12-27.
    # appeal crosses the year: Mon 2025-01-13.
    pytest.param(D(2024, 12, 23), D(2024, 12, 27), D(2025, 1, 13), id="2024-tk-juldagen"),
    # appeal: Tue 2028-12-26 annandag jul -> Wed 12-27.
    pytest.param(D(2028, 12, 5), D(2028, 12, 7), D(2028, 12, 27), id="2028-appeal-annandag-jul"),
    # tk: Wed 2025-12-31 nyårsafton -> Thu 2026-01-01 nyårsdagen -> Fri 01-02 (new year).
    pytest.param(D(2025, 12, 29), D(2026, 1, 2), D(2026, 1, 19), id="2025-tk-nyarsafton-chain"),
    # tk: Fri 2027-12-31 nyårsafton -> Sat nyårsdagen -> Sun -> Mon 2028-01-03.
    pytest.param(D(2027, 12, 29), D(2028, 1, 3), D(2028, 1, 19), id="2027-tk-nyarsafton-weekend"),
    # appeal: Tue 2024-12-31 nyårsafton -> Wed nyårsdagen -> Thu 2025-01-02.
    pytest.param(D(2024, 12, 10), D(2024, 12, 12), D(2025, 1, 2), id="2024-appeal-nyarsafton"),
    # tk: Sun 12-13 -> Mon 12-14. appeal: Fri 2027-01-01 nyårsdagen -> Sat ->
    # Sun -> Mon 2027-01-04.
    pytest.param(D(2026, 12, 11), D(2026, 12, 14), D(2027, 1, 4), id="2026-appeal-nyarsdagen"),
    # tk: Tue 2026-01-06 trettondedag jul -> Wed 01-07. appeal: Sun 01-25 -> Mon 01-26.
    pytest.param(D(2026, 1, 4), D(2026, 1, 7), D(2026, 1, 26), id="2026-tk-trettondedag"),
    # appeal crosses the year: Tue 2026-01-06 trettondedag jul -> Wed 01-07.
    pytest.param(D(2025, 12, 16), D(2025, 12, 18), D(2026, 1, 7), id="2025-appeal-trettondedag"),
    # tk: Tue 2027-01-05 trettondagsafton is a vardag: stays.
    # appeal: Sun 01-24 -> Mon 01-25.
    pytest.param(D(2027, 1, 3), D(2027, 1, 5), D(2027, 1, 25), id="2027-tk-trettondagsafton-stays"),
    # appeal crosses the year: Mon 2026-01-05 trettondagsafton, a vardag: stays.
    pytest.param(D(2025, 12, 15), D(2025, 12, 17), D(2026, 1, 5), id="2025-appeal-trettondagsafton-stays"),
    # justerad 29 Feb 2024 (Thu). tk: Sat 03-02 -> Mon 03-04. appeal: Thu 03-21.
    pytest.param(D(2024, 2, 29), D(2024, 3, 4), D(2024, 3, 21), id="2024-justerad-29-feb"),
    # tk: Thu 2024-02-29 stays.
    pytest.param(D(2024, 2, 27), D(2024, 2, 29), D(2024, 3, 19), id="2024-tk-29-feb"),
    # tk: Sat 02-10 -> Mon 02-12. appeal: Thu 2024-02-29 stays (21 days across 29 Feb).
    pytest.param(D(2024, 2, 8), D(2024, 2, 12), D(2024, 2, 29), id="2024-appeal-29-feb"),
    # tk: Tue 2028-02-29 stays. appeal: Sun 2028-03-19 -> Mon 03-20.
    pytest.param(D(2028, 2, 27), D(2028, 2, 29), D(2028, 3, 20), id="2028-tk-29-feb-appeal-sunday"),
    # tk: plain Saturday 2023-09-16 -> Mon 09-18.
    pytest.param(D(2023, 9, 14), D(2023, 9, 18), D(2023, 10, 5), id="2023-tk-saturday"),
    # tk: plain Sunday 2023-09-17 -> Mon 09-18.
    pytest.param(D(2023, 9, 15), D(2023, 9, 18), D(2023, 10, 6), id="2023-tk-sunday"),
    # justerad Saturday. appeal: plain Saturday 2027-09-04 -> Mon 09-06.
    pytest.param(D(2027, 8, 14), D(2027, 8, 16), D(2027, 9, 6), id="2027-appeal-saturday"),
]


@pytest.mark.parametrize(("justerad", "tk_senast", "sista_dag"), FALL)
def test_frister_tabell(justerad: date, tk_senast: date, sista_dag: date) -> None:
    f = frister(justerad)
    assert isinstance(f, Frister)
    assert f.justerad == justerad
    assert f.tillkannagiven == justerad
    assert f.tillkannagiven_senast == tk_senast
    assert f.overklagande_sista_dag == sista_dag
    assert f.avpubliceras == sista_dag + timedelta(days=1)


@pytest.mark.parametrize(("justerad", "tk_senast", "sista_dag"), FALL)
def test_hjalpfunktioner_tabell(justerad: date, tk_senast: date, sista_dag: date) -> None:
    assert tillkannagivande_senast(justerad) == tk_senast
    assert overklagande_sista_dag(justerad) == sista_dag
    # A computed last day is always a vardag.
    assert not ar_arbetsfri(tk_senast)
    assert not ar_arbetsfri(sista_dag)


# --- An explicit, later tillkännagivande -------------------------------------

SENARE = [
    # Piteå's own meeting: justerad Wed 03-26, senast Fri 03-28, tillkännagiven
    # Fri 03-28 (on the deadline). appeal from 03-28: långfredag chain -> Tue 04-22.
    pytest.param(
        D(2025, 3, 26), D(2025, 3, 28), D(2025, 3, 28), D(2025, 4, 22), D(2025, 4, 23),
        id="pitea-on-deadline",
    ),
    # justerad Mon 2025-12-22; senast raw Wed 12-24 julafton -> juldagen ->
    # annandag jul -> Sat -> Sun -> Mon 12-29. tillkännagiven Tue 12-23;
    # appeal Tue 2026-01-13 (crosses the year).
    pytest.param(
        D(2025, 12, 22), D(2025, 12, 29), D(2025, 12, 23), D(2026, 1, 13), D(2026, 1, 14),
        id="julafton-senast-early-tk",
    ),
    # AFTER senast: justerad Mon 2024-05-13, senast Wed 05-15, tillkännagiven
    # Thu 05-16 (late). Window runs from 05-16: Thu 06-06 nationaldagen -> Fri 06-07.
    pytest.param(
        D(2024, 5, 13), D(2024, 5, 15), D(2024, 5, 16), D(2024, 6, 7), D(2024, 6, 8),
        id="late-tk-nationaldagen",
    ),
    # justerad Thu 2025-04-10, tillkännagiven Sat 04-12 (a weekend posting;
    # senast Sat 04-12 -> Mon 04-14). appeal: Sat 05-03 -> Mon 05-05.
    pytest.param(
        D(2025, 4, 10), D(2025, 4, 14), D(2025, 4, 12), D(2025, 5, 5), D(2025, 5, 6),
        id="tk-on-saturday",
    ),
    # AFTER senast, far: justerad Wed 2027-12-01, senast Fri 12-03, tillkännagiven
    # Fri 12-10. appeal: Fri 12-31 nyårsafton -> Sat 2028-01-01 nyårsdagen ->
    # Sun -> Mon 2028-01-03.
    pytest.param(
        D(2027, 12, 1), D(2027, 12, 3), D(2027, 12, 10), D(2028, 1, 3), D(2028, 1, 4),
        id="late-tk-nyarsafton-chain",
    ),
    # tillkännagiven given explicitly equal to justerad: same as the default.
    pytest.param(
        D(2025, 3, 28), D(2025, 3, 31), D(2025, 3, 28), D(2025, 4, 22), D(2025, 4, 23),
        id="explicit-equal-to-justerad",
    ),
]


@pytest.mark.parametrize(("justerad", "tk_senast", "tk", "sista_dag", "avpub"), SENARE)
def test_frister_senare_tillkannagivande(
    justerad: date, tk_senast: date, tk: date, sista_dag: date, avpub: date
) -> None:
    f = frister(justerad, tk)
    assert f.justerad == justerad
    assert f.tillkannagiven == tk
    # The deadline to tillkännage depends on the justering only.
    assert f.tillkannagiven_senast == tk_senast
    # The appeal window runs from the actual tillkännagivande.
    assert f.overklagande_sista_dag == sista_dag
    assert f.avpubliceras == avpub


def test_frister_tillkannagiven_efter_senast_beraknas_anda() -> None:
    f = frister(D(2024, 5, 13), D(2024, 5, 16))
    assert f.tillkannagiven > f.tillkannagiven_senast
    # Not counted from the deadline (which would give Wed 06-05).
    assert f.overklagande_sista_dag == D(2024, 6, 7)


def test_avpubliceras_flyttas_inte_till_vardag() -> None:
    # justerad Fri 2023-10-06 -> appeal Fri 10-27 -> avpubliceras Sat 10-28,
    # a Saturday: the day after the last day, not moved.
    f = frister(D(2023, 10, 6))
    assert f.overklagande_sista_dag == D(2023, 10, 27)
    assert f.avpubliceras == D(2023, 10, 28)
    # Last appeal day Wed 2025-12-23 (justerad Tue 12-02) -> avpubliceras
    # Wed 12-24, julafton: not moved either.
    f = frister(D(2025, 12, 2))
    assert f.overklagande_sista_dag == D(2025, 12, 23)
    assert f.avpubliceras == D(2025, 12, 24)


# --- The worked example and errors -------------------------------------------


def test_som_json_pitea() -> None:
    assert frister(D(2025, 3, 28)).som_json() == {
        "justerad": "2025-03-28",
        "tillkannagiven_senast": "2025-03-31",
        "tillkannagiven": "2025-03-28",
        "overklagande_sista_dag": "2025-04-22",
        "avpubliceras": "2025-04-23",
    }


def test_tillkannagiven_fore_justering_ar_fel() -> None:
    with pytest.raises(ValueError):
        frister(D(2025, 3, 28), D(2025, 3, 27))
    with pytest.raises(ValueError):
        frister(D(2026, 1, 1), D(2025, 12, 31))


# --- Non-working days, checked day by day ------------------------------------


def _pask(ar: int) -> date:
    """Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a = ar % 19
    b, c = divmod(ar, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    manad, dag = divmod(h + l - 7 * m + 114, 31)
    return date(ar, manad, dag + 1)


def _forsta_lordag(fran: date) -> date:
    return next(fran + timedelta(days=n) for n in range(7) if (fran + timedelta(days=n)).weekday() == 5)


def _arbetsfria(ar: int) -> set[date]:
    """Saturdays, Sundays, the allmänna helgdagar (lag 1989:253) and the three
    eves of lag (1930:173) 2 §, built from the statute's list."""
    pask = _pask(ar)
    midsommardagen = _forsta_lordag(date(ar, 6, 20))  # Saturday 20-26 June
    alla_helgons = _forsta_lordag(date(ar, 10, 31))  # Saturday 31 Oct - 6 Nov
    dagar = {
        date(ar, 1, 1),  # nyårsdagen
        date(ar, 1, 6),  # trettondedag jul
        pask - timedelta(days=2),  # långfredagen
        pask,  # påskdagen
        pask + timedelta(days=1),  # annandag påsk
        date(ar, 5, 1),  # första maj
        pask + timedelta(days=39),  # Kristi himmelsfärdsdag
        pask + timedelta(days=49),  # pingstdagen
        date(ar, 6, 6),  # nationaldagen
        midsommardagen,
        midsommardagen - timedelta(days=1),  # midsommarafton
        alla_helgons,
        date(ar, 12, 24),  # julafton
        date(ar, 12, 25),  # juldagen
        date(ar, 12, 26),  # annandag jul
        date(ar, 12, 31),  # nyårsafton
    }
    d = date(ar, 1, 1)
    while d.year == ar:
        if d.weekday() >= 5:
            dagar.add(d)
        d += timedelta(days=1)
    return dagar


def test_pask_algoritm() -> None:
    # The test's own Easter oracle against known dates.
    assert [_pask(ar) for ar in range(2023, 2029)] == [
        D(2023, 4, 9), D(2024, 3, 31), D(2025, 4, 20),
        D(2026, 4, 5), D(2027, 3, 28), D(2028, 4, 16),
    ]


@pytest.mark.parametrize("ar", [2025, 2026, 2023, 2024, 2027, 2028])
def test_ar_arbetsfri_hela_aret(ar: int) -> None:
    vantade = _arbetsfria(ar)
    d = date(ar, 1, 1)
    saknas, extra = [], []
    while d.year == ar:
        got = ar_arbetsfri(d)
        if d in vantade and not got:
            saknas.append(d)
        if got and d not in vantade:
            extra.append(d)
        d += timedelta(days=1)
    assert saknas == [], f"non-working days not recognised: {saknas}"
    assert extra == [], f"vardagar wrongly treated as non-working: {extra}"


@pytest.mark.parametrize(
    "dag",
    [
        D(2025, 4, 30),  # valborgsmässoafton
        D(2025, 5, 30),  # klämdag after Kristi himmelsfärd
        D(2026, 1, 5),  # trettondagsafton (a Monday)
        D(2025, 4, 17),  # skärtorsdagen
        D(2025, 10, 31),  # allhelgonaafton (Fri before alla helgons dag)
        D(2025, 6, 9),  # annandag pingst (no longer a helgdag)
        D(2026, 6, 5),  # Fri before a Saturday nationaldag
        D(2025, 12, 23),  # lillejulafton
    ],
)
def test_ar_arbetsfri_inte_for_halvdagar_och_klamdagar(dag: date) -> None:
    assert dag.weekday() < 5
    assert not ar_arbetsfri(dag)


def test_nasta_vardag() -> None:
    assert nasta_vardag(D(2025, 3, 31)) == D(2025, 3, 31)  # a vardag is kept
    assert nasta_vardag(D(2025, 4, 18)) == D(2025, 4, 22)  # långfredag chain
    assert nasta_vardag(D(2025, 12, 24)) == D(2025, 12, 29)  # julafton chain
    assert nasta_vardag(D(2027, 12, 31)) == D(2028, 1, 3)  # across the year
    assert nasta_vardag(D(2025, 6, 20)) == D(2025, 6, 23)  # midsommarafton
