-- Measures from the request time, which adds the waiting time to every ride.
SELECT city, round(median(date_diff('second', requested_at, dropoff_at) / 60.0), 1) AS median_minutes
FROM trips WHERE status = 'completed' GROUP BY city;
