"""Imports a third-party library that coding problems do not offer."""

import numpy as np


def first_repeated(scans):
    values, counts = np.unique(scans, return_counts=True)
    return int(values[counts > 1][0]) if (counts > 1).any() else -1
