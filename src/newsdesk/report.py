"""The readable text report of one analysed article."""
from __future__ import annotations

import textwrap
from typing import Optional

from newsdesk.extract.quote_chains import attribution_chain
from newsdesk.records import Actor, Article, Entity
from newsdesk.settings import REPORT_MIN_CONFIDENCE

_WIDTH = 100


def _days(earliest: Optional[str], latest: Optional[str]) -> str:
    """Return a date's calendar interval for the report: " (2013-11-01 … 2013-11-30)", " (… 2014-02-04)", or ""."""
    if earliest is None and latest is None:
        return ""
    if earliest == latest:
        return f" ({earliest})"
    return f" ({earliest or ''} … {latest or ''})".replace("( ", "(").replace(" )", ")")


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _section(title: str, lines: list[str], empty: str) -> list[str]:
    out = [title, "-" * len(title)]
    out.extend(lines if lines else [f"  ({empty})"])
    out.append("")
    return out


def entity_names(article: Article) -> dict[str, str]:
    """Return entity id -> canonical name."""
    return {e.id: e.name for e in article.entities}


def _coding(country: Optional[str], sector: Optional[str]) -> str:
    """Country and sector as the report writes them: "AFG/GOV", "GOV", ""."""
    return "/".join(x for x in (country, sector) if x)


def _entity_line(entity: Entity) -> str:
    surface = sorted({m.text for m in entity.mentions if m.text != entity.name})
    coding = _coding(entity.country, entity.sector)
    parts = [f"  {entity.id:<4} {entity.name}  [{entity.type}{', group' if entity.group else ''}]"]
    if coding:
        parts.append(f"{{{coding}}}")
    parts.append(f"×{len(entity.mentions)}")
    line = " ".join(parts)
    if surface:
        line += "  also: " + ", ".join(_clip(s, 40) for s in surface[:6])
    return line


def _quote_lines(article: Article, names: dict[str, str]) -> list[str]:
    lines = []
    for q in article.quotes:
        content = article.text[q.content.start : q.content.end]
        cue = article.text[q.cue.start : q.cue.end] if q.cue else "—"
        head = f"  [{q.kind}, {q.stance}, cue “{cue}”] {attribution_chain(q, article.entities)}:"
        lines.append(head)
        body = textwrap.fill(_clip(content, 400), width=_WIDTH, initial_indent="      ", subsequent_indent="      ")
        lines.append(body)
    return lines


def _actor(actor: Optional[Actor], missing: str) -> str:
    """An event actor as written, with its coding: "the Taliban {AFG/INS}"."""
    if actor is None:
        return missing
    coding = _coding(actor.country, actor.sector) or (actor.code or "")
    return _clip(actor.text, 40) + (f" {{{coding}}}" if coding else "")


def _event_lines(article: Article, names: dict[str, str]) -> list[str]:
    # below the floor the type classifier is mostly guessing ("BHP has chosen conflict" as a release): such
    # events are listed apart, one line each; the JSON, the store and the exports keep every event
    floor = float(REPORT_MIN_CONFIDENCE.value())
    lines = []
    unsure = [ev for ev in article.events if ev.confidence < floor]
    for ev in article.events:
        if ev.confidence < floor:
            continue
        src = _actor(ev.source_actor, "?")
        tgt = _actor(ev.target_actor, "—")
        flags = [f for f, on in (("negated", ev.negated), ("hypothetical", ev.hypothetical),
                                 ("scheduled", ev.scheduled)) if on]
        trigger = ev.trigger.text if ev.trigger else ""
        mode = f"/{ev.mode}" if ev.mode else ""
        # CAMEO 01 statements have no PLOVER type
        line = f"  {ev.plover or 'statement'}{mode} (CAMEO {ev.cameo}) {src} → {tgt}  “{trigger}”"
        if flags:
            line += "  [" + ", ".join(flags) + "]"
        extras = []
        if ev.date and ev.date.value:
            extras.append(f"when {ev.date.value}{' (inherited)' if ev.date.inherited else ''}")
        if ev.place:
            extras.append(f"where {ev.place.name}{' (inherited)' if ev.place.inherited else ''}")
        if ev.attributed_to:
            chain = " ← ".join([names.get(i, i) for i in ev.via] + [names.get(ev.attributed_to, ev.attributed_to)])
            extras.append(f"per {chain}")
        if extras:
            line += "\n      " + "; ".join(extras)
        lines.append(line)
    if unsure:
        lines.append(f"  less certain (confidence below {floor:.2f}):")
        lines += [f"    {ev.plover or 'statement'} (CAMEO {ev.cameo}) {_actor(ev.source_actor, '?')} → "
                  f"{_actor(ev.target_actor, '—')}  “{ev.trigger.text if ev.trigger else ''}”  {ev.confidence:.2f}"
                  for ev in unsure]
    return lines


def _contention_lines(article: Article, names: dict[str, str]) -> list[str]:
    quotes = {q.id: q for q in article.quotes}
    lines = []
    for c in article.contested:
        topic = f" on “{c.topic}”" if c.topic else ""  # ("moving too slowly" names no topic noun)
        lines.append(f"  {c.id}{topic} ({', '.join(r.replace('_', ' ') for r in c.reasons)}; "
                     f"confidence {c.confidence:.2f})")
        for n, side in enumerate(c.sides):
            who = " ← ".join([names.get(i, i) for i in side.via] + [names.get(side.speaker, side.speaker or "?")])
            lines.append(f"    {'vs ' if n else ''}{who}")
            lines += [f"        {quotes[i].stance} “{_clip(article.text[quotes[i].content.start:quotes[i].content.end], 80)}”"
                      for i in side.quotes if i in quotes]
    return lines


def render_report(article: Article) -> str:
    """Return a human-readable report: entities, quotations, contested accounts, events, places, dates."""
    names = entity_names(article)
    title = article.title or article.id
    out = [title, "=" * min(len(title), _WIDTH)]
    meta = [f"id: {article.id}", f"published: {article.published or 'unknown'}"]
    if article.source:
        meta.append(f"source: {article.source}")
    meta.append(f"language: {article.language or 'unknown'}")
    out.append("  ".join(meta))
    for w in article.warnings:
        out.append(f"warning: {w}")
    if article.boilerplate:
        out.append("excluded site furniture: " + "; ".join(_clip(b.text, 50) for b in article.boilerplate))
    out.append("")
    out += _section("Entities", [_entity_line(e) for e in article.entities], "no entities found")
    out += _section("Quotations", _quote_lines(article, names), "no attributions found")
    out += _section("Contested accounts", _contention_lines(article, names), "no contested accounts found")
    out += _section("Events", _event_lines(article, names), "no events found")
    places = [
        f"  {p.text or p.name} → {p.name}"
        + (f" ({p.lat:.3f}, {p.lon:.3f})" if p.lat is not None and p.lon is not None else "")
        + (f" {p.country}" if p.country else "")
        + (f" geonames:{p.geonameid}" if p.geonameid else "")
        + (f" ({p.kind})" if p.kind != "toponym" else "")
        for p in article.places
    ]
    out += _section("Places", places, "no places found")
    dates = [f"  “{d.text}” → {d.value or 'unresolved'} [{d.type}]{_days(d.earliest, d.latest)}" for d in article.dates]
    out += _section("Dates", dates, "no dates found")
    return "\n".join(out).rstrip() + "\n"
