"""The past domains a candidate can come from: the one list every feature uses.

A profile's past domain (and each past role's) is one of these; a story can name one too.
Each domain but "engineering" (already technical) and "other" has a translation map in
`content/translations/<domain>.yaml`, which the resume scan and the stories analyzer read
to reword that field's jargon. Other features reach this list through
`pivotprep.profile.service`.
"""

from __future__ import annotations

DOMAINS: tuple[str, ...] = (
    "finance",
    "teaching",
    "healthcare",
    "operations",
    "retail",
    "military",
    "research",
    "sales",
    "engineering",
    "other",
)
NO_DOMAIN = "other"  # the past domain of a profile that names none
