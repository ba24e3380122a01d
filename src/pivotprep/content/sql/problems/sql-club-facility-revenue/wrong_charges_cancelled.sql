-- Charges cancelled bookings as well.
SELECT f.name AS facility, sum(b.slots * CASE WHEN b.member_id IS NULL THEN f.guest_rate ELSE f.member_rate END) AS revenue
FROM bookings b JOIN facilities f ON f.facility_id = b.facility_id
GROUP BY f.name;
