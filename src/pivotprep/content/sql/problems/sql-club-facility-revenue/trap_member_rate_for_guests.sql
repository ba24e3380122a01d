-- Charges every booking the member rate, so guests pay too little.
SELECT f.name AS facility, sum(b.slots * f.member_rate) AS revenue
FROM bookings b JOIN facilities f ON f.facility_id = b.facility_id
WHERE NOT b.cancelled
GROUP BY f.name;
