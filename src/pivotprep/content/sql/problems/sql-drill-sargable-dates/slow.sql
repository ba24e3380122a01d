SELECT upper(p.category) AS category, sum(oi.quantity * oi.unit_price) AS revenue
FROM order_items oi
JOIN orders o ON o.order_id = oi.order_id
JOIN products p ON p.product_id = oi.product_id
WHERE strftime(o.ordered_at, '%Y-%m') || '-' || lower(o.status) = '2024-12-delivered'
GROUP BY upper(p.category);
