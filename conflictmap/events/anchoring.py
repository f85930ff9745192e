"""Anchoring: where a reading happened. Its place is the best located name of its clause (with the names listed
with it), else of its sentence; the places a territory word took are its object or its subject; "the city" is the
town named or called so before. When it happened is :mod:`.timing`'s.
"""

from __future__ import annotations

import re

from conflictmap.events import structure, words as ew
from conflictmap.events.places import (KIND_OF, LAUNCHED_FROM, REFERENCE, SIDE_OF, Spot, called, coordinated,
                                       located, score, towns_named, whose)
from conflictmap.events.onset import when_of_a_time
from conflictmap.events.roles import PASSIVE
from conflictmap.events.towns import THE_TOWN, the_town
from conflictmap.geoparser.binding import BORDER_WITH

from conflictmap.events.facts import Reading, SentenceFacts


_OBJECT_GAP = re.compile(r"\s*(?:(?:the|a|an|its|their|several|some|two|three|four|five|dozens|key|strategic|northern|southern|eastern|western|central|"
                         r"north-?eastern|north-?western|south-?eastern|south-?western|regional|command|military|army|"
                         r"compound|airport|air ?base|airbase|stronghold|positions?|posts?|outposts?|checkpoints?|"
                         r"ground|territory|land|"  # ("retook ground near Klishchiivka")
                         r"bases|barracks|garrisons|around|near|outside|districts|"
                         # ("took control of several districts south of the city of Marib": near it)
                         r"north|south|east|west|north-?east|north-?west|south-?east|south-?west|"
                         r"nearby|besieged|rebel-held|government-held|[\w-]+-held|oil|port|garrison|border|frontline|"
                         r"town|city|village|villages|towns|cities|port|hub|base|camp|district|province|region|capital|"
                         r"headquarters|parts?|most|much|areas?|sections?|all|whole|rest|of|in|military's|army's|"
                         r"centre|center|heart|outskirts|edges?|streets|suburbs?|"  # ("walked into the centre of Bukavu")
                         r"[\w-]+'s|[\w-]+s['’]|de|(?-i:[A-Z][\w-]+)|"  # ("the Tamil Tiger rebels' de facto capital")
                         # any one word before a place noun: "the mining town of", "the coastal city of"
                         r"[\w-]+(?=\s+(?:towns?|cit(?:y|ies)|villages?|ports?|hubs?|bases?|camps?|districts?|"
                         r"provinces?|regions?|capital|areas?|posts?|outposts?|crossings?)\b))\s+){0,10}"
                         r"(?:(?:al|el|as|ash|ad|an|ar|at|az)-\s)?", re.I)  # ("the town of al-Sukhnah": Sukhnah)

# "recaptured the state broadcaster's headquarters in Omdurman": a facility in the place, however it is described
_FACILITY_GAP = re.compile(r"\s+(?:(?:the|a|an|its|their)\s+)?(?:(?!(?:from|to|with|for|by|of)\b)[\w'’-]+\s+){0,4}?"
                           r"(?:headquarters|bases?|compounds?|"
                           r"buildings?|airport|barracks|garrison|stations?|complex|palace|offices?|camps?|bridge|"
                           r"refinery|dam|port|positions|strongholds?|neighbou?rhoods?|quarters|districts|areas|"
                           r"pockets?|plants?|works|factor(?:y|ies)|mines?|hospitals?|prisons?|depots?|terminals?)"
                           # (whose: "the headquarters of the state broadcaster in Omdurman"; "the last buildings held
                           # by Islamic State in Sirte")
                           r"(?:\s+(?:of|(?:still\s+)?(?:held|controlled|occupied)\s+by)\s+(?:the\s+)?"
                           r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
                           r"\s+(?:in|at|of|near|outside)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:town|city|village|port|district|area)\s+"
                           r"of\s+|(?:central|northern|southern|eastern|western|downtown)\s+|"
                           r"(?:[\w-]+\s+)?(?:edges?|outskirts|entrance|fringes?|centre|center|heart)\s+of\s+)?",
                           re.I)  # ("the camp at the edge of Baghuz"; "the headquarters
# of the Western Command in the town of Ann", "the Republican Palace in central Khartoum")
_BOTH = re.compile(r"\s+(both|the two|the|that|this)\s+(?:(?:rail|logistics|transport|road|strategic|key|border|"
                   r"garrison|frontline|provincial|regional|district)\s+)?(?:towns|cities|villages|town|city|village|"
                   r"camp|base|hub|junction|port)\b"
                   r"(?!\s+of\b)",
                   re.I)  # (not "the cities of Aleppo, Hama…": those named after it)


# places taken by their kind, then some of them named: "dozens of villages in the region since August, including"
_INCLUDING = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:villages|towns|settlements|areas|districts|localities|positions)"
                        r"\b[^.;]{0,90}?,?\s+including\s+(?:the\s+(?:towns?|villages?|cities)\s+of\s+)?", re.I)
_HAS = re.compile(r"\b(?:has|have)\s+(?:now\s+|also\s+)?$", re.I)
_DAY_AFTER = re.compile(r"\s+(?:on|last)\s+(?-i:[A-Z])\w+", re.I)  # ("including Snihurivka on Thursday")
_ITS_PART_AT = re.compile(r"['’]s\s+(?:[\w-]+\s+){1,3}(?:at|in|near|outside)\s+(?:the\s+)?", re.I)


def taken_spots(facts: SentenceFacts, reading: Reading) -> list[Spot]:
    """The places that changed hands: the object of the words ("seized Kandahar", "overran the headquarters … in
    Lashio"), their subject ("Damascus fell"), the antecedent of "which … retook", or "there"; none for "seized 20 kg
    of cocaine in Rotterdam" or "a foothold in France"."""
    text, clause, spots = facts.text, reading.clause, facts.spots
    end = reading.cue_start + len(reading.cue)
    end += text[end:end + 1] in ('"', "”", "’", "'")  # (past a scare quote: its forces had "liberated" the town)
    after = [n for n, sp in enumerate(spots) if end <= sp.start < clause.end and not sp.adjective and
             not whose(text, sp) and not KIND_OF.match(text, sp.end)]  # ("the headquarters of the Myanmar
    # military's Western Command in … Ann": not Myanmar; "the Red Sea port city of Hodeidah": Hodeidah)
    first = after[0] if after else None  # (the words up to the object's first name, a side's name too)
    if len(after) > 1 and SIDE_OF.match(text, spots[after[0]].end):
        after = after[1:]  # "the Gaza side of the Rafah crossing": the crossing's (a side alone: where it is)
    both = _BOTH.match(text, end)
    if both and re.search(r"(?:camp|base)$", both.group(0)) and reading.cue.lower().startswith("enter"):
        both = None  # "vehicles entered the camp before dawn": a raid's way in, not a taking
    if after and (told := _the_base_told(facts, end, spots[after[0]])):
        return told  # ("attacked an army base in Djibo … overran the base in Soum province": Djibo's)
    if after and (not both and _OBJECT_GAP.fullmatch(text[end:spots[first].start] + " ") or
                  _FACILITY_GAP.fullmatch(text, end, spots[after[0]].start)):  # (also "took the base in Kassala")
        where = located(text, spots)  # (not "Bacadweyne, Mudug region": where the place is, no second one taken)
        return [spots[n] for n in coordinated(text, spots, after[0]) if n == after[0] or n not in where]
    including = [n for n, sp in enumerate(spots) if sp.start >= end and not sp.adjective and
                 _INCLUDING.fullmatch(text, end, sp.start)]
    if including and (_HAS.search(text, clause.start, reading.cue_start) and not _DAY_AFTER.match(
            text, spots[including[0]].end)):
        return []  # ("has retaken more than 30 towns since February, including Baga and Monguno": a sum so far)
    if including:  # "retook several villages, including Rubizhne and Staryi Saltiv": those named
        return [spots[n] for n in coordinated(text, spots, including[0])]
    at = [sp for sp in spots if both and clause.start <= sp.start < clause.end and
          _ITS_PART_AT.fullmatch(text, both.end(), sp.start)]
    if at:  # "seized the city's airport at Kavumu, 30 km to the north": where the text puts the city's airport
        return at[:1]
    if both:  # "regained control of both towns": the places taken in the sentence before
        towns = towns_named(facts.prior_text, facts.prior_spots)
        if both.group(1).lower() in ("both", "the two"):
            return towns[-2:]
        here = [sp for sp in towns_named(text, spots) if sp.end <= reading.cue_start]
        if re.search(r"(?:city|town)$", both.group(0)):  # ("taking the villages of Kisik and al-Abra. They entered
            towns = [sp for sp in towns if not _VILLAGE_OF.search(facts.prior_text, 0, sp.start)]  # the city": no)
        noun = re.sub(r"ies$", "y", both.group(0).split()[-1].lower()).rstrip("s")
        back = [sp for text_before, spots_before in facts.named_before  # (a town called so a sentence or two back,
                for sp in called(text_before, towns_named(text_before, spots_before), noun)[-1:]
                if noun in ("town", "city", "village", "port")]  # not "fled to Raqqa"; a camp is no territory held)
        return (here or called(facts.prior_text, towns, noun) or back[:1] or towns)[-1:]  # "overran a base outside
        # Mrauk-U
        # before entering the town": the one just named; "the ancient city of Timbuktu … the coup in Bamako. …
        # took control of the city": the one the text called so
    town = _in_the_town(facts, end, clause.end)
    if town:
        return town
    before = [n for n, sp in enumerate(spots) if sp.end <= reading.cue_start and not sp.adjective and
              not whose(text, sp)]  # ("Izium, Russia's main base in the region, fell": Izium)
    return _taken_before(facts, reading, before) if before else _the_town_fell(facts, reading)


def _in_the_town(facts: SentenceFacts, end: int, clause_end: int) -> list[Spot]:
    """The town told before that the object of a taking is in, named by its noun ("seized the presidential palace in
    the southern port city", "overran dozens of villages around the town", "seized the palace … and the city's
    airport")."""
    text, spots = facts.text, facts.spots
    town = THE_TOWN.search(text, end, clause_end)
    cut = re.match(r"\w+\s+the\s+", text[town.start():town.end()]) if town is not None else None
    if cut and not any(end <= sp.start < town.start() for sp in spots) and (
            _FACILITY_GAP.fullmatch(text, end, town.start() + cut.end()) or
            _OBJECT_GAP.fullmatch(text, end, town.start() + cut.end())):
        return the_town(facts, town)[-1:]
    owned = _THE_TOWNS.search(text, end, clause_end)
    if owned and not any(end <= sp.start < owned.start() for sp in spots) and _LISTED_OBJECTS.fullmatch(
            text, end, owned.start()):
        return the_town(facts, owned)[-1:]
    return []


def _taken_before(facts: SentenceFacts, reading: Reading, before: list[int]) -> list[Spot]:
    """The places named before the words that changed hands: their subject ("Damascus fell", "Both Kalemie and Moba
    fell to the insurgents"), the antecedent of "which … retook", or "there"."""
    text, clause, spots = facts.text, reading.clause, facts.spots
    passive = re.search(r"\b(?:fell|fallen|fall of)\b", reading.cue, re.I) or PASSIVE.search(
        text[clause.start:reading.cue_start])
    def subject_of(n: int):
        return _SUBJECT_GAP.fullmatch(text, spots[n].end, reading.cue_start)
    if not subject_of(before[-1]) and (k := next((n for n in reversed(before) if subject_of(n)), None)) is not None:
        before = before[:before.index(k) + 1]  # ("Izium, Russia's main base in the region, fell": Izium, before
        # the names of its apposition)
    subject = subject_of(before[-1])
    if re.search(r"\bout$", reading.cue, re.I):  # "drove them out": of the place they held, named before
        held = [n for n in before if spots[n].feature == "place"]
        return [spots[held[-1]]] if held else []
    head = text[clause.start:spots[before[-1]].start]
    if re.fullmatch(r"fell", reading.cue, re.I) and not re.search(r"(?:^|[,;]|\band|\bthen)\s*(?:the\s+)?$", head):
        return []  # "Sheberghan fell the next day" is a taking; "prices in Kabul fell" is not
    if passive and subject and spots[before[-1]].start >= clause.start:
        k = before[-1]  # ("Both Kalemie and Moba fell to the insurgents": the places listed as the subject)
        while k > 0 and spots[k - 1].start >= clause.start and not spots[k - 1].adjective and \
                structure.LIST_JOIN.fullmatch(text, spots[k - 1].end, spots[k].start):
            k -= 1
        return spots[k:before[-1] + 1]
    if reading.clause.opener in ("which", "that"):  # the antecedent: "near Balakliia, which Ukraine's army retook"
        where = located(text, spots)  # (not "Unity" of "Bentiu, the capital of Unity state, which the army retook")
        told = [n for n in before if spots[n].end <= clause.start and n not in where and not (  # (not "Ukraine's",
            spots[n].feature == "country" and BORDER_WITH.search(text, 0, spots[n].start))] or before  # whose army;
        return [spots[told[-1]]]  # not "Maungdaw, on the border with Bangladesh, which it took")
    if re.search(r"\bthere\b", text[clause.start:clause.end], re.I):  # (not a place saying where it is: "Maungdaw,
        told = [n for n in before if n not in located(text, spots)] or before  # on the border with Bangladesh")
        return [spots[told[-1]]]
    if subject and re.match(r"surrender", reading.cue, re.I) and _HELD_BY.search(head):
        return [spots[before[-1]]]  # "Government troops in Ghazni surrendered": Ghazni changed hands
    return []


_SUBJECT_GAP = re.compile(r"\s*(?:,[^,]{1,60},\s*)?(?:(?:has|had|have|was|were|is|are|been|finally|reportedly|"
                          r"completely|fully|swiftly|partly|partially|largely|almost|nearly|briefly|effectively|"
                          r"now|also|then)\s+)*")


def _the_town_fell(facts: SentenceFacts, reading: Reading) -> list[Spot]:
    """"Rebels surrounded Bukavu on Monday. The town fell two days later": the town named before."""
    the = _THE_TOWN_FELL.search(facts.text, reading.clause.start)
    if the is None or the.end() != reading.cue_start:
        return []
    towns = towns_named(facts.prior_text, facts.prior_spots)
    return (called(facts.prior_text, towns, the.group(1).lower()) or towns)[-1:]


_THE_TOWN_FELL = re.compile(r"\b(?:the|that|this)\s+(town|city|village|camp|base)\s+(?:had\s+|has\s+|finally\s+)?",
                            re.I)
_VILLAGE_OF = re.compile(r"\bvillages?\s+(?:of\s+)?(?:[\w'’-]+(?:,\s+|\s+and\s+|\s+))*$", re.I)
_HELD_BY = re.compile(r"\b(?:troops|forces|soldiers|garrison|army|police|defenders|units)\s+(?:in|at|of)\s+(?:the\s+)?$",
                      re.I)


_PART_OF = re.compile(r"\b(?:central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|"
                      r"south-?western|(?:the\s+)?(?:north|south|east|west)\s+of)\s+$", re.I)
_THERE = re.compile(r"\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|might|may|seems?|appears?|"
                    r"remains?|remained)\b)", re.I)  # (not "there were no casualties")
# A region or town that only names who speaks: "the Sinaloa state prosecutor's office said", "Borno police said"
_SPEAKERS_OFFICE = re.compile(r"\s+(?:(?:state|provincial|regional|district|county|city|municipal)\s+)?"
                              r"(?:[a-z]+\s+){0,2}"
                              r"(?:office|ministry|police|prosecutors?|governor|government|authorities|officials?|"
                              r"spokes(?:man|woman|person))(?:['’]s?\s+office)?\s+(?:(?-i:[a-z])\w+\s+){0,2}?"
                              r"(?:said|says|told|reported|announced|confirmed)\b")
_THE_TOWNS = re.compile(r"\bthe\s+(?:town|city|capital)['’]s\s+", re.I)
_LISTED_OBJECTS = re.compile(r"(?:\s+(?:the|a|an|its)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,?(?:\s+and)?)*\s+", re.I)
_THE_FACILITY = re.compile(r"\b(?:attacked|stormed|overran|raided|hit|struck|shelled|seized|captured|besieged|"
                           r"(?:strikes?|attacks?|assaults?)\s+on)\s+the\s+"
                           r"(?:military\s+|army\s+|presidential\s+)?(base|barracks|garrison|airport|outpost|palace)\b",
                           re.I)


def _the_base_told(facts: SentenceFacts, end: int, spot: Spot) -> list[Spot]:
    """"Attacked an army base in Djibo … overran the base in Soum province": Djibo's base, which is in that
    province (no taking of the province)."""
    the = _THE_BASE_IN.fullmatch(facts.text, end, spot.start)
    return _where_told(facts, the.group(1)) if the is not None and spot.feature in ("region", "district") else []


_THE_BASE_IN = re.compile(r"\s+the\s+(?:military\s+|army\s+)?(base|barracks|garrison|camp|outpost)\s+(?:in|of)\s+"
                          r"(?:the\s+)?", re.I)


def _where_told(facts: SentenceFacts, noun: str) -> list[Spot]:
    """Where the sentences before put "the base" (or the airport…) a reading names: the place told beside that
    noun, the nearest sentence first (none: the reading is placed as a placeless one is)."""
    told = [(facts.prior_text, facts.prior_spots), *facts.named_before]
    for text, spots in told:  # ("the presidential palace in central Khartoum": where it is said to be, first)
        at = [sp for sp in spots if re.search(rf"\b{noun}\s+(?:in|at|of|near|outside)\s+(?:the\s+)?(?:[a-z]+\s+)?$",
                                              text[max(0, sp.start - 40):sp.start], re.I)]
        if at:
            return at[-1:]
    for text, spots in told:
        beside = [sp for sp in spots if re.search(rf"\b{noun}\b", text[max(0, sp.start - 40):sp.end + 40], re.I)]
        if beside:
            return beside[-1:]
    return []


def locate(facts: SentenceFacts, reading: Reading) -> None:
    """The reading's place: the best located name of its clause (with those listed with it), else of its
    sentence; the antecedent of "there" or of ", where"; nothing when only the dateline or a sea names one."""
    spots = facts.spots
    if not spots and not facts.prior_spots and not facts.dateline and not facts.earlier_spots and \
            not facts.called_before:
        return
    text = facts.text
    end = reading.cue_start + len(reading.cue)
    skip = located(text, spots)
    scored = []
    for n, spot in enumerate(spots):
        same = reading.clause.start <= spot.start < reading.clause.end
        if reading.role in ("origin", "advance"):
            if not same or spot.start < reading.cue_start:
                continue
        value = score(text, spot, reading.cue_start, end, same, facts.paragraph_start)
        if n in skip:
            value -= 4.0  # only says where the place before it is
        if value != float("-inf"):
            scored.append((value, n))
    if structure.where_of(facts, reading):
        return
    facility = _THE_FACILITY.search(text, reading.clause.start, reading.clause.end)
    if facility and not any(reading.clause.start <= sp.start < reading.clause.end for sp in spots):
        reading.spots, reading.strength = _where_told(facts, facility.group(1)), 3.0
        return  # "The militants attacked the base on Saturday, …, and then burned … villages, including X": the
        # base told before, not a place of another clause
    there = _there(facts, reading, skip)
    there = _then(facts, reading, skip) if there == [] else there
    if isinstance(there, int):
        scored.append((3.0, there))
    elif there:
        reading.spots, reading.strength = there, 3.0
        return
    town = THE_TOWN.search(text, reading.clause.start if spots else 0,
                            reading.clause.end if spots else len(text))  # (with no place named
    # in the sentence, its other clauses' "the city" too: "reached the airport, on the edge of the city, where …")
    if town is not None and not _named_in_clause(facts, reading, {n for _, n in scored}):
        named = the_town(facts, town)
        if named:  # "The army, which holds El Fasher, said its jets struck positions near the town"
            reading.spots, reading.strength = named[-1:], 3.0
            return
    if not scored:
        reading.spots, reading.strength = [] if reading.reference else _told_before(facts) or _told_next(facts), -1.0
        return
    value, best = _finer(facts, reading, scored, skip)
    if reading.role in ("origin", "advance"):
        group = [best]
    else:
        inside = reading.clause.start <= spots[best].start < reading.clause.end  # (a place of its clause: not one
        group = [n for n in coordinated(text, spots, best) if (n not in skip or n == best) and (  # of the next)
            n == best or not inside or reading.clause.start <= spots[n].start < reading.clause.end)]
    reading.spots = [spots[n] for n in group]
    reading.strength = value


def _named_in_clause(facts: SentenceFacts, reading: Reading, scored: set[int]) -> bool:
    """Does the reading's clause name a place that may say where it happened, so that "the city" in it is no more
    than a word (not "Haftar's Libyan National Army": whose; "stormed the city, 150 km southwest of Kabul": the city;
    "Russia said a missile fired from a frigate in the Mediterranean hit positions near the city": the city)?"""
    text = facts.text
    return any(reading.clause.start <= sp.start < reading.clause.end and n in scored and not sp.adjective and
               not whose(text, sp) and not LAUNCHED_FROM.search(text, max(0, sp.start - 60), sp.start) and
               not REFERENCE.search(text, max(0, sp.start - 40), sp.start) and
               not _SPEAKERS_OFFICE.match(text, sp.end) and not _in_a_named_actor(facts, sp)
               for n, sp in enumerate(facts.spots))


def _in_a_named_actor(facts: SentenceFacts, spot: Spot) -> bool:
    """Is the place a word of a named armed group's name ("the Derna Protection Force")?"""
    return any(p.start <= spot.start < p.end for p in facts.participants if p.actor is not None)


def _there(facts: SentenceFacts, reading: Reading, skip: set[int]) -> int | list[Spot]:
    """What "there" in the reading's clause stands for: the index of the last place named before the clause, else,
    in a sentence naming no place, the place the sentence before named last ("… crowded into its compound in
    Malakal. Ten people were killed when shells landed there"); [] when it says no "there"."""
    if not _THERE.search(facts.text, reading.clause.start, reading.clause.end):
        return []
    there = [n for n, s in enumerate(facts.spots) if s.end <= reading.clause.start and n not in skip]
    if there:
        return there[-1]
    if facts.spots:
        return []
    where = located(facts.prior_text, facts.prior_spots)  # (not "Helmand" of "Lashkar Gah, the capital of Helmand")
    return [sp for n, sp in enumerate(facts.prior_spots) if not sp.adjective and sp.feature != "country" and
            n not in where][-1:]


def _then(facts: SentenceFacts, reading: Reading, skip: set[int]) -> int | list[Spot]:
    """"the fall of Goma in late January, when the rebels killed 3,000 people": a "when" clause that names no place,
    right after a time, tells what happened then and there — the index of the last place named before it."""
    clause = reading.clause
    if any(clause.start <= s.start < clause.end for s in facts.spots) or \
            when_of_a_time(facts.text, clause, facts.dates) is None:
        return []
    there = [n for n, s in enumerate(facts.spots) if s.end <= clause.start and n not in skip and not s.adjective]
    return there[-1] if there else []


def _told_before(facts: SentenceFacts) -> list[Spot]:
    """Where a happening is whose sentence names places only as where people came from ("The gunmen shot dead 12
    passengers who were from Punjab province"): the place the sentence before told, as a last resort (the
    happening around it comes first); none when the sentence names no place, or only whose something is."""
    text, spots = facts.text, facts.spots
    if not spots or not all(re.search(r"\bfrom\s+(?:the\s+)?$", text[max(0, sp.start - 12):sp.start]) for sp in spots):
        return []
    return [sp for n, sp in enumerate(facts.prior_spots) if not sp.adjective and n not in
            located(facts.prior_text, facts.prior_spots) and not whose(facts.prior_text, sp)][:1]


# "… when their convoy was ambushed near the border with Mali. The unit was attacked near the town of Koutougou": the
# sentence after, telling the happening again by what it befell, says where
_TOLD_NEXT = re.compile(r"\s*(?:the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:was|were|had\s+been)\s+(?:attacked|ambushed|hit|"
                        r"targeted|struck|raided|shelled)\s+(?:near|in|at|outside)\s+", re.I)


def _told_next(facts: SentenceFacts) -> list[Spot]:
    """Where the sentence after puts a happening the sentence told without a place (see :data:`_TOLD_NEXT`)."""
    m = _TOLD_NEXT.match(facts.next_text)
    return [sp for n, sp in enumerate(facts.next_spots) if m is not None and sp.start >= m.end() and
            not sp.adjective and n not in located(facts.next_text, facts.next_spots)][:1]


_BESIDE = re.compile(r"\s*(?:district|town|city|village|tehsil|county)?\s*,\s*", re.I)
_TOWN_AFTER = re.compile(r"\s+(?:town|city|village)\b", re.I)


def _finer(facts: SentenceFacts, reading: Reading, scored: list, skip: set[int]) -> tuple[float, int]:
    """The best scored place, but a town over a country or region: one its clause puts it at ("fired rockets at
    northern Israel, striking near Haifa"), or one told after a part of a country ("killed scores in central Burkina
    Faso …, as residents of Barsalogho were digging": the town, though the gazetteer lacks it)."""
    spots, clause = facts.spots, reading.clause
    value, best = max(scored)
    vague = _PART_OF.search(facts.text, 0, spots[best].start) is not None and spots[best].feature == "country"
    towns = [(v, n) for v, n in scored if v > 0 and spots[n].feature == "place" and n not in skip and (
        spots[n].placed is not None and clause.start <= spots[n].start < clause.end or
        vague and spots[n].start > spots[best].start)]
    if spots[best].feature == "district":  # ("Kurram district, Parachinar town", "Parachinar, Kurram district": the
        towns = [(v, n) for v, n in towns if  # town written beside it, not "Kupwara district, Jammu and Kashmir")
                 spots[n].start > spots[best].end and _BESIDE.fullmatch(facts.text, spots[best].end, spots[n].start)
                 and _TOWN_AFTER.match(facts.text, spots[n].end) or
                 spots[n].end < spots[best].start and _BESIDE.fullmatch(facts.text, spots[n].end, spots[best].start)]
    return max(towns) if spots[best].feature in ("country", "region", "district") and towns else (value, best)


# A force moving: "have pushed rapidly south", "advanced on", "swept into", "marched north".
# "attacked Mosul", "attacked the city's outskirts", "stormed the town of X": a place someone holds, not people.
_PLACE_OBJECT = re.compile(r"\s+(?:the\s+)?(?:(?:city|town|village)(?:['’]s)?\s+)?(?:outskirts|suburbs?|town|city|"
                           r"district|garrison|base|barracks|headquarters)\b|"
                           r"\s+(?:\w+\s+){0,2}(?:entrances?|approaches|gates?)\s+(?:to|of)\b|"  # ("two entrances to")
                           # "stormed Muammar Gaddafi's Bab al-Aziziya compound": a named leader's or force's seat
                           r"\s+(?:(?-i:[A-Z])[\w-]+\s+){0,2}(?-i:[A-Z])[\w-]+['’]s\s+(?:[\w-]+\s+){0,3}?(?:compound|"
                           r"palace|residence|stronghold|headquarters|base|barracks|positions)\b", re.I)


def place_held(facts, word: ew.Word) -> bool:
    """Is what an attack hit a town, a city or its outskirts, told by name or noun (no people in it)? (A state's
    forces' assault on a town in a war is a battle too: "government forces launched an assault on Hodeidah".)"""
    if word.kind != ew.ATTACK or not re.match(r"(?:attack|assault|storm|raid)", word.text, re.I):
        return False
    spot = next((sp for sp in facts.spots if sp.start >= word.end), None)
    named = spot is not None and spot.feature == "place" and not spot.adjective and \
        re.fullmatch(r"\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?", facts.text[word.end:spot.start]) is not None
    return named or _PLACE_OBJECT.match(facts.text, word.end) is not None
