"""Composition root: builds the store, services and windows. (Filled in by the desktop-app work.)"""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    print("Blangkon Desktop: antarmuka belum terpasang pada versi ini.")
    return 0
