"""The typed bot with keyword arguments and page iteration: mypy --strict clean, and it runs."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import httpx
import keyword_bot
from mypy import api as mypy_api
from standin import StandIn

from kalshi_ext import KalshiClient

HERE = Path(__file__).resolve().parent


def test_the_bot_is_mypy_strict_clean_without_assert_cast_or_unset() -> None:
    code = (HERE / "keyword_bot.py").read_text(encoding="utf-8").split('"""', 2)[2]
    assert "assert" not in code and "cast(" not in code and "Unset" not in code and "models" not in code
    stdout, stderr, status = mypy_api.run(
        [
            "--strict",
            "--no-incremental",
            "--cache-dir",
            "/dev/null",
            "--follow-imports",
            "silent",
            str(HERE / "keyword_bot.py"),
        ]
    )
    assert status == 0, stdout + stderr


def test_the_bot_runs_against_the_stand_in(standin: StandIn, pem: str) -> None:
    with KalshiClient(key_id="key-1", private_key=pem, transport=httpx.MockTransport(standin)) as kalshi:
        ticker, price = keyword_bot.quote_above_best_bid(kalshi)
        order_id, remaining, canceled = keyword_bot.trade_once(kalshi, ticker, price)
        fills, positions = keyword_bot.fills_and_positions(kalshi)
        tickers = keyword_bot.every_ticker(kalshi)
    assert (ticker, price) == ("KXHIGHNY-26NOV21-B50.5", Decimal("0.4100"))
    assert order_id == "ord-1" and remaining == Decimal("5.00") and canceled == Decimal("5.00")
    assert fills == [] and positions == {}
    assert len(tickers) == 5
    (created,) = [r for r in standin.requests if r.method == "POST" and r.url.path.endswith("/events/orders")]
    assert b'"price":"0.4100"' in created.content.replace(b" ", b"")
