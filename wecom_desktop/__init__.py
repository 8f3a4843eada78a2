"""WeCom Archive Desktop: pull, decrypt, keep and search a WeCom chat content archive."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("wecom-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
