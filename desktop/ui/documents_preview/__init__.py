from desktop.ui.documents_preview.dialogs import (
    DocumentPreviewDialog,
    preview_document,
    preview_order_document,
)

__all__ = ["DocumentPreviewDialog", "preview_document", "preview_order_document"]
