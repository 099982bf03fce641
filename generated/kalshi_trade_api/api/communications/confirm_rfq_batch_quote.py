from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

if TYPE_CHECKING:
    import httpx

from typing import cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty_response import EmptyResponse
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
        404,
        409,
        500,
    }
)


def _get_kwargs(
    rfq_batch_id: str,
    batch_quote_id: str,
    *,
    body: EmptyResponse | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/communications/rfq_batches/{rfq_batch_id}/quotes/{batch_quote_id}/confirm".format(
            rfq_batch_id=quote(str(rfq_batch_id), safe=""),
            batch_quote_id=quote(str(batch_quote_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(json_loads(response.content))

        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    rfq_batch_id: str,
    batch_quote_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmptyResponse | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Confirm RFQ Batch Quote

     Confirm the children your batch quote won, all at once. Nothing executes until every winning maker
    of the batch has confirmed; the last confirmation starts the execution timer for every child, and
    the children then execute together. If any winner misses the confirmation deadline, the whole batch
    closes without trading.

    Args:
        rfq_batch_id (str):
        batch_quote_id (str):
        body (EmptyResponse | Unset): An empty response body

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        rfq_batch_id=rfq_batch_id,
        batch_quote_id=batch_quote_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    rfq_batch_id: str,
    batch_quote_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmptyResponse | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Confirm RFQ Batch Quote

     Confirm the children your batch quote won, all at once. Nothing executes until every winning maker
    of the batch has confirmed; the last confirmation starts the execution timer for every child, and
    the children then execute together. If any winner misses the confirmation deadline, the whole batch
    closes without trading.

    Args:
        rfq_batch_id (str):
        batch_quote_id (str):
        body (EmptyResponse | Unset): An empty response body

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        rfq_batch_id=rfq_batch_id,
        batch_quote_id=batch_quote_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    rfq_batch_id: str,
    batch_quote_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmptyResponse | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Confirm RFQ Batch Quote

     Confirm the children your batch quote won, all at once. Nothing executes until every winning maker
    of the batch has confirmed; the last confirmation starts the execution timer for every child, and
    the children then execute together. If any winner misses the confirmation deadline, the whole batch
    closes without trading.

    Args:
        rfq_batch_id (str):
        batch_quote_id (str):
        body (EmptyResponse | Unset): An empty response body

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        rfq_batch_id=rfq_batch_id,
        batch_quote_id=batch_quote_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    rfq_batch_id: str,
    batch_quote_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmptyResponse | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Confirm RFQ Batch Quote

     Confirm the children your batch quote won, all at once. Nothing executes until every winning maker
    of the batch has confirmed; the last confirmation starts the execution timer for every child, and
    the children then execute together. If any winner misses the confirmation deadline, the whole batch
    closes without trading.

    Args:
        rfq_batch_id (str):
        batch_quote_id (str):
        body (EmptyResponse | Unset): An empty response body

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            rfq_batch_id=rfq_batch_id,
            batch_quote_id=batch_quote_id,
            client=client,
            body=body,
        )
    ).parsed
