"""``kalshi-ext check-capture DIR``: read a capture back; sizes per hour and market; gaps and order.

Checks, for every file: receipt times never go backwards; within each (run, segment, sid) the
``seq`` values are consecutive. A break in ``seq`` that no gap row announced is an error (exit 1).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ._keys import UsageError
from ._output import Column, print_json, render_table
from ._output import field as column_field


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        yield from pq.read_table(path).to_pylist()
        return
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            try:
                yield json.loads(line)
            except ValueError:
                raise ValueError(f"{path}:{number}: not a JSON line") from None


@dataclass
class Report:
    """What a capture holds and whether it is in order."""

    files: int = 0
    frames: int = 0
    books: int = 0
    gaps: Counter[str] = field(default_factory=Counter)
    errors: int = 0
    skipped: int = 0
    problems: list[str] = field(default_factory=list)
    # (hour, market) -> [frame rows, frame bytes, book rows]
    per_hour_market: dict[tuple[str, str], list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    file_bytes_per_hour: Counter[str] = field(default_factory=Counter)
    first_ns: int | None = None
    last_ns: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "frames": self.frames,
            "books": self.books,
            "gaps": dict(self.gaps),
            "errors": self.errors,
            "skipped": self.skipped,
            "problems": self.problems,
            "first_ns": self.first_ns,
            "last_ns": self.last_ns,
            "file_bytes_per_hour": dict(self.file_bytes_per_hour),
            "per_hour_market": [
                {"hour": hour, "market_ticker": market, "frames": v[0], "frame_bytes": v[1], "books": v[2]}
                for (hour, market), v in sorted(self.per_hour_market.items())
            ],
        }


def check(root: Path) -> Report:
    """Read every capture file under ``root`` and report.

    Raises:
        UsageError: ``root`` holds no capture.
        ValueError: a file that is not a capture file.
    """
    report = Report()
    last_seq: dict[tuple[str, int, int], int] = {}
    for kind in ("frames", "books"):
        for path in sorted((root / kind).glob("hour=*/*")):
            if path.suffix not in (".jsonl", ".parquet"):
                continue
            hour = path.parent.name.removeprefix("hour=")
            report.files += 1
            report.file_bytes_per_hour[hour] += path.stat().st_size
            previous_ns: int | None = None
            for row in _rows(path):
                recv_ns = int(row["recv_ns"])
                if previous_ns is not None and recv_ns < previous_ns:
                    report.problems.append(f"{path.name}: receipt time goes back at {recv_ns}")
                previous_ns = recv_ns
                report.first_ns = recv_ns if report.first_ns is None else min(report.first_ns, recv_ns)
                report.last_ns = recv_ns if report.last_ns is None else max(report.last_ns, recv_ns)
                market = row.get("market_ticker") or "-"
                if kind == "books":
                    report.books += 1
                    report.per_hour_market[(hour, market)][2] += 1
                    continue
                _frame_row(report, row, hour, market, last_seq=last_seq, path=path)
    if report.files == 0:
        raise UsageError(f"{root}: no capture files (frames/hour=*/ or books/hour=*/)")
    return report


def _frame_row(
    report: Report,
    row: dict[str, Any],
    hour: str,
    market: str,
    *,
    last_seq: dict[tuple[str, int, int], int],
    path: Path,
) -> None:
    kind = row.get("kind")
    if kind == "gap":
        report.gaps[str(row.get("type"))] += 1
        return
    if kind == "error":
        report.errors += 1
        return
    if kind == "skipped":  # deltas a snapshot already held: they advance seq without a frame
        report.skipped += 1
        if row.get("sid") is not None and row.get("seq") is not None:
            last_seq[(str(row["run"]), int(row["segment"]), int(row["sid"]))] = int(row["seq"])
        return
    report.frames += 1
    stats = report.per_hour_market[(hour, market)]
    stats[0] += 1
    stats[1] += len(str(row.get("frame", "")).encode())
    sid, seq = row.get("sid"), row.get("seq")
    if sid is None or seq is None:
        return
    key = (str(row["run"]), int(row["segment"]), int(sid))
    before = last_seq.get(key)
    if before is not None and int(seq) != before + 1:
        report.problems.append(
            f"{path.name}: sid {sid} seq {before} -> {seq} in segment {row['segment']} with no gap row"
        )
    last_seq[key] = int(seq)


def check_capture(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``check-capture DIR``: exit 0 if in order, 1 if a problem was found."""
    report = check(Path(args.directory).expanduser())
    if args.json:
        print_json(out, report.as_dict())
    else:
        span = 0.0 if report.first_ns is None or report.last_ns is None else (report.last_ns - report.first_ns) / 1e9
        print(
            f"{report.files} files, {report.frames} frames, {report.books} book snapshots, "
            f"{sum(report.gaps.values())} gap rows {dict(report.gaps) or ''}, {report.errors} bad frames, "
            f"{span:.1f} s of receipt time",
            file=out,
        )
        rows = [
            {"hour": hour, "market": market, "frames": v[0], "bytes": v[1], "books": v[2]}
            for (hour, market), v in sorted(report.per_hour_market.items())
        ]
        columns = [
            Column("HOUR (UTC)", column_field("hour")),
            Column("MARKET", column_field("market")),
            Column("FRAMES", column_field("frames"), right=True),
            Column("FRAME BYTES", column_field("bytes"), right=True),
            Column("BOOK SNAPSHOTS", column_field("books"), right=True),
        ]
        render_table(out, columns, rows)
        for hour, size in sorted(report.file_bytes_per_hour.items()):
            print(f"files of hour {hour}: {size} bytes on disk", file=out)
        for problem in report.problems:
            print(f"problem: {problem}", file=out)
        if not report.problems:
            print("in order: receipt times never go back; seq consecutive within every segment", file=out)
    return 1 if report.problems else 0


def register(commands: Any, common: list[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "check-capture",
        help="read a capture back: sizes per hour and market, gaps, order",
        description="Read every file of a `kalshi-ext record` capture; report rows and bytes per hour and market, "
        "gap rows, and any break in order (exit 1).",
    )
    p.set_defaults(handler=check_capture)
    p.add_argument("directory", metavar="DIR", help="the --out directory of kalshi-ext record")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
