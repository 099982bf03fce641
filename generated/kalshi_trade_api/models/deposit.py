from __future__ import annotations

from typing import Any

from .. import types as _t
from ..models.deposit_status import DepositStatus
from ..models.deposit_type import DepositType
from ..types import UNSET, Unset

_DepositStatus_get = _t.member_lookup(DepositStatus)
_DepositType_get = _t.member_lookup(DepositType)


class Deposit(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): Unique identifier for the deposit. Required (reading raises MissingFieldError if absent).
        status (DepositStatus): Current status of the deposit. 'applied' means funds are reflected in balance.
            Required (reading raises MissingFieldError if absent).
        type_ (DepositType): Payment method used for the deposit. Required (reading raises MissingFieldError if
            absent).
        amount_cents (int): Deposit amount in cents. Required (reading raises MissingFieldError if absent).
        fee_cents (int): Fee charged for the deposit in cents. Required (reading raises MissingFieldError if
            absent).
        created_ts (int): Unix timestamp of when the deposit was created. Required (reading raises
            MissingFieldError if absent).
        finalized_ts (int): Unix timestamp of when the deposit was finalized (applied, failed, or returned).
            Optional (None if absent).
    """

    __slots__ = (
        "id",
        "status",
        "type_",
        "amount_cents",
        "fee_cents",
        "created_ts",
        "finalized_ts",
    )

    id: str
    """Unique identifier for the deposit. Required (reading raises MissingFieldError if absent)."""

    status: DepositStatus
    """Current status of the deposit. 'applied' means funds are reflected in balance. Required (reading raises
    MissingFieldError if absent)."""

    type_: DepositType
    """Payment method used for the deposit. Required (reading raises MissingFieldError if absent)."""

    amount_cents: int
    """Deposit amount in cents. Required (reading raises MissingFieldError if absent)."""

    fee_cents: int
    """Fee charged for the deposit in cents. Required (reading raises MissingFieldError if absent)."""

    created_ts: int
    """Unix timestamp of when the deposit was created. Required (reading raises MissingFieldError if absent)."""

    finalized_ts: int | None
    """Unix timestamp of when the deposit was finalized (applied, failed, or returned). Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "status": _t.EnumField("status", DepositStatus, required=True),
        "type_": _t.EnumField("type", DepositType, required=True),
        "amount_cents": _t.IntField("amount_cents", required=True),
        "fee_cents": _t.IntField("fee_cents", required=True),
        "created_ts": _t.IntField("created_ts", required=True),
        "finalized_ts": _t.IntField("finalized_ts", nullable=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        m: Any  # an enum member, of each field's own enum
        if type(v := g("id")) is str:
            self.id = v
        else:
            self._slow_field("id")
        if (m := _DepositStatus_get(v := g("status"))) is not None:
            self.status = m
        else:
            self._slow_field("status")
        if (m := _DepositType_get(v := g("type"))) is not None:
            self.type_ = m
        else:
            self._slow_field("type_")
        if type(v := g("amount_cents")) is int:
            self.amount_cents = v
        else:
            self._slow_field("amount_cents")
        if type(v := g("fee_cents")) is int:
            self.fee_cents = v
        else:
            self._slow_field("fee_cents")
        if type(v := g("created_ts")) is int:
            self.created_ts = v
        else:
            self._slow_field("created_ts")
        if type(v := g("finalized_ts")) is int:
            self.finalized_ts = v
        elif v is None:
            self.finalized_ts = None
        else:
            self._slow_field("finalized_ts")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        status: DepositStatus | None | Unset = UNSET,
        type_: DepositType | None | Unset = UNSET,
        amount_cents: int | None | Unset = UNSET,
        fee_cents: int | None | Unset = UNSET,
        created_ts: int | None | Unset = UNSET,
        finalized_ts: int | None | Unset = UNSET,
    ) -> None:
        """A Deposit from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("id", id)
        self._set("status", status)
        self._set("type_", type_)
        self._set("amount_cents", amount_cents)
        self._set("fee_cents", fee_cents)
        self._set("created_ts", created_ts)
        self._set("finalized_ts", finalized_ts)
