"""The streams of a PDF decoded within the limit before pdfium opens it,
and the damage said for the page it is on.

pdfium inflates streams whole and repairs damage silently (``streams``), so
the file's raw objects (``raw``) are checked first: every flate or LZW
stream that is not an image is decoded within ``pdf_max_stream_mib``; the
page tree is walked as a PDF reader walks it, each page counted against
``max_pages`` as it is found (a tree whose /Count lies cannot hide pages);
and for each page, the streams it draws with (its content streams, the form
XObjects and fonts its resources reach) and the objects they refer to are
followed, so that a stream that fails to decode and an object the file
does not hold (or holds where its cross-reference table does not say:
``xref``) are said for the page they are on. A damaged stream that no page
uses (an old revision, an unused object) is not said: nothing read from the
file depends on it.

An encrypted file's streams cannot be decoded without its key; they are
left to pdfium (its pages are still counted against the limit by pdfium).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ... import limits
from ...limits import Limits
from .raw import RawFile, Ref, catalog_number, scan
from .streams import Damaged, Guard, decode
from .xref import unlocated

_FONT_STREAMS = ("FontFile", "FontFile2", "FontFile3")
MAX_RESOURCE_DEPTH = 15
"""Form XObjects and Type 3 glyphs nested deeper are not followed (pdfium
does not draw them either)."""
MAX_TREE_DEPTH = 64
"""Page tree levels followed at most (a tree nested without end)."""


Counts = tuple[int, int, int]
"""Damaged streams, missing objects, objects the cross-reference table
does not locate."""


@dataclass
class FileDamage:
    """What the guard found: damage met while opening the file (its object
    streams, its page tree) and on each page it found, in order."""

    opening: Counts = (0, 0, 0)
    pages: list[Counts] = field(default_factory=list)

    @staticmethod
    def said(counts: Counts, table_kept: bool) -> tuple[int, int]:
        """(damaged streams, missing objects) as pdfium meets them: an object
        the table does not locate is missing when pdfium kept the table
        (``FPDF_DocumentHasValidCrossReferenceTable``); a rebuilt table finds it."""
        return counts[0], counts[1] + (counts[2] if table_kept else 0)

    def total(self) -> Counts:
        """All of it, for a file whose pages cannot be told apart."""
        every = [self.opening, *self.pages]
        return (sum(c[0] for c in every), sum(c[1] for c in every), sum(c[2] for c in every))


class _Checker:
    """One file's objects followed from its page tree, with the damage met."""

    def __init__(self, raw: RawFile, lim: Limits) -> None:
        self.raw = raw
        self.guard = Guard(lim)
        self.decoded: set[int] = set()
        self.unlocated: set[int] = set()
        self.met: set[int] = set()
        """Objects met in the current part (the opening, one page): each
        missing one is counted once there."""
        self.failed_stores: set[int] = set()
        """Object streams that failed to decode, said when an object they hold is used."""
        self.said_stores: set[int] = set()

    def get(self, item: Any) -> Any:
        """``item`` resolved; a reference the file cannot satisfy counts as
        missing, one held by a damaged object stream as that stream's damage."""
        if not isinstance(item, Ref):
            return item
        obj = self.touch(item)
        return obj.value() if obj is not None else None

    def touch(self, item: Ref) -> Any:
        """What ``get`` counts of a reference (missing, not located, held
        by a damaged object stream), without parsing the object: its raw
        object, or None when the file does not hold it."""
        obj = self.raw.objects.get(item.number)
        if item.number not in self.met:
            self.met.add(item.number)
            self.guard.missing += obj is None
            self.guard.unlocated += obj is not None and item.number in self.unlocated
        if obj is None:
            return None
        store = self.raw.stores.get(item.number)
        if store in self.failed_stores and store not in self.said_stores:
            self.said_stores.add(store)
            self.guard.damaged += 1
        return obj

    def decode(self, number: int) -> tuple[bytes, bool]:
        """Object ``number``'s stream decoded within the limit (what decodes
        of a damaged one), and whether it was damaged."""
        obj = self.raw.objects[number]
        self.decoded.add(number)
        try:
            return decode(obj.data(), obj.value(), self.guard, self.raw.get), False
        except Damaged as damaged:
            return damaged.partial, True

    def open_object_streams(self) -> None:
        for number in self.raw.object_streams:
            if self.raw.objects[number].stream is None:
                continue
            data, damaged = self.decode(number)
            if damaged:
                self.failed_stores.add(number)
            self.raw.add_object_stream(number, data)

    def pages(self, lim: Limits) -> list[tuple[dict[str, Any], Any]]:
        """Each page's dictionary and inherited resources, in order, counted
        against ``max_pages`` as they are found."""
        number = catalog_number(self.raw)
        catalog = self.get(Ref(number)) if number is not None else None
        root = catalog.get("Pages") if isinstance(catalog, dict) else None
        tree = self.raw.get(root)
        declared = self.raw.get(tree.get("Count")) if isinstance(tree, dict) else None
        if isinstance(declared, int):
            limits.check_pages(declared, lim)
        found: list[tuple[dict[str, Any], Any]] = []
        seen: set[int] = set()
        pending: list[tuple[Any, Any, int]] = [(root, None, 0)]
        while pending:
            item, resources, depth = pending.pop()
            if isinstance(item, Ref):
                if item.number in seen:
                    continue
                seen.add(item.number)
            node = self.get(item)
            if not isinstance(node, dict) or depth > MAX_TREE_DEPTH:
                continue
            resources = node.get("Resources", resources)
            kind = node.get("Type", node.get("type"))
            kids = self.get(node.get("Kids"))
            if kind == "Pages" and isinstance(kids, list):
                pending += [(kid, resources, depth + 1) for kid in reversed(kids)]
            elif kind == "Page":
                found.append((node, resources))
                limits.check_pages(len(found), lim)
        return found or self._loose_pages(lim)

    def _loose_pages(self, lim: Limits) -> list[tuple[dict[str, Any], Any]]:
        """A tree that leads to no page: every page object of the file, as
        a reader that cannot follow the tree finds them."""
        found = []
        for obj in self.raw.objects.values():
            page = obj.value() if obj.stream is None else None
            if isinstance(page, dict) and page.get("Type") == "Page":
                found.append((page, page.get("Resources")))
                limits.check_pages(len(found), lim)
        return found

    def page(self, page: dict[str, Any], resources: Any) -> None:
        """Decode a page's content streams and every form XObject and font
        stream its resources reach (each once a document)."""
        contents = page.get("Contents")
        if isinstance(contents, Ref) and self._is_list(contents):
            contents = self.get(contents)
        items = contents if isinstance(contents, list) else [contents]
        pending: list[tuple[Any, int]] = [(item, 0) for item in items]
        pending += [(part, 0) for part in self._resource_parts(self.get(resources))]
        annots = self.get(page.get("Annots"))
        for annot in annots if isinstance(annots, list) else []:
            if isinstance(annot, Ref):
                self.touch(annot)  # counted where missing; its dictionary is not followed
        seen: set[int] = set()
        while pending:
            item, depth = pending.pop()
            if item is None or depth > MAX_RESOURCE_DEPTH:
                continue
            if isinstance(item, Ref):
                if item.number in seen:
                    continue
                seen.add(item.number)
            obj = self.get(item)
            stream = self.raw.objects.get(item.number) if isinstance(item, Ref) else None
            if stream is not None and stream.stream:
                if item.number not in self.decoded:
                    self.guard.damaged += self.decode(item.number)[1]
                pending += [(part, depth + 1) for part in self._resource_parts(self.get(obj.get("Resources")))]
            elif isinstance(obj, dict):
                pending += [(part, depth + 1) for part in self._resource_parts(obj)]

    def _is_list(self, ref: Ref) -> bool:
        obj = self.raw.objects.get(ref.number)
        return obj is not None and obj.stream is None and isinstance(obj.value(), list)

    def _resource_parts(self, resources: Any) -> Iterator[Any]:
        """The form XObjects and fonts a resource dictionary names (images
        are left to pdfium: they are checked by their declared size)."""
        if not isinstance(resources, dict):
            return
        xobjects = self.get(resources.get("XObject"))
        for ref in xobjects.values() if isinstance(xobjects, dict) else []:
            xobject = self.get(ref)
            if isinstance(xobject, dict) and xobject.get("Subtype") == "Form":
                yield ref
        fonts = self.get(resources.get("Font"))
        for ref in fonts.values() if isinstance(fonts, dict) else []:
            font = self.get(ref)
            if isinstance(font, dict):
                yield from self._font_parts(font)

    def _font_parts(self, font: dict[str, Any]) -> Iterator[Any]:
        """A font's streams (ToUnicode, font programs) and, for Type 3 fonts,
        its glyph procedures and their resources."""
        yield font.get("ToUnicode")
        descendants = self.get(font.get("DescendantFonts"))
        fonts = [font] + ([self.get(d) for d in descendants] if isinstance(descendants, list) else [])
        for each in fonts:
            descriptor = self.get(each.get("FontDescriptor")) if isinstance(each, dict) else None
            if isinstance(descriptor, dict):
                yield from (descriptor.get(key) for key in _FONT_STREAMS)
        procs = self.get(font.get("CharProcs"))
        if isinstance(procs, dict):
            yield from procs.values()
        yield font.get("Resources")

    def unused(self) -> None:
        """Every other flate or LZW stream that is not an image, decoded
        within the limit; its damage is not said (no page uses it)."""
        for number, obj in list(self.raw.objects.items()):
            if obj.stream is None or number in self.decoded:
                continue
            head = obj.value()
            if head.get("Subtype") != "Image" and head.get("Filter") is not None:
                self.decode(number)


def check(data: bytes, lim: Limits) -> FileDamage:
    """Decode the streams of the PDF ``data`` within ``lim`` and count its
    damage per page of its page tree. Raises ``LimitExceeded`` for a stream
    over ``pdf_max_stream_mib`` or a tree of more than ``max_pages`` pages."""
    raw = scan(data)
    if raw.encrypted:
        return FileDamage()
    checker = _Checker(raw, lim)
    checker.open_object_streams()
    checker.unlocated = unlocated(raw, data, lambda number: checker.decode(number)[0])
    pages = checker.pages(lim)
    damage = FileDamage(checker.guard.counts())
    for page, resources in pages:
        checker.met = set()
        before = checker.guard.counts()
        checker.page(page, resources)
        damage.pages.append(tuple(a - b for a, b in zip(checker.guard.counts(), before)))  # type: ignore[arg-type]
    checker.unused()
    return damage
