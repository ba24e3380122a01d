SELECT order_id, customer_id, status, coupon_code
FROM orders
WHERE status IN ('delivered', 'shipped')
  AND coupon_code IS NOT NULL
  AND ordered_at >= TIMESTAMP '2024-03-01'
  AND ordered_at < TIMESTAMP '2024-04-01';
