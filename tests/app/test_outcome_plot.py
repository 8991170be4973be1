"""The outcome plot (pytest-qt, offscreen): cloud, frontier, packages, estimate, deal marks, export."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtGui import QImage

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.plot.outcome_basis import deal_marks
from meso_desk.app.plot.outcome_plot import OutcomePlot
from meso_desk.model.counterpart.their_values import TheirValues


def with_meso_set(plan: md.Plan) -> md.Plan:
    pk = md.generate_mesos(plan, 3)
    names = ["A", "B", "C"]
    stored = [md.StoredPackage(name=n, terms=dict(p.terms), hold_value=True) for n, p in zip(names, pk)]
    return plan.replace(packages=(*plan.packages, *stored),
                        meso_sets=(md.MesoSet(name="MESO 1", level=plan.aspiration, packages=tuple(names)),))


@pytest.fixture
def make_plot(qtbot):
    def factory(plan: md.Plan | None = None, select: str | None = None, size=(460, 380)):
        doc = PlanDocument(plan or md.example_plan("supplier"))
        if select:
            doc.select_package(select)
        w = OutcomePlot(doc)
        qtbot.addWidget(w)
        w.resize(*size)
        w.show()
        qtbot.waitExposed(w)
        w.redraw()
        return w

    return factory


def test_frontier_cloud_and_meso_points(make_plot, supplier):
    plan = with_meso_set(supplier)
    w = make_plot(plan, select="B")
    assert w.objectName() == "outcomePlot"
    # the exact frontier under the opposed-interests prior
    fr = w.frontier
    ref = md.pareto_frontier(plan, TheirValues.opposed(plan))
    assert len(fr) == len(ref) > 10 and np.allclose(fr.ours, ref.ours)
    x, y = w.frontier_curve.getData()
    assert len(x) == 2 * len(fr) - 1
    # the density image, not thousands of items
    assert w.cloud.density.sum() == w.cloud.n
    assert w.cloud_image.image is not None and w.cloud_image.image.shape == w.cloud.density.shape
    # every package is a point at (our value, their estimated value)
    spots = {str(p.data()): p for p in w.points.points()}
    assert {"A", "B", "C"} <= set(spots)
    their = TheirValues.opposed(plan)
    for name in ("A", "B", "C", "Our ideal"):
        pos = spots[name].pos()
        assert pos.x() == pytest.approx(md.score(plan, plan.package(name)))
        assert pos.y() == pytest.approx(their.value(plan, plan.stored_package(name).terms))
    assert spots["A"].symbol() != spots["Our ideal"].symbol()
    assert w.ring.getData()[0][0] == pytest.approx(spots["B"].pos().x())
    assert w.reservation_line.value() == pytest.approx(plan.reservation)
    assert w.target_line.value() == pytest.approx(plan.aspiration)
    # the axis says plainly that their values are an estimate
    assert "estimate" in w.plot.getAxis("left").labelText
    assert "opposed-interests prior" in w.source_label.full_text()
    assert not w.error_bars.isVisible()


def test_a_weight_change_redraws_the_frontier(make_plot, qtbot, supplier):
    w = make_plot()
    before = w.frontier.ours.copy()
    weights = dict(supplier.weights)
    weights["Unit price"], weights["Warranty"] = 0.2, 0.28
    with qtbot.waitSignal(w.redrawn, timeout=2000):
        w._doc.apply(supplier.with_weights(weights), "weights")
    assert w.frontier.ours.shape != before.shape or not np.allclose(w.frontier.ours, before)


def test_a_term_change_moves_the_point_but_keeps_the_cloud(make_plot, qtbot, supplier):
    w = make_plot()
    cloud = w.cloud
    frontier = w.frontier
    doc = w._doc
    with qtbot.waitSignal(w.redrawn, timeout=2000):
        doc.apply(supplier.with_term("Our ideal", "Unit price", 230.0), "move")
    assert w.cloud is cloud and w.frontier is frontier  # nothing heavy recomputed for a term
    assert w.outcome("Our ideal").ours == pytest.approx(md.score(doc.plan, doc.plan.package("Our ideal")))


def test_recorded_rounds_switch_to_the_posterior_with_intervals(make_plot, qtbot, supplier):
    w = make_plot()
    prior = w.frontier
    plan = md.record_choice(supplier, ["Competing quote (BATNA)", "Our ideal"], 1)
    with qtbot.waitSignal(w.redrawn, timeout=5000):
        w._doc.apply(plan, "Record reaction")
    assert not w.estimate.is_prior and w.estimate.n_observations == 1
    assert "1 observation" in w.source_label.full_text()
    est = md.estimate_counterpart(plan).their_values()
    ref = md.pareto_frontier(plan, est)
    assert np.allclose(w.frontier.theirs, ref.theirs) and w.frontier is not prior
    assert all(o.interval is not None for o in w.outcomes)
    assert w.error_bars.isVisible()
    legend_text = " ".join(label.text for _s, label in w.legend.items)
    assert "80 % interval" in legend_text


def test_deal_phase_marks_the_agreement_and_the_zopa(make_plot, qtbot, supplier):
    from meso_desk.model.edits import deal_edits as deal
    plan = deal.with_their_reservation(supplier, 35.0, 5.0)
    plan = deal.with_agreement(plan, plan.stored_package("Our ideal").terms)
    marks = deal_marks(plan)
    assert marks["agreement"] == dict(plan.stored_package("Our ideal").terms)
    assert marks["their_reservation"] == (35.0, 30.0, 40.0)
    w = make_plot(plan)
    assert w.agreement is not None and w.agreement.ours == pytest.approx(md.score(plan, plan.package("Our ideal")))
    assert w.agreed.getData()[0][0] == pytest.approx(w.agreement.ours)
    assert w.zopa is not None and w.zopa_item.isVisible()
    assert w.zopa[:, 0].min() == pytest.approx(plan.reservation) and w.zopa[:, 1].min() == pytest.approx(35.0)
    assert w.their_line.isVisible() and w.their_line.value() == pytest.approx(35.0)
    legend_text = " ".join(label.text for _s, label in w.legend.items)
    assert "estimated ZOPA" in legend_text and "agreed" in legend_text
    # the band of their walk-away is named and not drawn in the ZOPA's green (it read as the ZOPA)
    assert w.their_band.isVisible() and "their walk-away, 80 % range" in legend_text
    band, zopa = w.their_band.brush.color(), w.zopa_item.brush().color()
    assert (band.red(), band.green(), band.blue()) != (zopa.red(), zopa.green(), zopa.blue())
    assert band.green() - band.red() < 30  # no green cast


def test_selection_and_click_select_packages(make_plot, qtbot, supplier):
    w = make_plot(select="Our ideal")
    with qtbot.waitSignal(w.redrawn, timeout=2000):
        w._doc.select_package("Competing quote (BATNA)")
    assert w.ring.getData()[0][0] == pytest.approx(w.outcome("Competing quote (BATNA)").ours)
    pts = [p for p in w.points.points() if p.data() == "Our ideal"]
    w._on_point_clicked(w.points, pts)
    assert w._doc.selected_package == "Our ideal"
    tip = w._tip(0, 0, "Our ideal")
    assert "for them (estimate)" in tip and "Unit price: EUR 190.00" in tip


def test_compact_layout_in_a_narrow_dock(make_plot, qtbot):
    w = make_plot(size=(270, 300))
    qtbot.waitUntil(lambda: w._compact, timeout=2000)
    w.redraw()
    assert w.plot.getAxis("left").labelText == "Their value (estimate)"
    labels = [label.text for _s, label in w.legend.items]
    assert "frontier" in labels and "our reservation" not in labels  # the lines are labelled directly


def test_export_writes_valid_png_and_svg(make_plot, tmp_path, supplier):
    w = make_plot(with_meso_set(supplier), select="B")
    png = w.export(tmp_path / "outcome.png")
    img = QImage(str(png))
    assert not img.isNull() and img.width() >= 2 * w.view.width() - 2
    svg = w.export(tmp_path / "outcome.svg")
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    text = svg.read_text(encoding="utf-8")
    assert "Our value (points)" in text and "opposed-interests prior" in text
    assert w.plot.titleLabel.text == "" or not w.plot.titleLabel.isVisible()  # title only in the file


def test_no_issues_clears_the_plot(make_plot):
    w = make_plot(md.Plan())
    assert w.frontier is None and w.outcomes == []
    assert "No issues" in w.source_label.full_text()


def test_a_weight_change_computes_off_the_gui_thread_and_shuts_down(qtbot, monkeypatch, supplier):
    import threading

    from meso_desk.app.plot import outcome_plot as op

    threads = []
    real = op.compute_basis

    def spy(plan, stale=lambda: None):
        threads.append(threading.current_thread())
        return real(plan, stale)

    monkeypatch.setattr(op, "compute_basis", spy)
    doc = PlanDocument(supplier)
    w = OutcomePlot(doc)
    qtbot.addWidget(w)
    w.resize(460, 380)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.frontier is not None and not w.is_busy(), timeout=3000)
    threads.clear()
    weights = dict(supplier.weights)
    for k in range(5):  # a burst of weight steps: one computation, of the latest
        weights["Unit price"], weights["Warranty"] = 0.30 - 0.01 * k, 0.18 + 0.01 * k
        doc.apply(supplier.with_weights(weights), "weights", merge_key="w")
    assert w.is_busy()
    with qtbot.waitSignal(w.redrawn, timeout=3000):
        pass
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    ref = md.pareto_frontier(doc.plan, TheirValues.opposed(doc.plan))
    assert np.allclose(w.frontier.ours, ref.ours)
    assert w.outcome("Our ideal").ours == pytest.approx(md.score(doc.plan, doc.plan.package("Our ideal")))
    w.close()
    assert not w._job.is_busy() and w._job.wanted is None  # stopped, nothing pending
