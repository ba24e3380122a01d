SELECT month(event_time) AS month, count(*) AS purchases, sum(revenue) AS revenue
FROM events
WHERE event_name = 'purchase' AND event_time >= '2024-01-01' AND event_time < '2025-01-01'
GROUP BY 1 ORDER BY 1;
