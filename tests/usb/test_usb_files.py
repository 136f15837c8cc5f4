"""The USB file formats (sync/usb): what a stick carries can be neither read nor changed unnoticed, and every
damage is refused with its own code."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop.domain.errors import UsbRefused
from sync.usb.codec import public_raw
from sync.usb.outbox_file import open_outbox, peek, write_outbox, x25519_raw
from sync.usb.receipt_file import Receipt, open_receipt, write_receipt

DEVICE = "dev-1"
OPD = "33.00-DINKES"
CMD = {"id": "k-1", "method": "POST", "path": "/v1/orders/x/transitions", "headers": {},
       "body": {"action": "submit", "base_version": 1, "notes": "rahasia kantor"}, "actor_user_id": "u-1",
       "order_id": "x"}


@pytest.fixture
def keys():
    return Ed25519PrivateKey.generate(), X25519PrivateKey.generate()


def _file(keys, opd=OPD, seq=1, commands=(CMD,)):
    device, server = keys
    return write_outbox(list(commands), opd_id=opd, device_id=DEVICE, seq=seq, created_at="2026-12-02T08:00:00Z",
                        device_key=device, server_usb_key=x25519_raw(server))


def _known(keys, opd=OPD):
    return lambda device_id: [(public_raw(keys[0]), opd)] if device_id == DEVICE else []


def _refused(fn) -> str:
    with pytest.raises(UsbRefused) as caught:
        fn()
    assert caught.value.message  # always a sentence for the officer
    return caught.value.code


def test_round_trip_keeps_the_commands_and_hides_them(keys):
    data = _file(keys)
    assert b"rahasia" not in data and b"submit" not in data
    opened = open_outbox(data, "f", keys[1], _known(keys))
    assert (opened.commands, opened.seq, opened.opd_id) == ((CMD,), 1, OPD)
    assert peek(data, "f") == {"opd_id": OPD, "device_id": DEVICE, "seq": 1, "created_at": "2026-12-02T08:00:00Z"}


def test_each_damage_has_its_refusal(keys):
    data = _file(keys)
    server = keys[1]
    assert _refused(lambda: open_outbox(data[:-300], "f", server, _known(keys))) == "usb_truncated"
    flipped = bytearray(data)
    flipped[-200] ^= 0x02
    assert _refused(lambda: open_outbox(bytes(flipped), "f", server, _known(keys))) == "usb_damaged"
    header_edit = data.replace(b'"seq":1', b'"seq":2')  # the clear header is authenticated too
    assert _refused(lambda: open_outbox(header_edit, "f", server, _known(keys))) == "usb_damaged"
    assert _refused(lambda: open_outbox(b"PK\x03\x04zip", "f", server, _known(keys))) == "usb_not_blangkon"
    assert _refused(lambda: open_outbox(data, "f", X25519PrivateKey.generate(), _known(keys))) == "usb_other_server"
    assert _refused(lambda: open_outbox(data, "f", server, lambda d: [])) == "usb_device_unknown"
    stranger = (Ed25519PrivateKey.generate(), server)
    assert _refused(lambda: open_outbox(data, "f", server, _known(stranger))) == "usb_bad_signature"
    assert _refused(lambda: open_outbox(data, "f", server, _known(keys, "33.00-DISDIK"))) == "usb_other_opd"


def test_receipt_is_signed_and_checked(keys):
    signing = Ed25519PrivateKey.generate()
    receipt = Receipt(OPD, DEVICE, 3, "h", "2026-12-02T09:00:00Z", "2026-12-02T09:00:00Z",
                      ({"id": "k-1", "status": 200, "body": {"id": "x", "version": 2}},), ({"id": "x"},))
    data = write_receipt(receipt, signing)
    assert open_receipt(data, "r", [public_raw(signing)]) == receipt
    assert _refused(lambda: open_receipt(data.replace(b'"status":200', b'"status":201'), "r",
                                         [public_raw(signing)])) == "usb_damaged"
    assert _refused(lambda: open_receipt(data[:100], "r", [public_raw(signing)])) == "usb_truncated"
    assert _refused(lambda: open_receipt(data, "r", [public_raw(Ed25519PrivateKey.generate())])) == "usb_damaged"
    assert _refused(lambda: open_receipt(_file(keys), "r", [public_raw(signing)])) == "usb_wrong_kind"
