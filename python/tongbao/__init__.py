"""tongbao: facts from Chinese government bulletins and economic news.

The extractor, index, check and audit of the Rust crate, giving the same objects as the command
line's JSON output. See ``Extractor`` and ``Index``; ``facts_frame`` turns facts or export rows
into a pandas DataFrame with money exact.
"""
from decimal import Decimal, InvalidOperation

from ._tongbao import Extractor, Index, TongbaoError, __version__, export_schema

__all__ = ["Extractor", "Index", "TongbaoError", "export_schema", "facts_frame", "fen_of", "__version__"]

MONEY_COLUMNS = ("value", "value_max")


def fen_of(value):
    """The exact fen (yuan x 100) of an amount in yuan, or None when it has finer digits.

    The digits are those JSON printed (Python's repr and the crate's writer both print the
    shortest form that reads back the same float), so 84.56 gives 8456, never 8455.
    """
    if value is None or isinstance(value, bool):
        return None
    try:
        d = Decimal(repr(value)) * 100
    except (InvalidOperation, ValueError):
        return None
    if not d.is_finite() or d != d.to_integral_value():
        return None
    return int(d)


def facts_frame(facts):
    """A pandas DataFrame of facts (``extract``) or export rows (``export_rows``).

    Money is exact: beside ``value`` and ``value_max`` (floats, as in JSON) come ``value_fen``
    and ``value_max_fen`` as nullable Int64 for money facts, the columns
    ``tongbao export --format parquet`` has. Offsets are nullable Int64, not floats.
    """
    import pandas as pd

    rows = [dict(f) for f in facts]
    for r in rows:
        money = r.get("kind") == "money"
        for c in MONEY_COLUMNS:
            r[c + "_fen"] = fen_of(r.get(c)) if money else None
    frame = pd.DataFrame.from_records(rows)
    if frame.empty:
        return frame
    for c in ("page", "start", "end", "src_start", "src_end", "value_fen", "value_max_fen"):
        if c in frame.columns:
            frame[c] = frame[c].astype("Int64")
    return frame
