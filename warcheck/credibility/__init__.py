"""The credibility model: an article-level assessment of FA-KES's credible/fake label.

FA-KES labels an article credible when the facts it reports (casualties,
place, date, actor, cause) match the Violations Documentation Center's
records, fake otherwise. This package models that label from warcheck's own
analysis and cross-check and, as one more candidate model, from the
article's words: :mod:`~warcheck.credibility.features` (sourcing, certainty,
cues and labels by camp, specificity, the words; the outlet and its camp as
separable groups), :mod:`~warcheck.credibility.wording` (the words and the
bag-of-words model that cross-validation chose on FA-KES),
:mod:`~warcheck.credibility.corroboration` (agreement and conflict with other
outlets' reports of the same incident), :mod:`~warcheck.credibility.logistic` and
:mod:`~warcheck.credibility.trees` (the two kinds of model),
:mod:`~warcheck.credibility.training` (model and setting by
cross-validation, leave-one-outlet-out), :mod:`~warcheck.credibility.assessment`
(probability and reasons) and :mod:`~warcheck.credibility.modelfile` (the
shipped ``fakes-model.json``). An assessment says how an article's facts
would likely fare against one documentation centre's records; it says
nothing about any camp's honesty in general.
"""

from __future__ import annotations

from warcheck.credibility.assessment import Example, assess, featurise, reasons
from warcheck.credibility.features import OUTLET_GROUPS, Features
from warcheck.credibility.logistic import Logistic, fit
from warcheck.credibility.training import choose, leave_one_outlet_out, train

__all__ = [
    "OUTLET_GROUPS",
    "Example",
    "Features",
    "Logistic",
    "assess",
    "choose",
    "featurise",
    "fit",
    "leave_one_outlet_out",
    "reasons",
    "train",
]
