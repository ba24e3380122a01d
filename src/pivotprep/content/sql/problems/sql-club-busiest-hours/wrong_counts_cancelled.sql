-- Counts cancelled bookings as well.
SELECT hour(starts_at) AS hour, count(*) AS bookings
FROM bookings
GROUP BY 1
ORDER BY 1;
