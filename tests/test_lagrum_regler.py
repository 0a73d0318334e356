"""The law module's checks and publishing rules, beside the date table in test_lagrum_frister."""

from __future__ import annotations

import datetime as dt

from generator.regler import lagrum

D = dt.date


def test_idag_ar_svensk_tid_vintertid():
    # 23:30 UTC on 27 March 2025 is 00:30 CET on the 28th.
    assert lagrum.idag(dt.datetime(2025, 3, 27, 23, 30, tzinfo=dt.timezone.utc)) == D(2025, 3, 28)
    assert lagrum.idag(dt.datetime(2025, 3, 27, 22, 30, tzinfo=dt.timezone.utc)) == D(2025, 3, 27)


def test_idag_ar_svensk_tid_sommartid():
    # 22:30 UTC on 30 June is 00:30 CEST on 1 July.
    assert lagrum.idag(dt.datetime(2025, 6, 30, 22, 30, tzinfo=dt.timezone.utc)) == D(2025, 7, 1)
    assert lagrum.idag(dt.datetime(2025, 6, 30, 21, 30, tzinfo=dt.timezone.utc)) == D(2025, 6, 30)


def test_pitea_avpublicering_ar_for_tidig():
    # shared/lagrum.md: justerad and tillkännagiven 2025-03-28, the real notice came down 2025-04-21.
    avvikelser = lagrum.granska_justering(D(2025, 3, 26), D(2025, 3, 28), D(2025, 3, 28), D(2025, 4, 21))
    assert [(a.falt, a.fel) for a in avvikelser] == [("tillkännagivande.avpubliceras", True)]
    assert "2025-04-22" in avvikelser[0].meddelande
    assert lagrum.granska_justering(D(2025, 3, 26), D(2025, 3, 28), D(2025, 3, 28), D(2025, 4, 23)) == []


def test_tillkannagivande_senast_andra_dagen():
    # Justerad Friday 2025-03-28: the second day is Sunday the 30th, so Monday the 31st is allowed.
    assert lagrum.granska_justering(D(2025, 3, 26), D(2025, 3, 28), D(2025, 3, 31), None) == []
    fel = lagrum.granska_justering(D(2025, 3, 26), D(2025, 3, 28), D(2025, 4, 1), None)
    assert [(a.falt, a.fel) for a in fel] == [("tillkännagivande.publiceras", True)]


def test_justering_efter_fjorton_dagar_ar_varning():
    assert lagrum.granska_justering(D(2025, 3, 26), D(2025, 4, 9), None, None) == []
    varning = lagrum.granska_justering(D(2025, 3, 26), D(2025, 4, 10), None, None)
    assert [(a.falt, a.fel) for a in varning] == [("justering.datum", False)]


def test_justering_fore_sammantradet_ar_fel():
    fel = lagrum.granska_justering(D(2025, 3, 26), D(2025, 3, 25), None, None)
    assert [(a.falt, a.fel) for a in fel] == [("justering.datum", True)]


def test_fullmaktige_minst_en_vecka_fore():
    # Meeting Thursday 2025-04-24: the Thursday before, the 17th, is the last day.
    assert lagrum.granska_kungorelse(D(2025, 4, 24), D(2025, 4, 17)) == []
    assert len(lagrum.granska_kungorelse(D(2025, 4, 24), D(2025, 4, 18))) == 1


def test_anslag_uppe_fran_och_med_till_dagen_fore_avpublicering():
    assert not lagrum.anslag_uppe(D(2025, 4, 2), D(2025, 5, 1), D(2025, 4, 1))
    assert lagrum.anslag_uppe(D(2025, 4, 2), D(2025, 5, 1), D(2025, 4, 2))
    assert lagrum.anslag_uppe(D(2025, 4, 2), D(2025, 5, 1), D(2025, 4, 30))
    assert not lagrum.anslag_uppe(D(2025, 4, 2), D(2025, 5, 1), D(2025, 5, 1))


def test_kungorelse_uppe_till_och_med_sammantradesdagen():
    assert lagrum.kungorelse_uppe(D(2025, 4, 10), D(2025, 4, 24), D(2025, 4, 24))
    assert not lagrum.kungorelse_uppe(D(2025, 4, 10), D(2025, 4, 24), D(2025, 4, 25))
    assert not lagrum.kungorelse_uppe(D(2025, 4, 10), D(2025, 4, 24), D(2025, 4, 9))


def test_styrdokument_status():
    s = lagrum.styrdokument_status
    assert s(D(2025, 1, 1), D(2025, 4, 1), None, None) == "kommande"
    assert s(D(2025, 4, 1), D(2025, 4, 1), D(2026, 12, 31), None) == "gällande"
    assert s(D(2026, 12, 31), D(2025, 4, 1), D(2026, 12, 31), None) == "gällande"
    assert s(D(2027, 1, 1), D(2025, 4, 1), D(2026, 12, 31), None) == "utgången"
    assert s(D(2025, 6, 1), D(2025, 4, 1), None, D(2025, 6, 1)) == "upphävd"
