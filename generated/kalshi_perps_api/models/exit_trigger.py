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
_ExitTriggerKind_get = _t.member_lookup(ExitTriggerKind)
_ExitTriggerStatus_get = _t.member_lookup(ExitTriggerStatus)
_ExitTriggerReason_get = _t.member_lookup(ExitTriggerReason)
_ExitTriggerLeg_get = _t.member_lookup(ExitTriggerLeg)


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

    __slots__ = (
        "id",
        "ticker",
        "kind",
        "status",
        "status_reason",
        "triggered_leg",
        "triggered_order_id",
        "anchor_order_id",
        "client_trigger_id",
        "stop_loss_price",
        "take_profit_price",
        "trail_amount",
        "trail_bps",
        "watermark_price",
        "effective_stop_price",
        "count",
        "filled_count",
        "created_time",
        "updated_time",
    )

    id: str
    """Unique identifier for this trigger. Required (reading raises MissingFieldError if absent)."""

    ticker: str
    """Market the protected position is on. Required (reading raises MissingFieldError if absent)."""

    kind: ExitTriggerKind
    """Trigger family. `bracket` is a stop-loss / take-profit pair; `trailing` is a trailing stop whose stop level
    ratchets with the liquidation mark. Required (reading raises MissingFieldError if absent)."""

    status: ExitTriggerStatus
    """`pending_on_entry` awaits an initial or further fill from the anchor order before arming — an order-anchored
    trigger returns here after closing its current quantity, so this status can follow `active` and carries a
    non-zero `filled_count` when it does. `active` is live and evaluated against the mark each tick. `filled`,
    `failed`, and `canceled` are terminal. Required (reading raises MissingFieldError if absent)."""

    status_reason: ExitTriggerReason | None
    """Why the trigger reached its terminal status. Optional (None if absent)."""

    triggered_leg: ExitTriggerLeg | None
    """Which leg of a bracket fired. Present only once a leg has fired. Optional (None if absent)."""

    triggered_order_id: str | None
    """Order placed the last time the trigger fired. An order-anchored trigger keeps it after returning to
    `pending_on_entry`, so its presence does not mean the trigger is done. Optional (None if absent)."""

    anchor_order_id: str | None
    """Order this trigger follows, for order-anchored triggers. Cleared once that order reaches a terminal state,
    so use `client_trigger_id` to correlate a trigger with the request that made it. Optional (None if absent)."""

    client_trigger_id: str | None
    """The idempotency key the create supplied, for appending creates. Optional (None if absent)."""

    stop_loss_price: Decimal | None
    """Stop-loss leg price. Bracket triggers only. Example: 0.5600. Optional (None if absent)."""

    take_profit_price: Decimal | None
    """Take-profit leg price. Bracket triggers only. Example: 0.5600. Optional (None if absent)."""

    trail_amount: Decimal | None
    """Absolute trailing distance. Trailing triggers only. Example: 0.5600. Optional (None if absent)."""

    trail_bps: int | None
    """Trailing distance in basis points of the watermark. Trailing triggers only. Optional (None if absent)."""

    watermark_price: Decimal | None
    """Most favorable liquidation mark seen since creation — the peak for long positions, the trough for short.
    Trailing triggers only. Example: 0.5600. Optional (None if absent)."""

    effective_stop_price: Decimal | None
    """Level whose breach fires the stop: watermark minus the trail for longs, plus for shorts. Trailing triggers
    only. Example: 0.5600. Optional (None if absent)."""

    count: Decimal
    """Contracts this trigger closes when it fires. `0` means the whole position. Example: 10.00. Required (reading
    raises MissingFieldError if absent)."""

    filled_count: Decimal
    """Contracts closed so far across fire attempts. Example: 10.00. Required (reading raises MissingFieldError if
    absent)."""

    created_time: datetime.datetime
    """Required (reading raises MissingFieldError if absent)."""

    updated_time: datetime.datetime
    """Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "ticker": _t.StrField("ticker", required=True),
        "kind": _t.EnumField("kind", ExitTriggerKind, required=True),
        "status": _t.EnumField("status", ExitTriggerStatus, required=True),
        "status_reason": _t.EnumField("status_reason", ExitTriggerReason),
        "triggered_leg": _t.EnumField("triggered_leg", ExitTriggerLeg),
        "triggered_order_id": _t.StrField("triggered_order_id"),
        "anchor_order_id": _t.StrField("anchor_order_id"),
        "client_trigger_id": _t.StrField("client_trigger_id"),
        "stop_loss_price": _t.DecimalField("stop_loss_price"),
        "take_profit_price": _t.DecimalField("take_profit_price"),
        "trail_amount": _t.DecimalField("trail_amount"),
        "trail_bps": _t.IntField("trail_bps"),
        "watermark_price": _t.DecimalField("watermark_price"),
        "effective_stop_price": _t.DecimalField("effective_stop_price"),
        "count": _t.DecimalField("count", required=True),
        "filled_count": _t.DecimalField("filled_count", required=True),
        "created_time": _t.DateTimeField("created_time", required=True),
        "updated_time": _t.DateTimeField("updated_time", required=True),
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
            k_ticker,
            k_kind,
            k_status,
            k_status_reason,
            k_triggered_leg,
            k_triggered_order_id,
            k_anchor_order_id,
            k_client_trigger_id,
            k_stop_loss_price,
            k_take_profit_price,
            k_trail_amount,
            k_trail_bps,
            k_watermark_price,
            k_effective_stop_price,
            k_count,
            k_filled_count,
            k_created_time,
            k_updated_time,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_id)) is str:
            self.id = v
        else:
            self._slow_field("id")
        if type(v := g(k_ticker)) is str:
            self.ticker = v
        else:
            self._slow_field("ticker")
        if (m := _ExitTriggerKind_get(v := g(k_kind))) is not None:
            self.kind = m
        else:
            self._slow_field("kind")
        if (m := _ExitTriggerStatus_get(v := g(k_status))) is not None:
            self.status = m
        else:
            self._slow_field("status")
        if (m := _ExitTriggerReason_get(v := g(k_status_reason))) is not None:
            self.status_reason = m
        elif v is None:
            self.status_reason = None
        else:
            self._slow_field("status_reason")
        if (m := _ExitTriggerLeg_get(v := g(k_triggered_leg))) is not None:
            self.triggered_leg = m
        elif v is None:
            self.triggered_leg = None
        else:
            self._slow_field("triggered_leg")
        if type(v := g(k_triggered_order_id)) is str:
            self.triggered_order_id = v
        elif v is None:
            self.triggered_order_id = None
        else:
            self._slow_field("triggered_order_id")
        if type(v := g(k_anchor_order_id)) is str:
            self.anchor_order_id = v
        elif v is None:
            self.anchor_order_id = None
        else:
            self._slow_field("anchor_order_id")
        if type(v := g(k_client_trigger_id)) is str:
            self.client_trigger_id = v
        elif v is None:
            self.client_trigger_id = None
        else:
            self._slow_field("client_trigger_id")
        if (x := _dc(v := g(k_stop_loss_price))) is not None:  # only text already parsed is in the cache
            self.stop_loss_price = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.stop_loss_price = _nd(v)
        elif v is None or v == "":
            self.stop_loss_price = None
        else:
            self._slow_field("stop_loss_price")
        if (x := _dc(v := g(k_take_profit_price))) is not None:  # only text already parsed is in the cache
            self.take_profit_price = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.take_profit_price = _nd(v)
        elif v is None or v == "":
            self.take_profit_price = None
        else:
            self._slow_field("take_profit_price")
        if (x := _dc(v := g(k_trail_amount))) is not None:  # only text already parsed is in the cache
            self.trail_amount = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.trail_amount = _nd(v)
        elif v is None or v == "":
            self.trail_amount = None
        else:
            self._slow_field("trail_amount")
        if type(v := g(k_trail_bps)) is int:
            self.trail_bps = v
        elif v is None:
            self.trail_bps = None
        else:
            self._slow_field("trail_bps")
        if (x := _dc(v := g(k_watermark_price))) is not None:  # only text already parsed is in the cache
            self.watermark_price = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.watermark_price = _nd(v)
        elif v is None or v == "":
            self.watermark_price = None
        else:
            self._slow_field("watermark_price")
        if (x := _dc(v := g(k_effective_stop_price))) is not None:  # only text already parsed is in the cache
            self.effective_stop_price = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.effective_stop_price = _nd(v)
        elif v is None or v == "":
            self.effective_stop_price = None
        else:
            self._slow_field("effective_stop_price")
        if (x := _dc(v := g(k_count))) is not None:  # only text already parsed is in the cache
            self.count = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.count = _nd(v)
        else:
            self._slow_field("count")
        if (x := _dc(v := g(k_filled_count))) is not None:  # only text already parsed is in the cache
            self.filled_count = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.filled_count = _nd(v)
        else:
            self._slow_field("filled_count")
        if (t := _tc(v := g(k_created_time))) is not None:
            self.created_time = t
        elif isinstance(v, str):
            self.created_time = _nt(v)
        else:
            self._slow_field("created_time")
        if (t := _tc(v := g(k_updated_time))) is not None:
            self.updated_time = t
        elif isinstance(v, str):
            self.updated_time = _nt(v)
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


_KEYS = _t.JsonKeys(*(field.key for field in ExitTrigger._declared.values()))  # in _load_fast's order
