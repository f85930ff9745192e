"""Facts: what is known of a sentence before it is read (:class:`SentenceFacts`: its triggers, weapons,
participants, dates and places) and what a clause of it reports (:class:`Reading`: a candidate event, or a point
of an advance).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from conflictmap.events.clauses import Clause
from conflictmap.events.dates import DateFinding
from conflictmap.events.places import Spot
from conflictmap.events.words import Word
from conflictmap.events.participants import Participant


@dataclass
class Reading:
    """One clause's candidate event (or, with ``role`` set and no type, a point of an advance)."""

    sentence_index: int
    clause: Clause
    event_type: str  # "" for a route point only
    sub_event_type: str
    cue: str
    cue_start: int  # in the sentence
    agent: Participant | None = None
    target: Participant | None = None
    spots: list[Spot] = field(default_factory=list)
    strength: float = 0.0  # how surely the clause locates it (see event_places.score)
    date: DateFinding | None = None
    fatalities: int = 0
    background: bool = False
    reference: bool = False
    role: str = ""  # origin | advance (route points)
    family: str = ""  # the instrument family of an explosion or remote attack
    # "The advance came a week after Russian units took Niu-York": (days, precision, words) before the happening
    # told just before (negative: after it), for the events module to date it by.
    shift: tuple[int, int, str] | None = None
    # "The Arakan Army said on Monday it had captured Paletwa": the day the happening was reported, for when the
    # text gives no day of its own (the happening came then or shortly before).
    said: DateFinding | None = None
    # "It later retook Misrata": read only because its subject is a pronoun, which must stand for an armed side
    pronoun_subject: bool = False


@dataclass
class SentenceFacts:
    """What a sentence holds, found once: its text, triggers, instruments, participants, dates and place names."""

    index: int
    text: str
    triggers: list[Word]
    instruments: list[Word]
    participants: list[Participant]
    dates: list[DateFinding]
    spots: list[Spot]
    paragraph_start: bool
    conflict: bool  # the article reports armed conflict somewhere (unlocks weaker readings)
    prior_spots: list[Spot] = field(default_factory=list)  # the places of the sentence before (its index set)
    prior_text: str = ""  # the text of the sentence before (the offsets of ``prior_spots``)
    next_spots: list[Spot] = field(default_factory=list)  # the places and text of the sentence after (the offsets of
    next_text: str = ""  # ``next_spots``): where "The unit was attacked near X" puts the ambush told before
    dateline: list[Spot] = field(default_factory=list)  # the dateline's town ("MOGADISHU, March 11 (Wire) -")
    # the places and text of the nearest sentence before that names a place, when the one before names none (a few
    # sentences back at most): what "the city" may stand for
    earlier_spots: list[Spot] = field(default_factory=list)
    earlier_text: str = ""
    # the sentences a few back that name places (text, places), nearest first: the one that called a town "the city"
    # ("the Syrian city of Palmyra … taking the town of al-Sukhnah … air strikes hit the city": Palmyra)
    named_before: list[tuple[str, list[Spot]]] = field(default_factory=list)
    # the last town each noun ("city", "town"…) was said of, anywhere before ("Ramadi city centre" in the title …
    # "strikes in and around the city" when no sentence near names a town)
    called_before: dict[str, Spot] = field(default_factory=dict)
