#!/bin/sh
# Build the WeCom finance SDK emulator: native/emulator/build/libWeWorkFinanceSdk_C.so
# (or the path given as the first argument). Uses $CC, else cc.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-"$here/build/libWeWorkFinanceSdk_C.so"}
mkdir -p "$(dirname "$out")"
# Keep these flags in step with wecom_desktop/sdk/emulator_build.py.
"${CC:-cc}" -std=c99 -O2 -fPIC -shared -Wall -Wextra -Werror -Wpedantic \
    -o "$out" "$here/emulator.c" "$here/sha256.c"
echo "$out"
