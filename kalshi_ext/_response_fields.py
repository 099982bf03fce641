"""Errors for response fields that cannot be read, installed into the generated model packages.

The generated response models convert a field when it is first read (see the docstring of
``kalshi_trade_api.types``). A required field the server left out raises the generated
``MissingFieldError``, a value of the wrong JSON type ``FieldError``; the generated code never
imports kalshi_ext, so it asks the hook ``types.field_error`` for the exception to raise instead.
This module sets that hook in every generated package so that users catch one error tree:

- :class:`ResponseFieldError` (a :class:`~kalshi_ext.KalshiResponseError`, and a ``ValueError`` like the
  generated error it replaces): a field of the wrong type.
- :class:`MissingResponseFieldError`: a required field that is missing; also an ``AttributeError``,
  so ``hasattr(model, "ticker")`` is False and ``getattr(model, "ticker", None)`` is None.

Both carry ``model`` and ``field``. ``model.is_set("ticker")`` tells without raising.
"""

from __future__ import annotations

import importlib
from typing import Any

from ._errors import KalshiResponseError

GENERATED_PACKAGES = (
    "kalshi_trade_api",
    "kalshi_perps_api",
    "kalshi_klear_api",
    "kalshi_ws_models",
    "kalshi_perps_ws_models",
)


class ResponseFieldError(KalshiResponseError, ValueError):
    """A response field that does not hold what the spec says (e.g. ``"balance": "10000"``), raised when read.

    Attributes:
        model: the model class name. field: the attribute name.
    """

    def __init__(self, message: str, *, model: str, field: str) -> None:
        super().__init__(message)
        self.model = model
        self.field = field


class MissingResponseFieldError(ResponseFieldError, AttributeError):
    """A field the spec calls required that the server left out, raised when it is read."""


def response_field_error(error: Any) -> Exception:
    """The kalshi_ext error for a generated ``FieldError`` (the hook installed by :func:`install`)."""
    cls = MissingResponseFieldError if isinstance(error, AttributeError) else ResponseFieldError
    return cls(f"{error.model}.{error.field}: {error.problem}", model=error.model, field=error.field)


def install(package: str) -> None:
    """Set the hook in one generated package's ``types`` module (idempotent)."""
    types: Any = importlib.import_module(f"{package}.types")
    types.field_error = response_field_error


for _package in GENERATED_PACKAGES:
    install(_package)
