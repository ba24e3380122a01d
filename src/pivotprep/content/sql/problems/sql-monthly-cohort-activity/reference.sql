SELECT date_trunc('month', u.signup_at)::DATE AS cohort,
       datediff('month', date_trunc('month', u.signup_at), date_trunc('month', s.started_at)) AS month_number,
       count(DISTINCT u.user_id) AS active_users
FROM users u JOIN sessions s ON s.user_id = u.user_id
WHERE datediff('month', date_trunc('month', u.signup_at), date_trunc('month', s.started_at)) BETWEEN 0 AND 3
GROUP BY 1, 2;
