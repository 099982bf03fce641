"""Every request and response model and enum of the Klear API: ``from kalshi_ext.models.klear import ...``."""

from kalshi_klear_api.models import *  # noqa: F403
from kalshi_klear_api.models import __all__ as __all__  # noqa: PLC0414 - re-export for type checkers
