"""Drafts of happenings, and when two are one: a happening being put together (:class:`Draft`, its place's key and
its day), and ACLED's one event per place, day and type (:func:`merge_all`): an undated report joins the dated one of
its kind at its place; a taking and its retaking, two sides' strikes, a capture told as news weeks after the town was
entered stay apart; weapons recovered or property destroyed in an attack fold into it. Used by
:mod:`conflictmap.events.assembly` and every module that reads a draft."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from conflictmap.events import types as et
from conflictmap.events.dates import WEEK, in_its_month
from conflictmap.events.facts import Reading
from conflictmap.events.places import Spot, finer_in

_ENTERED = re.compile(r"entered|stormed|(?:pushed|moved|broke|swept)\s+into", re.I)  # (a town entered is not yet held)
_CHANGES_OF_HANDS = frozenset((et.NSA_TAKEOVER, et.GOV_REGAINS))  # a place taken by one side from another


@dataclass
class Draft:
    """A happening being put together: where, when, what, who, and every sentence that reports it."""

    event_type: str
    sub_event_type: str
    spot: Spot | None
    date: object  # DateFinding | None
    readings: list[Reading] = field(default_factory=list)
    date_note: str = ""  # how the date was had when not from its own words: "same-time", "lead", "said"
    role: str = ""
    least_toll: int = 0  # a lower toll another source gives ("the army put it at six"): ACLED codes the lowest

    @property
    def first(self) -> Reading:
        return self.readings[0]


def place_key(spot: Spot | None):
    if spot is None:
        return None
    if spot.placed is not None:
        t = spot.placed.toponym
        # (a facility named after the town is at the town: ACLED's one event per place, day and sides)
        return ("placed", t.gazetteer_name, t.country_code, round(spot.placed.lat, 2), round(spot.placed.lon, 2))
    return ("unplaced", spot.name.lower())


def day_of(draft: Draft):
    return draft.date.date if draft.date is not None else None


def _kind(draft: Draft) -> str:  # (a change of hands without a fight is one with the fighting there)
    return et.BATTLES if draft.sub_event_type == et.NONVIOLENT_TERRITORY else draft.event_type


def _gave_up_for(a: Draft, b: Draft) -> bool:
    """Is one a withdrawal from a place (nobody named as taking it) a day or two before the other side's taking of it
    ("troops pulled out of Bukavu on Saturday" … "the rebels walked into Bukavu on Sunday")? One change of hands."""
    def withdrawal(d: Draft) -> bool:
        return all(r.role == "take" and r.agent is None and r.target is not None for r in d.readings)
    return any(withdrawal(w) and not withdrawal(t) and side(t) is not None and 0 <= (day_of(t) - day_of(w)).days <= 2
               for w, t in ((a, b), (b, a)))


def _told_by(draft: Draft):
    """The day an undated happening was reported by ("said on Sunday it had captured"), if told."""
    days = [r.said.date for r in draft.readings if r.said is not None and r.said.date is not None]
    return min(days, default=None)


def _mergeable(a: Draft, b: Draft, sentence_text: dict[int, str]) -> bool:
    if _kind(a) != _kind(b) or place_key(a.spot) != place_key(b.spot):
        return False  # ("The militants withdrew from Adale without a fight" and its recapture: one change of hands)
    if _told_later(a, b, sentence_text) or _told_later(b, a, sentence_text):
        return False  # "militants overran the camp … Government troops later regained control of it": two events
    if day_of(a) is not None and day_of(b) is not None and day_of(a) != day_of(b) and not _gave_up_for(a, b) and not (
            in_its_month(a.date, b.date) or in_its_month(b.date, a.date) or _in_its_week(a, b)):
        return False  # (but "seized both towns in late October … took Dessie on Oct. 30": one)
    if _news_apart(a, b) or _news_apart(b, a):
        return False
    territory = _CHANGES_OF_HANDS
    if a.sub_event_type in territory and b.sub_event_type in territory and a.sub_event_type != b.sub_event_type and \
            None not in (side(a), side(b)):
        return False  # taken, and taken back: two events (but "the fall of Avdiivka", told with no side, is the same)
    if (a.sub_event_type in territory) != (b.sub_event_type in territory) and \
            None not in (_camp(a), _camp(b)) and _camp(a) != _camp(b):
        return False  # "security forces said they had recaptured Kunduz … The insurgents had stormed Kunduz on
        # Monday": one side's storming is no taking by the other
    if a.event_type in (et.REMOTE, et.VAC) and None not in (side(a), side(b)) and side(a) != side(b) and \
            not _a_band_of(a, b) and not _a_band_of(b, a):
        return False  # "the RSF shelled the hospital … the army's air force bombed RSF positions": two strikes
    return True


def _in_its_week(a: Draft, b: Draft) -> bool:
    """Are two changes of hands one, a date counted to the week ("drove them out two weeks before") and the other
    within it (a week either way)?"""
    x, y = a.date, b.date
    return {a.sub_event_type, b.sub_event_type} <= _CHANGES_OF_HANDS and WEEK in (x.precision, y.precision) and \
        abs((x.date - y.date).days) <= 7


NEWS_DAYS = 7  # days before the day an undated taking was told by that a taking of the same place is another one


def _news_apart(x: Draft, y: Draft) -> bool:
    """Is the undated ``x``, told by a day, not the dated ``y``: "said on Sunday it had captured Shusha" is not
    "repelled attacks near Shusha" on Monday (what was told by a day happened by then); "said on Wednesday they had
    captured the town of Tabqa" is not "entered the town in late April" nor "took the Tabqa air base on March 26"
    (a town entered is not yet held; a facility is not the town), more than a week before it."""
    told, day = _told_by(x), day_of(y)
    if day_of(x) is not None or told is None or day is None:
        return False
    return day > told or (told - day).days > NEWS_DAYS and (
        _ENTERED.match(y.first.cue) is not None or y.spot is not None and x.spot is not None and
        y.spot.name.casefold() != x.spot.name.casefold())


def _lost_between(a: Draft, b: Draft, drafts: list[Draft]) -> bool:
    """Did the place change hands between a dated taking and the day an undated one of the same kind was told by?
    "The army said on Saturday it had recaptured Bor … The rebels seized Bor on Dec. 31 … Government forces had
    first retaken it on Dec. 24": Saturday's is another retaking than Dec. 24's."""
    territory = _CHANGES_OF_HANDS
    for x, y in ((a, b), (b, a)):
        told, day = _told_by(x), day_of(y)
        if day_of(x) is None and told is not None and day is not None and y.sub_event_type in territory and \
                any(z.sub_event_type in territory and z.sub_event_type != y.sub_event_type and
                    place_key(z.spot) == place_key(y.spot) and day_of(z) is not None and day < day_of(z) <= told
                    for z in drafts):
            return True
    return False


_LATER = re.compile(r"\b(?:later|subsequently|afterwards|eventually)\b", re.I)


def _told_later(a: Draft, b: Draft, sentence_text: dict[int, str]) -> bool:
    """Is ``b`` an undated change of hands by another side than ``a``'s, told as coming later?"""
    r, text = b.first, sentence_text.get(b.first.sentence_index, "")
    return b.date is None and b.sub_event_type in _CHANGES_OF_HANDS and \
        a.sub_event_type != b.sub_event_type and None not in (side(a), side(b)) and side(a) != side(b) and \
        bool(_LATER.search(text, r.clause.start, r.cue_start))


def _a_band_of(a: Draft, b: Draft) -> bool:
    """Is ``a``'s doer a band the text does not name ("gunmen stormed the area") and ``b``'s a named armed group it
    may be ("Al Shabaab militants killed 32 people in an attack in Mogadishu")?"""
    x, y = (next((r.agent for r in d.readings if r.agent is not None and not r.reference), None) for d in (a, b))
    return x is not None and y is not None and x.actor is None and not x.unknown and not x.sided and \
        x.category in (et.REBEL_GROUP, et.POLITICAL_MILITIA) and y.actor is not None and y.actor.kind == "non-state"


def side(draft: Draft) -> tuple | None:
    """Who did it, as far as telling two perpetrators apart goes: a named actor, else a category and country."""
    return side_of(next((r.agent for r in draft.readings if r.agent is not None and not r.reference), None))


def _camp(draft: Draft) -> str | None:
    """Whether a state's forces or an armed band did it, when the text says."""
    agent = next((r.agent for r in draft.readings if r.agent is not None and not r.reference), None)
    if agent is None or agent.category not in et.ARMED_CATEGORIES:
        return None
    return "state" if agent.category == et.STATE_FORCES else "band"


def side_of(agent) -> tuple | None:  # (a state's forces by their country: "Israeli warplanes", "the Israeli military")
    if agent is not None and agent.category == et.STATE_FORCES and getattr(agent.actor, "kind", "state") == "state":
        return et.STATE_FORCES, agent.actor.country if agent.actor is not None else agent.country
    return None if agent is None else (agent.actor.name,) if agent.actor is not None else (agent.category, agent.country)


def merge_all(drafts: list[Draft], sentence_text: dict[int, str]) -> list[Draft]:
    """One event per place, day and type; an undated report joins the dated one of its kind at its place."""
    drafts = sorted(drafts, key=lambda d: (d.date is None, d.first.sentence_index))
    out: list[Draft] = []
    alike: dict[tuple, list[Draft]] = {}  # (type, place) → the drafts kept so far: only they can be merged with
    for d in drafts:
        kin = alike.setdefault((_kind(d), place_key(d.spot)), [])
        hosts = [o for o in kin if _mergeable(o, d, sentence_text) and not _lost_between(o, d, drafts)]
        host = next((o for o in hosts if o.sub_event_type == d.sub_event_type), hosts[0] if hosts else None)  # (an
        # undated taking joins the taking told with its day, not the fight before it: "attacked the town on Aug 5
        # and took control of the port on Tuesday")
        if host is None:
            out.append(d)
            kin.append(d)
            continue
        territory = {host.sub_event_type, d.sub_event_type} <= _CHANGES_OF_HANDS
        sided = territory and side(host) is None and side(d) is not None  # (whose taking it was, the report
        host.readings.extend(d.readings)  # that names a side says: not "Russian troops abandoned Izium", no taker)
        host.sub_event_type = d.sub_event_type if sided else host.sub_event_type if territory and \
            side(host) is not None else et.more_specific(host.event_type, host.sub_event_type, d.sub_event_type)
        if host.date is None or d.date is not None and (d.date.precision < host.date.precision or (
                d.date.precision == host.date.precision and host.date.rule == "relative" != d.date.rule)):
            host.date, host.date_note = d.date, d.date_note  # (the finer day: "took Dessie on Oct. 30" over "in
            # late October"; the day told itself over one counted from another: "seized Konna on Thursday" over "a
            # day after" Friday)
    _fold_disrupted(out)
    out = _fold_property(out)
    return sorted(out, key=lambda d: min(r.sentence_index for r in d.readings))


def agent_name(draft: Draft) -> str:
    agent = next((r.agent for r in draft.readings if r.agent is not None), None)
    return "" if agent is None else agent.actor.name if agent.actor is not None else agent.text.lower()


def _fold_property(drafts: list[Draft]) -> list[Draft]:
    """Homes burned or shops looted where an attack or a fight happened that day are part of it: ACLED codes
    property destroyed on its own only when nothing else happened ("gunmen killed 40 villagers …; the attackers
    burned dozens of homes" is one attack)."""
    violent = {}
    for o in drafts:
        if o.event_type in (et.VAC, et.BATTLES):
            violent.setdefault((place_key(o.spot), day_of(o)), o)
    out = []
    for d in drafts:
        host = violent.get((place_key(d.spot), day_of(d))) if d.sub_event_type == et.LOOTING else None
        if host is None and d.sub_event_type == et.LOOTING:  # ("attacked a camp … in Ituri province …; set fire to
            host = next((o for o in violent.values() if day_of(d) in (None, day_of(o)) and finer_in(  # shelters at
                d.spot, o.spot, unplaced=True) and _same_doers(o, d)), None)  # the Lala camp": the attack, there)
            if host is not None:
                host.spot = d.spot
        if host is None:
            out.append(d)
        else:
            host.readings.extend(d.readings)
    return out


def _same_doers(host: Draft, d: Draft) -> bool:
    """Are ``d``'s doers the host's, or told by a noun only ("the attackers")?"""
    agent = d.first.agent
    return agent_name(host) == agent_name(d) or agent is not None and agent.actor is None


def _fold_disrupted(drafts: list[Draft]) -> None:
    """Weapons recovered where a fight or an arrest happened that day belong to it."""
    for d in list(drafts):
        if d.sub_event_type != et.DISRUPTED_WEAPONS:
            continue
        host = next((o for o in drafts if o is not d and place_key(o.spot) == place_key(d.spot) and
                     day_of(o) == day_of(d) and o.event_type in (et.BATTLES, et.STRATEGIC) and
                     o.sub_event_type != et.DISRUPTED_WEAPONS), None)
        if host is not None:
            host.readings.extend(d.readings)
            drafts.remove(d)
