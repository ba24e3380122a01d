-- avg(tip) skips rides without a tip, averaging over tippers only.
SELECT city, round(avg(tip), 2) AS avg_tip FROM trips WHERE status = 'completed' GROUP BY city;
