"""The Qt user interface: windows, models, views and the training worker."""
