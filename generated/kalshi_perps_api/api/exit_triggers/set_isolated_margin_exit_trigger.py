from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.exit_trigger import ExitTrigger
from ...models.set_isolated_exit_trigger_request import SetIsolatedExitTriggerRequest
from ...types import Response, json_loads

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = True
#: The statuses this operation documents; a success status outside them has no model to parse into.
DOCUMENTED_STATUSES: frozenset[int] = frozenset(
    {
        200,
        400,
        401,
        403,
        404,
        409,
        429,
        500,
    }
)


def _get_kwargs(
    ticker: str,
    *,
    body: SetIsolatedExitTriggerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/margin/isolated/positions/{ticker}/exit_trigger".format(
            ticker=quote(str(ticker), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ExitTrigger | None:
    if response.status_code == 200:
        response_200 = ExitTrigger.from_dict(json_loads(response.content))

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

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(json_loads(response.content))

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(json_loads(response.content))

        return response_409

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
) -> Response[ErrorResponse | ExitTrigger]:
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
    body: SetIsolatedExitTriggerRequest,
) -> Response[ErrorResponse | ExitTrigger]:
    """Set Isolated Exit Trigger

     Endpoint for setting a stop-loss / take-profit bracket or a trailing stop on the isolated margin
    position for a market. Requires an open position, closes it in full, and fires reduce-only orders.

    Args:
        ticker (str):
        body (SetIsolatedExitTriggerRequest): For `bracket`, supply `stop_loss_price` and/or
            `take_profit_price`. For `trailing`, supply exactly one of `trail_amount` or `trail_bps`.
            Fields belonging to the other kind are rejected, as is a body that sets neither — cancel
            with `DELETE`. A leg you omit is cleared.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExitTrigger]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetIsolatedExitTriggerRequest,
) -> ErrorResponse | ExitTrigger | None:
    """Set Isolated Exit Trigger

     Endpoint for setting a stop-loss / take-profit bracket or a trailing stop on the isolated margin
    position for a market. Requires an open position, closes it in full, and fires reduce-only orders.

    Args:
        ticker (str):
        body (SetIsolatedExitTriggerRequest): For `bracket`, supply `stop_loss_price` and/or
            `take_profit_price`. For `trailing`, supply exactly one of `trail_amount` or `trail_bps`.
            Fields belonging to the other kind are rejected, as is a body that sets neither — cancel
            with `DELETE`. A leg you omit is cleared.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExitTrigger
    """

    return sync_detailed(
        ticker=ticker,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetIsolatedExitTriggerRequest,
) -> Response[ErrorResponse | ExitTrigger]:
    """Set Isolated Exit Trigger

     Endpoint for setting a stop-loss / take-profit bracket or a trailing stop on the isolated margin
    position for a market. Requires an open position, closes it in full, and fires reduce-only orders.

    Args:
        ticker (str):
        body (SetIsolatedExitTriggerRequest): For `bracket`, supply `stop_loss_price` and/or
            `take_profit_price`. For `trailing`, supply exactly one of `trail_amount` or `trail_bps`.
            Fields belonging to the other kind are rejected, as is a body that sets neither — cancel
            with `DELETE`. A leg you omit is cleared.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExitTrigger]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetIsolatedExitTriggerRequest,
) -> ErrorResponse | ExitTrigger | None:
    """Set Isolated Exit Trigger

     Endpoint for setting a stop-loss / take-profit bracket or a trailing stop on the isolated margin
    position for a market. Requires an open position, closes it in full, and fires reduce-only orders.

    Args:
        ticker (str):
        body (SetIsolatedExitTriggerRequest): For `bracket`, supply `stop_loss_price` and/or
            `take_profit_price`. For `trailing`, supply exactly one of `trail_amount` or `trail_bps`.
            Fields belonging to the other kind are rejected, as is a body that sets neither — cancel
            with `DELETE`. A leg you omit is cleared.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExitTrigger
    """

    return (
        await asyncio_detailed(
            ticker=ticker,
            client=client,
            body=body,
        )
    ).parsed
