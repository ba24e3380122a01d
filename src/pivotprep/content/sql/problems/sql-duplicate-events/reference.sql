WITH groups AS (
  SELECT event_name, count(*) AS n
  FROM events GROUP BY user_id, session_id, event_time, event_name
  HAVING count(*) > 1)
SELECT event_name, sum(n - 1) AS extra_rows FROM groups GROUP BY event_name;
