SELECT city, sum(fare) AS revenue,
       round(100.0 * sum(fare) FILTER (WHERE surge_multiplier > 1) / sum(fare), 1) AS surge_pct
FROM trips WHERE status = 'completed' GROUP BY city;
