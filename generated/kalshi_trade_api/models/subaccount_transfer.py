from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class SubaccountTransfer(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        transfer_id (str): Unique identifier for this transfer. Required (reading raises MissingFieldError if
            absent).
        from_subaccount (int): Source subaccount number (0 for primary, 1-63 for subaccounts). Required (reading
            raises MissingFieldError if absent).
        to_subaccount (int): Destination subaccount number (0 for primary, 1-63 for subaccounts). Required
            (reading raises MissingFieldError if absent).
        amount_cents (int): Cash transfer amount in cents. Required (reading raises MissingFieldError if
            absent).
        created_ts (int): Unix timestamp when the transfer was created. Required (reading raises
            MissingFieldError if absent).
        exchange_index (int): Exchange index the transfer was applied on. Required (reading raises
            MissingFieldError if absent).
    """

    __slots__ = (
        "transfer_id",
        "from_subaccount",
        "to_subaccount",
        "amount_cents",
        "created_ts",
        "exchange_index",
    )

    transfer_id: str
    """Unique identifier for this transfer. Required (reading raises MissingFieldError if absent)."""

    from_subaccount: int
    """Source subaccount number (0 for primary, 1-63 for subaccounts). Required (reading raises MissingFieldError
    if absent)."""

    to_subaccount: int
    """Destination subaccount number (0 for primary, 1-63 for subaccounts). Required (reading raises
    MissingFieldError if absent)."""

    amount_cents: int
    """Cash transfer amount in cents. Required (reading raises MissingFieldError if absent)."""

    created_ts: int
    """Unix timestamp when the transfer was created. Required (reading raises MissingFieldError if absent)."""

    exchange_index: int
    """Exchange index the transfer was applied on. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "transfer_id": _t.StrField("transfer_id", required=True),
        "from_subaccount": _t.IntField("from_subaccount", required=True),
        "to_subaccount": _t.IntField("to_subaccount", required=True),
        "amount_cents": _t.IntField("amount_cents", required=True),
        "created_ts": _t.IntField("created_ts", required=True),
        "exchange_index": _t.IntField("exchange_index", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("transfer_id")) is str:
            self.transfer_id = v
        else:
            self._slow_field("transfer_id")
        if type(v := g("from_subaccount")) is int:
            self.from_subaccount = v
        else:
            self._slow_field("from_subaccount")
        if type(v := g("to_subaccount")) is int:
            self.to_subaccount = v
        else:
            self._slow_field("to_subaccount")
        if type(v := g("amount_cents")) is int:
            self.amount_cents = v
        else:
            self._slow_field("amount_cents")
        if type(v := g("created_ts")) is int:
            self.created_ts = v
        else:
            self._slow_field("created_ts")
        if type(v := g("exchange_index")) is int:
            self.exchange_index = v
        else:
            self._slow_field("exchange_index")

    def __init__(
        self,
        *,
        transfer_id: str | None | Unset = UNSET,
        from_subaccount: int | None | Unset = UNSET,
        to_subaccount: int | None | Unset = UNSET,
        amount_cents: int | None | Unset = UNSET,
        created_ts: int | None | Unset = UNSET,
        exchange_index: int | None | Unset = UNSET,
    ) -> None:
        """A SubaccountTransfer from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("transfer_id", transfer_id)
        self._set("from_subaccount", from_subaccount)
        self._set("to_subaccount", to_subaccount)
        self._set("amount_cents", amount_cents)
        self._set("created_ts", created_ts)
        self._set("exchange_index", exchange_index)
