SELECT f.kind, round(100.0 * sum(b.slots) FILTER (WHERE b.member_id IS NULL) / sum(b.slots), 1) AS guest_pct
FROM bookings b JOIN facilities f ON f.facility_id = b.facility_id
WHERE NOT b.cancelled
GROUP BY f.kind;
