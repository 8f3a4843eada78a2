"""Translation seam for text produced below the UI layer.

Source strings are Chinese, the product's primary language. `QT_TRANSLATE_NOOP` marks them
so that pyside6-lupdate collects them into the .ts files; the UI passes
`QCoreApplication.translate` as `localize` to render them in the user's language. A `Text`
is such a string with the values of its {placeholders}, and `TranslatableError` an error
whose message is one. Qt's translator lives above this layer, so the program's entry points
hand their English one to `use_english`; `message_en` renders with it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Translate = Callable[[str, str], str]


class Source(str):
    """A source string marked for Qt Linguist, remembering the context it was marked in."""

    context: str


def QT_TRANSLATE_NOOP(context: str, text: str) -> Source:  # the name pyside6-lupdate looks for
    source = Source(text)
    source.context = context
    return source


def untranslated(context: str, text: str) -> str:
    return text


class _English:
    translate: Translate = untranslated


def use_english(translate: Translate) -> None:
    """Install the translator `english` uses (Qt's, from the .qm file, installed by the entry points)."""
    _English.translate = translate


def english(context: str, text: str) -> str:
    return _English.translate(context, text)


class Text:
    """A marked source string and the values of its {placeholders}; values may be Texts themselves."""

    __slots__ = ("params", "source")

    def __init__(self, source: Source, **params: Any) -> None:
        self.source = source
        self.params = params

    def render(self, localize: Translate = untranslated) -> str:
        values = {
            name: value.render(localize) if isinstance(value, Text) else value
            for name, value in self.params.items()
        }
        return localize(self.source.context, self.source).format(**values)

    @property
    def zh(self) -> str:
        return self.render()

    @property
    def en(self) -> str:
        return self.render(english)

    @property
    def both(self) -> str:
        """Chinese and English, as the command line prints it and the archive stores reasons."""
        return f"{self.zh} / {self.en}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and (self.source, self.params) == (other.source, other.params)

    def __hash__(self) -> int:
        return hash(self.source)

    def __repr__(self) -> str:
        return f"Text({self.source!r}, {self.params!r})"


class TranslatableError(Exception):
    """An error whose message is a `Text`: `render(localize)` in the interface language, and
    `message_zh` / `message_en` for the command line, which prints both."""

    def __init__(self, text: Text) -> None:
        super().__init__(text)
        self.text = text

    def render(self, localize: Translate = untranslated) -> str:
        return self.text.render(localize)

    # Through `render`, which a subclass may extend (a key folder's error lists its files).
    @property
    def message_zh(self) -> str:
        return self.render()

    @property
    def message_en(self) -> str:
        return self.render(english)

    def __str__(self) -> str:
        return f"{self.message_zh} / {self.message_en}"
