"""Request bodies from keyword arguments: ``orders.create_v2(ticker="X", side="bid", price="0.56", ...)``.

The facade passes a body model class, the caller's ``body=`` (or UNSET) and the body's fields as
keywords. This module checks and converts the plain values people write into what the generated
attrs model takes (enum text to the enum member, decimal text or int to ``Decimal``, ISO text to
dates, dicts to nested models, text to ``UUID``), driven by the model's own field annotations, and
refuses everything else with the field's name before anything is sent. A bad value surfacing as an
``AttributeError`` deep inside generated ``to_dict`` code is what this prevents.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import re
import uuid
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from ._errors import KalshiConfigurationError

_TOKEN = re.compile(r"[A-Za-z_][\w.]*")
_LIST = re.compile(r"^(?:list|Sequence)\[(.*)\]$")


def _unset(value: Any) -> bool:
    return type(value).__name__ == "Unset"


def _alternatives(annotation: str) -> list[str]:
    """Top-level ``A | B | C`` parts (brackets respected)."""
    parts, depth, current = [], 0, ""
    for char in annotation:
        depth += char == "["
        depth -= char == "]"
        if char == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return [p for p in parts if p and p != "Unset"]


def _models_of(model: type) -> Any:
    return importlib.import_module(model.__module__.split(".", 1)[0] + ".models")


def _fields(model: type) -> dict[str, Any]:
    import attrs

    return {f.name: f for f in attrs.fields(model) if f.init and f.name != "additional_properties"}


def _fail(where: str, message: str) -> KalshiConfigurationError:
    return KalshiConfigurationError(f"{where}: {message}")


def _as_enum(where: str, enum: type[Enum], value: Any) -> Enum:
    if isinstance(value, enum):
        return value
    if isinstance(value, str | int) and not isinstance(value, bool):
        for member in enum:
            if member.value == value:
                return member
    allowed = ", ".join(repr(m.value) for m in enum)
    raise _fail(where, f"must be one of {allowed}, not {value!r}")


def _as_decimal(where: str, value: Any) -> Decimal:
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            raise _fail(where, f"{value!r} is not a decimal number") from None
    elif isinstance(value, int) and not isinstance(value, bool):
        result = Decimal(value)
    elif isinstance(value, float):
        raise _fail(where, "takes Decimal, str or int, not float (0.1 is not exact in binary; write '0.1')")
    else:
        raise _fail(where, f"takes Decimal, str or int, not {type(value).__name__}")
    if not result.is_finite():
        raise _fail(where, f"{value!r} is not a finite decimal number")
    return result


def _as_datetime(where: str, value: Any) -> _dt.datetime:
    if isinstance(value, str):
        text = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
        try:
            value = _dt.datetime.fromisoformat(text)
        except ValueError:
            raise _fail(where, f"{text!r} is not an ISO 8601 date-time") from None
    if not isinstance(value, _dt.datetime):
        raise _fail(where, f"takes a datetime or ISO text, not {type(value).__name__}")
    if value.tzinfo is None:
        raise _fail(where, "has no time zone; add one (e.g. 'Z' or datetime.UTC)")
    return value


def _as_date(where: str, value: Any) -> _dt.date:
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            raise _fail(where, f"{value!r} is not an ISO date (YYYY-MM-DD)") from None
    if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
        return value
    raise _fail(where, f"takes a date or 'YYYY-MM-DD', not {type(value).__name__}")


def _convert(where: str, annotation: str, value: Any, models: Any) -> Any:
    """``value`` as the type ``annotation`` names (a generated model's field annotation)."""
    options = _alternatives(annotation)
    if value is None:
        if "None" in options:
            return None
        raise _fail(where, "must not be None (leave it out instead)")
    options = [o for o in options if o != "None"]
    errors: list[KalshiConfigurationError] = []
    for option in options:
        try:
            return _convert_one(where, option, value, models)
        except KalshiConfigurationError as exc:
            errors.append(exc)
    raise errors[0] if errors else _fail(where, f"unexpected value {value!r}")


def _convert_one(where: str, option: str, value: Any, models: Any) -> Any:
    inner = _LIST.match(option)
    if inner:
        if isinstance(value, str | bytes | Mapping) or not isinstance(value, list | tuple):
            raise _fail(where, f"takes a list, not {type(value).__name__}")
        return [_convert(f"{where}[{i}]", inner.group(1), item, models) for i, item in enumerate(value)]
    simple = {
        "Decimal": _as_decimal,
        "datetime.datetime": _as_datetime,
        "datetime.date": _as_date,
    }
    if option in simple:
        return simple[option](where, value)
    if option == "UUID":
        if isinstance(value, uuid.UUID):
            return value
        try:
            return uuid.UUID(str(value))
        except ValueError:
            raise _fail(where, f"{value!r} is not a UUID") from None
    if option in ("str", "int", "bool", "float"):
        return _check_plain(where, option, value)
    target = getattr(models, option, None)
    if isinstance(target, type) and issubclass(target, Enum):
        return _as_enum(where, target, value)
    if isinstance(target, type) and hasattr(target, "from_dict"):
        if isinstance(value, target):
            return value
        if isinstance(value, Mapping):
            return build_body(target, _UNSET_SENTINEL, dict(value), where=where)
        raise _fail(where, f"takes a {target.__name__} or a dict of its fields, not {type(value).__name__}")
    return value  # Any, dict[str, Any] and other free-form fields pass through unchanged


def _check_plain(where: str, option: str, value: Any) -> Any:
    kinds: dict[str, tuple[type, ...]] = {"str": (str,), "int": (int,), "bool": (bool,), "float": (int, float)}
    if isinstance(value, bool) and option != "bool":
        raise _fail(where, f"takes {option}, not a bool")
    if not isinstance(value, kinds[option]):
        raise _fail(where, f"takes {option}, not {type(value).__name__}")
    return value


class _Unset:
    """Stands for "no body given" in nested calls (the generated packages each have their own Unset)."""


_UNSET_SENTINEL = _Unset()


def build_body(model: type, body: Any, fields: Mapping[str, Any], *, where: str | None = None) -> Any:
    """``body`` itself, or ``model`` built from the ``fields`` that are not UNSET.

    With neither, a model without required fields is built empty (Kalshi wants ``{}`` there).

    Raises:
        KalshiConfigurationError: both ``body`` and fields; a field the model does not have; a
            missing required field; a value of the wrong kind (each named).
    """
    name = where or model.__name__
    given = {k: v for k, v in fields.items() if not _unset(v)}
    if not (_unset(body) or isinstance(body, _Unset)):
        if given:
            raise KalshiConfigurationError(
                f"{name}: pass either body= or the body's fields as keyword arguments, not both "
                f"(got body and {', '.join(sorted(given))})"
            )
        return body
    known = _fields(model)
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise KalshiConfigurationError(f"{name}: unknown field{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}")
    import attrs

    missing = [f for f, spec in known.items() if spec.default is attrs.NOTHING and f not in given]
    if missing:
        raise KalshiConfigurationError(
            f"{name}: missing required field{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
            "(pass them as keyword arguments, or a whole body=)"
        )
    models = _models_of(model)
    converted = {f: _convert(f"{name}.{f}", str(known[f].type), v, models) for f, v in given.items()}
    try:
        return model(**converted)
    except (TypeError, ValueError) as exc:  # a converter's check the annotations did not express
        raise KalshiConfigurationError(f"{name}: {exc}") from None
