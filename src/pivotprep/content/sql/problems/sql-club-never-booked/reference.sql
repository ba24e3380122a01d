SELECT m.member_id, m.first_name, m.last_name
FROM members m
WHERE NOT EXISTS (SELECT 1 FROM bookings b WHERE b.member_id = m.member_id);
