-- Subtracts discount directly: lines without a discount become NULL and drop out of the sum.
SELECT p.category, sum(oi.quantity * oi.unit_price - oi.discount) AS revenue
FROM orders o
JOIN order_items oi ON oi.order_id = o.order_id
JOIN products p ON p.product_id = oi.product_id
WHERE o.status = 'delivered'
GROUP BY p.category;
