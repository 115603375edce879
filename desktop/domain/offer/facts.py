"""What a document says: each value with the page and the words it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DOC_TYPES = ("formal_notice", "allotment_results", "stabilisation_end", "prospectus", "other")

TIMETABLE_KEYS = ("offer_opens", "applications_close", "price_determination", "results", "listing")

# The keys of DESIGN.md §3's `document` contract, in its order.
CONTRACT_KEYS = (
    "doc_type",
    "stock_code",
    "issuer",
    "lang",
    "listing_date",
    "offer_price",
    "offer_price_min",
    "offer_price_max",
    "board_lot",
    "entry_fee",
    "timetable",
    "hk_valid_applications",
    "hk_successful_applications",
    "hk_subscription_times",
    "one_lot_success_pct",
    "intl_subscription_times",
    "intl_placees",
    "clawback",
    "gross_proceeds_hkd",
    "net_proceeds_hkd",
    "cornerstones",
    "lockups",
    "over_allotment",
    "over_allotment_shares",
    "stabilisation_ended",
)

# Further facts the app shows (the Offers tab), also printed by `document --json`.
EXTRA_KEYS = (
    "offer_shares",
    "hk_offer_shares",
    "intl_offer_shares",
    "hk_initial_shares",
    "hk_reallocated_shares",
    "hk_final_shares",
    "intl_final_shares",
    "mechanism",
    "over_allotment_option",
    "over_allocated_shares",
)


@dataclass(frozen=True, slots=True)
class Fact:
    """One printed value. `page` is 1-based; `snippet` the printed words around it."""

    value: Any
    page: int
    snippet: str

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "page": self.page, "snippet": self.snippet}


@dataclass(slots=True)
class DocumentFacts:
    """Everything read from one document.

    `facts` is keyed by the contract's names (timetable entries as `timetable.<name>`).
    `checks` are "check the document" flags: a cross-check that failed, worded for a
    person; the printed values are kept as printed. `problems` are reasons the document
    is not what it claims to be (another company's, a different form): its facts are
    then not to be trusted or stored.
    """

    doc_type: str = "other"
    lang: str | None = None
    page_count: int = 0
    facts: dict[str, Fact] = field(default_factory=dict)
    checks: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def value(self, key: str) -> Any:
        fact = self.facts.get(key)
        return None if fact is None else fact.value

    def put(self, key: str, value: Any, page: int, snippet: str) -> None:
        """Keep the first value read for `key` (sections are read in printed order)."""
        if value is None or key in self.facts:
            return
        self.facts[key] = Fact(value, page, snippet)

    @property
    def verified(self) -> bool:
        return not self.problems

    def to_contract(self) -> dict[str, Any]:
        """The JSON object of `ipo-watch document --json` (DESIGN.md §3): every contract
        key present, `null` when the document does not state it; then the extra facts,
        the checks, the problems and where each value was printed."""
        out: dict[str, Any] = {}
        for key in CONTRACT_KEYS:
            if key == "doc_type":
                out[key] = self.doc_type
            elif key == "lang":
                out[key] = self.lang
            elif key == "timetable":
                out[key] = {name: self.value(f"timetable.{name}") for name in TIMETABLE_KEYS}
            elif key in ("cornerstones", "lockups"):
                out[key] = self.value(key) or []
            else:
                out[key] = self.value(key)
        for key in EXTRA_KEYS:
            out[key] = self.value(key)
        out["page_count"] = self.page_count
        out["checks"] = list(self.checks)
        out["problems"] = list(self.problems)
        out["sources"] = {
            key: {"page": fact.page, "snippet": fact.snippet}
            for key, fact in sorted(self.facts.items())
        }
        return out


def facts_to_json(facts: DocumentFacts) -> dict[str, Any]:
    """Everything read, as plain JSON (kept between reading and storing)."""
    return {
        "doc_type": facts.doc_type,
        "lang": facts.lang,
        "page_count": facts.page_count,
        "facts": {k: [f.value, f.page, f.snippet] for k, f in facts.facts.items()},
        "checks": list(facts.checks),
        "problems": list(facts.problems),
    }


def facts_from_json(data: dict[str, Any]) -> DocumentFacts:
    out = DocumentFacts(
        doc_type=str(data.get("doc_type") or "other"),
        lang=data.get("lang"),
        page_count=int(data.get("page_count") or 0),
        checks=[str(c) for c in data.get("checks") or []],
        problems=[str(p) for p in data.get("problems") or []],
    )
    for key, entry in (data.get("facts") or {}).items():
        if isinstance(entry, list) and len(entry) == 3:
            out.facts[str(key)] = Fact(entry[0], int(entry[1] or 0), str(entry[2] or ""))
    return out
