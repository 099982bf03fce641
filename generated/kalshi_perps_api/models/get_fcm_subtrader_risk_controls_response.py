from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fcm_subtrader_notional_risk_limit import FCMSubtraderNotionalRiskLimit
    from ..models.fcm_subtrader_risk_controls import FCMSubtraderRiskControls


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

    __slots__ = (
        "risk_controls",
        "notional_limits",
    )

    risk_controls: list[FCMSubtraderRiskControls]
    """One entry per configured initial margin cap. Empty when absent or null."""

    notional_limits: list[FCMSubtraderNotionalRiskLimit]
    """The admin-set notional value risk limits for the same subtrader as the rest of the response, sorted by
    market_ticker. An entry without a market_ticker is the whole-subtrader (all-markets) limit and sorts first;
    the rest are per-market. Set by exchange administration and read-only through this API; markets without a
    configured limit are omitted, and the market_ticker/asset_class filters apply only to risk_controls. Newly
    created subtrader IDs take the form {your_account_id}_{suffix}; legacy UUID-form subtraders are included as
    well. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "risk_controls": _t.ModelListField(
            "risk_controls",
            f"{__package__}.fcm_subtrader_risk_controls",
            "FCMSubtraderRiskControls",
            required=True,
            empty=True,
        ),
        "notional_limits": _t.ModelListField(
            "notional_limits",
            f"{__package__}.fcm_subtrader_notional_risk_limit",
            "FCMSubtraderNotionalRiskLimit",
            required=True,
            empty=True,
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("risk_controls")) is list:
            self.risk_controls = _BUILD["risk_controls"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("risk_controls")
        if type(v := g("notional_limits")) is list:
            self.notional_limits = _BUILD["notional_limits"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("notional_limits")

    def __init__(
        self,
        *,
        risk_controls: list[FCMSubtraderRiskControls] | None | Unset = UNSET,
        notional_limits: list[FCMSubtraderNotionalRiskLimit] | None | Unset = UNSET,
    ) -> None:
        """A GetFCMSubtraderRiskControlsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("risk_controls", risk_controls)
        self._set("notional_limits", notional_limits)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "risk_controls": _t.builder(GetFCMSubtraderRiskControlsResponse, "risk_controls"),
    "notional_limits": _t.builder(GetFCMSubtraderRiskControlsResponse, "notional_limits"),
}
