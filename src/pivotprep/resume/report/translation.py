"""The translation map: past-domain phrases and what they honestly mean in a target role.

`content/translations/<domain>.yaml` lists, per past career (finance, teaching, ...),
the phrases its resumes use, the target-role words they correspond to, the taxonomy
skills they are evidence for, and how to say it truthfully. The ATS triage uses it to
find *transferable* evidence; the stories analyzer uses `find_jargon` to flag words an
interviewer from tech will not understand.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import yaml
from pydantic import BaseModel, ConfigDict, Field

from pivotprep.content import content_path
from pivotprep.core.errors import ValidationError
from pivotprep.resume.matching.normalize import PhraseIndex, Token, tokenize

# libyaml's safe loader when PyYAML was built with it (several times faster), else the
# pure-Python one: both build only plain data.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DOMAINS = (
    "finance",
    "teaching",
    "healthcare",
    "operations",
    "retail",
    "military",
    "research",
    "sales",
)


class Translation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    phrases: list[str] = Field(min_length=1)
    target: str = Field(min_length=3)
    skills: list[str] = Field(min_length=1)
    say: str = Field(min_length=20)


class DomainMap(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    domain: str
    title: str
    entries: list[Translation] = Field(min_length=3)


@dataclass(frozen=True, slots=True)
class JargonHit:
    """A past-domain phrase found in a text, with its character span and a truthful rewording."""

    term: str  # the text as written
    start: int
    end: int
    domain: str
    suggestion: str  # "say ... " advice, including the target-role words
    target: str = ""  # the target-role words it maps to
    skills: tuple[str, ...] = ()  # taxonomy skills it is evidence for


@lru_cache(maxsize=1)
def load_translation_map() -> dict[str, DomainMap]:
    """Every domain's map, validated. Raises ValidationError naming the bad file."""
    maps: dict[str, DomainMap] = {}
    for domain in DOMAINS:
        path = content_path("translations", f"{domain}.yaml")
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506
            item = DomainMap.model_validate(data)
        except Exception as exc:  # pydantic or YAML: report which file
            raise ValidationError(f"Translation map {path.name} is invalid: {exc}") from None
        if item.domain != domain:
            raise ValidationError(f"{path.name} declares domain {item.domain!r}, not {domain!r}.")
        maps[domain] = item
    return maps


@lru_cache(maxsize=1)
def _index() -> PhraseIndex[tuple[str, Translation]]:
    index: PhraseIndex[tuple[str, Translation]] = PhraseIndex()
    for domain, dmap in load_translation_map().items():
        for entry in dmap.entries:
            for phrase in entry.phrases:
                index.add(phrase, (domain, entry))
    return index


def find_jargon(
    text: str, domain: str | None = None, *, tokens: list[Token] | None = None
) -> list[JargonHit]:
    """Past-domain phrases in `text` (all domains, or only `domain`), left to right.

    Matching ignores case, plural and verb endings ("reconciliations" finds
    "reconciliation"). Overlapping phrases resolve to the longest. `tokens`: `text`'s
    tokens when the caller has them already (a resume line is tokenized once).
    """
    if domain is not None and domain not in DOMAINS:
        return []
    hits: list[JargonHit] = []
    seen: set[tuple[int, int]] = set()
    tokens = tokenize(text) if tokens is None else tokens
    for hit in _index().scan(tokens, accept=lambda v, *_: domain is None or v[0] == domain):
        dom, entry = hit.value
        if (hit.start, hit.end) in seen:
            continue
        seen.add((hit.start, hit.end))
        hits.append(
            JargonHit(
                term=text[hit.start : hit.end],
                start=hit.start,
                end=hit.end,
                domain=dom,
                suggestion=f"In tech terms: {entry.target}. {entry.say}",
                target=entry.target,
                skills=tuple(entry.skills),
            )
        )
    return hits
