"""The wire contract between the desktop client and the provincial server (standard library only)."""

from .errors import ErrorCode, LineIssue, ProtocolError
from .messages import PROTOCOL_VERSION
from .states import Action, OrderState, Role

__all__ = ["PROTOCOL_VERSION", "Action", "ErrorCode", "LineIssue", "OrderState", "ProtocolError", "Role"]
