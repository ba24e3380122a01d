SELECT hour(requested_at) AS hour, count(*) AS requests,
       round(100.0 * count(*) FILTER (WHERE status IN ('cancelled_by_rider', 'cancelled_by_driver')) / count(*), 1) AS cancelled_pct
FROM trips GROUP BY 1 ORDER BY 1;
