"""API keys: create, list and delete them, and save a new private key safely.

The client methods (``kalshi.generate_api_key``, ``create_api_key``, ``get_api_keys``,
``delete_api_key``) live here as mixins of :class:`~kalshi_ext.KalshiClient` and
:class:`~kalshi_ext.AsyncKalshiClient`; what they return and raise is public here and in
``kalshi_ext``::

    from kalshi_ext.keys import SavedApiKey, ApiKeySaveError, KeyFileError

Modules: ``_mixins`` (the client methods), ``_plan`` (checks before anything is sent),
``_core`` (the steps after the server answered), ``_types`` (results and errors),
``_keygen`` (key pairs and public keys), ``_keyfile`` (writing a key file: 0600, O_EXCL, fsync,
atomic link). The clients import this package; it never imports them. See docs/api-keys.md.
"""

from __future__ import annotations

from ._keyfile import KeyFileError
from ._types import ApiKeySaveError, SavedApiKey

__all__ = ["ApiKeySaveError", "KeyFileError", "SavedApiKey"]

for _cls in (ApiKeySaveError, KeyFileError, SavedApiKey):
    _cls.__module__ = "kalshi_ext.keys"  # the public path, in tracebacks and reprs
del _cls
