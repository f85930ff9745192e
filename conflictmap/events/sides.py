"""Sides: who an event's actors are, as ACLED names them ("Military Forces of Sudan", "Unidentified Armed Group
(Mali)", a named group of the actors file), with the subject of "they seized Kandahar" carried over from the
sentence before, a generic armed group taken for the story's main one, and the territory sub-type that depends on
whose force took a place.
"""

from __future__ import annotations

import re
from dataclasses import replace

from conflictmap.events import antecedents, lexicon, roles as rl, types as et
from conflictmap.events.antecedents import LOOK_BACK
from conflictmap.events.actors import Actor
from conflictmap.events.drafts import Draft
from conflictmap.events.facts import Reading, SentenceFacts
from conflictmap.events.clauses import SAYING
from conflictmap.events.participants import HIS, ITS
from conflictmap.syntax.parse import parse

# The cue of a giving up ("withdrew from", "handed it over"): its subject is not who took the place.
CEDED = re.compile(r"handed|(?:driven|pushed|forced) out|" + lexicon.verbs("cede").pattern() + "|(?:" +
                   lexicon.verbs("cede").pattern(verb_only=True) + r") (?:its|their|the|all|most)\b",
                   re.I)  # ("withdrew its troops from": the verb family without its particle, as words.CEDE reads it)


def resolve_pronouns(readings: list[Reading], facts: dict[int, SentenceFacts],
                     principal: Actor | None = None) -> list[Reading]:
    """"They pushed on to Bin Jawad", "On Friday they seized Kandahar": the subject is the last armed side named
    (a state's forces too: "The army recaptured Sirte. It later retook Misrata."). A taking read only because its
    subject was such a pronoun is dropped when no armed side was named before it ("It took over the port": a
    company's)."""
    last, told, main = None, -1, False  # (the last armed doer, the sentence it was told in, in its main clause?)
    group, grouped = None, -1  # (the last non-state one: "the group", "the alliance" is never a state's army)
    taker, taken = None, -1  # (the last side told taking a place, and where)
    fought, fight = None, -1  # (the sides of the last fight told with them: "the fighting" after it is theirs)
    flew, flown = None, -1  # (the last doer of an air strike: "Russian warplanes pounded Aleppo. Air strikes on
    for r in readings:  # Sunday killed 25 civilians": the same air force's, told in the next sentence or two)
        if r.sub_event_type == et.AIR_STRIKE:
            flew, flown = antecedents.air_force(r, (flew, flown), (last, told))
        text = facts[r.sentence_index].text
        before = text[r.clause.start:r.cue_start]
        _whose(facts, r, (group, grouped))
        coordinate = (r.clause.opener.split(" ")[0] in ("and", "but", "then") or bool(  # "…, and on Monday opened
            re.search(r"[,;]\s*(?:and|then|but)\s+(?:\w+\s+){0,2}$", before))) and \
            not _NOUN_SUBJECT.search(before)  # fire", "which they retook, and entered"; not "…, and an air strike"
        if r.agent is None and r.role == "take" and CEDED.match(r.cue):  # a withdrawal: its subject gave it up
            if r.target is not None or not (rl.PRONOUN_SUBJECT.search(before) or _SAID_THEY.search(before)):
                r.agent = antecedents.ceded_to(facts[r.sentence_index], r) or _fought_them(r, fought, fight)
                continue  # ("they had withdrawn from Nyabibwe": who took it is not said, unless "ceding it to")
            said_by = [p for p in facts[r.sentence_index].participants if p.start < r.cue_start and rl.armed(p)]
            r.target = (said_by[-1] if said_by else None) or \
                antecedents.subject_between(facts, told, r.sentence_index) or last
            if r.target is not None and r.sub_event_type in (et.NSA_TAKEOVER, et.GOV_REGAINS):
                r.sub_event_type = et.NSA_TAKEOVER if r.target.category == et.STATE_FORCES else et.GOV_REGAINS
        elif r.agent is None and (rl.PRONOUN_SUBJECT.search(before) or coordinate or _pronoun_of(text, r)):
            r.agent = antecedents.speaking_state(facts[r.sentence_index], r) or \
                (_main_subject(facts[r.sentence_index], r) if r.clause.subordinate else None) or \
                _antecedent(facts, r.sentence_index, before, (last, told), (group, grouped), text[:r.cue_start])
            if _GROUP_NOUN.search(before) and fought is not None and r.agent is fought[0] and \
                    fought[1].actor is not None and fought[1].actor == principal:
                r.agent = fought[1]  # ("Kurdish fighters were fighting them [Islamic State] … the group overran
                # Kurdish villages": the story's group, not the side that fought it off)
            if r.sub_event_type == et.AIR_STRIKE and r.agent is not None and \
                    r.agent.category not in et.GOVERNMENT_SIDE:
                r.agent = None  # ("The coalition carried out 17 air strikes": no band told before flew them)
            _retype(r)
        elif r.agent is None and r.target is None and r.role == "take" and taker is not None and \
                r.sentence_index - taken <= LOOK_BACK and not CEDED.match(r.cue):
            r.agent = taker  # "They took Jabrayil on October 4 … Hadrut fell on October 9": the side taking places
            _retype(r)  # in the sentences before took this one too (whoever the story's group is)
        if r.role == "take" and r.agent is not None and rl.armed(r.agent) and not CEDED.match(r.cue):
            taker, taken = r.agent, r.sentence_index
        if r.sub_event_type == et.ARMED_CLASH:
            fought, fight = antecedents.fight_sides(r, text, (fought, fight), (last, told), (group, grouped))
        if r.agent is not None and r.agent.category in et.ARMED_CATEGORIES and not (
                r.clause.subordinate and told == r.sentence_index and main):  # ("Fighters … stormed the city after
            last, told, main = r.agent, r.sentence_index, not r.clause.subordinate  # the army raided a house. They…")
            if r.agent.category != et.STATE_FORCES:
                group, grouped = r.agent, r.sentence_index
    return [r for r in readings if not (r.pronoun_subject and r.agent is None)]


def _main_subject(f: SentenceFacts, r: Reading):
    """The armed subject of the sentence a pronoun's subordinate clause hangs on ("The army began the offensive from
    the south, where it retook Naimiya": the army; "The rebel advance began …, when they seized Minova": the rebels),
    if the sentence has one before the clause."""
    tree, root, subject = antecedents.root_subject(f.text)
    subject = subject if root is not None and root.start < r.clause.start else None
    if subject is None:
        return None
    heads = [subject] + tree.children(subject.i, "amod", "compound", "nmod:poss")  # (or its modifier: "The rebel
    # advance began in January, when they seized Minova": the rebels)
    return next((p for p in f.participants if any(p.start <= t.start < p.end for t in heads) and
                 p.end <= r.clause.start and p.category in et.ARMED_CATEGORIES and not p.unknown), None)


def _antecedent(facts: dict[int, SentenceFacts], n: int, before: str, last: tuple, group: tuple, opening: str = ""):
    """Who a pronoun subject stands for: the subject of a sentence since the last doer, else that doer (``last``:
    it and its sentence); a band's noun ("the group", "the alliance") only for a non-state one (``group``: "Iraqi
    soldiers abandoned their posts. On Tuesday the group seized Mosul": not the soldiers); ``opening``: the
    sentence up to the happening's word, whose pronoun may agree with a later subject than that doer's."""
    if _GROUP_NOUN.search(before):
        return antecedents.subject_between(facts, group[1], n, state=False) or group[0]
    return antecedents.subject_between(facts, last[1], n) or antecedents.later_plural_subject(
        facts.get(n - 1), last[0] if last[1] == n - 1 else None, antecedents.subject_pronoun(opening)) or last[0]


def _pronoun_of(text: str, r: Reading) -> bool:
    """Is the cue's subject in the parse a pronoun ("They first cleared the road … and retook Awasse": the subject of
    the verb "retook" is coordinated with), or a force told before by its noun ("the force", "its columns")?"""
    tree = parse(text)
    cue = tree.at(r.cue_start) if tree is not None else None
    subject = tree.subject(cue.i) if cue is not None and cue.is_verb else None
    if subject is None and cue is not None and cue.tag == "VBG" and cue.dep == "advcl" and cue.head != cue.i:
        subject = tree.subject(cue.head)  # ("They had pushed south …, shelling army positions": the main verb's)
        return subject is not None and subject.text.lower() in ("they", "it")
    if subject is None or subject.start < r.clause.start:
        return False
    return subject.text.lower() in ("they", "it") or subject.text.lower() in _FORCE_NOUNS and any(
        c.text.lower() in ("the", "its", "their") for c in tree.children(subject.i))  # ("its columns took Gharyan",
    # "its spokesman said the force had seized Aziziya": the force told before)


_FORCE_NOUNS = ("force", "column", "columns", "convoy", "convoys", "brigade", "brigades", "battalion", "battalions")


def generic_takers(readings: list[Reading]) -> list[Reading]:
    """"Turkish-backed opposition fighters captured Manbij … The Syrian National Army … took Tal Rifaat": a band the
    text does not name, taking a place, is the one named band that takes places in the text (when it is not the
    side that lost it) — never an unidentified armed group beside a named one."""
    named = {r.agent.actor for r in readings if r.role == "take" and r.agent is not None and r.agent.actor is not None
             and r.agent.actor.kind == "non-state" and not CEDED.match(r.cue)}
    if len(named) != 1:
        return readings
    actor = next(iter(named))
    for r in readings:
        if r.role == "take" and r.agent is not None and r.agent.actor is None and not r.agent.unknown and \
                not sided_against(r.agent, actor) and \
                r.agent.category in (et.REBEL_GROUP, et.POLITICAL_MILITIA) and not CEDED.match(r.cue) and \
                (r.target is None or r.target.actor != actor):
            r.agent = replace(r.agent, actor=actor, category=et.REBEL_GROUP, country=actor.country)
    return readings


def rivals_of(drafts: list[Draft], principal: Actor | None) -> None:
    """"Turkish-backed rebels captured Ras al-Ain from the SDF … The rebels had earlier seized Tel Abyad": a band the
    text does not name that took a place from the story's named group, or fought it, is not that group where the
    same noun is told again (it stays unidentified)."""
    if principal is None:
        return
    nouns = {r.agent.text.lower().split()[-1] for d in drafts for r in d.readings if r.agent is not None and
             r.agent.actor is None and r.target is not None and r.target.actor == principal}
    for r in (r for d in drafts for r in d.readings):
        if r.agent is not None and r.agent.actor is None and r.agent.text.lower().split()[-1] in nouns:
            r.agent = replace(r.agent, unknown=True)


def _fought_them(r: Reading, fought, fight: int):
    """The side told fighting the one that withdrew, a sentence or three before ("Kenyan troops stormed Kismayo …
    The rebels said they had withdrawn from the city overnight": the troops took it)."""
    if r.target is None or fought is None or not 0 < r.sentence_index - fight <= LOOK_BACK:
        return None
    return fought[0] if _same(r.target, fought[1]) or r.target.actor is None and \
        r.target.category == fought[1].category else None


def _retype(r: Reading) -> None:
    """A taking's sub-type by the side its pronoun or context gave it."""
    if r.sub_event_type in (et.NSA_TAKEOVER, et.GOV_REGAINS) and r.agent is not None and not CEDED.match(r.cue):
        r.sub_event_type = et.GOV_REGAINS if r.agent.category in et.GOVERNMENT_SIDE else et.NSA_TAKEOVER


# the trigger is a noun with its own determiner: the subject of its clause ("and an air strike on a market killed six")
_NOUN_SUBJECT = re.compile(r"\b(?:an?|the|another|two|three|several)\s+(?:[\w-]+\s+)?$", re.I)
_SAID_THEY = re.compile(r"\b(?:said|says|claimed|announced|confirmed|added)\s+(?:that\s+)?(?:they|it)\s+"
                        r"(?:(?:had|have|has|were|was)\s+)?$", re.I)

# a subject named by a non-state band's noun ("the group", "the alliance"), not by a pronoun
_GROUP_NOUN = re.compile(r"\bthe (?:" + rl.BAND_NOUNS + r")\b(?:,[^,]{1,150},)?\s+"
                         r"(?:[\w-]+\s+){0,3}$", re.I)

_LEADER = re.compile(r"\b(?:head|leader|chief|commander|founder|boss)\b", re.I)


def _its_state(agent, text: str, before: SentenceFacts | None):
    """A state's forces no country names, told as "its forces" after a sentence whose subject is a country or a
    country's forces: that country's ("Turkey launched the operation. Its forces seized Jandaris")."""
    if agent is None or agent.category != et.STATE_FORCES or agent.country or before is None or \
            not ITS.search(text, 0, agent.start):
        return agent
    _, _, subject = antecedents.root_subject(before.text)
    cc = next((sp.placed.toponym.country_code for sp in before.spots if subject is not None and sp.placed is not None
               and sp.feature == "country" and not sp.adjective and sp.start <= subject.start < sp.end), "") or \
        next((p.country for p in before.participants if subject is not None and p.category == et.STATE_FORCES and
              p.country and not p.police and p.start <= subject.start < p.end), "")  # ("The Israeli military said
    return replace(agent, country=cc) if cc else agent  # it was checking. It said its troops had killed …": Israel's)


def _the_military_told(agent, f: SentenceFacts, before: SentenceFacts | None):
    """"The military" or "the army" with no country, after a sentence (or words) naming one state's forces with
    theirs: that state's ("An Israeli soldier was killed in the camp, the military said. The military said it had
    struck …": Israel's, though the camp is in the West Bank)."""
    if agent is None or agent.category != et.STATE_FORCES or agent.country or agent.police or \
            agent.text.lower() not in ("military", "army"):
        return agent
    told = {p.country for p in [*(before.participants if before else []),
                                *(q for q in f.participants if q.start < agent.start)]
            if p.category == et.STATE_FORCES and p.country and not p.police}
    return replace(agent, country=told.pop()) if len(told) == 1 else agent


def _speakers_own(p, facts: SentenceFacts):
    """Soldiers no country names, told by a state's military as the source ("The Israeli military said eight
    soldiers had been killed in southern Lebanon"), or as "its" soldiers by a country that speaks ("Azerbaijan said
    50 of its servicemen had been killed"): that state's own (an army reports its own losses)."""
    if p is None or p.category != et.STATE_FORCES or p.country or p.source or p.police:
        return p
    speaker = next((q.country for q in facts.participants if q.source and q.category == et.STATE_FORCES and
                    q.country and not q.police and q.end <= p.start), "") or \
        next((sp.placed.toponym.country_code for sp in facts.spots if sp.end <= p.start and sp.feature == "country"
              and not sp.adjective and sp.placed is not None and _SPEAKS.match(facts.text, sp.end) and
              ITS.search(facts.text, 0, p.start)), "")
    return replace(p, country=speaker) if speaker else p


_SPEAKS = re.compile(r"\s+(?:said|says|reported|announced)\b")


def _owner(facts: SentenceFacts, agent, last):
    """The named armed group a generic doer belongs to by a possessive: "its/their fighters" — the last armed group
    named as a doer (or "the group's fighters"); "his fighters/forces" — the group whose leader the sentence names
    before ("the head of Russia's Wagner mercenary group said his forces …"); "its forces" with no state named
    before them in the sentence, after a named band's happening — that band's ("The opposition's sweep began on
    Friday, when its forces captured Mazar-i-Sharif")."""
    owned = ITS.search(facts.text, 0, agent.start) or _THE_BANDS.search(facts.text, 0, agent.start)
    if agent.actor is None and agent.category == et.STATE_FORCES and not agent.country and \
            agent.text.lower() == "forces" and owned and \
            not any(p.category == et.STATE_FORCES and p.end <= agent.start for p in facts.participants):
        sayer = _sayer(facts, agent.start)
        named = next((p for p in reversed(facts.participants) if p.end <= agent.start and p.actor is not None and
                      p.actor.kind == "non-state"), None) if _THE_BANDS.search(facts.text, 0, agent.start) else None
        # ("Houthi gunmen seized the airport, when the group's forces swept south": the band named before)
        band = sayer if sayer is not None else named if named is not None else last
        return band if band is not None and band.actor is not None and band.actor.kind == "non-state" else None
    plain_forces = agent.category == et.STATE_FORCES and not agent.country and agent.text.lower() == "forces"
    if agent.actor is not None or agent.category not in (et.REBEL_GROUP, et.POLITICAL_MILITIA) and not plain_forces:
        return None
    if owned and not plain_forces:
        sayer = _sayer(facts, agent.start)  # ("The MSA, a group …, said its fighters had clashed": the MSA's)
        if sayer is not None:
            return sayer
        return last if last is not None and last.actor is not None and last.category != et.STATE_FORCES else None
    if HIS.search(facts.text, 0, agent.start):
        return next((p for p in reversed(facts.participants) if p.end <= agent.start and p.actor is not None and
                     p.actor.kind == "non-state" and
                     _LEADER.search(facts.text, max(0, p.start - 40), p.end + 25)), None)
    return next((p for p in facts.participants if p.actor is not None and p.actor.kind == "non-state" and
                 _FIGHT_UNDER.fullmatch(facts.text, agent.end, p.start)), None)  # "The rebels, who fight under the
    # Free Syrian Army banner, took …": the band the clause right after them names


# "the group's forces", "the rebels' fighters": the band told before by its noun owns them, as "its" does
_THE_BANDS = re.compile(r"\bthe\s+(?:" + rl.BAND_NOUNS + "|militia|" + lexicon.family("rebels").pattern("many") +
                        r")['’]s?\s+$", re.I)


def _sayer(facts: SentenceFacts, before: int):
    """The named non-state group that says "its fighters" ("The MSA, a Tuareg-led group that …, said its …")."""
    if not _SAID_ITS.search(facts.text, max(0, before - 30), before):
        return None
    _, root, subject = antecedents.root_subject(facts.text)
    at = subject.start if subject is not None else None  # (a parse with no subject for it: the first group named)
    return next((p for p in facts.participants if (p.start <= at < p.end if at is not None else p.end <= before) and
                 p.actor is not None and p.actor.kind == "non-state"), None)


_SAID_ITS = re.compile(rf"\b(?:{SAYING})\s+(?:that\s+)?(?:its|their)\s+(?:[\w-]+\s+)?$", re.I)
_FIGHT_UNDER = re.compile(r",\s+(?:who|which)\s+(?:fight|fights|fought|belong|belongs|are\s+loyal)\s+(?:under|for|with|to)"
                          r"\s+(?:the\s+)?", re.I)


_ACTOR_NAMES = {et.REBEL_GROUP: "Unidentified Armed Group ({})", et.POLITICAL_MILITIA: "Unidentified Armed Group ({})",
                et.IDENTITY_MILITIA: "Communal Militia ({})", et.RIOTERS: "Rioters ({})",
                et.PROTESTERS: "Protesters ({})", et.CIVILIANS: "Civilians ({})", et.EXTERNAL: "International Forces"}


def actor_name(p, country: str) -> str:
    """An actor's name as ACLED writes it: the actors file's name, else its category and country."""
    if p is None:
        return ""
    if p.actor is not None:
        return p.actor.name
    if p.category == et.STATE_FORCES:
        return ("Police Forces of {}" if p.police else "Military Forces of {}").format(et.forces_of(country))
    return _ACTOR_NAMES.get(p.category, "{}").format(country)


def _named(principal: Actor | None, p, country_code: str):
    """A generic armed group ("the militants", "the attackers") is the article's main non-state actor, when it has
    one of that country (or of none)."""
    if p is None or p.actor is not None or principal is None or principal.kind != "non-state" or p.unknown or \
            sided_against(p, principal):
        return p  # ("unidentified gunmen": the text says it does not know whose; "pro-Hadi fighters": not the
        # Houthis)
    if p.category in (et.REBEL_GROUP, et.POLITICAL_MILITIA) and principal.fights_in(country_code):
        return replace(p, actor=principal, category=et.REBEL_GROUP)  # (the group's category, not the noun's)
    return p


def sided_against(p, actor: Actor) -> bool:
    """Is an unnamed band told to be on a side that is not ``actor`` ("Pro-Hadi fighters", "anti-Houthi tribesmen"
    in a story whose named band is the Houthis), so that it is not that band?"""
    if not p.sided:
        return False
    way, _, word = p.sided.partition("-")
    words = {w.lower().rstrip("s") for alias in actor.aliases + (actor.name,) for w in re.findall(r"[\w'’]+", alias)}
    return (word.rstrip("s") in words) == (way == "anti")


def _named_as_other(principal: Actor, draft: Draft, texts: dict[int, str]) -> bool:
    """Is the story's group named after the trigger in the sentence of the event ("suicide bombers struck a mosque
    used by Houthi fighters"), or the happening's target? Then the unnamed doer is someone else."""
    if any(r.target is not None and r.target.actor == principal for r in draft.readings):
        return True  # ("Syrian rebels drove Islamic State out of al-Bab": the side driven out did not do it)
    names = "|".join(re.escape(a) for a in principal.aliases)
    return any(re.search(rf"(?<![\w-])(?:{names})(?![\w-])", texts.get(r.sentence_index, "")[r.cue_start + len(r.cue):],
                         re.I) for r in draft.readings if not r.reference)


def event_sides(principal: Actor | None, draft: Draft, country_of,
                texts: dict[int, str] | None = None, where: str = "") -> tuple[str, str, str, str]:
    """(actor1, inter1, actor2, inter2) of an event: its first agent and target, named; ``country_of(participant)``
    says whose country a participant's name takes; ``texts``: the sentences by index; ``where``: the country code
    of the place the event is put at (for one whose own name nothing placed, its container's)."""
    cc = draft.spot.placed.toponym.country_code if draft.spot is not None and draft.spot.placed else where
    own = [r for r in draft.readings if not r.reference] or draft.readings  # (a happening told only by reference)
    own = sorted(own, key=lambda r: r.sub_event_type != draft.sub_event_type)  # (the reading that told its kind
    # first: "Hundreds protested in Maputo; police fired live ammunition, killing three": the police's)
    doer = None if principal is not None and _named_as_other(principal, draft, texts or {}) or \
        draft.sub_event_type == et.AIR_STRIKE else principal  # (an air strike told with no doer is no armed
    # group's the story names: "The coalition carried out 17 air strikes near Kobani" in a story about Islamic State)
    left = next((r.target for r in own if r.target is not None and r.agent is None and CEDED.match(r.cue)), None)
    first = next((p for r in own for p in (r.agent, r.target) if p is not None and not _same(p, left)), None) \
        if left is not None else next((r.agent for r in own if r.agent is not None), None)  # ("The rebels withdrew
    # from Nyangezi after fighting with Wazalendo militiamen": the militiamen's, never the side that left)
    if first is not None and first.actor is None and left is None:
        first = next((r.agent for r in own if r.agent is not None and r.agent.actor is not None and
                      r.agent.category == first.category and
                      ("" in (r.agent.country, first.country) or r.agent.country == first.country)), first)
        # ("Forces loyal to the government took Tarhuna … the GNA said its troops had entered the town": the GNA)
    agent = _named(doer, first, cc or "")
    target = _named(principal, left or next((r.target for r in own if r.target is not None and r.target is not agent),
                                            None), cc or "")
    a1, a2 = actor_name(agent, country_of(agent)), actor_name(target, country_of(target))
    i1, i2 = (agent.category if agent else ""), (target.category if target else "")
    if not a1 and principal is not None and a2 != principal.name and draft.event_type in (et.BATTLES, et.STRATEGIC) \
            and draft.sub_event_type in et.TERRITORY_SUBTYPES + (et.ARMED_CLASH,):  # (not the side that withdrew)
        a1, i1 = principal.name, et.REBEL_GROUP if principal.kind == "non-state" else et.STATE_FORCES
    if draft.event_type == et.BATTLES and i2 == et.CIVILIANS:
        a2, i2 = "", ""  # (a battle is fought between armed sides: "fighting continued …, where three civilians were
        # killed by stray mortar rounds" counts them among its dead, not as a side)
    if a2 == a1 and not (i1 == i2 == et.IDENTITY_MILITIA and agent is not None and target is not None and
                         not rl.same_side(agent, target)):  # (but two peoples' communal militias are both sides)
        a2, i2 = "", ""
    return a1, i1, a2, i2


def _whose(facts: dict[int, SentenceFacts], r: Reading, group) -> None:
    """The reading's sides as their own words say whose they are: a state's ("its troops"), the speaker's, a
    group's ("Its fighters then overran Hsenwi"; "The head of Wagner, X, said his fighters had taken Bakhmut"), or
    the state of an official who says "we" ("“We have taken control of Mogadishu,” the president said")."""
    f = facts[r.sentence_index]
    r.agent = _its_state(r.agent, f.text, facts.get(r.sentence_index - 1))
    r.agent = _the_military_told(r.agent, f, facts.get(r.sentence_index - 1))
    r.agent, r.target = _speakers_own(r.agent, f), _speakers_own(r.target, f)
    if r.agent is not None and ITS.search(f.text, 0, r.agent.start) and not any(  # ("The SNA launched an operation
            x.end <= r.agent.start for x in [*f.participants, *f.spots]):  # against the SDF. Its fighters captured…":
        said = antecedents.subject_between(facts, group[1], r.sentence_index, state=False)  # the SNA; not "Turkey
        group = (said if said is not None and said.actor is not None else group[0], group[1])  # …, and its forces")
    owner = _owner(f, r.agent, group[0]) if r.agent is not None else None
    if owner is not None:
        r.agent = replace(r.agent, actor=owner.actor, category=owner.category)
        _retype(r)
    elif r.agent is None and (official := antecedents.speaking_official(f, r)) is not None:
        r.agent = official
        _retype(r)


def _same(p, q) -> bool:
    """Are two participants one side: the same words, or the same named actor?"""
    return q is not None and (p is q or (p.start, p.text) == (q.start, q.text) or
                              p.actor is not None and p.actor == q.actor)


# ACLED's codebook: violence whose perpetrator the report does not name is an "Unidentified Armed Group" of the
# country (a political militia by category); a strike from the air is a state's, and shelling without a named
# side is left unnamed rather than guessed.
_UNNAMED_PERPETRATOR = {et.VAC: None, et.REMOTE: (et.REMOTE_EXPLOSIVE, et.SUICIDE, et.GRENADE),
                        et.BATTLES: (et.ARMED_CLASH, et.NSA_TAKEOVER)}  # ("killed in clashes in X", "the group took X")


def unnamed_victims(draft: Draft, actor2: str, inter2: str, country: str) -> tuple[str, str]:
    """(actor2, inter2): violence against civilians whose words name no victim ("gunmen attacked the village of X")
    is against the civilians of the place's country."""
    if draft.event_type == et.VAC and not actor2 and country:
        return _ACTOR_NAMES[et.CIVILIANS].format(country), et.CIVILIANS
    return actor2, inter2


def unidentified(draft: Draft, actor1: str, inter1: str, country: str) -> tuple[str, str]:
    """(actor1, inter1): an attack on civilians, a bomb or a grenade with no named perpetrator ("a man was shot
    dead in X", "a blast killed a boy in X"), or an armed clash with no named side, is an Unidentified Armed
    Group's."""
    if inter1 == et.CIVILIANS and draft.event_type in _UNNAMED_PERPETRATOR:
        actor1, inter1 = "", ""  # ("two men on a motorcycle hurled a grenade": civilians do no violence in ACLED's
        # sense; whoever does is an armed group, unidentified when the text does not name it)
    if actor1 or draft.event_type not in _UNNAMED_PERPETRATOR or not country:
        return actor1, inter1
    subs = _UNNAMED_PERPETRATOR[draft.event_type]
    if subs is not None and draft.sub_event_type not in subs:
        return actor1, inter1
    if draft.sub_event_type == et.NSA_TAKEOVER and all(CEDED.match(r.cue) for r in draft.readings):
        return actor1, inter1  # "government troops withdrew from Homs": who took it, the text does not say
    return _ACTOR_NAMES[et.POLITICAL_MILITIA].format(country), et.POLITICAL_MILITIA


def territory_subtype(draft: Draft, country_code: str) -> str:
    """ACLED: a government regains territory in its own country; a foreign state's forces taking a place overtake
    it, as a non-state actor does ("Russian forces captured the village of …" in Ukraine)."""
    doers = [r.agent for r in draft.readings if not r.reference and r.agent is not None]
    agent = next((r.agent for r in draft.readings if not r.reference and r.agent is not None and r.role == "take"),
                 doers[0] if doers else None)  # (the taker's, not a fight's merged in: "its forces repelled attacks")
    if draft.sub_event_type == et.GOV_REGAINS and agent is not None and agent.category == et.STATE_FORCES and \
            agent.country and country_code and agent.country != country_code and agent.sided != "pro-government":
        return et.NSA_TAKEOVER  # (but "Rwandan troops supporting the army took …": the government's side regains)
    return draft.sub_event_type
