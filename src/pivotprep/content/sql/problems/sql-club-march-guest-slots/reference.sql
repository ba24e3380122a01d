SELECT facility_id, sum(slots) AS guest_slots
FROM bookings
WHERE member_id IS NULL AND NOT cancelled
  AND starts_at >= TIMESTAMP '2024-03-01' AND starts_at < TIMESTAMP '2024-04-01'
GROUP BY facility_id;
