#!/usr/bin/env python3
"""Skriver handbokens övnings-PDF: docs/exempel/protokoll-socialnamndens-arbetsutskott-2026-10-07.pdf.

Ett påhittat protokoll från Älvsunda kommun (alla namn är påhittade), uppställt
som protokoll från ett ärendehanteringssystem brukar vara: ett försättsblad med
fält, sedan en paragraf per sida under ett återkommande sidhuvud. Det har de
saker som handboken visar att importen hanterar: en paragraf med sekretess, en
omedelbart justerad paragraf, en reservation, ett avsnitt utan egen nyckel,
underskrifter, ett sammanträde utan klockslag och ett avpubliceringsdatum som
ligger före överklagandetidens slut.

Utdata är reproducerbar (fast skapandedatum) och skrivs med standardtypsnittet
Helvetica, så texten håller sig till Latin-1.

Användning (från projektets rot): python tools/handbokens_exempel.py
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

ROT = Path(__file__).resolve().parent.parent
UT = ROT / "docs" / "exempel" / "protokoll-socialnamndens-arbetsutskott-2026-10-07.pdf"
SIDHUVUD = ["Socialnämndens arbetsutskott", "Datum 2026-10-07"]

FORSATTSBLAD = """\
Sammanträdesprotokoll Socialnämndens arbetsutskott

Sammanträdesdatum 2026-10-07
Plats och tid Forsrummet, Socialförvaltningen, Storgatan 12

Beslutande Lena Brännvik (S), ordförande
Jonas Ekerlid (M), vice ordförande
Amir Haddad (S)

Övriga deltagare Anneli Sjöstrand, Socialchef
Mikael Rydberg, Controller, § 81
Camilla Hedestam, Nämndsekreterare

Sekreterare Camilla Hedestam
Justeringens plats och tid Digital justering 2026-10-09 kl. 10:00
Paragrafer §§ 80-83
Ordförande Lena Brännvik
Justerare Jonas Ekerlid

Tillkännagivande
Protokollet är justerat. Justeringen tillkännages på kommunens digitala anslagstavla.
Publiceras 2026-10-09
Avpubliceras 2026-10-29
Protokollets förvaringsplats Socialförvaltningen, Storgatan 12, Älvsunda"""

PARAGRAFER = [
    """\
§ 80 Borttagen på grund av sekretess
Diarienr SOC/2026-000201""",
    """\
§ 81 Budgetuppföljning augusti 2026
Diarienr SOC/2026-000009

Beslut
Arbetsutskottet föreslår socialnämnden att godkänna budgetuppföljningen per
augusti.

Ärendebeskrivning
Förvaltningen redovisar ett prognostiserat underskott på 3,1 miljoner kronor
för helåret, främst inom hemtjänsten och köpta placeringar av barn och unga.
Åtgärderna för att minska underskottet redovisas i tjänsteskrivelsen, bland
annat en översyn av hälso- och sjukvårdsinsatserna i hemtjänsten och av
upphandlade IT-
system.

Yrkanden
Lena Brännvik (S): Bifall till förvaltningens förslag.

Propositionsordning
Ordföranden ställer proposition och finner att arbetsutskottet bifaller förslaget.

Beslutsunderlag
- Tjänsteskrivelse - Budgetuppföljning augusti 2026""",
    """\
§ 82 Yttrande över remiss om ändrade regler för färdtjänst
Diarienr KS-2026/00177

Beslut
Arbetsutskottet lämnar förvaltningens förslag som sitt yttrande till
kommunstyrelsen.

Paragrafen förklaras omedelbart justerad.

Ärendebeskrivning
Kommunstyrelsen har bett socialnämnden yttra sig över ett förslag om att
färdtjänstresor till daglig verksamhet ska beställas senast dagen före.
Yttrandet ska vara kommunstyrelsen till handa den 10 oktober.

Yrkanden
Amir Haddad (S): Bifall till förvaltningens förslag.
Jonas Ekerlid (M): Avslag på förvaltningens förslag.

Propositionsordning
Ordföranden ställer förslagen mot varandra och finner att arbetsutskottet
bifaller Amir Haddads yrkande.

Reservation
Jonas Ekerlid (M) reserverar sig mot beslutet.

Beslutet skickas till
Kommunstyrelsen""",
    """\
§ 83 Anmälan av delegationsbeslut
Diarienr SOC/2026-000004

Beslut
Arbetsutskottet har tagit del av delegationsbesluten.

Anmälda handlingar
- Delegationsbeslut inom äldreomsorgen, september 2026
- Delegationsbeslut inom individ- och familjeomsorgen, september 2026

Underskrifter
Sekreterare ........................................
Ordförande ........................................""",
]


def skriv(ut: Path = UT) -> Path:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime(2026, 10, 9, tzinfo=timezone.utc))
    pdf.set_producer("Nämndsajt handbok")
    pdf.set_margins(25, 20)
    pdf.set_auto_page_break(False)
    sidor = [FORSATTSBLAD, *PARAGRAFER]
    for i, text in enumerate(sidor, 1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=9)
        if i > 1:
            for rad in SIDHUVUD:
                pdf.cell(0, 5, rad, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(6)
        pdf.set_font("Helvetica", size=10)
        for rad in text.split("\n"):
            pdf.cell(0, 5.5, rad, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(-20)
        pdf.set_font("Helvetica", size=8)
        pdf.cell(0, 5, f"{i} ({len(sidor)})", align="R")
    ut.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(ut))
    return ut


if __name__ == "__main__":
    print(skriv().relative_to(ROT))
