"""References: words that refer to a happening already told ("the attack", "the Mucojo raid", "condemned the
shelling", "the strike hit…", "The shells hit a residential area…"), and the happening told before that a killing
was in ("four civilians were killed in the attack"). Used by the readings (:mod:`conflictmap.events.cued`,
:mod:`conflictmap.events.readings`) and the roles."""

from __future__ import annotations

import re

from conflictmap.events import clauses as cl, words as ew
from conflictmap.events.clauses import Clause

EVENT_NOUN = re.compile(r"^(?:(?:counter-?)?(?:attacks?|assaults?)|ambush(?:es)?|raids?|clash(?:es)?|"
                        r"fighting|gun ?fights?|"
                        r"gun[- ]?battles?|blasts?|explosions?|shelling|bombing|strikes?|air ?strikes?|airstrikes?|drone ?strikes?|"
                        r"massacre|killings?|abductions?|kidnappings?|protests?|demonstrations?|riots?|encounters?|"
                        r"storming|shootings?|battles?|hostilities|executions?)$", re.I)

_REACTION = re.compile(r"\b(?:condemn\w*|denounc\w*|blam\w*|mourn\w*|"
                       r"claim(?:ed|s|ing)?(?!\w)(?!\s+to\b)(?: responsibility)?(?: for)?|"  # (not "claimed to have
                       # taken Kombolcha": the act claimed)
                       r"funerals? (?:\w+ )?for|investigat\w*|retaliation for|in response to|recall\w*|"
                       # "a man accused of stabbing…" (a trial's
                       # matter; but "the army accused the militia of killing 30 villagers in X" reports the
                       # killing, as ACLED codes an attributed allegation)
                       r"accus\w* of|"  # the matter of a trial: "sentenced a commander for attacks on civilians"
                       r"(?:sentenc\w*|convict\w*|jailed|imprison\w*|prosecut\w*|indict\w*|tried) "
                       r"(?:\w+ ){0,6}(?:for|of|over)|"
                       r"charg\w* (?:\w+ ){0,3}with|acquitt\w* (?:\w+ ){0,3}of|trial (?:for|over)|"
                       r"compared)\s+(?:\w+\s+){0,3}$",
                       re.I)

_DEFINITE = re.compile(r"\b(?:the|this|that|these|those|its|their|his|her|[\w-]+'s|"
                       r"[\w-]+’s)\s+(?:(?!(?:while|when|as|after|before|and|but|which|who|where|since)\b)[\w-]+\s+)"
                       r"{0,2}$", re.I)  # (not "inside the complex while clashes raged")

# A clause whose subject is a happening told before: "(Local sources said) the strike hit…".
_SUBJECT_EVENT = re.compile(rf"\W*(?:(?:[\w-]+\s+){{1,3}}(?:{cl.SAYING})\s+(?:that\s+)?)?"
                            r"(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)\s+(?:also\s+|had\s+|has\s+)?"
                            r"(?:hit|struck|killed|wounded|injured|destroyed|damaged|left|targeted)\b", re.I)

def refers(text: str, word: ew.Word) -> bool:
    """Words that refer to a happening already told: "the attack", "the Mucojo raid", "condemned the shelling"."""
    before = text[:word.start]
    if EVENT_NOUN.match(word.text) and _FRAMING.search(before) and text[word.end:word.end + 1] == ",":
        return True  # "In a separate attack, bandits abducted…": the noun names the act the clause tells
    if EVENT_NOUN.match(word.text) and re.search(r"\b(?:an?|another)\s+(?:[\w-]+\s+)?$", before[-25:], re.I):
        return False  # "claimed responsibility for an attack on a mosque that killed six": told here first
    if EVENT_NOUN.match(word.text) and _DONE.search(before[-60:]):
        return False  # "said it had carried out its first air strike on the city's suburbs": the act, done now
    if _WEAPON_SUBJECT.match(word.text) and _THE_OPENING.fullmatch(before):
        return True  # "Shelling killed 18 in Taiz. The shells hit a residential area…": what the shelling fired
    if EVENT_NOUN.match(word.text) and _SPAN_OF.search(before[-40:]):
        return True  # "59 soldiers were killed in the four days of fighting": the fighting told before, its span
    return bool(_REACTION.search(before[-50:])) or (bool(EVENT_NOUN.match(word.text)) and
                                                    bool(_DEFINITE.search(before[-30:])) and not (
        word.text.lower().endswith("ing") and before.endswith(" of ")))  # ("accused the TPLF of killing": the act)


_SPAN_OF = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}(?:hours?|days?|nights?|weeks?|months?)\s+of\s+(?:(?:heavy|fierce|"
                      r"intense|street)\s+)?$", re.I)
_WEAPON_SUBJECT = re.compile(r"(?:" + ew.ARTILLERY + r"|bombs?|mortar rounds?)\b", re.I)
_THE_OPENING = re.compile(r"\W*(?:the|these|those)\s+(?:[a-z-]+\s+)?", re.I)  # (the sentence's first words)
_DONE = re.compile(r"\b(?:carr(?:ied|ying|y|ies) out|launch(?:ed|ing|es)?|conduct(?:ed|ing|s)?|stag(?:ed|ing|es)|"
                   r"mount(?:ed|ing|s)?)\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}$", re.I)
_FRAMING = re.compile(r"(?:^|[.;]\s+)\W*(?:in|during)\s+(?:a|an|another|the|one)\s+(?:[\w-]+\s+){0,2}$", re.I)


def told_subject(text: str, clause: Clause, word: ew.Word | None = None) -> bool:
    """What a happening already told did: "the strike hit positions…, killing six fighters" (its subject, before
    ``word``; the clause's opening words when no word is given: "The blasts hit Beirut's southern suburbs")."""
    subject = _SUBJECT_EVENT.match(text, clause.start, word.start if word is not None else clause.end)
    return subject is not None and EVENT_NOUN.match(subject.group("noun")) is not None


# "Four civilians were killed in the attack", "two soldiers died during the clashes": deaths in a happening the text
# has told (a definite event noun), its toll.
_DIED = r"\b(?:killed|died|dead|wounded|injured|lost their lives)\s+(?:\w+\s+){0,2}?(?:in|during)\s+(?:the|[\d,]+)\s+"
_SPAN = r"(?:(?:[\w-]+\s+){0,2}(?:hours?|days?|nights?|weeks?|months?)\s+of\s+(?:(?:heavy|fierce|intense|street)\s+)?)?"
_TOLD_IN = re.compile(_DIED + _SPAN + r"(?:[\w-]+\s+)?(?P<noun>[\w-]+)", re.I)  # ("… in the four days of fighting")
_DIED_IN = re.compile(_DIED + _SPAN + r"(?:[\w-]+\s+)?$", re.I)


def died_in(text: str, word: ew.Word) -> bool:
    """"Soldiers were killed in the fighting around X": the definite happening people died in is the one the
    sentence tells, not (only) a reference to one told before."""
    return _DIED_IN.search(text, 0, word.start) is not None


_TOLD_BY = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)\s+(?:also\s+|had\s+|has\s+)?$",
                      re.I)


def told_in(text: str, clause: Clause, word: ew.Word) -> str | None:
    """The happening already told (its noun) that the killing or wounding ``word`` tells was in ("four civilians
    were killed in the attack", "the attack killed four civilians"); None if the clause names none."""
    if word.kind not in (ew.KILL, ew.INJURE):
        return None
    m = _TOLD_IN.match(text, word.start, clause.end) or _TOLD_BY.search(text, clause.start, word.start)
    return m.group("noun").lower() if m is not None and EVENT_NOUN.match(m.group("noun")) else None
