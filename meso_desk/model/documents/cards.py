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
from ..language import QT_TR_NOOP, current_language, tr
from ..offers.meso import MAX_TOLERANCE
from ..offers.status import below_reservation, worth_reservation
from ..package import Package
from ..plan import MesoSet, Plan
from ..scoring import score
from ..supplier import held_offers
from ..supplier_names import other_supplier_named
from ..wording import format_date, join_words
from .document_language import document_language, plan_language

#: Card layouts understood by the renderer and the CLI.
CARD_LAYOUTS: tuple[str, ...] = ("a4-3up", "letter-3up", "a5", "a6")
DEFAULT_LAYOUT = "a4-3up"

#: The line that presents several options as simultaneous and equally welcome (English; printed
#: as ``tr(PRESENTATION_LINE)`` in the plan's language, like the other lines below).
PRESENTATION_LINE = QT_TR_NOOP("We are happy to proceed with any of these options — which works best for you?")
#: The line on a single card (one option only).
SINGLE_LINE = QT_TR_NOOP("We are happy to proceed on these terms.")
#: The heading of the optional card reverse (talking points for their negotiator).
REVERSE_TITLE = QT_TR_NOOP("Why this works for you")
#: A reverse with no talking point says this (the card still has a back when asked for); a single card
#: has no other options to mention.
NO_POINTS_LINE = QT_TR_NOOP("These terms are offered together with the other options; choose what suits you best.")
NO_POINTS_LINE_ONE = QT_TR_NOOP("These terms are offered as a whole; tell us what would make them work for you.")

#: Words that must never appear on a card or in its metadata (the no-leak tests check them).
FORBIDDEN_WORDS: tuple[str, ...] = ("point", "score", "weight", "reservation", "BATNA", "utility",
                                    "priority", "priorities", "estimate", "aspiration")


def _option_who(letter: str, name: str | None) -> str:
    """``"Option B"``, ``"Option B (Fallback for the CFO)"`` — a package named for us."""
    if name and name != letter:
        return tr("Option {letter} ({name})", "for us").format(letter=letter, name=name)
    return tr("Option {letter}", "for us").format(letter=letter)


class CardError(ValueError):
    """A set of packages that cannot be printed as cards (one human line)."""


def _first_and_more(reasons: Sequence[str]) -> str:
    """``"the first reason (and 2 more)"``."""
    if len(reasons) > 1:
        return tr("{first} (and {more} more)").format(first=reasons[0], more=len(reasons) - 1)
    return reasons[0]


class SupplierError(CardError):
    """Cards that would show one supplier another supplier's terms (its quote, an offer we hold
    from it or a near-copy of one): always refused, whatever the user confirms (``reasons``: one
    line per package)."""

    def __init__(self, reasons: Sequence[str]):
        self.reasons = tuple(reasons)
        super().__init__(_first_and_more(self.reasons))


class RevealError(CardError):
    """Cards that would show our hand (our BATNA, a competing quote, our reservation or a near-copy
    of one): refused unless the user confirms (``reasons`` holds one line per package)."""

    def __init__(self, reasons: Sequence[str]):
        self.reasons = tuple(reasons)
        super().__init__(_first_and_more(self.reasons))


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
        return tr("{label}: {value}", "a term").format(label=self.label, value=self.value)


@dataclass(frozen=True)
class Card:
    """One card: ``Option A`` and its terms in plan issue order."""

    letter: str
    terms: tuple[CardTerm, ...]
    #: Letters of the other cards of the set (empty for a single card).
    companions: tuple[str, ...] = ()
    #: The word before the letter ("Option"; post-settlement cards say "Alternative"), in
    #: English: the card prints it in its ``language``.
    heading: str = "Option"
    #: The talking points on the card's reverse ("Why this works for you"; empty: no reverse).
    reverse: tuple[str, ...] = ()
    #: The language the card is printed in (the plan's); None: the language being spoken.
    language: str | None = None

    @property
    def title(self) -> str:
        with document_language(self.language):
            if self.heading == "Option":
                return tr("Option {letter}", "card title").format(letter=self.letter)
            if self.heading == "Alternative":
                return tr("Alternative {letter}", "card title").format(letter=self.letter)
            return f"{self.heading} {self.letter}"

    @property
    def companions_line(self) -> str:
        """``"Offered together with options B and C."`` ("" for a single card)."""
        if not self.companions:
            return ""
        with document_language(self.language):
            others = join_words(self.companions)
            one = len(self.companions) == 1
            if self.heading == "Option":
                return (tr("Offered together with option {letters}.") if one
                        else tr("Offered together with options {letters}.")).format(letters=others)
            if self.heading == "Alternative":
                return (tr("Offered together with alternative {letters}.") if one
                        else tr("Offered together with alternatives {letters}.")).format(letters=others)
            word = self.heading.lower()
            return tr("Offered together with {options} {letters}.").format(
                options=word if one or current_language() != "en" else word + "s", letters=others)


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
    #: The language the cards are printed in (the plan's); None: the language being spoken.
    language: str | None = None

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
        if not who:
            return ""
        with document_language(self.language):
            return tr("For {who}", "card addressee").format(who=who)

    @property
    def valid_until_line(self) -> str:
        if not self.valid_until:
            return ""
        with document_language(self.language):
            return tr("Valid until {date}").format(date=format_date(self.valid_until))

    @property
    def document_title(self) -> str:
        """A neutral document title for the PDF metadata: ``"Options for Ergonord Seating AB"``."""
        with document_language(self.language):
            if self.counterpart:
                return tr("Options for {counterpart}").format(counterpart=self.counterpart)
            return tr("Options", "card document title")

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
                raise CardError(tr("no package called {name!r} in the plan").format(name=p)) from None
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
        who = _option_who(letter, p.name)
        for v in p.violations:
            out.append(tr("{who}: {problem}").format(who=who, problem=v))
        s = score(plan, p)
        if below_reservation(plan, s):
            out.append(tr("{who} is below our reservation value ({score:.1f} < {reservation:.1f} points)").format(
                who=who, score=s, reservation=plan.reservation))
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

    The cards speak the plan's language (``plan.language``) whatever the window speaks; the
    refusals above are for the person printing and speak the language already spoken.
    """
    pkgs = as_packages(plan, packages)
    if not pkgs:
        raise CardError(tr("no packages to print"))
    if not plan.issues:
        raise CardError(tr("the plan has no issues"))
    if check:
        crossed = supplier_problems(plan, pkgs)
        if crossed:  # never one supplier's terms on another's cards, confirmed or not
            raise SupplierError(crossed)
        problems = offer_problems(plan, pkgs)
        if problems:
            raise CardError(tr("cannot offer {problem}").format(problem=_first_and_more(problems)))
        if not allow_revealing:
            reveal = reveal_problems(plan, pkgs)
            if reveal:
                raise RevealError(reveal)
    with plan_language(plan) as language:
        return _card_set(plan, pkgs, language, valid_until, subject, show_descriptions, presentation, heading,
                         reference, why_this_works, their)


def _card_set(plan: Plan, pkgs: Sequence[Package], language: str, valid_until: date | None, subject: str,
              show_descriptions: bool, presentation: str | None, heading: str,
              reference: Mapping[str, Term] | None, why_this_works: bool, their: TheirValues | None) -> CardSet:
    """The cards of :func:`card_set`, checked already, in the language being spoken."""
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
        cards.append(Card(letter, terms, companions, heading.strip() or "Option", back, language))
    if presentation is None:
        presentation = PRESENTATION_LINE if len(pkgs) > 1 else SINGLE_LINE
    if presentation == PRESENTATION_LINE:  # our own lines in the plan's language; yours as you typed them
        line = tr(PRESENTATION_LINE)
    elif presentation == SINGLE_LINE:
        line = tr(SINGLE_LINE)
    else:
        line = presentation
    return CardSet(tuple(cards), plan.our_organisation.strip(), plan.counterpart.strip(), subject.strip(),
                   valid_until if valid_until is not None else plan.valid_until, line.strip(),
                   plan.negotiator.strip(), tr(REVERSE_TITLE) if why_this_works else "", language)


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
    return clean or (tr(NO_POINTS_LINE if len(pkgs) > 1 else NO_POINTS_LINE_ONE),)


def _our_figures(plan: Plan, packages: Sequence[Package], their: TheirValues | None = None,
                 language: str | None = None) -> set[str]:
    """Our figures as the program writes them (scores, reservation, aspiration, weights; the
    estimate's weights of the other side when given); in German also with a decimal comma."""
    figures = set()
    for x in [score(plan, p) for p in packages] + [plan.reservation, plan.aspiration]:
        figures |= {f"{x:.1f}", f"{x:.2f}"}
    shares = list(plan.weights.values()) + (list(their.weight_map().values()) if their is not None else [])
    for w in shares:
        figures |= {f"{100 * w:.1f} %", f"{100 * w:.1f}%", f"{100 * w:.0f} %", f"{100 * w:.0f}%"}
    if (language or current_language()) == "de":
        figures |= {f.replace(".", ",") for f in figures}
    return figures


def _figure_in(text: str, figures: set[str]) -> str:
    """The first of ``figures`` written in ``text`` as a number of its own, else ""."""
    return next((f for f in sorted(figures)
                 if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d.,]*\d)", text)), "")


def _leak_in(text: str, figures: set[str]) -> str:
    """Why ``text`` leaks (a forbidden word or one of ``figures``), else ""."""
    m = _FORBIDDEN_RE.search(text)
    if m:
        return tr("says “{word}”").format(word=m.group(0))
    fig = _figure_in(text, figures)
    return tr("contains {figure}, one of our figures").format(figure=fig) if fig else ""


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
            out.append(tr("the talking point “{line}” {why}").format(line=line, why=why))
    return out


# -- which packages by default ------------------------------------------------------------
def latest_meso_set(plan: Plan) -> MesoSet | None:
    """The MESO set made last (by its creation time; the last in the file when times are missing)
    among those not archived (an archived set is put away: never the one in play); None when
    every set is archived or there is none."""
    indexed = [(k, s) for k, s in enumerate(plan.meso_sets) if not s.archived]
    if not indexed:
        return None
    dated = [(s.created, k) for k, s in indexed if s.created is not None]
    if len(dated) == len(indexed):
        return plan.meso_sets[max(dated)[1]]
    return indexed[-1][1]


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
            if skipped:
                return ok, tr("MESO set {name!r}; {skipped} that would show our hand left out").format(
                    name=s.name, skipped=skipped)
            return ok, tr("MESO set {name!r}").format(name=s.name)
    ok = offerable_packages(plan)
    if not ok:
        raise CardError(tr("the plan has no MESO set and no package that may be offered"))
    skipped = len(plan.packages) - len(ok)
    if skipped:
        return ok, tr("all packages of the plan; {skipped} that may not be offered left out").format(skipped=skipped)
    return ok, tr("all packages of the plan")


#: Our words (points, weights, reservation …) in English and German (cards printed in German).
_FORBIDDEN_RE = re.compile(r"\b(points?|scores?|weight\w*|reservation|batna|utility|utilities|"
                           r"priorit\w*|estimat\w*|aspiration|"
                           r"punkte?|punktzahl\w*|punktwert\w*|gewicht\w*|reservationswert\w*|nutzwert\w*|"
                           r"prioritä\w*|schätzung\w*|anspruchsniveau\w*)\b", re.IGNORECASE)


def leak_warnings(plan: Plan, cards: CardSet, packages: Sequence[Package]) -> list[str]:
    """Warnings when text *you* typed would put our words or numbers on the cards.

    The program never prints our points, weights, reservation, BATNA or estimates; but a
    subject line, an issue description or the organisation names are free text and could.
    Checks them for the words (point, score, weight, reservation, BATNA, utility, priority,
    estimate, aspiration) and for our figures as the program writes them (scores, level,
    reservation, aspiration, weights). Returns human lines; empty when all is clean.
    """
    figures = _our_figures(plan, packages, language=cards.language)
    texts = [(tr("the subject line"), cards.subject), (tr("our organisation's name"), cards.our_organisation),
             (tr("the counterpart's name"), cards.counterpart), (tr("their negotiator's name"), cards.negotiator)]
    if cards.cards:
        texts += [(tr("the description of {issue}").format(issue=t.label), t.note)
                  for t in cards.cards[0].terms if t.note]
    if cards.reverse_title:
        texts += [(tr("the constituency {party!r}").format(party=c.party), f"{c.party} {c.what}")
                  for c in plan.their_constituencies]
    out = []
    for where, text in texts:
        m = _FORBIDDEN_RE.search(text) if text else None
        if m:
            out.append(tr("{where} says “{word}”").format(where=where, word=m.group(0)))
        fig = _figure_in(text, figures) if text else ""
        if fig:
            out.append(tr("{where} contains {figure}, one of our figures").format(where=where, figure=fig))
    for where, text in texts:  # another supplier's name or negotiator in text you typed
        other = _other_name_in(plan, text)
        if other:
            out.append(tr("{where} names {name}, another supplier").format(where=where, name=other))
    # A contingent term's sentence carries the clause's own numbers (on the card by right) and
    # the event's name and unit, which you typed: those are checked for our words.
    conditions = sorted({(t.label, t.condition) for c in cards.cards for t in c.terms if t.condition})
    for label, text in conditions:
        m = _FORBIDDEN_RE.search(text)
        if m:
            out.append(tr("the condition on {issue} says “{word}” (the event's name or unit)").format(
                issue=label, word=m.group(0)))
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
                return s.level, tr("level of {name}").format(name=s.name)
            return plan.aspiration, tr("aspiration", "level source")
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
        out.append((tr("our BATNA (the competing quote)"), dict(plan.batna_package)))
    if plan.outside_option is not None:
        out.append((tr("our outside option"), dict(plan.outside_option)))
    for sp in plan.packages:
        if says_competing_quote(sp.name) or says_competing_quote(sp.note):
            out.append((tr("the competing quote {name!r}").format(name=sp.name), dict(plan.package(sp.name).items())))
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
        who = _option_who(letter, p.name)
        terms = dict(p.items())
        reason = crossed.get(letter, "")
        for label, ref in ([] if reason else refs):
            if terms == ref:
                reason = tr("it is {what}").format(what=label)
                break
            if is_near_copy(plan, terms, ref):
                reason = tr("it is a near-copy of {what}").format(what=label)
                break
        s = score(plan, p)
        if not reason and worth_reservation(plan, s):
            reason = tr("it is worth our reservation value ({score:.1f} ≈ {reservation:.1f} points)").format(
                score=s, reservation=plan.reservation)
        if reason:
            out.append(tr("{who} would show our hand: {reason}").format(who=who, reason=reason))
    return out


# -- several suppliers: each sees only its own terms (docs/suppliers.md) -----------------------------
def other_supplier_terms(plan: Plan) -> list[tuple[str, dict[str, Term]]]:
    """Every offer we hold from a supplier other than the one worked on — its quotes, accepted
    packages, complete counter-offers, its agreement — each with a phrase naming it (for us)."""
    out: list[tuple[str, dict[str, Term]]] = []
    for rec in plan.suppliers:
        for label, pkg in held_offers(plan, rec):
            out.append((tr("{offer} of {supplier}").format(offer=label, supplier=rec.name), dict(pkg.items())))
    return out


def _crossing(plan: Plan, packages: Sequence[Package]) -> list[tuple[str, str]]:
    """(letter, reason) for each package that is or nearly copies another supplier's offer."""
    refs = other_supplier_terms(plan)
    out = []
    for letter, p in zip(letters(len(packages)), packages):
        terms = dict(p.items())
        for label, ref in refs:
            if terms == ref:
                out.append((letter, tr("it is the {offer}").format(offer=label)))
                break
            if is_near_copy(plan, terms, ref):
                out.append((letter, tr("it is a near-copy of the {offer}").format(offer=label)))
                break
    return out


def supplier_problems(plan: Plan, packages: Sequence[Package]) -> list[str]:
    """Why some packages would show the supplier worked on another supplier's terms (empty when
    none would; always empty with one supplier), one line per package. For us only."""
    named = {letter: p for letter, p in zip(letters(len(packages)), packages)}
    out = []
    for letter, reason in _crossing(plan, packages):
        p = named[letter]
        out.append(tr("{who} may not go to {supplier}: {reason}, another supplier").format(
            who=_option_who(letter, p.name), supplier=plan.counterpart, reason=reason))
    return out


def _other_name_in(plan: Plan, text: str) -> str:
    """The first other supplier named in ``text`` ("" when none): :func:`other_supplier_named`."""
    return other_supplier_named(plan, text)


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
    return tr("the options are not equal for us: they spread {width:.1f} points "
              "(more than {limit:g}), yet the cards call them equally welcome").format(width=width,
                                                                                     limit=UNEQUAL_SPREAD)
