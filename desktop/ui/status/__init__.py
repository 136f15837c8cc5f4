"""Status bar of the main window: connection state, pending commands, last successful sync, "sync now"."""

from desktop.ui.status.screen import StatusController
from desktop.ui.status.view import StatusView

__all__ = ["StatusController", "StatusView"]
