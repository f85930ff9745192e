"""Timing: when a reading happened. Its date is one of its clause, else one of a clause that happened at the same
time, else a span counted from the happening told before ("a week after", "two days later", "within days"); what set
a campaign off is dated by its start ("began on Nov. 4, after …"); a reading of the past the article looks back on
is background. A happening still undated after assembly takes the day it was reported, else the article's news
peg (:func:`.leads.lead_dates`). Where a reading happened is :mod:`.anchoring`'s."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from conflictmap.events import clauses as cl, structure
from conflictmap.events.clauses import Clause
from conflictmap.events.dates import (CAMPAIGN_DAYS, DAY, DateFinding, campaign_role,
                                      find_dates, is_background, span_before, span_later)
from conflictmap.events.facts import Reading, SentenceFacts
from conflictmap.events.onset import days_of, set_off, when_of_a_time
from conflictmap.events.references import EVENT_NOUN


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
    share = reading.fatalities // len(days)  # (a toll told of all the days shared between them, as ACLED divides an
    return [replace(reading, date=d, fatalities=reading.fatalities - share * (len(days) - 1) if n == 0 else share)
            for n, d in enumerate(days)]  # aggregate toll: the remainder to the first)


_AFTERWARDS = ("after", "before", "following", "since", "until", "once")

_RELATIVE = ("where", "which", "who", "whose", "that")  # "In Kursk region, where … earlier this month, fighting…"


_NEXT_DAY = re.compile(r"\b(?:the (?:following|next) (?:day|week|morning|afternoon|evening|night)|a day later|"
                       r"the day after)\b", re.I)  # ("struck Mahini the following evening": the next day's)


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


# "… including at a funeral in Beirut for those killed on Tuesday": the day of the dead mourned, not of the happening
_OF_THOSE = re.compile(r"\bthose\s+(?:who\s+(?:were|had\s+been)\s+)?(?:killed|wounded|who\s+died|died|slain)\s+$",
                       re.I)


# "…, the latest gain in a counteroffensive launched last month": the date of a noun's own happening, set off after
# the reading's words
_OF_A_NOUN = re.compile(r",[^,;]*\b(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:launched|begun|started|"
                        r"announced|declared|signed|imposed|agreed|formed)\s+$", re.I)


def _dates_of(facts: SentenceFacts, reading: Reading, said: list) -> list:
    """The sentence's dates that may be the reading's: not one of a statement (``said``), of the dead mourned, of a
    relative clause after its words ("seized in June") or of a noun's own happening ("a counteroffensive launched
    last month")."""
    return [d for d in facts.dates if d not in said and not _OF_THOSE.search(facts.text, 0, d.start) and not (
        d.start > reading.cue_start and (structure.of_a_relative_clause(facts, reading, d) or
                                         _OF_A_NOUN.search(facts.text, reading.cue_start, d.start)))]


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
    dates = _dates_of(facts, reading, said)
    clause = reading.clause
    own = [d for d in dates if clause.start <= d.start < clause.end]
    pos = reading.spots[0].start if reading.spots else reading.cue_start
    reading.said = min(said, key=lambda d: abs(d.start - pos)) if said else None
    fixed = _next_day(facts.text, reading, dates) or _resumed_day(facts, reading, parts, dates) or \
        _beside_the_place(facts.text, reading, dates)
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
    elif (began := set_off(facts.text, clause, dates) or days_of(facts.text, clause, dates) or
          when_of_a_time(facts.text, clause, dates)) is not None:
        reading.date = began
    elif clause.opener in ("after", "before") and (span := span_before(facts.text[:clause.start])) is not None:
        _spanned(facts, reading, span, dates, published)
        return
    elif (later := span_later(_opened(facts.text, clause, reading.cue_start)) or
          _span_after(facts, reading, parts)) is not None:
        reading.background = False  # "A week later the group seized Zalingei": after the happening told before
        told = [d for d in facts.dates if d.start < clause.start and d.date is not None and d.precision <= 3] or \
            [d for d in find_dates(facts.prior_text, published) if d.date is not None and d.precision <= 3 and
             not _COUNTED_ON.search(facts.prior_text) and not _then_of_this_sentence(facts, clause, later)]
        if told:  # (dated in its main clause or the sentence before: see _COUNTED_ON)
            reading.date = _later_than(told[-1], later, reading.cue_start)
            reading.background = is_background(told[-1], published, "campaign" if reading.role == "take" else "")
            return  # ("had stormed Ramadi in May. The group took Husaybah two days later": that May's, background)
        reading.shift = (-later[0], later[1], later[2])
        return
    elif clause.opener not in _AFTERWARDS or (clause.opener == "after" and reading.cue.lower().endswith("ing") and
                                              not facts.text[clause.start:reading.cue_start].strip()):
        # ("advanced on Aden on Wednesday after capturing the air base": told as the step just before, the same day)
        shared = [d for d in dates if _describes_the_act(reading, clause, cl.clause_at(parts, d.start)) or
                  cl.clause_at(parts, d.start).opener not in _AFTERWARDS + _RELATIVE and
                  not _of_a_later_happening(facts, clause, cl.clause_at(parts, d.start)) and
                  not _nested(parts, clause, cl.clause_at(parts, d.start))]
        if shared:
            reading.date = min(shared, key=lambda d: abs(d.start - pos))
    _as_of_saying(reading)
    reading.background = _looks_back(facts, reading, parts, (own, dates), published) or (
        not own and clause.opener == "when" and reading.date is not None and reading.date.since and not (
            reading.date.date and published and 0 <= (published - reading.date.date).days <= SINCE_NEWS_DAYS))
    # ("killed since Oct. 7, when …": what happened at the start of a count is the past it was counted from; not
    # "since Thursday, when gunmen ambushed a convoy": this week's news)


SINCE_NEWS_DAYS = 7  # a count since a day this recent started with the news itself


def _spanned(facts: SentenceFacts, reading: Reading, span: tuple, dates: list[DateFinding], published) -> None:
    """A reading of a clause opened by "after" or "before" a span ("two days after …"): counted from the happening
    told before it (see :func:`.assembly.assemble`), or from its main clause's day when that is the past, or a death
    of wounds."""
    clause, (days, precision, words) = reading.clause, span
    reading.shift = (days if clause.opener == "after" else -days, precision, f"{words} {clause.opener}")
    reading.background = clause.opener == "after" and days > CAMPAIGN_DAYS  # ("recaptured Bama, six months
    # after the militants seized it": the past the report looks back on)
    told = [d for d in dates if d.start < clause.start and d.date is not None and d.precision <= 3]
    if told and is_background(told[-1], published, "campaign" if reading.role == "take" else ""):  # ("was
        # captured in June 2014, days after the group seized Mosul": counted from that June, the past too)
        reading.date = _later_than(told[-1], (-reading.shift[0], *reading.shift[1:]), reading.cue_start)
        reading.shift, reading.background = None, True
    elif told and told[-1].precision == DAY and _DIED_OF_WOUNDS.search(facts.text, 0, clause.start):  # ("A
        # police officer succumbed to his injuries on Sunday, two days after bandits ambushed a patrol": Friday)
        reading.date = _later_than(told[-1], (-reading.shift[0], *reading.shift[1:]), reading.cue_start)
        reading.shift = None


def _beside_the_place(text: str, reading: Reading, dates: list[DateFinding]) -> DateFinding | None:
    """"… dozens of villages since launching a counteroffensive in late August, including Snihurivka on Thursday": a
    place taken that its clause's words reach out of, with its own day written right after it."""
    spot = reading.spots[0] if reading.spots and reading.role == "take" else None
    if spot is None or spot.start < reading.cue_start or reading.clause.start <= spot.start < reading.clause.end:
        return None  # (not "retook Gao on Sunday, … after rebels seized the town": Gao's day is the retaking's)
    return next((d for d in dates if 0 <= d.start - spot.end <= 2 and d.precision == DAY), None)


def _opened(text: str, clause: Clause, cue_start: int) -> str:
    """The clause's words before its cue, with its opener when that is "then" (", then seized the town of Nahta")."""
    return ("then " if "then" in clause.opener.split() else "") + text[clause.start:cue_start]


def _then_of_this_sentence(facts: SentenceFacts, clause: Clause, later: tuple) -> bool:
    """"The town fell two days later, and the rebels then moved on Uvira": "then" counts from the happening told
    before it in its sentence (by the assembly, however that one is dated), not from the sentence before."""
    return later[2] == "then" and any(t.start < clause.start for t in facts.triggers)


def _looks_back(facts: SentenceFacts, reading: Reading, parts: list[Clause], found: tuple, published) -> bool:
    """Is the reading of the past the article looks back on: its date, or any date of its clause (``found``: the
    clause's own dates and the sentence's, not the statements')?"""
    (own, dates), clause = found, reading.clause
    text = facts.text[clause.start:clause.end]
    mine = [reading.date] if reading.date in own else own  # (a clause of two happenings: this one's own date)
    role = _as_news(facts.text, clause, reading)
    own_end = next((c.start for c in parts if c.start >= clause.end and c.opener in _RELATIVE),
                   len(facts.text))  # (not "the palace, … that the RSF had held since the war began": the palace's)
    background = any(is_background(d, published, role) for d in mine) or cl.looks_back(text) or \
        cl.summed_up(facts.text[clause.start:own_end]) or clause.opener == "since" and \
        cl.summed_up(facts.text[facts.text.rfind(" ", 0, clause.start - 1) + 1:])  # ("killed since the fighting began")
    if reading.date is not None and is_background(reading.date, published, role):
        background = True
    others = [d for d in dates if not _its_own_time(facts.text, cl.clause_at(parts, d.start)) and
              not _nested(parts, clause, cl.clause_at(parts, d.start))]  # (not "victories since the group ended a
    if not own and others and all(is_background(d, published, role) for d in others):  # truce in November")
        background = True  # "Russian forces captured Izium in early April after weeks of bombardment"
    if not any(d.precision == DAY for d in own) and _MANY.search(text):
        background = True  # "carried out nearly 500 air strikes on the city between August and December": a sum
    if _counted_since(facts, clause, parts, (dates, published)):
        background = True  # "Fighting has killed more than 1,000 people since Dec. 15": a sum over weeks
    if clause.opener in ("which", "who", "whose", "that") and not own and reading.event_type and \
            not _SAYS.match(facts.text, clause.start) and not _SAID_AND_THAT.search(facts.text, 0, clause.start) and \
            not _HOURS_BEFORE.search(text):  # (but "Sinjar, which the Peshmerga abandoned before dawn": today's)
        background = True  # "a militia that fought alongside federal troops", "Hsenwi, which it captured" (not "the
        # RSF, which said it had seized the palace": the news it tells)
    if clause.opener == "since" and reading.role == "take" and (reading.date is None or
                                                                is_background(reading.date, published)):
        background = True  # "the worst violence since the fall of Assad in December": the start of a lasting state
        # (not "since the RSF captured Wad Madani on Dec. 18", a week before: news)
    return background


# clauses whose dates are their own happening's: "victories since …", "two towns the alliance seized in October"
# many happenings counted as done ("carried out nearly 500 air strikes", "launched hundreds of attacks"): no one of
# them — hundreds are a campaign's, not a day's ("carried out at least 15 air strikes on Ariha after it fell"); not
# "five fighters were killed in 73 strikes" (the strikes told before, their toll)
_MANY = re.compile(r"\b(?:carried\s+out|conducted|launched|staged|mounted|flew)\s+(?:(?:nearly|almost|more\s+than|over|"
                   r"about|some|at\s+least)\s+)?(?:\d{3,}|\d{1,3}(?:,\d{3})+|hundreds|thousands)\s+(?:of\s+)?"
                   r"(?:[\w-]+\s+)?(?:air\s*strikes|strikes|attacks|raids|bombings|sorties)\b|"
                   r"\b(?:hundreds|thousands)\s+of\s+times\b|"  # ("struck the city thousands of times")
                   r"\b(?:weeks|months|years)\s+of\s+(?:[\w-]+\s+)?(?:air\s*strikes|strikes|shelling|bombardment|"
                   r"bombing|drone\s+strikes)\b", re.I)  # ("after weeks of air strikes on the town")

_ITS_OWN_TIME = ("since", "which", "who", "whose", "where")
_DIED_OF_WOUNDS = re.compile(r"\b(?:succumbed|died)\s+(?:of|from|to)\s+(?:his|her|their)\s+(?:injuries|wounds)\b|"
                             r"\bdied\s+in\s+hospital\b", re.I)


def _its_own_time(text: str, clause: Clause) -> bool:
    """Are a clause's dates its own happening's: "victories since …", "Kidal, a town that had been held by the
    rebels since 2012" (not "said X and that its forces had …": what was said)?"""
    return clause.opener in _ITS_OWN_TIME or clause.opener == "that" and not _SAID_AND_THAT.search(
        text, 0, clause.start) and not _CLEFT.match(text)  # (not "It was in Daraa that the 2011 uprising began, when
    # … protests spread": the sentence's time)


_CLEFT = re.compile(r"\s*It\s+(?:was|is)\b")
_HOURS_BEFORE = re.compile(r"\b(?:(?:before|at)\s+dawn|overnight|hours\s+(?:earlier|before)|that\s+night)\b", re.I)
_SAID_AND_THAT = re.compile(r"\b(?:and|or)\s+that\s+$", re.I)  # ("said X and that its forces had repelled …": what
# was said, no relative clause)
_SAYS = re.compile(r"\s*(?:(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+)?(?:said|says|claimed|claims|announced)\b", re.I)


def _counted_since(facts: SentenceFacts, clause: Clause, parts: list[Clause], found: tuple) -> bool:
    """Is the clause counted over a span that its sentence's next clause opens, since a day of the past ("has killed
    more than 1,000 people since Dec. 15")? Not since a recent day ("… since Thursday"), a record measured, nor
    a relative clause's state ("retook Sevare from rebels who had held it since May")."""
    nxt = next((c for c in parts if c.start >= clause.end), None)  # (found: the sentence's dates, the published day)
    return nxt is not None and nxt.opener == "since" and facts.text[clause.end:nxt.start].strip(" ,").lower() in (
        "", "since") and not cl.measured(facts.text[clause.start:clause.end]) and not re.search(
        r"\b(?:who|which|that)\b", facts.text[clause.start:nxt.start], re.I) and any(  # ("since March": across the
        d.since and is_background(d, found[1]) for d in found[0] if d.start < nxt.end and  # clause's opener)
        d.start + len(d.text) > nxt.start)


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
    if not inside:  # "encircled Manbij on June 10 and entered it two weeks later": the place told before, by name
        rest = facts.text[reading.cue_start + len(reading.cue):reading.clause.end]
        pronoun = _PRONOUN_OBJECT.match(rest)
        return span_later(rest[pronoun.end():]) if pronoun else None
    k = next((n for n, c in enumerate(parts) if c == reading.clause), None)
    nxt = parts[k + 1] if k is not None and k + 1 < len(parts) and parts[k + 1].opener in _RELATIVE else None
    closing = re.search(r",\s*([^,]+?)[\s.;]*$", facts.text[nxt.start:nxt.end]) if nxt is not None else None
    rest = facts.text[inside[-1].end:reading.clause.end]
    apposed = structure.SET_OFF.match(rest)  # ("reached Al-Juba, 50 km south of the city, a week later")
    return span_later(rest) or (span_later(rest[apposed.end():]) if apposed else None) or (
        span_later(closing.group(1)) if closing is not None and
        re.fullmatch(r"[\s,]*", facts.text[inside[-1].end:reading.clause.end]) else None)  # (the place ends it)


_PRONOUN_OBJECT = re.compile(r"\s+(?:it|them)\b", re.I)


def _describes_the_act(reading: Reading, clause: Clause, other: Clause) -> bool:
    """Is ``other`` a "that"/"which" clause right after the noun of the act ("an attack on a mosque that killed six
    people on Monday night": the attack's day)?"""
    return other.opener in ("that", "which") and 0 <= other.start - clause.end <= 8 and \
        EVENT_NOUN.match(reading.cue) is not None


def _of_a_later_happening(facts: SentenceFacts, clause: Clause, other: Clause) -> bool:
    """Is ``other`` a clause after ``clause`` telling a happening of its own ("seized Hsenwi, and on 12 November its
    fighters overran posts around Kunlong": that date is the second's)?"""
    return other.start >= clause.end and other.opener not in ("when", "as", "while") and (
        any(other.start <= t.start < other.end for t in facts.triggers) or  # (not "killed 17 soldiers when it
        # attacked a base last week": the same happening's time)
        other.opener in ("and", "but"))  # ("has since seized Hsenwi, and the military agreed to a ceasefire this
    # month": a second subject's act, dated for itself)


def _nested(parts: list[Clause], clause: Clause, other: Clause) -> bool:
    """Is ``other`` a clause inside one that opens after ``clause`` with "after", "since" or a relative pronoun ("took
    the base after weeks of fighting that began when the group broke a ceasefire in late June": June is the
    fighting's start, not the taking's)?"""
    return other.subordinate and other.start >= clause.end and any(
        clause.end <= c.start < other.start and c.opener in _AFTERWARDS + _RELATIVE for c in parts)


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


# words of another time than the news's: an undated happening told with one takes no lead day
