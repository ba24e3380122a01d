WITH daily AS (
  SELECT event_time::DATE AS day, count(DISTINCT user_id) AS dau
  FROM events
  WHERE event_time >= '2024-02-01' AND event_time < '2024-03-01'
  GROUP BY 1)
SELECT day, dau, round(avg(dau) OVER (ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW), 1) AS dau_7d
FROM daily ORDER BY day;
