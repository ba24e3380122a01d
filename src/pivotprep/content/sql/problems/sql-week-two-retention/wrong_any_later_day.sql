-- Counts any session from day 7 on, which measures 'ever came back after a week', not week-two retention.
WITH flags AS (
  SELECT u.user_id, date_trunc('month', u.signup_at)::DATE AS signup_month,
         EXISTS (SELECT 1 FROM sessions s WHERE s.user_id = u.user_id
                 AND s.started_at::DATE - u.signup_at::DATE >= 7) AS retained
  FROM users u)
SELECT signup_month, count(*) AS users, count(*) FILTER (WHERE retained) AS retained,
       round(100.0 * count(*) FILTER (WHERE retained) / count(*), 1) AS retention_pct
FROM flags GROUP BY signup_month;
