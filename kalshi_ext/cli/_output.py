"""What the commands print: JSON for scripts, aligned tables for people.

Money and counts are printed from ``Decimal`` with ``str()``, never through ``float``, so the
digits on screen are the digits on the wire. Times are shown in the user's time zone (the
process's local zone, ``TZ`` included) or in UTC with ``--utc``; JSON keeps the API's own values.
Tables use ``rich`` when it is installed (the ``cli`` extra) and the output is a terminal,
plain aligned text otherwise, so pipes and scripts always get the same stable text.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import logging
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from kalshi_perps_api.types import Unset as PerpsUnset
    from kalshi_trade_api.types import Unset as TradeUnset
    from typing_extensions import TypeIs

MISSING = "-"


def is_unset(value: object) -> TypeIs[TradeUnset | PerpsUnset | None]:
    """True for the generated models' ``UNSET`` marker (any API's) and for None."""
    return value is None or type(value).__name__ == "Unset"


def to_jsonable(value: Any) -> Any:
    """A JSON-ready copy of ``value``: generated models via ``to_dict()``, Decimal as its exact string."""
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return to_jsonable(value.to_dict())
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return to_jsonable(value.value)
    if is_unset(value):
        return None
    return value


def dumps(value: Any, *, indent: int | None = 2) -> str:
    """One JSON document (``indent=None``: one line, for JSON lines)."""
    separators = (",", ":") if indent is None else None
    return json.dumps(to_jsonable(value), indent=indent, separators=separators, ensure_ascii=False)


def print_json(out: TextIO, value: Any) -> None:
    print(dumps(value), file=out, flush=True)


def print_json_line(out: TextIO, value: Any) -> None:
    print(dumps(value, indent=None), file=out, flush=True)


# -- values a person reads ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Clock:
    """How times are shown: the local zone (default) or UTC (``--utc``)."""

    utc: bool = False

    def zone(self) -> dt.tzinfo | None:
        return dt.UTC if self.utc else None

    def show(self, value: Any) -> str:
        """A datetime, an ISO string, or Unix seconds/milliseconds, in the chosen zone."""
        when = parse_time(value)
        if when is None:
            return MISSING if is_unset(value) else str(value)
        shown = when.astimezone(dt.UTC) if self.utc else when.astimezone()
        return shown.strftime("%Y-%m-%d %H:%M:%S %Z").rstrip()


def parse_time(value: Any) -> dt.datetime | None:
    """``value`` as an aware datetime, or None if it is not a time."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
    if isinstance(value, bool) or is_unset(value):
        return None
    if isinstance(value, int | float):
        # Kalshi mixes Unix seconds (expiration_time) and milliseconds (ts_ms).
        seconds = value / 1000 if value > 10**11 else value
        return dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
    if isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=dt.UTC)
    return None


def text(value: Any) -> str:
    """A cell: Decimal exactly, enums by value, lists comma-joined, missing as ``-``."""
    if is_unset(value):
        return MISSING
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ",".join(text(v) for v in value) or MISSING
    return str(value)


def dollars(value: Any) -> str:
    """A dollar amount (Decimal or decimal string) as ``$1.2345``, exactly as given."""
    if is_unset(value):
        return MISSING
    amount = Decimal(str(value))
    sign = "-" if amount < 0 else ""
    return f"{sign}${abs(amount)}"


def cents(value: Any) -> str:
    """An integer-cents field (``balance``, ``portfolio_value``, ``revenue``) as dollars, exactly."""
    if is_unset(value) or isinstance(value, bool):
        return MISSING
    return dollars(Decimal(int(value)).scaleb(-2))


def cents_to_decimal(value: Any) -> Decimal | None:
    if is_unset(value) or isinstance(value, bool):
        return None
    return Decimal(int(value)).scaleb(-2)


# -- tables ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Column:
    """One table column: a header and how to get the cell text from a row object."""

    header: str
    get: Callable[[Any], str]
    right: bool = False  # numbers align right


def field(name: str, fmt: Callable[[Any], str] = text) -> Callable[[Any], str]:
    """A getter reading attribute (or mapping key) ``name`` and formatting it."""

    def get(row: Any) -> str:
        value = row.get(name) if isinstance(row, Mapping) else getattr(row, name, None)
        return fmt(value)

    return get


def rich_wanted(out: TextIO) -> bool:
    """Use rich for this stream? Only on a terminal, only if installed, not with NO_COLOR-like opt-outs."""
    if os.environ.get("KALSHI_EXT_PLAIN"):
        return False
    isatty = getattr(out, "isatty", None)
    if not (callable(isatty) and isatty()):
        return False
    try:
        import rich  # noqa: F401
    except ImportError:
        return False
    return True


def render_table(
    out: TextIO,
    columns: Sequence[Column],
    rows: Iterable[Any],
    *,
    title: str | None = None,
    use_rich: bool | None = None,
) -> int:
    """Print ``rows`` as a table; return how many rows were printed."""
    cells = [[column.get(row) for column in columns] for row in rows]
    if use_rich if use_rich is not None else rich_wanted(out):
        _rich_table(out, columns, cells, title)
    else:
        plain_table(out, columns, cells, title)
    return len(cells)


def plain_table(out: TextIO, columns: Sequence[Column], cells: Sequence[Sequence[str]], title: str | None) -> None:
    if title:
        print(title, file=out)
    header = [c.header for c in columns]
    widths = [max([len(h)] + [len(row[i]) for row in cells]) for i, h in enumerate(header)]
    for row in [header, *cells]:
        parts = [
            cell.rjust(width) if column.right else cell.ljust(width)
            for cell, width, column in zip(row, widths, columns, strict=True)
        ]
        print("  ".join(parts).rstrip(), file=out)


def _rich_table(out: TextIO, columns: Sequence[Column], cells: Sequence[Sequence[str]], title: str | None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, box=None, header_style="bold", pad_edge=False)
    for column in columns:
        table.add_column(column.header, justify="right" if column.right else "left", no_wrap=True)
    for row in cells:
        table.add_row(*row)
    Console(file=out, highlight=False).print(table)


def render_pairs(out: TextIO, pairs: Sequence[tuple[str, str]], *, title: str | None = None) -> None:
    """``label  value`` lines, labels aligned (a single object: a market, a balance)."""
    if title:
        print(title, file=out)
    width = max((len(label) for label, _ in pairs), default=0)
    for label, value in pairs:
        print(f"{label.ljust(width)}  {value}".rstrip(), file=out)


class WarningsTo(logging.Handler):
    """The SDK's warnings (a dropped connection, a sequence gap) as ``kalshi-ext: warning: ...`` lines
    on stderr, or, while a screen is being redrawn, handed to ``redirect`` so they cannot tear it."""

    def __init__(self, err: TextIO) -> None:
        super().__init__(logging.WARNING)
        self.err = err
        self.redirect: Callable[[str], None] | None = None

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = " ".join(record.getMessage().split())
            if self.redirect is not None:
                self.redirect(message)
            else:
                print(f"kalshi-ext: warning: {message}", file=self.err, flush=True)
        except Exception:  # a logging handler must never raise into the code that logged
            self.handleError(record)

    @classmethod
    def installed(cls) -> WarningsTo | None:
        for handler in logging.getLogger("kalshi_ext").handlers:
            if isinstance(handler, cls):
                return handler
        return None
