"""The wire contract between the desktop client and the provincial server (standard library only)."""

from .errors import ErrorCode, LineCode, LineIssue, ProtocolError
from .messages import PROTOCOL_VERSION
from .states import Action, OrderState, Role

__all__ = ["PROTOCOL_VERSION", "Action", "ErrorCode", "LineCode", "LineIssue", "OrderState", "ProtocolError", "Role"]
