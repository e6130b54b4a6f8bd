"""Reading tables officers hand in: CSV in any common Chinese encoding, and XLSX."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .errors import InputError
from .schema import map_headers

ENCODINGS = ("utf-8-sig", "gb18030")  # GB18030 covers GBK and GB2312; never guess cp1252


def read_table(path: Path, schema: dict | None = None) -> pd.DataFrame:
    """All cells as strings; headers mapped to the schema's field names when one is given."""
    path = Path(path)
    if not path.exists():
        raise InputError("file not found", path=str(path))
    if path.stat().st_size == 0:
        raise InputError("empty file (0 bytes)", path=str(path))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        try:
            frame = pd.read_excel(path, dtype="string", engine="openpyxl")
        except Exception as exc:
            raise InputError(f"cannot read as XLSX ({type(exc).__name__})", path=str(path)) from None
    elif suffix in (".csv", ".txt", ""):
        frame = None
        for encoding in ENCODINGS:
            try:
                frame = pd.read_csv(path, dtype="string", keep_default_na=False, encoding=encoding)
                break
            except UnicodeDecodeError:
                continue
            except pd.errors.ParserError as exc:
                raise InputError(f"not a well-formed CSV ({exc})", path=str(path)) from None
        if frame is None:
            raise InputError("encoding is neither UTF-8 nor GB18030", path=str(path))
    else:
        raise InputError(f"unsupported table format {suffix!r} (CSV or XLSX)", path=str(path))
    if schema is not None:
        mapping = map_headers([str(c) for c in frame.columns], schema)
        frame = frame.rename(columns=mapping)
    return frame
