-- Takes the earliest time and, separately, the alphabetically first facility: they need not belong to one booking.
SELECT b.member_id, min(f.name) AS facility, min(b.starts_at) AS starts_at
FROM bookings b JOIN facilities f ON f.facility_id = b.facility_id
WHERE b.member_id IS NOT NULL
GROUP BY b.member_id;
