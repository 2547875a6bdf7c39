"""PAdES signatures read with pyHanko: who signed, when, and whether the file
is still the file that was signed. Every PDF here is signed afresh with a
test CA made for the test run."""

from __future__ import annotations

import io
import time
from datetime import datetime, timedelta, timezone

import pytest

from soknad_extract.readers.pdf.signatures import read_pdf_signatures
from tools.samplegen.signed import append_page_note, make_pki, sign_pdf

OSLO = timezone(timedelta(hours=1))
WHEN = datetime(2020, 1, 28, 10, 15, tzinfo=OSLO)


@pytest.fixture(scope="module")
def pki():
    return make_pki([("nav", "Kari Nordmann", "Nav-leder"), ("kommune", "Ola Hansen", "Kommunedirektør")])


def _pdf(pages: int = 2, text: str = "Telefon: 62 88 10 00") -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pageCompression=0, invariant=1)
    for n in range(pages):
        c.drawString(72, 760, f"Side {n + 1}: {text}")
        c.showPage()
    c.save()
    return buf.getvalue()


def _write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_one_visible_signature(tmp_path, pki):
    data = sign_pdf(_pdf(), pki.signers["nav"], "NavLeder", WHEN, page=2,
                    box=(72, 100, 272, 150), reason="Søknad godkjent", location="Kongsvinger")
    [sig] = read_pdf_signatures(_write(tmp_path, "one.pdf", data))
    assert sig.field_name == "NavLeder"
    assert sig.signer_name == "Kari Nordmann"
    assert "Nav-leder" in (sig.subject or "") and "Kari Nordmann" in (sig.subject or "")
    assert sig.signing_time == WHEN
    assert sig.signing_date() == "2020-01-28"
    assert sig.intact and sig.covers_document
    assert sig.trust == "unknown"
    assert sig.error is None
    assert sig.reason == "Søknad godkjent" and sig.location == "Kongsvinger"
    assert sig.page == 2
    # PDF user space (bottom-left origin, A4) becomes top-left page coordinates.
    x0, top, x1, bottom = sig.bbox
    assert (x0, x1) == (72, 272)
    assert top == pytest.approx(841.8898 - 150) and bottom == pytest.approx(841.8898 - 100)


def test_invisible_signature_has_no_box(tmp_path, pki):
    data = sign_pdf(_pdf(), pki.signers["nav"], "Usynlig", WHEN)
    [sig] = read_pdf_signatures(_write(tmp_path, "invisible.pdf", data))
    assert sig.intact and sig.covers_document
    assert sig.bbox is None


def test_two_incremental_signatures_both_cover_the_document(tmp_path, pki):
    data = sign_pdf(_pdf(), pki.signers["nav"], "NavLeder", WHEN, page=2, box=(72, 100, 272, 150))
    later = WHEN + timedelta(days=1, hours=4)
    data = sign_pdf(data, pki.signers["kommune"], "Kommune", later, page=2, box=(320, 100, 520, 150))
    first, second = read_pdf_signatures(_write(tmp_path, "two.pdf", data))
    assert (first.signer_name, second.signer_name) == ("Kari Nordmann", "Ola Hansen")
    assert (first.field_name, second.field_name) == ("NavLeder", "Kommune")
    assert first.signing_time == WHEN and second.signing_time == later
    # A second signature is an allowed change for the first one.
    assert first.intact and first.covers_document and first.error is None
    assert second.intact and second.covers_document


def test_page_content_added_after_signing_is_not_covered(tmp_path, pki):
    data = sign_pdf(_pdf(), pki.signers["nav"], "NavLeder", WHEN, page=2, box=(72, 100, 272, 150))
    data = append_page_note(data, 1, "Endret etter signering")
    [sig] = read_pdf_signatures(_write(tmp_path, "changed.pdf", data))
    assert sig.intact  # the signed revision itself is untouched
    assert not sig.covers_document
    assert "changed after signing" in sig.error


def test_form_field_value_changed_after_signing_is_not_covered(tmp_path, pki):
    """pyHanko calls a changed text field "form filling" and accepts it; a
    changed value after the Nav leader signed is exactly what must show."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 760, "Sum omsøkt beløp:")
    c.acroForm.textfield(name="Sum", value="620 000", x=200, y=750, width=120, height=18)
    c.showPage()
    c.save()
    data = sign_pdf(buf.getvalue(), pki.signers["nav"], "NavLeder", WHEN, page=1, box=(72, 100, 272, 150))
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    for ref in writer.root["/AcroForm"]["/Fields"]:
        fld = ref.get_object()
        if fld.get("/T") == "Sum":
            fld["/V"] = generic.TextStringObject("920 000")
            writer.mark_update(ref)
    out = io.BytesIO()
    writer.write(out)
    [sig] = read_pdf_signatures(_write(tmp_path, "field.pdf", out.getvalue()))
    assert sig.intact
    assert not sig.covers_document
    assert "Sum" in sig.error


def test_bytes_flipped_inside_the_signed_range(tmp_path, pki):
    data = sign_pdf(_pdf(), pki.signers["nav"], "NavLeder", WHEN, page=2, box=(72, 100, 272, 150))
    assert data.count(b"62 88 10 00") == 2
    tampered = data.replace(b"62 88 10 00", b"62 88 10 09", 1)
    [sig] = read_pdf_signatures(_write(tmp_path, "tampered.pdf", tampered))
    assert sig.signer_name == "Kari Nordmann"
    assert not sig.intact
    assert sig.error and "do not match" in sig.error


def test_damaged_signature_contents_never_raise(tmp_path, pki):
    data = sign_pdf(_pdf(), pki.signers["nav"], "NavLeder", WHEN)
    start = data.index(b"/Contents <") + len(b"/Contents <")
    broken = data[:start] + b"00" * 64 + data[start + 128:]
    sigs = read_pdf_signatures(_write(tmp_path, "broken.pdf", broken))
    assert len(sigs) == 1
    assert not sigs[0].intact and sigs[0].error
    assert sigs[0].field_name == "NavLeder"


def test_unsigned_pdf_gives_nothing_quickly(tmp_path):
    path = _write(tmp_path, "plain.pdf", _pdf(pages=30))
    start = time.perf_counter()
    assert read_pdf_signatures(path) == []
    assert time.perf_counter() - start < 0.05


@pytest.mark.parametrize("content", [b"", b"not a pdf at all", b"%PDF-1.7\n/ByteRange [0 1 2 3] garbage\n%%EOF"])
def test_garbage_never_raises(tmp_path, content):
    sigs = read_pdf_signatures(_write(tmp_path, "garbage.pdf", content))
    assert all(not s.intact for s in sigs)


def test_missing_file_gives_nothing(tmp_path):
    assert read_pdf_signatures(tmp_path / "nowhere.pdf") == []


def test_document_timestamp_is_nobodys_signature(tmp_path, pki):
    """A document timestamp (long-term archiving) is skipped, and it is an
    allowed addition for the signature before it."""
    from datetime import datetime as dt

    from asn1crypto import keys as akeys
    from asn1crypto import x509 as ax509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test TSA")]))
            .issuer_name(pki.root.subject).public_key(key.public_key()).serial_number(99)
            .not_valid_before(dt(2019, 1, 1, tzinfo=timezone.utc))
            .not_valid_after(dt(2040, 1, 1, tzinfo=timezone.utc))
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
            .sign(pki.root_key, hashes.SHA256()))
    tsa = DummyTimeStamper(
        tsa_cert=ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        tsa_key=akeys.PrivateKeyInfo.load(key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())))
    data = sign_pdf(_pdf(), pki.signers["nav"], "NavLeder", WHEN)
    stamped = signers.PdfTimeStamper(tsa).timestamp_pdf(IncrementalPdfFileWriter(io.BytesIO(data)), "sha256")
    [sig] = read_pdf_signatures(_write(tmp_path, "timestamped.pdf", stamped.getvalue()))
    assert sig.signer_name == "Kari Nordmann"
    assert sig.intact and sig.covers_document


def test_validation_leaves_the_signing_stack_unloaded_but_reachable():
    """Reading signatures must not import pyHanko's signing stack (its
    timestamp clients pull in aiohttp: a tenth of a second per worker), and
    ``pyhanko.sign``'s own names must still work for code that signs later
    in the same process."""
    import subprocess
    import sys
    from pathlib import Path

    sample = Path(__file__).resolve().parents[1] / "samples" / "signed" / "pades-to-signaturer.pdf"
    script = (
        "import sys\n"
        "from soknad_extract.readers.pdf.signatures import read_pdf_signatures\n"
        f"found = read_pdf_signatures({str(sample)!r})\n"
        "print(len(found), all(s.intact for s in found), 'aiohttp' in sys.modules,"
        " 'pyhanko.sign.signers' in sys.modules)\n"
        "import pyhanko.sign\n"
        "print(pyhanko.sign.signers.__name__, pyhanko.sign.fields.__name__, pyhanko.sign.timestamps.__name__)\n"
        "from pyhanko.sign import SimpleSigner, signers\n"
        "print(pyhanko.sign.PdfSigner.__name__, SimpleSigner is signers.SimpleSigner, 'sign_pdf' in pyhanko.sign.__all__)\n"
        "namespace = {}\n"
        "exec('from pyhanko.sign import *', namespace)\n"
        "print('PdfSigner' in namespace)\n"
    )
    done = subprocess.run([sys.executable, "-W", "ignore", "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[:4] == [
        "2 True False False",
        "pyhanko.sign.signers pyhanko.sign.fields pyhanko.sign.timestamps",
        "PdfSigner True True",
        "True",
    ]
