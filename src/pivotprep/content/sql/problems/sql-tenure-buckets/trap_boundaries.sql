-- datediff('year') counts new-year boundaries crossed, not completed years, so people are promoted a bucket early.
WITH t AS (
  SELECT datediff('year', hire_date, DATE '2024-06-30') AS years
  FROM employees WHERE termination_date IS NULL)
SELECT CASE WHEN years < 1 THEN 'under 1' WHEN years < 3 THEN '1-2'
            WHEN years < 5 THEN '3-4' ELSE '5+' END AS bucket, count(*) AS employees
FROM t GROUP BY 1;
