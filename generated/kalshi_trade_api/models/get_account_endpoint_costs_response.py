from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.endpoint_token_cost import EndpointTokenCost


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetAccountEndpointCostsResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        default_cost (int): Default token cost applied to endpoints that are not listed in `endpoint_costs`.
            This is currently 10. Required (reading raises MissingFieldError if absent).
        endpoint_costs (list[EndpointTokenCost]): API v2 endpoints whose configured token cost differs from
            `default_cost`. Endpoints that use the default cost are omitted. Empty when absent or null.
    """

    __slots__ = ()

    default_cost: int = _field(_t.IntField("default_cost", required=True))
    """Default token cost applied to endpoints that are not listed in `endpoint_costs`. This is currently 10.
    Required (reading raises MissingFieldError if absent)."""

    endpoint_costs: list[EndpointTokenCost] = _field(
        _t.ModelListField(
            "endpoint_costs", f"{__package__}.endpoint_token_cost", "EndpointTokenCost", required=True, empty=True
        )
    )
    """API v2 endpoints whose configured token cost differs from `default_cost`. Endpoints that use the default
    cost are omitted. Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("default_cost")) is int:
            d["default_cost"] = v
        else:
            self._slow_field("default_cost")
        if type(v := g("endpoint_costs")) is list:
            d["endpoint_costs"] = _BUILD["endpoint_costs"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("endpoint_costs")

    def __init__(
        self,
        *,
        default_cost: int | None | Unset = UNSET,
        endpoint_costs: list[EndpointTokenCost] | None | Unset = UNSET,
    ) -> None:
        """A GetAccountEndpointCostsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("default_cost", default_cost)
        self._set("endpoint_costs", endpoint_costs)


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "endpoint_costs": GetAccountEndpointCostsResponse.__dict__["endpoint_costs"].build,
}
