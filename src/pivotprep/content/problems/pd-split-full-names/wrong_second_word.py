"""Takes the second word as the last name, so middle names win."""

import pandas as pd


def split_names(people: pd.DataFrame) -> pd.DataFrame:
    words = people["full_name"].str.split()
    first = words.str[0].str.title()
    last = words.str[1].str.title()
    return pd.DataFrame({"person_id": people["person_id"], "first": first, "last": last}).reset_index(drop=True)
