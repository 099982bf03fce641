from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intra_exchange_instance_transfer import IntraExchangeInstanceTransfer


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetIntraExchangeInstanceTransferResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        transfer (IntraExchangeInstanceTransfer): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    transfer: IntraExchangeInstanceTransfer = _field(
        _t.ModelField(
            "transfer",
            f"{__package__}.intra_exchange_instance_transfer",
            "IntraExchangeInstanceTransfer",
            required=True,
        )
    )
    """Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("transfer", _M)
        if type(v) is dict:
            d["transfer"] = _convert["transfer"](v)
        elif v is not _M:
            slow("transfer")

    def __init__(
        self,
        *,
        transfer: IntraExchangeInstanceTransfer | None | Unset = UNSET,
    ) -> None:
        """A GetIntraExchangeInstanceTransferResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("transfer", transfer)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "transfer": GetIntraExchangeInstanceTransferResponse.__dict__["transfer"].convert,
}
