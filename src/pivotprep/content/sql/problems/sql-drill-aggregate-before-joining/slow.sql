SELECT u.user_id, count(DISTINCT s.session_id) AS sessions, count(DISTINCT e.event_id) AS events
FROM users u
LEFT JOIN sessions s ON s.user_id = u.user_id
LEFT JOIN events e ON e.user_id = u.user_id
WHERE u.user_id <= 20000
GROUP BY u.user_id
ORDER BY events DESC, u.user_id
LIMIT 20;
