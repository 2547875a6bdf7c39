"""PDF builders of the thirteenth adversarial corpus; each returns its hand-written truth."""
from __future__ import annotations

import io
import random
import subprocess
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4

from kit13 import ink_strokes, new_canvas, truth, wrap

W, H = A4
APPROVED_NB = "Dokumentet er elektronisk godkjent og har derfor ikke håndskrevne signaturer."
APPROVED_NN = "Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar."


# n07: 2019, two columns with small grey captions ABOVE values; two position lines; DEFECT: the total
# (860 000) is not the sum of its parts (850 000).
def n07(out: Path):
    c = new_canvas(out, "Søknad 2019")
    c.setFont("LibSans-Bold", 15)
    c.drawString(50, H - 60, "Tilskudd til utvikling av sosiale tjenester i NAV 2019")
    c.setFont("LibSans", 10)
    c.drawString(50, H - 78, "Søknadsskjema. Frist 1. februar 2019.")

    def cap(x, y, label, value):
        c.setFillGray(0.45)
        c.setFont("LibSans", 7.5)
        c.drawString(x, y, label.upper())
        c.setFillGray(0)
        c.setFont("LibSans", 11)
        c.drawString(x, y - 14, value)
    y = H - 115
    for (l1, v1), (l2, v2) in [(("Søker", "NAV Bodø"), ("Kommune", "Bodø")),
                               (("Organisasjonsnr.", "964 338 531"),
                                ("Telefon kontaktperson", "75 55 30 12")),
                               (("Kontaktperson", "Marius Eliassen"), ("E-post kontaktperson", "marius.eliassen@nav.no")),
                               (("Prosjektnavn", "Ut i jobb – Bodø"), ("Oppstart", "1. juni 2019")),
                               (("Type prosjekt", "Nytt"), ("Stillinger", "100 % + 50 %"))]:
        cap(50, y, l1, v1)
        cap(310, y, l2, v2)
        y -= 40
    y = wrap(c, "Prosjektet skal bruke ordinært arbeidsliv aktivt: to jobbspesialister skal skaffe praksis- og "
                "lønnsplasser i lokale bedrifter for sosialhjelpsmottakere.", 50, y, 495, "LibSans", 10)
    y -= 10
    c.setFont("LibSans-Bold", 11)
    c.drawString(50, y, "Budsjett")
    y -= 18
    c.setFont("LibSans", 10)
    for a, b in [("Jobbspesialist 1 (100 %)", "560 000"), ("Jobbspesialist 2 (50 %)", "280 000"),
                 ("Kompetanse", "10 000"), ("Totalt søkt beløp", "860 000")]:
        c.drawString(60, y, a)
        c.drawRightString(400, y, b)
        y -= 15
    y -= 8
    c.drawString(50, y, "Nettverk/klyngesamarbeid: JA        Ekstern prosessevaluering: NEI")
    y -= 30
    c.setFont("LibSans-Bold", 11)
    c.drawString(50, y, "Godkjenning")
    y -= 18
    c.setFont("LibSans", 10)
    for x, lines in [(50, ["Bodø, 25.01.2019", "Sissel Mikalsen", "NAV-leder"]),
                     (310, ["Bodø, 25.01.2019", "Rolf Kristiansen", "Rådmann"])]:
        for i, s in enumerate(lines):
            c.drawString(x, y - 14 * i, s)
    wrap(c, APPROVED_NB, 50, y - 56, 495, "LibSans", 9)
    c.showPage()
    c.save()
    return truth("n07", "pdf", "pdf-text", lang="nb", scheme="nav-sosiale-tjenester-2019",
                 office=("Nav Bodø", "Bodø", "964338531"),
                 contact=("Marius Eliassen", "marius.eliassen@nav.no", "75553012"),
                 project=("Ut i jobb – Bodø", "new", "2019-06-01"), pct=150,
                 amounts={"positions": 840000, "competence": 10000, "other": None, "total": 860000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Sissel Mikalsen", "NAV-leder", "2019-01-25", "electronic_approval"),
                       ("municipality", "Rolf Kristiansen", "Rådmann", "2019-01-25", "electronic_approval")],
                 expected=["AMOUNT_SUM_MISMATCH"], notes=["DEFECT: 560 000 + 280 000 + 10 000 = 850 000, total says 860 000"])


# n08: Nynorsk 2020, numbered sections, budget over two years in thousands ("Beløp i 1000 kr"),
# "to stillingar", electronic approval in Nynorsk.
def n08(out: Path):
    c = new_canvas(out, "Søknad")
    c.setFont("DejaVuSerif-Bold", 14)
    c.drawString(50, H - 60, "Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020")
    y = H - 95
    sections = [
        ("1. Om søkjaren", ["Nav-kontor .......... Nav Sogndal", "Kommune .......... Sogndal",
                            "Organisasjonsnummer .......... 874 123 781"]),
        ("2. Kontaktperson", ["Namn: Solveig Hegg", "E-post: solveig.hegg@nav.no", "Telefon: 57 62 90 33"]),
        ("3. Prosjektet", ["Namn på prosjektet: «Heile familien»", "Nytt prosjekt (ikkje vidareføring)",
                           "Planlagd oppstart: 01.03.2020",
                           "Stillingsressurs: to stillingar à 100 % (familiekoordinatorar)"]),
        ("4. Prioriterte område", ["Prosjektet rettar seg mot oppfølging av barnefamiliar, ungdom og innvandrarar."]),
    ]
    for head, lines in sections:
        c.setFont("DejaVuSerif-Bold", 11)
        c.drawString(50, y, head)
        y -= 16
        for s in lines:
            c.setFont("DejaVuSerif", 10)
            c.drawString(65, y, s)
            y -= 14
        y -= 8
    c.setFont("DejaVuSerif-Bold", 11)
    c.drawString(50, y, "5. Budsjett (beløp i 1000 kr)")
    y -= 18
    rows = [("", "2020 (søkt)", "2021 (plan)"), ("Løn og sosiale kostnader, 2 stillingar", "1 160", "1 190"),
            ("Kompetansemidlar", "10", "10"), ("Sum", "1 170", "1 200")]
    for i, (a, b, d) in enumerate(rows):
        c.setFont("DejaVuSerif-Bold" if i in (0, 3) else "DejaVuSerif", 10)
        c.drawString(65, y, a)
        c.drawRightString(390, y, b)
        c.drawRightString(490, y, d)
        y -= 15
    y -= 10
    c.setFont("DejaVuSerif-Bold", 11)
    c.drawString(50, y, "6. Nettverk og evaluering")
    y -= 16
    c.setFont("DejaVuSerif", 10)
    c.drawString(65, y, "Interessert i nettverk/klyngesamarbeid: ja")
    y -= 14
    c.drawString(65, y, "Interessert i ekstern prosessevaluering: ja")
    y -= 26
    c.setFont("DejaVuSerif-Bold", 11)
    c.drawString(50, y, "7. Underskrift")
    y -= 18
    c.setFont("DejaVuSerif", 10)
    c.drawString(65, y, "Sogndal, 29.01.2020")
    y -= 16
    c.drawString(65, y, "Nav-leiar Brita Lerum")
    c.drawString(300, y, "Kommunedirektør Jostein Aarø")
    wrap(c, APPROVED_NN, 65, y - 22, 470, "DejaVuSerif", 9)
    c.showPage()
    c.save()
    return truth("n08", "pdf", "pdf-text", lang="nn", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Sogndal", "Sogndal", "874123781"),
                 contact=("Solveig Hegg", "solveig.hegg@nav.no", "57629033"),
                 project=("Heile familien", "new", "2020-03-01"), pct=200,
                 amounts={"positions": 1160000, "competence": 10000, "other": None, "total": 1170000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Brita Lerum", "Nav-leiar", "2020-01-29", "electronic_approval"),
                       ("municipality", "Jostein Aarø", "Kommunedirektør", "2020-01-29", "electronic_approval")],
                 notes=["amounts in thousands; the 2021 column is a plan"])


# n09: AcroForm filled with pypdf; constituted Nav leader's ink; the municipality block is left empty.
def n09(out: Path):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    tmp = io.BytesIO()
    c = new_canvas(tmp, "Søknadsskjema")
    c.setFont("DejaVu-Bold", 13)
    c.drawString(50, H - 55, "Søknadsskjema 2020 – tilskudd til utvikling av sosiale tjenester i Nav")
    c.setFont("DejaVu", 8)
    c.drawString(50, H - 70, "Fylles ut elektronisk. Send til Fylkesmannen i Troms og Finnmark innen 1. februar 2020.")
    form = c.acroForm
    fields = [("kontor", "Nav-kontor"), ("kommune", "Kommune"), ("orgnr", "Org.nr."), ("kontakt", "Kontaktperson"),
              ("epost", "E-post"), ("tlf", "Telefon"), ("tittel", "Prosjektets navn"), ("start", "Startdato"),
              ("stilling", "Stillingsandel (%)"), ("lonn", "Lønnsmidler (kr)"), ("komp", "Kompetansemidler (kr)"),
              ("sum", "Sum søknadsbeløp (kr)")]
    y = H - 100
    for name, label in fields:
        c.setFont("DejaVu", 9)
        c.drawString(50, y + 4, label)
        form.textfield(name=name, x=200, y=y, width=300, height=16, borderWidth=0.5, fontName="Helvetica",
                       fontSize=9, value="")
        y -= 24
    for name, label in [("nytt", "Nytt prosjekt"), ("vidf", "Videreføring"),
                        ("pa1", "Bruk av ordinært arbeidsliv"),
                        ("pa2", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                        ("pa3", "Sikring av sårbare overganger"), ("nett", "Ønsker nettverk/klyngesamarbeid"),
                        ("eval", "Ønsker ekstern prosessevaluering")]:
        form.checkbox(name=name, x=50, y=y, size=11, buttonStyle="cross", borderWidth=0.5, checked=False)
        c.setFont("DejaVu", 9)
        c.drawString(68, y + 2, label)
        y -= 18
    y -= 20
    c.setFont("DejaVu-Bold", 10)
    c.drawString(50, y, "Underskrift Nav-leder")
    c.drawString(310, y, "Underskrift kommunens ledelse")
    c.setFont("DejaVu", 9)
    for x in (50, 310):
        c.line(x, y - 45, x + 200, y - 45)
        c.drawString(x, y - 57, "Dato, navn og tittel")
    ink_strokes(c, 901, 60, y - 43)
    c.drawString(50, y - 72, "Tromsø 27.01.2020")
    c.drawString(50, y - 85, "Ragnhild Isaksen, konstituert Nav-leder")
    c.showPage()
    c.save()
    r = PdfReader(io.BytesIO(tmp.getvalue()))
    w = PdfWriter()
    w.append(r)
    values = {"kontor": "Nav Tromsø", "kommune": "Tromsø", "orgnr": "974 330 237", "kontakt": "Jonas Pettersen",
              "epost": "jonas.pettersen@nav.no", "tlf": "909 41 226", "tittel": "Trygg overgang Tromsø",
              "start": "01.04.2020", "stilling": "100", "lonn": "575 000", "komp": "10 000", "sum": "585 000"}
    w.update_page_form_field_values(w.pages[0], values, auto_regenerate=False)
    on = {"nytt", "pa3", "nett"}
    for annot in w.pages[0].get("/Annots", []):
        a = annot.get_object()
        if a.get("/T") in on:
            a[NameObject("/V")] = NameObject("/Yes")
            a[NameObject("/AS")] = NameObject("/Yes")
    w.set_need_appearances_writer(True)
    w.add_metadata({"/Producer": "pypdf"})
    with open(out, "wb") as f:
        w.write(f)
    return truth("n09", "pdf", "pdf-acroform", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Tromsø", "Tromsø", "974330237"),
                 contact=("Jonas Pettersen", "jonas.pettersen@nav.no", "90941226"),
                 project=("Trygg overgang Tromsø", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 575000, "competence": 10000, "other": None, "total": 585000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Ragnhild Isaksen", "Konstituert Nav-leder", "2020-01-27", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["DEFECT: the municipality's signature block is empty"])


# n10: the Nynorsk 2018 form from word13.n10_docx converted by LibreOffice.
def n10(out: Path):
    import word13
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "n10.docx"
        word13.n10_docx(src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/lo", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(src)], check=True, capture_output=True, timeout=180)
        out.write_bytes((Path(td) / "n10.pdf").read_bytes())
    return word13.n10_truth()


# n11: printed form "stryk det som ikke passer": the office struck "Nytt prosjekt" through by hand;
# ink on both signature lines, no printed names under the Nav leader's ink (name in the block above).
def n11(out: Path):
    c = new_canvas(out, "Søknad")
    c.setFont("DejaVu-Bold", 13)
    c.drawString(50, H - 60, "Søknad om tilskudd – sosiale tjenester i NAV 2020")
    c.setFont("DejaVu", 10)
    y = H - 95
    rows = [("NAV-kontor:", "NAV Nord-Fron"), ("Kommune:", "Nord-Fron"), ("Org.nr.:", "964 950 342"),
            ("Kontaktperson:", "Trine Sveen, trine.sveen@nav.no, tlf. 613 17 520"),
            ("Prosjektets navn:", "Arbeid for alle i Nord-Fron"),
            ("Prosjekttype:", "Nytt prosjekt / Videreføring   (stryk det som ikke passer)"),
            ("Periode for denne søknaden:", "fra 01.01.2020"),
            ("Stillingsandel:", "60 %")]
    for a, b in rows:
        c.drawString(50, y, a)
        c.drawString(210, y, b)
        y -= 18
    c.saveState()
    c.setStrokeColorRGB(0.08, 0.12, 0.5)
    c.setLineWidth(1.6)
    c.line(207, y + 18 * 3 + 4, 282, y + 18 * 3 + 6)
    c.line(207, y + 18 * 3 + 1, 283, y + 18 * 3 + 3)
    c.restoreState()
    y = wrap(c, "Prosjektet går inn i sitt andre år. Vi har fått til et tett samarbeid med lokale arbeidsgivere "
                "om arbeidstrening for unge sosialhjelpsmottakere, og vil bruke ordinært arbeidsliv enda mer "
                "i 2020.", 50, y - 6, 495)
    y -= 8
    c.drawString(50, y, "Omsøkt: lønn og sosiale kostnader kr 360 000, kompetanse kr 5 000, i alt kr 365 000.")
    y -= 18
    c.drawString(50, y, "Nettverk/klyngesamarbeid: ja.  Ekstern prosessevaluering: nei.")
    y -= 40
    c.drawString(50, y, "NAV-leder (Gunn Brenden)")
    c.drawString(310, y, "Rådmann (Stein Ødegaard)")
    ink_strokes(c, 1101, 55, y - 40)
    ink_strokes(c, 1102, 315, y - 40)
    c.line(50, y - 42, 250, y - 42)
    c.line(310, y - 42, 510, y - 42)
    c.drawString(50, y - 55, "Vinstra, 21.01.2020")
    c.drawString(310, y - 55, "Vinstra, 23.01.2020")
    c.showPage()
    c.save()
    return truth("n11", "pdf", "pdf-handwritten", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Nord-Fron", "Nord-Fron", "964950342"),
                 contact=("Trine Sveen", "trine.sveen@nav.no", "61317520"),
                 project=("Arbeid for alle i Nord-Fron", "continuation", "2020-01-01"), pct=60,
                 amounts={"positions": 360000, "competence": 5000, "other": None, "total": 365000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Gunn Brenden", "NAV-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Stein Ødegaard", "Rådmann", "2020-01-23", "handwritten")],
                 notes=["'Nytt prosjekt' struck through by hand; the text says the project is in its second year"])


def _render(pdf_bytes: bytes, dpi: int):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf_bytes)
    return doc[0].render(scale=dpi / 72).to_pil()


# n12: 2019 form sent by fax: 1-bit at ~200 dpi, fax header line, slight skew, speckles, a streak.
def n12(out: Path):
    from PIL import Image, ImageDraw
    buf = io.BytesIO()
    c = new_canvas(buf, "fax")
    c.setFont("LibSans-Bold", 14)
    c.drawString(50, H - 70, "Søknad om tilskudd til utvikling av sosiale tjenester i NAV 2019")
    c.setFont("LibSans", 11)
    y = H - 105
    for a, b in [("Søker (NAV-kontor)", "NAV Molde"), ("Kommune", "Molde"), ("Org.nr.", "974 117 312"),
                 ("Kontaktperson", "Per Olav Rishaug"), ("E-post", "per.olav.rishaug@nav.no"),
                 ("Telefon", "71 11 45 60"), ("Prosjekt", "Inn på arbeidsmarkedet"), ("Nytt / videreført", "Nytt"),
                 ("Oppstart", "01.05.2019"), ("Stilling", "100 %")]:
        c.drawString(60, y, a)
        c.drawString(230, y, b)
        y -= 20
    c.drawString(60, y - 5, "Prioritert område: [X] Bruk av ordinært arbeidsliv")
    y -= 40
    for a, b in [("Lønn og sosiale kostnader", "kr 550 000"), ("Kompetanse", "kr 10 000"), ("Sum søknad", "kr 560 000")]:
        c.drawString(60, y, a)
        c.drawRightString(380, y, b)
        y -= 18
    c.drawString(60, y - 6, "Nettverk: Ja     Prosessevaluering: Ja")
    y -= 50
    c.drawString(60, y, "Molde, 24.01.2019")
    c.drawString(320, y, "Molde, 24.01.2019")
    ink_strokes(c, 1201, 62, y - 42, colour=(0, 0, 0))
    ink_strokes(c, 1202, 322, y - 42, colour=(0, 0, 0))
    c.line(60, y - 44, 260, y - 44)
    c.line(320, y - 44, 520, y - 44)
    c.drawString(60, y - 58, "Anita Gjerde, NAV-leder")
    c.drawString(320, y - 58, "Arne Sandnes, rådmann")
    c.showPage()
    c.save()
    im = _render(buf.getvalue(), 200).convert("L")
    d = ImageDraw.Draw(im)
    d.text((40, 12), "27/01/2019 14:32  FAKS +47 71 11 45 00  NAV MOLDE          S. 01/01", fill=0)
    im = im.rotate(-1.1, resample=Image.BICUBIC, expand=False, fillcolor=255)
    rnd = random.Random(12)
    px = im.load()
    for _ in range(2500):
        px[rnd.randrange(im.width), rnd.randrange(im.height)] = 0
    x0 = int(im.width * 0.83)
    for yy in range(im.height):
        px[x0, yy] = 0
    im = im.point(lambda v: 255 if v > 150 else 0).convert("1")
    import time
    fixed = time.gmtime(1548599520)
    im.save(out, "PDF", resolution=200, creationDate=fixed, modDate=fixed)
    return truth("n12", "pdf", "pdf-scanned", lang="nb", scheme="nav-sosiale-tjenester-2019",
                 office=("Nav Molde", "Molde", "974117312"),
                 contact=("Per Olav Rishaug", "per.olav.rishaug@nav.no", "71114560"),
                 project=("Inn på arbeidsmarkedet", "new", "2019-05-01"), pct=100,
                 amounts={"positions": 550000, "competence": 10000, "other": None, "total": 560000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Anita Gjerde", "NAV-leder", "2019-01-24", "handwritten"),
                       ("municipality", "Arne Sandnes", "Rådmann", "2019-01-24", "handwritten")],
                 optional=["LOW_CONFIDENCE"], notes=["fax: 1-bit, 200 dpi, skew 1.1°, speckles, vertical streak"])


def _self_signed(cn: str):
    import datetime as dt
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    from asn1crypto import keys as akeys, x509 as ax509
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.COUNTRY_NAME, "NO")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(13013).not_valid_before(dt.datetime(2019, 1, 1)).not_valid_after(dt.datetime(2030, 1, 1))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    k = akeys.PrivateKeyInfo.load(key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                                    serialization.NoEncryption()))
    cc = ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    return signers.SimpleSigner(signing_cert=cc, signing_key=k, cert_registry=SimpleCertificateStore.from_certs([cc]))


def _sign_at(writer, meta, signer, iso: str):
    """Sign with a fixed signing time: pyHanko takes its system time from datetime.now(), and a signing
    time at build time would be years after the scheme's deadline."""
    import datetime as dt
    from pyhanko.sign import signers
    from pyhanko.sign.signers import pdf_signer
    fixed = dt.datetime.fromisoformat(iso)

    class _Fixed(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return fixed.astimezone(tz) if tz else fixed.replace(tzinfo=None)
    saved = pdf_signer.datetime
    pdf_signer.datetime = _Fixed
    try:
        return signers.sign_pdf(writer, meta, signer=signer)
    finally:
        pdf_signer.datetime = saved


# n15: PAdES by the Nav leader (BankID-style wording in the block), the kommunedirektør's ink beside it.
def n15(out: Path):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    buf = io.BytesIO()
    c = new_canvas(buf, "Søknad")
    c.setFont("DejaVu-Bold", 13)
    c.drawString(50, H - 60, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    y = H - 95
    c.setFont("DejaVu", 10)
    for a, b in [("Søkende kontor", "Nav Alta"), ("Kommune", "Alta"), ("Organisasjonsnummer", "974 612 216"),
                 ("Kontakt", "Hanne Mathisen – hanne.mathisen@nav.no – 78 45 52 90"),
                 ("Prosjekt", "«Sjøsamisk ungdom i arbeid»"), ("Søknadstype", "Videreføring, 2. år"),
                 ("Prosjektperiode", "1.3.2020–28.2.2021"), ("Stillingsressurs", "80-prosent stilling")]:
        c.drawString(50, y, a)
        c.drawString(200, y, b)
        y -= 17
    y = wrap(c, "Prosjektet følger opp ungdom og unge innvandrere mellom 18 og 29 år som står utenfor arbeid, "
                "med vekt på overgangen fra skole til arbeidsliv.", 50, y - 6, 495)
    y -= 6
    for a, b in [("Lønn og sosiale kostnader (80 %)", "488 000"), ("Kompetanse", "8 000"), ("Sum", "496 000")]:
        c.drawString(60, y, a)
        c.drawRightString(420, y, b)
        y -= 16
    c.drawString(50, y - 6, "Nettverk/klyngesamarbeid: Ja.   Prosessevaluering: Nei.")
    y -= 50
    c.drawString(50, y, "Nav-leder: Kristin Bongo")
    c.drawString(50, y - 14, "Signert digitalt (se signaturpanelet)")
    c.drawString(310, y, "Alta, 30.01.2020")
    ink_strokes(c, 1501, 312, y - 44)
    c.line(310, y - 46, 510, y - 46)
    c.drawString(310, y - 58, "Bjørn-Atle Hansen, kommunedirektør")
    c.showPage()
    c.save()
    signer = _self_signed("Kristin Bongo")
    w = IncrementalPdfFileWriter(io.BytesIO(buf.getvalue()))
    meta = signers.PdfSignatureMetadata(field_name="NavLeder", name="Kristin Bongo", reason="Nav-leder",
                                        location="Alta", subfilter=None)
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field
    append_signature_field(w, SigFieldSpec(sig_field_name="NavLeder", on_page=0, box=(50, 60, 250, 90)))
    res = _sign_at(w, meta, signer, "2020-01-30T10:15:00+01:00")
    out.write_bytes(res.getvalue())
    return truth("n15", "pdf", "pdf-pades", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Alta", "Alta", "974612216"),
                 contact=("Hanne Mathisen", "hanne.mathisen@nav.no", "78455290"),
                 project=("Sjøsamisk ungdom i arbeid", "continuation", "2020-03-01"), pct=80,
                 amounts={"positions": 488000, "competence": 8000, "other": None, "total": 496000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Kristin Bongo", "Nav-leder", "2020-01-30", "digital"),
                       ("municipality", "Bjørn-Atle Hansen", "Kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["488 000 for 80 % is exactly the cap: no AMOUNT_OVER_CAP",
                        "the PAdES signing time is fixed at 2020-01-30 10:15 +01:00"])


# n16: not an application: an invitation to the county's experience conference for grant projects.
def n16(out: Path):
    c = new_canvas(out, "Invitasjon")
    c.setFont("LibSans-Bold", 16)
    c.drawString(50, H - 70, "Invitasjon til erfaringskonferanse 2020")
    c.setFont("LibSans", 11)
    y = wrap(c, "Statsforvalteren i Innlandet inviterer Nav-kontor med prosjekter under tilskuddsordningen "
                "«Tilskudd til utvikling av sosiale tjenester i Nav-kontoret» til erfaringskonferanse på "
                "Scandic Lillehammer 12.–13. oktober 2020. Prosjektlederne presenterer resultater, og vi "
                "orienterer om kunngjøringen for 2021 og om søknadsfristen 1. februar 2021.", 50, H - 100, 495,
             "LibSans", 11, 15)
    y -= 10
    c.setFont("LibSans-Bold", 11)
    c.drawString(50, y, "Program")
    y -= 18
    c.setFont("LibSans", 10)
    for s in ["12. oktober 10.00  Velkommen – Statsforvalteren", "12. oktober 10.30  Ordinært arbeidsliv som arena",
              "12. oktober 13.00  Erfaringer fra Nav Gjøvik og Nav Ringsaker", "13. oktober 09.00  Sårbare overganger",
              "13. oktober 12.00  Slutt og lunsj"]:
        c.drawString(60, y, s)
        y -= 15
    y -= 10
    wrap(c, "Påmelding innen 15. september 2020 til Kari Solberg, kari.solberg@statsforvalteren.no, tlf. 61 26 60 00. "
            "Konferansen er gratis; reise og opphold dekkes av kontorene selv.", 50, y, 495, "LibSans", 10)
    c.drawString(50, 120, "Med hilsen")
    c.drawString(50, 105, "Kari Solberg, seniorrådgiver")
    c.showPage()
    c.save()
    return truth("n16", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["invitation to a conference for grant projects"])
