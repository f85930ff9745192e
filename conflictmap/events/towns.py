"""What "the town" stands for: "the city", "the capital", "the village", "the camp", "the port" in a sentence is a
town named before it — in the sentence, the one before, or a few back where the text called it so — never one
people only came from ("militias from Zawiya")."""

from __future__ import annotations

import re

from conflictmap.events import clauses as cl
from conflictmap.events.facts import SentenceFacts
from conflictmap.events.places import LAUNCHED_FROM, Spot, called, towns_named

# "near the town", "in the city", "on the southern edge of the city", "the Libyan capital": the town named last
# before (in the sentence, else in the one before), but not where people came from ("militias from Zawiya")
THE_TOWN = re.compile(r"\b(?:in|near|around|outside|inside|into|at|(?:north|south|east|west)(?:-?(?:east|west))?\s+of|"
                       r"(?:most|much|all|parts?|control|neighbou?rhoods?|districts?|quarters?|areas|streets)\s+of|"
                       # ("controlled most of the coastal city", "bombed several neighbourhoods of the town")
                       r"hit|struck|bombed|shelled|pounded|targeted|stormed|attacked|raided|besieged|assaulted|"
                       r"(?:assaults?|attacks?|offensive|raids?|strikes?)\s+on|"  # ("launched its assault on the
                       # town's outposts")
                       r"on\s+the\s+(?:[a-z]+\s+)?(?:outskirts|edges?|fringes|approaches)\s+of)\s+the\s+(?:(?-i:[A-Z])\w+\s+|"
                       r"(?:(?-i:[a-z])[\w-]+\s+){1,2}(?=(?:town|city|capital)\b))?"
                       r"(?:town|city|village|camp|capital|port)\b"
                       r"(?!\s+of\b)|"  # … or its possessive: "at a checkpoint on the town's edge"
                       r"\b(?:in|near|around|at|on|outside)\s+the\s+(?:town|city|village|camp|capital)['’]s\s+(?:[a-z]+\s+)?"
                       r"(?:outskirts|edges?|fringes|approaches|entrance|centre|center|market|outskirt|suburbs?|"
                       r"districts?|neighbou?rhoods?)\b|"
                       # "looters ransacked the city's port": the town's own place, whatever the verb
                       r"\b(?:ransacked|looted|burned|torched|hit|struck|shelled|bombed|attacked|stormed|seized)\s+"
                       r"the\s+(?:town|city|capital)['’]s\s+(?:[a-z]+\s+)?(?:port|airport|market|prison|hospital|"
                       r"stadium|university|harbou?r|bridge|station|centre|center)\b", re.I)

_FROM = re.compile(r"(?<!withdrew )(?<!withdrawn )(?<!retreated )(?<!fled )(?<! out )(?<! back )\bfrom\s+(?:the\s+)?$|"
                   # (nor where they went away to: "withdrew north toward Erbil … clashes south of the city")
                   r"\b(?:towards?|(?:withdr[ae]w\w*|retreat\w*|fled|fleeing|pulled\s+back|headed|heading)\s+"
                   r"(?:\w+\s+)?to)\s+(?:the\s+)?$",
                   re.I)  # (where the act was, not where its people came from: "as they withdrew from Qayyarah")



def the_town(facts: SentenceFacts, town: re.Match) -> list[Spot]:
    """What "the town" (the city, the capital…) stands for: a town named before it in the sentence, one the
    sentence before called so, one a few sentences back called so, the sentence before's, one named a sentence or
    two further back, the last town the text (or its headline) called so, the dateline's."""
    text, spots = facts.text, facts.spots
    noun = re.search(r"town|city|village|camp|capital|port", town.group(0), re.I).group(0).lower()
    aside = [c for c in cl.split(text) if c.opener in ("who", "which", "whose") and c.end <= town.start() and
             any(c.start <= d.start < c.end for d in facts.dates)]  # (told with its own time: not "which holds X")
    named = [sp for sp in _towns(text, spots, noun) if sp.end <= town.start() and not _FROM.search(text, 0, sp.start)
             and not LAUNCHED_FROM.search(text, max(0, sp.start - 60), sp.start) and
             not any(c.start <= sp.start < c.end for c in aside)]  # (not "The rebels, who took Goma and Bukavu,
    # clashed … on the outskirts of the town": what they took before, told of them)
    prior = [sp for sp in _towns(facts.prior_text, facts.prior_spots, noun)
             if not _FROM.search(facts.prior_text, 0, sp.start)]
    earlier = [sp for sp in _towns(facts.earlier_text, facts.earlier_spots, noun)
               if not _FROM.search(facts.earlier_text, 0, sp.start)]  # (a sentence or two further back)
    before = [sp for text_before, spots_before in facts.named_before
              for sp in (called(text_before, towns_named(text_before, spots_before), noun) or
                         _of_its_kind(spots_before, noun))[-1:]]  # ("the Jenin refugee camp … in the camp")
    named = named or [sp for sp in _of_its_kind(spots, noun) if sp.end <= town.start()]
    prior = prior or _of_its_kind(facts.prior_spots, noun)
    far = [facts.called_before[noun]] if noun in facts.called_before else []
    recent = [sp for text_before, spots_before in facts.named_before
              for sp in _towns(text_before, spots_before, noun)[-1:]]  # (a sentence or two back, the nearest first)
    if noun == "capital":  # (a town the text did not call the capital is one only after the dateline's: "In the
        return named or called(facts.prior_text, prior, noun) or before[:1] or far or facts.dateline or prior or \
            earlier or recent[:1]  # capital, gangs fired on the penitentiary", told after a raid on Liancourt)
    return named or called(facts.prior_text, prior, noun) or before[:1] or prior or earlier or far or recent[:1] or \
        facts.dateline  # ("the Syrian city of Palmyra … hit the city after its fall"; "MOGADISHU, March 11 - …
    # stormed a hotel in the capital")


def _of_its_kind(spots: list[Spot], noun: str) -> list[Spot]:
    """The places named with their kind, when it is the noun ("the Jenin refugee camp" for "the camp")."""
    return [sp for sp in spots if sp.facility and sp.facility.split()[-1].lower() == noun]


_OTHER_KINDS = ("camp", "neighbourhood", "neighborhood", "district", "base", "airport", "quarter")


def _towns(text: str, spots: list[Spot], noun: str) -> list[Spot]:
    """The towns named that "the <noun>" can stand for: not one the text calls another kind of place ("shelling the
    Zamzam camp … a mosque in the city": not the camp)."""
    kinds = "|".join(k for k in _OTHER_KINDS if k != noun)
    return [sp for sp in towns_named(text, spots)
            if not any(called(text, [sp], kind) for kind in _OTHER_KINDS if kind != noun) and
            not re.match(rf"\s+(?:displacement|refugee|IDP|military|army|air)\s+(?:{kinds})\b", text[sp.end:], re.I)]
