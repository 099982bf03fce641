from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intra_exchange_instance_transfer import IntraExchangeInstanceTransfer


class GetIntraExchangeInstanceTransferResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        transfer (IntraExchangeInstanceTransfer): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ("transfer",)

    transfer: IntraExchangeInstanceTransfer
    """Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "transfer": _t.ModelField(
            "transfer",
            f"{__package__}.intra_exchange_instance_transfer",
            "IntraExchangeInstanceTransfer",
            required=True,
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("transfer")) is dict:
            self.transfer = _BUILD["transfer"](v)
        else:
            self._slow_field("transfer")

    def __init__(
        self,
        *,
        transfer: IntraExchangeInstanceTransfer | None | Unset = UNSET,
    ) -> None:
        """A GetIntraExchangeInstanceTransferResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("transfer", transfer)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "transfer": _t.builder(GetIntraExchangeInstanceTransferResponse, "transfer"),
}
