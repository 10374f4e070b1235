"""Model backends for the LLM judge: SageMaker TGI (generate or messages) and OpenAI-compatible.

Each backend module holds a `BACKEND` object registered in `langbot.registry`; shared
helpers live in `common.py`, so no backend imports this package's `__init__` back.
"""
