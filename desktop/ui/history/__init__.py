from desktop.ui.history.screen import OrderHistoryScreen

__all__ = ["OrderHistoryScreen"]
