"""QR code as a flowable, with a fast mask choice.

reportlab's encoder scores the eight mask patterns with a pure-Python cell-by-cell penalty that costs more than
laying out a whole kuitansi. The ISO 18004 penalty rules are the same here, computed on row/column strings and
integer bitsets, so the chosen mask is as good and a 100-kuitansi batch stays well inside its time budget.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.platypus import Flowable

_RUN = re.compile(r"0{5,}|1{5,}")
_FINDER = re.compile(r"(?=10111010000|00001011101)")


def penalty(modules: list[list[bool]]) -> int:
    """ISO 18004 §7.8.3 mask penalty: runs (N1=3), 2×2 blocks (N2=3), finder look-alikes (N3=40), balance (N4=10)."""
    return _penalty(["".join("1" if cell else "0" for cell in row) for row in modules])


def _penalty(rows: list[str]) -> int:
    cols = ["".join(col) for col in zip(*rows, strict=True)]
    score = 0
    for line in itertools.chain(rows, cols):
        score += sum(3 + len(m.group()) - 5 for m in _RUN.finditer(line))
        score += 40 * len(_FINDER.findall(line))
    n = len(rows)
    full = (1 << (n - 1)) - 1
    bits = [int(row, 2) for row in rows]
    for upper, lower in itertools.pairwise(bits):
        dark = upper & (upper >> 1) & lower & (lower >> 1) & full
        light = ~upper & ~(upper >> 1) & ~lower & ~(lower >> 1) & full
        score += 3 * (dark.bit_count() + light.bit_count())
    dark_cells = sum(row.count("1") for row in rows)
    score += 10 * (abs(dark_cells * 100 // (n * n) - 50) // 5)
    return score


Rows = tuple[int, ...]


@lru_cache(maxsize=8)
def _cells(version: int) -> tuple[tuple[Rows, ...], Rows, tuple[Rows, ...]]:
    """Per row, as int bitsets (column 0 = most significant bit), for each of the eight masks: the data cells
    it flips, the format-information cells, and which of those are dark for that mask. They depend on the
    version only, so they are computed once per symbol size."""
    probe = qrencoder.QRCode(version, qrencoder.QRErrorCorrectLevel.M)
    n = probe.moduleCount = version * 4 + 17  # what makeImpl would set; the position walk needs it
    data = [0] * n
    for col, row in probe.dataPosIterator():
        data[row] |= 1 << (n - 1 - col)
    flips, dark_format = [], []
    touched = [0] * n
    for pattern in range(8):
        mask = qrencoder.QRUtil.getMask(pattern)
        flips.append(tuple(sum(1 << (n - 1 - c) for c in range(n) if mask(r, c)) & data[r] for r in range(n)))
        probe.modules = [[None] * n for _ in range(n)]
        probe.setupTypeInfo(False, pattern)
        dark = [0] * n
        for r, row in enumerate(probe.modules):
            for c, cell in enumerate(row):
                if cell is not None:
                    touched[r] |= 1 << (n - 1 - c)
                    dark[r] |= (1 << (n - 1 - c)) if cell else 0
        dark_format.append(tuple(dark))
    return tuple(flips), tuple(touched), tuple(dark_format)


def encode(text: str) -> list[list[bool]]:
    """Modules of `text` at error correction level M (survives smudges and folds on a printed page).

    The data is placed once (mask 0); each candidate mask is then XORed on and its format bits set with integer
    row operations, instead of reportlab redoing the whole placement for every candidate.
    """
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.version = qr.calculate_version()
    qr.makeImpl(False, 0)
    n = qr.moduleCount
    flips, touched, dark_format = _cells(qr.version)
    unmasked = [int("".join("1" if cell else "0" for cell in row), 2) ^ flips[0][r]
                for r, row in enumerate(qr.modules)]
    best: tuple[int, list[str]] | None = None
    for pattern in range(8):
        rows = [format(((value ^ flips[pattern][r]) & ~touched[r]) | dark_format[pattern][r], f"0{n}b")
                for r, value in enumerate(unmasked)]
        score = _penalty(rows)
        if best is None or score < best[0]:
            best = (score, rows)
    assert best is not None
    return [[bit == "1" for bit in row] for row in best[1]]


class QrFlowable(Flowable):
    """QR drawn straight on the canvas as one filled path (a graphics Drawing would make reportlab reference
    the unembedded Helvetica font)."""

    def __init__(self, text: str, size: float, border: int = 2) -> None:
        super().__init__()
        self.modules = encode(text)
        self.size = size
        self.border = border

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        # In module units the rectangles have integer coordinates, written as literal PDF operators: going
        # through reportlab's path API formats ~2,000 floats in pure Python, the slowest part of a kuitansi.
        c = self.canv
        count = len(self.modules) + 2 * self.border
        box = self.size / count
        ops = []
        for r, row in enumerate(self.modules):
            y = count - (r + self.border + 1)
            col = 0
            for dark, run in itertools.groupby(row):
                width = len(list(run))
                if dark:
                    ops.append(f"{col + self.border} {y} {width} 1 re")
                col += width
        c.saveState()
        c.setFillColor(colors.black)
        c.transform(box, 0, 0, box, 0, 0)
        c.addLiteral("\n".join(ops) + "\nf")
        c.restoreState()
