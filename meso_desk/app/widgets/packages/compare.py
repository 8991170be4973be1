"""CompareDialog (``compareDialog``): chosen packages side by side, one column each.

Rows are the issues (the term in the user's units; a term that differs between the chosen
packages is bold), then each package's points, its total cost when the plan has a cost model
(:func:`~meso_desk.model.offers.contingent.package_total_cost`, as the cards show it), its
relationship effect (the goodwill of its concessions: :mod:`~meso_desk.model.offers.relationship`,
``docs/behind-the-table.md``) and its status in words — the one status rule of
:mod:`~meso_desk.model.offers.status`. The packages are chosen with the checkboxes of the
list on the left (``comparePicker``); the table (``compareTable``) follows the plan as it
changes. Internal: it shows our points, so it is never printed for the other side.

Side by side means side by side: the dialog opens as large as its table, up to the screen;
where the screen has no room for every column at its full width, the columns of terms are
narrowed alike and a term too long for its cell ends in "…" (the whole of it in the cell's
tooltip) — a column is never narrower than its numbers. Where even that leaves no room for every
column (many packages on a small screen) they scroll sideways, and the issue names beside them —
the table's frozen label column — take the room three columns leave (up to :data:`SIDE_MAX`),
so that they can be read whole. A contingent package's points and total cost are expected values
under our forecast: their cells say "expected", as its card does; a contingent term shows its
clause in short under the base term, as the card does.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....model.contingent.sentences import clause_sentence, short_clause
from ....model.language import QT_TR_NOOP, number, tr
from ....model.offers.contingent import package_total_cost, total_cost_words
from ....model.offers.relationship import goodwill_moves, relationship_effect
from ....model.offers.status import package_status
from ....model.plan import Plan
from ....model.preferences.total_cost import format_money
from ...document import Change, PlanDocument
from ..common import described, fit_to_screen, tab_leaves
from ..glyphs import status_colour

#: the rows under the issues (keys of :meth:`CompareDialog.cell`; shown translated)
SCORE_ROW = QT_TR_NOOP("Points")
#: the row of each package's total cost, under its points (only when the plan has a cost model)
COST_ROW = QT_TR_NOOP("Total cost")
RELATIONSHIP_ROW = QT_TR_NOOP("Relationship")
STATUS_ROW = QT_TR_NOOP("Status")
#: the rows of numbers: their cells are never shortened
NUMBER_ROWS = (SCORE_ROW, COST_ROW, RELATIONSHIP_ROW)

#: a column of terms is never made wider than this (pixels) …
COLUMN_MAX = 300
#: … nor narrower than this, nor than its numbers
COLUMN_MIN = 90
#: the package list and the issue names each take at most this share of the screen's width …
SIDE_SHARE = 0.2
#: … and at most this many pixels (a longer name ends in "…", whole in its tooltip)
SIDE_MAX = 260
#: where the columns must scroll sideways anyway, the issue names beside them take the room
#: (up to :data:`SIDE_MAX`) this many columns of packages (a MESO set) leave at their narrowest
IN_VIEW = 3
#: the air around a cell's text (the delegate's margins and the grid line)
CELL_PADDING = 14


def differing_issues(plan: Plan, names: Sequence[str]) -> set[str]:
    """The issues on which the packages ``names`` do not all have the same term — a clause on
    it counts as part of the term (the same base term with and without one, or with two
    different ones, differs)."""
    stored = [plan.stored_package(n) for n in names]

    def term(sp, issue: str) -> tuple:
        clause = sp.clauses.get(issue)
        return sp.terms[issue], None if clause is None else clause.model_dump_json()

    return {i.name for i in plan.issues if len({term(sp, i.name) for sp in stored}) > 1}


def share_width(natural: Sequence[int], least: Sequence[int], room: int) -> list[int]:
    """Column widths for ``room`` pixels: each column's ``natural`` width where they all fit;
    else the widest ones narrowed alike (to one common cap), none below its ``least``; when even
    the least widths do not fit, those (the table then scrolls)."""
    want = [max(n, m) for n, m in zip(natural, least)]
    if sum(want) <= room:
        return want
    if sum(least) >= room:
        return list(least)
    lo, hi = 0, max(want)
    while lo < hi:  # the largest cap that fits
        mid = (lo + hi + 1) // 2
        if sum(max(m, min(w, mid)) for w, m in zip(want, least)) <= room:
            lo = mid
        else:
            hi = mid - 1
    return [max(m, min(w, lo)) for w, m in zip(want, least)]


class _Table(QTableWidget):
    """The table, asking for the room its columns and rows take (set by the dialog)."""

    def __init__(self) -> None:
        super().__init__()
        self.wanted = QSize(480, 260)

    def sizeHint(self) -> QSize:
        return QSize(self.wanted)


class CompareDialog(QDialog):
    """A compact side-by-side table of any chosen packages (non-modal; follows the plan)."""

    def __init__(self, document: PlanDocument, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(tr("Compare packages"))
        self._doc = document
        self._building = False
        lay = QHBoxLayout(self)
        left = QVBoxLayout()
        self._picker_label = QLabel(tr("Packages to compare:"))
        left.addWidget(self._picker_label)
        self.picker = QListWidget()
        self.picker.setObjectName("comparePicker")
        self.picker.setAccessibleName(tr("Packages to compare"))
        self.picker.setAccessibleDescription(tr("Tick the packages to compare"))
        self.picker.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # a long name ends in "…" (whole in its tooltip) rather than scrolling the list sideways
        self.picker.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.picker.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.picker.itemChanged.connect(self._picked)
        left.addWidget(self.picker, 1)
        lay.addLayout(left)
        right = QVBoxLayout()
        self.table = tab_leaves(_Table())
        self.table.setObjectName("compareTable")
        self.table.setAccessibleName(tr("Packages side by side"))
        self.table.setAccessibleDescription(tr("The ticked packages side by side: their terms, our points and total cost"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)  # one line a cell: a long term ends in "…"
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for header in (self.table.horizontalHeader(), self.table.verticalHeader()):
            header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long name ends in "…"
        right.addWidget(self.table, 1)
        note = QLabel(tr("Terms that differ between the chosen packages are in bold."))
        note.setObjectName("compareNote")
        note.setWordWrap(True)
        right.addWidget(note)
        buttons = described(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        buttons.rejected.connect(self.reject)
        right.addWidget(buttons)
        lay.addLayout(right, 1)
        self._chosen = [n for n in names if n in document.plan.package_names]
        document.changed.connect(self._on_changed)
        self._refresh()
        self._size_to_table(grow_only=False)

    # -- choosing ----------------------------------------------------------------------
    def packages(self) -> list[str]:
        """The packages in the table, in the plan's order."""
        return list(self._chosen)

    def set_packages(self, names: Sequence[str]) -> None:
        plan = self._doc.plan
        wanted = set(names)
        self._chosen = [n for n in plan.package_names if n in wanted]
        self._refresh()

    def _picked(self, _item: QListWidgetItem) -> None:
        if self._building:
            return
        names = [self.picker.item(k).text() for k in range(self.picker.count())
                 if self.picker.item(k).checkState() == Qt.CheckState.Checked]
        self.set_packages(names)

    def _on_changed(self, change: Change) -> None:
        if change.touches("packages", "issues", "weights", "meso_sets", "reservation", "aspiration", "goodwill",
                          "relationship_weight", "events"):
            plan = self._doc.plan
            old = change.old.package_names if change.old is not None else []
            now = plan.package_names
            if len(old) == len(now):  # a package renamed keeps its place and stays compared
                renamed = {a: b for a, b in zip(old, now) if a != b and a not in now and b not in old}
                self._chosen = [renamed.get(n, n) for n in self._chosen]
            self._chosen = [n for n in self._chosen if n in now]
            self._refresh()

    # -- the table ---------------------------------------------------------------------
    def _refresh(self) -> None:
        self._fill_picker()
        self._fill_table()
        self._fit_columns()
        if self.isVisible():
            self._size_to_table(grow_only=True)  # a package ticked: room for its column too

    def _fill_picker(self) -> None:
        plan = self._doc.plan
        self._building = True
        try:
            listed = [self.picker.item(k).text() for k in range(self.picker.count())]
            if listed != plan.package_names:
                self.picker.clear()
                for name in plan.package_names:
                    item = QListWidgetItem(name)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setToolTip(name)
                    item.setCheckState(Qt.CheckState.Unchecked)  # without a state there is no box to tick
                    self.picker.addItem(item)
            for k in range(self.picker.count()):
                item = self.picker.item(k)
                state = Qt.CheckState.Checked if item.text() in self._chosen else Qt.CheckState.Unchecked
                if item.checkState() != state:
                    item.setCheckState(state)
        finally:
            self._building = False

    def _fill_table(self) -> None:
        plan = self._doc.plan
        names = self._chosen
        differ = differing_issues(plan, names) if len(names) > 1 else set()
        rows = _rows(plan)
        t = self.table
        t.clear()
        t.setRowCount(len(rows))
        t.setColumnCount(len(names))
        for r, row in enumerate(rows):
            head = QTableWidgetItem(row if r < len(plan.issues) else tr(row))
            head.setToolTip(head.text())  # whole where the issue's name is shortened
            t.setVerticalHeaderItem(r, head)
        t.setHorizontalHeaderLabels(names)
        bold = QFont(t.font())
        bold.setBold(True)
        at = {row: r for r, row in enumerate(rows)}
        for c, name in enumerate(names):
            sp = plan.stored_package(name)
            meso = plan.meso_set_of(name)
            head = t.horizontalHeaderItem(c)
            head.setToolTip(tr("{package} ({set})").format(package=name, set=meso.name) if meso is not None else name)
            for r, issue in enumerate(plan.issues):
                item = _term_item(plan, sp, issue)
                if issue.name in differ:
                    item.setFont(bold)
                if not issue.is_acceptable(sp.terms[issue.name]):
                    item.setForeground(status_colour("unacceptable"))
                t.setItem(r, c, item)
            st = package_status(plan, name)
            score = _number_item(_expected(number(st.value, 1), plan.package(name).contingent))
            score.setToolTip(st.details)
            t.setItem(at[SCORE_ROW], c, score)
            if COST_ROW in at:
                t.setItem(at[COST_ROW], c, _cost_item(plan, name))
            t.setItem(at[RELATIONSHIP_ROW], c, _relationship_item(plan, sp.terms))
            status = QTableWidgetItem(st.text)
            status.setToolTip("\n".join(x for x in (st.text, st.details) if x))
            status.setData(Qt.ItemDataRole.UserRole, st.status)
            if st.status in ("below", "unacceptable"):
                status.setForeground(status_colour(st.status))
            t.setItem(at[STATUS_ROW], c, status)

    # -- room ------------------------------------------------------------------------
    def _room(self) -> QSize:
        """The largest the dialog may be: the screen it is on (its parent's), less the margins
        :func:`~meso_desk.app.widgets.common.fit_to_screen` leaves."""
        host = self.parentWidget() or self
        screen = host.screen() or QApplication.primaryScreen()
        if screen is None:
            return QSize(1280, 760)
        avail = screen.availableGeometry()
        return QSize(avail.width() - 40, avail.height() - 60)

    def _fit_columns(self) -> None:
        """The package list and the issue names at most a share of the screen (less where the
        columns need the room); the columns as wide as their cells (up to :data:`COLUMN_MAX`),
        narrowed alike where the screen has no room for all of them, never below their numbers."""
        t = self.table
        room = self._room()
        t.resizeColumnsToContents()
        natural = [min(t.columnWidth(c), COLUMN_MAX) for c in range(t.columnCount())]
        least = [max(COLUMN_MIN, self._numbers_width(c)) for c in range(t.columnCount())]
        wide = int(min(SIDE_MAX, max(120, room.width() * SIDE_SHARE)))
        narrow = max(120, int(wide * 0.6))
        for side in (wide, narrow):  # narrower sides before narrower columns
            chrome = self._set_sides(side, side)
            space = room.width() - chrome
            if sum(max(n, m) for n, m in zip(natural, least)) <= space:
                break
        if sum(least) > space:  # the columns scroll anyway: the issue names readable beside them
            labels = narrow + space - sum(least[:IN_VIEW])
            space = room.width() - self._set_sides(narrow, max(narrow, labels))
        widths = share_width(natural, least, space)
        for c, w in enumerate(widths):
            t.setColumnWidth(c, w)
        t.resizeRowsToContents()
        rows = sum(t.rowHeight(r) for r in range(t.rowCount()))
        height = t.horizontalHeader().sizeHint().height() + rows + 2 * t.frameWidth() + 2
        width = 2 * t.frameWidth() + t.verticalHeader().maximumWidth() + sum(widths) + 2
        if sum(widths) > space:  # more columns than the screen holds: a scroll bar under them
            height += _scrollbar()
        if height > room.height() - 120:  # rows to scroll: room for the scroll bar beside them
            width += _scrollbar()
        t.wanted = QSize(min(width, room.width()), height)
        t.updateGeometry()

    def _set_sides(self, side: int, labels: int) -> int:
        """Give the package list at most ``side`` pixels and the issue names at most ``labels``
        (and :data:`SIDE_MAX`); returns the dialog's width outside the table's columns."""
        t, p = self.table, self.picker
        listed = p.sizeHintForColumn(0) if p.count() else 0
        p.setFixedWidth(min(side, max(120, listed + 2 * p.frameWidth() + _scrollbar() + 4)))
        vh = t.verticalHeader()
        vh.setMaximumWidth(min(labels, SIDE_MAX, vh.sizeHint().width()))
        m = self.layout().contentsMargins()
        listed = max(p.width(), self._picker_label.sizeHint().width())
        return (m.left() + m.right() + listed + self.layout().spacing() + 2 * t.frameWidth()
                + vh.maximumWidth() + _scrollbar() + 2)

    def _numbers_width(self, column: int) -> int:
        """The width the numbers of ``column`` take whole (points, total cost, relationship)."""
        rows = _rows(self._doc.plan)
        out = 0
        for row in NUMBER_ROWS:
            item = self.table.item(rows.index(row), column) if row in rows else None
            if item is not None:
                out = max(out, QFontMetrics(item.font()).horizontalAdvance(item.text()) + CELL_PADDING)
        return out

    def _size_to_table(self, grow_only: bool) -> None:
        """The dialog as large as the table and the list ask for, up to the screen (with
        ``grow_only``, never smaller than it is: the user may have made it larger)."""
        lay = self.layout()
        lay.invalidate()
        lay.activate()
        hint = self.sizeHint().expandedTo(QSize(420, 280))
        if grow_only:
            if hint.width() <= self.width() and hint.height() <= self.height():
                return
            hint = hint.expandedTo(self.size())
        fit_to_screen(self, hint.width(), hint.height())

    def cell(self, row: str, package: str) -> QTableWidgetItem | None:
        """The table's item for ``row`` (an issue, ``SCORE_ROW``, ``COST_ROW`` — with a cost model —,
        ``RELATIONSHIP_ROW`` or ``STATUS_ROW``) and ``package``."""
        rows = _rows(self._doc.plan)
        if row not in rows or package not in self._chosen:
            return None
        return self.table.item(rows.index(row), self._chosen.index(package))


def _rows(plan: Plan) -> list[str]:
    costs = [COST_ROW] if plan.costs is not None else []
    return [i.name for i in plan.issues] + [SCORE_ROW, *costs, RELATIONSHIP_ROW, STATUS_ROW]


def _scrollbar() -> int:
    """The width of a scroll bar in the current style."""
    return QApplication.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)


def _term_item(plan: Plan, sp, issue) -> QTableWidgetItem:
    """A term's cell; a contingent term is its base term and, under it, its clause in short as
    the card words it ("↳ −2 %/pt below 95 % on-time, ≤ 10 %"), the clause's sentence in the tooltip."""
    base = sp.terms[issue.name]
    text = issue.format_term(base)
    clause = sp.clauses.get(issue.name)
    if clause is None:
        item = QTableWidgetItem(text)
        item.setToolTip(f"{issue.name}: {text}")
        return item
    event = next((e for e in plan.events if e.name == clause.event), None)
    item = QTableWidgetItem(f"{text}\n↳ {short_clause(clause, issue, event)}")
    item.setToolTip(f"{issue.name}: {item.text()}\n{clause_sentence(clause, issue, base, event)}")
    item.setData(Qt.ItemDataRole.UserRole, "contingent")
    return item


def _number_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _expected(value: str, contingent: bool) -> str:
    """``value`` (a contingent package's points or total cost: an expected value under our forecast)
    said to be expected, as its card says it ("Total EUR 425,127 expected", "63.4" beside "expected")."""
    return tr("{value} expected", "a contingent package's points or total cost").format(value=value) if contingent \
        else value


def _cost_item(plan: Plan, name: str) -> QTableWidgetItem:
    """The package's total cost as the cards count it (a contingent package's expectation),
    its breakdown in the tooltip."""
    package = plan.package(name)
    cost = package_total_cost(plan, package)
    item = _number_item("–" if cost is None else _expected(format_money(cost, plan.currency), package.contingent))
    words, tip = total_cost_words(plan, package)
    item.setToolTip("\n".join(x for x in (words, tip) if x))
    return item


def _relationship_item(plan: Plan, terms) -> QTableWidgetItem:
    """The relationship effect (``+3.1``; "–" when no issue has goodwill), its moves in the tooltip."""
    effect = relationship_effect(plan, terms) if plan.goodwill else 0.0
    item = _number_item(("+" if effect >= 0 else "") + number(effect, 1, grouping=False)
                        if plan.goodwill else "–")
    moves = [m.sentence(plan) for m in goodwill_moves(plan, terms)] if plan.goodwill else []
    item.setToolTip("\n".join([tr("Goodwill of its concessions (docs/behind-the-table.md)"), *moves]))
    return item


__all__ = ["COST_ROW", "CompareDialog", "differing_issues", "RELATIONSHIP_ROW", "SCORE_ROW", "STATUS_ROW",
           "share_width"]
