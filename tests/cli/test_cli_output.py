"""What the CLI prints: exact money, times in the user's zone or UTC, plain tables, JSON."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
import time
from decimal import Decimal

import pytest

from kalshi_ext.cli._output import Clock, Column, cents, dollars, dumps, field, render_table, to_jsonable
from kalshi_ext.cli._read import book_view


def test_money_is_printed_exactly_from_decimal() -> None:
    assert dollars(Decimal("0.1000")) == "$0.1000"
    assert dollars("1234567.123456") == "$1234567.123456"
    assert dollars(Decimal("-0.0075")) == "-$0.0075"
    # integer cents (balance, portfolio_value, revenue) become dollars without float rounding
    assert cents(942275) == "$9422.75"
    assert cents(1) == "$0.01"
    assert cents(-5) == "-$0.05"
    assert cents(10**17 + 1) == "$1000000000000000.01"


def test_json_keeps_decimal_digits_and_model_dicts() -> None:
    from kalshi_trade_api.models.market_position import MarketPosition

    position = MarketPosition(ticker="T", position_fp=Decimal("10.00"), market_exposure_dollars=Decimal("5.600000"))
    doc = json.loads(dumps({"p": position, "x": Decimal("0.10"), "when": dt.datetime(2026, 1, 2, tzinfo=dt.UTC)}))
    assert doc["p"]["position_fp"] == "10.00"
    assert doc["p"]["market_exposure_dollars"] == "5.600000"
    assert doc["x"] == "0.10"
    assert doc["when"] == "2026-01-02T00:00:00+00:00"
    assert to_jsonable([Decimal("1.5")]) == ["1.5"]


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset")
def test_times_in_the_local_zone_or_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        when = dt.datetime(2026, 7, 1, 12, 0, tzinfo=dt.UTC)
        assert Clock(utc=False).show(when) == "2026-07-01 08:00:00 EDT"
        assert Clock(utc=True).show(when) == "2026-07-01 12:00:00 UTC"
        # ISO text, Unix seconds and Unix milliseconds are all times
        assert Clock(utc=True).show("2026-07-01T12:00:00Z") == "2026-07-01 12:00:00 UTC"
        assert Clock(utc=True).show(1782907200) == "2026-07-01 12:00:00 UTC"
        assert Clock(utc=True).show(1782907200000) == "2026-07-01 12:00:00 UTC"
        assert Clock().show(None) == "-"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_plain_table_aligns_numbers_right() -> None:
    out = io.StringIO()
    columns = [Column("TICKER", field("t")), Column("PRICE", field("p"), right=True)]
    render_table(
        out, columns, [{"t": "A", "p": Decimal("0.5")}, {"t": "LONGER", "p": Decimal("0.1234")}], use_rich=False
    )
    assert out.getvalue().splitlines() == ["TICKER   PRICE", "A          0.5", "LONGER  0.1234"]


def test_rich_table_when_asked() -> None:
    pytest.importorskip("rich")
    out = io.StringIO()
    render_table(out, [Column("TICKER", field("t"))], [{"t": "KX-1"}], use_rich=True)
    assert "TICKER" in out.getvalue() and "KX-1" in out.getvalue()


def test_book_view_turns_no_bids_into_yes_asks() -> None:
    view = book_view("T", [["0.4000", "5.00"], ["0.4500", "10.00"]], [["0.4400", "3.00"], ["0.4000", "7.00"]], None)
    assert view["bids"] == [[Decimal("0.4500"), Decimal("10.00")], [Decimal("0.4000"), Decimal("5.00")]]
    assert view["asks"] == [[Decimal("0.5600"), Decimal("3.00")], [Decimal("0.6000"), Decimal("7.00")]]
    assert (view["best_bid"], view["best_ask"], view["spread"]) == (
        Decimal("0.4500"),
        Decimal("0.5600"),
        Decimal("0.1100"),
    )
    assert book_view("T", [["0.1", "1"], ["0.2", "1"]], None, 1)["bids"] == [[Decimal("0.2"), Decimal("1")]]
    empty = book_view("T", None, None, None)
    assert empty["best_bid"] is None and empty["spread"] is None


def test_the_cli_works_without_rich() -> None:
    """The `cli` extra is optional: with rich unimportable, help and a table still work."""
    code = (
        "import sys; sys.modules['rich'] = None\n"
        "import io\n"
        "from kalshi_ext.cli import main\n"
        "from kalshi_ext.cli._output import Column, field, render_table\n"
        "assert main(['--help']) == 0\n"
        "out = io.StringIO(); out.isatty = lambda: True\n"
        "render_table(out, [Column('A', field('a'))], [{'a': 'x'}])\n"
        "assert out.getvalue().split() == ['A', 'x'], out.getvalue()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False, env=dict(os.environ)
    )
    assert done.returncode == 0, done.stderr


def test_progress_on_a_terminal_only() -> None:
    from kalshi_ext.cli._listing import collect

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty = Tty()
    assert collect(iter(range(3)), tty, "markets") == [0, 1, 2]
    assert "fetched 1 markets..." in tty.getvalue() and tty.getvalue().endswith("\r\x1b[K")
    piped = io.StringIO()
    assert collect(iter(range(3)), piped, "markets") == [0, 1, 2]
    assert piped.getvalue() == ""
