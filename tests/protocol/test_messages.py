"""Messages round-trip through JSON and reject every malformed shape with a validation_error."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sync.protocol import ErrorCode, ProtocolError
from sync.protocol.errors import LineIssue
from sync.protocol.messages import (
    MARKETPLACES,
    ChangesPage,
    Checkpoint,
    ChunkInfo,
    Manifest,
    NumberBlockRequest,
    Order,
    OrderDraft,
    OrderEvent,
    OrderLine,
    Problem,
    ProductRow,
    ProviderRow,
    TokenRequest,
    TransitionRequest,
    parse_row,
)
from sync.protocol.states import Action, OrderState, Role

text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30)
ints = st.integers(min_value=0, max_value=2**53)
json_scalars = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | text
json_obj = st.dictionaries(text, json_scalars, max_size=4)

lines = st.builds(OrderLine, id=st.uuids().map(str), product_id=ints, product_version=ints, name=text, unit=text,
                  qty=st.integers(1, 10**6), unit_price=st.integers(0, 10**10))
orders = st.builds(
    Order, id=st.uuids().map(str), opd_id=text, version=ints, state=st.sampled_from(OrderState),
    number=st.none() | text, created_by=text, provider_id=ints, marketplace=st.sampled_from(MARKETPLACES),
    kode_rup=text, sub_kegiatan=text, kode_rekening=text, delivery_address=text,
    delivery_date=st.none() | st.dates().map(lambda d: d.isoformat()), shipping=ints, notes=text,
    lines=st.lists(lines, max_size=3).map(tuple), total=ints,
    approval=st.none() | json_obj, receipt=st.none() | json_obj, bast=st.none() | json_obj,
    payment=st.none() | json_obj, reasons=st.lists(json_obj, max_size=2).map(tuple), created_at=text, updated_at=text,
)
products = st.builds(
    ProductRow, id=ints, version=ints, seq=ints, status=st.sampled_from(["active", "delisted"]), provider_id=ints,
    name=text, description=text, category=text, unit=text, price=ints, stock=ints,
    tkdn=st.none() | st.floats(0, 100), pdn=st.none() | st.booleans(),
    kind=st.sampled_from(["goods", "services", "catering"]), provider_name=text, kabkota_code=text,
    marketplace=st.sampled_from(MARKETPLACES), legal_form=st.sampled_from(["perorangan", "badan_usaha"]),
)
providers = st.builds(
    ProviderRow, id=ints, version=ints, seq=ints, status=st.sampled_from(["active", "delisted"]), name=text,
    owner_name=text, legal_form=st.sampled_from(["perorangan", "badan_usaha"]), kabkota_code=text, kabkota=text,
    address=text, nib=text, npwp=st.none() | st.from_regex(r"\A[0-9]{16}\Z"), nik=text, pkp=st.booleans(),
    suket_pp55=st.booleans(), bank_name=text, bank_account=text, marketplace=st.sampled_from(MARKETPLACES),
    has_sales=st.booleans(),
)


def roundtrip(msg):
    wire = json.loads(json.dumps(msg.to_dict()))
    return type(msg).from_dict(wire)


@settings(max_examples=60, deadline=None)
@given(orders)
def test_order_roundtrip(order):
    assert roundtrip(order) == order


@settings(max_examples=60, deadline=None)
@given(st.lists(products | providers, max_size=4), ints, st.booleans())
def test_changes_page_roundtrip(rows, seq, more):
    page = ChangesPage(rows=tuple(rows), next="abc", has_more=more, checkpoint=Checkpoint(seq, len(rows), 7))
    assert roundtrip(page) == page
    for row in rows:
        assert parse_row(json.loads(json.dumps(row.to_dict()))) == row


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(Action), ints, st.none() | text, json_obj)
def test_transition_roundtrip(action, base, chash, payload):
    req = TransitionRequest(action=action, base_version=base, content_hash=chash, payload=payload)
    assert roundtrip(req) == req


@settings(max_examples=30, deadline=None)
@given(orders, st.lists(lines, max_size=2))
def test_problem_roundtrip_and_error(order, bad_lines):
    issues = tuple(LineIssue(ln.id, "price_changed", ln.unit_price, ln.unit_price + 1) for ln in bad_lines)
    err = ProtocolError(ErrorCode.PRICE_CHANGED, "Harga berubah", order_id=order.id,
                        server_version=order.version, current_order=order.to_dict(), details=issues)
    problem = Problem.from_dict(json.loads(json.dumps(err.to_problem())))
    assert problem.current_order == order
    back = problem.to_error()
    assert back.code is ErrorCode.PRICE_CHANGED and back.details == issues and back.status == 409


def test_manifest_and_event_roundtrip():
    m = Manifest("snap-1", 1, 99, 2, 12345, (ChunkInfo(0, 2, 100, "ab" * 32),), "2026-11-23T00:00:00Z")
    assert roundtrip(m) == m
    ev = OrderEvent(1, "o", 2, "submit", OrderState.DRAFT, OrderState.DIAJUKAN, "u", Role.PP,
                    "2026-11-23T00:00:00Z", None, {}, "00" * 32)
    assert roundtrip(ev) == ev


VALID_LINE = {"id": "l1", "product_id": 1, "product_version": 1, "name": "Beras", "unit": "kg", "qty": 2,
              "unit_price": 15000}
VALID_DRAFT = {"opd_id": "opd-1", "provider_id": 5, "marketplace": "MBIZ", "kode_rup": "123", "sub_kegiatan": "x",
               "kode_rekening": "5.1.02", "delivery_address": "Jl. Pahlawan", "delivery_date": "2026-12-01",
               "shipping": 0, "notes": "", "lines": [VALID_LINE]}


def test_valid_draft_parses():
    draft = OrderDraft.from_dict(VALID_DRAFT)
    assert draft.lines[0].unit_price == 15000


@pytest.mark.parametrize(
    ("mutation", "fragment"),
    [
        ({"extra": 1}, "extra"),
        ({"shipping": "0"}, "shipping"),
        ({"shipping": 1.5}, "shipping"),
        ({"shipping": True}, "shipping"),
        ({"shipping": -1}, "Ongkos"),
        ({"provider_id": None}, "provider_id"),
        ({"marketplace": "SHOPEE"}, "marketplace"),
        ({"lines": {"id": "x"}}, "lines"),
        ({"lines": [dict(VALID_LINE, qty=0)]}, "qty"),
        ({"lines": [dict(VALID_LINE, unit_price=-5)]}, "negatif"),
        ({"lines": [dict(VALID_LINE, hacker="1")]}, "lines[0].hacker"),
        ({"lines": [VALID_LINE, VALID_LINE]}, "kembar"),
        ({"delivery_date": "01-12-2026"}, "delivery_date"),
        ({"notes": "a\x00b"}, "notes"),
        ({"notes": "x" * 5000}, "notes"),
    ],
)
def test_bad_draft_shapes_are_validation_errors(mutation, fragment):
    with pytest.raises(ProtocolError) as err:
        OrderDraft.from_dict({**VALID_DRAFT, **mutation})
    assert err.value.code is ErrorCode.VALIDATION_ERROR and err.value.status == 422
    assert fragment in err.value.detail


@pytest.mark.parametrize("body", [None, [], "x", 3, {}])
def test_non_objects_and_missing_fields(body):
    with pytest.raises(ProtocolError) as err:
        OrderDraft.from_dict(body)
    assert err.value.code is ErrorCode.VALIDATION_ERROR


def test_transition_rejects_unknown_action_and_requires_base_version():
    with pytest.raises(ProtocolError, match="action"):
        TransitionRequest.from_dict({"action": "steal", "base_version": 1})
    with pytest.raises(ProtocolError, match="base_version"):
        TransitionRequest.from_dict({"action": "submit"})


def test_row_tags_are_checked():
    with pytest.raises(ProtocolError):
        parse_row({"t": "order"})
    with pytest.raises(ProtocolError):
        parse_row([1])


def test_token_request_rules():
    assert TokenRequest.from_dict({"grant_type": "password", "username": "a", "password": "b"}).username == "a"
    with pytest.raises(ProtocolError):
        TokenRequest.from_dict({"grant_type": "password", "username": "a"})
    with pytest.raises(ProtocolError):
        TokenRequest.from_dict({"grant_type": "client_credentials"})
    with pytest.raises(ProtocolError):
        NumberBlockRequest.from_dict({"opd_id": "x", "year": 2026, "doc_type": "SP", "size": 0})


def test_error_codes_have_status_title_and_retry_flag():
    for code in ErrorCode:
        assert 400 <= code.status < 600 and code.problem_title
    assert ErrorCode.REQUEST_IN_FLIGHT.retryable and ErrorCode.RATE_LIMITED.retryable
    assert not ErrorCode.PRICE_CHANGED.retryable and not ErrorCode.VERSION_CONFLICT.retryable
    assert ErrorCode.VERSION_CONFLICT.status == 412 and ErrorCode.CURSOR_EXPIRED.status == 410
    assert ErrorCode.UPGRADE_REQUIRED.status == 426


def test_unknown_problem_code_maps_by_status():
    p = Problem.from_dict({"type": "x", "title": "t", "status": 429, "code": "slow_down", "detail": "d"})
    assert p.to_error().code is ErrorCode.RATE_LIMITED


def test_number_conflict_is_a_business_refusal_with_words():
    """#12.1: a refused offline number is a typed 409 the officer must decide on, never retried blindly."""
    err = ProtocolError(ErrorCode.NUMBER_CONFLICT, "Nomor SP sudah dipakai pesanan lain.", order_id="o-1")
    problem = err.to_problem()
    assert problem["status"] == 409 and problem["code"] == "number_conflict" and not err.retryable
    assert problem["title"] == "Nomor dokumen tidak dapat dipakai"


def test_token_response_carries_the_officers_nip_and_reads_an_older_server():
    from sync.protocol import Role
    from sync.protocol.messages import TokenResponse, UserInfo

    user = UserInfo("u-1", "ppk.budi", "Budi Santoso, S.T.", Role.PPK, "33.00-DINKES", "Dinas Kesehatan",
                    (Role.PPK,), "197803152005011002")
    resp = TokenResponse("a", "Bearer", 900, "r", 86400, user)
    assert roundtrip(resp) == resp and roundtrip(resp).user.nip == "197803152005011002"
    older = resp.to_dict()
    del older["user"]["nip"]  # a server that keeps no NIP sends none
    assert TokenResponse.from_dict(json.loads(json.dumps(older))).user.nip == ""
