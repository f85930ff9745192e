"""Anchoring: where and when a reading happened. Its place is the best located name of its clause (with the
names listed with it), else of its sentence; the places a territory word took are its object or its subject.
Its date is one of its clause, else one of a clause that happened at the same time, else a span counted from
the happening told before ("a week after"); a reading of the past the article looks back on is background.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from conflictmap.events import clauses as cl, structure
from conflictmap.events.clauses import Clause
from conflictmap.events.dates import (CAMPAIGN_DAYS, DateFinding, campaign_role, find_dates, is_background, span_before,
                                      span_later)
from conflictmap.events.places import Spot, called, coordinated, located, score, towns_named
from conflictmap.events.roles import EVENT_NOUN, PASSIVE

from conflictmap.events.facts import Reading, SentenceFacts


def per_day(facts: SentenceFacts, reading: Reading) -> list[Reading]:
    """"shelled the camp on Monday and again on Tuesday": one happening a day."""
    clause = reading.clause
    days = [d for d in facts.dates if clause.start <= d.start < clause.end and d.precision == 1 and d.date is not None]
    if len(days) < 2 or not reading.event_type or reading.date is None:
        return [reading]
    joined = all(re.fullmatch(r"\s*,?\s*(?:and|or)\s+(?:again\s+|then\s+|once more\s+)?", facts.text[a.end:b.start])
                 for a, b in zip(days, days[1:]))
    if not joined:
        return [reading]
    return [replace(reading, date=d) for d in days]

_OBJECT_GAP = re.compile(r"\s*(?:(?:the|a|an|its|their|several|some|two|three|four|five|dozens|key|strategic|northern|southern|eastern|western|central|"
                         r"north-?eastern|north-?western|south-?eastern|south-?western|regional|command|military|army|"
                         r"compound|airport|air ?base|airbase|stronghold|positions?|posts?|outposts?|checkpoints?|"
                         r"ground|territory|land|"  # ("retook ground near Klishchiivka")
                         r"bases|barracks|garrisons|around|near|outside|"
                         r"nearby|besieged|rebel-held|government-held|[\w-]+-held|oil|port|garrison|border|frontline|"
                         r"town|city|village|villages|towns|cities|port|hub|base|camp|district|province|region|capital|"
                         r"headquarters|parts?|most|much|areas?|sections?|all|whole|rest|of|in|military's|army's|"
                         r"centre|center|heart|outskirts|edges?|streets|suburbs?|"  # ("walked into the centre of Bukavu")
                         r"[\w-]+'s|(?-i:[A-Z][\w-]+)|"
                         # any one word before a place noun: "the mining town of", "the coastal city of"
                         r"[\w-]+(?=\s+(?:towns?|cit(?:y|ies)|villages?|ports?|hubs?|bases?|camps?|districts?|"
                         r"provinces?|regions?|capital|areas?)\b))\s+){0,8}"
                         r"(?:(?:al|el|as|ash|ad|an|ar|at|az)-\s)?", re.I)  # ("the town of al-Sukhnah": Sukhnah)

# "recaptured the state broadcaster's headquarters in Omdurman": a facility in the place, however it is described
_FACILITY_GAP = re.compile(r"\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:headquarters|base|compound|building|"
                           r"airport|barracks|garrison|station|complex|palace|offices?|camp|bridge|refinery|dam|port)"
                           # (whose: "the headquarters of the state broadcaster in Omdurman")
                           r"(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
                           r"\s+(?:in|at|of|near|outside)\s+(?:the\s+)?", re.I)
_BOTH = re.compile(r"\s+(both|the two|the|that|this)\s+(?:towns|cities|villages|town|city|village|camp|base)\b"
                   r"(?!\s+of\b)",
                   re.I)  # (not "the cities of Aleppo, Hama…": those named after it)


_ITS_PART_AT = re.compile(r"['’]s\s+(?:[\w-]+\s+){1,3}(?:at|in|near|outside)\s+(?:the\s+)?", re.I)


def taken_spots(facts: SentenceFacts, reading: Reading) -> list[Spot]:
    """The places that changed hands: the object of the words ("seized Kandahar", "drove the army out of Aleppo,
    Hama, Homs and Al-Qusayr", "overran the headquarters … in Lashio"), their subject ("Damascus fell", "the town
    was captured"), the antecedent of "which … retook", or "there"; none for "seized 20 kg of cocaine in
    Rotterdam" or "a foothold in France"."""
    text, clause, spots = facts.text, reading.clause, facts.spots
    end = reading.cue_start + len(reading.cue)
    after = [n for n, sp in enumerate(spots) if end <= sp.start < clause.end and not sp.adjective]
    both = _BOTH.match(text, end)
    if both and re.search(r"(?:camp|base)$", both.group(0)) and reading.cue.lower().startswith("enter"):
        both = None  # "vehicles entered the camp before dawn": a raid's way in, not a taking
    if after and not both and (_OBJECT_GAP.fullmatch(text[end:spots[after[0]].start] + " ") or
                               _FACILITY_GAP.fullmatch(text, end, spots[after[0]].start)):
        return [spots[n] for n in coordinated(text, spots, after[0])]
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
        return (here or called(facts.prior_text, towns, noun) or towns)[-1:]  # "overran a base outside Mrauk-U
        # before entering the town": the one just named; "the ancient city of Timbuktu … the coup in Bamako. …
        # took control of the city": the one the text called so
    before = [n for n, sp in enumerate(spots) if sp.end <= reading.cue_start and not sp.adjective]
    if not before:
        return _the_town_fell(facts, reading)
    passive = re.search(r"\b(?:fell|fallen|fall of)\b", reading.cue, re.I) or PASSIVE.search(
        text[clause.start:reading.cue_start])
    subject = re.fullmatch(r"\s*(?:,[^,]{1,60},\s*)?(?:(?:has|had|have|was|were|is|are|been|finally|reportedly|"
                           r"completely|fully|swiftly|partly|partially|largely|almost|nearly|briefly|effectively|"
                           r"now|also|then)\s+)*", text[spots[before[-1]].end:reading.cue_start])
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
        told = [n for n in before if spots[n].end <= clause.start] or before  # (not "Ukraine's", whose army)
        return [spots[told[-1]]]
    if re.search(r"\bthere\b", text[clause.start:clause.end], re.I):
        return [spots[before[-1]]]
    if subject and re.match(r"surrender", reading.cue, re.I) and _HELD_BY.search(head):
        return [spots[before[-1]]]  # "Government troops in Ghazni surrendered": Ghazni changed hands
    return []


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


# "near the town", "in the city", "on the southern edge of the city", "the Libyan capital": the town named last
# before (in the sentence, else in the one before), but not where people came from ("militias from Zawiya")
_THE_TOWN = re.compile(r"\b(?:in|near|around|outside|inside|into|at|(?:north|south|east|west)(?:-?(?:east|west))?\s+of|"
                       r"hit|struck|bombed|shelled|pounded|targeted|on\s+the\s+(?:[a-z]+\s+)?(?:outskirts|edges?|"
                       r"fringes|approaches)\s+of)\s+the\s+(?:(?-i:[A-Z])\w+\s+)?(?:town|city|village|camp|capital)\b"
                       r"(?!\s+of\b)|"  # … or its possessive: "at a checkpoint on the town's edge"
                       r"\b(?:in|near|around|at|on|outside)\s+the\s+(?:town|city|village|camp|capital)['’]s\s+(?:[a-z]+\s+)?"
                       r"(?:outskirts|edges?|fringes|approaches|entrance|centre|center|market|outskirt|suburbs?|"
                       r"districts?|neighbou?rhoods?)\b", re.I)
_FROM = re.compile(r"(?<!withdrew )(?<!withdrawn )(?<!retreated )(?<!fled )(?<! out )(?<! back )\bfrom\s+(?:the\s+)?$",
                   re.I)  # (where the act was, not where its people came from: "as they withdrew from Qayyarah")


def locate(facts: SentenceFacts, reading: Reading) -> None:
    """The reading's place: the best located name of its clause (with those listed with it), else of its
    sentence; the antecedent of "there" or of ", where"; nothing when only the dateline or a sea names one."""
    spots = facts.spots
    if not spots and not facts.prior_spots and not facts.dateline and not facts.earlier_spots:
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
    if re.search(r"\bthere\b", text[reading.clause.start:reading.clause.end], re.I):
        there = [n for n, s in enumerate(spots) if s.end <= reading.clause.start]
        if there:
            scored.append((3.0, there[-1]))
    town = _THE_TOWN.search(text, reading.clause.start if spots else 0,
                            reading.clause.end if spots else len(text))  # (with no place named
    # in the sentence, its other clauses' "the city" too: "reached the airport, on the edge of the city, where …")
    if town is not None and not any(reading.clause.start <= sp.start < reading.clause.end and not sp.adjective
                                    for sp in spots):  # (not "Haftar's Libyan National Army": whose)
        named = [sp for sp in towns_named(text, spots) if sp.end <= town.start() and not _FROM.search(text, 0, sp.start)]
        prior = [sp for sp in towns_named(facts.prior_text, facts.prior_spots)
                 if not _FROM.search(facts.prior_text, 0, sp.start)]
        earlier = [sp for sp in towns_named(facts.earlier_text, facts.earlier_spots)
                   if not _FROM.search(facts.earlier_text, 0, sp.start)]  # (a sentence or two further back)
        noun = re.search(r"town|city|village|camp|capital", town.group(0), re.I).group(0).lower()
        before = [sp for text_before, spots_before in facts.named_before
                  for sp in called(text_before, towns_named(text_before, spots_before), noun)[-1:]]
        named = named or called(facts.prior_text, prior, noun) or before[:1] or prior or earlier or facts.dateline  # ("the Syrian city of Palmyra … hit the city after its fall";
        # "MOGADISHU, March 11 - … stormed a hotel in the capital")
        if named:  # "The army, which holds El Fasher, said its jets struck positions near the town"
            reading.spots, reading.strength = named[-1:], 3.0
            return
    if not scored:
        return
    value, best = max(scored)
    towns = [(v, n) for v, n in scored if v > 0 and spots[n].feature == "place" and spots[n].placed is not None and
             n not in skip and reading.clause.start <= spots[n].start < reading.clause.end]
    if spots[best].feature in ("country", "region") and towns:  # "fired rockets at northern Israel, striking near
        value, best = max(towns)  # Haifa": the town the clause puts it at, the finer place
    if reading.role in ("origin", "advance"):
        group = [best]
    else:
        group = [n for n in coordinated(text, spots, best) if n not in skip or n == best]
    reading.spots = [spots[n] for n in group]
    reading.strength = value


_AFTERWARDS = ("after", "before", "following", "since", "until", "once")

_RELATIVE = ("where", "which", "who", "whose", "that")  # "In Kursk region, where … earlier this month, fighting…"


_NEXT_DAY = re.compile(r"\b(?:the (?:following|next) (?:day|week)|a day later|the day after)\b", re.I)


# (a day or a night told so is assembly's: "the same night" is the date of the happening told just before)
_SAME_TIME = re.compile(r"\b(?:(?:the|that)\s+same|that)\s+(weekend|week)\b", re.I)


def _next_day(text: str, reading: Reading, dates: list) -> DateFinding | None:
    """"overran Mosul on June 10 and took Tikrit the following day": the day after the day the sentence told
    before the words."""
    m = _NEXT_DAY.search(text, reading.cue_start, reading.clause.end)
    before = [d for d in dates if d.start < reading.cue_start and d.date is not None and d.precision == 1]
    if m is None or not before or any(reading.cue_start <= d.start < m.start() for d in dates):
        return None
    day, week = before[-1], m.group(0).lower().endswith("week")  # ("… on June 10 and Tikrit the following week")
    return DateFinding(day.date + dt.timedelta(days=7 if week else 1), 2 if week else 1, "relative",
                       f"{m.group(0)} ({day.text})", m.start())


def _in_segment(facts: SentenceFacts, reading: Reading, own: list):
    """"launched its offensive in late June from Kutkai and took Hsenwi, a town on the highway, on July 12": the
    first date written after the reading's own words and before the next event word."""
    nxt = min((w.start for w in facts.triggers if w.start > reading.cue_start), default=reading.clause.end)
    return next((d for d in own if reading.cue_start < d.start < nxt), None)


def date(facts: SentenceFacts, reading: Reading, parts: list[Clause], published) -> None:
    """The reading's date: one in its clause, else one in a clause of the sentence that happened at the same time
    (not one opened by "after", "before"...); a date of a statement ("said on Sunday") is none. Background when its
    date, or any date of its clause, is of the past the article looks back on."""
    said = [d for d in facts.dates if cl.SAID_BEFORE.search(facts.text[max(0, d.start - 25):d.start])]
    dates = [d for d in facts.dates if d not in said]
    clause = reading.clause
    own = [d for d in dates if clause.start <= d.start < clause.end]
    pos = reading.spots[0].start if reading.spots else reading.cue_start
    reading.said = min(said, key=lambda d: abs(d.start - pos)) if said else None
    fixed = _next_day(facts.text, reading, dates) or _resumed_day(facts, reading, parts, dates)
    if fixed is not None:
        reading.date = fixed
    elif not own and (shift := _shift_from_before(facts.text, reading)) is not None:
        reading.shift, reading.background = shift, False
        return
    elif own:
        several = len(own) > 1 and (structure.verb_date(facts, reading, own) or _in_segment(facts, reading, own))
        reading.date = several or min(own, key=lambda d: abs(d.start - pos))
        if reading.date.start < reading.cue_start and (later := _span_after(facts, reading, parts)) is not None:
            reading.date = _later_than(reading.date, later, reading.cue_start)  # "drove them out of Mahas on
            # September 10 and took Moqokori three days later": from the day told before
    elif clause.opener in ("after", "before") and (span := span_before(facts.text[:clause.start])) is not None:
        days, precision, words = span
        reading.shift = (days if clause.opener == "after" else -days, precision, f"{words} {clause.opener}")
        reading.background = clause.opener == "after" and days > CAMPAIGN_DAYS  # ("recaptured Bama, six months
        return  # after the militants seized it": the past the report looks back on)
    elif (later := span_later(facts.text[clause.start:reading.cue_start]) or _span_after(facts, reading, parts)) is not None:
        reading.background = False  # "A week later the group seized Zalingei": after the happening told before
        told = [d for d in facts.dates if d.start < clause.start and d.date is not None and d.precision <= 3] or \
            [d for d in find_dates(facts.prior_text, published) if d.date is not None and d.precision <= 3 and
             not _COUNTED_ON.search(facts.prior_text)]
        if told:  # (dated in its main clause or the sentence before: see _COUNTED_ON)
            reading.date = _later_than(told[-1], later, reading.cue_start)
            return
        reading.shift = (-later[0], later[1], later[2])
        return
    elif clause.opener not in _AFTERWARDS or (clause.opener == "after" and reading.cue.lower().endswith("ing") and
                                              not facts.text[clause.start:reading.cue_start].strip()):
        # ("advanced on Aden on Wednesday after capturing the air base": told as the step just before, the same day)
        shared = [d for d in dates if _describes_the_act(reading, clause, cl.clause_at(parts, d.start)) or
                  cl.clause_at(parts, d.start).opener not in _AFTERWARDS + _RELATIVE and
                  not _of_a_later_happening(facts, clause, cl.clause_at(parts, d.start))]
        if shared:
            reading.date = min(shared, key=lambda d: abs(d.start - pos))
    _as_of_saying(reading)
    text = facts.text[clause.start:clause.end]
    mine = [reading.date] if reading.date in own else own  # (a clause of two happenings: this one's own date)
    role = _as_news(facts.text, clause, reading)
    background = any(is_background(d, published, role) for d in mine) or cl.looks_back(text) or \
        cl.summed_up(facts.text[clause.start:]) or clause.opener == "since" and \
        cl.summed_up(facts.text[facts.text.rfind(" ", 0, clause.start - 1) + 1:])  # ("killed since the fighting began")
    if reading.date is not None and is_background(reading.date, published, role):
        background = True
    others = [d for d in dates if cl.clause_at(parts, d.start).opener not in _ITS_OWN_TIME]  # ("victories since the
    if not own and others and all(is_background(d, published, role) for d in others):  # group ended a truce in
        background = True  # November"); "Russian forces captured Izium in early April after weeks of bombardment"
    if clause.opener in ("which", "who", "whose", "that") and not own and reading.event_type:
        background = True  # "a militia that fought alongside federal troops", "Hsenwi, which it captured"
    reading.background = background


# clauses whose dates are their own happening's: "victories since …", "two towns the alliance seized in October"
_ITS_OWN_TIME = ("since", "which", "who", "whose", "where")


# A span later counts from a date in the reading's main clause ("began on September 6 … near Balakliia, which the
# army retook two days later") or the sentence before ("launched its offensive on October 27. It took Hsenwi within
# two days") — not from a sentence that counted from another ("… retook two days later. Its units seized Izium three
# days later": from the happening before, by the assembly's shift).
_COUNTED_ON = re.compile(r"\b(?:later|afterwards|after that|the next day|the following (?:day|week))\b", re.I)


def _as_of_saying(reading: Reading) -> None:
    """"The TPLF said on Tuesday its fighters had repelled attacks overnight": a time told from today in reported
    speech counts from the day it was said."""
    d, said = reading.date, reading.said
    if d is None or d.rule not in ("today", "yesterday") or said is None or said.date is None or d.date is None or \
            said.date >= d.date:
        return
    days = 1 if d.rule == "yesterday" else 0
    reading.date = replace(d, date=said.date - dt.timedelta(days=days), rule="relative", text=f"{d.text} ({said.text})")


def _after_relative(parts: list[Clause], clause: Clause, dates: list[DateFinding]) -> list[DateFinding]:
    """The dates of the part of a sentence that resumes ``clause`` after a relative clause interrupting it."""
    k = next((n for n, c in enumerate(parts) if c == clause), None)
    if k is None or k + 2 >= len(parts) or parts[k + 1].opener not in _RELATIVE or parts[k + 2].opener:
        return []
    return [d for d in dates if parts[k + 2].start <= d.start < parts[k + 2].end]


def _resumed_day(facts: SentenceFacts, reading: Reading, parts: list[Clause], dates: list[DateFinding]):
    """"took Gharyan, which controls the road south, on August 14": the day after a relative clause interrupting
    the reading's, set off by a comma (for the clause's last act) or hung by the parse on the reading's verb."""
    clause = reading.clause
    last = not any(reading.cue_start < w.start < clause.end for w in facts.triggers)
    return last and _closing_date(facts.text, parts, clause, dates) or \
        structure.verb_date(facts, reading, _after_relative(parts, clause, dates))


def _shift_from_before(text: str, reading: Reading) -> tuple[int, int, str] | None:
    """(days before, precision, words) of a time told from the happening before: "Sheberghan fell the next day",
    "took Axum the following week" (after it); "The same weekend another column captured Zawiyah" (with it)."""
    clause = reading.clause
    if nxt := _NEXT_DAY.search(text, reading.cue_start, clause.end):
        return (-7, 2, nxt.group(0)) if nxt.group(0).lower().endswith("week") else (-1, 1, nxt.group(0))
    if same := _SAME_TIME.search(text, clause.start, clause.end):
        return 0, 2, same.group(0)
    return None


def _closing_date(text: str, parts: list[Clause], clause: Clause, dates: list[DateFinding]) -> DateFinding | None:
    """"…, which controls the road south of the capital, on August 14.": a day set off by a comma at the end of a
    relative clause is the day of the clause it interrupted."""
    k = next((n for n, c in enumerate(parts) if c == clause), None)
    if k is None or k + 1 >= len(parts) or parts[k + 1].opener not in ("which", "who", "where"):
        return None
    nxt = parts[k + 1]
    return next((d for d in dates if nxt.start <= d.start < nxt.end and
                 re.search(r",\s*(?:on|in|early|late|by)?\s*$", text[nxt.start:d.start]) and
                 re.fullmatch(r"[\s.,;]*", text[d.end:nxt.end])), None)


def _later_than(told: DateFinding, later: tuple[int, int, str], start: int) -> DateFinding:
    """A date ``later`` (days, precision, words) after the date ``told``."""
    days, precision, words = later
    if told.date is None:
        return told
    return replace(told, date=told.date + dt.timedelta(days=days), rule="relative",
                   precision=max(precision, told.precision), text=f"{words} ({told.text})", start=start)


def _span_after(facts: SentenceFacts, reading: Reading, parts: list[Clause]):
    """"It took Chinshwehaw within two days", "… and Gao two days later": a taking's span written after its place
    (or set off after a relative clause interrupting it: "seized Namhkam, where the TNLA destroyed a base, four days
    later")."""
    inside = [sp for sp in reading.spots if reading.clause.start <= sp.start < reading.clause.end]
    if reading.role not in ("take", "advance"):  # (… "and reached Zangilan three days later")
        return None
    if not inside and (reading.clause.opener in ("which", "that") or reading.cue.lower() == "fell"):  # "near
        return span_later(facts.text[reading.cue_start + len(reading.cue):reading.clause.end])  # Balakliia, which
        # the army retook two days later", "The town fell two days later"
    if not inside:
        return None
    k = next((n for n, c in enumerate(parts) if c == reading.clause), None)
    nxt = parts[k + 1] if k is not None and k + 1 < len(parts) and parts[k + 1].opener in _RELATIVE else None
    closing = re.search(r",\s*([^,]+?)[\s.;]*$", facts.text[nxt.start:nxt.end]) if nxt is not None else None
    rest = facts.text[inside[-1].end:reading.clause.end]
    apposed = structure.SET_OFF.match(rest)  # ("reached Al-Juba, 50 km south of the city, a week later")
    return span_later(rest) or (span_later(rest[apposed.end():]) if apposed else None) or (
        span_later(closing.group(1)) if closing is not None and
        re.fullmatch(r"[\s,]*", facts.text[inside[-1].end:reading.clause.end]) else None)  # (the place ends it)


def _describes_the_act(reading: Reading, clause: Clause, other: Clause) -> bool:
    """Is ``other`` a "that"/"which" clause right after the noun of the act ("an attack on a mosque that killed six
    people on Monday night": the attack's day)?"""
    return other.opener in ("that", "which") and 0 <= other.start - clause.end <= 8 and \
        EVENT_NOUN.match(reading.cue) is not None


def _of_a_later_happening(facts: SentenceFacts, clause: Clause, other: Clause) -> bool:
    """Is ``other`` a clause after ``clause`` telling a happening of its own ("seized Hsenwi, and on 12 November its
    fighters overran posts around Kunlong": that date is the second's)?"""
    return other.start >= clause.end and any(other.start <= t.start < other.end for t in facts.triggers)


_PLUPERFECT = re.compile(r"\bhad\s+(?:already\s+|been\s+)?$", re.I)


def _as_news(text: str, clause: Clause, reading: Reading) -> str:
    """"In May it seized Gao", "the campaign began in March, when the group took Mopti": a taking told in a clause
    of its own is news of the campaign ("campaign": dated by its month, it is still no background) — not one told
    of a place in passing ("Qayyarah, which was retaken in August") or as what had happened before ("had already
    driven the army from Aguelhok")."""
    if reading.role != "take" and reading.event_type and clause.opener == "when":
        launch = campaign_role(text[:clause.start]) == "launch"  # "The rebellion began in January, when the MNLA
        return "launch" if launch else reading.role  # attacked the garrison town of Menaka": the campaign's start
    if reading.role != "take" or clause.opener in _RELATIVE or _PLUPERFECT.search(text, clause.start,
                                                                                   reading.cue_start):
        return reading.role
    return campaign_role(text)




# A force moving: "have pushed rapidly south", "advanced on", "swept into", "marched north".
_MOVING = re.compile(r"\b(?:push|advanc|mov|march|swe(?:ep|pt)|drove|driv|press|stream|rac)\w*\s+(?:\w+ly\s+)?"
                     r"(?:on|in|into|to|towards?|north|south|east|west|deeper|forward|from\s+the\s+(?:north|south|"
                     r"east|west))\w*\b", re.I)  # ("advanced from the south and west")


def taken_on_the_move(r: Reading, sentence: str) -> bool:
    """"Troops advanced from the south and west, taking the villages of Kisik and al-Abra": a taking told as the
    participle of a movement is a step of an advance."""
    return r.role == "take" and r.cue.lower().endswith("ing") and _MOVING.search(sentence, 0, r.cue_start) is not None


def where_it_began(r: Reading, sentence: str) -> Reading:
    """"The Houthis, who seized Sanaa in September, have pushed rapidly south this week": a taking the article looks
    back on (dated this year), told in the sentence of the force's movement, is where the advance began — no event
    of its own, the advance's origin."""
    if not (r.background and r.role == "take" and r.agent is not None and r.date is not None and
            r.date.date is not None and r.date.precision <= 3 and _MOVING.search(sentence)):
        return r
    return replace(r, event_type="", sub_event_type="", role="origin", background=False)
