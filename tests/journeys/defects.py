"""Known defects the journeys expose, as the xfail reasons the journey modules' KNOWN tables use. A fix removes
its entries from the KNOWN tables in the same commit (the xfails are strict: a fixed test that still carries its
marker fails). "(new)" marks a seam defect found by the journeys that is not in issue 12's list."""

SP_RENUMBERED = "#12.1 the server renumbers the SP at sync (000.3/001/SP/… printed, 0051/SP/… after)"
SELLER_PPN_WITHHELD = "#12.2 PPN the PKP seller collects itself (payment ≤ Rp2 juta) printed and booked as withheld"
PMK58_PPH23_DROPPED = ("#12.3 PPh 23 withheld on a purchase through a PMK 58 marketplace is dropped from the books "
                       "(payment stores collector PIHAK_LAIN for every tax)")
RAW_CODES = "#12.5 raw codes printed (PA_KPA in the signatory's name; GRATIS_ONGKIR without a marketplace list)"
PPH21 = "#20 PPh 21 for an individual caterer is not modelled (PPh 23 2 % withheld instead)"
NO_DEPOSITS = "#12 (new) tax deposits (setoran, NTPN) cannot be recorded: no deposit line in the BKU or tax book"
PAYMENT_LOST_AT_SYNC = ("#12 (new) the payment record loses its date, taxes and net at sync (the server keeps "
                        "method, amount and BKU number only): paid orders vanish from the month's books")
BKU_LINE_NUMBER = "#12 (new) the BKU numbers its lines 1, 2, … instead of using the BKU number the Bendahara recorded"
PP55_CODE = ("#12 (new) a PP 55 payment stores tax code PPH4_2, unknown to the documents: the BKU, tax book, "
             "register and exports cannot be printed for the month")

PKP_DESK_BLOCKED = ("regression (money, taxes with collectors): the Bendahara's desk shows no taxes for a PKP "
                    "seller — the what-if 'tanpa NPWP' raises 'Penyedia PKP pasti ber-NPWP' — so it cannot be paid")


def both(*reasons: str) -> str:
    return " + ".join(reasons)
