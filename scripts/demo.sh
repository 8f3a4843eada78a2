#!/usr/bin/env bash
# Set up (if needed) and open the application on the demo archive; no WeCom account needed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/wecom-desktop --demo "$@"
