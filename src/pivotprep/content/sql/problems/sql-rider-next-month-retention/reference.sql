WITH done AS (SELECT rider_id, date_trunc('month', requested_at)::DATE AS m FROM trips WHERE status = 'completed'),
firsts AS (SELECT rider_id, min(m) AS cohort_month FROM done GROUP BY rider_id),
flags AS (
  SELECT f.rider_id, f.cohort_month,
         EXISTS (SELECT 1 FROM done d WHERE d.rider_id = f.rider_id AND d.m = f.cohort_month + INTERVAL 1 MONTH) AS retained
  FROM firsts f WHERE f.cohort_month < '2024-01-01')
SELECT cohort_month, count(*) AS riders, count(*) FILTER (WHERE retained) AS retained,
       round(100.0 * count(*) FILTER (WHERE retained) / count(*), 1) AS retained_pct
FROM flags GROUP BY cohort_month;
