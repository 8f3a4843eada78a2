"""Translation seam for text produced below the UI layer.

Source strings are Chinese, the product's primary language. `QT_TRANSLATE_NOOP` marks them
so that pyside6-lupdate collects them into the .ts files; the UI passes
`QCoreApplication.translate` as `localize` to render them in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    return text


def untranslated(context: str, text: str) -> str:
    return text
