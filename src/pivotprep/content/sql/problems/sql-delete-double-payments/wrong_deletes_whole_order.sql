-- Deletes every payment of an order that has a duplicate, including the one to keep and its failed attempts.
DELETE FROM payments
WHERE order_id IN (
  SELECT order_id FROM payments GROUP BY order_id, paid_at, amount, status HAVING count(*) > 1);
