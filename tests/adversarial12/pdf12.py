"""PDF documents of the twelfth adversarial corpus (reportlab, pypdf, pyHanko, LibreOffice,
pypdfium2 + Pillow), each with its truth."""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from tests.adversarial2.truthlib import near_miss, truth
from tests.adversarial12.kit12 import font, org, pdf_ink

S20 = "nav-sosiale-tjenester-2020"
S18 = "nav-sosiale-tjenester-2018"
_REG = False


def _fonts() -> None:
    global _REG
    if _REG:
        return
    for name, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("LS", "LiberationSerif-Regular.ttf"),
                    ("LSB", "LiberationSerif-Bold.ttf"), ("LA", "LiberationSans-Regular.ttf"),
                    ("LAB", "LiberationSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, font(f)))
    _REG = True


def _canvas(target, **kw) -> canvas.Canvas:
    _fonts()
    c = canvas.Canvas(target, pagesize=A4, invariant=1, **kw)
    return c


def _words(c, x: float, y: float, text: str, fn="DV", size=10.0) -> None:
    """Browser-print style: every word its own text object."""
    for w in text.split(" "):
        if w:
            t = c.beginText(x, y)
            t.setFont(fn, size)
            t.textOut(w)
            c.drawText(t)
        x += pdfmetrics.stringWidth(w + " ", fn, size)


# ---------------------------------------------------------------- m06 pdf-text
def m06(out: Path):
    """A web form printed from a browser: time stamp and URL in the margins, every word a separate
    text object, labels in the left column and answers in the RIGHT column, ☒/☐ glyphs, budget and
    typed names on page 2."""
    c = _canvas(str(out))
    org_nr = org("97451531")
    W, H = A4

    def chrome(n):
        _words(c, 30, H - 20, "29.01.2020, 13:47", size=7)
        _words(c, 250, H - 20, "Søknadsskjema – Nav Gjøvik", size=7)
        _words(c, 30, 18, "https://skjema.gjovik.kommune.no/soknad/nav/2020/4471", size=7)
        _words(c, W - 60, 18, f"{n}/2", size=7)

    chrome(1)
    _words(c, 60, H - 70, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", "DVB", 13)
    y = H - 110
    rows = [("Søker (Nav-kontor)", "NAV Gjøvik"), ("Kommune", "Gjøvik"), ("Organisasjonsnummer", org_nr),
            ("Kontaktperson", "Per Ivar Lunde"), ("E-post", "per.ivar.lunde@nav.no"), ("Telefon", "611 39 000"),
            ("Prosjektets tittel", "Arbeidstrening i lokale bedrifter"),
            ("Er prosjektet nytt?", "☐ Ja, nytt prosjekt"), ("", "☒ Nei, videreføring av prosjekt fra 2019"),
            ("Oppstart", "januar 2020"),
            ("Prioriterte områder", "☒ Bruk av ordinært arbeidsliv"),
            ("", "☐ Oppfølging av barnefamilier, ungdom og innvandrere"), ("", "☐ Sikring av sårbare overganger"),
            ("Interessert i nettverk/klyngesamarbeid", "☒ Ja  ☐ Nei"),
            ("Interessert i ekstern prosessevaluering", "☒ Ja  ☐ Nei")]
    for lbl, val in rows:
        _words(c, 60, y, lbl, "DVB" if lbl else "DV", 10)
        _words(c, 300, y, val, "DV", 10)
        y -= 22
    _words(c, 60, y - 10, "Beskrivelse: Prosjektet gir deltakere arbeidstrening i ordinære bedrifter med tett "
           "oppfølging.", size=9)
    c.showPage()
    chrome(2)
    y = H - 70
    _words(c, 60, y, "Budsjett for 2020", "DVB", 12)
    y -= 26
    for a, b, d in (("Stilling", "Stillingsprosent", "Beløp (kr)"), ("Jobbkonsulent", "100 %", "600 000"),
                    ("Jobbkonsulent", "100 %", "600 000"), ("Kompetansemidler", "", "10 000"),
                    ("Sum omsøkt", "", "1 210 000")):
        _words(c, 60, y, a, "DVB" if a in ("Stilling", "Sum omsøkt") else "DV")
        _words(c, 260, y, b)
        _words(c, 420, y, d)
        y -= 20
    y -= 30
    _words(c, 60, y, "Underskrift", "DVB", 12)
    y -= 24
    for lbl, a, b in (("Dato", "29.01.2020", "29.01.2020"), ("Navn", "Elin Stubberud", "Trond Kvernstuen"),
                      ("Tittel", "Nav-leder", "Kommunalsjef")):
        _words(c, 60, y, lbl, "DVB")
        _words(c, 200, y, a)
        _words(c, 380, y, b)
        y -= 20
    c.showPage()
    c.save()
    return truth("m06", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Gjøvik", "Gjøvik", org_nr), contact=("Per Ivar Lunde", "per.ivar.lunde@nav.no", "61139000"),
                 project=("Arbeidstrening i lokale bedrifter", "continuation", "2020-01-01"), pct=200,
                 amounts={"positions": 1200000, "competence": 10000, "other": None, "total": 1210000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Elin Stubberud", "Nav-leder", "2020-01-29", "typed"),
                       ("municipality", "Trond Kvernstuen", "Kommunalsjef", "2020-01-29", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"])


# ---------------------------------------------------------------- m07 pdf-acroform
def m07(out: Path):
    """Fillable PDF: labels ABOVE the fields, a RADIO group for new/continuation, check boxes for
    priority areas and interest, filled by pypdf; ink drawn over the signature lines."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, BooleanObject
    buf = io.BytesIO()
    c = _canvas(buf)
    W, H = A4
    f = c.acroForm
    c.setFont("LAB", 13)
    c.drawString(50, H - 60, "Søknadsskjema 2020 – tilskudd til sosiale tjenester i Nav")
    y = H - 100
    fields = [("kontor", "Nav-kontor"), ("kommune", "Kommune"), ("orgnr", "Organisasjonsnummer"),
              ("kontakt", "Kontaktperson"), ("epost", "E-post"), ("tlf", "Telefon"), ("tittel", "Prosjektnavn"),
              ("oppstart", "Oppstartsdato"), ("stilling", "Stilling og stillingsprosent"),
              ("lonn", "Lønn og sosiale kostnader"), ("komp", "Kompetansemidler"), ("sum", "Sum omsøkt")]
    for i, (name, lbl) in enumerate(fields):
        col = i % 2
        x = 50 + col * 260
        if col == 0 and i:
            y -= 44
        c.setFont("LA", 8)
        c.drawString(x, y, lbl)
        f.textfield(name=name, x=x, y=y - 22, width=240, height=18, borderWidth=0.5, fontName="Helvetica", fontSize=10)
    y -= 52
    c.setFont("LA", 9)
    c.drawString(50, y, "Søknadstype")
    f.radio(name="type", value="Ny", selected=False, x=50, y=y - 18, size=11, buttonStyle="circle")
    c.drawString(66, y - 16, "Nytt prosjekt")
    f.radio(name="type", value="Videre", selected=False, x=160, y=y - 18, size=11, buttonStyle="circle")
    c.drawString(176, y - 16, "Videreføring")
    y -= 44
    c.drawString(50, y, "Prioriterte områder")
    for j, (nm, txt) in enumerate((("pa1", "Bruk av ordinært arbeidsliv"),
                                   ("pa2", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                                   ("pa3", "Sikring av sårbare overganger"))):
        f.checkbox(name=nm, x=50, y=y - 18 - j * 16, size=10, buttonStyle="cross", checked=False)
        c.drawString(66, y - 16 - j * 16, txt)
    y -= 80
    for j, (nm, txt) in enumerate((("nett", "Ønsker nettverk/klyngesamarbeid"),
                                   ("eval", "Ønsker ekstern prosessevaluering"))):
        f.checkbox(name=nm, x=50, y=y - j * 16, size=10, buttonStyle="cross", checked=False)
        c.drawString(66, y + 2 - j * 16, txt)
    y -= 60
    c.setFont("LAB", 10)
    c.drawString(50, y, "Signatur Nav-leder")
    c.drawString(310, y, "Signatur kommunedirektør")
    c.line(50, y - 40, 270, y - 40)
    c.line(310, y - 40, 530, y - 40)
    pdf_ink(c, 7001, 60, y - 40)
    pdf_ink(c, 7002, 320, y - 40)
    for j, (nm, lbl) in enumerate((("navn1", "Navn"), ("dato1", "Dato"))):
        c.setFont("LA", 8)
        c.drawString(50, y - 56 - j * 34, lbl)
        f.textfield(name=nm, x=50, y=y - 78 - j * 34, width=220, height=18, borderWidth=0.5, fontSize=10)
        nm2 = nm.replace("1", "2")
        c.drawString(310, y - 56 - j * 34, lbl)
        f.textfield(name=nm2, x=310, y=y - 78 - j * 34, width=220, height=18, borderWidth=0.5, fontSize=10)
    c.showPage()
    c.save()
    org_nr = org("97254340")
    vals = {"kontor": "NAV Bodø", "kommune": "Bodø", "orgnr": org_nr, "kontakt": "Camilla Nordvik",
            "epost": "camilla.nordvik@nav.no", "tlf": "75 54 20 00", "tittel": "Aktiv fritid – aktiv jobb",
            "oppstart": "01.01.2020", "stilling": "Koordinator 60 %", "lonn": "360 000", "komp": "6 000",
            "sum": "366 000", "navn1": "Kjetil Pedersen", "dato1": "23.01.2020", "navn2": "Rolf Jensen",
            "dato2": "24.01.2020"}
    r = PdfReader(io.BytesIO(buf.getvalue()))
    w = PdfWriter(clone_from=r)
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
    w.update_page_form_field_values(w.pages[0], {"type": "/Videre", "pa2": "/Yes", "eval": "/Yes"},
                                    auto_regenerate=False)
    w._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
    with open(out, "wb") as fh:
        w.write(fh)
    return truth("m07", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Bodø", "Bodø", org_nr), contact=("Camilla Nordvik", "camilla.nordvik@nav.no", "75542000"),
                 project=("Aktiv fritid – aktiv jobb", "continuation", "2020-01-01"), pct=60,
                 amounts={"positions": 360000, "competence": 6000, "other": None, "total": 366000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Kjetil Pedersen", "Nav-leder", "2020-01-23", "handwritten"),
                       ("municipality", "Rolf Jensen", "Kommunedirektør", "2020-01-24", "handwritten")],
                 notes=["network box unticked -> false; the signers' titles come from the block labels"])


# ---------------------------------------------------------------- m08 pdf-from-office
def m08(out: Path):
    from tests.adversarial12.word12 import m08_docx
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "m08.docx"
        t = m08_docx(src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(src)], check=True, capture_output=True, timeout=180)
        shutil.copy(Path(td) / "m08.pdf", out)
    return t


# ---------------------------------------------------------------- m09 pdf-handwritten (2018)
def _m09_page(c, org_nr):
    W, H = A4
    c.setFont("LSB", 14)
    c.drawString(60, H - 60, "Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2018")
    c.setFont("LS", 10)
    c.drawString(60, H - 78, "Sendes Fylkesmannen i Nordland innen 1. februar 2018.")
    y = H - 110
    for lbl, val in (("Søkende NAV-kontor:", "NAV Rana"), ("Kommune:", "Rana"), ("Org. nr.:", org_nr),
                     ("Kontaktperson:", "Liv Hansen, liv.hansen@nav.no, 75 14 52 00"),
                     ("Prosjektnavn:", "«Barn i fokus – Rana»"), ("Søknaden gjelder:", "Nytt prosjekt"),
                     ("Prosjektstart:", "april 2018"), ("Stillinger:", "1 årsverk familieveileder")):
        c.setFont("LSB", 11)
        c.drawString(60, y, lbl)
        c.setFont("LS", 11)
        c.drawString(200, y, val)
        y -= 20
    y -= 8
    c.setFont("LSB", 11)
    c.drawString(60, y, "Prioriterte områder i kunngjøringen prosjektet svarer på:")
    y -= 18
    c.setFont("DV", 10)
    for on, txt in ((False, "Bruk av ordinært arbeidsliv"), (False, "Ungdom og innvandrere"),
                    (True, "Tiltak begrunnet i funn fra tilsyn"), (True, "Barneperspektivet"),
                    (False, "Overganger mellom tjenester, skole og arbeidsliv")):
        c.drawString(72, y, ("☒ " if on else "☐ ") + txt)
        y -= 16
    y -= 10
    c.setFont("LSB", 11)
    c.drawString(60, y, "Budsjett")
    y -= 18
    c.setFont("LS", 11)
    for a, b in (("Lønn og sosiale utgifter, familieveileder 100 %", "kr 620 000"), ("Sum det søkes om", "kr 620 000")):
        c.drawString(72, y, a)
        c.drawRightString(480, y, b)
        y -= 16
    y -= 30
    # signature table: Sted/dato | Underskrift | Tittel og navn
    c.setFont("LSB", 10)
    xs = (60, 190, 360, 535)
    c.drawString(xs[0] + 4, y, "Sted/dato")
    c.drawString(xs[1] + 4, y, "Underskrift")
    c.drawString(xs[2] + 4, y, "Tittel og navn")
    c.setLineWidth(0.6)
    top = y + 14
    rows = (("Mo i Rana, 25.01.2018", "NAV-leder Åse Nilsen", 9001), ("Mo i Rana, 26.01.2018", "Rådmann Kjell Arne Ness", 9002))
    yy = y - 6
    for d, n, seed in rows:
        c.line(xs[0], yy, xs[-1], yy)
        c.setFont("LS", 10)
        c.drawString(xs[0] + 4, yy - 28, d)
        c.drawString(xs[2] + 4, yy - 28, n)
        pdf_ink(c, seed, xs[1] + 8, yy - 42, 150, 36)
        yy -= 48
    c.line(xs[0], yy, xs[-1], yy)
    c.line(xs[0], top, xs[-1], top)
    for xx in xs:
        c.line(xx, top, xx, yy)


def m09(out: Path):
    """A 2018 application (2018 priority areas, "Fylkesmannen", "Rådmann"); signatures in a table
    "Sted/dato | Underskrift | Tittel og navn" with titles BEFORE names and vector ink. 620 000 for
    one position: no 2018 cap."""
    org_nr = org("97203800")
    c = _canvas(str(out))
    _m09_page(c, org_nr)
    c.showPage()
    c.save()
    return truth("m09", "pdf", "pdf-handwritten", lang="nb", scheme=S18,
                 office=("Nav Rana", "Rana", org_nr), contact=("Liv Hansen", "liv.hansen@nav.no", "75145200"),
                 project=("Barn i fokus – Rana", "new", "2018-04-01"), pct=100,
                 amounts={"positions": 620000, "competence": None, "other": None, "total": 620000},
                 prio=["tilsyn", "barneperspektivet"], interest=(None, None),
                 sigs=[("nav_leader", "Åse Nilsen", "NAV-leder", "2018-01-25", "handwritten"),
                       ("municipality", "Kjell Arne Ness", "Rådmann", "2018-01-26", "handwritten")],
                 notes=["2018: no cap known, 620 000 for 100 % is no breach"])


# ---------------------------------------------------------------- m10 pdf-scanned
def m10(out: Path):
    """A phone-style scan at 150 dpi: low contrast, shadow from the left, 2.2 degrees skew, JPEG q40."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    org_nr = org("94000152")
    buf = io.BytesIO()
    c = _canvas(buf)
    W, H = A4
    c.setFont("LAB", 15)
    c.drawString(50, H - 60, "Søknad – tilskudd sosiale tjenester i Nav 2020")
    y = H - 100
    for lbl, val in (("Nav-kontor", "NAV Alta"), ("Kommune", "Alta"), ("Org.nr", org_nr), ("Kontaktperson", "Mette Isaksen"),
                     ("E-post", "mette.isaksen@nav.no"), ("Telefon", "78 45 60 00"), ("Prosjekt", "Tett på ungdom i Alta"),
                     ("Type", "Nytt prosjekt"), ("Oppstart", "01.09.2020"), ("Stilling", "100 % ungdomsveileder"),
                     ("Lønn og sos. kostnader", "600 000"), ("Kompetanse", "10 000"), ("Sum søknad", "610 000")):
        c.setFont("LAB", 12)
        c.drawString(50, y, lbl + ":")
        c.setFont("LA", 12)
        c.drawString(230, y, val)
        y -= 24
    c.setFont("LA", 12)
    y -= 6
    c.drawString(50, y, "Prioritert område: [X] Oppfølging av barnefamilier, ungdom og innvandrere")
    y -= 20
    c.drawString(50, y, "                          [X] Sikring av sårbare overganger")
    y -= 20
    c.drawString(50, y, "Nettverk/klyngesamarbeid: Ja      Ekstern prosessevaluering: Nei")
    y -= 50
    c.drawString(50, y, "Alta, 17.01.2020")
    c.drawString(310, y, "Alta, 20.01.2020")
    pdf_ink(c, 10001, 50, y - 52, 170, 40)
    pdf_ink(c, 10002, 310, y - 52, 170, 40)
    c.line(50, y - 56, 260, y - 56)
    c.line(310, y - 56, 520, y - 56)
    c.drawString(50, y - 72, "Rune Eriksen, Nav-leder")
    c.drawString(310, y - 72, "Berit Mathisen, kommunedirektør")
    c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    im = pdf[0].render(scale=150 / 72).to_pil().convert("L")
    rnd = random.Random(1010)
    im = im.point(lambda v: int(95 + v * 0.55))  # low contrast: ink ~95, paper ~235
    sh = Image.linear_gradient("L").rotate(90, expand=True).resize(im.size)  # shadow from the left
    im = Image.composite(im, im.point(lambda v: int(v * 0.72)), sh.point(lambda v: min(255, v * 3)))
    im = im.rotate(2.2, resample=Image.BICUBIC, expand=True, fillcolor=200)
    px = im.load()
    for _ in range(6000):
        xx, yy = rnd.randrange(im.width), rnd.randrange(im.height)
        px[xx, yy] = max(0, px[xx, yy] - rnd.randint(20, 70))
    im = im.filter(ImageFilter.GaussianBlur(0.5))
    jb = io.BytesIO()
    im.save(jb, "JPEG", quality=40)
    Image.open(io.BytesIO(jb.getvalue())).save(out, "PDF", resolution=150.0)
    return truth("m10", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Alta", "Alta", org_nr), contact=("Mette Isaksen", "mette.isaksen@nav.no", "78456000"),
                 project=("Tett på ungdom i Alta", "new", "2020-09-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Rune Eriksen", "Nav-leder", "2020-01-17", "handwritten"),
                       ("municipality", "Berit Mathisen", "Kommunedirektør", "2020-01-20", "handwritten")],
                 optional=["LOW_CONFIDENCE"])


# ---------------------------------------------------------------- PAdES
def _signer(tmp: Path, cn: str):
    """A self-signed certificate made at build time (no network)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.COUNTRY_NAME, "NO")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(4711).not_valid_before(dt.datetime(2019, 1, 1)).not_valid_after(dt.datetime(2030, 1, 1))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    kp, cp = tmp / f"{cn}.key", tmp / f"{cn}.crt"
    kp.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                     serialization.NoEncryption()))
    cp.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return signers.SimpleSigner.load(str(kp), str(cp))


def _sign(data: bytes, cn: str, field: str, box, when: dt.datetime) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.signers import pdf_signer
    orig = pdf_signer.PdfSigningSession.__init__

    def fixed(self, *a, system_time=None, **k):
        orig(self, *a, system_time=when, **k)

    pdf_signer.PdfSigningSession.__init__ = fixed
    try:
        with tempfile.TemporaryDirectory() as td:
            signer = _signer(Path(td), cn)
            w = IncrementalPdfFileWriter(io.BytesIO(data))
            meta = signers.PdfSignatureMetadata(field_name=field, name=cn, location="Norge",
                                                reason="Godkjenning av søknad",
                                                subfilter=fields.SigSeedSubFilter.PADES)
            out = io.BytesIO()
            signers.PdfSigner(meta, signer, new_field_spec=fields.SigFieldSpec(field, box=box)).sign_pdf(w, output=out)
            return out.getvalue()
    finally:
        pdf_signer.PdfSigningSession.__init__ = orig


def _pades_page(c, o: dict) -> None:
    W, H = A4
    c.setFont("DVB", 12)
    c.drawString(50, H - 56, "SØKNAD OM TILSKUDD 2020 – Utvikling av sosiale tjenester i Nav-kontoret")
    c.setFont("DV", 9)
    c.drawString(50, H - 72, "Søknadsfrist 1. februar 2020 · sendes Statsforvalteren")
    y = H - 104
    for i, (lbl, val) in enumerate(o["rows"]):
        c.setFont("DV", 8)
        c.drawString(50, y + 11, lbl.upper())
        c.setFont("DV", 11)
        c.drawString(50, y - 2, val)
        c.line(50, y - 6, 540, y - 6)
        y -= 34
    y -= 10
    c.setFont("DVB", 10)
    c.drawString(50, y, "Godkjenning")
    y -= 18
    c.setFont("DV", 10)
    c.drawString(50, y, o["digital_text"])
    c.drawString(50, y - 14, o["digital_name"])
    c.rect(300, y - 40, 240, 54)  # the visible box of the digital signature
    y -= 80
    if o.get("ink"):
        c.drawString(50, y, o["ink_date"])
        pdf_ink(c, o["ink"], 50, y - 44, 160, 36)
        c.line(50, y - 46, 260, y - 46)
        c.drawString(50, y - 60, o["ink_name"])
    c.setFont("DV", 7)
    c.drawString(50, 24, o["footer"])


def m11(out: Path):
    """PAdES: the Nav leader signs digitally (visible box), the kommunalsjef signs in ink on the page;
    labels are small caps captions above each answer with a rule under it."""
    org_nr = org("96454440")
    o = {"rows": [("Nav-kontor", "NAV Molde"), ("Kommune", "Molde"), ("Organisasjonsnummer", org_nr),
                  ("Kontaktperson", "Guri Sandnes"), ("E-post", "guri.sandnes@nav.no"), ("Telefon", "992 10 443"),
                  ("Prosjektnavn", "Jobbhuset Molde"), ("Ny søknad / videreføring", "Videreføring (3. år)"),
                  ("Oppstart", "01.02.2020"), ("Stilling", "Jobbveileder, 100 %"),
                  ("Lønn og sosiale kostnader", "610 000"), ("Sum omsøkt", "610 000"),
                  ("Prioritert område", "Bruk av ordinært arbeidsliv"),
                  ("Nettverk / prosessevaluering", "Ja / Ja")],
         "digital_text": "Signert digitalt av Nav-leder 21.01.2020:", "digital_name": "Hans Petter Aune",
         "ink": 11001, "ink_date": "Molde, 22.01.2020", "ink_name": "Kari Tørstad, kommunalsjef",
         "footer": "Side 1 av 1"}
    buf = io.BytesIO()
    c = _canvas(buf)
    _pades_page(c, o)
    c.showPage()
    c.save()
    out.write_bytes(_sign(buf.getvalue(), "Hans Petter Aune", "SignaturNavleder", (300, 842 - 104 - 14 * 34 - 10 - 18 - 40, 540, 842 - 104 - 14 * 34 - 10 - 18 + 14),
                          dt.datetime(2020, 1, 21, 9, 30, tzinfo=dt.timezone.utc)))
    return truth("m11", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Molde", "Molde", org_nr), contact=("Guri Sandnes", "guri.sandnes@nav.no", "99210443"),
                 project=("Jobbhuset Molde", "continuation", "2020-02-01"), pct=100,
                 amounts={"positions": 610000, "competence": None, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Hans Petter Aune", "Nav-leder", "2020-01-21", "digital"),
                       ("municipality", "Kari Tørstad", "Kommunalsjef", "2020-01-22", "handwritten")],
                 notes=["3rd year of a continuation: within the limit", "610 000 exactly at the cap"])


def m12(out: Path):
    """PAdES signed by the Nav leader, the municipality e-approved in text; AFTER signing one byte of
    the uncompressed page content is changed in place ("Side 1 av 1" -> "Side 1 av 2"), so the
    digest no longer matches. Defect: DIGITAL_SIGNATURE_INVALID."""
    org_nr = org("96452049")
    o = {"rows": [("Nav-kontor", "NAV Kristiansund"), ("Kommune", "Kristiansund"), ("Organisasjonsnummer", org_nr),
                  ("Kontaktperson", "Øystein Rønning"), ("E-post", "oystein.ronning@nav.no"), ("Telefon", "71 57 40 00"),
                  ("Prosjektnavn", "Ny start etter soning"), ("Ny søknad / videreføring", "Ny søknad"),
                  ("Oppstart", "01.05.2020"), ("Stilling", "Losfunksjon, 50 %"),
                  ("Lønn og sosiale kostnader", "300 000"), ("Sum omsøkt", "300 000"),
                  ("Prioritert område", "Sikring av sårbare overganger (løslatelse fra fengsel)"),
                  ("Nettverk / prosessevaluering", "Nei / Ja")],
         "digital_text": "Signert digitalt av Nav-leder 23.01.2020:", "digital_name": "Marianne Vik",
         "footer": "Side 1 av 1   ·   Kommunedirektør Arild Sæbø har godkjent søknaden elektronisk 24.01.2020."}
    buf = io.BytesIO()
    c = _canvas(buf, pageCompression=0)
    _pades_page(c, o)
    c.showPage()
    c.save()
    signed = _sign(buf.getvalue(), "Marianne Vik", "SignaturNavleder",
                   (300, 842 - 104 - 14 * 34 - 10 - 18 - 40, 540, 842 - 104 - 14 * 34 - 10 - 18 + 14),
                   dt.datetime(2020, 1, 23, 9, 30, tzinfo=dt.timezone.utc))
    i = signed.find(b"Side 1 av 1")
    if i < 0:  # reportlab writes subset glyph codes for TTF fonts: change the last glyph code in place
        raise SystemExit("m12: footer text not found in the uncompressed content")
    signed = signed[:i + 10] + b"2" + signed[i + 11:]
    out.write_bytes(signed)
    return truth("m12", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Kristiansund", "Kristiansund", org_nr),
                 contact=("Øystein Rønning", "oystein.ronning@nav.no", "71574000"),
                 project=("Ny start etter soning", "new", "2020-05-01"), pct=50,
                 amounts={"positions": 300000, "competence": None, "other": None, "total": 300000},
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Marianne Vik", "Nav-leder", "2020-01-23", "digital"),
                       ("municipality", "Arild Sæbø", "Kommunedirektør", "2020-01-24", "electronic_approval")],
                 expected=["DIGITAL_SIGNATURE_INVALID"],
                 notes=["defect: page content changed in place after signing (hash mismatch)",
                        "municipality approval is a sentence in the footer ('har godkjent søknaden elektronisk')"])


# ---------------------------------------------------------------- m13 bad-input
def m13(out: Path):
    """A JPEG photo of a desk (noise, no text) saved with a .pdf name."""
    from PIL import Image
    rnd = random.Random(1313)
    im = Image.new("RGB", (640, 480), (180, 150, 110))
    px = im.load()
    for _ in range(40000):
        xx, yy = rnd.randrange(640), rnd.randrange(480)
        px[xx, yy] = (rnd.randint(120, 200), rnd.randint(100, 170), rnd.randint(60, 130))
    im.save(out, "JPEG", quality=80)
    return truth("m13", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"], score_fields=False,
                 notes=["a JPEG file named .pdf: not a PDF, and no text either"])


# ---------------------------------------------------------------- m15 not-application
def m15(out: Path):
    """An invitation to a county conference about the grant scheme, with a registration slip
    (name, e-mail, phone, signature line) that looks like a form."""
    c = _canvas(str(out))
    W, H = A4
    c.setFont("LSB", 18)
    c.drawString(60, H - 70, "Invitasjon til erfaringskonferanse")
    c.setFont("LS", 12)
    c.drawString(60, H - 92, "Sosiale tjenester i Nav – tilskuddsordningen 2020")
    y = H - 130
    for line in ("Statsforvalteren i Vestfold og Telemark inviterer Nav-kontorene og kommunene til",
                 "erfaringskonferanse om prosjekter med tilskudd til utvikling av sosiale tjenester.",
                 "Tid: 12. mars 2020 kl. 09.30–15.30. Sted: Quality Hotel Tønsberg.",
                 "Program: innlegg fra Arbeids- og velferdsdirektoratet om kunngjøringen for 2020,",
                 "erfaringer fra prosjektene «Ung i jobb» og «Familieløftet», og gruppearbeid om",
                 "prioriterte områder: ordinært arbeidsliv, barnefamilier, sårbare overganger.",
                 "Konferansen er gratis. Påmelding innen 1. mars 2020."):
        c.drawString(60, y, line)
        y -= 18
    y -= 20
    c.setFont("LSB", 12)
    c.drawString(60, y, "Påmeldingsslipp")
    c.setFont("LS", 11)
    for lbl in ("Navn:", "Nav-kontor / kommune:", "E-post:", "Telefon:", "Allergier:"):
        y -= 26
        c.drawString(60, y, lbl)
        c.line(200, y - 2, 520, y - 2)
    y -= 40
    c.drawString(60, y, "Med vennlig hilsen")
    c.drawString(60, y - 16, "Heidi Strand, seniorrådgiver, Statsforvalteren i Vestfold og Telemark")
    c.showPage()
    c.save()
    t = near_miss("m15", "pdf", "nb", "invitation to a conference about the scheme, with a registration slip")
    t["category"], t["tags"] = "not-application", ["not-application"]
    return t
