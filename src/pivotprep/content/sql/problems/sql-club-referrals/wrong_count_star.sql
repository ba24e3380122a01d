-- count(*) counts the NULL row a LEFT JOIN makes for members without referrals as 1.
SELECT m.member_id, count(*) AS referred
FROM members m LEFT JOIN members r ON r.referred_by = m.member_id
GROUP BY m.member_id;
