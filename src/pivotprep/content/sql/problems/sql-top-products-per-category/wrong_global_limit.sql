-- Uses ORDER BY ... LIMIT 3, which keeps three products overall instead of three per category.
SELECT p.category, p.product_id, sum(oi.quantity) AS units
FROM order_items oi JOIN products p ON p.product_id = oi.product_id
GROUP BY p.category, p.product_id
ORDER BY units DESC, p.product_id
LIMIT 3;
