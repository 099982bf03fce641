"""Checks of a facade call's arguments against the spec's constraints, before any request is built.

The constraints (``generated/kalshi_ext_constraints``, written by ``scripts/request_constraints.py``)
say, per operation, what each path parameter, query parameter and JSON body may hold. Here:

* **path parameters** are refused when ``None``, not a ``str``, ``int`` or ``UUID`` (bool refused), empty,
  ``.``/``..``, containing ``/ \\ ? # %``, whitespace or control characters, longer than
  :data:`MAX_PATH_PARAM` (or the spec's ``maxLength``), or not a UUID where the spec says so. What
  is left is percent-encoded by the generated code; :func:`expected_path` computes the path that
  encoding must produce, and the transport refuses to send anything else;
* **query parameters** respect their declared type, bounds and enums, plus Kalshi's rules: ``limit``
  is at least 1 where the spec declares no minimum, ``*_ts`` timestamps are Unix *seconds*;
* **bodies** are checked as the JSON they serialise to: declared types, enums (a generated enum
  tolerates unknown values for responses, so ``BookSide("buy")`` must be caught here), bounds,
  lengths (:data:`MAX_STRING` where the spec declares none), required fields present and not
  ``None``, fixed-point money strings finite and non-negative, and Kalshi's order rules (counts
  > 0; prediction-market prices strictly inside (0, 1), quote bids below 1).

Every refusal is a :class:`KalshiConfigurationError` naming the operation and the field.
"""

from __future__ import annotations

import math
import re
import uuid
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any
from urllib.parse import quote

from ._errors import KalshiConfigurationError

MAX_PATH_PARAM = 256
MAX_STRING = 16_384
# A Unix timestamp in seconds stays below this until the year 2286; milliseconds are far above it.
MAX_TIMESTAMP_S = 10_000_000_000
_PATH_FORBIDDEN = re.compile(r"[/\\?#%\s\x00-\x1f\x7f]")
# Kalshi's order rules, beyond what the specs declare. Counts that must be positive; prices of
# prediction markets (event contracts pay $1, so a price is a probability strictly inside (0, 1)).
_POSITIVE_COUNTS = frozenset({"count", "reduce_by", "contracts_fp"})
_PREDICTION_PRICES = frozenset({"price"})
# Quote sides may be 0 (a one-sided quote) but a bid of $1 or more buys nothing worth having.
_PREDICTION_BIDS = frozenset({"yes_bid", "no_bid", "bid_dollars"})
_PREDICTION_PACKAGE = "kalshi_trade_api"


def _type_name(value: Any) -> str:
    return type(value).__name__


def check_path_value(operation: str, name: str, value: Any, schema: dict[str, Any]) -> str:
    """The path parameter as the text that goes (percent-encoded) into the URL.

    Raises:
        KalshiConfigurationError: see the module docstring.
    """
    where = f"{operation}: path parameter {name}"
    if value is None:
        raise KalshiConfigurationError(f"{where} is required, not None")
    if isinstance(value, bool) or not isinstance(value, str | int | uuid.UUID):
        raise KalshiConfigurationError(f"{where} must be a str (or int), not {_type_name(value)}")
    text = str(value)
    if text in ("", ".", ".."):
        raise KalshiConfigurationError(f"{where} must be an identifier, not {text!r} (it would change the route)")
    if _PATH_FORBIDDEN.search(text) or not text.isprintable():
        raise KalshiConfigurationError(
            f"{where} must not contain '/', '\\', '?', '#', '%', whitespace or control characters"
        )
    limit = min(int(schema.get("maxLength", MAX_PATH_PARAM)), MAX_PATH_PARAM)
    if len(text) > limit:
        raise KalshiConfigurationError(f"{where} is {len(text)} characters long; at most {limit} are accepted")
    if schema.get("format") == "uuid":
        try:
            uuid.UUID(text)
        except ValueError:
            raise KalshiConfigurationError(f"{where} must be a UUID") from None
    _check_enum(where, text, schema)
    return text


def expected_path(template: str, values: dict[str, str]) -> str:
    """The path the generated code must produce (it percent-encodes with ``quote(..., safe="")``)."""
    path = template
    for name, value in values.items():
        path = path.replace("{" + name + "}", quote(value, safe=""))
    return path


def _check_enum(where: str, value: Any, schema: dict[str, Any]) -> None:
    allowed = schema.get("enum")
    if isinstance(allowed, list) and value not in allowed and not (value is None and schema.get("nullable")):
        listed = ", ".join(repr(v) for v in allowed if v is not None)
        raise KalshiConfigurationError(f"{where} must be one of {listed}, not {value!r}")


def _check_bounds(where: str, number: Any, schema: dict[str, Any]) -> None:
    low, high = schema.get("minimum"), schema.get("maximum")
    if isinstance(low, int | float) and (number <= low if schema.get("exclusiveMinimum") is True else number < low):
        raise KalshiConfigurationError(f"{where} must be at least {low}, not {number}")
    if isinstance(high, int | float) and (number >= high if schema.get("exclusiveMaximum") is True else number > high):
        raise KalshiConfigurationError(f"{where} must be at most {high}, not {number}")


class Schemas:
    """The component schemas of one package, for ``$ref`` resolution."""

    def __init__(self, package: str, schemas: dict[str, Any]) -> None:
        self.package = package
        self._schemas = schemas

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        """``schema`` with its ``$ref`` (and a lone ``allOf`` wrapper) replaced by the target."""
        seen = 0
        while seen < 32:
            seen += 1
            ref = schema.get("$ref")
            if isinstance(ref, str) and ref in self._schemas:
                siblings = {k: v for k, v in schema.items() if k != "$ref"}
                schema = {**self._schemas[ref], **siblings}
                continue
            only = schema.get("allOf")
            if isinstance(only, list) and len(only) == 1 and isinstance(only[0], dict):
                siblings = {k: v for k, v in schema.items() if k != "allOf"}
                schema = {**only[0], **siblings}
                continue
            return schema
        return schema


def check_query_value(operation: str, name: str, value: Any, schema: dict[str, Any], schemas: Schemas) -> None:
    """One query argument (a Python value: an enum member counts as its value).

    Raises:
        KalshiConfigurationError: a wrong type, a value outside the declared range or enum, an
            over-long string, a timestamp that is not in seconds.
    """
    schema = schemas.resolve(schema)
    where = f"{operation}: {name}"
    if isinstance(value, Enum):
        value = value.value
    kind = schema.get("type")
    if kind == "integer" and isinstance(value, int) and not isinstance(value, bool):
        _check_bounds(where, value, schema)
        if name == "limit" and "minimum" not in schema and value < 1:
            raise KalshiConfigurationError(f"{where} must be at least 1, not {value}")
        if name.endswith("_ts") and not 0 <= value < MAX_TIMESTAMP_S:
            hint = " (milliseconds? Kalshi's *_ts filters take seconds)" if value >= MAX_TIMESTAMP_S else ""
            raise KalshiConfigurationError(f"{where} must be a Unix timestamp in seconds, not {value}{hint}")
    elif kind == "integer" and isinstance(value, float | str):
        raise KalshiConfigurationError(f"{where} takes an int, not {_type_name(value)}")
    if isinstance(value, str):
        if len(value) > int(schema.get("maxLength", MAX_STRING)):
            raise KalshiConfigurationError(f"{where} is {len(value)} characters long; the limit is lower")
        if kind in ("string", None):
            _check_enum(where, value, schema)
    if isinstance(value, list) and isinstance(schema.get("maxItems"), int) and len(value) > schema["maxItems"]:
        raise KalshiConfigurationError(f"{where} takes at most {schema['maxItems']} items, not {len(value)}")


def check_json(operation: str, where: str, value: Any, schema: dict[str, Any], schemas: Schemas) -> None:
    """A JSON value (what a request body serialises to) against its schema; see the module docstring.

    Raises:
        KalshiConfigurationError: naming ``operation`` and the field's path (``body.orders[0].price``).
    """
    schema = schemas.resolve(schema)
    label = f"{operation}: {where}"
    kinds = schema.get("type")
    if isinstance(kinds, list):  # OpenAPI 3.1 spelling of a nullable type
        single = [k for k in kinds if k != "null"]
        schema = {**schema, "type": single[0] if single else None, "nullable": "null" in kinds}
    if value is None:
        if not schema.get("nullable") and (schema.get("type") or schema.get("properties") or schema.get("enum")):
            raise KalshiConfigurationError(f"{label} must not be None")
        return
    for part in schema.get("allOf", ()):
        check_json(operation, where, value, part, schemas)
    choices = schema.get("oneOf") or schema.get("anyOf")
    if choices:
        _check_choices(operation, where, value, choices, schemas)
    kind = schema.get("type")
    if kind == "string" or schema.get("x-money"):
        _check_string(label, where, value, schema, schemas.package)
    elif kind in ("integer", "number"):
        _check_number(label, where, value, schema)
    elif kind == "boolean" and not isinstance(value, bool):
        raise KalshiConfigurationError(f"{label} must be true or false, not {_type_name(value)}")
    elif kind == "array" or "items" in schema:
        _check_array(operation, where, value, schema, schemas)
    elif kind == "object" or "properties" in schema:
        _check_object(operation, where, value, schema, schemas)
    else:
        _check_enum(label, value, schema)


def _check_choices(operation: str, where: str, value: Any, choices: list[Any], schemas: Schemas) -> None:
    first: KalshiConfigurationError | None = None
    for choice in choices:
        try:
            check_json(operation, where, value, choice, schemas)
            return
        except KalshiConfigurationError as exc:
            first = first or exc
    if first is not None:
        raise first


def _check_string(label: str, where: str, value: Any, schema: dict[str, Any], package: str) -> None:
    if not isinstance(value, str):
        hint = " (binary floats misprice orders: pass Decimal or str)" if isinstance(value, float) else ""
        raise KalshiConfigurationError(f"{label} must be a string, not {_type_name(value)}{hint}")
    limit = int(schema.get("maxLength", MAX_STRING))
    if len(value) > limit:
        raise KalshiConfigurationError(f"{label} is {len(value)} characters long; at most {limit} are accepted")
    if isinstance(schema.get("minLength"), int) and len(value) < schema["minLength"]:
        raise KalshiConfigurationError(f"{label} must be at least {schema['minLength']} characters long")
    _check_enum(label, value, schema)
    money = schema.get("x-money")
    if money:
        _check_money(label, where.rsplit(".", 1)[-1].split("[", 1)[0], value, str(money), package)


def _check_money(label: str, field: str, text: str, kind: str, package: str) -> None:
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise KalshiConfigurationError(f"{label} is not a decimal number: {text!r}") from None
    if not amount.is_finite():
        raise KalshiConfigurationError(f"{label} must be a finite number, not {text!r}")
    if amount < 0:
        raise KalshiConfigurationError(f"{label} must not be negative, got {text}")
    if kind == "count" and field in _POSITIVE_COUNTS and amount <= 0:
        raise KalshiConfigurationError(f"{label} must be greater than 0, got {text}")
    if kind == "dollars" and field in _PREDICTION_PRICES and package == _PREDICTION_PACKAGE and not 0 < amount < 1:
        raise KalshiConfigurationError(
            f"{label} must be strictly between 0 and 1 dollar (a prediction-market price), got {text}"
        )
    if kind == "dollars" and field in _PREDICTION_BIDS and package == _PREDICTION_PACKAGE and amount >= 1:
        raise KalshiConfigurationError(f"{label} must be below 1 dollar (a prediction-market price), got {text}")
    perps_price = package != _PREDICTION_PACKAGE and (field == "price" or field.endswith("_price"))
    if kind == "dollars" and perps_price and amount <= 0:
        raise KalshiConfigurationError(f"{label} must be greater than 0, got {text}")


def _check_number(label: str, where: str, value: Any, schema: dict[str, Any]) -> None:
    integer = schema.get("type") == "integer"
    if isinstance(value, bool) or not isinstance(value, int | float) or (integer and not isinstance(value, int)):
        wanted = "an int" if integer else "a number"
        raise KalshiConfigurationError(f"{label} must be {wanted}, not {_type_name(value)}")
    if isinstance(value, float) and not math.isfinite(value):
        raise KalshiConfigurationError(f"{label} must be finite, not {value}")
    _check_bounds(label, value, schema)
    _check_enum(label, value, schema)
    name = where.rsplit(".", 1)[-1]
    if integer and (name.endswith("_ts") or name.endswith("_time")) and not 0 <= value < MAX_TIMESTAMP_S:
        raise KalshiConfigurationError(f"{label} must be a Unix timestamp in seconds, not {value}")


def _check_array(operation: str, where: str, value: Any, schema: dict[str, Any], schemas: Schemas) -> None:
    label = f"{operation}: {where}"
    if not isinstance(value, list):
        raise KalshiConfigurationError(f"{label} must be a list, not {_type_name(value)}")
    if isinstance(schema.get("maxItems"), int) and len(value) > schema["maxItems"]:
        raise KalshiConfigurationError(f"{label} takes at most {schema['maxItems']} items, not {len(value)}")
    if isinstance(schema.get("minItems"), int) and len(value) < schema["minItems"]:
        raise KalshiConfigurationError(f"{label} takes at least {schema['minItems']} items, not {len(value)}")
    items = schema.get("items")
    if isinstance(items, dict):
        for index, item in enumerate(value):
            check_json(operation, f"{where}[{index}]", item, items, schemas)


def _check_object(operation: str, where: str, value: Any, schema: dict[str, Any], schemas: Schemas) -> None:
    label = f"{operation}: {where}"
    if not isinstance(value, dict):
        raise KalshiConfigurationError(f"{label} must be an object, not {_type_name(value)}")
    properties = schema.get("properties", {})
    for name in schema.get("required", ()):
        if name not in value:
            raise KalshiConfigurationError(f"{label}.{name} is required")
    for name, item in value.items():
        if name in properties:
            check_json(operation, f"{where}.{name}", item, properties[name], schemas)
        elif isinstance(item, str) and len(item) > MAX_STRING:
            raise KalshiConfigurationError(f"{label}.{name} is {len(item)} characters long; at most {MAX_STRING}")
