"""What the sentence's parse says that word order alone does not: the places a taking verb took when it lists
them ("took Dessie on Saturday and Kombolcha on Sunday", "seized the port and the airport of Mocímboa da Praia",
"captured A, B and C"), each with the day written beside it.

The parse (:mod:`conflictmap.syntax`) says which words are the verb's objects and which are coordinated with them;
the order of the words says which day goes with which object (a parser often hangs "and Kombolcha" on the nearer
"Saturday": coordination is where it errs most, so a place coordinated with the verb's time or place words counts
too).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from conflictmap.events import words as ew
from conflictmap.events.dates import DAY, MONTH, WEEK, campaign_role, is_background
from conflictmap.events.facts import Reading, SentenceFacts
from conflictmap.events.fatalities import number
from conflictmap.events.places import DESTINATION, REFERENCE, SIDE_OF, Spot, located
from conflictmap.events.towns import THE_TOWN, the_town
from conflictmap.syntax.parse import parse
from conflictmap.syntax.tree import Tree


def _verb(tree: Tree, cue_start: int, cue: str):
    """The verb of a territory cue ("took control of": "took")."""
    t = tree.at(cue_start)
    if t is None:
        return None
    end = cue_start + len(cue)
    for k in range(t.i, len(tree.tokens)):
        if tree.tokens[k].start >= end:
            break
        if tree.tokens[k].is_verb:
            return tree.tokens[k]
    return t


def has_verb(facts: SentenceFacts, start: int, end: int) -> bool:
    """Does the parse see a verb between ``start`` and ``end`` of the sentence?"""
    tree = parse(facts.text)
    return tree is None or any(t.is_verb for t in tree.tokens if start <= t.start < end)


def attributive(facts: SentenceFacts, word: ew.Word) -> bool:
    """Is the word a participle describing a noun ("the abandoned airport", "the captured town"), not a verb?"""
    tree = parse(facts.text)
    return tree is not None and _describes(tree, word.start)


def _describes(tree: Tree, start: int) -> bool:
    """A modifier of a noun that has its determiner before it ("the abandoned airport"): a parser sometimes takes a
    sentence's verb for one ("troops regained control": no determiner there)."""
    t = tree.at(start)
    if t is None or t.dep != "amod" or t.start != start:
        return False
    return any(d.start < start for d in tree.children(t.head, "det", "nmod:poss"))


_APPROACHES = re.compile(r"approach(?:es)?|gates?|entrances?", re.I)


def object_spots(facts: SentenceFacts, reading: Reading) -> list[Spot]:
    """The places that are the taking verb's objects or coordinated with them, in text order; a place that names
    an object ("the disused Tripoli International Airport": a compound of "Airport") is taken with it."""
    tree = parse(facts.text)
    verb = _verb(tree, reading.cue_start, reading.cue) if tree is not None else None
    if verb is None:
        return []
    heads = tree.objects(verb.i)
    for obj in list(heads):  # "took control of X", "the airport of X": X hangs from the object, by "of" only
        of = [n for case, n in tree.obliques(obj.i) if case == "of" and n not in heads and
              not REFERENCE.search(facts.text, max(0, n.start - 40), n.start)]  # (not "the area northeast of X")
        heads += of + [c for n in of for c in tree.conjuncts(n.i) if _APPROACHES.fullmatch(c.text)]
    heads += [n for h in heads if _APPROACHES.fullmatch(h.text) for case, n in tree.obliques(h.i) if case == "to"]
    # ("took control of the bridge and the approaches to X": the way into it)
    for _, obl in tree.obliques(verb.i):  # "… on Saturday and Kombolcha": a place coordinated with the day
        heads += [c for c in tree.conjuncts(obl.i) if c not in heads]
    spans = [(min([h.start] + [c.start for c in tree.children(h.i, "compound", "flat")]), h.end) for h in heads]
    cue_end = reading.cue_start + len(reading.cue)
    others = [w.start for w in facts.triggers if w.kind in (ew.TAKE, ew.CEDE) and w.start >= cue_end and
              not _describes(tree, w.start)]
    where = {id(facts.spots[n]) for n in located(facts.text, facts.spots)}  # ("Paletwa, a town in Chin state")
    found = [sp for sp in facts.spots if not sp.adjective and reading.clause.start <= sp.start < reading.clause.end
             and id(sp) not in where
             and any(a <= sp.start < b or sp.start <= a < sp.end for a, b in spans)
             and not any(cue_end <= w < sp.start for w in others)]  # ("overran A … and took B": B is the other's)
    found = [sp for sp in found if not SIDE_OF.match(facts.text, sp.end)] if len(found) > 1 or reading.spots else \
        found  # ("the Gaza side of the Rafah crossing": the crossing)
    found = _within_list(facts, found, where)
    if not found and any(h.text.lower() == "it" and h.tag == "PRP" for h in heads):
        found = _antecedent(facts, verb.start)
    # (a place the words' order found — "drove the militants out of Ramadi" — starts a list as an object does)
    listed = found or [sp for sp in reading.spots if reading.clause.start <= sp.start < reading.clause.end]
    return found + _listed_after(facts, reading, listed, others, where)


# "took Jabrayil on Oct. 4 and Fuzuli on Oct. 17": a place written after the last one taken, past only its day and
# an "and" (the parse often hangs such a place on the day, or on the next verb).
# With the preposition said again ("drove the militants out of Ramadi in December and out of Hit in April").
_DAY_THEN_AND = re.compile(r"\s+(?:(?:on|in|at|early|late|by)\s+)?(?:[\w.'’]+,?\s+){0,10}?(?:and|as well as)\s+"
                           r"(?:then\s+)?(?:(?:out\s+of|from|into|of|in|to)\s+)?(?:the\s+)?"
                           # ("… and the UNESCO World Heritage town of Lalibela on December 1")
                           r"(?:(?:[\w-]+\s+){0,4}?(?:towns?|city|cities|villages?|port|districts?|capital|"
                           r"strongholds?)\s+of\s+|"
                           # ("seized the Ajristan district centre … on Monday and an army base in Khwaja Omari")
                           r"(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:base|camp|post|outpost|garrison|airport|headquarters)\s+"
                           r"(?:in|at|near|outside)\s+)?")


def _listed_after(facts: SentenceFacts, reading: Reading, found: list[Spot], others: list[int],
                  where: set[int] = frozenset()) -> list[Spot]:
    """Places listed after the last one taken: past its day and an "and" ("… Jabrayil on Oct. 4 and Fuzuli"), then
    on through a plain list ("… and then Bria, Bambari and Kaga-Bandoro"); not a place that says where another is."""
    out: list[Spot] = []
    last = max(found, key=lambda sp: sp.start, default=None)
    while last is not None:
        nxt = next((sp for sp in facts.spots if sp.start > last.end and not sp.adjective and id(sp) not in where),
                   None)  # (past an apposition: "took Zaranj, capital of Nimroz on the Iranian border, on Friday,
        # and Sheberghan a day later")
        if nxt is None or nxt.start >= reading.clause.end or any(last.end <= w < nxt.start for w in others):
            break
        between = facts.text[last.end:nxt.start]
        set_off = SET_OFF.match(between)
        if set_off is not None and not LIST_JOIN.fullmatch(between):
            between = " " + between[set_off.end():]  # (", the river port near the border, on May 2, and …")
        later = _LATER_AFTER.match(facts.text, last.end)  # ("… and Mogaung in Kachin a day later, and Hpakant")
        dated = _DAY_THEN_AND.fullmatch(between) and any(last.end <= d.start < nxt.start for d in facts.dates) or \
            later is not None and re.fullmatch(r",?\s+and\s+(?:then\s+)?", facts.text[later.end():nxt.start])
        if set_off is None and later is None and not dated and \
                any(last.end <= sp.start < nxt.start and id(sp) in where for sp in facts.spots):
            break  # (past a place that says where the last is, only with a day of its own: "seized Saraqib in Syria's
            # Idlib province on Friday and the Tel Zelfa army base on Sunday")
        if not (dated or out and LIST_JOIN.fullmatch(between)):
            break
        out.append(nxt)
        last = nxt
    return out


def _within_list(facts: SentenceFacts, found: list[Spot], where: set[int]) -> list[Spot]:
    """The places found, and a place written between two of them that the list's words join to the next ("captured
    Kunduz, as well as Sar-e-Pul and Taloqan": a parser that cuts a hyphenated name loses its middle)."""
    if len(found) < 2:
        return found
    out, last = list(found), found[-1]
    for sp in reversed([sp for sp in facts.spots if found[0].end <= sp.start < last.start and not sp.adjective and
                        id(sp) not in where and sp not in found]):
        after = min((f for f in out if f.start > sp.start), key=lambda f: f.start)
        if LIST_JOIN.fullmatch(facts.text[sp.end:after.start]) and \
                re.search(r"(?:,|\band|\bas\s+well\s+as)\s+$", facts.text[max(0, sp.start - 12):sp.start]):
            out.append(sp)
    return sorted(out, key=lambda sp: sp.start)


SET_OFF = re.compile(r",[^,;]{1,70},\s*")  # an apposition between commas
LIST_JOIN = re.compile(r",\s+|\s+and\s+|,\s+and\s+")  # what stands between the places of a list


def _antecedent(facts: SentenceFacts, before: int) -> list[Spot]:
    """"The fighters entered Kismayo at dawn and captured it by noon": the town "it" stands for, the last town
    named before it (in the sentence, else in the one before)."""
    town = THE_TOWN.search(facts.text, 0, before)  # ("clashed … on the outskirts of the town before entering it":
    if town is not None and (told := the_town(facts, town)):  # the town it stands for)
        return told[-1:]
    skip = located(facts.text, facts.spots)  # ("withdrew from Nyangezi, 20 km south of Bukavu, … then retook it")
    towns = [sp for n, sp in enumerate(facts.spots) if sp.end <= before and not sp.adjective and
             sp.feature == "place" and n not in skip]
    if not towns:
        towns = [sp for sp in facts.prior_spots if not sp.adjective and sp.feature == "place"]
    return towns[-1:]


def per_object(facts: SentenceFacts, reading: Reading, published=None) -> list[Reading]:
    """"took Dessie on Saturday and Kombolcha on Sunday": a taking of each place (an attack on each, for an attack
    verb's list), each on its own day — the first day written after the place and before the next one, or after
    the list it ends (else the reading's own)."""
    if len(reading.spots) < 2 or reading.role != "take" and not _an_attack(reading):
        return [reading]
    clause = reading.clause
    days = [d for d in facts.dates if clause.start <= d.start < clause.end and d.precision <= MONTH and d.date]
    later = [m for m in (_later_after(facts.text, sp.end) for sp in reading.spots) if m is not None]
    if len(days) + len(later) < 2 or not days:
        return [reading]
    spots = sorted(reading.spots, key=lambda sp: sp.start)
    out, before = [], None  # (the day the last list of places was told on: what "a week later" counts from)
    for n, sp in enumerate(spots):
        own, after, k = _day_after(facts, spots, n, days, clause.end)
        if own is None and after is not None and before is not None and before.date:
            # "… Zangilan on October 20 and Gubadli five days later": counted from its day
            weeks = (after.group(2) or after.group(3)).lower().startswith("week")  # ("Jabrayil on October 9 and Fuzuli a week later")
            n_days = (number(after.group(1) or "one") or 1) * (7 if weeks else 1)
            own = replace(before, date=before.date + dt.timedelta(days=n_days), text=after.group(0).strip(),
                          start=after.start(), precision=max(before.precision, WEEK if weeks else DAY))
        # (a list told as news is judged as its first place was: "in March and … in April", both news of the campaign)
        role = campaign_role(facts.text) if reading.role == "take" and not reading.background else reading.role
        background = reading.background if own is None else is_background(own, published, role)
        before = (own or reading.date) if k == n else before  # (past the list's last place only)
        out.append(replace(reading, spots=[sp], date=own or reading.date, background=background,
                           fatalities=reading.fatalities if n == len(spots) - 1 else 0))  # (the toll told after the
    return out  # list is its last taking's: "… and an army base in X on Tuesday, killing 40 soldiers there")


def _day_after(facts: SentenceFacts, spots: list[Spot], n: int, days: list, end: int):
    """The day written after the ``n``-th place and before the next one, or the span after it ("a week later"); for
    a place listed with the next by a plain join, that one's ("the towns of Tessalit and Aguelhok the following
    day"): (day, span, the index of the place they were written after)."""
    for k in range(n, len(spots)):
        stop = spots[k + 1].start if k + 1 < len(spots) else end
        own = next((d for d in days if spots[k].end <= d.start < stop), None)
        after = _later_after(facts.text, spots[k].end)
        if own is not None or after is not None or k + 1 == len(spots) or \
                not LIST_JOIN.fullmatch(facts.text, spots[k].end, spots[k + 1].start):
            return own, after, k
    return None, None, n


def _an_attack(reading: Reading) -> bool:
    """Is the reading an attack told by its verb ("attacked Menaka on Jan. 17 and Tessalit the following day")?"""
    return not reading.role and any(w.kind == ew.ATTACK for w in ew.triggers(reading.cue))


def attacked_in_turn(facts: SentenceFacts, reading: Reading) -> list[Spot]:
    """"attacked Menaka on Jan. 17 and then the towns of Tessalit and Aguelhok the following day": the places an
    attack verb lists after its first, each past a day of its own (see :func:`per_object` for their days)."""
    if not _an_attack(reading) or not reading.spots:
        return []
    cue_end = reading.cue_start + len(reading.cue)
    others = [w.start for w in facts.triggers if w.start >= cue_end]
    where = {id(facts.spots[n]) for n in located(facts.text, facts.spots)}
    return _listed_after(facts, reading, reading.spots, others, where)


_KIND_WORDS = re.compile(r"(?:[^\S\n]+(?-i:[a-z])[\w-]*){1,2}(?=,)")


def _later_after(text: str, end: int) -> re.Match | None:
    """A span written after a place, past an apposition too ("… and the al-Anad air base, Yemen's largest, three
    days later")."""
    found = _LATER_AFTER.match(text, end)
    kind = _KIND_WORDS.match(text, end)  # (past the kind of place: "air base")
    apposed = SET_OFF.match(text, kind.end() if kind else end) if found is None else None
    return _LATER_AFTER.match(text, apposed.end() - 1) if apposed and text[apposed.end() - 1].isspace() else found


# ("… and Sheberghan in Jawzjan a day later", "… and Adigrat the following day")
_LATER_AFTER = re.compile(r"(?:\s+in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?\s+(?:"
                          r"(a|one|two|three|four|five|six|seven|ten|\d{1,2})\s+(days?|weeks?)\s+later|"
                          r"the\s+(?:following|next)\s+(day|week))\b", re.I)


def relative_agent(facts: SentenceFacts, reading: Reading):
    """"The Houthis, who seized Sanaa in September, …": the doer of a relative clause's verb is the noun the clause
    hangs from (the participant there), when the clause names none itself."""
    tree = parse(facts.text)
    verb = _verb(tree, reading.cue_start, reading.cue) if tree is not None else None
    while verb is not None and verb.dep in ("conj", "xcomp"):
        verb = tree.head_of(verb.i)
    if verb is None or not verb.dep.startswith("acl"):
        return None
    noun = tree.head_of(verb.i)
    return next((p for p in facts.participants if p.start <= noun.start < p.end), None) if noun else None


def verb_date(facts: SentenceFacts, reading: Reading, dates: list):
    """Of several dates in a clause, the one the parse hangs on the reading's verb ("launched its offensive in late
    June from Kutkai and took Hsenwi, a town on the highway, on July 12": July 12 is the taking's), else None."""
    tree = parse(facts.text)
    verb = _verb(tree, reading.cue_start, reading.cue) if tree is not None else None
    if verb is None:
        return None
    for _, word in tree.obliques(verb.i):
        hit = next((d for d in dates if d.start <= word.start < d.end), None)
        if hit is not None:
            return hit
    return None


def where_of(facts: SentenceFacts, reading: Reading) -> bool:
    """"Overran Dori, where twelve soldiers were killed, and Sebba": a ", where" clause naming no place of its own
    (one after ", and" goes on the main clause) happened at its antecedent (then True)."""
    clause, text = reading.clause, facts.text
    if clause.opener != "where":
        return False
    own = [sp for sp in facts.spots if clause.start <= sp.start < clause.end and not sp.adjective and
           not re.search(r",\s+and\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$", text[:sp.start])]
    skip = located(text, facts.spots)  # ("near Gaskinde in Soum province, where …": Gaskinde)
    antecedent = [sp for n, sp in enumerate(facts.spots) if sp.end <= clause.start and not sp.adjective and
                  n not in skip]
    before = text[max(0, antecedent[-1].start - 40):antecedent[-1].start] if antecedent else ""
    if own or not antecedent or REFERENCE.search(before) or DESTINATION.search(before) and not _HEADED.search(before):
        return False  # ("around Kyaukme, southwest of Lashio on the main road to Mandalay, where …": not Mandalay;
        # but "pushed on towards Samarra, 110 km north of Baghdad, where they clashed with army units": there)
    reading.spots, reading.strength = antecedent[-1:], 3.0
    return True


_HEADED = re.compile(r"\b(?:push|advanc|mov|march|head|press|drove|driv)\w*\s+(?:on\s+)?(?:towards?|to)\s+$", re.I)


def subject_in(text: str, cue_start: int, cue: str, start: int, end: int) -> bool:
    """Does the parse make words between ``start`` and ``end`` the subject of the cue's verb ("The insurgents
    attacked the base of the Multinational Joint Task Force … and took control of the town": "insurgents", not the
    force named in the object of the verb before)?"""
    tree = parse(text)
    verb = _verb(tree, cue_start, cue) if tree is not None else None
    subject = tree.subject(verb.i) if verb is not None and verb.is_verb else None
    return subject is not None and start <= subject.start < end


def pronoun_subject(text: str, cue_start: int, cue: str, clause_start: int) -> bool:
    """Is the subject of the cue's verb in the parse a pronoun of its clause ("They first cleared the road and retook
    Awasse": "They", the subject "retook" is coordinated with)?"""
    tree = parse(text)
    verb = _verb(tree, cue_start, cue) if tree is not None else None
    subject = tree.subject(verb.i) if verb is not None and verb.is_verb else None
    return subject is not None and subject.start >= clause_start and subject.text.lower() in ("they", "it")


def of_a_relative_clause(facts: SentenceFacts, reading: Reading, date) -> bool:
    """Does the parse hang a date on the verb of a relative clause other than the reading's, one that tells a
    happening of its own ("regained control of Singa, … pushing the RSF out of a city they seized in June": June is
    the seizing's; not "abducted 30 women who had gone to collect firewood on Saturday")?"""
    tree = parse(facts.text)
    verb = _verb(tree, reading.cue_start, reading.cue) if tree is not None else None
    t = tree.at(date.start) if verb is not None else None
    for _ in range(6):
        if t is None or t.is_verb:
            break
        t = tree.head_of(t.i)
    return t is not None and verb.is_verb and t.i != verb.i and t.dep == "acl:relcl" and \
        any(w.start <= t.start < w.end for w in facts.triggers) and \
        not verb.dep.startswith("acl") and not _SET_APART.search(facts.text[:date.start])  # (not "an attack that
    # killed eight on Sunday": the attack's own; not "took Velingara, which controls the road, on March 9")


_SET_APART = re.compile(r",\s*(?:on\s+|in\s+|at\s+)?$")  # a date after the comma that closes a relative clause
