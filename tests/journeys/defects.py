"""Known defects the journeys expose, as the xfail reasons the journey modules' KNOWN tables use. A fix removes
its entries from the KNOWN tables in the same commit (the xfails are strict: a fixed test that still carries its
marker fails). "(new)" marks a seam defect found by the journeys that is not in issue 12's list."""

SEALED_PRINTED = ("#15 (new) the seller's NPWP/NIK and bank account are printed sealed ('enc1:…') on the SP: "
                  "the documents read the provider row without unsealing (desktop/services/catalog_lookup.provider)")
EDITOR_APPROVES = ("#12.8 (client half) the window still lets a PPK who edited a PP's draft approve it: the button is "
                   "enabled and the inbox gives no reason — the PC keeps no makers (Order.makers, SOD_RULES and "
                   "why_not are in sync.protocol; the server refuses him since the server half)")
REGISTER_WRAPS = ("#12.10 (new) the register's number columns are too narrow: an SP/BAST number with a longer OPD "
                  "code (DINKOPUKM) breaks mid-number ('…/XII/202' + '6'), and 'Transfer' runs into the BKU column")
