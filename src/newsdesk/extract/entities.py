"""Named entities clustered within an article (first cut; the full layer follows)."""
from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.records import Entity, Mention


def extract_entities(doc: Doc) -> list[Entity]:
    """Return one Entity per distinct name, with all its mentions."""
    clusters: dict[tuple[str, str], list[Mention]] = {}
    for ent in doc.ents:
        clusters.setdefault((ent.text, ent.label_), []).append(Mention(ent.start_char, ent.end_char, ent.text))
    return [Entity(id=f"E{i + 1}", name=name, type=label, mentions=ms) for i, ((name, label), ms) in enumerate(clusters.items())]
