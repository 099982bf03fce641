"""Capture files of ``kalshi-ext record``: hourly rotation, exclusive files, gap markers, Parquet."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from kalshi_ext.cli._capture import RotatingWriter, hour_of
from kalshi_ext.cli._record import Recorder

HOUR_NS = 3600 * 10**9
T0 = 1_780_000_000 * 10**9 - (1_780_000_000 * 10**9) % HOUR_NS  # the start of a UTC hour


def read_jsonl(paths: list[Path]) -> list[dict[str, Any]]:
    return [json.loads(line) for path in paths for line in path.read_text().splitlines()]


def rows(*offsets_s: float) -> list[dict[str, Any]]:
    return [{"recv_ns": T0 + int(s * 1e9), "n": i} for i, s in enumerate(offsets_s)]


def test_rows_rotate_at_each_utc_hour(tmp_path: Path) -> None:
    writer = RotatingWriter(tmp_path, "frames", "RUN", "jsonl")
    writer.write(rows(0, 1, 3599.9))
    writer.write(rows(3600, 3601, 7300))
    writer.close()
    hours = [p.parent.name for p in writer.files]
    assert hours == [f"hour={hour_of(T0)}", f"hour={hour_of(T0 + HOUR_NS)}", f"hour={hour_of(T0 + 2 * HOUR_NS)}"]
    per_file = [len(p.read_text().splitlines()) for p in writer.files]
    assert per_file == [3, 2, 1]
    assert writer.rows == 6


def test_files_are_never_overwritten(tmp_path: Path) -> None:
    first = RotatingWriter(tmp_path, "frames", "RUN", "jsonl")
    first.write(rows(0))
    first.close()
    again = RotatingWriter(tmp_path, "frames", "RUN", "jsonl")
    with pytest.raises(FileExistsError):
        again.write(rows(1))
    assert len(first.files[0].read_text().splitlines()) == 1


def test_parquet_parts_rotate_by_hour_and_part_length(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    writer = RotatingWriter(tmp_path, "books", "RUN", "parquet", part_seconds=10)
    book = {
        "run": "RUN",
        "segment": 0,
        "market_ticker": "T",
        "seq": 1,
        "synced": True,
        "best_bid": "0.4000",
        "best_ask": None,
        "bids": [["0.4000", "5.00"]],
        "asks": [],
    }
    writer.write([{**book, "recv_ns": T0 + s * 10**9} for s in (0, 5, 11, 3600)])
    writer.close()
    assert len(writer.files) == 3  # [0, 5], [11] (part length), [3600] (new hour)
    table = pq.read_table(writer.files[0])
    assert table.num_rows == 2
    assert table.column("bids").to_pylist()[0] == [["0.4000", "5.00"]]
    assert table.column("best_ask").to_pylist() == [None, None]


def message(sid: int, seq: int, kind: str = "orderbook_delta", ticker: str = "T") -> Any:
    raw = {"type": kind, "sid": sid, "seq": seq, "msg": {"market_ticker": ticker, "price_dollars": "0.5600"}}
    return SimpleNamespace(sid=sid, seq=seq, type=kind, raw=raw)


def recorder(tmp_path: Path) -> Recorder:
    clock = iter(range(T0, T0 + 10**12, 10**6))
    return Recorder(
        RotatingWriter(tmp_path, "frames", "RUN", "jsonl"),
        RotatingWriter(tmp_path, "books", "RUN", "jsonl"),
        "RUN",
        now_ns=lambda: next(clock),
    )


def test_a_new_sid_is_a_gap_never_joined_silently(tmp_path: Path) -> None:
    rec = recorder(tmp_path)
    rec.message(1, "orderbook_delta", message(7, 1))
    rec.message(1, "orderbook_delta", message(7, 2))
    rec.gap("disconnected", None, error="boom")
    rec.message(1, "orderbook_delta", message(9, 1))  # after the reconnect: a new sid
    rec.close()
    got = read_jsonl(rec.frames.files)
    assert [(r["kind"], r["type"], r["segment"], r["sid"], r["seq"]) for r in got] == [
        ("frame", "orderbook_delta", 0, 7, 1),
        ("frame", "orderbook_delta", 0, 7, 2),
        ("gap", "disconnected", 1, None, None),
        ("gap", "new_sid", 2, 9, None),
        ("frame", "orderbook_delta", 2, 9, 1),
    ]
    assert json.loads(got[0]["frame"])["msg"]["price_dollars"] == "0.5600"  # the frame as received
    assert got[0]["market_ticker"] == "T"
    assert [r["recv_ns"] for r in got] == sorted(r["recv_ns"] for r in got)
    assert rec.counts == {"frames": 3, "books": 0, "gaps": 2, "errors": 0}


def test_bad_frames_are_kept_as_received(tmp_path: Path) -> None:
    rec = recorder(tmp_path)
    rec.error("trade", "FrameDecodeError", b"{not json")
    rec.close()
    (row,) = read_jsonl(rec.frames.files)
    assert (row["kind"], row["type"], row["frame"]) == ("error", "FrameDecodeError", "{not json")


def test_book_snapshots_only_when_the_book_changed(tmp_path: Path) -> None:
    from kalshi_ext.ws import OrderBook
    from kalshi_ext.ws._channels import PREDICTION

    book = OrderBook("T", PREDICTION.book, yes_price=False)
    book.apply_snapshot(
        {"market_ticker": "T", "yes_dollars_fp": [["0.4000", "5.00"]], "no_dollars_fp": [["0.5500", "2.00"]]}
    )
    rec = recorder(tmp_path)
    rec.book("T", book)
    rec.book("T", book)  # unchanged: no second row
    book.apply_delta({"market_ticker": "T", "price_dollars": "0.4000", "delta_fp": "1.00", "side": "yes"})
    rec.book("T", book)
    rec.close()
    got = read_jsonl(rec.books.files)
    assert [r["bids"] for r in got] == [[["0.4000", "5.00"]], [["0.4000", "6.00"]]]
    assert got[0]["asks"] == [["0.4500", "2.00"]]  # YES terms
    assert (got[0]["best_bid"], got[0]["best_ask"], got[0]["synced"]) == ("0.4000", "0.4500", True)


def test_a_restarted_seq_on_a_reused_sid_is_a_gap(tmp_path: Path) -> None:
    """After a reconnect the server may hand out the same sid again and restart seq at 1."""
    rec = recorder(tmp_path)
    for seq in (1, 2, 3):
        rec.message(2, "trade", message(1, seq, "trade"))
    rec.message(2, "trade", message(1, 1, "trade"))
    rec.message(2, "trade", message(1, 2, "trade"))
    rec.message(2, "trade", message(1, 5, "trade"))  # two lost, nothing announced them
    rec.close()
    got = [(r["kind"], r["type"], r["segment"], r["seq"]) for r in read_jsonl(rec.frames.files)]
    assert got == [
        ("frame", "trade", 0, 1),
        ("frame", "trade", 0, 2),
        ("frame", "trade", 0, 3),
        ("gap", "resubscribed", 1, None),
        ("frame", "trade", 1, 1),
        ("frame", "trade", 1, 2),
        ("gap", "sequence_break", 2, None),
        ("frame", "trade", 2, 5),
    ]


def test_an_announced_gap_is_not_marked_twice(tmp_path: Path) -> None:
    rec = recorder(tmp_path)
    rec.message(1, "orderbook_delta", message(1, 1))
    rec.gap("reconnect", "orderbook_delta", subscription=1)
    rec.message(1, "orderbook_delta", message(1, 1, "orderbook_snapshot"))
    rec.close()
    assert [r["type"] for r in read_jsonl(rec.frames.files)] == ["orderbook_delta", "reconnect", "orderbook_snapshot"]


def test_deltas_contained_in_a_snapshot_are_a_skipped_row_and_check_passes(tmp_path: Path) -> None:
    from kalshi_ext.cli._capture_check import check

    rec = recorder(tmp_path)
    rec.message(1, "orderbook_delta", message(1, 1, "orderbook_snapshot"), skipped_total=0)
    rec.message(1, "orderbook_delta", message(1, 4), skipped_total=2)  # seq 2 and 3 were not delivered
    rec.message(1, "orderbook_delta", message(1, 5), skipped_total=2)
    rec.close()
    got = read_jsonl(rec.frames.files)
    assert [(r["kind"], r["seq"]) for r in got] == [("frame", 1), ("skipped", 3), ("frame", 4), ("frame", 5)]
    assert json.loads(got[1]["frame"]) == {"count": 2, "after_seq": 1}
    report = check(tmp_path)
    assert report.problems == [] and report.skipped == 1 and report.frames == 3


def test_check_reports_an_unmarked_break(tmp_path: Path) -> None:
    from kalshi_ext.cli._capture_check import check

    path = tmp_path / "frames" / f"hour={hour_of(T0)}" / "RUN-0000.jsonl"
    path.parent.mkdir(parents=True)
    base = {"run": "RUN", "segment": 0, "kind": "frame", "channel": "trade", "type": "trade", "sid": 1,
            "market_ticker": "T", "frame": "{}"}  # fmt: skip
    lines = [{**base, "recv_ns": T0 + i, "seq": seq} for i, seq in enumerate((1, 2, 4))]
    lines.append({**base, "recv_ns": T0 - 1, "seq": 5})
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    report = check(tmp_path)
    assert len(report.problems) == 2
    assert "seq 2 -> 4" in report.problems[0] and "receipt time goes back" in report.problems[1]
    assert report.per_hour_market[(hour_of(T0), "T")][0] == 4
