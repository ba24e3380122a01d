SELECT u.platform,
  count(DISTINCT e.user_id) FILTER (WHERE e.event_name = 'view_item') AS viewed,
  count(DISTINCT e.user_id) FILTER (WHERE e.event_name = 'add_to_cart') AS carted,
  count(DISTINCT e.user_id) FILTER (WHERE e.event_name = 'checkout') AS checked_out,
  count(DISTINCT e.user_id) FILTER (WHERE e.event_name = 'purchase') AS purchased
FROM events e JOIN users u ON u.user_id = e.user_id
GROUP BY u.platform;
