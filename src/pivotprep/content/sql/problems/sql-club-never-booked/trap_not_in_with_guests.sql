-- NOT IN against a subquery that returns the guests' NULL member_id is never true: no row comes back.
SELECT member_id, first_name, last_name
FROM members
WHERE member_id NOT IN (SELECT member_id FROM bookings);
