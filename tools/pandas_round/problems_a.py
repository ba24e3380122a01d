"""The pandas round, part A: filtering, group-by, joins, reshaping (written for pivotprep)."""

from tools.pandas_round.spec import F, S, Problem

PROBLEMS: list[Problem] = []
add = PROBLEMS.append

ORDERS = ["order_id", "customer_id", "placed", "amount", "status"]
ORDERS_T = {"placed": "datetime64[ns]"}


def orders(*rows):
    return F(ORDERS, list(rows), ORDERS_T)


NO_ORDERS = F(ORDERS, [], {
    "order_id": "int64", "customer_id": "int64", "placed": "datetime64[ns]",
    "amount": "float64", "status": "object"})


add(Problem(
    id="pd-large-paid-orders",
    title="Large Paid Orders",
    entry="large_paid_orders",
    signature="orders: pd.DataFrame, threshold: float",
    difficulty="easy",
    story=(
        "A shop's finance team reviews every paid order worth at least a threshold. `orders`"
        " has the columns `order_id`, `customer_id`, `placed` (a timestamp), `amount` and"
        " `status` (`paid`, `refunded` or `pending`).\n\nReturn the rows whose status is"
        " `paid` and whose amount is at least `threshold`, with all columns, in their"
        " original order. The index does not matter."
    ),
    reference='''
def large_paid_orders(orders: pd.DataFrame, threshold: float) -> pd.DataFrame:
    keep = (orders["status"] == "paid") & (orders["amount"] >= threshold)
    return orders[keep]
''',
    wrongs={
        "strict_threshold": ('''"""Uses > instead of >=: an order worth exactly the threshold is dropped."""


def large_paid_orders(orders: pd.DataFrame, threshold: float) -> pd.DataFrame:
    return orders[(orders["status"] == "paid") & (orders["amount"] > threshold)]
'''),
        "or_instead_of_and": ('''"""Combines the conditions with | : refunded big orders slip in."""


def large_paid_orders(orders: pd.DataFrame, threshold: float) -> pd.DataFrame:
    return orders[(orders["status"] == "paid") | (orders["amount"] >= threshold)]
'''),
    },
    hints=[
        "Build one boolean Series per condition.",
        "Combine boolean Series with `&`, each condition in parentheses.",
    ],
    tags=["filtering", "boolean-mask"],
    cases=[
        ("example-1", "two of four orders qualify", {"orders": orders(
            [1, 10, "2024-03-01 09:00", 120.0, "paid"],
            [2, 11, "2024-03-01 10:00", 80.0, "paid"],
            [3, 10, "2024-03-02 11:30", 300.0, "refunded"],
            [4, 12, "2024-03-03 18:30", 100.0, "paid"]), "threshold": 100.0}),
        ("none", "nothing reaches the threshold", {"orders": orders(
            [1, 10, "2024-03-01 09:00", 20.0, "paid"]), "threshold": 50.0}),
        ("empty", "no orders at all", {"orders": orders(), "threshold": 10.0}),
        ("exact", "an order worth exactly the threshold counts", {"orders": orders(
            [5, 13, "2024-04-01 08:00", 75.5, "paid"],
            [6, 13, "2024-04-01 08:05", 75.49, "paid"]), "threshold": 75.5}),
        ("refunded-big", "a refunded big order is left out", {"orders": orders(
            [7, 14, "2024-04-02 12:00", 999.0, "refunded"],
            [8, 14, "2024-04-02 12:10", 5.0, "pending"]), "threshold": 1.0}),
        ("all", "every order qualifies", {"orders": orders(
            [9, 1, "2024-05-01 00:00", 10.0, "paid"],
            [10, 2, "2024-05-01 00:01", 11.0, "paid"]), "threshold": 0.0}),
        ("pending-big", "a pending order is not paid yet", {"orders": orders(
            [11, 3, "2024-05-02 10:00", 500.0, "pending"],
            [12, 3, "2024-05-02 10:05", 500.0, "paid"]), "threshold": 100.0}),
        ("negative", "a negative amount (a correction) never qualifies", {"orders": orders(
            [13, 4, "2024-05-03 09:00", -50.0, "paid"],
            [14, 4, "2024-05-03 09:30", 0.0, "paid"]), "threshold": 0.0}),
        ("order-kept", "rows keep their original order", {"orders": orders(
            [20, 5, "2024-05-04 12:00", 30.0, "paid"],
            [15, 6, "2024-05-01 12:00", 40.0, "paid"],
            [18, 7, "2024-05-03 12:00", 35.0, "paid"]), "threshold": 30.0}),
        ("cents", "amounts in cents", {"orders": orders(
            [21, 8, "2024-05-05 08:00", 99.99, "paid"],
            [22, 8, "2024-05-05 08:01", 100.01, "paid"]), "threshold": 100.0}),
    ],
    frame={"index": False},
))

add(Problem(
    id="pd-revenue-by-customer",
    title="Revenue per Customer",
    entry="revenue_by_customer",
    signature="orders: pd.DataFrame",
    difficulty="easy",
    story=(
        "Account managers want each customer's paid revenue. `orders` has `order_id`,"
        " `customer_id`, `placed`, `amount` and `status`.\n\nReturn a DataFrame with the"
        " columns `customer_id`, `orders` (how many paid orders) and `revenue` (their total"
        " amount), one row per customer with at least one paid order, sorted by revenue from"
        " highest to lowest (ties by `customer_id` ascending), with a fresh 0..n-1 index."
    ),
    reference='''
def revenue_by_customer(orders: pd.DataFrame) -> pd.DataFrame:
    paid = orders[orders["status"] == "paid"]
    out = paid.groupby("customer_id", as_index=False).agg(
        orders=("order_id", "count"), revenue=("amount", "sum")
    )
    out = out.sort_values(["revenue", "customer_id"], ascending=[False, True])
    return out.reset_index(drop=True)
''',
    wrongs={
        "counts_all_statuses": ('''"""Forgets to keep only paid orders: refunds count as revenue."""


def revenue_by_customer(orders: pd.DataFrame) -> pd.DataFrame:
    out = orders.groupby("customer_id", as_index=False).agg(
        orders=("order_id", "count"), revenue=("amount", "sum")
    )
    out = out.sort_values(["revenue", "customer_id"], ascending=[False, True])
    return out.reset_index(drop=True)
'''),
        "keeps_group_index": ('''"""Leaves customer_id in the index instead of a column."""


def revenue_by_customer(orders: pd.DataFrame) -> pd.DataFrame:
    paid = orders[orders["status"] == "paid"]
    out = paid.groupby("customer_id").agg(orders=("order_id", "count"), revenue=("amount", "sum"))
    return out.sort_values("revenue", ascending=False)
'''),
    },
    hints=[
        "Filter first, then group.",
        "Named aggregation: `.agg(orders=(\"order_id\", \"count\"), ...)`.",
        "`as_index=False` (or `reset_index()`) keeps the key as a column.",
    ],
    tags=["groupby", "aggregation", "sorting"],
    cases=[
        ("example-1", "two customers, one refund", {"orders": orders(
            [1, 10, "2024-03-01 09:00", 120.0, "paid"],
            [2, 11, "2024-03-01 10:00", 80.0, "paid"],
            [3, 10, "2024-03-02 11:30", 300.0, "refunded"],
            [4, 10, "2024-03-03 18:30", 30.0, "paid"])}),
        ("ties", "equal revenue: lower customer id first", {"orders": orders(
            [1, 7, "2024-03-01 09:00", 50.0, "paid"],
            [2, 3, "2024-03-01 10:00", 50.0, "paid"])}),
        ("only-refunds", "a customer with only refunds is not listed", {"orders": orders(
            [1, 7, "2024-03-01 09:00", 50.0, "refunded"],
            [2, 3, "2024-03-01 10:00", 5.0, "paid"])}),
        ("empty", "no orders", {"orders": orders()}),
        ("many", "several orders each", {"orders": orders(
            [1, 1, "2024-01-01 09:00", 10.0, "paid"],
            [2, 2, "2024-01-01 09:00", 15.0, "paid"],
            [3, 1, "2024-01-02 09:00", 10.0, "paid"],
            [4, 3, "2024-01-02 09:00", 1.0, "pending"],
            [5, 2, "2024-01-03 09:00", 0.5, "paid"])}),
        ("single", "one paid order", {"orders": orders(
            [1, 42, "2024-02-01 09:00", 19.9, "paid"])}),
        ("nothing-paid", "only pending and refunded orders: no rows", {"orders": orders(
            [1, 5, "2024-02-01 09:00", 10.0, "pending"],
            [2, 6, "2024-02-01 10:00", 20.0, "refunded"])}),
        ("duplicates", "identical paid rows each count", {"orders": orders(
            [1, 8, "2024-02-02 09:00", 12.0, "paid"],
            [1, 8, "2024-02-02 09:00", 12.0, "paid"],
            [2, 9, "2024-02-02 09:30", 20.0, "paid"])}),
        ("unsorted-ties", "a three-way tie listed by id whatever the input order", {"orders": orders(
            [1, 30, "2024-02-03 09:00", 5.0, "paid"],
            [2, 10, "2024-02-03 09:00", 5.0, "paid"],
            [3, 20, "2024-02-03 09:00", 5.0, "paid"],
            [4, 20, "2024-02-03 09:00", 9.0, "refunded"])}),
    ],
    frame={"index": True},
))

STOCK = ["sku", "warehouse", "units"]

add(Problem(
    id="pd-stock-pivot",
    title="Stock by Warehouse",
    entry="stock_table",
    signature="stock: pd.DataFrame",
    difficulty="medium",
    story=(
        "Inventory counts arrive as long rows: `sku`, `warehouse` and `units`; a sku may be"
        " counted more than once in the same warehouse (add the counts).\n\nReturn a wide"
        " table: one row per sku (sorted), the column `sku` first and then one integer"
        " column per warehouse, named after it and sorted alphabetically; a sku with no"
        " count in a warehouse has 0 there. Use a fresh 0..n-1 index and no column-axis name."
    ),
    reference='''
def stock_table(stock: pd.DataFrame) -> pd.DataFrame:
    wide = stock.pivot_table(
        index="sku", columns="warehouse", values="units", aggfunc="sum", fill_value=0
    )
    wide = wide.sort_index().sort_index(axis=1).astype("int64")
    wide.columns.name = None
    return wide.reset_index()
''',
    wrongs={
        "pivot_not_table": ('''"""Uses pivot, which fails on a sku counted twice in one warehouse."""


def stock_table(stock: pd.DataFrame) -> pd.DataFrame:
    wide = stock.pivot(index="sku", columns="warehouse", values="units").fillna(0)
    wide.columns.name = None
    return wide.astype("int64").reset_index()
'''),
        "float_gaps": ('''"""Leaves the gaps as NaN, so the counts become floats."""


def stock_table(stock: pd.DataFrame) -> pd.DataFrame:
    wide = stock.pivot_table(index="sku", columns="warehouse", values="units", aggfunc="sum")
    wide.columns.name = None
    return wide.sort_index(axis=1).reset_index()
'''),
    },
    hints=[
        "`pivot` refuses duplicate keys; `pivot_table` aggregates them.",
        "`fill_value=0` fills the empty cells, keeping integers.",
        "Reset the index so `sku` becomes a column, and clear `columns.name`.",
    ],
    tags=["pivot", "reshaping"],
    cases=[
        ("example-1", "two warehouses, one gap", {"stock": F(STOCK, [
            ["A-1", "north", 5], ["A-1", "south", 2], ["B-7", "north", 4]])}),
        ("duplicate-count", "the same sku counted twice in one warehouse", {"stock": F(STOCK, [
            ["A-1", "north", 5], ["A-1", "north", 3]])}),
        ("unsorted", "skus and warehouses arrive in any order", {"stock": F(STOCK, [
            ["Z-9", "west", 1], ["C-3", "east", 2], ["C-3", "west", 0], ["M-2", "central", 7]])}),
        ("single", "one row", {"stock": F(STOCK, [["Q-1", "dock", 12]])}),
        ("zero-count", "a counted zero stays 0, like a gap", {"stock": F(STOCK, [
            ["A-1", "north", 0], ["B-2", "south", 3]])}),
        ("triple-count", "three counts of one sku in one warehouse add up", {"stock": F(STOCK, [
            ["K-4", "east", 1], ["K-4", "east", 2], ["K-4", "east", 4], ["K-4", "west", 1]])}),
        ("one-warehouse", "every sku in a single warehouse", {"stock": F(STOCK, [
            ["b", "main", 2], ["a", "main", 1], ["c", "main", 3]])}),
        ("text-order", "skus sort as text: 'A-10' before 'A-2'", {"stock": F(STOCK, [
            ["A-2", "north", 1], ["A-10", "south", 1], ["A-10", "north", 6]])}),
    ],
    frame={"index": True},
))

SALES_WIDE = ["store", "jan", "feb", "mar"]

add(Problem(
    id="pd-monthly-sales-long",
    title="Monthly Sales, Long Form",
    entry="to_long",
    signature="sales: pd.DataFrame",
    difficulty="easy",
    story=(
        "A spreadsheet holds one row per store and one column per month (`jan`, `feb`,"
        " `mar`), with an empty cell where a store had not opened yet.\n\nReturn long rows"
        " with the columns `store`, `month` and `sales`, without the empty cells, ordered by"
        " store and then by month in calendar order (jan, feb, mar), with a fresh index."
        " `sales` stays a float column."
    ),
    reference='''
def to_long(sales: pd.DataFrame) -> pd.DataFrame:
    long = sales.melt(id_vars="store", var_name="month", value_name="sales").dropna()
    order = {"jan": 0, "feb": 1, "mar": 2}
    long = long.assign(_m=long["month"].map(order))
    long = long.sort_values(["store", "_m"]).drop(columns="_m")
    return long.reset_index(drop=True)
''',
    wrongs={
        "alphabetical_months": ('''"""Sorts months alphabetically (feb, jan, mar) instead of by the calendar."""


def to_long(sales: pd.DataFrame) -> pd.DataFrame:
    long = sales.melt(id_vars="store", var_name="month", value_name="sales").dropna()
    return long.sort_values(["store", "month"]).reset_index(drop=True)
'''),
        "keeps_gaps": ('''"""Keeps the empty cells as rows with NaN sales."""


def to_long(sales: pd.DataFrame) -> pd.DataFrame:
    long = sales.melt(id_vars="store", var_name="month", value_name="sales")
    order = {"jan": 0, "feb": 1, "mar": 2}
    long = long.assign(_m=long["month"].map(order)).sort_values(["store", "_m"])
    return long.drop(columns="_m").reset_index(drop=True)
'''),
    },
    hints=[
        "`melt` turns columns into rows.",
        "Drop the missing values after melting.",
        "Sort by a helper column that maps each month to its position.",
    ],
    tags=["melt", "reshaping", "missing-values"],
    cases=[
        ("example-1", "two stores, one opened in February", {"sales": F(SALES_WIDE, [
            ["downtown", 10.0, 12.5, 9.0], ["airport", None, 4.0, 6.0]])}),
        ("single", "one store", {"sales": F(SALES_WIDE, [["harbour", 1.0, 2.0, 3.0]])}),
        ("all-empty", "a store with no sales at all disappears", {"sales": F(SALES_WIDE, [
            ["new", None, None, None], ["old", 5.0, None, 1.0]], {"jan": "float64", "feb": "float64", "mar": "float64"})}),
        ("zero", "a zero is a sale, not a gap", {"sales": F(SALES_WIDE, [
            ["kiosk", 0.0, 0.0, 2.0]])}),
        ("empty", "no stores: no rows, sales still a float column", {"sales": F(SALES_WIDE, [],
            {"store": "object", "jan": "float64", "feb": "float64", "mar": "float64"})}),
        ("unsorted-stores", "stores arrive out of alphabetical order", {"sales": F(SALES_WIDE, [
            ["zoo", 1.0, None, 3.0], ["bay", None, 2.0, None], ["mall", 4.0, 5.0, None]])}),
        ("middle-gap", "a store closed in February only", {"sales": F(SALES_WIDE, [
            ["pier", 7.0, None, 8.0]])}),
        ("negative", "a month of returns gives negative sales", {"sales": F(SALES_WIDE, [
            ["outlet", -2.5, 3.0, 1.5]])}),
    ],
    frame={"index": True},
))

CUSTOMERS = ["customer_id", "name", "city"]

add(Problem(
    id="pd-orders-with-customers",
    title="Orders With Customer Names",
    entry="with_names",
    signature="orders: pd.DataFrame, customers: pd.DataFrame",
    difficulty="medium",
    story=(
        "`orders` has `order_id`, `customer_id`, `placed`, `amount` and `status`;"
        " `customers` has `customer_id`, `name` and `city`. The customer export is sloppy:"
        " a customer can appear twice (same id, same details).\n\nReturn every order with"
        " the customer's `name` and `city` added as the last two columns, exactly one row per"
        " order (an order whose customer is unknown keeps empty name and city), in the"
        " orders' original order, with a fresh index."
    ),
    reference='''
def with_names(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    unique = customers.drop_duplicates(subset="customer_id")
    out = orders.merge(unique, on="customer_id", how="left", validate="many_to_one")
    return out.reset_index(drop=True)
''',
    wrongs={
        "inner_join": ('''"""An inner join drops orders whose customer is unknown."""


def with_names(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    unique = customers.drop_duplicates(subset="customer_id")
    return orders.merge(unique, on="customer_id").reset_index(drop=True)
'''),
        "duplicates_rows": ('''"""Joins on the raw export: a customer listed twice doubles their orders."""


def with_names(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    return orders.merge(customers, on="customer_id", how="left").reset_index(drop=True)
'''),
    },
    hints=[
        "Which join keeps every order?",
        "Count the rows before and after the merge: duplicates on the right multiply rows.",
        "`drop_duplicates(subset=...)` first; `validate=\"many_to_one\"` proves it.",
    ],
    tags=["merge", "join", "duplicates"],
    cases=[
        ("example-1", "one duplicate customer, one unknown", {
            "orders": orders(
                [1, 10, "2024-03-01 09:00", 120.0, "paid"],
                [2, 11, "2024-03-01 10:00", 80.0, "paid"],
                [3, 99, "2024-03-02 11:30", 30.0, "pending"]),
            "customers": F(CUSTOMERS, [[10, "Ana", "Porto"], [10, "Ana", "Porto"], [11, "Ben", "Leeds"]])}),
        ("no-customers", "nobody is known", {
            "orders": orders([1, 5, "2024-03-01 09:00", 1.0, "paid"]),
            "customers": F(CUSTOMERS, [], {"customer_id": "int64"})}),
        ("order-kept", "the orders' order is kept", {
            "orders": orders(
                [9, 2, "2024-03-05 09:00", 3.0, "paid"],
                [4, 1, "2024-03-01 09:00", 1.0, "paid"],
                [7, 2, "2024-03-03 09:00", 2.0, "paid"]),
            "customers": F(CUSTOMERS, [[1, "Cy", "Oslo"], [2, "Di", "Rome"]])}),
        ("no-orders", "no orders: no rows, but the name and city columns", {
            "orders": NO_ORDERS,
            "customers": F(CUSTOMERS, [[1, "Cy", "Oslo"]])}),
        ("single", "one order, one customer", {
            "orders": orders([1, 3, "2024-03-01 09:00", 9.5, "paid"]),
            "customers": F(CUSTOMERS, [[3, "Eve", "Lyon"]])}),
        ("listed-thrice", "a customer listed three times with two orders", {
            "orders": orders(
                [1, 4, "2024-03-01 09:00", 1.0, "paid"],
                [2, 4, "2024-03-02 09:00", 2.0, "refunded"]),
            "customers": F(CUSTOMERS, [[4, "Flo", "Bonn"], [4, "Flo", "Bonn"], [4, "Flo", "Bonn"]])}),
        ("unused-customers", "customers without orders add no rows", {
            "orders": orders([1, 6, "2024-03-01 09:00", 4.0, "paid"]),
            "customers": F(CUSTOMERS, [[5, "Gil", "Nice"], [6, "Hal", "Graz"], [7, "Ivy", "Bern"]])}),
        ("mixed", "known, unknown and duplicated customers together", {
            "orders": orders(
                [5, 2, "2024-03-04 09:00", 3.0, "paid"],
                [6, 8, "2024-03-04 10:00", 4.0, "pending"],
                [7, 1, "2024-03-04 11:00", 5.0, "paid"],
                [8, 2, "2024-03-04 12:00", 6.0, "paid"]),
            "customers": F(CUSTOMERS, [[2, "Jo", "Cork"], [1, "Kai", "Gent"], [2, "Jo", "Cork"]])}),
    ],
    frame={"index": True},
))

EMP = ["emp_id", "name", "dept", "salary"]

add(Problem(
    id="pd-top-earner-per-dept",
    title="Top Earner per Department",
    entry="top_earners",
    signature="staff: pd.DataFrame",
    difficulty="medium",
    story=(
        "`staff` has `emp_id`, `name`, `dept` and `salary`. For each department, return the"
        " employee(s) with the highest salary: all of them when several share it. Keep the"
        " four columns, sort by `dept` and then `emp_id`, with a fresh index."
    ),
    reference='''
def top_earners(staff: pd.DataFrame) -> pd.DataFrame:
    best = staff.groupby("dept")["salary"].transform("max")
    out = staff[staff["salary"] == best]
    return out.sort_values(["dept", "emp_id"]).reset_index(drop=True)
''',
    wrongs={
        "idxmax_one_only": ('''"""idxmax keeps one employee per department and loses ties."""


def top_earners(staff: pd.DataFrame) -> pd.DataFrame:
    out = staff.loc[staff.groupby("dept")["salary"].idxmax()]
    return out.sort_values(["dept", "emp_id"]).reset_index(drop=True)
'''),
        "global_max": ('''"""Compares with the company-wide maximum, not each department's."""


def top_earners(staff: pd.DataFrame) -> pd.DataFrame:
    out = staff[staff["salary"] == staff["salary"].max()]
    return out.sort_values(["dept", "emp_id"]).reset_index(drop=True)
'''),
    },
    hints=[
        "You need each row's department maximum next to the row.",
        "`groupby(...).transform(\"max\")` returns a value per row.",
    ],
    tags=["groupby", "transform", "ties"],
    cases=[
        ("example-1", "a tie in one department", {"staff": F(EMP, [
            [1, "Ada", "data", 90], [2, "Bo", "data", 90], [3, "Cy", "ops", 70], [4, "Di", "ops", 50]])}),
        ("single-dept", "one department", {"staff": F(EMP, [[5, "Ed", "hr", 40], [6, "Fi", "hr", 45]])}),
        ("single", "one employee", {"staff": F(EMP, [[7, "Gus", "it", 10]])}),
        ("unsorted", "rows in any order", {"staff": F(EMP, [
            [9, "Hu", "ops", 80], [3, "Io", "data", 60], [8, "Jo", "ops", 80], [2, "Ki", "data", 61]])}),
        ("empty", "no staff: no rows", {"staff": F(EMP, [], {
            "emp_id": "int64", "name": "object", "dept": "object", "salary": "int64"})}),
        ("all-tie", "everyone in a department earns the same", {"staff": F(EMP, [
            [4, "Li", "qa", 55], [2, "Mo", "qa", 55], [3, "Ny", "qa", 55]])}),
        ("small-dept", "a department's top is below another department's", {"staff": F(EMP, [
            [1, "Oz", "legal", 30], [2, "Pi", "sales", 95], [3, "Qu", "legal", 20]])}),
        ("zero", "a department paying nothing still has its top (0)", {"staff": F(EMP, [
            [1, "Ra", "volunteers", 0], [2, "Si", "volunteers", 0], [3, "Ty", "it", 5]])}),
    ],
    frame={"index": True},
))

add(Problem(
    id="pd-share-of-department",
    title="Share of the Department Payroll",
    entry="payroll_share",
    signature="staff: pd.DataFrame",
    difficulty="easy",
    story=(
        "`staff` has `emp_id`, `name`, `dept` and `salary`. Add a column `share`: each"
        " employee's salary as a fraction of their department's total payroll (a float"
        " between 0 and 1). Keep every row and the original order and index."
    ),
    reference='''
def payroll_share(staff: pd.DataFrame) -> pd.DataFrame:
    total = staff.groupby("dept")["salary"].transform("sum")
    return staff.assign(share=staff["salary"] / total)
''',
    wrongs={
        "company_total": ('''"""Divides by the whole company's payroll."""


def payroll_share(staff: pd.DataFrame) -> pd.DataFrame:
    return staff.assign(share=staff["salary"] / staff["salary"].sum())
'''),
        "mutates_and_sorts": ('''"""Sorts by department, so rows come back in another order."""


def payroll_share(staff: pd.DataFrame) -> pd.DataFrame:
    staff = staff.sort_values("dept")
    total = staff.groupby("dept")["salary"].transform("sum")
    return staff.assign(share=staff["salary"] / total)
'''),
    },
    hints=[
        "Each row needs its own department's total beside it, not one number for everyone.",
        "A group-by that returns one value per row (not per group) keeps the original order.",
    ],
    tags=["groupby", "transform"],
    cases=[
        ("example-1", "two departments", {"staff": F(EMP, [
            [1, "Ada", "data", 90], [2, "Bo", "ops", 30], [3, "Cy", "data", 10], [4, "Di", "ops", 30]])}),
        ("single", "one employee has all", {"staff": F(EMP, [[7, "Gus", "it", 10]])}),
        ("three", "three in one department", {"staff": F(EMP, [
            [1, "A", "x", 1], [2, "B", "x", 1], [3, "C", "x", 2]])}),
        ("empty", "no staff: no rows, share a float column", {"staff": F(EMP, [], {
            "emp_id": "int64", "name": "object", "dept": "object", "salary": "int64"})}),
        ("interleaved", "departments interleaved: the order is kept", {"staff": F(EMP, [
            [1, "A", "z", 3], [2, "B", "a", 1], [3, "C", "z", 1], [4, "D", "a", 3]])}),
        ("duplicates", "two identical rows each take their share", {"staff": F(EMP, [
            [5, "E", "ops", 10], [5, "E", "ops", 10], [6, "F", "hr", 7]])}),
        ("zero-salary", "an unpaid member of a paid department has share 0", {"staff": F(EMP, [
            [1, "G", "lab", 0], [2, "H", "lab", 40], [3, "I", "art", 5]])}),
        ("many-depts", "one employee per department: every share is 1", {"staff": F(EMP, [
            [1, "J", "a", 10], [2, "K", "b", 20], [3, "L", "c", 30]])}),
    ],
    frame={"index": True},
))

READ = ["sensor", "ts", "value"]
READ_T = {"ts": "datetime64[ns]", "value": "float64"}

add(Problem(
    id="pd-fill-sensor-gaps",
    title="Fill Sensor Gaps",
    entry="fill_gaps",
    signature="readings: pd.DataFrame",
    difficulty="medium",
    story=(
        "Greenhouse sensors report `sensor`, `ts` (a timestamp) and `value`; a failed read"
        " leaves `value` empty. Fill each empty value with the same sensor's previous"
        " reading in time; a sensor's first readings stay empty when nothing came before"
        " them (never borrow another sensor's value).\n\nReturn the rows sorted by `sensor`"
        " and `ts`, with a fresh index."
    ),
    reference='''
def fill_gaps(readings: pd.DataFrame) -> pd.DataFrame:
    out = readings.sort_values(["sensor", "ts"]).reset_index(drop=True)
    out["value"] = out.groupby("sensor")["value"].ffill()
    return out
''',
    wrongs={
        "ffill_across_sensors": ('''"""Forward-fills the whole column: one sensor borrows another's reading."""


def fill_gaps(readings: pd.DataFrame) -> pd.DataFrame:
    out = readings.sort_values(["sensor", "ts"]).reset_index(drop=True)
    out["value"] = out["value"].ffill()
    return out
'''),
        "unsorted_fill": ('''"""Fills in file order, before sorting by time."""


def fill_gaps(readings: pd.DataFrame) -> pd.DataFrame:
    out = readings.copy()
    out["value"] = out.groupby("sensor")["value"].ffill()
    return out.sort_values(["sensor", "ts"]).reset_index(drop=True)
'''),
    },
    hints=[
        "Sort by time first: \"previous\" means previous in time.",
        "`groupby(\"sensor\")[\"value\"].ffill()` stays inside each sensor.",
    ],
    tags=["missing-values", "groupby", "time-series"],
    cases=[
        ("example-1", "a gap in each sensor", {"readings": F(READ, [
            ["s1", "2024-06-01 00:00", 20.5], ["s1", "2024-06-01 00:10", None],
            ["s2", "2024-06-01 00:00", None], ["s2", "2024-06-01 00:10", 18.0],
            ["s2", "2024-06-01 00:20", None]], READ_T)}),
        ("out-of-order", "rows arrive out of time order", {"readings": F(READ, [
            ["a", "2024-06-01 02:00", None], ["a", "2024-06-01 01:00", 5.0],
            ["a", "2024-06-01 00:00", None]], READ_T)}),
        ("no-gaps", "nothing to fill", {"readings": F(READ, [
            ["z", "2024-06-01 00:00", 1.0], ["z", "2024-06-01 00:01", 2.0]], READ_T)}),
        ("empty", "no readings: no rows", {"readings": F(READ, [], {"sensor": "object", **READ_T})}),
        ("single-missing", "one failed read with nothing before it stays empty", {"readings": F(READ, [
            ["q", "2024-06-01 00:00", None]], READ_T)}),
        ("run-of-gaps", "several failed reads in a row take the last good value", {"readings": F(READ, [
            ["m", "2024-06-01 00:00", 3.5], ["m", "2024-06-01 00:05", None],
            ["m", "2024-06-01 00:10", None], ["m", "2024-06-01 00:15", None],
            ["m", "2024-06-01 00:20", 4.0]], READ_T)}),
        ("dead-sensor", "a sensor that never answered borrows nothing", {"readings": F(READ, [
            ["b", "2024-06-01 00:00", 9.0], ["c", "2024-06-01 00:00", None],
            ["c", "2024-06-01 00:10", None]], READ_T)}),
        ("interleaved", "sensors interleaved and out of order in the file", {"readings": F(READ, [
            ["y", "2024-06-01 00:10", None], ["x", "2024-06-01 00:10", None],
            ["y", "2024-06-01 00:00", 1.5], ["x", "2024-06-01 00:20", 7.0],
            ["x", "2024-06-01 00:00", 6.0]], READ_T)}),
    ],
    frame={"index": True},
))

CONTACTS = ["contact_id", "email", "updated"]

add(Problem(
    id="pd-latest-contact-per-email",
    title="Latest Record per Email",
    entry="latest_per_email",
    signature="contacts: pd.DataFrame",
    difficulty="medium",
    story=(
        "A CRM export has `contact_id`, `email` and `updated` (a timestamp). The same person"
        " appears several times with the email written in different case or with spaces"
        " around it.\n\nKeep one row per person: the most recently updated one, where two"
        " emails are the same person when they match after trimming spaces and lowering the"
        " case. Return the kept rows with their original columns and values (the email as it"
        " was written in that row), sorted by `contact_id`, with a fresh index."
    ),
    reference='''
def latest_per_email(contacts: pd.DataFrame) -> pd.DataFrame:
    key = contacts["email"].str.strip().str.lower()
    ranked = contacts.assign(_key=key).sort_values("updated")
    latest = ranked.drop_duplicates(subset="_key", keep="last").drop(columns="_key")
    return latest.sort_values("contact_id").reset_index(drop=True)
''',
    wrongs={
        "raw_email_key": ('''"""De-duplicates on the raw email, so 'Ana@x.io ' and 'ana@x.io' stay apart."""


def latest_per_email(contacts: pd.DataFrame) -> pd.DataFrame:
    latest = contacts.sort_values("updated").drop_duplicates(subset="email", keep="last")
    return latest.sort_values("contact_id").reset_index(drop=True)
'''),
        "keeps_first": ('''"""Keeps the oldest record instead of the newest."""


def latest_per_email(contacts: pd.DataFrame) -> pd.DataFrame:
    key = contacts["email"].str.strip().str.lower()
    ranked = contacts.assign(_key=key).sort_values("updated")
    latest = ranked.drop_duplicates(subset="_key", keep="first").drop(columns="_key")
    return latest.sort_values("contact_id").reset_index(drop=True)
'''),
    },
    hints=[
        "Build a normalised key column before de-duplicating.",
        "Sort by `updated`, then `drop_duplicates(keep=\"last\")`.",
    ],
    tags=["deduplication", "string-cleaning"],
    cases=[
        ("example-1", "case and spaces differ", {"contacts": F(CONTACTS, [
            [1, "Ana@x.io ", "2024-01-01"], [2, "ana@x.io", "2024-02-01"], [3, "bo@y.org", "2024-01-15"]],
            {"updated": "datetime64[ns]"})}),
        ("newest-first-in-file", "the newest row comes first in the file", {"contacts": F(CONTACTS, [
            [4, "CY@Z.COM", "2024-05-01"], [5, "cy@z.com", "2024-03-01"]], {"updated": "datetime64[ns]"})}),
        ("distinct", "nobody repeats", {"contacts": F(CONTACTS, [
            [7, "a@a.a", "2024-01-01"], [6, "b@b.b", "2024-01-01"]], {"updated": "datetime64[ns]"})}),
        ("empty", "no contacts: no rows", {"contacts": F(CONTACTS, [], {
            "contact_id": "int64", "email": "object", "updated": "datetime64[ns]"})}),
        ("single", "one contact is kept as written", {"contacts": F(CONTACTS, [
            [3, "  Mixed@Case.Org", "2024-02-02"]], {"updated": "datetime64[ns]"})}),
        ("three-versions", "three spellings of one person: the newest wins", {"contacts": F(CONTACTS, [
            [1, "dee@q.io", "2024-01-01"], [2, " DEE@q.io", "2024-03-01"],
            [3, "Dee@Q.io  ", "2024-02-01"]], {"updated": "datetime64[ns]"})}),
        ("interleaved", "two people interleaved, ids out of order", {"contacts": F(CONTACTS, [
            [9, "ed@e.e", "2024-04-01"], [2, "fy@f.f", "2024-04-03"],
            [5, "ED@e.e", "2024-04-02"], [1, "fy@f.f ", "2024-04-01"]], {"updated": "datetime64[ns]"})}),
        ("same-day", "updates on one day are ordered by their time", {"contacts": F(CONTACTS, [
            [1, "gi@g.g", "2024-05-05 18:00"], [2, "Gi@g.g", "2024-05-05 09:00"]],
            {"updated": "datetime64[ns]"})}),
    ],
    frame={"index": True},
))

PHONES = ["customer_id", "phone"]

add(Problem(
    id="pd-clean-phone-numbers",
    title="Clean Phone Numbers",
    entry="clean_phones",
    signature="phones: pd.DataFrame",
    difficulty="easy",
    story=(
        "Phone numbers were typed by hand: `(020) 7946-0018`, `020 7946 0018`,"
        " `+44 20 7946 0018`. Return `phones` with `phone` replaced by its digits only"
        " (remove every character that is not 0-9, including a leading `+`), and a new"
        " boolean column `valid` that is True when the cleaned number has 10 or 11 digits."
        " An empty phone stays empty (missing) and is not valid. Keep rows, order and index."
    ),
    reference='''
def clean_phones(phones: pd.DataFrame) -> pd.DataFrame:
    digits = phones["phone"].str.replace(r"[^0-9]", "", regex=True)
    length = digits.str.len()
    valid = length.between(10, 11).fillna(False).astype(bool)
    return phones.assign(phone=digits, valid=valid)
''',
    wrongs={
        "keeps_plus": ('''"""Keeps the '+' sign of international numbers."""


def clean_phones(phones: pd.DataFrame) -> pd.DataFrame:
    digits = phones["phone"].str.replace(r"[^0-9+]", "", regex=True)
    valid = digits.str.len().between(10, 11).fillna(False).astype(bool)
    return phones.assign(phone=digits, valid=valid)
'''),
        "missing_is_valid": ('''"""Leaves valid empty (missing) for an empty phone instead of False."""


def clean_phones(phones: pd.DataFrame) -> pd.DataFrame:
    digits = phones["phone"].str.replace(r"[^0-9]", "", regex=True)
    valid = digits.str.len().between(10, 11)
    return phones.assign(phone=digits, valid=valid.astype(object).where(digits.notna()))
'''),
    },
    hints=[
        "`.str.replace` with a regular expression and `regex=True`.",
        "`.str.len()` gives the length; a missing phone gives a missing length.",
    ],
    tags=["string-cleaning", "regex"],
    cases=[
        ("example-1", "three spellings", {"phones": F(PHONES, [
            [1, "(020) 7946-0018"], [2, "+44 20 7946 0018"], [3, "7946"]])}),
        ("missing", "an empty phone", {"phones": F(PHONES, [[4, None], [5, "0161 496 0000"]])}),
        ("long", "too many digits", {"phones": F(PHONES, [[6, "00 44 20 7946 0018 9"]])}),
        ("empty", "no rows: still the phone and valid columns", {"phones": F(PHONES, [], {
            "customer_id": "int64", "phone": "object"})}),
        ("boundaries", "9 and 12 digits are invalid, 10 and 11 valid", {"phones": F(PHONES, [
            [1, "123-456-789"], [2, "123-456-7890"], [3, "123-456-78901"], [4, "123-456-789012"]])}),
        ("plus-boundary", "a '+' does not count as a digit", {"phones": F(PHONES, [
            [7, "+1 234 567 890"], [8, "+12 345 678 901"]])}),
        ("no-digits", "text without digits becomes empty text, not valid", {"phones": F(PHONES, [
            [9, "n/a"], [10, "(--)"]])}),
        ("all-missing", "every phone is missing", {"phones": F(PHONES, [[11, None], [12, None]])}),
    ],
    frame={"index": True},
))

SIGN = ["user_id", "signup", "plan"]

add(Problem(
    id="pd-parse-signup-dates",
    title="Signups per Month",
    entry="signups_per_month",
    signature="signups: pd.DataFrame",
    difficulty="medium",
    story=(
        "`signups` has `user_id`, `signup` (text dates written as `2024-03-07`) and `plan`."
        " Some dates were typed wrongly (`2024-13-01`, `n/a`): count those as not parseable"
        " and leave them out.\n\nReturn a DataFrame with the columns `month` (text such as"
        " `2024-03`) and `signups` (an integer count), one row per month that has at least"
        " one signup, sorted by month, with a fresh index."
    ),
    reference='''
def signups_per_month(signups: pd.DataFrame) -> pd.DataFrame:
    when = pd.to_datetime(signups["signup"], format="%Y-%m-%d", errors="coerce")
    month = when.dropna().dt.strftime("%Y-%m")
    out = month.value_counts().rename_axis("month").reset_index(name="signups")
    out["signups"] = out["signups"].astype("int64")
    return out.sort_values("month").reset_index(drop=True)
''',
    wrongs={
        "string_slice": ('''"""Slices the first 7 characters, so '2024-13-01' makes a month 13."""


def signups_per_month(signups: pd.DataFrame) -> pd.DataFrame:
    month = signups["signup"].str[:7]
    month = month[month.str.match(r"\\d{4}-\\d{2}")]
    out = month.value_counts().rename_axis("month").reset_index(name="signups")
    return out.sort_values("month").reset_index(drop=True)
'''),
    },
    hints=[
        "`pd.to_datetime(..., errors=\"coerce\")` turns bad dates into NaT.",
        "`.dt.strftime(\"%Y-%m\")` gives the month as text.",
    ],
    tags=["dtypes", "dates", "groupby"],
    cases=[
        ("example-1", "one bad date", {"signups": F(SIGN, [
            [1, "2024-03-07", "free"], [2, "2024-03-30", "pro"], [3, "2024-13-01", "free"],
            [4, "2024-04-02", "free"]])}),
        ("all-bad", "nothing parses", {"signups": F(SIGN, [[1, "n/a", "free"]])}),
        ("years", "months of two years", {"signups": F(SIGN, [
            [1, "2023-12-31", "pro"], [2, "2024-01-01", "pro"], [3, "2023-12-01", "free"]])}),
        ("empty", "no signups: no rows", {"signups": F(SIGN, [], {
            "user_id": "int64", "signup": "object", "plan": "object"})}),
        ("single", "one signup", {"signups": F(SIGN, [[8, "2024-07-15", "pro"]])}),
        ("leap-day", "29 February exists in 2024 but not in 2023", {"signups": F(SIGN, [
            [1, "2024-02-29", "free"], [2, "2023-02-29", "free"], [3, "2023-02-28", "pro"]])}),
        ("missing", "an empty date is left out", {"signups": F(SIGN, [
            [1, None, "free"], [2, "2024-05-05", "free"], [3, "", "pro"]])}),
        ("unsorted-many", "many signups in one month, months out of order", {"signups": F(SIGN, [
            [1, "2024-09-01", "pro"], [2, "2024-08-31", "free"], [3, "2024-09-30", "free"],
            [4, "2024-09-15", "pro"], [5, "2024-08-01", "pro"]])}),
        ("day-zero", "day 00 and day 32 are not dates", {"signups": F(SIGN, [
            [1, "2024-06-00", "free"], [2, "2024-06-32", "pro"], [3, "2024-06-10", "pro"]])}),
    ],
    frame={"index": True},
))

PRICES = ["item", "price"]

add(Problem(
    id="pd-price-column-types",
    title="Prices Stored as Text",
    entry="fix_prices",
    signature="prices: pd.DataFrame",
    difficulty="easy",
    story=(
        "A supplier sends `item` and `price`, the price as text: `\"1,299.00\"`, `\"£45\"`,"
        " `\"12.5\"`, sometimes `\"call us\"`. Return `prices` with `price` as a float column:"
        " remove the pound sign and thousands separators; a price that is still not a number"
        " becomes missing (NaN). Keep rows, order and index."
    ),
    reference='''
def fix_prices(prices: pd.DataFrame) -> pd.DataFrame:
    text = prices["price"].astype("string").str.replace(r"[£,]", "", regex=True).str.strip()
    number = pd.to_numeric(text, errors="coerce").astype("float64")
    return prices.assign(price=number)
''',
    wrongs={
        "keeps_commas": ('''"""Forgets the thousands separator: '1,299.00' becomes NaN."""


def fix_prices(prices: pd.DataFrame) -> pd.DataFrame:
    text = prices["price"].astype("string").str.replace("£", "", regex=False).str.strip()
    return prices.assign(price=pd.to_numeric(text, errors="coerce").astype("float64"))
'''),
        "text_result": ('''"""Cleans the text but leaves the column as text."""


def fix_prices(prices: pd.DataFrame) -> pd.DataFrame:
    return prices.assign(price=prices["price"].str.replace(r"[£,]", "", regex=True))
'''),
    },
    hints=[
        "Clean the text first, then convert.",
        "`pd.to_numeric(..., errors=\"coerce\")` turns what is left over into NaN.",
    ],
    tags=["dtypes", "string-cleaning"],
    cases=[
        ("example-1", "four spellings", {"prices": F(PRICES, [
            ["desk", "1,299.00"], ["lamp", "£45"], ["pen", "12.5"], ["sofa", "call us"]])}),
        ("plain", "already numbers as text", {"prices": F(PRICES, [["a", "1"], ["b", "2.25"]])}),
        ("spaces", "spaces around", {"prices": F(PRICES, [["c", " £ 3 "]])}),
        ("empty", "no rows: price is still a float column", {"prices": F(PRICES, [], {
            "item": "object", "price": "object"})}),
        ("missing", "a missing or blank price becomes NaN", {"prices": F(PRICES, [
            ["d", None], ["e", ""], ["f", "4"]])}),
        ("big", "several thousands separators", {"prices": F(PRICES, [
            ["boat", "£1,250,000"], ["car", "12,000.50"]])}),
        ("negative", "a credit written with a minus sign", {"prices": F(PRICES, [
            ["refund", "-£7.25"], ["fee", "-3"]])}),
        ("not-numbers", "words and stray symbols become NaN", {"prices": F(PRICES, [
            ["g", "free"], ["h", "£"], ["i", "12.5.1"]])}),
    ],
    frame={"index": True},
))
