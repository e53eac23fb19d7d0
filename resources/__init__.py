"""Data files shipped with nndesk (icon, desktop entry, examples), read through importlib.resources."""
