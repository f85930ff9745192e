"""Armed organisations the actors file does not know, found by the shape of their names: a run of capitalised
words ending in a word armed organisations are named with ("the Tigray People's Liberation Front", "the Arakan
Army", "the Rapid Support Forces"), or one such word followed by its purpose ("the Movement for the Liberation of
Azawad"), with the abbreviation the text gives it ("(TPLF)", or an all-capitals word of its initials). ACLED names
such an actor by its own name; so does conflictmap, instead of an "Unidentified Armed Group".

A name that belongs to a state (a country or its demonym in it, "Ethiopian National Defense Force", "Israel Defense
Forces") is left to the state forces' own rules, unless it names a rebellion ("Sudan People's Liberation Army").
"""

from __future__ import annotations

import re
from dataclasses import replace

from conflictmap.articles.sentences import without_headlines
from conflictmap.events import lexicon
from conflictmap.events.actors import Actor
from conflictmap.events.participants import Participant
from conflictmap.events.types import IDENTITY_MILITIA, POLITICAL_MILITIA, REBEL_GROUP
from conflictmap.geoparser.vocabulary import MONTHS, PEOPLES_WORD, WEEKDAYS

# The words armed organisations' names end with (or begin with, before "for"/"of": "Front for the Liberation of…").
HEADS = ("Front", "Army", "Forces", "Force", "Brigade", "Brigades", "Militia", "Militias", "Battalion", "Battalions",
         "Regiment", "Corps", "Guard", "Guards", "Mujahideen", "Movement", "Resistance", "Fighters", "Rebels",
         "Shabaab", "Haram")
# Words that make a name a rebellion's even with a country in it ("Sudan People's Liberation Army").
REBELLION = re.compile(r"\b(?:Liberation|Revolutionary|Islamic|Resistance|Rebel|Insurgent|Salvation|Jihad|Mujahideen|"
                       r"Self-Defen[cs]e|Popular|People's|People’s|Patriotic|Mobilisation|Mobilization)\b")
# Words only a state's forces are named with ("Central Reserve Police Force", "Kenya Defence Forces", "Republican
# Guard"): left to the state forces' rules, unless the name names a rebellion too.
STATE_WORDS = re.compile(r"\b(?:Police|Gendarmerie|Armed Forces|Defen[cs]e Forces?|Border|Coast Guard|Republican Guard|"
                         r"Presidential Guard|National Guard|Reserve|Constabulary|Rangers|Frontier|Paramilitary|"
                         r"Navy|Air Force|Marines?)\b")
# With a country's name, these make a name an armed group's, not the state's ("Myanmar National Democratic Alliance
# Army"); beside a state's own words they do not ("Armed Forces of the Democratic Republic of the Congo").
_DEFENCE = re.compile(r"\bDefen[cs]e Forces?$")
_ALLIANCE = re.compile(r"\b(?:Alliance|Democratic|Union|Coalition|Federation|Council)\b")
_WORD = r"(?:(?:al|el|ad|ash|as|an)-)?[A-Z][\w’'-]*"
# Words coalitions are named with: an armed one only when the text has it fight ("the Three Brotherhood Alliance
# captured Chinshwehaw"), not a party ("the Democratic Alliance won the vote").
COALITIONS = ("Alliance", "Coalition", "Framework", "Platform", "Coordination")  # ("the Permanent Strategic
# Framework said its fighters had withdrawn": an armed one)
_FIGHTS = re.compile(r"\b(?:captur\w*|seiz\w*|overr[au]n\w*|attack\w*|launch\w*|shell\w*|ambush\w*|took|taken|"
                     r"offensive|fighters|armed|clash\w*|fight\w*|fought|withdr[ae]w\w*)\b", re.I)
_HEAD = "|".join(HEADS + COALITIONS)
_COUNTED_NAME = re.compile(r"^.*?(?=(?:Two|Three|Four|Five|Six|Seven)\s+$)|^.*$", re.S)  # (a number that is a name's)
_ABBR = r"(?:\s*\((?P<abbr>[A-Z][A-Za-z0-9-]{1,10})\))?"  # "(TPLF)"
_ENDING = re.compile(rf"(?<![\w’'-])((?:{_WORD}\s+){{0,5}}?(?:{_HEAD})(?:\s+(?:{_HEAD}))*)(?![\w’'-])" + _ABBR)
_LEADING = re.compile(rf"(?<![\w’'-])((?:{_WORD}\s+){{0,2}}(?:Front|Army|Movement|Forces|Brigades?|Coalition|Alliance|"
                      rf"Coordination)"
                      rf"\s+(?:for|of)\s+"
                      rf"(?:the\s+)?{_WORD}(?:\s+(?:of\s+|for\s+|and\s+|the\s+){{0,2}}{_WORD}){{0,4}})(?![\w’'-])"
                      rf"(?:\s+in\s+(?:the\s+)?{_WORD}(?=\s*\())?" + _ABBR)  # ("… Concord in Chad (FACT)": its letters)
_ORDINAL_BEFORE = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\s+$")
_SMALL = {"of", "for", "the", "and"}
_NOT_FIRST = {"The", "A", "An", "Its", "Their", "His", "Her", "Our", "This", "That", "These", "Those", "Some", "Many",
              "Most", "Rebel", "Rebels", "Government", "Pro-government", "Opposition", "Militant", "Militants",
              "Allied", "Both", "Two", "Three", "Several", "When", "After", "Before", "Once", "As", "On", "In", "By",
              "No", "Any", "Another", "Each", "Every", "Which", "One", "Other",  # ("No group claimed the killing")
              # (what a report is unsure of, capitalised only as a sentence's first word: "Suspected ADF rebels")
              "Suspected", "Alleged", "Presumed", "Purported", "Unidentified", "Unknown",
              # (a fronted time: "In August Boko Haram fighters …", "On Monday ADF rebels …")
              *(m.capitalize() for m in MONTHS), *(d.capitalize() for d in WEEKDAYS)}


def _fighting(text: str, m: re.Match) -> bool:
    """Does the sentence of a name have someone fight right after it ("… Alliance said it had captured …"), or a
    place fall to it ("Herat fell to the Northern Alliance")?"""
    end = text.find(".", m.end())
    return _FIGHTS.search(text, m.end(), (end if end >= 0 else len(text))) is not None or \
        _FELL_TO.search(text, max(0, m.start() - 30), m.start()) is not None


_FELL_TO = re.compile(r"\b(?:fell|fallen)\s+to\s+(?:the\s+)?$", re.I)


def _trim(name: str, taken: set[str]) -> str:
    """The name without the words before it that are no part of a name, down to a name an actor already has
    ("Suspected Allied Democratic Forces": the Allied Democratic Forces; "Sudan's Rapid Support Forces": whose)."""
    words = name.split()
    while len(words) > 1 and (words[0] in _NOT_FIRST or words[0] in _SMALL or re.search(r"['’]s$", words[0])) and \
            " ".join(words).lower() not in taken:
        words = words[1:]
    return " ".join(words)


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w.lower() not in _SMALL and w[0].isupper())


_FULL_NAME = r"(?<![\w’'-])((?:[A-Z][\w’'-]+\s+){1,5}[A-Z][\w’'-]+)\s+\("  # (before its letters in brackets)


def with_abbreviations(text: str, known: list[Actor]) -> list[Actor]:
    """The known actors, each with the abbreviation the text gives it, or the full name it gives a known
    abbreviation, that the actors file lacks ("The Kachin Independence Army (KIA) launched …": the KIA is that army,
    not a group of its own; "the National Liberation Army (ELN)": the ELN)."""
    out = []
    for actor in known:
        given = {m.group(1) for alias in actor.aliases if len(alias) > 6 and alias in text
                 for m in re.finditer(re.escape(alias) + r"\s+\(([A-Z][A-Za-z/-]{1,9})\)", text)} | \
            {m.group(1) for alias in actor.aliases if alias.isupper() and f"({alias})" in text
             for m in re.finditer(_FULL_NAME + re.escape(alias) + r"\)", text) if not m.group(1).startswith("The ")}
        new = tuple(sorted(given - set(actor.aliases)))
        out.append(replace(actor, aliases=actor.aliases + new) if new else actor)
    return out


def _a_states_own(name: str, regions: set[str], state_names: set[str]) -> bool:
    """Is the name a state's own police, defence force or guard? A defence force only with its country's name ("the
    Kenya Defence Forces"; not a region's or a people's: "the Tigray Defence Forces", "the Karenni Nationalities
    Defence Force")."""
    if _DEFENCE.search(name) and (name.split()[0] in regions or not any(
            w in state_names for w in re.split(r"[\s-]+", name))):
        return False
    return bool(STATE_WORDS.search(name)) and not REBELLION.search(name)


def discover(text: str, known: list[Actor], state_names: set[str] = frozenset(),
             regions: set[str] = frozenset()) -> list[Actor]:
    """The armed organisations ``text`` names that no ``known`` actor's alias covers, each with its
    abbreviation when the text gives one. ``state_names``: the names and demonyms of countries the text mentions
    (a name with one of them and no word of rebellion is a state's own force); ``regions``: the names of the
    regions inside a country it mentions (a region's "Defence Forces" are no state's: "the Tigray Defence
    Forces")."""
    taken = {a.lower() for actor in known for a in actor.aliases}
    found: dict[str, Actor] = {}
    prose = without_headlines(text)
    for pattern in (_LEADING, _ENDING):
        for m in pattern.finditer(prose):
            name = _trim(m.group(1), taken)
            if name.split()[-1] in COALITIONS and m.group(1).endswith(name):
                before = m.group(1)[:len(m.group(1)) - len(name)]  # ("Three Brotherhood Alliance": its number)
                name = _COUNTED_NAME.sub("", before, count=1) + name
            if len(name.split()) < 2 or name.lower() in taken or any(name in f for f in found):
                continue
            if _a_states_own(name, regions, state_names) or \
                    _ORDINAL_BEFORE.search(prose, max(0, m.start(1) - 8), m.start(1)):
                continue  # a state's own police, defence force or guard; a numbered formation, an army's ("the 47th
                # Mechanised Brigade")
            if (name.split()[-1] in COALITIONS or name.split()[0] in COALITIONS) and not _fighting(prose, m):
                continue  # a coalition the text does not have fight: a party's, a donors'…
            if any(w in state_names for w in re.split(r"[\s-]+", name)) and not REBELLION.search(name) and \
                    not _ALLIANCE.search(name):
                continue  # a state's own army ("the Ethiopian National Defense Force")
            abbr = m.group("abbr") or ""
            initials = _initials(name)
            if not abbr and len(initials) >= 3 and re.search(rf"(?<![\w-]){re.escape(initials)}(?![\w-])", text):
                abbr = initials
            if abbr.lower() in taken:
                continue  # "(HTS)": a known actor written out in full
            aliases = tuple(dict.fromkeys(a for a in (name, abbr) if a))
            found[name] = Actor(name, aliases, "non-state")
    for m in _ACRONYM_DOER.finditer(prose):  # "In January the MNLA took Kidal": a group known by its letters alone
        abbr = m.group(1)
        if abbr.lower() not in taken and abbr not in _NOT_ARMED and not any(abbr in a.aliases for a in found.values()):
            found[abbr] = Actor(abbr, (abbr,), "non-state")
    for name in _named_after_kind(prose, taken, state_names, found):  # "the gang coalition Viv Ansanm"
        found[name] = Actor(name, (name,), "non-state")
    for name in _bands_named(prose, taken | {n.lower() for n in state_names | regions}):
        if not any(name in a.aliases for a in found.values()):
            found[name] = Actor(name, (name,), "non-state")
    return list(found.values())


# "the Seleka rebel alliance", "the Kurdish YPG militia": one name before the noun of an armed band…
_BAND_NAMED = re.compile(r"(?<![\w’'-])((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[A-Z]{2,6})\s+"
                         r"(?:(?:(?:rebel|gang|armed|resistance)\s+)?(?:alliance|coalition)|"
                         r"(?:rebel|gang|armed|militant)\s+(?:group|movement)|group(?=\s+(?:claimed|said))|"
                         r"militias?|gangs?|" +
                         lexicon.family("rebels").pattern("many") + r")\b")  # ("the Viv Ansanm gang coalition")
# … or after it: "the gang coalition Viv Ansanm", "the jihadist group Ansaroul Islam"
_KIND_THEN_NAME = re.compile(r"\b(?:[Tt]he|[Aa])\s+(?:[\w-]+-(?:based|backed|linked|allied)\s+)?(?i:armed|gang|Islamist|" +
                             lexicon.family("rebels").pattern("one") +
                             r")\s+(?:alliance|coalition|group|movement|militia|faction)\s+((?:[A-Z][\w’'-]+\s+){0,3}"
                             r"[A-Z][\w’'-]+)(?![\w’'-])")
# …and the same name standing alone as a noun that speaks or leads ("Seleka leader Michel Djotodia", "the YPG said")
_OWN_NOUN = r"(?:['’]s\b|\s+(?:leaders?|commanders?|chief|spokes(?:man|woman|person)|said|says|denied|" \
            r"claimed|announced|(?:has|had|have)\s+(?:said|denied|claimed|captured|seized|taken|withdrawn)))"

# … or, named as a rebel band ("The Seleka rebel coalition took the palace"), a name its men go by too ("Seleka
# fighters had advanced")
_REBEL_BAND = re.compile(r"\s+rebel\s+(?:alliance|coalition|group|movement)\b")
_ITS_MEN = r"\s+(?:fighters|rebels|gunmen|militiamen|combatants|forces|troops|members)\b"


def _named_after_kind(text: str, taken: set[str], state_names: set[str], found: dict[str, Actor]) -> list[str]:
    """Names written after the kind of band they are ("the gang coalition Viv Ansanm"): not a known actor's, a day's,
    a state's."""
    out = []
    for m in _KIND_THEN_NAME.finditer(text):
        name = m.group(1)
        if name.lower() not in taken and name.split()[0].lower() not in {*MONTHS, *WEEKDAYS} and \
                name not in state_names and not any(name in a.aliases for a in found.values()) and \
                not STATE_WORDS.search(name) and name not in out:
            out.append(name)
    return out


def _bands_named(text: str, taken: set[str]) -> list[str]:
    """Names an armed band is written with before its noun that the text also uses as a name of their own: not a
    people's ("Kurdish militias"), a country's or a place's, nor a word that opens a sentence."""
    out = []
    for m in _BAND_NAMED.finditer(text):
        name = _trim(m.group(1), taken)
        own = re.search(r"(?<![\w’'-])" + re.escape(name) + r"(?:\s+(?:alliance|coalition|group))?" + _OWN_NOUN,
                        text) or \
            _REBEL_BAND.match(text, m.end(1)) and re.search(r"(?<![\w’'-])" + re.escape(name) + _ITS_MEN, text)
        if name.lower() in taken or name in _NOT_FIRST or name in _NOT_ARMED or PEOPLES_WORD.search(name) or \
                name in out or not own:
            continue
        out.append(name)
    return out


# An abbreviation that does what armed groups do, or whose fighters do it ("the MNLA took Kidal", "ADF rebels
# attacked"); not a state's troops ("FARDC troops": left to the state forces' rules), nor bodies that fight no one.
_ACRONYM_DOER = re.compile(r"(?<![\w.-])(?-i:([A-Z]{2,6}))(?:['’]s)?\s+(?:(?:" + lexicon.family("rebels").pattern("many")
                           + "|" + lexicon.family("armed_bands").pattern("many") + r")\s+)?(?:had\s+|have\s+|has\s+)?"
                           r"(?:captur|seiz|overr[au]n|took|taken|attack|ambush|shell|storm|raid|launched|clash|advanc)\w*\b")
_NOT_ARMED = frozenset({"UN", "EU", "AU", "NATO", "ECOWAS", "SADC", "IGAD", "ICRC", "MSF", "WHO", "WFP", "UNHCR",
                        "UNICEF", "OCHA", "AFP", "AP", "BBC", "CNN", "NGO", "UK", "USA", "UAE", "TV", "GMT", "OK"})


# The kind of band an organisation is, as the text calls it without its name: "An alliance of three ethnic armed
# groups said it had captured Kunlong" … "The Three Brotherhood Alliance" (or "the Army of Conquest alliance").
KINDS_OF_BAND = ("alliance", "coalition", "movement", "front")
_GROUPS = re.compile(r",?\s+(?:which|that)\s+(?:groups|brings together|includes|comprises|is made up of)\s+(?:the\s+)?"
                     r"(?-i:[A-Z])")

def kinds_named(text: str, mentions) -> dict[str, Actor]:
    """Kind of band ("alliance") → the one non-state organisation the text names as one (its name ends with the word,
    or the word follows the name); a kind two organisations share stands for neither."""
    seen: dict[str, set[Actor]] = {}
    for m in mentions:
        if m.actor is None or m.actor.kind != "non-state":
            continue
        after = re.match(r"\s+([a-z]+)\b", text[m.end:m.end + 20])
        words = {m.actor.name.split()[-1].lower(), text[m.start:m.end].split()[-1].lower()}
        words |= {after.group(1)} if after else set()
        if _GROUPS.match(text, m.end):  # ("The Army of Conquest, which groups the Nusra Front, …": an alliance)
            words |= {"alliance", "coalition"}
        if (calling := _CALLING_ITSELF.search(text, max(0, m.start - 60), m.start)) is not None:
            words |= {calling.group(1).lower()}  # ("The alliance, calling itself the Army of Conquest, …")
        for kind in words & set(KINDS_OF_BAND):
            seen.setdefault(kind, set()).add(m.actor)
    return {kind: next(iter(actors)) for kind, actors in seen.items() if len(actors) == 1}


_CALLING_ITSELF = re.compile(r"\b(?:the|an?)\s+(" + "|".join(KINDS_OF_BAND) + r"),?\s+(?:calling\s+itself|which\s+"
                             r"calls\s+itself|known\s+as|called|named)\s+(?:the\s+)?$", re.I)
_DESCRIBED = re.compile(r"\b(?:an?|the)\s+(" + "|".join(KINDS_OF_BAND) + r")\s+of\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_BANDS = (REBEL_GROUP, POLITICAL_MILITIA, IDENTITY_MILITIA)
_THE_KIND = re.compile(r"\b[Tt]he\s+(" + "|".join(KINDS_OF_BAND) + r")\b(?!\s+(?:of|for|to)\b)")


def described(sentence: str, people: list, kinds: dict[str, Actor]) -> list:
    """The sentence's participants with the organisation a description of its kind stands for ("An alliance of
    Islamist insurgent groups seized Ariha": the alliance the text names), and "the alliance" itself as it."""
    if not kinds:
        return people
    out = []
    for p in people:
        m = _DESCRIBED.search(sentence, 0, p.start) if p.actor is None and p.category in _BANDS else None
        actor = kinds.get(m.group(1).lower()) if m else None
        out.append(replace(p, actor=actor, category=REBEL_GROUP, country=actor.country) if actor else p)
    for m in _THE_KIND.finditer(sentence):
        actor = kinds.get(m.group(1).lower())
        if actor is not None and not any(p.start <= m.start() < p.end or m.start() <= p.start < m.end() for p in out):
            out.append(Participant(m.start(), m.end(), m.group(0), REBEL_GROUP, actor=actor, country=actor.country))
    return sorted(out, key=lambda p: p.start)
