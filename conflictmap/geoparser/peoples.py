"""Names of peoples, clans, parties and bodies that the gazetteer also knows as places: "the Nuer ethnic group", "a
militia of young Nuer men", "the Islah party", "the local Red Cross said" — no place here."""

from __future__ import annotations

import re

# "…, the Red Crescent said": what a body does that a place is said to do only without "the"
SPEAKS = re.compile(r"[^\S\n]+(?:said|says|told|reported|added|claimed|stated|announced)\b")

# "the Nuer ethnic group", "the rival Hema community", "the Lendu farming community", "the Islah party": a people,
# a clan or a party named after "the", not a place
_THE_BEFORE = re.compile(r"\b[Tt]he[^\S\n]+(?:[a-z]+[^\S\n]+)?$")
_A_PEOPLE_AFTER = re.compile(r"(?:[^\S\n]+[a-z]+)?[^\S\n]+(?:ethnic[^\S\n]+(?:group|minority)|community|tribe|clan|"
                             r"sub-clan|sect|party|(?P<band>militia|movement))\b")
# "a militia of young Nuer men", "attacks by Hema youths": a people's men
_OF_BEFORE = re.compile(r"\b(?:of|by)[^\S\n]+(?:[a-z]+[^\S\n]+){0,2}$")
_MEN_AFTER = re.compile(r"[^\S\n]+(?:men|women|youths|boys|fighters|militiamen|gunmen|herders|elders)\b")


def a_peoples_name(text: str, start: int, end: int, band_only: bool = False) -> bool:
    """Is the one-word name that of a people, a clan, a party or a militia ("the Nuer ethnic group", "the rival
    Hema community", "the Islah party", "the Zaire militia"), not a place? ``band_only``: a militia's or a
    movement's only (a town's name before "community" may be the town's)."""
    m = _A_PEOPLE_AFTER.match(text, end)
    if not band_only and " " not in text[start:end] and _MEN_AFTER.match(text, end) and \
            _OF_BEFORE.search(text, max(0, start - 25), start):
        return True  # ("a militia of young Nuer men": a people's)
    return " " not in text[start:end] and _THE_BEFORE.search(text, max(0, start - 20), start) is not None and \
        m is not None and (not band_only or m.group("band") is not None)


def speaking_body(text: str, start: int, end: int) -> bool:
    """Is the name a body that speaks ("the local Red Cross said", "the Red Crescent reported"), not a place? (A
    place speaks without "the": "Moscow said".)"""
    return re.search(r"\bthe[^\S\n]+(?:[a-z]+[^\S\n]+)?$", text[max(0, start - 30):start]) is not None and \
        SPEAKS.match(text, end) is not None
