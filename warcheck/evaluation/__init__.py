"""Evaluation of warcheck stages against public benchmark datasets."""
