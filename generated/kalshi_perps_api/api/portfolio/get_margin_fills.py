from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_margin_fills_response import GetMarginFillsResponse
from ...types import UNSET, Response, Unset, json_loads

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = True
#: The statuses this operation documents; a success status outside them has no model to parse into.
DOCUMENTED_STATUSES: frozenset[int] = frozenset(
    {
        200,
        400,
        401,
        500,
    }
)


def _get_kwargs(
    *,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params["limit"] = limit

    params["cursor"] = cursor

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/margin/fills",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetMarginFillsResponse | None:
    if response.status_code == 200:
        response_200 = GetMarginFillsResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(json_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetMarginFillsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
) -> Response[ErrorResponse | GetMarginFillsResponse]:
    """Get Fills

     Endpoint for retrieving the authenticated user's margin fills.
    Registered partners may also use a user OAuth access token with the explicitly granted
    read::compliance_partner scope.

    Args:
        subaccount (int | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMarginFillsResponse]
    """

    kwargs = _get_kwargs(
        subaccount=subaccount,
        limit=limit,
        cursor=cursor,
        min_ts=min_ts,
        max_ts=max_ts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
) -> ErrorResponse | GetMarginFillsResponse | None:
    """Get Fills

     Endpoint for retrieving the authenticated user's margin fills.
    Registered partners may also use a user OAuth access token with the explicitly granted
    read::compliance_partner scope.

    Args:
        subaccount (int | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMarginFillsResponse
    """

    return sync_detailed(
        client=client,
        subaccount=subaccount,
        limit=limit,
        cursor=cursor,
        min_ts=min_ts,
        max_ts=max_ts,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
) -> Response[ErrorResponse | GetMarginFillsResponse]:
    """Get Fills

     Endpoint for retrieving the authenticated user's margin fills.
    Registered partners may also use a user OAuth access token with the explicitly granted
    read::compliance_partner scope.

    Args:
        subaccount (int | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMarginFillsResponse]
    """

    kwargs = _get_kwargs(
        subaccount=subaccount,
        limit=limit,
        cursor=cursor,
        min_ts=min_ts,
        max_ts=max_ts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
) -> ErrorResponse | GetMarginFillsResponse | None:
    """Get Fills

     Endpoint for retrieving the authenticated user's margin fills.
    Registered partners may also use a user OAuth access token with the explicitly granted
    read::compliance_partner scope.

    Args:
        subaccount (int | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMarginFillsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            subaccount=subaccount,
            limit=limit,
            cursor=cursor,
            min_ts=min_ts,
            max_ts=max_ts,
        )
    ).parsed
