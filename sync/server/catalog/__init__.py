"""The provincial catalog: writer and changes feed, immutable snapshots, marketplace imports."""
