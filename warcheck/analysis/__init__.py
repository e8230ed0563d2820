"""The per-article analysis: named stages that add mentions, cues, claims and a summary.

``pipeline.STAGES`` lists the stages in order; each stage module finds one
kind of item. ``time/`` resolves temporal expressions, ``sources/`` finds who
a claim is attributed to.
"""
