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
