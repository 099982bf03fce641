from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rfq_created_payload_msg_mve_selected_legs_item import RfqCreatedPayloadMsgMveSelectedLegsItem


_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime


class RfqCreatedPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): Unique identifier for the RFQ. Required (reading raises MissingFieldError if absent).
        creator_id (str): Public communications ID of the RFQ creator (pseudonymous). When obscure_creator_id is
            enabled, other users receive the shared placeholder
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" (SHA-256 of empty input). The creator
            sees their normal ID. Required (reading raises MissingFieldError if absent).
        market_ticker (str): Market ticker for the RFQ. Required (reading raises MissingFieldError if absent).
        event_ticker (str): Event ticker (optional) Optional (None if absent).
        contracts_fp (Decimal): Fixed-point contracts requested (2 decimals) (optional) Optional (None if
            absent).
        target_cost_dollars (Decimal): Target cost in dollars (optional) Optional (None if absent).
        created_ts (datetime.datetime): Timestamp when the RFQ was created. Required (reading raises
            MissingFieldError if absent).
        mve_collection_ticker (str): Multivariate event collection ticker. Omitted for non-MVE RFQs. Optional
            (None if absent).
        mve_selected_legs (list[RfqCreatedPayloadMsgMveSelectedLegsItem]): Selected legs for an MVE RFQ. Omitted
            when the array is empty. At least 1 items. Empty when absent or null.
    """

    __slots__ = (
        "id",
        "creator_id",
        "market_ticker",
        "event_ticker",
        "contracts_fp",
        "target_cost_dollars",
        "created_ts",
        "mve_collection_ticker",
        "mve_selected_legs",
    )

    id: str
    """Unique identifier for the RFQ. Required (reading raises MissingFieldError if absent)."""

    creator_id: str
    """Public communications ID of the RFQ creator (pseudonymous). When obscure_creator_id is enabled, other users
    receive the shared placeholder "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" (SHA-256
    of empty input). The creator sees their normal ID. Required (reading raises MissingFieldError if absent)."""

    market_ticker: str
    """Market ticker for the RFQ. Required (reading raises MissingFieldError if absent)."""

    event_ticker: str | None
    """Event ticker (optional) Optional (None if absent)."""

    contracts_fp: Decimal | None
    """Fixed-point contracts requested (2 decimals) (optional) Optional (None if absent)."""

    target_cost_dollars: Decimal | None
    """Target cost in dollars (optional) Optional (None if absent)."""

    created_ts: datetime.datetime
    """Timestamp when the RFQ was created. Required (reading raises MissingFieldError if absent)."""

    mve_collection_ticker: str | None
    """Multivariate event collection ticker. Omitted for non-MVE RFQs. Optional (None if absent)."""

    mve_selected_legs: list[RfqCreatedPayloadMsgMveSelectedLegsItem]
    """Selected legs for an MVE RFQ. Omitted when the array is empty. At least 1 items. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "creator_id": _t.StrField("creator_id", required=True),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "event_ticker": _t.StrField("event_ticker"),
        "contracts_fp": _t.DecimalField("contracts_fp"),
        "target_cost_dollars": _t.DecimalField("target_cost_dollars"),
        "created_ts": _t.DateTimeField("created_ts", required=True),
        "mve_collection_ticker": _t.StrField("mve_collection_ticker"),
        "mve_selected_legs": _t.ModelListField(
            "mve_selected_legs",
            f"{__package__}.rfq_created_payload_msg_mve_selected_legs_item",
            "RfqCreatedPayloadMsgMveSelectedLegsItem",
            empty=True,
        ),
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
            k_creator_id,
            k_market_ticker,
            k_event_ticker,
            k_contracts_fp,
            k_target_cost_dollars,
            k_created_ts,
            k_mve_collection_ticker,
            k_mve_selected_legs,
        ) = _KEYS.keys
        if type(v := g(k_id)) is str:
            self.id = v
        else:
            self._slow_field("id")
        if type(v := g(k_creator_id)) is str:
            self.creator_id = v
        else:
            self._slow_field("creator_id")
        if type(v := g(k_market_ticker)) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if type(v := g(k_event_ticker)) is str:
            self.event_ticker = v
        elif v is None:
            self.event_ticker = None
        else:
            self._slow_field("event_ticker")
        if (x := _dc(v := g(k_contracts_fp))) is not None:  # only text already parsed is in the cache
            self.contracts_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.contracts_fp = _nd(v)
        elif v is None or v == "":
            self.contracts_fp = None
        else:
            self._slow_field("contracts_fp")
        if (x := _dc(v := g(k_target_cost_dollars))) is not None:  # only text already parsed is in the cache
            self.target_cost_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.target_cost_dollars = _nd(v)
        elif v is None or v == "":
            self.target_cost_dollars = None
        else:
            self._slow_field("target_cost_dollars")
        if (t := _tc(v := g(k_created_ts))) is not None:
            self.created_ts = t
        elif isinstance(v, str):
            self.created_ts = _nt(v)
        else:
            self._slow_field("created_ts")
        if type(v := g(k_mve_collection_ticker)) is str:
            self.mve_collection_ticker = v
        elif v is None:
            self.mve_collection_ticker = None
        else:
            self._slow_field("mve_collection_ticker")
        if type(v := g(k_mve_selected_legs)) is list:
            self.mve_selected_legs = _BUILD["mve_selected_legs"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("mve_selected_legs")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        creator_id: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        event_ticker: str | None | Unset = UNSET,
        contracts_fp: Decimal | None | Unset = UNSET,
        target_cost_dollars: Decimal | None | Unset = UNSET,
        created_ts: datetime.datetime | None | Unset = UNSET,
        mve_collection_ticker: str | None | Unset = UNSET,
        mve_selected_legs: list[RfqCreatedPayloadMsgMveSelectedLegsItem] | None | Unset = UNSET,
    ) -> None:
        """A RfqCreatedPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("id", id)
        self._set("creator_id", creator_id)
        self._set("market_ticker", market_ticker)
        self._set("event_ticker", event_ticker)
        self._set("contracts_fp", contracts_fp)
        self._set("target_cost_dollars", target_cost_dollars)
        self._set("created_ts", created_ts)
        self._set("mve_collection_ticker", mve_collection_ticker)
        self._set("mve_selected_legs", mve_selected_legs)


_KEYS = _t.JsonKeys(*(field.key for field in RfqCreatedPayloadMsg._declared.values()))  # in _load_fast's order


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "mve_selected_legs": _t.builder(RfqCreatedPayloadMsg, "mve_selected_legs"),
}
