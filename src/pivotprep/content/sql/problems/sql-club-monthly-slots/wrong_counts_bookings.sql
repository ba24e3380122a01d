-- Counts bookings instead of adding up their slots.
SELECT date_trunc('month', starts_at)::DATE AS month, count(*) AS slots
FROM bookings
WHERE NOT cancelled
GROUP BY 1
ORDER BY 1;
