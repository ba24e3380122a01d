"""The `rides` dataset: riders, drivers, trips requested mostly at rush hours (completed,
cancelled or unmatched) and two-sided ratings.
"""

from __future__ import annotations

from pivotprep.sql.dataset_sqlgen import FIRST, LAST, pick, sql_list

# hours of the day, busiest first (rush hours), for skewed request times
RUSH_HOURS = [8, 9, 17, 18, 7, 19, 12, 13, 16, 20, 22, 10, 15, 11, 14, 21, 23, 6, 0, 1, 5, 2, 3, 4]
RIDE_CITIES = ["Lagos", "Sao Paulo", "Jakarta", "Mexico City", "Cairo", "Manila", "Lima", "Accra"]

# rows per entity table at each size; fact tables follow from them
PARAMS: dict[str, dict[str, int]] = {
    "small": {"riders": 300, "drivers": 50, "trips": 4000},
    "large": {"riders": 250_000, "drivers": 20_000, "trips": 3_000_000},
}


def _riders(p: dict[str, int]) -> str:
    nr = p["riders"]
    cities = sql_list(RIDE_CITIES)
    nc = len(RIDE_CITIES)
    return f"""
        CREATE TABLE riders AS
        SELECT i::INTEGER AS rider_id, {pick(FIRST, "i", 1)} || ' ' || {pick(LAST, "i", 2)}
            AS full_name,
          {cities}[1 + floor(pow(u(i, 3), 1.5) * {nc})::INT] AS city,
          (DATE '2022-06-01' + floor(u(i, 4) * 900)::INT) AS signup_date
        FROM range(1, {nr} + 1) r(i) ORDER BY i"""


def _drivers(p: dict[str, int]) -> str:
    nd = p["drivers"]
    cities = sql_list(RIDE_CITIES)
    nc = len(RIDE_CITIES)
    return f"""
        CREATE TABLE drivers AS
        SELECT i::INTEGER AS driver_id, {pick(FIRST, "i", 11)} || ' ' || {pick(LAST, "i", 12)}
            AS full_name,
          {cities}[1 + floor(pow(u(i, 13), 1.5) * {nc})::INT] AS city,
          {pick(["standard", "comfort", "xl", "moto"], "i", 14, 1.8)} AS vehicle_type,
          (DATE '2021-01-01' + floor(u(i, 15) * 1200)::INT) AS joined_on,
          u(i, 16) >= 0.15 AS is_active
        FROM range(1, {nd} + 1) r(i) ORDER BY i"""


def _trips(p: dict[str, int]) -> str:
    nr = p["riders"]
    nt = p["trips"]
    hours = "[" + ", ".join(str(h) for h in RUSH_HOURS) + "]"
    return f"""
        CREATE TABLE trips AS
        WITH slots AS (
          SELECT driver_id, city, row_number() OVER (PARTITION BY city ORDER BY driver_id) - 1 AS k
          FROM drivers),
        per_city AS (SELECT city, count(*) AS n FROM drivers GROUP BY city),
        t AS (
          SELECT i, 1 + floor(pow(u(i, 1), 1.7) * {nr})::INT AS rider_id
          FROM range(1, {nt} + 1) r(i)),
        tr AS (
          SELECT t.i, t.rider_id, r.city,
            CASE WHEN u(i, 3) < 0.80 THEN 'completed' WHEN u(i, 3) < 0.88 THEN 'cancelled_by_rider'
                 WHEN u(i, 3) < 0.95 THEN 'cancelled_by_driver' ELSE 'no_driver' END AS status,
            TIMESTAMP '2023-01-01' + to_days(floor(u(i, 4) * 730)::INT)
              + to_seconds(({hours}[1 + floor(pow(u(i, 5), 1.6) * 24)::INT] * 3600
                             + floor(u(i, 6) * 3600)::INT)::BIGINT) AS requested_at,
            round(0.8 + pow(u(i, 7), 2) * 30, 2)::DECIMAL(6, 2) AS distance_km,
            CASE WHEN u(i, 8) < 0.15 THEN round(1.2 + u(i, 9) * 1.3, 1) ELSE 1.0 END::DECIMAL(3, 1)
              AS surge_multiplier
            , floor(pow(u(i, 2), 1.3) * pc.n)::INT AS k
          FROM t JOIN riders r USING (rider_id) JOIN per_city pc ON pc.city = r.city)
        SELECT tr.i::INTEGER AS trip_id, tr.rider_id,
          CASE WHEN tr.status = 'no_driver' THEN NULL ELSE s.driver_id END AS driver_id,
          tr.city, tr.status, tr.requested_at,
          CASE WHEN tr.status = 'completed'
               THEN tr.requested_at + to_seconds((120 + floor(u(tr.i, 10) * 780))::BIGINT) END
            AS pickup_at,
          CASE WHEN tr.status = 'completed'
               THEN tr.requested_at + to_seconds((120 + floor(u(tr.i, 10) * 780)
                    + tr.distance_km * (90 + floor(u(tr.i, 11) * 150)))::BIGINT) END AS dropoff_at,
          tr.distance_km,
          CASE WHEN tr.status = 'completed'
               THEN round(2.5 + tr.distance_km * 1.1 * tr.surge_multiplier, 2)
               WHEN tr.status = 'cancelled_by_rider' AND u(tr.i, 12) < 0.4 THEN 3.0
               WHEN tr.status = 'no_driver' THEN NULL ELSE 0 END::DECIMAL(8, 2) AS fare,
          tr.surge_multiplier,
          CASE WHEN tr.status = 'completed' AND u(tr.i, 13) < 0.25
               THEN round(0.5 + u(tr.i, 14) * 6, 2)::DECIMAL(6, 2) END AS tip
        FROM tr JOIN slots s
          ON s.city = tr.city AND s.k = tr.k
        ORDER BY trip_id"""


def _ratings(_p: dict[str, int]) -> str:
    return (
        """
        CREATE TABLE ratings AS
        WITH r AS (
          SELECT trip_id, dropoff_at, 'rider' AS rated_by, 0 AS k FROM trips
          WHERE status = 'completed' AND u(trip_id, 30) < 0.6
          UNION ALL
          SELECT trip_id, dropoff_at, 'driver', 1 FROM trips
          WHERE status = 'completed' AND u(trip_id, 31) < 0.7)
        SELECT row_number() OVER (ORDER BY trip_id, k)::INTEGER AS rating_id, trip_id, rated_by,
          [5, 5, 5, 4, 5, 4, 3, 5, 1, 2][1 + floor(u(trip_id * 2 + k, 32) * 10)::INT]::INTEGER
            AS stars,
          CASE WHEN u(trip_id * 2 + k, 33) < 0.08
               THEN """
        + pick(
            ["great driver", "late pickup", "car was clean", "rude", "smooth ride", "lost"],
            "trip_id * 2 + k",
            34,
        )
        + """ END AS comment,
          dropoff_at + to_seconds(floor(30 + pow(u(trip_id * 2 + k, 35), 3) * 86400)::BIGINT)
            AS rated_at
        FROM r ORDER BY rating_id"""
    )


def steps(p: dict[str, int]) -> list[tuple[str, str]]:
    """The ({table}, CREATE TABLE ... AS SELECT) steps that build the dataset, in order."""
    return [
        ("riders", _riders(p)),
        ("drivers", _drivers(p)),
        ("trips", _trips(p)),
        ("ratings", _ratings(p)),
    ]
