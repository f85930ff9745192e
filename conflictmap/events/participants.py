"""Who takes part: the people and forces a sentence names, in ACLED's actor categories (state forces, rebel groups,
political and identity militias, rioters, protesters, civilians, external forces).

Named actors come from the actors file (:mod:`conflictmap.events.actors`); the rest from the common nouns conflict
reporting uses for them ("security forces", "militants", "gunmen", "villagers", "protesters"), with a country's
adjective before a force naming whose force it is ("Israeli warplanes", "Kenyan police"). A name that is the
source of a report ("police said", "according to the army") is no participant. A surname is never an actor: only
the actors file and these nouns make one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from conflictmap.events import lexicon, words as ew
from conflictmap.events.allegiance import ARMS, LED, STATE_ACT
from conflictmap.events.actors import Actor, ActorMention
from conflictmap.events.categories import category_of, of_a_people
from conflictmap.events.clauses import CLAIMED_ACT, SAYING
from conflictmap.events.types import (
    ARMED_CATEGORIES, CIVILIANS, EXTERNAL, IDENTITY_MILITIA, POLITICAL_MILITIA, PROTESTERS, REBEL_GROUP, RIOTERS,
    STATE_FORCES,
)

# State forces: police or military (the actor's name says which).
_POLICE = (r"police(?:men|man|women|woman)?",
           r"police (?:officers?|personnel|constables?|units?|teams?|patrols?|vehicles?|stations?|posts?|camps?|"
           r"checkpoints?|reservists?|commandos)",
           r"constables?", r"cops",
           r"(?:district reserve guards?|drg|special task force|stf|cobra|greyhounds|gendarmes?|gendarmerie|rangers|"
           r"levies|border police|crpf|cisf|sog|special operations group)",
           r"road-opening party", r"bomb disposal squad", r"(?:prison |jail |security )?guards",
           r"prisons?", r"penitentiar(?:y|ies)")  # (a prison stormed is its guards attacked)
# ("paramilitary" alone is not the state's: "the paramilitary RSF")
_MILITARY = (r"security forces?", r"sfs?", r"sf personnel", r"security personnel",
             r"(?:army|military|security) (?:convoy|column|patrol|post|base|camp|units?|personnel|vehicles?|outposts?|"
             r"checkpoints?|garrison)",
             r"troops", r"soldiers?", r"servicem(?:e|a)n", r"army", r"armed forces", r"military", r"jawans?",
             r"commandos", r"paratroopers", r"air defen[cs]es?(?: units?| systems?| forces)?",
             r"(?<!fire )(?:brigades?|battalions?|regiments?)", r"special forces",
             r"(?:border|coast) ?guards?", r"frontier corps", r"fc", r"bsf",
             r"itbp", r"ssb", r"assam rifles", r"marines", r"navy", r"naval forces", r"air force", r"government forces",
             r"regime forces", r"federal (?:forces|troops|police)", r"state forces", r"national guard",
             r"junta(?: (?:forces|troops|soldiers|airstrikes?|" + ew.AIRCRAFT + "|" + ew.ARTILLERY + "))?",
             # a government's air force by its machines: "government aircraft", "federal warplanes", "regime jets"
             r"(?:government|federal|regime|military|army|air force|junta|state) (?:" + ew.AIRCRAFT + ")",
             r"paramilitar(?:y forces|y troops|y police|y personnel|ies)",
             r"counter[- ]?terrorism (?:troops|forces|service|units?)",
             r"\d{1,3}(?:st|nd|rd|th) (?:[\w-]+ ){0,3}?(?:division|brigade|regiment|battalion|corps|army)",
             r"loyalist forces", r"loyalists", r"(?:armoured|armored) columns?", r"checkpoints?", r"check ?posts?",
             r"security posts?", r"outposts?", r"barracks", r"garrisons?", r"army (?:units|officers)", r"officers",
             r"personnel", r"forces", r"units", r"(?<!rebel )(?<!militia )patrols?",  # ("ambushed a patrol")
             r"(?:africa|central|european|indo-pacific|pacific|southern|northern|special operations) command",
             r"(?:defen[cs]e|war) ministry", r"ministry of (?:defen[cs]e|war)",  # (a state's military speaking)
             r"africom", r"centcom",  # (a state's regional command: "U.S. Africa Command said it carried out a strike")
             r"(?<!local )(?<!village )(?<!self-)(?<!people's )(?<!people’s )(?:national )?defen[cs]e forces?")
_REBELS = (r"(?<!fire )(?<!prize )" + lexicon.family("rebels").pattern(),)  # (not "fire fighters")
_MILITIAS = (lexicon.family("armed_bands").pattern(),)
_IDENTITY = (r"village volunteers", r"village defen[cs]e (?:volunteers|guards|committees?)", r"armed volunteers",
             r"vigilantes?", r"settlers", r"(?:armed )?tribesmen", r"clansmen", r"(?:rival |warring )?clans",
             r"tribal fighters", r"clan fighters", r"clan militias?", r"ethnic militias?",
             r"communal militias?", r"self-defen[cs]e (?:groups?|forces)",
             # "clashes between two ethnic groups", "fighting between rival communities": peoples that fight
             r"(?:two |rival |warring )(?:(?:ethnic|tribal) (?:groups|communities)|communities|tribes)",
             r"ethnic groups",
             r"(?:rival |warring )?tribes")
_RIOTERS = (r"rioters", r"looters", r"mobs?", r"angry (?:crowds?|" + lexicon.family("people").pattern("many") + ")")
_PROTESTERS = (r"protest(?:e|o)rs?", r"demonstrators?", r"marchers", r"crowds?", r"activists", r"supporters")
_CIVILIANS = (lexicon.family("people").pattern(),  # (and what civilians use and live in)
              r"(?:passenger )?bus(?:es)?", r"market(?:place)?s?", r"shops?", r"houses", r"homes", r"huts", r"shelters",
              r"(?:displacement|refugee|idp) camps?", r"camp for displaced", r"mosques?", r"church(?:es)?", r"temples?",
              r"hospitals?", r"schools?", r"residential (?:areas|districts|buildings|neighbou?rhoods)",
              # "a member of the opposition CNL party", "members of a farmers' union": civilians by what they belong to
              r"members? of (?:the |an? )?(?:[\w'’-]+ ){0,3}?(?:party|parties|union|unions|parliament|church|"
              r"congregation|cooperative|association|community|communities|minority|tribe)")
_EXTERNAL = (r"peacekeepers", r"u\.?n\.? (?:peacekeepers|troops|mission)", r"monusco", r"unifil", r"minusma", r"amisom",
             r"atmis", r"coalition (?:forces|troops|" + ew.AIRCRAFT + ")", r"foreign (?:forces|troops)",
             r"nato (?:forces|troops)",
             r"(?:african union|au|ecowas|sadc|eac|u\.?n\.?|united nations) (?:forces|troops|soldiers|peacekeepers)")

_CATEGORIES = ((STATE_FORCES, _POLICE + _MILITARY), (EXTERNAL, _EXTERNAL), (REBEL_GROUP, _REBELS),
               (POLITICAL_MILITIA, _MILITIAS), (IDENTITY_MILITIA, _IDENTITY), (RIOTERS, _RIOTERS),
               (PROTESTERS, _PROTESTERS), (CIVILIANS, _CIVILIANS))
# A report's source: "police said", "the army told", "according to the military".
_SOURCE_AFTER = re.compile(r"^\s*(?:(?:['’]s\s+)?(?:spokes(?:m[ae]n|wom[ae]n|persons?)|statement|media wing)"
                           r"(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3},?\s+)?"
                           rf"(?:and\s+(?:[\w-]+\s+){{1,3}}?(?=(?:{SAYING})\b))?"  # ("police and local leaders said")
                           r"(?:(?!(?:they|he|she|we|it)\s)\w+\s+)?"  # ("police
                           rf"(?:{SAYING}|denied|accused(?!\s+of\b))\b"  # spokesman X Y said"; not "men they accused of")
                           + CLAIMED_ACT +  # (a claim of an act is the act's: "ISKP claimed an attack …")
                           r"(?!\s+(?:dead|killed|missing|injured|wounded)\b)"  # ("people were confirmed dead")
                           r"(?!\s+(?:[\w-]+\s+){0,3}?(?:that\s+)?(?:(?:one|some|two|three|several) of\s+)?"
                           r"(?:it|they|its|their|he|she)\b)", re.I)


@dataclass(frozen=True, slots=True)
class Participant:
    start: int  # in the sentence
    end: int
    text: str
    category: str  # an ACLED actor category
    police: bool = False  # state forces that are police
    actor: Actor | None = None  # a named actor of the actors file
    country: str = ""  # whose state forces, from a country's adjective or name before them ("Kenyan police")
    source: bool = False  # the source of a report ("police said"), not a participant in what happened
    unknown: bool = False  # "unidentified gunmen", "unknown assailants": the text says it does not know who
    sided: str = ""  # "pro-hadi", "anti-houthi": whose side a band the text does not name is told to be on


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    parts = []
    for n, (category, words) in enumerate(_CATEGORIES):
        parts.append(f"(?P<c{n}>{'|'.join(words)})")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.I)


_POLICE_RE = re.compile(r"^(?:" + "|".join(_POLICE) + r")$", re.I)
_KINDS = {"state": STATE_FORCES, "non-state": REBEL_GROUP, "external": EXTERNAL, "civilians": CIVILIANS}


def find(sentence: str, named: list[ActorMention], offset: int = 0,
         demonyms: list[tuple[int, int, str]] = ()) -> list[Participant]:
    """The participants of a sentence. ``named``: the actors file's mentions in the article (offsets into the
    article; ``offset`` is the sentence's start); ``demonyms``: (start, end, country code) of the country
    adjectives and names in the sentence, which say whose force a state force is."""
    out: list[Participant] = []
    taken: list[tuple[int, int]] = []
    for m in named:
        if m.actor is None or not (offset <= m.start < offset + len(sentence)):
            continue
        s, e = m.start - offset, m.end - offset
        category = _KINDS.get(m.actor.kind, REBEL_GROUP)
        out.append(Participant(s, e, sentence[s:e], category, actor=m.actor, country=m.actor.country,
                               source=_is_source(sentence, s, e)))
        taken.append((s, e))
    named_spans = list(taken)
    for s, e, cc in demonyms:
        arms = ARMS.match(sentence, e)
        if arms and not any(a < arms.end() and s < b for a, b in taken):
            out.append(Participant(s, arms.end(), sentence[s:arms.end()], STATE_FORCES, country=cc,
                                   source=_is_source(sentence, s, arms.end())))  # ("…, the British navy said")
            taken.append((s, arms.end()))
        elif (led := LED.match(sentence, e)) and not any(a < led.end() and s < b for a, b in taken):
            out.append(Participant(s, led.end(), sentence[s:led.end()], STATE_FORCES, country=cc))
            taken.append((s, led.end()))  # "Saudi-led coalition warplanes": the leading state's (as ACLED codes)
        elif STATE_ACT.match(sentence, e) and sentence[s:e][:1].isupper() and \
                not any(a < e and s < b for a, b in taken):  # "Russia launched a drone attack on Kyiv"
            out.append(Participant(s, e, sentence[s:e], STATE_FORCES, country=cc))
            taken.append((s, e))
        elif _PEOPLE_OF.search(sentence[s:e]) and _COUNTED.search(sentence, 0, s) and \
                not any(a < e and s < b for a, b in taken):  # "killed three Palestinians": people of a country
            out.append(Participant(s, e, sentence[s:e], CIVILIANS, country=cc))
            taken.append((s, e))
    found = list(_pattern().finditer(sentence))
    police_before = False
    for m, following in zip(found, found[1:] + [None]):
        s, e = m.start(), m.end()
        if any(a < e and s < b for a, b in taken):
            continue
        if _a_names_noun(sentence, s, e, named_spans):
            continue
        if _in_a_name(sentence, s, e):
            force = _force_name(sentence, s, e)
            if force is not None and not any(a < force[1] and force[0] < b for a, b in taken):
                country = next((cc for a, b, cc in demonyms if force[0] - 2 <= a < force[1]), "")
                out.append(Participant(force[0], force[1], sentence[force[0]:force[1]], STATE_FORCES,
                                       police=bool(_POLICE_NAME.search(sentence[force[0]:force[1]])), country=country,
                                       source=_is_source(sentence, force[0], force[1])))
                taken.append(force)
            continue
        if following is not None and following.start() == e + 1 and sentence[e] == " ":
            police_before = bool(_POLICE_RE.match(m.group(0)))  # ("a police checkpoint": the police's)
            continue  # a noun modifying the next one: "a police informer", "army checkpoints"
        category = category_of(sentence, _CATEGORIES[int(m.lastgroup[1:])][0], s, e, demonyms)
        country = _country_of(sentence, s, category, demonyms)
        police, police_before = bool(_POLICE_RE.match(m.group(0))) or police_before and category == STATE_FORCES, False
        out.append(Participant(s, e, m.group(0), category, police=police, country=country,
                               source=_is_source(sentence, s, e), unknown=bool(_UNKNOWN.search(sentence, 0, s)),
                               sided=_sided(sentence, (s, e), demonyms, category)))
    return _known_as(sentence, _of_a_band(sentence, _forces_of_forces(sentence, sorted(out, key=lambda p: p.start))))


def _forces_of_forces(sentence: str, people: list[Participant]) -> list[Participant]:
    """A state's unit told as another force's ("the U.S. Army's 3rd Infantry Division"): that force's country."""
    out = []
    for p in people:
        owner = out[-1] if out else None
        if p.category == STATE_FORCES and not p.country and owner is not None and owner.country and \
                owner.category == STATE_FORCES and sentence[owner.end:p.start] in ("'s ", "’s "):
            p = replace(p, country=owner.country)
        out.append(p)
    return out


_KNOWN_AS = re.compile(r",\s+(?:also\s+|locally\s+|widely\s+)?(?:known\s+(?:locally\s+)?as|called|dubbed|"
                       r"who\s+call\s+themselves)\s+(?:the\s+)?", re.I)


def organised(agent: Participant | None) -> bool:
    """A named armed actor, a rebel group, a communal militia or an outside force."""
    return agent is not None and (agent.actor is not None or agent.category in (REBEL_GROUP, IDENTITY_MILITIA,
                                                                                 EXTERNAL))


def armed_band(agent: Participant | None) -> bool:
    """"Unidentified gunmen", "armed men", "assailants", "armed youths" (any militia's men, in the plural): a band
    that kills or abducts civilians is a political militia in ACLED's sense — unlike "a gunman", one's crime."""
    return agent is not None and agent.category == POLITICAL_MILITIA and (
        ew.BAND.search(agent.text) is not None or agent.text.lower().endswith("s"))


def as_told_before(sentence: str, people: list[Participant], armed_nouns: dict[str, str]) -> list[Participant]:
    """People named again with "the" are as armed as the text said before ("armed youths attacked villages … The
    youths raided Gumuruk"); ``armed_nouns`` (noun → category, across an article's sentences) learns them."""
    out = []
    for p in people:
        noun = p.text.lower().split()[-1]
        if p.category == CIVILIANS and p.actor is None and not p.source and noun in armed_nouns and \
                re.search(r"\bthe\s+$", sentence[max(0, p.start - 4):p.start], re.I):
            p = replace(p, category=armed_nouns[noun])
        elif p.category in ARMED_CATEGORIES and p.actor is None:
            armed_nouns[noun] = p.category
        out.append(p)
    return out


def _known_as(sentence: str, found: list[Participant]) -> list[Participant]:
    """"The fighters, known locally as Ma'awisley, took Moqokori": people a name is given to are that named band; so
    are fighters of a named band ("Fighters of the M23 and the army clashed") or of a named state's forces."""
    out, skip = [], set()
    for n, (p, q) in enumerate(zip(found, found[1:] + [None])):
        if n in skip:
            continue
        if q is not None and p.actor is None and q.actor is not None and (
                _KNOWN_AS.fullmatch(sentence, p.end, q.start) or p.category in (REBEL_GROUP, POLITICAL_MILITIA) and
                q.actor.kind == "non-state" and _OF_THE.fullmatch(sentence, p.end, q.start) or  # ("Fighters of the
                p.category in (REBEL_GROUP, POLITICAL_MILITIA, STATE_FORCES) and q.actor.kind == "state" and  # M23";
                _OF_THE.fullmatch(sentence, p.end, q.start)):  # "fighters of the Government of National Accord")
            p = replace(p, actor=q.actor, category=q.category, country=q.actor.country)
            skip.add(n + 1)
        out.append(p)
    return out


def _of_a_band(sentence: str, found: list[Participant]) -> list[Participant]:
    """"Youths of a ruling-party militia beat …": people named as of an armed band are that band (its members)."""
    return [p for p, q in zip(found, found[1:] + [None]) if not (
        q is not None and p.category == CIVILIANS and q.category in (POLITICAL_MILITIA, REBEL_GROUP, IDENTITY_MILITIA)
        and _OF_THE.fullmatch(sentence, p.end, q.start))]


_OF_THE = re.compile(r"\s+of\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}")


def _a_names_noun(sentence: str, s: int, e: int, named_spans: list[tuple[int, int]]) -> bool:
    """"Houthi rebels", "Fano militia": the named actor's noun, not another participant; "the Rebels won the
    title": a capitalised noun after "the" is a name (a team's), not armed men; "killed by sniper fire from the
    army": a means of the army's."""
    word = sentence[s:e]
    return any(b == s - 1 and sentence[b] == " " for _, b in named_spans) or \
        (word[:1].isupper() and sentence[max(0, s - 4):s] in ("the ", "The ")) or \
        (re.fullmatch(r"snipers?", word, re.I) is not None and sentence[e:e + 5] == " fire")


_PEOPLE_OF = re.compile(r"(?:ans|ians|is|ese|ers)$")  # a people's plural: "Palestinians", "Iraqis", "Sudanese"
_COUNTED = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|scores of|"
                      r"hundreds of|several|many|at least \w+)\s+(?:more\s+)?$", re.I)
_BLAMED = re.compile(r"\b(?:blam(?:ed|ing|es)|claimed by)\s+(?:the\s+)?$", re.I)  # ("accused X of": X is the doer)
# A possessive pronoun right before a noun: "its troops" (an organisation's or state's), "his forces" (a person's)
ITS = re.compile(r"\b(?:its|their)\s+(?:own\s+)?$", re.I)
def _country_of(sentence: str, s: int, category: str, demonyms) -> str:
    """Whose people or forces the noun at ``s`` names: a country's adjective or possessive right before ("Kenyan
    police", "Ukraine's army"), or, for forces, the country that owns them ("Russia's ministry said its troops",
    "Azerbaijan's President Ilham Aliyev said his forces")."""
    country = next((cc for a, b, cc in demonyms if (0 <= s - b <= 2 or sentence[b:s] in ("'s ", "’s ") or
                                                    _AND_ALLIED.fullmatch(sentence, b, s)) and
                    category in (STATE_FORCES, CIVILIANS, IDENTITY_MILITIA)), "")  # ("Israeli settlers")
    if category == STATE_FORCES and not country and ITS.search(sentence, 0, s):
        country = next((cc for a, b, cc in reversed(demonyms) if b <= s), "")
    elif category == STATE_FORCES and not country and HIS.search(sentence, 0, s):
        country = next((cc for a, b, cc in reversed(demonyms) if b <= s and _LEADER.match(sentence, b)), "")
    return country


# "Russian and allied separatist forces": a country's adjective heads a pair whose other half is no country's
_AND_ALLIED = re.compile(r"\s+and\s+(?:(?-i:[a-z])[\w-]+\s+){1,2}")
# "Pro-Hadi fighters", "anti-Houthi tribal militias", "pro-government militiamen" (not "pro-Russian separatists": a
# country's adjective says whose backing, as "Russian-backed" does)
_SIDED_BEFORE = re.compile(r"\b(pro|anti)-([\w'’]+)\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}$", re.I)


# "Rwandan troops supporting the army", "French forces fighting alongside Malian soldiers": a state's forces on the
# side of the government of the country they fight in
_SUPPORTING = re.compile(r"\s+(?:(?:who|which)\s+(?:are|were|have\s+been)\s+)?(?:supporting|backing|helping|assisting|"
                         r"fighting\s+alongside|deployed\s+to\s+(?:support|help)|allied\s+(?:to|with))\s+(?:the\s+)?"
                         r"(?:[A-Z][\w-]*\s+)?(?:army|military|government|troops|soldiers|forces)\b")


def _sided(sentence: str, span: tuple[int, int], demonyms, category: str) -> str:
    """Whose side the words at ``span`` are told to be on: "pro-hadi", "anti-houthi", a people's, or the government's
    (a state's forces supporting the army)."""
    s, e = span
    m = _SIDED_BEFORE.search(sentence, max(0, s - 60), s)
    if m is not None and not any(a <= m.start(2) < b for a, b, _ in demonyms):
        return f"{m.group(1).lower()}-{m.group(2).lower()}"
    return of_a_people(sentence, s, category) or (
        "pro-government" if category == STATE_FORCES and _SUPPORTING.match(sentence, e) else "")


HIS = re.compile(r"\b(?:his|her)\s+(?:own\s+)?$", re.I)
# A state's leader named after its country: "Azerbaijan's President Ilham Aliyev", "Ukrainian Defence Minister X"
_LEADER = re.compile(r"(?:['’]s)?\s+(?:(?:prime|defen[cs]e|foreign|interior|war)\s+)?(?i:president|minister|premier|"
                     r"leader|king|emir|junta chief|army chief|head of state)\b", re.I)
_UNKNOWN = re.compile(r"\b(?:unidentified|unknown|unnamed|anonymous|masked)\s+(?:[\w-]+\s+){0,2}$", re.I)


# Words that open a sentence before a common noun without making a name of it ("Suspected Naxalites", "Two Border
# Security Force personnel").
_QUALIFIER = re.compile(r"(?:The|A|An|Some|Several|Many|Most|All|Both|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|"
                        r"Dozens|Hundreds|Thousands|Unknown|Suspected|Alleged|Armed|Heavily|Masked|Unidentified|\d+|"
                        r"[A-Z][a-z]+(?:ed|ing|ly))$")
_FORCE_WORD = re.compile(r"(?:Police|Army|Forces?|Guards?|Corps|Gendarmerie|Military|Navy|Constabulary|Rifles|Prison|"
                         r"Penitentiary)$")  # (a prison's name: its guards, the police's)
_POLICE_NAME = re.compile(r"\b(?:Police|Constabulary|Gendarmerie|Prison|Penitentiary)\b")
_NAME_RUN_BEFORE = re.compile(r"(?:(?:[A-Z][\w'’.-]*|of|and|the|for)\s+)*$")
_NAME_RUN_AFTER = re.compile(r"(?:\s+[A-Z][\w'’.-]*)*(?:\s+\([A-Z]{2,8}\))?"
                             r"(?:\s+(?:personnel|jawans?|men|troops|officers|soldiers|constables?|commandos)\b)?")


def _force_name(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """A state force's proper name around a force word: "the Central Reserve Police Force (CRPF)", "the Jammu and
    Kashmir Police", "the Frontier Corps". (Clubs and teams named "Rangers" or "Rebels" are not among its words.)"""
    if not _FORCE_WORD.match(sentence[start:end].split()[-1]):
        return None
    lo = start - len(_NAME_RUN_BEFORE.search(sentence[:start]).group(0))
    while sentence[lo:start].split()[:1] and (sentence[lo:start].split()[0] in ("of", "and", "the", "for") or
                                              _QUALIFIER.match(sentence[lo:start].split()[0])):
        lo += len(sentence[lo:start].split()[0]) + 1  # a run opens on a capitalised word
    hi = end + len(_NAME_RUN_AFTER.match(sentence, end).group(0))
    return lo, hi


def _in_a_name(sentence: str, start: int, end: int) -> bool:
    """A capitalised common noun beside another capitalised word, not opening the sentence, is part of a name
    ("the Jammu and Kashmir Police", "Newcastle United", "UNLV Rebels"), not a participant."""
    if not sentence[start:start + 1].isupper():
        return False
    before = re.search(r"([\w'’-]+)\W*$", sentence[:start])
    after = re.match(r"\W*([\w'’-]+)", sentence[end:])
    if sentence[end:end + 2] == " (":
        return False  # "Security Forces (SFs)": the name defined, not part of a longer one
    opening = sentence[:before.start()].strip() if before else ""
    at_start = not sentence[:start].strip() or sentence[:start].rstrip().endswith((".", "!", "?", ":", "\"", "“", " -",
                                                                                  "—", "–")) \
        or (not opening and before is not None and _QUALIFIER.match(before.group(1)) is not None)  # "Suspected X"
    return bool((before and before.group(1)[:1].isupper() and not at_start) or
                (after and after.group(1)[:1].isupper() and sentence[end:end + 1] == " "))


def _is_source(sentence: str, start: int, end: int) -> bool:
    """"police said", "the army told reporters", "according to the military": a source, not a participant."""
    if _SOURCE_AFTER.match(sentence[end:]) or _BLAMED.search(sentence, 0, start):
        return True  # (also "…, blaming the ADF": whom the text holds responsible, not one who took part)
    return sentence[max(0, start - 20):start].lower().rstrip().endswith(("according to", "told")) or \
        bool(re.search(r"according to\s+(?:the\s+)?(?:\w+\s+)?$", sentence[max(0, start - 30):start], re.I))


def told_doers(text: str, agent: Participant | None) -> bool:
    """Is the agent the doers of a happening told before, by their definite noun ("The attackers opened fire near X"
    after "Gunmen attacked a bus")?"""
    return agent is not None and agent.actor is None and _DOERS.fullmatch(agent.text) is not None and \
        re.search(r"\b[Tt]he\s+$", text[max(0, agent.start - 4):agent.start]) is not None


_DOERS = re.compile(lexicon.family("armed_bands").pattern(), re.I)
