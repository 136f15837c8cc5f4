"""Known defects the journeys expose, as the xfail reasons the journey modules' KNOWN tables use. A fix removes
its entries from the KNOWN tables in the same commit (the xfails are strict: a fixed test that still carries its
marker fails). "(new)" marks a seam defect found by the journeys that is not in issue 12's list."""

EDITOR_APPROVES = ("#12.8 (client half) the window still lets a PPK who edited a PP's draft approve it: the button is "
                   "enabled and the inbox gives no reason — the PC keeps no makers (Order.makers, SOD_RULES and "
                   "why_not are in sync.protocol; the server refuses him since the server half)")
