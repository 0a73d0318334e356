#!/usr/bin/env python3
"""Skapar exempelinnehållets PDF-filer under content/.

Skriptet letar upp varje `fil:` i YAML-filerna under content/ och skriver den
PDF som nyckeln pekar på (sökvägen räknas från YAML-filens mapp, precis som
generatorn gör). Innehållet kommer från tre håll:

- protokoll och protokollsutdrag skrivs ut från protokoll.yml, så att PDF:en
  alltid stämmer med det som står i arkivet (en paragraf med sekretess blir
  bara "Borttagen på grund av sekretess" och sitt diarienummer);
- styrdokumentens försättsblad (diarienummer, beslutsinstans, giltighet)
  hämtas från styrdokumentets YAML-fil;
- all övrig text står i TEXTER nedan, nycklad på filnamnet. Samma filnamn i
  två sammanträdesmappar är samma handling, utskickad till båda organen.

Allt är påhittat: Älvsunda kommun och personerna finns inte.

Utdata är reproducerbar: samma indata ger samma bytes (fast skapandedatum,
fast producentsträng, inga slumpvärden). Texten skrivs med PDF-standardtypsnittet
Helvetica, så den måste rymmas i Latin-1 (å, ä, ö och § går bra).

Användning (från projektets rot):

    python tools/skapa_exempel_pdf.py               skriv alla PDF:er
    python tools/skapa_exempel_pdf.py --kontrollera  kontrollera att filerna på
                                                     disk är aktuella (slutkod 1 om inte)
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

import yaml
from fpdf import FPDF

ROT = Path(__file__).resolve().parent.parent
INNEHALL = ROT / "content"
KOMMUN = "Älvsunda kommun"
SKAPAD = datetime(2025, 1, 1, tzinfo=timezone.utc)
MAX_STORLEK = 10 * 1024

# --- Texterna ------------------------------------------------------------------
#
# En handling: typ, avsändare, datum, dnr, handläggare (valfri), titel och
# delar. En del är ett stycke (str), ("rubrik", text), ("lista", [punkter]) eller
# ("tabell", [kolumnrubriker], [rader], [kolumnbredder i mm]).

TEXTER: dict[str, dict] = {
    "tjansteskrivelse-budgetuppfoljning-februari-2025.pdf": {
        "typ": "Tjänsteskrivelse",
        "avsandare": "Socialförvaltningen",
        "datum": "2025-03-12",
        "dnr": "25SN9",
        "handlaggare": "Mikael Rydberg, controller",
        "titel": "Budgetuppföljning februari 2025",
        "delar": [
            ("rubrik", "Förslag till beslut"),
            ("lista", [
                "att godkänna budgetuppföljningen per februari 2025, och",
                "att ge socialchefen i uppdrag att redovisa åtgärder för en budget i balans vid nämndens sammanträde i juni.",
            ]),
            ("rubrik", "Sammanfattning"),
            "Efter årets två första månader redovisar socialnämnden ett underskott på 1,8 miljoner kronor "
            "jämfört med periodens budget. Förvaltningen lämnar ingen helårsprognos efter februari, eftersom "
            "underlaget är för litet för att dra slutsatser om helåret.",
            ("rubrik", "Ärendet"),
            "Underskottet finns främst inom placeringar av barn och unga och inom hemtjänsten. Antalet beviljade "
            "hemtjänsttimmar har ökat med sju procent sedan september 2024, samtidigt som hemtjänstens budget "
            "är oförändrad.",
            ("tabell", ["Verksamhet", "Budget jan-feb, tkr", "Utfall jan-feb, tkr", "Avvikelse, tkr"], [
                ["Individ- och familjeomsorg", "9 420", "10 510", "-1 090"],
                ["Äldreomsorg", "21 850", "22 640", "-790"],
                ["Funktionsstöd", "8 310", "8 150", "160"],
                ["Gemensamt och ledning", "2 120", "2 200", "-80"],
                ["Summa", "41 700", "43 500", "-1 800"],
            ], [62, 36, 36, 36]),
            "Arbetet med den ekonomiska handlingsplanen fortsätter. Under våren ses hemtjänstens planering över, "
            "och samtliga köpta placeringar gås igenom för att pröva om insatsen kan ges i egen regi.",
            ("rubrik", "Beslutet skickas till"),
            ("lista", ["Kommunstyrelsens förvaltning, ekonomienheten", "Socialförvaltningens ledningsgrupp"]),
        ],
    },
    "informationssakerhetsberattelse-2024.pdf": {
        "typ": "Rapport",
        "avsandare": "Socialförvaltningen",
        "datum": "2025-03-05",
        "dnr": "25SN25",
        "handlaggare": "Linnea Falkeborn, IT-strateg",
        "titel": "Informationssäkerhetsberättelse 2024",
        "delar": [
            ("rubrik", "Inledning"),
            "Informationssäkerhetsberättelsen redovisar hur socialförvaltningen har arbetat med att skydda "
            "informationens konfidentialitet, riktighet och tillgänglighet under 2024.",
            ("rubrik", "Genomfört under året"),
            ("lista", [
                "Riskanalyser har uppdaterats för samtliga verksamhetssystem.",
                "Behörigheterna i verksamhetssystemet för individ- och familjeomsorgen har följts upp i april och oktober.",
                "All personal har erbjudits en webbutbildning om säker hantering av personuppgifter; 82 procent har genomfört den.",
                "Kontinuitetsplanen för avbrott i journalsystemet har övats en gång.",
            ]),
            ("rubrik", "AI-tjänster"),
            "Inga personuppgifter eller uppgifter som omfattas av sekretess får föras in i AI-tjänster som "
            "kommunen inte har avtal med. Förvaltningen tar under 2025 fram en rutin för hur godkända tjänster "
            "får användas.",
            ("rubrik", "Prioriteringar 2025"),
            "Tvåfaktorsinloggning ska införas i alla system som innehåller personuppgifter, och loggkontrollerna "
            "ska bli månatliga.",
        ],
    },
    "kvalitetsberattelse-2024.pdf": {
        "typ": "Rapport",
        "avsandare": "Socialförvaltningen",
        "datum": "2025-03-10",
        "dnr": "25SN42",
        "handlaggare": "Hanna Degerman, kvalitetsutvecklare",
        "titel": "Kvalitetsberättelse 2024",
        "delar": [
            ("rubrik", "Syfte"),
            "Kvalitetsberättelsen ger en samlad bild av hur socialnämndens verksamheter har arbetat med att säkra "
            "och utveckla kvaliteten under 2024, och vad som prioriteras under 2025.",
            ("rubrik", "Avvikelser och klagomål"),
            "Under året rapporterades 412 avvikelser, jämfört med 356 året innan. Ökningen gäller främst "
            "läkemedelshantering i hemtjänsten. Förvaltningen bedömer att ökningen framför allt visar att fler "
            "medarbetare rapporterar, inte att fler fel begås. Nämnden tog emot 23 klagomål och synpunkter.",
            ("rubrik", "Brukarnas bedömning"),
            "Nio av tio brukare i hemtjänsten är nöjda med personalens bemötande. Lägst resultat har frågan om "
            "möjligheten att påverka vid vilken tid hjälpen ges, där 58 procent är nöjda.",
            ("rubrik", "Prioriterade områden 2025"),
            ("lista", [
                "Kontinuitet i hemtjänsten: färre olika medarbetare hos varje brukare.",
                "Delaktighet: genomförandeplaner ska upprättas tillsammans med brukaren.",
                "Barnets bästa: alla utredningar som rör barn ska innehålla barnets egen berättelse.",
            ]),
        ],
    },
    "forslag-riktlinje-ekonomiskt-bistand.pdf": {
        "typ": "Förslag",
        "avsandare": "Socialförvaltningen",
        "datum": "2025-06-02",
        "dnr": "25SN71",
        "handlaggare": "Daniel Nordgren, avdelningschef",
        "titel": "Förslag till riktlinje för ekonomiskt bistånd",
        "delar": [
            "Förslaget ersätter riktlinjen från 2021. Ändringarna är markerade i den slutliga versionen som "
            "nämnden antar; här sammanfattas de viktigaste.",
            ("rubrik", "Viktigaste ändringarna"),
            ("lista", [
                "Skälig boendekostnad bedöms utifrån hyresnivån för en lägenhet av rimlig storlek på orten, och inte längre efter en fast takhyra.",
                "Barnets bästa ska bedömas och dokumenteras i varje ärende där barn berörs.",
                "Bistånd till tandvård kan beviljas efter en kostnadsberäkning från tandläkare, och till glasögon efter synundersökning.",
                "Den som deltar i arbetsmarknadsinsatser ska få beslut inom tio arbetsdagar.",
            ]),
            ("rubrik", "Konsekvenser"),
            "Förvaltningen bedömer att ändringarna inte påverkar nämndens kostnader nämnvärt, men att de gör "
            "bedömningarna mer likvärdiga mellan handläggare.",
        ],
    },
    "riktlinje-ekonomiskt-bistand.pdf": {
        "titel": "Riktlinje för ekonomiskt bistånd",
        "delar": [
            ("rubrik", "1. Syfte och utgångspunkter"),
            "Riktlinjen ska bidra till att ansökningar om ekonomiskt bistånd bedöms rättssäkert och likvärdigt. "
            "Den är ett stöd för handläggaren och ersätter aldrig den individuella prövningen. Den enskildes "
            "behov och förutsättningar avgör alltid utfallet.",
            ("rubrik", "2. Försörjningsstöd"),
            "Försörjningsstöd beräknas enligt riksnormen och för skäliga kostnader för boende, hushållsel, "
            "arbetsresor, hemförsäkring och avgift till fackförening och arbetslöshetskassa. Den sökande ska "
            "i första hand försöka försörja sig själv, bland annat genom att stå till arbetsmarknadens "
            "förfogande.",
            ("rubrik", "3. Skälig boendekostnad"),
            "Vad som är en skälig boendekostnad bedöms utifrån hyresnivån på orten för en lägenhet av rimlig "
            "storlek för hushållet. Den som har en för hög boendekostnad får skäligt rådrum, normalt tre "
            "månader, för att söka en billigare bostad.",
            ("rubrik", "4. Barnets bästa"),
            "I varje ärende där barn berörs ska handläggaren bedöma och dokumentera hur beslutet påverkar "
            "barnet. Barn i familjer med långvarigt försörjningsstöd ska kunna delta i fritidsaktiviteter.",
            ("rubrik", "5. Livsföringen i övrigt"),
            ("lista", [
                "Tandvård: efter kostnadsberäkning, för akut och nödvändig behandling.",
                "Glasögon: efter synundersökning, motsvarande en enklare modell.",
                "Hemutrustning: när den sökande saknar grundläggande möbler och husgeråd.",
            ]),
            ("rubrik", "6. Uppföljning"),
            "Avdelningschefen för individ- och familjeomsorg ansvarar för att riktlinjen följs upp och ses "
            "över senast den 31 mars 2027.",
        ],
    },
    "tjansteskrivelse-taxor-2026.pdf": {
        "typ": "Tjänsteskrivelse",
        "avsandare": "Socialförvaltningen",
        "datum": "2025-06-04",
        "dnr": "25SN112",
        "handlaggare": "Emma Widmark, avgiftshandläggare",
        "titel": "Taxor och avgifter inom äldreomsorg och funktionsstöd 2026",
        "delar": [
            ("rubrik", "Förslag till beslut"),
            "Socialnämnden föreslår kommunfullmäktige besluta att anta taxor och avgifter inom äldreomsorg och "
            "funktionsstöd för 2026 enligt bilaga.",
            ("rubrik", "Ärendet"),
            "Avgifterna inom äldreomsorgen och funktionsstödet bestäms inom ramen för socialtjänstlagens regler "
            "om högkostnadsskydd och förbehållsbelopp. Kommunfullmäktige beslutar om taxorna; nämnden lämnar "
            "ett förslag som bereds av kommunstyrelsen.",
            "Förvaltningen föreslår att timtaxan för hemtjänst och avgiften för trygghetslarm räknas upp med "
            "förändringen av prisbasbeloppet. Avgiften för matdistribution höjs med 5 kronor per portion, "
            "eftersom livsmedelskostnaderna har ökat mer än prisbasbeloppet.",
            ("rubrik", "Konsekvenser"),
            "Förslaget beräknas öka intäkterna med omkring 300 000 kronor per år. Ingen enskild betalar mer än "
            "maxtaxan, och ingen betalar så mycket att förbehållsbeloppet inte räcker.",
            ("rubrik", "Beslutet skickas till"),
            ("lista", ["Kommunstyrelsen", "Kommunfullmäktige"]),
        ],
    },
    "forslag-taxa-2026.pdf": {
        "typ": "Bilaga",
        "avsandare": "Socialnämnden",
        "datum": "2025-06-18",
        "dnr": "25SN112",
        "titel": "Förslag till taxa för äldreomsorg och funktionsstöd 2026",
        "delar": [
            "Taxan gäller från och med den 1 januari 2026. Samtliga avgifter omfattas av högkostnadsskyddet.",
            ("tabell", ["Insats", "Avgift 2026"], [
                ["Hemtjänst, per timme", "385 kr"],
                ["Trygghetslarm, per månad", "290 kr"],
                ["Matdistribution, per portion", "75 kr"],
                ["Korttidsvistelse, kost per dygn", "140 kr"],
                ["Särskilt boende, omvårdnad per månad", "enligt maxtaxan"],
            ], [110, 60]),
            "Avgiften beräknas utifrån den enskildes avgiftsutrymme. Den som inte har något avgiftsutrymme "
            "betalar ingen avgift för hemtjänst och trygghetslarm.",
        ],
    },
    "taxa-aldreomsorg-funktionsstod-2026.pdf": {
        "titel": "Taxa för avgifter inom äldreomsorg och funktionsstöd 2026",
        "delar": [
            ("rubrik", "1. Tillämpning"),
            "Taxan gäller avgifter för insatser som socialnämnden beviljar enligt socialtjänstlagen inom "
            "äldreomsorg och funktionsstöd. Den gäller från och med den 1 januari 2026 till och med den "
            "31 december 2026.",
            ("rubrik", "2. Avgifter"),
            ("tabell", ["Insats", "Avgift"], [
                ["Hemtjänst, per timme", "385 kr"],
                ["Trygghetslarm, per månad", "290 kr"],
                ["Matdistribution, per portion", "75 kr"],
                ["Korttidsvistelse, kost per dygn", "140 kr"],
                ["Särskilt boende, omvårdnad per månad", "enligt maxtaxan"],
            ], [110, 60]),
            ("rubrik", "3. Högkostnadsskydd och förbehållsbelopp"),
            "Den sammanlagda avgiften för hemtjänst, trygghetslarm, dagverksamhet och omvårdnad i särskilt "
            "boende får inte överstiga maxtaxan enligt socialtjänstlagen. Avgiften får heller inte vara så "
            "hög att den enskilde inte har kvar sitt förbehållsbelopp.",
            ("rubrik", "4. Omprövning"),
            "Avgiften omprövas varje år och när den enskildes inkomster eller boendekostnad ändras. Den som "
            "inte lämnar uppgifter om sina inkomster debiteras högsta avgift.",
        ],
    },
    "motion-trygghetslarm.pdf": {
        "typ": "Motion",
        "avsandare": "Till kommunfullmäktige",
        "datum": "2025-09-10",
        "dnr": "KS-2025/00214",
        "titel": "Motion om avgiftsfritt trygghetslarm för personer som fyllt 85 år",
        "delar": [
            "Ett trygghetslarm gör det möjligt för många äldre att bo kvar hemma längre. Larmet ger trygghet "
            "både för den äldre och för anhöriga, och det kan förebygga dyrare insatser när någon faller och "
            "inte kan ta sig upp.",
            "I dag betalar den som har trygghetslarm en månadsavgift. Det finns äldre som avstår från larmet "
            "för att de inte vill lägga pengar på det, trots att de har beviljats det. Flera kommuner har "
            "därför tagit bort avgiften för de äldsta.",
            "Mot bakgrund av detta yrkar jag",
            ("lista", [
                "att trygghetslarm ska vara avgiftsfritt för alla som har fyllt 85 år och som har beviljats larmet.",
            ]),
            "Älvsunda den 10 september 2025",
            "Tommy Vallmark (SD)",
        ],
    },
    "tjansteskrivelse-budgetuppfoljning-oktober-2025.pdf": {
        "typ": "Tjänsteskrivelse",
        "avsandare": "Socialförvaltningen",
        "datum": "2025-11-12",
        "dnr": "25SN9",
        "handlaggare": "Mikael Rydberg, controller",
        "titel": "Budgetuppföljning oktober 2025",
        "delar": [
            ("rubrik", "Förslag till beslut"),
            "Socialnämnden godkänner budgetuppföljningen per oktober 2025 och helårsprognosen om ett underskott "
            "på 2,9 miljoner kronor.",
            ("rubrik", "Ärendet"),
            "Prognosen har förbättrats med 1,2 miljoner kronor sedan augusti. Hemtjänsten beräknas nu hålla sin "
            "budget efter att planeringen har setts över och övertiden minskat.",
            ("tabell", ["Verksamhet", "Prognos helår, tkr"], [
                ["Individ- och familjeomsorg", "-3 400"],
                ["Äldreomsorg", "-100"],
                ["Funktionsstöd", "700"],
                ["Gemensamt och ledning", "-100"],
                ["Summa", "-2 900"],
            ], [110, 60]),
            "Kostnaderna för placeringar av barn och unga ligger kvar på en hög nivå. Förvaltningen bedömer att "
            "det utökade familjehemsteamet får full effekt först under 2026.",
        ],
    },
    "forslag-delegationsordning.pdf": {
        "typ": "Förslag",
        "avsandare": "Socialförvaltningen",
        "datum": "2025-11-10",
        "dnr": "SOC/2025-000398",
        "handlaggare": "Camilla Hedestam, nämndsekreterare",
        "titel": "Förslag till delegationsordning för socialnämnden",
        "delar": [
            "Förslaget ersätter delegationsordningen från den 24 maj 2023. Här redovisas de punkter som ändras; "
            "den fullständiga delegationsordningen publiceras bland socialnämndens styrdokument när den har antagits.",
            ("tabell", ["Punkt", "Ärende", "Nuvarande delegat", "Föreslagen delegat"], [
                ["2.4", "Placering i familjehem, upp till sex månader", "Arbetsutskottet", "Avdelningschef IFO"],
                ["3.1", "Ekonomiskt bistånd utöver riksnormen", "Socialsekreterare upp till 5 000 kr", "Socialsekreterare upp till 8 000 kr"],
                ["5.2", "Yttrande till domstol i ärenden om vårdnad", "Arbetsutskottet", "Enhetschef"],
                ["7.1", "Beslut om föreningsbidrag", "Socialnämnden", "Avdelningschef upp till 50 000 kr"],
            ], [16, 62, 46, 46]),
            "Ändringarna är en följd av den nya socialtjänstlagen och av förvaltningens nya organisation. "
            "Förvaltningen bedömer att de kortar handläggningstiderna utan att rättssäkerheten försämras.",
        ],
    },
    "delegationsordning-socialnamnden-2023.pdf": {
        "titel": "Delegationsordning för socialnämnden 2023",
        "delar": [
            ("rubrik", "Om delegation"),
            "Enligt kommunallagen 6 kap. 37 § får nämnden låta arbetsutskottet, ordföranden, en enskild "
            "ledamot eller ersättare eller en anställd fatta beslut i nämndens ställe. Beslut som fattas med stöd av delegation "
            "är nämndens beslut och ska anmälas till nämnden enligt avsnitt 9.",
            ("rubrik", "Förkortningar"),
            "SoL = socialtjänstlagen (2001:453), LVU = lagen med särskilda bestämmelser om vård av unga, "
            "KL = kommunallagen, FL = förvaltningslagen, AU = socialnämndens arbetsutskott, IFO = individ- och "
            "familjeomsorg.",
            ("rubrik", "Delegationer i urval"),
            ("tabell", ["Nr", "Ärendetyp", "Lagrum", "Delegat", "Anmärkning"], [
                ["1.1", "Beslut i brådskande ärenden", "KL 6 kap. 39 §", "Ordförande", "Anmäls vid nästa sammanträde"],
                ["2.1", "Bistånd i form av försörjningsstöd", "4 kap. 1 § SoL", "Socialsekreterare", "Enligt riksnormen"],
                ["2.2", "Bistånd utöver riksnormen", "4 kap. 1 § SoL", "Socialsekreterare", "Upp till 5 000 kr"],
                ["2.4", "Placering i familjehem", "4 kap. 1 § SoL", "AU", ""],
                ["3.1", "Omedelbart omhändertagande", "6 § LVU", "Ordförande", "När nämndens beslut inte kan avvaktas"],
                ["8.1", "Avvisning av överklagande som kommit in för sent", "45 § FL", "Beslutsfattaren", ""],
            ], [12, 52, 28, 32, 46]),
            ("rubrik", "Upphävd"),
            "Delegationsordningen upphörde att gälla den 1 januari 2026.",
        ],
    },
    "delegationsordning-socialnamnden-2026.pdf": {
        "titel": "Delegationsordning för socialnämnden",
        "delar": [
            ("rubrik", "Om delegation"),
            "Enligt kommunallagen 6 kap. 37 § får nämnden låta arbetsutskottet, ordföranden, en enskild "
            "ledamot eller ersättare eller en anställd fatta beslut i nämndens ställe. Beslut som fattas med stöd av delegation "
            "är nämndens beslut. Den som har delegation får både bifalla och avslå en ansökan.",
            "Är delegaten frånvarande övergår beslutanderätten till den som står på nästa rad i kolumnen "
            "Delegat, och därefter till närmaste chef. Ärenden av principiell betydelse eller där praxis saknas "
            "lämnas alltid till nämnden.",
            ("rubrik", "Anmälan av beslut"),
            "Beslut som fattas med stöd av delegation anmäls till nämnden vid nästa sammanträde, om inte annat "
            "anges i kolumnen Anmärkning. Beslut som inte anmäls och som kan överklagas protokollförs särskilt "
            "och tillkännages på kommunens anslagstavla (kommunallagen 6 kap. 40 §).",
            ("rubrik", "Förkortningar"),
            "SoL = socialtjänstlagen, LVU = lagen med särskilda bestämmelser om vård av unga, KL = "
            "kommunallagen, FL = förvaltningslagen, AU = socialnämndens arbetsutskott, IFO = individ- och "
            "familjeomsorg.",
            ("rubrik", "Delegationer i urval"),
            ("tabell", ["Nr", "Ärendetyp", "Lagrum", "Delegat", "Anmärkning"], [
                ["1.1", "Beslut i brådskande ärenden", "KL 6 kap. 39 §", "Ordförande, 1:e vice ordförande", "Anmäls vid nästa sammanträde"],
                ["1.4", "Yttrande till tillsynsmyndighet", "", "Socialchef", ""],
                ["2.1", "Bistånd i form av försörjningsstöd", "SoL", "Socialsekreterare", "Enligt riksnormen"],
                ["2.2", "Bistånd utöver riksnormen", "SoL", "Socialsekreterare", "Upp till 8 000 kr"],
                ["2.4", "Placering i familjehem, upp till sex månader", "SoL", "Avdelningschef IFO", "Därefter AU"],
                ["3.1", "Omedelbart omhändertagande", "6 § LVU", "Ordförande, vice ordförande", "När nämndens beslut inte kan avvaktas"],
                ["5.2", "Yttrande till domstol i ärenden om vårdnad", "", "Enhetschef", ""],
                ["7.1", "Beslut om föreningsbidrag", "", "Avdelningschef", "Upp till 50 000 kr; anmäls inte, tillkännages"],
                ["8.1", "Avvisning av överklagande som kommit in för sent", "45 § FL", "Beslutsfattaren", ""],
            ], [12, 52, 26, 34, 46]),
        ],
    },
    "forslag-yttrande-motion-trygghetslarm.pdf": {
        "typ": "Tjänsteskrivelse",
        "avsandare": "Socialförvaltningen",
        "datum": "2026-02-25",
        "dnr": "KS-2025/00214",
        "handlaggare": "Britt Lindahl, avdelningschef äldreomsorg",
        "titel": "Yttrande över motion om avgiftsfritt trygghetslarm för personer som fyllt 85 år",
        "delar": [
            ("rubrik", "Förslag till beslut"),
            "Socialnämnden lämnar förvaltningens förslag till yttrande som sitt svar till kommunstyrelsen och "
            "avstyrker därmed motionen.",
            ("rubrik", "Bakgrund"),
            "Kommunfullmäktige remitterade motionen till kommunstyrelsen den 29 september 2025. "
            "Kommunstyrelsen har bett socialnämnden yttra sig senast den 31 mars 2026.",
            ("rubrik", "Förvaltningens bedömning"),
            "I Älvsunda har 312 personer trygghetslarm, varav 141 har fyllt 85 år. Om avgiften togs bort för "
            "dem skulle intäkterna minska med omkring 850 000 kronor per år.",
            "Avgiften för trygghetslarm ingår i högkostnadsskyddet. Ungefär en tredjedel av dem som har larm "
            "betalar i dag ingen avgift, eftersom deras avgiftsutrymme inte räcker. Ett avgiftsfritt larm "
            "skulle därför i första hand gynna dem som har råd att betala.",
            "Förvaltningen har inte fått några signaler om att äldre avstår från larm av ekonomiska skäl, men "
            "föreslår att frågan följs upp i nästa brukarundersökning.",
        ],
    },
    "forslag-avtal-socialjour.pdf": {
        "typ": "Förslag till avtal",
        "avsandare": "Forsby kommun, individ- och familjenämnden",
        "datum": "2026-10-15",
        "dnr": "IFN-2026/00048",
        "handlaggare": "Jessica Ulvhammar, enhetschef socialjouren",
        "titel": "Avtal om gemensam socialjour 2027-2030",
        "delar": [
            ("rubrik", "Parter"),
            "Forsby kommun genom individ- och familjenämnden (huvudman) och Älvsunda kommun genom "
            "socialnämnden. Avtalet ersätter avtalet från 2023 (Älvsunda kommuns dnr SOC/2023-000185).",
            ("rubrik", "Uppdraget"),
            "Socialjouren tar emot ärenden som inte kan vänta till nästa vardag: anmälningar om barn som far "
            "illa, våld i nära relationer och akuta behov av ekonomiskt bistånd. Jouren är bemannad vardagar "
            "16.30-08.00 och dygnet runt under helger.",
            ("lista", [
                "Jourtelefonen besvaras av en socialsekreterare; polisen och sjukvården har ett eget nummer.",
                "En gemensam chattfunktion öppnas för den som inte kan eller vill ringa.",
                "Under storhelger finns en andra socialsekreterare i beredskap.",
            ]),
            ("rubrik", "Kostnader"),
            ("tabell", ["Post", "Forsby, tkr per år", "Älvsunda, tkr per år"], [
                ["Personal och beredskapsersättning", "3 420", "1 640"],
                ["Lokaler, telefoni och chatt", "310", "150"],
                ["Administration", "230", "110"],
                ["Summa", "3 960", "1 900"],
            ], [80, 45, 45]),
            "Kostnaden fördelas efter folkmängden den 1 november året före. Avtalet gäller från den "
            "1 januari 2027 till den 31 december 2030 och förlängs med två år i taget om ingen part säger upp det.",
        ],
    },
    "yttrande-motion-trygghetslarm.pdf": {
        "typ": "Förslag till yttrande",
        "avsandare": "Socialnämnden",
        "datum": "2026-03-12",
        "dnr": "KS-2025/00214",
        "titel": "Yttrande över motion om avgiftsfritt trygghetslarm för personer som fyllt 85 år",
        "delar": [
            "Till kommunstyrelsen",
            "Socialnämnden har fått tillfälle att yttra sig över en motion från Tommy Vallmark (SD) om att "
            "trygghetslarm ska vara avgiftsfritt för alla som har fyllt 85 år.",
            "Nämnden delar motionärens uppfattning att trygghetslarmet är en viktig insats för att äldre ska "
            "kunna bo kvar hemma. Avgiften omfattas dock redan av högkostnadsskyddet, och omkring en tredjedel "
            "av dem som har larm betalar ingen avgift alls. Att ta bort avgiften för alla över 85 år skulle "
            "minska nämndens intäkter med omkring 850 000 kronor per år och främst gynna dem med högre inkomster.",
            "Socialnämnden avstyrker därför motionen. Nämnden kommer att följa upp i brukarundersökningen om "
            "någon avstår från trygghetslarm av ekonomiska skäl.",
        ],
    },
    "verksamhetsberattelse-2025.pdf": {
        "typ": "Verksamhetsberättelse",
        "avsandare": "Socialnämnden",
        "datum": "2026-03-11",
        "dnr": "SOC/2026-000019",
        "handlaggare": "Anneli Sjöstrand, socialchef",
        "titel": "Verksamhetsberättelse 2025 för socialnämnden",
        "delar": [
            ("rubrik", "Året i korthet"),
            "2025 präglades av arbetet med att nå en budget i balans, av ombyggnaden av Solbacken och av "
            "förberedelserna inför den nya socialtjänstlagen. Nämnden redovisar ett underskott på 2,6 miljoner "
            "kronor, vilket motsvarar 0,8 procent av budgeten.",
            ("rubrik", "Måluppfyllelse"),
            ("tabell", ["Mål", "Resultat"], [
                ["Kontinuitet i hemtjänsten", "Uppnått"],
                ["Kortare handläggningstid för försörjningsstöd", "Uppnått"],
                ["Fler familjehem i egen regi", "Delvis uppnått"],
                ["Kortare väntetid till särskilt boende", "Inte uppnått"],
            ], [120, 50]),
            ("rubrik", "Framåtblick"),
            "Under 2026 öppnar Solbacken med 32 platser, och förvaltningen räknar med att väntetiden till "
            "särskilt boende minskar under andra halvåret.",
        ],
    },
    "arsredovisning-2025-sammanfattning.pdf": {
        "typ": "Årsredovisning",
        "avsandare": "Kommunstyrelsen",
        "datum": "2026-03-30",
        "dnr": "KS-2026/00052",
        "handlaggare": "Per Moberg, ekonomichef",
        "titel": "Årsredovisning 2025 för Älvsunda kommun - sammanfattning",
        "delar": [
            ("rubrik", "Resultat"),
            "Kommunens resultat för 2025 blev ett överskott på 8,3 miljoner kronor, vilket är 1,7 miljoner "
            "kronor lägre än budget. Balanskravsresultatet är positivt.",
            ("tabell", ["Nämnd", "Budgetavvikelse, mnkr"], [
                ["Kommunstyrelsen", "1,2"],
                ["Barn- och utbildningsnämnden", "-3,1"],
                ["Socialnämnden", "-2,6"],
                ["Bygg- och miljönämnden", "0,4"],
                ["Skatteintäkter och generella statsbidrag", "2,4"],
            ], [120, 50]),
            ("rubrik", "Finansiella mål"),
            "Tre av fyra finansiella mål har uppnåtts. Målet om att investeringarna ska finansieras med egna "
            "medel har inte uppnåtts, främst på grund av ombyggnaden av Solbacken.",
            ("rubrik", "Befolkning"),
            "Den 31 december 2025 hade Älvsunda 9 184 invånare, 37 fler än ett år tidigare.",
        ],
    },
    "revisionsberattelse-2025.pdf": {
        "typ": "Revisionsberättelse",
        "avsandare": "De förtroendevalda revisorerna",
        "datum": "2026-04-08",
        "dnr": "KS-2026/00088",
        "titel": "Revisionsberättelse för 2025",
        "delar": [
            "Till kommunfullmäktige i Älvsunda kommun",
            "Vi, av fullmäktige utsedda revisorer, har granskat den verksamhet som bedrivits i styrelse och "
            "nämnder och genom utsedda lekmannarevisorer den verksamhet som bedrivits i kommunens företag.",
            "Vi bedömer sammantaget att styrelse och nämnder har bedrivit verksamheten på ett ändamålsenligt "
            "och från ekonomisk synpunkt tillfredsställande sätt, att räkenskaperna i allt väsentligt är "
            "rättvisande och att den interna kontrollen har varit tillräcklig.",
            "Vi uppmanar socialnämnden att stärka den interna kontrollen av köpta placeringar, där avtal och "
            "fakturor i några fall inte har stämt överens.",
            "Vi tillstyrker att kommunfullmäktige beviljar styrelse och nämnder samt de enskilda "
            "förtroendevalda i dessa organ ansvarsfrihet, och att årsredovisningen godkänns.",
            "Älvsunda den 8 april 2026",
            "Gösta Nyrén, ordförande för revisorerna",
        ],
    },
    "tjansteskrivelse-taxor-2027.pdf": {
        "typ": "Tjänsteskrivelse",
        "avsandare": "Socialförvaltningen",
        "datum": "2026-10-26",
        "dnr": "SOC/2026-000187",
        "handlaggare": "Emma Widmark, avgiftshandläggare",
        "titel": "Taxor och avgifter inom äldreomsorg och funktionsstöd 2027",
        "delar": [
            ("rubrik", "Förslag till beslut"),
            "Socialnämnden föreslår kommunfullmäktige besluta",
            ("lista", [
                "att anta taxor och avgifter inom äldreomsorg och funktionsstöd för 2027 enligt bilaga, att gälla från och med den 1 januari 2027, och",
                "att taxan för 2026 upphör att gälla samma dag.",
            ]),
            ("rubrik", "Bakgrund"),
            "När kommunfullmäktige i april 2026 beslutade om motionen om avgiftsfritt trygghetslarm efterfrågades "
            "en samlad översyn av avgifterna inom äldreomsorgen. Förvaltningen har därför gått igenom samtliga "
            "avgifter i taxan.",
            ("rubrik", "Förvaltningens förslag"),
            ("lista", [
                "Avgifterna räknas upp med förändringen av prisbasbeloppet.",
                "Avgiften för trygghetslarm sänks från 290 till 250 kronor per månad, eftersom de digitala larmen är billigare i drift.",
                "En avgift för digital tillsyn nattetid införs, 120 kronor per månad.",
            ]),
            ("rubrik", "Ekonomiska konsekvenser"),
            "Sammantaget beräknas intäkterna bli oförändrade jämfört med 2026. Sänkningen av larmavgiften "
            "vägs upp av den nya avgiften för digital tillsyn och av uppräkningen.",
            ("rubrik", "Omedelbar justering"),
            "För att ärendet ska hinna behandlas av kommunstyrelsen den 24 november och av kommunfullmäktige "
            "den 7 december föreslås att paragrafen förklaras omedelbart justerad.",
        ],
    },
    "bilaga-avgifter-2027.pdf": {
        "typ": "Bilaga",
        "avsandare": "Socialförvaltningen",
        "datum": "2026-10-26",
        "dnr": "SOC/2026-000187",
        "titel": "Avgifter 2027 jämfört med 2026",
        "delar": [
            ("tabell", ["Insats", "2026", "2027 (förslag)"], [
                ["Hemtjänst, per timme", "385 kr", "392 kr"],
                ["Trygghetslarm, per månad", "290 kr", "250 kr"],
                ["Digital tillsyn nattetid, per månad", "0 kr", "120 kr"],
                ["Matdistribution, per portion", "75 kr", "77 kr"],
                ["Korttidsvistelse, kost per dygn", "140 kr", "143 kr"],
                ["Särskilt boende, omvårdnad per månad", "maxtaxan", "maxtaxan"],
            ], [90, 40, 40]),
            "Alla avgifter omfattas av högkostnadsskyddet. Ingen enskild betalar mer än maxtaxan, och ingen "
            "betalar så mycket att förbehållsbeloppet inte räcker.",
        ],
    },
    "tjansteskrivelse-budgetuppfoljning-oktober-2026.pdf": {
        "typ": "Tjänsteskrivelse",
        "avsandare": "Socialförvaltningen",
        "datum": "2026-11-09",
        "dnr": "SOC/2026-000009",
        "handlaggare": "Mikael Rydberg, controller",
        "titel": "Budgetuppföljning oktober 2026",
        "delar": [
            ("rubrik", "Förslag till beslut"),
            "Socialnämnden godkänner budgetuppföljningen per oktober 2026 och helårsprognosen om ett "
            "överskott på 0,4 miljoner kronor.",
            ("rubrik", "Ärendet"),
            ("tabell", ["Verksamhet", "Prognos helår, tkr"], [
                ["Individ- och familjeomsorg", "-600"],
                ["Äldreomsorg", "500"],
                ["Funktionsstöd", "400"],
                ["Gemensamt och ledning", "100"],
                ["Summa", "400"],
            ], [110, 60]),
            "Kostnaderna för köpta placeringar har minskat sedan familjehemsteamet utökades. En del av "
            "överskottet beror på vakanta tjänster inom individ- och familjeomsorgen, som förvaltningen "
            "arbetar med att tillsätta.",
        ],
    },
    "forslag-budget-2027.pdf": {
        "typ": "Förslag",
        "avsandare": "Kommunstyrelsens förvaltning",
        "datum": "2026-11-12",
        "dnr": "KS-2026/00311",
        "handlaggare": "Per Moberg, ekonomichef",
        "titel": "Budget 2027 och ekonomisk plan 2028-2029",
        "delar": [
            ("rubrik", "Förslag till beslut"),
            ("lista", [
                "att fastställa skattesatsen för 2027 till oförändrade 22,85 kronor per skattekrona,",
                "att fastställa driftbudget för 2027 och ekonomisk plan för 2028-2029 enligt bilaga, och",
                "att fastställa investeringsbudget för 2027 till 64 miljoner kronor.",
            ]),
            ("rubrik", "Ramar per nämnd 2027"),
            ("tabell", ["Nämnd", "Ram 2027, mnkr"], [
                ["Kommunstyrelsen", "118,4"],
                ["Barn- och utbildningsnämnden", "312,0"],
                ["Socialnämnden", "336,5"],
                ["Bygg- och miljönämnden", "14,2"],
            ], [120, 50]),
            "Budgeten ger ett resultat på 9,6 miljoner kronor, vilket motsvarar 1,3 procent av skatteintäkter "
            "och generella statsbidrag.",
        ],
    },
    "internkontrollplan-2027.pdf": {
        "typ": "Förslag",
        "avsandare": "Socialförvaltningen",
        "datum": "2026-12-02",
        "dnr": "SOC/2026-000203",
        "handlaggare": "Mikael Rydberg, controller",
        "titel": "Förslag till internkontrollplan 2027 för socialnämnden",
        "delar": [
            "Planen bygger på förvaltningens riskanalys och på revisorernas iakttagelser under 2025 och 2026.",
            ("tabell", ["Kontrollmoment", "Metod", "Ansvarig", "Rapport"], [
                ["Avtal och fakturor för köpta placeringar stämmer överens", "Stickprov, 10 ärenden", "Controller", "Juni, december"],
                ["Delegationsbeslut fattas av rätt delegat", "Stickprov, 20 beslut", "Nämndsekreterare", "Oktober"],
                ["Loggkontroll i journalsystemet", "Månatlig kontroll", "IT-strateg", "December"],
                ["Ej verkställda beslut rapporteras i tid", "Genomgång per kvartal", "Avdelningschefer", "Varje kvartal"],
            ], [64, 40, 34, 32]),
        ],
    },
    "tjansteskrivelse-verksamhetsplan-2027.pdf": {
        "typ": "Tjänsteskrivelse",
        "avsandare": "Socialförvaltningen",
        "datum": "2026-12-02",
        "dnr": "SOC/2026-000230",
        "handlaggare": "Anneli Sjöstrand, socialchef",
        "titel": "Verksamhetsplan 2027",
        "delar": [
            ("rubrik", "Förslag till beslut"),
            "Socialnämnden fastställer verksamhetsplanen för 2027.",
            ("rubrik", "Ärendet"),
            "Verksamhetsplanen utgår från fullmäktiges budget för 2027 och från den strategiska planen. "
            "Förvaltningen föreslår tre prioriterade områden:",
            ("lista", [
                "förebyggande insatser för barn och unga i samarbete med skolan,",
                "fler äldre ska kunna bo kvar hemma med stöd av välfärdsteknik, och",
                "stabil kompetensförsörjning, med färre vakanser inom individ- och familjeomsorgen.",
            ]),
            "Den nya nämnden kan revidera planen vid sitt första sammanträde i januari 2027.",
        ],
    },
    "granskning-detaljplan-norra-hamnen-planbeskrivning.pdf": {
        "typ": "Granskningshandling",
        "avsandare": "Kommunstyrelsen, samhällsbyggnadsenheten",
        "datum": "2026-11-03",
        "dnr": "KS-2024/00276",
        "titel": "Detaljplan för Norra hamnen, del av Älvsunda 4:12 - planbeskrivning",
        "delar": [
            ("rubrik", "Planens syfte"),
            "Syftet med detaljplanen är att omvandla den tidigare hamnplanen till ett bostadsområde med omkring "
            "120 bostäder, en förskola med sex avdelningar och en allmän strandpromenad längs älven.",
            ("rubrik", "Planområdet"),
            "Planområdet ligger cirka 600 meter norr om centrum och omfattar omkring 5,5 hektar. Marken ägs av "
            "kommunen. Området har tidigare använts för hamn- och lagerverksamhet, och en markundersökning har "
            "visat föroreningar som ska åtgärdas innan bostäder byggs.",
            ("rubrik", "Förändringar sedan samrådet"),
            ("lista", [
                "Byggnadshöjden närmast älven har sänkts från fem till fyra våningar.",
                "En ny gång- och cykelväg mot Norrbyn har lagts till.",
                "Lägsta golvnivå har höjts med hänsyn till risken för höga flöden i älven.",
            ]),
            ("rubrik", "Genomförande"),
            "Planen handläggs med utökat förfarande. Antagande i kommunfullmäktige planeras till mars 2027.",
        ],
    },
}

# Protokollsutdrag: filnamn -> (organ, sammanträdesdatum, paragraf). Utdraget
# skrivs ut från det organets protokoll.yml.
UTDRAG: dict[str, tuple[str, str, int]] = {
    "socialnamndens-yttrande-trygghetslarm.pdf": ("socialnamnden", "2026-03-25", 32),
    "protokollsutdrag-socialnamnden-taxor-2027.pdf": ("socialnamnden", "2026-11-18", 105),
}

# --- Text ----------------------------------------------------------------------

_ERSATT = {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2026": "...", "\u00a0": " "}


def latin1(text: str) -> str:
    """Helvetica in a PDF only covers Latin-1: replace typographic dashes and
    quotes, and fail loudly on anything else."""
    for fran, till in _ERSATT.items():
        text = text.replace(fran, till)
    try:
        text.encode("latin-1")
    except UnicodeEncodeError as e:
        raise SystemExit(f"Tecknet {text[e.start]!r} går inte att skriva med Helvetica: {text!r}") from None
    return text


def markdown_delar(text: str) -> list:
    """Turn the small Markdown of a text field (paragraphs, '- ' lists,
    **fetstil**) into parts for `skriv_delar`."""
    delar: list = []
    for stycke in re.split(r"\n\s*\n", text.strip()):
        rader = [r.rstrip() for r in stycke.splitlines()]
        if rader and rader[0].lstrip().startswith("- "):
            punkter: list[str] = []
            for rad in rader:
                if rad.lstrip().startswith("- "):
                    punkter.append(rad.lstrip()[2:].strip())
                elif punkter:
                    punkter[-1] += " " + rad.strip()
            delar.append(("lista", punkter))
        else:
            delar.append(" ".join(r.strip() for r in rader))
    return [re.sub(r"\*\*(.+?)\*\*", r"\1", d) if isinstance(d, str) else
            (d[0], [re.sub(r"\*\*(.+?)\*\*", r"\1", p) for p in d[1]]) for d in delar]


# --- PDF -------------------------------------------------------------------------


class Handling(FPDF):
    def __init__(self, sidhuvud: str):
        super().__init__(format="A4")
        self.sidhuvud = latin1(sidhuvud)
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=18)
        self.set_creation_date(SKAPAD)
        self.set_producer("Nämndsajt, tools/skapa_exempel_pdf.py")
        self.set_creator("Nämndsajt")
        self.set_author(KOMMUN)
        self.set_lang("sv-SE")
        self.alias_nb_pages()

    def header(self):
        self.set_font("Helvetica", "B", 10)
        self.cell(0, 5, latin1(KOMMUN.upper()), new_x="LMARGIN", new_y="TOP")
        self.set_font("Helvetica", "", 9)
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 5, self.sidhuvud, new_x="LMARGIN", new_y="NEXT")
        self.ln(4)


def ny_pdf(titel: str, sidhuvud: str) -> Handling:
    pdf = Handling(sidhuvud)
    pdf.set_title(latin1(titel))
    pdf.add_page()
    return pdf


def skriv_titel(pdf: FPDF, titel: str) -> None:
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 7, latin1(titel), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def skriv_uppgifter(pdf: FPDF, uppgifter: list[tuple[str, str]]) -> None:
    for etikett, varde in uppgifter:
        if not varde:
            continue
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.cell(42, 5, latin1(etikett))
        pdf.set_font("Helvetica", "", 9.5)
        pdf.multi_cell(0, 5, latin1(varde), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def skriv_delar(pdf: FPDF, delar: list) -> None:
    for del_ in delar:
        if isinstance(del_, str):
            pdf.set_font("Helvetica", "", 10.5)
            pdf.multi_cell(0, 5.2, latin1(del_), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif del_[0] == "rubrik":
            pdf.ln(1)
            pdf.set_font("Helvetica", "B", 11.5)
            pdf.multi_cell(0, 6, latin1(del_[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif del_[0] == "lista":
            pdf.set_font("Helvetica", "", 10.5)
            for punkt in del_[1]:
                pdf.set_x(pdf.l_margin + 3)
                pdf.cell(5, 5.2, "-")
                pdf.multi_cell(0, 5.2, latin1(punkt), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif del_[0] == "tabell":
            _, rubriker, rader, bredder = del_
            pdf.set_font("Helvetica", "", 9)
            with pdf.table(col_widths=bredder, width=sum(bredder), align="LEFT", text_align="LEFT",
                           line_height=4.6, padding=1.2, first_row_as_headings=True) as tabell:
                for rad in [rubriker, *rader]:
                    r = tabell.row()
                    for cell in rad:
                        r.cell(latin1(cell))
            pdf.ln(3.5)
        else:
            raise ValueError(f"okänd del: {del_!r}")


def las(fil: Path):
    # BaseLoader: every value stays text, as written ("10:00", "2025-03-28").
    with fil.open(encoding="utf-8") as f:
        return yaml.load(f, Loader=yaml.BaseLoader)


def organ_namn() -> dict[str, str]:
    return {o["slug"]: o["namn"] for o in las(ROT / "site_config.yml")["organ"]}


def forvaringsplats(organ_slug: str, protokoll: dict) -> str:
    """As the generator decides it: the protokoll's own, else the organ's, else the kommun's."""
    config = las(ROT / "site_config.yml")
    organ = next(o for o in config["organ"] if o["slug"] == organ_slug)
    return protokoll.get("förvaringsplats") or organ.get("förvaringsplats") or config["förvaringsplats"]


# --- Documents ----------------------------------------------------------------------


def handling_pdf(namn: str) -> bytes:
    t = TEXTER[namn]
    pdf = ny_pdf(t["titel"], f"{t['avsandare']} - {t['typ'].upper()}")
    skriv_titel(pdf, t["titel"])
    skriv_uppgifter(pdf, [("Datum", t["datum"]), ("Diarienummer", t["dnr"]),
                          ("Handläggare", t.get("handlaggare", ""))])
    skriv_delar(pdf, t["delar"])
    return bytes(pdf.output())


STYRDOKUMENT_TYP = {"delegationsordning": "Delegationsordning", "riktlinje": "Riktlinje", "taxa": "Taxa",
                    "policy": "Policy", "plan": "Plan", "program": "Program", "reglemente": "Reglemente",
                    "föreskrift": "Föreskrift", "annat": "Styrdokument"}


def styrdokument_pdf(namn: str, yml: Path) -> bytes:
    d = las(yml)
    t = TEXTER[namn]
    organ = organ_namn()
    pdf = ny_pdf(d["titel"], "STYRDOKUMENT")
    skriv_titel(pdf, d["titel"])
    dnr = d.get("dnr", "")
    skriv_uppgifter(pdf, [
        ("Dokumenttyp", STYRDOKUMENT_TYP.get(d["typ"], d["typ"])),
        ("Diarienummer", ", ".join(dnr) if isinstance(dnr, list) else dnr),
        ("Beslutsinstans", organ.get(d["beslutad_av"], d["beslutad_av"])),
        ("Fastställd", d["beslutsdatum"] + (f", § {d['paragraf']}" if d.get("paragraf") else "")),
        ("Gäller från", d.get("giltig_från", "")),
        ("Gäller till", d.get("giltig_till", "")),
        ("Revideras senast", d.get("revideras_senast", "")),
        ("Upphävd", d.get("upphävd", "")),
        ("Dokumentansvarig", d.get("dokumentansvarig", "")),
    ])
    skriv_delar(pdf, t["delar"])
    return bytes(pdf.output())


def _personer(lista: list[dict], med_titel: bool = False) -> list[str]:
    rader = []
    for p in lista:
        rad = p["namn"]
        if p.get("parti"):
            rad += f" ({p['parti']})"
        if med_titel and p.get("titel"):
            rad += f", {p['titel']}"
        if p.get("roll"):
            rad += f", {p['roll']}"
        if p.get("ersätter"):
            rad += f", ersätter {p['ersätter']}"
        if p.get("paragrafer"):
            rad += f", § {p['paragrafer']}"
        rader.append(rad)
    return rader


def _namn(p: dict) -> str:
    return f"{p['namn']} ({p['parti']})" if p.get("parti") else p["namn"]


def skriv_paragraf(pdf: FPDF, p: dict) -> None:
    dnr = p.get("dnr", [])
    dnr = ", ".join(dnr) if isinstance(dnr, list) else dnr
    pdf.ln(2)
    if p.get("sekretess") == "true":
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 6, latin1(f"§ {p['nr']} Borttagen på grund av sekretess"), new_x="LMARGIN", new_y="NEXT")
        skriv_uppgifter(pdf, [("Diarienummer", dnr)])
        return
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 6, latin1(f"§ {p['nr']} {p['rubrik']}"), new_x="LMARGIN", new_y="NEXT")
    skriv_uppgifter(pdf, [("Diarienummer", dnr)])
    delar: list = []

    def avsnitt(rubrik: str, innehall: list) -> None:
        if innehall:
            delar.append(("rubrik", rubrik))
            delar.extend(innehall)

    beslut = markdown_delar(p["beslut"]) if p.get("beslut") else []
    if p.get("omedelbart_justerad") == "true":
        beslut.append("Paragrafen förklaras omedelbart justerad.")
    avsnitt("Beslut", beslut)
    avsnitt("Jäv", [f"{_namn(j)} anmäler jäv." + (f" {j['text']}" if j.get("text") else "") for j in p.get("jäv", [])])
    avsnitt("Ärendebeskrivning", markdown_delar(p["ärendebeskrivning"]) if p.get("ärendebeskrivning") else [])
    avsnitt("Yrkanden", [f"{_namn(y)}: {y['text']}" for y in p.get("yrkanden", [])])
    avsnitt("Propositionsordning", markdown_delar(p["propositionsordning"]) if p.get("propositionsordning") else [])
    if p.get("omröstning"):
        o = p["omröstning"]
        avsnitt("Omröstning", [
            "Ja: " + ", ".join(o.get("ja", [])),
            "Nej: " + ", ".join(o.get("nej", [])),
            "Avstår: " + ", ".join(o.get("avstår", [])),
            *markdown_delar(o["resultat"]),
        ])
    avsnitt("Reservationer", [f"{_namn(r)} reserverar sig mot beslutet." + (f" {' '.join(r['text'].split())}" if r.get("text") else "")
                              for r in p.get("reservationer", [])])
    avsnitt("Protokollsanteckningar", [f"{_namn(a)}: {' '.join(a['text'].split())}" if a.get("text") else _namn(a)
                                       for a in p.get("protokollsanteckningar", [])])
    avsnitt("Beslutsunderlag", [("lista", p["beslutsunderlag"])] if p.get("beslutsunderlag") else [])
    avsnitt("Beslutet skickas till", [("lista", p["skickas_till"])] if p.get("skickas_till") else [])
    skriv_delar(pdf, delar)


def protokoll_pdf(mapp: Path, organ_slug: str) -> bytes:
    s = las(mapp / "sammantrade.yml")
    p = las(mapp / "protokoll.yml")
    organ = organ_namn()[organ_slug]
    datum = mapp.name
    j = p["justering"]
    pdf = ny_pdf(f"Sammanträdesprotokoll {organ} {datum}", f"{organ} - SAMMANTRÄDESPROTOKOLL {datum}")
    skriv_titel(pdf, f"Sammanträdesprotokoll, {organ.lower()}")
    tid = s["tid"] + (f"-{s['sluttid']}" if s.get("sluttid") else "")
    skriv_uppgifter(pdf, [
        ("Sammanträdesdatum", datum),
        ("Plats och tid", f"{s['plats']}, kl. {tid}"),
        ("Paragrafer", p.get("omfattar", "")),
        ("Sekreterare", p["sekreterare"]),
        ("Ordförande", j["ordförande"]),
        ("Justerare", ", ".join(j["justerare"]) if isinstance(j["justerare"], list) else j["justerare"]),
        ("Justering", f"{j['plats']}, {j['datum']}" + (f" kl. {j['tid']}" if j.get("tid") else "")),
    ])
    skriv_delar(pdf, [
        ("rubrik", "Tillkännagivande"),
        f"Protokollet är justerat. Justeringen har tillkännagetts på kommunens digitala anslagstavla "
        f"{(p.get('tillkännagivande') or {}).get('publiceras', j['datum'])}. "
        f"Protokollets förvaringsplats: {forvaringsplats(organ_slug, p)}.",
    ])
    n = p.get("närvaro", {})
    skriv_delar(pdf, [
        ("rubrik", "Beslutande"), ("lista", _personer(n.get("beslutande", []))),
        ("rubrik", "Ersättare"), ("lista", _personer(n.get("ersättare", []))),
        ("rubrik", "Övriga närvarande"), ("lista", _personer(n.get("övriga", []), med_titel=True)),
    ])
    for paragraf in p["paragrafer"]:
        skriv_paragraf(pdf, paragraf)
    return bytes(pdf.output())


def utdrag_pdf(organ_slug: str, datum: str, nr: int) -> bytes:
    mapp = INNEHALL / organ_slug / datum
    p = las(mapp / "protokoll.yml")
    organ = organ_namn()[organ_slug]
    paragraf = next(x for x in p["paragrafer"] if x["nr"] == str(nr))
    if paragraf.get("sekretess") == "true":
        raise SystemExit(f"{organ} {datum} § {nr} omfattas av sekretess och får inget utdrag")
    pdf = ny_pdf(f"Protokollsutdrag {organ} {datum} § {nr}", f"{organ} - PROTOKOLLSUTDRAG {datum}")
    skriv_titel(pdf, f"Protokollsutdrag, {organ.lower()} {datum}")
    j = p["justering"]
    omedelbart = paragraf.get("omedelbart_justerad") == "true"
    skriv_uppgifter(pdf, [
        ("Sammanträdesdatum", datum),
        ("Justerat", datum + " (omedelbart justerad paragraf)" if omedelbart else j["datum"]),
    ])
    skriv_paragraf(pdf, paragraf)
    skriv_delar(pdf, [f"Utdraget bestyrks: {p['sekreterare']}, sekreterare"])
    return bytes(pdf.output())


# --- Finding the references -----------------------------------------------------------


def _filer(data, hittade: list[str]) -> None:
    if isinstance(data, dict):
        for nyckel, varde in data.items():
            if nyckel == "fil" and isinstance(varde, str):
                hittade.append(varde)
            else:
                _filer(varde, hittade)
    elif isinstance(data, list):
        for x in data:
            _filer(x, hittade)


def referenser() -> dict[Path, Path]:
    """Every PDF named by a `fil:` key under content/, mapped to the YAML file naming it."""
    svar: dict[Path, Path] = {}
    for yml in sorted(INNEHALL.rglob("*.yml")):
        hittade: list[str] = []
        _filer(las(yml), hittade)
        for fil in hittade:
            svar.setdefault((yml.parent / fil).resolve(), yml)
    return svar


def skapa(pdf_fil: Path, yml: Path) -> bytes:
    namn = pdf_fil.name
    rel = yml.relative_to(INNEHALL)
    if rel.parts[0] == "styrdokument":
        return styrdokument_pdf(namn, yml)
    if namn in UTDRAG:
        return utdrag_pdf(*UTDRAG[namn])
    if yml.name == "protokoll.yml" and las(yml).get("fil") == pdf_fil.relative_to(yml.parent).as_posix():
        return protokoll_pdf(yml.parent, rel.parts[0])
    return handling_pdf(namn)


def main() -> int:
    argp = argparse.ArgumentParser(description="Skapar exempelinnehållets PDF-filer under content/.")
    argp.add_argument("--kontrollera", action="store_true",
                      help="skriv ingenting; kontrollera att PDF-filerna på disk är aktuella")
    args = argp.parse_args()

    refs = referenser()
    saknas = sorted(
        f"{p.relative_to(ROT)} (nämns i {y.relative_to(ROT)})" for p, y in refs.items()
        if p.name not in TEXTER and p.name not in UTDRAG
        and not (y.name == "protokoll.yml" and p.name.startswith("protokoll-"))
    )
    if saknas:
        print("Ingen text för:\n  " + "\n  ".join(saknas), file=sys.stderr)
        return 1
    anvanda = {p.name for p in refs}
    for namn in sorted(set(TEXTER) - anvanda):
        print(f"varning: texten för {namn} används inte av någon YAML-fil", file=sys.stderr)

    inaktuella = []
    for pdf_fil, yml in sorted(refs.items()):
        data = skapa(pdf_fil, yml)
        if len(data) > MAX_STORLEK:
            print(f"varning: {pdf_fil.relative_to(ROT)} är {len(data)} byte", file=sys.stderr)
        if args.kontrollera:
            if not pdf_fil.is_file() or pdf_fil.read_bytes() != data:
                inaktuella.append(pdf_fil.relative_to(ROT))
            continue
        pdf_fil.parent.mkdir(parents=True, exist_ok=True)
        if not pdf_fil.is_file() or pdf_fil.read_bytes() != data:
            pdf_fil.write_bytes(data)
            print(f"skrev {pdf_fil.relative_to(ROT)} ({len(data)} byte)")
    if inaktuella:
        print("Inaktuella eller saknade PDF-filer (kör python tools/skapa_exempel_pdf.py):\n  "
              + "\n  ".join(map(str, inaktuella)), file=sys.stderr)
        return 1
    if args.kontrollera:
        print(f"Alla {len(refs)} PDF-filer är aktuella.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
