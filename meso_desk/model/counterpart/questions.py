"""The question most worth asking now: a planner for what to ask in the room.

After each reaction the estimate knows some things and not others. Each candidate question is
scored by how much its (possibly insincere) answer is expected to tell about what we decide
next — their top issue, which issue to concede on, which term to offer — in bits:

* **"Which of these issues matters most to you?"** — the entropy of their top issue, times
  the learned trust in such answers (:attr:`CounterpartEstimate.answer_trust`);
* **"Which matters more to you: X or Y?"** — for the two likeliest top issues: the entropy of
  "X outweighs Y", times the trust;
* **"Which <issue> suits you best?"** — for the issue whose best term for them is most
  uncertain, weighted by how much the issue probably matters to them;
* **"What would you change in <package>?"** — after a pick: a counter-offer says which issue
  they most want moved and to what; worth the top issue's entropy plus the issue's.

The answer is recorded as typed evidence on the latest round
(:func:`~meso_desk.model.edits.round_edits.with_answer`), each kind with its own likelihood
(:mod:`~meso_desk.model.counterpart.evidence`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..language import in_sentence, tr
from ..plan import Plan
from .inference import CounterpartEstimate, estimate_counterpart

KINDS = ("most_important", "pairwise", "preferred_term", "counter_offer")


@dataclass(frozen=True)
class Question:
    """One question for the room: ``kind`` (one of :data:`KINDS`), the words to say, why it is
    worth asking, the ``issues`` it is about, the answers to offer (``options``) and its
    expected information in bits (``bits``)."""

    kind: str
    text: str
    why: str
    issues: tuple[str, ...]
    options: tuple[str, ...]
    bits: float


def _entropy(p: np.ndarray) -> float:
    p = np.asarray(p, dtype=float)
    p = p[p > 1e-12]
    return float(-(p * np.log2(p)).sum())


def candidate_questions(plan: Plan, estimate: CounterpartEstimate | None = None) -> list[Question]:
    """Every question the planner considers, most informative first."""
    if len(plan.issues) < 2:
        return []
    est = estimate if estimate is not None else estimate_counterpart(plan)
    names = list(est.names)
    trust = est.answer_trust
    trust = 0.5 if trust != trust else trust  # no answer yet: the default trust
    p_top = np.array([est.top_issue[n] for n in names])
    h_top = _entropy(p_top)
    # an issue's name inside a question: "the unit price", but acronyms, proper names and German
    # nouns as written (in German always as written)
    low = in_sentence
    out = [Question("most_important", tr("Which of these issues matters most to you?"),
                    tr("we are {sure:.0f} % sure which issue matters most to them "
                       "(their answers so far are believed about {trust:.0f} %)").format(
                        sure=100 * p_top.max(), trust=100 * trust),
                    tuple(names), tuple(names), h_top * trust)]
    W = est.sample_weights_matrix(512)
    a, b = (names[i] for i in np.argsort(-p_top, kind="stable")[:2])
    p_ab = float((W[:, names.index(a)] > W[:, names.index(b)]).mean())
    out.append(Question("pairwise", tr("Which matters more to you: {a} or {b}?").format(a=low(a), b=low(b)),
                        tr("{a} and {b} are the likeliest to matter most to them; "
                           "{a} outweighs {b} in {share:.0f} % of what their reactions allow").format(
                            a=a, b=b, share=100 * p_ab),
                        (a, b), (a, b), _entropy([p_ab, 1.0 - p_ab]) * trust))
    tables = est.issue_sample_values(256)
    wmean = W.mean(axis=0)
    best_q = None
    for i, (name, tab) in enumerate(zip(names, tables)):
        if tab.shape[0] < 2:
            continue
        best = np.bincount(np.argmax(tab, axis=0), minlength=tab.shape[0]) / tab.shape[1]
        bits = _entropy(best) * min(1.0, wmean[i] * len(names)) * trust
        if best_q is None or bits > best_q[0]:
            best_q = (bits, name, float(best.max()))
    if best_q is not None:
        bits, name, p_best = best_q
        issue = plan.issue(name)
        labels = tuple(str(x) for x in getattr(issue, "labels", ())) or ()
        out.append(Question("preferred_term", tr("Which {issue} suits you best?").format(issue=low(name)),
                            tr("which {issue} they want is the least clear of the issues that may matter "
                               "(the likeliest term is only {sure:.0f} % sure)").format(issue=low(name),
                                                                                       sure=100 * p_best),
                            (name,), labels, bits))
    last = plan.rounds[-1] if plan.rounds else None
    if last is not None and last.ranking and last.counter_offer is None:
        label = last.offered[last.ranking[0]].label
        out.append(Question("counter_offer", tr("What would you change in {package}?").format(package=label),
                            tr("they preferred {package}: the one change they ask for says which issue they most "
                               "want moved, and where").format(package=label),
                            tuple(names), (), 0.5 * h_top + 0.25))
    # a kind already answered on the latest round is not asked again until the next one (an answer
    # there would only replace it: asked again, it reads as if the first answer went unheard)
    answered = _answered_kinds(last)
    return sorted((q for q in out if q.kind not in answered), key=lambda q: -q.bits)


def _answered_kinds(r) -> set[str]:
    if r is None:
        return set()
    done = set()
    if r.statement_issue is not None:
        done.add("most_important")
    if r.issue_over is not None:
        done.add("pairwise")
    if r.preferred_term:
        done.add("preferred_term")
    if r.counter_offer:
        done.add("counter_offer")
    return done


def next_question(plan: Plan, estimate: CounterpartEstimate | None = None) -> Question | None:
    """The one question most worth asking now (``None`` for a plan with fewer than two issues, or
    when every kind of question has been answered on the latest round)."""
    qs = candidate_questions(plan, estimate)
    return qs[0] if qs else None
