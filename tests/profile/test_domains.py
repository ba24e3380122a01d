"""One list of past domains: what a profile (and a story) accepts, and the domains the
translation map rewords."""

from __future__ import annotations

from pivotprep.content import content_path
from pivotprep.profile.service import DOMAINS, NO_DOMAIN


def test_every_translation_map_is_for_a_domain_the_profile_accepts():
    mapped = {path.stem for path in content_path("translations").glob("*.yaml")}
    assert mapped <= set(DOMAINS)
    # Only a technical past and "none of these" have no past-field jargon to reword.
    assert set(DOMAINS) - mapped == {"engineering", NO_DOMAIN}


def test_the_domains_are_listed_once_each():
    assert len(DOMAINS) == len(set(DOMAINS)) and DOMAINS[-1] == NO_DOMAIN
