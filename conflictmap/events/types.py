"""ACLED's event types and sub-types (the codebook's names, verbatim), its actor categories, and how one happening
is coded when several descriptions of it meet: the most specific sub-type of a type wins.

Source: ACLED Codebook (2023), https://acleddata.com/knowledge-base/codebook/ — "Event types and sub-event
types" and "Actor types".
"""

from __future__ import annotations

CONTEXT = "Context"  # conflictmap's own: a place an article only mentions
CONTEXT_SUB = "Place mentioned"

BATTLES = "Battles"
REMOTE = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

# Battles
ARMED_CLASH = "Armed clash"
GOV_REGAINS = "Government regains territory"
NSA_TAKEOVER = "Non-state actor overtakes territory"
# Explosions/Remote violence
CHEMICAL = "Chemical weapon"
AIR_STRIKE = "Air/drone strike"
SUICIDE = "Suicide bomb"
SHELLING = "Shelling/artillery/missile attack"
REMOTE_EXPLOSIVE = "Remote explosive/landmine/IED"
GRENADE = "Grenade"
# Violence against civilians
SEXUAL_VIOLENCE = "Sexual violence"
ATTACK = "Attack"
ABDUCTION = "Abduction/forced disappearance"
# Protests
EXCESSIVE_FORCE = "Excessive force against protesters"
PROTEST_WITH_INTERVENTION = "Protest with intervention"
PEACEFUL_PROTEST = "Peaceful protest"
# Riots
VIOLENT_DEMONSTRATION = "Violent demonstration"
MOB_VIOLENCE = "Mob violence"
# Strategic developments
AGREEMENT = "Agreement"
ARRESTS = "Arrests"
CHANGE_TO_GROUP = "Change to group/activity"
DISRUPTED_WEAPONS = "Disrupted weapons use"
HEADQUARTERS = "Headquarters or base established"
LOOTING = "Looting/property destruction"
NONVIOLENT_TERRITORY = "Non-violent transfer of territory"
OTHER = "Other"

TERRITORY_SUBTYPES = (NSA_TAKEOVER, GOV_REGAINS, NONVIOLENT_TERRITORY)
# ACLED's geo-precision: 1 the place itself, 2 a part of a region (a district; near a town), 3 a province or a
# country. A point of precision 3 stands for an area: drawn as approximate, and no leg of an advance to or from it
# is counted in its distance.
APPROXIMATE_PRECISION = 3


def is_approximate(geo_precision) -> bool:
    """Is a point of this ACLED geo-precision only its province's or country's point (an int, or text from CSV)?"""
    try:
        return int(geo_precision) >= APPROXIMATE_PRECISION
    except (TypeError, ValueError):
        return False
VIOLENT_TYPES = (BATTLES, REMOTE, VAC)

# Within one type, the sub-type a merged event keeps: the most specific or severe first. (An abduction that ends
# in a killing is an Attack; a car bomb driven by a suicide bomber a Suicide bomb; a town taken after fighting a
# change of territory rather than a clash.)
SUBTYPE_ORDER = {
    BATTLES: (NSA_TAKEOVER, GOV_REGAINS, ARMED_CLASH),
    REMOTE: (CHEMICAL, SUICIDE, AIR_STRIKE, SHELLING, REMOTE_EXPLOSIVE, GRENADE),
    VAC: (ATTACK, SEXUAL_VIOLENCE, ABDUCTION),
    PROTESTS: (EXCESSIVE_FORCE, PROTEST_WITH_INTERVENTION, PEACEFUL_PROTEST),
    RIOTS: (VIOLENT_DEMONSTRATION, MOB_VIOLENCE),
    STRATEGIC: (AGREEMENT, NONVIOLENT_TERRITORY, ARRESTS, DISRUPTED_WEAPONS, LOOTING, HEADQUARTERS,
                CHANGE_TO_GROUP, OTHER),
}

# ACLED's actor types ("inter" codes), by name.
STATE_FORCES = "State forces"
REBEL_GROUP = "Rebel group"
POLITICAL_MILITIA = "Political militia"
IDENTITY_MILITIA = "Identity militia"
RIOTERS = "Rioters"
PROTESTERS = "Protesters"
CIVILIANS = "Civilians"
EXTERNAL = "External/Other forces"
# who regains territory for a government (ACLED's codebook: "government forces or their affiliates"; a mission of
# the UN or the African Union is external forces acting for it)
GOVERNMENT_SIDE = frozenset({STATE_FORCES, EXTERNAL})
ARMED_CATEGORIES = frozenset({STATE_FORCES, REBEL_GROUP, POLITICAL_MILITIA, IDENTITY_MILITIA, EXTERNAL})


def more_specific(event_type: str, a: str, b: str) -> str:
    """Of two sub-types of ``event_type``, the one a merged event keeps."""
    order = SUBTYPE_ORDER.get(event_type, ())
    rank = {s: n for n, s in enumerate(order)}
    return a if rank.get(a, len(order)) <= rank.get(b, len(order)) else b

# Countries as ACLED names them where GeoNames names them otherwise, and those whose forces take "the" ("Military
# Forces of the United States", "Civilians (Palestine)"). Source: ACLED's country list and actor naming, ACLED
# Codebook (2023), "Actor names", https://acleddata.com/knowledge-base/codebook/
ACLED_COUNTRY_NAMES = {"PS": "Palestine", "CD": "Democratic Republic of Congo", "CG": "Republic of Congo",
                       "CI": "Ivory Coast", "KR": "South Korea", "KP": "North Korea", "CZ": "Czech Republic",
                       "SZ": "eSwatini", "TL": "East Timor", "LA": "Laos", "MK": "North Macedonia",
                       "VA": "Vatican City", "FM": "Micronesia", "US": "United States", "GB": "United Kingdom",
                       "BN": "Brunei", "SY": "Syria", "RU": "Russia", "IR": "Iran", "VN": "Vietnam"}
WITH_THE = ("United States", "United Kingdom", "Democratic Republic of Congo", "Republic of Congo",
            "Central African Republic", "Philippines", "Netherlands", "Gambia", "Bahamas", "United Arab Emirates",
            "Czech Republic", "Dominican Republic", "Comoros", "Maldives", "Solomon Islands", "Marshall Islands")


def forces_of(country: str) -> str:
    """"the United States", "Syria": a country as "Military Forces of …" takes it."""
    return f"the {country}" if country in WITH_THE else country
