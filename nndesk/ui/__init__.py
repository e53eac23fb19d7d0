"""The Qt user interface: windows, models, views and the training worker."""

from nndesk.ui.main_window import MainWindow

__all__ = ["MainWindow"]
