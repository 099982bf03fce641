"""The Trade API facade: one attribute per resource, created on first use (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .._protocol import AsyncInvoker, Invoker
    from .account import AccountResource, AsyncAccountResource
    from .api_keys import ApiKeysResource, AsyncApiKeysResource
    from .communications import AsyncCommunicationsResource, CommunicationsResource
    from .events import AsyncEventsResource, EventsResource
    from .exchange import AsyncExchangeResource, ExchangeResource
    from .fcm import AsyncFcmResource, FcmResource
    from .historical import AsyncHistoricalResource, HistoricalResource
    from .incentive_programs import AsyncIncentiveProgramsResource, IncentiveProgramsResource
    from .live_data import AsyncLiveDataResource, LiveDataResource
    from .markets import AsyncMarketsResource, MarketsResource
    from .milestones import AsyncMilestonesResource, MilestonesResource
    from .multivariate_collections import AsyncMultivariateCollectionsResource, MultivariateCollectionsResource
    from .order_groups import AsyncOrderGroupsResource, OrderGroupsResource
    from .orders import AsyncOrdersResource, OrdersResource
    from .portfolio import AsyncPortfolioResource, PortfolioResource
    from .search import AsyncSearchResource, SearchResource
    from .series import AsyncSeriesResource, SeriesResource
    from .structured_targets import AsyncStructuredTargetsResource, StructuredTargetsResource
    from .subaccounts import AsyncSubaccountsResource, SubaccountsResource


class TradeResources:
    """Resources of the Trade API (128 operations)."""

    _invoker: Invoker

    @cached_property
    def account(self) -> AccountResource:
        """``account``: 4 operations."""
        from .account import AccountResource

        return AccountResource(self._invoker)

    @cached_property
    def api_keys(self) -> ApiKeysResource:
        """``api_keys``: 4 operations."""
        from .api_keys import ApiKeysResource

        return ApiKeysResource(self._invoker)

    @cached_property
    def communications(self) -> CommunicationsResource:
        """``communications``: 28 operations."""
        from .communications import CommunicationsResource

        return CommunicationsResource(self._invoker)

    @cached_property
    def events(self) -> EventsResource:
        """``events``: 5 operations."""
        from .events import EventsResource

        return EventsResource(self._invoker)

    @cached_property
    def exchange(self) -> ExchangeResource:
        """``exchange``: 3 operations."""
        from .exchange import ExchangeResource

        return ExchangeResource(self._invoker)

    @cached_property
    def fcm(self) -> FcmResource:
        """``fcm``: 11 operations."""
        from .fcm import FcmResource

        return FcmResource(self._invoker)

    @cached_property
    def historical(self) -> HistoricalResource:
        """``historical``: 8 operations."""
        from .historical import HistoricalResource

        return HistoricalResource(self._invoker)

    @cached_property
    def incentive_programs(self) -> IncentiveProgramsResource:
        """``incentive_programs``: 1 operations."""
        from .incentive_programs import IncentiveProgramsResource

        return IncentiveProgramsResource(self._invoker)

    @cached_property
    def live_data(self) -> LiveDataResource:
        """``live_data``: 7 operations."""
        from .live_data import LiveDataResource

        return LiveDataResource(self._invoker)

    @cached_property
    def markets(self) -> MarketsResource:
        """``markets``: 7 operations."""
        from .markets import MarketsResource

        return MarketsResource(self._invoker)

    @cached_property
    def milestones(self) -> MilestonesResource:
        """``milestones``: 2 operations."""
        from .milestones import MilestonesResource

        return MilestonesResource(self._invoker)

    @cached_property
    def multivariate_collections(self) -> MultivariateCollectionsResource:
        """``multivariate_collections``: 3 operations."""
        from .multivariate_collections import MultivariateCollectionsResource

        return MultivariateCollectionsResource(self._invoker)

    @cached_property
    def order_groups(self) -> OrderGroupsResource:
        """``order_groups``: 7 operations."""
        from .order_groups import OrderGroupsResource

        return OrderGroupsResource(self._invoker)

    @cached_property
    def orders(self) -> OrdersResource:
        """``orders``: 11 operations."""
        from .orders import OrdersResource

        return OrdersResource(self._invoker)

    @cached_property
    def portfolio(self) -> PortfolioResource:
        """``portfolio``: 12 operations."""
        from .portfolio import PortfolioResource

        return PortfolioResource(self._invoker)

    @cached_property
    def search(self) -> SearchResource:
        """``search``: 2 operations."""
        from .search import SearchResource

        return SearchResource(self._invoker)

    @cached_property
    def series(self) -> SeriesResource:
        """``series``: 5 operations."""
        from .series import SeriesResource

        return SeriesResource(self._invoker)

    @cached_property
    def structured_targets(self) -> StructuredTargetsResource:
        """``structured_targets``: 2 operations."""
        from .structured_targets import StructuredTargetsResource

        return StructuredTargetsResource(self._invoker)

    @cached_property
    def subaccounts(self) -> SubaccountsResource:
        """``subaccounts``: 6 operations."""
        from .subaccounts import SubaccountsResource

        return SubaccountsResource(self._invoker)


class AsyncTradeResources:
    """Resources of the Trade API (128 operations)."""

    _invoker: AsyncInvoker

    @cached_property
    def account(self) -> AsyncAccountResource:
        """``account``: 4 operations."""
        from .account import AsyncAccountResource

        return AsyncAccountResource(self._invoker)

    @cached_property
    def api_keys(self) -> AsyncApiKeysResource:
        """``api_keys``: 4 operations."""
        from .api_keys import AsyncApiKeysResource

        return AsyncApiKeysResource(self._invoker)

    @cached_property
    def communications(self) -> AsyncCommunicationsResource:
        """``communications``: 28 operations."""
        from .communications import AsyncCommunicationsResource

        return AsyncCommunicationsResource(self._invoker)

    @cached_property
    def events(self) -> AsyncEventsResource:
        """``events``: 5 operations."""
        from .events import AsyncEventsResource

        return AsyncEventsResource(self._invoker)

    @cached_property
    def exchange(self) -> AsyncExchangeResource:
        """``exchange``: 3 operations."""
        from .exchange import AsyncExchangeResource

        return AsyncExchangeResource(self._invoker)

    @cached_property
    def fcm(self) -> AsyncFcmResource:
        """``fcm``: 11 operations."""
        from .fcm import AsyncFcmResource

        return AsyncFcmResource(self._invoker)

    @cached_property
    def historical(self) -> AsyncHistoricalResource:
        """``historical``: 8 operations."""
        from .historical import AsyncHistoricalResource

        return AsyncHistoricalResource(self._invoker)

    @cached_property
    def incentive_programs(self) -> AsyncIncentiveProgramsResource:
        """``incentive_programs``: 1 operations."""
        from .incentive_programs import AsyncIncentiveProgramsResource

        return AsyncIncentiveProgramsResource(self._invoker)

    @cached_property
    def live_data(self) -> AsyncLiveDataResource:
        """``live_data``: 7 operations."""
        from .live_data import AsyncLiveDataResource

        return AsyncLiveDataResource(self._invoker)

    @cached_property
    def markets(self) -> AsyncMarketsResource:
        """``markets``: 7 operations."""
        from .markets import AsyncMarketsResource

        return AsyncMarketsResource(self._invoker)

    @cached_property
    def milestones(self) -> AsyncMilestonesResource:
        """``milestones``: 2 operations."""
        from .milestones import AsyncMilestonesResource

        return AsyncMilestonesResource(self._invoker)

    @cached_property
    def multivariate_collections(self) -> AsyncMultivariateCollectionsResource:
        """``multivariate_collections``: 3 operations."""
        from .multivariate_collections import AsyncMultivariateCollectionsResource

        return AsyncMultivariateCollectionsResource(self._invoker)

    @cached_property
    def order_groups(self) -> AsyncOrderGroupsResource:
        """``order_groups``: 7 operations."""
        from .order_groups import AsyncOrderGroupsResource

        return AsyncOrderGroupsResource(self._invoker)

    @cached_property
    def orders(self) -> AsyncOrdersResource:
        """``orders``: 11 operations."""
        from .orders import AsyncOrdersResource

        return AsyncOrdersResource(self._invoker)

    @cached_property
    def portfolio(self) -> AsyncPortfolioResource:
        """``portfolio``: 12 operations."""
        from .portfolio import AsyncPortfolioResource

        return AsyncPortfolioResource(self._invoker)

    @cached_property
    def search(self) -> AsyncSearchResource:
        """``search``: 2 operations."""
        from .search import AsyncSearchResource

        return AsyncSearchResource(self._invoker)

    @cached_property
    def series(self) -> AsyncSeriesResource:
        """``series``: 5 operations."""
        from .series import AsyncSeriesResource

        return AsyncSeriesResource(self._invoker)

    @cached_property
    def structured_targets(self) -> AsyncStructuredTargetsResource:
        """``structured_targets``: 2 operations."""
        from .structured_targets import AsyncStructuredTargetsResource

        return AsyncStructuredTargetsResource(self._invoker)

    @cached_property
    def subaccounts(self) -> AsyncSubaccountsResource:
        """``subaccounts``: 6 operations."""
        from .subaccounts import AsyncSubaccountsResource

        return AsyncSubaccountsResource(self._invoker)
