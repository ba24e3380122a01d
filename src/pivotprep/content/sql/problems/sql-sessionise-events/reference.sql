WITH gaps AS (
  SELECT user_id, event_time,
         lag(event_time) OVER (PARTITION BY user_id ORDER BY event_time, event_id) AS prev_time
  FROM events)
SELECT user_id,
       count(*) FILTER (WHERE prev_time IS NULL OR event_time - prev_time > INTERVAL 30 MINUTE) AS sessions
FROM gaps GROUP BY user_id;
