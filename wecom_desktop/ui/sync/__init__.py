"""Running a sync from the window."""
