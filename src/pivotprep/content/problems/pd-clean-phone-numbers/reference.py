"""Reference for pd-clean-phone-numbers."""

import pandas as pd


def clean_phones(phones: pd.DataFrame) -> pd.DataFrame:
    digits = phones["phone"].str.replace(r"[^0-9]", "", regex=True)
    length = digits.str.len()
    valid = length.between(10, 11).fillna(False).astype(bool)
    return phones.assign(phone=digits, valid=valid)
