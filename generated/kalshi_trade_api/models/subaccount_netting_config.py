from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class SubaccountNettingConfig(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        subaccount_number (int): Subaccount number (0 for primary, 1-63 for subaccounts). Required (reading
            raises MissingFieldError if absent).
        enabled (bool): Whether netting is enabled for this subaccount. Required (reading raises
            MissingFieldError if absent).
        exchange_index (int): Exchange index of the subaccount. Required (reading raises MissingFieldError if
            absent).
    """

    __slots__ = (
        "subaccount_number",
        "enabled",
        "exchange_index",
    )

    subaccount_number: int
    """Subaccount number (0 for primary, 1-63 for subaccounts). Required (reading raises MissingFieldError if
    absent)."""

    enabled: bool
    """Whether netting is enabled for this subaccount. Required (reading raises MissingFieldError if absent)."""

    exchange_index: int
    """Exchange index of the subaccount. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "subaccount_number": _t.IntField("subaccount_number", required=True),
        "enabled": _t.BoolField("enabled", required=True),
        "exchange_index": _t.IntField("exchange_index", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("subaccount_number")) is int:
            self.subaccount_number = v
        else:
            self._slow_field("subaccount_number")
        if type(v := g("enabled")) is bool:
            self.enabled = v
        else:
            self._slow_field("enabled")
        if type(v := g("exchange_index")) is int:
            self.exchange_index = v
        else:
            self._slow_field("exchange_index")

    def __init__(
        self,
        *,
        subaccount_number: int | None | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        exchange_index: int | None | Unset = UNSET,
    ) -> None:
        """A SubaccountNettingConfig from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("subaccount_number", subaccount_number)
        self._set("enabled", enabled)
        self._set("exchange_index", exchange_index)
