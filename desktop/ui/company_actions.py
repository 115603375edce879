"""What the user does to companies and their settings, each write an operation.

Reads needed before a dialog (the company's fields, what a deletion takes with it, the
alert rules) run in the background first; the write runs as an ``Operation`` and ends in
the change signal, so the watchlist, the company page, the pipeline and the charts
follow without being told.
"""

from __future__ import annotations

import atexit
import dataclasses
import sys
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess, QSettings
from PySide6.QtWidgets import QMessageBox

from desktop.domain.company_rules import CompanyDraft
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services.changes import Change
from desktop.services.operations import Operation
from desktop.services.tasks import run_task
from desktop.store.settings import OFFER_REMINDERS
from desktop.ui.window_host import WindowHost, as_parent

# The store modules load SQLAlchemy: imported where used, after the first paint.

if TYPE_CHECKING:
    from desktop.domain.alert_rules import AlertRules
    from desktop.domain.offer.reminders import ReminderTimes
    from desktop.store.db import Database

RULES_CHANGE = Change(alerts=True, settings=frozenset({"alert_rules"}))
PREFERENCES_CHANGE = RULES_CHANGE | Change(settings=frozenset({OFFER_REMINDERS.key}))


def _add(db: Database, draft: CompanyDraft) -> int:
    from desktop.store import companies as store_companies

    company_id = store_companies.add_company(db, draft).id
    assert company_id is not None
    return company_id


def _update(db: Database, company_id: int, draft: CompanyDraft) -> int:
    from desktop.store import companies as store_companies

    store_companies.update_company(db, company_id, draft)
    return company_id


def _draft(db: Database, company_id: int) -> CompanyDraft | None:
    from desktop.store import companies as store_companies

    company = store_companies.get_company(db, company_id)
    return store_companies.draft_of(company) if company is not None else None


def add_company(window: WindowHost) -> None:
    from desktop.ui.company_dialog import CompanyDialog

    created: list[int] = []

    def submit(draft: CompanyDraft) -> None:
        # The dialog stays open on bad input: the write runs on the operations thread
        # while the window keeps painting, and its error comes back here.
        operation = Operation(
            QT_TRANSLATE_NOOP("Operations", "Add company"),
            _add,
            window.ctx.db,
            draft,
            changes=lambda cid: Change.of_company(cid),
        )
        created.append(operation.run_and_wait())

    dialog = CompanyDialog(submit, parent=as_parent(window))
    if dialog.exec() and created:
        _after_added(window, created[0])


def _after_added(window: WindowHost, company_id: int) -> None:
    from desktop.store.pipeline import claim_history

    window.show_message(QCoreApplication.translate("CompanyActions", "Company added."), 4000)
    window.refresh(select_id=company_id)

    def claimed(count: int) -> None:
        if count:
            found = QCoreApplication.translate(
                "CompanyActions", "Found %n earlier filing(s) for it.", None, count
            )
            window.show_message(found.replace("(s)", "" if count == 1 else "s"), 6000)

    Operation(
        QT_TRANSLATE_NOOP("Operations", "Find earlier filings"),
        claim_history,
        window.ctx.db,
        company_id,
        changes=lambda count: (
            Change(companies=frozenset({company_id}), events=frozenset({company_id}))
            | Change(pipeline=True, market=True)
            if count
            else Change()
        ),
    ).success(claimed).run()


def edit_company(window: WindowHost) -> None:
    row = window.selected_row()
    if row is None:
        return
    company_id = row.id

    def edit(draft: CompanyDraft | None) -> None:
        from desktop.ui.company_dialog import CompanyDialog

        if draft is None:  # deleted meanwhile (another desktop, an import)
            window.refresh()
            return

        def submit(changed: CompanyDraft) -> None:
            Operation(
                QT_TRANSLATE_NOOP("Operations", "Save company"),
                _update,
                window.ctx.db,
                company_id,
                changed,
                changes=Change.of_company(company_id),
            ).run_and_wait()

        dialog = CompanyDialog(submit, draft, parent=as_parent(window))
        if dialog.exec():
            window.show_message(
                QCoreApplication.translate("CompanyActions", "Company saved."), 4000
            )

    run_task(_draft, window.ctx.db, company_id, on_done=edit, on_error=_reported(window))


def delete_company(window: WindowHost, *, confirm: bool = True) -> None:
    row = window.selected_row()
    if row is None:
        return
    company_id, name = row.id, row.name
    from desktop.store import companies as store_companies

    def delete() -> None:
        Operation(
            QT_TRANSLATE_NOOP("Operations", "Delete company"),
            store_companies.delete_company,
            window.ctx.db,
            company_id,
            changes=Change.of_company(company_id, funding=True) | Change(alerts=True),
        ).success(
            lambda _none: window.show_message(
                QCoreApplication.translate("CompanyActions", "Removed {name}.").format(name=name),
                4000,
            )
        ).run()

    if not confirm:
        delete()
        return

    def ask(lost: list[str]) -> None:
        if confirm_delete(window, name, lost):
            delete()

    run_task(
        store_companies.deletion_summary,
        window.ctx.db,
        company_id,
        on_done=ask,
        on_error=_reported(window),
    )


def confirm_delete(window: WindowHost, name: str, lost: list[str]) -> bool:
    """Ask before deleting, naming what goes with the company."""
    box = QMessageBox(as_parent(window))
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("CompanyActions", "Delete company"))
    box.setText(
        QCoreApplication.translate("CompanyActions", "Delete “{name}” from the watchlist?").format(
            name=name
        )
    )
    if lost:
        detail = QCoreApplication.translate(
            "CompanyActions", "It is removed together with {what}."
        ).format(what=", ".join(lost))
    else:
        detail = QCoreApplication.translate(
            "CompanyActions", "It is removed together with nothing else."
        )
    box.setInformativeText(
        detail
        + "\n\n"
        + QCoreApplication.translate(
            "CompanyActions",
            "Its filings stay in the pipeline, so you can add it back later, "
            "but what you typed yourself cannot be recovered (except from a backup).",
        )
    )
    delete = box.addButton(
        QCoreApplication.translate("CompanyActions", "Delete"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete


def _pause(db: Database, until: datetime | None) -> None:
    from desktop.store.alerts import load_rules, save_rules

    rules = load_rules(db)
    save_rules(db, dataclasses.replace(rules, paused_until=until))


def pause_alerts(window: WindowHost, until: datetime | None) -> None:
    Operation(
        QT_TRANSLATE_NOOP("Operations", "Pause alerts"),
        _pause,
        window.ctx.db,
        until,
        changes=RULES_CHANGE,
    ).run()
    if window.tray is not None:
        window.tray.set_paused(until)
    window.show_message(
        QCoreApplication.translate("CompanyActions", "Alerts paused until {moment}.").format(
            moment=f"{until:%Y-%m-%d %H:%M}"
        )
        if until
        else QCoreApplication.translate("CompanyActions", "Alerts resumed."),
        5000,
    )


def _alert_preferences(db: Database) -> tuple[AlertRules, ReminderTimes]:
    from desktop.store.alerts import load_reminder_times, load_rules

    return load_rules(db), load_reminder_times(db)


def edit_preferences(window: WindowHost) -> None:
    from desktop.store.alerts import save_alert_preferences

    def edit(loaded: tuple[AlertRules, ReminderTimes]) -> None:
        from desktop.services import autostart, language
        from desktop.ui.preferences import PreferencesDialog

        rules, times = loaded
        companies = [(row.id, row.name) for row in window.model.all_rows()]
        was_on = autostart.is_enabled()
        saved = str(_settings(window).value(language.SETTING_KEY, "") or "")
        dialog = PreferencesDialog(
            rules,
            companies,
            was_on,
            parent=as_parent(window),
            language=saved,
            reminder_times=times,
        )
        if not dialog.exec():
            return
        if dialog.chosen_language() != saved:
            change_language(window, dialog.chosen_language())
        Operation(
            QT_TRANSLATE_NOOP("Operations", "Save preferences"),
            save_alert_preferences,
            window.ctx.db,
            dialog.rules(),
            dialog.reminder_times(),
            changes=PREFERENCES_CHANGE,
        ).success(
            lambda _none: window.show_message(
                QCoreApplication.translate("CompanyActions", "Preferences saved."), 4000
            )
        ).run()
        if dialog.wants_autostart() != was_on:
            try:
                autostart.set_enabled(
                    dialog.wants_autostart(), autostart.launch_command(window.ctx.data_dir)
                )
            except OSError as exc:
                QMessageBox.warning(
                    as_parent(window),
                    QCoreApplication.translate("CompanyActions", "Start at login"),
                    QCoreApplication.translate(
                        "CompanyActions", "Could not change it: {reason}"
                    ).format(reason=exc),
                )

    run_task(_alert_preferences, window.ctx.db, on_done=edit, on_error=_reported(window))


def _reported(window: WindowHost) -> Callable[[BaseException], None]:
    def report(exc: BaseException) -> None:
        window.show_message(
            QCoreApplication.translate(
                "CompanyActions", "Could not read the data: {reason}"
            ).format(reason=exc),
            8000,
        )

    return report


def _settings(window: WindowHost) -> QSettings:
    return QSettings(str(window.ctx.settings_path), QSettings.Format.IniFormat)


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments this process was started with (``python -m desktop …``
    or the frozen executable), to start the app again."""
    return sys.executable, list(getattr(sys, "orig_argv", sys.argv)[1:])


def change_language(window: WindowHost, code: str) -> bool:
    """Save the interface language and offer to restart the app in it (every open view
    is built in the language it started with).  True when a restart was asked for."""
    from desktop.services import language

    settings = _settings(window)
    settings.setValue(language.SETTING_KEY, code)
    settings.sync()
    answer = QMessageBox.question(
        as_parent(window),
        QCoreApplication.translate("CompanyActions", "Language"),
        QCoreApplication.translate(
            "CompanyActions",
            "The new language is used from the next start. Restart IPO Pipeline Watch now?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        window.show_message(
            QCoreApplication.translate(
                "CompanyActions", "The new language is used from the next start."
            ),
            6000,
        )
        return False
    program, arguments = restart_command()
    # Started once this process is gone, so the new one does not find it still running.
    atexit.register(QProcess.startDetached, program, arguments)
    window.quit_app()
    return True
