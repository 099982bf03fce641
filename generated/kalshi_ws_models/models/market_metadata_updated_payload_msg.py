from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market_metadata_updated_payload_msg_custom_strike import MarketMetadataUpdatedPayloadMsgCustomStrike


class MarketMetadataUpdatedPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        event_type (Literal['metadata_updated']): Required (reading raises MissingFieldError if absent).
        market_ticker (str): Unique market identifier. Required (reading raises MissingFieldError if absent).
        strike_type (str): Optional - This key will ONLY exist for metadata_updated events. Determines how
            floor_strike / cap_strike are interpreted (e.g. "between" uses both, "greater" uses floor_strike only,
            "less" uses cap_strike only) Optional (None if absent).
        floor_strike (float): Optional - This key will ONLY exist for metadata_updated events. The floor (lower
            bound) strike value for the market. Optional (None if absent).
        cap_strike (float): Optional - This key will ONLY exist for metadata_updated events. The cap (upper
            bound) strike value for the market. Optional (None if absent).
        custom_strike (MarketMetadataUpdatedPayloadMsgCustomStrike): Optional - This key will ONLY exist for
            metadata_updated events with a custom or structured strike type. Optional (None if absent).
        yes_sub_title (str): Optional - This key will ONLY exist for metadata_updated events. The updated yes
            subtitle for the market. Optional (None if absent).
    """

    __slots__ = (
        "event_type",
        "market_ticker",
        "strike_type",
        "floor_strike",
        "cap_strike",
        "custom_strike",
        "yes_sub_title",
    )

    event_type: Literal["metadata_updated"]
    """Required (reading raises MissingFieldError if absent)."""

    market_ticker: str
    """Unique market identifier. Required (reading raises MissingFieldError if absent)."""

    strike_type: str | None
    """Optional - This key will ONLY exist for metadata_updated events. Determines how floor_strike / cap_strike
    are interpreted (e.g. "between" uses both, "greater" uses floor_strike only, "less" uses cap_strike only)
    Optional (None if absent)."""

    floor_strike: float | None
    """Optional - This key will ONLY exist for metadata_updated events. The floor (lower bound) strike value for
    the market. Optional (None if absent)."""

    cap_strike: float | None
    """Optional - This key will ONLY exist for metadata_updated events. The cap (upper bound) strike value for the
    market. Optional (None if absent)."""

    custom_strike: MarketMetadataUpdatedPayloadMsgCustomStrike | None
    """Optional - This key will ONLY exist for metadata_updated events with a custom or structured strike type.
    Optional (None if absent)."""

    yes_sub_title: str | None
    """Optional - This key will ONLY exist for metadata_updated events. The updated yes subtitle for the market.
    Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "event_type": _t.ConstField("event_type", "metadata_updated", required=True),
        "market_ticker": _t.StrField("market_ticker", required=True),
        "strike_type": _t.StrField("strike_type"),
        "floor_strike": _t.FloatField("floor_strike"),
        "cap_strike": _t.FloatField("cap_strike"),
        "custom_strike": _t.ModelField(
            "custom_strike",
            f"{__package__}.market_metadata_updated_payload_msg_custom_strike",
            "MarketMetadataUpdatedPayloadMsgCustomStrike",
        ),
        "yes_sub_title": _t.StrField("yes_sub_title"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        self._slow_field("event_type")
        if type(v := g("market_ticker")) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if type(v := g("strike_type")) is str:
            self.strike_type = v
        elif v is None:
            self.strike_type = None
        else:
            self._slow_field("strike_type")
        if type(v := g("floor_strike")) is float:
            self.floor_strike = v
        elif type(v) is int:
            self.floor_strike = float(v)
        elif v is None:
            self.floor_strike = None
        else:
            self._slow_field("floor_strike")
        if type(v := g("cap_strike")) is float:
            self.cap_strike = v
        elif type(v) is int:
            self.cap_strike = float(v)
        elif v is None:
            self.cap_strike = None
        else:
            self._slow_field("cap_strike")
        if type(v := g("custom_strike")) is dict:
            self.custom_strike = _BUILD["custom_strike"](v)
        elif v is None:
            self.custom_strike = None
        else:
            self._slow_field("custom_strike")
        if type(v := g("yes_sub_title")) is str:
            self.yes_sub_title = v
        elif v is None:
            self.yes_sub_title = None
        else:
            self._slow_field("yes_sub_title")

    def __init__(
        self,
        *,
        event_type: Literal["metadata_updated"] | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        strike_type: str | None | Unset = UNSET,
        floor_strike: float | None | Unset = UNSET,
        cap_strike: float | None | Unset = UNSET,
        custom_strike: MarketMetadataUpdatedPayloadMsgCustomStrike | None | Unset = UNSET,
        yes_sub_title: str | None | Unset = UNSET,
    ) -> None:
        """A MarketMetadataUpdatedPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("event_type", event_type)
        self._set("market_ticker", market_ticker)
        self._set("strike_type", strike_type)
        self._set("floor_strike", floor_strike)
        self._set("cap_strike", cap_strike)
        self._set("custom_strike", custom_strike)
        self._set("yes_sub_title", yes_sub_title)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "custom_strike": _t.builder(MarketMetadataUpdatedPayloadMsg, "custom_strike"),
}
