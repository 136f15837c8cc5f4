"""Bundled DejaVu TTFs (resources/fonts, Bitstream Vera licence) so a document prints the same everywhere.

reportlab's built-in Type1 fonts are WinAnsi only and not embedded; registered TTFs are subset and embedded.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.documents.texts import DOCUMENT_TEXTS
from desktop.domain.errors import ResourceError
from desktop.domain.resources import resource_path

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SERIF = "DejaVuSerif"
SERIF_BOLD = "DejaVuSerif-Bold"


@lru_cache(maxsize=1)
def register() -> None:
    """Register the four faces once per process, with <b> mapping for Paragraph markup."""
    for face in (SANS, SANS_BOLD, SERIF, SERIF_BOLD):
        path = resource_path("fonts", f"{face}.ttf")
        if not path.is_file():
            raise ResourceError("font_missing", DOCUMENT_TEXTS("font_missing", path=str(path)))
        pdfmetrics.registerFont(TTFont(face, str(path)))
    for regular, bold in ((SANS, SANS_BOLD), (SERIF, SERIF_BOLD)):
        addMapping(regular, 0, 0, regular)
        addMapping(regular, 1, 0, bold)
        addMapping(regular, 0, 1, regular)  # no italic face bundled; italics print upright
        addMapping(regular, 1, 1, bold)


def body_fonts(serif: bool) -> tuple[str, str]:
    register()
    return (SERIF, SERIF_BOLD) if serif else (SANS, SANS_BOLD)
