"""Grammar rules: one module per family, one registry (registry.py)."""
