from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from .. import types as _t
from ..models.asset_class import AssetClass
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime
_AssetClass_get = _t.member_lookup(AssetClass)


class CorporateActionPaymentDetail(_t.ResponseModel):
    """Cash distributions and split adjustments already reflected in settlement PnL; these are not additional amounts
    to add to the obligation total.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            id (str): Required (reading raises MissingFieldError if absent).
            type_ (str): Corporate-action type. Required (reading raises MissingFieldError if absent).
            ca_id (str): Identifier of the corporate action that generated this payment. Required (reading raises
                MissingFieldError if absent).
            market_id (UUID): Required (reading raises MissingFieldError if absent).
            market_ticker (str): Required (reading raises MissingFieldError if absent).
            asset_class (AssetClass): Asset class of the margin markets covered by this entry. Required (reading
                raises MissingFieldError if absent).
            subtrader_id (str): Required (reading raises MissingFieldError if absent).
            position_quantity_fp (Decimal): Signed position before the action as a fixed-point contract count.
                Required (reading raises MissingFieldError if absent).
            post_position_quantity_fp (Decimal): Signed position after the action as a fixed-point contract count;
                unchanged for cash distributions. Required (reading raises MissingFieldError if absent).
            payment_amount_centicents (int): Signed cash amount; positive when received and negative when paid. For
                splits this is cash in lieu and excludes position revaluation. Required (reading raises
                MissingFieldError if absent).
            payment_time (datetime.datetime): Scheduled cash payment time; null for splits. Required (reading raises
                MissingFieldError if absent).
            settlement_execution_time (datetime.datetime): Settlement cycle that carries this payment. Required
                (reading raises MissingFieldError if absent).
            pre_split_price_centicents (int): Mark price before the split; omitted when not applicable. Optional
                (None if absent).
            post_split_price_centicents (int): Mark price after the split; omitted when not applicable. Optional
                (None if absent).
            exchange_ts (datetime.datetime): Exchange event timestamp when available. Optional (None if absent).
            created_ts (datetime.datetime): Time the payment row was created. Required (reading raises
                MissingFieldError if absent).
    """

    __slots__ = (
        "id",
        "type_",
        "ca_id",
        "market_id",
        "market_ticker",
        "asset_class",
        "subtrader_id",
        "position_quantity_fp",
        "post_position_quantity_fp",
        "payment_amount_centicents",
        "payment_time",
        "settlement_execution_time",
        "pre_split_price_centicents",
        "post_split_price_centicents",
        "exchange_ts",
        "created_ts",
    )

    id: str
    """Required (reading raises MissingFieldError if absent)."""

    type_: str
    """Corporate-action type. Required (reading raises MissingFieldError if absent)."""

    ca_id: str
    """Identifier of the corporate action that generated this payment. Required (reading raises MissingFieldError
    if absent)."""

    market_id: UUID
    """Required (reading raises MissingFieldError if absent)."""

    market_ticker: str
    """Required (reading raises MissingFieldError if absent)."""

    asset_class: AssetClass
    """Asset class of the margin markets covered by this entry. Required (reading raises MissingFieldError if
    absent)."""

    subtrader_id: str
    """Required (reading raises MissingFieldError if absent)."""

    position_quantity_fp: Decimal
    """Signed position before the action as a fixed-point contract count. Required (reading raises
    MissingFieldError if absent)."""

    post_position_quantity_fp: Decimal
    """Signed position after the action as a fixed-point contract count; unchanged for cash distributions. Required
    (reading raises MissingFieldError if absent)."""

    payment_amount_centicents: int
    """Signed cash amount; positive when received and negative when paid. For splits this is cash in lieu and
    excludes position revaluation. Required (reading raises MissingFieldError if absent)."""

    payment_time: datetime.datetime | None
    """Scheduled cash payment time; null for splits. Required (reading raises MissingFieldError if absent)."""

    settlement_execution_time: datetime.datetime
    """Settlement cycle that carries this payment. Required (reading raises MissingFieldError if absent)."""

    pre_split_price_centicents: int | None
    """Mark price before the split; omitted when not applicable. Optional (None if absent)."""

    post_split_price_centicents: int | None
    """Mark price after the split; omitted when not applicable. Optional (None if absent)."""

    exchange_ts: datetime.datetime | None
    """Exchange event timestamp when available. Optional (None if absent)."""

    created_ts: datetime.datetime
    """Time the payment row was created. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "type_": _t.StrField("type", required=True),
        "ca_id": _t.StrField("ca_id", required=True),
        "market_id": _t.UuidField("market_id", required=True),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "asset_class": _t.EnumField("asset_class", AssetClass, required=True),
        "subtrader_id": _t.StrField("subtrader_id", required=True),
        "position_quantity_fp": _t.DecimalField("position_quantity_fp", required=True),
        "post_position_quantity_fp": _t.DecimalField("post_position_quantity_fp", required=True),
        "payment_amount_centicents": _t.IntField("payment_amount_centicents", required=True),
        "payment_time": _t.DateTimeField("payment_time", required=True, nullable=True),
        "settlement_execution_time": _t.DateTimeField("settlement_execution_time", required=True),
        "pre_split_price_centicents": _t.IntField("pre_split_price_centicents"),
        "post_split_price_centicents": _t.IntField("post_split_price_centicents"),
        "exchange_ts": _t.DateTimeField("exchange_ts"),
        "created_ts": _t.DateTimeField("created_ts", required=True),
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
            k_id,
            k_type_,
            k_ca_id,
            k_market_id,
            k_market_ticker,
            k_asset_class,
            k_subtrader_id,
            k_position_quantity_fp,
            k_post_position_quantity_fp,
            k_payment_amount_centicents,
            k_payment_time,
            k_settlement_execution_time,
            k_pre_split_price_centicents,
            k_post_split_price_centicents,
            k_exchange_ts,
            k_created_ts,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_id)) is str:
            self.id = v
        else:
            self._slow_field("id")
        if type(v := g(k_type_)) is str:
            self.type_ = v
        else:
            self._slow_field("type_")
        if type(v := g(k_ca_id)) is str:
            self.ca_id = v
        else:
            self._slow_field("ca_id")
        self._slow_field("market_id")
        if type(v := g(k_market_ticker)) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if (m := _AssetClass_get(v := g(k_asset_class))) is not None:
            self.asset_class = m
        else:
            self._slow_field("asset_class")
        if type(v := g(k_subtrader_id)) is str:
            self.subtrader_id = v
        else:
            self._slow_field("subtrader_id")
        if (x := _dc(v := g(k_position_quantity_fp))) is not None:  # only text already parsed is in the cache
            self.position_quantity_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.position_quantity_fp = _nd(v)
        else:
            self._slow_field("position_quantity_fp")
        if (x := _dc(v := g(k_post_position_quantity_fp))) is not None:  # only text already parsed is in the cache
            self.post_position_quantity_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.post_position_quantity_fp = _nd(v)
        else:
            self._slow_field("post_position_quantity_fp")
        if type(v := g(k_payment_amount_centicents)) is int:
            self.payment_amount_centicents = v
        else:
            self._slow_field("payment_amount_centicents")
        if (t := _tc(v := g(k_payment_time))) is not None:
            self.payment_time = t
        elif isinstance(v, str):
            self.payment_time = _nt(v)
        else:
            self._slow_field("payment_time")
        if (t := _tc(v := g(k_settlement_execution_time))) is not None:
            self.settlement_execution_time = t
        elif isinstance(v, str):
            self.settlement_execution_time = _nt(v)
        else:
            self._slow_field("settlement_execution_time")
        if type(v := g(k_pre_split_price_centicents)) is int:
            self.pre_split_price_centicents = v
        elif v is None:
            self.pre_split_price_centicents = None
        else:
            self._slow_field("pre_split_price_centicents")
        if type(v := g(k_post_split_price_centicents)) is int:
            self.post_split_price_centicents = v
        elif v is None:
            self.post_split_price_centicents = None
        else:
            self._slow_field("post_split_price_centicents")
        if (t := _tc(v := g(k_exchange_ts))) is not None:
            self.exchange_ts = t
        elif isinstance(v, str):
            self.exchange_ts = _nt(v)
        elif v is None:
            self.exchange_ts = None
        else:
            self._slow_field("exchange_ts")
        if (t := _tc(v := g(k_created_ts))) is not None:
            self.created_ts = t
        elif isinstance(v, str):
            self.created_ts = _nt(v)
        else:
            self._slow_field("created_ts")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        ca_id: str | None | Unset = UNSET,
        market_id: UUID | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        asset_class: AssetClass | None | Unset = UNSET,
        subtrader_id: str | None | Unset = UNSET,
        position_quantity_fp: Decimal | None | Unset = UNSET,
        post_position_quantity_fp: Decimal | None | Unset = UNSET,
        payment_amount_centicents: int | None | Unset = UNSET,
        payment_time: datetime.datetime | None | Unset = UNSET,
        settlement_execution_time: datetime.datetime | None | Unset = UNSET,
        pre_split_price_centicents: int | None | Unset = UNSET,
        post_split_price_centicents: int | None | Unset = UNSET,
        exchange_ts: datetime.datetime | None | Unset = UNSET,
        created_ts: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A CorporateActionPaymentDetail from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("id", id)
        self._set("type_", type_)
        self._set("ca_id", ca_id)
        self._set("market_id", market_id)
        self._set("market_ticker", market_ticker)
        self._set("asset_class", asset_class)
        self._set("subtrader_id", subtrader_id)
        self._set("position_quantity_fp", position_quantity_fp)
        self._set("post_position_quantity_fp", post_position_quantity_fp)
        self._set("payment_amount_centicents", payment_amount_centicents)
        self._set("payment_time", payment_time)
        self._set("settlement_execution_time", settlement_execution_time)
        self._set("pre_split_price_centicents", pre_split_price_centicents)
        self._set("post_split_price_centicents", post_split_price_centicents)
        self._set("exchange_ts", exchange_ts)
        self._set("created_ts", created_ts)


_KEYS = _t.JsonKeys(*(field.key for field in CorporateActionPaymentDetail._declared.values()))  # in _load_fast's order
