"""WeCom Archive Desktop: pull, decrypt, keep and search a WeCom chat content archive."""


def __getattr__(name: str) -> str:
    # Looked up on first use: importlib.metadata would add its load time to every worker
    # process a sync starts.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("wecom-desktop")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+source"
