-- The statement allows keeping the event names with no duplicates, with 0 surplus rows.
WITH groups AS (
  SELECT event_name, count(*) AS n
  FROM events GROUP BY user_id, session_id, event_time, event_name)
SELECT event_name, sum(n - 1) AS extra_rows FROM groups GROUP BY event_name;
