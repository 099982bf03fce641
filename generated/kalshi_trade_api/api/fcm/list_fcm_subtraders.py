from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_fcm_subtraders_response import ListFCMSubtradersResponse
from ...types import Response, json_loads

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = True
#: The statuses this operation documents; a success status outside them has no model to parse into.
DOCUMENTED_STATUSES: frozenset[int] = frozenset(
    {
        200,
        401,
        403,
        500,
    }
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fcm/subtraders",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListFCMSubtradersResponse | None:
    if response.status_code == 200:
        response_200 = ListFCMSubtradersResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(json_loads(response.content))

        return response_403

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(json_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListFCMSubtradersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ListFCMSubtradersResponse]:
    """List FCM Subtraders

     Lists the authenticated FCM's event-contract subtraders, including accounts with
    no trades. Exchange metadata is asynchronous, so newly created accounts may not
    appear immediately. Trading block status includes firm-wide and Kalshi restrictions;
    fcm_trading_blocked identifies the FCM's own per-subtrader restriction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListFCMSubtradersResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | ListFCMSubtradersResponse | None:
    """List FCM Subtraders

     Lists the authenticated FCM's event-contract subtraders, including accounts with
    no trades. Exchange metadata is asynchronous, so newly created accounts may not
    appear immediately. Trading block status includes firm-wide and Kalshi restrictions;
    fcm_trading_blocked identifies the FCM's own per-subtrader restriction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListFCMSubtradersResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ListFCMSubtradersResponse]:
    """List FCM Subtraders

     Lists the authenticated FCM's event-contract subtraders, including accounts with
    no trades. Exchange metadata is asynchronous, so newly created accounts may not
    appear immediately. Trading block status includes firm-wide and Kalshi restrictions;
    fcm_trading_blocked identifies the FCM's own per-subtrader restriction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListFCMSubtradersResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | ListFCMSubtradersResponse | None:
    """List FCM Subtraders

     Lists the authenticated FCM's event-contract subtraders, including accounts with
    no trades. Exchange metadata is asynchronous, so newly created accounts may not
    appear immediately. Trading block status includes firm-wide and Kalshi restrictions;
    fcm_trading_blocked identifies the FCM's own per-subtrader restriction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListFCMSubtradersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
