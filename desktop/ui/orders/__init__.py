from desktop.ui.orders.screen import OrdersScreen

__all__ = ["OrdersScreen"]
