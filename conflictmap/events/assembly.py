"""From readings to happenings: one article's readings (:mod:`.readings`) put together as ACLED codes events.

- A reading that only refers to a happening already told ("the attack", "condemned the shelling"), or that has no
  place of its own ("The hiding militants opened fire…"), belongs to the happening around it: the one of its
  sentence, the one a following "The attack took place near X" places, or the last one of its paragraph. Explosives
  and shells in a ground fight are part of the fight; weapons recovered after a fight or an arrest part of it.
- Dates: "the same night" is the last happening's; a reading with no date of its own and no word of time takes the
  article's news peg (its first dated happening) — unless it lies in the past the article looks back on.
- One event per place, day and type (the most specific sub-type); a report of the day's violence at a region or
  country where the article also names the town is the same violence, and goes."""

from __future__ import annotations

import datetime as dt
import re

from conflictmap.events import lexicon, types as et, words as ew
from conflictmap.events.tolls import CROSSFIRE, outcome
from conflictmap.events.dates import DAY, MONTH, DateFinding, plainer_day
from conflictmap.events.drafts import Draft, agent_name, day_of, merge_all, place_key, side, side_of
from conflictmap.events.places import finer_in
from conflictmap.events.facts import Reading
from conflictmap.events.clauses import ALLEGED
from conflictmap.events.fatalities import ALSO_KILLED, other_dead

_SAME_TIME = re.compile(r"\b(?:the same (?:day|night|evening|morning|time)|that (?:day|night|evening|morning)|"
                        r"(?:earlier|later) in the (?:day|evening|night|morning)|"
                        r"at (?:about|around) the same time|hours later|later that (?:day|night|evening)|"
                        r"minutes later|moments later|shortly (?:after|afterwards)|meanwhile)\b", re.I)
_LOCATING = re.compile(r"^\s*(?:the|this|that)\s+(?:(?:attack|ambush|raid|assault|blast|explosion|strike|"
                       r"shelling|clash|fighting|gunfight|incident|killing|abduction|massacre)\s+(?:took place|"
                       r"happened|occurred|was carried out)|(?:" + lexicon.family("armed_bands").pattern() +
                       r")\s+(?!were\b|had\s+been\b))\b", re.I)  # ("The attackers detonated explosives near X")




def assemble(readings: list[Reading], paragraph_of: dict[int, int], sentence_text: dict[int, str]) -> list[Draft]:
    """The article's happenings from its readings (route points aside), in order of first mention."""
    drafts: list[Draft] = []
    held: list[Reading] = []  # placeless readings, placed once their paragraph is read
    for r in readings:
        if r.background or not r.event_type:
            continue  # (route points are read by the events module)
        if r.reference or not r.spots or r.strength < 0:
            held.append(r)  # (a place named only as an origin, a destination or a reference point: a last resort)
            continue
        if _means(drafts, r):
            continue
        drafts.extend(_own(r))
    places = {}  # each sentence's places, background readings' too ("said its fighters had liberated the town after
    for r in readings:  # a three-day battle": the battle's)
        places.setdefault(r.sentence_index, []).extend(r.spots if not r.reference else [])
    moves = [r for r in readings if r.role == "advance" and not r.event_type and not r.background and r.spots and
             ew.ARRIVED.search(r.cue)]  # (an advance that got somewhere: "pushed into X"; not an earlier step's taking)
    for r in held:
        _attach(drafts, r, paragraph_of, sentence_text, places, moves)
    _shifted_dates(drafts, et.TERRITORY_SUBTYPES)  # (before merging: "retook
    # Konna on Friday, a day after the militants captured it" is Thursday's taking, which the next sentence tells)
    drafts = merge_all(drafts, sentence_text)
    _fold_ground_weapons(drafts)
    _shifted_dates(drafts)
    _same_time_dates(drafts, sentence_text)
    return drafts


def _own(r: Reading) -> list[Draft]:
    """A reading as happenings of its own, one at each of its places."""
    return [Draft(r.event_type, r.sub_event_type, spot, r.date, [r], role=r.role) for spot in r.spots]


def _shifted_dates(drafts: list[Draft], kinds: tuple[str, ...] = ()) -> None:
    """"The advance came a week after Russian units took Niu-York": a week before the happening told before it (in
    an earlier sentence, or earlier in the same one); ``kinds``: only happenings of these sub-event types."""
    for d in drafts:
        r = next((r for r in d.readings if r.shift is not None), None)
        if d.date is not None or r is None or kinds and d.sub_event_type not in kinds:
            continue
        anchor = next((when for o in reversed(sorted(drafts, key=lambda o: (o.first.sentence_index, o.first.cue_start)))
                       if o is not d and (when := _dated_by(o)) is not None and
                       (o.first.sentence_index, o.first.cue_start) < (r.sentence_index, r.cue_start)), None)
        # ("seizing Tikrit on Wednesday, a day after they overran Mosul": the happening before, in the sentence too)
        if anchor is not None:
            days, precision, words = r.shift
            try:
                day = anchor.date - dt.timedelta(days=days)
            except OverflowError:
                continue  # ("a million days later": no date)
            d.date = DateFinding(day, max(precision, anchor.precision), "relative", f"{words} ({anchor.text})", 0)
            d.date_note = "shift"


def _dated_by(d: Draft) -> DateFinding | None:
    """A happening's date, or the day it was said to have happened by ("the RSF said on Saturday they had taken
    Sinja … took Jebel Moya a week earlier": a week before Saturday)."""
    if d.date is not None and d.date.date is not None:
        return d.date
    return next((r.said for r in d.readings if r.said is not None and r.said.date is not None and not r.background),
                None)


def _means(drafts: list[Draft], r: Reading) -> bool:
    """Shells, bombs or strikes told as the means of a fight in the same sentence ("withdrew from Ras Lanuf after a
    day of pounding by tanks, artillery and warplanes") are part of that fight: they join it."""
    if r.event_type != et.REMOTE or not r.clause.subordinate or r.clause.opener in ("where", "which", "who"):
        return False  # ("posts around Laukkai, where junta aircraft bombed a village": a happening of its own there)
    host = next((d for d in drafts if d.event_type == et.BATTLES and d.first.sentence_index == r.sentence_index and
                 any(place_key(d.spot) == place_key(s) for s in r.spots)), None)
    if host is None:
        return False
    if r.clause.opener in _HOW and all(outcome(x) for x in host.readings):
        # "Two soldiers were killed when their vehicle struck a roadside bomb near Ansongo on Monday": the
        # killing is the outcome the clause tells; the blast is the happening (and its day the killing's)
        host.event_type, host.sub_event_type, host.date = r.event_type, r.sub_event_type, host.date or r.date
    host.readings.append(r)
    return True


_PERFECT = re.compile(r"\b(?:has|have)\s+(?:also\s+|now\s+)?(?:been\s+)?(?:killed|died|lost)\b", re.I)


def _so_far(r: Reading, sentence_text: dict[int, str]) -> bool:
    """Is a reading told in the present perfect ("have been killed in the battle"): a count up to now?"""
    return _PERFECT.search(sentence_text.get(r.sentence_index, ""), r.clause.start, r.clause.end) is not None


# "killed in the final assault": the latest happening of its type told, by its day; the openers of a clause that tells how an outcome came about
_FINAL, _HOW = re.compile(r"\b(?:final|last|decisive|latest)\s+(?:[\w-]+\s+)?$", re.I), ("when", "as", "after")


WEEK_DAYS = 7


def _attach(drafts: list[Draft], r: Reading, paragraph_of: dict[int, int], sentence_text: dict[int, str],
            places: dict[int, list], moves: list[Reading] = ()) -> None:
    """A placeless or referring reading joins the happening around it (see the module's docstring); with none,
    one at the place an advance told just before reached (``moves``: the advances)."""
    if r.reference:
        told = [d for d in drafts if d.first.sentence_index <= r.sentence_index]
        told = [d for d in told if not all(x.shift and abs(x.shift[0]) > WEEK_DAYS for x in d.readings)] or told
        # (not the time another is told by, weeks before: "… captured Jisr al-Shughour, a month after the coalition
        # took Idlib. 60 were killed in the fighting"; but "five days after they stormed it. The attack began …")
        if r.spots and r.fatalities and ALLEGED.search(sentence_text.get(r.sentence_index, ""), 0, r.cue_start) and \
                not any(place_key(d.spot) == place_key(s) for d in told for s in r.spots):
            drafts.extend(_own(r))  # "… and accused the TPLF of killing 100 young people in Kombolcha": its own
            return
        same_type = [d for d in told if d.event_type == r.event_type]
        same_place = [d for d in told if any(place_key(d.spot) == place_key(s) for s in r.spots)]
        near = [d for d in told if paragraph_of[d.first.sentence_index] == paragraph_of[r.sentence_index]]
        named = [d for d in same_type if d in same_place]  # "the fighting for Mubi": of those there, the latest
        elsewhere = bool(r.spots) and not same_place  # ("In Goma, … killed in the fighting for the city": not Kalehe's)
        coarse = [d for d in same_type if finer_in(r.spots[0], d.spot, unplaced=not r.fatalities)] if elsewhere else []
        if coarse:  # "A suicide bomber … killed 40 police in Kashmir. … The explosion struck a bus near Pulwama": the
            coarse[-1].spot, same_place, elsewhere = r.spots[0], [coarse[-1]], False  # region's town, told after
        named = named or (same_type if _FINAL.search(sentence_text.get(r.sentence_index, ""), 0, r.cue_start) else [])
        if not elsewhere and (named or same_type or same_place or near):  # "the strike hit positions …, killing six":
            host = max(enumerate(named), key=lambda t: (day_of(t[1]) or dt.date.min, t[0]))[1] if named else \
                (same_type or same_place or near)[-1]  # the strike's toll; "The attack left 77 dead": the one told
            if _so_far(r, sentence_text) and host.date is not None and host.date.precision >= MONTH:
                return  # "… in August. At least 700 fighters have been killed in the battle": a sum, not August's
            _more_dead(host, r, sentence_text)
            host.readings.append(r)
            host.date = r.date if r.sub_event_type == host.sub_event_type and plainer_day(
                r.date, host.date, (r.clause.start, r.clause.end)) else host.date  # ("The attack began on Sunday")
            if r.event_type == et.VAC and host.sub_event_type == et.ARMED_CLASH and \
                    all(x.target is None for x in host.readings if x is not r) and \
                    all(place_key(sp) == place_key(host.spot) for sp in r.spots):  # "Rebels attacked Sake. The attack
                host.event_type, host.sub_event_type = et.VAC, et.ATTACK  # killed four civilians": on its people
        elif r.spots and r.fatalities and r.strength >= 0 and (not r.said or r.date is not None):
            # nothing told before it there: "17 soldiers were killed in the fighting around Sake" opens the story
            drafts.extend(_own(r))
        return
    host = _host_around(drafts, r, paragraph_of, sentence_text, places.get(r.sentence_index, []))
    if host is None:
        drafts.extend(_own(r) or _of_its_own_day(drafts, r, paragraph_of) or _where_it_pushed(moves, r, paragraph_of)
                      or _at_the_storys_town(drafts, r))
        return  # nothing around it: its own weak place; else … where an advance just told reached
    if r.event_type and all(x.reference for x in host.readings):  # "The toll from Saturday's attack … has risen
        host.event_type, host.sub_event_type = r.event_type, r.sub_event_type  # to 17. Jihadists had fired mortar
    told_doers = r.agent is not None and r.agent.actor is None and re.search(  # ("the gunmen arrived on motorcycles":
        r"\bthe\s+$", sentence_text.get(r.sentence_index, "")[:r.agent.start], re.I)  # the doers told before, whoever)
    if _joins(host, r, bool(told_doers), sentence_text.get(r.sentence_index, "")) and _near_day(r, host):
        # ("The attackers fired shells at the market": the "attack" told first; not "clashed on Saturday evening")
        _more_dead(host, r, sentence_text)
        host.readings.append(r)
        host.sub_event_type = et.more_specific(host.event_type, host.sub_event_type, r.sub_event_type) \
            if r.event_type == host.event_type else host.sub_event_type
        host.date = r.date if host.date is None and r.date is not None else host.date
        return
    drafts.append(Draft(r.event_type, r.sub_event_type, host.spot, r.date or host.date, [r],
                        date_note="" if r.date else "host"))


def _more_dead(host: Draft, r: Reading, sentence_text: dict[int, str]) -> None:
    """A toll told after a happening's that counts more dead: "One soldier was also killed", or the next sentence's
    dead of other groups ("… killing 10 soldiers. The army said 25 militants were killed in the ensuing fighting")
    — added to the toll told before (of its own sentence: already counted)."""
    said, told = sentence_text.get(r.sentence_index, ""), sentence_text.get(host.first.sentence_index, "")
    if r.fatalities and (ALSO_KILLED.search(said, max(0, r.cue_start - 20)) or
                         r.sentence_index == host.first.sentence_index + 1 and other_dead(told, said)):
        r.fatalities += max((x.fatalities for x in host.readings if x.sentence_index != r.sentence_index), default=0)


def _host_around(drafts: list[Draft], r: Reading, paragraph_of: dict[int, int], sentence_text: dict[int, str],
                 places: list):
    """The happening a placeless reading joins: of its sentence, at a place its sentence names (``places``), of a
    next one placing it, at its weak place, of its paragraph before it ("… after hours of fighting. Two officers
    were killed"), of the paragraph before."""
    n, para = r.sentence_index, paragraph_of[r.sentence_index]
    told = {id(d): [x.sentence_index for x in d.readings if x.sentence_index < n and
                    paragraph_of[x.sentence_index] == para] for d in drafts}  # (by any of a draft's readings)
    nxt = _LOCATING.match(sentence_text.get(n + 1, "")) is not None
    for pool in ([d for d in drafts if any(x.sentence_index == n for x in d.readings)],
                 [d for d in drafts if any(place_key(d.spot) == place_key(sp) for sp in places) and _near_day(r, d)],
                 [d for d in drafts if nxt and d.first.sentence_index == n + 1],
                 [d for d in drafts if any(place_key(d.spot) == place_key(sp) for sp in r.spots)],
                 sorted((d for d in drafts if told[id(d)]), key=lambda d: max(told[id(d)])),
                 [d for d in drafts if d.first.sentence_index < n and paragraph_of[d.first.sentence_index] == para - 1
                  and _near_day(r, d)]):  # ("Rebels seized Bangui on Sunday. ¶ … after heavy fighting overnight")
        if pool:
            kind = [d for d in pool if d.event_type == r.event_type] or pool
            return kind[-1] if n > pool[-1].first.sentence_index else kind[0]
    return None


_PAST_HOURS = re.compile(r"\b(?:past|last|previous)\s+(?:\d+|twenty-four|48)\s+hours\b|\bovernight\b", re.I)


def _at_the_storys_town(drafts: list[Draft], r: Reading) -> list[Draft]:
    """"Dozens of militants were killed as they fled in a convoy …, after coalition aircraft struck the vehicles on
    Wednesday": a violent happening between armed sides that its sentence places nowhere, told of a story whose
    first happening was taken at a town, is at that town (ACLED places it at the nearest place the report gives)."""
    lead = next((d for d in drafts if d.role == "take" and d.spot.feature == "place"), None)
    sides = [p for p in (r.agent, r.target) if p is not None]
    if lead is None or r.reference or r.spots or r.event_type not in (et.BATTLES, et.REMOTE) or not sides or \
            r.sentence_index <= lead.first.sentence_index or r.date is None or r.date.precision != DAY or \
            _PAST_HOURS.search(r.date.text):
        return []  # (with a day of its own: not "had killed 1,500 soldiers in the past 24 hours", a front's sum)
    return [Draft(r.event_type, r.sub_event_type, lead.spot, r.date, [r])]


def _of_its_own_day(drafts: list[Draft], r: Reading, paragraph_of: dict[int, int]) -> list[Draft]:
    """"Militants attacked Damasak on Tuesday … ¶ The fighters arrived on Saturday evening and clashed with soldiers":
    a placeless happening of a day of its own, where the paragraph before put its happening — or, when one of its
    kind told before is of its day (or the day before or after), a part of that one."""
    before = [d for d in drafts if d.first.sentence_index < r.sentence_index and
              paragraph_of[d.first.sentence_index] == paragraph_of[r.sentence_index] - 1]
    if r.date is None or r.date.date is None or not before:
        return []
    near = [d for d in drafts if d.first.sentence_index < r.sentence_index and (when := _dated_by(d)) is not None
            and abs((when.date - r.date.date).days) <= 1]  # ("… took Debaltseve on Wednesday. ¶ … first capturing
    # Vuhlehirsk on Feb. 5. ¶ At least 13 soldiers were killed in the past day": the happening of its days, of its
    # kind, not Feb. 5's)
    if near and near[-1].event_type == r.event_type:
        near[-1].readings.append(r)
        return []
    return [Draft(r.event_type, r.sub_event_type, (near or before)[-1].spot, r.date, [r])]


def _where_it_pushed(moves: list[Reading], r: Reading, paragraph_of: dict[int, int]) -> list[Draft]:
    """"Islamic State fighters pushed into Kobani on Monday. … Kurdish fighters were fighting them street by
    street": a placeless happening between named sides, told within two sentences of an advance into a place and
    in its paragraph or the next, is there (ACLED places fighting where the advance met it), on its own day or the
    advance's."""
    if r.reference or r.agent is None and r.target is None or r.strength >= 0 and r.spots:
        return []
    near = [m for m in moves if 0 <= r.sentence_index - m.sentence_index <= 2 and
            0 <= paragraph_of[r.sentence_index] - paragraph_of[m.sentence_index] <= 1]
    if not near:
        return []
    move = near[-1]
    return [Draft(r.event_type, r.sub_event_type, move.spots[0], r.date or move.date, [r],
                  date_note="" if r.date else "host")]


def _near_day(r: Reading, d: Draft) -> bool:
    """Is an undated reading, or one dated a day from the happening, possibly of it?"""
    day = day_of(d)
    if r.date is not None and r.date.date is not None and r.date.precision == DAY and r.sub_event_type != \
            d.sub_event_type and day is not None and r.date.date != day:
        return False  # ("On Tuesday they fought street battles with soldiers" before Wednesday's taking: a day's own)
    return r.date is None or r.date.date is None or day is not None and abs((r.date.date - day).days) <= 1


def _joins(host: Draft, r: Reading, told_doers: bool = False, sentence: str = "") -> bool:
    """Is a placeless reading part of the happening it attaches to? (Civilians "killed by stray bullets" after a
    clash, or a taking fought for, are its dead: ACLED counts those caught in a battle's crossfire in the battle.)"""
    if r.event_type == et.VAC and host.event_type == et.BATTLES and r.agent is None and CROSSFIRE.search(sentence):
        return True  # (a taking fought for too: "clashed with soldiers on the outskirts before entering it")
    if r.event_type == host.event_type:
        return r.event_type not in (et.REMOTE, et.VAC) or None in (side(host), side_of(r.agent)) or told_doers or \
            side(host) == side_of(r.agent)  # (another side's strike there is another event)
    return r.event_type == et.REMOTE and host.event_type == et.BATTLES and r.sub_event_type != et.AIR_STRIKE or \
        r.sub_event_type in (et.DISRUPTED_WEAPONS,) or \
        r.event_type == et.VAC and host.sub_event_type == et.ARMED_CLASH and r.target is None and not r.fatalities
    # (explosives and shells in a ground fight; weapons found; "the rebels had attacked from the PK12 district at
    # dawn", an attack on nobody named, told of a clash there — not of a taking: "stormed it … The attack began")


def _fold_ground_weapons(drafts: list[Draft]) -> None:
    """Bombs, shells or grenades of the same side in the same sentence as its ground assault, at the same place
    and day ("rammed an explosives-laden vehicle into a post … and then stormed the compound"), are the assault:
    one battle. (A strike from the air stays its own event; so does another side's shelling beside a clash.)"""
    for d in list(drafts):
        if d.event_type != et.REMOTE or d.sub_event_type == et.AIR_STRIKE:
            continue
        sentences = {r.sentence_index for r in d.readings}
        host = next((o for o in drafts if o.event_type == et.BATTLES and place_key(o.spot) == place_key(d.spot) and
                     day_of(o) == day_of(d) and sentences & {r.sentence_index for r in o.readings} and
                     (not agent_name(d) or agent_name(d) == agent_name(o))), None)
        if host is not None:
            host.readings.extend(d.readings)
            drafts.remove(d)


def _same_time_dates(drafts: list[Draft], sentence_text: dict[int, str]) -> None:
    """"The same night, gangs also broke into…": the date of the happening told just before."""
    ordered = sorted(drafts, key=lambda d: d.first.sentence_index)
    for n, d in enumerate(ordered):
        if d.date is None and n and _SAME_TIME.search(sentence_text[d.first.sentence_index]):
            previous = next((o for o in reversed(ordered[:n]) if o.date is not None), None)
            if previous is not None and previous.date.precision == DAY:  # (not "meanwhile" after "took the city
                # centre in April": the news's time, not that month's)
                d.date, d.date_note = previous.date, "same-time"
