"""Readings: what each clause of a sentence reports, if anything.

A clause reports a happening when its words report one in their conflict sense (:mod:`.words`) *and* the
people or forces in it make it one (:mod:`.participants`): an armed group or a state force, civilians as victims,
protesters. "The two teams clashed", "shares plunged", "fire crews battled a blaze" have the words and not the
people; "militants ambushed a convoy", "a landmine blast killed three policemen" have both. The type and sub-type
follow ACLED's codebook: an attack on an armed side is a battle, on civilians violence against civilians; a strike
from the air, a shell, a mine are explosions/remote violence unless they are a means of a ground fight; a crowd
that storms or burns riots; and so on (see :func:`_classify`).

A reading also says where (:mod:`.places`), when (:mod:`.dates`), who did what to whom, how many were
killed (:mod:`.fatalities`), and how it stands: only intended or denied (dropped), looked back on (background),
or a reference to a happening already told ("the attack", "condemned the shelling").
"""

from __future__ import annotations

import re

from conflictmap.events import anchoring, antecedents, fights, remote, structure, timing
from conflictmap.events.strategic import (PROPERTY, SOLDIERS, agreement, arrest, arson, destroyed, disrupted, emergency,
                                         looting)
from conflictmap.events import clauses as cl
from conflictmap.events import types as et
from conflictmap.events import words as ew
from conflictmap.events import references as ref, roles as rl
from conflictmap.events.clauses import Clause
from conflictmap.events.cued import cued as _new, of_kinds as _kinds, told_again
from conflictmap.events.continued import continued, opened_the_clash
from conflictmap.events.facts import Reading, SentenceFacts
from conflictmap.events.fatalities import DESCRIBED, count, counted_before, more_dead
from conflictmap.events.participants import Participant, armed_band, organised, told_doers
from conflictmap.events.points import route_points
from conflictmap.events.protests import intervened, protest
from conflictmap.events.tolls import caught_in_the_crossfire, killed_by_the_cause, toll_of_the_sentence


def read(facts: SentenceFacts, published) -> list[Reading]:
    """The readings of one sentence, clause by clause."""
    if not facts.triggers:
        return []  # (nothing can happen in it: it is not cut into clauses, nor parsed)
    out: list[Reading] = []
    parts = cl.split(facts.text)
    for clause in parts:
        words = [t for t in facts.triggers if clause.start <= t.start < clause.end and
                 rl.stands(facts.text, clause, t, facts.participants) and not rl.figurative(facts, t)]
        acts = [t for t in words if not ref.refers(facts.text, t) or ref.died_in(facts.text, t)]
        if acts and all(_STRUCK.fullmatch(t.text) for t in acts):  # "The explosion struck a bus near Pulwama": the
            acts = [t for t in words if t.kind == ew.REMOTE and t.start < acts[0].start][-1:] + acts  # blast told, where
        words = acts or words  # words that only refer to a happening told ("the attack") read only when alone
        if not words:
            continue
        k = parts.index(clause)  # (a passive main clause after a relative one: its subject is before the
        head = parts[k - 2].start if k >= 2 and parts[k - 1].opener in ("who", "which") and not clause.opener and \
            (_BE.match(facts.text, clause.start) or _VERB_FIRST.fullmatch(facts.text, clause.start, words[0].start)) \
            else clause.start  # relative's "who": "a convoy carrying aid workers who had sheltered at … was
        # ambushed"; "The Army of Conquest alliance, which includes the Nusra Front, took Idlib")
        people = [p for p in facts.participants if head <= p.start < clause.end and not p.source and
                  (head == clause.start or not parts[k - 1].start <= p.start < parts[k - 1].end)]
        tools = [i for i in facts.instruments if clause.start <= i.start < clause.end]
        readings = _classify(facts, clause, words, people, tools)
        if len(readings) == 1 and out and rl.outcome_of(facts.text, readings[0], out[-1]):
            out[-1].fatalities = max(out[-1].fatalities, count(facts.text[clause.start:clause.end]))
            out[-1].target = out[-1].target or readings[0].target
            continue  # "… 15 air strikes on Ariha after it fell, the Observatory said, killing four civilians"
        if readings and out and clause.opener in ("that", "which") and (ref.EVENT_NOUN.match(out[-1].cue) or (
                ref.EVENT_NOUN.match(out[-1].cue.split()[-1]) and re.fullmatch(  # ("triggered an IED blast that
                    r",?\s*(?:that|which)\s*", facts.text[out[-1].cue_start + len(out[-1].cue):clause.start]))) and \
                out[-1].clause.end <= clause.start and all(w.kind == ew.KILL for w in words):  # killed nine")
            readings = []  # "after clashes with local militias that left 18 fighters dead": the clashes' toll
        if not readings and out and clause.opener in ("that", "which"):  # "clashes … that killed 20 people"; "…
            out[-1].fatalities = max(out[-1].fatalities,  # killed a dozen soldiers, the army said, adding that 30
                                     count(facts.text[out[-1].clause.start:clause.end]))  # attackers were neutralised"
        for reading in readings:
            if reading.agent is None and clause.opener in ("who", "which", "that"):
                reading.agent = structure.relative_agent(facts, reading)
            timing.date(facts, reading, parts, published)
            if reading.role in ("origin", "advance") and not (
                    reading.date and clause.start <= reading.date.start < clause.end and (
                        reading.date.start < reading.cue_start or  # ("In February, the rebels advanced on Sake")
                        not any(w.kind not in (ew.ADVANCE, ew.ORIGIN) and reading.cue_start < w.start and (
                            w.start < reading.date.start or not ew.ARRIVED.search(reading.cue)) for w in words))):
                reading.date = None  # "streamed west from A through B … and seized C on March 4": C's date (but
                # "pushed into Kobani on Monday and raised their flag": the day they got there)
            reading.spots += structure.attacked_in_turn(facts, reading)
            out.extend(r for day in timing.per_day(facts, reading) for r in structure.per_object(facts, day, published))
    toll_of_the_sentence(facts, out, parts)
    out = caught_in_the_crossfire(facts, killed_by_the_cause(out))
    more_dead(out, facts.text)
    out = [r for r in out if not opened_the_clash(facts, r, out)]
    return intervened(facts, out + continued(facts, out, parts, published))


_VERB_FIRST = re.compile(r"\s*(?:(?:then|later|also|finally|quickly|had|has|have)\s+)*"  # ("…, which holds Port Sudan,
                         r"(?:(?:said|says|added|claimed|announced)\s+(?:(?:on|late|early)\s+\w+\s+)?(?:that\s+)?"
                         r"(?:it|they)\s+(?:(?:had|has|have|was|were)\s+)?)?", re.I)  # said it had repelled …")
_BE = re.compile(r"\s*(?:was|were|(?:had|has|have) been)\s", re.I)


_LAUNCHED = re.compile(r"\b(?:launched|began|started|mounted|pressed|stepped\s+up)\s+(?:its|their|the|an?)\s+"
                       r"(?:[\w-]+\s+)?$", re.I)
_ON_VILLAGES = re.compile(r"\s+(?:\w+\s+){0,2}?(?:on|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:villages?|"
                          r"hamlets?|settlements?|communit(?:y|ies))\b", re.I)  # (an attack on people's homes)


def _classify(facts: SentenceFacts, clause: Clause, words: list[ew.Word], people: list[Participant],
              tools: list[ew.Word]) -> list[Reading]:
    """The clause's readings: at most one event (the first rule that applies, in the order of ACLED's precedence
    between types) and any points of an advance."""
    out = route_points(facts, clause, words, people)
    taken = _territory(facts, clause, words, people, tools)
    if taken:
        return out + taken + _and_killed(facts, clause, words, people, tools, taken)
    for rule in (protest, _air, _ground_fight, _explosion, _killing, arrest, _abduction, disrupted, looting,
                 agreement, emergency):  # (violence against people before the arrests it came with)
        reading = rule(facts, clause, words, people, tools)
        if reading is not None:
            anchoring.locate(facts, reading)
            return out + [reading]
    return out


def _and_killed(facts, clause, words, people, tools, taken: list[Reading]) -> list[Reading]:
    """"captured the oil hub of Bentiu and killed hundreds of civilians": the killing of civilians coordinated with a
    taking is its own happening, with the toll."""
    end = max(r.cue_start + len(r.cue) for r in taken)
    kill = next((w for w in _kinds(words, ew.KILL) if w.start > end and
                 re.search(r"\band\s+(?:then\s+|later\s+)?$", facts.text[end:w.start])), None)
    if kill is None:
        return []
    rest = Clause(kill.start, clause.end, clause.subordinate, "and")
    reading = _killing(facts, rest, [kill], [p for p in people if p.start >= kill.start], tools)
    if reading is None or reading.event_type != et.VAC:
        return []
    anchoring.locate(facts, reading)
    for r in taken:
        r.fatalities = 0  # (the dead are the killing's)
    return [reading]


def _territory(facts, clause, words, people, tools) -> list[Reading]:
    """A change of hands at each place that is the object of territory words ("seized Lalibela … and took control
    of parts of Gondar")."""
    out = []
    for word in _kinds(words, ew.TAKE, ew.CEDE):
        if structure.attributive(facts, word):
            continue  # "seized the abandoned airport": a participle describing a noun is no taking or withdrawal
        reading = _taking(facts, clause, word, people)
        if reading is not None:
            reading.spots = anchoring.taken_spots(facts, reading)
            reading.spots += [sp for sp in structure.object_spots(facts, reading) if sp not in reading.spots]
            if reading.spots:
                reading.strength = 3.0
                out.append(reading)
            elif word.kind == ew.TAKE and rl.armed(reading.target) and reading.agent is not None and \
                    _OVERRAN.match(word.text) and re.fullmatch(r"\s+(?:[\w-]+\s+){0,2}",
                                                               facts.text[word.end:reading.target.start]):
                # "crossed the border near Oleshnya and overran Russian checkpoints": posts taken, no town —
                # a fight where the clause puts it
                fight = _new(facts, clause, word, et.BATTLES, et.ARMED_CLASH, reading.agent, reading.target)
                anchoring.locate(facts, fight)
                out.append(fight)
    return out


_STRUCK = re.compile(r"struck|hit|ripped|tore", re.I)  # (what a blast told before did: "The explosion struck a bus")
def _taking(facts, clause, word, people) -> Reading | None:
    """Territory words read: who took it (for "withdrew from", the other side), and whether it changed hands by
    fighting or without ("entered Kabul without a fight", "handed it over")."""
    text = facts.text
    if word.kind == ew.CEDE and clause.subordinate and clause.opener not in ("which", "that"):
        return None  # "as they withdrew from Monguno": the withdrawal of a raid, not a change of hands (but "moved
        # into Sinjar, which the Peshmerga abandoned": the place they gave up)
    if re.search(r"\boutskirts\b", text[word.end:word.end + 25], re.I) or (
            word.text.lower().startswith(("enter", "occup")) and re.search(
                r"\b(?:(?:before|then|and|later)\s+(?:\w+\s+)?(?:withdr\w+|pull\w* (?:back|out)|retreat\w*)|"
                r"withdrawing|loot\w*|raid\w*)\b", text + " " + facts.prior_text, re.I)):
        return None  # "entered the outskirts …, looted shops … before withdrawing": a raid (told so just before too)
    if word.text.lower().startswith("enter") and (fight := _FOUGHT_THERE.match(text, word.end)) and \
            not re.search(r"\b(?:in|at|for)\s+(?:the\s+)?[A-Z]", text[fight.end():]):
        return None  # "entered Debaltseve and fought street battles with soldiers": a battle in the town, not held
    agent, target = rl.agent_target(text, clause, word, people)
    if target is not None and _PEOPLE_TAKEN.fullmatch(text, target.end, word.start):
        return None  # "dozens of Haftar's fighters were killed or captured": people taken, no place
    if (who := next((p for p in people if rl.armed(p) and _WHO_HAD.fullmatch(text, p.end, word.start)), None)):
        agent, target = who, (target if target is not who else None)  # "troops battled militants who had seized
        # parts of Marawi": the militants seized them
    if word.text.lower() == "fell":
        target = None  # ("The town fell two days later, and the rebels then moved on": who is after is no loser)
    if agent is None and target is not None and word.text.lower().endswith("ing") and (
            target.start >= clause.end and clause.subordinate or "," in text[word.end:target.start] and
            re.fullmatch(r"\s*(?:after|before|upon|on|while|since)\s+", text[clause.start:word.start], re.I)):
        agent, target = target, None  # "After capturing Mongo, the rebels advanced": the main clause's subject
    if word.kind == ew.TAKE and agent is not None and not rl.armed(agent):
        return None  # "the visitors seized control of the game"
    agent = agent or rl.doer_before(facts, clause, word, people) or \
        antecedents.subject_before_relative(facts, clause) or antecedents.doer_then(facts, clause, word, target)
    # ("troops took A, then advanced…, seizing B"; "Chadian forces, who …, retook Damasak")
    pronoun = agent is None and bool(_pronoun(text, clause.start, word.start) or (
        clause.opener.split(" ")[0] in ("and", "then") and _VERB_FIRST.fullmatch(text, clause.start, word.start)) or
        structure.pronoun_subject(text, word.start, word.text, clause.start))
    # (", and seized Menaka on May 2": the subject before, as a pronoun's — resolved by sides, or dropped)
    if not (rl.armed(agent) or any(rl.armed(p) for p in people) or facts.conflict or pronoun):
        return None
    if word.kind == ew.CEDE:  # the one who gave it up is the agent of the words; someone else took it (the
        agent, target = (rl.by_phrase(text, word.end, people) if re.match(r"(?:were|was|been|being)\b", word.text,
                                                                          re.I) else None, agent)  # passive's "by":
        # "were driven out of Bunia by X"
        if agent is None and clause.opener in ("which", "that"):  # "Government forces moved into Sinjar, which the
            agent = next((p for p in facts.participants if p.end <= clause.start and rl.armed(p) and  # Peshmerga
                          p is not target), None)  # abandoned": the subject that went in took it
    target = target if rl.armed(target) else None  # "seized Lalibela, famed for its churches": they lost nothing
    state_took = (agent is not None and agent.category in et.GOVERNMENT_SIDE) or (
        agent is None and target is not None and target.category != et.STATE_FORCES and rl.armed(target))
    if ew.NONVIOLENT.search(text) or word.text.lower().startswith(("handed", "hand", "surrender")):
        event_type, sub = et.STRATEGIC, et.NONVIOLENT_TERRITORY
    else:
        event_type, sub = et.BATTLES, (et.GOV_REGAINS if state_took else et.NSA_TAKEOVER)
    return _new(facts, clause, word, event_type, sub, agent, target, role="take",
                pronoun_subject=pronoun and not (facts.conflict or any(rl.armed(p) for p in people)))


def _pronoun(text: str, start: int, end: int) -> bool:  # (the clause's slice: one opened by "where" starts with it)
    return rl.PRONOUN_SUBJECT.search(text[start:end]) is not None


_PEOPLE_TAKEN = re.compile(r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+(?:or|and)\s+)?", re.I)
_WHO_HAD = re.compile(r"\s+(?:who|that)\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?", re.I)
_FOUGHT_THERE = re.compile(r"[^.;]*?\band\s+(?:then\s+)?(?:fought|battled|clashed)\b")
_OVERRAN = re.compile(r"overr|stormed|captur|seiz", re.I)  # (taking a force's posts, not "entered the capital")


def _air(facts, clause, words, people, tools) -> Reading | None:
    """A strike from the air or a suicide bombing is its own event, even beside ground fighting or armed victims."""
    return remote.reading(facts, clause, words, people, tools, air_only=True)


def _explosion(facts, clause, words, people, tools) -> Reading | None:
    return remote.reading(facts, clause, words, people, tools, air_only=False)


_WITH = re.compile(r"\s+with\s+(?:[\w-]+\s+){0,3}", re.I)


def _ground_fight(facts, clause, words, people, tools) -> Reading | None:
    """Armed sides fighting: a clash, or a ground attack on an armed target ("stormed a police post")."""
    clash = [w for w in _kinds(words, ew.CLASH) if not any(  # "retaliated with missile strikes": the strikes are
        _WITH.fullmatch(facts.text, w.end, t.start) for t in _kinds(words, ew.REMOTE))]  # what it did
    ground = [w for w in _kinds(words, ew.ATTACK) if ew.GROUND_ATTACK.match(w.text)]
    if _kinds(words, ew.ARREST) and all(w.text.lower().startswith("raid") for w in ground) and not clash:
        return None  # "arrested four militants in a raid": the raid is the arrest
    if not (clash or ground):
        return None
    word, agent, target, armed = rl.sides(facts, clause, clash or ground, people)
    if clash and agent is None and (villagers := fights.villagers_who_fought(clause, word, people)) is not None:
        agent, armed = villagers, [*armed, villagers]
    if clash and fights.REPELLED.fullmatch(word.text) and (attacker := fights.attacker(facts, word, target)):
        agent, target, armed = attacker, agent, [*armed, attacker]  # "its troops repelled 38 Russian attacks": the
        # Russian forces attacked (ACLED's first actor), the troops fought them off
    if clash and (sides_of := fights.killed_in_the_fight(facts, _kinds(words, ew.KILL) + [
            w for w in _kinds(words, ew.ATTACK) if ew.VIOLENT_DEATH.search(w.text)], word)) is not None:
        agent, target = sides_of  # "rebels said they had killed dozens of soldiers and Wagner mercenaries in
        armed = [*armed, agent]  # fighting near X": who killed fought whom they killed
    if clash and agent is None and (agent := rl.doer_before(facts, clause, word, people) or
                                    fights.other_of_two(facts.text, target)) is not None:
        armed = [*armed, agent]  # ("the militia entered Dessie and fought soldiers in Kombolcha": the militia;
        # "clashes between two ethnic groups": one of them, and the other)
    if clash and ground and rl.PASSIVE.search(facts.text[clause.start:ground[0].start]):
        by, hit_first = rl.agent_target(facts.text, clause, ground[0], people)  # "Two Maoists were gunned down by
        if by is not None:  # police in an encounter": the police's clash
            agent, target = by, hit_first or target
    sides = {p.actor.name if p.actor else p.category for p in armed}
    if clash and armed and (len(sides) > 1 or facts.conflict or rl.two_sides(agent, target) or
                            any(p.category in (et.REBEL_GROUP, et.IDENTITY_MILITIA, et.EXTERNAL) for p in armed)):
        return _new(facts, clause, word, et.BATTLES, et.ARMED_CLASH, agent, target)
    if clash and not people and facts.conflict and ew.FIGHTING.match(word.text):
        return _new(facts, clause, word, et.BATTLES, et.ARMED_CLASH)  # "fighting continued around Sudzha"
    hit = [p for p in rl.hit(facts, clause, _kinds(words, ew.ATTACK, ew.KILL, ew.CLASH), people) if p is not agent]
    if ground and any(rl.armed(p) for p in hit) and (agent is None or rl.armed(agent)) and \
            not (not clash and arson(facts, clause, ground, hit)):
        return _new(facts, clause, word, et.BATTLES, et.ARMED_CLASH, agent, next(p for p in hit if rl.armed(p)))
    fight = next((w for w in clash if ew.WAR_FIGHT.match(w.text) or facts.conflict and ew.GUN_FIGHT.match(w.text)), None)
    if fight is not None and remote.deadly(facts, clause) and \
            not any(p.category in (et.PROTESTERS, et.RIOTERS) for p in people):
        # "three people were killed in clashes in X", "four soldiers died in fighting around Y": people killed in
        # fighting is an armed clash though the text names no side (ACLED: Unidentified Armed Group)
        return _new(facts, clause, fight, et.BATTLES, et.ARMED_CLASH, agent if rl.armed(agent) else None,
                    target if rl.armed(target) else None)
    return None


def _attacks(facts, clause, words, people, tools) -> list:
    """The words of an attack on people or of a killing: on the ground, not "boxers beat"; "struck" only by an armed
    side told before (or a pronoun), with a place or a settlement's noun right after it and no weapon named ("…, and
    struck Mahini the following evening", "they struck two more villages nearby"; not "floods struck")."""
    return [w for w in _kinds(words, ew.ATTACK, ew.KILL, ew.INJURE) if (
        ew.GROUND_ATTACK.match(w.text) or w.kind == ew.KILL or w.kind == ew.INJURE and not tools and
        rl.armed(rl.agent_target(facts.text, clause, w, people)[0]) or  # ("gunmen wounded four villagers")
                                                            w.text.lower() == "struck" and not tools and
                                                            _STRUCK_PLACE.match(facts.text, w.end) and (
                                                                rl.armed(rl.doer_before(facts, clause, w, people)) or
                                                                _pronoun(facts.text, clause.start, w.start))) and
            not (w.text.lower().startswith("beat") and all(rl.armed(p) for p in people))]


_STRUCK_PLACE = re.compile(r"\s+(?:(?-i:[A-Z])|(?:the|a|an|two|three|four|five|several|\d+)\s+(?:more\s+|other\s+|"
                           r"nearby\s+|remote\s+)?(?:villages?|towns?|settlements?|hamlets?|communities|community)\b)",
                           re.I)


def _killing(facts, clause, words, people, tools) -> Reading | None:
    """An attack on or a killing of civilians by an armed side (or one in a text about armed conflict)."""
    attack = _attacks(facts, clause, words, people, tools)
    if not attack or (_kinds(words, ew.ARREST) and all(w.text.lower().startswith("raid") for w in attack)):
        return None
    if _kinds(words, ew.ABDUCT) and not _kinds(words, ew.KILL) and not remote.deadly(facts, clause):
        return None  # "stormed a school and abducted 287 pupils": an abduction (ACLED), read by its own rule
    word, agent, target, died = rl.killers(facts, clause, attack, people)  # (the doer: "had taken X and attacked
    agent = agent or rl.doer_before(facts, clause, word, people) or rl.doer_when(facts, word, people)  # Y", "when …")
    hit = [p for p in rl.hit(facts, clause, attack, people) if p is not agent] + ([died] if died else [])
    if target is not None and target is not agent and target not in hit and word.kind == ew.KILL and \
            _PASSIVE_SUBJECT.fullmatch(facts.text, target.end, word.start):
        hit.append(target)  # "A police officer serving with the mission was killed by gang gunfire": the subject
    if arson(facts, clause, attack, hit):
        return destroyed(facts, clause, word, agent)  # "setting fire to the courthouse and police headquarters"
    if (fight := _armed_hit(facts, clause, word, agent, hit)) is not None:
        return fight
    fallen = rl.dead_of_the_sentence(facts, clause, attack, armed_ones=True) if not hit else []
    if fallen and (agent is None or rl.armed(agent)):  # "Fourteen soldiers died when their convoy came under attack
        return _new(facts, clause, word, et.BATTLES, et.ARMED_CLASH, agent, fallen[0])  # by JNIM fighters"
    victims = [p for p in hit if p.category == et.CIVILIANS] or rl.dead_of_the_sentence(facts, clause, attack)
    told = ref.told_in(facts.text, clause, word)
    if victims and word.kind == ew.KILL and told:  # "the attack killed four civilians": the toll of a happening
        # told (a reference: it joins that happening, whatever its type; or, told first here, is of its noun's type)
        kind, sub = next(((k, s) for pattern, k, s in ew.TOLD_TYPES if pattern.match(told)), (et.VAC, et.ATTACK))
        return _new(facts, clause, word, kind, sub, agent, victims[0] if kind == et.VAC else None)
    if not victims and PROPERTY.search(word.text) and (agent is None or agent.category != et.RIOTERS):
        return destroyed(facts, clause, word, agent)  # "Naxalites set ablaze three vehicles": no one was hurt
    abroad = agent is not None and agent.category == et.STATE_FORCES and bool(agent.country) and (
        any(v.country and v.country != agent.country for v in victims) or any(  # ("killed by fire from the Israeli
            sp.placed is not None and sp.feature != "country" and not sp.adjective and  # military in Khan Younis")
            sp.placed.toponym.country_code not in ("", agent.country) for sp in facts.spots))
    soldiers = agent is not None and agent.category == et.STATE_FORCES and bool(SOLDIERS.search(agent.text))
    band = armed_band(agent) and not rl.CRIME.search(facts.text)  # (not "gunmen shot dead a shopkeeper in a robbery")
    hurt = victims or _STRUCK_PLACE.match(facts.text, word.end) or _TOLL_NEXT.match(facts.next_text)  # ("gunmen
    sure = organised(agent) or hurt and (band or soldiers) or abroad  # attacked the village of X"; "… a hotel. 30 were
    # killed": its toll, told next)
    if agent is not None and agent.category == et.RIOTERS:
        return _new(facts, clause, word, et.RIOTS, et.MOB_VIOLENCE, agent, target)
    if not victims and target is None and (assault := _assault(facts, clause, word, agent)) is not None:
        return assault
    conflict = facts.conflict or told_doers(facts.text, agent)  # ("The attackers opened fire near X")
    if not victims and not (word.kind == ew.ATTACK and (sure or (rl.armed(agent) and conflict))):
        return told_again(facts, clause, word) if agent is None else None  # ("The attack on X began on Sunday")
    if agent is None and victims and not rl.mishap(facts.text) and (
            ew.VIOLENT_DEATH.search(word.text) or _TOLL_OF_ATTACK.search(facts.text) or _AMBUSHED.search(facts.text)):
        sure = True  # "a man was shot dead in X", "bodies with gunshot wounds", "the toll from Friday's attack rose
        # to 20", "were killed when their vehicle was ambushed": by someone (ACLED: an unidentified armed group)
    they = agent is None and victims != [] and _pronoun(facts.text, clause.start, word.start)
    if not (sure or (conflict and (rl.armed(agent) or agent is None and (word.kind == ew.ATTACK or they))) or
            they and word.kind == ew.ATTACK and not rl.CRIME.search(facts.text)):  # ("The next day they attacked two
        # more villages, where 15 people were killed": the band told before, if one was — see sides.resolve_pronouns)
        return None  # "a gunman shot two people", "police shot a suspect": ordinary crime and policing (not "They
        # killed 14 people" after an armed group's attack: theirs, see sides.resolve_pronouns)
    if agent is not None and agent.category == et.STATE_FORCES and not facts.conflict and not abroad and not soldiers:
        return None  # (a state's police at home; not its soldiers, who beat or kill civilians as a political force)
    return _attack_on(facts, clause, word, agent, victims[0] if victims else target, they)


def _armed_hit(facts, clause, word, agent, hit) -> Reading | None:
    """A battle: armed people hit by an armed side, or by someone ("two policemen were killed in X"; not "funeral
    for 4 slain Oakland police", a killing told before); "They killed two policemen": the armed side told before,
    if one was (see sides.resolve_pronouns)."""
    they = agent is None and _pronoun(facts.text, clause.start, word.start)
    if any(rl.armed(p) for p in hit) and ((agent is None and (facts.conflict or they or not rl.mishap(facts.text) and
                                                               any(rl.armed(p) and p.end <= word.start for p in hit)))
                                          or rl.armed(agent)):
        return _new(facts, clause, word, et.BATTLES, et.ARMED_CLASH, agent, next(p for p in hit if rl.armed(p)),
                    pronoun_subject=they and not facts.conflict)
    return None


def _attack_on(facts, clause, word, agent, target, they: bool) -> Reading:
    """An attack on civilians, or, on an armed side by an armed side, a battle ("troops were raiding Hamas command
    centres")."""
    if target is not None and target.category != et.CIVILIANS and rl.armed(target) and rl.armed(agent) or \
            target is None and rl.armed(agent) and _LAUNCHED.search(facts.text, clause.start, word.start) and \
            not _ON_VILLAGES.match(facts.text, word.end):
        return _new(facts, clause, word, et.BATTLES, et.ARMED_CLASH, agent, target)  # ("The alliance launched its
        # assault on Tuesday": on a town the other side holds, no one's civilians named)
    return _new(facts, clause, word, et.VAC, et.ATTACK, agent, target, pronoun_subject=they)


def _assault(facts, clause, word, agent) -> Reading | None:
    """A battle: an armed side's assault on a town or a force's post, or a state's in a war ("attacked Mosul from the
    west"); "They stormed Kunduz again" (the side told before: see sides.resolve_pronouns)."""
    if word.kind != ew.ATTACK:
        return None
    if rl.armed(agent) and (anchoring.place_held(facts, word) or rl.forces_post(facts, word) or
                            agent.category == et.STATE_FORCES and facts.conflict):
        return _new(facts, clause, word, et.BATTLES, et.ARMED_CLASH, agent, None)
    if agent is None and anchoring.place_held(facts, word) and \
            _pronoun(facts.text, clause.start, word.start):
        return _new(facts, clause, word, et.BATTLES, et.ARMED_CLASH, None, None, pronoun_subject=True)
    return None


_AMBUSHED = re.compile(r"\b(?:was|were|came under)\s+(?:\w+ly\s+)?(?:ambushed|attacked|fired on|shot at|raided|"
                       r"attack|fire)\b|"
                       # "were killed by stray bullets": shot by someone (not "… in the fighting around X": its toll)
                       r"\b(?:killed|wounded|hit)\s+by\s+(?:a\s+)?(?:stray\s+)?(?:bullets?|gunfire|gunshots?|"
                       r"crossfire)\b(?!\s+(?:in|during)\s+(?:the\s+)?(?:fighting|clashes|battle)\b)", re.I)
# "the death toll from Friday's attack", "were killed in an attack on" (not "died in an attack of food poisoning")
_TOLL_OF_ATTACK = re.compile(r"\b(?:(?:death\s+)?toll\s+(?:from|of|in)|(?:killed|died|dead)\s+in)\s+(?:[\w'’-]+\s+){0,3}?"
                             r"(?:attack|assault|raid|massacre|ambush)\b(?!\s+of\b)|"
                             # "An attack on a bus near Parachinar killed 42 people": the attack's toll
                             r"^\W*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|raid|ambush|massacre)\s+"
                             r"(?:on|against)\s+[^.;,]{1,60}?\s+(?:killed|left)\b", re.I)

# The subject of a passive killing and what may stand between: "A … police officer serving with the mission was"
_PASSIVE_SUBJECT = re.compile(r"(?: [\w-]+)?" + DESCRIBED + r" (?:was|were|had been|has been|have been) (?:\w+ly )?",
                              re.I)
_TOLL_NEXT = re.compile(r"(?:[\w'’-]+\s+){0,4}?(?:said\s+)?(?:at\s+least\s+|more\s+than\s+)?(?:\d+|[a-z]+)\s+"
                        r"(?:[\w-]+\s+)?(?:were|had\s+been|have\s+been)\s+killed\b", re.I)


def _abduction(facts, clause, words, people, tools) -> Reading | None:
    taken = _kinds(words, ew.ABDUCT, ew.SEXUAL)
    if not taken:
        return None
    word, agent, target, armed = rl.sides(facts, clause, taken, people)
    if not (facts.conflict or organised(agent) or armed_band(agent) or agent is None and _several(facts, target)):
        return None  # "her daughter abducted by an attacker": a crime (but "three nurses were abducted near X": a
        # group taken by no one named, as armed groups take people; ACLED: an unidentified armed group)
    taken_too = next((p for p in people if p.start > word.start and p.category == et.CIVILIANS), None)
    if rl.armed(target) and taken_too is None:
        return _new(facts, clause, word, et.BATTLES, et.ARMED_CLASH, agent, target)  # a soldier taken in a fight:
        # part of the battle (but "kidnapped a police officer and his son": civilians taken too)
    target = taken_too if rl.armed(target) else target
    sub = et.SEXUAL_VIOLENCE if word.kind == ew.SEXUAL else et.ABDUCTION
    return _new(facts, clause, word, et.VAC, sub, agent, target)


def _several(facts, target) -> bool:
    """Are the people taken a group told by its number ("three nurses", "dozens of villagers")?"""
    return target is not None and (counted_before(facts.text, target.start) or 0) >= 2
