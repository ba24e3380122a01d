"""De-duplicates on the raw email, so 'Ana@x.io ' and 'ana@x.io' stay apart."""

import pandas as pd


def latest_per_email(contacts: pd.DataFrame) -> pd.DataFrame:
    latest = contacts.sort_values("updated").drop_duplicates(subset="email", keep="last")
    return latest.sort_values("contact_id").reset_index(drop=True)
