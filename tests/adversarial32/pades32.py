"""PAdES signing with pyHanko: self-signed certificates from fixed keys, clock pinned to the stated date."""
from __future__ import annotations

import datetime as _dt
import io

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID

from testkey32 import KEYS


def _cert(key, cn):
    name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "NO"), x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    return (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(abs(hash(cn)) % 10**12 + 1000 if False else 4242 + len(cn))
            .not_valid_before(_dt.datetime(2019, 1, 1)).not_valid_after(_dt.datetime(2030, 1, 1))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), True)
            .sign(key, hashes.SHA256()))


def sign_twice(pdf: bytes, signers) -> bytes:
    from asn1crypto import keys as ak, x509 as ax
    from pyhanko.sign import signers as hs
    from pyhanko.sign.signers import pdf_cms, pdf_signer
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec
    from pyhanko.pdf_utils.metadata import info as pinfo
    from pyhanko.pdf_utils import incremental_writer as iw
    import hashlib
    import types

    data = pdf
    for i, (cn, date) in enumerate(signers):
        key = serialization.load_pem_private_key(KEYS[i], None)
        cert = _cert(key, cn)
        y, m, d = map(int, date.split("-"))
        fixed = _dt.datetime(y, m, d, 10, 0, 0, tzinfo=_dt.timezone.utc)

        class Frozen(_dt.datetime):
            @classmethod
            def now(cls, tz=None):
                return fixed

        iw.os = types.SimpleNamespace(urandom=lambda n, _c=cn: hashlib.sha256(_c.encode()).digest()[:n])
        saved = (pdf_cms.datetime, pdf_signer.datetime, pinfo.datetime)
        pdf_cms.datetime = pdf_signer.datetime = pinfo.datetime = Frozen
        try:
            signer = hs.SimpleSigner(
                signing_cert=ax.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
                signing_key=ak.PrivateKeyInfo.load(key.private_bytes(serialization.Encoding.DER,
                                                                     serialization.PrivateFormat.PKCS8,
                                                                     serialization.NoEncryption())),
                cert_registry=None)
            w = IncrementalPdfFileWriter(io.BytesIO(data))
            fld = f"Signatur{i + 1}"
            meta = hs.PdfSignatureMetadata(field_name=fld, reason="Godkjent", location="Dovre", name=cn)
            out = hs.sign_pdf(w, meta, signer=signer,
                              new_field_spec=SigFieldSpec(fld, on_page=-1, box=(60 + 250 * i, 60, 280 + 250 * i, 110)))
            data = out.getvalue()
        finally:
            pdf_cms.datetime, pdf_signer.datetime, pinfo.datetime = saved
            import os as _os
            iw.os = _os
    return data
