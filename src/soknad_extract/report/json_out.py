"""JSON and JSON Lines: the records exactly as the contract defines them.

Key order follows the pydantic models, non-ASCII stays readable
("Nav Bærum", not "Nav B\\u00e6rum"), and every output ends with a newline,
so the same records always give the same bytes.
"""

from __future__ import annotations

import json

from soknad_extract.record import Record


def render_json(records: list[Record], *, single: bool = False) -> str:
    """One record as an object when ``single``; otherwise a JSON array (even of one)."""
    if single and len(records) == 1:
        data: object = records[0].model_dump(mode="json")
    else:
        data = [r.model_dump(mode="json") for r in records]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_jsonl(records: list[Record]) -> str:
    """One compact record per line; empty for no records."""
    return "".join(
        json.dumps(r.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":")) + "\n"
        for r in records
    )
