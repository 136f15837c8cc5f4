from desktop.ui.dashboard.screen import DashboardScreen

__all__ = ["DashboardScreen"]
