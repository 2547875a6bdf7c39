"""Signed sample applications: PAdES, handwritten ink, logos, typed names,
"elektronisk godkjent" (Bokmål and Nynorsk), changes after signing.

Each sample is a complete application (office, project, positions, budget,
priority areas, interest questions) so that the whole pipeline is tested on
it, with the signatures as the part that varies. Next to each file goes
``<name>.expected.json``: the record minus ``evidence``, findings as sorted
``{code, severity}``, written from what the sample *is*, not from what the
extractor says.

Digital signatures use a test CA and two signer certificates made afresh on
every run with ``cryptography`` (no key material is kept in the repository),
so signed files differ byte for byte between runs and their sha256 is
recomputed here. Signing times are fixed, so the records do not change.

Run: ``python -m tools.samplegen.signed [OUT_DIR]`` (default samples/signed).
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import random
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OSLO = timezone(timedelta(hours=1))  # January/February: CET, no summer time
A4 = (595.2756, 841.8898)


# --- the application content ------------------------------------------------

@dataclass
class Signer:
    role: str
    name: str | None
    title: str | None
    date: str | None
    """The date printed in the block (ISO), or None when none is printed."""
    kind: str
    """How the sample signs: "digital", "handwritten", "electronic_approval",
    "typed", or "none" (an empty block)."""
    signing_time: datetime | None = None


@dataclass
class App:
    slug: str
    office: str
    municipality: str
    org_number: str
    contact: str
    email: str
    phone: str
    title: str
    kind: str  # "new" | "continuation"
    start: str  # ISO
    position_title: str
    percent: int
    competence: int
    areas: tuple[str, ...]
    network: bool
    evaluation: bool
    signers: list[Signer]
    language: str = "nb"
    description: str = ""
    extra_findings: tuple[str, ...] = ()
    phone_after: str | None = None
    """The phone number as the file says after tampering, when it changed."""

    @property
    def positions_amount(self) -> int:
        return 610_000 * self.percent // 100

    @property
    def total(self) -> int:
        return self.positions_amount + self.competence


def org_number(base8: str) -> str:
    """A valid organisation number: eight digits plus the MOD11 check digit."""
    weights = (3, 2, 7, 6, 5, 4, 3, 2)
    rest = sum(int(d) * w for d, w in zip(base8, weights)) % 11
    check = 0 if rest == 0 else 11 - rest
    if check == 10:
        raise ValueError(f"{base8} has no valid check digit")
    return base8 + str(check)


def money(value: int) -> str:
    return f"{value:,}".replace(",", " ")


def display_date(iso: str, textual: bool = False) -> str:
    y, m, d = (int(p) for p in iso.split("-"))
    if textual:
        months = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
                  "september", "oktober", "november", "desember"]
        return f"{d}. {months[m - 1]} {y}"
    return f"{d:02d}.{m:02d}.{y}"


AREA_LABELS = {
    "nb": [("ordinaert-arbeidsliv", "Bruk av ordinært arbeidsliv"),
           ("barnefamilier-ungdom-innvandrere", "Oppfølging av barnefamilier, ungdom og innvandrere"),
           ("saarbare-overganger", "Sikring av sårbare overganger")],
    "nn": [("ordinaert-arbeidsliv", "Bruk av ordinært arbeidsliv"),
           ("barnefamilier-ungdom-innvandrere", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
           ("saarbare-overganger", "Sikring av sårbare overgangar")],
}

TEXT = {
    "nb": {
        "heading": "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
        "intro": "Søknadsfrist 1. februar 2020. Søknaden sendes Fylkesmannen i Innlandet.",
        "s1": "1. Opplysninger om søker",
        "office": "Nav-kontor", "municipality": "Kommune", "org": "Organisasjonsnummer",
        "contact": "Kontaktperson", "email": "E-post", "phone": "Telefon",
        "s2": "2. Om prosjektet", "title": "Prosjektets navn",
        "kind": "Nytt prosjekt eller videreføring", "new": "Nytt prosjekt",
        "cont": "Videreføring", "start": "Planlagt oppstart", "desc": "Kort beskrivelse",
        "s3": "3. Prioriterte områder (kryss av)",
        "s4": "4. Stillinger og budsjett", "pos": "Stilling", "pct": "Stillingsprosent",
        "salary": "Lønn og sosiale utgifter", "competence": "Kompetanse (prosjektspesifikk)",
        "total": "Sum omsøkt beløp",
        "s5": "5. Nettverk og evaluering",
        "network": "Interessert i nettverk/klyngesamarbeid?",
        "evaluation": "Interessert i ekstern prosessevaluering?",
        "yes": "Ja", "no": "Nei",
        "s6": "6. Underskrift",
    },
    "nn": {
        "heading": "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020",
        "intro": "Søknadsfrist 1. februar 2020. Søknaden skal sendast til Fylkesmannen i Vestland.",
        "s1": "1. Opplysningar om søkjar",
        "office": "Nav-kontor", "municipality": "Kommune", "org": "Organisasjonsnummer",
        "contact": "Kontaktperson", "email": "E-post", "phone": "Telefon",
        "s2": "2. Om prosjektet", "title": "Namn på prosjektet",
        "kind": "Nytt prosjekt eller vidareføring", "new": "Nytt prosjekt",
        "cont": "Vidareføring", "start": "Planlagd oppstart", "desc": "Kort skildring",
        "s3": "3. Prioriterte område (kryss av)",
        "s4": "4. Stillingar og budsjett", "pos": "Stilling", "pct": "Stillingsprosent",
        "salary": "Løn og sosiale utgifter", "competence": "Kompetanse (prosjektspesifikk)",
        "total": "Sum søkt beløp",
        "s5": "5. Nettverk og evaluering",
        "network": "Interessert i nettverk/klyngesamarbeid?",
        "evaluation": "Interessert i ekstern prosessevaluering?",
        "yes": "Ja", "no": "Nei",
        "s6": "6. Underskrift",
    },
}

DESCRIPTION_NB = (
    "Prosjektet skal prøve ut en ny arbeidsmetode der veilederne følger deltakerne tett "
    "ut i ordinært arbeidsliv, i samarbeid med lokale arbeidsgivere."
)
DESCRIPTION_NN = (
    "Prosjektet skal prøve ut ein ny arbeidsmetode der rettleiarane følgjer deltakarane tett "
    "ut i ordinært arbeidsliv, i samarbeid med lokale arbeidsgivarar."
)


def form_rows(app: App) -> list[tuple[str, object]]:
    """The form as (kind, content) rows shared by the PDF and Word writers:
    ("h", text) heading, ("kv", (label, value)) a labelled answer,
    ("p", text) prose, ("box", (question, [(ticked, label)])) check boxes,
    ("table", rows) the budget table."""
    t = TEXT[app.language]
    rows: list[tuple[str, object]] = [
        ("h", t["s1"]),
        ("kv", (t["office"], app.office)),
        ("kv", (t["municipality"], app.municipality)),
        ("kv", (t["org"], f"{app.org_number[:3]} {app.org_number[3:6]} {app.org_number[6:]}")),
        ("kv", (t["contact"], app.contact)),
        ("kv", (t["email"], app.email)),
        ("kv", (t["phone"], app.phone)),
        ("h", t["s2"]),
        ("kv", (t["title"], app.title)),
        ("box", (t["kind"] + ":", [(app.kind == "new", t["new"]), (app.kind == "continuation", t["cont"])])),
        ("kv", (t["start"], display_date(app.start))),
        ("kv", (t["desc"], app.description or (DESCRIPTION_NN if app.language == "nn" else DESCRIPTION_NB))),
        ("h", t["s3"]),
    ]
    for area_id, label in AREA_LABELS[app.language]:
        rows.append(("box", ("", [(area_id in app.areas, label)])))
    rows += [
        ("h", t["s4"]),
        ("table", [[t["pos"], t["pct"], t["salary"]],
                   [app.position_title, f"{app.percent} %", money(app.positions_amount)]]),
        ("kv", (t["competence"], money(app.competence))),
        ("kv", (t["total"], money(app.total))),
        ("h", t["s5"]),
        ("box", (t["network"], [(app.network, t["yes"]), (not app.network, t["no"])])),
        ("box", (t["evaluation"], [(app.evaluation, t["yes"]), (not app.evaluation, t["no"])])),
    ]
    return rows


def box_text(question: str, boxes: list[tuple[bool, str]]) -> str:
    parts = [("[X] " if ticked else "[ ] ") + label for ticked, label in boxes]
    return (question + " " if question else "") + "   ".join(parts)


# --- pictures: ink and logos ---------------------------------------------------

def scribble_png(seed: int, colour: tuple[int, int, int] = (20, 30, 110),
                 size: tuple[int, int] = (560, 180)) -> bytes:
    """A pen signature: a few smooth strokes through random points moving
    rightwards (letters), then a flourish. Drawn 3× larger and scaled down
    so the strokes are anti-aliased like a scan; transparent ground."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    scale = 3
    w, h = size[0] * scale, size[1] * scale
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    pen = rng.uniform(1.6, 2.8) * scale
    x = w * 0.05
    for word in range(2):
        # A capital: a tall loop, then a run of small loops (the letters),
        # each letter a forward step with a little back-swing.
        points = [(x, h * 0.62), (x + w * 0.03, h * 0.08), (x + w * 0.06, h * 0.55),
                  (x + w * 0.01, h * 0.45), (x + w * 0.08, h * 0.42)]
        x += w * 0.09
        for _ in range(rng.randint(5, 8)):
            step = rng.uniform(0.025, 0.045) * w
            top = h * rng.uniform(0.28, 0.42) if rng.random() < 0.75 else h * rng.uniform(0.08, 0.2)
            points += [(x + step * 0.55, top), (x + step * 0.25, h * rng.uniform(0.55, 0.66)),
                       (x + step, h * rng.uniform(0.5, 0.62))]
            x += step
        _smooth_stroke(draw, points, colour, pen)
        x += w * rng.uniform(0.04, 0.07)
        if word == 0 and x > w * 0.5:
            break
    y = h * rng.uniform(0.74, 0.82)
    flourish = [(w * 0.1, y + h * 0.04), (w * 0.4, y), (w * 0.7, y - h * 0.02),
                (min(x, w * 0.95), y - h * 0.1)]
    _smooth_stroke(draw, flourish, colour, pen * 0.8)
    img = img.resize(size, Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _smooth_stroke(draw, points, colour, width) -> None:
    """Catmull-Rom curve through `points`, drawn as short round-capped segments."""
    if len(points) < 2:
        return
    pts = [points[0]] + points + [points[-1]]
    curve = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for k in range(16):
            t = k / 16
            t2, t3 = t * t, t * t * t
            curve.append(tuple(
                0.5 * (2 * p1[j] + (-p0[j] + p2[j]) * t + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2
                       + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3) for j in (0, 1)))
    curve.append(points[-1])
    r = width / 2
    for a, b in zip(curve, curve[1:]):
        draw.line([a, b], fill=colour + (255,), width=int(round(width)))
        draw.ellipse([b[0] - r, b[1] - r, b[0] + r, b[1] + r], fill=colour + (255,))


def nav_logo_png() -> bytes:
    """A letterhead logo: a filled red disc with white lettering and a red
    word mark — dense, coloured, nothing like pen strokes."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (520, 180), "white")
    d = ImageDraw.Draw(img)
    d.ellipse([10, 10, 170, 170], fill=(195, 0, 0))
    font = _font(64)
    d.text((32, 55), "NAV", fill="white", font=font)
    d.rectangle([190, 60, 510, 120], fill=(195, 0, 0))
    d.text((200, 62), "Kontor", fill="white", font=_font(48))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def crest_png() -> bytes:
    """A municipal coat of arms: a filled shield, yellow figure on blue."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (200, 240), "white")
    d = ImageDraw.Draw(img)
    d.polygon([(10, 10), (190, 10), (190, 140), (100, 230), (10, 140)], fill=(20, 60, 160))
    d.polygon([(100, 40), (150, 120), (100, 190), (50, 120)], fill=(240, 200, 20))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _font(size: int):
    from PIL import ImageFont

    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                 "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"):
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default()


# --- PDF writing (reportlab) -------------------------------------------------

MARGIN = 62.0
VALUE_X = 250.0


class PdfForm:
    """Writes the application form on page 1 and hands page 2 to a
    signature-section writer. Text is uncompressed so the tamper sample can
    change a digit in place."""

    def __init__(self, app: App, logo: bool = False) -> None:
        from reportlab.pdfgen import canvas

        self.app = app
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4, pageCompression=0, invariant=1)
        self.c.setTitle(TEXT[app.language]["heading"])
        self.y = A4[1] - 60
        if logo:
            self.image(nav_logo_png(), MARGIN, A4[1] - 40 - 45, 130, 45)
            self.y = A4[1] - 110

    def image(self, png: bytes, x: float, y_bottom: float, w: float, h: float) -> None:
        from reportlab.lib.utils import ImageReader

        self.c.drawImage(ImageReader(io.BytesIO(png)), x, y_bottom, w, h, mask="auto")

    def text(self, x: float, s: str, size: float = 10, bold: bool = False) -> None:
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.c.drawString(x, self.y, s)

    def newline(self, dy: float = 15) -> None:
        self.y -= dy

    def write_form(self) -> None:
        t = TEXT[self.app.language]
        self.text(MARGIN, t["heading"], 12.5, bold=True)
        self.newline(18)
        self.text(MARGIN, t["intro"], 9)
        self.newline(22)
        for kind, content in form_rows(self.app):
            if kind == "h":
                self.newline(6)
                self.text(MARGIN, content, 11, bold=True)
                self.newline(17)
            elif kind == "kv":
                label, value = content
                self.text(MARGIN, label + ":")
                for i, part in enumerate(_wrap(value, 62)):
                    if i:
                        self.newline(13)
                    self.text(VALUE_X, part)
                self.newline()
            elif kind == "box":
                question, boxes = content
                if question:
                    self.text(MARGIN, question)
                    x = VALUE_X + 40 if len(question) > 30 else VALUE_X
                else:
                    x = MARGIN + 10
                for ticked, label in boxes:
                    self.text(x, ("[X] " if ticked else "[ ] ") + label)
                    x += self.c.stringWidth(("[X] ") + label, "Helvetica", 10) + 24
                self.newline()
            elif kind == "table":
                xs = (MARGIN, VALUE_X, 400)
                for r, row in enumerate(content):
                    for x, cell in zip(xs, row):
                        self.text(x, cell, bold=(r == 0))
                    self.newline()
        self.c.showPage()
        self.y = A4[1] - 70

    def finish(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def _wrap(text: str, width: int) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    return lines + ([cur] if cur else [])


COLUMNS = (MARGIN, 320.0)
INK_W, INK_H = 150.0, 48.0


def pdf_side_by_side(form: PdfForm, app: App, labels: tuple[str, str], ink_seeds: dict[int, int],
                     show_dates: bool = True, widgets: dict[int, tuple] | None = None) -> None:
    """Two signature columns on one row: label, ink over a drawn line,
    printed name, title, date. Records widget boxes (PDF user space) for
    signers that sign digitally."""
    c = form.c
    t = TEXT[app.language]
    form.text(MARGIN, t["s6"], 11, bold=True)
    form.newline(28)
    label_y = form.y
    for i, x in enumerate(COLUMNS):
        form.y = label_y
        form.text(x, labels[i])
    line_y = label_y - 62
    for i, (x, signer) in enumerate(zip(COLUMNS, app.signers)):
        if i in ink_seeds:
            form.image(scribble_png(ink_seeds[i]), x + 4, line_y - 4, INK_W, INK_H)
        if widgets is not None and signer.kind == "digital":
            widgets[i] = (x, line_y + 2, x + 200, line_y + 50)
        c.setLineWidth(0.6)
        c.line(x, line_y, x + 200, line_y)
        form.y = line_y - 14
        form.text(x, signer.name or "")
        form.y = line_y - 28
        form.text(x, signer.title or "")
        form.y = line_y - 42
        if show_dates:
            form.text(x, "Dato: " + (display_date(signer.date) if signer.date else ""))
    form.y = line_y - 70


# --- digital signing (pyHanko) ----------------------------------------------------

@dataclass
class Pki:
    root: object
    root_key: object
    signers: dict[str, object] = field(default_factory=dict)


def make_pki(people: list[tuple[str, str, str]]) -> Pki:
    """A self-made root and one leaf per (key, common name, title)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    def name(cn: str, org: str, title: str | None = None) -> x509.Name:
        attrs = [x509.NameAttribute(NameOID.COUNTRY_NAME, "NO"),
                 x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
                 x509.NameAttribute(NameOID.COMMON_NAME, cn)]
        if title:
            attrs.append(x509.NameAttribute(NameOID.TITLE, title))
        return x509.Name(attrs)

    start = datetime(2019, 1, 1, tzinfo=timezone.utc)
    end = datetime(2040, 1, 1, tzinfo=timezone.utc)
    root_key = ec.generate_private_key(ec.SECP256R1())
    root_name = name("Soknad-extract Test Root CA", "Soknad-extract testdata")
    root = (x509.CertificateBuilder().subject_name(root_name).issuer_name(root_name)
            .public_key(root_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False),
                           critical=True)
            .sign(root_key, hashes.SHA256()))
    pki = Pki(root=root, root_key=root_key)
    for key, cn, title in people:
        leaf_key = ec.generate_private_key(ec.SECP256R1())
        leaf = (x509.CertificateBuilder().subject_name(name(cn, "Soknad-extract testdata", title))
                .issuer_name(root_name).public_key(leaf_key.public_key())
                .serial_number(x509.random_serial_number())
                .not_valid_before(start).not_valid_after(end)
                .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False),
                               critical=True)
                .sign(root_key, hashes.SHA256()))
        pki.signers[key] = _simple_signer(leaf, leaf_key, root)
    return pki


def _simple_signer(cert, key, root):
    from asn1crypto import keys as akeys
    from asn1crypto import x509 as ax509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    def der(c):
        return ax509.Certificate.load(c.public_bytes(serialization.Encoding.DER))

    pkcs8 = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption())
    return signers.SimpleSigner(signing_cert=der(cert), signing_key=akeys.PrivateKeyInfo.load(pkcs8),
                                cert_registry=SimpleCertificateStore.from_certs([der(root)]))


def sign_pdf(data: bytes, signer, field_name: str, when: datetime, *, page: int = 1,
             box: tuple[float, float, float, float] | None = None, reason: str | None = None,
             location: str | None = None) -> bytes:
    """Add one PAdES signature as an incremental update, dated `when`.
    pyHanko dates signatures "now"; the session's clock is set instead so
    the samples keep their signing dates."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.signers.pdf_signer import PdfCMSSignedAttributes

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    meta = signers.PdfSignatureMetadata(field_name=field_name, reason=reason, location=location,
                                        subfilter=fields.SigSeedSubFilter.PADES)
    spec = fields.SigFieldSpec(field_name, on_page=page - 1, box=box) if box else None
    pdf_signer = signers.PdfSigner(meta, signer=signer, new_field_spec=spec)

    async def run() -> bytes:
        session = pdf_signer.init_signing_session(writer)
        session.system_time = when
        info = await session.perform_presign_validation(writer)
        reserved = await session.estimate_signature_container_size(info, tight=False)
        tbs = session.prepare_tbs_document(validation_info=info, bytes_reserved=reserved)
        prepared, output = tbs.digest_tbs_document(in_place=False, output=None, chunk_size=4096)
        post = await tbs.perform_signature(
            document_digest=prepared.document_digest,
            pdf_cms_signed_attrs=PdfCMSSignedAttributes(signing_time=when))
        await post.post_signature_processing(output, chunk_size=4096)
        return output.getvalue()

    return asyncio.run(run())


def append_page_note(data: bytes, page: int, text: str) -> bytes:
    """An incremental update that draws `text` at the foot of a page: page
    content changed after signing."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    content = f"BT /FNote 9 Tf 62 40 Td ({text}) Tj ET".encode("latin-1")
    stream = generic.StreamObject(stream_data=content)
    font = generic.DictionaryObject({
        generic.pdf_name("/Type"): generic.pdf_name("/Font"),
        generic.pdf_name("/Subtype"): generic.pdf_name("/Type1"),
        generic.pdf_name("/BaseFont"): generic.pdf_name("/Helvetica"),
        generic.pdf_name("/Encoding"): generic.pdf_name("/WinAnsiEncoding"),
    })
    resources = generic.DictionaryObject({
        generic.pdf_name("/Font"): generic.DictionaryObject({generic.pdf_name("/FNote"): font})})
    writer.add_stream_to_page(page - 1, writer.add_object(stream), resources=resources)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def flip_in_signed_range(data: bytes, old: bytes, new: bytes) -> bytes:
    """Replace `old` by `new` (same length) in the signed bytes: the file
    still parses, but the digest no longer matches."""
    assert len(old) == len(new) and data.count(old) == 1, old
    return data.replace(old, new)


# --- Word writing (python-docx) ------------------------------------------------

def docx_form(app: App, logo: bool = False):
    from docx import Document as Docx
    from docx.shared import Cm, Pt

    doc = Docx()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10)
    for section in doc.sections:
        section.top_margin = section.bottom_margin = Cm(1.8)
    t = TEXT[app.language]
    if logo:
        doc.add_paragraph().add_run().add_picture(io.BytesIO(nav_logo_png()), width=Cm(4.2))
    doc.add_heading(t["heading"], level=1)
    doc.add_paragraph(t["intro"])
    table = None
    for kind, content in form_rows(app):
        if kind == "h":
            doc.add_heading(content, level=2)
            table = None
        elif kind in ("kv", "box"):
            if table is None:
                table = doc.add_table(rows=0, cols=2)
                table.style = "Table Grid"
            cells = table.add_row().cells
            if kind == "kv":
                cells[0].text, cells[1].text = content[0], content[1]
            else:
                question, boxes = content
                cells[0].text = question.rstrip(":?") if question else ""
                cells[1].text = "   ".join(("[X] " if b else "[ ] ") + lab for b, lab in boxes)
        elif kind == "table":
            table = doc.add_table(rows=0, cols=3)
            table.style = "Table Grid"
            for row in content:
                cells = table.add_row().cells
                for cell, value in zip(cells, row):
                    cell.text = value
            table = None
    return doc


def docx_signature_table(doc, app: App, headers: tuple[str, str], ink_seeds: dict[int, int],
                         dates: bool = True) -> None:
    """The signature section as a two-column table: role label, ink,
    printed name, title, date."""
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm

    t = TEXT[app.language]
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading(t["s6"], level=2)
    table = doc.add_table(rows=5, cols=2)
    table.style = "Table Grid"
    for i, signer in enumerate(app.signers[:2]):
        table.cell(0, i).text = headers[i]
        if i in ink_seeds:
            table.cell(1, i).paragraphs[0].add_run().add_picture(
                io.BytesIO(scribble_png(ink_seeds[i])), width=Cm(5.0))
        table.cell(2, i).text = signer.name or ""
        table.cell(3, i).text = signer.title or ""
        if dates:
            table.cell(4, i).text = "Dato: " + (display_date(signer.date) if signer.date else "")


# --- the samples ---------------------------------------------------------------

def _signer(role, name, title, date, kind, when=None) -> Signer:
    return Signer(role, name, title, date, kind, when)


def _at(iso: str, hour: int = 10) -> datetime:
    y, m, d = (int(p) for p in iso.split("-"))
    return datetime(y, m, d, hour, 15, tzinfo=OSLO)


BASE = dict(
    kind="new", start="2020-08-01", position_title="Jobbspesialist", percent=100,
    competence=10_000, areas=("ordinaert-arbeidsliv",), network=True, evaluation=False,
)


def samples() -> list[App]:
    """The signed family: what each file is, as the expected record says it."""
    return [
        App(slug="pades-to-signaturer", office="Nav Kongsvinger", municipality="Kongsvinger",
            org_number=org_number("97460095"), contact="Per Olsen", email="per.olsen@nav.no",
            phone="62 88 10 00", title="Ut i arbeid",
            signers=[_signer("nav_leader", "Kari Nordmann", "Nav-leder", None, "digital",
                             _at("2020-01-28")),
                     _signer("municipality", "Ola Hansen", "Kommunedirektør", None, "digital",
                             _at("2020-01-29", 14))],
            **BASE),
        App(slug="pades-en-signatur", office="Nav Hamar", municipality="Hamar",
            org_number=org_number("97460102"), contact="Lise Berg", email="lise.berg@nav.no",
            phone="62 51 20 00", title="Arbeid først",
            signers=[_signer("nav_leader", "Kari Nordmann", "Nav-leder", "2020-01-27", "digital",
                             _at("2020-01-27")),
                     _signer("municipality", None, None, None, "none")],
            **{**BASE, "percent": 50}),
        App(slug="pades-endret-etter-signering", office="Nav Elverum", municipality="Elverum",
            org_number=org_number("97460110"), contact="Jon Moen", email="jon.moen@nav.no",
            phone="62 43 30 00", title="Jobbspor Elverum",
            signers=[_signer("nav_leader", "Kari Nordmann", "Nav-leder", "2020-01-28", "digital",
                             _at("2020-01-28")),
                     _signer("municipality", "Ola Hansen", "Rådmann", "2020-01-28", "handwritten")],
            extra_findings=("DIGITAL_SIGNATURE_INVALID",), **BASE),
        App(slug="pades-manipulert", office="Nav Gjøvik", municipality="Gjøvik",
            org_number=org_number("97460128"), contact="Siri Lunde", email="siri.lunde@nav.no",
            phone="61 18 90 00", phone_after="61 18 90 09", title="Vei til jobb",
            signers=[_signer("nav_leader", "Kari Nordmann", "Nav-leder", "2020-01-29", "digital",
                             _at("2020-01-29")),
                     _signer("municipality", "Ola Hansen", "Kommunedirektør", "2020-01-29",
                             "handwritten")],
            extra_findings=("DIGITAL_SIGNATURE_INVALID",),
            **{**BASE, "kind": "continuation"}),
        App(slug="blekk-side-ved-side", office="Nav Ringsaker", municipality="Ringsaker",
            org_number=org_number("97460137"), contact="Anne Dahl", email="anne.dahl@nav.no",
            phone="62 33 50 00", title="Sammen mot arbeid",
            signers=[_signer("nav_leader", "Marte Kirkerud", "Nav-leder", "2020-01-27", "handwritten"),
                     _signer("municipality", "Hans Brenna", "Rådmann", "2020-01-28", "handwritten")],
            **BASE),
        App(slug="blekk-tabell", office="Nav Stange", municipality="Stange",
            org_number=org_number("97460145"), contact="Tone Aas", email="tone.aas@nav.no",
            phone="62 56 20 00", title="Ny start",
            signers=[_signer("nav_leader", "Eva Sæther", "Leder av Nav-kontoret", "2020-01-24",
                             "handwritten"),
                     _signer("municipality", "Knut Bakke", "Kommunalsjef for helse og velferd",
                             "2020-01-24", "handwritten")],
            **{**BASE, "percent": 80, "areas": ("ordinaert-arbeidsliv",)}),
        App(slug="blekk-etter-frist", office="Nav Tynset", municipality="Tynset",
            org_number=org_number("97460153"), contact="Ola Nygård", email="ola.nygard@nav.no",
            phone="62 48 50 00", title="Arbeidslaget",
            signers=[_signer("nav_leader", "Guri Haugen", "Nav-leder", "2020-01-30", "handwritten"),
                     _signer("municipality", "Per Sletten", "Rådmann", "2020-02-03", "handwritten")],
            extra_findings=("SIGNED_AFTER_DEADLINE",), **BASE),
        App(slug="logo-uten-signatur", office="Nav Sør-Odal", municipality="Sør-Odal",
            org_number=org_number("97460161"), contact="Kjersti Holm", email="kjersti.holm@nav.no",
            phone="62 97 10 00", title="Jobbhuset",
            signers=[_signer("nav_leader", None, None, None, "none"),
                     _signer("municipality", None, None, None, "none")],
            **BASE),
        App(slug="typet-navn", office="Nav Nord-Fron", municipality="Nord-Fron",
            org_number=org_number("97460170"), contact="Ivar Rønning", email="ivar.ronning@nav.no",
            phone="61 21 60 00", title="Lokal jobbmatch",
            signers=[_signer("nav_leader", "Berit Lie", "Nav-leder", "2020-01-29", "typed"),
                     _signer("municipality", "Tor Engen", "Kommunedirektør", "2020-01-29", "typed")],
            **BASE),
        App(slug="elektronisk-godkjent", office="Nav Eidskog", municipality="Eidskog",
            org_number=org_number("97460188"), contact="Mona Strand", email="mona.strand@nav.no",
            phone="62 83 40 00", title="Arbeid og mestring",
            signers=[_signer("nav_leader", "Silje Bråten", "Nav-leder", "2020-01-30",
                             "electronic_approval"),
                     _signer("municipality", "Arne Vik", "Kommunedirektør", "2020-01-30",
                             "electronic_approval")],
            **BASE),
        App(slug="elektronisk-godkjend-nynorsk", office="Nav Voss", municipality="Voss",
            org_number=org_number("97460196"), contact="Solveig Rekve", email="solveig.rekve@nav.no",
            phone="56 52 00 00", title="Vegen til arbeid", language="nn",
            signers=[_signer("nav_leader", "Ingrid Lid", "Nav-leiar", "2020-01-31",
                             "electronic_approval"),
                     _signer("municipality", "Nils Tveit", "Kommunedirektør", "2020-01-31",
                             "electronic_approval")],
            **BASE),
    ]


def build(app: App, pki: Pki) -> tuple[bytes, str, int | None]:
    """The file's bytes, its format and its page count (None for Word,
    which has no fixed pages)."""
    builder = BUILDERS[app.slug]
    return builder(app, pki)


def _pdf_digital(app: App, pki: Pki, labels: tuple[str, str], ink: dict[int, int]) -> bytes:
    form = PdfForm(app)
    form.write_form()
    widgets: dict[int, tuple] = {}
    show_dates = any(s.date for s in app.signers)
    pdf_side_by_side(form, app, labels, ink, show_dates=show_dates, widgets=widgets)
    data = form.finish()
    for i, signer in enumerate(app.signers):
        if signer.kind != "digital":
            continue
        key = "nav" if signer.role == "nav_leader" else "kommune"
        field_name = "SignaturNavLeder" if key == "nav" else "SignaturKommune"
        data = sign_pdf(data, pki.signers[key], field_name, signer.signing_time, page=2,
                        box=widgets[i], reason="Søknad godkjent", location=app.municipality)
    return data


def b_pades_two(app: App, pki: Pki):
    data = _pdf_digital(app, pki, ("Signatur Nav-leder", "Signatur kommunedirektør"), {})
    return data, "pdf", 2


def b_pades_one(app: App, pki: Pki):
    data = _pdf_digital(app, pki, ("Signatur Nav-leder", "Signatur rådmann/kommunedirektør"), {})
    return data, "pdf", 2


def b_pades_changed(app: App, pki: Pki):
    data = _pdf_digital(app, pki, ("Signatur Nav-leder", "Signatur rådmann"), {1: 301})
    data = append_page_note(data, 1, "Merknad lagt til etter signering.")
    return data, "pdf", 2


def b_pades_tampered(app: App, pki: Pki):
    data = _pdf_digital(app, pki, ("Signatur Nav-leder", "Signatur kommunedirektør"), {1: 402})
    old = f"({app.phone})".encode("latin-1")
    new = f"({app.phone_after})".encode("latin-1")
    return flip_in_signed_range(data, old, new), "pdf", 2


def b_ink_side_by_side(app: App, pki: Pki):
    form = PdfForm(app, logo=True)
    form.write_form()
    pdf_side_by_side(form, app, ("Signatur Nav-leder", "Signatur rådmann"), {0: 11, 1: 12})
    return form.finish(), "pdf", 2


def b_ink_after_deadline(app: App, pki: Pki):
    """Stacked blocks: "Dato og underskrift" with the role, ink on the line,
    then "Name, title" and the place and date."""
    form = PdfForm(app, logo=True)
    form.write_form()
    c = form.c
    form.text(MARGIN, TEXT["nb"]["s6"], 11, bold=True)
    form.newline(30)
    for i, (signer, label, seed) in enumerate(zip(
            app.signers, ("Dato og underskrift, leder av Nav-kontoret:",
                          "Dato og underskrift, rådmann:"), (21, 22))):
        form.text(MARGIN, label)
        line_y = form.y - 58
        form.image(scribble_png(seed, colour=(15, 15, 15)), MARGIN + 4, line_y - 3, INK_W, INK_H)
        c.setLineWidth(0.6)
        c.line(MARGIN, line_y, MARGIN + 220, line_y)
        form.y = line_y - 14
        form.text(MARGIN, f"{signer.name}, {signer.title}")
        form.y = line_y - 28
        form.text(MARGIN, f"{app.municipality}, {display_date(signer.date, textual=True)}")
        form.y = line_y - 70
    return form.finish(), "pdf", 2


def b_logo_unsigned(app: App, pki: Pki):
    """Letterhead logo on page 1, the municipal crest beside the empty
    signature blocks: neither is a signature."""
    form = PdfForm(app, logo=True)
    form.write_form()
    c = form.c
    form.text(MARGIN, TEXT["nb"]["s6"], 11, bold=True)
    form.newline(28)
    label_y = form.y
    for x, label in zip(COLUMNS, ("Signatur Nav-leder", "Signatur rådmann")):
        form.y = label_y
        form.text(x, label)
    line_y = label_y - 62
    form.image(crest_png(), COLUMNS[1] + 210, line_y - 6, 40, 48)
    for x in COLUMNS:
        c.setLineWidth(0.6)
        c.line(x, line_y, x + 200, line_y)
        form.y = line_y - 14
        form.text(x, "Navn:")
        form.y = line_y - 28
        form.text(x, "Dato:")
    return form.finish(), "pdf", 2


def b_approval_nb(app: App, pki: Pki):
    """A letter closing: names and titles under "Med vennlig hilsen", the
    place and date above it, and the approval line below."""
    form = PdfForm(app)
    form.write_form()
    form.text(MARGIN, f"{app.municipality}, {display_date(app.signers[0].date, textual=True)}")
    form.newline(30)
    form.text(MARGIN, "Med vennlig hilsen")
    form.newline(40)
    label_y = form.y
    for x, signer in zip(COLUMNS, app.signers):
        form.y = label_y
        form.text(x, signer.name)
        form.y = label_y - 14
        form.text(x, signer.title if signer.role == "municipality" else f"{signer.title}, {app.office}")
    form.y = label_y - 50
    form.text(MARGIN, "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.", 9)
    return form.finish(), "pdf", 2


def b_ink_docx(app: App, pki: Pki):
    doc = docx_form(app, logo=True)
    docx_signature_table(doc, app, ("Signatur leder av Nav-kontoret", "Signatur kommunen"), {0: 31, 1: 32})
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue(), "docx", None


def b_typed_docx(app: App, pki: Pki):
    doc = docx_form(app)
    docx_signature_table(doc, app, ("Underskrift Nav-leder", "Underskrift kommunedirektør"), {})
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue(), "docx", None


def b_approval_nn_docx(app: App, pki: Pki):
    from docx.enum.text import WD_BREAK

    doc = docx_form(app)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph(f"{app.municipality}, {display_date(app.signers[0].date, textual=True)}")
    doc.add_paragraph("Med vennleg helsing")
    for signer in app.signers:
        doc.add_paragraph(signer.name)
        doc.add_paragraph(signer.title if signer.role == "municipality" else f"{signer.title}, {app.office}")
    doc.add_paragraph("Dokumentet er elektronisk godkjent og har difor inga underskrift.")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue(), "docx", None


BUILDERS = {
    "pades-to-signaturer": b_pades_two,
    "pades-en-signatur": b_pades_one,
    "pades-endret-etter-signering": b_pades_changed,
    "pades-manipulert": b_pades_tampered,
    "blekk-side-ved-side": b_ink_side_by_side,
    "blekk-tabell": b_ink_docx,
    "blekk-etter-frist": b_ink_after_deadline,
    "logo-uten-signatur": b_logo_unsigned,
    "typet-navn": b_typed_docx,
    "elektronisk-godkjent": b_approval_nb,
    "elektronisk-godkjend-nynorsk": b_approval_nn_docx,
}


# --- expected records ------------------------------------------------------------

SEVERITY = {
    "SIGNATURE_NAV_LEADER_MISSING": "error", "SIGNATURE_MUNICIPALITY_MISSING": "error",
    "DIGITAL_SIGNATURE_INVALID": "error", "SIGNED_AFTER_DEADLINE": "warning",
    "SIGNATURE_UNVERIFIED": "warning",
}


def expected_record(app: App, rel_path: str, sha256: str, fmt: str, pages: int | None) -> dict:
    """The record as the sample is, minus evidence; findings as sorted,
    distinct {code, severity}."""
    signatures = []
    codes = list(app.extra_findings)
    for signer in app.signers:
        if signer.kind == "none":
            codes.append("SIGNATURE_NAV_LEADER_MISSING" if signer.role == "nav_leader"
                         else "SIGNATURE_MUNICIPALITY_MISSING")
            continue
        when = signer.date
        if when is None and signer.signing_time is not None:
            when = signer.signing_time.date().isoformat()
        signatures.append({"role": signer.role, "name": signer.name, "title": signer.title,
                           "date": when, "kind": signer.kind, "page": 2})
        if signer.kind == "typed":
            codes.append("SIGNATURE_UNVERIFIED")
    findings = [{"code": c, "severity": SEVERITY[c]} for c in sorted(set(codes))]
    phone = re.sub(r"\D", "", app.phone_after or app.phone)
    return {
        "schema_version": "1",
        "source": {"path": rel_path, "sha256": sha256, "format": fmt, "pages": pages, "ocr": False},
        "language": app.language,
        "scheme": "nav-sosiale-tjenester-2020",
        "office": {"name": app.office, "municipality": app.municipality, "org_number": app.org_number},
        "contact": {"name": app.contact, "email": app.email, "phone": phone},
        "project": {"title": app.title, "kind": app.kind, "start_date": app.start},
        "positions": [{"title": app.position_title, "percent": app.percent,
                       "amount": app.positions_amount}],
        "positions_percent_total": app.percent,
        "amounts": {"positions": app.positions_amount, "competence": app.competence, "other": None,
                    "total": app.total, "own_funding": None},
        "priority_areas": sorted(app.areas),
        "interest": {"network": app.network, "process_evaluation": app.evaluation},
        "signatures": signatures,
        "findings": findings,
        "complete": not any(f["severity"] == "error" for f in findings),
    }


def generate(out_dir: Path) -> list[Path]:
    """Write every signed sample and its expected record; return the files."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    pki = make_pki([("nav", "Kari Nordmann", "Nav-leder"),
                    ("kommune", "Ola Hansen", "Kommunedirektør")])
    written: list[Path] = []
    for app in samples():
        data, fmt, pages = build(app, pki)
        path = out_dir / f"{app.slug}.{fmt}"
        path.write_bytes(data)
        try:
            rel = path.resolve().relative_to(REPO).as_posix()
        except ValueError:
            rel = path.as_posix()
        record = expected_record(app, rel, hashlib.sha256(data).hexdigest(), fmt, pages)
        expected = out_dir / f"{app.slug}.expected.json"
        expected.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written += [path, expected]
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "samples" / "signed"
    for p in generate(target):
        print(p)
