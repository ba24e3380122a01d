WITH ordered AS (
  SELECT b.member_id, f.name AS facility, b.starts_at,
         row_number() OVER (PARTITION BY b.member_id ORDER BY b.starts_at, b.booking_id) AS rn
  FROM bookings b JOIN facilities f ON f.facility_id = b.facility_id
  WHERE b.member_id IS NOT NULL)
SELECT member_id, facility, starts_at FROM ordered WHERE rn = 1;
