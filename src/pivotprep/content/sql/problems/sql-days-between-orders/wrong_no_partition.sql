-- The LAG has no PARTITION BY, so a customer's first order is compared with someone else's order.
WITH gaps AS (
  SELECT customer_id,
         ordered_at::DATE - lag(ordered_at::DATE) OVER (ORDER BY ordered_at, order_id) AS gap
  FROM orders)
SELECT customer_id, round(avg(gap), 1) AS avg_gap_days
FROM gaps
GROUP BY customer_id
HAVING count(*) >= 2;
