"""Known defects the journeys expose, as the xfail reasons the journey modules' KNOWN tables use. A fix removes
its entries from the KNOWN tables in the same commit (the xfails are strict: a fixed test that still carries its
marker fails). "(new)" marks a seam defect found by the journeys that is not in issue 12's list."""
