from desktop.ui.order_editor.screen import OrderEditorScreen

__all__ = ["OrderEditorScreen"]
