SELECT hour(starts_at) AS hour, count(*) AS bookings
FROM bookings
WHERE NOT cancelled
GROUP BY 1
ORDER BY 1;
