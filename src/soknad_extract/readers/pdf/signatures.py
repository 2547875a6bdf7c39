"""Cryptographic (PAdES / CMS) signatures embedded in a PDF, read with pyHanko.

The county needs to know two things about an e-signed application: who signed
it, and whether the file it holds is the file that was signed. Trust in the
signer's certificate chain is out of reach offline (no revocation data, no
national trust list), so ``trust`` is always "unknown"; what we *can* decide
offline is integrity (``intact``: the signed bytes hash to the digest the
signer signed, and the signature over that digest verifies with the signer's
key) and coverage (``covers_document``: nothing but further signatures or
validation data was added after signing).

``read_pdf_signatures`` never raises: a signature that cannot be parsed or
checked becomes a ``DigitalSignature`` with ``intact=False`` and ``error`` set,
so the validator can report it instead of the pipeline crashing on it.
"""

from __future__ import annotations

import importlib.util
import logging
import mmap
import sys
import threading
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ...layout import BBox, DigitalSignature
from . import pyhanko_hex
from .signed_fields import really_changed

logger = logging.getLogger(__name__)
# pyHanko logs tracebacks for every suspicious revision it reviews; those are
# findings for us, not errors, so keep them off stderr unless the caller
# configures logging.
logging.getLogger("pyhanko").addHandler(logging.NullHandler())

_SIGNATURE_MARKER = b"/ByteRange"
"""Every signature dictionary carries /ByteRange in plain bytes: its /Contents
are patched in at a fixed file offset, so it can never sit in a compressed
object stream. A file without this marker has no signature to read."""


def read_pdf_signatures(path: str | Path) -> list[DigitalSignature]:
    """One ``DigitalSignature`` per signature field holding a signature, in
    signing order. Unsigned or unreadable files give ``[]``."""
    path = Path(path)
    try:
        if not has_signature_marker(path):
            return []
        data = path.read_bytes()
    except OSError:
        return []
    try:
        return _read(data)
    except Exception as exc:  # noqa: BLE001 - pyHanko raises many types on bad input
        logger.debug("pyHanko could not read signatures of %s", path, exc_info=True)
        return [_broken(None, f"signature structure unreadable: {exc}")]


def has_signature_marker(path: Path) -> bool:
    """Whether the file's bytes hold ``/ByteRange`` (False for one that
    cannot be read). The batch asks it too, to hand signed PDFs to one worker."""
    try:
        with path.open("rb") as fh:
            try:
                with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
                    return mm.find(_SIGNATURE_MARKER) != -1
            except ValueError:  # empty file cannot be mapped
                return False
    except OSError:
        return False


class _SigningOnDemand(types.ModuleType):
    """``pyhanko.sign`` without running its ``__init__`` until something
    asks for a name it defines. The ``__init__`` imports the whole signing
    stack (signers, timestamp clients, aiohttp: ~0.13 s of the ~0.26 s
    pyHanko costs to import), and validation needs none of it. The first
    name asked for that the package does not hold yet (``PdfSigner``,
    ``signers``, ``__all__``) runs the real ``__init__`` into this module,
    so from then on other code in the process sees the package exactly as
    pyHanko makes it."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name != "__all__":
            raise AttributeError(name)
        with _INSTALL:
            if not vars(self).get("_soknad_initialised"):
                self._soknad_initialised = True
                self.__spec__.loader.exec_module(self)
        try:
            return vars(self)[name]
        except KeyError:
            raise AttributeError(f"module 'pyhanko.sign' has no attribute '{name}'") from None


_INSTALL = threading.RLock()
"""Guards installing ``_SigningOnDemand`` and running its ``__init__``:
two threads reading signed PDFs in one process must end with one package."""


def _pyhanko_sign_on_demand() -> None:
    """Register ``pyhanko.sign`` as a ``_SigningOnDemand`` package unless it
    is imported already (or pyHanko is missing: its import then fails as
    usual)."""
    with _INSTALL:
        if "pyhanko.sign" in sys.modules:
            return
        spec = importlib.util.find_spec("pyhanko.sign")
        if spec is None or spec.submodule_search_locations is None or spec.loader is None:
            return
        package = _SigningOnDemand("pyhanko.sign")
        package.__spec__ = spec
        package.__loader__ = spec.loader
        package.__path__ = list(spec.submodule_search_locations)
        package.__package__ = "pyhanko.sign"
        package.__file__ = spec.origin
        sys.modules["pyhanko.sign"] = package
        setattr(sys.modules["pyhanko"], "sign", package)


def _read(data: bytes) -> list[DigitalSignature]:
    from io import BytesIO

    _pyhanko_sign_on_demand()
    from pyhanko.pdf_utils.reader import PdfFileReader

    pyhanko_hex.install()

    reader = PdfFileReader(BytesIO(data), strict=False)
    if reader.encrypted:
        reader.decrypt(b"")
    fields = list(_signature_fields(reader))
    if not fields:
        return []
    pages = _PageIndex(reader)
    sig_field_names = {name for name, _value, _ref in fields}
    results: list[tuple[int, DigitalSignature]] = []
    for order, (name, _value, field_ref) in enumerate(fields):
        signature, revision = _read_one(reader, name, field_ref, pages, sig_field_names)
        if signature is not None:
            results.append((revision if revision is not None else 10_000 + order, signature))
    results.sort(key=lambda item: item[0])
    return [signature for _rev, signature in results]


def _signature_fields(reader) -> Iterator[tuple[str, object, object]]:
    """Filled signature fields as (fully qualified name, /V, field reference)."""
    from pyhanko.sign.fields import enumerate_sig_fields

    try:
        yield from enumerate_sig_fields(reader, filled_status=True)
    except Exception:  # noqa: BLE001 - a broken field tree ends the walk, not the read
        logger.debug("signature field tree unreadable", exc_info=True)


def _read_one(reader, name: str, field_ref, pages: "_PageIndex",
              sig_field_names: set[str]) -> tuple[DigitalSignature | None, int | None]:
    """The signature in one field; None for a document timestamp, which
    proves when the file existed but is nobody's signature."""
    page, bbox = pages.locate(field_ref)
    try:
        from pyhanko.sign.validation import EmbeddedPdfSignature

        embedded = EmbeddedPdfSignature(reader, field_ref, name)
    except Exception as exc:  # noqa: BLE001
        sig = _broken(name, f"signature dictionary unreadable: {exc}")
        sig.page, sig.bbox = page, bbox
        return sig, None

    sig_object = embedded.sig_object
    if sig_object.get("/Type") == "/DocTimeStamp":
        return None, embedded.signed_revision
    signature = DigitalSignature(
        field_name=name,
        signer_name=None,
        signing_time=None,
        intact=False,
        covers_document=False,
        page=page,
        bbox=bbox,
        reason=_text(sig_object.get("/Reason")),
        location=_text(sig_object.get("/Location")),
    )
    problems: list[str] = []
    try:
        cert = embedded.signer_cert
        signature.signer_name = _common_name(cert)
        signature.subject = cert.subject.human_friendly
    except Exception as exc:  # noqa: BLE001
        cert = None
        problems.append(f"signer certificate missing: {exc}")
    if signature.signer_name is None:
        signature.signer_name = _text(sig_object.get("/Name"))
    try:
        signature.signing_time = embedded.self_reported_timestamp
    except Exception:  # noqa: BLE001 - an unreadable time is simply unknown
        signature.signing_time = None

    try:
        embedded.compute_integrity_info()
        signature.intact = cert is not None and _digest_and_signature_ok(embedded, cert)
        if cert is not None and not signature.intact:
            problems.append("signed bytes do not match the signature")
        covered, why = _covers_document(embedded, sig_field_names)
        signature.covers_document = covered
        if why:
            problems.append(why)
    except Exception as exc:  # noqa: BLE001
        signature.intact = False
        signature.covers_document = False
        problems.append(f"integrity check failed: {exc}")
    signature.error = "; ".join(problems) or None
    return signature, embedded.signed_revision


def _digest_and_signature_ok(embedded, cert) -> bool:
    """True when the /ByteRange digest equals the signed message digest and
    the CMS signature over the signed attributes verifies with the
    certificate's key. Trust in the certificate is not checked."""
    from pyhanko.sign.validation.generic_cms import validate_sig_integrity

    content_type = embedded.signed_data["encap_content_info"]["content_type"].native
    digest_matches, signature_valid = validate_sig_integrity(
        embedded.signer_info, cert, expected_content_type=content_type,
        actual_digest=embedded.compute_digest(),
    )
    return bool(digest_matches and signature_valid)


def _covers_document(embedded, sig_field_names: set[str]) -> tuple[bool, str | None]:
    """Whether everything after the signed revision is harmless.

    Harmless means: nothing at all (the signature covers the whole file),
    validation data and timestamps, or further *signatures*. pyHanko's default
    policy also accepts changed form-field values as "form filling"; for a
    grant application a changed amount after the Nav leader signed is exactly
    what the county must see, so only changes to signature fields pass here.
    pyHanko's list of changed fields names what its rules *allowed* to
    change, not only what changed (every filled field, when a second signer
    merely adds a signature field): each named field is checked against the
    revisions after the signed one (``signed_fields``).
    """
    from pyhanko.sign.diff_analysis import DiffResult, ModificationLevel
    from pyhanko.sign.validation import SignatureCoverageLevel

    coverage = embedded.coverage
    if coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return True, None
    if coverage != SignatureCoverageLevel.ENTIRE_REVISION:
        return False, "the signature does not cover a complete revision of the file"
    result = embedded.diff_result
    if not isinstance(result, DiffResult):
        detail = str(result).strip().splitlines()[0][:160] if str(result).strip() else ""
        return False, f"the document was changed after signing: {detail}".rstrip(": ")
    level = result.modification_level
    docmdp = embedded.docmdp_level
    if docmdp is not None and level.value > docmdp.value:
        return False, "the document was changed beyond what the certifying signature allows"
    if level > ModificationLevel.FORM_FILLING:
        return False, "the document was changed after signing"
    changed_values = really_changed(embedded.reader, embedded.signed_revision,
                                    sorted(set(result.changed_form_fields) - sig_field_names))
    if changed_values:
        return False, "form fields were changed after signing: " + ", ".join(changed_values)
    return True, None


def _common_name(cert) -> str | None:
    try:
        for rdn in cert.subject.chosen:
            for attribute in rdn:
                if attribute["type"].native == "common_name":
                    return str(attribute["value"].native).strip() or None
    except Exception:  # noqa: BLE001
        return None
    return None


def _text(value) -> str | None:
    if value is None:
        return None
    try:
        text = str(value).strip()
    except Exception:  # noqa: BLE001
        return None
    return text or None


def _broken(name: str | None, error: str) -> DigitalSignature:
    return DigitalSignature(field_name=name, signer_name=None, signing_time=None,
                            intact=False, covers_document=False, error=error)


class _PageIndex:
    """Maps a signature field's widget to its 1-based page and a top-left box."""

    def __init__(self, reader) -> None:
        self._pages: list[tuple[object, object, tuple[float, float, float, float]]] = []
        try:
            self._walk(reader.root["/Pages"], None, set())
        except Exception:  # noqa: BLE001 - without pages we just lose the position
            logger.debug("page tree unreadable", exc_info=True)

    def _walk(self, node_ref, inherited_box, seen: set) -> None:
        ref = getattr(node_ref, "reference", None)
        if ref is not None:
            if ref in seen:
                return
            seen.add(ref)
        node = node_ref.get_object() if hasattr(node_ref, "get_object") else node_ref
        box = _box(node.get("/MediaBox")) or inherited_box
        if node.get("/Type") == "/Pages" or "/Kids" in node:
            for kid in node.get("/Kids", []):
                self._walk(kid, box, seen)
            return
        self._pages.append((ref, node, box or (0.0, 0.0, 612.0, 792.0)))

    def locate(self, field_ref) -> tuple[int | None, BBox | None]:
        try:
            widget_ref, widget = _widget(field_ref)
            rect = _box(widget.get("/Rect"))
            page_ix = self._page_of(widget_ref, widget)
        except Exception:  # noqa: BLE001
            return None, None
        if page_ix is None:
            return None, None
        if rect is None or rect[2] - rect[0] <= 0 or rect[3] - rect[1] <= 0:
            return page_ix + 1, None  # invisible signature: page known, no box
        x0, y0, x1, y1 = self._pages[page_ix][2]
        top = y1 - rect[3]
        bottom = y1 - rect[1]
        return page_ix + 1, (rect[0] - x0, top, rect[2] - x0, bottom)

    def _page_of(self, widget_ref, widget) -> int | None:
        """The page named by the widget's /P, else the page listing it in /Annots."""
        target = getattr(widget_ref, "reference", None)
        page_target = getattr(widget.raw_get("/P"), "reference", None) if "/P" in widget else None
        for ix, (ref, _node, _box_) in enumerate(self._pages):
            if page_target is not None and ref == page_target:
                return ix
        for ix, (_ref, node, _box_) in enumerate(self._pages):
            try:
                annots = node.get("/Annots") or []
                annots = annots.get_object() if hasattr(annots, "get_object") else annots
                for annot in annots:
                    if getattr(annot, "reference", None) == target:
                        return ix
            except Exception:  # noqa: BLE001
                continue
        return None


def _widget(field_ref):
    """The widget annotation of a signature field: the field itself when
    field and widget are merged, else its first kid."""
    field = field_ref.get_object()
    if "/Rect" in field or "/Kids" not in field:
        return field_ref, field
    kid_ref = field["/Kids"].raw_get(0) if hasattr(field["/Kids"], "raw_get") else field["/Kids"][0]
    return kid_ref, kid_ref.get_object()


def _box(value) -> tuple[float, float, float, float] | None:
    try:
        if value is None:
            return None
        nums = [float(v) for v in value]
        if len(nums) != 4:
            return None
        x0, y0, x1, y1 = nums
        return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)
    except Exception:  # noqa: BLE001
        return None
