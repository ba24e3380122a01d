SELECT city, round(avg(coalesce(tip, 0)), 2) AS avg_tip FROM trips WHERE status = 'completed' GROUP BY city;
