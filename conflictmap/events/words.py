"""The words that report what happened, as conflict reporting writes them, and the weapons that say how.

A *trigger* is a word or phrase that may report a happening ("ambushed", "exchange of fire", "seized", "were
arrested"), with the kind of happening it may report; an *instrument* is a weapon or means ("landmine", "drone",
"mortar") that decides the sub-type of an explosion or remote attack. Neither decides alone that something
happened: :mod:`conflictmap.events.readings` weighs them with who took part, where and when. The kinds follow ACLED's
codebook (https://acleddata.com/knowledge-base/codebook/); the words are those its definitions name and the
ordinary ways news and incident reports word them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from conflictmap.events import lexicon, types as et

# Kinds of trigger
CLASH = "clash"  # armed groups fighting each other
ATTACK = "attack"  # one side attacking another; the target decides battle or violence against civilians
KILL = "kill"  # a killing, or its outcome
INJURE = "injure"  # an outcome only: never an event by itself
REMOTE = "remote"  # an explosion or a strike from afar: the instrument decides the sub-type
ABDUCT = "abduct"
SEXUAL = "sexual"
PROTEST = "protest"
RIOT = "riot"
ARREST = "arrest"
DEFUSE = "defuse"  # weapons found, defused, seized
AGREEMENT = "agreement"
EMERGENCY = "emergency"  # a state of emergency, a curfew, martial law: a government's measure against a threat
LOOT = "loot"
TAKE = "take"  # territory taken
CEDE = "cede"  # territory given up: someone else took it
ADVANCE = "advance"  # movement of a force: a route, not an event
# An advance's cue that says the force got there ("pushed into", "reached", "rolled into"), not only moved
ARRIVED = re.compile(r"\b(?:into|reach\w*|rolled|swept)\b", re.I)
ORIGIN = "origin"  # where an offensive came from

# Instrument families (the Explosions/Remote violence sub-types they point to)
AIR, SHELL, BOMB, SUICIDE_BOMB, GRENADE_, CHEMICAL_ = "air", "shell", "bomb", "suicide", "grenade", "chemical"

_W = r"(?:[\w'’-]+ )"  # one word and a space, for "{0,3}" gaps
# The word families kept as data (wordlists/): weapons of the air and of the ground, verbs of taking and giving up.
AIRCRAFT = lexicon.family("aircraft").pattern()
ARTILLERY = lexicon.family("artillery").pattern()
_ARTILLERY_ONE = lexicon.family("artillery").pattern("one")
_CAPTURE = lexicon.verbs("capture").pattern() + r"(?! power\b)"  # (not "the junta, which seized power in a coup")
_CEDE = lexicon.verbs("cede").pattern()
# "The insurgents have held the port of Mocímboa da Praia since August": where a force already stood, the origin of
# its advance.
HELD = r"(?:have|has|had) (?:long )?(?:held|controlled|occupied)"
# What burning destroys when it is property, not people: "torched 20 houses" (ACLED: Looting/property destruction).
_PROPERTY = (r"(?:houses|homes|huts|shops|stores|markets?|vehicles|cars|trucks|churches|mosques|schools|villages?|"
             r"towns?|property|granaries|crops|(?:police|gendarmerie) (?:station|post)s?|"
             r"(?:government |party )?offices|courthouses?|town halls?)")
BURNED_NAME = r"(?:torch(?:ed|ing)|burn(?:ed|t|ing)(?: down)?|set fire to|set ablaze|raz(?:ed|ing))" \
              r"(?= (?-i:[A-Z][a-z]))"
_NOT_PROPERTY = r"(?!\s+(?:[\w'’-]+\s+){0,3}?" + _PROPERTY + r"\b)"

_TRIGGERS: dict[str, tuple[str, ...]] = {
    CLASH: (r"clash(?:ed|es|ing)?", r"gun ?fights?", r"gun[- ]?battles?", r"fire ?fights?", r"shoot-?outs?",
            r"skirmish(?:ed|es|ing)?",
            # (not "flood fighting", "crime fighting", "fighting cancer")
            r"(?<!flood )(?<!fire )(?<!crime )(?<!bull )(?<!dog )(?<!cock )(?<!street )(?<!infighting )(?<!prize )"
            r"(?<!cancer )(?<!disease )(?<!poverty )(?<!corruption )(?<!graft )fighting",
            r"fought", r"battl(?:ed|ing|es?)", r"exchange[sd]? (?:of )?(?:heavy |intense |sporadic )?(?:gun ?)?fire",
            r"exchanging (?:heavy )?fire", r"trad(?:ed|ing) (?:heavy )?(?:gun)?fire", r"returned (?:the )?fire",
            r"retaliated", r"encounters?", r"cross-?fire", r"counter-?attack(?:ed|s|ing)?", r"repuls(?:ed|ing)",
            r"repell?(?:ed|ing)", r"engaged (?:in )?(?:a )?(?:gun ?battle|fighting|combat)", r"hostilities"),
    ATTACK: (
        r"attack(?:ed|ing|s)?(?! (?:" + AIRCRAFT + r"|submarines?|craft|boats?|dogs?|planes?|vessels?|rifles?))",  # ("two new attack helicopters": a kind of aircraft)
        r"assault(?:ed|ing|s)?(?! (?:rifles?|weapons?|vehicles?|boats?|craft))", r"ambush(?:ed|es|ing)?", r"raid(?:ed|ing|s)?",
        r"storm(?:ed|ing)(?! (?:out|off)\b)",  # (not "stormed out of a meeting")
        r"c[ao]me under (?:heavy )?(?:fire|attack)(?! (?:by|from)\b)",  # ("a UN helicopter … came under fire")
        r"open(?:ed|ing|s)? fire", r"fir(?:ed|ing) (?:shots )?(?:at|on|upon|into|indiscriminately)",
        r"sprayed " + _W + r"{0,4}with (?:bullets|gunfire)", r"shot (?:at|dead|and killed|and wounded|and injured)",
        r"gunned down", r"gunfire", r"shootings?", r"hack(?:ed|ing) " + _W + r"{0,4}to death",
        r"behead(?:ed|ing|s)?", r"decapitat(?:ed|ing)", r"lynch(?:ed|ing)", r"massacr(?:ed|es?|ing)",
        r"execut(?:ed|ing)", r"executions?", r"mutilat(?:ed|ing)", r"tortur(?:ed|ing)", r"stabb(?:ed|ing)",
        r"torch(?:ed|ing)" + _NOT_PROPERTY, r"set (?:fire to|on fire|ablaze|alight)" + _NOT_PROPERTY,
        r"setting (?:fire to|" + _W + r"{1,3}(?:on fire|ablaze|alight))",
        r"set " + _W + r"{1,3}(?:on fire|ablaze|"
                       r"alight)", r"burn(?:ed|t|ing) (?:down )?(?:the |their |several |dozens of )?(?:houses|homes|"
                                   r"villages?|shops|markets?|vehicles|cars|shelters|huts)",
        r"rammed", r"overwhelm(?:ed|ing)", r"overpower(?:ed|ing)", r"broke into", r"struck", r"hit", r"targeted",
        r"beat(?:en|ing)? " + _W + r"{0,3}(?:with (?:clubs|sticks|rods)|to death)", r"pelted",
        # a beating of people (ACLED: an attack): "beat and detained 30 men", "beat two journalists", "were
        # severely beaten by soldiers" — not "beat back an attack", "beat Chelsea 2-0", "were beaten 3-1"
        r"beat(?:ing)?(?: up)?(?= (?:and \w+ed )?(?:him|her|them|(?:at least |up to )?(?:\d+|two|three|four|five|six|"
        r"seven|eight|nine|ten|dozens|scores|hundreds|several|many)\b|an? (?!\d)))",
        r"(?<=were )beaten(?! \d)", r"(?<=was )beaten(?! \d)", r"(?<=been )beaten(?! \d)", r"(?<=[a-z]ly )beaten(?! \d)",
        r"(?:hurled|threw|pelting) (?:stones|rocks)",
    ),
    KILL: (r"kill(?:ed|ing|s)?", r"shot (?:them|him|her|it) dead", r"shot dead", r"(?:confirmed|reported) dead", r"martyred",  # ("martyred": news
           r"murder(?:ed|ing|s)?", r"slain", r"slaughter(?:ed|ing)?", r"died",  # of South Asia's own forces)
           r"(?:left|leaving)(?= " + _W + r"{1,5}dead)",  # ("the blast left at least nine people dead")
           r"reported(?= (?:at least |more than |some )?\w+ (?:\w+ )?dead\b)",  # ("reported nine combatants dead")
           r"lost (?:their|his|her) li(?:fe|ves)", r"neutrali[sz]ed", r"eliminated",
           r"succumbed to (?:their|his|her) (?:injuries|wounds)",  # (died of wounds from what was told)
           # a body found with the marks of a killing (ACLED codes it as the killing, perpetrator unknown)
           r"bod(?:y|ies) (?:" + _W + r"{0,6}?)(?:with|bearing|showing|riddled with) (?:" + _W +
           r"{0,2})?(?:gunshot|bullet|stab|machete|knife) wounds", r"bod(?:y|ies) (?:" + _W + r"{0,6}?)(?:with|bearing|"
           r"showing) (?:" + _W + r"{0,2})?(?:signs|marks) of (?:torture|violence)", r"bullet-riddled bod(?:y|ies)",
           r"found (?:shot|beheaded|executed|decapitated|hanged|strangled)",
           # "nine civilians were found dead … with their hands tied": the marks of an execution
           r"found dead(?= [^.;]{0,60}?(?:with|their|his|her) (?:their |his |her )?(?:hands|wrists) (?:(?:were|had been) )?"
           r"(?:tied|bound|cuffed))",
           # "the bodies of five men … were found dumped near Culiacan": left where the killers left them
           r"bod(?:y|ies) (?:" + _W + r"{0,12}?)(?:were|was|had been) (?:found|discovered) (?:dumped|buried|bound|"
           r"blindfolded|dismembered|mutilated|in a (?:mass |shallow )?grave|in a (?:ditch|well|pit|latrine))",
           # "the bodies of twelve men, their hands tied, were found": the marks of an execution
           r"bod(?:y|ies) [^.;]{0,60}?(?:their|his|her) (?:hands|wrists|feet|legs) (?:(?:were|had been) )?(?:tied|"
           r"bound|cuffed)",
           # "the body of a chief who had been kidnapped last week was found": killed by those who held him
           r"bod(?:y|ies) of [^.;]{0,60}? (?:who|that) (?:had been|was|were) (?:kidnapped|abducted|taken hostage)"
           r"(?= [^.;]{0,60}?(?:was|were|had been) (?:found|discovered|recovered))"),
    INJURE: (r"injur(?:ed|ing|ies)", r"wound(?:ed|ing)", r"hurt"),
    REMOTE: (
        r"air ?strikes?", r"airstrikes?", r"air ?raids?", r"aerial (?:bombardment|bombing|attacks?|strikes?)",
        r"drone (?:strikes?|attacks?)", r"bombing raids?", r"shell(?:ed|ing)", r"shelling",
        r"shells (?:landed|fell|hit|struck|rained|slammed|exploded|crashed)",
        r"(?:" + _ARTILLERY_ONE + r"|tank) (?:fire|attacks?|strikes?|barrages?|rounds|"
        r"shells)",
        r"bombard(?:ed|ing|ments?)", r"barrages?", r"pound(?:ed|ing)", r"bomb(?:ed|ing|ings)", r"blasts?",
        r"explosions?", r"explod(?:ed|ing)", r"detonat(?:ed|ing|ions?)", r"went off", r"blew up", r"blown up",
        r"(?<=bomb )(?:tore|ripped)(?= through)", r"(?<=blast )(?:tore|ripped)(?= through)",  # ("a bomb tore through")
        r"trigger(?:ed|ing) (?:an? |the )?(?:" + _W + r"{0,2})?(?:blast|explosion|bomb|ied|landmine|mine)",
        r"(?:hurled|lobbed|threw|tossed|fired) (?:an? |two |several )?(?:hand )?grenades?", r"grenade attacks?",
        r"(?:hand )?grenades? (?:was|were) (?:hurled|lobbed|thrown|tossed)",  # ("when a grenade was thrown at a shop")
        r"suicide (?:bomb(?:ings?|ers?)?|attacks?|blasts?)",
        r"fired (?:a |an )?(?:(?:about|around|some|nearly|almost|more than|at least|over) )?"  # ("about 200")
        r"(?:(?:barrage|salvo|volley|dozens|scores|hundreds|number|series|string) of |[\d,]+ |"
        r"(?:two|three|four|five|six|several|more) )?(?:(?:anti-tank|anti-ship|ballistic|cruise|guided|surface-to-"
        r"surface|surface-to-air|tank|" + _ARTILLERY_ONE + ") )?" + ARTILLERY,
        r"(?:ied|bomb|grenade|drone) attacks?",
        r"launched (?:a |an )?(?:(?:about|around|some|nearly|almost|more than|at least|over) )?"
        r"(?:(?:barrage|salvo|volley|dozens|scores|hundreds|number|series|wave|swarm) of |[\d,]+ |"
        r"(?:two|three|four|five|six|several|more) )?(?:rockets|missiles|drones)",
        r"rained (?:down )?(?:shells|rockets)",
        # "launched a drone at a vessel": one, aimed at something (not "launched a rocket" into orbit)
        r"launched (?:a|an|one) (?:[\w-]+ )?(?:drone|missile|rocket)(?= (?:at|on|towards?|against|into)\b|"
        r" from (?:[\w'’-]+ ){1,3}(?:at|towards?|against|into)\b)",  # ("… a missile from Yemen towards Eilat")
        r"(?<!general )(?<!hunger )(?<!labor )(?<!labour )(?<!nationwide )(?<!national )(?<!workers' )(?<!one-day )"
        r"(?<!worker )(?<!teachers' )(?<!doctors' )(?<!transport )"
        r"strikes?(?= (?:(?:late|early|overnight|last|on|\w+day|night|morning|evening|afternoon)\s+){0,3}"
        r"(?:on|in|near|against|that|which|killed|hit|targeted|struck))",  # ("a strike late on Saturday on X")  # (a state's: see readings)
    ),
    ABDUCT: (r"abduct(?:ed|ing|ions?|s)?", r"kidnap(?:ped|ping|pings|s)?",
             r"(?:taken|held|took|seized) (?:[\w-]+ ){0,4}hostages?", r"hostage-taking", r"taken captive",
             # "took a priest and about a dozen churchgoers hostage": the object between, "hostage" its complement
             r"(?:took|taken|taking|held|holding) (?:[\w'’-]+ ){1,8}?hostages?(?![\w-]| (?:talks|deal|crisis|"
             r"negotiations?|situation|release))",
             r"forcibly disappeared"),
    SEXUAL: (r"rap(?:ed|es|ing)", r"rape", r"sexual(?:ly)? (?:assault(?:ed)?|violence|abuse[sd]?)", r"gang-?raped"),
    PROTEST: (r"protest(?:ed|ing|s|ers|ors)?", r"demonstrat(?:ed|ions?|ors|ing)", r"rall(?:y|ies|ied|ying)",
              r"(?-i:march(?:ed|es|ing)?)(?! into (?-i:[A-Z]))",  # ("Rebel forces marched into Kinshasa": a taking)
              r"sit-?ins?", r"picket(?:ed|ing|s)?", r"hunger strikes?", r"went on strike",
              r"chant(?:ed|ing)", r"shut ?down strike", r"bandh",
              r"block(?:ed|ing|aded|ading) (?:the |a |main |key |several |a major )?(?:roads?|highways?|streets?|"
              r"rail(?:way)? (?:lines?|tracks)|intersections?|bridges?)",
              # "used tear gas to disperse opposition supporters": a gathering broken up was a protest
              r"(?:dispers(?:e|ed|ing)|broke up|break up) (?:the |a |an )?(?:[\w-]+ ){0,2}(?:protesters|protestors|"
              r"demonstrators|crowds?|supporters|marchers|rall(?:y|ies)|gatherings?|students|workers|mourners)",
              # "used tear gas and water cannon against opposition supporters": a crowd force was used on
              r"(?:tear ?gas|water cannons?|rubber bullets)(?: and (?:[\w-]+ ){1,2})? (?:against|at|on) "
              r"(?:the |a |an )?(?:[\w-]+ ){0,2}(?:protesters|protestors|demonstrators|crowds?|supporters|marchers|"
              r"students|mourners)",
              # "fired tear gas and live rounds at thousands of opposition supporters": a crowd fired on
              r"(?:fired|opened fire)(?: [\w-]+){0,5} (?:at|on) (?:the |a |an )?(?:[\w-]+ ){0,3}(?:supporters|crowds?|"
              r"mourners)"),
    RIOT: (r"riot(?:s|ed|ing|ers)?(?! (?:police|gear|squads?|control|units?|officers|shields))",  # (not
           # "riot police": a force's name)
           r"mobs?", r"rampag(?:e|ed|ing)", r"ransack(?:ed|ing)", r"vandali[sz](?:ed|ing)",
           r"stone-?pelting"),
    ARREST: (r"arrest(?:ed|s|ing)?", r"detain(?:ed|ing|s)?", r"apprehend(?:ed|ing)", r"nabbed", r"rounded up",
             r"taken into custody", r"picked up"),
    DEFUSE: (
        r"defus(?:ed|ing|al)", r"bomb disposal",
        r"(?:recover|seiz|confiscat|unearth|found|find|discover)(?:ed|ing|y|e|ure)? "
        + _W + r"{0,6}(?:ieds?|improvised explosive devices?|explosives?|explosive devices?|landmines?|mines|grenades|"
               r"bombs|weapons|arms|ammunition|rifles|guns|detonators|arms caches?)",
        r"arms (?:caches?|hauls?|dumps?)", r"foil(?:ed|ing)", r"avert(?:ed|ing)",
        # a drone or a missile brought down (ACLED: disrupted weapons use): "shot down a U.S. MQ-9 Reaper drone"
        r"(?:shot|shoot(?:s|ing)?) down (?:[\w'’.-]+ ){0,5}(?:" + AIRCRAFT + r"|missiles?|rockets?)",
        r"intercept(?:ed|ing|s)? (?:[\w'’.-]+ ){0,4}(?:" + AIRCRAFT + r"|missiles?|rockets?)",
    ),
    EMERGENCY: (
        r"declar(?:ed|es|ing) (?:a |an )?(?:nationwide |national |countrywide |\w+-(?:day|month) )?state of "
        r"(?:emergency|siege)", r"(?:declar|impos)(?:ed|es|ing) martial law",
        r"impos(?:ed|es|ing) (?:a |an )?(?:(?:dusk-to-dawn|\d+-hour|night-?time|round-the-clock|total|strict|"
        r"24-hour) )?curfew",
    ),
    AGREEMENT: (
        r"sign(?:ed|ing) (?:a |an |the )?" + _W +
        r"{0,3}(?:ceasefire|cease-fire|truce|peace (?:deal|agreement|accord)|agreement|accord|deal)",
        r"agreed (?:to|on) (?:a |an )?(?:ceasefire|cease-fire|truce|peace deal)",
        r"(?:ceasefire|cease-fire|truce) (?:took|came into|went into) effect",
    ),
    LOOT: (r"loot(?:ed|ing)", r"plunder(?:ed|ing)", r"pillag(?:ed|ing)", r"carr(?:ied|ying) away",
           r"demolish(?:ed|ing)", r"destroy(?:ed|ing) (?:houses|homes|shops|property|crops)",
           # "torched 20 houses", "set fire to shops": burning what belongs to others (ACLED: property destruction)
           r"(?:torch(?:ed|ing)|burn(?:ed|t|ing) down|set fire to|set ablaze|razed) " + _W + r"{0,3}?" + _PROPERTY,
           # "burned Doron Baga and other villages": a place burnt by name (read only with a place named right after)
           BURNED_NAME),
    TAKE: (
        # (the longer words first: the first alternative that matches is the trigger)
        r"(?:took|tak(?:en|ing|e)|seiz(?:ed|ing|e)|gain(?:ed|ing)?|wrest(?:ed)?|won|assum(?:ed|ing)|grabb(?:ed|ing)) "
        r"(?:full |complete |effective |total )?control (?:of|over)",
        # "M23 rebels are now in control of Bukavu": a state newly reached, told as news
        r"(?:are|is) now in (?:full |complete |effective |total )?control (?:of|over)",
        _CAPTURE, r"(?:took|tak(?:en|ing)|(?<=\bto )take)(?! (?:[\w-]+ ){1,3}to (?:court|task|trial|account|hospital)\b)"
        r"(?= (?:the )?(?:(?:[a-z]+-[\w-]+|border|frontline|nearby|neighbouring|main|coastal|garrison|market|"
        r"mining|oil|river|desert|mountain|hilltop|provincial|regional|strategic|key|northern|southern|eastern|"
        r"western|central|rail|logistics|transport|air|army|military|naval|police) ){0,2}(?:town|city|village|port|"
        r"hub|junction|airbase|outpost|post(?! of)|camp|checkpoint|crossing|"  # ("went on to take"; not "took
        r"district|province|region|capital|base|airport|strategic|key|eastern|western|northern|southern|"  # Denver
        r"(?-i:[A-Z]))|"  # to court"; "taking the diamond-mining town of Ndele")
        r" (?:the |a )?(?:[a-z][\w-]* ){1,2}(?:town|city|village|port|outpost|camp|district|capital|base|airport)s?\b)",
        # (any one or two words before a kind of place: "took the lakeside town of Kalehe")
        # "Chinshwehaw, …, which it took on October 28": a relative pronoun for its object, a day right after it
        r"(?:(?<=which it )|(?<=which they ))took(?= (?:on|in|within|early|late|last|days|weeks|two|three|four|"
        r"a day|the next|the following)\b)",
        # "Balakliia, which Ukrainian troops took two days later": whoever took it, the time right after the verb
        r"took(?= (?:(?:two|three|four|five|several|a few) (?:days|weeks) later|a (?:day|week) later|"
        r"the (?:next|following) (?:day|week)|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)",
        r"regain(?:ed|ing)? (?:full |complete )?control (?:of|over)", r"regained", r"liberation of", r"fell to", r"(?:has |had )?fallen to", r"fall of", r"entered", r"enter(?:ing|s)",
        # "troops re-entered the border town", "moved back into the base": a place lost and taken again
        r"re-?enter(?:ed|ing|s)?", r"(?:moved|marched|rolled|swept) back into",
        r"(?:took|tak(?:en|ing)) over",  # ("had taken over the army's main base in El Geneina")
        # "took back the eastern town of Ajdabiya": a place taken again
        r"(?:took|tak(?:en|ing)|won|winning) back(?= (?:control (?:of|over)|(?-i:[A-Z])|the (?:[a-z][\w-]* ){0,2}"
        r"(?:town|city|village|port|base|airport|district|capital|province|region|area)s?\b))",
        # "It first occupied the villages of Chanzu and Runyonyi" (a verb before a kind of place; not "the occupied
        # West Bank")
        r"(?<![\w-])(?<!the )occup(?:ied|ying)(?= (?:the |two |three |several )?(?:[\w-]+ )?(?:towns?|city|cities|"
        r"villages?|districts?|base|airport|hills?|areas?)\b)",
        r"(?:walked|rolled|swept|poured|marched) into",  # ("M23 rebels walked into Bukavu")
        # "Sheberghan fell the next day", "Kabul fell on Sunday" (a place's fall: see anchoring.taken_spots)
        r"(?:(?<=[a-z] )|(?<=[a-z], ))fell(?= (?:on|the|a|after|within|in|late|early|overnight|last|yesterday|days?|hours?|weeks?|"
        r"without|with|(?:two|three|four|five|six|seven|several|\d+) (?:days|weeks|hours))\b| *[.,;])",  # ("fell two
        # days later")
        r"(?:drove|driven|pushed|forced|expelled|ousted|routed|chased|flushed) (?!(?:north|south|east|west|"
        r"\w+wards?|on|ahead|forward|deeper|further|inland|off|into|through|towards?|to|across|along)\b)" + _W +
        r"{0,6}(?:out of|from)",  # (not "pushed into Marib province from Al-Bayda": where they came from)
        r"(?:drove|driven|pushed|forced) " + _W + r"{0,3}back",
        # "before federal troops drove them out on Wednesday": out of the place named before
        r"(?:drove|driven|pushed|forced|chased|flushed|kicked) (?:them|it|the [\w-]+) out\b(?! of)",
        # "when its fighters drove out the police": out of the place named before (see anchoring.taken_spots)
        r"(?:drove|driven|chased|kicked|forced|pushed|flushed) out(?= (?:the |its |their |government |all )?"
        r"(?:[\w-]+ )?(?:police|army|troops|soldiers|forces|garrison|" + lexicon.family("rebels").pattern("many") + r")\b)",
        # "reached Jowhar at dawn and held it by noon": in control by a time of day is a place taken
        r"(?:held|(?:were|was) holding)(?= (?:it|them|the (?:town|city|village|base|camp|airport|port)|(?-i:[A-Z])[\w-]+)"
        r"(?: [\w-]+)? by (?:noon|midday|nightfall|dusk|dawn|sunset|evening|morning|the (?:end|evening|afternoon|"
        r"morning|next day)|\w+day)\b)",
        # "By Tuesday they controlled the port": in control by a time told before it (see roles.stands)
        r"(?:controlled|were in control of|was in control of)(?= (?:it|the (?:town|city|village|base|camp|airport|"
        r"port|capital)|(?-i:[A-Z])[\w-]+))",
        # "raised their flag over the town": a capture told by its sign
        r"(?:rais|hoist|plant)(?:ed|ing) (?:their|its|the|a) (?:[\w-]+ )?flags? (?:over|above|on|in)",
    ),
    CEDE: (r"handed (?:it |them |the [\w-]+ )?over", _CEDE, r"(?:were|was|been) (?:driven|pushed|forced) out of",
           # "had withdrawn its troops from the eastern town"
           r"(?:" + lexicon.verbs("cede").pattern(verb_only=True) + r") (?:its|their|the|all|most of (?:its|their)) "
           r"(?:remaining |last )?(?:troops|forces|units|soldiers|fighters|garrison) (?:out of|from)"),
    ADVANCE: (
        r"advanc(?:ed|ing|es) (?:on|into|to|towards?|toward|through|along|across)",
        r"push(?:ed|ing)? (?:on )?(?:to|into|towards?|through|deeper)", r"pushed on",
        # "pushed north towards Korenevo", "advanced south-west to X"
        r"(?:push(?:ed|ing)?|advanc(?:ed|ing)|mov(?:ed|ing)|march(?:ed|ing)) (?:north|south)?-?(?:north|south|east|"
        r"west)(?:wards?)? (?:to|into|towards?|toward|on)",
        r"(?-i:march(?:ed|ing)?) (?:on|into|to|towards?)", r"(?:push|drive|assault|offensive|advance) on",
        r"swept (?:through|into|across)", r"mov(?:ed|ing) (?:into|on|towards?)",
        r"stream(?:ed|ing) " + _W + r"?(?:from|through|into)", r"rac(?:ed|ing) (?:north|south|east|west)",
        r"rolled into",
        r"reach(?:ed|ing) the (?:outskirts|edge|gates)",
        # "reached the key rail hub of Kupiansk", "reached Kupiansk": a step of an advance (not "reached a deal")
        r"reach(?:ed|ing)(?= (?:the (?:[\w-]+ ){0,3}?(?:city|town|village|port|hub|capital|centre|center|border)\b|"
        r"(?-i:[A-Z])[\w'’-]+(?![\w'’-]* (?:agreement|deal|accord)\b)))",
        # "and reached the town of Zangilan three days later" (not "reached an agreement", "reached the final")
        r"reach(?:ed|ing)(?= (?:the (?:(?:[a-z]+-[\w-]+|border|frontline|coastal|garrison|market|river) )?"
        r"(?:town|city|village|port|capital) of )?(?-i:[A-Z]))",
        r"press(?:ed|ing) on (?:toward|towards|to)",
        r"(?<=before )reaching(?= (?-i:[A-Z]))",  # ("taking the villages of Kibabi and Ngungu before reaching Rubaya")
    ),
    ORIGIN: (
        r"(?:offensive|push|assault|advance|operation|campaign|attack|incursion)s? " + _W + r"{0,8}?from",
        r"launch(?:ed|ing|es)? (?!(?:(?:a|an|one|two|three|several|\d+) )?(?:[\w-]+ )?(?:missiles?|rockets?|drones?|"
        r"shells?)\b)" + _W + r"{0,8}?from",  # (not "launched a missile from Yemen": where a weapon was fired from)
        r"(?:began|started) " + _W + r"{0,3}?(?:from|near)",
        # "pushed south from Woldiya": where the movement came from
        r"(?:pushed|moved|advanced|marched|swept|headed|drove) (?:(?:north|south|east|west)(?:-?(?:east|west))?|"
        r"\w+wards?|on|inland) from", r"(?:advanced|marched|pushed|swept) from",  # ("its fighters advanced from Sibut")
        # "Ukrainian units crossed the border near Oleshnya": where an incursion came in
        r"cross(?:ed|ing) (?:the |a )?(?:border|frontier|river|front ?line)s? (?:at|near|from|by)",
        HELD,
    ),
}

# Deaths that say someone killed: by gunfire at close range, by blade, by execution, a body with the marks of it.
VIOLENT_DEATH = re.compile(r"shot dead|shot and killed|gunned down|behead|decapitat|hack|execut|lynch|massacr|"
                           r"bod(?:y|ies)|found (?:shot|beheaded|executed|decapitated|hanged|strangled|dead)", re.I)
# a protest told as a thing that was held or broken up: the crowd is implied
A_PROTEST_HELD = re.compile(r"\b(?:(?:break|broke|breaking) up|dispers\w+|(?:tear ?gas|fired|live \w+) (?:at|on|to \w+(?: up)?)) "
                            r"(?:a|an|the|their) (?:[\w-]+ ){0,2}(?:protests?|demonstrations?|rally|march|sit-in)\b|"
                            r"\b(?:a|an|the) (?:[\w-]+ ){0,2}(?:protests?|demonstrations?|rally|march|sit-in) "
                            r"(?:[\w-]+ ){0,4}?(?:was|were) (?:held|staged|dispersed|broken up)\b", re.I)

# People fighting, told by a verb ("rival groups of traders clashed": not "Battle Ground Academy"), and what makes
# it a fight, not a quarrel ("clashed with officials over fees at a meeting")
FOUGHT = re.compile(r"(?:clashed|fought|battled|brawled)")
PHYSICAL = re.compile(r"\b(?:dead|killed|killing|died|wounded|injured|hurt|machetes?|stones|sticks|clubs|knives|"
                      r"burn\w*|burnt|torch\w*|set fire|loot\w*|tear ?gas)\b", re.I)

# What makes a blast an accident, not an attack: "a gas explosion", "a blast at a fireworks warehouse".
ACCIDENT = re.compile(r"\b(?:gas|fire|boiler|factory|plant|mine|mining|cylinder|leak\w*|pipeline|fireworks?|tanker|"
                      r"refinery|accident\w*|industrial|chemicals?|warehouse|train|transformer|methane|coal|propane|"
                      r"furnace|kitchen|restaurant|laborator\w+|meth|quarry|volcan\w+|sewer|manhole)\b", re.I)
# The words of an explosion itself (not a strike from the air): what a gathering can be the target of.
BLAST_BY = re.compile(r"blast|explo|detonat|bomb|tore|ripped|went off|blew up|suicide|grenade", re.I)
BLAST = re.compile(r"^(?:blasts?|explosions?|explod\w+|bomb\w*|detonat\w+|tore|ripped)$", re.I)

# Instruments: weapons and means, with the family that names an explosion's or a remote attack's sub-type.
_INSTRUMENTS: dict[str, tuple[str, ...]] = {
    SUICIDE_BOMB: (r"suicide (?:bomb(?:ers?|ings?|s)?|attacks?|attackers?|vests?|car bomb(?:ers?|ings?|s)?|blasts?|"
                   r"vehicles?)",
                   r"self-?detonat(?:ed|ing|ion)", r"explosives?[- ]laden (?:vehicle|car|truck|lorry)", r"vbieds?"),
    CHEMICAL_: (r"chemical (?:weapons?|attacks?|agents?)", r"chlorine", r"sarin", r"toxic gas", r"nerve agents?"),
    GRENADE_: (r"(?:hand |stun )?grenades?", r"rpgs?", r"rocket-propelled grenades?"),
    AIR: (r"air ?strikes?", r"airstrikes?", r"air ?raids?", AIRCRAFT, r"aerial", r"air force",
          r"(?:guided|glide|gliding|aerial|barrel|cluster) bombs?"),  # (dropped from the air)
    SHELL: (r"shell(?:ed|ing)", ARTILLERY, r"tank fire", r"tanks"),
    BOMB: (r"ieds?", r"improvised explosive devices?", r"land ?mines?",
           r"(?<!gold )(?<!coal )(?<!copper )(?<!diamond )(?<!salt )(?<!tin )(?<!cobalt )(?<!artisanal )(?<!open-pit )"
           r"(?<!mining )mines?(?! (?:workers?|sites?|shafts?|pits?|owners?|operators?|company|concession))",
           r"roadside bombs?",
           r"(?:car|truck|parcel|bicycle|motorcycle|pressure|pressure-cooker|sticky|tiffin|crude|time) bombs?",
           r"bombs?", r"explosives?", r"explosive devices?", r"booby[- ]traps?", r"detonators?"),
}
INSTRUMENT_ORDER = (SUICIDE_BOMB, CHEMICAL_, GRENADE_, AIR, SHELL, BOMB)  # the first matched decides, per clause


@dataclass(frozen=True, slots=True)
class Word:
    """A trigger or an instrument found in a sentence (offsets into the sentence)."""

    start: int
    end: int
    text: str
    kind: str  # a trigger kind, or an instrument family


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    def alternation(table: dict[str, tuple[str, ...]]) -> re.Pattern:
        parts = [f"(?P<{kind}>{'|'.join(words)})" for kind, words in table.items()]
        return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.I)

    return alternation(_TRIGGERS), alternation(_INSTRUMENTS)


def _find(pattern: re.Pattern, text: str) -> list[Word]:
    out = []
    for m in pattern.finditer(text):
        kind = m.lastgroup
        out.append(Word(m.start(), m.end(), m.group(0), kind))
    return out


# Scare quotes around a word or two ("neutralised", “liberated”): the words are the sentence's own verb or noun
# (not a vague number a source is quoted for: "dozens" had died, in its words and at its scale)
_SCARE_QUOTED = re.compile(r'(?<![\w"“])(["“])(?!(?:dozens|hundreds|thousands|scores|many|several|few)\b)'
                           r'([a-z][a-z-]*(?: [a-z][a-z-]*)?)(["”])(?![\w"”])')


def without_scare_quotes(sentence: str) -> str:
    """The sentence with the quotation marks around a lowercase word or two blanked (offsets kept): "its aircraft
    “neutralised” 14 militants" reads as "its aircraft neutralised 14 militants"."""
    return _SCARE_QUOTED.sub(lambda m: f" {m.group(2)} ", sentence)


def triggers(sentence: str) -> list[Word]:
    """The triggers of a sentence, in order; where two overlap, the longer (the first found by the regex)."""
    return _find(_patterns()[0], sentence)


def instruments(sentence: str) -> list[Word]:
    """The weapons and means named in a sentence, in order."""
    return _find(_patterns()[1], sentence)


# The nouns of fighting between armed sides that people are killed "in" ("killed in clashes", "died in heavy
# fighting"); a gunfight or a shoot-out only in a text about armed conflict (elsewhere: police and crime).
WAR_FIGHT = re.compile(r"^(?:(?:heavy |fierce |intense )?fighting|clash(?:es)?|skirmish(?:es)?|hostilities)$", re.I)
GUN_FIGHT = re.compile(r"^(?:gun ?(?:fights?|battles?)|fire ?fights?|shoot-?outs?|exchanges? of fire|cross-?fire)$",
                       re.I)
# The type of a happening named by its noun ("the blast", "the fighting"), as ACLED's sub-event types define them.
TOLD_TYPES = ((re.compile(r"blasts?|explosions?|bombings?"), et.REMOTE, et.REMOTE_EXPLOSIVE),
              (re.compile(r"air ?strikes?|airstrikes?"), et.REMOTE, et.AIR_STRIKE),
              (re.compile(r"shelling"), et.REMOTE, et.SHELLING),
              (re.compile(r"clash(?:es)?|fighting|gun ?fights?|gun[- ]?battles?|battles?|encounters?|hostilities"),
               et.BATTLES, et.ARMED_CLASH))

# Readings' word families: a taking without fighting (ACLED: non-violent transfer of territory), an armed band
# with no name, the nouns of fighting that may stand alone in a text about armed conflict.
NONVIOLENT = re.compile(r"\bwithout (?:a fight|fighting|resistance|a shot|firing a shot|bloodshed)|met no resistance|"
                        r"\bunopposed\b|\bhanded (?:it |them |the [\w-]+ )?over\b|"
                        r"\bpeaceful(?:ly)? (?:handover|transfer)|"
                        # "took control of Kirkuk after the army abandoned its positions": the other side had gone
                        r"\bafter (?:the |its |their )?[\w-]+(?: [\w-]+){0,2} (?:had )?(?:abandoned|deserted|fled|vacated|"
                        r"left) "
                        r"(?:its|their|the) (?:positions|bases|posts|barracks)", re.I)
BAND = re.compile(lexicon.family("armed_bands").pattern() + "$", re.I)
FIGHTING = re.compile(r"^(?:fighting|clashes|heavy fighting|gun ?battles?|firefights?|exchanges? of fire)$", re.I)

# The words of an attack made on the ground, by hand or gun (not from the air or by a blast): "stormed", "opened
# fire", "hacked".
GROUND_ATTACK = re.compile(r"attack|assault|ambush|raid|storm|open|fir(?:ed|ing)|spray|shot|gunned|gunfire|shooting|"
                           r"hack|behead|decapitat|lynch|massacr|execut|mutilat|stabb|torch|set|burn|overwhelm|"
                           r"overpower|broke into|beat|pelt|hurled|threw|came under", re.I)
