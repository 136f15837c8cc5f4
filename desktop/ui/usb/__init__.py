"""Sync by USB stick (#18): the dialog behind Berkas → Flashdisk (USB)."""
