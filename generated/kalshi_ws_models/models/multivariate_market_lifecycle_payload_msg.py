from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..models.lifecycle_price_level_structure import LifecyclePriceLevelStructure
from ..models.multivariate_market_lifecycle_payload_msg_event_type import MultivariateMarketLifecyclePayloadMsgEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lifecycle_additional_metadata import LifecycleAdditionalMetadata


_dc = _t.cached_decimal
_nd = _t.new_decimal
_MultivariateMarketLifecyclePayloadMsgEventType_get = _t.member_lookup(MultivariateMarketLifecyclePayloadMsgEventType)
_LifecyclePriceLevelStructure_get = _t.member_lookup(LifecyclePriceLevelStructure)


class MultivariateMarketLifecyclePayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        market_ticker (str): Unique market identifier. Required (reading raises MissingFieldError if absent).
        exchange_index (int): Optional - This key will ONLY exist when the market is created. Identifier for the
            exchange shard the market lives on. Optional (None if absent).
        open_ts (int): Optional - This key will ONLY exist when the market is created. Unix timestamp for when
            the market opened (in seconds) Optional (None if absent).
        close_ts (int): Optional - This key will ONLY exist when the market is created OR when the close date is
            updated. Unix timestamp for when the market is scheduled to close (in seconds). Will be updated in case
            of early determination markets. Optional (None if absent).
        determination_ts (int): Optional - This key will ONLY exist when the market is determined. Unix
            timestamp for when the market is determined (in seconds) Optional (None if absent).
        settled_ts (int): Optional - This key will ONLY exist when the market is settled. Unix timestamp for
            when the market is settled (in seconds) Optional (None if absent).
        result (str): Optional - This key will ONLY exist when the market is determined. Result of the market.
            Optional (None if absent).
        settlement_value (Decimal): Optional - This key will ONLY exist when the market is determined.
            Settlement value of the market in fixed-point dollars (e.g. "0.5000") Optional (None if absent).
        is_deactivated (bool): Optional - This key will ONLY exist when the market is paused/unpaused. Boolean
            flag to indicate if trading is paused on an open market. This should only be interpreted for an open
            market. Optional (None if absent).
        additional_metadata (LifecycleAdditionalMetadata): Optional (None if absent).
        event_type (MultivariateMarketLifecyclePayloadMsgEventType): Field to annotate which of the event type
            this event is for:
            - `created` - Market created
            - `activated` - Market activated
            - `deactivated` - Market deactivated
            - `close_date_updated` - Market close date updated
            - `determined` - Market determined
            - `settled` - Market settled. Required (reading raises MissingFieldError if absent).
        price_level_structure (LifecyclePriceLevelStructure): The market price structure. An empty string
            represents an unknown structure. Optional (None if absent).
    """

    __slots__ = (
        "market_ticker",
        "exchange_index",
        "open_ts",
        "close_ts",
        "determination_ts",
        "settled_ts",
        "result",
        "settlement_value",
        "is_deactivated",
        "additional_metadata",
        "event_type",
        "price_level_structure",
    )

    market_ticker: str
    """Unique market identifier. Required (reading raises MissingFieldError if absent)."""

    exchange_index: int | None
    """Optional - This key will ONLY exist when the market is created. Identifier for the exchange shard the market
    lives on. Optional (None if absent)."""

    open_ts: int | None
    """Optional - This key will ONLY exist when the market is created. Unix timestamp for when the market opened
    (in seconds) Optional (None if absent)."""

    close_ts: int | None
    """Optional - This key will ONLY exist when the market is created OR when the close date is updated. Unix
    timestamp for when the market is scheduled to close (in seconds). Will be updated in case of early
    determination markets. Optional (None if absent)."""

    determination_ts: int | None
    """Optional - This key will ONLY exist when the market is determined. Unix timestamp for when the market is
    determined (in seconds) Optional (None if absent)."""

    settled_ts: int | None
    """Optional - This key will ONLY exist when the market is settled. Unix timestamp for when the market is
    settled (in seconds) Optional (None if absent)."""

    result: str | None
    """Optional - This key will ONLY exist when the market is determined. Result of the market. Optional (None if
    absent)."""

    settlement_value: Decimal | None
    """Optional - This key will ONLY exist when the market is determined. Settlement value of the market in fixed-
    point dollars (e.g. "0.5000") Optional (None if absent)."""

    is_deactivated: bool | None
    """Optional - This key will ONLY exist when the market is paused/unpaused. Boolean flag to indicate if trading
    is paused on an open market. This should only be interpreted for an open market. Optional (None if absent)."""

    additional_metadata: LifecycleAdditionalMetadata | None
    """Optional (None if absent)."""

    event_type: MultivariateMarketLifecyclePayloadMsgEventType
    """Field to annotate which of the event type this event is for:
    - `created` - Market created
    - `activated` - Market activated
    - `deactivated` - Market deactivated
    - `close_date_updated` - Market close date updated
    - `determined` - Market determined
    - `settled` - Market settled. Required (reading raises MissingFieldError if absent)."""

    price_level_structure: LifecyclePriceLevelStructure | None
    """The market price structure. An empty string represents an unknown structure. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "market_ticker": _t.StrField("market_ticker", required=True),
        "exchange_index": _t.IntField("exchange_index"),
        "open_ts": _t.IntField("open_ts"),
        "close_ts": _t.IntField("close_ts"),
        "determination_ts": _t.IntField("determination_ts"),
        "settled_ts": _t.IntField("settled_ts"),
        "result": _t.StrField("result"),
        "settlement_value": _t.DecimalField("settlement_value"),
        "is_deactivated": _t.BoolField("is_deactivated"),
        "additional_metadata": _t.ModelField(
            "additional_metadata", f"{__package__}.lifecycle_additional_metadata", "LifecycleAdditionalMetadata"
        ),
        "event_type": _t.EnumField("event_type", MultivariateMarketLifecyclePayloadMsgEventType, required=True),
        "price_level_structure": _t.EnumField("price_level_structure", LifecyclePriceLevelStructure),
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
            k_market_ticker,
            k_exchange_index,
            k_open_ts,
            k_close_ts,
            k_determination_ts,
            k_settled_ts,
            k_result,
            k_settlement_value,
            k_is_deactivated,
            k_additional_metadata,
            k_event_type,
            k_price_level_structure,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_market_ticker)) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if type(v := g(k_exchange_index)) is int:
            self.exchange_index = v
        elif v is None:
            self.exchange_index = None
        else:
            self._slow_field("exchange_index")
        if type(v := g(k_open_ts)) is int:
            self.open_ts = v
        elif v is None:
            self.open_ts = None
        else:
            self._slow_field("open_ts")
        if type(v := g(k_close_ts)) is int:
            self.close_ts = v
        elif v is None:
            self.close_ts = None
        else:
            self._slow_field("close_ts")
        if type(v := g(k_determination_ts)) is int:
            self.determination_ts = v
        elif v is None:
            self.determination_ts = None
        else:
            self._slow_field("determination_ts")
        if type(v := g(k_settled_ts)) is int:
            self.settled_ts = v
        elif v is None:
            self.settled_ts = None
        else:
            self._slow_field("settled_ts")
        if type(v := g(k_result)) is str:
            self.result = v
        elif v is None:
            self.result = None
        else:
            self._slow_field("result")
        if (x := _dc(v := g(k_settlement_value))) is not None:  # only text already parsed is in the cache
            self.settlement_value = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.settlement_value = _nd(v)
        elif v is None or v == "":
            self.settlement_value = None
        else:
            self._slow_field("settlement_value")
        if type(v := g(k_is_deactivated)) is bool:
            self.is_deactivated = v
        elif v is None:
            self.is_deactivated = None
        else:
            self._slow_field("is_deactivated")
        if type(v := g(k_additional_metadata)) is dict:
            self.additional_metadata = _BUILD["additional_metadata"](v)
        elif v is None:
            self.additional_metadata = None
        else:
            self._slow_field("additional_metadata")
        if (m := _MultivariateMarketLifecyclePayloadMsgEventType_get(v := g(k_event_type))) is not None:
            self.event_type = m
        else:
            self._slow_field("event_type")
        if (m := _LifecyclePriceLevelStructure_get(v := g(k_price_level_structure))) is not None:
            self.price_level_structure = m
        elif v is None:
            self.price_level_structure = None
        else:
            self._slow_field("price_level_structure")

    def __init__(
        self,
        *,
        market_ticker: str | None | Unset = UNSET,
        exchange_index: int | None | Unset = UNSET,
        open_ts: int | None | Unset = UNSET,
        close_ts: int | None | Unset = UNSET,
        determination_ts: int | None | Unset = UNSET,
        settled_ts: int | None | Unset = UNSET,
        result: str | None | Unset = UNSET,
        settlement_value: Decimal | None | Unset = UNSET,
        is_deactivated: bool | None | Unset = UNSET,
        additional_metadata: LifecycleAdditionalMetadata | None | Unset = UNSET,
        event_type: MultivariateMarketLifecyclePayloadMsgEventType | None | Unset = UNSET,
        price_level_structure: LifecyclePriceLevelStructure | None | Unset = UNSET,
    ) -> None:
        """A MultivariateMarketLifecyclePayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("market_ticker", market_ticker)
        self._set("exchange_index", exchange_index)
        self._set("open_ts", open_ts)
        self._set("close_ts", close_ts)
        self._set("determination_ts", determination_ts)
        self._set("settled_ts", settled_ts)
        self._set("result", result)
        self._set("settlement_value", settlement_value)
        self._set("is_deactivated", is_deactivated)
        self._set("additional_metadata", additional_metadata)
        self._set("event_type", event_type)
        self._set("price_level_structure", price_level_structure)


_KEYS = _t.JsonKeys(
    *(field.key for field in MultivariateMarketLifecyclePayloadMsg._declared.values())
)  # in _load_fast's order


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "additional_metadata": _t.builder(MultivariateMarketLifecyclePayloadMsg, "additional_metadata"),
}
