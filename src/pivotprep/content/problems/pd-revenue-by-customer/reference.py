"""Reference for pd-revenue-by-customer."""

import pandas as pd


def revenue_by_customer(orders: pd.DataFrame) -> pd.DataFrame:
    paid = orders[orders["status"] == "paid"]
    out = paid.groupby("customer_id", as_index=False).agg(
        orders=("order_id", "count"), revenue=("amount", "sum")
    )
    out = out.sort_values(["revenue", "customer_id"], ascending=[False, True])
    return out.reset_index(drop=True)
