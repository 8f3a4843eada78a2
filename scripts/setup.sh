#!/usr/bin/env bash
# Idempotent set-up of a Debian machine for running and testing WeCom Archive Desktop:
# Debian packages (Qt runtime libraries, CJK and emoji fonts, Xvfb, D-Bus, gnome-keyring, a C
# compiler), the virtualenv .venv with the project and its test tools, the compiled
# translations, the official SDK (fetched and verified) and the SDK emulator (built here).
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  python3-venv gcc libc6-dev
  xvfb xauth dbus dbus-x11 gnome-keyring
  fonts-wqy-microhei fonts-noto-color-emoji
  libgl1 libegl1 libfontconfig1 libglib2.0-0 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-shape0 libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0
)

missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "setup: need root (or sudo) to install: ${missing[*]}" >&2; exit 1
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  echo "setup: installing Python packages into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[test]'
  rm -f .venv/.installed-*
  touch "$stamp"
fi

shopt -s nullglob
for ts in resources/translations/*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
  fi
done

# The official SDK for the tests of the native binding (verified against pinned digests).
if [ ! -f native/linux64/libWeWorkFinanceSdk_C.so ] && [ "$(uname -m)" = "x86_64" ]; then
  echo "setup: fetching the official WeCom finance SDK"
  .venv/bin/wecom-desktop sdk fetch >/dev/null
fi

# The emulator of the finance SDK (our own C source) for the demo and the tests.
.venv/bin/python -c "from wecom_desktop.sdk.emulator_build import ensure_emulator_built; ensure_emulator_built()"
