"""Fixtures for the design tests: a saved profile (so the plan exists) and a strong answer."""

from __future__ import annotations

import pytest

STRONG_SHORTENER = """\
## Requirements
Users create short links with an optional custom alias and expiry; a click redirects to the
long URL; marketers see click counts per day. Redirects need p99 under 50 ms.
We assume 100M DAU, 1 new link per user per day, 500 bytes per record, kept for 5 years,
with replication factor 3. Peak is 3x average.
QPS: about 1,200 writes per second on average.
Storage: about 2.7 PB in total.
## API
POST /links {long_url, alias} returns the code; GET /{code} answers 302.
## Data model
links: code (primary key), long_url, owner_id, created_at, expires_at.
## High-level design
```mermaid
flowchart LR
  b[Browser] --> lb[Load balancer]
  lb --> r[Redirect service]
  r --> c[(Redis cache)]
  c -.-> kv[(DynamoDB)]
  r -->|click event| k[(Kafka)]
```
## Deep dives
A counter encoded in base62 avoids collisions; each server reserves an id range. 302 rather
than 301 keeps click counts.
## Wrap-up
The table is replicated across zones with failover. We monitor latency and the cache hit
rate. Counters instead of hashing trade guessable codes for no collisions.
"""


@pytest.fixture
def profile(session):  # type: ignore[no-untyped-def]
    from pivotprep.profile.service import save_profile
    from pivotprep.profile.validation import validate_profile

    data = validate_profile(
        target_role="ml-engineer",
        company_sizes="500+",
        hours_per_week=18,
        timeline_months=4,
        start_date="2026-01-05",
    )
    saved = save_profile(session, data)
    session.commit()
    return saved
