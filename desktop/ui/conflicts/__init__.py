from desktop.ui.conflicts.dialogs import (
    ActedFirstDialog,
    PriceChangedDialog,
    ProductUnavailableDialog,
    StaleApprovalDialog,
    dialog_for,
    resolve_conflicts,
)

__all__ = ["ActedFirstDialog", "PriceChangedDialog", "ProductUnavailableDialog", "StaleApprovalDialog",
           "dialog_for", "resolve_conflicts"]
