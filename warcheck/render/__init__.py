"""Presenting an analysis to people: the readable text report."""
