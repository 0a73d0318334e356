"""The phrasings of protokoll and kallelser, as data: a table of patterns per field.

Kommuner and their ärendehanteringssystem (Ciceron, Platina, Lex, W3D3, Public 360,
Meetings) write the same thing in many ways: passive and active voice, with or
without the lagrum, in the heading or in the body, abbreviated or not, "§" or
"Paragraf". Each way is one row here, with an example that a test checks against
its own pattern. A new kommun's layout is an added row, not a branch in the code.

Patterns are matched against one normalised line (see `text.normalisera`),
case-insensitively unless a row says otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Fras:
    """One way of writing a field. `varde` is what the row means (a key, a label's
    kind); `saker` is False for a row that only suggests (secrecy: mark and ask)."""

    monster: re.Pattern
    exempel: str
    varde: str = ""
    saker: bool = True


def _f(monster: str, exempel: str, varde: str = "", saker: bool = True, flaggor: int = re.I) -> Fras:
    return Fras(re.compile(monster, flaggor), exempel, varde, saker)


def forsta(tabell: list[Fras], text: str, *, hel: bool = False) -> tuple[Fras, re.Match] | None:
    """The first row of `tabell` whose pattern is found in `text` (the whole text if `hel`)."""
    for rad in tabell:
        m = rad.monster.fullmatch(text) if hel else rad.monster.search(text)
        if m:
            return rad, m
    return None


# --- § headings ----------------------------------------------------------------------
# Named groups: nr, rubrik.

PARAGRAFRUBRIK: list[Fras] = [
    _f(r"^§\s*(?P<nr>\d{1,4})(?!\d)\.?\s*(?:[-–:]\s*)?(?P<rubrik>.*)$", "§ 45 Strategisk plan - dialog"),
    _f(r"^§\s*(?P<nr>\d{1,4})(?!\d)\.?\s*(?:[-–:]\s*)?(?P<rubrik>.*)$", "§12. Val av justerare"),
    _f(r"^paragraf\s+(?P<nr>\d{1,4})(?!\d)\s*[.:–-]?\s*(?P<rubrik>.*)$", "Paragraf 7: Budget 2027"),
    _f(r"^par\.\s*(?P<nr>\d{1,4})(?!\d)\s*[.:–-]?\s*(?P<rubrik>.*)$", "Par. 7 Budget 2027"),
]

# A diarienummer line under the heading, and one at the end of the heading itself.
DNR: list[Fras] = [
    _f(r"^(?:diarienr|diarienummer|dnr|ärendenr|ärendenummer|ärende nr|beteckning)\.?\s*:?\s*(?P<dnr>.*)$", "Diarienr 25SN63"),
    _f(r"^(?:diarienr|diarienummer|dnr|ärendenr|ärendenummer|ärende nr|beteckning)\.?\s*:?\s*(?P<dnr>.*)$", "Dnr: KS 2026/114"),
    _f(r"^(?P<dnr>[A-ZÅÄÖ]{1,5}[ -]\d{4}/\d{1,6}(?:[-.:]\d+)*)$", "KS 2026/95", flaggor=0),  # the number alone
]
_DNR_VARDE = r"[A-ZÅÄÖ]{1,8}[ -]?\d{2,4}[/-]\d+(?:[-./]\d+)*|\d{2}[A-ZÅÄÖ]{1,4}\d+(?:-\d+)?|\d{4}/\d+(?:[-./]\d+)*"
DNR_I_RUBRIK: list[Fras] = [
    _f(rf"\s*\((?:[Dd]nr\.?:?\s*)?(?P<dnr>{_DNR_VARDE})\)\s*$", "Budget 2027 (KS 2026/114)", flaggor=0),
    _f(rf"\s*\((?:[Dd]nr\.?:?\s*)?(?P<dnr>{_DNR_VARDE})\)\s*$", "Budget 2027 (Dnr 2026/114)", flaggor=0),
    _f(rf"\s+(?:[-–]\s+)?(?:Dnr|Diarienr|DNR)\.?:?\s*(?P<dnr>{_DNR_VARDE})\s*$", "Budget 2027 Dnr KS-2026/114", flaggor=0),
    _f(r"^(?:Dnr|Diarienr|DNR)\b\.?:?\s*(?P<dnr>\S.*)$", "Dnr KS 2026/45", flaggor=0),  # the heading is only its dnr
    _f(r"\s{1,}(?P<dnr>[A-ZÅÄÖ]{1,5}[ -]\d{4}/\d{1,6}(?:[-.:]\d+)*)\s*$", "Motion om cykelväg KS 2026/80", flaggor=0),
]

# --- Secrecy ---------------------------------------------------------------------------
# Any wording that says the § is covered by sekretess or is not published. `saker=False`:
# the wording only suggests it; the § is still marked sekretess and the report asks the
# secretary to check. Rows with saker=False are tried only on a § heading and on a short
# line standing alone, never inside running text.

_AMNE = r"(?:paragrafen|ärendet|beslutet|protokollet|punkten|denna paragraf|detta ärende|texten|innehållet|informationen|uppgifterna(?: i ärendet)?|§\s*\d+)"
SEKRETESS: list[Fras] = [
    _f(r"^(?:(?:borttagen|borttaget|utelämnad|utelämnat|struken|struket|dold|dolt)\s+)?(?:på grund av|p\.?\s?g\.?\s?a\.?|med hänsyn till|av hänsyn till)\s+sekretess\b",
       "Borttagen på grund av sekretess"),
    _f(r"^(?:borttagen|borttaget|utelämnad|utelämnat|struken|struket)\s+(?:enligt|enl\.?)\s+(?:osl|offentlighets- och sekretesslagen)\b",
       "Utelämnad enligt OSL"),
    _f(r"^sekretess(?:ärende|belagd paragraf)?\s*[.:]?$", "Sekretess"),
    _f(r"\s[–-]\s+(?:omfattas av |med |under )?sekretess\b", "Ansökan om bistånd – omfattas av sekretess"),
    _f(r"^sekretess\s*[:,–-]?\s*(?:enl(?:igt|\.)?\s+)?(?:osl\b|offentlighets- och sekretesslagen|\d{1,2}\s*kap)", "Sekretess enligt OSL 26 kap. 1 §"),
    _f(rf"\b{_AMNE}\b[^.]{{0,60}}?\b(?:omfattas|omfattades|är|var|har|belagts?)\s+(?:belagd?t?\s+med\s+|av\s+|under\s+)?sekretess\b",
       "Paragrafen omfattas av sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen."),
    _f(r"^omfattas av sekretess\b", "Omfattas av sekretess (OSL 26:1)"),
    _f(r"\bsekretessbelag(?:d|t|da)\b", "Ärendet är sekretessbelagt"),
    _f(r"\bsekretessprövad(?:e|t)?\b[^.]{0,40}?\b(?:(?:inte|ej)\s+(?:publiceras|offentlig)|publiceras\s+(?:inte|ej))", "Sekretessprövad, publiceras inte"),
    _f(rf"\b{_AMNE}\b[^.]{{0,40}}?\b(?:publiceras|redovisas|återges|visas|lämnas ut|offentliggörs)\s+(?:inte|ej)\b",
       "Paragrafen publiceras inte på grund av personuppgifter."),
    _f(rf"\b{_AMNE}\b[^.]{{0,40}}?\b(?:publiceras|redovisas|återges|visas)\s+(?:inte|ej)\s+(?:i|på)\b",
       "Beslutet redovisas inte i den publicerade versionen"),
    _f(r"^(?:ej|inte)\s+(?:för\s+)?(?:publicering|offentlig|offentligt|publicerad|publicerat|publiceras)\b", "Ej för publicering"),
    _f(r"^publiceras\s+(?:ej|inte)\b", "Publiceras ej"),
    _f(r"^(?:ej|inte) offentlig\b", "Ej offentlig handling"),
    _f(r"\bosl\s*\d{1,2}\s*(?::|kap\.?)\s*\d", "Individärende enl. OSL 26:1"),
    _f(r"\b\d{1,2}\s*kap\.?\s*\d{1,2}\s*(?:och\s+\d{1,2}\s*)?§§?\s*(?:offentlighets- och sekretesslagen|osl)\b", "Se 26 kap. 1 § OSL"),
    # Only suggests: mark sekretess and ask.
    _f(r"\bsekretess|\bsekr\.", "Sekr.", saker=False),
    _f(r"^(?:individärende|personärende|enskilt ärende|ärende enligt (?:lvu|lvm|sol|lss))\b", "Individärende", saker=False),
    _f(r"\boffentlighets- och sekretesslagen\b|\bosl\b", "Se OSL", saker=False),
]

# --- Omedelbar justering ----------------------------------------------------------------
# A line that says only this is taken by the field; elsewhere the words mark the § and
# stay in the text. OMEDELBART_I_RUBRIK is cut off the § heading.

_JUSTERAD = r"(?:justerad|justerat|justerade|just\.)"
OMEDELBART: list[Fras] = [
    _f(rf"^(?:[-–•]\s*)?(?:att\s+)?(?:förklara\s+)?(?:paragrafen|beslutet|denna paragraf|§\s*\d+)\s+(?:förklaras|förklarades|är|blir|anses|ska vara)\s+omedelbart\s+{_JUSTERAD}\.?$",
       "Paragrafen förklaras omedelbart justerad."),
    _f(r"^(?:[-–•]\s*)?(?:att\s+)?(?:paragrafen|beslutet|denna paragraf)\s+(?:justeras|justerades)\s+(?:omedelbart|direkt|omgående)(?:\s+(?:vid|på|under|i)\s+sammanträdet)?\.?$",
       "Paragrafen justeras omedelbart."),
    _f(rf"^(?:[-–•]\s*)?(?:att\s+)?förklara\s+(?:paragrafen|beslutet)\s+omedelbart\s+{_JUSTERAD}\.?$", "att förklara paragrafen omedelbart justerad"),
    _f(rf"^(?:[\wåäö-]+\s+){{0,3}}(?:förklarar|förklarade)\s+(?:paragrafen|beslutet)\s+(?:som\s+)?omedelbart\s+{_JUSTERAD}\.?$",
       "Nämnden förklarar paragrafen omedelbart justerad."),
    _f(r"^omedelbar justering\.?$", "Omedelbar justering"),
    _f(rf"^omedelbart\s+{_JUSTERAD}(?:\s+paragraf)?\.?$", "Omedelbart justerad"),
    _f(r"^(?:justeras|justerades|justerad|justerat)\s+(?:omedelbart|direkt)(?:\s+(?:vid|på|under|i)\s+sammanträdet)?\.?$", "Justerades omedelbart vid sammanträdet"),
    _f(r"^(?:paragrafen|beslutet)\s+(?:är|blev)\s+justerad?t?\s+(?:vid|på|under|i)\s+sammanträdet\.?$", "Paragrafen är justerad vid sammanträdet."),
]
# Anywhere in a § text: the § is omedelbart justerad, the sentence stays.
OMEDELBART_I_TEXT: list[Fras] = [
    _f(rf"\bomedelbart\s+{_JUSTERAD}", "samt att förklara paragrafen omedelbart justerad."),
    _f(r"\bjusteras\s+omedelbart\b", "och att beslutet justeras omedelbart."),
    _f(r"\bomedelbar justering\b", "Beslutet fattades med omedelbar justering."),
]
OMEDELBART_I_RUBRIK: list[Fras] = [
    _f(rf"\s*[(\[]\s*(?:omedelbart\s+{_JUSTERAD}|omedelbar\s+justering|omedelbart\s+justerad\s+paragraf)\s*[)\]]\s*$", "Val av ombud (omedelbart justerad)"),
    _f(rf"\s+[–-]\s+(?:omedelbart\s+{_JUSTERAD}|omedelbar\s+justering)\s*$", "Val av ombud – omedelbar justering"),
]

# --- Section headings inside a § -----------------------------------------------------------
# `varde` is the key the section fills; "övrigt" has no key of its own and goes last in
# ärendebeskrivning under its own heading. Matched against the whole lower-cased heading.

AVSNITT: list[Fras] = [
    _f(r"(?:[\wåäö-]+s\s+)?beslut(?:et)?", "Beslut", "beslut"),
    _f(r"(?:[\wåäö-]+s\s+)?beslut(?:et)?", "Kommunstyrelsens beslut", "beslut"),
    _f(r"förslag till beslut(?: [\wåäö ]{1,40})?|[\wåäö-]+s förslag(?: till beslut)?|beslutsförslag", "Förslag till beslut", "förslag"),
    _f(r"ärendebeskrivning|ärendet|beskrivning av ärendet|sammanfattning(?: av ärendet)?|bakgrund", "Ärendebeskrivning", "ärendebeskrivning"),
    _f(r"yrkanden?(?: under sammanträdet| på sammanträdet)?|förslag under sammanträdet", "Yrkanden", "yrkanden"),
    _f(r"yrkanden?(?: under sammanträdet| på sammanträdet)?|förslag under sammanträdet", "Yrkande under sammanträdet", "yrkanden"),
    _f(r"propositionsordning|proposition|beslutsgång|beslutsordning|ordförandens proposition|[\wåäö-]+s (?:beslutsordning|beslutsgång)",
       "Propositionsordning", "propositionsordning"),
    _f(r"propositionsordning|proposition|beslutsgång|beslutsordning|ordförandens proposition|[\wåäö-]+s (?:beslutsordning|beslutsgång)",
       "Beslutsgång", "propositionsordning"),
    _f(r"omröstning|votering|omröstningsresultat|omröstning begärs|omröstning genomförs|voteringsresultat", "Omröstning", "omröstning"),
    _f(r"omröstning|votering|omröstningsresultat|omröstning begärs|omröstning genomförs|voteringsresultat", "Votering", "omröstning"),
    _f(r"reservation(?:er)?|reservationer mot beslutet|reservation anmäls", "Reservation", "reservationer"),
    _f(r"protokollsanteckning(?:ar)?|anteckning till protokollet", "Protokollsanteckning", "protokollsanteckningar"),
    _f(r"jäv", "Jäv", "jäv"),
    _f(r"beslutsunderlag|underlag för beslut(?:et)?|handlingar i ärendet", "Beslutsunderlag", "beslutsunderlag"),
    _f(r"(?:beslut(?:et)?(?: ska)? (?:skickas|expedieras) till|skickas till|expedieras till|expediering|för kännedom till|beslutet delges)",
       "Beslutet skickas till", "skickas_till"),
    _f(r"anmälda handlingar|beredningsansvarig[a]?|ärendets beredning|beredning|barnkonsekvensanalys|ekonomiska konsekvenser|konsekvenser|"
       r"jämställdhetsperspektiv|juridiska konsekvenser|bedömning|förvaltningens bedömning|motivering|överväganden?|[\wåäö-]+s behandling av ärendet",
       "Förvaltningens bedömning", "övrigt"),
]

# A sentence that is a reservation, yrkande or omröstning without a heading before it:
# the line opens a section of that key and belongs to it.
AVSNITT_I_TEXT: list[Fras] = [
    _f(r"^mot beslutet reserverar sig\b.*", "Mot beslutet reserverar sig Per Holm (M).", "reservationer"),
    _f(r"^reservation(?:er)? (?:anmäls|anmäldes|lämnas|lämnades) av\b.*", "Reservation anmäls av Per Holm (M).", "reservationer"),
    _f(r"^[A-ZÅÄÖ][\w'’.-]*(?:\s+[A-ZÅÄÖ][\w'’.-]*)+\s*\([^()]{1,12}\)(?:\s*(?:,|och)\s*[A-ZÅÄÖ][\w'’.-]*(?:\s+[A-ZÅÄÖ][\w'’.-]*)+\s*\([^()]{1,12}\))*\s+reserverar sig\b.*",
       "Per Holm (M) och Eva Berg (V) reserverar sig mot beslutet.", "reservationer", flaggor=0),
    _f(r"^omröstning (?:begärs|begärdes|verkställs|verkställdes|genomförs|genomfördes)\b.*", "Omröstning begärs och verkställs.", "omröstning"),
]

# How a yrkande or reservation names its people: the other word orders are turned
# into "NAMN (PARTI) VERB TEXT" (group vem = the people, text = the rest) before reading.
STALLNINGSTAGANDE_OMVANT: list[Fras] = [
    _f(r"^(?P<text>bifall|avslag|återremiss|ändring|tillägg)[^.]*?\s+(?:yrkas|yrkades|föreslås|föreslogs)\s+av\s+(?P<vem>.+?)\.?$",
       "Bifall yrkas av Anna Ek (S).", "yrkar"),
    _f(r"^mot beslutet reserverar sig\s+(?P<vem>.+?)(?P<text>(?:\s+(?:till förmån för|med motiveringen)\b.*)?)\.?$",
       "Mot beslutet reserverar sig Per Holm (M) till förmån för eget yrkande.", "reserverar sig"),
    _f(r"^reservation(?:er)? (?:anmäls|anmäldes|lämnas|lämnades) av\s+(?P<vem>.+?)(?P<text>(?:\s+(?:till förmån för|med motiveringen)\b.*)?)\.?$",
       "Reservation anmäls av Per Holm (M) och Eva Berg (V).", "reserverar sig"),
]

# --- The head: labels and what they hold -----------------------------------------------------
# `varde` is the kind of value. The longest label that starts a line wins (see `etikett`).

_ETIKETTER = [
    ("sammanträdesdatum", "datum"), ("mötesdatum", "datum"), ("sammanträdesdag", "datum"), ("sammanträdets datum", "datum"),
    ("plats och tid", "plats_tid"), ("tid och plats", "plats_tid"), ("plats", "plats_tid"), ("lokal", "plats_tid"),
    ("tid", "tid"), ("klockan", "tid"), ("sammanträdestid", "tid"),
    ("beslutande ledamöter", "beslutande"), ("beslutande", "beslutande"), ("tjänstgörande ledamöter", "beslutande"),
    ("närvarande ledamöter", "beslutande"), ("tjänstgörande ersättare", "beslutande"), ("ledamöter", "beslutande"),
    ("ej tjänstgörande ersättare", "ersättare"), ("icke tjänstgörande ersättare", "ersättare"),
    ("närvarande ersättare", "ersättare"), ("ersättare", "ersättare"), ("ersättare som inte tjänstgör", "ersättare"),
    ("övriga deltagare", "övriga"), ("övriga närvarande", "övriga"), ("övriga deltagande", "övriga"), ("övriga", "övriga"),
    ("närvarande tjänstepersoner", "övriga"), ("tjänstepersoner", "övriga"), ("närvarande tjänstemän", "övriga"),
    ("deltagande tjänstemän", "övriga"), ("deltagande tjänstepersoner", "övriga"), ("tjänstemän", "övriga"),
    ("sekreterare", "sekreterare"), ("protokollförare", "sekreterare"), ("sekr.", "sekreterare"),
    ("justeringens plats och tid", "justering"), ("justeringens plats och datum", "justering"), ("justering", "justering"),
    ("justeringens tid och plats", "justering"), ("tid och plats för justering", "justering"),
    ("datum och plats för justering", "justering"), ("plats och datum för justering", "justering"),
    ("justeringsdatum", "justeringsdag"), ("datum för justering", "justeringsdag"), ("justerat", "justeringsdag"),
    ("justeringsdag", "justeringsdag"), ("justeringsplats", "justeringsplats"), ("plats för justering", "justeringsplats"),
    ("utses att justera", "justerare"), ("justerare", "justerare"), ("justerande", "justerare"), ("justeras av", "justerare"),
    ("ordförande", "ordförande"), ("ordf.", "ordförande"),
    ("paragrafer", "omfattar"), ("protokollet omfattar", "omfattar"), ("paragraf", "omfattar"), ("omfattar", "omfattar"),
    ("beslutsinstans", "organ"), ("organ", "organ"), ("sammanträdesprotokoll", "organ"), ("protokoll för", "organ"),
    ("publiceras", "publiceras"), ("datum för anslags uppsättande", "publiceras"), ("datum då anslaget sätts upp", "publiceras"),
    ("anslaget uppsatt", "publiceras"), ("anslag uppsatt", "publiceras"), ("anslagsdatum", "publiceras"),
    ("anslaget sätts upp", "publiceras"), ("datum för tillkännagivande", "publiceras"), ("tillkännagivet", "publiceras"),
    ("tillkännagiven", "publiceras"), ("anslaget publiceras", "publiceras"), ("uppsatt på anslagstavlan", "publiceras"),
    ("avpubliceras", "avpubliceras"), ("datum för anslags nedtagande", "avpubliceras"), ("datum då anslaget tas ned", "avpubliceras"),
    ("anslaget nedtas", "avpubliceras"), ("anslaget tas ned", "avpubliceras"), ("anslaget tas ner", "avpubliceras"),
    ("nedtaget", "avpubliceras"), ("anslaget nedtaget", "avpubliceras"), ("tas ner från anslagstavlan", "avpubliceras"),
    ("protokollets förvaringsplats", "förvaringsplats"), ("förvaringsplats för protokollet", "förvaringsplats"),
    ("förvaringsplats", "förvaringsplats"), ("protokollet förvaras", "förvaringsplats"),
    ("tillkännages av", "utelämnad"),
]
ETIKETTER: list[Fras] = sorted(
    (_f(rf"^{re.escape(namn)}(?=$|[ :,\t])[ :,\t]*(?P<varde>.*)$", f"{namn.capitalize()} …", typ) for namn, typ in _ETIKETTER),
    key=lambda f: -len(f.monster.pattern),
)
LISTOR = {"beslutande", "ersättare", "övriga", "justerare"}

# Whole sentences that carry a head value: "Anslaget sätts upp 2026-03-31 och tas ner 2026-04-22."
# Named groups give the values: publiceras, avpubliceras, dag, plats.
HUVUDMENINGAR: list[Fras] = [
    _f(r"^(?:anslaget|protokollet|tillkännagivandet)\s+(?:sätts upp|anslås|publiceras)\s+(?:den\s+)?(?P<publiceras>\d{4}-\d{2}-\d{2})\s+och\s+(?:tas ne[rd]|nedtas|avpubliceras)\s+(?:den\s+)?(?P<avpubliceras>\d{4}-\d{2}-\d{2})\.?$",
       "Anslaget sätts upp 2026-03-31 och tas ner 2026-04-22.", "anslag"),
    _f(r"^(?:justeringen|protokollet)\s+(?:har\s+)?(?:tillkännagivits|tillkännages|anslagits|anslås)\s+(?:på\s+(?:kommunens\s+)?(?:digitala\s+)?anslagstavla(?:n)?\s+)?(?:den\s+)?(?P<publiceras>\d{4}-\d{2}-\d{2})\.?$",
       "Justeringen har tillkännagivits på anslagstavlan 2026-03-31.", "anslag"),
    _f(r"^(?:protokollet\s+)?(?:justeras|justerades)\s+(?P<plats>digitalt|på distans|elektroniskt)\s+(?:den\s+)?(?P<dag>\d{4}-\d{2}-\d{2})\.?$",
       "Protokollet justeras digitalt den 2026-03-30.", "justering"),
    _f(r"^(?:protokollet\s+)?(?:justeras|justerades|justerat)\s+(?:den\s+)?(?P<dag>\d{4}-\d{2}-\d{2})(?:\s+(?:kl\.?\s*\d{1,2}[.:]\d{2}\s+)?(?:på|i|via|genom)\s+(?P<plats>.+?))?\.?$",
       "Protokollet justeras den 2026-03-30 på Kommunkansliet.", "justering"),
]

# --- Known text the site writes itself, or that only belongs on paper ---------------------------

STANDARDTEXT: list[Fras] = [
    _f(r"^protokolljustering$", "Protokolljustering", "rubrik i protokollets huvud"),
    _f(r"^följande (?:parter|personer) justerar .*", "Följande parter justerar detta protokoll genom digital signering.", "standardtext om justeringen"),
    _f(r"^(?:tillkännagivande|anslag(?:/bevis)?|bevis om anslag|anslagsbevis|bevis om justering)$", "Anslag/bevis",
       "rubrik för tillkännagivandet; webbplatsen skriver det själv"),
    _f(r"^protokollet är justerat\..*|^justeringen (?:har )?(?:tillkännagivits|tillkännages|tillkännagetts).*",
       "Protokollet är justerat. Justeringen tillkännages på kommunens digitala anslagstavla.",
       "standardtext om tillkännagivandet; webbplatsen skriver den själv"),
    _f(r"^se sida \d+\.?$|^se bilaga\.?$|^se närvarolista.*", "Se sida 2", "hänvisning till en annan sida i PDF:en"),
    _f(r"^underskrifter$", "Underskrifter", "underskrifter hör till pappersprotokollet"),
    _f(r"^paragrafen är justerad\.?$", "Paragrafen är justerad", "uppgift som bara hör till ett protokollsutdrag"),
    _f(r"^(?:justerares sign.*|justerandes? sign.*|utdraget bestyrks.*|rätt utdraget intygar.*|utdragsbestyrkande.*)$", "Utdraget bestyrks",
       "underskrifter hör till pappersprotokollet"),
    _f(r"^[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s[\wåäöÅÄÖ-]+)?\s+kommun$", "Norrvik kommun", "kommunens namn i brevhuvudet; webbplatsen skriver det själv"),
    _f(r"^(?:sammanträdes)?protokoll(?:sutdrag)?$|^mötesprotokoll$|^protokoll$|^utdrag ur (?:sammanträdes)?protokoll$", "Protokollsutdrag",
       "dokumentets rubrik"),
]

# --- What kind of document -------------------------------------------------------------------------

PROTOKOLLSIGNAL: list[Fras] = [
    _f(r"^\s*(?:sammanträdesprotokoll|protokollsutdrag|mötesprotokoll|utdrag ur (?:sammanträdes)?protokoll(?:et)?|justeringens plats|protokollet omfattar)",
       "Sammanträdesprotokoll Socialnämnden"),
    _f(r"^(?:protokoll|protokollsutdrag)\s+(?:från|för|vid)\s+\S", "Protokoll från kommunstyrelsens sammanträde"),
]
PROTOKOLLTITEL = re.compile(r"(?:^|[\s,-])(?:sammanträdesprotokoll|protokollsutdrag|mötesprotokoll)\b", re.I)
UTDRAG = re.compile(r"\b(?:protokollsutdrag|utdrag ur (?:sammanträdes)?protokoll)", re.I)

KALLELSESIGNAL: list[Fras] = [
    _f(r"\bkallas\s+(?:härmed\s+)?(?:till\s+)?(?:sammanträde|möte|extra sammanträde)\b", "Socialnämnden kallas härmed till sammanträde"),
    _f(r"^kallelse(?: till sammanträde| och föredragningslista)?$", "Kallelse"),
    _f(r"^kallelse till\s+[\wåäö -]+(?:s)?\s+sammanträde\b", "Kallelse till kommunstyrelsens sammanträde"),
]

# A kallelse's head written as labels instead of one sentence. Named group: varde.
# `varde` of the row: "tid" (day and time), "plats", "organ".
KALLELSEHUVUD: list[Fras] = [
    _f(r"^(?:tid|tidpunkt|datum och tid|dag och tid|när)\s*:?\s+(?P<varde>.*\d.*)$", "Tid: tisdag 14 april 2026 kl. 13.00", "tid"),
    _f(r"^(?:plats|lokal|var|mötesplats)\s*:?\s+(?P<varde>\S.*)$", "Plats: Granby skola, aulan", "plats"),
    _f(r"^kallelse till\s+(?:sammanträde med\s+)?(?P<varde>[\wåäöÅÄÖ -]+?(?:nämnden|styrelsen|fullmäktige|utskottet))s?(?:\s+sammanträde)?$",
       "Kallelse till barn- och utbildningsnämndens sammanträde", "organ"),
]
