"""A filled PDF form signed twice: pyHanko's list of "changed form fields"
names what its rules would allow to change, not what changed. A second
signature that only adds its own field leaves the first valid; a field's
value or its shown appearance changed after signing stays a change."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone

import pytest

from soknad_extract.readers.pdf.signatures import read_pdf_signatures
from tools.samplegen.signed import make_pki, sign_pdf

OSLO = timezone(timedelta(hours=1))
WHEN = datetime(2020, 1, 28, 10, 15, tzinfo=OSLO)


@pytest.fixture(scope="module")
def pki():
    return make_pki([("nav", "Kari Nordmann", "Nav-leder"), ("kommune", "Ola Hansen", "Kommunedirektør")])


def _form(values: dict[str, str]) -> bytes:
    """A one-page AcroForm with its text fields filled (values and appearances)."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for i, (name, value) in enumerate(values.items()):
        c.drawString(72, 760 - 30 * i, f"{name}:")
        c.acroForm.textfield(name=name, value=value, x=220, y=752 - 30 * i, width=160, height=18)
    c.showPage()
    c.save()
    return buf.getvalue()


FIELDS = {"Kontor": "Nav Fjellvik", "Stilling": "100 %", "Sum": "620 000", "Kontakt": "Kari Moe"}


def _signed_twice(pki, values: dict[str, str] = FIELDS, second_box=(320, 100, 520, 150)) -> bytes:
    data = sign_pdf(_form(values), pki.signers["nav"], "NavLeder", WHEN, page=1, box=(72, 100, 272, 150))
    return sign_pdf(data, pki.signers["kommune"], "Kommune", WHEN + timedelta(days=1), page=1, box=second_box)


def _read(tmp_path, data: bytes, name: str = "form.pdf"):
    path = tmp_path / name
    path.write_bytes(data)
    return read_pdf_signatures(path)


def _update_field(data: bytes, name: str, change) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    for ref in writer.root["/AcroForm"]["/Fields"]:
        field = ref.get_object()
        if field.get("/T") == name:
            change(writer, ref, field)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("second_box", [(320, 100, 520, 150), None])
def test_a_second_signature_on_a_filled_form_leaves_the_first_valid(tmp_path, pki, second_box):
    first, second = _read(tmp_path, _signed_twice(pki, second_box=second_box))
    assert first.intact and first.covers_document and first.error is None
    assert second.intact and second.covers_document and second.error is None


def test_one_field_of_many_filled_leaves_both_valid(tmp_path, pki):
    values = {f"felt{n}": f"Svar {n}" for n in range(1, 9)}
    first, second = _read(tmp_path, _signed_twice(pki, values))
    assert first.covers_document and first.error is None and second.covers_document


def test_a_value_changed_after_both_signatures_is_caught(tmp_path, pki):
    from pyhanko.pdf_utils import generic

    def new_value(writer, ref, field):
        field["/V"] = generic.TextStringObject("920 000")
        writer.mark_update(ref)

    first, second = _read(tmp_path, _update_field(_signed_twice(pki), "Sum", new_value))
    for sig in (first, second):
        assert sig.intact and not sig.covers_document
        assert "Sum" in sig.error and "Kontor" not in sig.error


def test_the_shown_amount_rewritten_in_place_is_caught(tmp_path, pki):
    """The value kept, the appearance stream rewritten to show another amount."""
    def new_look(writer, ref, field):
        stream = field["/AP"]["/N"]
        stream_ref = field["/AP"].raw_get("/N").reference
        stream._data = stream.data.replace(b"620 000", b"920 000")
        stream._encoded_data = None
        writer.mark_update(stream_ref)

    first, second = _read(tmp_path, _update_field(_signed_twice(pki), "Sum", new_look))
    for sig in (first, second):
        assert not sig.covers_document
        assert "Sum" in sig.error


def test_a_field_rewritten_unchanged_is_no_change(tmp_path, pki):
    """A signing tool that writes a field again as it was changes nothing."""
    def same(writer, ref, field):
        writer.mark_update(ref)

    first, second = _read(tmp_path, _update_field(_signed_twice(pki), "Kontor", same))
    assert first.covers_document and first.error is None
    assert second.covers_document and second.error is None
