from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..models.exit_trigger_kind import ExitTriggerKind
from ..models.exit_trigger_leg import ExitTriggerLeg
from ..models.exit_trigger_reason import ExitTriggerReason
from ..models.exit_trigger_status import ExitTriggerStatus
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime
_ExitTriggerKind_get = ExitTriggerKind._value2member_map_.get
_ExitTriggerStatus_get = ExitTriggerStatus._value2member_map_.get
_ExitTriggerReason_get = ExitTriggerReason._value2member_map_.get
_ExitTriggerLeg_get = ExitTriggerLeg._value2member_map_.get


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class ExitTrigger(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): Unique identifier for this trigger. Required (reading raises MissingFieldError if absent).
        ticker (str): Market the protected position is on. Required (reading raises MissingFieldError if
            absent).
        kind (ExitTriggerKind): Trigger family. `bracket` is a stop-loss / take-profit pair; `trailing` is a
            trailing stop whose stop level ratchets with the liquidation mark. Required (reading raises
            MissingFieldError if absent).
        status (ExitTriggerStatus): `pending_on_entry` awaits an initial or further fill from the anchor order
            before arming — an order-anchored trigger returns here after closing its current quantity, so this
            status can follow `active` and carries a non-zero `filled_count` when it does. `active` is live and
            evaluated against the mark each tick. `filled`, `failed`, and `canceled` are terminal. Required (reading
            raises MissingFieldError if absent).
        status_reason (ExitTriggerReason): Why the trigger reached its terminal status. Optional (None if
            absent).
        triggered_leg (ExitTriggerLeg): Which leg of a bracket fired. Present only once a leg has fired.
            Optional (None if absent).
        triggered_order_id (str): Order placed the last time the trigger fired. An order-anchored trigger keeps
            it after returning to `pending_on_entry`, so its presence does not mean the trigger is done. Optional
            (None if absent).
        anchor_order_id (str): Order this trigger follows, for order-anchored triggers. Cleared once that order
            reaches a terminal state, so use `client_trigger_id` to correlate a trigger with the request that made
            it. Optional (None if absent).
        client_trigger_id (str): The idempotency key the create supplied, for appending creates. Optional (None
            if absent).
        stop_loss_price (Decimal): Stop-loss leg price. Bracket triggers only. Example: 0.5600. Optional (None
            if absent).
        take_profit_price (Decimal): Take-profit leg price. Bracket triggers only. Example: 0.5600. Optional
            (None if absent).
        trail_amount (Decimal): Absolute trailing distance. Trailing triggers only. Example: 0.5600. Optional
            (None if absent).
        trail_bps (int): Trailing distance in basis points of the watermark. Trailing triggers only. Optional
            (None if absent).
        watermark_price (Decimal): Most favorable liquidation mark seen since creation — the peak for long
            positions, the trough for short. Trailing triggers only. Example: 0.5600. Optional (None if absent).
        effective_stop_price (Decimal): Level whose breach fires the stop: watermark minus the trail for longs,
            plus for shorts. Trailing triggers only. Example: 0.5600. Optional (None if absent).
        count (Decimal): Contracts this trigger closes when it fires. `0` means the whole position. Example:
            10.00. Required (reading raises MissingFieldError if absent).
        filled_count (Decimal): Contracts closed so far across fire attempts. Example: 10.00. Required (reading
            raises MissingFieldError if absent).
        created_time (datetime.datetime): Required (reading raises MissingFieldError if absent).
        updated_time (datetime.datetime): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    id: str = _field(_t.StrField("id", required=True))
    """Unique identifier for this trigger. Required (reading raises MissingFieldError if absent)."""

    ticker: str = _field(_t.StrField("ticker", required=True))
    """Market the protected position is on. Required (reading raises MissingFieldError if absent)."""

    kind: ExitTriggerKind = _field(_t.EnumField("kind", ExitTriggerKind, required=True))
    """Trigger family. `bracket` is a stop-loss / take-profit pair; `trailing` is a trailing stop whose stop level
    ratchets with the liquidation mark. Required (reading raises MissingFieldError if absent)."""

    status: ExitTriggerStatus = _field(_t.EnumField("status", ExitTriggerStatus, required=True))
    """`pending_on_entry` awaits an initial or further fill from the anchor order before arming — an order-anchored
    trigger returns here after closing its current quantity, so this status can follow `active` and carries a
    non-zero `filled_count` when it does. `active` is live and evaluated against the mark each tick. `filled`,
    `failed`, and `canceled` are terminal. Required (reading raises MissingFieldError if absent)."""

    status_reason: ExitTriggerReason | None = _field(_t.EnumField("status_reason", ExitTriggerReason))
    """Why the trigger reached its terminal status. Optional (None if absent)."""

    triggered_leg: ExitTriggerLeg | None = _field(_t.EnumField("triggered_leg", ExitTriggerLeg))
    """Which leg of a bracket fired. Present only once a leg has fired. Optional (None if absent)."""

    triggered_order_id: str | None = _field(_t.StrField("triggered_order_id"))
    """Order placed the last time the trigger fired. An order-anchored trigger keeps it after returning to
    `pending_on_entry`, so its presence does not mean the trigger is done. Optional (None if absent)."""

    anchor_order_id: str | None = _field(_t.StrField("anchor_order_id"))
    """Order this trigger follows, for order-anchored triggers. Cleared once that order reaches a terminal state,
    so use `client_trigger_id` to correlate a trigger with the request that made it. Optional (None if absent)."""

    client_trigger_id: str | None = _field(_t.StrField("client_trigger_id"))
    """The idempotency key the create supplied, for appending creates. Optional (None if absent)."""

    stop_loss_price: Decimal | None = _field(_t.DecimalField("stop_loss_price"))
    """Stop-loss leg price. Bracket triggers only. Example: 0.5600. Optional (None if absent)."""

    take_profit_price: Decimal | None = _field(_t.DecimalField("take_profit_price"))
    """Take-profit leg price. Bracket triggers only. Example: 0.5600. Optional (None if absent)."""

    trail_amount: Decimal | None = _field(_t.DecimalField("trail_amount"))
    """Absolute trailing distance. Trailing triggers only. Example: 0.5600. Optional (None if absent)."""

    trail_bps: int | None = _field(_t.IntField("trail_bps"))
    """Trailing distance in basis points of the watermark. Trailing triggers only. Optional (None if absent)."""

    watermark_price: Decimal | None = _field(_t.DecimalField("watermark_price"))
    """Most favorable liquidation mark seen since creation — the peak for long positions, the trough for short.
    Trailing triggers only. Example: 0.5600. Optional (None if absent)."""

    effective_stop_price: Decimal | None = _field(_t.DecimalField("effective_stop_price"))
    """Level whose breach fires the stop: watermark minus the trail for longs, plus for shorts. Trailing triggers
    only. Example: 0.5600. Optional (None if absent)."""

    count: Decimal = _field(_t.DecimalField("count", required=True))
    """Contracts this trigger closes when it fires. `0` means the whole position. Example: 10.00. Required (reading
    raises MissingFieldError if absent)."""

    filled_count: Decimal = _field(_t.DecimalField("filled_count", required=True))
    """Contracts closed so far across fire attempts. Example: 10.00. Required (reading raises MissingFieldError if
    absent)."""

    created_time: datetime.datetime = _field(_t.DateTimeField("created_time", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    updated_time: datetime.datetime = _field(_t.DateTimeField("updated_time", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("id")) is str:
            d["id"] = v
        else:
            self._slow_field("id")
        if type(v := g("ticker")) is str:
            d["ticker"] = v
        else:
            self._slow_field("ticker")
        if (m := _ExitTriggerKind_get(v := g("kind"))) is not None:
            d["kind"] = m
        else:
            self._slow_field("kind")
        if (m := _ExitTriggerStatus_get(v := g("status"))) is not None:
            d["status"] = m
        else:
            self._slow_field("status")
        if (m := _ExitTriggerReason_get(v := g("status_reason"))) is not None:
            d["status_reason"] = m
        elif v is None:
            d["status_reason"] = None
        else:
            self._slow_field("status_reason")
        if (m := _ExitTriggerLeg_get(v := g("triggered_leg"))) is not None:
            d["triggered_leg"] = m
        elif v is None:
            d["triggered_leg"] = None
        else:
            self._slow_field("triggered_leg")
        if type(v := g("triggered_order_id")) is str:
            d["triggered_order_id"] = v
        elif v is None:
            d["triggered_order_id"] = None
        else:
            self._slow_field("triggered_order_id")
        if type(v := g("anchor_order_id")) is str:
            d["anchor_order_id"] = v
        elif v is None:
            d["anchor_order_id"] = None
        else:
            self._slow_field("anchor_order_id")
        if type(v := g("client_trigger_id")) is str:
            d["client_trigger_id"] = v
        elif v is None:
            d["client_trigger_id"] = None
        else:
            self._slow_field("client_trigger_id")
        if (x := _dc(v := g("stop_loss_price"))) is not None:  # only text already parsed is in the cache
            d["stop_loss_price"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["stop_loss_price"] = _nd(v)
        elif v is None or v == "":
            d["stop_loss_price"] = None
        else:
            self._slow_field("stop_loss_price")
        if (x := _dc(v := g("take_profit_price"))) is not None:  # only text already parsed is in the cache
            d["take_profit_price"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["take_profit_price"] = _nd(v)
        elif v is None or v == "":
            d["take_profit_price"] = None
        else:
            self._slow_field("take_profit_price")
        if (x := _dc(v := g("trail_amount"))) is not None:  # only text already parsed is in the cache
            d["trail_amount"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["trail_amount"] = _nd(v)
        elif v is None or v == "":
            d["trail_amount"] = None
        else:
            self._slow_field("trail_amount")
        if type(v := g("trail_bps")) is int:
            d["trail_bps"] = v
        elif v is None:
            d["trail_bps"] = None
        else:
            self._slow_field("trail_bps")
        if (x := _dc(v := g("watermark_price"))) is not None:  # only text already parsed is in the cache
            d["watermark_price"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["watermark_price"] = _nd(v)
        elif v is None or v == "":
            d["watermark_price"] = None
        else:
            self._slow_field("watermark_price")
        if (x := _dc(v := g("effective_stop_price"))) is not None:  # only text already parsed is in the cache
            d["effective_stop_price"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["effective_stop_price"] = _nd(v)
        elif v is None or v == "":
            d["effective_stop_price"] = None
        else:
            self._slow_field("effective_stop_price")
        if (x := _dc(v := g("count"))) is not None:  # only text already parsed is in the cache
            d["count"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["count"] = _nd(v)
        else:
            self._slow_field("count")
        if (x := _dc(v := g("filled_count"))) is not None:  # only text already parsed is in the cache
            d["filled_count"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["filled_count"] = _nd(v)
        else:
            self._slow_field("filled_count")
        if (t := _tc(v := g("created_time"))) is not None:
            d["created_time"] = t
        elif isinstance(v, str):
            d["created_time"] = _nt(v)
        else:
            self._slow_field("created_time")
        if (t := _tc(v := g("updated_time"))) is not None:
            d["updated_time"] = t
        elif isinstance(v, str):
            d["updated_time"] = _nt(v)
        else:
            self._slow_field("updated_time")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        ticker: str | None | Unset = UNSET,
        kind: ExitTriggerKind | None | Unset = UNSET,
        status: ExitTriggerStatus | None | Unset = UNSET,
        status_reason: ExitTriggerReason | None | Unset = UNSET,
        triggered_leg: ExitTriggerLeg | None | Unset = UNSET,
        triggered_order_id: str | None | Unset = UNSET,
        anchor_order_id: str | None | Unset = UNSET,
        client_trigger_id: str | None | Unset = UNSET,
        stop_loss_price: Decimal | None | Unset = UNSET,
        take_profit_price: Decimal | None | Unset = UNSET,
        trail_amount: Decimal | None | Unset = UNSET,
        trail_bps: int | None | Unset = UNSET,
        watermark_price: Decimal | None | Unset = UNSET,
        effective_stop_price: Decimal | None | Unset = UNSET,
        count: Decimal | None | Unset = UNSET,
        filled_count: Decimal | None | Unset = UNSET,
        created_time: datetime.datetime | None | Unset = UNSET,
        updated_time: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A ExitTrigger from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("id", id)
        self._set("ticker", ticker)
        self._set("kind", kind)
        self._set("status", status)
        self._set("status_reason", status_reason)
        self._set("triggered_leg", triggered_leg)
        self._set("triggered_order_id", triggered_order_id)
        self._set("anchor_order_id", anchor_order_id)
        self._set("client_trigger_id", client_trigger_id)
        self._set("stop_loss_price", stop_loss_price)
        self._set("take_profit_price", take_profit_price)
        self._set("trail_amount", trail_amount)
        self._set("trail_bps", trail_bps)
        self._set("watermark_price", watermark_price)
        self._set("effective_stop_price", effective_stop_price)
        self._set("count", count)
        self._set("filled_count", filled_count)
        self._set("created_time", created_time)
        self._set("updated_time", updated_time)
