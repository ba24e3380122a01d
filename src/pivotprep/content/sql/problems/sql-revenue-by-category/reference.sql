SELECT p.category, sum(oi.quantity * oi.unit_price - coalesce(oi.discount, 0)) AS revenue
FROM orders o
JOIN order_items oi ON oi.order_id = o.order_id
JOIN products p ON p.product_id = oi.product_id
WHERE o.status = 'delivered'
GROUP BY p.category;
