-- BETWEEN '2024-03-01' AND '2024-03-31' on a timestamp stops at midnight starting 31 March, so that evening's bookings are missed.
SELECT facility_id, sum(slots) AS guest_slots
FROM bookings
WHERE member_id IS NULL AND NOT cancelled
  AND starts_at BETWEEN '2024-03-01' AND '2024-03-31'
GROUP BY facility_id;
