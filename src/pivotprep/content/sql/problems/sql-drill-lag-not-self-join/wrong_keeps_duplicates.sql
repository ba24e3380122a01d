-- Skips the DISTINCT, so a double-sent event after a long gap is compared with itself and users' counts change.
WITH prev AS (
  SELECT user_id, event_time, lag(event_time) OVER (PARTITION BY user_id ORDER BY event_time, event_id) AS prev_time
  FROM events WHERE user_id <= 3000)
SELECT user_id, count(*) FILTER (WHERE prev_time IS NULL OR event_time - prev_time > INTERVAL 30 MINUTE) AS new_sessions
FROM prev GROUP BY user_id;
