from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_cancel_orders_v2_request import BatchCancelOrdersV2Request
from ...models.batch_cancel_orders_v2_response import BatchCancelOrdersV2Response
from ...models.error_response import ErrorResponse
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
        500,
    }
)


def _get_kwargs(
    *,
    body: BatchCancelOrdersV2Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/portfolio/events/orders/batched",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchCancelOrdersV2Response | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BatchCancelOrdersV2Response.from_dict(json_loads(response.content))

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

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(json_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchCancelOrdersV2Response | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCancelOrdersV2Request,
) -> Response[BatchCancelOrdersV2Response | ErrorResponse]:
    """Batch Cancel Orders (V2)

     Endpoint for cancelling a batch of event-market orders using the V2 response shape. To auto-route a
    cancellation, provide its `market_ticker` and omit `exchange_index` or set it to `-1`. The maximum
    batch size scales with your tier's write budget — see [Rate Limits and
    Tiers](/getting_started/rate_limits).

    Args:
        body (BatchCancelOrdersV2Request):  Example: {'orders': [{'order_id':
            '3b23c1c7-f4ef-4f0d-8b9a-9e53c61f1a0d', 'subaccount': 0, 'exchange_index': 0},
            {'order_id': 'a6d6010d-6d5f-40a1-a7e7-5501386bb621', 'subaccount': 0, 'exchange_index':
            0}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchCancelOrdersV2Response | ErrorResponse]
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
    body: BatchCancelOrdersV2Request,
) -> BatchCancelOrdersV2Response | ErrorResponse | None:
    """Batch Cancel Orders (V2)

     Endpoint for cancelling a batch of event-market orders using the V2 response shape. To auto-route a
    cancellation, provide its `market_ticker` and omit `exchange_index` or set it to `-1`. The maximum
    batch size scales with your tier's write budget — see [Rate Limits and
    Tiers](/getting_started/rate_limits).

    Args:
        body (BatchCancelOrdersV2Request):  Example: {'orders': [{'order_id':
            '3b23c1c7-f4ef-4f0d-8b9a-9e53c61f1a0d', 'subaccount': 0, 'exchange_index': 0},
            {'order_id': 'a6d6010d-6d5f-40a1-a7e7-5501386bb621', 'subaccount': 0, 'exchange_index':
            0}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchCancelOrdersV2Response | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCancelOrdersV2Request,
) -> Response[BatchCancelOrdersV2Response | ErrorResponse]:
    """Batch Cancel Orders (V2)

     Endpoint for cancelling a batch of event-market orders using the V2 response shape. To auto-route a
    cancellation, provide its `market_ticker` and omit `exchange_index` or set it to `-1`. The maximum
    batch size scales with your tier's write budget — see [Rate Limits and
    Tiers](/getting_started/rate_limits).

    Args:
        body (BatchCancelOrdersV2Request):  Example: {'orders': [{'order_id':
            '3b23c1c7-f4ef-4f0d-8b9a-9e53c61f1a0d', 'subaccount': 0, 'exchange_index': 0},
            {'order_id': 'a6d6010d-6d5f-40a1-a7e7-5501386bb621', 'subaccount': 0, 'exchange_index':
            0}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchCancelOrdersV2Response | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCancelOrdersV2Request,
) -> BatchCancelOrdersV2Response | ErrorResponse | None:
    """Batch Cancel Orders (V2)

     Endpoint for cancelling a batch of event-market orders using the V2 response shape. To auto-route a
    cancellation, provide its `market_ticker` and omit `exchange_index` or set it to `-1`. The maximum
    batch size scales with your tier's write budget — see [Rate Limits and
    Tiers](/getting_started/rate_limits).

    Args:
        body (BatchCancelOrdersV2Request):  Example: {'orders': [{'order_id':
            '3b23c1c7-f4ef-4f0d-8b9a-9e53c61f1a0d', 'subaccount': 0, 'exchange_index': 0},
            {'order_id': 'a6d6010d-6d5f-40a1-a7e7-5501386bb621', 'subaccount': 0, 'exchange_index':
            0}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchCancelOrdersV2Response | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
