from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = True
#: The statuses this operation documents; a success status outside them has no model to parse into.
DOCUMENTED_STATUSES: frozenset[int] = frozenset(
    {
        201,
        401,
        403,
        429,
        500,
    }
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/api_usage_level/upgrade",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 201:
        return None

    if response.status_code == 401:
        return None

    if response.status_code == 403:
        return None

    if response.status_code == 429:
        return None

    if response.status_code == 500:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Upgrade Account API Usage Level

     Grants a permanent Advanced API usage-level grant. Currently only the Predictions exchange instance
    is supported. Criteria: at least 1 of the user's last 100 Predictions orders was created via API.
    Use Get Account API Limits to inspect the resulting usage tier and grants.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Upgrade Account API Usage Level

     Grants a permanent Advanced API usage-level grant. Currently only the Predictions exchange instance
    is supported. Criteria: at least 1 of the user's last 100 Predictions orders was created via API.
    Use Get Account API Limits to inspect the resulting usage tier and grants.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
