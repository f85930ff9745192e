"""Fatalities as ACLED counts them: conservatively, from what the text states. "At least 12" is 12, "more than 40"
40, "dozens" 12, "a dozen" 12, "several" 3, "hundreds" 100; the injured are not fatalities; nothing stated is 0.
Counts of different groups in one report add up ("20 soldiers and more than 40 civilians" is 60); the same group
reported twice counts once (the larger figure).

Source: ACLED Codebook (2023), "Fatalities": https://acleddata.com/knowledge-base/codebook/
"""

from __future__ import annotations

import re

from conflictmap.events import lexicon

_UNITS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
          "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}
_VAGUE = {"a dozen": 12, "dozen": 12, "dozens": 12, "scores": 20, "several": 3, "a few": 3, "few": 3, "some": 2,
          "many": 3, "numerous": 3, "hundreds": 100, "thousands": 1000, "a number of": 2, "a couple": 2}
_WORD_NUMBER = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)" \
               r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|" \
               r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|" \
               r"seventeen|eighteen|nineteen|a hundred|hundred)(?![\w-])"  # ("Fourteen" is no "Four")
_NUMBER = rf"(?:(?:{_WORD_NUMBER}|\d+) dozen|\d[\d,]*|{_WORD_NUMBER}|a dozen|dozens|dozen|scores|several|a few|few|" \
          rf"many|numerous|hundreds|thousands|a number of|" \
          rf"a couple(?= and| of| in| on| at| who| were| was| had| died|[,.;]|$))"  # ("two dozen": 24; "killed a
# couple and their three children": two)
_QUALIFIER = r"(?:at least |more than |over |nearly |almost |about |around |some |up to |as many as |an estimated |" \
             r"roughly |a total of |all )?"  # ("killed all five attackers")
# Dates and times are no counts: "on Oct. 16 killed", "16 June", "at 10:30".
_DATES = re.compile(r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?|"
                    r"\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|"
                    r"\d{1,2}[:.]\d{2}|\d{4})\b", re.I)
# One counted group: "more than 40 civilians", "seven soldiers", "two others" (words that end the group excepted,
# and a participle's: "two children herding goats" are two children).
_ITEM = rf"(?<![\w.]){_QUALIFIER}{_NUMBER}(?: of(?! the (?:dead|victims|killed|casualties|fatalities)\b)(?= [A-Za-z]))?" \
        rf"(?: (?!(?:and|including|among|were|was|are|in|on|at|when|after|by|as|of|died|who|while|but|" \
        rf"[A-Za-z]+ing)\b)" \
        rf"[A-Za-z-]+){{0,3}}"
_LIST = rf"{_ITEM}(?:(?:,| and|, and) {_ITEM})*"
_ITEM_RE = re.compile(rf"(?P<n>{_QUALIFIER}{_NUMBER})(?P<who>(?: (?!(?:and|including)\b)[A-Za-z-]+){{0,3}})", re.I)
_KILLED_THEN_LIST = re.compile(rf"\b(?:kill(?:ed|ing|s)|shot dead|shooting dead|gunned down|massacred|slaughtered|"
                               rf"claimed the lives of|neutrali[sz](?:ed|ing)|eliminat(?:ed|ing)|"
                               rf"behead(?:ed|ing)|execut(?:ed|ing)|hacked to death|lynched) "
                               rf"(?:the lives of )?(?:(?:himself|herself) and )?(?:its |their |his |her |the )?"
                               rf"(?P<list>{_LIST})", re.I)
_LIST_THEN_KILLED = re.compile(rf"(?P<list>{_LIST})(?P<more> and (?!(?:were|was|are|had|have)\b)(?:[a-z-]+ ){{0,2}}"
                               rf"(?!(?:were|was|are)\b)[a-z-]+)?,?(?: (?:including|among them) [^,;.]{{1,60}},)?"
                               rf"(?: (?:serving|working|stationed|deployed|based) (?:with|in|at|for|near|on) "
                               rf"[^,;.]{{1,60}}?,?)? "  # ("nine peacekeepers serving with the UN mission were killed")
                               rf"(?:were |was |have been |had been |are |being )?"
                               rf"(?:(?:abducted|kidnapped|seized|taken|tortured|detained|arrested) (?:and|before being) )?"
                               rf"(?:(?:reportedly |allegedly |also |later |subsequently )?(?:killed|dead|died|slain|"
                               rf"shot dead|found (?:shot )?dead|found murdered|murdered|lynched|executed|beheaded|"
                               rf"gunned down|confirmed dead|martyred|"
                               rf"(?:hacked|stabbed|beaten|burned|burnt) to death)|"
                               rf"lost their lives|succumbed to (?:their|his|her) (?:injuries|wounds)|"
                               rf"[\"“]?(?:neutrali[sz]ed|eliminated)(?=[\"”]?))\b", re.I)  # ("one
# of the deadliest attacks" counts no one; 30 attackers were "neutralised": an army's word for killed)
# "two bodies were found", "the bodies of three men were recovered": the dead a report counts by their bodies.
_BODIES = re.compile(rf"(?:(?P<list>{_LIST}) (?:[\w-]+ )?bodies(?: [\w-]+){{0,4}}? (?:were |have been |had been )?"
                     rf"(?:found|recovered|discovered|retrieved)|"
                     rf"bodies of (?P<list2>{_LIST})(?:,? (?:who|that) [^.;]{{1,60}}?)?(?: [\w-]+){{0,4}}? "
                     rf"(?:were |have been |had been )?"
                     rf"(?:found|recovered|discovered|retrieved)|"
                     rf"(?:found|recovered|discovered|retrieved) (?:the )?bodies of (?P<list3>{_LIST}))", re.I)
# "hacked three farmers to death", "beat two traders to death": a killing by hand, its dead told between
_BY_HAND = r"(?:hack|stabb|beat|beaten|burn|burnt|ston|club|bludgeon|tortur|starv|lynch)(?:ed|t)?"
_TO_DEATH = re.compile(rf"\b{_BY_HAND} (?P<list>{_LIST}) to death\b", re.I)
# "5 fatalities were reported", "resulting in three deaths": the dead counted by a noun of their own
_NOUN_TOLL = re.compile(rf"(?<![\w.])(?P<list>{_QUALIFIER}{_NUMBER}) (?:reported |confirmed )?(?:fatalities|deaths)\b",
                        re.I)
# "killed 15 militants while losing three soldiers": a side's own dead, told by its loss
_LOSING = re.compile(rf"\b(?:while |after )?los(?:ing|t) (?P<list>{_QUALIFIER}{_NUMBER} (?:of (?:its|their) )?"
                     rf"(?:own )?(?:soldiers|troops|fighters|men|officers|policemen|militants|members))\b", re.I)
_LEFT_DEAD = re.compile(rf"\b(?:left|leaving) (?P<list>{_LIST}) dead|"  # "resulting in the death of 14 soldiers"
                        rf"\b(?:result(?:ed|ing)? in|caus(?:ed|ing)|le(?:d|ading) to) the deaths? of "
                        rf"(?P<list2>{_LIST})", re.I)
_TOLL = re.compile(rf"\b(?:death toll|toll)(?: from [^,;.]{{1,100}}?)? (?:(?:has |had )?(?:later |since |now )?"
                   rf"(?:rose|risen|climbed) to|reached|of|stood at|stands at) (?P<list>{_ITEM})|"
                   # "…, bringing the toll to 26"
                   rf"\b(?:bringing|brought|raising|taking|pushing) the (?:death )?toll to (?P<list3>{_ITEM})|"
                   # "the army put the toll at six"
                   rf"\b(?:put|puts|putting|gave|gives|placed|places) the (?:death |official )?toll at "
                   rf"(?P<list2>{_ITEM})", re.I)
_NOT_PEOPLE = re.compile(r"\b(?:injur|wound|hurt|missing|cattle|goats|sheep|animals|vehicles|trucks|houses|homes|"
                         r"points|per cent|percent|minutes|hours|days|weeks|months|years|km|kilometres|miles|rounds|"
                         r"metres|meters|tonnes|kg|"
                         # what kills, never the dead: "Two car bombs killed four soldiers", "three strikes killed"
                         r"bombs|rockets|shells|missiles|drones|grenades|mines|strikes|airstrikes|blasts|explosions|"
                         r"attacks|raids)", re.I)


_FAMILY_OF = re.compile(rf"\b(?:a|an|one|the) family of (?P<n>{_WORD_NUMBER}|\d+)\b", re.I)
# "two members of the Bangsamoro Islamic Armed Forces were killed": two members
_MEMBERS_OF_GROUP = re.compile(rf"\b(?P<n>{_WORD_NUMBER}|\d+) (?P<who>members|fighters|militants|soldiers|officers|"
                               rf"supporters|personnel|troops) of (?:the )?(?:(?-i:[A-Z])[\w'’-]*(?: |(?=[,.;])))+", re.I)
# "three members of the same family": three family members
_MEMBERS_OF = re.compile(rf"\b(?P<n>{_WORD_NUMBER}|\d+) members of (?:the same|a|one|his|her|their|a single) "
                         rf"(?:family|household)\b", re.I)


# "the bodies of twelve men, their hands tied, were found": an absolute phrase or aside between a counted group and
# its verb ("their hands tied", "his face covered", "most of them women") holds no count of its own
_ASIDE = re.compile(r",\s+(?:an?|the|their|his|her|its|most of them|many of them|all of them|some of them)\s+"
                    r"(?:[\w'’-]+\s+){0,4}[\w'’-]+,(?=\s+(?:were|was|had|have|has|are|died|lay)\b)", re.I)
# "killing 11 people, two of them children": a part of the group counted before, no group of its own
_OF_THEM = re.compile(rf",\s+(?:{_QUALIFIER}{_NUMBER}|all|most|many|some)\s+of\s+them\s+(?:[\w-]+\s?){{1,2}}"
                      r"(?=[,.;]|$)", re.I)
# "an unspecified number of insurgents": a group no one counted adds nothing ("and other insurgents")
_UNCOUNTED = re.compile(r"\ban? (?:unspecified|unknown|undisclosed|undetermined|uncertain|unconfirmed) "
                        r"(?:number|count) of\b", re.I)


def _not_people(who: str) -> bool:
    """Are the counted words no dead people: the wounded or missing, or things by their noun ("two cattle", not
    "three suspected cattle rustlers")?"""
    words = who.split()
    return bool(words) and (_NOT_PEOPLE.search(words[-1]) is not None or
                            re.search(r"\b(?:injur|wound|hurt|missing)", who, re.I) is not None)


def number(words: str) -> int | None:
    """The conservative value of a number written in digits, words or vaguely ("dozens")."""
    w = re.sub(r"^(?:at least|more than|over|nearly|almost|about|around|some|up to|as many as|an estimated|roughly|"
               r"a total of|all) ",
               "", words.strip().lower())
    if w in _VAGUE:
        return _VAGUE[w]
    if re.fullmatch(r"\d[\d,]*", w):
        return int(w.replace(",", ""))
    if w in ("a hundred", "hundred"):
        return 100
    if w.endswith(" dozen") and (base := number(w[:-len(" dozen")])) is not None:
        return base * 12  # ("two dozen")
    parts = re.split(r"[- ]", w)
    if all(p in _UNITS for p in parts):
        return sum(_UNITS[p] for p in parts)
    return None


# a count told as a whole country's ("56 civilians were killed across the country", "killed 40 people nationwide"): a
# sum over its happenings, no one happening's toll — not counted
_NATIONWIDE = re.compile(rf"(?:{_QUALIFIER}{_NUMBER}(?: [\w-]+){{0,4}}? (?:(?:were|was|have been|had been) )?"
                         rf"(?:killed|dead|died)|kill(?:ed|ing) {_QUALIFIER}{_NUMBER}(?: [\w-]+){{0,3}}?),?\s+"
                         rf"(?:(?:across|throughout|around)\s+the\s+country|nationwide|countrywide)\b", re.I)


# a war's toll so far ("The conflict, which erupted in Juba in December, has killed thousands", "the insurgency has
# killed more than 40,000 people"): the sum of its happenings, none of them — not counted
_WAR_TOLL = re.compile(rf"\b(?:the|this|a|its|their)\s+(?:[\w-]+\s+){{0,2}}(?:conflict|war|insurgency|uprising|"
                       rf"rebellion|crisis)(?:,[^;]{{0,200}}?,|\s+between\s+[^;,]{{1,80}}?,?\s+"
                       rf"(?:which|that))?\s+(?:has|have|had)\s+(?:so\s+far\s+|now\s+|already\s+)?"
                       rf"(?:killed|left)\s+{_QUALIFIER}{_NUMBER}", re.I)


# a campaign's sum and the part of it one happening took ("437 civilians were killed during the offensive, including
# 104 in air strikes on Tokhar"): the part is the happening's toll, the sum none of its own
_SUM_INCLUDING = re.compile(rf"{_QUALIFIER}{_NUMBER}(?: [\w-]+){{0,4}}? (?:(?:were|was|have been|had been) )?"
                            rf"(?:killed|dead|died)\s+(?:during|over|in|throughout)\s+the\s+(?:[\w-]+\s+){{0,2}}"
                            rf"(?:offensive|campaign|war|conflict|siege|operation|insurgency)\b[^;,]{{0,40}},\s+"
                            rf"including\s+(?P<n>{_QUALIFIER}{_NUMBER})(?=\s+(?:in|from|by|during|when|at)\b)", re.I)


def _part_of_a_sum(text: str, groups: dict[str, int]) -> str:
    """The text without a campaign's sum, the part of it a happening took counted in ``groups``."""
    if (part := _SUM_INCLUDING.search(text)) is None or (n := number(part.group("n"))) is None:
        return text
    groups["people"] = n
    return text[:part.start()] + " " * (part.end() - part.start()) + text[part.end():]


def count(text: str) -> int:
    """Fatalities a sentence reports: the groups it counts as killed, added up (the same group once)."""
    groups: dict[str, int] = {}
    text = _part_of_a_sum(re.sub(r"[ \t]{2,}", " ", text), groups)  # (spaced words as one: "had  neutralised  14")
    text = _DATES.sub(lambda m: "_" * len(m.group(0)), text)
    text = _NATIONWIDE.sub(lambda m: " " * len(m.group(0)), text)
    text = _WAR_TOLL.sub(lambda m: " " * len(m.group(0)), text)
    text = _UNCOUNTED.sub("other", _ASIDE.sub("", _OF_THEM.sub("", text)))
    text = _FAMILY_OF.sub(r"\g<n> family members", text)  # ("hacked to death a family of five": five)
    text = _MEMBERS_OF.sub(r"\g<n> family members", text)
    text = _MEMBERS_OF_GROUP.sub(r"\g<n> \g<who>", text)  # ("Two members of the Bangsamoro … were killed")
    for pattern in (_KILLED_THEN_LIST, _LIST_THEN_KILLED, _TO_DEATH, _NOUN_TOLL, _LEFT_DEAD, _LOSING):
        for m in pattern.finditer(text):
            if pattern is _LIST_THEN_KILLED and (first := _ONE_AND.search(text, max(0, m.start() - 60), m.start())):
                groups.setdefault(first.group("one").lower(), 1)  # ("A police officer and three civilians died")
            for item in _ITEM_RE.finditer(m.group("list") or m.groupdict().get("list2") or ""):
                n, who = number(item.group("n")), item.group("who").strip().lower()
                if n is None or _not_people(who):
                    continue
                key = who.split()[-1] if who else "people"
                groups[key] = max(groups.get(key, 0), n)
            if re.match(r" and (?:a|an|one) ", m.groupdict().get("more") or ""):  # "two soldiers and a civilian"
                groups[m.group("more").split()[-1]] = max(groups.get(m.group("more").split()[-1], 0), 1)
            if pattern is _KILLED_THEN_LIST:
                _their_kin(text, m.end(), groups)
            # (a group with no number of its own, "17 peacekeepers and foreign soldiers", is in the number told)
    for m in _BODIES.finditer(text):
        for item in _ITEM_RE.finditer(m.group("list") or m.group("list2") or m.group("list3")):
            n = number(item.group("n"))
            if n is not None and not _not_people(item.group("who")):
                key = item.group("who").strip().lower().split()[-1] if item.group("who").strip() else "bodies"
                groups[key] = max(groups.get(key, 0), n)  # ("the bodies of dozens of people who had been executed":
                # the same people)
    for m in re.finditer(rf"\b(?:kill(?:ed|ing)) (?:the |a )?(?:[\w'’-]+ ){{0,3}}?"
                         rf"(?:mayor|commander|leader|chief|head|officer|"
                         rf"soldier|policeman|civilian|villager|man|woman|child|boy|girl|journalist|teacher)\b,? "
                         rf"(?:[A-Z][\w-]+,? ){{0,3}}and {_QUALIFIER}(?P<n>{_NUMBER}) (?:other|more)", text):
        n = number(m.group("n"))  # "killed the city's mayor, Ahmad Kahil, and more than a dozen other people"
        if n is not None:
            groups["people"] = max(groups.get("people", 0), n + 1)
    told = [(number(_ITEM_RE.match(m.group("list") or m.group("list2") or m.group("list3")).group("n")),
             bool(m.group("list2")))
            for m in _TOLL.finditer(text)]
    told = [(n, against) for n, against in told if n is not None]
    if told:  # a toll is the total, not one more group: "put the toll at 40" after "killed 23 soldiers" disputes it
        n, against = told[-1]  # (ACLED: the most conservative), "the toll rose to 30" updates it
        total = sum(groups.values())
        return n if not total else min(total, n) if against else max(total, n)
    if not groups:
        return _ones(text)
    return sum(groups.values()) + (1 if _AND_HIMSELF.search(text) or _HIMSELF_AND.search(text) else 0)


def _ones(text: str) -> int:
    """The dead a sentence tells without a number: "killed senior Hezbollah commander Fuad Shukr" (one, and the kin
    after: "… and his son"), "the body of a journalist was found dumped", "A woman and her daughter were killed"."""
    if _ONE_AND_KIN_KILLED.search(text):
        return 2
    one = _ONE_KILLED.search(text)
    if one or _ONE_WAS_KILLED.search(text) or _ONE_BODY.search(text):
        return 1 + (_kin_after(text, one.end()) if one else 0)
    return 0


def _their_kin(text: str, end: int, groups: dict[str, int]) -> None:
    """The kin told after a counted group killed: "a farmer and his son" (one more), "a couple and their three
    children" (theirs too)."""
    if (kin := _AND_ONE.match(text, end)) is not None:
        groups.setdefault(kin.group(0).split()[-1].lower(), 1)
    elif re.match(r",? and (?:his|her|their) ", text[end:]) and (n := _kin_after(text, end)):
        groups["kin"] = max(groups.get("kin", 0), n)


def _kin_after(text: str, pos: int) -> int:
    """The dead listed after one killed: "… and his son" (1), "… and two civilians" (2), "the village chief, his
    wife and their three children" (1 + 3)."""
    total = 0
    if (named := re.match(r",\s+(?:(?-i:[A-Z])[\w'’-]+\s?){1,3}(?=,)|\s+(?:alias|aka|known\s+as)\s+['‘’\"“]?"
                          r"(?:(?-i:[A-Z])[\w'’-]*\s?){1,3}['’\"”]?(?=,? and\b)", text[pos:])) is not None:
        pos += named.end()  # ("killed a teacher, Ahmed Musa, and his wife", "the commander alias 'Pablito' and":
        # past the name)
    elif (of := _OF_A_PLACE.match(text, pos)) is not None:
        pos = of.end()  # ("killed the chief of the village of Tin-Akof and his son": past where he was chief)
    while (m := _NEXT_DEAD.match(text, pos)) is not None:
        total += count("killed " + m.group("list")) if m.group("list") else 1
        pos = m.end()
    return total




_OF_A_PLACE = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:village|town|district|city|community)\s+of\s+)?"
                         r"(?:(?-i:[A-Z])[\w'’-]*\s?){1,3}(?=,? and\b)")


# "killing six soldiers and himself", "killed himself and six others": the bomber is one of the dead (ACLED counts
# the attackers killed too)
_AND_HIMSELF = re.compile(r"\bkill(?:ed|ing) [^.;]{1,60}? and (?:himself|herself)\b", re.I)
_HIMSELF_AND = re.compile(r"\bkill(?:ed|ing) (?:himself|herself) and\b", re.I)

# One person killed, told without a number: "killed a soldier", "killed the group's leader", "killed senior
# Hezbollah commander Fuad Shukr", "a policeman was shot dead".
_ONE = (r"(?:soldier|policeman|policewoman|police officer|constable|gendarme|trooper|officer|commander|leader|"
        r"chief|head|" + lexicon.family("rebels").pattern("one") + "|" + lexicon.family("armed_bands").pattern("one") +
        r"|robber|rustler|smuggler|looter|colonel|general|major|captain|lieutenant|sergeant|"
        r"member|guard|bodyguard|aide|deputy|escort|protester|demonstrator|" + lexicon.family("people").pattern("one") +
        r"|(?-i:[A-Z][a-z]+(?:ian|ean|ani|ese|eli|ini|ali|aqi|ani)))")  # (an armed one, or anyone else: "a
# 17-year-old Palestinian", "an Israeli", "a Somali")
# "… and his son", "… and a child": a second one
_AND_ONE = re.compile(rf",? and (?:his|her|their|a|an|one|the) (?:[\w-]+ )?{_ONE}\b", re.I)
_ONE_AND = re.compile(rf"\b(?:a|an|one) (?:[\w-]+ ){{0,2}}(?P<one>{_ONE}) and $", re.I)
_NEXT_DEAD = re.compile(rf"(?:,? and|,) (?:(?:his|her|their) )?(?:(?P<list>{_LIST})|(?:his|her|their|a|an|one|the) "
                        rf"(?:[\w-]+ )?{_ONE}\b|(?:[\w-]+ )?{_ONE}\b)"
                        r"(?![\w-]*(?:\s+[\w-]+){0,2}\s+(?:said|says|say|told|reported|confirmed|added)\b)",
                        re.I)  # (not ", Indian officials said", ", Lebanese security sources said": who spoke)
_FUNCTION_WORD = r"(?:and|or|of|a|an|the|his|her|their|its|in|at|on|to)"  # (not "the killing of a businessman")
_ONE_KILLED = re.compile(rf"\b(?:kill(?:ed|ing)|shot dead|shooting dead|(?:stabbed|hacked|beaten) to death|gunned down|"
                         rf"assassinat(?:ed|ing)|behead(?:ed|ing)|lynch(?:ed|ing)|"
                         rf"execut(?:ed|ing)) (?:a |an |one |the |its |their |his |her )?(?:[\w-]+['’]s )?"
                         rf"(?:(?:senior|top|local|prominent|former|retired|young|elderly|off-duty|suspected|alleged|"
                         rf"notorious|wanted|"
                         rf"(?-i:[A-Z])[\w-]+|\w+-year-old) ){{0,3}}"
                         rf"(?:(?!{_FUNCTION_WORD}\b)[a-z][\w-]* ){{0,2}}"  # ("a tribal elder", "a motorcycle taxi
                         rf"{_ONE}\b|"  # driver"; capitals only as capitals: "a farmer and his son" is two)
                         # "a mob stoned a man to death", "they beat him to death"
                         rf"\b{_BY_HAND} (?:him|her|(?:a|an|one|the) (?:[\w-]+ ){{0,2}}{_ONE}) to death\b|"
                         # "abducted a teacher and later killed him"
                         rf"\b(?:killed|shot dead|executed|beheaded|murdered|shot and killed) (?:him|her)\b", re.I)
# What may describe someone between the noun and "was killed": "a police officer serving with the mission was killed"
DESCRIBED = r"(?:,? (?:serving|working|stationed|deployed|travell?ing|from|of|with)\b[^,.;]{0,80}?,?)?"
_ONE_BODY = re.compile(rf"\bbody of (?:a |an |one |the )?(?:[\w-]+ ){{0,2}}{_ONE}\b[^.;]{{0,60}}?\b(?:was|had been|"
                       rf"has been) (?:found|discovered|recovered|retrieved)\b", re.I)
_ONE_WAS_KILLED = re.compile(rf"\b(?:a|an|one) (?:[\w-]+ ){{0,2}}{_ONE}{DESCRIBED}"
                             rf" (?:(?:later |also )?(?:died|succumbed to (?:his|her) (?:injuries|wounds))|"  # (dies)
                             rf"(?:was|had been|has been) (?:also |later )?(?:killed|shot dead|martyred|"
                             rf"shot and killed|"
                             rf"(?:hacked|stabbed|beaten|burned|burnt|shot) to death|lynched|murdered|"
                             rf"gunned down|assassinated|beheaded|executed))\b", re.I)


_ONE_AND_KIN_KILLED = re.compile(rf"\b(?:a|an|one) (?:[\w-]+ ){{0,2}}{_ONE} and (?:his|her|their) (?:[\w-]+ )?{_ONE}"
                                 rf" (?:were|have been|had been) (?:killed|shot dead|murdered|found dead)\b", re.I)


# "Four civilians were also killed": more dead, not the same told again.
ALSO_KILLED = re.compile(r"\b(?:were|was|have been|had been)\s+also\s+killed\b|\balso\s+(?:died|lost their lives)\b",
                         re.I)


def more_dead(readings: list, text: str) -> None:
    """"Troops killed six militants …; one soldier was also killed": a toll told as more dead, in a later clause of
    the sentence, adds to the toll told before it."""
    for n, r in enumerate(readings):
        before = [o.fatalities for o in readings[:n] if o.fatalities and o.clause.start < r.clause.start]
        if r.fatalities and before and ALSO_KILLED.search(text, r.clause.start, r.clause.end):
            r.fatalities += max(before)


def other_dead(told: str, text: str) -> bool:
    """Does ``text`` count dead of other groups than the ones ``told`` counted ("… killing 30 attackers, the army said.
    Four soldiers were killed.": the other side's, to be added)?"""
    def nouns(t: str) -> set[str]:
        return {item.group("who").strip().lower().split()[-1].rstrip("s") for pattern in (_KILLED_THEN_LIST,
                                                                                         _LIST_THEN_KILLED)
                for m in pattern.finditer(t) for item in _ITEM_RE.finditer(m.group("list"))
                if item.group("who").strip()}
    before, after = nouns(told), nouns(text)
    return bool(before) and bool(after) and not before & after


_COUNTED_BEFORE = re.compile(rf"\b(?P<n>{_QUALIFIER}{_NUMBER})(?: of)?\s+(?:[\w-]+\s+)?$", re.I)


def counted_before(text: str, start: int) -> int | None:
    """The number told right before the noun at ``start`` ("three nurses", "dozens of villagers"), if one is."""
    m = _COUNTED_BEFORE.search(text, max(0, start - 40), start)
    return number(m.group("n")) if m is not None else None
