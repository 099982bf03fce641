"""Capture files of ``kalshi-ext record``: JSON lines (stdlib) or Parquet (``pyarrow``), by the hour.

Layout (Hive-style, so DuckDB and polars read the hour as a column)::

    OUT/frames/hour=2026-12-01T07/<run>-0000.jsonl     every frame, gap markers, bad frames
    OUT/books/hour=2026-12-01T07/<run>-0000.jsonl      parsed book snapshots at an interval

The hour is the UTC hour of receipt. ``<run>`` is the recorder's start time (UTC), so two runs
never write to one file; files are created exclusively and never overwritten. JSON lines are
flushed after every batch, so a crash loses at most the batch in hand. A Parquet file cannot be
appended to, so Parquet parts are closed every ``part_seconds`` (and at each hour) and a new part
is started: a crash loses at most that part's unclosed rows... which is why parts are short.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

FRAME_FIELDS: tuple[str, ...] = (
    "recv_ns",
    "run",
    "segment",
    "kind",
    "channel",
    "type",
    "sid",
    "seq",
    "market_ticker",
    "frame",
)
BOOK_FIELDS: tuple[str, ...] = (
    "recv_ns",
    "run",
    "segment",
    "market_ticker",
    "seq",
    "synced",
    "best_bid",
    "best_ask",
    "bids",
    "asks",
)


class ParquetUnavailableError(Exception):
    """``--format parquet`` without ``pyarrow`` installed (exit status 2)."""


def hour_of(recv_ns: int) -> str:
    """``2026-12-01T07``: the UTC hour a row belongs to."""
    return dt.datetime.fromtimestamp(recv_ns / 1e9, tz=dt.UTC).strftime("%Y-%m-%dT%H")


class _Part(Protocol):
    def write(self, rows: Sequence[dict[str, Any]]) -> None: ...
    def close(self) -> None: ...


def _exclusive(path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)


class _JsonLinesPart:
    def __init__(self, path: Path) -> None:
        self._file = os.fdopen(_exclusive(path), "w", encoding="utf-8")

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        self._file.write("".join(json.dumps(row, separators=(",", ":"), ensure_ascii=False) + "\n" for row in rows))
        self._file.flush()

    def close(self) -> None:
        self._file.close()


def _arrow_schema(kind: str) -> Any:
    import pyarrow as pa

    if kind == "frames":
        return pa.schema(
            [
                ("recv_ns", pa.int64()),
                ("run", pa.string()),
                ("segment", pa.int32()),
                ("kind", pa.string()),
                ("channel", pa.string()),
                ("type", pa.string()),
                ("sid", pa.int64()),
                ("seq", pa.int64()),
                ("market_ticker", pa.string()),
                ("frame", pa.string()),
            ]
        )
    levels = pa.list_(pa.list_(pa.string()))
    return pa.schema(
        [
            ("recv_ns", pa.int64()),
            ("run", pa.string()),
            ("segment", pa.int32()),
            ("market_ticker", pa.string()),
            ("seq", pa.int64()),
            ("synced", pa.bool_()),
            ("best_bid", pa.string()),
            ("best_ask", pa.string()),
            ("bids", levels),
            ("asks", levels),
        ]
    )


class _ParquetPart:
    def __init__(self, path: Path, kind: str) -> None:
        import pyarrow.parquet as pq

        self._schema = _arrow_schema(kind)
        self._fd = _exclusive(path)
        self._sink = os.fdopen(self._fd, "wb")
        self._writer = pq.ParquetWriter(self._sink, self._schema, compression="zstd")

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        import pyarrow as pa

        self._writer.write_table(pa.Table.from_pylist(list(rows), schema=self._schema))

    def close(self) -> None:
        self._writer.close()
        self._sink.close()


def check_format(fmt: str) -> None:
    """Raises ParquetUnavailableError for ``parquet`` without ``pyarrow``."""
    if fmt == "parquet":
        try:
            import pyarrow.parquet  # noqa: F401
        except ImportError:
            raise ParquetUnavailableError(
                "--format parquet needs pyarrow: pip install 'kalshi-ext[parquet]' (or use --format jsonl)"
            ) from None


class RotatingWriter:
    """Rows of one kind (``frames`` or ``books``) into hourly files under ``root/kind``.

    ``write(rows)`` takes rows in receipt order; a row of a new hour closes the current file.
    Parquet parts are also closed after ``part_seconds`` of receipt time.
    """

    def __init__(
        self,
        root: Path,
        kind: str,
        run: str,
        fmt: str,
        *,
        part_seconds: float = 60.0,
        opened: Callable[[Path], None] | None = None,
    ) -> None:
        self._dir = root / kind
        self._kind = kind
        self._run = run
        self._fmt = fmt
        self._ext = "parquet" if fmt == "parquet" else "jsonl"
        self._part_ns = int(part_seconds * 1e9)
        self._part: _Part | None = None
        self._hour: str | None = None
        self._started_ns = 0
        self._numbers: dict[str, int] = {}
        self._opened = opened
        self.files: list[Path] = []
        self.rows = 0

    def _open(self, hour: str, recv_ns: int) -> None:
        number = self._numbers.get(hour, 0)
        self._numbers[hour] = number + 1
        path = self._dir / f"hour={hour}" / f"{self._run}-{number:04d}.{self._ext}"
        self._part = _ParquetPart(path, self._kind) if self._fmt == "parquet" else _JsonLinesPart(path)
        self._hour = hour
        self._started_ns = recv_ns
        self.files.append(path)
        if self._opened is not None:
            self._opened(path)

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        batch: list[dict[str, Any]] = []
        for row in rows:
            recv_ns = int(row["recv_ns"])
            hour = hour_of(recv_ns)
            rotate = self._part is None or hour != self._hour
            if not rotate and self._fmt == "parquet" and recv_ns - self._started_ns >= self._part_ns:
                rotate = True
            if rotate:
                if batch and self._part is not None:
                    self._part.write(batch)
                    batch = []
                self.close()
                self._open(hour, recv_ns)
            batch.append(row)
        if batch and self._part is not None:
            self._part.write(batch)
        self.rows += len(rows)

    def close(self) -> None:
        if self._part is not None:
            self._part.close()
            self._part = None
