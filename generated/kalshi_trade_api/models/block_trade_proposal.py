from __future__ import annotations

import datetime
from typing import Any

from .. import types as _t
from ..models.block_trade_proposal_maker_side import BlockTradeProposalMakerSide
from ..types import UNSET, Unset

_tc = _t.cached_datetime
_nt = _t.new_datetime
_BlockTradeProposalMakerSide_get = _t.member_lookup(BlockTradeProposalMakerSide)


class BlockTradeProposal(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): Unique identifier for the block trade proposal. Required (reading raises MissingFieldError if
            absent).
        proposer_user_id (str): User ID of the proposal creator. Required (reading raises MissingFieldError if
            absent).
        buyer_user_id (str): User ID of the buyer. Empty when the authenticated user is not the buyer. Required
            (reading raises MissingFieldError if absent).
        buyer_subtrader_id (str): Subtrader ID of the buyer. Empty when the authenticated user is not the buyer.
            Optional (None if absent).
        seller_user_id (str): User ID of the seller. Empty when the authenticated user is not the seller.
            Required (reading raises MissingFieldError if absent).
        seller_subtrader_id (str): Subtrader ID of the seller. Empty when the authenticated user is not the
            seller. Optional (None if absent).
        market_ticker (str): The ticker of the market for this block trade. Required (reading raises
            MissingFieldError if absent).
        price_centi_cents (int): Price in centi-cents. Required (reading raises MissingFieldError if absent).
        centicount (int): Number of contracts in centicounts. Required (reading raises MissingFieldError if
            absent).
        maker_side (BlockTradeProposalMakerSide): The maker side of the trade. Required (reading raises
            MissingFieldError if absent).
        expiration_ts (datetime.datetime): Expiration time of the proposal. Required (reading raises
            MissingFieldError if absent).
        status (str): Current status of the proposal. Required (reading raises MissingFieldError if absent).
        created_ts (datetime.datetime): Timestamp when the proposal was created. Required (reading raises
            MissingFieldError if absent).
        updated_ts (datetime.datetime): Timestamp when the proposal was last updated. Required (reading raises
            MissingFieldError if absent).
        buyer_accepted (bool): Whether the buyer has accepted the proposal. Required (reading raises
            MissingFieldError if absent).
        seller_accepted (bool): Whether the seller has accepted the proposal. Required (reading raises
            MissingFieldError if absent).
        buyer_accepted_ts (datetime.datetime): Timestamp when the buyer accepted. Optional (None if absent).
        seller_accepted_ts (datetime.datetime): Timestamp when the seller accepted. Optional (None if absent).
        executed_ts (datetime.datetime): Timestamp when the proposal was executed. Optional (None if absent).
        buyer_order_id (str): Order ID for the buyer after the proposal is executed. Optional (None if absent).
        seller_order_id (str): Order ID for the seller after the proposal is executed. Optional (None if
            absent).
    """

    __slots__ = (
        "id",
        "proposer_user_id",
        "buyer_user_id",
        "buyer_subtrader_id",
        "seller_user_id",
        "seller_subtrader_id",
        "market_ticker",
        "price_centi_cents",
        "centicount",
        "maker_side",
        "expiration_ts",
        "status",
        "created_ts",
        "updated_ts",
        "buyer_accepted",
        "seller_accepted",
        "buyer_accepted_ts",
        "seller_accepted_ts",
        "executed_ts",
        "buyer_order_id",
        "seller_order_id",
    )

    id: str
    """Unique identifier for the block trade proposal. Required (reading raises MissingFieldError if absent)."""

    proposer_user_id: str
    """User ID of the proposal creator. Required (reading raises MissingFieldError if absent)."""

    buyer_user_id: str
    """User ID of the buyer. Empty when the authenticated user is not the buyer. Required (reading raises
    MissingFieldError if absent)."""

    buyer_subtrader_id: str | None
    """Subtrader ID of the buyer. Empty when the authenticated user is not the buyer. Optional (None if absent)."""

    seller_user_id: str
    """User ID of the seller. Empty when the authenticated user is not the seller. Required (reading raises
    MissingFieldError if absent)."""

    seller_subtrader_id: str | None
    """Subtrader ID of the seller. Empty when the authenticated user is not the seller. Optional (None if absent)."""

    market_ticker: str
    """The ticker of the market for this block trade. Required (reading raises MissingFieldError if absent)."""

    price_centi_cents: int
    """Price in centi-cents. Required (reading raises MissingFieldError if absent)."""

    centicount: int
    """Number of contracts in centicounts. Required (reading raises MissingFieldError if absent)."""

    maker_side: BlockTradeProposalMakerSide
    """The maker side of the trade. Required (reading raises MissingFieldError if absent)."""

    expiration_ts: datetime.datetime
    """Expiration time of the proposal. Required (reading raises MissingFieldError if absent)."""

    status: str
    """Current status of the proposal. Required (reading raises MissingFieldError if absent)."""

    created_ts: datetime.datetime
    """Timestamp when the proposal was created. Required (reading raises MissingFieldError if absent)."""

    updated_ts: datetime.datetime
    """Timestamp when the proposal was last updated. Required (reading raises MissingFieldError if absent)."""

    buyer_accepted: bool
    """Whether the buyer has accepted the proposal. Required (reading raises MissingFieldError if absent)."""

    seller_accepted: bool
    """Whether the seller has accepted the proposal. Required (reading raises MissingFieldError if absent)."""

    buyer_accepted_ts: datetime.datetime | None
    """Timestamp when the buyer accepted. Optional (None if absent)."""

    seller_accepted_ts: datetime.datetime | None
    """Timestamp when the seller accepted. Optional (None if absent)."""

    executed_ts: datetime.datetime | None
    """Timestamp when the proposal was executed. Optional (None if absent)."""

    buyer_order_id: str | None
    """Order ID for the buyer after the proposal is executed. Optional (None if absent)."""

    seller_order_id: str | None
    """Order ID for the seller after the proposal is executed. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "proposer_user_id": _t.StrField("proposer_user_id", required=True),
        "buyer_user_id": _t.StrField("buyer_user_id", required=True),
        "buyer_subtrader_id": _t.StrField("buyer_subtrader_id"),
        "seller_user_id": _t.StrField("seller_user_id", required=True),
        "seller_subtrader_id": _t.StrField("seller_subtrader_id"),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "price_centi_cents": _t.IntField("price_centi_cents", required=True),
        "centicount": _t.IntField("centicount", required=True),
        "maker_side": _t.EnumField("maker_side", BlockTradeProposalMakerSide, required=True),
        "expiration_ts": _t.DateTimeField("expiration_ts", required=True),
        "status": _t.StrField("status", required=True),
        "created_ts": _t.DateTimeField("created_ts", required=True),
        "updated_ts": _t.DateTimeField("updated_ts", required=True),
        "buyer_accepted": _t.BoolField("buyer_accepted", required=True),
        "seller_accepted": _t.BoolField("seller_accepted", required=True),
        "buyer_accepted_ts": _t.DateTimeField("buyer_accepted_ts"),
        "seller_accepted_ts": _t.DateTimeField("seller_accepted_ts"),
        "executed_ts": _t.DateTimeField("executed_ts"),
        "buyer_order_id": _t.StrField("buyer_order_id"),
        "seller_order_id": _t.StrField("seller_order_id"),
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
            k_proposer_user_id,
            k_buyer_user_id,
            k_buyer_subtrader_id,
            k_seller_user_id,
            k_seller_subtrader_id,
            k_market_ticker,
            k_price_centi_cents,
            k_centicount,
            k_maker_side,
            k_expiration_ts,
            k_status,
            k_created_ts,
            k_updated_ts,
            k_buyer_accepted,
            k_seller_accepted,
            k_buyer_accepted_ts,
            k_seller_accepted_ts,
            k_executed_ts,
            k_buyer_order_id,
            k_seller_order_id,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_id)) is str:
            self.id = v
        else:
            self._slow_field("id")
        if type(v := g(k_proposer_user_id)) is str:
            self.proposer_user_id = v
        else:
            self._slow_field("proposer_user_id")
        if type(v := g(k_buyer_user_id)) is str:
            self.buyer_user_id = v
        else:
            self._slow_field("buyer_user_id")
        if type(v := g(k_buyer_subtrader_id)) is str:
            self.buyer_subtrader_id = v
        elif v is None:
            self.buyer_subtrader_id = None
        else:
            self._slow_field("buyer_subtrader_id")
        if type(v := g(k_seller_user_id)) is str:
            self.seller_user_id = v
        else:
            self._slow_field("seller_user_id")
        if type(v := g(k_seller_subtrader_id)) is str:
            self.seller_subtrader_id = v
        elif v is None:
            self.seller_subtrader_id = None
        else:
            self._slow_field("seller_subtrader_id")
        if type(v := g(k_market_ticker)) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if type(v := g(k_price_centi_cents)) is int:
            self.price_centi_cents = v
        else:
            self._slow_field("price_centi_cents")
        if type(v := g(k_centicount)) is int:
            self.centicount = v
        else:
            self._slow_field("centicount")
        if (m := _BlockTradeProposalMakerSide_get(v := g(k_maker_side))) is not None:
            self.maker_side = m
        else:
            self._slow_field("maker_side")
        if (t := _tc(v := g(k_expiration_ts))) is not None:
            self.expiration_ts = t
        elif isinstance(v, str):
            self.expiration_ts = _nt(v)
        else:
            self._slow_field("expiration_ts")
        if type(v := g(k_status)) is str:
            self.status = v
        else:
            self._slow_field("status")
        if (t := _tc(v := g(k_created_ts))) is not None:
            self.created_ts = t
        elif isinstance(v, str):
            self.created_ts = _nt(v)
        else:
            self._slow_field("created_ts")
        if (t := _tc(v := g(k_updated_ts))) is not None:
            self.updated_ts = t
        elif isinstance(v, str):
            self.updated_ts = _nt(v)
        else:
            self._slow_field("updated_ts")
        if type(v := g(k_buyer_accepted)) is bool:
            self.buyer_accepted = v
        else:
            self._slow_field("buyer_accepted")
        if type(v := g(k_seller_accepted)) is bool:
            self.seller_accepted = v
        else:
            self._slow_field("seller_accepted")
        if (t := _tc(v := g(k_buyer_accepted_ts))) is not None:
            self.buyer_accepted_ts = t
        elif isinstance(v, str):
            self.buyer_accepted_ts = _nt(v)
        elif v is None:
            self.buyer_accepted_ts = None
        else:
            self._slow_field("buyer_accepted_ts")
        if (t := _tc(v := g(k_seller_accepted_ts))) is not None:
            self.seller_accepted_ts = t
        elif isinstance(v, str):
            self.seller_accepted_ts = _nt(v)
        elif v is None:
            self.seller_accepted_ts = None
        else:
            self._slow_field("seller_accepted_ts")
        if (t := _tc(v := g(k_executed_ts))) is not None:
            self.executed_ts = t
        elif isinstance(v, str):
            self.executed_ts = _nt(v)
        elif v is None:
            self.executed_ts = None
        else:
            self._slow_field("executed_ts")
        if type(v := g(k_buyer_order_id)) is str:
            self.buyer_order_id = v
        elif v is None:
            self.buyer_order_id = None
        else:
            self._slow_field("buyer_order_id")
        if type(v := g(k_seller_order_id)) is str:
            self.seller_order_id = v
        elif v is None:
            self.seller_order_id = None
        else:
            self._slow_field("seller_order_id")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        proposer_user_id: str | None | Unset = UNSET,
        buyer_user_id: str | None | Unset = UNSET,
        buyer_subtrader_id: str | None | Unset = UNSET,
        seller_user_id: str | None | Unset = UNSET,
        seller_subtrader_id: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        price_centi_cents: int | None | Unset = UNSET,
        centicount: int | None | Unset = UNSET,
        maker_side: BlockTradeProposalMakerSide | None | Unset = UNSET,
        expiration_ts: datetime.datetime | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        created_ts: datetime.datetime | None | Unset = UNSET,
        updated_ts: datetime.datetime | None | Unset = UNSET,
        buyer_accepted: bool | None | Unset = UNSET,
        seller_accepted: bool | None | Unset = UNSET,
        buyer_accepted_ts: datetime.datetime | None | Unset = UNSET,
        seller_accepted_ts: datetime.datetime | None | Unset = UNSET,
        executed_ts: datetime.datetime | None | Unset = UNSET,
        buyer_order_id: str | None | Unset = UNSET,
        seller_order_id: str | None | Unset = UNSET,
    ) -> None:
        """A BlockTradeProposal from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("id", id)
        self._set("proposer_user_id", proposer_user_id)
        self._set("buyer_user_id", buyer_user_id)
        self._set("buyer_subtrader_id", buyer_subtrader_id)
        self._set("seller_user_id", seller_user_id)
        self._set("seller_subtrader_id", seller_subtrader_id)
        self._set("market_ticker", market_ticker)
        self._set("price_centi_cents", price_centi_cents)
        self._set("centicount", centicount)
        self._set("maker_side", maker_side)
        self._set("expiration_ts", expiration_ts)
        self._set("status", status)
        self._set("created_ts", created_ts)
        self._set("updated_ts", updated_ts)
        self._set("buyer_accepted", buyer_accepted)
        self._set("seller_accepted", seller_accepted)
        self._set("buyer_accepted_ts", buyer_accepted_ts)
        self._set("seller_accepted_ts", seller_accepted_ts)
        self._set("executed_ts", executed_ts)
        self._set("buyer_order_id", buyer_order_id)
        self._set("seller_order_id", seller_order_id)


_KEYS = _t.JsonKeys(*(field.key for field in BlockTradeProposal._declared.values()))  # in _load_fast's order
