"""Clauses: a sentence cut where one happening's words end and another's begin ("…, while the army clashed…",
"…after gunmen killed…", "; …"), and what a clause says about a word in it — that it is denied ("no agreement was
signed"), only possible or intended ("vowed to march on", "urged all sides to stop fighting"), or said of the
past the article looks back on ("the 2011 uprising", "history").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from conflictmap.events import lexicon
from conflictmap.syntax.parse import parse
from conflictmap.syntax.tree import Tree

# Where a clause ends: punctuation, and the conjunctions that open another happening. A subordinate clause ("after
# …", "as they withdrew …") is marked as such: it can report a happening, but not a change of hands by itself.
_TAKING_ING = r"(?:taking|storming|" + lexicon.verbs("capture").pattern("ing") + r")"
_BOUNDARY = re.compile(
    r"(?P<punct>\s*[;:]\s+|\s+[—–]\s+|\s+-\s+)|"
    r"(?P<sub>,?\s+(?:while|whereas|although|though|"
    r"until|(?:before|after)(?!\s+(?:dawn|daybreak|sunrise|first light|sunset|dusk|dark|nightfall|midnight|noon|"
    r"midday)\b)|"  # ("before dawn on Friday" is a time, not a clause)
    r"(?<!\bthe\s)following(?!\s+(?:day|week|month|morning|night|evening)\b)|as soon as|once|because|"
    r"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)(?<!\bever\s)since(?!\s+(?:\d{4}|then)\b))\s+|"  # ("has killed
    # thousands since 2014": a date, no clause; "has since seized": an adverb)
    r",\s+(?:as(?!\s+well\s+as\b)|when|where|which|who|whose)\s+|"  # (not "…, as well as Taloqan": a list)
    r"\s+(?:as|when)\s+(?=(?:they|he|she|it|we|the|their|its|his|her|"
    r"troops|militants|fighters|soldiers|police)\b))|"
    r"(?P<coord>,?\s+but\s+|,\s+and\s+(?=(?:on|in|at|late|early|later|then|the\s+\w+\s+then)\b)|,\s+then\s+|\s+and\s+then\s+|"
    # ", and a strike on Sidon killed five": a second happening, told by its own noun
    # ", and gunfights between armed groups in Jiribam killed four others": the same, told in the plural
    r",\s+and\s+(?=(?:[\w-]+\s+)?(?:gunfights|gun\s?battles|clashes|air\s?strikes|strikes|attacks|blasts|explosions)\s+"
    r"(?:between|in|on|near|at|killed|left|wounded)\b)|"
    r",\s+and\s+(?=(?:a|an|another)\s+(?:[\w-]+\s+)?(?:strike|air\s?strike|drone|attack|blast|explosion|bomb|"
    r"bombing|raid|ambush|clash|" + lexicon.family("artillery").pattern("one") + "))|"
    # "gunmen killed a farmer in Gwoza and a suicide bomber killed four people in Konduga": a second doer and act
    r"\s+and\s+(?=(?:a|an|another|two|three|four|five|six|\d+)\s+(?:(?!was\b|were\b|and\b)[\w-]+\s+){1,2}?"
    r"(?:killed|attacked|struck|stormed|shot|abducted|kidnapped|blew|bombed|shelled|ambushed|seized|captured|"
    r"opened fire)\b)|"
    # "overran the base on Saturday, and their fighters and allied militias then killed hundreds in Ardamata": a
    # second act, with a subject of its own
    r",\s+and\s+(?=(?:their|its|his|her|the)\s+(?:(?!was\b|were\b|had\b)[\w-]+\s+){1,5}?(?:then\s+|later\s+)?"
    r"(?:killed|attacked|stormed|shot|abducted|kidnapped|shelled|ambushed|looted|burned|torched|executed|"
    r"massacred|opened\s+fire|agreed|signed|announced|declared|accepted|rejected|denied|said)\b)|"  # (", and the
    # military agreed to a ceasefire this month": another act, with its own date)
    # "had earlier taken the villages of A and B, cutting the road, and seized the C base on August 2": a second
    # taking with its own day
    r",\s+and\s+(?=(?:then\s+)?(?:" + lexicon.verbs("capture").pattern("past") + r"|took|stormed|entered|reached|"
    r"advanced|pushed|moved|marched|swept)\s)|"  # ("seized Kidal on Friday after days of fighting, and entered Gao")
    # "attacked the town on Aug 5 and took control of the port on Tuesday": a taking after a day told, its own act
    r"(?:(?<=\d)|(?<=day))\s+and\s+(?=(?:then\s+)?(?:took|seized|captured|overran|entered)\s"
    r"(?![^.;,]{0,40}\b(?:hostages?|captives?|prisoners?)\b))|"  # (not "… and took its crew hostage": the same act)
    # "…, and looters ransacked the city's port": a second act, its doers named by their noun alone
    r",\s+and\s+(?=(?:[a-z]+\s+)?(?:looters|rioters|gunmen|attackers|assailants|mobs?|crowds?)\s+(?:then\s+|later\s+)?"
    r"(?:looted|ransacked|burned|torched|attacked|killed|stormed|shot|fired|abducted|vandali[sz]ed)\b)|"
    # "had taken Saut-d'Eau in mid-March and attacked Lascahobas last week": a second act of the same doer
    r"\s+and\s+(?=(?:attacked|stormed|raided|shelled|ambushed|bombed|besieged|encircled|struck|hit)\s+(?-i:[A-Z]))|"
    # "entered Gondar on Saturday and fought soldiers in Bahir Dar": a fight of the same doer, elsewhere
    r"\s+and\s+(?=(?:fought|clashed\s+with)\s)|"
    # "said its troops were fighting around Dessie and accused the TPLF of killing 100 people": a second statement
    r",?\s+and\s+(?=(?:accused|blamed|said|claimed|alleged|reported|denied)\b)|"
    # "…, two weeks after an attack on tourists, and Pakistan said 26 civilians had been killed": a source of its own
    r",\s+and\s+(?=(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}(?:['’]s\s+[\w-]+)?\s+"
    r"(?:said|says|reported|announced|claimed)\b)|"
    # "have advanced since fighting erupted on Sept. 27, retaking Jabrayil in October": the taking the advance made,
    # not a part of the subordinate clause before it (see _participle_of_main)
    r"(?P<part>,\s+(?=" + _TAKING_ING + r"\s)))",
    re.I)


@dataclass(frozen=True, slots=True)
class Clause:
    start: int  # in the sentence
    end: int
    subordinate: bool  # opened by "after", "while", ", as", ", where"...
    opener: str  # the word that opened it ("" for the first clause)


# "that" opens a relative clause after a noun ("a militia that fought…"), but reported speech after a verb of
# saying or thinking ("said that militants attacked…").
_THAT = re.compile(r"(?<=[a-z])\s+that\s+(?!is\b|was\b)", re.I)
# Verbs of saying: what follows them is a report's words, and who precedes them its source.
SAYING = r"said|says|say|told|reported|announced|claimed|added|stated|confirmed|alleged"
# "ISKP claimed an attack on a shrine": a claim of an act names its doer, no saying (after a match of SAYING)
CLAIMED_ACT = r"(?<!claimed(?=\s(?:an?|the)\s(?:[\w-]+\s)?(?:attack|bombing|raid|ambush|assault|killing)))"
# A saying right before (a date): "said on Sunday", "the ministry said Monday" — the day it was said, not the day of
# what happened.
ALLEGED = re.compile(r"\baccus\w*\s+(?:[\w'’-]+\s+){0,6}?of\s+$", re.I)  # (an allegation names its act)
SAID_BEFORE = re.compile(rf"\b(?:{SAYING})\s+(?:\w+\s+)?$", re.I)
# Where a saying was made, between the verb and what was said: "said in a statement that", "said on Telegram"
SAID_IN = (r"in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:statement|video|post|message|briefing|communiqu[eé]|"
           r"interview|broadcast|address)|on\s+(?:Telegram|social\s+media)")
_NOT_BEFORE_RELATIVE_THAT = re.compile(rf"\b(?:{SAYING}|"
                                       r"believe[sd]?|think|thought|feared|warned|noted|insisted|denied|alleged|so|"
                                       r"such|now|than|all|given|ensure[sd]?|know|knew|shows?|showed|suggest(?:s|ed)?)"
                                       r"(?:\s+(?:on|in|late|early|last|this|earlier|later|\w+day|morning|evening|"
                                       rf"night|week|{SAID_IN})){{0,3}}$", re.I)  # ("said on Monday that")


# "who" right after a noun, with no comma: a restrictive relative clause ("Jihadists who had captured Djibo last year
# ambushed a convoy"), which ends before the main clause's verb (see :func:`_restrictive_end`).
_WHO = re.compile(r"(?<=[a-z])\s+who\s+", re.I)


_APPOSED_RELATIVE = re.compile(r",\s+(?:two|three|four|five|both|several|the|a|an)\s+(?:[a-z-]+\s+)?(?:towns?|cities|city|"
                               r"villages?|bases?|posts?|districts?)\s+(?:that\s+|which\s+)?(?=(?:the|its|their)\s+"
                               r"[\w-]+\s+(?:had\s+)?[a-z]+ed\b)", re.I)


_FOLLOWS = re.compile(r"\s+(?:follows|followed|comes\s+after|came\s+after|comes\s+on\s+the\s+heels\s+of)\s+"
                     r"(?=(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:loss|fall|capture|seizure|fighting|attack|"
                     r"offensive|killing|withdrawal)\b)", re.I)


def _boundaries(sentence: str):
    for m in _BOUNDARY.finditer(sentence):
        yield m.start(), m.end(), m.lastgroup == "sub", "," if m.group("part") else m.group(0).strip(" ,;:—–-").lower()
    for m in _THAT.finditer(sentence):
        if not _NOT_BEFORE_RELATIVE_THAT.search(sentence[:m.start()]):
            yield m.start(), m.end(), True, "that"
    for m in _WHO.finditer(sentence):
        yield m.start(), m.end(), True, "who"
    for m in _APPOSED_RELATIVE.finditer(sentence):  # ("recaptured Kyaukme and Lashio, two towns the alliance seized
        yield m.start(), m.end(), True, "which"  # in October": the seizure's October, a relative clause of its own
    for m in _FOLLOWS.finditer(sentence):  # "The fall of Vuhledar follows the loss of Ukrainsk last month": what it
        yield m.start(), m.end(), True, "after"  # follows is of its own time, before it


def split(sentence: str) -> list[Clause]:
    """The clauses of a sentence, in order, covering it."""
    out: list[Clause] = []
    start, subordinate, opener = 0, False, ""
    for b_start, b_end, sub, word in sorted(_boundaries(sentence)):
        if b_start < start:
            continue
        if b_start > start:
            out.append(Clause(start, b_start, subordinate, opener))
        start, subordinate, opener = b_end, sub, word
    out.append(Clause(start, len(sentence), subordinate, opener))
    out = _close_fronted_relative(sentence, _gapped(sentence, _participle_of_main(out)))
    return _close_relatives(sentence, _close_fronted_subordinate(sentence, out))


def _participle_of_main(clauses: list[Clause]) -> list[Clause]:
    """A taking participle cut off by its comma ends only a subordinate clause before it ("since fighting erupted on
    Sept. 27, retaking Jabrayil"); after the main clause it stays the main clause's ("took Kirkuk on Monday, seizing
    the governor's office from the Peshmerga": one act, whose sides the clause names)."""
    out: list[Clause] = []
    for c in clauses:
        if out and c.opener == "," and not out[-1].subordinate:
            out[-1] = Clause(out[-1].start, c.end, False, out[-1].opener)
        else:
            out.append(c if c.opener != "," else Clause(c.start, c.end, c.subordinate, ""))
    return out


def _gapped(sentence: str, clauses: list[Clause]) -> list[Clause]:
    """"…, taking Ndele on December 10 and then Bria, Bambari and Kaga-Bandoro within three weeks": a part opened by
    "then" with no verb of its own goes on with the verb before it (gapping), in the same clause."""
    if not any(c.opener in ("and then", "then") for c in clauses[1:]):
        return clauses
    tree = parse(sentence)
    if tree is None:
        return clauses
    out = [clauses[0]]
    for c in clauses[1:]:
        if c.opener in ("and then", "then") and not c.subordinate and \
                not any(t.is_verb and c.start <= t.start < c.end and t.dep != "amod" and not t.text[:1].isupper()
                        and not _SAYING_TAIL.match(sentence, t.start) for t in tree.tokens):  # (not "the following
            # day", a name the parser took for a verb, nor the source's ", the army said")
            out[-1] = Clause(out[-1].start, c.end, out[-1].subordinate, out[-1].opener)
        else:
            out.append(c)
    return out


_RELATIVE = ("which", "who", "whose", "where")
_SAYING_TAIL = re.compile(rf"(?:{SAYING})\b(?=[^,;]*[.!?]?\s*$)", re.I)  # a saying verb that ends the sentence


def _close_relatives(sentence: str, clauses: list[Clause]) -> list[Clause]:
    """"Islamic State, which counts the insurgents as its own, said on Monday that…": a relative clause ends where
    the parse says its words end (the relative clause's subtree), and the main clause goes on after it."""
    if not any(c.opener in _RELATIVE + ("that",) for c in clauses):
        return clauses
    tree = parse(sentence)
    if tree is None:
        return clauses
    out = []
    for n, c in enumerate(clauses):
        end = None
        if c.opener in _RELATIVE:
            before = clauses[n - 1] if n else None
            if _WHO.search(sentence, max(0, c.start - 6), c.start):  # (no comma before "who")
                main = _restrictive_end(tree, c)
                if main is not None:
                    out += [Clause(c.start, main[0], True, c.opener), Clause(main[1], c.end, False, "")]
                elif out:  # ("killed by settlers who attacked the village on Friday": the clause it ends)
                    out[-1] = Clause(out[-1].start, c.end, out[-1].subordinate, out[-1].opener)
                else:
                    out.append(c)
                continue
            end = _comma_before_main_verb(tree, c, before) or _relative_end(tree, c)
        elif c.opener == "that":  # "The MSA, a group that has fought the jihadists, said its fighters …": the
            end = _comma_before_main_verb(tree, c, clauses[n - 1] if n else None)  # main verb still to come
        elif c.subordinate and 2 <= n and clauses[n - 1].opener in _RELATIVE and out and out[-1].opener in _RELATIVE:
            end = _comma_before_main_verb(tree, c, clauses[0])  # "The rebels, who took Ras Lanuf after heavy
            # fighting, had advanced from Brega": the main clause goes on after the relative one's own "after"
        rest = re.match(r"\s*,\s*(?:(and|but|then)\s+)?", sentence[end:c.end]) if end is not None else None
        if rest is None or end + rest.end() >= c.end:
            out.append(c)
            continue  # ("…, which they retook on Saturday, and entered Izium": the main clause goes on, with "and")
        out += [Clause(c.start, end, True, c.opener),
                Clause(end + rest.end(), c.end, False, (rest.group(1) or "").lower())]
    return out


_FINITE = ("VBD", "VBZ", "VBP")
_PAST_THEN = re.compile(r"[a-z]{2,}ed")


def _comma_before_main_verb(tree: Tree, clause: Clause, before: Clause | None) -> int | None:
    """"The Ansar Brigade, which says it fights for herders, announced …": when the words before the relative
    clause hold no verb, the sentence's own verb is still to come — the first finite verb right after a comma
    (the parts of speech, surer than the attachments, say so)."""
    if before is None or any(t.is_verb and t.dep != "amod" for t in tree.tokens  # (not "a Tuareg-led group")
                             if before.start <= t.start < before.end):
        return None
    words = [t for t in tree.tokens if clause.start <= t.start < clause.end]
    for a, b, c in zip(words, words[1:], words[2:] + [None]):
        # (a past form the tagger calls a participle counts too, unless it is one: "…, backed by Rwanda")
        if a.text == "," and (b.tag in _FINITE or (b.tag == "VBN" and (c is None or c.text.lower() != "by")) or
                              b.dep == "root" and b.tag.startswith("VB") or  # (the sentence's root, whatever its tag)
                              _PAST_THEN.fullmatch(b.text) and c is not None and c.tag in ("IN", "DT", "RP") and
                              c.text.lower() != "by"):  # (a past form mistagged: "…, clashed with soldiers")
            return a.start
    return None


def _restrictive_end(tree: Tree, clause: Clause) -> tuple[int, int] | None:
    """"Jihadists who had captured Djibo last year ambushed a convoy": a relative clause with no comma ends before
    the last finite verb of the words after it (to a comma) that no "and" or "or" joins to it — the main verb — as
    (the relative clause's end, the main clause's start). The parts of speech say so; the parse often hangs the
    main verb on the relative one."""
    words = [t for t in tree.tokens if clause.start <= t.start < clause.end]
    comma = next((k for k, t in enumerate(words) if t.text == ","), len(words))  # (not ", the ministry said")
    words = words[:comma]
    finite = [k for k, t in enumerate(words) if k > 0 and (t.tag in _FINITE or _past_as_participle(words, k)) and
              words[k - 1].text.lower() not in ("and", "or", ",", "who", "that", "which") and
              any(w.is_verb for w in words[:k])]
    if not finite:
        return None
    main = words[finite[-1]]
    return words[finite[-1] - 1].end, main.start


_AUXILIARY = ("had", "has", "have", "was", "were", "been", "be", "is", "are", "being")


def _past_as_participle(words: list, k: int) -> bool:
    """A past the tagger calls a participle ("… a church in May ambushed a bus"): no auxiliary before it, no "by"
    after it."""
    return words[k].tag == "VBN" and words[k - 1].text.lower() not in _AUXILIARY and \
        (k + 1 >= len(words) or words[k + 1].text.lower() != "by")


def _relative_end(tree: Tree, clause: Clause) -> int | None:
    """Where the relative clause opening ``clause`` ends, by the parse (None: the parse does not say)."""
    first = next((t for t in tree.tokens if t.start >= clause.start), None)
    verb = first
    while verb is not None and not verb.dep.startswith("acl"):
        verb = tree.head_of(verb.i)
    pronoun = next((t for t in reversed(tree.tokens) if t.start < clause.start), None)  # ("which", before the clause)
    head = tree.head_of(pronoun.i) if verb is None and pronoun is not None and pronoun.tag in ("WDT", "WP") else None
    if head is not None and head.is_verb and clause.start <= head.start < clause.end:
        verb = head  # (the relative's verb, however the parse hangs it on the sentence)
    words = [t for t in tree.subtree(verb.i) if t.dep != "punct"] if verb is not None else []
    if not words or words[0].start > clause.start:
        return None
    for k, t in enumerate(words[1:], 1):
        if t.dep == "conj" and words[k - 1].dep == "cc" and _after_comma(tree, words[k - 1]) and \
                tree.head_of(t.i).dep != "acl:relcl" and len(tree.children(t.head, "conj")) == 1:
            return words[k - 2].end  # "including Moqokori, which it seized in March, and Mahaas": two things joined
            # with a comma are not the clause's (a list of three is: "which holds A, B, and C")
    return words[-1].end


def _after_comma(tree: Tree, word) -> bool:
    return word.i > 0 and tree.tokens[word.i - 1].text == ","


_FRONTED = re.compile(r"^\W*(?:in|at|near|around|on|across|inside|outside|along|north of|south of|east of|west of)\s+"
                      r"[^,]*$", re.I)


def _close_fronted_relative(sentence: str, clauses: list[Clause]) -> list[Clause]:
    """"In Kursk region, where Ukrainian forces launched an incursion earlier this month, fighting continued around
    Sudzha": a relative clause inside a fronted phrase ends at its comma; the main clause follows."""
    if len(clauses) < 2 or clauses[1].opener not in ("where", "which", "who", "whose") or \
            not _FRONTED.match(sentence[clauses[0].start:clauses[0].end]):
        return clauses
    second = clauses[1]
    comma = sentence.find(", ", second.start, second.end)
    if comma < 0:
        return clauses
    return [clauses[0], Clause(second.start, comma, True, second.opener),
            Clause(comma + 2, second.end, False, "")] + clauses[2:]


# A sentence that opens with a subordinate clause, after a time phrase or none ("After they took the town, …",
# "In the hours after they took the town, …", "Days after the army withdrew, …")
_OPENING_SUB = re.compile(r"\s*(?:(?:in\s+the\s+)?(?:(?:a|one|two|three|four|five|several|\d+)\s+)?"
                          r"(?:hours?|days?|weeks?|minutes?|moments?)\s+|(?:shortly|just|soon|only)\s+)?"
                          r"(?P<w>after|when|once|before|while|following)\s", re.I)


def _close_fronted_subordinate(sentence: str, clauses: list[Clause]) -> list[Clause]:
    """"In the hours after they took the town, gunmen killed more than 200 people": a subordinate clause that opens
    the sentence (a verb in it: not "Before dawn on Friday, …") ends at its first comma when a subject and a finite
    verb follow it (the parts of speech say so; the parse often hangs the main verb on the subordinate one); the
    main clause follows, a happening of its own."""
    m = _OPENING_SUB.match(sentence)
    first = clause_at(clauses, m.start("w")) if m is not None else None
    if first is None or first.start > 0 and not first.subordinate:
        return clauses
    comma = sentence.find(",", m.end(), first.end)
    tree = parse(sentence) if comma > 0 else None
    if tree is None:
        return clauses
    before = [t for t in tree.tokens if m.end() <= t.start < comma]
    after = [t for t in tree.tokens if t.start > comma][:6]
    after = after[:next((k for k, t in enumerate(after) if t.text in (",", ";")), len(after))]
    if not any(t.tag in _FINITE or t.tag == "VBN" for t in before) or not any(
            t.tag in _FINITE or t.tag == "MD" or k and t.text.endswith("ed") and after[k - 1].tag in _SUBJECT_TAGS
            for k, t in enumerate(after)) or not after or after[0].tag not in _SUBJECT_TAGS + ("DT", "CD", "JJ"):
        return clauses
    k = clauses.index(first)
    return clauses[:k] + [Clause(first.start, comma, True, m.group("w").lower()),
                          Clause(after[0].start, first.end, False, "")] + clauses[k + 1:]


_SUBJECT_TAGS = ("PRP", "NN", "NNS", "NNP", "NNPS")


def clause_at(clauses: list[Clause], pos: int) -> Clause:
    for c in clauses:
        if c.start <= pos < c.end:
            return c
    return clauses[-1]


# Words before a trigger, in its clause, that deny it, make it only possible or intended, or put it in the past.
_NEGATED = re.compile(r"\b(?:not|no|never|neither|nor|without|denied|deny|denies|failed to|no longer|n't)\b"
                      r"(?:\s+\S+){0,3}\s*$", re.I)
_MODAL = re.compile(
    r"(?<!reported )(?<!said )(?<!believed )(?<!thought )(?<!alleged )(?<!understood )(?<!known )(?<!confirmed )"
    r"(?<!appeared )(?<!appears )(?<!seemed )(?<!claimed )(?<!claims )(?<!claim )(?<!claiming )"  # ("were reported to
    # have attacked", "claimed to have taken Kombolcha": told as done)
    # what an implicative verb says was done ("were forced to abandon", "managed to seize", "went on to take")
    r"(?<!forced )(?<!compelled )(?<!obliged )(?<!managed )(?<!went on )(?<!proceeded )(?<!\bable )"
    r"\bto(?:\s+(?!(?:him|her|them|us|me)\b)(?-i:[a-z])\w*)?\s*$|"  # an infinitive: "ordered not to harm", "urged
    # all sides to stop fighting" (not "fighters loyal to Islah clashed", "helicopters loyal to him struck")
    r"\b(?:would|could|might|(?<!\bin )(?<!\bof )(?<!\bsince )(?<!\buntil )(?<!\bby )(?<!\bearly )(?<!\blate )"
    r"(?<!\bmid-)(?-i:may|May(?! \d))|will|shall|should|must|plans? to|planned to|planning to|vow(?:ed|s)? to|"
    r"threat(?:en|ens|ened) to|intends? to|intended to|aims? to|aimed to|seeks? to|sought to|wants? to|wanted to|"
    r"ready to|prepared to|preparing to|call(?:ed|s|ing)? for|urg(?:ed|es|ing)|warn(?:ed|s|ing) (?:of|that|against)|"
    r"fear(?:ed|s)? (?:that|of)|if|unless|capable of|risk of|threat of|possibility of|prevent|avoid|averting|"
    r"reports? of (?:an? |the )?(?:possible|potential|planned)|"  # ("received reports of a possible … shooting")
    r"allegedly planning)\b(?:\s+\S+){0,4}\s*$|"
    # "because of a possible shooting", "a potential gang attack" (not "a possible car bomb exploded")
    r"\b(?:an?|the)\s+(?:possible|potential|planned|threatened|feared)\s+(?:[\w-]+\s+)?$", re.I)
_LOOKING_BACK = re.compile(r"\b(?:anniversary|commemorat\w*|remember(?:ed|s|ing)?|memorial|histor(?:y|ical)|"
                           # ("the historic town of Lalibela": a place described, no look back)
                           r"historic(?!\s+(?:[a-z]+\s+)?(?:town|city|village|site|cent(?:re|er)|quarter|"
                           r"mosque|church|temple|castle|fort|port|capital|monastery|district|palace|market))|"
                           r"recalled|museum|veterans|"
                           r"in the past(?!\s+(?:day|\d+|24|twenty-four|few|two|three|several|week|hours?)\b)|"
                           r"decades? ago|years ago|civil war|world war|"
                           r"(?:first|second) world war|battle of (?-i:[A-Z])\w+)\b", re.I)


def negated(text: str) -> bool:
    """Is the word right after ``text`` (the clause up to it) denied?"""
    return bool(_NEGATED.search(text[-45:]))


def hypothetical(text: str) -> bool:
    """Is the word right after ``text`` (the clause up to it) only possible, intended, feared or urged?"""
    return bool(_MODAL.search(_PLACE_TO_PLACE.sub(" ", text[-60:])))


# "went from house to house looting": no infinitive
_PLACE_TO_PLACE = re.compile(r"\bfrom\s+(\w+)\s+to\s+\1\b", re.I)


# "one of the deadliest attacks in Burkina Faso's history": a measure of today's happening, not a look back.
_RECORD = re.compile(r"\b(?:\w+est|worst|most \w+)\b[^.;]{0,60}?\b(?:in|of)\s+(?:[\w'’]+\s+){0,3}"
                     r"(?:history|memory)\b", re.I)


def looks_back(text: str) -> bool:
    """Does a clause or sentence speak of the past as past (a history, an anniversary, a museum)? (A record — "the
    deadliest attack in the country's history" — measures the present.)"""
    return bool(_LOOKING_BACK.search(_RECORD.sub("", text)))


def measured(text: str) -> bool:
    """Does the text end on a record that a "since" after it measures ("their biggest victory", "the first such
    gain")? Today's happening measured, not a sum."""
    return bool(_MEASURED.search(text[-60:]))


def summed_up(text: str) -> bool:
    """Does the text (a clause and what follows it in its sentence) count over a span ("… had been killed since the
    start of the offensive")? A sum of many happenings, none of them."""
    return any(not _MEASURED.search(text, max(0, m.start() - 60), m.start()) for m in _SUMMED_UP.finditer(text))


# a record measured since a time: "in the most rapid advance since the start of the war", "the first such gain since
# the offensive began", "their second capture of the town since the conflict began" (today's happening measured, or
# counted among its kind: not a sum)
_MEASURED = re.compile(r"\b(?:\w+est|worst|best|most\s+\w+|first|second|third|fourth|fifth|sixth|biggest|largest)\b"
                       r"[^.;,]*$", re.I)


# a count over a span, not a happening: "since the start of the offensive", "since the war began", "so far this year"
# (not "have bombed Mekelle over the past two weeks": repeated strikes, an event of their own)
_SUMMED_UP = re.compile(r"\bduring\s+the\s+(?:[\w-]+\s+){0,2}(?:battle|offensive|siege|campaign|war|conflict)\b"
                        r"(?![^.;]{0,40}\b(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|including)\b)|"  # ("killed
                        # at least 1,130 civilians during the battle": a sum; not "during the battle on Sunday", nor
                        # "…, including 104 in air strikes on Tokhar", the part told)
                        # "were killed in the battle for Kobani", "in the siege of Mariupol": the whole fight's sum
                        r"\b(?:in|throughout)\s+the\s+(?:[\w-]+\s+){0,2}(?:battle|siege|campaign|war|offensive)\s+"
                        r"(?:for|of|against)\b(?![^.;]{0,40}\bon\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)|"
                        # "has killed more than 80 people since the army launched an offensive against the group"
                        r"\bsince\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:launched|began|started|mounted)\s+(?:an?|its|"
                        r"their|the)\s+(?:[\w-]+\s+)?(?:offensive|campaign|operation|war|insurgency)\b|"
                        r"\bsince\s+(?:the\s+(?:start|beginning|outbreak|launch)\s+of|(?:the\s+)?(?:offensive|campaign|"
                        r"war|fighting|conflict|insurgency|operation)\s+(?:began|started|erupted|broke\s+out))|"
                        r"\bso\s+far\s+this\s+(?:year|month)\b|"
                        # "its troops had killed 30 insurgents in counter-operations": a sum of operations
                        r"\bin\s+(?:(?:a\s+series\s+of|several|recent|separate|ongoing|its|their)\s+)?(?:counter-?)?"
                        r"(?:operations|offensives|raids)\b"
                        r"(?![^.;]{0,40}\bon\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)|"
                        # "entered the town on Sunday after weeks of fighting": the weeks before, not a happening
                        r"^(?:(?:more\s+than|nearly|almost|over|about|some)\s+)?(?:(?:two|three|four|five|six|several|"
                        r"many|\d+)\s+)?(?:weeks|months|years)\s+of\s+(?:heavy\s+|fierce\s+)?(?:fighting|clashes|"
                        r"combat|battles)\b",  # ("… after more than two years of fighting for the town")
                        re.I)
