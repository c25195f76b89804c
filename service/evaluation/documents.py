"""Annotated documents: the model the scorer works on and readers for JSON Lines and TimeML.

Both readers give the same thing: the document text, its gold TIMEX3 spans (Python str
offsets, end exclusive) and the settings the engine needs (creation date, language,
document type). Spans that state the creation date inside the text (``dct_timex``) are
kept apart: they are not gold and system expressions on them are not scored. Where the
annotation links a TIMEX3 to the events it anchors (TLINKs of the ``ANCHORING`` relations),
``event_links`` maps the TIMEX3's span to those events' spans.
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

SUFFIXES = (".jsonl", ".tml")

# TLINK relations that place an event at (in, over, at an edge of) a time: the date dates it.
# BEFORE/AFTER and their immediate forms put the event elsewhere in time, so they are left out.
ANCHORING = frozenset({"IS_INCLUDED", "INCLUDES", "DURING", "DURING_INV", "SIMULTANEOUS", "IDENTITY",
                       "BEGINS", "BEGUN_BY", "ENDS", "ENDED_BY"})

Span = tuple[int, int]


@dataclass(frozen=True)
class Annotation:
    """A TIMEX3, gold or system. ``end`` is exclusive."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    text: str = ""
    rule: str = ""  # for system expressions: the engine rule that found it, when it says


@dataclass
class Document:
    id: str
    text: str
    dct: date | None  # None: the document cannot be tagged and is skipped
    lang: str = "en"
    document_type: str | None = None  # None: the engine's default (news)
    gold: list[Annotation] = field(default_factory=list)
    dct_spans: list[tuple[int, int]] = field(default_factory=list)  # not scored
    scope_end: int | None = None  # partially annotated corpora: text after this offset is not scored
    source: str = ""  # file it came from
    event_links: dict[Span, list[Span]] = field(default_factory=dict)  # gold TIMEX3 span -> anchored events


def _event_links(links: Iterable[tuple[str, str, str, str, str]], timexes: dict[str, Span],
                 events: dict[str, Span]) -> dict[Span, list[Span]]:
    """From (relation, source kind, source id, target kind, target id) TLINKs: each TIMEX3's span and
    the spans of the events it anchors, in either direction of the link."""
    out: dict[Span, list[Span]] = {}
    for rel, skind, sid, tkind, tid in links:
        if rel not in ANCHORING:
            continue
        if (skind, tkind) == ("event", "timex"):
            skind, sid, tkind, tid = tkind, tid, skind, sid
        if (skind, tkind) != ("timex", "event") or sid not in timexes or tid not in events:
            continue
        spans = out.setdefault(timexes[sid], [])
        if events[tid] not in spans:
            spans.append(events[tid])
    return out


def _parse_dct(value: str) -> date:
    # "1998-01-08", "1998-01-08T18:30:00", "19980108": only the calendar date is used.
    v = value.strip()
    if len(v) >= 10 and v[4] == "-":
        return date.fromisoformat(v[:10])
    if len(v) >= 8 and v[:8].isdigit():
        return date(int(v[:4]), int(v[4:6]), int(v[6:8]))
    raise ValueError(f"creation date not understood: {value!r}")


def _annotation(d: dict, text: str) -> Annotation:
    start, end = int(d["start"]), int(d["end"])
    mod = (d.get("attrs") or {}).get("mod") or d.get("mod") or None
    return Annotation(start, end, d.get("type", ""), d.get("value", ""), mod, text[start:end])


def read_jsonl(path: str | Path) -> Iterator[Document]:
    """Documents in the shared corpora format (see shared/corpora/README.md)."""
    path = Path(path)
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            d = json.loads(line)
            text = d["text"]
            yield Document(
                id=str(d.get("id") or f"{path.stem}:{n}"),
                text=text,
                dct=_parse_dct(d["dct"]) if d.get("dct") else None,
                lang=d.get("lang") or "en",
                document_type=d.get("document_type"),
                gold=[_annotation(t, text) for t in d.get("timexes") or []],
                dct_spans=[(int(t["start"]), int(t["end"])) for t in d.get("dct_timex") or []],
                scope_end=_annotated_scope(d),
                source=str(path),
                event_links=_event_links(
                    ((t.get("relType", ""), t.get("source_type"), str(t.get("source")), t.get("target_type"),
                      str(t.get("target"))) for t in d.get("tlinks") or []),
                    {str(t["tid"]): (int(t["start"]), int(t["end"])) for t in d.get("timexes") or [] if t.get("tid")},
                    {str(e["eid"]): (int(e["start"]), int(e["end"])) for e in d.get("events") or [] if e.get("eid")}),
            )


# Corpora whose documents are annotated only in their first sentences (shared/corpora/README.md).
PARTIAL_CORPORA = ("meantime",)


def _annotated_scope(d: dict) -> int | None:
    """For a partially annotated corpus: the end of the last sentence holding a gold event or TIMEX3."""
    if not str(d.get("corpus", "")).startswith(PARTIAL_CORPORA) or not d.get("sentences"):
        return None
    marks = [int(a["start"]) for a in (d.get("events") or []) + (d.get("timexes") or [])]
    if not marks:
        return 0
    last = max(marks)
    ends = [int(e) for s, e in d["sentences"].values() if int(s) <= last]
    return max(ends) if ends else None


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _flatten(elem: ET.Element, buf: list[str], pos: int, found: list, events: list | None = None) -> int:
    """Append the character content of ``elem`` to ``buf``; record TIMEX3 (and EVENT) offsets.

    Returns the new position (the length of everything appended so far). Tags of any
    depth (EVENT inside TIMEX3, SIGNAL, s, ...) contribute their text and nothing else.
    """
    if elem.text:
        buf.append(elem.text)
        pos += len(elem.text)
    for child in elem:
        start = pos
        pos = _flatten(child, buf, pos, found, events)
        if _local(child.tag) == "TIMEX3":
            found.append((start, pos, child.attrib))
        elif _local(child.tag) == "EVENT" and events is not None:
            events.append((start, pos, child.attrib))
        if child.tail:
            buf.append(child.tail)
            pos += len(child.tail)
    return pos


def read_tml(path: str | Path) -> Document:
    """One TimeML file: TIMEX3 tags inside <TEXT>, DCT from functionInDocument=CREATION_TIME.

    Offsets index into the tag-stripped content of <TEXT> with entities already
    unescaped by the XML parser (``&amp;`` is one character).
    """
    path = Path(path)
    root = ET.parse(path).getroot()
    text_elem = next((e for e in root.iter() if _local(e.tag) == "TEXT"), root)

    dct_value = None
    for e in root.iter():
        if _local(e.tag) == "TIMEX3" and e.get("functionInDocument") == "CREATION_TIME":
            dct_value = e.get("value")
            break
    if not dct_value:
        raise ValueError(f"{path}: no TIMEX3 with functionInDocument=CREATION_TIME")

    buf: list[str] = []
    found: list = []
    events: list = []
    _flatten(text_elem, buf, 0, found, events)
    text = "".join(buf)
    gold, dct_spans = [], []
    for start, end, attrs in sorted(found, key=lambda f: (f[0], f[1])):
        if attrs.get("functionInDocument") == "CREATION_TIME":
            dct_spans.append((start, end))
            continue
        gold.append(Annotation(start, end, attrs.get("type", ""), attrs.get("value", ""),
                               attrs.get("mod") or None, text[start:end]))
    docid = next((e.text.strip() for e in root.iter() if _local(e.tag) == "DOCID" and e.text), None)
    # TLINKs name event instances (MAKEINSTANCE eiid -> eventID) or, in some files, events directly
    event_spans = {a["eid"]: (s, e) for s, e, a in events if a.get("eid")}
    for e in root.iter():
        if _local(e.tag) == "MAKEINSTANCE" and e.get("eiid") and e.get("eventID") in event_spans:
            event_spans[e.get("eiid")] = event_spans[e.get("eventID")]
    links = []
    for e in root.iter():
        if _local(e.tag) != "TLINK":
            continue
        source = ("timex", e.get("timeID")) if e.get("timeID") else ("event", e.get("eventInstanceID"))
        target = (("timex", e.get("relatedToTime")) if e.get("relatedToTime")
                  else ("event", e.get("relatedToEventInstance")))
        links.append((e.get("relType", ""), *source, *target))
    timex_spans = {a["tid"]: (s, e) for s, e, a in found if a.get("tid")}
    return Document(
        id=docid or path.stem,
        text=text,
        dct=_parse_dct(dct_value),
        lang=root.get("{http://www.w3.org/XML/1998/namespace}lang") or root.get("lang") or "en",
        gold=gold,
        dct_spans=dct_spans,
        source=str(path),
        event_links=_event_links(links, timex_spans, event_spans),
    )


def read_paths(paths: Iterable[str | Path]) -> Iterator[Document]:
    """Documents from files and directories (searched recursively for .jsonl and .tml), in order."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix in SUFFIXES)
            if not files:
                raise FileNotFoundError(f"{p}: no .jsonl or .tml files")
        elif p.is_file():
            files = [p]
        else:
            raise FileNotFoundError(str(p))
        for f in files:
            if f.suffix == ".tml":
                yield read_tml(f)
            elif f.suffix == ".jsonl":
                yield from read_jsonl(f)
            else:
                raise ValueError(f"{f}: expected a .jsonl or .tml file")
