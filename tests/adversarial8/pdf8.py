"""PDF documents h07-h13 (reportlab, pypdf AcroForm, LibreOffice, scans)."""
from __future__ import annotations

import math
import random
import tempfile
from pathlib import Path

import kit
from kit import truth

S2020 = "nav-sosiale-tjenester-2020"
ORD, BUI, SAA = "ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"


# ------------------------------------------------------------------ h07 / h12 shared form
def _grid_form(c, f, *, office, org, muni, contact, email, phone, title, kind, start, positions,
               budget, areas, net, evalu, sigs, heading, lang="nb", ink=True):
    """Numbered sections, labels in small grey caps ABOVE the answers, two columns; budget at the end;
    signatures in a table (Sted/dato | Underskrift | Navn med blokkbokstaver | Stilling)."""
    R, B = f
    p = kit.Page(c, left=50, right=545, top=790)
    p.text("Statsforvalteren i Troms og Finnmark", R, 8.5, color=(0.35, 0.35, 0.35))
    p.text(heading[0], B, 15, 22)
    p.text(heading[1], R, 10)
    p.gap(8)

    def pair(lx, lab, val, y):
        c.setFont(R, 7)
        c.setFillGray(0.4)
        c.drawString(lx, y, lab.upper())
        c.setFillGray(0)
        c.setFont(R, 10.5)
        c.drawString(lx, y - 13, val)
        c.setStrokeGray(0.7)
        c.line(lx, y - 17, lx + 230, y - 17)
        c.setStrokeGray(0)

    def section(no, name, items):
        p.need(30 + 34 * math.ceil(len(items) / 2))
        p.text(f"{no}. {name}", B, 11.5, 24)
        p.gap(12)
        for i in range(0, len(items), 2):
            y = p.y
            pair(50, *items[i], y)
            if i + 1 < len(items):
                pair(305, *items[i + 1], y)
            p.y -= 34
    section(1, "Søker", [("Nav-kontor", office), ("Organisasjonsnummer", org), ("Kommune", muni),
                         ("Kontaktperson", contact), ("E-postadresse", email), ("Telefonnummer", phone)])
    section(2, "Prosjektet", [("Prosjektnavn", title), ("Nytt prosjekt / videreføring", kind),
                              ("Planlagt oppstart", start), ("Stillinger det søkes om", positions)])
    p.text("3. Prioriterte områder", B, 11.5, 24)
    for lab, on in areas:
        p.text(("[X]  " if on else "[  ]  ") + lab, R, 10, 15)
    p.text("4. Interesse", B, 11.5, 24)
    p.text(f"Nettverk/klyngesamarbeid:  {net}          Ekstern prosessevaluering:  {evalu}", R, 10, 15)
    p.text("5. Budsjett for tilskuddsåret", B, 11.5, 24)
    p.gap(4)
    for lab, val, bold in budget:
        p.need(16)
        p.y -= 16
        c.setFont(B if bold else R, 10)
        c.drawString(60, p.y, lab)
        c.drawRightString(400, p.y, val)
        c.setStrokeGray(0.8)
        c.line(60, p.y - 4, 400, p.y - 4)
        c.setStrokeGray(0)
    p.text("6. Underskrifter", B, 11.5, 30)
    p.need(110)
    top = p.y - 8
    cols = [50, 150, 320, 450, 545]
    hdr = ["Sted/dato", "Underskrift", "Navn med blokkbokstaver", "Stilling"]
    c.setLineWidth(0.6)
    rows_h = [16, 46, 46]
    y = top
    for h in rows_h:
        c.line(cols[0], y, cols[-1], y)
        y -= h
    c.line(cols[0], y, cols[-1], y)
    for x in cols:
        c.line(x, top, x, y)
    c.setFont(B, 8)
    for i, h in enumerate(hdr):
        c.drawString(cols[i] + 4, top - 11, h)
    y = top - 16
    for (place, name, role, seed) in sigs:
        c.setFont(R, 9)
        c.drawString(cols[0] + 4, y - 27, place)
        c.drawString(cols[2] + 4, y - 27, name)
        c.drawString(cols[3] + 4, y - 27, role)
        if ink:
            kit.draw_ink(c, seed, cols[1] + 8, y - 42, 150, 38)
        y -= 46
    p.y = y


def h07(out):
    """pdf-text, Bokmål, Liberation Serif: numbered sections, two columns of grey caps labels above
    answers, 1,5 årsverk, budget at the end, signature table with Sted/dato and names in block
    capitals, vector ink. Complete."""
    org = kit.orgnr(707)
    c = kit.new_canvas(out, "Søknad Nav Tromsø")
    _grid_form(c, ("LS", "LS-B"), office="NAV Tromsø", org=kit.spaced(org), muni="Tromsø",
               contact="Hilde Pedersen Olsen", email="hilde.pedersen.olsen@nav.no", phone="77 60 35 12",
               title="Aktiv hverdag for unge voksne", kind="Nytt prosjekt", start="1. mai 2020",
               positions="1,5 årsverk (to stillinger à 75 %)",
               budget=[("Lønn inkl. sosiale kostnader, 1,5 årsverk", "900 000", False),
                       ("Prosjektspesifikk kompetanse", "10 000", False),
                       ("Sum søknadsbeløp (kr)", "910 000", True)],
               areas=[("Bruk av ordinært arbeidsliv", True),
                      ("Oppfølging av barnefamilier, ungdom og innvandrere", True),
                      ("Sikring av sårbare overganger", False)],
               net="Ja", evalu="Nei",
               sigs=[("Tromsø, 21.01.2020", "RAGNHILD JOHANSEN", "Leder Nav Tromsø", 7071),
                     ("Tromsø, 23.01.2020", "KJELL OVE BERG", "Kommunedirektør", 7072)],
               heading=("Søknad om tilskudd 2020",
                        "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret, kap. 0621 post 63"))
    c.save()
    return truth("h07", "pdf", "pdf-text", lang="nb", scheme=S2020,
                 office=("Nav Tromsø", "Tromsø", org),
                 contact=("Hilde Pedersen Olsen", "hilde.pedersen.olsen@nav.no", "77603512"),
                 project=("Aktiv hverdag for unge voksne", "new", "2020-05-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "total": 910000},
                 prio=[ORD, BUI], interest=(True, False),
                 sigs=[("nav_leader", "RAGNHILD JOHANSEN", "Leder Nav Tromsø", "2020-01-21", "handwritten"),
                       ("municipality", "KJELL OVE BERG", "Kommunedirektør", "2020-01-23", "handwritten")])


# ------------------------------------------------------------------ h08
def h08(out):
    """pdf-text, Bokmål, DejaVu Condensed: 'boxed' form with label left / answer right on ruled
    lines; the budget table is printed with its amount cells empty. Defect: AMOUNT_MISSING."""
    org = kit.orgnr(808)
    c = kit.new_canvas(out, "Søknad")
    p = kit.Page(c, left=60, right=535)
    p.text("SØKNADSSKJEMA", "DVC-B", 16, 20)
    p.text("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret – tilskuddsåret 2020", "DVC", 10)
    p.text("Søknaden sendes Statsforvalteren i Nordland innen 1. februar 2020.", "DVC", 8.5, color=(0.4, 0.4, 0.4))
    p.gap(8)

    def line(lab, val):
        p.need(22)
        p.y -= 22
        c.setFont("DVC-B", 9.5)
        c.drawString(60, p.y, lab)
        c.setFont("DVC", 10)
        c.drawString(230, p.y, val)
        c.setStrokeGray(0.6)
        c.line(228, p.y - 4, 535, p.y - 4)
        c.setStrokeGray(0)
    for lab, val in [("Søker (Nav-kontor)", "NAV Vefsn"), ("Kommune", "Vefsn"), ("Organisasjonsnr.", org),
                     ("Kontaktperson", "Eirin Skjelstad"), ("Kontaktpersonens e-post", "eirin.skjelstad@nav.no"),
                     ("Kontaktpersonens telefon", "75 10 44 23"), ("Prosjektnavn", "Jobbhuset Mosjøen"),
                     ("Nytt / videreføring", "Nytt"), ("Oppstartsdato", "01.06.2020"),
                     ("Stilling(er)", "100 % stilling som jobbspesialist")]:
        line(lab, val)
    p.gap(10)
    p.text("Prioriterte områder (sett kryss)", "DVC-B", 10.5, 20)
    for lab, on in [("Bruk av ordinært arbeidsliv", True), ("Oppfølging av barnefamilier, ungdom og innvandrere", False),
                    ("Sikring av sårbare overganger", True)]:
        p.y -= 16
        c.rect(62, p.y - 1, 9, 9)
        if on:
            c.setFont("DVC-B", 9)
            c.drawString(63.5, p.y, "X")
        c.setFont("DVC", 10)
        c.drawString(80, p.y, lab)
    p.gap(8)
    p.text("Interessert i nettverk/klyngesamarbeid:  JA", "DVC", 10, 18)
    p.text("Interessert i ekstern prosessevaluering:  JA", "DVC", 10, 16)
    p.gap(8)
    p.text("Budsjett (kr)", "DVC-B", 10.5, 20)
    rows = ["Lønn og sosiale kostnader", "Kompetansemidler", "Sum omsøkt"]
    y0 = p.y - 6
    c.setLineWidth(0.6)
    for i in range(len(rows) + 1):
        c.line(60, y0 - i * 20, 400, y0 - i * 20)
    for x in (60, 280, 400):
        c.line(x, y0, x, y0 - len(rows) * 20)
    for i, r in enumerate(rows):
        c.setFont("DVC-B" if i == 2 else "DVC", 10)
        c.drawString(66, y0 - i * 20 - 14, r)
    p.y = y0 - len(rows) * 20 - 10
    p.gap(14)
    p.text("Underskrift", "DVC-B", 10.5, 20)
    p.need(100)
    y = p.y - 60
    for x, (seed, who, title, date) in zip((60, 310), [(8081, "Trond Mikalsen", "Nav-leder", "27.01.2020"),
                                                    (8082, "Berit Hanssen", "Rådmann", "28.01.2020")]):
        kit.draw_ink(c, seed, x + 5, y + 4, 150, 36)
        c.line(x, y, x + 200, y)
        c.setFont("DVC", 9.5)
        c.drawString(x, y - 13, f"{title}: {who}")
        c.drawString(x, y - 26, f"Dato: {date}")
    c.save()
    return truth("h08", "pdf", "pdf-text", lang="nb", scheme=S2020,
                 office=("Nav Vefsn", "Vefsn", org),
                 contact=("Eirin Skjelstad", "eirin.skjelstad@nav.no", "75104423"),
                 project=("Jobbhuset Mosjøen", "new", "2020-06-01"), pct=100,
                 amounts={"positions": None, "competence": None, "total": None},
                 prio=[ORD, SAA], interest=(True, True),
                 sigs=[("nav_leader", "Trond Mikalsen", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Berit Hanssen", "Rådmann", "2020-01-28", "handwritten")],
                 expected=["AMOUNT_MISSING"], notes=["budget table printed with empty amount cells"])


# ------------------------------------------------------------------ h09 AcroForm
def h09(out):
    """pdf-acroform, Bokmål: reportlab form fields filled afterwards with pypdf (NeedAppearances),
    check boxes whose 'on' state is named /Ja (not /Yes), a radio group for new/continuation,
    two positions (100 % + 50 %); names and dates in fields, vector ink on the signature lines."""
    from reportlab.lib.colors import black, white
    import pypdf
    from pypdf.generic import NameObject, BooleanObject
    org = kit.orgnr(909)
    tmp = Path(tempfile.mkdtemp()) / "form.pdf"
    c = kit.new_canvas(tmp, "Søknadsskjema (utfyllbart)")
    fm = c.acroForm
    c.setFont("LA-B", 14)
    c.drawString(50, 800, "Søknad – tilskudd til sosiale tjenester i Nav 2020 (utfyllbart skjema)")
    c.setFont("LA", 8.5)
    c.drawString(50, 786, "Fyll ut feltene, lagre og send til Statsforvalteren i Rogaland innen 1. februar 2020.")
    fields = [("kontor", "Navn på Nav-kontoret"), ("kommune", "Kommune"), ("orgnr", "Organisasjonsnummer"),
              ("kontakt", "Kontaktperson"), ("epost", "E-post kontaktperson"), ("tlf", "Telefon kontaktperson"),
              ("tittel", "Prosjektets navn"), ("oppstart", "Oppstartsdato"),
              ("st1", "Stilling 1 (tittel og %)"), ("kr1", "Stilling 1, lønn og sosiale kostnader"),
              ("st2", "Stilling 2 (tittel og %)"), ("kr2", "Stilling 2, lønn og sosiale kostnader"),
              ("komp", "Kompetansemidler"), ("sum", "Sum søknadsbeløp")]
    y = 755
    for name, lab in fields:
        c.setFont("LA", 9.5)
        c.drawString(50, y + 5, lab)
        fm.textfield(name=name, x=240, y=y, width=300, height=18, borderColor=black, fillColor=white,
                     fontName="Helvetica", fontSize=10, borderWidth=0.5)
        y -= 26
    y -= 4
    c.setFont("LA-B", 10)
    c.drawString(50, y, "Nytt prosjekt eller videreføring")
    for i, (val, lab) in enumerate([("Nytt", "Nytt prosjekt"), ("Videre", "Videreføring")]):
        fm.radio(name="type", value=val, x=260 + i * 130, y=y - 3, size=12, buttonStyle="circle", selected=False,
                 borderWidth=0.5)
        c.setFont("LA", 9.5)
        c.drawString(276 + i * 130, y, lab)
    y -= 26
    c.setFont("LA-B", 10)
    c.drawString(50, y, "Prioriterte områder")
    for i, (nm, lab) in enumerate([("omr1", "Bruk av ordinært arbeidsliv"),
                                   ("omr2", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                                   ("omr3", "Sikring av sårbare overganger")]):
        y -= 18
        fm.checkbox(name=nm, x=60, y=y - 2, size=11, buttonStyle="cross", checked=False, borderWidth=0.5)
        c.setFont("LA", 9.5)
        c.drawString(78, y, lab)
    y -= 26
    for nm, lab in [("nett", "Ønsker nettverk/klyngesamarbeid"), ("eval", "Ønsker ekstern prosessevaluering")]:
        c.setFont("LA", 9.5)
        c.drawString(50, y, lab)
        fm.checkbox(name=nm, x=260, y=y - 2, size=11, buttonStyle="cross", checked=False, borderWidth=0.5)
        c.drawString(276, y, "Ja")
        y -= 20
    y -= 10
    c.setFont("LA-B", 10)
    c.drawString(50, y, "Signaturer")
    y -= 70
    for x, pre, seed in ((50, "leder", 9091), (310, "kommune", 9092)):
        kit.draw_ink(c, seed, x + 10, y + 4, 150, 38)
        c.line(x, y, x + 230, y)
        for k, (fn, lab) in enumerate([(f"{pre}_navn", "Navn"), (f"{pre}_tittel", "Tittel"), (f"{pre}_dato", "Dato")]):
            c.setFont("LA", 8.5)
            c.drawString(x, y - 16 - k * 22, lab)
            fm.textfield(name=fn, x=x + 40, y=y - 21 - k * 22, width=190, height=16, borderColor=black,
                         fillColor=white, fontName="Helvetica", fontSize=9.5, borderWidth=0.5)
    c.save()
    vals = {"kontor": "Nav Sandnes", "kommune": "Sandnes", "orgnr": org, "kontakt": "Silje Tjelta",
            "epost": "silje.tjelta@nav.no", "tlf": "51 97 44 30", "tittel": "Innvandrerkvinner i arbeid",
            "oppstart": "02.03.2020", "st1": "Jobbkonsulent 100 %", "kr1": "kr 605 000",
            "st2": "Språk- og arbeidsveileder 50 %", "kr2": "kr 300 000", "komp": "kr 10 000", "sum": "kr 915 000",
            "leder_navn": "Hans Petter Ueland", "leder_tittel": "Nav-leder", "leder_dato": "17.01.2020",
            "kommune_navn": "Anne Grete Sola", "kommune_tittel": "Kommunalsjef levekår", "kommune_dato": "20.01.2020"}
    r = pypdf.PdfReader(tmp)
    w = pypdf.PdfWriter(clone_from=r)
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
    on = {"omr1": True, "omr2": True, "omr3": False, "nett": True, "eval": False}
    for a in w.pages[0]["/Annots"]:
        a = a.get_object()
        nm = a.get("/T") or a.get("/Parent", {}).get("/T")
        if a.get("/FT") == "/Btn" and nm in on:
            # rename the on-state /Yes -> /Ja
            ap = a["/AP"]["/N"]
            if "/Yes" in ap:
                ap[NameObject("/Ja")] = ap.pop("/Yes")
            apd = a["/AP"].get("/D")
            if apd is not None and "/Yes" in apd:
                apd[NameObject("/Ja")] = apd.pop("/Yes")
            st = NameObject("/Ja" if on[nm] else "/Off")
            a[NameObject("/V")] = st
            a[NameObject("/AS")] = st
        if "/Parent" in a and a["/Parent"].get("/T") == "type":
            val = "/Nytt"
            par = a["/Parent"].get_object()
            par[NameObject("/V")] = NameObject(val)
            states = [k for k in a["/AP"]["/N"].keys() if k != "/Off"]
            a[NameObject("/AS")] = NameObject(val if val in states else "/Off")
    w._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
    w.add_metadata({"/Producer": "pypdf"})
    with open(out, "wb") as fh:
        w.write(fh)
    return truth("h09", "pdf", "pdf-acroform", lang="nb", scheme=S2020,
                 office=("Nav Sandnes", "Sandnes", org),
                 contact=("Silje Tjelta", "silje.tjelta@nav.no", "51974430"),
                 project=("Innvandrerkvinner i arbeid", "new", "2020-03-02"), pct=150,
                 amounts={"positions": 905000, "competence": 10000, "total": 915000},
                 prio=[ORD, BUI], interest=(True, False),
                 sigs=[("nav_leader", "Hans Petter Ueland", "Nav-leder", "2020-01-17", "handwritten"),
                       ("municipality", "Anne Grete Sola", "Kommunalsjef levekår", "2020-01-20", "handwritten")],
                 notes=["unticked eval box: 'Ja' only, unticked -> false (the form offers only Ja)"])


# ------------------------------------------------------------------ h10 from office
def h10(out):
    """pdf-from-office, Nynorsk: python-docx -> LibreOffice. Question column left ('Kva heiter
    prosjektet?'), answer right; areas in a Ja/Nei grid with 'x'; Nynorsk electronic approval
    sentence with names, roles and dates in the text."""
    from docx import Document
    from docx.shared import Pt
    org = kit.orgnr(1010)
    d = Document()
    d.styles["Normal"].font.name = "Liberation Sans"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Søknad om tilskot 2020 – sosiale tenester i Nav", level=1)
    d.add_paragraph("Til Statsforvaltaren i Møre og Romsdal. Frist 1. februar 2020.")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for q, a in [("Kva Nav-kontor søkjer?", "Nav Ålesund"), ("Kva kommune høyrer kontoret til?", "Ålesund"),
                 ("Organisasjonsnummeret til kontoret", kit.spaced(org)),
                 ("Kven er kontaktperson?", "Jostein Myklebust, fagkoordinator"),
                 ("E-post og telefon til kontaktpersonen", "jostein.myklebust@nav.no  /  70 16 22 90"),
                 ("Kva heiter prosjektet?", "Laget rundt ungdommen"),
                 ("Er prosjektet nytt, eller er det ei vidareføring?", "Vidareføring – andre året"),
                 ("Når startar prosjektet i 2020?", "Frå 1. januar 2020"),
                 ("Kor mange stillingar vert det søkt om?", "To stillingar à 100 % (ungdomsrettleiarar)"),
                 ("Løn og sosiale kostnader", "1 220 000 kroner"),
                 ("Midlar til prosjektspesifikk kompetanse", "10 000 kroner"),
                 ("Samla søknadssum", "1 230 000 kroner")]:
        r = t.add_row().cells
        r[0].text = q
        r[1].text = a
        r[0].paragraphs[0].runs[0].bold = True
    d.add_paragraph()
    d.add_paragraph("Prioriterte område").runs[0].bold = True
    g = d.add_table(rows=4, cols=3)
    g.style = "Table Grid"
    for i, (a, j, n) in enumerate([("Område", "Ja", "Nei"), ("Bruk av ordinært arbeidsliv", "", "x"),
                                   ("Oppfølging av barnefamiliar, ungdom og innvandrarar", "x", ""),
                                   ("Sikring av sårbare overgangar", "x", "")]):
        for k, v in enumerate((a, j, n)):
            g.rows[i].cells[k].text = v
    d.add_paragraph()
    d.add_paragraph("Kontoret ønskjer å delta i nettverk/klyngesamarbeid: ja. "
                    "Kontoret ønskjer ekstern prosessevaluering: ja.")
    d.add_paragraph()
    d.add_paragraph("Godkjenning").runs[0].bold = True
    d.add_paragraph("Dokumentet er elektronisk godkjend og har difor ikkje handskrivne signaturar. "
                    "Godkjend av Nav-leiar Hanne Bø 27.01.2020 og kommunalsjef for helse og velferd "
                    "Eirik Fosse 28.01.2020.")
    kit.docx_fixed(d, "Søknad")
    tmp = Path(tempfile.mkdtemp())
    src = tmp / "h10.docx"
    d.save(src)
    pdf = kit.soffice_pdf(src, tmp)
    Path(out).write_bytes(pdf.read_bytes())
    return truth("h10", "pdf", "pdf-from-office", lang="nn", scheme=S2020,
                 office=("Nav Ålesund", "Ålesund", org),
                 contact=("Jostein Myklebust", "jostein.myklebust@nav.no", "70162290"),
                 project=("Laget rundt ungdommen", "continuation", "2020-01-01"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "total": 1230000},
                 prio=[BUI, SAA], interest=(True, True),
                 sigs=[("nav_leader", "Hanne Bø", "Nav-leiar", "2020-01-27", "electronic_approval"),
                       ("municipality", "Eirik Fosse", "Kommunalsjef for helse og velferd", "2020-01-28",
                        "electronic_approval")])


# ------------------------------------------------------------------ h11 handwritten
def h11(out):
    """pdf-handwritten, Bokmål, Helvetica-free (DejaVu Serif): two pages, signature page on its own;
    ink PNG pictures above the lines, blocks stacked vertically, 'Nav-leder Jon Olav Nilsen'
    (title before the name) under the line, one shared 'Sted/dato' line per block."""
    org = kit.orgnr(1111)
    c = kit.new_canvas(out, "Søknad")
    p = kit.Page(c)
    p.text("NAV Bodø", "DVS-B", 12)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020", "DVS-B", 13, 26)
    p.gap(6)
    for lab, val in [("Søker", "NAV Bodø, Bodø kommune"), ("Organisasjonsnummer", org),
                     ("Prosjekt", "Fra soning til jobb"), ("Type", "Nytt prosjekt"), ("Oppstart", "1. august 2020"),
                     ("Stilling", "én 100 % stilling som overgangskoordinator"),
                     ("Kontaktperson", "Malin Kristoffersen"), ("E-post", "malin.kristoffersen@nav.no"),
                     ("Mobil", "468 03 115")]:
        p.text(f"{lab}:", "DVS-B", 10, 18)
        c.setFont("DVS", 10)
        c.drawString(200, p.y, val)
    p.gap(10)
    p.text("Om prosjektet", "DVS-B", 11, 22)
    p.wrap("Prosjektet skal sikre at personer som løslates fra Bodø fengsel har bolig, inntekt og en plan for "
           "arbeid eller utdanning før løslatelsesdagen. Overgangskoordinatoren møter deltakerne i fengselet "
           "og følger dem det første året etter løslatelse, i samarbeid med kriminalomsorgen og arbeidsgivere.",
           "DVS", 10)
    p.text("Prioritert område: Sikring av sårbare overganger (løslatelse fra fengsel).", "DVS", 10, 18)
    p.text("Interesse for nettverk/klyngesamarbeid: Nei.  Interesse for ekstern prosessevaluering: Ja.", "DVS", 10, 16)
    p.gap(10)
    p.text("Budsjett 2020", "DVS-B", 11, 22)
    for lab, val in [("Lønn og sosiale kostnader (100 %)", "kr 587 500"), ("Kompetansemidler", "kr 7 500"),
                     ("Sum", "kr 595 000")]:
        p.text(lab, "DVS-B" if lab == "Sum" else "DVS", 10, 16)
        c.drawRightString(420, p.y, val)
    c.setFont("DVS", 8)
    c.drawString(56, 40, "Side 1 av 2")
    c.showPage()
    p = kit.Page(c)
    p.text("Underskrifter", "DVS-B", 13, 24)
    p.text("Søknaden er forankret i kommunens ledelse.", "DVS", 10, 16)
    y = 640
    for seed, place, who in [(11111, "Bodø, 23.01.2020", "Nav-leder Jon Olav Nilsen"),
                             (11112, "Bodø, 24.01.2020", "Kommunedirektør Rolf Kåre Jensen")]:
        c.setFont("DVS", 10)
        c.drawString(56, y + 70, "Sted/dato: " + place)
        c.drawImage(kit.ink_image_reader(seed), 60, y + 4, 170, 52, mask="auto")
        c.line(56, y, 300, y)
        c.drawString(56, y - 14, who)
        y -= 150
    c.setFont("DVS", 8)
    c.drawString(56, 40, "Side 2 av 2")
    c.save()
    return truth("h11", "pdf", "pdf-handwritten", lang="nb", scheme=S2020,
                 office=("Nav Bodø", "Bodø", org),
                 contact=("Malin Kristoffersen", "malin.kristoffersen@nav.no", "46803115"),
                 project=("Fra soning til jobb", "new", "2020-08-01"), pct=100,
                 amounts={"positions": 587500, "competence": 7500, "total": 595000},
                 prio=[SAA], interest=(False, True),
                 sigs=[("nav_leader", "Jon Olav Nilsen", "Nav-leder", "2020-01-23", "handwritten"),
                       ("municipality", "Rolf Kåre Jensen", "Kommunedirektør", "2020-01-24", "handwritten")])


# ------------------------------------------------------------------ scans
def _photo(img, seed):
    """Phone photo of a page: perspective (page at an angle), a shadow from the top-left, warm
    light, a dark desk margin."""
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    w, h = img.size
    W, H = int(w * 1.12), int(h * 1.10)
    canvas = Image.new("L", (W, H), 70)
    canvas.paste(img, ((W - w) // 2, (H - h) // 2))
    # perspective: quad of the source corners
    dx, dy = w * 0.05, h * 0.03
    quad = (dx * 0.2, dy, 0, H, W, H - dy * 0.5, W - dx, 0)  # UL, LL, LR, UR
    canvas = canvas.transform((W, H), Image.QUAD, quad, Image.BICUBIC, fillcolor=70)
    canvas = canvas.rotate(-2.3, resample=Image.BICUBIC, fillcolor=60)
    # shadow gradient
    grad = Image.linear_gradient("L").resize((W, H)).rotate(35, fillcolor=255)
    shade = grad.point(lambda v: int(185 + v * 70 / 255))
    from PIL import ImageChops
    canvas = ImageChops.multiply(canvas, shade)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.8))
    return kit.noise(canvas, rnd.randrange(10 ** 6), 5)


def h12(out):
    """pdf-scanned, Bokmål: h07's layout for another office, photographed: perspective, 2.3° turn,
    shadow across the page, blur, 150 dpi, JPEG quality 55, image only."""
    org = kit.orgnr(1212)
    tmp = Path(tempfile.mkdtemp()) / "src.pdf"
    c = kit.new_canvas(tmp, "")
    _grid_form(c, ("DV", "DV-B"), office="NAV Alta", org=kit.spaced(org), muni="Alta",
               contact="Stine Eriksen Haetta", email="stine.haetta@nav.no", phone="78 45 90 02",
               title="Ung og i jobb i Alta", kind="Videreføring", start="01.01.2020",
               positions="80 % stilling, ungdomskontakt",
               budget=[("Lønn og sosiale kostnader", "480 000", False),
                       ("Kompetanse", "8 000", False), ("Sum", "488 000", True)],
               areas=[("Bruk av ordinært arbeidsliv", False),
                      ("Oppfølging av barnefamilier, ungdom og innvandrere", True),
                      ("Sikring av sårbare overganger", False)],
               net="Nei", evalu="Nei",
               sigs=[("Alta, 16.01.2020", "ARVID NILSEN", "Nav-leder", 12121),
                     ("Alta, 20.01.2020", "GRETE SOLBAKK", "Rådmann", 12122)],
               heading=("Søknad om tilskudd 2020", "Sosiale tjenester i Nav-kontoret (kap. 0621 post 63)"))
    c.save()
    imgs = [_photo(im, 1200 + i) for i, im in enumerate(kit.render_pdf(tmp, 150))]
    kit.images_to_pdf(imgs, out, 150, quality=55)
    return truth("h12", "pdf", "pdf-scanned", lang="nb", scheme=S2020,
                 office=("Nav Alta", "Alta", org),
                 contact=("Stine Eriksen Haetta", "stine.haetta@nav.no", "78459002"),
                 project=("Ung og i jobb i Alta", "continuation", "2020-01-01"), pct=80,
                 amounts={"positions": 480000, "competence": 8000, "total": 488000},
                 prio=[BUI], interest=(False, False),
                 sigs=[("nav_leader", "ARVID NILSEN", "Nav-leder", "2020-01-16", "handwritten"),
                       ("municipality", "GRETE SOLBAKK", "Rådmann", "2020-01-20", "handwritten")],
                 optional=["LOW_CONFIDENCE"], notes=["80 % with 480 000: cap 488 000"])


def h13(out):
    """pdf-scanned, Nynorsk: two pages, faint low-contrast grey copy (toner low), 150 dpi, turned
    1.2°, JPEG quality 45; labels and answers on one line with a colon; ink vector strokes."""
    from PIL import Image
    org = kit.orgnr(1313)
    tmp = Path(tempfile.mkdtemp()) / "src.pdf"
    c = kit.new_canvas(tmp, "")
    p = kit.Page(c)
    p.text("Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020", "LA-B", 13, 20)
    p.text("Statsforvaltaren i Vestland · søknadsfrist 1. februar 2020", "LA", 9)
    p.gap(10)
    for lab, val in [("Nav-kontor", "Nav Bergen nord"), ("Kommune", "Bergen"), ("Org.nr.", kit.spaced(org)),
                     ("Kontaktperson", "Maria Helland Lie"), ("E-post", "maria.helland.lie@nav.no"),
                     ("Telefon", "55 55 31 20"), ("Tiltaket heiter", "Vegen vidare"),
                     ("Nytt eller vidareføring", "Nytt tiltak"), ("Oppstart", "01.09.2020"),
                     ("Stilling", "ei 100 %-stilling som jobbspesialist")]:
        p.text(f"{lab}: {val}", "LA", 11, 20)
    p.gap(8)
    p.text("Prioriterte område", "LA-B", 11.5, 22)
    for lab, on in [("Bruk av ordinært arbeidsliv", True), ("Oppfølging av barnefamiliar, ungdom og innvandrarar", False),
                    ("Sikring av sårbare overgangar", False)]:
        p.text(("☒ " if on else "☐ ") + lab, "DV", 11, 18)
    p.gap(6)
    p.text("Nettverk/klyngesamarbeid: ☒ Ja ☐ Nei", "DV", 11, 18)
    p.text("Ekstern prosessevaluering: ☐ Ja ☒ Nei", "DV", 11, 18)
    p.gap(6)
    p.text("Budsjett", "LA-B", 11.5, 22)
    for lab, val in [("Løn og sosiale kostnader", "605 000 kr"), ("Kompetansemidlar", "5 000 kr"),
                     ("Sum søkt tilskot", "610 000 kr")]:
        p.text(f"{lab}: {val}", "LA", 11, 18)
    c.setFont("LA", 8)
    c.drawString(56, 40, "Side 1 av 2")
    c.showPage()
    p = kit.Page(c)
    p.text("Underskrift", "LA-B", 13, 22)
    y = 650
    for x, (seed, t, n, dt) in zip((56, 310), [(13131, "Nav-leiar", "Terje Kleppe", "Bergen, 28.01.2020"),
                                              (13132, "Kommunaldirektør", "Hilde Aarstad", "Bergen, 30.01.2020")]):
        c.setFont("LA", 10)
        c.drawString(x, y + 60, dt)
        kit.draw_ink(c, seed, x + 5, y + 4, 160, 40)
        c.line(x, y, x + 220, y)
        c.drawString(x, y - 14, n)
        c.drawString(x, y - 28, t)
    c.setFont("LA", 8)
    c.drawString(56, 40, "Side 2 av 2")
    c.save()
    imgs = []
    rnd = random.Random(1313)
    for im in kit.render_pdf(tmp, 150):
        im = im.point(lambda v: int(105 + v * 0.55))  # faint: black -> 105, white -> 245
        im = im.rotate(1.2, resample=Image.BICUBIC, fillcolor=245, expand=False)
        imgs.append(kit.noise(im, rnd.randrange(10 ** 6), 6))
    kit.images_to_pdf(imgs, out, 150, quality=45)
    return truth("h13", "pdf", "pdf-scanned", lang="nn", scheme=S2020,
                 office=("Nav Bergen nord", "Bergen", org),
                 contact=("Maria Helland Lie", "maria.helland.lie@nav.no", "55553120"),
                 project=("Vegen vidare", "new", "2020-09-01"), pct=100,
                 amounts={"positions": 605000, "competence": 5000, "total": 610000},
                 prio=[ORD], interest=(True, False),
                 sigs=[("nav_leader", "Terje Kleppe", "Nav-leiar", "2020-01-28", "handwritten"),
                       ("municipality", "Hilde Aarstad", "Kommunaldirektør", "2020-01-30", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["'Kommunaldirektør' (Bergen's title for a head of a city department) is municipal leadership"])
