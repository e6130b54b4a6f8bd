"""Public listings (公示名单): one table over many pages, headers mapped to a Table Schema."""

from __future__ import annotations

import re

import pandas as pd

from ..errors import InputError
from ..validate.schema import map_headers
from .parsers import to_simplified
from .source import open_pdf, require_text_layer
from .geometry import table_geometry
from .tables import extract_tables

_PERIOD_RE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月")


def listing_frame(pdf_path, schema: dict) -> tuple[pd.DataFrame, dict]:
    """The listing's rows as strings under the schema's field names, plus what was found.

    The table is the largest table of the document after stitching; columns the schema does not
    know are kept under their printed header (the de-identification scan still covers them).
    """
    pdf, source = open_pdf(pdf_path)
    try:
        require_text_layer(pdf, source)
        tables, info = extract_tables(pdf)
        first_page_text = pdf.pages[0].extract_text() or ""
        last_page_text = pdf.pages[-1].extract_text() or ""
    finally:
        pdf.close()
    if not tables:
        raise InputError("no table found in the listing", path=source.path)
    table = max(tables, key=lambda t: len(t.body))
    headers = table.columns(sep="")
    mapping = map_headers(headers, schema)
    columns = [mapping.get(h, h) for h in headers]
    frame = pd.DataFrame(table.body, columns=columns, dtype="string")
    frame = frame[[c for c in frame.columns if frame[c].notna().any()]]
    notes = _notes_after(last_page_text)
    hotline = _hotline(notes)
    if hotline and any(f["name"] == "supervision_hotline" for f in schema["fields"]):
        # the notice makes the office's 监督举报电话 part of every public listing
        frame["supervision_hotline"] = pd.array([hotline] * len(frame), dtype="string")
    meta = {
        "source": source.as_dict(),
        "title": table.title or first_page_text.splitlines()[0] if first_page_text else table.title,
        "table": {"pages": table.pages, "bbox": list(table.bbox), "header": headers,
                  "mapped": mapping, "rows": len(table.body),
                  # where each row and column is printed: the record marks cells and blacks
                  # out personal columns on the page images with it
                  "geometry": table_geometry(table)},
        "row_pages": table.body_pages,
        "unmapped_headers": [h for h in headers if h not in mapping],
        "period": _period(first_page_text),
        "notes_after_table": [n for n in notes if not hotline or hotline not in n],
        "hotline": hotline,
        "pages_without_text": info["pages_without_text"],
    }
    return frame, meta


def _period(text: str) -> str | None:
    match = _PERIOD_RE.search(to_simplified(text))
    return f"{int(match.group(1)):04d}-{int(match.group(2)):02d}" if match else None


_HOTLINE_RE = re.compile(r"(?:监督|举报)[^:：]{0,6}[:：]\s*([0-9][0-9\- ]{6,16}[0-9])")


def _hotline(lines: list[str]) -> str | None:
    for line in lines:
        match = _HOTLINE_RE.search(to_simplified(line))
        if match:
            return match.group(1).replace(" ", "")
    return None


def _notes_after(text: str) -> list[str]:
    """Lines printed under the table (the 监督举报电话, the issuing body, the date)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    keep = [ln for ln in lines if re.search(r"(监督|举报|電話|电话|办事处|公示期|日$)", to_simplified(ln))
            and not re.match(r"^\d+\s", ln) and "序号" not in ln]
    return keep[-4:]
