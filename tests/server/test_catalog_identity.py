"""A catalog import refuses a PKP seller without NPWP (issue #20): PKP registration requires an NPWP."""

from __future__ import annotations

import random

import pytest

from sync.server.catalog.importer import RowError, parse_provider
from sync.server.demo.generate import gen_providers

ROW = {"id": 1, "name": "PT Uji", "owner_name": "Sri", "legal_form": "badan_usaha", "kabkota_code": "33.74",
       "marketplace": "MBIZ", "pkp": True}


def test_pkp_without_npwp_is_refused_with_a_reason():
    with pytest.raises(RowError, match="PKP wajib ber-NPWP"):
        parse_provider({**ROW, "npwp": None}, {"33.74": "Kota Semarang"})
    assert parse_provider({**ROW, "npwp": "0012345678912345"}, {"33.74": "Kota Semarang"})["pkp"] is True


def test_demo_sellers_keep_pkp_implies_npwp():
    rows = gen_providers(random.Random(11), 1, 2_000, [{"kode": "33.74", "nama": "Kota Semarang"}])
    assert all(r[9] for r in rows if r[11])  # pkp → npwp
    assert all(r[9] is None or (len(r[9]) == 16 and r[9][0] == "0") for r in rows)
