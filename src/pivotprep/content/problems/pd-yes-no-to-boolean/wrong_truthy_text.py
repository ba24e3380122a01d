"""Uses Python truthiness: every non-empty text, even 'no', becomes True."""

import pandas as pd


def to_boolean(survey: pd.DataFrame) -> pd.DataFrame:
    return survey.assign(consent=survey["consent"].astype(bool).astype("boolean"))
