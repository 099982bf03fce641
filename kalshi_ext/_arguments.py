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


def _body_model(annotation: Any, models: Any) -> type | None:
    import attrs

    for token in _NAME.findall(annotation if isinstance(annotation, str) else ""):
        model = getattr(models, token, None) if models is not None and token not in _BUILTIN_NAMES else None
        if isinstance(model, type) and attrs.has(model):
            return model
    return None


def _enum_named(annotation: str, models: Any) -> type[Enum] | None:
    for token in _NAME.findall(annotation):
        enum = getattr(models, token, None) if models is not None and token not in _BUILTIN_NAMES else None
        if isinstance(enum, type) and issubclass(enum, Enum):
            return enum
    return None


def _plain_model(operation: str, where: str, obj: Any, models: Any) -> Any:
    """``obj`` (an attrs request model) checked field by field before it is serialised.

    A required field holding ``None`` is refused by name, and a plain ``str``/``int`` in an enum
    field becomes its member (or is refused when the enum does not list it) on a copy: the
    generated ``to_dict`` would otherwise fail with ``AttributeError: 'str' object has no
    attribute 'value'``. Nested models and lists of them are walked too.
    """
    import copy

    import attrs

    changed: dict[str, Any] = {}
    for field in attrs.fields(type(obj)):
        value = getattr(obj, field.name, None)
        annotation = field.type if isinstance(field.type, str) else ""
        label = f"{operation}: {where}.{field.name}"
        if value is None and annotation and "None" not in annotation and field.init:
            raise KalshiConfigurationError(f"{label} is required, not None")
        enum = _enum_named(annotation, models) if annotation else None
        if enum is not None and isinstance(value, str | int) and not isinstance(value, bool | Enum):
            member = next((m for m in enum if m.value == value), None)
            if member is None:
                allowed = ", ".join(repr(m.value) for m in enum)
                raise KalshiConfigurationError(f"{label} must be one of {allowed}, not {value!r}")
            changed[field.name] = member
        elif attrs.has(type(value)):
            walked = _plain_model(operation, f"{where}.{field.name}", value, models)
            if walked is not value:
                changed[field.name] = walked
        elif isinstance(value, list) and any(attrs.has(type(item)) for item in value):
            items = [
                _plain_model(operation, f"{where}.{field.name}[{i}]", item, models) if attrs.has(type(item)) else item
                for i, item in enumerate(value)
            ]
            if any(new is not old for new, old in zip(items, value, strict=True)):
                changed[field.name] = items
    if not changed:
        return obj
    duplicate = copy.copy(obj)
    for name, value in changed.items():
        object.__setattr__(duplicate, name, value)
    return duplicate


def body_from(operation: str, value: Any, model: type | None, *, required: bool = True, empty: Any = None) -> Any:
    """The ``body`` argument as its request model: a plain dict is converted, ``None`` refused
    (or ``empty`` returned when the body is optional).

    Raises:
        KalshiConfigurationError: ``None`` for a required body; a dict that does not fit the model
            (checked as JSON against the spec first, so a float price or an unknown enum value is
            refused by name); anything else that is not the model.
    """
    if value is None:
        if required or model is None:
            raise KalshiConfigurationError(f"{operation}: body is required, not None")
        return empty
    if model is None or isinstance(value, model):
        return value
    if isinstance(value, Mapping):
        from kalshi_ext_constraints import load

        from ._request_checks import Schemas, check_json

        package = model.__module__.split(".", 1)[0]
        schemas = Schemas(package, load(package).get("schemas", {}))
        check_json(operation, "body", dict(value), {"$ref": model.__name__}, schemas)
        try:
            return model.from_dict(dict(value))  # type: ignore[attr-defined]
        except KeyError as exc:
            raise KalshiConfigurationError(f"{operation}: body.{exc.args[0]} is required") from None
        except (TypeError, ValueError, AttributeError) as exc:
            detail = " ".join(str(exc).split())[:200]
            raise KalshiConfigurationError(f"{operation}: body does not fit {model.__name__} ({detail})") from None
    raise KalshiConfigurationError(
        f"{operation}: body must be a {model.__name__} (or a dict of its JSON fields), not {type(value).__name__}"
    )


def _unset(models: Any) -> Any:
    import importlib

    return importlib.import_module(models.__name__.rsplit(".", 1)[0] + ".types").UNSET


def check_call(
    operation: str, module: str, annotations: Mapping[str, Any], kwargs: dict[str, Any], models: Any
) -> tuple[dict[str, Any], str | None]:
    """Check a call against the spec's constraints; return the arguments and the expected route path.

    The path is relative to the API base URL, exactly as the generated code will build it; None
    when the operation has no recorded constraints (a function of another origin).

    Raises:
        KalshiConfigurationError: see :mod:`kalshi_ext._request_checks` and :func:`_as_body`.
    """
    from kalshi_ext_constraints import load

    from ._request_checks import Schemas, check_json, check_path_value, check_query_value, expected_path

    package = module.split(".", 1)[0]
    data = load(package)
    op = data.get("operations", {}).get(module)
    if op is None:
        return kwargs, None
    schemas = Schemas(package, data.get("schemas", {}))
    segments = {
        name: check_path_value(operation, name, kwargs.get(name), schema) for name, schema in op["path_params"].items()
    }
    for name, schema in op["query"].items():
        value = kwargs.get(name)
        if value is not None and type(value).__name__ != "Unset":
            check_query_value(operation, name, value, schema, schemas)
    out = kwargs
    if op["body"] is not None and "body" in kwargs:
        body = kwargs["body"]
        if body is None and not op["body_required"]:  # None for an optional body: as if omitted
            body = _empty_body(str(annotations.get("body", "")), models, _unset(models))
        else:
            body = body_from(operation, body, _body_model(annotations.get("body"), models))
        if body is not None and type(body).__name__ != "Unset":
            body = _plain_model(operation, "body", body, models)
            try:
                encoded = body.to_dict()
            except (AttributeError, TypeError, ValueError) as exc:
                detail = " ".join(str(exc).split())[:200]
                raise KalshiConfigurationError(f"{operation}: body could not be encoded ({detail})") from None
            check_json(operation, "body", encoded, op["body"], schemas)
        out = {**kwargs, "body": body}
    return out, expected_path(op["path"], segments)
