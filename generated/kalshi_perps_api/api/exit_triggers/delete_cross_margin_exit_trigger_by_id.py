from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

if TYPE_CHECKING:
    import httpx

from typing import cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, json_loads

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = True
#: The statuses this operation documents; a success status outside them has no model to parse into.
DOCUMENTED_STATUSES: frozenset[int] = frozenset(
    {
        204,
        400,
        401,
        403,
        404,
        429,
        500,
    }
)


def _get_kwargs(
    ticker: str,
    trigger_id: str,
    *,
    subaccount: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/margin/cross/positions/{ticker}/exit_trigger/{trigger_id}".format(
            ticker=quote(str(ticker), safe=""),
            trigger_id=quote(str(trigger_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(json_loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(json_loads(response.content))

        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ticker: str,
    trigger_id: str,
    *,
    client: AuthenticatedClient | Client,
    subaccount: int | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Cancel Cross Exit Trigger by ID

     Endpoint for cancelling one bracket, leaving any others on the position live. Trailing stops are not
    addressed by id — use the collection route with `kind=trailing`.

    Args:
        ticker (str):
        trigger_id (str):
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        trigger_id=trigger_id,
        subaccount=subaccount,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticker: str,
    trigger_id: str,
    *,
    client: AuthenticatedClient | Client,
    subaccount: int | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Cancel Cross Exit Trigger by ID

     Endpoint for cancelling one bracket, leaving any others on the position live. Trailing stops are not
    addressed by id — use the collection route with `kind=trailing`.

    Args:
        ticker (str):
        trigger_id (str):
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        ticker=ticker,
        trigger_id=trigger_id,
        client=client,
        subaccount=subaccount,
    ).parsed


async def asyncio_detailed(
    ticker: str,
    trigger_id: str,
    *,
    client: AuthenticatedClient | Client,
    subaccount: int | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Cancel Cross Exit Trigger by ID

     Endpoint for cancelling one bracket, leaving any others on the position live. Trailing stops are not
    addressed by id — use the collection route with `kind=trailing`.

    Args:
        ticker (str):
        trigger_id (str):
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        trigger_id=trigger_id,
        subaccount=subaccount,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticker: str,
    trigger_id: str,
    *,
    client: AuthenticatedClient | Client,
    subaccount: int | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Cancel Cross Exit Trigger by ID

     Endpoint for cancelling one bracket, leaving any others on the position live. Trailing stops are not
    addressed by id — use the collection route with `kind=trailing`.

    Args:
        ticker (str):
        trigger_id (str):
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            ticker=ticker,
            trigger_id=trigger_id,
            client=client,
            subaccount=subaccount,
        )
    ).parsed
