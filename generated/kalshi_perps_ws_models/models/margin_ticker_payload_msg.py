from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funding_rate import FundingRate
    from ..models.ticker_price import TickerPrice


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class MarginTickerPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        market_ticker (str): Unique market identifier. Required (reading raises MissingFieldError if absent).
        price (Decimal): Last traded price in USD as a fixed-point decimal string (4 decimals). Required
            (reading raises MissingFieldError if absent).
        bid (Decimal): USD price as a fixed-point decimal string (4 decimals). Required (reading raises
            MissingFieldError if absent).
        ask (Decimal): USD price as a fixed-point decimal string (4 decimals). Required (reading raises
            MissingFieldError if absent).
        bid_size_fp (Decimal): Required (reading raises MissingFieldError if absent).
        ask_size_fp (Decimal): Required (reading raises MissingFieldError if absent).
        last_trade_size_fp (Decimal): Required (reading raises MissingFieldError if absent).
        volume (Decimal): One sided total trade volume in contracts. Required (reading raises MissingFieldError
            if absent).
        volume_notional_value_dollars (Decimal): Total notional value of one sided trade volume in dollars.
            Required (reading raises MissingFieldError if absent).
        volume_24h (Decimal): One sided trade volume in the last 24 hours in contracts. Required (reading raises
            MissingFieldError if absent).
        volume_24h_notional_value_dollars (Decimal): Total notional value of one sided trade volume in the last
            24 hours in dollars. Required (reading raises MissingFieldError if absent).
        open_interest (Decimal): One sided open interest in contracts. Required (reading raises
            MissingFieldError if absent).
        open_interest_notional_value_dollars (Decimal): Total notional value of one sided open interest in
            dollars. Required (reading raises MissingFieldError if absent).
        reference_price (TickerPrice): Optional (None if absent).
        settlement_mark_price (TickerPrice): Optional (None if absent).
        liquidation_mark_price (TickerPrice): Optional (None if absent).
        funding_rate (FundingRate): Optional (None if absent).
        ts_ms (int): Unix timestamp in milliseconds. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    market_ticker: str = _field(_t.StrField("market_ticker", required=True))
    """Unique market identifier. Required (reading raises MissingFieldError if absent)."""

    price: Decimal = _field(_t.DecimalField("price", required=True))
    """Last traded price in USD as a fixed-point decimal string (4 decimals). Required (reading raises
    MissingFieldError if absent)."""

    bid: Decimal = _field(_t.DecimalField("bid", required=True))
    """USD price as a fixed-point decimal string (4 decimals). Required (reading raises MissingFieldError if
    absent)."""

    ask: Decimal = _field(_t.DecimalField("ask", required=True))
    """USD price as a fixed-point decimal string (4 decimals). Required (reading raises MissingFieldError if
    absent)."""

    bid_size_fp: Decimal = _field(_t.DecimalField("bid_size_fp", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    ask_size_fp: Decimal = _field(_t.DecimalField("ask_size_fp", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    last_trade_size_fp: Decimal = _field(_t.DecimalField("last_trade_size_fp", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    volume: Decimal = _field(_t.DecimalField("volume", required=True))
    """One sided total trade volume in contracts. Required (reading raises MissingFieldError if absent)."""

    volume_notional_value_dollars: Decimal = _field(_t.DecimalField("volume_notional_value_dollars", required=True))
    """Total notional value of one sided trade volume in dollars. Required (reading raises MissingFieldError if
    absent)."""

    volume_24h: Decimal = _field(_t.DecimalField("volume_24h", required=True))
    """One sided trade volume in the last 24 hours in contracts. Required (reading raises MissingFieldError if
    absent)."""

    volume_24h_notional_value_dollars: Decimal = _field(
        _t.DecimalField("volume_24h_notional_value_dollars", required=True)
    )
    """Total notional value of one sided trade volume in the last 24 hours in dollars. Required (reading raises
    MissingFieldError if absent)."""

    open_interest: Decimal = _field(_t.DecimalField("open_interest", required=True))
    """One sided open interest in contracts. Required (reading raises MissingFieldError if absent)."""

    open_interest_notional_value_dollars: Decimal = _field(
        _t.DecimalField("open_interest_notional_value_dollars", required=True)
    )
    """Total notional value of one sided open interest in dollars. Required (reading raises MissingFieldError if
    absent)."""

    reference_price: TickerPrice | None = _field(
        _t.ModelField("reference_price", f"{__package__}.ticker_price", "TickerPrice")
    )
    """Optional (None if absent)."""

    settlement_mark_price: TickerPrice | None = _field(
        _t.ModelField("settlement_mark_price", f"{__package__}.ticker_price", "TickerPrice")
    )
    """Optional (None if absent)."""

    liquidation_mark_price: TickerPrice | None = _field(
        _t.ModelField("liquidation_mark_price", f"{__package__}.ticker_price", "TickerPrice")
    )
    """Optional (None if absent)."""

    funding_rate: FundingRate | None = _field(
        _t.ModelField("funding_rate", f"{__package__}.funding_rate", "FundingRate")
    )
    """Optional (None if absent)."""

    ts_ms: int = _field(_t.IntField("ts_ms", required=True))
    """Unix timestamp in milliseconds. Required (reading raises MissingFieldError if absent)."""

    def __init__(
        self,
        *,
        market_ticker: str | None | Unset = UNSET,
        price: Decimal | None | Unset = UNSET,
        bid: Decimal | None | Unset = UNSET,
        ask: Decimal | None | Unset = UNSET,
        bid_size_fp: Decimal | None | Unset = UNSET,
        ask_size_fp: Decimal | None | Unset = UNSET,
        last_trade_size_fp: Decimal | None | Unset = UNSET,
        volume: Decimal | None | Unset = UNSET,
        volume_notional_value_dollars: Decimal | None | Unset = UNSET,
        volume_24h: Decimal | None | Unset = UNSET,
        volume_24h_notional_value_dollars: Decimal | None | Unset = UNSET,
        open_interest: Decimal | None | Unset = UNSET,
        open_interest_notional_value_dollars: Decimal | None | Unset = UNSET,
        reference_price: TickerPrice | None | Unset = UNSET,
        settlement_mark_price: TickerPrice | None | Unset = UNSET,
        liquidation_mark_price: TickerPrice | None | Unset = UNSET,
        funding_rate: FundingRate | None | Unset = UNSET,
        ts_ms: int | None | Unset = UNSET,
    ) -> None:
        """A MarginTickerPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("market_ticker", market_ticker)
        self._set("price", price)
        self._set("bid", bid)
        self._set("ask", ask)
        self._set("bid_size_fp", bid_size_fp)
        self._set("ask_size_fp", ask_size_fp)
        self._set("last_trade_size_fp", last_trade_size_fp)
        self._set("volume", volume)
        self._set("volume_notional_value_dollars", volume_notional_value_dollars)
        self._set("volume_24h", volume_24h)
        self._set("volume_24h_notional_value_dollars", volume_24h_notional_value_dollars)
        self._set("open_interest", open_interest)
        self._set("open_interest_notional_value_dollars", open_interest_notional_value_dollars)
        self._set("reference_price", reference_price)
        self._set("settlement_mark_price", settlement_mark_price)
        self._set("liquidation_mark_price", liquidation_mark_price)
        self._set("funding_rate", funding_rate)
        self._set("ts_ms", ts_ms)
