"""Names the text introduces as places that the geoparser did not find: "in Kafr Nabudah", "the village of X",
"Gezira state", "an attack on Barsalogho", "Kiwanja town", "the Jobar neighbourhood". The pipeline asks the
geocoding chain for each, and reports as not placed what nothing places.

A name followed by the kind of place it is ("Bulo Burde town", "Mir Ali tehsil") is one name however many known
names it holds: it is marked ``whole``, and the pipeline lets it take the place of the shorter names inside it
when the chain places it, or when those shorter names were placed abroad and taken out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from conflictmap.articles.sentences import without_headlines
from conflictmap.articles.spans import Spans
from conflictmap.geoparser.names import fold_marks
from conflictmap.geoparser.parser import Toponym
from conflictmap.geoparser.peoples import SPEAKS, a_peoples_name
from conflictmap.geoparser.vocabulary import (
    CALENDAR,
    CONNECTORS,
    DISTRICT_WORDS,
    FUNCTION_WORDS,
    BEARING,
    MEASURED,
    PEOPLES_WORD,
    REGION_WORDS,
    TITLES,
)


class Introduced(NamedTuple):
    """A name the text introduces as a place (offsets into the text)."""

    start: int
    end: int
    name: str
    whole: bool = False  # followed by its kind ("Bulo Burde town"): one name, even over shorter known ones
    village: bool = False  # after "the village of": a village's name, whatever district a word of it names


# Capitalised names after words that introduce a place ("in Kafr Nabudah", "the village of X") which the
# gazetteer does not know: asked of the geocoding chain, and reported when nothing places them.
# The Arabic article as the press writes it, the assimilated forms too ("Jisr ash-Shughur", "Deir ez-Zor")
_ARTICLES = r"al|el|ad|adh|as|ash|ar|an|at|ath|az|ez|es|ed|et|er|en|ul"
_ARTICLE = r"(?:(?:" + _ARTICLES + r")[-\s])"
# An article inside a name, before its next word, which may open with an ayn's mark: "Ras al-‘Ayn", "Bani al-'Abbas"
_INNER_ARTICLE = r"(?:(?:" + _ARTICLES + r"|de)[-\s][‘’'ʿ]?)?"
_SP = r"[^\S\n]+"  # between the words of a name: spaces, never a line end (a title is not the body's first words)
# What may join the words of a name: an article, "de", "do", "da" … ("Mocimboa do Rovuma", "Bab al-Hawa")
_JOIN = r"(?:(?:" + _ARTICLES + r"|de|do|da|dos|das|du|del|di)[-\s])?"
_NAME_WORD = r"[A-Z][\w’'‘-]+"
_PLACE_INTRO = re.compile(  # (an intro word is a word of its own: not the "at" of "Jama'at Nasr al-Islam")
    r"(?<![\w’'‘-])(?:in|near|outside|into|from|out\s+of|towards?|around|at|through|"
    r"(?:roads?|highways?|routes?|stretch|corridor|towns|villages|cities|areas|localities|convoys?|troops|patrols?|"
    r"ambushed|intercepted|travell?ing|driving|located|situated|midway|halfway)\s+between|"
    r"(?:villages?|towns?|cities|city|ports?|hubs?|camps?|settlements?|suburbs?|neighbou?rhoods?|outskirts|capital|"
    r"strongholds?|"
    r"bastions?|residents|inhabitants|townspeople|mayor|junctions?|garrisons?|hamlets?|communes?|localit(?:y|ies)|"
    r"municipalit(?:y|ies)|departments?|chiefdoms?|islands?|peninsula|hills?|heights|ridges?|mountains?|"
    r"(?:trading|border|frontier|military|army)[^\S\n]+(?:posts?|outposts?)|"
    r"(?:air|army|military|naval)[^\S\n]+bases?|airbases?|airfields?)\s+of|"  # ("as residents of Barsalogho
    # were digging", "the border trading post of Lwegel", "the nearby air base of Dabaa")
    r"(?:" + "|".join(REGION_WORDS + DISTRICT_WORDS) + r")\s+of|"
    r"(?:seized|captured|overran|overrun|retook|retaken|recaptured|liberated|entered|shelled|stormed|raided|reached|"
    r"seizing|capturing|overrunning|retaking|recapturing|liberating|entering|storming|"
    r"(?:took|taken|seized|gained|regained) control of|(?:pushed|advanced|moved|marched|retreated|withdrew|fled|pulled "
    r"back|headed)(?: on)? to))\s+(?:the\s+)?(?:nearby\s+|neighbou?ring\s+)?(" + _ARTICLE + "?" + _NAME_WORD +
    r"(?:" + _SP + r"(?:" + _JOIN + r"|of[-\s])" + _NAME_WORD + r"){0,3})")
# Names a text gives as some of the places it counts: "retook a string of towns in central Somalia since February,
# including Moqokori", "several villages, among them Kisik and Abra".
_INCLUDING = re.compile(
    r"(?<![\w’'‘-])(?:towns|villages|cities|localities|settlements|districts|neighbou?rhoods|suburbs|camps|bases|"
    r"outposts|positions|strongholds|areas)\b[^.;:\n]{0,100}?,?" + _SP +
    r"(?:including|among[^\S\n]+them|such[^\S\n]+as)" + _SP + r"(" + _ARTICLE + "?" + _NAME_WORD + r"(?:" + _SP +
    r"(?:(?:" + _ARTICLES + r")[-\s])?" + _NAME_WORD + r"){0,2})")
# A capitalised name before a region word, as news writes a province or state ("Gezira state", "Rakhine
# state"); only in lower case, so "Islamic State" is not one.
_REGION_NAMED = re.compile(
    r"\b(" + _ARTICLE + "?" + _NAME_WORD + r"(?:" + _SP + r"(?:(?:" + _ARTICLES + r")[-\s])?" + _NAME_WORD +
    r"){0,2})" + _SP + "(?:" +
    "|".join(REGION_WORDS + DISTRICT_WORDS) + r")\b")
# A name that opens a line before the area it is in: "Ras al-Ain, Hasakah governorate. Syria" (a coder's location
# description: the place, then its region and country)
_OPENS_BEFORE_AREA = re.compile(
    r"^[^\S\n]*(" + _ARTICLE + "?" + _NAME_WORD + r"(?:" + _SP + _INNER_ARTICLE +
    _NAME_WORD + r"){0,3}),[^\S\n]+(?:(?:" + _NAME_WORD + _SP + r"){1,3}(?:" + "|".join(REGION_WORDS + DISTRICT_WORDS) +
    r")\b|(?:(?:" + _NAME_WORD + _SP + r"){0,2}" + _NAME_WORD + r",[^\S\n]+){0,2}(?:" + _NAME_WORD + _SP + r"){0,2}" +
    _NAME_WORD + r"\.[^\S\n]+" + _NAME_WORD + r"(?:" + _SP +
    r"(?:" + _NAME_WORD + r"|of|the|and)){0,4}[^\S\n]*$)",
    re.M)  # (or "Jisr al-Shughur, Idlib. Syria", "Mweso, Masisi, North Kivu. DRC": areas, then the country)
# "an attack on Barsalogho", "the offensive on Hodeidah", "the shelling of Khiam", "the fall of Kabul": a rare word
# only (not "an attack on Christians").
# a name that ends as a people's word does (PEOPLES_WORD): "attacked Islamist bases", "burned Kurdish villages" (not
# "-an" or "-i": "attacked Multan", "burned Zinzari" are towns)
_NOT_A_PEOPLES = "".join(f"(?<!{end})" for end in "ean ese ish ist ic ite Muslim Christian Arab".split())
_ATTACK_ON = re.compile(
    r"(?<![\w’'‘-])(?i:(?:attacks?|assaults?|raids?|offensive|advance|push|march|ambush|strikes?|siege) on|"
    r"(?:shelling|bombing|bombardment|siege|capture|recapture|fall|storming|encirclement|blockade|sack) of|"
    r"attacked|bombed|struck|besieged|encircled|surrounded)\s+"
    r"(?:the\s+)?(?:[\w-]+-(?:held|controlled|occupied|besieged)\s+)?"  # ("the bombing of rebel-held Tel Zarqa")
    r"(" + _ARTICLE + "?" + _NAME_WORD + r"(?:" + _SP + _JOIN + _NAME_WORD + r"){0,2})" +
    r"(?![\w’'‘-])" + _NOT_A_PEOPLES)
# "on Sunday it took Kunlong": a rare word only (not "took Trump to court").
_TOOK = re.compile(r"(?<![\w’'‘-])(?:took|taken|taking)\s+(" + _ARTICLE + "?" + _NAME_WORD + r"(?:" + _SP + _JOIN +
                   _NAME_WORD + r"){0,2})")  # ("took Maarat al-Numan")
# A capitalised name followed by the kind of place it is, in lower case: "Kiwanja town", "the Jobar
# neighbourhood", "Menagh airbase", "the Zamzam displacement camp".
KINDS = ("village", "town", "city", "camp", "neighbourhood", "neighborhood", "quarter", "suburb", "airbase",
         "air base", "army base", "military base", "naval base", "airport", "checkpoint", "locality", "settlement",
         "hamlet", "area", "valley", "market", "junction", "crossing", "bridge", "dam", "tehsil", "subdistrict",
         "commune", "municipality", "territory", "township", "department", "prefecture", "LGA", "woreda", "upazila",
         "sub-county", "chiefdom", "sector", "roundabout", "beach", "border post", "outpost")
_KIND_NAMED = re.compile(
    r"(?<![\w’'‘-])(" + _ARTICLE + "?" + _NAME_WORD + r"(?:" + _SP + _INNER_ARTICLE +
    _NAME_WORD + r"){0,3}?)" + _SP + r"(?:(?:refugee|displacement|idp|IDP|Refugee|Displacement|military|army|air|border)" +
    _SP + r")?(?:" + "|".join(KINDS) + r")\b")  # ("Kalma IDP camp": Kalma)
# Names listed before the kind of places they are, in the plural: "the Sakhour and Haydariya neighbourhoods", "the
# Kisik, Abra and Ein Issa villages" (each name its own match)
_KINDS_PLURAL = r"(?:neighbou?rhoods|districts|villages|towns|camps|quarters|suburbs)\b"
# (one name before places in the plural, not a list of them, is the people's whose they are: "Lendu villages")
_THEIR_PLACES = re.compile(r"[^\S\n]+" + _KINDS_PLURAL)
_KINDS_LISTED = (
    re.compile(r"(?<![\w’'‘-])(" + _ARTICLE + "?" + _NAME_WORD + r"(?:" + _SP + _NAME_WORD + r")?)(?=(?:,[^\S\n]+" +
               _NAME_WORD + r"(?:" + _SP + _NAME_WORD + r")?)*,?" + _SP + r"and" + _SP + _NAME_WORD + r"(?:" + _SP +
               _NAME_WORD + r")?" + _SP + _KINDS_PLURAL + r")"),
    re.compile(r"(?<= and )(" + _ARTICLE + "?" + _NAME_WORD + r"(?:" + _SP + _NAME_WORD + r")?)(?=" + _SP +
               _KINDS_PLURAL + r")"))
# The whole list before the kind: "the Karama and Gogjali districts" (a list with a word no people's names places)
_A_LIST_OF_KINDS = re.compile(_NAME_WORD + r"(?:" + _SP + _NAME_WORD + r")?(?:(?:,[^\S\n]+|,?" + _SP + r"and" + _SP +
                              r")" +
                              _NAME_WORD + r"(?:" + _SP + _NAME_WORD + r")?)+" + _SP + _KINDS_PLURAL)
# A name set off before an apposition that says what kind of place it is: "Hadrut, a town in the south of the
# region, fell", "Chinshwehaw, a trading town on the Chinese border" (the kind followed by where it is or by the
# clause's end; not "Ahmed, a village elder", "Smith, a city official").
_APPOSED = re.compile(
    r"(?<![\w’'‘-])(" + _ARTICLE + "?" + _NAME_WORD + r"(?:" + _SP + _INNER_ARTICLE +
    _NAME_WORD + r"){0,3}),[^\S\n]+(?:a|an|the)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?(?:" + "|".join(KINDS) +
    r"|port|capital|district|province|region)(?:,|[^\S\n]+(?:in|on|of|near|north|south|east|west|about|some|perched|"
    r"close|along|just|\d)\b)")
# A name that the text places by distance from another: "Barsalogho lies about 40 km north of Kaya", "Ardamata, 5 km
# east of El Geneina" (a common word is turned away as after "in").
_LIES = re.compile(
    r"(?<![\w’'‘-])(" + _ARTICLE + "?" + _NAME_WORD + r"(?:" + _SP + _INNER_ARTICLE +
    _NAME_WORD + r"){0,3})(?:,|[^\S\n]+(?:lies|is|sits|was)(?:[^\S\n]+(?:located|situated))?)[^\S\n]+" + MEASURED +
    BEARING)
# The towns a road is named by: "on the Gwoza-Pulka road", "the Kidal-Gao axis" (each end a place the road joins).
_ROAD_ENDS = (re.compile(r"(?<![\w’'‘-])(" + _NAME_WORD + r")(?=-(?-i:[A-Z])[\w’'‘]+[^\S\n]+(?:road|highway|axis|route)\b)"),
              re.compile(r"(?<=[a-z]-)((?-i:[A-Z])[\w’'‘]+)(?=[^\S\n]+(?:road|highway|axis|route)\b)"))
_QUALIFIER = re.compile(r"-(?:[a-z]+ed|led|run|held|era|style|based|born|made|built|owned|like|wide|type|class|"
                        r"level|speaking|language)$")  # ("the Ottoman-era citadel", "Soviet-style")
# "the UNESCO World Heritage town of Lalibela" (the town is Lalibela; not "the Solino neighbourhood of Port-au-Prince",
# a part of it; nor "Zzyzxqa village of Sukma district", a place in a district)
_DESCRIBES_ANOTHER = re.compile(r"[^\S\n]+(?:town|city|village|port|capital|settlement|hamlet)s?[^\S\n]+of[^\S\n]+"
                                r"(?!(?:[\w’'‘-]+[^\S\n]+){1,3}(?:" +
                                "|".join(REGION_WORDS + DISTRICT_WORDS) + r")\b)")
_PEOPLE_AFTER = re.compile(r"[^\S\n]+(?:rebels?|forces|troops|fighters|militias?|militiamen|soldiers|people|civilians|"
                           r"officials|government|authorities|army(?![^\S\n]+(?:base|post|camp|barracks))|refugees|"
                           r"migrants|insurgents|militants|leaders?|"
                           r"separatists?|jihadists?|extremists?|nationalists?|gunmen|farmers|herders|herdsmen|"
                           r"villagers|residents|communities|worshippers|pilgrims|traders|students|families|youths|"
                           r"group|movement|faction|brigades?|battalions?|alliance|coalition|network|positions|"
                           r"strongholds|hideouts|targets)\b")  # ("attacked Islamist positions": a side's)  # (… "from
# the Maute group": an armed group's name)
BUILDING = re.compile(r"\b(?:Penitentiary|Prison|Jail|Airport|Hospital|Palace|Stadium|University|Base|Barracks|Camp|"
                       r"Market|Bridge|Dam|Mosque|Church|Square|Hotel|Compound|Headquarters|Embassy|Port)s?$")
# An owner that is a region or district named with its compass word or kind ("North Waziristan's", "Gao region's")
_REGION_OWNER = re.compile(r"(?:\b(?:North|South|East|West|Upper|Lower|Central)\s+\w+|\b(?:region|province|state|district|"
                           r"county|governorate))$")
_KIND_WORD = re.compile(r"[^\S\n]+(?:IDP|Refugee|Displacement|Military|Army|Border)$")
_BODY = re.compile(r"\b(?:Authority|Council|Commission|Committee|Ministry|Agency|Office|Department|Board|Assembly|"
                   r"Party|Union|Company|Corporation|Bank|Foundation|Institute|Association|Network|Observatory|"
                   r"Alliance|Army|Front|Movement|Brigades?|Coalition|Militia|Battalion|Regiment|Corps)$|"
                   r"^(?:Ministry|Department|Office|Directorate|Bureau|Embassy|Court|Council|Commission|Board|Agency)"
                   r"[^\S\n]+(?:of|for)\b")  # ("outside the Ministry of Education in Nairobi": a body; an armed
# band: "the Three Brotherhood Alliance"); a name its acronym follows is a body's too: "Islamic State West Africa Province (ISWAP)"
_ACRONYM_AFTER = re.compile(r"(?:[^\S\n]+[A-Z][a-z]+)?[^\S\n]*\([A-Z][A-Z0-9-]+\)")
# a person named after a title ("eastern commander Khalifa Haftar", "President Riek Machar"): their words name no place
_NOT_ONLY_TITLES = frozenset("miss host major private general principal chief vice sun star".split())  # (lower case)
_TITLED = re.compile(r"\b(?:" + "|".join(sorted((t.capitalize() for t in TITLES), key=len, reverse=True)) +
                     r"|" + "|".join(sorted(TITLES - _NOT_ONLY_TITLES, key=len, reverse=True)) + r")\.?[^\S\n]+"
                     r"((?:[A-Z][\w'’-]+[^\S\n]+){0,2}[A-Z][\w'’-]+)")
_ORDINAL_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)[^\S\n]+$")
_NOT_NAME_STARTS = frozenset(["the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our"]) | CALENDAR
COMMON_INTRO_ZIPF = 4.5  # ... and one this common after "in", "near", "from" ("in God"; not "in Sake", 4.4)
COMMON_WORD_ZIPF = 4.0  # a one-word name this common before a region word is no name ("the Jewish state")


_LISTED = re.compile(r"(?:\s+on\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+day))?"  # (its date)
                     r"(?:,|,?\s+and|,?\s+or)\s+(" + _ARTICLE + "?" + _NAME_WORD + r"(?:" + _SP +
                     r"(?:(?:" + _ARTICLES + r")-)?" + _NAME_WORD + r"){0,3})")  # ("… and Bab al-Nairab")


# "burned Doron Baga and other villages": a name burnt, by itself (not "burned Kurdish villages": a people's word)
_BURNED = re.compile(r"(?<![\w’'‘-])(?:burned|burnt|torched|razed|set[^\S\n]+fire[^\S\n]+to)[^\S\n]+(" + _ARTICLE +
                     "?" + _NAME_WORD + r"(?:" + _SP + _NAME_WORD + r"){0,2})(?![\w’'‘-])" + _NOT_A_PEOPLES)
# A sentence that opens on where it happened: "In Akobo, also in Jonglei, attackers overran a base" (a common word
# is turned away as after "in": "In Response, …")
_IN_OPENING = re.compile(r"(?:(?<![^\n])|(?<=[.!?][^\S\n])|(?<=[.!?][\"”][^\S\n]))In[^\S\n]+(" + _ARTICLE + "?" +
                         _NAME_WORD + r"(?:" + _SP + _NAME_WORD + r"){0,2})(?=,|[^\S\n]+and[^\S\n]+[A-Z])")


def _introduced(text: str):
    """(match, only if a rare word) for each name the text introduces as a place, and those listed with it
    ("the towns of Um Al-Qura and Al-Shabarga"): a name before a region word or after "an attack on" may be a
    common word ("the Jewish state", "an attack on Christians"), so it must be rare to count."""
    prose = without_headlines(text, before_prose=True)  # (a title's capitals say nothing: "Cut Gaza in Two as …")
    for m in _PLACE_INTRO.finditer(prose):
        yield m, False
        end = m.end(1)
        while (more := _LISTED.match(prose, end)) is not None:
            yield more, False
            end = more.end(1)
    for m in _REGION_NAMED.finditer(text):
        yield m, True
    for m in _OPENS_BEFORE_AREA.finditer(prose):
        yield m, True
    for pattern, rare_only in ((_ATTACK_ON, True), (_TOOK, True), (_INCLUDING, False), (_IN_OPENING, False),
                               (_BURNED, True)):
        for m in pattern.finditer(prose):
            yield m, rare_only
            end = m.end(1)  # ("taking Kalehe on February 6 and Ihusi a week later")
            while (more := _LISTED.match(prose, end)) is not None:
                yield more, rare_only
                end = more.end(1)
    for m in _KIND_NAMED.finditer(text):
        yield m, True
    for m in _APPOSED.finditer(prose):
        yield m, False
    for m in _LIES.finditer(prose):
        yield m, False
    for pattern in _KINDS_LISTED:
        for m in pattern.finditer(prose):
            yield m, True
    for pattern in (*_ROAD_ENDS, _AREAS_OWN):
        for m in pattern.finditer(prose):
            yield m, True


_TOWNS_PART = re.compile(r"[^\S\n]+(?:district|neighbou?rhood|quarter|suburb|area)\b")
# A name after an area's possessive: "in Kidal region's Anefis", "Borno state's Gwoza" (a place of that area)
_AREAS_OWN = re.compile(r"\b(?:region|province|state|district|county|governorate|department|territory|prefecture|"
                        r"oblast|woreda|cercle|township)['’][^\S\n]*s[^\S\n]+(" + _NAME_WORD + r"(?:" + _SP +
                        _NAME_WORD + r"){0,2})")


# A kind of place opening a coder's location description, capitalised ("Village of X, Tillaberi region")
_KIND_CAPITALISED = re.compile(r"\b(?:Villages?|Towns?|Cit(?:y|ies)|Camps?|Settlements?|Hamlets?|Localit(?:y|ies)|"
                               r"Neighbou?rhoods?|Suburbs?)(?= of )")


def _name_of(text: str, m: re.Match, places: Spans) -> tuple[int, str]:
    """The name a match holds, without the sentence's opening words ("In Kafr Nabl village": "Kafr Nabl") or an
    owner before a possessive ("Muammar Gaddafi's Bab al-Aziziya": "Bab al-Aziziya"); none when the owner is one of
    ``places`` (a place's own building is placed at the place) or the name is only an owner."""
    start, name = m.start(1), m.group(1).rstrip("’'‘-")
    owner = [o for o in re.finditer(r"['’‘]s\s+", name) if " " in name[:o.start()].strip() or
             places.overlaps(start, start + o.start()) and _TOWNS_PART.match(text, m.end(1))]  # (a person's two
    # names: "Muammar Gaddafi's"; a town's part: "Beirut's Bachoura district"; not "Cox's Bazar", "Martha's
    # Vineyard", which are names)
    if owner and places.overlaps(start, start + owner[-1].start()) and (
            BUILDING.search(name) or not _REGION_OWNER.search(name[:owner[-1].start()])) and not (
            " " not in name[:owner[-1].start()] and _TOWNS_PART.match(text, m.end(1))):
        return start, ""  # ("stormed Haiti's National Penitentiary": a place's own building, placed at the place;
        # but "in North Waziristan's Mir Ali" is a town of the district, named after it; "in Beirut's Bachoura
        # district" a part of the town, reported by its name)
    if owner:  # "stormed Muammar Gaddafi's Bab al-Aziziya compound": the place is the owner's, after the possessive
        start, name = start + owner[-1].end(), name[owner[-1].end():]
    elif re.search(r"['’‘]s$", m.group(1)):
        return start, ""  # ("raided Gaddafi's compound": an owner, no place)
    while " " in name and name.split(" ", 1)[0].lower() in FUNCTION_WORDS:
        first, name = name.split(" ", 1)
        start += len(first) + 1
        name = name.lstrip()
    kind = _KIND_WORD.search(name)
    if kind is not None and re.match(r"[^\S\n]+(?:camp|base|post|airport|crossing)\b", text[start + len(name):]):
        name = name[:kind.start()]  # ("in Kalma IDP camp": Kalma)
    return start, name


def candidate_unknown_names(text: str, toponyms: list[Toponym], known_names: set[str],
                            zipf=None, set_aside: list[Toponym] = ()) -> list[Introduced]:
    """Names the text introduces as places ("in Kafr Nabudah", "Gezira state", "Kiwanja town") but the geoparser
    did not find. ``zipf`` (word → Zipf frequency) turns away a common word before a region word or a kind of place,
    or after "an attack on". A name followed by its kind may hold names the geoparser found ("Bulo Burde town"
    over "Bulo"): it is kept, marked ``whole``; so is one over names the geoparser set aside as namesakes abroad
    (``set_aside``: "took Adan Yabaal" over "Adan", Aden in Yemen, when the text is about Somalia)."""
    out: list[Introduced] = []
    original, text = text, fold_marks(text)  # (the same length: offsets hold in the original)
    text = _KIND_CAPITALISED.sub(lambda m: m.group(0).lower(), text)  # ("Village of X, Tillaberi region")
    found = Spans((t.start, t.end) for t in [*toponyms, *set_aside])
    spans = sorted((t.start, t.end) for t in [*toponyms, *set_aside])
    aside = {(t.start, t.end) for t in set_aside}
    starts = [a for a, _ in spans]
    named = sorted(_introduced(text), key=lambda mr: mr[0].start(1))
    for m, rare_only in named:
        start, name = _name_of(text, m, found)
        if not name:
            continue
        end = start + len(name)
        if SPEAKS.match(text, end) and m.re is _LISTED:
            continue  # ("… in Maiduguri, Amnesty International said": who spoke, not a second place)
        if _ORDINAL_BEFORE.search(text, max(0, start - 12), start):
            continue  # ("the military's 275th Battalion": a unit)
        if _describes_or_peoples(text, m, start, end, name):
            continue
        if zipf is not None and " " not in name and \
                zipf(name.lower()) >= (COMMON_WORD_ZIPF if rare_only else COMMON_INTRO_ZIPF):
            continue  # ("in God", "in Section 8", "in North America": a common word after "in" is no place)
        if out and start < out[-1].end:
            continue  # found by two patterns
        if re.sub(r"['’]s$", "", name.split()[0].lower()) in _NOT_NAME_STARTS or name.lower() in known_names:
            continue
        if name.isupper() or len(name) < 3 or name.split()[-1].lower() in CONNECTORS or _BODY.search(name) or \
                " " in name and re.fullmatch(r"[A-Z]{2,6}", name.split()[-1]) and name.split()[-1] not in KINDS or \
                _ACRONYM_AFTER.match(text, end) and " " in name or \
                re.match(r"[^\S\n]+\d", text[end:end + 3]) or \
                any(_QUALIFIER.search(w) for w in name.split()) or \
                any(w.lower() in TITLES for w in name.split()) and not _kinded(m):
            continue  # (… or an adjective made of a name: "LTTE-administered areas", "Kurdish-led SDF"; or a group's
            # letters after a people's word: "Kurdish YPG"; or a person's title: "…, Prime Minister Haider al-Abadi
            # said"; or a body: "stormed the Local Education Authority school"; or a numbered unit: "in Ward 4 of
            # Maiduguri")
        village = m.re is _PLACE_INTRO and " " in name and bool(_VILLAGE_OF.search(text, max(0, start - 30), start))
        whole = m.re is _KIND_NAMED or m.re is _REGION_NAMED or village  # ("Deir al-Balah governorate", "Senjam …")
        if found.overlaps(start, end):
            near = spans[max(0, bisect_left(starts, start) - 1):bisect_left(starts, end)]  # (by bisection: linear)
            inner = [(a, b) for a, b in near if a < end and start < b]
            if not all(start <= a and b <= end and b - a < end - start for a, b in inner):
                continue
            whole = whole or all(span in aside for span in inner)
            if not whole:
                continue
        out.append(Introduced(start, end, original[start:end], whole, village))
    return _named_again(original, out, found)


_VILLAGE_OF = re.compile(r"\b(?:villages?|hamlets?)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$", re.I)


def _named_again(text: str, out: list[Introduced], found: Spans) -> list[Introduced]:
    """A name the text introduces as a place is that place wherever the text names it again ("Hospitals in Deir
    al-Balah were overwhelmed" … "pounded the camp and nearby Deir al-Balah"): its other mentions, written the same,
    as words of their own and not inside a name found or introduced."""
    names = {i.name for i in out if " " in i.name}  # (a name of several words: one word may be a person's too)
    if not names:
        return out
    taken = Spans((i.start, i.end) for i in out)
    written = re.compile(r"(?<![\w’'‘-])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) +
                         r")(?![\w’'‘-])")  # (one pass over the text, whatever the number of names)
    more = [Introduced(m.start(), m.end(), m.group(0)) for m in written.finditer(text)
            if not taken.overlaps(m.start(), m.end()) and not found.overlaps(m.start(), m.end())]
    return sorted(out + more, key=lambda i: i.start) if more else out


def _describes_or_peoples(text: str, m: re.Match, start: int, end: int, name: str) -> bool:
    """Is the name no place here: one that describes another ("the UNESCO World Heritage town of Lalibela": the
    place is named after "of"), or a people's ("from Tigrayan rebels", "the Tamil Tiger rebels' de facto capital",
    "attacked Lendu villages")?"""
    return bool(_DESCRIBES_ANOTHER.match(text, end) or (peoples_word(text, start, end) or m.re in _KINDS_LISTED and
                                                        PEOPLES_WORD.search(name)) and not _listed_with_places(m) or
                peoples_band(text, start, end) or _PEOPLE_AFTER.match(text, end) or
                a_peoples_name(text, start, end) or m.re not in _KINDS_LISTED and _THEIR_PLACES.match(text, end))


def _listed_with_places(m: re.Match) -> bool:
    """Is a name listed before a kind of places with a name no people is called by ("the Karama and Gogjali
    districts": Gogjali is a district, though it ends as "Somali" does; "the Kurdish and Arab villages": peoples)?"""
    if m.re not in _KINDS_LISTED:
        return False
    whole = next((w for w in _A_LIST_OF_KINDS.finditer(m.string, max(0, m.start(1) - 80), m.end(1) + 120)
                  if w.start() <= m.start(1) < w.end()), None)
    return whole is not None and any(PEOPLES_WORD.search(name) is None
                                     for name in re.findall(_NAME_WORD, whole.group(0)))


def _kinded(m: re.Match) -> bool:
    """Is the name one followed by the kind of place it is ("the Sheikh Khodr district": a title's word in a place's
    name, no person)?"""
    return m.re is _KIND_NAMED or m.re is _REGION_NAMED or m.re in _KINDS_LISTED


def person_words(text: str) -> set[str]:
    """The words of the persons a text names after a title ("eastern commander Khalifa Haftar", "President Riek
    Machar"): a name made of them that nothing could place is a person's ("retake Gharyan from Haftar"), no place
    left unplaced."""
    return {re.sub(r"['’]s$", "", w) for m in _TITLED.finditer(text) for w in m.group(1).split()}


def peoples_band(text: str, start: int, end: int) -> bool:
    """Is the name a people's word and a band's before a noun of people ("Kurdish Peshmerga fighters"), no place?"""
    words = text[start:end].split()
    return len(words) == 2 and PEOPLES_WORD.search(words[0]) is not None and _PEOPLE_AFTER.match(text, end) is not None


def peoples_word(text: str, start: int, end: int) -> bool:
    """Is the name a people's word before a noun of people ("allied Arab militias", "Tigrayan rebels"), after "a"
    before a kind of place ("a Christian village"), before kinds of place ("Alawite villages"), or after "the" before "region" ("the Kurdish region": the
    region of a people, no name), not a place?"""
    name = text[start:end]
    return " " not in name and PEOPLES_WORD.search(name) is not None and (
        _PEOPLE_AFTER.match(text, end) is not None or  # … or a kind of place described by its people ("a Christian
        re.search(r"\b[Aa]n?[^\S\n]+$", text[max(0, start - 4):start]) is not None and  # village")
        re.match(r"[^\S\n]+(?:" + "|".join(KINDS) + r")\b", text[end:]) is not None or
        re.match(r"[^\S\n]+(?:villages|towns|cities|areas|districts|neighbou?rhoods|quarters|communities)\b",
                 text[end:]) is not None or  # … or before kinds of place it is the people of ("Alawite villages")
        re.search(r"(?:ish|ese)$", name) is not None and  # … or "the Kurdish region"
        re.search(r"\b[Tt]he[^\S\n]+$", text[max(0, start - 4):start]) is not None and
        re.match(r"[^\S\n]+(?:region|regions|areas|lands|heartland)\b", text[end:]) is not None)


def mentioned_again(text: str, names: list[tuple[int, int]], *found: Spans) -> list[tuple[int, int, int]]:
    """(start, end, n) of each further mention of the n-th of ``names`` (spans of names nothing placed) that no
    other name covers (any of ``found``) and that is no part of a longer capitalised name ("… before reaching Rubaya"
    after "took control of Rubaya"; not the "Palma" of "Amarula Palma")."""
    out = []
    for n, (start, end) in enumerate(names):
        name = text[start:end]
        for m in re.finditer(r"(?<![\w’'‘-])" + re.escape(name) + r"(?![\w’'‘-])", text):
            word = re.search(r"((?-i:[A-Z])[\w’'‘-]*)[^\S\n]+$", text[max(0, m.start() - 30):m.start()])
            if m.start() == start or any(f.overlaps(m.start(), m.end()) for f in found) or \
                    word and word.group(1).lower() not in FUNCTION_WORDS or \
                    re.match(r"[^\S\n]+(?-i:[A-Z])", text[m.end():m.end() + 2]):
                continue  # (but "In Ruun Nirgood the army met stiff resistance": a sentence's first word before it)
            out.append((m.start(), m.end(), n))
    return out
