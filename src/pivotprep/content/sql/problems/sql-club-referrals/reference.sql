SELECT m.member_id, count(r.member_id) AS referred
FROM members m LEFT JOIN members r ON r.referred_by = m.member_id
GROUP BY m.member_id;
