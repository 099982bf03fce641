from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multivariate_event_collection import MultivariateEventCollection


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
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("multivariate_contract")) is dict:
            d["multivariate_contract"] = _BUILD["multivariate_contract"](v)
        else:
            self._slow_field("multivariate_contract")

    def __init__(
        self,
        *,
        multivariate_contract: MultivariateEventCollection | None | Unset = UNSET,
    ) -> None:
        """A GetMultivariateEventCollectionResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("multivariate_contract", multivariate_contract)


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "multivariate_contract": GetMultivariateEventCollectionResponse.__dict__["multivariate_contract"].build,
}
