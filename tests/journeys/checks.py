"""The invariant tests every purchase journey runs, one test per invariant so a defect hides nothing else.

A journey module provides a module-scoped `journey` fixture, `CASES` (the catalog items it bought) and `KNOWN`
(known defects → strict xfail, see conftest.pytest_generate_tests), then imports these tests with
`from tests.journeys.checks import *`."""

from __future__ import annotations

from tests.journeys import invariants as inv
from tests.journeys.story import Journey

__all__ = [
    "test_bast_number_is_the_same_everywhere",
    "test_bku_books_each_withheld_tax_once_as_deposit",
    "test_bku_books_each_withheld_tax_once_as_receipt",
    "test_bku_leaves_out_taxes_collected_by_others",
    "test_bku_line_carries_the_recorded_bku_number",
    "test_books_can_be_printed",
    "test_exports_are_the_printed_books",
    "test_kuitansi_gross_withheld_net",
    "test_kuitansi_lists_what_the_bendahara_withholds",
    "test_kuitansi_number_is_the_bku_number_recorded",
    "test_no_raw_code_on_any_page",
    "test_payment_record_holds_each_tax_with_its_collector",
    "test_register_row_amounts",
    "test_register_row_numbers",
    "test_seller_identity_printed_in_clear",
    "test_sp_number_is_the_same_everywhere",
    "test_tax_book_keeps_each_withheld_tax_once_as_deposit",
    "test_tax_book_keeps_each_withheld_tax_once_as_receipt",
    "test_tax_book_leaves_out_taxes_collected_by_others",
    "test_terbilang_in_the_books",
    "test_terbilang_spells_the_printed_figures",
]


# -- numbers: printed = server = history, before and after sync -----------------------------------------------
def test_sp_number_is_the_same_everywhere(journey: Journey, key: str) -> None:
    inv.assert_sp_number(journey.purchase(key))


def test_bast_number_is_the_same_everywhere(journey: Journey, key: str) -> None:
    inv.assert_bast_number(journey.purchase(key))


def test_kuitansi_number_is_the_bku_number_recorded(journey: Journey, key: str) -> None:
    inv.assert_kuitansi_number(journey.purchase(key))


# -- the kuitansi's money ---------------------------------------------------------------------------------------
def test_kuitansi_gross_withheld_net(journey: Journey, key: str, phase: str) -> None:
    inv.assert_kuitansi_money(journey.purchase(key), phase)


def test_kuitansi_lists_what_the_bendahara_withholds(journey: Journey, key: str, phase: str) -> None:
    inv.assert_kuitansi_lists_withheld(journey.purchase(key), phase)


def test_payment_record_holds_each_tax_with_its_collector(journey: Journey, key: str) -> None:
    inv.assert_payment_record(journey.purchase(key))


# -- books: each withheld tax once in, once out; others' taxes absent -----------------------------------------
def test_books_can_be_printed(journey: Journey, phase: str) -> None:
    inv.assert_books_printed(journey.books[phase])


def test_bku_books_each_withheld_tax_once_as_receipt(journey: Journey, key: str, phase: str) -> None:
    inv.assert_book_taxes(journey.purchase(key), journey.books[phase], "bku", receipts=True)


def test_bku_books_each_withheld_tax_once_as_deposit(journey: Journey, key: str, phase: str) -> None:
    inv.assert_book_taxes(journey.purchase(key), journey.books[phase], "bku", receipts=False)


def test_bku_leaves_out_taxes_collected_by_others(journey: Journey, key: str, phase: str) -> None:
    inv.assert_book_leaves_out_others(journey.purchase(key), journey.books[phase], "bku")


def test_tax_book_keeps_each_withheld_tax_once_as_receipt(journey: Journey, key: str, phase: str) -> None:
    inv.assert_book_taxes(journey.purchase(key), journey.books[phase], "pajak", receipts=True)


def test_tax_book_keeps_each_withheld_tax_once_as_deposit(journey: Journey, key: str, phase: str) -> None:
    inv.assert_book_taxes(journey.purchase(key), journey.books[phase], "pajak", receipts=False)


def test_tax_book_leaves_out_taxes_collected_by_others(journey: Journey, key: str, phase: str) -> None:
    inv.assert_book_leaves_out_others(journey.purchase(key), journey.books[phase], "pajak")


def test_bku_line_carries_the_recorded_bku_number(journey: Journey, key: str, phase: str) -> None:
    inv.assert_bku_number(journey.purchase(key), journey.books[phase])


def test_register_row_amounts(journey: Journey, key: str, phase: str) -> None:
    inv.assert_register_amounts(journey.purchase(key), journey.books[phase])


def test_register_row_numbers(journey: Journey, key: str, phase: str) -> None:
    inv.assert_register_numbers(journey.purchase(key), journey.books[phase])


def test_exports_are_the_printed_books(journey: Journey, phase: str) -> None:
    inv.assert_exports_match_books(journey.books[phase])


# -- every page -------------------------------------------------------------------------------------------------
def test_terbilang_spells_the_printed_figures(journey: Journey, key: str) -> None:
    p = journey.purchase(key)
    for (kind, _phase), doc in p.printed.items():
        inv.assert_terbilang(doc, p.item.total if kind in ("sp", "kuitansi") else None)


def test_terbilang_in_the_books(journey: Journey, phase: str) -> None:
    books = journey.books[phase]
    for doc in (books.bku, books.pajak, books.register):
        if doc is not None:
            inv.assert_terbilang(doc)


def test_seller_identity_printed_in_clear(journey: Journey, key: str) -> None:
    inv.assert_seller_identity(journey.purchase(key))


def test_no_raw_code_on_any_page(journey: Journey, key: str) -> None:
    inv.assert_no_raw_codes(journey.documents(journey.purchase(key)))
