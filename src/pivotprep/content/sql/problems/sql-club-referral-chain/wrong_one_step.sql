-- Stops after the direct referrer instead of following the chain to its end.
SELECT 0 AS step, member_id FROM members WHERE member_id = 30
UNION ALL
SELECT 1, referred_by FROM members WHERE member_id = 30 AND referred_by IS NOT NULL
ORDER BY step;
