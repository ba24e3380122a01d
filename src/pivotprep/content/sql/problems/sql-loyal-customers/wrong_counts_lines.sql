-- Joins order_items first, so it counts order lines instead of orders.
SELECT o.customer_id, count(*) AS orders
FROM orders o
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status = 'delivered'
GROUP BY o.customer_id
HAVING count(*) > 10;
