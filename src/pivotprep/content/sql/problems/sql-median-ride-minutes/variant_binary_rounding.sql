-- A median computed in floating point can land a hair under a half (22.649999...) and round down to 22.6: allowed too.
SELECT city, round(median(date_diff('second', pickup_at, dropoff_at) / 60.0), 1) AS median_minutes
FROM trips WHERE status = 'completed' GROUP BY city;
