SELECT date_trunc('month', starts_at)::DATE AS month, sum(slots) AS slots
FROM bookings
WHERE NOT cancelled
GROUP BY 1
ORDER BY 1;
