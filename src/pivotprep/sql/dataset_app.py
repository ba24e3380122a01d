"""The `app` dataset: a mobile app's users, their sessions and the event stream (with a
funnel, duplicated events and purchase revenue).
"""

from __future__ import annotations

from pivotprep.sql.dataset_sqlgen import pick

COUNTRIES = ["US", "IN", "BR", "DE", "GB", "FR", "NG", "JP", "MX", "CA"]

# rows per entity table at each size; fact tables follow from them
PARAMS: dict[str, dict[str, int]] = {
    "small": {"users": 300, "max_sessions": 12},
    "large": {"users": 150_000, "max_sessions": 30},
}


def _users(p: dict[str, int]) -> str:
    nu = p["users"]
    return f"""
        CREATE TABLE users AS
        SELECT i::INTEGER AS user_id,
          TIMESTAMP '2024-01-01' + to_seconds(floor(u(i, 1) * 366 * 86400)::BIGINT) AS signup_at,
          {pick(COUNTRIES, "i", 2, 1.5)} AS country,
          {pick(["android", "ios", "web"], "i", 3, 1.3)} AS platform,
          CASE WHEN u(i, 4) < 0.1 THEN NULL
               ELSE {pick(["organic", "ads", "referral", "social"], "i", 5, 1.4)} END
            AS acquisition_channel
        FROM range(1, {nu} + 1) r(i) ORDER BY i"""


def _sessions(p: dict[str, int]) -> str:
    ms = p["max_sessions"]
    return f"""
        CREATE TABLE sessions AS
        WITH s AS (
          SELECT user_id, signup_at, platform,
                 unnest(range(0, 1 + floor(pow(u(user_id, 10), 2.5) * {ms})::INT)) AS n
          FROM users)
        SELECT row_number() OVER (ORDER BY user_id, n)::INTEGER AS session_id, user_id,
          CASE WHEN n = 0 THEN signup_at + INTERVAL 2 MINUTE
               ELSE signup_at + to_seconds(floor(pow(u(user_id * 64 + n, 11), 1.6)
                                                 * 180 * 86400)::BIGINT) END AS started_at,
          platform AS device,
          {pick(["3.2.0", "3.3.1", "3.4.0", "4.0.2"], "user_id * 64 + n", 12)} AS app_version
        FROM s ORDER BY session_id"""


def _events(_p: dict[str, int]) -> str:
    return (
        """
        CREATE TABLE events AS
        WITH sd AS (
          SELECT session_id, user_id, started_at,
            CASE WHEN u(session_id, 20) < 0.45 THEN 0 WHEN u(session_id, 20) < 0.75 THEN 1
                 WHEN u(session_id, 20) < 0.87 THEN 2 WHEN u(session_id, 20) < 0.93 THEN 3
                 ELSE 4 END AS depth,
            floor(pow(u(session_id, 21), 2) * 6)::INT AS extra,
            (10 + floor(u(session_id, 22) * 170))::INT AS gap_s
          FROM sessions),
        e AS (
          SELECT *, unnest(range(0, 1 + greatest(depth, extra))) AS j FROM sd),
        named AS (
          SELECT session_id, user_id, j, started_at + to_seconds(j * gap_s) AS event_time,
            CASE WHEN j = 0 THEN 'app_open'
                 WHEN j <= depth THEN ['view_item', 'add_to_cart', 'checkout', 'purchase'][j]
                 ELSE """
        + pick(["view_item", "search", "view_item", "share"], "session_id * 64 + j", 23)
        + """ END AS event_name
          FROM e),
        dups AS (
          SELECT *, 0 AS dup FROM named
          UNION ALL
          SELECT *, 1 FROM named WHERE u(session_id * 64 + j, 24) < 0.01)
        SELECT row_number() OVER (ORDER BY session_id, j, dup)::BIGINT AS event_id,
          user_id, session_id, event_time, event_name,
          CASE WHEN event_name = 'purchase'
               THEN round(4 + pow(u(session_id, 25), 2) * 196, 2)::DECIMAL(10, 2) END AS revenue
        FROM dups ORDER BY event_id"""
    )


def steps(p: dict[str, int]) -> list[tuple[str, str]]:
    """The ({table}, CREATE TABLE ... AS SELECT) steps that build the dataset, in order."""
    return [
        ("users", _users(p)),
        ("sessions", _sessions(p)),
        ("events", _events(p)),
    ]
