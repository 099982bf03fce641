from __future__ import annotations

from typing import Any

from .. import types as _t
from ..types import UNSET, Unset


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


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

    __slots__ = ()

    subaccount_number: int = _field(_t.IntField("subaccount_number", required=True))
    """Subaccount number (0 for primary, 1-63 for subaccounts). Required (reading raises MissingFieldError if
    absent)."""

    enabled: bool = _field(_t.BoolField("enabled", required=True))
    """Whether netting is enabled for this subaccount. Required (reading raises MissingFieldError if absent)."""

    exchange_index: int = _field(_t.IntField("exchange_index", required=True))
    """Exchange index of the subaccount. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("subaccount_number")) is int:
            d["subaccount_number"] = v
        else:
            self._slow_field("subaccount_number")
        if type(v := g("enabled")) is bool:
            d["enabled"] = v
        else:
            self._slow_field("enabled")
        if type(v := g("exchange_index")) is int:
            d["exchange_index"] = v
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
