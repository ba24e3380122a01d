-- Computes the share of surge trips, not the share of revenue.
SELECT city, sum(fare) AS revenue,
       round(100.0 * count(*) FILTER (WHERE surge_multiplier > 1) / count(*), 1) AS surge_pct
FROM trips WHERE status = 'completed' GROUP BY city;
