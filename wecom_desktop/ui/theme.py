"""Light and dark palettes: the system's scheme when Qt can read it, or one chosen explicitly."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

SCHEMES = ("system", "light", "dark")
SCHEME_KEY = "ui/scheme"


def _dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17181a",
        QPalette.ColorRole.AlternateBase: "#2a2b2e",
        QPalette.ColorRole.ToolTipBase: "#2a2b2e",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#8a8d91",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2a2b2e",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.Highlight: "#3d6fb6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Mid: "#3c3d40",
        QPalette.ColorRole.Dark: "#111213",
        QPalette.ColorRole.Light: "#3a3b3e",
        QPalette.ColorRole.Midlight: "#333437",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7276"))
    return palette


def apply_scheme(app: QApplication, scheme: str) -> None:
    """`system` follows the desktop (Qt tracks changes itself); `light`/`dark` force a palette."""
    app.setStyle("Fusion")  # the same look on every platform, and one that honours palettes fully
    if scheme == "dark" or (scheme == "system" and is_system_dark()):
        app.setPalette(_dark_palette())
    else:
        app.setPalette(app.style().standardPalette())


def chosen_scheme() -> str:
    value = str(QSettings().value(SCHEME_KEY, "system"))
    return value if value in SCHEMES else "system"


def follow_system(app: QApplication) -> None:
    """Apply the chosen scheme now and again whenever the desktop switches light/dark."""
    apply_scheme(app, chosen_scheme())
    QGuiApplication.styleHints().colorSchemeChanged.connect(
        lambda _scheme: apply_scheme(app, chosen_scheme())
    )


def is_system_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
