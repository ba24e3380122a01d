"""Reference for pd-yes-no-to-boolean."""

import pandas as pd

YES = {"yes", "y", "true", "1"}
NO = {"no", "n", "false", "0"}


def to_boolean(survey: pd.DataFrame) -> pd.DataFrame:
    text = survey["consent"].astype("string").str.strip().str.lower()
    value = pd.Series(pd.NA, index=survey.index, dtype="boolean")
    value[text.isin(YES).fillna(False)] = True
    value[text.isin(NO).fillna(False)] = False
    return survey.assign(consent=value)
