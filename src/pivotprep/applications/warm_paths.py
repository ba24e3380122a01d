"""Warm paths into a target company: the people you know there, strongest first.

- *former colleague*: works at the target now and worked at one of your past employers
  (their past companies come from a contacts file that lists them);
- *alumni*: works at the target and went to one of your schools (when the file gives it);
- *first-degree*: works at the target and is one of your connections.

People still at one of your past employers are not a path into a given target, but they
can vouch for you anywhere: `introducers` lists them.

Pure: contacts (with normalised company keys) in, paths out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

STRENGTH = {"former colleague": 3, "alumni": 2, "first-degree": 1}


@dataclass(frozen=True)
class Person:
    contact_id: int
    name: str
    position: str
    company_key: str
    past_company_keys: frozenset[str] = frozenset()
    school_keys: frozenset[str] = frozenset()


@dataclass(frozen=True)
class WarmPath:
    contact_id: int
    name: str
    position: str
    kinds: tuple[str, ...]  # strongest first
    why: tuple[str, ...]  # one phrase per kind, e.g. "you both worked at Northwind Bank"

    @property
    def strength(self) -> int:
        return max(STRENGTH[k] for k in self.kinds)

    @property
    def label(self) -> str:
        return self.kinds[0]


def _path(person: Person, employers: Mapping[str, str], schools: Mapping[str, str]) -> WarmPath:
    kinds: list[str] = []
    why: list[str] = []
    shared = sorted(employers[k] for k in person.past_company_keys if k in employers)
    if shared:
        kinds.append("former colleague")
        why.append(f"you both worked at {', '.join(shared)}")
    alma = sorted(schools[k] for k in person.school_keys if k in schools)
    if alma:
        kinds.append("alumni")
        why.append(f"you both studied at {', '.join(alma)}")
    kinds.append("first-degree")
    why.append("one of your connections")
    return WarmPath(person.contact_id, person.name, person.position, tuple(kinds), tuple(why))


def paths_into(
    company_keys: Iterable[str],
    people: Iterable[Person],
    *,
    employers: Mapping[str, str],
    schools: Mapping[str, str],
) -> list[WarmPath]:
    """Everyone at the company (any of its keys), strongest path first, then by name.

    `employers` and `schools` map your past employers' and schools' keys to their names."""
    keys = frozenset(company_keys)
    found = [_path(p, employers, schools) for p in people if p.company_key in keys]
    return sorted(found, key=lambda p: (-p.strength, p.name.casefold(), p.contact_id))


def introducers(people: Iterable[Person], employers: Mapping[str, str]) -> list[Person]:
    """Connections who still work at one of your past employers, by name."""
    return sorted(
        (p for p in people if p.company_key in employers),
        key=lambda p: (p.name.casefold(), p.contact_id),
    )
