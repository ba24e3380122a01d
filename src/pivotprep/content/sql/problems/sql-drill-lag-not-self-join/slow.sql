WITH t AS (SELECT DISTINCT user_id, event_time FROM events WHERE user_id <= 3000),
prev AS (
  SELECT t1.user_id, t1.event_time, max(t2.event_time) AS prev_time
  FROM t t1 JOIN t t2 ON t2.user_id = t1.user_id AND t2.event_time < t1.event_time
  GROUP BY t1.user_id, t1.event_time)
SELECT user_id, count(*) FILTER (WHERE event_time - prev_time > INTERVAL 30 MINUTE) AS new_sessions
FROM prev GROUP BY user_id;
