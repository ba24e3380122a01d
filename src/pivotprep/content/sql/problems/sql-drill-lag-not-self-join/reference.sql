WITH t AS (SELECT DISTINCT user_id, event_time FROM events WHERE user_id <= 3000),
prev AS (
  SELECT user_id, event_time, lag(event_time) OVER (PARTITION BY user_id ORDER BY event_time) AS prev_time
  FROM t)
SELECT user_id, count(*) FILTER (WHERE event_time - prev_time > INTERVAL 30 MINUTE) AS new_sessions
FROM prev WHERE prev_time IS NOT NULL GROUP BY user_id;
