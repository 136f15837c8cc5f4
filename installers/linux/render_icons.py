"""Render installers/linux/blangkon.svg to the hicolor PNG sizes and installers/windows/blangkon.ico.

    QT_QPA_PLATFORM=offscreen .venv/bin/python installers/linux/render_icons.py

The outputs are committed (the build does not need Qt's SVG renderer or Pillow at package time).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SVG = HERE / "blangkon.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, b"PNG")
    return bytes(data.data())


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"SVG tidak sah: {SVG}", file=sys.stderr)
        return 1
    pngs: dict[int, bytes] = {}
    for size in PNG_SIZES:
        pngs[size] = render(renderer, size)
        target = HERE / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "blangkon.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    scalable = HERE / "icons" / "hicolor" / "scalable" / "apps" / "blangkon.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(SVG.read_bytes())
    images = [Image.open(io.BytesIO(pngs[size])) for size in ICO_SIZES]
    ico = HERE.parent / "windows" / "blangkon.ico"
    images[-1].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    print(f"{len(PNG_SIZES)} PNG, 1 SVG, {ico.name} ({ico.stat().st_size} bytes)")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
