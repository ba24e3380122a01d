SELECT t.trip_id, t.city, t.fare, (
    SELECT count(*) + 1 FROM trips t2
    WHERE t2.city = t.city AND t2.status = 'completed'
      AND t2.requested_at >= '2024-03-15' AND t2.requested_at < '2024-03-16'
      AND t2.fare > t.fare) AS fare_rank
FROM trips t
WHERE t.status = 'completed' AND t.requested_at >= '2024-03-15' AND t.requested_at < '2024-03-16'
  AND (SELECT count(*) + 1 FROM trips t2
       WHERE t2.city = t.city AND t2.status = 'completed'
         AND t2.requested_at >= '2024-03-15' AND t2.requested_at < '2024-03-16'
         AND t2.fare > t.fare) <= 3;
