"""The words the geoparser, the event rules and the build read, one copy each.

Lower-case keys as :func:`conflictmap.geoparser.names.normalize_name` makes them.
"""

from __future__ import annotations

import calendar
import re

# Arabic and other articles that news English writes with or without: "Al-Qusayr", "al Qusayr", "Qusayr".
ARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath", "es", "ez", "ed", "er", "et")

# Lower-case words that may sit inside a place name ("Gulf of Mexico", "Jisr al-Shughur", "Rio de Janeiro").
CONNECTORS = frozenset("al el ad ar as ash at az an adh ath es ez ed er et of the de del la le du des da do dos "
                       "das di van von der den y en sur au aux am bin ibn abu bou ben upon on e i".split())
# The connectors that may join capitalised words into one longer proper name ("Bank of America", "Hayat Tahrir
# al-Sham"); English words that also join places to dates or other names ("on", "at", "the") are left out.
PHRASE_CONNECTORS = frozenset("al el ad ar az ash adh ath ez of de del la le du des do da dos das di van von der den y "
                              "bin ibn abu bou ben e i".split())  # "e", "i": the ezafe of "Lashkar-e-Taiba",
# "Mazar-i-Sharif"
# Capitalised only because they open a sentence: not part of the name that follows ("In Aleppo", "Former ...").
FUNCTION_WORDS = frozenset("""the a an in on at by for from to of with after before during when while as near
outside since until but and or if then yesterday today earlier later meanwhile former last next this that these
those some many several both all most few his her their its our my your we they he she it there here""".split())
# Words that make the next capitalised words a person's name.
TITLES = frozenset("""president presidents minister ministers premier chancellor diplomat diplomats spokesman
spokeswoman spokesperson leader commander general gen mr mrs ms miss dr prof sen senator rep representative gov
governor mayor sheriff chief judge justice secretary pope king queen prince princess sheikh emir ambassador envoy
coach pastor rev reverend deputy lt sgt col capt captain detective officer prosecutor attorney councilman
councilwoman commissioner superintendent principal director chairman chairwoman ceo trooper sergeant lieutenant
colonel major corporal private admiral marshal president-elect vice correspondent reporter anchor host author
professor doctor nurse sir lord lady dame saint st resident witness eyewitness villager shopkeeper trader activist
lawmaker elder survivor""".split())  # ("resident Farah Ali said": a person, not Farah, Afghanistan)
# Words that may stand between a title and the name ("Foreign Minister", "Prime Minister").
TITLE_QUALIFIERS = frozenset(("foreign", "prime", "defense", "defence"))
# Titles written short, with a period that does not end the sentence ("Gen. Smith", "Sen. Webb").
ABBREVIATED_TITLES = frozenset("gen sen rep gov lt sgt col capt cpl maj adm mr mrs ms dr prof rev st det supt".split())
# Capitalised words that, after a place name, make a longer name that is still about the place.
DESCRIPTORS = frozenset("""county city state province governorate district region territory republic township
town village borough parish municipality prefecture oblast krai area valley river lake mountains mountain island
islands coast bay gulf sea peninsula desert airport port harbor harbour border front countryside suburbs
police army forces force military government regime authorities authority council parliament assembly
administration ministry embassy consulate university college school schools hospital court courthouse jail
prison library museum airbase base station metro times post herald tribune journal news daily chronicle gazette
press observer star sun register bulletin record courier dispatch democrat republican independent sentinel
telegraph mirror guardian standard examiner enquirer inquirer director directors arts council business market
chamber board public fire health water housing zoo park mall center centre club church medical regional
community department office commission committee festival fair symphony orchestra theatre theater ballet
opera library stadium arena bridge road street avenue highway airport harbor mayor city's school's""".split())
# Capitalised words that, before a place name, still leave the place as the thing named.
MODIFIERS = frozenset("""north south east west northern southern eastern western central northeast northwest
southeast southwest northeastern northwestern southeastern southwestern greater downtown upper lower inner outer
old rural metro metropolitan suburban coastal occupied besieged liberated""".split())
# Words for a kind of physical feature: alone ("the Gulf", "Bay") they name no place the gazetteer means (the
# Gulf province of Papua New Guinea is not "the Gulf" of news); in a name ("Gulf of Aden", "Bay City") they can.
FEATURE_WORDS = frozenset("""gulf bay sea ocean lake river mount cape island islands strait valley desert coast
peninsula harbor harbour""".split())

# ---------------------------------------------------------------------------------------------- the calendar
# Month and day names with their abbreviations; holidays. Capitalised because they are dates, not places
# (although "May" and "Sunday" are places somewhere).
MONTHS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAY_ABBREVIATIONS = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
HOLIDAYS = frozenset("christmas easter passover ramadan hanukkah thanksgiving halloween".split())
CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS) | WEEKDAY_ABBREVIATIONS | HOLIDAYS

# ---------------------------------------------------------------------------------------------- regions
# What news English calls a first-level region, before or after its name: "Idlib province", "the province of
# Idlib", "Gezira state", "Donetsk Oblast". ("county" is a US second-level region, which news names the same way.)
# The kinds of water a place name can end with ("the Red Sea", "Lake Chad", "the Gulf of Aden" aside).
WATER_WORDS = ("sea", "ocean", "gulf", "strait", "straits", "channel", "river", "lake", "bay")
REGION_WORDS = ("province", "governorate", "state", "region", "oblast", "prefecture")
# Second-level (and third-level) regions, as news writes them after the name: "Kupwara district", "Lakki Marwat
# tehsil", "Pokrovsk raion", "Kidal cercle". ("Khyber Agency" and "Kech division" are only read as a district's
# name in the gazetteer: "the UK Maritime Trade Operations agency" names none.)
DISTRICT_WORDS = ("district", "county", "tehsil", "taluk", "taluka", "mandal", "raion", "cercle", "subdistrict",
                  "territory", "woreda", "upazila")
DISTRICT_NAME_WORDS = DISTRICT_WORDS + ("agency", "division")

# ---------------------------------------------------------------------------------------------- whose, not where
# A country's name before a noun it qualifies: "a US base", "UK troops", "a US airstrike", "US Africa Command", or
# joined to a participle that makes it whose ("a US-led coalition", "Iran-backed militias"). It says whose the thing
# is, not where it is (regular-expression text, matched right after the name).
# A country's adjective joined to a participle that makes it whose something is, not where: "Turkish-backed rebels",
# "a Greek-flagged tanker" (the flag its ship flies)
BACKED = (r"-(?:led|backed|supported|sponsored|funded|armed|trained|allied|aligned|brokered|flagged|registered|owned|"
          r"operated)\b")
ATTRIBUTIVE = (BACKED + r"|-based\b|"
               # "a US MQ-9 Reaper drone", "Russian Su-25 jets": a model's name between the country and its weapon
               r"\s+(?:[A-Z0-9][\w-]*\s+){1,3}(?:drones?|jets?|aircraft|helicopters?|warplanes?|warships?|missiles?)\b|"
               # "Russia's defence ministry said", "Ukraine's army": whose government speaks, not where it happened
               r"['’]s\s+(?:top\s+|chief\s+|senior\s+|new\s+)?(?:government|army|military|armed\s+forces|forces|"
               r"troops|(?:defen[cs]e|foreign|interior)\s+ministry|ministry\s+of|president|prime\s+minister|navy|"
               r"air\s+force|authorities|spokes(?:man|woman|person)|(?:state\s+)?(?:media|television|news\s+agency))\b|"
               r"\.?\s+(?:military\s+|army\s+|air\s+|naval\s+|special\s+|drone\s+|missile\s+|defen[cs]e\s+|"
               r"intelligence\s+|government\s+|security\s+|senior\s+|top\s+)?"  # ("a US defence official said")
               # ("the Israel Defense Forces said", "Kenya Defence Forces", "the Uganda People's Defence Force")
               r"(?:(?:National\s+|People['’]s\s+)?Defen[cs]e\s+Forces?|Armed\s+Forces|"
               r"bases?|embassy|consulate|forces|troops|"
               r"soldiers|military|army|navy|drones?|jets|aircraft|warplanes|warships?|ships?|vessels?|"
               r"officials?|citizens?|nationals?|personnel|contractors?|diplomats?|convoys?|patrols?|"
               r"positions?|outposts?|posts?|(?:air|drone)?strikes?|raids?|"
               r"(?:[A-Z][a-z]+\s+){0,3}(?:Command|Operations|Agency|Office|Ministry|Department|Service|Authority|"
               r"Commission|Centre|Center))\b")  # ("UK Maritime Trade Operations said": an agency's name)

# Who backs a force, named after these words ("forces backed by the United Arab Emirates", "rebels supported by Turkish
# troops", "backed by Russian air strikes"): a backer, not the force itself, nor where (regular-expression text).
BACKED_BY = (r"\b(?:backed|supported|aided|assisted|helped|sponsored|funded|armed|trained)\s+"
             r"(?:mainly\s+|mostly\s+)?by\b")  # (not "forces led by the KNU overran the town": the KNU's)

# A country named as the state that struck ("Egypt and its allies launched air strikes on Derna", "Israel bombed"):
# whose forces, not where it happened (regular-expression text, matched right after the name).
STRIKING = (r"(?:\s+and\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:allies|partners))?\s+"
            r"(?:(?:has|had|have|also|then|again|reportedly)\s+){0,2}(?:struck|bombed|shelled|pounded|invaded|"
            r"(?:launched|carried\s+out|conducted|began|started)\s+(?:[\w-]+\s+){0,3}?(?:air\s?strikes?|airstrikes?|"
            r"strikes?|raids?|bombing|bombardment))\b")

# An operation, an offensive, a campaign, then what it is called, right before a name: the name it is given is no
# place ("The operation, which Ankara calls Olive Branch"), nor a later word of a quoted one ("named “Dawn of Freedom”")
NAME_GIVEN = re.compile(r"\b(?:operation|offensive|campaign|mission|exercise|counter-?offensive|assault|push|drive)"
                        r"\b[^.;]{0,50}?\b(?:calls?|called|dubbed|code-?named|named|nicknamed|known\s+as)\s+"
                        r"(?:it\s+)?(?:the\s+)?(?:[\"“‘'](?:[^\"”’'.;]{0,40}\s)?)?$", re.I)

# The last words of a force's name: a place name inside one ("the Central Reserve Police Force", "the Northern
# Liberation Front") is no place
FORCE_HEADS = frozenset(("force", "forces", "corps", "brigade", "brigades", "regiment", "battalion", "front"))

# A word for a people by its shape ("Kurdish", "Tigrayan", "Somali", "Islamist", "Arab"): whose a band is, never its
# name, nor a place
# A place measured from another: "about 40 km (25 miles) north of", "north-east of" (a distance told, in ``n``, or
# none) — read where a text introduces a place by it and where a place must lie near the one it is measured from.
MEASURED = (r"(?:(?:about|some|around|roughly|nearly|just|only)[^\S\n]+)?(?P<n>\d+(?:\.\d+)?)[^\S\n]*(?:km|kilometres|"
            r"kilometers|miles)[^\S\n]+(?:\([^)]{0,20}\)[^\S\n]+)?")
BEARING = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?[^\S\n]+(?:of|from)\b"
PEOPLES_WORD = re.compile(r"(?:an|ean|ese|ish|ist|ic|i|ite|[Mm]uslim|[Cc]hristian|[Aa]rab)$")  # (… "Alawite")

# Between a place and the region written after it: "Springfield, Illinois", "Al-Bab town, Aleppo governorate",
# "Kafr Nubl (Idlib)", "Mir Ali tehsil, North Waziristan" — a comma or a bracket, after the kind of place (the
# districts pass reads the same gaps: one definition).
CONTAINER_GAP = re.compile(r"\s*(?:(?:village|town|city|settlement|locality|hamlet|area|suburb|neighbou?rhood|"
                           r"district|tehsil|subdistrict|township|territory|county|municipality|commune|department|"
                           r"camp|raion|cercle|woreda|upazila|mandal|taluka?|lga|zone|sub-county)\s*)?[,(]\s*"
                           r"(?:the\s+)?", re.I)
