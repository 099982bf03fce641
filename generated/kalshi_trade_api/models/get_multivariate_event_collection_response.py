from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multivariate_event_collection import MultivariateEventCollection


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetMultivariateEventCollectionResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        multivariate_contract (MultivariateEventCollection): Required (reading raises MissingFieldError if
            absent).
    """

    __slots__ = ()

    multivariate_contract: MultivariateEventCollection = _field(
        _t.ModelField(
            "multivariate_contract",
            f"{__package__}.multivariate_event_collection",
            "MultivariateEventCollection",
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
        v = g("multivariate_contract", _M)
        if type(v) is dict:
            d["multivariate_contract"] = _convert["multivariate_contract"](v)
        elif v is not _M:
            slow("multivariate_contract")

    def __init__(
        self,
        *,
        multivariate_contract: MultivariateEventCollection | None | Unset = UNSET,
    ) -> None:
        """A GetMultivariateEventCollectionResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("multivariate_contract", multivariate_contract)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "multivariate_contract": GetMultivariateEventCollectionResponse.__dict__["multivariate_contract"].convert,
}
