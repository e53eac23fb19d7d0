"""Truth tables, presets and project files: standard library and nndesk.engine only, never Qt."""
