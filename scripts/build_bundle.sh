#!/usr/bin/env bash
# Build the one-folder bundle dist/wecom-desktop/ from build.spec and check it:
# the bundled executable's --self-test runs with a scrubbed environment (no Python on PATH,
# no virtualenv, no PYTHONPATH), as on an auditor's machine.
#
#     bash scripts/build_bundle.sh            (set-up included; prints the bundle size and the self-test)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >&2
rm -rf build/wecom-desktop dist/wecom-desktop
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build build.spec >&2
echo "bundle: dist/wecom-desktop, $(du -sm dist/wecom-desktop | cut -f1) MB in $(find dist/wecom-desktop -type f | wc -l) files"
no_python=$(mktemp -d)  # PATH of the check: an empty folder, so no python can be found
trap 'rmdir "$no_python"' EXIT
env -i HOME="${HOME:-/tmp}" PATH="$no_python" LANG=C.UTF-8 TMPDIR="${TMPDIR:-/tmp}" \
  ${DISPLAY:+DISPLAY=$DISPLAY} ${DBUS_SESSION_BUS_ADDRESS:+DBUS_SESSION_BUS_ADDRESS=$DBUS_SESSION_BUS_ADDRESS} \
  dist/wecom-desktop/wecom-desktop --self-test
