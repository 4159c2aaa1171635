"""Group mentions, and nationalities that only modify a group."""
from __future__ import annotations

import pytest


def test_groups_named_by_their_place_stay_apart(analyze):
    article = analyze("Indian officials accused the rebels of the attack. Officials in Islamabad denied the allegation.")
    groups = {e.name: e for e in article.entities if e.group}
    assert {"Indian officials", "Officials in Islamabad"} <= set(groups)
    speakers = [q.speaker for q in article.quotes]
    assert speakers == [groups["Indian officials"].id, groups["Officials in Islamabad"].id]


# ---------------------------------------------------------------- round 5: a nationality inside a group

@pytest.mark.parametrize(
    "text, group, absent",
    [
        ("Western and Afghan officials said the talks had stalled.", "Western and Afghan officials", {"Western", "Afghan"}),
        ("European diplomats welcomed the plan on Monday.", "European diplomats", {"European"}),
    ],
)
def test_nationality_only_inside_a_group_is_no_entity_of_its_own(analyze, text, group, absent):
    article = analyze(text, published="2014-02-04")
    names = {e.name for e in article.entities}
    assert group in names
    assert not (names & absent)


def test_nationality_used_elsewhere_keeps_its_entity(analyze):
    article = analyze("Western and Afghan officials met. The Afghan president later left.", published="2014-02-04")
    names = {e.name for e in article.entities}
    assert "Western and Afghan officials" in names and "Western" not in names
    assert "Afghan" in names
