"""Scanned and PAdES PDFs of corpus 63: multi-page 200 dpi scans (a fax header on every page, a landscape
budget page) and a three-page document with two incremental PAdES signatures on page 3."""
from __future__ import annotations

import datetime
import io
import random
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape

from kit63 import S20, orgnr, spaced, truth
from pdf63 import DESC, DESC_NN, Sheet, _nums


# ---------------------------------------------------------------- scans
def _scan(pdf_bytes, out: Path, dpi=200, seed=0, angles=(), dark=0.8):
    import pypdfium2 as pdfium
    from PIL import Image, ImageEnhance, ImageFilter
    rnd = random.Random(seed)
    doc = pdfium.PdfDocument(pdf_bytes)
    imgs = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angles[i] if i < len(angles) else 0.6, resample=Image.BICUBIC, expand=True, fillcolor=240)
        img = ImageEnhance.Contrast(img).enhance(dark)
        px = img.load()
        w, h = img.size
        for _ in range(2500):
            px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((60, 210))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        b = io.BytesIO()
        img.save(b, "JPEG", quality=55)
        imgs.append(Image.open(io.BytesIO(b.getvalue())))
    when = time.strptime("2020-01-28 10:20", "%Y-%m-%d %H:%M")
    imgs[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:], creationDate=when, modDate=when)


def pg15(out: Path):
    """pdf-scanned nb: a fax header on every page; competence over the cap on page 2."""
    org = orgnr("97711289")
    buf = io.BytesIO()
    s = Sheet(buf, 2, ["28-01-2020 10:14   FRA: NAV KONGSBERG  +47 32 86 40 00        TIL: 73 19 90 00        S. 1/2"],
              ["Nav Kongsberg · Kirkegata 1, 3616 Kongsberg"], "DVS", "DVSB", 11)
    s.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, size=12, dy=26)
    for a, v in [("Nav-kontor", "Nav Kongsberg"), ("Kommune", "Kongsberg"), ("Org.nr.", spaced(org)),
                 ("Kontaktperson", "Espen Tangen"), ("E-post", "espen.tangen@nav.no"), ("Telefon", "948 10 227"),
                 ("Prosjekt", "Sølvbyen i jobb"), ("Nytt/videreføring", "Nytt"), ("Oppstart", "01.03.2020"),
                 ("Stillingsprosent", "100 %")]:
        s.pair(a + ":", v, x2=210)
    s.wrap(DESC, 80)
    s.header = ["28-01-2020 10:15   FRA: NAV KONGSBERG  +47 32 86 40 00        TIL: 73 19 90 00        S. 2/2"]
    s.br()
    s.text("Budsjett 2020", bold=True)
    _nums(s.c, [("Lønn og sosiale kostnader", "595 000"), ("Kompetanse", "12 000"), ("Totalt søkt", "607 000")], sheet=s)
    s.text("Prioritert område: Bruk av ordinært arbeidsliv", dy=18)
    s.pair("Nettverk/klyngesamarbeid:", "Ja", x2=260)
    s.pair("Ekstern prosessevaluering:", "Nei", x2=260)
    s.text("Underskrift", bold=True, dy=20)
    y = s.y
    s.c.setFont(s.f, 11)
    for x, seed, place, name, title in [(60, "pg15a", "Kongsberg, 24.01.2020", "Line Bratli", "Nav-leder"),
                                        (320, "pg15b", "Kongsberg, 27.01.2020", "Kari Anne Sand", "Kommunedirektør")]:
        s.c.drawString(x, y, place)
        s.ink(seed, x, y - 50)
        s.c.line(x, y - 54, x + 190, y - 54)
        s.c.drawString(x, y - 70, name)
        s.c.drawString(x, y - 86, title)
    s.save()
    _scan(buf.getvalue(), out, dpi=200, seed=15, angles=(0.8, -0.5))
    return truth("pg15", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Kongsberg", "Kongsberg", org),
                 contact=("Espen Tangen", "espen.tangen@nav.no", "94810227"), project=("Sølvbyen i jobb", "new", "2020-03-01"),
                 pct=100, amounts={"positions": 595000, "competence": 12000, "total": 607000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Line Bratli", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Kari Anne Sand", "Kommunedirektør", "2020-01-27", "handwritten")],
                 expected=["COMPETENCE_OVER_CAP"], optional=["LOW_CONFIDENCE"],
                 notes=["defect: competence 12 000 > 10 000 on page 2",
                        "fax header line on each page with the sender's switchboard +47 32 86 40 00 and the receiver's number"])


def pg17(out: Path):
    """pdf-scanned nn: three scanned pages, the middle one a landscape budget sheet."""
    org = orgnr("98714402")
    buf = io.BytesIO()
    s = Sheet(buf, 3, ["Molde kommune – Nav Molde"], ["Nav Molde, Kirkebakken 13, 6413 Molde"], "DV", "DVB", 11)
    s.text("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", bold=True, size=12, dy=26)
    for a, v in [("Nav-kontor", "Nav Molde"), ("Kommune", "Molde"), ("Org.nr.", spaced(org)),
                 ("Kontaktperson", "Torunn Eidem"), ("E-post", "torunn.eidem@nav.no"), ("Telefon", "71 11 12 00"),
                 ("Prosjektnamn", "Heim til arbeid"), ("Ny/vidareføring", "Vidareføring, 2. år"), ("Oppstart", "01.01.2020"),
                 ("Stillingsprosent", "80 %")]:
        s.pair(a + ":", v, x2=210)
    s.wrap(DESC_NN, 80)
    s.br(pagesize=landscape(A4))
    s.text("Budsjett (sjå òg vedlegg)", bold=True)
    s.c.setFont(s.f, 11)
    cols = [60, 330, 480, 630]
    for row in [("Post", "2020 (søkt)", "2021", "2022"), ("Løn og sosiale kostnader, 80 %", "488 000", "500 000", "510 000"),
                ("Kompetanse", "10 000", "10 000", "10 000"), ("Sum", "498 000", "510 000", "520 000")]:
        for x, v in zip(cols, row):
            s.c.drawString(x, s.y, v)
        s.y -= 22
    s.br(pagesize=A4)
    s.text("Prioriterte område: Sikring av sårbare overgangar", dy=18)
    s.pair("Nettverk/klyngesamarbeid:", "Nei", x2=260)
    s.pair("Ekstern prosessevaluering:", "Ja", x2=260)
    s.text("Underskrift", bold=True, dy=20)
    y = s.y
    s.c.setFont(s.f, 11)
    for x, seed, place, name, title in [(60, "pg17a", "Molde, 20.01.2020", "Bjørn Inge Hoem", "Nav-leiar"),
                                        (320, "pg17b", "Molde, 22.01.2020", "Arne Sverre Dahl", "Kommunedirektør")]:
        s.c.drawString(x, y, place)
        s.ink(seed, x, y - 50)
        s.c.line(x, y - 54, x + 190, y - 54)
        s.c.drawString(x, y - 70, name)
        s.c.drawString(x, y - 86, title)
    s.save()
    _scan(buf.getvalue(), out, dpi=200, seed=17, angles=(-0.6, 0.4, 0.9), dark=0.85)
    return truth("pg17", "pdf", "pdf-scanned", lang="nn", scheme=S20, office=("Nav Molde", "Molde", org),
                 contact=("Torunn Eidem", "torunn.eidem@nav.no", "71111200"),
                 project=("Heim til arbeid", "continuation", "2020-01-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "total": 498000},
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Bjørn Inge Hoem", "Nav-leiar", "2020-01-20", "handwritten"),
                       ("municipality", "Arne Sverre Dahl", "Kommunedirektør", "2020-01-22", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["landscape scanned budget page between portrait pages; 2020 column applied for, 80 % at exactly 488 000",
                        "2021/2022 columns are estimates"])


# ---------------------------------------------------------------- pg16 pdf-pades nb: three pages, signatures on page 3
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


def _sign(data: bytes, field: str, box, signer, when: datetime.datetime, page: int) -> bytes:
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
        fields.append_signature_field(w, fields.SigFieldSpec(field, on_page=page, box=box))
        meta = signers.PdfSignatureMetadata(field_name=field, subfilter=fields.SigSeedSubFilter.PADES)
        out = io.BytesIO()
        signers.PdfSigner(meta, signer=signer).sign_pdf(w, output=out)
    finally:
        for m in mods:
            m.datetime = real
    return out.getvalue()


def pg16(out: Path):
    import tempfile
    org = orgnr("99442208")
    buf = io.BytesIO()
    s = Sheet(buf, 3, ["Nav Tromsø · Søknad om tilskudd 2020 · Saksnr. 20/00777-1"],
              [f"Nav Tromsø · Org.nr. {spaced(org)} · Postboks 6100, 9291 Tromsø · Telefon 55 55 33 33"], "LS", "LSB", 10.5)
    s.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret", bold=True, size=13, dy=26)
    for a, v in [("Søker", "Nav Tromsø"), ("Kommune", "Tromsø"), ("Organisasjonsnummer", spaced(org)),
                 ("Kontaktperson", "Marte Johansen"), ("E-post", "marte.johansen@nav.no"), ("Telefon", "77 60 20 00"),
                 ("Prosjektnavn", "Nordlys – arbeid for unge"), ("Ny eller videreføring", "Ny"), ("Oppstart", "1. juni 2020")]:
        s.pair(a + ":", v, x2=220)
    for _ in range(4):
        s.wrap(DESC)
    s.br()
    s.text("Stillinger og budsjett", bold=True)
    _nums(s.c, [("Ungdomsveileder, 100 % stilling", "580 000"), ("Kompetanse", "10 000"), ("Totalt omsøkt", "590 000")], sheet=s)
    s.text("Prioriterte områder: Oppfølging av ungdom; Sikring av sårbare overganger", dy=18)
    s.pair("Nettverk/klyngesamarbeid:", "Ja", x2=260)
    s.pair("Ekstern prosessevaluering:", "Ja", x2=260)
    s.br()
    s.text("Signering", bold=True, dy=20)
    s.c.drawString(60, s.y, "Nav-leder Øystein Lind")
    s.c.drawString(320, s.y, "Kommunedirektør Stig Tore Laberg")
    s.c.drawString(60, s.y - 14, "Signert digitalt 23.01.2020")
    s.c.drawString(320, s.y - 14, "Signert digitalt 24.01.2020")
    s.save()
    data = buf.getvalue()
    tz = datetime.timezone(datetime.timedelta(hours=1))
    with tempfile.TemporaryDirectory() as td:
        s1 = _self_signed(Path(td), "Øystein Lind", "Nav Tromsø")
        s2 = _self_signed(Path(td), "Stig Tore Laberg", "Tromsø kommune")
        data = _sign(data, "SignaturNavLeder", (60, 580, 260, 630), s1, datetime.datetime(2020, 1, 23, 9, 40, tzinfo=tz), 2)
        data = _sign(data, "SignaturKommune", (320, 580, 520, 630), s2, datetime.datetime(2020, 1, 24, 13, 5, tzinfo=tz), 2)
    out.write_bytes(data)
    return truth("pg16", "pdf", "pdf-pades", lang="nb", scheme=S20, office=("Nav Tromsø", "Tromsø", org),
                 contact=("Marte Johansen", "marte.johansen@nav.no", "77602000"),
                 project=("Nordlys – arbeid for unge", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 580000, "competence": 10000, "total": 590000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Øystein Lind", "Nav-leder", "2020-01-23", "digital"),
                       ("municipality", "Stig Tore Laberg", "Kommunedirektør", "2020-01-24", "digital")],
                 notes=["three pages with running header/footer; two incremental PAdES signatures whose fields sit on page 3"])
