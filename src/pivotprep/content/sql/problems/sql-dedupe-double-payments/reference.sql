WITH unique_payments AS (
  SELECT DISTINCT method, order_id, paid_at, amount
  FROM payments
  WHERE status = 'ok')
SELECT method, sum(amount) AS collected
FROM unique_payments
GROUP BY method;
