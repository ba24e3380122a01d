"""Leaves valid empty (missing) for an empty phone instead of False."""

import pandas as pd


def clean_phones(phones: pd.DataFrame) -> pd.DataFrame:
    digits = phones["phone"].str.replace(r"[^0-9]", "", regex=True)
    valid = digits.str.len().between(10, 11)
    return phones.assign(phone=digits, valid=valid.astype(object).where(digits.notna()))
