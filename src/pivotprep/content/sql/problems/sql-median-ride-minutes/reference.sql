-- The median of whole seconds is an integer or a half, so minutes to 4 decimals (DECIMAL)
-- hold it exactly; a median of exactly 22.65 minutes then rounds half away from zero to
-- 22.7, as PostgreSQL's numeric does (in DOUBLE, 22.65 is 22.6499... and rounds to 22.6).
SELECT city,
       round((median(date_diff('second', pickup_at, dropoff_at)) / 60)::DECIMAL(18, 4), 1)
         AS median_minutes
FROM trips WHERE status = 'completed' GROUP BY city;
