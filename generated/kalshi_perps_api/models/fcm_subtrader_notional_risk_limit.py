from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class FCMSubtraderNotionalRiskLimit(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        subtrader_id (str): The subtrader the notional value risk limit applies to. Required (reading raises
            MissingFieldError if absent).
        market_ticker (str): The market the notional value risk limit applies to. Absent on the whole-subtrader
            (all-markets) limit. Optional (None if absent).
        notional_value_risk_limit (Decimal): The notional value risk limit as a fixed-point US dollar string
            with 4 decimal places. Example: 5000.0000. Required (reading raises MissingFieldError if absent).
        current_notional (Decimal): The notional currently consumed against this limit, in fixed-point US
            dollars. Per market it is the larger of the subtrader's long side (position plus resting bids) and short
            side (position minus resting asks), over the signed net position; a whole-subtrader entry carries that
            value summed across every market the subtrader touches. Every term is priced through the market's risk-
            notional model, the same pricing the exchange's limit check uses: the cached mark for positions and the
            limit price for resting orders on mark-model asset classes, quantity times the fixed DV01 base on Rates.
            Computed from the exchange's read model, so it excludes orders still in flight and may slightly trail
            the engine. Example: 1250.0000. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "subtrader_id",
        "market_ticker",
        "notional_value_risk_limit",
        "current_notional",
    )

    subtrader_id: str
    """The subtrader the notional value risk limit applies to. Required (reading raises MissingFieldError if
    absent)."""

    market_ticker: str | None
    """The market the notional value risk limit applies to. Absent on the whole-subtrader (all-markets) limit.
    Optional (None if absent)."""

    notional_value_risk_limit: Decimal
    """The notional value risk limit as a fixed-point US dollar string with 4 decimal places. Example: 5000.0000.
    Required (reading raises MissingFieldError if absent)."""

    current_notional: Decimal
    """The notional currently consumed against this limit, in fixed-point US dollars. Per market it is the larger
    of the subtrader's long side (position plus resting bids) and short side (position minus resting asks), over
    the signed net position; a whole-subtrader entry carries that value summed across every market the subtrader
    touches. Every term is priced through the market's risk-notional model, the same pricing the exchange's
    limit check uses: the cached mark for positions and the limit price for resting orders on mark-model asset
    classes, quantity times the fixed DV01 base on Rates. Computed from the exchange's read model, so it
    excludes orders still in flight and may slightly trail the engine. Example: 1250.0000. Required (reading
    raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "subtrader_id": _t.StrField("subtrader_id", required=True),
        "market_ticker": _t.StrField("market_ticker"),
        "notional_value_risk_limit": _t.DecimalField("notional_value_risk_limit", required=True),
        "current_notional": _t.DecimalField("current_notional", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
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
        if (x := _dc(v := g("notional_value_risk_limit"))) is not None:  # only text already parsed is in the cache
            self.notional_value_risk_limit = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.notional_value_risk_limit = _nd(v)
        else:
            self._slow_field("notional_value_risk_limit")
        if (x := _dc(v := g("current_notional"))) is not None:  # only text already parsed is in the cache
            self.current_notional = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.current_notional = _nd(v)
        else:
            self._slow_field("current_notional")

    def __init__(
        self,
        *,
        subtrader_id: str | None | Unset = UNSET,
        market_ticker: str | None | Unset = UNSET,
        notional_value_risk_limit: Decimal | None | Unset = UNSET,
        current_notional: Decimal | None | Unset = UNSET,
    ) -> None:
        """A FCMSubtraderNotionalRiskLimit from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("subtrader_id", subtrader_id)
        self._set("market_ticker", market_ticker)
        self._set("notional_value_risk_limit", notional_value_risk_limit)
        self._set("current_notional", current_notional)
