WITH RECURSIVE chain AS (
  SELECT 0 AS step, member_id, referred_by FROM members WHERE member_id = 30
  UNION ALL
  SELECT c.step + 1, m.member_id, m.referred_by
  FROM chain c JOIN members m ON m.member_id = c.referred_by)
SELECT step, member_id FROM chain ORDER BY step;
