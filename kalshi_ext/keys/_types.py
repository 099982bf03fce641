"""What ``generate_api_key`` / ``create_api_key`` return, and the error that keeps a key safe.

Neither type ever shows key material: :class:`SavedApiKey` does not hold it at all, and
:class:`ApiKeySaveError` holds it only on an explicit attribute, outside its message, ``args``
and ``repr()``, and refuses to be pickled or copied.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._errors import KalshiConfigurationError, KalshiError
from .._secrets import NoCopy

if TYPE_CHECKING:
    from .. import AsyncKalshiClient, KalshiClient
    from .._urls import EnvironmentName
    from ._keygen import KeyType

_KEY_OPTIONS = frozenset({"key_id", "private_key", "private_key_path"})


def _client_class(name: str) -> Any:
    """A client class, reached through the public package when it is needed.

    The clients import this package (for their API-key methods); this package never imports a
    client module, so there is no import cycle between them.
    """
    import importlib

    return getattr(importlib.import_module("kalshi_ext"), name)


@dataclass(frozen=True, slots=True)
class SavedApiKey:
    """A new API key and where its private key was saved. Holds no key material.

    Attributes:
        api_key_id: the new key's id (``KALSHI_API_KEY_ID``).
        name: the name given to the key.
        key_type: ``"rsa"`` or ``"ed25519"``.
        path: the absolute path of the private key file (mode 0600); None when a public key
            was uploaded with ``create_api_key(public_key=...)`` (the SDK never saw the private key).
        encrypted: True when the file is an encrypted PKCS#8 PEM (pass the passphrase as
            ``private_key_passphrase`` when loading it).
        warning: the server's warning, if any (e.g. a subtrader missing a risk control).
        environment: ``"production"``, ``"demo"`` or ``"custom"``: where the key was created
            and is valid.
        base_url: the base URL of the client that created it.
    """

    api_key_id: str
    name: str
    key_type: KeyType
    path: Path | None
    encrypted: bool
    environment: EnvironmentName
    base_url: str
    warning: str | None = None

    def _client_kwargs(self, demo: bool | None, options: dict[str, Any]) -> dict[str, Any]:
        clash = sorted(_KEY_OPTIONS.intersection(options))
        if clash:
            raise KalshiConfigurationError(f"the client uses the saved key; do not pass {', '.join(clash)}")
        if self.path is None:
            raise KalshiConfigurationError(
                "this key was created from an uploaded public key, so its private key is not known here: "
                "build the client with KalshiClient(key_id=..., private_key_path=...)"
            )
        kwargs: dict[str, Any] = {"key_id": self.api_key_id, "private_key_path": self.path}
        if demo is not None:
            kwargs["demo"] = demo
        elif "base_url" not in options:
            # A key only works in the environment that created it, so default to that one.
            if self.environment == "custom":
                kwargs.update(base_url=self.base_url, allow_custom_host=True)
            else:
                kwargs["demo"] = self.environment == "demo"
        return {**kwargs, **options}

    def client(self, *, demo: bool | None = None, **options: Any) -> KalshiClient:
        """A :class:`KalshiClient` signing with this key, ready to use.

        ``demo`` defaults to the environment the key was created in (for a custom host, the
        same ``base_url``). ``options`` are other constructor keywords, e.g.
        ``private_key_passphrase`` for an encrypted file, ``timeout`` or ``transport``.

        Raises:
            KalshiConfigurationError: no saved private key (``path`` is None); ``key_id``,
                ``private_key`` or ``private_key_path`` in ``options``; everything the
                constructor raises (e.g. an encrypted file without its passphrase).
        """
        from .. import KalshiClient

        return KalshiClient(**self._client_kwargs(demo, options))

    def async_client(self, *, demo: bool | None = None, **options: Any) -> AsyncKalshiClient:
        """An :class:`AsyncKalshiClient` signing with this key; arguments as for :meth:`client`.

        Raises: as :meth:`client`.
        """
        from .. import AsyncKalshiClient

        return AsyncKalshiClient(**self._client_kwargs(demo, options))

    def env(self) -> dict[str, str]:
        """The ``KALSHI_*`` variables that make ``KalshiClient.from_env()`` use this key (no secrets).

        Raises:
            KalshiConfigurationError: no saved private key (``path`` is None).
        """
        if self.path is None:
            raise KalshiConfigurationError("this key has no saved private key file")
        variables = {"KALSHI_API_KEY_ID": self.api_key_id, "KALSHI_PRIVATE_KEY_PATH": str(self.path)}
        if self.environment != "custom":
            variables["KALSHI_DEMO"] = "1" if self.environment == "demo" else "0"
        return variables


class ApiKeySaveError(NoCopy, KalshiError):
    """The server created an API key but its private key could not be saved.

    The key cannot be downloaded again, so the private key text is kept, only on this error,
    in :attr:`private_key_pem` (never in the message, ``args`` or ``repr()``). Save it now, or
    delete the orphan key (``client.delete_api_key(err.api_key_id)`` or
    ``kalshi-ext keys delete ID``) and try again.

    Attributes:
        api_key_id: the key the server created (None if the answer did not carry one).
        path: where the file should have been written.
        key_type: ``"rsa"`` or ``"ed25519"`` as requested.
        private_key_pem: the private key exactly as the server sent it (unencrypted).
        reason: what went wrong, in a few words (no key material).
    """

    def __init__(
        self,
        message: str,
        *,
        api_key_id: str | None,
        path: Path,
        key_type: KeyType,
        private_key_pem: str,
        reason: str = "",
    ) -> None:
        self.api_key_id = api_key_id
        self.reason = reason
        self.path = path
        self.key_type = key_type
        self._private_key_pem = private_key_pem
        super().__init__(message)

    @property
    def private_key_pem(self) -> str:
        """The unsaved private key (PEM text). Handle it as a secret."""
        return self._private_key_pem

    def __repr__(self) -> str:
        return (
            f"ApiKeySaveError(api_key_id={self.api_key_id!r}, path={str(self.path)!r}, "
            f"key_type={self.key_type!r}, private_key_pem=<redacted>)"
        )
