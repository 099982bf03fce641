from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_fcm_position_transfer_request import CreateFCMPositionTransferRequest
from ...models.create_fcm_position_transfer_response import CreateFCMPositionTransferResponse
from ...models.error_response import ErrorResponse
from ...types import Response, json_loads

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = True
#: The statuses this operation documents; a success status outside them has no model to parse into.
DOCUMENTED_STATUSES: frozenset[int] = frozenset(
    {
        201,
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
    *,
    body: CreateFCMPositionTransferRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fcm/positions/transfers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateFCMPositionTransferResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CreateFCMPositionTransferResponse.from_dict(json_loads(response.content))

        return response_201

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
) -> Response[CreateFCMPositionTransferResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFCMPositionTransferRequest,
) -> Response[CreateFCMPositionTransferResponse | ErrorResponse]:
    """Create FCM Position Transfer

     Endpoint for FCM members to move a position in one market from one of their subtraders into a
    subtrader under their FCM's error account.

    **This endpoint must be enabled for your FCM by Kalshi.** Kalshi enables it by configuring the
    error account that receives transferred positions and gives you that account's user id, which
    prefixes `target_subtrader_id`. Contact Kalshi to enable it; until then, requests return 400.

    - The destination is always your FCM's error account. `target_subtrader_id` picks the subtrader
      under it, which is created on first use.
    - Each request moves one market for one source subtrader. To move many positions, send one
      request per subtrader and market.
    - The transfer is booked like a trade at `price_centicents`, which is always the YES price, even
      when moving NO. No fee is charged and no fill is created. For YES, the error account pays the
      price per contract; for NO, it pays $1 minus the price per contract. The FCM receives the same
      amount. Use 0 for YES or 10000 for NO to move no cash. These amounts assume the source holds
      the side being moved and the target subtrader holds no opposite position in that market;
      otherwise the positions net like a trade and the balance changes differ.
    - The source's current position is not checked. A request for more than the source holds, or
      with the opposite sign, flips or grows the source's position.
    - Requests are not idempotent. After a timeout or 5xx, check the position before retrying.
    - The market must be open, neither account may be blocked, and the error account must have
      enough available balance on the market's exchange index to pay for the transfer. Otherwise
      the request returns 409.

    **Example: moving YES.** A customer subtrader holds 10 YES contracts. Send
    `position_centicount` 1000 and `price_centicents` 4500 (YES at 45 cents):
    - The customer subtrader goes from 10 YES to 0, and the error account subtrader from 0 to 10 YES.
    - The error account pays 10 x $0.45 = $4.50 and the FCM receives $4.50.
    - Sending `price_centicents` 0 instead moves the position with no cash.

    **Example: moving NO.** A customer subtrader holds 5 NO contracts. Send `position_centicount`
    -500 and `price_centicents` 7000 (YES at 70 cents, so NO at 30 cents):
    - The customer subtrader goes from 5 NO to 0, and the error account subtrader from 0 to 5 NO.
    - The error account pays 5 x $0.30 = $1.50 and the FCM receives $1.50.
    - Sending `price_centicents` 10000 instead moves the position with no cash. Sending 0 makes the
      error account pay the full $1 per contract ($5.00).

    Args:
        body (CreateFCMPositionTransferRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateFCMPositionTransferResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFCMPositionTransferRequest,
) -> CreateFCMPositionTransferResponse | ErrorResponse | None:
    """Create FCM Position Transfer

     Endpoint for FCM members to move a position in one market from one of their subtraders into a
    subtrader under their FCM's error account.

    **This endpoint must be enabled for your FCM by Kalshi.** Kalshi enables it by configuring the
    error account that receives transferred positions and gives you that account's user id, which
    prefixes `target_subtrader_id`. Contact Kalshi to enable it; until then, requests return 400.

    - The destination is always your FCM's error account. `target_subtrader_id` picks the subtrader
      under it, which is created on first use.
    - Each request moves one market for one source subtrader. To move many positions, send one
      request per subtrader and market.
    - The transfer is booked like a trade at `price_centicents`, which is always the YES price, even
      when moving NO. No fee is charged and no fill is created. For YES, the error account pays the
      price per contract; for NO, it pays $1 minus the price per contract. The FCM receives the same
      amount. Use 0 for YES or 10000 for NO to move no cash. These amounts assume the source holds
      the side being moved and the target subtrader holds no opposite position in that market;
      otherwise the positions net like a trade and the balance changes differ.
    - The source's current position is not checked. A request for more than the source holds, or
      with the opposite sign, flips or grows the source's position.
    - Requests are not idempotent. After a timeout or 5xx, check the position before retrying.
    - The market must be open, neither account may be blocked, and the error account must have
      enough available balance on the market's exchange index to pay for the transfer. Otherwise
      the request returns 409.

    **Example: moving YES.** A customer subtrader holds 10 YES contracts. Send
    `position_centicount` 1000 and `price_centicents` 4500 (YES at 45 cents):
    - The customer subtrader goes from 10 YES to 0, and the error account subtrader from 0 to 10 YES.
    - The error account pays 10 x $0.45 = $4.50 and the FCM receives $4.50.
    - Sending `price_centicents` 0 instead moves the position with no cash.

    **Example: moving NO.** A customer subtrader holds 5 NO contracts. Send `position_centicount`
    -500 and `price_centicents` 7000 (YES at 70 cents, so NO at 30 cents):
    - The customer subtrader goes from 5 NO to 0, and the error account subtrader from 0 to 5 NO.
    - The error account pays 5 x $0.30 = $1.50 and the FCM receives $1.50.
    - Sending `price_centicents` 10000 instead moves the position with no cash. Sending 0 makes the
      error account pay the full $1 per contract ($5.00).

    Args:
        body (CreateFCMPositionTransferRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateFCMPositionTransferResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFCMPositionTransferRequest,
) -> Response[CreateFCMPositionTransferResponse | ErrorResponse]:
    """Create FCM Position Transfer

     Endpoint for FCM members to move a position in one market from one of their subtraders into a
    subtrader under their FCM's error account.

    **This endpoint must be enabled for your FCM by Kalshi.** Kalshi enables it by configuring the
    error account that receives transferred positions and gives you that account's user id, which
    prefixes `target_subtrader_id`. Contact Kalshi to enable it; until then, requests return 400.

    - The destination is always your FCM's error account. `target_subtrader_id` picks the subtrader
      under it, which is created on first use.
    - Each request moves one market for one source subtrader. To move many positions, send one
      request per subtrader and market.
    - The transfer is booked like a trade at `price_centicents`, which is always the YES price, even
      when moving NO. No fee is charged and no fill is created. For YES, the error account pays the
      price per contract; for NO, it pays $1 minus the price per contract. The FCM receives the same
      amount. Use 0 for YES or 10000 for NO to move no cash. These amounts assume the source holds
      the side being moved and the target subtrader holds no opposite position in that market;
      otherwise the positions net like a trade and the balance changes differ.
    - The source's current position is not checked. A request for more than the source holds, or
      with the opposite sign, flips or grows the source's position.
    - Requests are not idempotent. After a timeout or 5xx, check the position before retrying.
    - The market must be open, neither account may be blocked, and the error account must have
      enough available balance on the market's exchange index to pay for the transfer. Otherwise
      the request returns 409.

    **Example: moving YES.** A customer subtrader holds 10 YES contracts. Send
    `position_centicount` 1000 and `price_centicents` 4500 (YES at 45 cents):
    - The customer subtrader goes from 10 YES to 0, and the error account subtrader from 0 to 10 YES.
    - The error account pays 10 x $0.45 = $4.50 and the FCM receives $4.50.
    - Sending `price_centicents` 0 instead moves the position with no cash.

    **Example: moving NO.** A customer subtrader holds 5 NO contracts. Send `position_centicount`
    -500 and `price_centicents` 7000 (YES at 70 cents, so NO at 30 cents):
    - The customer subtrader goes from 5 NO to 0, and the error account subtrader from 0 to 5 NO.
    - The error account pays 5 x $0.30 = $1.50 and the FCM receives $1.50.
    - Sending `price_centicents` 10000 instead moves the position with no cash. Sending 0 makes the
      error account pay the full $1 per contract ($5.00).

    Args:
        body (CreateFCMPositionTransferRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateFCMPositionTransferResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFCMPositionTransferRequest,
) -> CreateFCMPositionTransferResponse | ErrorResponse | None:
    """Create FCM Position Transfer

     Endpoint for FCM members to move a position in one market from one of their subtraders into a
    subtrader under their FCM's error account.

    **This endpoint must be enabled for your FCM by Kalshi.** Kalshi enables it by configuring the
    error account that receives transferred positions and gives you that account's user id, which
    prefixes `target_subtrader_id`. Contact Kalshi to enable it; until then, requests return 400.

    - The destination is always your FCM's error account. `target_subtrader_id` picks the subtrader
      under it, which is created on first use.
    - Each request moves one market for one source subtrader. To move many positions, send one
      request per subtrader and market.
    - The transfer is booked like a trade at `price_centicents`, which is always the YES price, even
      when moving NO. No fee is charged and no fill is created. For YES, the error account pays the
      price per contract; for NO, it pays $1 minus the price per contract. The FCM receives the same
      amount. Use 0 for YES or 10000 for NO to move no cash. These amounts assume the source holds
      the side being moved and the target subtrader holds no opposite position in that market;
      otherwise the positions net like a trade and the balance changes differ.
    - The source's current position is not checked. A request for more than the source holds, or
      with the opposite sign, flips or grows the source's position.
    - Requests are not idempotent. After a timeout or 5xx, check the position before retrying.
    - The market must be open, neither account may be blocked, and the error account must have
      enough available balance on the market's exchange index to pay for the transfer. Otherwise
      the request returns 409.

    **Example: moving YES.** A customer subtrader holds 10 YES contracts. Send
    `position_centicount` 1000 and `price_centicents` 4500 (YES at 45 cents):
    - The customer subtrader goes from 10 YES to 0, and the error account subtrader from 0 to 10 YES.
    - The error account pays 10 x $0.45 = $4.50 and the FCM receives $4.50.
    - Sending `price_centicents` 0 instead moves the position with no cash.

    **Example: moving NO.** A customer subtrader holds 5 NO contracts. Send `position_centicount`
    -500 and `price_centicents` 7000 (YES at 70 cents, so NO at 30 cents):
    - The customer subtrader goes from 5 NO to 0, and the error account subtrader from 0 to 5 NO.
    - The error account pays 5 x $0.30 = $1.50 and the FCM receives $1.50.
    - Sending `price_centicents` 10000 instead moves the position with no cash. Sending 0 makes the
      error account pay the full $1 per contract ($5.00).

    Args:
        body (CreateFCMPositionTransferRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateFCMPositionTransferResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
