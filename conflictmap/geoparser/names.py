"""Name keys: how a place name is written down for lookup, so that the ways news writes it meet the ways GeoNames
does ("Al-Qusayr", "al Qusayr", "Qusayr"; "Ḩamāh" and "Hamah"; "Saint Louis" and "St. Louis")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from conflictmap.geoparser.vocabulary import ARTICLES

_ARTICLE_RE = re.compile(r"^(?:%s) (?=\S{3,})" % "|".join(sorted(set(ARTICLES), key=len, reverse=True)))
_VARIANTS = (("saint ", "st "), ("sainte ", "ste "), ("mount ", "mt "), ("fort ", "ft "))
_TRANSLATE = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ı": "i", "æ": "ae",
                            "Æ": "ae", "ß": "ss", "œ": "oe", "Œ": "oe", "þ": "th", "ð": "d", "ħ": "h",
                            "´": "'"})  # (NFKD makes an acute accent alone a space and a combining accent)
_QUOTES = re.compile(r"[‘’'`ʿʾ´ʼʻ‛′]")
_SEPARATORS = re.compile(r"[\-‐‑‒–—―−./,()]+")
# Apostrophe-like and dash-like characters inside a word ("Maarat al-Nu’man", "Ma‘arrat", "Bir‑Hakeim"), each
# written as its ASCII sign: one character for one, so offsets into the text stay true.
_IN_WORD_MARKS = re.compile(r"(?<=\w)(?:([‘’`ʼʻ´‛′])|[‐‑‒–—―−])(?=\w)")
_SPACES = re.compile(r"\s+")


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_TRANSLATE))
    return "".join(c for c in text if not unicodedata.combining(c))


def fold_marks(text: str) -> str:
    """``text`` with apostrophe-like and dash-like characters inside words folded to ``'`` and ``-`` (the same
    length: a match in the folded text is at the same offsets in the original)."""
    if text.isascii():
        return text
    return _IN_WORD_MARKS.sub(lambda m: "'" if m.group(1) else "-", text)


def normalize_name(name: str) -> str:
    """The lookup key of a name: no accents, lower case, no apostrophes, hyphens and dots as spaces."""
    if name.isascii():  # nothing to strip: most words of English text, and quick
        key = name.lower()
        if key.isalpha():
            return key
    else:
        key = strip_accents(name).lower()
    key = _QUOTES.sub("", key)
    key = _SEPARATORS.sub(" ", key)
    return _SPACES.sub(" ", key).strip()


def name_keys(name: str) -> set[str]:
    """Every key a name is indexed under: itself, without a leading article, with Saint/St. swapped."""
    key = normalize_name(name)
    if not key:
        return set()
    keys = {key}
    if " " not in key:
        return keys  # (an article and Saint/St. are words of their own: a one-word key has no other)
    stripped = _ARTICLE_RE.sub("", key)
    if stripped != key:
        keys.add(stripped)
    for long, short in _VARIANTS:
        for k in list(keys):
            if k.startswith(long):
                keys.add(short + k[len(long):])
            elif k.startswith(short):
                keys.add(long + k[len(short):])
    return keys


# A region's leading compass word as English news writes it: "Northern Darfur" is "North Darfur", "Nord Kivu"
# "North Kivu" (and "North Province" may be "Northern Province").
_COMPASS = {"northern": "North", "southern": "South", "eastern": "East", "western": "West", "north": "Northern",
            "south": "Southern", "east": "Eastern", "west": "Western", "nord": "North", "sud": "South",
            "ouest": "West"}


def compass_variants(name: str) -> list[str]:
    """Other ways of writing a region name that starts with a compass word, when another word follows ("Nord"
    alone, a region of Haiti, is not "North")."""
    m = re.match(r"(\w+)[ -](\w.*)", name)
    if not m or re.split(r"[ -]", m.group(2))[0].lower() in _COMPASS.keys() | {"est"}:
        return []  # "Nord-Est", "North-West Province": a compound direction, written many ways
    english = _COMPASS.get(m.group(1).lower())
    return [f"{english} {m.group(2)}"] if english else []


_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z]")


def is_latin(name: str) -> bool:
    """Every letter of the name is a Latin one, once accents are stripped ("Ḩamāh" is, "حماة" is not)."""
    return name.isascii() or not _NON_LATIN_LETTER.search(strip_accents(name))


def usable_alternate(name: str) -> bool:
    """Alternate names worth matching in English text: Latin script, capitalised, not an airport code."""
    if len(name) < 3 or len(name) > 40 or name.islower() or (name.isupper() and len(name) <= 4):
        return False  # no capital (most other scripts have none); IATA/ICAO codes such as "DAM", "ALP"
    first = name.split(maxsplit=1)[0].split("-", 1)[0]
    if first[:1].islower() and first.lower() not in ARTICLES:
        return False  # transliteration keys such as "yi de li bo", "hmah"
    return name.lower() != name and is_latin(name)  # (a capital somewhere: lower case changes it)


# Spelling keys: how the press's transliterations of one name meet ("Deir ez-Zor" / "Dayr az-Zawr", "Kupwarra" /
# "Kupwara", "Sopore" / "Sopur", "Djibo" / "Jibo"). Coarser than a name key, so only a fallback: used where an
# exact lookup fails, and then only for places in the article's country (see the gazetteer geocoder).
_ARTICLE_WORDS = frozenset(ARTICLES) | {"al", "el", "ul", "e"}
_SPELLING_STEPS = (
    (re.compile(r"(?:ay|ai|ei|ey)(?=[^aeiou]|$)"), "e"),  # Dayr / Deir
    (re.compile(r"aw(?=[^aeiou]|$)|ow(?=[^aeiou]|$)"), "o"),  # Zawr / Zor
    (re.compile(r"ou|oo|uu"), "u"), (re.compile(r"ee|ii"), "i"), (re.compile(r"aa"), "a"),
    (re.compile(r"dj"), "j"), (re.compile(r"ph"), "f"), (re.compile(r"q"), "k"), (re.compile(r"ck"), "k"),
    # an article run into the name: Salahuddin / Salah ad Din, Nasruddin / Nasr ad Din, Ziauddin / Zia ud Din
    (re.compile(r"(?<=[a-z]{3})[ae]h[aeiu]d(?=d[aeiu]n)"), "a"), (re.compile(r"(?<=[a-z]{3})[aeiu]d(?=d[aeiu]n)"), ""),
    (re.compile(r"(?<=[a-z])(?:pore|pora|pura)\b"), "pur"),  # Sopore / Sopur, Shopian / Shupiyan aside
    (re.compile(r"(?<=[a-z])(?:abad)\b"), "abad"),
    (re.compile(r"(?<=[a-z]{3})[ae]h\b"), "a"),  # a final ta marbuta: Hassakeh / Hasakah, Raqqah / Raqqa
    (re.compile(r"([a-z])\1+"), r"\1"),  # doubled letters: Kupwarra / Kupwara
)


# Letters a country's own Latin alphabet gives a sound the international press writes otherwise, by ISO country
# code: Somali writes the voiceless pharyngeal fricative "x" where the press writes "h" ("Xarardheere" /
# "Harardhere", "Xuddur" / "Hudur"; the Somali Latin alphabet of 1972). Applied to the gazetteer's names of that
# country only, as one more spelling key (see the index's variants).
NATIONAL_LETTERS = {"SO": (("x", "h"),)}


# Arabic place-name words the press and GeoNames transliterate apart ("Tel Abyad" / "Tall Abyaḑ", "Jebel Marra" /
# "Jabal Marrah", "Kfar Kila" / "Kafr Kila", "Khirbet" / "Khirbat"): tall (a hill or mound), jabal (a mountain), kafr
# (a village), khirbat (a ruin). Each row's forms stand for one another in a spelling lookup (see
# Gazetteer.spelling_variants): the query is tried in each.
_TRANSLITERATED = (("tal", "tel"), ("jabal", "jebel", "jbel"), ("kafr", "kfar"), ("khirbat", "khirbet"))
_TRANSLITERATED_OF = {form: row for row in _TRANSLITERATED for form in row}


def transliterations(name: str) -> list[str]:
    """The name key and its forms with each Arabic place-name word of :data:`_TRANSLITERATED` in its other forms."""
    out = [normalize_name(name).split()]
    for n, w in enumerate(out[0]):
        out += [o[:n] + [form] + o[n + 1:] for o in list(out) for form in _TRANSLITERATED_OF.get(spelt_word(w), ())
                if form != spelt_word(w)]
    return list(dict.fromkeys(" ".join(o) for o in out))


def spelling_key(name: str) -> str:
    """A coarse key under which transliterations of one name meet: the name key without articles, hyphens or
    apostrophes or spaces, with vowel digraphs, doubled letters and a few suffixes of one form."""
    return spelling_key_of(normalize_name(name))


def spelling_key_of(key: str, spell=None) -> str:
    """:func:`spelling_key` of a name key (``spell``: how one word is spelt; default :func:`spelt_word`, cached)."""
    spell = spell or _spelt_word
    if not key.isascii():
        key = normalize_name(key)  # (a key of a capital eth, "ðong ha", has one more step to take)
    return "".join(spell(word) for word in key.split() if word not in _ARTICLE_WORDS)
    # (and no spaces: "Jalal Abad" / "Jalalabad")


def spelt_word(word: str) -> str:
    """One word of a name key in the spelling key's form."""
    for pattern, replacement in _SPELLING_STEPS:
        word = pattern.sub(replacement, word)
    return word


_spelt_word = lru_cache(maxsize=1 << 16)(spelt_word)
