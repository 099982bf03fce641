from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intra_exchange_instance_transfer import IntraExchangeInstanceTransfer


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

    def __init__(
        self,
        *,
        transfer: IntraExchangeInstanceTransfer | None | Unset = UNSET,
    ) -> None:
        """A GetIntraExchangeInstanceTransferResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("transfer", transfer)
