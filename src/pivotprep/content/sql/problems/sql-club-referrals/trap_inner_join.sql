-- The inner join drops every member who referred nobody, instead of counting 0.
SELECT m.member_id, count(*) AS referred
FROM members m JOIN members r ON r.referred_by = m.member_id
GROUP BY m.member_id;
