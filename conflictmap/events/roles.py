"""Roles: who did what to whom in a clause. The agent of a trigger is its subject (the speaker of "the army
said it had recaptured", the owner of "its drones"), or the agent after "by" in the passive; the target its
object, or whoever "was killed", "were injured". Also: whether a trigger stands (not denied, intended, or a
state of affairs); whether it only refers to a happening told before is :mod:`conflictmap.events.references`."""

from __future__ import annotations

import re

from conflictmap.events import clauses as cl, lexicon, structure, types as et, words as ew
from conflictmap.events.clauses import Clause
from conflictmap.events.facts import SentenceFacts
from conflictmap.events.participants import Participant
from conflictmap.events.references import EVENT_NOUN
from conflictmap.geoparser.vocabulary import BACKED_BY
from conflictmap.syntax.parse import parse

_POSSESSIVE = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:" + ew.AIRCRAFT + "|" + ew.ARTILLERY +
                         r"|planes?|forces|troops|soldiers|fighters|men|units)\b", re.I)

_SAYING = re.compile(rf"\b(?:told \w+|{cl.SAYING})\b{cl.CLAIMED_ACT}(?:\s+that)?", re.I)  # ("told reporters")

_SPEAKER_PRONOUN = re.compile(r"(?:\s*[\w-]+){0,3}?\s*(?:that\s+)?(?:(?:one|some|two|three|several|all) of\s+)?"
                              r"(?:it|they|he|she|its|their)\b", re.I)
# A clause whose subject is a pronoun or "its fighters": who it is, the sentences before say (:mod:`.sides`).
BAND_NOUNS = r"group|alliance|coalition|movement|organi[sz]ation"  # a non-state band named by its noun ("the group")
PRONOUN_SUBJECT = re.compile(r"(?:^(?:(?:within|in|on|by|after|over|later|soon|then|by then|last|earlier|early|late|"
                             r"this|next|the next|the following|two|three|four|five|several|hours|days|weeks|months)"
                             r"\b[\w\s-]{0,25}?,?\s+)?|"  # ("Last month they captured", "Two days later it seized")
                             r"[,;]\s*|\b(?:and|but|then|when|as|after|before|which)\s+)(?:they|it|he|she|"
                             r"the (?:" + BAND_NOUNS + r")(?:,[^,]{1,150},)?|"
                             r"(?:its|their) (?:fighters|forces|troops|men|" + ew.AIRCRAFT + "|" + ew.ARTILLERY +
                             r"))\s+(?:[\w-]+\s+){0,3}$", re.I)
_MEMBERS = re.compile(r"(?:,\s*|\b(?P<unset>groups|factions|militias|organi[sz]ations|movements|bands|" +
                      lexicon.family("rebels").pattern("many") + r")\s+)(?:made "
                      r"up of|comprising|consisting of|composed of|which (?:includes|comprises|groups)|that (?:"
                      r"includes|comprises)|grouping|including)\b", re.I)  # (unset: "groups including X took Y")
_CAME_UNDER = re.compile(r"\b(?:came|come|comes|coming)\s+under\s+(?:heavy\s+|sustained\s+|an?\s+)?$", re.I)  # (by X)
_KILLED_BEFORE = re.compile(r"\b(?:killed|killing|wounded|wounding|injured|injuring|neutrali[sz]ed|eliminated)\s+"
                            r"(?:(?!(?:when|as|after|while|by|before|because|since|until|in|on|at)\b)[\w-]+\s+){0,3}$",
                            re.I)  # (its object)
_BACKERS = re.compile(BACKED_BY, re.I)  # ("forces backed by X took Y": theirs)
_SUBORDINATOR = re.compile(r"\b(?:when|(?<!known )(?<!such )(?<!well )as|after|while|because|before|since)\b", re.I)
_AND_THEN = re.compile(r"\s+(?:[\w-]+\s+)?and\s+(?!allied\b)(?:[\w-]+\s+){0,3}")  # (a second subject: "X and the Y army")
_SPAN_BEFORE = re.compile(r"\b(?:days?|weeks?|months?|years?)\s+(?:after|before)\s+(?:an?|the)\s+(?:[\w-]+\s+)?$", re.I)
_VEHICLE = re.compile(r"\s+(?:train|bus|plane|jet|aircraft|ship|boat|ferry|vehicle|car|truck|convoy)(?:s|es)?\b", re.I)
_PASSIVE_BY = re.compile(r"\b\w+ed\s+by\s+(?:[\w-]+\s+){0,3}$", re.I)  # ("a train hijacked by Baloch separatists")
_BY_AFTER = re.compile(r"\s+by\s+(?:[\w-]+\s+){0,3}?", re.I)
_NOUN_BY = re.compile(r"\s+(?:(?:carried\s+out|launched|conducted)\s+)?by\s+(?:[\w'’-]+\s+){0,3}?", re.I)
PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|got|get)\s+(?:\w+ly\s+)?$", re.I)
_PROGRESSIVE = re.compile(r"^\w+ing$", re.I)  # "are attacking": no passive
_PRESENT = re.compile(r"^(?:battles?|fights?|clash(?:es)?|attacks?|raids?|shells?|kills?|targets?|strikes?|storms?|"
                      r"loots?|abducts?|kidnaps?|ambush(?:es)?)$", re.I)
_HABIT = re.compile(r"\b(?:still|often|regularly|frequently|routinely|sometimes|usually|occasionally)\s+"
                    r"(?:carr(?:ies|y)|conducts?|stages?|launch(?:es)?|mounts?)\s+(?:out\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_DONE_TO_PROTEST = re.compile(r"\b(?:blocked|gathered|marched|rallied|assembled|took\s+to\s+the\s+streets|staged|"
                              r"demonstrated|walked\s+out|went\s+on\s+strike|burned\s+tyres)\b[^.;]{0,60}\bto\s+$",
                              re.I)


def stands(text: str, clause: Clause, word: ew.Word, people: list[Participant]) -> bool:
    """A trigger that is not denied, only intended, or told of what goes on in general ("as federal forces battle
    a regional militia", "gangs that attack villages"), where it stands in its clause."""
    before = text[clause.start:word.start]
    if word.kind == ew.INJURE or (word.kind == ew.PROTEST and (_CROWD_NOUN.search(word.text) or
                                                               _BROKEN_UP.match(word.text))):
        return True  # (people, not an act: "police fired tear gas to disperse protesters"; a gathering broken up)
    if word.kind == ew.TAKE and _IN_CONTROL.match(word.text) and not _BY_A_TIME.search(before):
        return False  # "the rebels controlled the north for years" is a state; "By Tuesday they controlled…" news
    if _PRESENT.match(word.text) and any(0 <= word.start - p.end <= 1 for p in people) or _HABIT.search(before):
        return False  # a verb in the present tense: a state of affairs, not a happening ("still carries out bombings")
    if _EARLIER_FIGHTING.search(before):
        return False  # "a landmine left over from earlier fighting": the fighting is the past, not this report's
    if EVENT_NOUN.match(word.text) and (_AHEAD_OF.search(before) or clause.opener == "before" and _AN.fullmatch(
            before)) and not _DID.search(text, word.end, clause.end):
        return False  # "clearing a major obstacle before an assault on Raqqa": one to come (not "before an attack
        # on the camp killed 12")
    if _HAVE_BEFORE.search(before) and _FOR_A_WHILE.search(text, word.start, clause.end):
        return False  # "Turkish drones have struck LNA supply lines for weeks": a run of happenings, none of them
    if word.kind == ew.PROTEST and _DONE_TO_PROTEST.search(before):
        return True  # "farmers blocked the main road to protest fertiliser prices": what they did it for
    return not (cl.negated(before) or cl.hypothetical(before) or _CHARGE.search(before))


_AN = re.compile(r"\s*(?:an?|the\s+(?:planned|expected|coming|looming|final))\s+(?:[\w-]+\s+)?", re.I)
_DID = re.compile(r"\b(?:killed|killing|left|wounded|hit|struck|destroyed|began|started)\b", re.I)
_AHEAD_OF = re.compile(r"\b(?:before|ahead\s+of|prepar\w+(?:\s+for)?|in\s+preparation\s+for)\s+(?:an?|the\s+(?:planned|"
                       r"expected|coming|looming|final))\s+(?:[\w-]+\s+)?$", re.I)
_IN_CONTROL = re.compile(r"controlled|were in control|was in control", re.I)
_BY_A_TIME = re.compile(r"(?:^|[,;]\s*)by\s+(?:nightfall|noon|midday|dawn|dusk|sunset|evening|morning|the\s+(?:evening|"
                        r"afternoon|morning|end\s+of\s+the\s+day|next\s+day)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
                        r"\b,?[^,;]{0,40}$", re.I)
_EARLIER_FIGHTING = re.compile(r"\b(?:from|of|during|in|by|after)\s+(?:the\s+)?(?:earlier|previous|past|former|"
                               r"(?:years|decades|months)\s+of)\s+$", re.I)
_HAVE_BEFORE = re.compile(r"\b(?:have|has)\s+(?:[\w-]+\s+){0,2}$", re.I)
_FOR_A_WHILE = re.compile(r"\bfor\s+(?:(?:several|many|some|two|three|four|five|six|\d+)\s+)?(?:days|weeks|months|years)\b",
                          re.I)
# "the home of a Palestinian accused of a shooting attack", "a man convicted of murder": what someone is charged with
# is no happening of the report (an allegation with its own doer — "accused the TPLF of killing 100 people" — is).
_CHARGE = re.compile(r"\b(?:accused|suspected|convicted|charged|jailed|sentenced|wanted|acquitted)\s+(?:of|with|for|over)"
                     r"\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_CROWD_NOUN = re.compile(r"(?:ers|ors|ants)$", re.I)
_BROKEN_UP = re.compile(r"dispers|broke up|break up", re.I)
# Whom a happening befell, told right after them: "were killed", "died" (the dying subject right before its verb:
# "Fourteen soldiers died"), a headline's passive with its "were" left out ("Two soldiers killed in Sirte blast").
_SUFFERED = re.compile(r"^(?:(?:,[^,;]{1,60},)?(?:\s+(?:who|that)\s+[^,;]{1,80}?|[^,;]{0,40}?)\b"
                       r"(?:was|were|been|being|are|is)\s+"  # ("officials who had sheltered at the … hotel were")
                       r"(?:reportedly\s+|allegedly\s+|also\s+)?(?:(?:badly|severely|brutally|seriously|critically|"
                       r"fatally|mortally|publicly)\s+)?"  # (how: "were severely beaten", "was fatally shot")
                       r"(?:killed|injured|wounded|hurt|shot|abducted|kidnapped|taken|arrested|detained|attacked|"
                       r"ambushed|targeted|hit|struck|beheaded|hacked|murdered|executed|lynched|stabbed|beaten|"
                       r"tortured|raped|burned|burnt|confirmed dead|found dead|martyred)|"
                       r"(?:,[^,;]{1,60},)?(?:\s+(?:also|reportedly|later|have|has|had))*\s+(?:died|lost (?:their|his|her) "
                       r"li(?:fe|ves))|\s+(?:killed|injured|wounded|hurt|abducted|kidnapped|shot\s+dead)(?=\s+(?:in|near|"
                       r"at(?!\s+least)|by|during|after|when|while|outside|inside)\b))\b", re.I)


def by_phrase(text: str, end: int, people: list[Participant], right_after: bool = False) -> Participant | None:
    """The armed side a "by" after ``end`` names: "were driven out of Bunia by M23 rebels" (anywhere after);
    ``right_after``: the phrase opens right there ("air strikes [carried out] by the Afghan air force")."""
    return next((p for p in people if p.start >= end and armed(p) and
                 (_NOUN_BY.fullmatch(text, end, p.start) if right_after else _BY_BEFORE.search(text, end, p.start))),
                None)


_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)


def doer_when(facts: SentenceFacts, word: ew.Word, people: list[Participant]) -> Participant | None:
    """"Dozens of civilians were killed when RSF fighters swept through Ardamata": the armed subject of the "when"
    clause right after a passive killing is who killed."""
    if not PASSIVE.search(facts.text, 0, word.start):
        return None
    return next((p for p in [*people, *facts.participants] if p.start > word.end and armed(p) and
                 _WHEN_SUBJECT.fullmatch(facts.text, word.end, p.start)), None)  # (the clause's, or the next one's)


_WHEN_SUBJECT = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:when|as)\s+(?!(?:their|its|his|her)\b)(?:the\s+|an?\s+)?"
                           r"(?:[\w'’-]+\s+){0,2}", re.I)  # (not "when their patrol hit a landmine": the dead's own)


def forces_post(facts: SentenceFacts, word: ew.Word) -> bool:
    """"attacked a police camp near Mandera … The attackers opened fire on the camp": is the attack's object "the
    camp" (a base, a post) that the text named before as a force's?"""
    return _THE_POST.match(facts.text, word.end) is not None and \
        _FORCES_POST.search(facts.prior_text + " " + facts.text[:word.start]) is not None


_POSTS = r"(?:camp|base|post|outpost|checkpoint|station|barracks|garrison|position)s?"
_FORCES_POST = re.compile(r"\b(?:police|army|military|security|government|troops'?)\s+(?:[\w-]+\s+)?" + _POSTS + r"\b",
                          re.I)
_THE_POST = re.compile(r"\s+(?:on|at)\s+the\s+" + _POSTS + r"\b", re.I)


def suffered(text: str, p: Participant) -> bool:
    """"Two CRPF personnel were injured in a landmine blast": a participant the happening befell."""
    return bool(_SUFFERED.match(text[p.end:]))


def hit(facts: SentenceFacts, clause: Clause, words: list[ew.Word], people: list[Participant]) -> list[Participant]:
    """Those a clause's violence befell: the objects of its words (up to the next trigger) and those it says were
    killed, injured or taken."""
    text = facts.text
    out = [p for p in people if suffered(text, p)]
    for w in words:
        if re.search(r"\b(?:them|him|her)\b", w.text):  # "pulled out nine passengers and shot them dead": those before
            out += [p for p in people if p.start < w.start and p.category == et.CIVILIANS and p not in out][-1:]
        if PASSIVE.search(text[clause.start:w.start]):
            continue  # "were killed when gunmen opened fire": what follows a passive is not its object
        stop = min((o.start for o in words if o.start > w.start), default=clause.end)
        by_doers = w.kind == ew.KILL or _PASSIVE_BEFORE.search(text, clause.start, w.start)  # (not "killed in
        # executions by security personnel and allied fighters": who did them; "an attack by X" is X's, fought)
        objects = [p for p in people if w.start <= p.start < stop and p not in out and not _helped(text, w, p) and
                   not (by_doers and _BY_DOERS.fullmatch(text, w.end, p.start)) and
                   not _DONE_BY.search(text, max(0, p.start - 60), p.start)]
        out += [p for n, p in enumerate(objects) if not (n and _WHERE_IT_HAPPENED.search(text, 0, p.end))]
    return [p for p in out if not (armed(p) and _AMONG_THEM.search(text, 0, p.start))]  # ("12 people, among them
    # three soldiers": people, some of them soldiers)


_FREED_OR_ALLIED = re.compile(r"\b(?:free(?:d|ing)?|releas(?:ed|ing)|rescu(?:ed|ing)|evacuat(?:ed|ing)|"
                              r"(?:together|along)\s+with|alongside)\s+(?:[\w'’-]+\s+){0,3}$", re.I)  # (allies too)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b", re.I)
_BY_DOERS = re.compile(r"[\"”’']?\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:and\s+(?:[\w-]+\s+){0,2})?", re.I)
# "tortured and killed a detainee at a military camp": a force's post after a victim is where it happened
_WHERE_IT_HAPPENED = re.compile(r"\b(?:at|in|inside|near|outside|within)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}"
                                r"(?:camp|base|post|outpost|checkpoint|barracks|station|garrison|prison|jail|"
                                r"detention (?:centre|center|facility))s?$", re.I)
_ACCUSED_OF = re.compile(r"\b(?:accus(?:ed|ing)(?:\s+(?:him|her|them))?|suspected|convicted|charged|on\s+suspicion)\s+"
                         r"of\s+(?:[\w-]+\s+){0,2}?\w+ing\b", re.I)  # ("…, accusing him of spying for the army")


def _helped(text: str, word: ew.Word, p: Participant) -> bool:
    """Is ``p`` the armed side the victims are accused of helping ("five men accused of collaborating with the army"),
    not one the act befell? (The accused themselves — "police informers" — are its victims.)"""
    return armed(p) and _ACCUSED_OF.search(text, word.end, p.start) is not None or \
        _FREED_OR_ALLIED.search(text, 0, p.start) is not None  # (nor those it freed, "freeing prisoners", nor allies)


_DOER_NOUN = re.compile(r"(?:bombers?|attackers?|gunm[ae]n|assailants)$", re.I)


def agent_target(text: str, clause: Clause, word: ew.Word, people: list[Participant]):
    """(agent, target) of a trigger: the subject and the object, or the agent after "by" in the passive (and
    after "to" in "fell to")."""
    speech = [m for m in _SAYING.finditer(text, clause.start, clause.end) if m.end() <= word.start]
    opens = speech[-1].end() if speech else 0  # "Residents in Khartoum said fighters looted…": the fighters
    before = _subjects_before(text, clause, word, [p for p in people if opens <= p.start < word.start])
    if before and _said_by_pronoun(text, word.start, before, clause.start):
        before = []  # ("They targeted banks, a police station and the army barracks, and ambushed a convoy": they)
    members = _MEMBERS.search(text, clause.start, word.start)  # "The alliance, made up of the Arakan Army, …, took
    end = -1 if members is None else word.start if members.group("unset") else \
        text.rfind(",", members.end(), word.start)
    if members is not None and end > members.end():  # X": not theirs
        before = [p for p in before if not members.end() <= p.start < end]
    said_by = [p for p in people if p.start < opens]
    speaker = [p for p in said_by if p.actor is not None][:1] or said_by[-1:]  # ("The Arakan Army, …, said it")
    possessed = bool(before) and speakers_own(text, opens, before[0]) and bool(speaker) and armed(speaker[0])
    if speech and (not before or possessed) and _SPEAKER_PRONOUN.match(text, opens, word.start):
        before = speaker  # "the army said it had recaptured…", "Hezbollah said its fighters had fired…": the speaker
    doer = next((p for p in people if p.start == word.start and _DOER_NOUN.search(p.text) or
                 p.start < word.start < p.end and armed(p)), None)  # (or whose weapon: "in Russian shelling of X")
    if doer is not None and doer.start < word.start:
        others = [p for p in people if p is not doer]
        return doer, next((p for p in others if p.start > word.start), others[0] if others else None)
    if doer is not None:  # "a suicide bomber blew himself up …, killing nine": the words name the doer
        return doer, next((p for p in people if p.start > word.start and p is not doer), None)
    if EVENT_NOUN.match(word.text) and not before:  # "air strikes by the Afghan air force killed 20 civilians":
        # the subject noun's doer (not "troops beat back an attack by al-Shabaab", the troops' act)
        if (by := by_phrase(text, word.end, people, right_after=True)) is not None:
            return by, next((p for p in people if p.start > by.end and not p.source), None)
    after = [p for p in people if p.start >= word.start and not _helped(text, word, p)]  # one inside the words is
    # their object ("drove the army out"); not the side "five men accused of helping the army" helped
    if re.search(r"\b(?:fell|fallen)(?: to)?$", word.text, re.I):  # (and "The army's headquarters fell": lost)
        return (after[0] if after and word.text.lower().endswith(" to") else None), (before[-1] if before else None)
    reduced = word.text.endswith("ed") and _BY_AFTER.match(text, word.end) is not None and any(
        p.start >= word.end and armed(p) for p in after)  # "four men abducted by suspected separatists were found"
    if PASSIVE.search(text[clause.start:word.start]) and not _PROGRESSIVE.search(word.text) or reduced or \
            _CAME_UNDER.search(text, clause.start, word.start):  # (not "Russian forces are shelling X": they shell)
        by = next((p for p in after if re.search(r"\bby\s+(?:\w+\s+){0,3}$|\bby\s+(?:\w+\s+){0,2}(?:fire|gunfire|"
                                                 r"shelling|shells)\s+from\s+(?:the\s+)?$",  # ("by sniper fire from
                                                 text[word.end:p.start] + " ")), None)  # the Israeli military")
        subject = [p for p in people if opens <= p.start < word.start]  # ("two aid workers were abducted by…")
        return by, (subject[-1] if subject else None)
    named = next((p for p in before if p.actor is not None and not (p is not before[0] and (_BACKERS.search(
        text, before[0].end, p.start) or structure.subject_in(text, word.start, word.text, before[0].start,
                                                                     before[0].end)))), None)
    if named is not None and before[0] is not named and before[0].category == et.STATE_FORCES and \
            re.fullmatch(r"\s*(?:and|along with|alongside|backed by)\s+(?:[\w-]+\s+){0,3}",
                         text[before[0].end:named.start]):
        named = before[0]  # "Malian troops and Russian Wagner mercenaries took Kidal": the state's, with its allies
    hurt = [p for p in people if p.start < word.start and suffered(text, p)] or [
        p for p in people if clause.start <= p.start < word.start and _KILLED_BEFORE.search(text, clause.start, p.start)
        and p not in before]  # ("its aircraft killed 14 PKK militants in air strikes": whom the strikes hit)
    if len(before) > 1 and named is None and _SUBORDINATOR.search(text, before[0].end, before[-1].start):
        before = before[-1:] + before[:-1]  # "eleven policemen lost their lives when bandits attacked": the bandits
        hurt = hurt or [p for p in before[1:]]
    return (named or (before[0] if before else None)), (after[0] if after else (hurt[0] if hurt else None))


def _subjects_before(text: str, clause: Clause, word: ew.Word, before: list[Participant]) -> list[Participant]:
    """Who of the people before a trigger may be its subject: not who suffered, nor a killing's object; before
    ", killing" not the doer of a participle, nor what says what a vehicle is ("ended a siege of a passenger train
    hijacked by separatists, killing all 33 militants": the main verb's subject did it)."""
    before = [p for p in before if not suffered(text, p) and not _KILLED_BEFORE.search(text, clause.start, p.start)]
    if word.text.lower().endswith("ing") and re.search(r",\s*$", text[:word.start]):
        before = [p for p in before if not _PASSIVE_BY.search(text, max(0, p.start - 40), p.start) and
                  not _VEHICLE.match(text, p.end) and not _VEHICLE.fullmatch(" " + p.text.split()[-1])]
    return before


def _said_by_pronoun(text: str, start: int, before: list[Participant], clause_start: int) -> bool:
    """Is the subject of the verb at ``start``, in the parse, "they" or "it" of its clause, written before the
    participants the words before the verb name (then those are what was hit, not who did it)?"""
    tree = parse(text)
    verb = tree.at(start) if tree is not None else None
    subject = tree.subject(verb.i) if verb is not None and verb.is_verb else None
    return subject is not None and subject.tag == "PRP" and subject.text.lower() in ("they", "it") and \
        clause_start <= subject.start < before[0].start and not any(t.dep in ("nsubj", "nsubj:pass") for p in before
                                                      for t in tree.tokens if p.start <= t.start < p.end)
    # (not "They pushed on to Bin Jawad, but loyalist forces ambushed them and drove them back": the forces')


def speakers_own(text: str, opens: int, p: Participant) -> bool:
    """Is the participant the speaker's own ("said *its fighters* had…", "said that their troops…")?"""
    return bool(_SPEAKERS_OWN.fullmatch(text[opens:p.start]))


# (between the saying and "its": a time at most — "said on Sunday its forces had taken", "said late on Friday that")
_SPEAKERS_OWN = re.compile(r"\s*(?:(?:on|late|early|last|this|in|earlier|later|yesterday|today|overnight|morning|"
                           r"evening|night|\d{1,2}(?:st|nd|rd|th)?|(?-i:[A-Z][a-z]+)|"  # ("said in a statement that")
                           rf"{cl.SAID_IN}),?\s+){{0,3}}(?:that\s+)?"
                           r"(?:its|their)\s+(?:own\s+)?", re.I)


def figurative(facts: SentenceFacts, word: ew.Word) -> bool:
    """"We were shelled in the first 20 minutes," the coach said; "It was a massacre for shareholders": outside a
    story of armed conflict, words of violence quoted with no armed side in the quote are a figure of speech."""
    if facts.conflict:
        return False
    text = facts.text
    opened = max(text.rfind("“", 0, word.start), text.rfind('"', 0, word.start))
    if opened < 0 or text.count('"', 0, word.start) % 2 == 0 and text.rfind("“", 0, word.start) < \
            text.rfind("”", 0, word.start):
        return False  # (not inside a quotation)
    closed = min((i for i in (text.find("”", word.end), text.find('"', word.end)) if i >= 0), default=len(text))
    scare = opened == word.start - 1 and closed == word.end  # (one quoted word, its doer's: 'had "liberated" X')
    return not any(armed(p) for p in facts.participants if opened < p.start < closed or scare and p.end <= opened)


def armed(p: Participant | None) -> bool:
    return p is not None and p.category in et.ARMED_CATEGORIES


def owner(facts: SentenceFacts, clause: Clause, word: ew.Word) -> Participant | None:
    """"The army said that one of its drones had struck…": whose drones, when the clause names no agent."""
    if not _POSSESSIVE.search(facts.text, clause.start, word.start):
        return None
    return next((p for p in reversed(facts.participants) if p.start < clause.start and armed(p)), None)


def sides(facts, clause, words, people):
    """The first trigger of a kind, its agent and target, and the armed participants of the clause."""
    word = words[0]
    agent, target = agent_target(facts.text, clause, word, people)
    fighters = [p for p in people if armed(p)]
    if target is not None and _DONE_BY.search(facts.text, max(0, target.start - 60), target.start):
        target = None  # ("…, the deadliest assault by suspected jihadists": the doers again, no one they fought)
    if target is None:
        target = next((p for p in people if p.start >= word.start and p is not agent and
                       not _helped(facts.text, word, p) and
                       not _DONE_BY.search(facts.text, max(0, p.start - 60), p.start)), None)
    if word.kind == ew.CLASH:  # a fight has two sides: "four militants were killed in a gunfight with SFs"
        if not armed(agent) and fighters:
            agent = None  # ("houses burned when members of rival clans clashed": the clans fought, not the houses)
        both = agent is not None and not _WITH.match(facts.text, word.end) and next((p for p in fighters if agent.end
               <= p.start < word.start and _AND_THEN.fullmatch(facts.text, agent.end, p.start)), None)  # ("Houthi forces
        if both or not armed(target) and fighters:  # and Yemeni army forces clashed, leaving 6 fighters dead": the army)
            target = both or None
        if agent is None and _WITH.match(facts.text, word.end):  # "… after four days of fighting with army units
            agent = doer_before(facts, clause, word, people)  # and militias": the main clause's doer fought them
        other = [p for p in fighters if p is not agent and p is not target and not same_side(p, agent or target)]
        pronoun = agent is None and PRONOUN_SUBJECT.search(facts.text[clause.start:word.start]) is not None
        if agent is None and target is None and fighters and not pronoun:
            agent, other = fighters[0], [p for p in fighters[1:] if not same_side(p, fighters[0])]
        if agent is None and other and not pronoun:  # (not "where it clashed with troops and allied militias":
            agent = other[0]  # "it", told before, fought them both)
        elif target is None and other:
            target = other[0]
    return word, agent, target, fighters


_WITH = re.compile(r"\s+(?:[\w-]+\s+)?with\b", re.I)
_DONE_BY = re.compile(r",\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:assault|attack|raid|ambush|massacre|offensive)s?\s+"
                      r"by\s+(?:(?:suspected|alleged|presumed)\s+)?$", re.I)  # (an apposition restating it; not
# "villagers repelled an attack by bandits": whom they fought)


def same_side(a: Participant, b: Participant | None) -> bool:
    """Are two participants one side: one category, actor and country — but two peoples' men are two sides ("a
    clash between Fulani herders and Bachama farmers")?"""
    return b is not None and a.category == b.category and a.actor == b.actor and a.country == b.country and not (
        a.category == et.IDENTITY_MILITIA and a.actor is None and a.text.lower() != b.text.lower())


def doer_before(facts: SentenceFacts, clause: Clause, word: ew.Word, people: list[Participant]):
    """The doer of a clause that goes on from the one before with no subject of its own ("troops took A, then
    advanced…, seizing B", "had taken Saut-d'Eau and attacked Lascahobas"): the armed side named first before it."""
    participle = not clause.opener and clause.start > 0 and not facts.text[clause.start:word.start].strip() and \
        facts.text[:clause.start].rstrip().endswith(",")  # (", retaking Jabrayil in October")
    if clause.opener not in ("then", "and", "and then", "before", "after") and not participle or \
            any(p.start < word.start for p in people) or _SPAN_BEFORE.search(facts.text, 0, word.start):
        return None  # (not "two weeks after an attack on tourists": a happening of its own, by its noun)
    return next((p for p in facts.participants if p.start < clause.start and armed(p) and not p.source and
                 not A_BUILDING.search(p.text) and not A_BUILDING.match(facts.text, p.end)), None)  # (not
    # "targeted banks, a police station and the army barracks, and ambushed a convoy": what was hit)


# A force's building or vehicle, named by the force ("a police station", "an army base"): no force that acted
A_BUILDING = re.compile(r"\s+(?:station|headquarters|building|barracks|compound|office|post|base|camp|vehicle|van|"
                        r"car)s?\b", re.I)
# What kills without a killer: "two soldiers were killed in a road accident", "died when their boat capsized".
_MISHAP = re.compile(r"\b(?:accident\w*|crash\w*|collision|collided|capsiz\w+|drown\w*|landslides?|floods?|"
                     r"lightning|electrocut\w+|storms?|(?<!opened )(?<!open )(?<!opening )(?<!returned )(?<!of )fires?|"
                     r"blaze|stampede|overturned|heart attack|illness|disease|suicide|friendly fire|misfire\w*|"
                     r"training exercise)\b", re.I)


def outcome_of(text: str, reading, before) -> bool:
    """Is the reading a participle of death or wounds set off by a comma ("…, killing four civilians") after a
    strike or a fight told before it in the sentence? Then it is that happening's toll, not a killing of its own."""
    return before.event_type in (et.REMOTE, et.BATTLES) and reading.event_type == et.VAC and \
        re.fullmatch(r"(?:killing|wounding|injuring)", reading.cue, re.I) is not None and \
        re.search(r",\s+$", text[:reading.cue_start]) is not None and \
        (reading.agent is None or before.agent is None or reading.agent.text == before.agent.text)


def mishap(sentence: str) -> bool:
    """Is a death told as a mishap (a crash, a fire, a storm, a suicide) or an accident's blast, or as an ordinary
    crime's ("shot dead in a robbery at a petrol station": no political violence, ACLED's codebook)?"""
    return _MISHAP.search(sentence) is not None or ew.ACCIDENT.search(sentence) is not None or \
        CRIME.search(sentence) is not None


CRIME = re.compile(r"\b(?:(?:armed\s+)?robber(?:y|ies|s)?|burglar(?:y|ies|s)?|carjack\w*|heist|mugg(?:ing|ed)|"
                    r"domestic\s+(?:dispute|violence)|poisoning)\b", re.I)


def two_sides(agent: Participant | None, target: Participant | None) -> bool:
    """"Soldiers clashed with security guards of a former spy chief": two armed bodies on either side of a clash,
    though both serve the state (a mutiny, a feud of commanders: still an armed clash)."""
    return agent is not None and target is not None and agent is not target and agent.text != target.text and \
        armed(agent) and armed(target)


def killers(facts, clause, attack: list[ew.Word], people: list[Participant]):
    """(word, agent, target, who died told as a subject) of a killing: the words' subject, but not one that only
    died ("Six people lost their lives when gunmen stormed a wedding"), and the attackers of a "when" clause ("40
    people were killed when gunmen attacked the village", "when RSF fighters attacked")."""
    word, agent, target, _ = sides(facts, clause, attack, people)
    if (died := agent if agent is not None and _DIED_WORD.match(word.text) and (not armed(agent) or (
            word.start - agent.end < 40 and not _SUBORDINATOR.search(facts.text, agent.end, word.start))) else None):
        agent, target = None, died
    if died is not None and armed(died) and _AMONG_THEM.search(facts.text, 0, died.start):
        died = target = next((p for p in reversed(people) if p.end <= died.start), died)  # ("12 people, among them
        # three soldiers, died": the people died, some of them soldiers)
    if agent is None:
        agent = next((p for w in attack if w.kind == ew.ATTACK for p in people
                      if p.end <= w.start and _SUBJECT_GAP.fullmatch(facts.text, p.end, w.start) and armed(p)), None)
    return word, agent, target, died


_DIED_WORD = re.compile(r"died|lost (?:their|his|her) li", re.I)
_SUBJECT_GAP = re.compile(r"\s*(?:(?:fighters|militants|forces|troops|members|gunmen|soldiers|units|militiamen)\s+)?")


def dead_of_the_sentence(facts, clause, attack: list[ew.Word], armed_ones: bool = False) -> list[Participant]:
    """"At least 12 people were killed when gunmen opened fire on a minibus", "they attacked Inekar, where 12 people
    were killed": the civilians (``armed_ones``: the armed ones, "fourteen soldiers died when…") a sentence says were
    killed are the victims of the attack its "when" clause (or the attack's clause, before "where") tells."""
    where = re.compile(r"[\s,]*(?:where|in\s+which)\b[^.;]*", re.I).match(facts.text, clause.end)
    if clause.opener not in ("when", "as", "after") and where is None or not any(w.kind == ew.ATTACK for w in attack):
        return []
    return [p for p in facts.participants if (armed(p) if armed_ones else p.category == et.CIVILIANS) and
            (p.start < clause.start if where is None else where.start() <= p.start < where.end()) and not p.source and
            suffered(facts.text, p)]


_AMONG_THEM = re.compile(r"\b(?:people|persons|passengers|civilians|villagers),?\s+(?:among\s+them|among\s+whom|"
                         r"including|of\s+whom|at\s+least)\s+(?:[\w-]+\s+){0,2}$", re.I)
