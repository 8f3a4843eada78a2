"""Changing a profile's settings and secrets after set-up, and removing a profile."""
