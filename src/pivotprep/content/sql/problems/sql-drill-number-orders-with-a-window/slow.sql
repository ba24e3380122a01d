SELECT date_trunc('month', o.ordered_at)::DATE AS month, count(*) AS third_orders
FROM orders o
WHERE o.customer_id <= 1000
  AND (SELECT count(*) FROM orders o2
       WHERE o2.customer_id = o.customer_id AND o2.ordered_at < o.ordered_at) = 2
GROUP BY 1;
