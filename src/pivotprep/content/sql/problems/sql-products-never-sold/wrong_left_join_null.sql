-- Any line from outside the week leaves o.order_id NULL, so products sold that week still come back.
SELECT DISTINCT p.product_id, p.name, p.category
FROM products p
LEFT JOIN order_items oi ON oi.product_id = p.product_id
LEFT JOIN orders o ON o.order_id = oi.order_id
     AND o.ordered_at >= '2024-12-16' AND o.ordered_at < '2024-12-23'
WHERE o.order_id IS NULL;
