"""Where a happening took place: of the place names in its sentence, the one its clause locates it at ("in Sukma
District", "at Kunna village", "near Kidal", "stormed the garrison town of Monguno", "Damascus fell") — not a
reference point ("15 km south of El Fasher"), a destination ("a convoy bound for Djibo", "taken to hospitals in
Raipur" is still a place, but "to Karachi" is not), an origin ("from Quetta"), a dateline ("BAMAKO —"), a sea, a
country's adjective ("Israeli jets") or a government named by its capital ("Moscow accused…").

A name the text introduces as a place but nothing could place (a village the gazetteer lacks) is kept: the event
is put at the finest place that contains it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from conflictmap.events import lexicon
from conflictmap.geoparser.districts import INSIDE
from conflictmap.geoparser.introduced import BUILDING
from conflictmap.geoparser.placed import Placed, Unplaced
from conflictmap.geoparser.binding import AIMED_AT, BORDER_WITH, backer_before, whose_after
from conflictmap.geoparser.vocabulary import WATER_WORDS

_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|near|outside|inside|around|across|throughout|within|on|off|in and around|on the outskirts of|"
    r"outskirts of|on the edge of|edge of|the heart of|centre of|center of|parts of|areas? of|district of|"
    r"province of|region of|state of|town of|city of|village of|villages of|towns of|cities of|camp of|port of|"
    r"capital,?|hub of|suburbs? of|neighbou?rhoods? of|streets of|area|areas|"
    r"(?:" + lexicon.family("people").pattern("many") + r"|witnesses) of)\s+"
    r"(?:(?:the|a|an|its|their|his|her|northern|southern|eastern|western|north|south|east|west|northeast|northwest|"
    r"southeast|southwest|north-eastern|north-western|south-eastern|south-western|central|rural|downtown|central|"
    r"besieged|restive|volatile|remote|neighbouring|neighboring|coastal|nearby|strategic|key|garrison|border|"
    r"oil|port|frontline|main|largest|second-largest|capital|busy|southern|[\w-]+'s|[\w-]+’s)\s+){0,4})$", re.I)
# whose people they are, not where they were: "One peacekeeper from Rwanda was killed in the fighting"
PEOPLE_FROM = re.compile(r"\b(?:(?:peacekeepers?|soldiers?|troops|nationals?|"
                         r"mercenaries|volunteers?|contingents?|" + lexicon.family("people").pattern() + r")|"
                         r"(?:who|that)\s+(?:were|was|are|is|came|come)"
                         r"(?:\s+originally)?)\s+from\s+(?:the\s+)?$", re.I)  # (… "passengers who were from Punjab")
_ORIGIN = re.compile(r"\b(?:from|out of)\s+(?:(?:the|a|an|neighbouring|neighboring)\s+)?$", re.I)
# Where a weapon was fired from, not what it hit: "a cruise missile fired from a frigate in the Mediterranean"
LAUNCHED_FROM = re.compile(r"\b(?:fired|launched)\s+from\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,3}?"
                           r"(?:in|off|over|on)\s+(?:the\s+)?$", re.I)
_ROUTE_ON = re.compile(r"\s+to\s+(?:the\s+)?(?-i:[A-Z])")
# A weapon fired, and where it was aimed: "fired rockets from Gaza toward Ashkelon" (binding.AIMED_AT: the words)
_FIRED = re.compile(r"\b(?:fired|launched|lobbed)\b", re.I)
DESTINATION = re.compile(r"\b(?:to(?!\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\b)|"
                          r"towards?|toward|bound for|headed for|heading for|on the road to|road to|"
                          r"route to|way to|gateway to)\s+(?:(?:the|a|an)\s+)?"
                          r"(?:(?!(?:in|at|near|inside|outside)\s)[\w-]+\s+){0,4}$", re.I)  # (not "forced it to stop in")
REFERENCE = re.compile(r"\b(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
                        r"south-east|south-west)(?:ern)?\s+of|km|kilometres|kilometers|miles|metres|meters)\s+"
                        r"(?:from\s+|of\s+)?(?:the\s+)?(?:(?:[a-z-]+\s+)?(?:city|town|village)\s+of\s+)?$",
                        re.I)  # ("within 10 km of the eastern city of Pokrovsk")
_APPOSITION = re.compile(
    r"^,\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}(?:capital|town|city|village|settlement|province|region|district|"
    r"county|state|suburbs?|outskirts|area|hub|port|camp|airport|air\s?base|base|neighbou?rhood|quarter|market)\s+"
    r"(?:of\s+(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+)?[\d.,]+(?:\s+(?:million|thousand))?\s+"
    r"(?:people|residents|inhabitants)\s+)?"  # ("Marawi, a city of 200,000 people on the island of Mindanao")
    r"(?:of|in|"
    r"on)\s+(?:the\s+)?(?:[\w-]+'s\s+)?(?:[\w-]+\s+){0,3}$"
    r"|^,?\s+(?:about|some|around|roughly|nearly)?\s*[\d.,]+\s*(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+){0,2}"
    r"(?:of|from)\s+(?:the\s+)?$"
    r"|^,\s+(?:(?:on|near|along|close\s+to|by|at)\s+)?(?:the|its)\s+(?:\w+\s+)?(?:border|frontier)s?\s+(?:with|of)\s+"
    r"(?:the\s+)?$", re.I)  # ("Maungdaw, on the border with Bangladesh": where Maungdaw is, not a second place)
# ("which Ankara calls Olive Branch": a capital as its government)
_SOURCE_AFTER = re.compile(r"^(?:'s|’s)?\s*(?:has\s+|had\s+|have\s+)?(?:said|says|welcomed|accused|condemned|denied|"
                           r"warned|urged|calls?|called|dubbed|names?|named|announced|claimed|rejected|insisted|"
                           r"demanded|blamed|vowed|denies|rejects|insists|warns|accuses|blames|condemns|claims|"
                           r"urges|vows|demands)\b", re.I)  # ("a charge Kigali denies")
_GOVERNMENT_AFTER = re.compile(r"^(?:'s|’s)?\s+(?:top\s+|chief\s+|senior\s+|main\s+|new\s+)?(?:government|army|"
                               r"military|forces|troops|defence|defense|foreign|interior|health|president|prime|police|"
                               r"ministry|navy|air force|officials|leaders?|authorities|soldiers|armed|commanders?|"
                               r"spokes(?:man|woman|person)|minister)\b", re.I)
_WATER = re.compile(r"\b(?:" + "|".join(WATER_WORDS) + r")$", re.I)
KIND_OF = re.compile(r"\s+(?:(?:province|region|state|governorate)\s+(?:district|county|township)|(?:[a-z-]+\s+)?(?:town|"
                      r"city|village|port|capital|camp|settlement))\s+of\s+(?-i:[A-Z])")  # ("the North Kivu town of Beni",
# "the Kandahar province district of Arghandab"; not "the Al-Mansura district of Aden", a district of the city)
# a speaker placed by a facility they speak from ("a medical source at the Habbaniya base said", "a doctor at the
# Nasser hospital told reporters"): where the speaker is, not where the happening was
_SPEAKER_AT = re.compile(r",\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:sources?|officials?|doctors?|officers?|"
                         r"spokes(?:man|woman|person))\s+(?:at|in|from)\s+(?:the\s+|a\s+)?$", re.I)
_SPEAKER_PLACE = re.compile(r"\s+(?:[\w-]+\s+)?(?:base|air ?base|hospital|clinic|morgue|office|headquarters|ministry)"
                            r"(?:\s+in\s+[\w\s-]{1,30}?)?,?\s+(?:said|says|told|reported|confirmed)\b", re.I)
_DATELINE = re.compile(r"^\s*[,(]|^\s*[—–-]\s")


NOT_PLACED = " could not be placed:"  # (how an event's note begins when its own place is not known)


def not_placed(ev) -> bool:
    """Is the event (:class:`~.extract.Event`) at a region or country that holds its place, which nothing could
    place?"""
    return ev.geo_note.startswith(ev.location + NOT_PLACED)


@dataclass(frozen=True)
class Spot:
    """A place name in a sentence (offsets into the sentence): placed by the pipeline, or not."""

    start: int
    end: int
    name: str
    placed: Placed | None
    unplaced: Unplaced | None = None
    sentence: int | None = None  # set when the spot is another sentence's ("…both towns": the towns named before)
    facility: str = ""  # "International Airport": the spot names a facility of the town (see :func:`facility_of`)

    @property
    def feature(self) -> str:
        return self.placed.toponym.feature if self.placed else "place"

    @property
    def adjective(self) -> bool:
        return bool(self.placed and self.placed.toponym.demonym)


# The kinds of facility named after the town they serve ("Tripoli International Airport", "the Maghazi camp", "Mosul
# Dam", "Rafah crossing"), as GeoNames' spot features are (AIRP, AIRB, CMPRF, PRN, DAM, BDG, PSTB, PRT).
_FACILITY = re.compile(r"\s+(?:(?:International|Military|international|military|Refugee|refugee|Border|border)\s+)?"
                       r"(?:Airport|Air ?[Bb]ase|Airfield|Camp|Prison|Refinery|Crossing|Dam|Bridge|Port|"
                       r"airport|air ?base|airfield|camp|prison|refinery|crossing|dam|bridge|port)(?![\w-])")


def facility_of(sentence: str, spot: Spot) -> Spot:
    """A town's name followed by a facility's kind is the facility ("seized Tripoli International Airport" is not a
    taking of Tripoli): the spot takes the whole name, and stays placed at the town it is named after (ACLED puts
    such an event at that town, as near it: geo-precision 2)."""
    if spot.placed is None or spot.feature != "place" or spot.adjective:
        return spot
    m = _FACILITY.match(sentence, spot.end)
    if m is None:
        return spot
    words = " ".join(m.group(0).split())
    return replace(spot, end=m.end(), name=f"{spot.name} {words}", facility=words)




def is_water(name: str) -> bool:
    """Does the name name a sea, gulf, strait, river or lake ("the Red Sea")?"""
    return _WATER.search(name) is not None


def a_river(sentence: str, spot: Spot) -> bool:
    """Is the name that of the river written after it ("the west bank of the Dnipro river"), not of its town?"""
    return _RIVER_AFTER.match(sentence, spot.end) is not None


_RIVER_AFTER = re.compile(r"\s+(?:[Rr]iver|[Rr]iverbank|[Rr]iver\s+bank)\b")


def whose(sentence: str, spot: Spot) -> bool:
    """Is a country named only as whose something is ("a US base", "U.S. special forces", "backed by the UAE"), not
    where?"""
    return spot.feature == "country" and (whose_after(sentence, spot.end) or backer_before(sentence, spot.start))


# the kind of area after an owner's name, before its possessive: "Tillaberi region's", "Kongo Central province's"
_LEVEL_OWNED = r"(?:\s+(?:region|province|state|district|county|governorate|department|territory|tehsil|township|" \
    r"cercle|woreda|upazila|raion|commune|municipality|subdistrict|prefecture|lga|zone))?"
_OWNER_BEFORE = re.compile(r"(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}(?-i:[A-Z])[\w'’-]*" + _LEVEL_OWNED +  # ("Kongo Central
                           r"['’]s\s+(?:[a-z-]+\s+){0,3}$")  # province's Matadi")


_FRONTED = re.compile(r"\s*(?:In|At|Near|Outside|Around)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:of\s+)?")
_SET_OUT_FROM = re.compile(r"\s+from\s+(?:the\s+)?(?:(?!(?:near|in|at|outside|around|inside|on)\b)[\w'’-]+\s+"
                           r"(?:and\s+)?){0,3}")


def score(sentence: str, spot: Spot, trigger_start: int, trigger_end: int, same_clause: bool,
          paragraph_start: bool) -> float:
    """How surely the clause of a trigger locates its happening at ``spot`` (higher is surer; below 0: only as a
    last resort; -inf: never)."""
    before, after = sentence[:spot.start], sentence[spot.end:]
    owner = _OWNER_BEFORE.search(before)  # ("in Tillaberi region's Ouallam department": "in" is Ouallam's)
    head = (before[:owner.start()] if owner is not None else before)[-60:]
    if spot.adjective or spot.feature == "continent" or a_river(sentence, spot) or _GOVERNMENT_AFTER.match(after) or \
            (_SOURCE_AFTER.match(after) and not _LOCATIVE.search(head)) \
            or speaker_place(sentence, spot) or PEOPLE_FROM.search(head) or whose(sentence, spot) or \
            sentence[trigger_start:trigger_end].lower().endswith("ed") and \
            _SET_OUT_FROM.fullmatch(sentence, trigger_end, spot.start):  # (not "abducted from their vehicle near X")
        return float("-inf")  # "Israeli jets", "U.S. aircraft", "a US base in eastern Syria", "Russia's defence
        # ministry", "Moscow accused" (not "police in X said"); a continent ("… Jihad in West Africa"), no event's;
        # "…, a medical source at the Habbaniya base said": where the speaker is; "a peacekeeper from Rwanda": whose;
        # "had attacked from the PK12 district": where they set out from (but "artillery attacks from the heights
        # above Prisi": where the guns were, a shelling's place when its target is not told)
    if spot.feature == "country" and BORDER_WITH.search(head):
        return float("-inf")  # "ambushed near the border with Mali": on this side of it, not in Mali
    if paragraph_start and not before.strip() and _DATELINE.match(after) and spot.name.isupper():
        return float("-inf")  # "BAMAKO —", "KABUL, Aug 15 (Meridian) -"
    if re.match(r"\s+(?-i:[A-Z])[\w-]+", after) and not _LOCATIVE.search(head) and before.strip():
        return float("-inf")  # part of a name: "the UK Maritime Trade Operations agency", "the Jenin Brigade"
    value = 2.0 if same_clause or _FRONTED.fullmatch(before) else -1.0  # ("In the port of Mariupol, which …, shelling
    # cut power": a place set before the sentence's clauses frames them all)
    if REFERENCE.search(head):
        value -= 2.5  # "15 km south of El Fasher"
    elif DESTINATION.search(head) and _FIRED.search(sentence, trigger_start, trigger_end) and \
            AIMED_AT.search(sentence, max(0, spot.start - 80), spot.start):
        value += 1.0  # "fired rockets from Gaza toward Ashkelon": where they were aimed, not where they came from
    elif DESTINATION.search(head):
        value -= 3.0  # "to Karachi", "towards Gao"
    elif _ORIGIN.search(head) or LAUNCHED_FROM.search(head):
        value -= 3.0 if _ROUTE_ON.match(after) else 2.0  # "from Quetta" (an origin; a last resort: "struck the fighters
        # as they withdrew from Monguno"); "a train travelling from Abuja to Kaduna": the way between, not either end
    elif _LOCATIVE.search(head):
        value += 3.0
    way = not REFERENCE.search(head) and (DESTINATION.search(head) or _ORIGIN.search(head) and (
        _ROUTE_ON.match(after) or _FIRED.search(sentence, trigger_start, trigger_end)))
    if 0 <= spot.start - trigger_end <= 60 and not way and re.fullmatch(
            r"\s+(?:(?:the|a|an|[\w-]+)\s+){0,6}?(?:of\s+)?", sentence[trigger_end:spot.start] + " "):
        value += 2.5  # the trigger's object: "shelled the Zamzam camp", "overran Herat", "pounded the port of Tyre"
        if re.fullmatch(r"\s+(?:the\s+)?", sentence[trigger_end:spot.start]):
            value += 1.0  # ... right after it: "bombed Mitiga, the only airport in the capital, … on X's outskirts"
    value -= _demoted(sentence, spot, trigger_start, trigger_end)
    value += {"country": -1.5, "region": -0.5}.get(spot.feature, 0.0)
    distance = min(abs(spot.start - trigger_end), abs(trigger_start - spot.end))
    return value - distance / 400.0


def _demoted(sentence: str, spot: Spot, trigger_start: int, trigger_end: int) -> float:
    """How much less surely a name locates the happening for what stands around it: a container before what it
    contains, a place before a participle's own, a road's end, a water."""
    before, after = sentence[:spot.start], sentence[spot.end:]
    out = 0.0
    if re.match(_LEVEL_OWNED + r"['’]s\s+(?:(?:second|third|main|largest|biggest|twin|sister|port|border|capital|commercial|"
                r"(?:north|south)?-?(?:north|south|east|west)(?:ern)?|central|oil|coastal|city|town|village|province|"
                r"state|region|of)\s+){0,4}(?-i:[A-Z])", after):  # (… "India's northeastern state of Manipur")
        out += 4.0  # "in Russia's Bryansk region", "in Khartoum's twin city Omdurman", "in Tillaberi region's
        # Ouallam department": the place after it, which it only contains
    if spot.feature in ("region", "district", "country") and KIND_OF.match(after):
        out += 4.0  # "in the West Darfur town of Ardamata": the town after it, which it only contains
    if spot.end <= trigger_start and sentence[:trigger_start].rstrip().endswith(",") and \
            sentence[trigger_start:trigger_end].lower().endswith("ing"):
        out += 2.0  # "left the camp at Anefis …, clashing with fighters at Tinzaouaten": the participle's own place
    if _ROAD_END.match(after) or re.match(r"[^\S\n]+(?:road|highway|axis|route)\b", after, re.I) and \
            before.endswith("-"):
        out += 3.0  # "on the Kabul-Jalalabad highway near Sarobi": an end of the road (a last resort), not where
    if _WATER.search(spot.name):
        out += 6.0  # "in the Red Sea": the nearest named coast says more ("60 nautical miles west of Hodeidah")
    return out


def located(sentence: str, spots: list[Spot]) -> set[int]:
    """Spots that only say where the one before them is ("Wad Madani, the capital of Gezira state", "Zamzam,
    about 15 km south of El Fasher", "Sogam, a village in … Kupwara district"): containers and reference points."""
    out = set()
    for prev, (n, spot) in zip(spots, enumerate(spots[1:], 1)):
        if prev.adjective:
            continue  # ("the Syrian city of Palmyra": an adjective is where nothing is)
        gap = sentence[prev.end:spot.start]
        if prev.feature in ("region", "district", "country") and (KIND_OF.match(sentence, prev.end) or
                                                                  spot.feature == "place"):
            continue  # ("the North Kivu town of Beni": the town, in the region before it; "in Al Jawf governorate
            # near Al Hazm": a town near which, not a place a region is in)
        if _APPOSITION.match(gap) or INSIDE.fullmatch(gap) or (
                gap.strip() == "," and (spot.feature in ("region", "district", "country") and prev.feature == "place" or
                                        spot.feature in ("region", "country") and prev.feature == "district")):
            out.add(n)  # (also "Kuriga, Kaduna state": a town, then the region it is in — not a list)
        elif gap.strip() == "," and LEVEL_AFTER.match(sentence, spot.end):
            out.add(n)  # "Kafr Zzyzx, Jisr ash-Shughur subdistrict, Idlib": the subdistrict the village is in (one
            # the gazetteer lacks too: "Kamituga, Mwenga territory, South Kivu")
        elif gap.strip() == "," and spot.placed is None and prev.placed is not None and prev.feature == "place" and \
                not (n + 1 < len(spots) and re.fullmatch(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?",
                                                         sentence[spot.end:spots[n + 1].start])):
            out.add(n)  # "in Bosaso, Puntland, killing…": a name the gazetteer lacks after a town is where it is
        elif gap.strip() == "," and prev.placed is None and spot.placed is not None and spot.feature == "place" and \
                not (n + 1 < len(spots) and re.fullmatch(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?",
                                                         sentence[spot.end:spots[n + 1].start])):
            out.add(n)  # "in Dogon Dawa, Birnin Gwari, …": a town after a name the gazetteer lacks says where it is
        elif gap.strip() == "," and _AREA_NAME.search(spot.name):
            out.add(n)  # "in Pibor, Greater Pibor Administrative Area": an area's own name says it is one
        elif n - 1 in out and re.fullmatch(_LEVEL_OWNED + r"['’]s\s+", gap):  # (… "in Kaduna state's Chikun")
            out.add(n)  # "Mir Ali in Pakistan's North Waziristan district": the district says where, as the country
    return out


_ROAD_END = re.compile(r"-(?-i:[A-Z])[\w’'‘]+[^\S\n]+(?:road|highway|axis|route)\b", re.I)
# The last word of an area's own name ("Greater Pibor Administrative Area", "Lower Juba Region")
_AREA_NAME = re.compile(r"\s(?:Area|Region|Province|State|District|County|Governorate|Prefecture|Territory|Zone)$")
# The kind of area or place written after a name: "Kalaw township", "Jisr ash-Shughur subdistrict", "Mandera town"
LEVEL_AFTER = re.compile(r"\s+(?:township|subdistrict|district|county|tehsil|cercle|woreda|upazila|raion|"
                         r"territory|commune|municipality|department|locality|lga|zone|town|city)\b", re.I)


# "around Hama and in the rebels' stronghold of Idlib": a second place of the same act, with its own preposition
_AND_IN = re.compile(r"\s*,?\s+and\s+(?:also\s+)?(?:in|at|near|around|outside)\s+(?:the\s+)?"
                     r"(?:(?:[\w-]+(?:'s|’s|s'|s’)?)\s+){0,3}?(?:of\s+)?", re.I)


_PART_OF_TOWN = re.compile(r"\s+(?:district|neighbou?rhood|area|suburb|quarter|section)\s+of\s+(?:the\s+)?", re.I)
_RELATIVE_PASSED = re.compile(r",\s+(?:where|which|whose|who)\s[^,;:()]{1,120},\s+and\s+(?:the\s+)?"
                              r"(?:(?:town|city|village)\s+of\s+)?")
_OWNER_APPOSED = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}[\w-]+,\s+(?:and\s+)?(?:the\s+)?")
# "seized Kandahar, the country's second-biggest city, and Herat": an apposition naming no place, then the next one
_APPOSED_THEN = re.compile(r",\s+(?:the|a|an)\s+(?:(?-i:[a-z])[\w'’-]*\s+){0,5}(?-i:[a-z])[\w-]*,\s+(?:and|or)\s+"
                           r"(?:the\s+)?(?:(?:town|city)\s+of\s+)?", re.I)


_LIST_END = re.compile(r"(?:\s+(?:province|state|region|district|county|governorate))?\s*,\s+(?:and|or)\s+(?:the\s+)?"
                       r"(?:(?:town|city)\s+of\s+)?", re.I)


def _past_where(sentence: str, spots: list[Spot], n: int, where: set[int]) -> int | None:
    """The next place listed after the one at ``n`` past the places that only say where it is (``where``: those,
    :func:`located`), if one is."""
    m = n
    while m + 1 < len(spots) and (m + 1 in where or m > n and REFERENCE.search(  # (or a place measured from: "…,
            sentence, max(0, spots[m + 1].start - 40), spots[m + 1].start)):  # 70 km south of Kabul")
        m += 1
    return m + 1 if n < m < len(spots) - 1 and _LIST_END.fullmatch(sentence, spots[m].end, spots[m + 1].start) and \
        not _SAYS_AFTER.match(sentence, spots[m + 1].end) else None


_SAYS_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:said|says|told|is|was|were|are|has|had|have|will|would|could|did|"
                         r"does)\b")  # ("…, and Kabul said it would respond": a government speaking, no place taken)


def coordinated(sentence: str, spots: list[Spot], chosen: int) -> list[int]:
    """The chosen spot and those listed with it ("the cities of Aleppo, Hama, Homs, and Al-Qusayr", "Kupiansk and
    Izium")."""
    group, where = [chosen], located(sentence, spots)
    n = chosen
    while n + 1 < len(spots):
        past = next((m for m in range(n + 1, min(n + 4, len(spots)))
                     if _RELATIVE_PASSED.fullmatch(sentence, spots[n].end, spots[m].start)), None)
        if past is not None:  # "overran Aguelhok, where dozens of soldiers were killed, and Tessalit": past the
            n = past  # relative clause (and the places it names)
            group.append(n)
            continue
        if n + 2 < len(spots) and re.fullmatch(r",\s+", sentence[spots[n].end:spots[n + 1].start]) and \
                _OWNER_APPOSED.fullmatch(sentence, spots[n + 1].end, spots[n + 2].start):
            n += 2  # "captured Nyala, Sudan's second city, and Zalingei": past the apposition, whose owner is no
            group.append(n)  # place taken
            continue
        past = _past_where(sentence, spots, n, where)
        if past is not None:  # "seized Pul-e-Alam, capital of Logar province, 70 km south of Kabul, and Asadabad":
            n = past  # past the places that only say where the one before is
            group.append(n)
            continue
        if n + 2 < len(spots) and _PART_OF_TOWN.fullmatch(sentence, spots[n].end, spots[n + 1].start) and \
                _AND_IN.fullmatch(sentence, spots[n + 1].end, spots[n + 2].start):
            n += 2  # "bombed bases in the Kafouri district of Khartoum North and in Omdurman": past the town the
            group.append(n)  # district is of
            continue
        listed = re.fullmatch(r"\s*(?:,|,?\s+and(?:\s+then)?|,?\s+or|&)\s+(?:the\s+)?(?:town\s+of\s+|city\s+of\s+)?",
                              sentence[spots[n].end:spots[n + 1].start]) or \
            _AND_IN.fullmatch(sentence, spots[n].end, spots[n + 1].start) or \
            _APPOSED_THEN.fullmatch(sentence, spots[n].end, spots[n + 1].start)
        if not listed or _GOVERNMENT_AFTER.match(sentence[spots[n + 1].end:]) or \
                re.match(_LEVEL_OWNED + r"['’]s\s+[a-z]", sentence[spots[n + 1].end:]):
            break  # (not "Avdiivka, Russia's defence ministry", "Tessit, Mali's border town", "Bama, Borno state's
            # second-largest town")
        n += 1
        group.append(n)
    n = chosen
    while n > 0 and re.fullmatch(r"\s*(?:,|,?\s+and|,?\s+or|"
                                 r"&)\s+(?:the\s+)?", sentence[spots[n - 1].end:spots[n].start]):
        n -= 1
        group.insert(0, n)
    if len(group) == 2 and BETWEEN.search(sentence, 0, spots[group[0]].start):
        return group[:1]  # "on the road between Juba and Yei": one stretch, drawn at the place named first
    return group


# "the Gaza side of the Rafah border crossing": a side of the place after it, not the place named
SIDE_OF = re.compile(r"\s+(?:side|end|half)\s+of\s+(?:the\s+)?(?-i:[A-Z])", re.I)
BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:towns?|villages?|cities)\s+of\s+)?$", re.I)


TOWN_NOUNS = ("town", "city", "village", "camp", "capital", "port")  # what "the city" may say of a town named before


def called(text: str, towns: list[Spot], noun: str) -> list[Spot]:
    """Of the towns named, those the text calls by ``noun`` ("the ancient city of Timbuktu", "the town Kidal",
    "Gao, the largest town in the north", "Goma city")."""
    before = re.compile(rf"\b{noun}\s+(?:(?:city|town)\s+)?(?:of\s+)?$", re.I)  # ("the port city of Kismayo")
    after = re.compile(rf"(?:\s+(?:on|in|late|early)\s+(?:(?-i:[A-Z])\w+|\d{{4}})(?:\s+\d{{1,2}})?)?"  # (past its day:
                       rf",\s+(?:the|an?|(?:[\w-]+\s+)?(?-i:[A-Z])[\w-]+['’]s)\s+(?:[\w-]+\s+){{0,3}}{noun}\b|"
                       rf"\s+(?:(?:refugee|displacement|IDP|military|army)\s+)?{noun}\b", re.I)  # ("Bukavu, eastern
    # Congo's second-largest city"; "Kutkai on Tuesday, a trading town"; "the Jenin refugee camp")
    return [sp for sp in towns if before.search(text, max(0, sp.start - 30), sp.start) or after.match(text, sp.end)]


def towns_named(text: str, spots: list[Spot]) -> list[Spot]:
    """The towns "the town" can stand for, in text order: not a reference point or a container ("Qayyarah, 60 km
    south of Mosul … entered the town": Qayyarah)."""
    skip = {n for n in located(text, spots) if not _building_in(spots[n - 1], text[spots[n - 1].end:spots[n].start])}
    return [sp for n, sp in enumerate(spots) if sp.feature == "place" and not sp.adjective and n not in skip and
            not (sp.placed is None and BUILDING.search(sp.name)) and
            not sp.facility and  # (not "took the Tabqa air base … and entered the town": Tabqa, told before)
            not speaker_place(text, sp) and not _AREA_OF.search(text, max(0, sp.start - 30), sp.start)]


def _building_in(before: Spot, gap: str) -> bool:
    """Is the name before a town one of a building the gazetteer lacks, in that town ("the South Hospital in El
    Fasher": El Fasher is a town the text names, not only where the hospital is)?"""
    return before.placed is None and BUILDING.search(before.name) is not None and \
        re.fullmatch(r"\s+(?:in|at)\s+(?:the\s+)?", gap) is not None


# "the southern island of Mindanao", "the province of X": an area, whatever the gazetteer knows of it
_AREA_OF = re.compile(r"\b(?:islands?|peninsula|provinces?|regions?|states?|districts?|hills?|heights|ridges?|"
                      r"mountains?)\s+of\s+$", re.I)  # (and a height: "the hill of Mistanour" is no town)


def speaker_place(sentence: str, spot: Spot) -> bool:
    """Does the name only say where a speaker is ("…, a medical source at the Habbaniya base said")?"""
    return bool(_SPEAKER_AT.search(sentence, max(0, spot.start - 80), spot.start)) and \
        _SPEAKER_PLACE.match(sentence, spot.end) is not None


def finer_in(town: Spot, region: Spot | None, unplaced: bool = False) -> bool:
    """Is ``town`` a placed town or district of the country ``region`` (a region or a country's point) is in?
    ``unplaced``: or a name nothing placed (a village the gazetteer lacks, where the same happening is told again)."""
    return region is not None and region.placed is not None and region.feature in ("region", "country") and (
        town.placed is not None and town.feature in ("place", "district") and
        town.placed.toponym.country_code == region.placed.toponym.country_code or
        unplaced and town.placed is None and town.unplaced is not None)
