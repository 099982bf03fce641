from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.exit_trigger_kind import ExitTriggerKind
from ...models.get_exit_triggers_response import GetExitTriggersResponse
from ...types import UNSET, Response, Unset, json_loads

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = True
#: The statuses this operation documents; a success status outside them has no model to parse into.
DOCUMENTED_STATUSES: frozenset[int] = frozenset(
    {
        200,
        400,
        401,
        403,
        429,
        500,
    }
)


def _get_kwargs(
    ticker: str,
    *,
    subaccount: int | Unset = UNSET,
    kind: ExitTriggerKind | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/margin/cross/positions/{ticker}/exit_trigger".format(
            ticker=quote(str(ticker), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetExitTriggersResponse | None:
    if response.status_code == 200:
        response_200 = GetExitTriggersResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_loads(response.content))

        return response_400

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
) -> Response[ErrorResponse | GetExitTriggersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    subaccount: int | Unset = UNSET,
    kind: ExitTriggerKind | Unset = UNSET,
) -> Response[ErrorResponse | GetExitTriggersResponse]:
    """Get Cross Exit Triggers

     Endpoint for retrieving the live exit triggers on a non-isolated margin position.

    Args:
        ticker (str):
        subaccount (int | Unset):
        kind (ExitTriggerKind | Unset): Trigger family. `bracket` is a stop-loss / take-profit
            pair; `trailing` is a trailing stop whose stop level ratchets with the liquidation mark.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetExitTriggersResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        subaccount=subaccount,
        kind=kind,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    subaccount: int | Unset = UNSET,
    kind: ExitTriggerKind | Unset = UNSET,
) -> ErrorResponse | GetExitTriggersResponse | None:
    """Get Cross Exit Triggers

     Endpoint for retrieving the live exit triggers on a non-isolated margin position.

    Args:
        ticker (str):
        subaccount (int | Unset):
        kind (ExitTriggerKind | Unset): Trigger family. `bracket` is a stop-loss / take-profit
            pair; `trailing` is a trailing stop whose stop level ratchets with the liquidation mark.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetExitTriggersResponse
    """

    return sync_detailed(
        ticker=ticker,
        client=client,
        subaccount=subaccount,
        kind=kind,
    ).parsed


async def asyncio_detailed(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    subaccount: int | Unset = UNSET,
    kind: ExitTriggerKind | Unset = UNSET,
) -> Response[ErrorResponse | GetExitTriggersResponse]:
    """Get Cross Exit Triggers

     Endpoint for retrieving the live exit triggers on a non-isolated margin position.

    Args:
        ticker (str):
        subaccount (int | Unset):
        kind (ExitTriggerKind | Unset): Trigger family. `bracket` is a stop-loss / take-profit
            pair; `trailing` is a trailing stop whose stop level ratchets with the liquidation mark.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetExitTriggersResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        subaccount=subaccount,
        kind=kind,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    subaccount: int | Unset = UNSET,
    kind: ExitTriggerKind | Unset = UNSET,
) -> ErrorResponse | GetExitTriggersResponse | None:
    """Get Cross Exit Triggers

     Endpoint for retrieving the live exit triggers on a non-isolated margin position.

    Args:
        ticker (str):
        subaccount (int | Unset):
        kind (ExitTriggerKind | Unset): Trigger family. `bracket` is a stop-loss / take-profit
            pair; `trailing` is a trailing stop whose stop level ratchets with the liquidation mark.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetExitTriggersResponse
    """

    return (
        await asyncio_detailed(
            ticker=ticker,
            client=client,
            subaccount=subaccount,
            kind=kind,
        )
    ).parsed
