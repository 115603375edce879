"""The company dialog: problems clear while fixed, no jump in height, required field
marked, a typed year/date/price that is not one is a problem; listing facts."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QLabel

from desktop.domain.company_rules import CompanyDraft, InvalidCompany, validate
from desktop.ui.company_dialog import REQUIRED_NOTE, CompanyDialog


def _dialog(qtbot, submit=None, draft=None) -> CompanyDialog:
    stored: list[CompanyDraft] = []

    def default(d: CompanyDraft) -> None:
        stored.append(validate(d, existing_names={"minimax"}))

    dialog = CompanyDialog(submit or default, draft)
    dialog.stored = stored  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _save(dialog: CompanyDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_problems_clear_as_the_field_is_fixed_and_the_height_stays(qtbot) -> None:
    dialog = _dialog(qtbot)
    height = dialog.height()
    dialog.name.setText("MiniMax")
    dialog.hk_code.setText("123456789")
    _save(dialog)
    assert "already on the watchlist" in dialog.errors.text()
    assert "1 to 5 digits" in dialog.errors.text()
    assert dialog.name.styleSheet() and dialog.hk_code.styleSheet()
    qtbot.wait(0)
    assert dialog.height() == height  # the problem text had its room already

    dialog.hk_code.setText("2513")  # fixing one field clears its own problem only
    assert "1 to 5 digits" not in dialog.errors.text()
    assert "already on the watchlist" in dialog.errors.text()
    assert dialog.hk_code.styleSheet() == ""
    dialog.name.setText("MiniMax Group")
    assert dialog.errors.text() == ""
    _save(dialog)
    assert [d.name for d in dialog.stored] == ["MiniMax Group"]  # type: ignore[attr-defined]


def test_a_year_in_words_is_a_problem_not_its_digits(qtbot) -> None:
    dialog = _dialog(qtbot)
    dialog.name.setText("Zhipu")
    dialog.founded.setText("twenty16")
    assert dialog.founded.text() == "twenty16"  # kept as typed
    _save(dialog)
    assert "“twenty16” is not a year" in dialog.errors.text()
    assert dialog.stored == []  # type: ignore[attr-defined]
    dialog.hk_code.setText("123456789")
    _save(dialog)  # every problem at once, not one per Save
    assert "not a year" in dialog.errors.text() and "1 to 5 digits" in dialog.errors.text()
    dialog.hk_code.setText("")
    dialog.founded.setText("2019")
    _save(dialog)
    assert dialog.stored[0].founded == 2019  # type: ignore[attr-defined]


def test_the_required_field_is_marked(qtbot) -> None:
    dialog = _dialog(qtbot)
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert "&Name *" in labels
    assert dialog.required.text() == REQUIRED_NOTE


def test_listing_date_and_offer_price(qtbot) -> None:
    dialog = _dialog(qtbot)
    dialog.name.setText("Zhipu")
    dialog.listing_date.setText("2026-01-08")
    dialog.offer_price.setText("HK$116.20")
    _save(dialog)
    assert "HK stock code" in dialog.errors.text() or "stock code" in dialog.errors.text()
    dialog.hk_code.setText("2513")
    dialog.listing_date.setText("8 Jan 2026")
    _save(dialog)
    assert "not a date" in dialog.errors.text()
    dialog.listing_date.setText("2026/01/08")
    _save(dialog)
    [draft] = dialog.stored  # type: ignore[attr-defined]
    assert (draft.listing_date, draft.offer_price, draft.hk_code) == (
        date(2026, 1, 8),
        116.2,
        "02513",
    )
    again = _dialog(qtbot, draft=draft)
    assert (again.listing_date.text(), again.offer_price.text()) == ("2026-01-08", "116.2")


def test_invalid_price_is_refused(qtbot) -> None:
    def submit(d: CompanyDraft) -> None:
        raise InvalidCompany({"name": "x"})

    dialog = _dialog(qtbot, submit)
    dialog.offer_price.setText("a lot")
    _save(dialog)
    assert "not a price" in dialog.errors.text()
