"""Column values as arrays that are safe to write into.

``Series.to_numpy(dtype=object, copy=True)`` has returned a view for text columns that share one
block (a frame built from a 2-D object array, or read back from a pickle, under pandas 3): writing
a placeholder into it wrote into the caller's frame. Every step that edits a column's values in
place takes them from here.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def writable_object_values(series: pd.Series) -> np.ndarray:
    """A fresh object array of ``series``' values: writing into it never touches the series."""
    return np.array(series.to_numpy(dtype=object), dtype=object, copy=True)
