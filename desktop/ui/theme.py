"""Follow the system's light or dark colour scheme; readable error colours; a regular
CJK font for Chinese text.

Chinese text: the UI font (DejaVu Sans, Segoe UI, …) has no Han glyphs, so each one is
drawn by a fallback font the system picks per glyph.  Left alone that can be a Japanese
face, or a family installed only in Bold (e.g. Noto Serif CJK Bold), so every Chinese
glyph looks bold and a bold (unread) row cannot be told from a regular one.  The
application font therefore names a CJK family that has a Regular face, right after the
UI family, and asks for the normal weight.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget

from desktop import environment

# Simplified-Chinese sans families, best first (Linux, Windows, macOS, others).
CJK_SANS = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "WenQuanYi Micro Hei",
    "Noto Sans SC",
)
_REGULAR_STYLES = {"regular", "normal", "book", "roman", "w3", "medium"}
# Error and success colours per scheme; both reach 4.5:1 (WCAG AA) on the base and
# window colours of their scheme (tests/ui/test_theme.py computes the ratios).
ERROR_LIGHT, ERROR_DARK = QColor("#b3261e"), QColor("#ff8a80")
OK_LIGHT, OK_DARK = QColor("#1b5e20"), QColor("#81c784")
MIN_CONTRAST = 4.5


def relative_luminance(color: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _palette_is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def error_color(palette: QPalette | None = None) -> QColor:
    """The red for problems, readable on the current scheme's background."""
    return QColor(ERROR_DARK if _palette_is_dark(palette) else ERROR_LIGHT)


def ok_color(palette: QPalette | None = None) -> QColor:
    return QColor(OK_DARK if _palette_is_dark(palette) else OK_LIGHT)


def error_style(palette: QPalette | None = None) -> str:
    """A style sheet for an error label."""
    return f"color: {error_color(palette).name()};"


def ok_style(palette: QPalette | None = None) -> str:
    return f"color: {ok_color(palette).name()};"


def error_border_style(palette: QPalette | None = None) -> str:
    """A style sheet marking a field with a problem."""
    return f"border: 1px solid {error_color(palette).name()};"


def cjk_family(families: list[str], styles_of: object = None) -> str | None:
    """The first of ``CJK_SANS`` that is installed with a regular-weight face."""
    installed = set(families)
    for family in CJK_SANS:
        if family not in installed:
            continue
        styles = styles_of(family) if callable(styles_of) else QFontDatabase.styles(family)
        if any(style.lower() in _REGULAR_STYLES for style in styles):
            return family
    return None


def app_font(base: QFont) -> QFont:
    """``base`` with a regular CJK family right after its own families."""
    font = QFont(base)
    family = cjk_family(QFontDatabase.families())
    if family is not None:
        from PySide6.QtGui import QFontInfo

        # The family really used (an alias such as "Sans Serif" would let the CJK face
        # draw the Latin text too).
        own = [QFontInfo(font).family(), *(font.families() or [font.family()])]
        font.setFamilies([*dict.fromkeys(f for f in own if f and f != family), family])
    font.setWeight(QFont.Weight.Normal)
    return font


def elide_headers(view: QWidget) -> None:
    """Header titles wider than their column end in "…" (Qt's headers clip them by
    default, both ends of a centred title cut off); the full title is its tool tip."""
    from PySide6.QtCore import Qt

    for header in view.findChildren(QHeaderView):
        header.setTextElideMode(Qt.TextElideMode.ElideRight)


def _dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor(37, 38, 41), QColor(28, 29, 31), QColor(230, 230, 230)
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor(44, 45, 48))
    p.setColor(QPalette.ColorRole.ToolTipBase, window)
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor(140, 140, 140))
    p.setColor(QPalette.ColorRole.Button, QColor(48, 49, 52))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.Highlight, QColor(42, 130, 218))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
    p.setColor(QPalette.ColorRole.Link, QColor(110, 170, 255))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(120, 120, 120))
    return p


_NATIVE_STYLES = ("windows11", "windowsvista", "macos")


def _light_palette() -> QPalette:
    """Fusion's own light palette, its ``standardPalette()`` in a light scheme, made as Qt
    makes it.  Made here, it spares the first paint PySide's QStyle type (some 550 enum
    members); tests/ui/test_theme.py checks it against Qt's, role by role."""
    window, text, white = QColor(239, 239, 239), QColor(0, 0, 0), QColor(255, 255, 255)
    mid, dark = window.darker(130), window.darker(150)
    shadow, highlight = dark.darker(135), QColor(48, 140, 198)
    disabled_text, disabled_highlight = QColor(190, 190, 190), QColor(145, 145, 145)
    colours = {  # role: (active and inactive, disabled)
        "WindowText": (text, disabled_text),
        "Button": (window, window),
        "Light": (window.lighter(150), window.lighter(150)),
        "Midlight": (mid.lighter(110), mid.lighter(110)),
        "Dark": (dark, QColor(209, 209, 209).darker(110)),
        "Mid": (mid, mid),
        "Text": (text, disabled_text),
        "BrightText": (white, white),
        "ButtonText": (text, disabled_text),
        "Base": (white, window),
        "Window": (window, window),
        "Shadow": (shadow, shadow.lighter(150)),
        "Highlight": (highlight, disabled_highlight),
        "HighlightedText": (white, white),
        "Link": (QColor(0, 0, 255), QColor(0, 0, 255)),
        "LinkVisited": (QColor(255, 0, 255), QColor(255, 0, 255)),
        "AlternateBase": (QColor(247, 247, 247), QColor(247, 247, 247)),
        "NoRole": (text, text),
        "ToolTipBase": (QColor(255, 255, 220), QColor(255, 255, 220)),
        "ToolTipText": (text, text),
        "PlaceholderText": (QColor(0, 0, 0, 128), QColor(0, 0, 0, 128)),
        "Accent": (highlight, disabled_highlight),
    }
    p = QPalette()
    for name, (active, disabled) in colours.items():
        role = QPalette.ColorRole[name]
        p.setColor(QPalette.ColorGroup.Active, role, active)
        p.setColor(QPalette.ColorGroup.Inactive, role, active)
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def _native_platform() -> bool:
    """Windows and macOS, whose own styles follow the system by themselves."""
    return sys.platform in ("win32", "darwin")


def style_arguments() -> list[str]:
    """The arguments that start a new QApplication in the style ``apply_theme`` chooses
    (``apply_theme(app, fusion_set=True)`` then leaves it): set afterwards, the style
    makes PySide build its QStyle type, which the first paint does without."""
    if _native_platform() and not environment.THEME.is_set():
        return []
    return ["-style", "Fusion"]


def is_dark() -> bool:
    """The system's scheme, unless ``IPO_WATCH_THEME`` says "dark" or "light"."""
    forced = environment.THEME.value().lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    # Asking creates PySide's ``Qt`` namespace (its ninety-odd enums): see ``apply_theme``.
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


_applied: dict[str, bool] = {}  # the scheme of the palette set ("dark": True/False)


def _set_palette(app: QApplication, dark: bool) -> None:
    app.setPalette(_dark_palette() if dark else _light_palette())
    _applied["dark"] = dark


def apply_theme(
    app: QApplication, dark: bool | None = None, *, fusion_set: bool = False
) -> bool | None:
    """Fusion with a palette for the current scheme; re-applied when the system switches.
    Returns whether the palette is dark (None: the platform's own style, no palette).

    Windows and macOS styles follow the system by themselves; elsewhere (and in
    the offscreen tests) Fusion gives the same look on every desktop.

    ``dark``: the scheme as the app last saw it, used instead of asking the system, which
    the first paint can do without (``IPO_WATCH_THEME`` still wins); ``check_scheme``
    asks once the window is up and puts the palette right if the scheme changed meanwhile.
    ``fusion_set``: the application was started with ``style_arguments()``.
    """
    app.setFont(app_font(app.font()))
    forced = environment.THEME.is_set()
    native = _native_platform() and app.style().name().lower() in _NATIVE_STYLES
    if native and not forced:
        _applied.clear()
        return None
    if not fusion_set:
        app.setStyle("Fusion")
    _set_palette(app, is_dark() if dark is None or forced else dark)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda *_: check_scheme(app))
    return _applied["dark"]


def check_scheme(app: QApplication) -> bool | None:
    """The scheme as the system says it now; the palette follows it if it differs from
    the one ``apply_theme`` set.  None when the platform's own style is in use."""
    if "dark" not in _applied:
        return None
    dark = is_dark()
    if dark != _applied["dark"]:
        _set_palette(app, dark)
    return dark


def unread_dot(palette: QPalette | None = None, size: int = 10) -> object:
    """A filled dot in the highlight colour that marks an unread row (a QIcon)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QIcon, QPainter, QPixmap

    palette = palette or QGuiApplication.palette()
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.end()
    return QIcon(pixmap)
