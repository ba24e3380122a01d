WITH per_member AS (
  SELECT facility_id, member_id, sum(slots) AS slots
  FROM bookings
  WHERE NOT cancelled AND member_id IS NOT NULL
  GROUP BY facility_id, member_id),
ranked AS (
  SELECT *, row_number() OVER (PARTITION BY facility_id ORDER BY slots DESC, member_id) AS rn
  FROM per_member)
SELECT facility_id, member_id, slots FROM ranked WHERE rn = 1;
