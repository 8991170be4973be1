"""Package cards: what we put on the table for the other side — terms only, never our numbers.

A :class:`CardSet` is the content of one set of cards, built from a plan and the packages to
offer (letters A, B, C … in the given order). It carries exactly what is printed and
nothing else: our organisation, the counterpart and their negotiator, every term in plain words with its unit
("Unit price: EUR 41.50"), an optional "valid until" date and the line that presents the
options as simultaneous and equally welcome. It never holds our points, weights,
reservation value, BATNA, aspiration, notes, approvers, relationship notes or any estimate
of the counterpart, so no renderer built on it can leak them.

Package *names* are never printed either: they are the planner's own labels ("Our ideal",
"Fallback for the CFO") and the cards only say "Option A".

Nor is our walk-away ever *offered*: :func:`card_set` refuses a package that is our BATNA, a
competing quote, worth our reservation value or a near-copy of one (:func:`reveal_problems`,
the rules in ``docs/cards.md``), and :func:`unequal_warning` says when the options spread more
of our points than the MESO engine's tolerance allows.

Qt-free; the Qt renderer lives in :mod:`meso_desk.app.printing.card_painter`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from ..base import Term
from ..contingent.sentences import clause_sentence
from ..counterpart.constituencies import talking_points
from ..counterpart.their_values import TheirValues
from ..offers.meso import MAX_TOLERANCE
from ..offers.status import TARGET_TOLERANCE, below_reservation
from ..package import Package
from ..plan import MesoSet, Plan
from ..scoring import score
from ..supplier import held_offers
from ..wording import format_date, join_words

#: Card layouts understood by the renderer and the CLI.
CARD_LAYOUTS: tuple[str, ...] = ("a4-3up", "letter-3up", "a5", "a6")
DEFAULT_LAYOUT = "a4-3up"

#: The line that presents several options as simultaneous and equally welcome.
PRESENTATION_LINE = "We are happy to proceed with any of these options — which works best for you?"
#: The line on a single card (one option only).
SINGLE_LINE = "We are happy to proceed on these terms."
#: The heading of the optional card reverse (talking points for their negotiator).
REVERSE_TITLE = "Why this works for you"
#: A reverse with no talking point says this (the card still has a back when asked for).
NO_POINTS_LINE = "These terms are offered together with the other options; choose what suits you best."

#: Words that must never appear on a card or in its metadata (the no-leak tests check them).
FORBIDDEN_WORDS: tuple[str, ...] = ("point", "score", "weight", "reservation", "BATNA", "utility",
                                    "priority", "priorities", "estimate", "aspiration")


class CardError(ValueError):
    """A set of packages that cannot be printed as cards (one human line)."""


class SupplierError(CardError):
    """Cards that would show one supplier another supplier's terms (its quote, an offer we hold
    from it or a near-copy of one): always refused, whatever the user confirms (``reasons``: one
    line per package)."""

    def __init__(self, reasons: Sequence[str]):
        self.reasons = tuple(reasons)
        more = f" (and {len(self.reasons) - 1} more)" if len(self.reasons) > 1 else ""
        super().__init__(f"{self.reasons[0]}{more}")


class RevealError(CardError):
    """Cards that would show our hand (our BATNA, a competing quote, our reservation or a near-copy
    of one): refused unless the user confirms (``reasons`` holds one line per package)."""

    def __init__(self, reasons: Sequence[str]):
        self.reasons = tuple(reasons)
        more = f" (and {len(self.reasons) - 1} more)" if len(self.reasons) > 1 else ""
        super().__init__(f"{self.reasons[0]}{more}")


@dataclass(frozen=True)
class CardTerm:
    """One printed term: the issue in plain words and its formatted value."""

    label: str
    value: str
    #: The term differs between the cards of the set (the renderer highlights it).
    differs: bool = False
    #: The issue's description (printed only when the user asks for descriptions).
    note: str = ""
    #: A contingent term's clause in one plain sentence, printed under the term ("If on-time
    #: delivery falls below 95 % in a quarter, the unit price …"); "" for a fixed term. It is
    #: built from the clause, the base term and the event's name only — never from a forecast.
    condition: str = ""

    @property
    def text(self) -> str:
        """``"Unit price: EUR 41.50"``."""
        return f"{self.label}: {self.value}"


@dataclass(frozen=True)
class Card:
    """One card: ``Option A`` and its terms in plan issue order."""

    letter: str
    terms: tuple[CardTerm, ...]
    #: Letters of the other cards of the set (empty for a single card).
    companions: tuple[str, ...] = ()
    #: The word before the letter ("Option"; post-settlement cards say "Alternative").
    heading: str = "Option"
    #: The talking points on the card's reverse ("Why this works for you"; empty: no reverse).
    reverse: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        return f"{self.heading} {self.letter}"

    @property
    def companions_line(self) -> str:
        """``"Offered together with options B and C."`` ("" for a single card)."""
        if not self.companions:
            return ""
        word = self.heading.lower()
        return f"Offered together with {word if len(self.companions) == 1 else word + 's'} " \
               f"{join_words(self.companions)}."


@dataclass(frozen=True)
class CardSet:
    """The printed content of one set of cards (see the module docstring for what it never holds)."""

    cards: tuple[Card, ...]
    our_organisation: str = ""
    counterpart: str = ""
    #: Optional subject line chosen by the user ("Office chairs 2027"); empty by default,
    #: because the plan's working title is ours, not theirs.
    subject: str = ""
    valid_until: date | None = None
    presentation: str = PRESENTATION_LINE
    #: Their negotiator (the plan's properties), printed on the "For …" line.
    negotiator: str = ""
    #: The heading of the card reverses; "" when the cards have no reverse.
    reverse_title: str = ""

    @property
    def letters(self) -> tuple[str, ...]:
        return tuple(c.letter for c in self.cards)

    @property
    def issue_labels(self) -> tuple[str, ...]:
        return tuple(t.label for t in self.cards[0].terms) if self.cards else ()

    @property
    def from_line(self) -> str:
        """``"Halden Facilities GmbH"`` (or "" when the plan names no organisation)."""
        return self.our_organisation

    @property
    def to_line(self) -> str:
        """``"For Ergonord Seating AB"``, ``"For Lena Berg, Ergonord Seating AB"`` (or "")."""
        who = ", ".join(x for x in (self.negotiator, self.counterpart) if x)
        return f"For {who}" if who else ""

    @property
    def valid_until_line(self) -> str:
        return f"Valid until {format_date(self.valid_until)}" if self.valid_until else ""

    @property
    def document_title(self) -> str:
        """A neutral document title for the PDF metadata: ``"Options for Ergonord Seating AB"``."""
        return f"Options for {self.counterpart}" if self.counterpart else "Options"

    def lines(self, card: Card) -> list[str]:
        """Every piece of text printed on ``card``, in reading order."""
        out = [self.from_line, card.title, self.to_line, self.subject]
        for t in card.terms:
            out.append(t.text)
            if t.note:
                out.append(t.note)
            if t.condition:
                out.append(t.condition)
        out += [self.presentation, card.companions_line, self.valid_until_line]
        return [x for x in out if x] + self.reverse_lines(card)

    def reverse_lines(self, card: Card) -> list[str]:
        """The text of ``card``'s reverse: the heading, the option and its talking points ([] without)."""
        if not self.reverse_title:
            return []
        return [self.reverse_title, card.title, *card.reverse]

    def text(self) -> str:
        """All printed text of the set, card after card (for checks and plain-text export)."""
        return "\n\n".join("\n".join(self.lines(c)) for c in self.cards)


# -- building -----------------------------------------------------------------------------
def letters(n: int) -> list[str]:
    """``A, B, C, …, Z, AA, AB, …`` — the letters of ``n`` options."""
    out = []
    for k in range(n):
        s = ""
        k += 1
        while k:
            k, r = divmod(k - 1, 26)
            s = chr(65 + r) + s
        out.append(s)
    return out


def as_packages(plan: Plan, packages: Iterable[Package | Mapping[str, Term] | str]) -> list[Package]:
    """Packages checked against ``plan``: Package objects, term mappings or package names."""
    out = []
    for p in packages:
        if isinstance(p, str):
            try:
                out.append(plan.package(p))
            except KeyError:
                raise CardError(f"no package called {p!r} in the plan") from None
        elif isinstance(p, Package) and p.plan is plan:
            out.append(p)
        else:
            try:
                out.append(Package(plan, dict(p), name=getattr(p, "name", None)))
            except ValueError as e:
                raise CardError(str(e)) from None
    return out


def offer_problems(plan: Plan, packages: Sequence[Package]) -> list[str]:
    """Why some packages may not be offered (empty when all may): a package that breaks a hard
    limit, uses an unacceptable option or falls below our reservation value never goes on a card.
    The reasons are for us (they may name points); they are never printed on a card."""
    out = []
    for letter, p in zip(letters(len(packages)), packages):
        who = f"Option {letter}" + (f" ({p.name})" if p.name and p.name != letter else "")
        for v in p.violations:
            out.append(f"{who}: {v}")
        s = score(plan, p)
        if below_reservation(plan, s):
            out.append(f"{who} is below our reservation value ({s:.1f} < {plan.reservation:.1f} points)")
    return out


def card_set(plan: Plan, packages: Iterable[Package | Mapping[str, Term] | str], *,
             valid_until: date | None = None, subject: str = "", show_descriptions: bool = False,
             presentation: str | None = None, check: bool = True, heading: str = "Option",
             reference: Mapping[str, Term] | None = None, allow_revealing: bool = False,
             why_this_works: bool = False, their: TheirValues | None = None) -> CardSet:
    """The cards for ``packages`` (in the given order, lettered A, B, C …).

    With ``check`` (the default) a package that is another supplier's offer or a near-copy of one
    (:func:`supplier_problems`) raises :class:`SupplierError`, always; a package that may not be
    offered (hard limit, unacceptable option, below our reservation value) raises
    :class:`CardError`, and one that would show our
    hand (:func:`reveal_problems`) raises :class:`RevealError` unless ``allow_revealing`` (the
    window, after the user confirmed); no card is printed then.
    ``valid_until`` defaults to the plan's own date (its properties).
    ``heading`` is the word before the letter; with a ``reference`` package (the agreement,
    for post-settlement cards) the terms that differ from it are the highlighted ones.
    ``why_this_works`` adds a reverse to every card with the talking points for their
    negotiator (:func:`~meso_desk.model.counterpart.constituencies.talking_points` under
    ``their``, the counterpart estimate; default the opposed-interests prior); a point that
    :func:`reverse_leaks` flags is left out, never printed.
    """
    pkgs = as_packages(plan, packages)
    if not pkgs:
        raise CardError("no packages to print")
    if not plan.issues:
        raise CardError("the plan has no issues")
    if check:
        crossed = supplier_problems(plan, pkgs)
        if crossed:  # never one supplier's terms on another's cards, confirmed or not
            raise SupplierError(crossed)
        problems = offer_problems(plan, pkgs)
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise CardError(f"cannot offer {problems[0]}{more}")
        if not allow_revealing:
            reveal = reveal_problems(plan, pkgs)
            if reveal:
                raise RevealError(reveal)
    names = letters(len(pkgs))
    texts = [[i.format_term(p[i.name]) for i in plan.issues] for p in pkgs]
    conditions = [[condition_sentence(plan, p, i.name) for i in plan.issues] for p in pkgs]
    differs = [len({(row[k], cond[k]) for row, cond in zip(texts, conditions)}) > 1
               for k in range(len(plan.issues))]
    if reference is not None:
        ref = [i.format_term(i.check_term(reference[i.name])) for i in plan.issues]
        ref_clauses = getattr(reference, "clauses", None) or {}
    cards = []
    for n, (letter, row, cond) in enumerate(zip(names, texts, conditions)):
        terms = tuple(
            CardTerm(i.name, row[k],
                     differs[k] if reference is None
                     else row[k] != ref[k] or pkgs[n].clauses.get(i.name) != ref_clauses.get(i.name),
                     i.description.strip() if show_descriptions else "", cond[k])
            for k, i in enumerate(plan.issues)
        )
        companions = tuple(x for m, x in enumerate(names) if m != n)
        back = _reverse(plan, pkgs, n, their) if why_this_works else ()
        cards.append(Card(letter, terms, companions, heading.strip() or "Option", back))
    line = presentation if presentation is not None else (PRESENTATION_LINE if len(pkgs) > 1 else SINGLE_LINE)
    return CardSet(tuple(cards), plan.our_organisation.strip(), plan.counterpart.strip(), subject.strip(),
                   valid_until if valid_until is not None else plan.valid_until, line.strip(),
                   plan.negotiator.strip(), REVERSE_TITLE if why_this_works else "")


def condition_sentence(plan: Plan, package: Package, issue: str) -> str:
    """The sentence printed under ``issue``'s term when the package makes it contingent ("" when
    the term is fixed): :func:`~meso_desk.model.contingent.sentences.clause_sentence`, which
    reads the clause, the base term and the event's name, unit and period — never a forecast."""
    clause = package.clauses.get(issue)
    if clause is None:
        return ""
    try:
        event = plan.event(clause.event)
    except KeyError:
        event = None
    return clause_sentence(clause, plan.issue(issue), package[issue], event)


def _reverse(plan: Plan, pkgs: Sequence[Package], n: int, their: TheirValues | None) -> tuple[str, ...]:
    points = talking_points(plan, pkgs[n], their=their, others=pkgs)
    clean = tuple(x for x in points if not reverse_leaks(plan, pkgs, [x], their))
    return clean or (NO_POINTS_LINE,)


def _our_figures(plan: Plan, packages: Sequence[Package], their: TheirValues | None = None) -> set[str]:
    """Our figures as the program writes them (scores, reservation, aspiration, weights; the
    estimate's weights of the other side when given)."""
    figures = set()
    for x in [score(plan, p) for p in packages] + [plan.reservation, plan.aspiration]:
        figures |= {f"{x:.1f}", f"{x:.2f}"}
    shares = list(plan.weights.values()) + (list(their.weight_map().values()) if their is not None else [])
    for w in shares:
        figures |= {f"{100 * w:.1f} %", f"{100 * w:.1f}%", f"{100 * w:.0f} %", f"{100 * w:.0f}%"}
    return figures


def _figure_in(text: str, figures: set[str]) -> str:
    """The first of ``figures`` written in ``text`` as a number of its own, else ""."""
    return next((f for f in sorted(figures)
                 if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d.,]*\d)", text)), "")


def _leak_in(text: str, figures: set[str]) -> str:
    """Why ``text`` leaks (a forbidden word or one of ``figures``), else ""."""
    m = _FORBIDDEN_RE.search(text)
    if m:
        return f"says “{m.group(0)}”"
    fig = _figure_in(text, figures)
    return f"contains {fig}, one of our figures" if fig else ""


def reverse_leaks(plan: Plan, packages: Sequence[Package], lines: Sequence[str],
                  their: TheirValues | None = None) -> list[str]:
    """The card-reverse ``lines`` that would leak: a forbidden word (point, weight, estimate …)
    or one of our figures or the estimate's weights — once the issue names and terms printed on
    the cards' fronts are taken out (they are theirs to see). One human line per leak; empty when clean."""
    fronts = sorted({i.format_term(p[i.name]) for p in packages for i in plan.issues} | set(plan.issue_names),
                    key=len, reverse=True)
    figures = _our_figures(plan, packages, their)
    out = []
    for line in lines:
        bare = line
        for t in fronts:
            bare = bare.replace(t, " ")
        why = _leak_in(bare, figures)
        if why:
            out.append(f"the talking point “{line}” {why}")
    return out


# -- which packages by default ------------------------------------------------------------
def latest_meso_set(plan: Plan) -> MesoSet | None:
    """The MESO set made last (by its creation time; the last in the file when times are missing)."""
    if not plan.meso_sets:
        return None
    indexed = list(enumerate(plan.meso_sets))
    dated = [(s.created, k) for k, s in indexed if s.created is not None]
    if len(dated) == len(indexed):
        return plan.meso_sets[max(dated)[1]]
    return plan.meso_sets[-1]


def default_packages(plan: Plan) -> tuple[list[Package], str]:
    """What to print when nothing is chosen, and a phrase saying what it is.

    The plan's latest MESO set if there is one; otherwise every package of the plan that may be
    offered (acceptable, above our reservation value and not showing our hand), in plan order.
    Either way a package that would show our hand (:func:`reveal_problems`) is left out.
    """
    s = latest_meso_set(plan)
    if s is not None:
        members = [plan.package(n) for n in s.packages]
        ok = [p for p in members if not reveal_problems(plan, [p])]
        if ok:
            skipped = len(members) - len(ok)
            note = f"; {skipped} that would show our hand left out" if skipped else ""
            return ok, f"MESO set {s.name!r}{note}"
    ok = offerable_packages(plan)
    if not ok:
        raise CardError("the plan has no MESO set and no package that may be offered")
    skipped = len(plan.packages) - len(ok)
    note = f"; {skipped} that may not be offered left out" if skipped else ""
    return ok, f"all packages of the plan{note}"


_FORBIDDEN_RE = re.compile(r"\b(points?|scores?|weight\w*|reservation|batna|utility|utilities|"
                           r"priorit\w*|estimat\w*|aspiration)\b", re.IGNORECASE)


def leak_warnings(plan: Plan, cards: CardSet, packages: Sequence[Package]) -> list[str]:
    """Warnings when text *you* typed would put our words or numbers on the cards.

    The program never prints our points, weights, reservation, BATNA or estimates; but a
    subject line, an issue description or the organisation names are free text and could.
    Checks them for the words (point, score, weight, reservation, BATNA, utility, priority,
    estimate, aspiration) and for our figures as the program writes them (scores, level,
    reservation, aspiration, weights). Returns human lines; empty when all is clean.
    """
    figures = _our_figures(plan, packages)
    texts = [("the subject line", cards.subject), ("our organisation's name", cards.our_organisation),
             ("the counterpart's name", cards.counterpart), ("their negotiator's name", cards.negotiator)]
    if cards.cards:
        texts += [(f"the description of {t.label}", t.note) for t in cards.cards[0].terms if t.note]
    if cards.reverse_title:
        texts += [(f"the constituency {c.party!r}", f"{c.party} {c.what}") for c in plan.their_constituencies]
    out = []
    for where, text in texts:
        m = _FORBIDDEN_RE.search(text) if text else None
        if m:
            out.append(f"{where} says “{m.group(0)}”")
        fig = _figure_in(text, figures) if text else ""
        if fig:
            out.append(f"{where} contains {fig}, one of our figures")
    for where, text in texts:  # another supplier's name or negotiator in text you typed
        other = _other_name_in(plan, text)
        if other:
            out.append(f"{where} names {other}, another supplier")
    # A contingent term's sentence carries the clause's own numbers (on the card by right) and
    # the event's name and unit, which you typed: those are checked for our words.
    conditions = sorted({(t.label, t.condition) for c in cards.cards for t in c.terms if t.condition})
    for label, text in conditions:
        m = _FORBIDDEN_RE.search(text)
        if m:
            out.append(f"the condition on {label} says “{m.group(0)}” (the event's name or unit)")
    return out


def offerable_packages(plan: Plan) -> list[Package]:
    """Every package of the plan that may be offered (acceptable, above our reservation) and would
    not show our hand (:func:`reveal_problems`: printing it would hand the other side our walk-away)."""
    pkgs = [plan.package(sp.name) for sp in plan.packages]
    return [p for p in pkgs if not offer_problems(plan, [p]) and not reveal_problems(plan, [p])]


def set_level(plan: Plan, packages: Sequence[Package]) -> tuple[float | None, str]:
    """The target level of ``packages`` if they are exactly a stored MESO set: the set's own
    level, else the plan's aspiration (``docs/decisions.md``). ``(None, "")`` otherwise."""
    names = [p.name for p in packages]
    for s in reversed(plan.meso_sets):
        if list(s.packages) == names and all(
                n in plan.package_names and plan.package(n) == p for n, p in zip(names, packages)):
            if s.level is not None:
                return s.level, f"level of {s.name}"
            return plan.aspiration, "aspiration"
    return None, ""


# -- never our hand: BATNA, competing quotes, the reservation, near-copies ------------------------
#: A numeric term is *near* another within this many of its steps …
NEAR_STEPS = 1
#: … or within this share of its range, whichever is wider (``docs/cards.md``).
NEAR_SHARE = 0.05
#: Words in a package's name or note that say it is the competing quote (our BATNA).
_COMPETING_RE = re.compile(r"\b(batna|competing|competitor\w*|walk[- ]?away|best alternative)\b", re.IGNORECASE)
#: Cards whose options spread more than this many of our points are not equal: the MESO engine
#: places every package within its widest tolerance of one level (``docs/cards.md``).
UNEQUAL_SPREAD = 2 * MAX_TOLERANCE


def says_competing_quote(text: str) -> bool:
    """``text`` (a package's name or note) says the package is the competing quote."""
    return bool(_COMPETING_RE.search(text or ""))


def near_distance(issue) -> float:
    """How far a numeric term may lie from another and still be a near-copy of it."""
    return max(NEAR_STEPS * issue.step, NEAR_SHARE * (issue.max - issue.min))


def is_near_copy(plan: Plan, a: Mapping[str, Term], b: Mapping[str, Term]) -> bool:
    """Every numeric term of ``a`` within :func:`near_distance` of ``b``'s, every other term equal."""
    for issue in plan.issues:
        x, y = a.get(issue.name), b.get(issue.name)
        if isinstance(x, bool) or isinstance(y, bool) or not (
                isinstance(x, int | float) and isinstance(y, int | float)):
            if x != y:
                return False
        elif abs(float(x) - float(y)) > near_distance(issue) + 1e-9:
            return False
    return True


def walkaway_terms(plan: Plan) -> list[tuple[str, dict[str, Term]]]:
    """The terms that stand for our walk-away, each with a phrase naming it: the plan's BATNA
    package, and every stored package whose name or note says it is the competing quote."""
    out: list[tuple[str, dict[str, Term]]] = []
    if plan.batna_package is not None:
        out.append(("our BATNA (the competing quote)", dict(plan.batna_package)))
    if plan.outside_option is not None:
        out.append(("our outside option", dict(plan.outside_option)))
    for sp in plan.packages:
        if says_competing_quote(sp.name) or says_competing_quote(sp.note):
            out.append((f"the competing quote {sp.name!r}", dict(plan.package(sp.name).items())))
    return out


def reveal_problems(plan: Plan, packages: Sequence[Package]) -> list[str]:
    """Why some packages would show our hand (empty when none would), one line per package: it is
    (or nearly copies) our BATNA or a competing quote, or it is worth our reservation value (within
    the status rule's tolerance), or it is (or nearly copies) an offer we hold from another supplier
    (:func:`supplier_problems`). For us only: the lines may name points and package names."""
    crossed = dict(_crossing(plan, packages))
    refs = walkaway_terms(plan)
    out = []
    for letter, p in zip(letters(len(packages)), packages):
        who = f"Option {letter}" + (f" ({p.name})" if p.name and p.name != letter else "")
        terms = dict(p.items())
        reason = crossed.get(letter, "")
        for label, ref in ([] if reason else refs):
            if terms == ref:
                reason = f"it is {label}"
                break
            if is_near_copy(plan, terms, ref):
                reason = f"it is a near-copy of {label}"
                break
        s = score(plan, p)
        if not reason and not below_reservation(plan, s) and s < plan.reservation + TARGET_TOLERANCE:
            reason = f"it is worth our reservation value ({s:.1f} ≈ {plan.reservation:.1f} points)"
        if reason:
            out.append(f"{who} would show our hand: {reason}")
    return out


# -- several suppliers: each sees only its own terms (docs/suppliers.md) -----------------------------
def other_supplier_terms(plan: Plan) -> list[tuple[str, dict[str, Term]]]:
    """Every offer we hold from a supplier other than the one worked on — its quotes, accepted
    packages, complete counter-offers, its agreement — each with a phrase naming it (for us)."""
    out: list[tuple[str, dict[str, Term]]] = []
    for rec in plan.suppliers:
        for label, pkg in held_offers(plan, rec):
            out.append((f"{label} of {rec.name}", dict(pkg.items())))
    return out


def _crossing(plan: Plan, packages: Sequence[Package]) -> list[tuple[str, str]]:
    """(letter, reason) for each package that is or nearly copies another supplier's offer."""
    refs = other_supplier_terms(plan)
    out = []
    for letter, p in zip(letters(len(packages)), packages):
        terms = dict(p.items())
        for label, ref in refs:
            if terms == ref:
                out.append((letter, f"it is the {label}"))
                break
            if is_near_copy(plan, terms, ref):
                out.append((letter, f"it is a near-copy of the {label}"))
                break
    return out


def supplier_problems(plan: Plan, packages: Sequence[Package]) -> list[str]:
    """Why some packages would show the supplier worked on another supplier's terms (empty when
    none would; always empty with one supplier), one line per package. For us only."""
    named = {letter: p for letter, p in zip(letters(len(packages)), packages)}
    out = []
    for letter, reason in _crossing(plan, packages):
        p = named[letter]
        who = f"Option {letter}" + (f" ({p.name})" if p.name and p.name != letter else "")
        out.append(f"{who} may not go to {plan.counterpart}: {reason}, another supplier")
    return out


def _other_name_in(plan: Plan, text: str) -> str:
    """The first other supplier's name or negotiator written in ``text`` ("" when none)."""
    if not text:
        return ""
    low = text.casefold()
    for rec in plan.suppliers:
        for name in (rec.counterpart, rec.negotiator):
            if name.strip() and name.strip().casefold() in low:
                return name.strip()
    return ""


def spread(plan: Plan, packages: Sequence[Package]) -> float:
    """Our points of the best option minus those of the worst (0 for one option)."""
    points = [score(plan, p) for p in packages]
    return max(points) - min(points) if points else 0.0


def unequal_warning(plan: Plan, packages: Sequence[Package]) -> str:
    """A line when the options are not equal for us (their spread is over :data:`UNEQUAL_SPREAD`),
    else "". For us only (it names points): the cards say the options are equally welcome."""
    if len(packages) < 2:
        return ""
    width = spread(plan, packages)
    if width <= UNEQUAL_SPREAD + 1e-9:
        return ""
    return (f"the options are not equal for us: they spread {width:.1f} points "
            f"(more than {UNEQUAL_SPREAD:g}), yet the cards call them equally welcome")
