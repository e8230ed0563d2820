"""Presenting an analysis: the readable text report, and casualty figures as ACLED codes them."""
