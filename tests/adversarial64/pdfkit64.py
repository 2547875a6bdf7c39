"""Reportlab page cursor and pyHanko signing helpers of corpus 64 (mechanics as in corpus 38)."""
from __future__ import annotations

import datetime
import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kit64 import S20, ink_reader, register_fonts, truth

W, H = A4


class Page:
    """A reportlab canvas with a cursor, for simple top-down forms."""

    def __init__(self, target, font="DV", bold="DVB", size=10):
        register_fonts()
        self.c = canvas.Canvas(target, pagesize=A4, invariant=1)
        self.c.setTitle("Søknad")
        self.f, self.b, self.s = font, bold, size
        self.y = H - 60

    def text(self, s, x=60, bold=False, size=None, dy=None):
        size = size or self.s
        self.c.setFont(self.b if bold else self.f, size)
        self.c.drawString(x, self.y, s)
        self.y -= dy if dy is not None else size + 6

    def pair(self, label, value, x2=250, leader=False):
        """One 'label value' line; with ``leader`` a dot leader fills the gap and stops before the value."""
        self.c.setFont(self.f, self.s)
        self.c.drawString(60, self.y, label)
        if leader:
            x0 = 60 + self.c.stringWidth(label, self.f, self.s) + 4
            dot = self.c.stringWidth(".", self.f, self.s)
            self.c.drawString(x0, self.y, "." * max(0, int((x2 - 6 - x0) / dot)))
        self.c.drawString(x2, self.y, value)
        self.y -= self.s + 7

    def wrap(self, s, width=95):
        import textwrap
        for line in textwrap.wrap(s, width):
            self.text(line)

    def ink(self, seed, x, y, w=140, h=40):
        self.c.drawImage(ink_reader(seed), x, y, w, h, mask="auto")

    def need(self, dy):
        if self.y < dy:
            self.c.showPage()
            self.y = H - 60

    def save(self):
        self.c.save()


def _self_signed(td: Path, cn: str, org: str):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.ORGANIZATION_NAME, org)])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(int.from_bytes(cn.encode()[:8], "big")).not_valid_before(datetime.datetime(2019, 1, 1))
            .not_valid_after(datetime.datetime(2030, 1, 1))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    kp, cp = td / f"{cn}.key", td / f"{cn}.crt"
    kp.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                     serialization.NoEncryption()))
    cp.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return signers.SimpleSigner.load(str(kp), str(cp))


def _sign(data: bytes, field: str, box, signer, when: datetime.datetime) -> bytes:
    """Sign with pyHanko at a fixed time: every pyhanko module's ``datetime.now`` returns ``when``."""
    import sys as _sys
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    real = datetime.datetime

    class Fixed(real):
        @classmethod
        def now(cls, tz=None):
            return when

    mods = [m for n, m in list(_sys.modules.items()) if n.startswith("pyhanko") and getattr(m, "datetime", None) is real]
    for m in mods:
        m.datetime = Fixed
    try:
        w = IncrementalPdfFileWriter(io.BytesIO(data))
        fields.append_signature_field(w, fields.SigFieldSpec(field, on_page=0, box=box))
        meta = signers.PdfSignatureMetadata(field_name=field, subfilter=fields.SigSeedSubFilter.PADES)
        out = io.BytesIO()
        signers.PdfSigner(meta, signer=signer).sign_pdf(w, output=out)
    finally:
        for m in mods:
            m.datetime = real
    return out.getvalue()
