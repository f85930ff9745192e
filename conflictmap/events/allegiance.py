"""Whose force one is, by the country the text names with it: its adjective ("Kenyan police"), its possessive
("Russia's army"), its name before a weapon or its forces ("a US airstrike", "U.S. Marines"), a coalition it leads
("the US-led coalition"), or the country named as the one that struck ("Russia launched a drone attack")."""

from __future__ import annotations

import re

from conflictmap.events import words as ew

# Weapons that stand for whose force fired them, when a country's adjective says whose ("Russian drones", "Israeli
# warplanes", "US jets").
ARMS = re.compile(r"\s*(?:" + ew.AIRCRAFT + "|" + ew.ARTILLERY + r"|(?:guided |glide |aerial )?bombs?|strikes?|"
                  r"air ?strikes?|airstrikes?|drone strikes?|shelling|bombardments?|(?:gun)?fire|"
                  r"tanks?|navy|warships?|"
                  r"(?:military |army )?(?:positions|outposts|bases|posts|convoys?|patrols?))\b", re.I)
# ("attacked Turkish positions": the forces that hold them)
# A country named as the one that struck: its armed forces ("Russia launched a massive drone attack", "Israel struck").
_WAR_OBJECT = (r"(?:\s+[\w-]+){0,4}?\s+(?:" + ew.AIRCRAFT + "|" + ew.ARTILLERY + r"|air ?strikes?|airstrikes?|"
               r"strikes?|attacks?|(?:counter-?)?offensive|counter-?attacks?|incursion|assault|invasion|raids?|"
               r"bombardment|barrage|salvo|troops|forces)\b")
# ("The United States and Britain struck …", "Saudi Arabia and its Gulf allies began air strikes …")
STATE_ACT = re.compile(r"(?:\s+and\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?|"
                       r"\s+and\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:allies|partners))?"
                       r"\s+(?:(?:has|had|have|also|then|again|reportedly)\s+){0,2}(?:(?:struck|bombed|shelled|"
                       r"attacked|pounded|invaded)\b|(?:launched|fired|carried out|conducted|sent|began|started)" +
                       _WAR_OBJECT + ")")
LED = re.compile(r"-led\s+(?:(?:[\w-]+\s+){0,2}?coalition(?:\s+(?:forces|troops|" + ew.AIRCRAFT + r"))?|"
                 r"(?:forces|troops|" + ew.AIRCRAFT + r"|air ?strikes?|airstrikes?|strikes?|raids?|bombing))\b",
                 re.I)  # ("Saudi-led forces", "U.S.-led jets", "a Saudi-led air strike")
_COMMAND = re.compile(r"\.?\s+(?:[A-Z][\w-]+\s+){1,2}Command\b")  # ("U.S. Africa Command": the US's)


def whose(spots: list, sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, country code) of the place names that say whose force one is: a country's adjective
    ("Kenyan police"), its possessive ("Russia's army"), its name before a weapon ("a US airstrike") or a coalition
    it leads ("the US-led coalition"), or the country named as the one that struck ("Russia launched a drone
    attack")."""
    out = []
    for sp in spots:
        end = sp.end + 1 if _ABBREVIATED.search(sentence, sp.start, sp.end + 1) else sp.end  # ("U.S. warplanes")
        if sp.placed and (sp.placed.toponym.demonym or sentence[end:end + 2] in ("'s", "’s") or (
                sp.placed.toponym.feature == "country" and (
                    STATE_ACT.match(sentence, end) or LED.match(sentence, end) or _COMMAND.match(sentence, end) or
                    re.match(r"\s", sentence[end:end + 1]) and (ARMS.match(sentence, end) or
                                                                _FORCES_NAMED.match(sentence, end))))):
            # ("a US airstrike", "U.S. Marines")
            out.append((sp.start, end, sp.placed.toponym.country_code or ""))
    return out


_FORCES_NAMED = re.compile(r"\s+(?:troops|soldiers|forces|marines|paratroopers|commandos|army|navy|air\s+force|"
                           r"military|special\s+forces)\b", re.I)  # (a country's name before its forces)
_ABBREVIATED = re.compile(r"\b(?:[A-Z]\.){2,}$")  # a name written with periods, its last one left out of the name
