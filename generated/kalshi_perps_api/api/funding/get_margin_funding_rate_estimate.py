from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_margin_funding_rate_estimate_response import GetMarginFundingRateEstimateResponse
from ...types import UNSET, Response, json_loads

#: Whether the operation's security scheme needs credentials (the client refuses the call before sending without).
REQUIRES_AUTH = False
#: The statuses this operation documents; a success status outside them has no model to parse into.
DOCUMENTED_STATUSES: frozenset[int] = frozenset(
    {
        200,
        400,
        500,
    }
)


def _get_kwargs(
    *,
    ticker: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ticker"] = ticker

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/margin/funding_rates/estimate",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetMarginFundingRateEstimateResponse | None:
    if response.status_code == 200:
        response_200 = GetMarginFundingRateEstimateResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(json_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetMarginFundingRateEstimateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ticker: str,
) -> Response[ErrorResponse | GetMarginFundingRateEstimateResponse]:
    """Get Funding Rate Estimate

     Returns the estimated funding rate for the current, in-progress funding period. The value is a time-
    weighted average of the premium index computed over `[last_funding_time, now)`, so it continues to
    move as new data accumulates through the window and is only finalized at `next_funding_time`.

    Funding measures the premium over clock-aligned bars of one second or longer, depending on the
    market. The returned `premium_index` is the premium of the final bar evaluated by this estimate,
    captured from the same calculation inputs. Its observation timestamp can lag the computation time
    when input feeds are delayed. It is omitted when that bar has no available premium. The estimate
    remains provisional until funding is finalized.

    Args:
        ticker (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMarginFundingRateEstimateResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ticker: str,
) -> ErrorResponse | GetMarginFundingRateEstimateResponse | None:
    """Get Funding Rate Estimate

     Returns the estimated funding rate for the current, in-progress funding period. The value is a time-
    weighted average of the premium index computed over `[last_funding_time, now)`, so it continues to
    move as new data accumulates through the window and is only finalized at `next_funding_time`.

    Funding measures the premium over clock-aligned bars of one second or longer, depending on the
    market. The returned `premium_index` is the premium of the final bar evaluated by this estimate,
    captured from the same calculation inputs. Its observation timestamp can lag the computation time
    when input feeds are delayed. It is omitted when that bar has no available premium. The estimate
    remains provisional until funding is finalized.

    Args:
        ticker (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMarginFundingRateEstimateResponse
    """

    return sync_detailed(
        client=client,
        ticker=ticker,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ticker: str,
) -> Response[ErrorResponse | GetMarginFundingRateEstimateResponse]:
    """Get Funding Rate Estimate

     Returns the estimated funding rate for the current, in-progress funding period. The value is a time-
    weighted average of the premium index computed over `[last_funding_time, now)`, so it continues to
    move as new data accumulates through the window and is only finalized at `next_funding_time`.

    Funding measures the premium over clock-aligned bars of one second or longer, depending on the
    market. The returned `premium_index` is the premium of the final bar evaluated by this estimate,
    captured from the same calculation inputs. Its observation timestamp can lag the computation time
    when input feeds are delayed. It is omitted when that bar has no available premium. The estimate
    remains provisional until funding is finalized.

    Args:
        ticker (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMarginFundingRateEstimateResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ticker: str,
) -> ErrorResponse | GetMarginFundingRateEstimateResponse | None:
    """Get Funding Rate Estimate

     Returns the estimated funding rate for the current, in-progress funding period. The value is a time-
    weighted average of the premium index computed over `[last_funding_time, now)`, so it continues to
    move as new data accumulates through the window and is only finalized at `next_funding_time`.

    Funding measures the premium over clock-aligned bars of one second or longer, depending on the
    market. The returned `premium_index` is the premium of the final bar evaluated by this estimate,
    captured from the same calculation inputs. Its observation timestamp can lag the computation time
    when input feeds are delayed. It is omitted when that bar has no available premium. The estimate
    remains provisional until funding is finalized.

    Args:
        ticker (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetMarginFundingRateEstimateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ticker=ticker,
        )
    ).parsed
