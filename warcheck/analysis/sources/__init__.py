"""Sourcing: attribution phrases, report verbs, and the type of each source."""
