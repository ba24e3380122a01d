"""Reference for pd-latest-contact-per-email."""

import pandas as pd


def latest_per_email(contacts: pd.DataFrame) -> pd.DataFrame:
    key = contacts["email"].str.strip().str.lower()
    ranked = contacts.assign(_key=key).sort_values("updated")
    latest = ranked.drop_duplicates(subset="_key", keep="last").drop(columns="_key")
    return latest.sort_values("contact_id").reset_index(drop=True)
