#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite: lint, type check, tests.
# Qt tests run offscreen; the session bus and a virtual X display are provided for the
# tests that need them (keyring, screenshots). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
exec xvfb-run -a dbus-run-session -- .venv/bin/python -m pytest "$@"
