"""Named limits on what an input may hold, in one place.

Past these an input is refused with one line naming the file, the page or row and the limit
(never a traceback, never a half-read dataset). Each limit is far above what a real
government document holds and below what would exhaust the machine (2 cores, 24 GiB, several
jobs at once).
"""

from __future__ import annotations

# a table cell (CSV or XLSX): a 低保 remark or a gazette item's text is a few thousand
# characters; Python's csv module stops at 131,072 with a traceback
MAX_CELL_CHARS = 100_000
