from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..models.book_side import BookSide
from ..models.trade_taker_outcome_side import TradeTakerOutcomeSide
from ..models.trade_taker_side import TradeTakerSide
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime
_TradeTakerSide_get = _t.member_lookup(TradeTakerSide)
_TradeTakerOutcomeSide_get = _t.member_lookup(TradeTakerOutcomeSide)
_BookSide_get = _t.member_lookup(BookSide)


class Trade(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        trade_id (str): Unique identifier for this trade. Required (reading raises MissingFieldError if absent).
        ticker (str): Unique identifier for the market. Required (reading raises MissingFieldError if absent).
        count_fp (Decimal): String representation of the number of contracts bought or sold in this trade.
            Example: 10.00. Required (reading raises MissingFieldError if absent).
        yes_price_dollars (Decimal): Yes price for this trade in dollars. Example: 0.5600. Required (reading
            raises MissingFieldError if absent).
        no_price_dollars (Decimal): No price for this trade in dollars. Example: 0.5600. Required (reading
            raises MissingFieldError if absent).
        taker_side (TradeTakerSide): Deprecated. Use `taker_outcome_side` (or `taker_book_side`) instead. See
            [Order direction](/getting_started/order_direction). This field will not be removed before May 14, 2026.
            Optional (None if absent).
        taker_outcome_side (TradeTakerOutcomeSide): The outcome side the taker is positioned for. buy-yes and
            sell-no produce 'yes'; buy-no and sell-yes produce 'no'.

            `taker_outcome_side` describes directional exposure only; it does not change the trade's price. A trade
            at price `p` with `taker_outcome_side=no` is matched against the maker at the same price `p` with the
            opposite direction — both parties trade at the same price.

            `taker_outcome_side` and `taker_book_side` will become the canonical way to determine trade direction.
            The legacy `taker_side` field will be deprecated in a future release — please migrate to these new
            fields. Required (reading raises MissingFieldError if absent).
        taker_book_side (BookSide): Side of the book for an order or trade. For event markets, this refers to
            the YES leg only: `bid` means buy YES, `ask` means sell YES. (Selling YES is economically equivalent to
            buying NO at `1 - price`, but this endpoint quotes everything from the YES side.) Required (reading
            raises MissingFieldError if absent).
        created_time (datetime.datetime): Timestamp when this trade was executed. Required (reading raises
            MissingFieldError if absent).
        is_block_trade (bool): True if this trade was matched off-book as a block trade (e.g. via RFQ /
            negotiated block proposal); false for trades that filled on the standard order book. Required (reading
            raises MissingFieldError if absent).
    """

    __slots__ = (
        "trade_id",
        "ticker",
        "count_fp",
        "yes_price_dollars",
        "no_price_dollars",
        "taker_side",
        "taker_outcome_side",
        "taker_book_side",
        "created_time",
        "is_block_trade",
    )

    trade_id: str
    """Unique identifier for this trade. Required (reading raises MissingFieldError if absent)."""

    ticker: str
    """Unique identifier for the market. Required (reading raises MissingFieldError if absent)."""

    count_fp: Decimal
    """String representation of the number of contracts bought or sold in this trade. Example: 10.00. Required
    (reading raises MissingFieldError if absent)."""

    yes_price_dollars: Decimal
    """Yes price for this trade in dollars. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    no_price_dollars: Decimal
    """No price for this trade in dollars. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    taker_side: TradeTakerSide | None
    """Deprecated. Use `taker_outcome_side` (or `taker_book_side`) instead. See [Order
    direction](/getting_started/order_direction). This field will not be removed before May 14, 2026. Optional
    (None if absent)."""

    taker_outcome_side: TradeTakerOutcomeSide
    """The outcome side the taker is positioned for. buy-yes and sell-no produce 'yes'; buy-no and sell-yes produce
    'no'.

    `taker_outcome_side` describes directional exposure only; it does not change the trade's price. A trade at
    price `p` with `taker_outcome_side=no` is matched against the maker at the same price `p` with the opposite
    direction — both parties trade at the same price.

    `taker_outcome_side` and `taker_book_side` will become the canonical way to determine trade direction. The
    legacy `taker_side` field will be deprecated in a future release — please migrate to these new fields.
    Required (reading raises MissingFieldError if absent)."""

    taker_book_side: BookSide
    """Side of the book for an order or trade. For event markets, this refers to the YES leg only: `bid` means buy
    YES, `ask` means sell YES. (Selling YES is economically equivalent to buying NO at `1 - price`, but this
    endpoint quotes everything from the YES side.) Required (reading raises MissingFieldError if absent)."""

    created_time: datetime.datetime
    """Timestamp when this trade was executed. Required (reading raises MissingFieldError if absent)."""

    is_block_trade: bool
    """True if this trade was matched off-book as a block trade (e.g. via RFQ / negotiated block proposal); false
    for trades that filled on the standard order book. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "trade_id": _t.StrField("trade_id", required=True),
        "ticker": _t.StrField("ticker", required=True),
        "count_fp": _t.DecimalField("count_fp", required=True),
        "yes_price_dollars": _t.DecimalField("yes_price_dollars", required=True),
        "no_price_dollars": _t.DecimalField("no_price_dollars", required=True),
        "taker_side": _t.EnumField("taker_side", TradeTakerSide),
        "taker_outcome_side": _t.EnumField("taker_outcome_side", TradeTakerOutcomeSide, required=True),
        "taker_book_side": _t.EnumField("taker_book_side", BookSide, required=True),
        "created_time": _t.DateTimeField("created_time", required=True),
        "is_block_trade": _t.BoolField("is_block_trade", required=True),
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
            k_trade_id,
            k_ticker,
            k_count_fp,
            k_yes_price_dollars,
            k_no_price_dollars,
            k_taker_side,
            k_taker_outcome_side,
            k_taker_book_side,
            k_created_time,
            k_is_block_trade,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_trade_id)) is str:
            self.trade_id = v
        else:
            self._slow_field("trade_id")
        if type(v := g(k_ticker)) is str:
            self.ticker = v
        else:
            self._slow_field("ticker")
        if (x := _dc(v := g(k_count_fp))) is not None:  # only text already parsed is in the cache
            self.count_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.count_fp = _nd(v)
        else:
            self._slow_field("count_fp")
        if (x := _dc(v := g(k_yes_price_dollars))) is not None:  # only text already parsed is in the cache
            self.yes_price_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.yes_price_dollars = _nd(v)
        else:
            self._slow_field("yes_price_dollars")
        if (x := _dc(v := g(k_no_price_dollars))) is not None:  # only text already parsed is in the cache
            self.no_price_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.no_price_dollars = _nd(v)
        else:
            self._slow_field("no_price_dollars")
        if (m := _TradeTakerSide_get(v := g(k_taker_side))) is not None:
            self.taker_side = m
        elif v is None:
            self.taker_side = None
        else:
            self._slow_field("taker_side")
        if (m := _TradeTakerOutcomeSide_get(v := g(k_taker_outcome_side))) is not None:
            self.taker_outcome_side = m
        else:
            self._slow_field("taker_outcome_side")
        if (m := _BookSide_get(v := g(k_taker_book_side))) is not None:
            self.taker_book_side = m
        else:
            self._slow_field("taker_book_side")
        if (t := _tc(v := g(k_created_time))) is not None:
            self.created_time = t
        elif isinstance(v, str):
            self.created_time = _nt(v)
        else:
            self._slow_field("created_time")
        if type(v := g(k_is_block_trade)) is bool:
            self.is_block_trade = v
        else:
            self._slow_field("is_block_trade")

    def __init__(
        self,
        *,
        trade_id: str | None | Unset = UNSET,
        ticker: str | None | Unset = UNSET,
        count_fp: Decimal | None | Unset = UNSET,
        yes_price_dollars: Decimal | None | Unset = UNSET,
        no_price_dollars: Decimal | None | Unset = UNSET,
        taker_side: TradeTakerSide | None | Unset = UNSET,
        taker_outcome_side: TradeTakerOutcomeSide | None | Unset = UNSET,
        taker_book_side: BookSide | None | Unset = UNSET,
        created_time: datetime.datetime | None | Unset = UNSET,
        is_block_trade: bool | None | Unset = UNSET,
    ) -> None:
        """A Trade from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("trade_id", trade_id)
        self._set("ticker", ticker)
        self._set("count_fp", count_fp)
        self._set("yes_price_dollars", yes_price_dollars)
        self._set("no_price_dollars", no_price_dollars)
        self._set("taker_side", taker_side)
        self._set("taker_outcome_side", taker_outcome_side)
        self._set("taker_book_side", taker_book_side)
        self._set("created_time", created_time)
        self._set("is_block_trade", is_block_trade)


_KEYS = _t.JsonKeys(*(field.key for field in Trade._declared.values()))  # in _load_fast's order
