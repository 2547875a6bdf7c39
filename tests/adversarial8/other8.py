"""PAdES documents (h14, h15), a zero-page PDF (h16), a conference invitation (h17), a .docx with a
corrupt entry (h18)."""
from __future__ import annotations

import datetime as dt
import io
import tempfile
import zipfile
import zlib
from pathlib import Path

import kit
from kit import truth

S2020 = "nav-sosiale-tjenester-2020"
ORD, BUI, SAA = "ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"


# ------------------------------------------------------------------ certificates and signing
def _cert(cn, title, seed):
    """Self-signed RSA certificate made at build time (deterministic key from the seed is not
    possible with cryptography; the content of the document does not depend on the key)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "NO"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Test-PKI for tilskuddssøknader"),
                      x509.NameAttribute(NameOID.TITLE, title),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1000 + seed).not_valid_before(dt.datetime(2019, 6, 1))
            .not_valid_after(dt.datetime(2030, 6, 1))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    from asn1crypto import keys as akeys, x509 as ax509
    akey = akeys.PrivateKeyInfo.load(key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                                       serialization.NoEncryption()))
    acert = ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    return akey, acert


def _sign(src: bytes, field, box, cn, title, when: dt.datetime, seed, page=0) -> bytes:
    from pyhanko.sign import signers, fields
    from pyhanko.sign.signers import pdf_signer
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.stamp import TextStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    class Fixed(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return when.replace(tzinfo=dt.timezone(dt.timedelta(hours=1)))
    pdf_signer.datetime = Fixed
    key, cert = _cert(cn, title, seed)
    signer = signers.SimpleSigner(signing_cert=cert, signing_key=key,
                                  cert_registry=SimpleCertificateStore.from_certs([cert]))
    w = IncrementalPdfFileWriter(io.BytesIO(src))
    fields.append_signature_field(w, fields.SigFieldSpec(sig_field_name=field, on_page=page, box=box))
    meta = signers.PdfSignatureMetadata(field_name=field, subfilter=fields.SigSeedSubFilter.PADES,
                                        name=cn, reason="Godkjenning av søknad", location="Norge")
    style = TextStampStyle(stamp_text="Signert digitalt av %(signer)s\nTidspunkt: %(ts)s", border_width=1)
    pdf_s = signers.PdfSigner(meta, signer=signer, stamp_style=style)
    out = io.BytesIO()
    pdf_s.sign_pdf(w, output=out)
    return out.getvalue()


def _pades_form(path, *, office, org, muni, contact, email, phone, title, kind, start, pct_text, budget, areas,
                net, evalu, sig_lines, ink=None):
    c = kit.new_canvas(path, "Søknad")
    p = kit.Page(c, left=60, right=535)
    c.setFillColorRGB(0.1, 0.25, 0.45)
    c.rect(0, 800, 595.27, 41.89, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("DV-B", 13)
    c.drawString(60, 815, "Søknad om tilskudd 2020 – sosiale tjenester i Nav-kontoret")
    c.setFillColorRGB(0, 0, 0)
    p.y = 780
    p.text("Søknaden signeres digitalt (PAdES) av Nav-leder og kommunens ledelse.", "DV-I", 8.5, 14)
    p.gap(6)
    for lab, val in [("Søkende kontor", office), ("Kommune", muni), ("Org.nr.", org), ("Kontaktperson", contact),
                     ("E-post", email), ("Telefon", phone), ("Prosjekttittel", title), ("Nytt/videreføring", kind),
                     ("Oppstart", start), ("Stillingsandel", pct_text)]:
        p.text(lab, "DV-B", 9.5, 19)
        c.setFont("DV", 10)
        c.drawString(210, p.y, val)
    p.gap(6)
    p.text("Prioriterte områder", "DV-B", 11, 20)
    for lab, on in areas:
        p.text(("☑ " if on else "☐ ") + lab, "DV", 10, 15)
    p.text(f"Nettverk/klyngesamarbeid: {net}.   Ekstern prosessevaluering: {evalu}.", "DV", 10, 19)
    p.gap(6)
    p.text("Budsjett (NOK)", "DV-B", 11, 20)
    for lab, val in budget:
        p.text(lab, "DV-B" if lab.startswith("Sum") else "DV", 10, 15)
        c.drawRightString(400, p.y, val)
    p.gap(10)
    p.text("Signaturer", "DV-B", 11, 22)
    y = p.y - 20
    for i, line in enumerate(sig_lines):
        x = 60 + i * 245
        c.setFont("DV", 9)
        for k, l in enumerate(line):
            c.drawString(x, y - k * 12, l)
    if ink:
        seed, x, yy = ink
        c.drawImage(kit.ink_image_reader(seed), x, yy, 150, 46, mask="auto")
    c.save()
    return y


def h14(out):
    """pdf-pades, Bokmål: two PAdES signatures (Nav leader, then kommunedirektør, incremental),
    visible stamps under the printed role lines; names in the certificates and in the page text."""
    org = kit.orgnr(1414)
    tmp = Path(tempfile.mkdtemp()) / "h14.pdf"
    y = _pades_form(tmp, office="Nav Kristiansund", org=kit.spaced(org), muni="Kristiansund",
                    contact="Hege Øien Kvalvik", email="hege.oien.kvalvik@nav.no", phone="71 57 40 00",
                    title="Tett på – familier i arbeid", kind="Videreføring (år 2)", start="01.01.2020",
                    pct_text="100 % (én familiekoordinator)",
                    budget=[("Lønn og sosiale kostnader", "602 000"), ("Kompetanse (prosjektspesifikk)", "8 000"),
                            ("Sum omsøkt tilskudd", "610 000")],
                    areas=[("Bruk av ordinært arbeidsliv", True),
                           ("Oppfølging av barnefamilier, ungdom og innvandrere", True),
                           ("Sikring av sårbare overganger", False)],
                    net="ja", evalu="nei",
                    sig_lines=[["Nav-leder", "Kjersti Dalheim"], ["Kommunedirektør", "Arnt Ove Gjerde"]])
    b = tmp.read_bytes()
    b = _sign(b, "Signatur_Navleder", (60, y - 110, 280, y - 40), "Kjersti Dalheim", "Nav-leder",
              dt.datetime(2020, 1, 22, 10, 14, 0), 1)
    b = _sign(b, "Signatur_Kommune", (305, y - 110, 525, y - 40), "Arnt Ove Gjerde", "Kommunedirektør",
              dt.datetime(2020, 1, 24, 13, 2, 0), 2)
    Path(out).write_bytes(b)
    return truth("h14", "pdf", "pdf-pades", lang="nb", scheme=S2020,
                 office=("Nav Kristiansund", "Kristiansund", org),
                 contact=("Hege Øien Kvalvik", "hege.oien.kvalvik@nav.no", "71574000"),
                 project=("Tett på – familier i arbeid", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 602000, "competence": 8000, "total": 610000},
                 prio=[ORD, BUI], interest=(True, False),
                 sigs=[("nav_leader", "Kjersti Dalheim", "Nav-leder", "2020-01-22", "digital"),
                       ("municipality", "Arnt Ove Gjerde", "Kommunedirektør", "2020-01-24", "digital")])


def h15(out):
    """pdf-pades, Bokmål: the municipality's leader signs in ink on the page, then the Nav leader
    signs with PAdES; afterwards an incremental update appends a third page (a project sketch).
    Defect: the document changed after signing: DIGITAL_SIGNATURE_INVALID."""
    import pypdf
    org = kit.orgnr(1515)
    tmp = Path(tempfile.mkdtemp()) / "h15.pdf"
    y = _pades_form(tmp, office="NAV Hamar", org=kit.spaced(org), muni="Hamar",
                    contact="Per Ivar Lund", email="per.ivar.lund@nav.no", phone="62 51 00 80",
                    title="Ut av fengsel – inn i arbeid", kind="Nytt prosjekt", start="01.04.2020",
                    pct_text="50 % stilling",
                    budget=[("Lønn og sosiale kostnader", "300 000"), ("Kompetanse", "5 000"),
                            ("Sum omsøkt tilskudd", "305 000")],
                    areas=[("Bruk av ordinært arbeidsliv", False),
                           ("Oppfølging av barnefamilier, ungdom og innvandrere", False),
                           ("Sikring av sårbare overganger", True)],
                    net="ja", evalu="ja",
                    sig_lines=[["Nav-leder", "Line Sveen"],
                               ["Rådmann", "Harald Tollefsen", "Hamar, 27.01.2020"]],
                    ink=None)
    # ink for the municipality: draw into a copy of the page before signing
    from pypdf import PdfReader, PdfWriter
    ink_pdf = Path(tempfile.mkdtemp()) / "ink.pdf"
    c = kit.new_canvas(ink_pdf)
    c.drawImage(kit.ink_image_reader(15152), 305, y - 95, 150, 46, mask="auto")
    c.save()
    r = PdfReader(tmp)
    w = PdfWriter(clone_from=r)
    w.pages[0].merge_page(PdfReader(ink_pdf).pages[0])
    buf = io.BytesIO()
    w.write(buf)
    b = _sign(buf.getvalue(), "Signatur_Navleder", (60, y - 110, 280, y - 40), "Line Sveen", "Nav-leder",
              dt.datetime(2020, 1, 23, 9, 30, 0), 3)
    signed = Path(tempfile.mkdtemp()) / "signed.pdf"
    signed.write_bytes(b)
    # append a page after signing (incremental update)
    extra = Path(tempfile.mkdtemp()) / "extra.pdf"
    c = kit.new_canvas(extra)
    p = kit.Page(c)
    p.text("Vedlegg: Prosjektskisse", "DV-B", 13, 20)
    p.wrap("Prosjektet følger opp innsatte ved Hamar fengsel fra seks måneder før løslatelse, sammen med "
           "kriminalomsorgen, boligkontoret og arbeidsgivere i regionen.", "DV", 10)
    c.save()
    w = pypdf.PdfWriter(signed, incremental=True)
    w.add_page(pypdf.PdfReader(extra).pages[0])
    buf = io.BytesIO()
    w.write(buf)
    Path(out).write_bytes(buf.getvalue())
    return truth("h15", "pdf", "pdf-pades", lang="nb", scheme=S2020,
                 office=("Nav Hamar", "Hamar", org),
                 contact=("Per Ivar Lund", "per.ivar.lund@nav.no", "62510080"),
                 project=("Ut av fengsel – inn i arbeid", "new", "2020-04-01"), pct=50,
                 amounts={"positions": 300000, "competence": 5000, "total": 305000},
                 prio=[SAA], interest=(True, True),
                 sigs=[("nav_leader", "Line Sveen", "Nav-leder", "2020-01-23", "digital"),
                       ("municipality", "Harald Tollefsen", "Rådmann", "2020-01-27", "handwritten")],
                 expected=["DIGITAL_SIGNATURE_INVALID"],
                 notes=["a page appended by an incremental update after the PAdES signature"])


# ------------------------------------------------------------------ h16 zero-page PDF
def h16(out):
    """bad-input: a structurally valid PDF with an empty page tree (/Count 0)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>",
            b"<< /Producer (Skanner-eksport) /Title (Soknad Nav) >>"]
    out_b = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out_b))
        out_b += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out_b)
    out_b += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out_b += f"{o:010d} 00000 n \n".encode()
    out_b += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 3 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    Path(out).write_bytes(bytes(out_b))
    return truth("h16", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["valid PDF with zero pages"])


# ------------------------------------------------------------------ h17 invitation
def h17(out):
    """not-application: the county's invitation to a two-day conference for offices with the grant,
    with the scheme's name, amounts, deadline, a programme, a registration slip and signatures."""
    c = kit.new_canvas(out, "Invitasjon")
    p = kit.Page(c)
    p.text("Statsforvalteren i Innlandet", "LS-B", 12)
    p.text("Sosial- og familieavdelingen", "LS", 10)
    p.gap(10)
    p.text("Til Nav-kontorene i Innlandet", "LS", 11, 16)
    p.text("Deres ref.:          Vår ref.: 2019/8812          Dato: 08.01.2020", "LS", 9.5, 16)
    p.gap(10)
    p.text("Invitasjon til fagsamling: «Utvikling av sosiale tjenester i Nav»", "LS-B", 14, 22)
    p.text("Lillehammer, 11. og 12. mars 2020", "LS-I", 11, 16)
    p.gap(4)
    for s in ["Statsforvalteren inviterer Nav-kontor som har eller søker tilskudd til utvikling av sosiale tjenester "
              "i Nav-kontoret (kap. 0621 post 63) til fagsamling. Samlingen er for prosjektledere, Nav-ledere og "
              "kommunalsjefer.",
              "Vi minner om at søknadsfristen for tilskuddet i 2020 er 1. februar 2020. Det kan søkes om inntil "
              "610 000 kroner per 100 % stilling og inntil 10 000 kroner til prosjektspesifikk kompetanse. "
              "Søknaden skal signeres av Nav-leder og kommunens ledelse.",
              "Program:",
              "Dag 1: Erfaringer fra prosjektene i 2019 – bruk av ordinært arbeidsliv, oppfølging av barnefamilier, "
              "ungdom og innvandrere, og sikring av sårbare overganger. Gruppearbeid om prosjektplaner og "
              "evaluering.",
              "Dag 2: Nettverk og klyngesamarbeid; ekstern prosessevaluering; rapportering på tilskudd.",
              "Samlingen er gratis. Reise og opphold dekkes av kontorene selv. Påmelding innen 14. februar 2020 på "
              "slippen under eller til Anne-Lise Bakken, anne-lise.bakken@statsforvalteren.no, tlf. 61 26 60 00."]:
        p.wrap(s, "LS", 10.5)
        p.gap(5)
    p.gap(8)
    p.text("Med hilsen", "LS", 10.5, 18)
    p.gap(26)
    p.text("Marit Rønning (e.f.)                              Anne-Lise Bakken", "LS", 10.5, 16)
    p.text("avdelingsdirektør                                      seniorrådgiver", "LS", 10.5, 14)
    p.text("Dokumentet er elektronisk godkjent", "LS-I", 9, 16)
    p.gap(16)
    p.rule()
    p.text("PÅMELDING – fagsamling 11.–12. mars 2020", "LS-B", 11, 18)
    for lab in ["Nav-kontor:", "Navn på deltakere:", "E-post:", "Telefon:", "Allergier/behov:"]:
        p.text(lab + " " + "_" * 60, "LS", 10, 20)
    c.save()
    return truth("h17", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["county's invitation to a conference, with the scheme's caps and deadline"])


# ------------------------------------------------------------------ h18 corrupt docx entry
def h18(out):
    """bad-input: a .docx whose zip directory is intact but whose word/document.xml deflate data
    is damaged in the middle (CRC and inflate fail); every other part is fine."""
    from docx import Document
    d = Document()
    d.add_heading("Søknad om tilskudd 2020 – Nav Elverum", 1)
    for i in range(40):
        d.add_paragraph(f"Linje {i}: Prosjektet «Arbeid for alle» søker 610 000 kroner til én 100 % stilling.")
    kit.docx_fixed(d, "Søknad")
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    ob = io.BytesIO()
    with zipfile.ZipFile(ob, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            info2 = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 28, 14, 0, 0))
            info2.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info2, src.read(info.filename))
    raw = bytearray(ob.getvalue())
    # find the local header of word/document.xml and scramble bytes in the middle of its data
    name = b"word/document.xml"
    i = raw.find(b"PK\x03\x04" + raw[4:4])  # noqa: placeholder to keep the scan explicit
    i = 0
    while True:
        i = raw.find(b"PK\x03\x04", i)
        n = int.from_bytes(raw[i + 26:i + 28], "little")
        e = int.from_bytes(raw[i + 28:i + 30], "little")
        csize = int.from_bytes(raw[i + 18:i + 22], "little")
        if raw[i + 30:i + 30 + n] == name:
            start = i + 30 + n + e
            for k in range(start + csize // 3, start + csize // 3 + 64):
                raw[k] ^= 0x5A
            break
        i += 4
    Path(out).write_bytes(bytes(raw))
    return truth("h18", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["word/document.xml deflate data damaged (zip directory intact)"])
