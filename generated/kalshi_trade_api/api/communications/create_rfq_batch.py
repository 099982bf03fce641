from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_rfq_batch_request import CreateRFQBatchRequest
from ...models.create_rfq_batch_response import CreateRFQBatchResponse
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
        409,
        500,
    }
)


def _get_kwargs(
    *,
    body: CreateRFQBatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/communications/rfq_batches",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateRFQBatchResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CreateRFQBatchResponse.from_dict(json_loads(response.content))

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(json_loads(response.content))

        return response_409

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(json_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateRFQBatchResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateRFQBatchRequest,
) -> Response[CreateRFQBatchResponse | ErrorResponse]:
    """Create RFQ Batch

     Request quotes on several combos at once, for example every parlay of a round robin. Each child is
    an ordinary RFQ on one combo market. Makers quote the whole batch, but each child is accepted from
    whichever maker quotes it best on your side, so the batch may fill from several makers. Accepting
    takes every child or none, and the children then execute together as one fill-or-kill: nothing
    trades unless every child can fill in full. In the rare case that filling one child cancels a maker
    order another child needed, the batch closes partially executed. Name each child's combo by its
    market ticker, or by its legs to look up or create the combo in mve_collection_ticker. Size each
    child with its own contracts_fp or target_cost_dollars, or set one on the batch for every child that
    has none; every child must be sized the same way, by contracts or by target cost. rest_remainder
    must be false, and FCM members cannot create RFQ batches yet (403 rfq_batch_unavailable).

    Args:
        body (CreateRFQBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateRFQBatchResponse | ErrorResponse]
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
    body: CreateRFQBatchRequest,
) -> CreateRFQBatchResponse | ErrorResponse | None:
    """Create RFQ Batch

     Request quotes on several combos at once, for example every parlay of a round robin. Each child is
    an ordinary RFQ on one combo market. Makers quote the whole batch, but each child is accepted from
    whichever maker quotes it best on your side, so the batch may fill from several makers. Accepting
    takes every child or none, and the children then execute together as one fill-or-kill: nothing
    trades unless every child can fill in full. In the rare case that filling one child cancels a maker
    order another child needed, the batch closes partially executed. Name each child's combo by its
    market ticker, or by its legs to look up or create the combo in mve_collection_ticker. Size each
    child with its own contracts_fp or target_cost_dollars, or set one on the batch for every child that
    has none; every child must be sized the same way, by contracts or by target cost. rest_remainder
    must be false, and FCM members cannot create RFQ batches yet (403 rfq_batch_unavailable).

    Args:
        body (CreateRFQBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateRFQBatchResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateRFQBatchRequest,
) -> Response[CreateRFQBatchResponse | ErrorResponse]:
    """Create RFQ Batch

     Request quotes on several combos at once, for example every parlay of a round robin. Each child is
    an ordinary RFQ on one combo market. Makers quote the whole batch, but each child is accepted from
    whichever maker quotes it best on your side, so the batch may fill from several makers. Accepting
    takes every child or none, and the children then execute together as one fill-or-kill: nothing
    trades unless every child can fill in full. In the rare case that filling one child cancels a maker
    order another child needed, the batch closes partially executed. Name each child's combo by its
    market ticker, or by its legs to look up or create the combo in mve_collection_ticker. Size each
    child with its own contracts_fp or target_cost_dollars, or set one on the batch for every child that
    has none; every child must be sized the same way, by contracts or by target cost. rest_remainder
    must be false, and FCM members cannot create RFQ batches yet (403 rfq_batch_unavailable).

    Args:
        body (CreateRFQBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateRFQBatchResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateRFQBatchRequest,
) -> CreateRFQBatchResponse | ErrorResponse | None:
    """Create RFQ Batch

     Request quotes on several combos at once, for example every parlay of a round robin. Each child is
    an ordinary RFQ on one combo market. Makers quote the whole batch, but each child is accepted from
    whichever maker quotes it best on your side, so the batch may fill from several makers. Accepting
    takes every child or none, and the children then execute together as one fill-or-kill: nothing
    trades unless every child can fill in full. In the rare case that filling one child cancels a maker
    order another child needed, the batch closes partially executed. Name each child's combo by its
    market ticker, or by its legs to look up or create the combo in mve_collection_ticker. Size each
    child with its own contracts_fp or target_cost_dollars, or set one on the batch for every child that
    has none; every child must be sized the same way, by contracts or by target cost. rest_remainder
    must be false, and FCM members cannot create RFQ batches yet (403 rfq_batch_unavailable).

    Args:
        body (CreateRFQBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateRFQBatchResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
