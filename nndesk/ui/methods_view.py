"""The window's training methods and held-out rows (issue 15), hooked in by :func:`install_methods`.

- the Method group beside the Training group (:class:`~nndesk.ui.method_form.MethodForm`), editing the document's
  :class:`~nndesk.project.training_settings.TrainingSettings`;
- η and α greyed out where the method does not use them;
- the status bar naming the method in use (and the test rows);
- the held-out rows: marked in the table, apart in the truth check, their error curve in the plot
  (:mod:`nndesk.ui.held_out_view`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from nndesk.i18n import translate
from nndesk.ui.held_out_view import HeldOutView, held_rows_text
from nndesk.ui.method_form import MethodForm, describe_method, show_rates_in_use
from nndesk.ui.window_parts import group, status_label
from nndesk.ui.window_state import State


class MethodsView:
    """Binds the Method group and the status bar's method label to the window's document."""

    def __init__(self, window) -> None:
        self.window, self.document = window, window.document
        self.form = MethodForm()
        self.group = group(translate("MethodsView", "Method"), self.form)
        self.group.setObjectName("methodGroup")
        self._place_under_training()
        self.label: QLabel = status_label(
            "methodLabel", translate("MethodsView", "The training method in use (the Method group sets it)"), 120)
        window.statusBar().insertPermanentWidget(0, self.label)
        form = window.hyper_form
        self._rate_tips = form.eta_spin.toolTip(), form.alpha_spin.toolTip()
        self.form.methodChanged.connect(self._on_edited)
        doc = self.document
        for signal in (doc.settingsChanged, doc.networkChanged):
            signal.connect(self.show_settings)
        doc.stateChanged.connect(self._on_state)
        self.show_settings()
        self.held_out = HeldOutView(window)

    def _place_under_training(self) -> None:
        """The Method group under the Training group: beside it, the editors' column would be too wide for a
        900-pixel window (the column scrolls up and down instead)."""
        training = self.window.hyper_form.parentWidget()
        layout = training.parentWidget().layout()
        layout.insertWidget(layout.indexOf(training) + 1, self.group)

    def _on_edited(self) -> None:
        doc = self.document
        try:
            settings = self.form.values(doc.settings)
        except ValueError as exc:  # not reachable through the form's choices; said, never raised
            text = translate("MethodsView", "That method cannot be used: {0}").format(exc)
            self.window.statusBar().showMessage(text, 8000)
            self.show_settings()
            return
        doc.set_settings(settings)

    def show_settings(self) -> None:
        doc = self.document
        settings = doc.settings
        self.form.set_values(settings, doc.activations[-1])
        form = self.window.hyper_form
        show_rates_in_use(form.eta_spin, form.alpha_spin, settings.method, *self._rate_tips)
        words = describe_method(settings.method)
        text = words[:1].upper() + words[1:]
        if settings.test_rows:
            text += "; " + held_rows_text(settings.test_rows)
        self.label.setText(text)
        self.label.setAccessibleName(translate("MethodsView", "Method: {0}").format(text))

    def _on_state(self, state: State) -> None:
        self.form.set_training(state is State.TRAINING)


def install_methods(window) -> MethodsView:
    """Add the Method group and the method's status label to ``window`` (a MainWindow); returns their binding."""
    return MethodsView(window)
