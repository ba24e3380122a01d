"""The `shop` dataset: an online shop's customers (with referrals), products, orders, order
lines and payments (failed retries, duplicates and refunds included).
"""

from __future__ import annotations

from pivotprep.sql.dataset_sqlgen import FIRST, LAST, pick, sql_list

# Ordered by weight: picks use u^2, so the first entries are the most common.
SHOP_CITIES = [
    ("Berlin", "DE"), ("Paris", "FR"), ("Madrid", "ES"), ("Hamburg", "DE"), ("Lyon", "FR"),
    ("Milan", "IT"), ("Lisbon", "PT"), ("Vienna", "AT"), ("Porto", "PT"), ("Munich", "DE"),
    ("Rome", "IT"), ("Seville", "ES"),
]  # fmt: skip
CATEGORIES = ["electronics", "home", "books", "beauty", "sports", "toys", "grocery"]
ADJECTIVES = ["Compact", "Classic", "Eco", "Smart", "Deluxe", "Mini", "Pro", "Soft", "Bold"]
NOUNS = ["Lamp", "Kettle", "Backpack", "Speaker", "Novel", "Serum", "Yoga Mat", "Puzzle", "Tea"]

# Rows the problems' traps need, guaranteed at every size: every 40th customer from the
# 17th never orders (several never-ordered customers), and every 250th order from the
# 125th, when its customer had signed up by then, is a delivered or shipped coupon order
# placed in the evening of 31 March 2024 (a BETWEEN '2024-03-01' AND '2024-03-31' on the
# timestamp misses it).
NEVER_ORDERS = 17
MONTH_END_EVENING = "i % 250 = 125 AND c.signup_date <= DATE '2024-03-31'"

# rows per entity table at each size; fact tables follow from them
PARAMS: dict[str, dict[str, int]] = {
    "small": {"customers": 400, "products": 60, "orders": 3000},
    "large": {"customers": 200_000, "products": 2_000, "orders": 2_000_000},
}


def _customers(p: dict[str, int]) -> str:
    cities = sql_list([c for c, _ in SHOP_CITIES])
    countries = sql_list([c for _, c in SHOP_CITIES])
    nc = p["customers"]
    return f"""
        CREATE TABLE customers AS
        WITH base AS (
          SELECT i, {pick(FIRST, "i", 1)} AS first, {pick(LAST, "i", 2)} AS last,
                 1 + floor(pow(u(i, 5), 2) * {len(SHOP_CITIES)})::INT AS c
          FROM range(1, {nc} + 1) r(i))
        SELECT i::INTEGER AS customer_id, first || ' ' || last AS full_name,
          CASE WHEN u(i, 3) < 0.06 THEN NULL
               ELSE CASE WHEN u(i, 4) < 0.12 THEN upper(first) ELSE lower(first) END
                    || '.' || lower(last) || i || '@' ||
                    {pick(["mail.example", "post.example", "inbox.example"], "i", 6)} END AS email,
          {cities}[c] AS city, {countries}[c] AS country,
          (DATE '2023-01-01' + floor(u(i, 7) * 700)::INT) AS signup_date,
          CASE WHEN i > 1 AND u(i, 8) < 0.15 THEN 1 + floor(u(i, 9) * (i - 1))::INT END
            AS referred_by
        FROM base ORDER BY i"""


def _products(p: dict[str, int]) -> str:
    np_ = p["products"]
    return f"""
        CREATE TABLE products AS
        SELECT i::INTEGER AS product_id,
          {pick(ADJECTIVES, "i", 1)} || ' ' || {pick(NOUNS, "i", 2)} || ' ' || i AS name,
          {pick(CATEGORIES, "i", 3, 1.6)} AS category,
          round(2 + pow(u(i, 4), 2.5) * 480, 2)::DECIMAL(10, 2) AS price,
          (DATE '2022-06-01' + floor(u(i, 5) * 800)::INT) AS launched_on,
          u(i, 6) < 0.1 AS discontinued
        FROM range(1, {np_} + 1) r(i) ORDER BY i"""


def _orders(p: dict[str, int]) -> str:
    nc = p["customers"]
    no = p["orders"]
    return f"""
        CREATE TABLE orders AS
        WITH o AS (
          SELECT i, CASE WHEN c % 40 = {NEVER_ORDERS} THEN c + 1 ELSE c END AS customer_id
          FROM (SELECT i, 1 + floor(pow(u(i, 1), 1.8) * {nc})::INT AS c
                FROM range(1, {no} + 1) r(i)))
        SELECT i::INTEGER AS order_id, o.customer_id,
          CASE WHEN {MONTH_END_EVENING}
               THEN TIMESTAMP '2024-03-31 18:30:00' + to_seconds((i % 1800)::BIGINT) ELSE
          (c.signup_date + floor(u(i, 2) * (DATE '2024-12-31' - c.signup_date + 1))::INT)::TIMESTAMP
            + to_seconds(floor(u(i, 3) * 86400)::BIGINT) END AS ordered_at,
          CASE WHEN {MONTH_END_EVENING} THEN {pick(["delivered", "shipped"], "i", 8)}
               WHEN u(i, 4) < 0.80 THEN 'delivered' WHEN u(i, 4) < 0.87 THEN 'shipped'
               WHEN u(i, 4) < 0.93 THEN 'cancelled' WHEN u(i, 4) < 0.97 THEN 'returned'
               ELSE 'pending' END AS status,
          CASE WHEN u(i, 5) < 0.07 THEN NULL
               WHEN u(i, 5) < 0.15 THEN lower(c.city)
               WHEN u(i, 5) < 0.20 THEN c.city || ' '
               ELSE c.city END AS shipping_city,
          CASE WHEN u(i, 6) < 0.12 OR {MONTH_END_EVENING}
               THEN {pick(["WELCOME10", "SPRING5", "VIP20"], "i", 7)} END AS coupon_code
        FROM o JOIN customers c USING (customer_id) ORDER BY i"""


def _order_items(p: dict[str, int]) -> str:
    np_ = p["products"]
    return f"""
        CREATE TABLE order_items AS
        WITH lines AS (
          SELECT order_id, unnest(range(1, 2 + floor(pow(u(order_id, 20), 2) * 5)::INT)) AS line_no
          FROM orders),
        picked AS (
          SELECT order_id, line_no, order_id * 8 + line_no AS j,
                 1 + floor(pow(u(order_id * 8 + line_no, 21), 2) * {np_})::INT AS product_id
          FROM lines)
        SELECT order_id, line_no::INTEGER AS line_no, product_id,
          (1 + floor(pow(u(j, 22), 4) * 5))::INTEGER AS quantity, p.price AS unit_price,
          CASE WHEN u(j, 23) < 0.15 THEN round(p.price * 0.1, 2)::DECIMAL(10, 2) END AS discount
        FROM picked JOIN products p USING (product_id) ORDER BY order_id, line_no"""


def _payments(_p: dict[str, int]) -> str:
    return (
        """
        CREATE TABLE payments AS
        WITH totals AS (
          SELECT o.order_id, o.ordered_at, o.status,
                 sum(quantity * unit_price - coalesce(discount, 0))::DECIMAL(12, 2) AS total
          FROM orders o JOIN order_items USING (order_id)
          GROUP BY ALL),
        parts AS (
          SELECT order_id, 0 AS kind, ordered_at + INTERVAL 1 MINUTE AS paid_at, total AS amount,
                 'failed' AS status, order_id AS j FROM totals
          WHERE status <> 'pending' AND u(order_id, 30) < 0.08
          UNION ALL
          SELECT order_id, 1, ordered_at + INTERVAL 3 MINUTE, total, 'ok', order_id FROM totals
          WHERE status <> 'pending' OR u(order_id, 31) < 0.3
          UNION ALL
          SELECT order_id, 2, ordered_at + INTERVAL 3 MINUTE, total, 'ok', order_id FROM totals
          WHERE status <> 'pending' AND u(order_id, 32) < 0.015
          UNION ALL
          SELECT order_id, 3, ordered_at + to_days(floor(5 + u(order_id, 33) * 25)::INT), -total,
                 'refunded', order_id FROM totals WHERE status = 'returned')
        SELECT row_number() OVER (ORDER BY paid_at, order_id, kind)::INTEGER AS payment_id,
          order_id, paid_at,
          """
        + pick(["card", "paypal", "bank_transfer", "gift_card"], "j", 34, 1.7)
        + """ AS method,
          amount, status
        FROM parts ORDER BY payment_id"""
    )


def steps(p: dict[str, int]) -> list[tuple[str, str]]:
    """The ({table}, CREATE TABLE ... AS SELECT) steps that build the dataset, in order."""
    return [
        ("customers", _customers(p)),
        ("products", _products(p)),
        ("orders", _orders(p)),
        ("order_items", _order_items(p)),
        ("payments", _payments(p)),
    ]
