"""Argument checks and conversions for facade calls, driven by the generated functions' annotations.

The generated endpoint functions annotate every parameter (as strings: their modules postpone
annotations). Dates are accepted as ISO text as well as ``date``/``datetime`` objects, because that is
how people write them (``margin_reports(start_date="2026-01-01", ...)``); values of the wrong kind are
refused here, with the parameter's name, before anything is sent, instead of surfacing as an
``AttributeError`` from deep inside generated code or as a silently mis-encoded query string.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from enum import Enum
from typing import Any

from ._errors import KalshiConfigurationError

_DATETIME = re.compile(r"\bdatetime\.datetime\b")
_DATE = re.compile(r"\bdatetime\.date\b(?!time)")
_NUMBERS = re.compile(r"\b(int|float)\b")
_NAME = re.compile(r"\b[A-Z]\w*\b")
_BUILTIN_NAMES = frozenset({"Unset", "None", "Decimal", "Any", "UUID"})
# Kalshi's bulk endpoints take at most this many markets (``tickers`` lists, comma-joined ``market_tickers``).
BULK_LIMIT = 100
_BULK_PARAMETERS = ("tickers", "market_tickers")


def _parse_datetime(name: str, value: str) -> _dt.datetime:
    text = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
    try:
        parsed = _dt.datetime.fromisoformat(text)
    except ValueError:
        raise KalshiConfigurationError(f"{name}: {value!r} is not an ISO 8601 date-time") from None
    if parsed.tzinfo is None:
        raise KalshiConfigurationError(f"{name}: {value!r} has no time zone; add one (e.g. 'Z' for UTC)")
    return parsed


def _parse_date(name: str, value: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise KalshiConfigurationError(f"{name}: {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _check_kind(operation: str, name: str, annotation: str, value: Any) -> None:
    if isinstance(value, bool) and "bool" not in annotation:
        raise KalshiConfigurationError(f"{operation}: {name} takes {annotation}, not a bool")
    if isinstance(value, float) and "float" not in annotation and _NUMBERS.search(annotation):
        raise KalshiConfigurationError(
            f"{operation}: {name} takes {annotation}, not a float (pass an int; prices and counts take Decimal or str)"
        )


def _check_bulk(operation: str, name: str, value: Any) -> None:
    count = len(value) if isinstance(value, list) else value.count(",") + 1 if isinstance(value, str) else 0
    if name in _BULK_PARAMETERS and count > BULK_LIMIT:
        raise KalshiConfigurationError(f"{operation}: {name} takes at most {BULK_LIMIT} markets, not {count}")


def _as_enum(operation: str, name: str, annotation: str, value: Any, models: Any) -> Any:
    """``value`` as the member of the enum the annotation names, if it names one and value is plain."""
    if isinstance(value, Enum) or not isinstance(value, str | int) or isinstance(value, bool) or models is None:
        return value
    for token in _NAME.findall(annotation):
        enum = getattr(models, token, None) if token not in _BUILTIN_NAMES else None
        if isinstance(enum, type) and issubclass(enum, Enum):
            member = next((m for m in enum if m.value == value), None)
            if member is None:
                allowed = ", ".join(repr(m.value) for m in enum)
                raise KalshiConfigurationError(f"{operation}: {name} must be one of {allowed}, not {value!r}")
            return member
    return value


def _all_optional(model: type) -> bool:
    import attrs

    return all(field.default is not attrs.NOTHING or not field.init for field in attrs.fields(model))


def _empty_body(annotation: str, models: Any, default: Any) -> Any:
    """An empty request model for an omitted optional body whose fields are all optional.

    Kalshi refuses such writes (creating a subaccount, for one) without a JSON body, so ``{}`` is
    sent where the operation declares a body; operations that declare none send no body at all.
    """
    import attrs

    for token in _NAME.findall(annotation):
        model = getattr(models, token, None) if models is not None and token not in _BUILTIN_NAMES else None
        if isinstance(model, type) and attrs.has(model) and _all_optional(model):
            return model()
    return default


def prepare(
    operation: str, annotations: Mapping[str, Any], kwargs: dict[str, Any], models: Any = None
) -> dict[str, Any]:
    """Return ``kwargs`` with ISO date strings and plain enum values converted to what the annotation names.

    ``models`` is the generated package's ``models`` module (to look enum classes up by name).

    Raises:
        KalshiConfigurationError: an unparseable or zone-less date text; a value its enum does not
            list; a bool or float where the parameter takes neither; more than 100 markets for a
            bulk endpoint.
    """
    out = dict(kwargs)
    for name, value in kwargs.items():
        _check_bulk(operation, name, value)
        annotation = annotations.get(name)
        if not isinstance(annotation, str):
            continue
        if name == "body" and type(value).__name__ == "Unset":
            out[name] = _empty_body(annotation, models, value)
            continue
        converted = _as_enum(operation, name, annotation, value, models)
        if converted is not value:
            out[name] = converted
        elif isinstance(value, str):
            if _DATETIME.search(annotation) and "str" not in annotation.split(" | "):
                out[name] = _parse_datetime(name, value)
            elif _DATE.search(annotation) and "str" not in annotation.split(" | "):
                out[name] = _parse_date(name, value)
        else:
            _check_kind(operation, name, annotation, value)
    return out
