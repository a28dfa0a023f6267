"""One field value of an event record as a person reads it: the wording shared by `warta show` and the report."""

from __future__ import annotations

from typing import Any


def describe(field: str, item: Any, max_chars: int | None = None) -> str:
    """``item``, a value of ``field``, in one line; texts longer than ``max_chars`` are cut with "…"."""
    if item is None:
        return "—"
    if field == "when":
        span = item["start"] if item["start"] == item["end"] else f"{item['start']} … {item['end']}"
        return f"{span} ({item['granularity']}) “{item['text']}”"
    if field == "where":
        return f"{item['name']} ({item['kind']})"
    if field == "people":
        name = item.get("name") or "(unnamed)"
        role, org = item.get("role"), item.get("organization")
        # "Kepala Bappeda Kota Makassar" already names its organization: do not print it twice.
        extra = ", ".join(x for x in (role, None if org and role and org in role else org) if x)
        return f"{name} — {extra}" if extra else name
    if field == "organizations":
        other = next((f for f in (item.get("acronym"), item.get("canonical")) if f and f != item["name"]), None)
        return item["name"] + (f" ({other})" if other else "")
    if field == "attendance":
        count = "?" if item["count"] is None else f"{item['count']:,}".replace(",", ".")
        return f"{count} {item['unit']} [{item['qualifier']}, {item['status']}]"
    if field == "outcomes":
        text = item["text"]
        if max_chars is not None and len(text) > max_chars:
            text = text[:max_chars - 1] + "…"
        return f"{item['kind']}: {text}"
    return str(item)
