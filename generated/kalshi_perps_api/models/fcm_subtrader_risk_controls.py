from __future__ import annotations

from decimal import Decimal
from typing import Any

from .. import types as _t
from ..models.fcm_subtrader_risk_controls_asset_class import FCMSubtraderRiskControlsAssetClass
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_FCMSubtraderRiskControlsAssetClass_get = _t.member_lookup(FCMSubtraderRiskControlsAssetClass)


class FCMSubtraderRiskControls(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        subtrader_id (str): The subtrader the initial margin cap applies to. Required (reading raises
            MissingFieldError if absent).
        market_ticker (str): Present only on a market-scoped cap. Optional (None if absent).
        asset_class (FCMSubtraderRiskControlsAssetClass): Present only on an asset-class-scoped cap. A cap with
            neither market_ticker nor asset_class applies across all markets. Optional (None if absent).
        im_cap (Decimal): A non-negative fixed-point US dollar amount with up to 4 decimal places. Example:
            100.0000. Required (reading raises MissingFieldError if absent).
        current_im (Decimal): The initial margin currently attributable to this cap's scope, in fixed-point US
            dollars — the value the exchange compares against im_cap when admitting an order. Computed from the
            exchange's read model (positions plus resting orders), so it excludes orders still in flight and may
            slightly trail the engine. A market-scoped cap prices that market standalone; an asset-class cap prices
            the class-filtered portfolio, so hedged positions within the class margin jointly rather than summing
            per-market. Example: 42.0000. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "subtrader_id",
        "market_ticker",
        "asset_class",
        "im_cap",
        "current_im",
    )

    subtrader_id: str
    """The subtrader the initial margin cap applies to. Required (reading raises MissingFieldError if absent)."""

    market_ticker: str | None
    """Present only on a market-scoped cap. Optional (None if absent)."""

    asset_class: FCMSubtraderRiskControlsAssetClass | None
    """Present only on an asset-class-scoped cap. A cap with neither market_ticker nor asset_class applies across
    all markets. Optional (None if absent)."""

    im_cap: Decimal
    """A non-negative fixed-point US dollar amount with up to 4 decimal places. Example: 100.0000. Required
    (reading raises MissingFieldError if absent)."""

    current_im: Decimal
    """The initial margin currently attributable to this cap's scope, in fixed-point US dollars — the value the
    exchange compares against im_cap when admitting an order. Computed from the exchange's read model (positions
    plus resting orders), so it excludes orders still in flight and may slightly trail the engine. A market-
    scoped cap prices that market standalone; an asset-class cap prices the class-filtered portfolio, so hedged
    positions within the class margin jointly rather than summing per-market. Example: 42.0000. Required
    (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "subtrader_id": _t.StrField("subtrader_id", required=True),
        "market_ticker": _t.StrField("market_ticker"),
        "asset_class": _t.EnumField("asset_class", FCMSubtraderRiskControlsAssetClass),
        "im_cap": _t.DecimalField("im_cap", required=True),
        "current_im": _t.DecimalField("current_im", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        m: Any  # an enum member, of each field's own enum
        if type(v := g("subtrader_id")) is str:
            self.subtrader_id = v
        else:
            self._slow_field("subtrader_id")
        if type(v := g("market_ticker")) is str:
            self.market_ticker = v
        elif v is None:
            self.market_ticker = None
        else:
            self._slow_field("market_ticker")
        if (m := _FCMSubtraderRiskControlsAssetClass_get(v := g("asset_class"))) is not None:
            self.asset_class = m
        elif v is None:
            self.asset_class = None
        else:
            self._slow_field("asset_class")
        if (x := _dc(v := g("im_cap"))) is not None:  # only text already parsed is in the cache
            self.im_cap = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.im_cap = _nd(v)
        else:
            self._slow_field("im_cap")
        if (x := _dc(v := g("current_im"))) is not None:  # only text already parsed is in the cache
            self.current_im = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.current_im = _nd(v)
        else:
            self._slow_field("current_im")

    def __init__(
        self,
        *,
        subtrader_id: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        asset_class: FCMSubtraderRiskControlsAssetClass | None | Unset = UNSET,
        im_cap: Decimal | None | Unset = UNSET,
        current_im: Decimal | None | Unset = UNSET,
    ) -> None:
        """A FCMSubtraderRiskControls from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("subtrader_id", subtrader_id)
        self._set("market_ticker", market_ticker)
        self._set("asset_class", asset_class)
        self._set("im_cap", im_cap)
        self._set("current_im", current_im)
