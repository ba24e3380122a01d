-- Sums every ok row, so double-posted payments are counted twice.
SELECT method, sum(amount) AS collected
FROM payments
WHERE status = 'ok'
GROUP BY method;
