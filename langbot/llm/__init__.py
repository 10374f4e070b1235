"""The LLM judge: chain, output parser, prompts, guards, deadlines, breaker, health, backends."""
