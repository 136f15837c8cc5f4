"""The catalog of every message desktop.domain raises or returns: code → Indonesian template.

One module per area keeps each list short; codes are unique across the whole app (tests/domain/test_messages.py).
"""

from desktop.domain.messages import Catalog
from desktop.domain.texts import bank, closing, data_files, general, identifiers, money, numbering, taxes, usb

DOMAIN_TEXTS = Catalog(money.TEXTS, general.TEXTS, data_files.TEXTS, identifiers.TEXTS,
                       numbering.TEXTS, taxes.TEXTS, bank.TEXTS, usb.TEXTS, closing.TEXTS)
