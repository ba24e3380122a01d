-- SUM(DISTINCT amount) also merges different payments that happen to have the same amount.
SELECT method, sum(DISTINCT amount) AS collected
FROM payments
WHERE status = 'ok'
GROUP BY method;
