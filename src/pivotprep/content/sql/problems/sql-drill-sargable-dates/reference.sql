SELECT upper(p.category) AS category, sum(oi.quantity * oi.unit_price) AS revenue
FROM orders o
JOIN order_items oi ON oi.order_id = o.order_id
JOIN products p ON p.product_id = oi.product_id
WHERE o.ordered_at >= TIMESTAMP '2024-12-01' AND o.ordered_at < TIMESTAMP '2025-01-01'
  AND o.status = 'delivered'
GROUP BY 1;
