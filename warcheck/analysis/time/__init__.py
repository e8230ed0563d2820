"""Temporal expressions: found by rules, resolved against the publication date."""
