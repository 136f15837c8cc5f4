"""Helpers for reading back the PDFs the builders produce."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader


def pdf_pages(pdf: bytes) -> list[str]:
    """Text of each page with whitespace collapsed (pypdf breaks lines where the layout wraps)."""
    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]


def pdf_text(pdf: bytes) -> str:
    return " ".join(pdf_pages(pdf))


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    reader = PdfReader(io.BytesIO(pdf))
    return [(round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2)) for p in reader.pages]


@pytest.fixture(scope="session")
def signer_and_key():
    from desktop.documents import demo

    return demo.demo_signer()


_CODE = re.compile(r"\b(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[a-z]+(?:_[a-z0-9]+)+)\b")


def raw_codes(text: str) -> set[str]:
    """Internal codes left in printed text (GRATIS_ONGKIR, PA_KPA, mark_paid): a document prints labels (#12.5)."""
    return set(_CODE.findall(text))
