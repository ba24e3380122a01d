-- Counts repeat orders instead of repeat customers, so a customer with three repeats counts three times.
WITH firsts AS (
  SELECT customer_id, min(ordered_at) AS first_at
  FROM orders GROUP BY customer_id)
SELECT date_trunc('month', f.first_at)::DATE AS cohort_month,
       count(DISTINCT f.customer_id) AS customers,
       count(o.order_id) AS repeaters,
       round(100.0 * count(o.order_id) / count(DISTINCT f.customer_id), 1) AS repeat_pct
FROM firsts f
LEFT JOIN orders o ON o.customer_id = f.customer_id AND o.ordered_at > f.first_at
     AND o.ordered_at <= f.first_at + INTERVAL 90 DAY
WHERE f.first_at < '2024-01-01'
GROUP BY 1;
