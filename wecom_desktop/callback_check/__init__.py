"""Checking a live callback URL the way WeCom calls it, and a reference callback server."""
