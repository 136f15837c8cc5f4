from desktop.ui.conflicts.dialogs import (
    ActedFirstDialog,
    NumberConflictDialog,
    PriceChangedDialog,
    ProductUnavailableDialog,
    StaleApprovalDialog,
    dialog_for,
    resolve_conflicts,
)

__all__ = ["ActedFirstDialog", "NumberConflictDialog", "PriceChangedDialog", "ProductUnavailableDialog", "StaleApprovalDialog",
           "dialog_for", "resolve_conflicts"]
