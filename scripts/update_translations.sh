#!/usr/bin/env bash
# Refresh the Qt Linguist sources in resources/translations/ from the code (run after changing strings).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(git ls-files --cached --others --exclude-standard 'wecom_desktop/*.py')
for language in zh_CN en; do
  .venv/bin/pyside6-lupdate -no-obsolete -source-language zh_CN -target-language "$language" \
    "${sources[@]}" -ts "resources/translations/wecom_desktop_${language}.ts"
done
