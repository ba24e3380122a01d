-- Groups by month number without limiting to 2024, so January 2025 is added to January 2024.
SELECT month(event_time) AS month, count(*) AS purchases, sum(revenue) AS revenue
FROM events WHERE event_name = 'purchase'
GROUP BY 1 ORDER BY 1;
