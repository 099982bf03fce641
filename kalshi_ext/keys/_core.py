"""The sync/async-neutral part of the API-key methods once arguments are validated (see
:mod:`._apikey_plan`): what happens around and after the server's answer.

Order of work, and why:

* ``generate_api_key``: validate -> prepare the key file (directory created, temporary file
  created 0600: proves it is writable) -> ``POST /api_keys/generate`` -> write and publish the
  file. Only a failure in the last step can orphan a key; then :class:`ApiKeySaveError` carries
  the id and the key text so it is not lost.
* ``create_api_key`` without ``public_key``: validate -> prepare -> make the pair locally ->
  write the private key (fsynced; published at once unless ``overwrite``) -> ``POST /api_keys``.
  The private key is on disk before the server knows the public key. With ``overwrite=True``
  the old file is replaced only after the upload succeeded, so a failed upload leaves it alone.
  A definite upload failure removes the new file; an unknown outcome (timeout, 5xx) keeps it.
"""

from __future__ import annotations

import logging
from typing import Any

from .._errors import KalshiAPIError, KalshiConfigurationError, KalshiResponseError, KalshiTransportError
from .._secrets import UnparsedBody
from ._keyfile import KeyFileError, PendingKeyFile
from ._keygen import (
    KeyType,
    key_type_of,
    new_private_key,
    private_key_file_bytes,
    public_key_pem,
    server_key_file_bytes,
)
from ._plan import KeyPlan, Origin
from ._types import ApiKeySaveError, SavedApiKey

logger = logging.getLogger("kalshi_ext")


def _saved(plan: KeyPlan, origin: Origin, key_id: str, key_type: KeyType, warning: object) -> SavedApiKey:
    return SavedApiKey(
        api_key_id=key_id,
        name=plan.name,
        key_type=key_type,
        path=plan.path,
        encrypted=plan.passphrase is not None and plan.path is not None,
        environment=origin.environment,
        base_url=origin.base_url,
        warning=warning if isinstance(warning, str) and warning else None,
    )


def recover_body(
    exc: KalshiResponseError, captured: UnparsedBody, *, carries_private_key: bool
) -> dict[str, Any] | None:
    """A success answer the generated model rejected (e.g. 200 where the spec says 201): return
    its JSON object if it looks like the expected answer. The unredacted body comes from
    ``captured`` (see :func:`kalshi_ext._secrets.capture_unparsed_body`), never from the error."""
    raw = captured.take()
    body = raw if raw is not None else exc.body
    if not isinstance(body, dict):
        return None
    has_key = "private_key" in body
    if isinstance(body.get("api_key_id"), str) or (carries_private_key and has_key):
        return body
    return None


def note_generate_failure(exc: BaseException, plan: KeyPlan) -> None:
    """Tell the user when a failed generate call may still have created a key."""
    if getattr(exc, "outcome_unknown", False) or isinstance(exc, KalshiResponseError):
        exc.add_note(
            f"The server may have created the key {plan.name!r} anyway, and its private key cannot be "
            "downloaded again: look for it with get_api_keys() (kalshi-ext keys list) and delete it."
        )


def finish_generate(pending: PendingKeyFile, plan: KeyPlan, origin: Origin, answer: dict[str, Any]) -> SavedApiKey:
    """Save the private key the server returned.

    Raises:
        KalshiResponseError: the answer carries no private key (the file is not created).
        ApiKeySaveError: the key exists on the server but its private key could not be saved.
    """
    from .._keys import load_private_key

    raw_id, pem = answer.get("api_key_id"), answer.get("private_key")
    key_id = raw_id.strip() if isinstance(raw_id, str) and raw_id.strip() else None
    assert plan.path is not None and plan.key_type is not None
    orphan = f"delete the orphan key with delete_api_key({key_id!r}) (kalshi-ext keys delete {key_id})"
    if not isinstance(pem, str) or not pem.strip():
        pending.abort()
        raise KalshiResponseError(f"the server created API key {key_id} but sent no private key; {orphan}")

    def keep(reason: str) -> ApiKeySaveError:
        return ApiKeySaveError(
            f"API key {key_id} was created on the server, but its private key could not be saved to {plan.path}: "
            f"{reason}. The private key was not lost: it is on this error's .private_key_pem attribute (only "
            f"there). Save it now, or {orphan}.",
            api_key_id=key_id,
            path=plan.path,  # type: ignore[arg-type]
            key_type=plan.key_type,  # type: ignore[arg-type]
            private_key_pem=pem or "",
            reason=reason,
        )

    try:
        key = load_private_key(private_key=pem)
        data = server_key_file_bytes(pem, key, plan.passphrase)
    except (KalshiConfigurationError, UnicodeError):
        pending.abort()
        raise keep("the server sent something that is not an RSA or Ed25519 PEM private key") from None
    if key_id is None:
        pending.abort()
        raise keep("the answer carried no api_key_id")
    try:
        pending.commit(data)
    except KeyFileError as exc:
        raise keep(str(exc)) from exc
    # Saved: drop the key text from this frame and from the caller's answer dict, so an error
    # reporter capturing frame locals after this point sees no key material.
    kind = key_type_of(key)
    answer.pop("private_key", None)
    pem = ""  # (a closure cell: rebound rather than deleted)
    del data, key
    logger.info("API key %s (%s) generated; private key saved to %s", key_id, kind, plan.path)
    return _saved(plan, origin, key_id, kind, answer.get("warning"))


def stage_local_key(pending: PendingKeyFile, plan: KeyPlan) -> str:
    """Make the key pair, write the private key (published unless overwriting); return the public PEM.

    Raises:
        KeyFileError: the file could not be written (nothing was sent to the server).
    """
    assert plan.key_type is not None
    key = new_private_key(plan.key_type)
    pending.write(private_key_file_bytes(key, plan.passphrase))
    if not plan.overwrite:
        pending.publish()
    return public_key_pem(key)


def _definitely_not_created(exc: BaseException) -> bool:
    if isinstance(exc, KalshiAPIError | KalshiTransportError):
        return not exc.outcome_unknown
    return isinstance(exc, KalshiConfigurationError)  # refused before sending


def upload_failed(exc: BaseException, pending: PendingKeyFile, plan: KeyPlan) -> None:
    """Clean up after a failed ``POST /api_keys`` and say on ``exc`` what happened to the file."""
    if not _definitely_not_created(exc):
        kept = pending.target if pending.published else pending.temp
        pending.release()
        exc.add_note(
            f"The server may have registered the key {plan.name!r} anyway, so its private key was kept at "
            f"{kept}. Check get_api_keys() (kalshi-ext keys list); if the key is not there, delete the file."
        )
        return
    published = pending.published
    problem = pending.discard()
    if not published:
        exc.add_note(f"The server did not register the key; nothing was written to {plan.path}.")
    elif problem is None:
        exc.add_note(
            f"The server did not register the key, so the private key file made for it ({plan.path}) was removed."
        )
    else:
        exc.add_note(
            f"The server did not register the key; the private key file {plan.path} made for it could not be "
            f"removed ({problem}): delete it."
        )


def finish_create(pending: PendingKeyFile | None, plan: KeyPlan, origin: Origin, answer: dict[str, Any]) -> SavedApiKey:
    """Give an overwriting key file its final name once the server registered the public key.

    Raises:
        KalshiResponseError: the answer carries no ``api_key_id``.
        KeyFileError: the key is registered but the file could not be moved into place (the
            message says where the private key is).
    """
    raw_id = answer.get("api_key_id")
    if not isinstance(raw_id, str) or not raw_id.strip():
        where = f"; its private key is in {pending.target if pending.published else pending.temp}" if pending else ""
        if pending is not None:
            pending.release()
        raise KalshiResponseError(f"the server registered the key {plan.name!r} but sent no api_key_id{where}")
    key_id = raw_id.strip()
    if pending is not None and not pending.published:
        try:
            pending.publish(keep_on_failure=True)
        except KeyFileError as exc:
            raise KeyFileError(
                f"API key {key_id} was registered, but {exc}; its private key is in {pending.temp}: move it yourself",
                path=pending.temp,
            ) from exc
    assert plan.key_type is not None
    if pending is not None:
        logger.info("API key %s (%s) created; private key saved to %s", key_id, plan.key_type, plan.path)
    else:
        logger.info("API key %s (%s) created from the given public key", key_id, plan.key_type)
    return _saved(plan, origin, key_id, plan.key_type, answer.get("warning"))
