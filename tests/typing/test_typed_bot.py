"""The typed bot passes mypy --strict, and reading an omitted required field raises the typed error."""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy import api as mypy_api

from kalshi_ext import KalshiResponseError
from kalshi_ext._response_fields import MissingResponseFieldError, ResponseFieldError

HERE = Path(__file__).resolve().parent


def test_the_typed_bot_needs_no_assert_cast_or_unset() -> None:
    code = (HERE / "typed_bot.py").read_text(encoding="utf-8").split('"""', 2)[2]  # after the docstring
    assert "assert" not in code and "cast(" not in code and "Unset" not in code
    stdout, stderr, status = mypy_api.run(
        [
            "--strict",
            "--no-incremental",
            "--cache-dir",
            "/dev/null",
            "--follow-imports",
            "silent",
            str(HERE / "typed_bot.py"),
        ]
    )
    assert status == 0, stdout + stderr
    assert "Success: no issues found" in stdout


def test_reading_an_omitted_required_field_raises_the_typed_error() -> None:
    from kalshi_trade_api.models.market import Market

    import kalshi_ext._sync_clients  # noqa: F401  (a client module installs the hook, as in real use)

    market = Market.from_dict({"ticker": "KXHIGHNY-26NOV21-B52.5", "yes_bid_dollars": "10000"})
    with pytest.raises(MissingResponseFieldError, match=r"Market\.event_ticker: 'event_ticker' is missing") as caught:
        _ = market.event_ticker
    assert isinstance(caught.value, KalshiResponseError) and isinstance(caught.value, AttributeError)
    assert (caught.value.model, caught.value.field) == ("Market", "event_ticker")
    assert not market.is_set("event_ticker") and market.is_set("ticker")


@pytest.mark.parametrize(
    ("field", "value"),
    [("yes_bid_dollars", 0.56j), ("can_close_early", "no"), ("ticker", 12345), ("settlement_timer_seconds", "60")],
)
def test_a_scalar_of_the_wrong_json_type_never_reaches_the_caller(field: str, value: object) -> None:
    from kalshi_trade_api.models.market import Market

    import kalshi_ext._sync_clients  # noqa: F401

    market = Market.from_dict({field: value})
    with pytest.raises(ResponseFieldError, match=rf"Market\.{field}: "):
        getattr(market, field)


def test_balance_in_cents_as_a_string_is_refused() -> None:
    from kalshi_trade_api.models.get_balance_response import GetBalanceResponse

    import kalshi_ext._sync_clients  # noqa: F401

    with pytest.raises(ResponseFieldError, match=r"GetBalanceResponse\.balance: expected an integer, got str"):
        _ = GetBalanceResponse.from_dict({"balance": "10000"}).balance


def test_a_misspelt_field_is_a_type_error(tmp_path: Path) -> None:
    # Models read empty slots through __getattr__ at run time; mypy must not see it (a class with
    # __getattr__ would accept any attribute name).
    snippet = tmp_path / "typo.py"
    snippet.write_text(
        "from kalshi_trade_api.models.market import Market\n\n"
        "def ticker_of(market: Market) -> str:\n"
        "    return market.tickr\n",
        encoding="utf-8",
    )
    stdout, stderr, status = mypy_api.run(
        ["--strict", "--no-incremental", "--cache-dir", "/dev/null", "--follow-imports", "silent", str(snippet)]
    )
    assert status == 1, stdout + stderr
    assert '"Market" has no attribute "tickr"' in stdout
