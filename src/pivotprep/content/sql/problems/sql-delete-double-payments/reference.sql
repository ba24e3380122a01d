DELETE FROM payments
WHERE payment_id NOT IN (
  SELECT min(payment_id) FROM payments GROUP BY order_id, paid_at, amount, status);
