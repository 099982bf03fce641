from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fcm_subtrader_notional_risk_limit import FCMSubtraderNotionalRiskLimit
    from ..models.fcm_subtrader_risk_controls import FCMSubtraderRiskControls


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetFCMSubtraderRiskControlsResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        risk_controls (list[FCMSubtraderRiskControls]): One entry per configured initial margin cap. Empty when
            absent or null.
        notional_limits (list[FCMSubtraderNotionalRiskLimit]): The admin-set notional value risk limits for the
            same subtrader as the rest of the response, sorted by market_ticker. An entry without a market_ticker is
            the whole-subtrader (all-markets) limit and sorts first; the rest are per-market. Set by exchange
            administration and read-only through this API; markets without a configured limit are omitted, and the
            market_ticker/asset_class filters apply only to risk_controls. Newly created subtrader IDs take the form
            {your_account_id}_{suffix}; legacy UUID-form subtraders are included as well. Empty when absent or null.
    """

    __slots__ = ()

    risk_controls: list[FCMSubtraderRiskControls] = _field(
        _t.ModelListField(
            "risk_controls",
            f"{__package__}.fcm_subtrader_risk_controls",
            "FCMSubtraderRiskControls",
            required=True,
            empty=True,
        )
    )
    """One entry per configured initial margin cap. Empty when absent or null."""

    notional_limits: list[FCMSubtraderNotionalRiskLimit] = _field(
        _t.ModelListField(
            "notional_limits",
            f"{__package__}.fcm_subtrader_notional_risk_limit",
            "FCMSubtraderNotionalRiskLimit",
            required=True,
            empty=True,
        )
    )
    """The admin-set notional value risk limits for the same subtrader as the rest of the response, sorted by
    market_ticker. An entry without a market_ticker is the whole-subtrader (all-markets) limit and sorts first;
    the rest are per-market. Set by exchange administration and read-only through this API; markets without a
    configured limit are omitted, and the market_ticker/asset_class filters apply only to risk_controls. Newly
    created subtrader IDs take the form {your_account_id}_{suffix}; legacy UUID-form subtraders are included as
    well. Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("risk_controls", _M)
        if type(v) is list:
            d["risk_controls"] = _convert["risk_controls"](v)
        elif v is not _M:
            slow("risk_controls")
        v = g("notional_limits", _M)
        if type(v) is list:
            d["notional_limits"] = _convert["notional_limits"](v)
        elif v is not _M:
            slow("notional_limits")

    def __init__(
        self,
        *,
        risk_controls: list[FCMSubtraderRiskControls] | None | Unset = UNSET,
        notional_limits: list[FCMSubtraderNotionalRiskLimit] | None | Unset = UNSET,
    ) -> None:
        """A GetFCMSubtraderRiskControlsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("risk_controls", risk_controls)
        self._set("notional_limits", notional_limits)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "risk_controls": GetFCMSubtraderRiskControlsResponse.__dict__["risk_controls"].convert,
    "notional_limits": GetFCMSubtraderRiskControlsResponse.__dict__["notional_limits"].convert,
}
