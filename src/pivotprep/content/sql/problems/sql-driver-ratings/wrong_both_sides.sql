-- Mixes in the ratings drivers gave to riders.
SELECT t.driver_id, count(*) AS ratings, round(avg(r.stars), 2) AS avg_stars
FROM ratings r JOIN trips t ON t.trip_id = r.trip_id
GROUP BY t.driver_id HAVING count(*) >= 20;
