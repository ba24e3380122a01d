-- Partitions the window by month, so each running total restarts and equals that month's revenue.
WITH monthly AS (
  SELECT date_trunc('month', o.ordered_at)::DATE AS month,
         sum(oi.quantity * oi.unit_price) AS revenue
  FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
  WHERE o.status = 'delivered' AND o.ordered_at >= '2024-01-01' AND o.ordered_at < '2025-01-01'
  GROUP BY 1)
SELECT month, revenue, sum(revenue) OVER (PARTITION BY month ORDER BY month) AS running_total
FROM monthly
ORDER BY month;
