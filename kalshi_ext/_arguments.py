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
from typing import Any

from ._errors import KalshiConfigurationError

_DATETIME = re.compile(r"\bdatetime\.datetime\b")
_DATE = re.compile(r"\bdatetime\.date\b(?!time)")
_NUMBERS = re.compile(r"\b(int|float)\b")


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


def prepare(operation: str, annotations: Mapping[str, Any], kwargs: dict[str, Any]) -> dict[str, Any]:
    """Return ``kwargs`` with ISO date strings converted where the annotation wants a date.

    Raises:
        KalshiConfigurationError: an unparseable or zone-less date text; a bool or float where the
            parameter takes neither.
    """
    out = dict(kwargs)
    for name, value in kwargs.items():
        annotation = annotations.get(name)
        if not isinstance(annotation, str):
            continue
        if isinstance(value, str):
            if _DATETIME.search(annotation) and "str" not in annotation.split(" | "):
                out[name] = _parse_datetime(name, value)
            elif _DATE.search(annotation) and "str" not in annotation.split(" | "):
                out[name] = _parse_date(name, value)
        else:
            _check_kind(operation, name, annotation, value)
    return out
