"""Company names as people and exports write them, reduced to one comparable key.

"Stripe, Inc.", "STRIPE INC" and "stripe" are the same employer; LinkedIn writes what
each person typed, so contacts must be matched to target companies by a key that ignores
case, accents, punctuation, a leading "The", "&" versus "and", web suffixes (".com") and
legal suffixes (Inc., LLC, Ltd, GmbH, S.A., plc, Corp ...) and the spaces between
words ("Mc Donald's" is "McDonald's"). A company can also list aliases (a former name, a
parent brand); each alias gets a key the same way. No fuzzy matching: "Deutsche Bahn" is
one letter from "Deutsche Bank" and a different employer.

Pure: strings in, strings out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

# Words that only say what kind of legal entity a company is; removed from the end.
LEGAL_SUFFIXES = frozenset(
    {
        "inc",
        "incorporated",
        "llc",
        "llp",
        "lp",
        "ltd",
        "limited",
        "plc",
        "corp",
        "corporation",
        "co",
        "company",
        "gmbh",
        "ag",
        "kg",
        "sa",
        "sas",
        "sarl",
        "srl",
        "spa",
        "bv",
        "nv",
        "ab",
        "oy",
        "as",
        "asa",
        "pty",
        "pvt",
        "pte",
        "kk",
        "se",
        "aktiengesellschaft",
        "holdings",
        "group",
        "groupe",
    }
)
# Two-word endings that are legal forms only together ("private limited", "co kg").
LEGAL_PAIRS = frozenset({("private", "limited"), ("pvt", "ltd"), ("pty", "ltd")})
_WEB_SUFFIX = re.compile(r"\.(?:com|io|ai|co|org|net|dev|app)(?=$|[\s,;/)])")
_NOT_WORD = re.compile(r"[\W_]+")


def _fold(text: str) -> str:
    """Lower case without accents: "Société Générale" -> "societe generale"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _join_initials(words: list[str]) -> list[str]:
    """Runs of one-letter words become one word: "s a" -> "sa", "i b m" -> "ibm"."""
    out: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        if len(word) == 1:
            run.append(word)
            continue
        if run:
            out.append("".join(run))
            run = []
        if word:
            out.append(word)
    return out


def _strip_suffixes(words: list[str]) -> list[str]:
    """Legal forms off the end, and an "and" they leave dangling ("Acme & Co" -> "acme")."""
    while len(words) > 1:
        if tuple(words[-2:]) in LEGAL_PAIRS and len(words) > 2:
            words = words[:-2]
        elif words[-1] in LEGAL_SUFFIXES or words[-1] == "and":
            words = words[:-1]
        else:
            break
    return words


@lru_cache(maxsize=8192)
def normalise(name: str) -> str:
    """The comparison key of a company name ("" for a blank name). Cached: an export
    names the same few hundred employers again and again.

    >>> normalise("The Walt Disney Company")
    'walt disney'
    >>> normalise("Procter & Gamble Co.")
    'procter and gamble'
    """
    text = _fold(" ".join(str(name or "").split()))
    text = re.sub(r"\([^)]*\)$", " ", text).strip()  # "Acme (formerly Widgets)" at the end
    text = _WEB_SUFFIX.sub(" ", text)  # "Amazon.com, Inc." -> "Amazon , Inc."
    text = text.replace("&", " and ").replace("+", " and ")
    text = text.replace("'", "").replace("\u2019", "")  # "McDonald's" -> "mcdonalds"
    words = [w for w in _NOT_WORD.split(text) if w]
    words = _join_initials(words)
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    words = _strip_suffixes(words)
    return " ".join(words)


def match_key(name: str) -> str:
    """The key stored and compared: the normalised name without its spaces, so "Mc
    Donald's" meets "McDonald's" and "Air BnB" meets "Airbnb"."""
    return normalise(name).replace(" ", "")


def keys_for(name: str, aliases: Iterable[str] = ()) -> frozenset[str]:
    """Every key a company answers to: its name's and each alias's."""
    found = {match_key(name), *(match_key(a) for a in aliases)}
    found.discard("")
    return frozenset(found)


def build_index(companies: Mapping[int, tuple[str, Iterable[str]]]) -> dict[str, int]:
    """key -> company id for (name, aliases) by id. A key claimed by two companies goes to
    the first id (the lower one): a contact is never shown at two targets by accident."""
    index: dict[str, int] = {}
    for company_id in sorted(companies):
        name, aliases = companies[company_id]
        for key in keys_for(name, aliases):
            index.setdefault(key, company_id)
    return index


def match(name: str, index: Mapping[str, int]) -> int | None:
    """The id of the company `name` belongs to, or None."""
    key = match_key(name)
    return index.get(key) if key else None


def exact_match(name: str, names: Mapping[str, int]) -> int | None:
    """The baseline the bench compares with: the name exactly as written."""
    return names.get(name)
