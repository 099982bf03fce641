from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class FCMSubtrader(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        subtrader_id (str): Full subtrader identifier owned by the authenticated FCM. Required (reading raises
            MissingFieldError if absent).
        exchange_indices (list[int]): Exchange indices where this subtrader has been observed. Empty when absent
            or null.
        trading_blocked (bool): Effective trading block, including firm-wide and Kalshi restrictions. Required
            (reading raises MissingFieldError if absent).
        fcm_trading_blocked (bool): Whether an FCM-owned per-subtrader trading block is configured. Required
            (reading raises MissingFieldError if absent).
        propagation_pending (bool): Whether a configured per-subtrader block is awaiting engine application.
            Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "subtrader_id",
        "exchange_indices",
        "trading_blocked",
        "fcm_trading_blocked",
        "propagation_pending",
    )

    subtrader_id: str
    """Full subtrader identifier owned by the authenticated FCM. Required (reading raises MissingFieldError if
    absent)."""

    exchange_indices: list[int]
    """Exchange indices where this subtrader has been observed. Empty when absent or null."""

    trading_blocked: bool
    """Effective trading block, including firm-wide and Kalshi restrictions. Required (reading raises
    MissingFieldError if absent)."""

    fcm_trading_blocked: bool
    """Whether an FCM-owned per-subtrader trading block is configured. Required (reading raises MissingFieldError
    if absent)."""

    propagation_pending: bool
    """Whether a configured per-subtrader block is awaiting engine application. Required (reading raises
    MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "subtrader_id": _t.StrField("subtrader_id", required=True),
        "exchange_indices": _t.ListField("exchange_indices", _t.IntField("item"), required=True, empty=True),
        "trading_blocked": _t.BoolField("trading_blocked", required=True),
        "fcm_trading_blocked": _t.BoolField("fcm_trading_blocked", required=True),
        "propagation_pending": _t.BoolField("propagation_pending", required=True),
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
        self._slow_field("exchange_indices")
        if type(v := g("trading_blocked")) is bool:
            self.trading_blocked = v
        else:
            self._slow_field("trading_blocked")
        if type(v := g("fcm_trading_blocked")) is bool:
            self.fcm_trading_blocked = v
        else:
            self._slow_field("fcm_trading_blocked")
        if type(v := g("propagation_pending")) is bool:
            self.propagation_pending = v
        else:
            self._slow_field("propagation_pending")

    def __init__(
        self,
        *,
        subtrader_id: str | None | Unset = UNSET,
        exchange_indices: list[int] | None | Unset = UNSET,
        trading_blocked: bool | None | Unset = UNSET,
        fcm_trading_blocked: bool | None | Unset = UNSET,
        propagation_pending: bool | None | Unset = UNSET,
    ) -> None:
        """A FCMSubtrader from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("subtrader_id", subtrader_id)
        self._set("exchange_indices", exchange_indices)
        self._set("trading_blocked", trading_blocked)
        self._set("fcm_trading_blocked", fcm_trading_blocked)
        self._set("propagation_pending", propagation_pending)
