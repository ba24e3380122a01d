WITH s AS (SELECT user_id, count(*) AS sessions FROM sessions WHERE user_id <= 20000 GROUP BY user_id),
e AS (SELECT user_id, count(*) AS events FROM events WHERE user_id <= 20000 GROUP BY user_id)
SELECT u.user_id, coalesce(s.sessions, 0) AS sessions, coalesce(e.events, 0) AS events
FROM users u LEFT JOIN s USING (user_id) LEFT JOIN e USING (user_id)
WHERE u.user_id <= 20000
ORDER BY events DESC, u.user_id
LIMIT 20;
