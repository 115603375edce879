"""The team database, as the user sees it.

``TeamDatabaseDialog`` (Preferences › Team database…): the server's address and the
password, *Test connection* (in the background), then *Switch*; an empty team
database can take this desktop's data in one step (verified by counts).  The address
is saved in the data folder without the password, which goes to the system keyring.
The switch takes effect at the next start.

``TeamProblemDialog``: the team database cannot be used at start (unreachable, wrong
password, a newer schema): why, in plain words, with *Try again*, *Use this desktop's
own database* or *Quit*.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.tasks import run_task
from desktop.services.team_setup import copy_here, look_at
from desktop.store import location

RETRY, OWN, QUIT = "retry", "own", "quit"


def _with_password(url: str, password: str) -> str:
    """The URL with the password for this session's connections only (never saved)."""
    from urllib.parse import quote, urlsplit, urlunsplit

    if not password:
        return url
    parts = urlsplit(url)
    user = quote(parts.username or "", safe="")
    host = parts.netloc.rsplit("@", 1)[-1]
    netloc = f"{user}:{quote(password, safe='')}@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


class TeamDatabaseDialog(QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team database"))
        self.setMinimumWidth(560)
        self.ctx = ctx
        self._tested: str | None = None  # the URL (with password) that connected
        self._empty = False
        current = ctx.database_url or location.saved_choice(ctx.data_dir) or ""
        intro = QLabel(
            self.tr(
                "Share one watchlist between desktops: point this desktop at a PostgreSQL "
                "database on your team's server. Each person keeps their own read state, "
                "notifications and quiet hours."
            )
        )
        intro.setWordWrap(True)
        self.address = QLineEdit(location.without_password(current))
        self.address.setPlaceholderText("postgresql://USER@HOST:5432/DATABASE?sslmode=verify-full")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("from the system keyring, PGPASSWORD or ~/.pgpass")
        )
        self.remember = QCheckBox(self.tr("Keep the password in the system keyring"))
        self.remember.setChecked(True)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.copy = QCheckBox(
            self.tr("Copy this desktop's data into it (only into an empty database)")
        )
        self.copy.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.switch_button = self.buttons.addButton(
            self.tr("Switch to it"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.switch_button.setEnabled(False)
        self.own_button = self.buttons.addButton(
            self.tr("Use this desktop's own database"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.own_button.setEnabled(bool(current))
        self.switch_button.clicked.connect(self.switch)
        self.own_button.clicked.connect(self.use_own)
        self.buttons.rejected.connect(self.reject)
        self.address.textChanged.connect(self._changed)
        self.password.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.test_button)
        layout.addWidget(self.status)
        layout.addWidget(self.copy)
        layout.addWidget(self.buttons)

    def _url(self) -> str:
        return _with_password(location.normalise(self.address.text()), self.password.text())

    def _changed(self) -> None:
        self._tested = None
        self.switch_button.setEnabled(False)
        self.copy.setEnabled(False)

    def test_connection(self) -> None:
        try:
            url = self._url()
        except location.LocationError as exc:
            self.status.setText(str(exc))
            return
        self.test_button.setEnabled(False)
        self.status.setText(self.tr("Connecting…"))

        def done(check: Any) -> None:
            self.test_button.setEnabled(True)
            self._tested = url
            self._empty = check.empty
            self.status.setText(check.summary())
            self.copy.setEnabled(check.empty)
            self.copy.setChecked(check.empty)
            self.switch_button.setEnabled(check.revision is None or not _newer(check.revision))

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.status.setText(location.plain_problem(url, exc))

        run_task(look_at, url, on_done=done, on_error=failed)

    def switch(self) -> None:
        url = self._tested
        if url is None:
            return
        if self.password.text() and self.remember.isChecked():
            try:
                location.store_keyring_password(url, self.password.text())
            except Exception as exc:
                QMessageBox.warning(
                    self,
                    self.tr("Team database"),
                    self.tr(
                        "The password could not be kept in the system keyring ({exc}). "
                        "Set PGPASSWORD or ~/.pgpass on this computer instead."
                    ).format(exc=exc),
                )
        if not self.copy.isChecked():
            self._switched(url, None)
            return
        self.switch_button.setEnabled(False)
        self.status.setText(self.tr("Copying this desktop's data…"))
        run_task(
            copy_here,
            self.ctx,
            url,
            on_done=lambda counts: self._switched(url, counts),
            on_error=lambda exc: self._copy_failed(url, exc),
        )

    def _copy_failed(self, url: str, exc: BaseException) -> None:
        from desktop.store.team_copy import CopyError

        self.switch_button.setEnabled(True)
        self.status.setText(
            str(exc) if isinstance(exc, CopyError) else location.plain_problem(url, exc)
        )

    def _switched(self, url: str, counts: dict[str, int] | None) -> None:
        location.save_choice(self.ctx.data_dir, url)
        copied = (
            self.tr(
                " Copied {companies} companies and {events} events, every count checked."
            ).format(companies=counts.get("company", 0), events=counts.get("event", 0))
            if counts
            else ""
        )
        QMessageBox.information(
            self,
            self.tr("Team database"),
            self.tr("This desktop uses {account} from its next start.{copied}").format(
                account=location.account(url), copied=copied
            ),
        )
        self.accept()

    def use_own(self) -> None:
        location.save_choice(self.ctx.data_dir, None)
        QMessageBox.information(
            self,
            self.tr("Team database"),
            self.tr("This desktop uses its own database from its next start."),
        )
        self.accept()


def _newer(revision: str) -> bool:
    from desktop.store.schema import is_newer

    return is_newer(revision)


class TeamProblemDialog(QDialog):
    """The team database cannot be used at start: what to do instead."""

    def __init__(self, problem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team database"))
        self.choice = QUIT
        label = QLabel(problem)
        label.setWordWrap(True)
        label.setMinimumWidth(460)
        buttons = QDialogButtonBox()
        retry = buttons.addButton(self.tr("Try again"), QDialogButtonBox.ButtonRole.AcceptRole)
        own = buttons.addButton(
            self.tr("Use this desktop's own database"), QDialogButtonBox.ButtonRole.ActionRole
        )
        quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        retry.clicked.connect(lambda: self._choose(RETRY))
        own.clicked.connect(lambda: self._choose(OWN))
        quit_button.clicked.connect(lambda: self._choose(QUIT))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.done(0)


def ask_about_team_problem(problem: str) -> str:
    dialog = TeamProblemDialog(problem)
    dialog.exec()
    return dialog.choice
