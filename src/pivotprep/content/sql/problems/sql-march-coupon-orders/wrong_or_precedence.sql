-- Without parentheses, AND binds first: every delivered order of any date and coupon is returned.
SELECT order_id, customer_id, status, coupon_code
FROM orders
WHERE status = 'delivered' OR status = 'shipped'
  AND coupon_code IS NOT NULL
  AND ordered_at >= TIMESTAMP '2024-03-01'
  AND ordered_at < TIMESTAMP '2024-04-01';
