"""Client-level API-key methods, named as in Kalshi's official SDK: ``generate_api_key``,
``create_api_key``, ``get_api_keys``, ``delete_api_key``. Mixed into :class:`KalshiClient`
and :class:`AsyncKalshiClient`; the HTTP calls go through the generated ``api_keys`` facade
(signed, safely retried, errors mapped). The decisions live in :mod:`._apikey_core`.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .._errors import KalshiConfigurationError, KalshiResponseError
from .._secrets import capture_unparsed_body
from .._validate import check_identifier
from ._core import (
    finish_create,
    finish_generate,
    note_generate_failure,
    recover_body,
    stage_local_key,
    upload_failed,
)
from ._keyfile import PendingKeyFile
from ._plan import Origin, plan_create, plan_generate
from ._types import SavedApiKey

if TYPE_CHECKING:
    from kalshi_ext_resources.trade.api_keys import ApiKeysResource, AsyncApiKeysResource
    from kalshi_trade_api.models import CreateApiKeyRequest, GenerateApiKeyRequest, GetApiKeysResponse

    from .._signing import RequestSigner
    from .._urls import EnvironmentName
    from ._keygen import PublicKey

_GENERATE_DOC = """Have the server make a key pair and save its private key to ``save_to``.

        Calls ``POST /api_keys/generate``. The file is written atomically with mode 0600 (missing
        parent directories are created with mode 0700); ``~`` is expanded and a relative path is
        taken relative to the current working directory. The result holds the key id, path and
        type, never the key; ``result.client()`` signs with the new key at once.

        Args:
            name: the key's name (or a ``GenerateApiKeyRequest``, as in the official SDK).
            save_to: the private key file to create.
            key_type: ``"rsa"`` (default) or ``"ed25519"``.
            passphrase: encrypt the file (PKCS#8, both key types); None writes it unencrypted.
            overwrite: replace an existing file (atomically) instead of refusing.
            scopes: e.g. ``["read"]``; None for the server default (read and write).
            subaccount: restrict the key to one sub-account (0-63).
            fcm_subtrader_id: bind the key to an FCM subtrader (FCM members only).
            generate_api_key_request: the request as a model instead of the keywords above.

        Raises:
            KalshiConfigurationError: any invalid argument or a client without credentials
                (before anything is created).
            KeyFileError: the target exists (without ``overwrite``), is a directory, or its
                directory cannot be created or written (before the server is called).
            KalshiAPIError, KalshiTransportError: the server refused or could not be reached;
                a note on the error says if a key may have been created anyway.
            ApiKeySaveError: the key was created but could not be saved; the error carries the
                key id and, on ``.private_key_pem`` only, the private key.
        """

_CREATE_DOC = """Register a key whose pair is made locally (or whose public key you give).

        Without ``public_key``: makes an RSA-2048 or Ed25519 pair, saves the private key to
        ``save_to`` exactly as :meth:`generate_api_key` does, then uploads the public key
        (``POST /api_keys``). If the server definitely did not register it, the file is removed;
        if the outcome is unknown (timeout, 5xx) the file is kept and a note says so. With
        ``overwrite=True`` the old file is only replaced once the upload succeeded.

        With ``public_key`` (PEM text or a public key object): uploads it; nothing is saved and
        ``result.path`` is None. ``key_type`` is then inferred (and checked if given).

        Args: as :meth:`generate_api_key`, plus ``public_key`` and ``create_api_key_request``
            (a ``CreateApiKeyRequest``, which carries its own public key).

        Raises:
            KalshiConfigurationError: invalid arguments (a private key passed as ``public_key``
                is refused and never sent); a client without credentials.
            KeyFileError: as for :meth:`generate_api_key` (nothing is uploaded).
            KalshiAPIError, KalshiTransportError: the upload failed; a note says what happened
                to the private key file.
        """


def _origin(client: Any) -> Origin:
    if client.signer is None:
        raise KalshiConfigurationError(
            "managing API keys needs an authenticated client: pass key_id and private_key (or private_key_path), "
            "or set KALSHI_API_KEY_ID and KALSHI_PRIVATE_KEY_PATH and use from_env()"
        )
    return Origin(client.environment, client.base_url)


def _check_api_key_id(api_key: object) -> str:
    return check_identifier("api_key", api_key)


def _list_filter(fcm_subtrader_id: str | None) -> Any:
    from kalshi_trade_api.types import UNSET

    if fcm_subtrader_id is None:
        return UNSET
    return check_identifier("fcm_subtrader_id", fcm_subtrader_id)


class ApiKeysMixin:
    """API-key management for :class:`KalshiClient`."""

    if TYPE_CHECKING:

        @property
        def api_keys(self) -> ApiKeysResource: ...
        @property
        def signer(self) -> RequestSigner | None: ...
        @property
        def base_url(self) -> str: ...
        @property
        def environment(self) -> EnvironmentName: ...

    def generate_api_key(
        self,
        name: str | GenerateApiKeyRequest | None = None,
        *,
        save_to: str | os.PathLike[str],
        key_type: str = "rsa",
        passphrase: str | bytes | None = None,
        overwrite: bool = False,
        scopes: Iterable[str] | None = None,
        subaccount: int | None = None,
        fcm_subtrader_id: str | None = None,
        generate_api_key_request: GenerateApiKeyRequest | None = None,
    ) -> SavedApiKey:
        plan = plan_generate(
            name,
            generate_api_key_request,
            save_to=save_to,
            passphrase=passphrase,
            overwrite=overwrite,
            key_type=key_type,
            scopes=scopes,
            subaccount=subaccount,
            fcm_subtrader_id=fcm_subtrader_id,
        )
        origin = _origin(self)
        assert plan.path is not None
        pending = PendingKeyFile.prepare(plan.path, overwrite=plan.overwrite)
        try:
            with capture_unparsed_body() as captured:
                answer: dict[str, Any] | None = self.api_keys.generate(body=plan.generate_body()).to_dict()
        except KalshiResponseError as exc:
            answer = recover_body(exc, captured, carries_private_key=True)
            if answer is None:
                pending.abort()
                note_generate_failure(exc, plan)
                raise
        except BaseException as exc:
            pending.abort()
            note_generate_failure(exc, plan)
            raise
        assert answer is not None  # the handlers above re-raise otherwise
        return finish_generate(pending, plan, origin, answer)

    generate_api_key.__doc__ = _GENERATE_DOC

    def create_api_key(
        self,
        name: str | CreateApiKeyRequest | None = None,
        *,
        save_to: str | os.PathLike[str] | None = None,
        public_key: str | bytes | PublicKey | None = None,
        key_type: str | None = None,
        passphrase: str | bytes | None = None,
        overwrite: bool = False,
        scopes: Iterable[str] | None = None,
        subaccount: int | None = None,
        fcm_subtrader_id: str | None = None,
        create_api_key_request: CreateApiKeyRequest | None = None,
    ) -> SavedApiKey:
        plan = plan_create(
            name,
            create_api_key_request,
            save_to=save_to,
            public_key=public_key,
            passphrase=passphrase,
            overwrite=overwrite,
            key_type=key_type,
            scopes=scopes,
            subaccount=subaccount,
            fcm_subtrader_id=fcm_subtrader_id,
        )
        origin = _origin(self)
        pending = None
        public_pem = plan.public_pem
        if plan.path is not None:
            pending = PendingKeyFile.prepare(plan.path, overwrite=plan.overwrite)
            try:
                public_pem = stage_local_key(pending, plan)
            except BaseException:
                pending.abort()
                raise
        assert public_pem is not None
        try:
            with capture_unparsed_body() as captured:
                answer: dict[str, Any] | None = self.api_keys.create(body=plan.create_body(public_pem)).to_dict()
        except KalshiResponseError as exc:
            answer = recover_body(exc, captured, carries_private_key=False)
            if answer is None:
                if pending is not None:
                    upload_failed(exc, pending, plan)
                raise
        except BaseException as exc:
            if pending is not None:
                upload_failed(exc, pending, plan)
            raise
        assert answer is not None  # the handlers above re-raise otherwise
        return finish_create(pending, plan, origin, answer)

    create_api_key.__doc__ = _CREATE_DOC

    def get_api_keys(self, *, fcm_subtrader_id: str | None = None) -> GetApiKeysResponse:
        """List this user's API keys (``GET /api_keys``); ``.api_keys`` holds id, name and scopes.

        Raises:
            KalshiConfigurationError: a client without credentials; a bad ``fcm_subtrader_id``.
            KalshiAPIError, KalshiTransportError: the request failed.
        """
        return self.api_keys.list(fcm_subtrader_id=_list_filter(fcm_subtrader_id))

    def delete_api_key(self, api_key: str) -> None:
        """Delete an API key for good (``DELETE /api_keys/{api_key}``); ``api_key`` is its id.

        Raises:
            KalshiConfigurationError: an empty id; a client without credentials.
            NotFoundError: no such key. Other KalshiAPIError, KalshiTransportError: as usual.
        """
        self.api_keys.delete(_check_api_key_id(api_key))


class AsyncApiKeysMixin:
    """API-key management for :class:`AsyncKalshiClient`; file work runs in a worker thread."""

    if TYPE_CHECKING:

        @property
        def api_keys(self) -> AsyncApiKeysResource: ...
        @property
        def signer(self) -> RequestSigner | None: ...
        @property
        def base_url(self) -> str: ...
        @property
        def environment(self) -> EnvironmentName: ...

    async def generate_api_key(
        self,
        name: str | GenerateApiKeyRequest | None = None,
        *,
        save_to: str | os.PathLike[str],
        key_type: str = "rsa",
        passphrase: str | bytes | None = None,
        overwrite: bool = False,
        scopes: Iterable[str] | None = None,
        subaccount: int | None = None,
        fcm_subtrader_id: str | None = None,
        generate_api_key_request: GenerateApiKeyRequest | None = None,
    ) -> SavedApiKey:
        plan = plan_generate(
            name,
            generate_api_key_request,
            save_to=save_to,
            passphrase=passphrase,
            overwrite=overwrite,
            key_type=key_type,
            scopes=scopes,
            subaccount=subaccount,
            fcm_subtrader_id=fcm_subtrader_id,
        )
        origin = _origin(self)
        assert plan.path is not None
        pending = await asyncio.to_thread(PendingKeyFile.prepare, plan.path, overwrite=plan.overwrite)
        try:
            with capture_unparsed_body() as captured:
                answer: dict[str, Any] | None = (await self.api_keys.generate(body=plan.generate_body())).to_dict()
        except KalshiResponseError as exc:
            answer = recover_body(exc, captured, carries_private_key=True)
            if answer is None:
                pending.abort()
                note_generate_failure(exc, plan)
                raise
        except BaseException as exc:
            pending.abort()
            note_generate_failure(exc, plan)
            raise
        assert answer is not None  # the handlers above re-raise otherwise
        return await asyncio.to_thread(finish_generate, pending, plan, origin, answer)

    generate_api_key.__doc__ = _GENERATE_DOC

    async def create_api_key(
        self,
        name: str | CreateApiKeyRequest | None = None,
        *,
        save_to: str | os.PathLike[str] | None = None,
        public_key: str | bytes | PublicKey | None = None,
        key_type: str | None = None,
        passphrase: str | bytes | None = None,
        overwrite: bool = False,
        scopes: Iterable[str] | None = None,
        subaccount: int | None = None,
        fcm_subtrader_id: str | None = None,
        create_api_key_request: CreateApiKeyRequest | None = None,
    ) -> SavedApiKey:
        plan = plan_create(
            name,
            create_api_key_request,
            save_to=save_to,
            public_key=public_key,
            passphrase=passphrase,
            overwrite=overwrite,
            key_type=key_type,
            scopes=scopes,
            subaccount=subaccount,
            fcm_subtrader_id=fcm_subtrader_id,
        )
        origin = _origin(self)
        pending = None
        public_pem = plan.public_pem
        if plan.path is not None:
            pending = await asyncio.to_thread(PendingKeyFile.prepare, plan.path, overwrite=plan.overwrite)
            try:
                public_pem = await asyncio.to_thread(stage_local_key, pending, plan)
            except BaseException:
                pending.abort()
                raise
        assert public_pem is not None
        try:
            with capture_unparsed_body() as captured:
                created = await self.api_keys.create(body=plan.create_body(public_pem))
                answer: dict[str, Any] | None = created.to_dict()
        except KalshiResponseError as exc:
            answer = recover_body(exc, captured, carries_private_key=False)
            if answer is None:
                if pending is not None:
                    upload_failed(exc, pending, plan)
                raise
        except BaseException as exc:
            if pending is not None:
                upload_failed(exc, pending, plan)
            raise
        assert answer is not None  # the handlers above re-raise otherwise
        return await asyncio.to_thread(finish_create, pending, plan, origin, answer)

    create_api_key.__doc__ = _CREATE_DOC

    async def get_api_keys(self, *, fcm_subtrader_id: str | None = None) -> GetApiKeysResponse:
        """List this user's API keys (``GET /api_keys``). Raises: as :meth:`KalshiClient.get_api_keys`."""
        return await self.api_keys.list(fcm_subtrader_id=_list_filter(fcm_subtrader_id))

    async def delete_api_key(self, api_key: str) -> None:
        """Delete an API key for good. Raises: as :meth:`KalshiClient.delete_api_key`."""
        await self.api_keys.delete(_check_api_key_id(api_key))
