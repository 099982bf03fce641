"""Merging ``from_env`` keyword options with what the environment provided."""

from __future__ import annotations

from typing import Any

from ._errors import KalshiConfigurationError
from ._validate import check_bool

_CREDENTIAL_OPTIONS = frozenset(
    {"key_id", "private_key", "private_key_path", "private_key_passphrase", "admin_user_id", "access_token"}
)


def env_client_options(options: dict[str, Any], demo: bool | None, env_demo: bool | None) -> dict[str, Any]:
    """Return constructor keywords: ``options`` plus the resolved ``demo`` flag.

    An explicit ``demo`` argument wins over the environment's ``*_DEMO`` variable.

    Raises:
        KalshiConfigurationError: credentials passed as options (from_env reads them from the
            environment; pass them to the constructor instead), or a non-bool ``demo``.
    """
    clash = sorted(_CREDENTIAL_OPTIONS.intersection(options))
    if clash:
        raise KalshiConfigurationError(
            f"from_env() reads credentials from the environment; pass {', '.join(clash)} to the constructor instead"
        )
    if demo is not None:
        check_bool("demo", demo)
    resolved = demo if demo is not None else (env_demo if env_demo is not None else False)
    return {**options, "demo": resolved}
