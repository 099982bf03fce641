from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_margin_balance_response import GetMarginBalanceResponse
from ...types import UNSET, Response, Unset, json_loads

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = True
#: The statuses this operation documents; a success status outside them has no model to parse into.
DOCUMENTED_STATUSES: frozenset[int] = frozenset(
    {
        200,
        401,
        403,
        429,
        500,
    }
)


def _get_kwargs(
    *,
    compute_available_balance: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["compute_available_balance"] = compute_available_balance

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/margin/balance",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetMarginBalanceResponse | None:
    if response.status_code == 200:
        response_200 = GetMarginBalanceResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(json_loads(response.content))

        return response_403

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(json_loads(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(json_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetMarginBalanceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    compute_available_balance: bool | Unset = False,
) -> Response[ErrorResponse | GetMarginBalanceResponse]:
    """Get Balance

     Endpoint for retrieving the balance breakdown for the authenticated direct margin user. Returns cash
    balance (aggregate and per-subaccount), position value, total balance, and maintenance margin
    requirement.

    Args:
        compute_available_balance (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMarginBalanceResponse]
    """

    kwargs = _get_kwargs(
        compute_available_balance=compute_available_balance,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    compute_available_balance: bool | Unset = False,
) -> ErrorResponse | GetMarginBalanceResponse | None:
    """Get Balance

     Endpoint for retrieving the balance breakdown for the authenticated direct margin user. Returns cash
    balance (aggregate and per-subaccount), position value, total balance, and maintenance margin
    requirement.

    Args:
        compute_available_balance (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMarginBalanceResponse
    """

    return sync_detailed(
        client=client,
        compute_available_balance=compute_available_balance,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    compute_available_balance: bool | Unset = False,
) -> Response[ErrorResponse | GetMarginBalanceResponse]:
    """Get Balance

     Endpoint for retrieving the balance breakdown for the authenticated direct margin user. Returns cash
    balance (aggregate and per-subaccount), position value, total balance, and maintenance margin
    requirement.

    Args:
        compute_available_balance (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMarginBalanceResponse]
    """

    kwargs = _get_kwargs(
        compute_available_balance=compute_available_balance,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    compute_available_balance: bool | Unset = False,
) -> ErrorResponse | GetMarginBalanceResponse | None:
    """Get Balance

     Endpoint for retrieving the balance breakdown for the authenticated direct margin user. Returns cash
    balance (aggregate and per-subaccount), position value, total balance, and maintenance margin
    requirement.

    Args:
        compute_available_balance (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMarginBalanceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            compute_available_balance=compute_available_balance,
        )
    ).parsed
