"""Choosing the interface language and loading its Qt translation."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from wecom_desktop.core.i18n import TranslatableError, Translate
from wecom_desktop.resources import resource_path

SOURCE_LANGUAGE = "zh_CN"  # source strings are Chinese; other languages come from .qm files
LANGUAGES = (SOURCE_LANGUAGE, "en")
LANGUAGE_KEY = "ui/language"


class _Installed:
    language = SOURCE_LANGUAGE
    translators: ClassVar[list[QTranslator]] = []


def preferred_language() -> str:
    chosen = QSettings().value(LANGUAGE_KEY, "")
    if chosen in LANGUAGES:
        return str(chosen)
    return SOURCE_LANGUAGE if QLocale.system().name().startswith("zh") else "en"


def load_translator(language: str) -> QTranslator | None:
    """The translator for `language`, or None for the source language (or a missing .qm file)."""
    if language == SOURCE_LANGUAGE:
        return None
    translator = QTranslator()
    if translator.load(str(resource_path("translations", f"wecom_desktop_{language}.qm"))):
        return translator
    return None


def qt_translator(language: str) -> QTranslator | None:
    """Qt's own strings (dialog buttons, wizard navigation) in `language`."""
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{language}", folder) else None


def translate_function(language: str | None = None) -> Translate:
    """A plain `tr(context, text)` for code that runs without a QApplication (the command line)."""
    translator = load_translator(language or preferred_language())
    if translator is None:
        return lambda context, text: text
    return lambda context, text: translator.translate(context, text) or text


def install_language(app: QCoreApplication, language: str) -> None:
    """Make `language` the interface language, replacing the translators installed before."""
    for old in _Installed.translators:
        app.removeTranslator(old)
    installed = [t for t in (qt_translator(language), load_translator(language)) if t is not None]
    for translator in installed:
        translator.setParent(app)  # owned by the application, so it lives as long
        app.installTranslator(translator)
    # Dates and sizes follow the interface language (QLocale() everywhere uses the default).
    QLocale.setDefault(QLocale("zh_CN" if language == SOURCE_LANGUAGE else "en_US"))
    _Installed.language, _Installed.translators = language, installed


def current_language() -> str:
    return _Installed.language


def pick(message_zh: str, message_en: str) -> str:
    """The message in the interface language, for errors that carry both."""
    return message_zh if current_language() == SOURCE_LANGUAGE else message_en


def describe_error(error: object) -> str:
    """An error's text in the interface language when it carries both (typed errors), else as is."""
    if isinstance(error, TranslatableError):
        return error.render(QCoreApplication.translate)
    zh, en = getattr(error, "message_zh", None), getattr(error, "message_en", None)
    if isinstance(zh, str) and isinstance(en, str):
        return pick(zh, en)
    return str(error)
