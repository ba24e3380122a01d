"""Matches quotes of any symbol."""

import pandas as pd


def with_quotes(trades: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    right = quotes.drop(columns="symbol").sort_values("at")
    out = pd.merge_asof(trades.sort_values("at"), right, on="at", direction="backward")
    return out[["trade_id", "symbol", "at", "price"]].sort_values(["at", "trade_id"]).reset_index(drop=True)
