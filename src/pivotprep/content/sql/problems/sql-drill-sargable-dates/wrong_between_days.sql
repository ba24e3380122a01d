-- BETWEEN '2024-12-01' AND '2024-12-31' loses orders placed on 31 December after midnight.
SELECT upper(p.category) AS category, sum(oi.quantity * oi.unit_price) AS revenue
FROM orders o
JOIN order_items oi ON oi.order_id = o.order_id
JOIN products p ON p.product_id = oi.product_id
WHERE o.ordered_at BETWEEN '2024-12-01' AND '2024-12-31' AND o.status = 'delivered'
GROUP BY 1;
