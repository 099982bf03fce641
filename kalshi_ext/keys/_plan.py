"""Validating the arguments of the API-key methods, all before the server is called, into a
:class:`KeyPlan` that builds the request bodies. Messages never echo passphrases or keys."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._errors import KalshiConfigurationError
from .._validate import check_bool, check_int
from ._keyfile import resolve_key_path
from ._keygen import KeyType, check_key_type, check_passphrase, parse_public_key

if TYPE_CHECKING:
    from kalshi_trade_api.models import ApiKeyScope, CreateApiKeyRequest, GenerateApiKeyRequest

    from .._urls import EnvironmentName

_SUBTRADER = re.compile(r"^.+_[A-Za-z0-9]{1,16}$")
_FIELDS = ("key_type", "scopes", "subaccount", "fcm_subtrader_id")


@dataclass(frozen=True, slots=True)
class Origin:
    """Where the creating client sends requests (a key is only valid in that environment)."""

    environment: EnvironmentName
    base_url: str


@dataclass(slots=True)
class KeyPlan:
    """A validated request: what to ask the server for and where to keep the private key."""

    name: str
    key_type: KeyType | None
    scopes: list[ApiKeyScope] | None
    subaccount: int | None
    fcm_subtrader_id: str | None
    extra: dict[str, Any] = field(default_factory=dict)  # additional_properties of a request model
    path: Path | None = None
    overwrite: bool = False
    passphrase: bytes | None = field(default=None, repr=False)
    public_pem: str | None = None

    def generate_body(self) -> GenerateApiKeyRequest:
        from kalshi_trade_api.models import ApiKeyType, GenerateApiKeyRequest
        from kalshi_trade_api.types import UNSET

        body = GenerateApiKeyRequest(
            name=self.name,
            key_type=ApiKeyType(self.key_type or "rsa"),
            scopes=self.scopes if self.scopes is not None else UNSET,
            subaccount=self.subaccount if self.subaccount is not None else UNSET,
            fcm_subtrader_id=self.fcm_subtrader_id if self.fcm_subtrader_id is not None else UNSET,
        )
        body.additional_properties = dict(self.extra)
        return body

    def create_body(self, public_pem: str) -> CreateApiKeyRequest:
        from kalshi_trade_api.models import CreateApiKeyRequest
        from kalshi_trade_api.types import UNSET

        body = CreateApiKeyRequest(
            name=self.name,
            public_key=public_pem,
            scopes=self.scopes if self.scopes is not None else UNSET,
            subaccount=self.subaccount if self.subaccount is not None else UNSET,
            fcm_subtrader_id=self.fcm_subtrader_id if self.fcm_subtrader_id is not None else UNSET,
        )
        body.additional_properties = dict(self.extra)
        return body


def check_name(value: object) -> str:
    """Raises KalshiConfigurationError for a non-str, empty or control-character name."""
    if not isinstance(value, str):
        raise KalshiConfigurationError(f"name must be a str, not {type(value).__name__}")
    name = value.strip()
    if not name:
        raise KalshiConfigurationError("name must not be empty: it is how you recognise the key in the key list")
    if not name.isprintable():
        raise KalshiConfigurationError("name must not contain control characters")
    return name


def check_scopes(value: object) -> list[ApiKeyScope] | None:
    """None (server default: read and write) or a non-empty list of scope strings.

    Raises:
        KalshiConfigurationError: a bare string; an empty list; a non-str or empty item;
            ``write`` without ``read`` (the server requires both).
    """
    if value is None:
        return None
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise KalshiConfigurationError('scopes must be a list of scope names, e.g. ["read", "write"]')
    from kalshi_trade_api.models import ApiKeyScope

    scopes: list[ApiKeyScope] = []
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise KalshiConfigurationError("every scope must be a non-empty str")
        scope = ApiKeyScope(item.strip())  # unknown values pass: Kalshi adds scopes before the spec lists them
        if scope not in scopes:
            scopes.append(scope)
    if not scopes:
        raise KalshiConfigurationError("scopes must not be empty; omit it for the default (read and write)")
    if "write" in scopes and "read" not in scopes:
        raise KalshiConfigurationError('the "write" scope needs "read" as well (Kalshi rejects write without read)')
    return scopes


def _check_binding(subaccount: object, fcm_subtrader_id: object) -> tuple[int | None, str | None]:
    if subaccount is not None:
        subaccount = check_int("subaccount", subaccount, minimum=0, maximum=63)
    if fcm_subtrader_id is not None:
        if not isinstance(fcm_subtrader_id, str) or not _SUBTRADER.match(fcm_subtrader_id):
            raise KalshiConfigurationError("fcm_subtrader_id must be spelled {your_user_id}_{suffix}")
        if subaccount is not None:
            raise KalshiConfigurationError("subaccount and fcm_subtrader_id are mutually exclusive")
    return subaccount, fcm_subtrader_id


def _unset_to_none(value: Any) -> Any:
    from kalshi_trade_api.types import Unset

    return None if isinstance(value, Unset) else value


def plan_request(
    name: object,
    model: object,
    model_cls: type,
    *,
    key_type: object,
    key_type_default: object,
    scopes: object,
    subaccount: object,
    fcm_subtrader_id: object,
) -> KeyPlan:
    """Validate the request fields, given as keywords or as an official-SDK request model.

    ``name`` may itself be the model (``client.generate_api_key(request, save_to=...)``).

    Raises:
        KalshiConfigurationError: any invalid field; a model and keywords for the same fields.
    """
    label = model_cls.__name__
    if isinstance(name, model_cls):
        if model is not None:
            raise KalshiConfigurationError(f"the {label} was given twice")
        name, model = None, name
    if model is None:
        subaccount, fcm_subtrader_id = _check_binding(subaccount, fcm_subtrader_id)
        return KeyPlan(
            name=check_name(name),
            key_type=check_key_type(key_type) if key_type is not None else None,
            scopes=check_scopes(scopes),
            subaccount=subaccount,
            fcm_subtrader_id=fcm_subtrader_id,
        )
    if not isinstance(model, model_cls):
        raise KalshiConfigurationError(f"expected a {label}, got {type(model).__name__}")
    options = (scopes, subaccount, fcm_subtrader_id)
    if name is not None or key_type != key_type_default or any(v is not None for v in options):
        raise KalshiConfigurationError(f"pass the key's name and options either in the {label} or as keywords")
    fields = {f: _unset_to_none(getattr(model, f, None)) for f in _FIELDS}
    sub, fcm = _check_binding(fields["subaccount"], fields["fcm_subtrader_id"])
    plan = KeyPlan(
        name=check_name(getattr(model, "name", None)),
        key_type=check_key_type(fields["key_type"]) if fields["key_type"] is not None else None,
        scopes=check_scopes(fields["scopes"]),
        subaccount=sub,
        fcm_subtrader_id=fcm,
        extra=dict(getattr(model, "additional_properties", {})),
    )
    plan.public_pem = getattr(model, "public_key", None)
    return plan


def plan_generate(
    name: object, model: object, *, save_to: object, passphrase: object, overwrite: object, **fields: object
) -> KeyPlan:
    """Validate every argument of ``generate_api_key``. Raises: KalshiConfigurationError."""
    from kalshi_trade_api.models import GenerateApiKeyRequest

    plan = plan_request(name, model, GenerateApiKeyRequest, key_type_default="rsa", **fields)
    plan.key_type = plan.key_type or "rsa"
    plan.overwrite = check_bool("overwrite", overwrite)
    plan.passphrase = check_passphrase(passphrase)
    plan.path = resolve_key_path(save_to)
    return plan


def plan_create(
    name: object,
    model: object,
    *,
    save_to: object,
    public_key: object,
    passphrase: object,
    overwrite: object,
    **fields: object,
) -> KeyPlan:
    """Validate every argument of ``create_api_key``. Raises: KalshiConfigurationError."""
    from kalshi_trade_api.models import CreateApiKeyRequest

    plan = plan_request(name, model, CreateApiKeyRequest, key_type_default=None, **fields)
    plan.overwrite = check_bool("overwrite", overwrite)
    if plan.public_pem is not None and public_key is not None:
        raise KalshiConfigurationError("the public key was given twice (public_key and the request's public_key)")
    upload = public_key if public_key is not None else plan.public_pem
    if upload is None:
        if save_to is None:
            raise KalshiConfigurationError(
                "pass save_to (where to keep the private key of the pair made locally) or public_key (to upload)"
            )
        plan.key_type = plan.key_type or "rsa"
        plan.passphrase = check_passphrase(passphrase)
        plan.path = resolve_key_path(save_to)
        return plan
    if save_to is not None or passphrase is not None or plan.overwrite:
        raise KalshiConfigurationError(
            "save_to, passphrase and overwrite apply to a key pair made locally; with public_key nothing is saved"
        )
    plan.public_pem, actual = parse_public_key(upload)
    if plan.key_type is not None and plan.key_type != actual:
        raise KalshiConfigurationError(f"key_type is {plan.key_type!r} but public_key is an {actual} key")
    plan.key_type = actual
    return plan
