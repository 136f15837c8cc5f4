"""Order list timestamps are shown in WIB, as officers read them."""

from desktop.ui.orders.model import local_stamp


def test_stamps_in_wib():
    assert local_stamp("2026-11-23T03:10:00Z") == "23/11/2026 10.10"
    assert local_stamp("2026-11-23T20:05:00.123456+00:00") == "24/11/2026 03.05"
    assert local_stamp("2026-11-23T03:10:00") == "23/11/2026 10.10"  # naive stamps are UTC
    assert local_stamp("") == ""
