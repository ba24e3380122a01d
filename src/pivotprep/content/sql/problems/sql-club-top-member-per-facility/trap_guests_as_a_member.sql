-- Keeps the guest bookings as one more 'member' (NULL), which tops the busiest facilities.
WITH per_member AS (
  SELECT facility_id, member_id, sum(slots) AS slots
  FROM bookings WHERE NOT cancelled
  GROUP BY facility_id, member_id),
ranked AS (
  SELECT *, row_number() OVER (PARTITION BY facility_id ORDER BY slots DESC, member_id) AS rn
  FROM per_member)
SELECT facility_id, member_id, slots FROM ranked WHERE rn = 1;
