"""Stage contracts: each stage says what it requires and assigns; the pipeline holds it to that."""

from __future__ import annotations

from dataclasses import replace

import pytest

from warcheck.analysis.pipeline import FIELDS, GIVEN, STAGES, Stage, analyze_article, check_stages
from warcheck.errors import PipelineError, WarcheckError
from warcheck.model import Analysis
from warcheck.read.article import read

STRIKE = (
    "Warplanes struck a market in the town of Saraqeb in Idlib province on Sunday, killing "
    "at least 12 civilians including three children, the Syrian Observatory for Human "
    "Rights said. Russian jets struck the town again on Monday, residents said."
)


def _stages(*names: str) -> list[Stage]:
    return [s for s in STAGES if s.name in names]


def test_default_stages_keep_their_contracts() -> None:
    check_stages(STAGES)
    a = analyze_article(read(STRIKE, published="2017-03-14"))
    assert a.claims and a.summary is not None


def test_every_default_stage_declares_what_it_writes_and_reads_only_known_fields() -> None:
    for stage in STAGES:
        assert stage.assigns, stage.name
        assert set(stage.requires) | set(stage.assigns) <= set(FIELDS)


@pytest.mark.parametrize("text", [STRIKE, None])
def test_a_stage_needs_nothing_beyond_what_it_requires(text: str | None, seed_text: str) -> None:
    article = read(text or seed_text, published="2017-03-14" if text else "2017-10-05")
    full = analyze_article(article)
    for stage in STAGES:
        given = {name: getattr(full, name) for name in stage.requires}
        alone = stage.run(Analysis(article=article, **given))
        for name in stage.assigns:
            assert getattr(alone, name) == getattr(full, name), (stage.name, name)


def test_a_subset_missing_a_requirement_fails_naming_stage_and_field() -> None:
    stages = [s for s in STAGES if s.name != "cues"]
    with pytest.raises(PipelineError, match=r"stage 'claims' requires 'cues'.*'cues' stage"):
        analyze_article(read(STRIKE), stages)


def test_mention_stages_alone_keep_their_contracts() -> None:
    a = analyze_article(read(STRIKE), _stages("sentences", "actors", "operations", "places"))
    assert a.places and a.claims == () and a.summary is None


def test_a_plug_in_requiring_what_no_earlier_stage_assigns_fails() -> None:
    late = Stage("rank", lambda a: a, "rank the claims", requires=("claims",))
    with pytest.raises(PipelineError, match="stage 'rank' requires 'claims'"):
        analyze_article(read(STRIKE), [*_stages("sentences"), late])


def test_a_stage_that_writes_an_undeclared_field_fails() -> None:
    sneaky = Stage("note", lambda a: replace(a, warnings=("hello",)), "add a note")
    with pytest.raises(PipelineError, match="stage 'note' changed 'warnings'"):
        analyze_article(read(STRIKE), [*STAGES, sneaky])
    honest = replace(sneaky, assigns=("warnings",))
    assert analyze_article(read(STRIKE), [*STAGES, honest]).warnings == ("hello",)


def test_a_stage_that_rebuilds_a_field_it_only_reads_fails() -> None:
    stage = Stage("copy", lambda a: replace(a, sentences=tuple(a.sentences)[:1]), "copy")
    stage = replace(stage, requires=("sentences",))
    with pytest.raises(PipelineError, match="stage 'copy' changed 'sentences'"):
        analyze_article(read(STRIKE), [*_stages("sentences"), stage])


def test_unknown_fields_and_wrong_return_types_fail() -> None:
    typo = Stage("typo", lambda a: a, "typo", assigns=("claimz",))
    with pytest.raises(PipelineError, match="stage 'typo' names 'claimz'"):
        check_stages([typo])
    broken = Stage("broken", lambda a: None, "returns nothing")  # type: ignore[arg-type,return-value]
    with pytest.raises(PipelineError, match="stage 'broken' returned NoneType"):
        analyze_article(read(STRIKE), [broken])


def test_pipeline_errors_are_one_line_warcheck_errors() -> None:
    try:
        check_stages([Stage("rank", lambda a: a, "rank", requires=("claims",))])
    except PipelineError as err:
        assert isinstance(err, WarcheckError) and "\n" not in str(err)
    else:
        pytest.fail("no PipelineError")
    assert set(FIELDS) >= GIVEN


def test_skipped_english_only_stages_count_as_assigned_empty() -> None:
    text = (
        "قصف جوي على مدينة إدلب أدى إلى مقتل 12 مدنيا يوم الثلاثاء، بحسب المرصد السوري لحقوق "
        "الإنسان. وقالت قوات سوريا الديمقراطية إن داعش هاجم القرية."
    )
    a = analyze_article(read(text))
    assert a.article.non_english
    assert "skipped cues, claims" in a.warnings[0]
    assert a.cues == () and a.claims == ()
    assert a.summary is not None and a.summary.main_event is None
