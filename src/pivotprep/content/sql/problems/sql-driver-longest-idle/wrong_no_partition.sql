-- LEAD without PARTITION BY pairs a drop-off with another driver's next pickup.
WITH seq AS (
  SELECT driver_id, dropoff_at,
         lead(pickup_at) OVER (ORDER BY pickup_at, trip_id) AS next_pickup
  FROM trips
  WHERE status = 'completed' AND requested_at >= '2024-06-01' AND requested_at < '2024-07-01')
SELECT driver_id, max(date_diff('minute', dropoff_at, next_pickup)) AS longest_idle_minutes
FROM seq GROUP BY driver_id HAVING count(next_pickup) > 0;
