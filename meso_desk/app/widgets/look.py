"""Readable colours: the one home of the window's *secondary* text colour, of status colours
made readable on the palette in use, and of the light/dark palette (docs/window.md, "Colours
and contrast").

Every text that carries information — a hint, a date, a level, a legend, a caption — meets
WCAG AA: a contrast ratio of at least 4.5 : 1 against the background it is drawn on, in a light
and in a dark palette. Qt's *disabled* text colour is for controls that cannot be used and is
far below that (about 1.9 : 1 in the light Fusion palette), so a hint never borrows it:

    label.setPalette(muted_palette(label.palette()))      # a hint, a caption, a date
    f"color: {text_colour('#b71c1c', widget.palette()).name()};"   # a status colour, readable

The window follows the system's colour scheme (:func:`follow_colour_scheme`, Qt 6's
``QStyleHints.colorScheme()``): where the style does not switch by itself, a dark scheme gets
:func:`dark_palette`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

#: WCAG AA for normal text.
AA = 4.5
#: The red of a refused input's reason (made readable on the palette by :func:`text_colour`).
ERROR = "#b71c1c"
#: How far the secondary colour starts from the text colour towards the background (then it is
#: pulled back until it reaches :data:`AA` against every background it may be drawn on).
_SECONDARY_MIX = 0.45
#: readable colours already worked out: (colour, text, backgrounds, minimum) → colour
_READABLE: dict[tuple, QColor] = {}


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an (opaque) colour, 0 (black) … 1 (white)."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 … 21 (an alpha below 1 is composed onto ``b``)."""
    a = over(a, b)
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def over(colour: QColor, background: QColor) -> QColor:
    """``colour`` composed onto an opaque ``background`` (what the eye sees)."""
    a = colour.alphaF()
    if a >= 1.0:
        return QColor(colour)
    return QColor.fromRgbF(colour.redF() * a + background.redF() * (1 - a),
                           colour.greenF() * a + background.greenF() * (1 - a),
                           colour.blueF() * a + background.blueF() * (1 - a))


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved the fraction ``t`` of the way towards ``b``."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def backgrounds(palette: QPalette) -> tuple[QColor, ...]:
    """The backgrounds text is drawn on: the window, the views' base and alternate rows."""
    roles = (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)
    return tuple(palette.color(QPalette.ColorGroup.Active, r) for r in roles)


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` draws light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def text_colour(colour: QColor | str, palette: QPalette, minimum: float = AA) -> QColor:
    """``colour`` (a status red, a hint grey …) moved towards the palette's text colour just
    far enough to reach ``minimum`` contrast on every background of ``palette``."""
    want = QColor(colour)
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    bgs = backgrounds(palette)
    key = (want.rgba(), text.rgba(), tuple(b.rgba() for b in bgs), minimum)
    hit = _READABLE.get(key)
    if hit is None:
        if len(_READABLE) > 1024:  # a handful of palettes and colours in practice
            _READABLE.clear()
        hit = _READABLE[key] = _readable(want, text, bgs, is_dark(palette), minimum)
    return QColor(hit)


def _readable(want: QColor, text: QColor, bgs: tuple[QColor, ...], dark: bool, minimum: float) -> QColor:
    # the hue kept, the lightness moved: towards white on a dark palette, black on a light one
    end = QColor("#ffffff") if dark else QColor("#000000")
    if min(contrast_ratio(end, b) for b in bgs) < minimum:
        end = text
    return _toward(want, end, lambda c: min(contrast_ratio(c, b) for b in bgs) >= minimum)


def _toward(start: QColor, end: QColor, good) -> QColor:
    """The colour nearest ``start`` on the way to ``end`` that is ``good`` — as a whole
    8-bit colour (what a style sheet's ``#rrggbb`` keeps), so rounding never undoes it."""
    if good(start):
        return QColor(start)
    lo, hi = 0.0, 1.0
    for _ in range(20):
        mid = (lo + hi) / 2
        if good(QColor(_mix(start, end, mid).name())):
            hi = mid
        else:
            lo = mid
    found = QColor(_mix(start, end, hi).name())
    return found if good(found) else QColor(end)


def fill_behind(text: QColor | str, fill: QColor | str, minimum: float = AA) -> QColor:
    """``fill`` (a chip, a badge) darkened — or lightened behind dark text — just enough for
    ``text`` on it to reach ``minimum``."""
    fg = QColor(text)
    end = QColor("#000000") if fg.lightnessF() >= 0.5 else QColor("#ffffff")
    return _toward(QColor(fill), end, lambda c: contrast_ratio(fg, c) >= minimum)


_READABLE: dict[tuple[str, int], QColor] = {}


def readable(colour: QColor | str) -> QColor:
    """``colour`` made readable (:func:`text_colour`) on the application's palette (remembered
    per colour and palette: status colours are asked for in every frame of a drag)."""
    app = QGuiApplication.instance()
    pal = app.palette() if app is not None else QPalette()
    key = (QColor(colour).name(QColor.NameFormat.HexArgb), pal.cacheKey())
    found = _READABLE.get(key)
    if found is None:
        if len(_READABLE) > 256:
            _READABLE.clear()
        found = _READABLE[key] = text_colour(colour, pal)
    return QColor(found)


def secondary_text_colour(palette: QPalette) -> QColor:
    """The colour of secondary text (hints, dates, levels, legends, captions): visibly
    quieter than the text, and still at least 4.5 : 1 on the window and the views."""
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    return text_colour(_mix(text, window, _SECONDARY_MIX), palette)


def muted_palette(palette: QPalette) -> QPalette:
    """``palette`` with its text roles in :func:`secondary_text_colour` (for a label or a
    view showing secondary text)."""
    pal = QPalette(palette)
    grey = secondary_text_colour(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            pal.setColor(group, role, grey)
    return pal


def mute(widget: QWidget) -> None:
    """Draw ``widget``'s text in the secondary colour: a hint, still readable."""
    widget.setPalette(muted_palette(widget.palette()))


def dark_palette() -> QPalette:
    """A dark palette for styles that do not follow a dark system scheme by themselves
    (every text role at least 4.5 : 1 on its background)."""
    c = QColor
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: c("#2b2b2b"), QPalette.ColorRole.WindowText: c("#e8e8e8"),
        QPalette.ColorRole.Base: c("#1f1f1f"), QPalette.ColorRole.AlternateBase: c("#292929"),
        QPalette.ColorRole.Text: c("#e8e8e8"), QPalette.ColorRole.Button: c("#353535"),
        QPalette.ColorRole.ButtonText: c("#e8e8e8"), QPalette.ColorRole.BrightText: c("#ffffff"),
        QPalette.ColorRole.Highlight: c("#3a6fc4"), QPalette.ColorRole.HighlightedText: c("#ffffff"),
        QPalette.ColorRole.ToolTipBase: c("#3a3a3a"), QPalette.ColorRole.ToolTipText: c("#f0f0f0"),
        QPalette.ColorRole.PlaceholderText: c("#a0a0a0"), QPalette.ColorRole.Link: c("#8ab4f8"),
        QPalette.ColorRole.LinkVisited: c("#c58af9"), QPalette.ColorRole.Light: c("#4a4a4a"),
        QPalette.ColorRole.Midlight: c("#3e3e3e"), QPalette.ColorRole.Mid: c("#5a5a5a"),
        QPalette.ColorRole.Dark: c("#1a1a1a"), QPalette.ColorRole.Shadow: c("#0d0d0d"),
    }
    for role, colour in roles.items():
        pal.setColor(role, colour)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, c("#7a7a7a"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, c("#262626"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, c("#303030"))
    return pal


def with_readable_hints(palette: QPalette) -> QPalette:
    """``palette`` with its placeholder colour (what hints in the window's rich text use as
    ``palette(placeholder-text)``, and the empty fields' hints) readable: the secondary colour."""
    pal = QPalette(palette)
    grey = secondary_text_colour(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, QPalette.ColorRole.PlaceholderText, grey)
    return pal


#: what a check box's or radio button's frame is drawn from (Fusion draws it 40 % darker than the
#: Window colour): from these greys it reads at 3 : 1 at least on the Base of the cards and fields
INDICATOR_WINDOW = {"dark": "#a8a8a8", "light": "#bdbdbd"}


def visible_indicators(app, palette: QPalette) -> None:
    """Check boxes and radio buttons whose frame shows (3 : 1, WCAG's rule for the parts of a
    control). Fusion draws the frame from the palette's Window colour made darker, which on a dark
    palette is as dark as the cards' Base (issue 26: the faint Hold-value box) and on a light one
    1.9 : 1 on white; these two classes get their own Window colour (they never fill their
    background with it)."""
    from PySide6.QtWidgets import QApplication

    if not isinstance(app, QApplication):
        return
    pal = QPalette(palette)
    grey = QColor(INDICATOR_WINDOW["dark" if is_dark(palette) else "light"])
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, QPalette.ColorRole.Window, grey)
    for cls in ("QCheckBox", "QRadioButton"):
        QApplication.setPalette(pal, cls)


def follow_colour_scheme(app: QGuiApplication) -> None:
    """Give ``app`` a dark palette when the system's colour scheme is dark and the style kept
    a light one, follow later changes of the scheme (widgets built afterwards see it), and make
    the palette's hint colour readable (:func:`with_readable_hints`). Calling it again only
    re-applies the hints."""
    first = not app.property("mesoFollowsScheme")
    light = QPalette(app.palette()) if first else app.property("mesoLightPalette")

    def apply(scheme: Qt.ColorScheme) -> None:
        pal = app.palette()
        if scheme == Qt.ColorScheme.Dark and not is_dark(pal):
            pal = dark_palette()
        elif scheme == Qt.ColorScheme.Light and is_dark(pal) and isinstance(light, QPalette) and not is_dark(light):
            pal = light
        app.setPalette(with_readable_hints(pal))
        visible_indicators(app, pal)

    apply(app.styleHints().colorScheme())
    if first:
        app.setProperty("mesoFollowsScheme", True)
        app.setProperty("mesoLightPalette", light)
        app.styleHints().colorSchemeChanged.connect(apply)


__all__ = ["AA", "ERROR", "contrast_ratio", "relative_luminance", "over", "backgrounds", "is_dark", "text_colour", "readable",
           "secondary_text_colour", "fill_behind", "muted_palette", "mute", "dark_palette", "with_readable_hints",
           "follow_colour_scheme", "visible_indicators"]
