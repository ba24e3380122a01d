-- Counts bookings instead of weighing them by their slots.
SELECT f.kind, round(100.0 * count(*) FILTER (WHERE b.member_id IS NULL) / count(*), 1) AS guest_pct
FROM bookings b JOIN facilities f ON f.facility_id = b.facility_id
WHERE NOT b.cancelled
GROUP BY f.kind;
