"""Which form fields pyHanko names as changed after a signature really changed.

pyHanko's difference analysis (``DiffResult.changed_form_fields``) lists a
field when one of its *whitelisting* rules produced an update for it that
would not be allowed on a locked field. Those rules say what a later
revision *may* have changed, not what it did: the rule that allows an
appearance stream to be rewritten in place names every field whose stream
is older than the signed revision, whether or not any revision after it
touched the stream. A second signer who only adds a signature field (the
catalog's field list, the page's annotation list, the modification date)
so gets every filled field of the form reported as changed.

Here a named field counts as changed only when a revision after the signed
one wrote one of the field's objects (the field, its widgets, its value,
its appearance streams and their resources) with other content than the
signed revision holds, or dropped the field: a new value, a new or
rewritten appearance (the same value shown as another amount) all stay
changes. Back-links (``/P`` to the page, ``/Parent``) are not followed: the
page changes when a signature field is added to it.
"""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)

_NOT_FOLLOWED = frozenset({"/P", "/Parent"})
"""Links from a field back up the document: the page and the parent field."""
_MAX_OBJECTS = 400
"""Objects followed per field at most; a field reaching more counts as changed."""


def really_changed(reader, signed_revision: int, names: list[str]) -> list[str]:
    """The fields of ``names`` whose objects a later revision changed."""
    if not names:
        return []
    try:
        from pyhanko.pdf_utils import generic

        last = reader.xrefs.total_revisions - 1
        written: set = set()
        for revision in range(signed_revision + 1, last + 1):
            written |= reader.xrefs.explicit_refs_in_revision(revision)
            written |= reader.xrefs.refs_freed_in_revision(revision)
        old = reader.get_historical_resolver(signed_revision)
        new = reader.get_historical_resolver(last)
        old_fields, new_fields = _fields(old, generic), _fields(new, generic)
    except Exception:  # noqa: BLE001 - what cannot be checked stays a change
        logger.debug("form field history unreadable", exc_info=True)
        return sorted(names)
    changed = []
    for name in sorted(names):
        before, after = old_fields.get(name), new_fields.get(name)
        if before is None or after is None or before != after or _rewritten_safely(after, old, new, written, generic):
            changed.append(name)
    return changed


def _rewritten_safely(ref, old, new, written: set, generic) -> bool:
    try:
        return _rewritten(ref, old, new, written, generic)
    except Exception:  # noqa: BLE001 - an object that cannot be read back counts as changed
        logger.debug("form field objects unreadable", exc_info=True)
        return True


def _fields(resolver, generic) -> dict[str, object]:
    """Fully qualified field name → the field's reference, in one revision."""
    found: dict[str, object] = {}
    try:
        roots = resolver.root["/AcroForm"]["/Fields"]
    except (KeyError, TypeError):
        return found
    stack = [(item, "") for item in roots]
    seen: set = set()
    while stack and len(seen) < 10_000:
        item, prefix = stack.pop()
        if not isinstance(item, generic.IndirectObject) or item.reference in seen:
            continue
        seen.add(item.reference)
        field = resolver(item.reference)
        if not isinstance(field, generic.DictionaryObject):
            continue
        name = prefix
        if "/T" in field:
            name = f"{prefix}.{field['/T']}" if prefix else str(field["/T"])
            found.setdefault(name, item.reference)
        for kid in field.get("/Kids", ()):
            stack.append((kid, name))
    return found


def _rewritten(ref, old, new, written: set, generic) -> bool:
    """An object reachable from the field was written after the signed
    revision with other content than it had there."""
    stack, seen = [ref], set()
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        if len(seen) > _MAX_OBJECTS:
            return True
        after = new(current)
        if current in written and not _same(old, current, after, generic):
            return True
        stack.extend(_links(after, generic))
    return False


def _same(old, ref, after, generic) -> bool:
    try:
        before = old(ref)
    except Exception:  # noqa: BLE001 - absent from the signed revision: new
        return False
    if isinstance(before, generic.StreamObject) or isinstance(after, generic.StreamObject):
        return (isinstance(before, generic.StreamObject) and isinstance(after, generic.StreamObject)
                and dict(before) == dict(after) and before.encoded_data == after.encoded_data)
    return before == after


def _links(obj, generic) -> list:
    """The references ``obj`` holds, directly or in nested direct objects,
    back-links left out."""
    out, stack = [], [obj]
    while stack:
        current = stack.pop()
        if isinstance(current, generic.IndirectObject):
            out.append(current.reference)
        elif isinstance(current, generic.DictionaryObject):
            stack.extend(v for k, v in dict.items(current) if k not in _NOT_FOLLOWED)
        elif isinstance(current, generic.ArrayObject):
            stack.extend(current)
    return out
