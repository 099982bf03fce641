"""Contains all the data models used in inputs/outputs (loaded lazily, on first attribute access)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .book_side import BookSide
    from .error_response_payload import ErrorResponsePayload
    from .error_response_payload_msg import ErrorResponsePayloadMsg
    from .error_response_payload_msg_code import ErrorResponsePayloadMsgCode
    from .funding_rate import FundingRate
    from .last_update_reason import LastUpdateReason
    from .list_subscriptions_command_payload import ListSubscriptionsCommandPayload
    from .list_subscriptions_response_payload import ListSubscriptionsResponsePayload
    from .list_subscriptions_response_payload_msg_item import ListSubscriptionsResponsePayloadMsgItem
    from .margin_corporate_action import MarginCorporateAction
    from .margin_corporate_action_final_settlement_terms import MarginCorporateActionFinalSettlementTerms
    from .margin_corporate_action_split_terms import MarginCorporateActionSplitTerms
    from .margin_corporate_action_ticker_change_terms import MarginCorporateActionTickerChangeTerms
    from .margin_corporate_action_type import MarginCorporateActionType
    from .margin_corporate_actions_delta_payload import MarginCorporateActionsDeltaPayload
    from .margin_corporate_actions_delta_payload_msg import MarginCorporateActionsDeltaPayloadMsg
    from .margin_fill_payload import MarginFillPayload
    from .margin_fill_payload_msg import MarginFillPayloadMsg
    from .margin_fill_payload_msg_order_source import MarginFillPayloadMsgOrderSource
    from .margin_orderbook_delta_payload import MarginOrderbookDeltaPayload
    from .margin_orderbook_delta_payload_msg import MarginOrderbookDeltaPayloadMsg
    from .margin_orderbook_snapshot_payload import MarginOrderbookSnapshotPayload
    from .margin_orderbook_snapshot_payload_msg import MarginOrderbookSnapshotPayloadMsg
    from .margin_ticker_payload import MarginTickerPayload
    from .margin_ticker_payload_msg import MarginTickerPayloadMsg
    from .margin_trade_payload import MarginTradePayload
    from .margin_trade_payload_msg import MarginTradePayloadMsg
    from .margin_user_order_payload import MarginUserOrderPayload
    from .margin_user_order_payload_msg import MarginUserOrderPayloadMsg
    from .margin_user_order_payload_msg_order_source import MarginUserOrderPayloadMsgOrderSource
    from .ok_response_payload import OkResponsePayload
    from .ok_response_payload_msg import OkResponsePayloadMsg
    from .order_group_updates_payload import OrderGroupUpdatesPayload
    from .order_group_updates_payload_msg import OrderGroupUpdatesPayloadMsg
    from .order_group_updates_payload_msg_event_type import OrderGroupUpdatesPayloadMsgEventType
    from .self_trade_prevention_type import SelfTradePreventionType
    from .subscribe_command_payload import SubscribeCommandPayload
    from .subscribe_command_payload_params import SubscribeCommandPayloadParams
    from .subscribe_command_payload_params_channels_item import SubscribeCommandPayloadParamsChannelsItem
    from .subscribed_response_payload import SubscribedResponsePayload
    from .subscribed_response_payload_msg import SubscribedResponsePayloadMsg
    from .ticker_price import TickerPrice
    from .unsubscribe_command_payload import UnsubscribeCommandPayload
    from .unsubscribe_command_payload_params import UnsubscribeCommandPayloadParams
    from .unsubscribed_response_payload import UnsubscribedResponsePayload
    from .update_subscription_command_payload import UpdateSubscriptionCommandPayload
    from .update_subscription_command_payload_params import UpdateSubscriptionCommandPayloadParams
    from .update_subscription_command_payload_params_action import UpdateSubscriptionCommandPayloadParamsAction

_MODULE_OF: dict[str, str] = {
    "BookSide": ".book_side",
    "ErrorResponsePayload": ".error_response_payload",
    "ErrorResponsePayloadMsg": ".error_response_payload_msg",
    "ErrorResponsePayloadMsgCode": ".error_response_payload_msg_code",
    "FundingRate": ".funding_rate",
    "LastUpdateReason": ".last_update_reason",
    "ListSubscriptionsCommandPayload": ".list_subscriptions_command_payload",
    "ListSubscriptionsResponsePayload": ".list_subscriptions_response_payload",
    "ListSubscriptionsResponsePayloadMsgItem": ".list_subscriptions_response_payload_msg_item",
    "MarginCorporateAction": ".margin_corporate_action",
    "MarginCorporateActionFinalSettlementTerms": ".margin_corporate_action_final_settlement_terms",
    "MarginCorporateActionSplitTerms": ".margin_corporate_action_split_terms",
    "MarginCorporateActionTickerChangeTerms": ".margin_corporate_action_ticker_change_terms",
    "MarginCorporateActionType": ".margin_corporate_action_type",
    "MarginCorporateActionsDeltaPayload": ".margin_corporate_actions_delta_payload",
    "MarginCorporateActionsDeltaPayloadMsg": ".margin_corporate_actions_delta_payload_msg",
    "MarginFillPayload": ".margin_fill_payload",
    "MarginFillPayloadMsg": ".margin_fill_payload_msg",
    "MarginFillPayloadMsgOrderSource": ".margin_fill_payload_msg_order_source",
    "MarginOrderbookDeltaPayload": ".margin_orderbook_delta_payload",
    "MarginOrderbookDeltaPayloadMsg": ".margin_orderbook_delta_payload_msg",
    "MarginOrderbookSnapshotPayload": ".margin_orderbook_snapshot_payload",
    "MarginOrderbookSnapshotPayloadMsg": ".margin_orderbook_snapshot_payload_msg",
    "MarginTickerPayload": ".margin_ticker_payload",
    "MarginTickerPayloadMsg": ".margin_ticker_payload_msg",
    "MarginTradePayload": ".margin_trade_payload",
    "MarginTradePayloadMsg": ".margin_trade_payload_msg",
    "MarginUserOrderPayload": ".margin_user_order_payload",
    "MarginUserOrderPayloadMsg": ".margin_user_order_payload_msg",
    "MarginUserOrderPayloadMsgOrderSource": ".margin_user_order_payload_msg_order_source",
    "OkResponsePayload": ".ok_response_payload",
    "OkResponsePayloadMsg": ".ok_response_payload_msg",
    "OrderGroupUpdatesPayload": ".order_group_updates_payload",
    "OrderGroupUpdatesPayloadMsg": ".order_group_updates_payload_msg",
    "OrderGroupUpdatesPayloadMsgEventType": ".order_group_updates_payload_msg_event_type",
    "SelfTradePreventionType": ".self_trade_prevention_type",
    "SubscribeCommandPayload": ".subscribe_command_payload",
    "SubscribeCommandPayloadParams": ".subscribe_command_payload_params",
    "SubscribeCommandPayloadParamsChannelsItem": ".subscribe_command_payload_params_channels_item",
    "SubscribedResponsePayload": ".subscribed_response_payload",
    "SubscribedResponsePayloadMsg": ".subscribed_response_payload_msg",
    "TickerPrice": ".ticker_price",
    "UnsubscribeCommandPayload": ".unsubscribe_command_payload",
    "UnsubscribeCommandPayloadParams": ".unsubscribe_command_payload_params",
    "UnsubscribedResponsePayload": ".unsubscribed_response_payload",
    "UpdateSubscriptionCommandPayload": ".update_subscription_command_payload",
    "UpdateSubscriptionCommandPayloadParams": ".update_subscription_command_payload_params",
    "UpdateSubscriptionCommandPayloadParamsAction": ".update_subscription_command_payload_params_action",
}

__all__ = (
    "BookSide",
    "ErrorResponsePayload",
    "ErrorResponsePayloadMsg",
    "ErrorResponsePayloadMsgCode",
    "FundingRate",
    "LastUpdateReason",
    "ListSubscriptionsCommandPayload",
    "ListSubscriptionsResponsePayload",
    "ListSubscriptionsResponsePayloadMsgItem",
    "MarginCorporateAction",
    "MarginCorporateActionFinalSettlementTerms",
    "MarginCorporateActionsDeltaPayload",
    "MarginCorporateActionsDeltaPayloadMsg",
    "MarginCorporateActionSplitTerms",
    "MarginCorporateActionTickerChangeTerms",
    "MarginCorporateActionType",
    "MarginFillPayload",
    "MarginFillPayloadMsg",
    "MarginFillPayloadMsgOrderSource",
    "MarginOrderbookDeltaPayload",
    "MarginOrderbookDeltaPayloadMsg",
    "MarginOrderbookSnapshotPayload",
    "MarginOrderbookSnapshotPayloadMsg",
    "MarginTickerPayload",
    "MarginTickerPayloadMsg",
    "MarginTradePayload",
    "MarginTradePayloadMsg",
    "MarginUserOrderPayload",
    "MarginUserOrderPayloadMsg",
    "MarginUserOrderPayloadMsgOrderSource",
    "OkResponsePayload",
    "OkResponsePayloadMsg",
    "OrderGroupUpdatesPayload",
    "OrderGroupUpdatesPayloadMsg",
    "OrderGroupUpdatesPayloadMsgEventType",
    "SelfTradePreventionType",
    "SubscribeCommandPayload",
    "SubscribeCommandPayloadParams",
    "SubscribeCommandPayloadParamsChannelsItem",
    "SubscribedResponsePayload",
    "SubscribedResponsePayloadMsg",
    "TickerPrice",
    "UnsubscribeCommandPayload",
    "UnsubscribeCommandPayloadParams",
    "UnsubscribedResponsePayload",
    "UpdateSubscriptionCommandPayload",
    "UpdateSubscriptionCommandPayloadParams",
    "UpdateSubscriptionCommandPayloadParamsAction",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
