"""What kind of side a noun of people is, by the words around it (ACLED's categories): "a former army officer" is a
civilian, "U.S.-backed forces" a rebel group's, "forces loyal to a renegade general" a militia, "suspected Fulani
herders attacked" a communal militia, "armed villagers" a political militia, "Kurdish forces" a people's. Used by
:mod:`conflictmap.events.participants`."""

from __future__ import annotations

import re

from conflictmap.events import lexicon
from conflictmap.events.types import CIVILIANS, IDENTITY_MILITIA, POLITICAL_MILITIA, REBEL_GROUP, STATE_FORCES

def category_of(sentence: str, category: str, s: int, e: int, demonyms) -> str:
    """The category of the words at s:e, from their family and what surrounds them."""
    if category == STATE_FORCES and _FORMER.search(sentence, 0, s):
        return CIVILIANS  # "beheaded a former army officer": no longer the state's force (ACLED: a civilian)
    if category == STATE_FORCES and (_BACKED_BEFORE.search(sentence, 0, s) or _REBEL_BEFORE.search(sentence, 0, s)):
        return REBEL_GROUP  # "U.S.-backed forces", "Iranian-backed fighters": a patron's fighters, no state's (but
        # "Misratan-led forces" may be a government's); "Rebel forces" (but "Turkish and allied rebel forces": Turkey's)
    if category == STATE_FORCES and re.fullmatch(r"forces|fighters|troops", sentence[s:e], re.I) and \
            _community_before(sentence, s, demonyms) and _peoples(sentence, s) is not None:
        return REBEL_GROUP  # "Kurdish forces drove Islamic State out of Kobani": a people's fighters, no state's
    if category == STATE_FORCES and _LOYAL_TO_OUTSIDER.match(sentence, e):
        return POLITICAL_MILITIA  # "forces loyal to former vice president Amrullah Saleh": a leader's men, no state's
    if category == CIVILIANS and re.fullmatch(_HERDERS, sentence[s:e], re.I) and _DONE_BY.search(sentence, 0, s):
        return IDENTITY_MILITIA  # "three farmers were hacked to death by suspected herders": the doers, armed
    if category == CIVILIANS and _COMMUNAL_ATTACKERS.match(sentence, e) and (
            _community_before(sentence, s, demonyms) or re.fullmatch(_HERDERS, sentence[s:e], re.I) and
            not any(0 <= s - b <= 1 for _, b, _ in demonyms)):  # (not "Somali herders": a country's people)
        return IDENTITY_MILITIA  # "suspected Fulani herders attacked the village": a communal militia (ACLED)
    if category == CIVILIANS and (re.fullmatch(_HERDERS, sentence[s:e], re.I) and _CLASHED_WITH.search(sentence, 0, s)
                                  and _DEADLY.match(sentence, e) or
                                  (m := _CLASH_WITH_HERDERS.match(sentence, e)) and _DEADLY.match(sentence, m.end()) or
                                  _BETWEEN_PEOPLES.search(sentence, 0, e) and _DEADLY.match(sentence, e)):
        return IDENTITY_MILITIA  # both sides of "villagers clashed with Fulani herdsmen …, leaving five dead", "a
        # clash between Fulani herders and Bachama farmers … left seven people dead"
    if category == CIVILIANS and _ARMED_BEFORE.search(sentence, 0, s):
        return POLITICAL_MILITIA  # "armed men", "armed villagers" (but "armed herders killed": a communal militia)
    if category == POLITICAL_MILITIA and (re.match(r"militia", sentence[s:e], re.I) or re.fullmatch(
            r"gunmen|militiamen|youths", sentence[s:e], re.I) and not re.fullmatch(r"\W*[A-Z][a-z]+\s+",
                                                                                 sentence[:s])) \
            and _community_before(sentence, s, demonyms):  # (not "Masked gunmen" opening a sentence)
        return IDENTITY_MILITIA  # "killed by suspected Fulani militia", "Fulani gunmen raided Zike"
    return category


_A_PEOPLES = re.compile(r"\b(?:[A-Z][a-z]+(?:ish|ic)|Druze|Tuareg|Arab|Shia|Shiite|Sunni|Christian|Yazidi|Hazara|"
                        r"Pashtun|Baloch|Tamil|Karen|Kachin|Shan|Nuer|Dinka|Fulani|Tigrayan|Amhara|Oromo)\s+$")
_BACKED_BEFORE = re.compile(r"[\w.]+-backed\s+$", re.I)
_REBEL_BEFORE = re.compile(r"(?<!allied )\brebel\s+$", re.I)
_LOYAL_TO_OUTSIDER = re.compile(r"\s+loyal\s+to\s+(?:the\s+|an?\s+)?(?:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+)?"
                                r"(?:former|ousted|deposed|exiled(?!\s+(?:president|government))|renegade|rebel|"
                                r"dissident|warlord|(?:[a-z]+\s+)?(?:commander|strongman|militia\s+leader))\b", re.I)
# ("loyal to eastern commander Khalifa Haftar": a commander's men; "loyal to South Sudan's former vice president";
# not "loyal to Yemen's exiled President Hadi", the state's head still)
_FORMER = re.compile(r"\b(?:former|retired|ex-)\s*(?:[\w-]+\s+)?$", re.I)
# The agent of a passive killing or attack: "… were hacked to death by (suspected Fulani) herders"
_DONE_BY = re.compile(r"\b(?:killed|murdered|slain|shot|stabbed|attacked|ambushed|abducted|kidnapped|to death|"
                      r"massacred|beheaded)\s+(?:[\w-]+\s+){0,6}?by\s+(?:(?:suspected|armed|heavily armed|unknown)\s+)?"
                      r"(?:(?-i:[A-Z])[\w-]+\s+)?$", re.I)
# Men of a livelihood that feuds go armed ("suspected herders killed two farmers"): a communal militia (ACLED)
_HERDERS = r"(?:herders|herdsmen|pastoralists|cattle herders|hunters|vigilantes)"
# A people's men who attack: "Fulani herders attacked", "Dogon hunters raided", "Hema youths killed".
_COMMUNAL_ATTACKERS = re.compile(r"\s+(?:(?:have|had|also|reportedly|allegedly|on \w+)\s+){0,2}"
                                 r"(?:attacked|raided|stormed|ambushed|invaded|killed|massacred|opened fire|torched|"
                                 r"burned|burnt|set fire|clashed(?=" + r"[^.;]*\b(?:dead|killed|killing|died|wounded|"
                                 r"injured|machetes?|guns?|rifles?|arrows?)\b))\b")  # ("farmers and herders clashed
# …, leaving five dead": a feud fought; not "herders clashed with officials over fees"); or the other side of such a
# clash: "villagers clashed with Fulani herdsmen …, leaving five dead"
_CLASHED_WITH = re.compile(r"\bclashed\s+with\s+(?:(?:suspected|armed|rival)\s+)?(?:(?-i:[A-Z])[\w-]+\s+)?$", re.I)
_CLASH_WITH_HERDERS = re.compile(r"\s+clashed\s+with\s+(?:(?:suspected|armed)\s+)?(?:(?-i:[A-Z])[\w-]+\s+)?" +
                                 _HERDERS + r"\b", re.I)
# "a clash between Fulani herders and Bachama farmers": two peoples' men, named by their people, fighting
_BETWEEN_PEOPLES = re.compile(r"\b(?:clash(?:es)?|fighting|violence)\s+between\s+(?:(?-i:[A-Z])[\w-]+\s+)" +
                              _HERDERS[:-1] + r"|farmers)(?:\s+and\s+(?:(?-i:[A-Z])[\w-]+\s+)(?:" + _HERDERS[3:-1] +
                              r"|farmers))?$", re.I)
_DEADLY = re.compile(r"[^.;]*\b(?:dead|killed|killing|died|wounded|injured)\b", re.I)
_COMMUNITY = re.compile(r"\b([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)\s+$")
# What opens a sentence capitalised without naming anyone: "Angry villagers attacked", "Suspected herders…"
_NO_NAME = re.compile(r"(?:angry|armed|suspected|unknown|unidentified|local|some|several|many|other|young|displaced|"
                      r"the|a|an|two|three|four|five|dozens|hundreds|scores|about|at|more|over|around|nearby|rival|"
                      r"hundred|thousand|most|all|these|those|its|their|our|\w+day|january|february|march|april|"
                      r"may|june|july|august|september|october|november|december)$", re.I)  # ("On Wednesday gunmen")
# A cause or a look, not a community: "Jihadist gunmen", "Masked gunmen" (but "Sunni Islamist militias": Sunni)
_CAUSE = re.compile(r"(?:islamist|salafist|masked|hooded|" + lexicon.family("rebels").pattern("one") + r")$", re.I)


def _community_before(sentence: str, start: int, demonyms) -> bool:
    """Does a community's name (capitalised, not a country's people, not a word that opens a sentence) qualify the
    noun at ``start``?"""
    m = _COMMUNITY.search(sentence, max(0, start - 40), start)
    words = m.group(1).split() if m is not None else []
    return m is not None and not _NO_NAME.match(words[-1]) and \
        (not _CAUSE.match(words[-1]) or any(not _NO_NAME.match(w) and not _CAUSE.match(w) for w in words[:-1])) and \
        not any(a <= m.start(1) < b for a, b, _ in demonyms) and \
        (m.start(1) == 0 or sentence[:m.start(1)].rstrip()[-1:] not in ".!?:")


_ARMED_BEFORE = re.compile(r"\b(?:heavily |lightly )?armed\s+$", re.I)


def of_a_people(sentence: str, s: int, category: str) -> str:
    """"Kurdish forces": a people's forces are on that people's side (no other group the story names stands for
    them; but "Tuareg separatists" may be the story's Tuareg group)."""
    people = _peoples(sentence, s)
    if category != REBEL_GROUP or people is None or not re.match(r"(?:forces|troops)\b", sentence[s:], re.I):
        return ""
    return f"pro-{people.group(0).strip().lower()}"


def _peoples(sentence: str, s: int) -> re.Match | None:
    """The people the noun at ``s`` is told by ("Kurdish forces"); none when a country's people is coordinated with
    it ("Iraqi and Kurdish troops": whose is not said)."""
    people = _A_PEOPLES.search(sentence, max(0, s - 30), s)
    return None if people is None or re.search(r"\b(?:and|or)\s+$", sentence[:people.start()]) else people
