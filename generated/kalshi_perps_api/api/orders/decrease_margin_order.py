from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.decrease_margin_order_request import DecreaseMarginOrderRequest
from ...models.decrease_margin_order_response import DecreaseMarginOrderResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, json_loads

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = True
#: The statuses this operation documents; a success status outside them has no model to parse into.
DOCUMENTED_STATUSES: frozenset[int] = frozenset(
    {
        200,
        400,
        401,
        404,
        500,
    }
)


def _get_kwargs(
    order_id: str,
    *,
    body: DecreaseMarginOrderRequest,
    subaccount: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/margin/orders/{order_id}/decrease".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DecreaseMarginOrderResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DecreaseMarginOrderResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(json_loads(response.content))

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(json_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DecreaseMarginOrderResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DecreaseMarginOrderRequest,
    subaccount: int | Unset = UNSET,
) -> Response[DecreaseMarginOrderResponse | ErrorResponse]:
    """Decrease Order

     Endpoint for decreasing the number of contracts in an existing order. Exactly one of `reduce_by` or
    `reduce_to` must be provided. Canceling an order is equivalent to decreasing to zero.

    Args:
        order_id (str):
        subaccount (int | Unset):
        body (DecreaseMarginOrderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecreaseMarginOrderResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
        subaccount=subaccount,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DecreaseMarginOrderRequest,
    subaccount: int | Unset = UNSET,
) -> DecreaseMarginOrderResponse | ErrorResponse | None:
    """Decrease Order

     Endpoint for decreasing the number of contracts in an existing order. Exactly one of `reduce_by` or
    `reduce_to` must be provided. Canceling an order is equivalent to decreasing to zero.

    Args:
        order_id (str):
        subaccount (int | Unset):
        body (DecreaseMarginOrderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecreaseMarginOrderResponse | ErrorResponse
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        body=body,
        subaccount=subaccount,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DecreaseMarginOrderRequest,
    subaccount: int | Unset = UNSET,
) -> Response[DecreaseMarginOrderResponse | ErrorResponse]:
    """Decrease Order

     Endpoint for decreasing the number of contracts in an existing order. Exactly one of `reduce_by` or
    `reduce_to` must be provided. Canceling an order is equivalent to decreasing to zero.

    Args:
        order_id (str):
        subaccount (int | Unset):
        body (DecreaseMarginOrderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecreaseMarginOrderResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
        subaccount=subaccount,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DecreaseMarginOrderRequest,
    subaccount: int | Unset = UNSET,
) -> DecreaseMarginOrderResponse | ErrorResponse | None:
    """Decrease Order

     Endpoint for decreasing the number of contracts in an existing order. Exactly one of `reduce_by` or
    `reduce_to` must be provided. Canceling an order is equivalent to decreasing to zero.

    Args:
        order_id (str):
        subaccount (int | Unset):
        body (DecreaseMarginOrderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecreaseMarginOrderResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
            subaccount=subaccount,
        )
    ).parsed
