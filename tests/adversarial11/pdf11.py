"""PDF builders (k06-k14) with the truth of each document written by hand next to it."""
from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adversarial2"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from truthlib import near_miss, truth  # noqa: E402
from kit11 import Writer, ink_image, ink_vector  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"


# ---------------------------------------------------------------- k06
def k06(out: Path) -> dict:
    """pdf-text, Bokmål: an e-mail printout in front, the application in numbered sections, an
    electronic approval line, then a multi-year budget sheet and meeting minutes behind."""
    w = Writer(out, font="Serif", size=10.5, title="Søknad Nav Kongsberg")
    w.text("Fra: Kjersti Lien <kjersti.lien@nav.no>", font="Sans", size=9)
    w.text("Sendt: 29. januar 2020 14:02", font="Sans", size=9)
    w.text("Til: Postmottak Statsforvalteren i Vestfold og Telemark", font="Sans", size=9)
    w.text("Emne: Søknad om tilskudd 2020 – Nav Kongsberg", font="Sans", size=9)
    w.gap()
    w.para("Hei! Vedlagt følger vår søknad. Ta gjerne kontakt med undertegnede ved spørsmål. "
           "Hilsen Kjersti Lien, seniorrådgiver, tlf. 32 29 90 10", font="Sans", size=9)
    w.page()
    w.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", font="Serif-Bold", size=13)
    w.gap()
    for lab, val in [("1. Søker", "NAV Kongsberg, Kongsberg kommune"), ("2. Organisasjonsnummer", "914538408"),
                     ("3. Kontaktperson", "Kjersti Lien"), ("4. Kontaktinformasjon", "kjersti.lien@nav.no / 32 29 90 10"),
                     ("5. Prosjektnavn", "Overgang til arbeid etter kvalifisering"),
                     ("6. Prosjekttype", "Nytt prosjekt"), ("7. Oppstart", "mai 2020"),
                     ("8. Stillinger", "1 stilling, 100 %"),
                     ("9. Lønn og sosiale kostnader", "600 000"), ("10. Kompetanse", "10 000"),
                     ("11. Sum søknadsbeløp", "610 000")]:
        w.rows([(lab, val)], [w.m, w.m + 190])
    w.gap()
    w.text("12. Satsingsområde", font="Serif-Bold")
    w.para("Prosjektet skal sikre sårbare overganger for deltakere som avslutter kvalifiseringsprogrammet, "
           "slik at de ikke faller ut mellom tjenestene. Prosjektet er knyttet til satsingsområdet "
           "«Sikring av sårbare overganger».")
    w.text("13. Ønsker dere å delta i nettverk/klyngesamarbeid?  Ja")
    w.text("14. Ønsker dere ekstern prosessevaluering?  Ja")
    w.gap()
    w.text("15. Godkjenning", font="Serif-Bold")
    w.para("Dokumentet er elektronisk godkjent av Nav-leder Stein Aasland 28.01.2020 og kommunalsjef "
           "Liv Bergan 29.01.2020, og har derfor ingen håndskrevne signaturer.")
    w.page()
    w.text("Vedlegg 1: Budsjett 2020–2022 (hele prosjektperioden)", font="Serif-Bold", size=12)
    w.rows([("Post", "2020", "2021", "2022"), ("Stilling 100 %", "600 000", "615 000", "630 000"),
            ("Kompetanse", "10 000", "10 000", "10 000"), ("Sum", "610 000", "625 000", "640 000")],
           [w.m, w.m + 200, w.m + 280, w.m + 360], rule=True)
    w.gap(20)
    w.text("Vedlegg 2: Referat fra ledermøte 15.01.2020", font="Serif-Bold", size=12)
    w.para("Til stede: Stein Aasland, Liv Bergan, Per Hovde (hovedverneombud). Ledermøtet støtter at "
           "Nav Kongsberg søker om én stilling. Referent: Per Hovde, per.hovde@kongsberg.kommune.no.")
    w.save()
    return truth("k06", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Kongsberg", "Kongsberg", "914538408"),
                 contact=("Kjersti Lien", "kjersti.lien@nav.no", "32299010"),
                 project=("Overgang til arbeid etter kvalifisering", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Stein Aasland", "Nav-leder", "2020-01-28", "electronic_approval"),
                       ("municipality", "Liv Bergan", "Kommunalsjef", "2020-01-29", "electronic_approval")],
                 notes=["Start 'mai 2020' = 2020-05-01 (month alone: day 01).",
                        "2021/2022 budget columns are later years, not this application's amounts."])


# ---------------------------------------------------------------- k07
def k07(out: Path) -> dict:
    """pdf-text, Nynorsk: three positions in one project, labels above values in two columns.
    Defect: positions 1 230 000 for 200 % > 1 220 000 (AMOUNT_OVER_CAP)."""
    w = Writer(out, font="Sans", size=9.5, title="Søknad Nav Ulstein")
    w.text("NAV ULSTEIN – SØKNAD OM TILSKOT 2020", font="Sans-Bold", size=13)
    w.text("Tilskot til utvikling av sosiale tenester i Nav (kap. 0621 post 63)", size=9)
    w.gap()
    L, R = w.m, w.m + 250
    for (a, av), (b, bv) in [(("Søkjar", "NAV Ulstein"), ("Kommune", "Ulstein")),
                             (("Organisasjonsnummer", "903 307 668"), ("Kontaktperson", "Solveig Myklebust")),
                             (("E-post", "solveig.myklebust@nav.no"), ("Telefon", "70 01 85 00")),
                             (("Prosjektnamn", "Heile familien i arbeid"), ("Oppstart", "15.03.2020")),
                             (("Nytt / vidareføring", "Nytt"), ("", ""))]:
        w.rows([(a, b)], [L, R], font="Sans-Bold", size=8)
        w.rows([(av, bv)], [L, R])
    w.gap()
    w.text("Stillingar i prosjektet", font="Sans-Bold")
    w.rows([("Stilling", "Prosent", "Beløp (kr)"), ("Familiekoordinator", "100 %", "620 000"),
            ("Jobbspesialist", "50 %", "305 000"), ("Rettleiar for innvandrarar", "50 %", "305 000"),
            ("Sum stillingar", "200 %", "1 230 000"), ("Kompetansemidlar", "", "8 000"),
            ("Samla søknadssum", "", "1 238 000")], [L, L + 220, L + 300], rule=True)
    w.gap()
    w.text("Prioriterte område:  [X] Oppfølging av barnefamiliar, ungdom og innvandrarar")
    w.text("                            [ ] Bruk av ordinært arbeidsliv   [ ] Sikring av sårbare overgangar")
    w.text("Nettverk/klyngesamarbeid: Ja      Ekstern prosessevaluering: Ja")
    w.gap()
    w.para("Dokumentet er elektronisk godkjent av Nav-leiar Nils Hareid (21.01.2020) og rådmann "
           "Anne Liavåg (22.01.2020).")
    w.save()
    return truth("k07", "pdf", "pdf-text", lang="nn", scheme=S20,
                 office=("Nav Ulstein", "Ulstein", "903307668"),
                 contact=("Solveig Myklebust", "solveig.myklebust@nav.no", "70018500"),
                 project=("Heile familien i arbeid", "new", "2020-03-15"), pct=200,
                 amounts={"positions": 1230000, "competence": 8000, "other": None, "total": 1238000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Nils Hareid", "Nav-leiar", "2020-01-21", "electronic_approval"),
                       ("municipality", "Anne Liavåg", "Rådmann", "2020-01-22", "electronic_approval")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["Planted: 1 230 000 > 610 000 x 2 = 1 220 000 (the 100 % line alone is 620 000)."])


# ---------------------------------------------------------------- k08
def k08(out: Path) -> dict:
    """pdf-acroform, Bokmål: a fillable form (reportlab fields, labels left of fields), filled with
    pypdf; check boxes for areas and interest; ink drawn over the signature lines."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    from reportlab.lib.colors import white

    tmp = out.with_suffix(".blank.pdf")
    w = Writer(tmp, font="Sans", size=10, title="Søknadsskjema")
    c = w.c
    c.setFont("Sans-Bold", 13)
    c.drawString(56, 790, "Søknadsskjema – tilskudd sosiale tjenester i NAV 2020")
    fields = [("kontor", "Søkende NAV-kontor"), ("kommune", "Kommune"), ("orgnr", "Organisasjonsnr."),
              ("kontakt", "Prosjektkontakt"), ("epost", "E-post"), ("tlf", "Telefon"),
              ("tittel", "Prosjektets navn"), ("start", "Startdato"), ("stilling", "Stillingsprosent"),
              ("lonn", "Lønn inkl. sosiale kostnader"), ("komp", "Kompetansemidler"), ("sum", "Sum omsøkt")]
    y = 750
    for name, lab in fields:
        c.setFont("Sans", 10)
        c.drawString(56, y + 5, lab)
        c.acroForm.textfield(name=name, x=230, y=y, width=300, height=18, borderWidth=0.5, fillColor=white,
                             fontName="Helvetica", fontSize=10)
        y -= 26
    c.setFont("Sans", 10)
    c.drawString(56, y + 5, "Nytt prosjekt")
    c.acroForm.checkbox(name="nytt", x=160, y=y + 2, size=12, buttonStyle="cross")
    c.drawString(200, y + 5, "Videreføring")
    c.acroForm.checkbox(name="videre", x=290, y=y + 2, size=12, buttonStyle="cross")
    y -= 30
    c.setFont("Sans-Bold", 10)
    c.drawString(56, y, "Satsingsområder")
    for name, lab in [("sa1", "Bruk av ordinært arbeidsliv"),
                      ("sa2", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                      ("sa3", "Sikring av sårbare overganger")]:
        y -= 20
        c.acroForm.checkbox(name=name, x=56, y=y - 3, size=12, buttonStyle="cross")
        c.setFont("Sans", 10)
        c.drawString(76, y, lab)
    y -= 26
    c.drawString(56, y, "Nettverk/klyngesamarbeid:   Ja")
    c.acroForm.checkbox(name="nett_ja", x=225, y=y - 3, size=12, buttonStyle="cross")
    c.drawString(250, y, "Nei")
    c.acroForm.checkbox(name="nett_nei", x=275, y=y - 3, size=12, buttonStyle="cross")
    y -= 20
    c.drawString(56, y, "Ekstern prosessevaluering:   Ja")
    c.acroForm.checkbox(name="eval_ja", x=225, y=y - 3, size=12, buttonStyle="cross")
    c.drawString(250, y, "Nei")
    c.acroForm.checkbox(name="eval_nei", x=275, y=y - 3, size=12, buttonStyle="cross")
    y -= 40
    c.setFont("Sans-Bold", 10)
    c.drawString(56, y, "Underskrift Nav-leder")
    c.drawString(310, y, "Underskrift kommunens ledelse")
    c.acroForm.textfield(name="dato1", x=56, y=y - 30, width=200, height=16, borderWidth=0.5, fillColor=white,
                         fontName="Helvetica", fontSize=10, tooltip="Sted og dato")
    c.acroForm.textfield(name="dato2", x=310, y=y - 30, width=200, height=16, borderWidth=0.5, fillColor=white,
                         fontName="Helvetica", fontSize=10, tooltip="Sted og dato")
    c.line(56, y - 80, 256, y - 80)
    c.line(310, y - 80, 510, y - 80)
    ink_vector(c, 801, 70, y - 82)
    ink_vector(c, 802, 325, y - 82)
    c.acroForm.textfield(name="navn1", x=56, y=y - 104, width=200, height=16, borderWidth=0.5, fillColor=white,
                         fontName="Helvetica", fontSize=10, tooltip="Navn og tittel")
    c.acroForm.textfield(name="navn2", x=310, y=y - 104, width=200, height=16, borderWidth=0.5, fillColor=white,
                         fontName="Helvetica", fontSize=10, tooltip="Navn og tittel")
    w.save()
    vals = {"kontor": "NAV Gjøvik", "kommune": "Gjøvik", "orgnr": "991614613", "kontakt": "Anders Bråten",
            "epost": "anders.braten@nav.no", "tlf": "61 18 40 00", "tittel": "Barnefamilier i jobb",
            "start": "01.09.2020", "stilling": "50 %", "lonn": "305 000", "komp": "", "sum": "305 000",
            "dato1": "Gjøvik 17.01.2020", "dato2": "Gjøvik 20.01.2020",
            "navn1": "Trine Sveen, Nav-leder", "navn2": "Hans Petter Dokken, rådmann"}
    ticks = {"nytt", "sa2", "nett_ja", "eval_nei"}
    r = PdfReader(str(tmp))
    wr = PdfWriter()
    wr.append(r)
    wr.update_page_form_field_values(wr.pages[0], vals, auto_regenerate=False)
    for a in wr.pages[0].get("/Annots", []):
        a = a.get_object()
        nm = a.get("/T")
        if nm in ticks or nm in {"nytt", "videre", "sa1", "sa2", "sa3", "nett_ja", "nett_nei", "eval_ja", "eval_nei"}:
            on = nm in ticks
            state = NameObject("/Yes" if on else "/Off")
            a[NameObject("/V")] = state
            a[NameObject("/AS")] = state
    wr.set_need_appearances_writer(True)
    wr.add_metadata({"/Producer": "pypdf"})
    with open(out, "wb") as f:
        wr.write(f)
    tmp.unlink()
    return truth("k08", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Gjøvik", "Gjøvik", "991614613"),
                 contact=("Anders Bråten", "anders.braten@nav.no", "61184000"),
                 project=("Barnefamilier i jobb", "new", "2020-09-01"), pct=50,
                 amounts={"positions": 305000, "competence": None, "other": None, "total": 305000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Trine Sveen", "Nav-leder", "2020-01-17", "handwritten"),
                       ("municipality", "Hans Petter Dokken", "Rådmann", "2020-01-20", "handwritten")],
                 notes=["Competence field left empty: null."])


# ---------------------------------------------------------------- k09
def k09(out: Path) -> dict:
    """pdf-from-office, Nynorsk: numbered question grid converted by LibreOffice; signatures on the
    last page. Defect: the municipality's block is empty (SIGNATURE_MUNICIPALITY_MISSING)."""
    from word11 import k09_source

    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "k09.docx"
        k09_source(src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/lo", "--headless", "--convert-to",
                        "pdf", "--outdir", td, str(src)], check=True, capture_output=True, timeout=180)
        data = (Path(td) / "k09.pdf").read_bytes()
    # LibreOffice stamps the build time and a time-based /ID: fix both (same length, offsets kept).
    data = re.sub(rb"D:\d{14}", b"D:20200123101500", data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>",
                  lambda m: m.group(0).replace(m.group(1), b"A" * len(m.group(1))).replace(m.group(2), b"B" * len(m.group(2))),
                  data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    out.write_bytes(data)
    return truth("k09", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Stord", "Stord", "907579387"),
                 contact=("Torunn Eide", "torunn.eide@nav.no", "99123456"),
                 project=("Aktiv kvardag", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 575000, "competence": 10000, "other": None, "total": 585000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Bjørn Tysnes", "Nav-leiar", "2020-01-23", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["Planted: municipality block has captions only (Namn:, Stad og dato:), no name, no ink."])


# ---------------------------------------------------------------- k10
def k10(out: Path) -> dict:
    """pdf-handwritten, Bokmål: continuation in its third year with last year's figures quoted in
    prose; a district office; ink strokes in a ruled two-column block, title after name."""
    w = Writer(out, font="Serif", size=11, title="Søknad Nav Lillehammer-Gausdal")
    w.text("Nav Lillehammer-Gausdal", font="Serif-Bold", size=14)
    w.text("Søknad om videreføring – tilskudd til utvikling av sosiale tjenester 2020", font="Serif-Bold")
    w.gap()
    for lab, val in [("Kontor:", "Nav Lillehammer-Gausdal (vertskommune Lillehammer)"),
                     ("Org.nummer:", "919 345 144"), ("Kontaktperson:", "Eva Sørlie, eva.sorlie@nav.no, 957 40 218"),
                     ("Prosjekt:", "Ung i arbeid"), ("Status:", "Videreføring, 3. år"),
                     ("Oppstart dette året:", "01.01.2020")]:
        w.rows([(lab, val)], [w.m, w.m + 130])
    w.gap()
    w.para("I 2019 fikk prosjektet 860 000 kroner til 1,5 årsverk. For 2020 søker vi om 1,5 årsverk "
           "(150 %): lønn og sosiale kostnader kr 900 000 og kompetansemidler kr 10 000, til sammen "
           "kr 910 000. Prosjektet følger opp ungdom under 25 år og unge innvandrere.")
    w.para("Vi ønsker å delta i nettverk/klyngesamarbeid: ja. Ekstern prosessevaluering: nei.")
    w.gap(30)
    c = w.c
    y = w.y
    c.setLineWidth(0.6)
    c.rect(w.m, y - 110, 480, 110)
    c.line(w.m + 240, y, w.m + 240, y - 110)
    c.setFont("Serif", 10)
    c.drawString(w.m + 6, y - 14, "Lillehammer, 15.01.2020")
    c.drawString(w.m + 246, y - 14, "Lillehammer, 16.01.2020")
    ink_vector(c, 1001, w.m + 20, y - 70)
    ink_vector(c, 1002, w.m + 266, y - 70)
    c.line(w.m + 10, y - 75, w.m + 230, y - 75)
    c.line(w.m + 250, y - 75, w.m + 470, y - 75)
    c.drawString(w.m + 10, y - 90, "Gunnar Haugen, Nav-leder")
    c.drawString(w.m + 250, y - 90, "Mette Skaar, kommunedirektør")
    w.save()
    return truth("k10", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Lillehammer-Gausdal", "Lillehammer", "919345144"),
                 contact=("Eva Sørlie", "eva.sorlie@nav.no", "95740218"),
                 project=("Ung i arbeid", "continuation", "2020-01-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "other": None, "total": 910000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Gunnar Haugen", "Nav-leder", "2020-01-15", "handwritten"),
                       ("municipality", "Mette Skaar", "Kommunedirektør", "2020-01-16", "handwritten")],
                 notes=["Third year of a continuation: allowed (up to three years), no CONTINUATION_LIMIT.",
                        "Last year's 860 000 is quoted in prose and is not this year's amount."])


# ---------------------------------------------------------------- k11
def k11(out: Path) -> dict:
    """pdf-scanned, Bokmål: a printed form with ink, scanned at 150 dpi, low contrast, grey,
    rotated 1.3 degrees, JPEG quality 45, image only."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageEnhance, ImageFilter

    tmp = out.with_suffix(".src.pdf")
    w = Writer(tmp, font="Sans", size=11, title="scan")
    w.text("SØKNAD – TILSKUDD TIL SOSIALE TJENESTER I NAV 2020", font="Sans-Bold", size=13)
    w.gap()
    for lab, val in [("Nav-kontor", "Nav Elverum"), ("Kommune", "Elverum"), ("Org.nr", "908 100 336"),
                     ("Kontaktperson", "Morten Fjeld"), ("E-post", "morten.fjeld@nav.no"),
                     ("Telefon", "62 41 00 00"), ("Prosjekt", "Jobbhuset"), ("Nytt/videreføring", "Nytt"),
                     ("Oppstart", "01.03.2020"), ("Stillingsprosent", "100 %"),
                     ("Lønn og sosiale utgifter", "550 000"), ("Sum søknadsbeløp", "550 000")]:
        w.rows([(lab, val)], [w.m, w.m + 180], rule=True)
    w.gap()
    w.text("Satsingsområde:  [X] Bruk av ordinært arbeidsliv")
    w.text("Nettverk: Ja     Prosessevaluering: Ja")
    w.gap(20)
    c = w.c
    y = w.y
    c.setFont("Sans", 10)
    c.drawString(w.m, y, "Dato: 20.01.2020")
    c.drawString(w.m + 260, y, "Dato: 21.01.2020")
    ink_vector(c, 1101, w.m, y - 60, w=170, h=45)
    ink_vector(c, 1102, w.m + 260, y - 60, w=170, h=45)
    c.line(w.m, y - 62, w.m + 200, y - 62)
    c.line(w.m + 260, y - 62, w.m + 460, y - 62)
    c.drawString(w.m, y - 76, "Nav-leder Kjell Aasen")
    c.drawString(w.m + 260, y - 76, "Kommunalsjef Berit Moe")
    w.save()
    doc = pdfium.PdfDocument(str(tmp))
    img = doc[0].render(scale=150 / 72).to_pil().convert("L")
    doc.close()
    tmp.unlink()
    img = ImageEnhance.Contrast(img).enhance(0.55)
    img = ImageEnhance.Brightness(img).enhance(1.08)
    img = img.rotate(-1.3, resample=Image.BICUBIC, expand=False, fillcolor=235)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=45)
    stamp = dt.datetime(2020, 1, 21, 9, 0, 0).timetuple()
    Image.open(buf).save(out, "PDF", resolution=150, creationDate=stamp, modDate=stamp)
    return truth("k11", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Elverum", "Elverum", "908100336"),
                 contact=("Morten Fjeld", "morten.fjeld@nav.no", "62410000"),
                 project=("Jobbhuset", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 550000, "competence": None, "other": None, "total": 550000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Kjell Aasen", "Nav-leder", "2020-01-20", "handwritten"),
                       ("municipality", "Berit Moe", "Kommunalsjef", "2020-01-21", "handwritten")],
                 optional=["LOW_CONFIDENCE"])


# ---------------------------------------------------------------- k12
def _selfsigned(td: Path, cn: str):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.derive_private_key(0x5EED1112345678901234567890ABCDEF, ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Nav Molde")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(11012020).not_valid_before(dt.datetime(2019, 1, 1))
            .not_valid_after(dt.datetime(2030, 1, 1))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), True)
            .sign(key, hashes.SHA256()))
    (td / "k.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                 serialization.NoEncryption()))
    (td / "c.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return td / "k.pem", td / "c.pem"


def k12(out: Path) -> dict:
    """pdf-pades, Bokmål: the Nav leader signs with a PAdES signature (self-signed certificate made at
    build time, signing time fixed to 2020-01-24); the municipality's leader signed in ink before."""
    from unittest import mock

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.signers import pdf_signer

    with tempfile.TemporaryDirectory() as tds:
        td = Path(tds)
        src = td / "src.pdf"
        w = Writer(src, font="Serif", size=11, title="Søknad Nav Molde")
        w.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", font="Serif-Bold", size=12.5)
        w.gap()
        for lab, val in [("Søker", "Nav Molde"), ("Kommune", "Molde"), ("Organisasjonsnummer", "907 579 387"),
                         ("Kontaktperson", "Ragnhild Aarø"), ("E-post", "ragnhild.aaro@nav.no"),
                         ("Telefon", "71 11 12 00"), ("Prosjektnavn", "Bolig og arbeid først"),
                         ("Prosjekttype", "Nytt prosjekt"), ("Oppstart", "1. mai 2020"),
                         ("Stillingsandel", "80 %"), ("Lønn og sosiale kostnader", "kr 488 000"),
                         ("Kompetansemidler", "kr 8 000"), ("Totalt omsøkt", "kr 496 000")]:
            w.rows([(lab, val)], [w.m, w.m + 170])
        w.gap()
        w.text("Prioritert område: Sikring av sårbare overganger (løslatelse fra fengsel)")
        w.text("Nettverk/klyngesamarbeid: Ja.   Ekstern prosessevaluering: Ja.")
        w.gap(20)
        c = w.c
        y = w.y
        c.setFont("Serif", 10)
        c.drawString(w.m, y, "For kommunen – Molde, 22.01.2020")
        ink_image(c, 1202, w.m, y - 55)
        c.drawString(w.m, y - 68, "Arild Stavik, kommunedirektør")
        c.drawString(w.m + 270, y, "For Nav Molde – signert digitalt 24.01.2020")
        c.drawString(w.m + 270, y - 68, "Hilde Reknes, Nav-leder")
        w.save()
        kp, cp = _selfsigned(td, "Hilde Reknes")
        signer = signers.SimpleSigner.load(str(kp), str(cp))
        meta = signers.PdfSignatureMetadata(field_name="NavLeder", reason="Godkjent av Nav-leder",
                                            location="Molde", name="Hilde Reknes")
        fixed = dt.datetime(2020, 1, 24, 10, 15, tzinfo=dt.timezone.utc)

        class _FixedDT(dt.datetime):
            @classmethod
            def now(cls, tz=None):
                return fixed

        with open(src, "rb") as f, open(out, "wb") as o, mock.patch.object(pdf_signer, "datetime", _FixedDT):
            signers.sign_pdf(IncrementalPdfFileWriter(f), meta, signer=signer, output=o)
    return truth("k12", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Molde", "Molde", "907579387"),
                 contact=("Ragnhild Aarø", "ragnhild.aaro@nav.no", "71111200"),
                 project=("Bolig og arbeid først", "new", "2020-05-01"), pct=80,
                 amounts={"positions": 488000, "competence": 8000, "other": None, "total": 496000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Hilde Reknes", "Nav-leder", "2020-01-24", "digital"),
                       ("municipality", "Arild Stavik", "Kommunedirektør", "2020-01-22", "handwritten")],
                 notes=["ECDSA signature bytes differ between builds (random nonce); text and layout do not."])


# ---------------------------------------------------------------- k13
def k13(out: Path) -> dict:
    """bad-input: a download that failed: the portal's HTML error page saved under the .pdf name."""
    out.write_text("<!DOCTYPE html>\n<html lang=\"no\"><head><meta charset=\"utf-8\"><title>Økt utløpt"
                   "</title></head><body><h1>Økten din er utløpt</h1><p>Logg inn på nytt for å laste ned "
                   "vedlegget «Søknad Nav Kvinnherad 2020.pdf».</p></body></html>\n", encoding="utf-8")
    return truth("k13", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["HTML error page with a .pdf name: not a PDF."])


# ---------------------------------------------------------------- k14
def k14(out: Path) -> dict:
    """not-application, Nynorsk: a request to revise the budget of a project granted last year
    (change request), with amounts, positions and signatures like an application."""
    w = Writer(out, font="Serif", size=11, title="Budsjettendring")
    w.text("Nav Kvinnherad", font="Serif-Bold", size=13)
    w.text("Statsforvaltaren i Vestland", size=10)
    w.text("Husnes, 10. mars 2020", size=10)
    w.gap()
    w.text("Søknad om endring av budsjett – tildelt tilskot 2019, prosjektet «Ung jobb»", font="Serif-Bold")
    w.para("Vi viser til tilskotsbrev av 12. juni 2019, der Nav Kvinnherad fekk 600 000 kroner til ei "
           "stilling (100 %) i prosjektet «Ung jobb». Stillinga var vakant i tre månader. Vi ber om løyve "
           "til å bruke 120 000 kroner av det ubrukte tilskotet til kompetanseheving og forlenge "
           "prosjektperioden til 30. juni 2020.")
    w.rows([("Post", "Opphavleg", "Endra"), ("Stilling 100 %", "600 000", "480 000"),
            ("Kompetanse", "0", "120 000"), ("Sum", "600 000", "600 000")], [w.m, w.m + 200, w.m + 300], rule=True)
    w.gap()
    w.para("Kontaktperson: Ingrid Rosendal, ingrid.rosendal@nav.no, 53 48 31 00.")
    w.gap(10)
    w.text("Med helsing")
    ink_vector(w.c, 1401, w.m, w.y - 45)
    w.gap(50)
    w.text("Sverre Opsal, Nav-leiar")
    w.save()
    return near_miss("k14", "pdf", "nn", "Budget revision request for a project granted in 2019: a request "
                     "to change an approved project, not an application.") | {"category": "not-application",
                                                                                  "tags": ["not-application"]}
