"""Runs one total over all accounts."""

import pandas as pd


def running_balance(ledger: pd.DataFrame) -> pd.DataFrame:
    out = ledger.sort_values(["account", "posted"]).reset_index(drop=True)
    out["balance"] = out["change"].cumsum()
    out["overdrawn"] = out["balance"] < 0
    return out
