-- Ranks across all cities instead of within each city.
WITH day AS (
  SELECT trip_id, city, fare, rank() OVER (ORDER BY fare DESC) AS fare_rank
  FROM trips
  WHERE status = 'completed' AND requested_at >= '2024-03-15' AND requested_at < '2024-03-16')
SELECT trip_id, city, fare, fare_rank FROM day WHERE fare_rank <= 3;
