"""LangBot: a conversation tutor for beginner (A1) Spanish."""

__version__ = "0.1.0"
