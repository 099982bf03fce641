from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class MarketPositionPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        user_id (str): User ID for the position. Required (reading raises MissingFieldError if absent).
        market_ticker (str): Unique market identifier. Required (reading raises MissingFieldError if absent).
        position_fp (Decimal): Fixed-point net position (2 decimals) Required (reading raises MissingFieldError
            if absent).
        position_cost_dollars (Decimal): Current cost basis of the position as a fixed-point dollar string.
            Required (reading raises MissingFieldError if absent).
        realized_pnl_dollars (Decimal): Realized profit/loss as a fixed-point dollar string. Required (reading
            raises MissingFieldError if absent).
        fees_paid_dollars (Decimal): Total fees paid as a fixed-point dollar string. Required (reading raises
            MissingFieldError if absent).
        position_fee_cost_dollars (Decimal): Total position fee cost as a fixed-point dollar string. Required
            (reading raises MissingFieldError if absent).
        volume_fp (Decimal): Fixed-point total volume traded (2 decimals) Required (reading raises
            MissingFieldError if absent).
        subaccount (int): Optional subaccount number for the position. Optional (None if absent).
    """

    __slots__ = (
        "user_id",
        "market_ticker",
        "position_fp",
        "position_cost_dollars",
        "realized_pnl_dollars",
        "fees_paid_dollars",
        "position_fee_cost_dollars",
        "volume_fp",
        "subaccount",
    )

    user_id: str
    """User ID for the position. Required (reading raises MissingFieldError if absent)."""

    market_ticker: str
    """Unique market identifier. Required (reading raises MissingFieldError if absent)."""

    position_fp: Decimal
    """Fixed-point net position (2 decimals) Required (reading raises MissingFieldError if absent)."""

    position_cost_dollars: Decimal
    """Current cost basis of the position as a fixed-point dollar string. Required (reading raises
    MissingFieldError if absent)."""

    realized_pnl_dollars: Decimal
    """Realized profit/loss as a fixed-point dollar string. Required (reading raises MissingFieldError if absent)."""

    fees_paid_dollars: Decimal
    """Total fees paid as a fixed-point dollar string. Required (reading raises MissingFieldError if absent)."""

    position_fee_cost_dollars: Decimal
    """Total position fee cost as a fixed-point dollar string. Required (reading raises MissingFieldError if
    absent)."""

    volume_fp: Decimal
    """Fixed-point total volume traded (2 decimals) Required (reading raises MissingFieldError if absent)."""

    subaccount: int | None
    """Optional subaccount number for the position. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "user_id": _t.StrField("user_id", required=True),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "position_fp": _t.DecimalField("position_fp", required=True),
        "position_cost_dollars": _t.DecimalField("position_cost_dollars", required=True),
        "realized_pnl_dollars": _t.DecimalField("realized_pnl_dollars", required=True),
        "fees_paid_dollars": _t.DecimalField("fees_paid_dollars", required=True),
        "position_fee_cost_dollars": _t.DecimalField("position_fee_cost_dollars", required=True),
        "volume_fp": _t.DecimalField("volume_fp", required=True),
        "subaccount": _t.IntField("subaccount"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        raw = self._raw
        g = raw.get
        if next(iter(raw), None) is not _KEYS.first:  # another decoder's key objects: adopt them
            _KEYS.adopt(raw)
        (
            k_user_id,
            k_market_ticker,
            k_position_fp,
            k_position_cost_dollars,
            k_realized_pnl_dollars,
            k_fees_paid_dollars,
            k_position_fee_cost_dollars,
            k_volume_fp,
            k_subaccount,
        ) = _KEYS.keys
        if type(v := g(k_user_id)) is str:
            self.user_id = v
        else:
            self._slow_field("user_id")
        if type(v := g(k_market_ticker)) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if (x := _dc(v := g(k_position_fp))) is not None:  # only text already parsed is in the cache
            self.position_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.position_fp = _nd(v)
        else:
            self._slow_field("position_fp")
        if (x := _dc(v := g(k_position_cost_dollars))) is not None:  # only text already parsed is in the cache
            self.position_cost_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.position_cost_dollars = _nd(v)
        else:
            self._slow_field("position_cost_dollars")
        if (x := _dc(v := g(k_realized_pnl_dollars))) is not None:  # only text already parsed is in the cache
            self.realized_pnl_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.realized_pnl_dollars = _nd(v)
        else:
            self._slow_field("realized_pnl_dollars")
        if (x := _dc(v := g(k_fees_paid_dollars))) is not None:  # only text already parsed is in the cache
            self.fees_paid_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.fees_paid_dollars = _nd(v)
        else:
            self._slow_field("fees_paid_dollars")
        if (x := _dc(v := g(k_position_fee_cost_dollars))) is not None:  # only text already parsed is in the cache
            self.position_fee_cost_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.position_fee_cost_dollars = _nd(v)
        else:
            self._slow_field("position_fee_cost_dollars")
        if (x := _dc(v := g(k_volume_fp))) is not None:  # only text already parsed is in the cache
            self.volume_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.volume_fp = _nd(v)
        else:
            self._slow_field("volume_fp")
        if type(v := g(k_subaccount)) is int:
            self.subaccount = v
        elif v is None:
            self.subaccount = None
        else:
            self._slow_field("subaccount")

    def __init__(
        self,
        *,
        user_id: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        position_fp: Decimal | None | Unset = UNSET,
        position_cost_dollars: Decimal | None | Unset = UNSET,
        realized_pnl_dollars: Decimal | None | Unset = UNSET,
        fees_paid_dollars: Decimal | None | Unset = UNSET,
        position_fee_cost_dollars: Decimal | None | Unset = UNSET,
        volume_fp: Decimal | None | Unset = UNSET,
        subaccount: int | None | Unset = UNSET,
    ) -> None:
        """A MarketPositionPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("user_id", user_id)
        self._set("market_ticker", market_ticker)
        self._set("position_fp", position_fp)
        self._set("position_cost_dollars", position_cost_dollars)
        self._set("realized_pnl_dollars", realized_pnl_dollars)
        self._set("fees_paid_dollars", fees_paid_dollars)
        self._set("position_fee_cost_dollars", position_fee_cost_dollars)
        self._set("volume_fp", volume_fp)
        self._set("subaccount", subaccount)


_KEYS = _t.JsonKeys(*(field.key for field in MarketPositionPayloadMsg._declared.values()))  # in _load_fast's order
