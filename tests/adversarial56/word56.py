"""Word documents of corpus 56 (docx-form, docx-letter). Each builder writes one file and returns its truth."""
from __future__ import annotations

import io
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

from kit56 import S20, ink_png, new_doc, org, save_doc, spaced, truth


def ink(p, seed, width=4.2):
    p.add_run().add_picture(io.BytesIO(ink_png(seed)), width=Cm(width))


def put(cell, text, bold=False, size=None, fill=None):
    p = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if fill:
        cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def grid(doc, rows, widths=None, style="Table Grid", label_fill=None):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            put(cells[i], v, bold=(i % 2 == 0 and label_fill is not None), fill=label_fill if i % 2 == 0 else None)
    if widths:
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Cm(w)
    return t


def box(ticked):
    return "☒" if ticked else "☐"


# ---------------------------------------------------------------- ws01 docx-form nb, acting leaders on both sides
def ws01(out: Path):
    o = org("97451720")
    doc = new_doc("Arial", 10, "Søknad NAV Stange 2020")
    doc.add_paragraph().add_run("NAV Stange · Stange kommune").bold = True
    h = doc.add_paragraph()
    h.add_run("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret – tilskuddsåret 2020").bold = True
    doc.add_paragraph("Sendes Fylkesmannen i Innlandet innen 1. februar 2020.")
    doc.add_paragraph().add_run("A  Søker").bold = True
    grid(doc, [["NAV-kontor", "NAV Stange", "Kommune", "Stange"],
               ["Org.nr.", spaced(o), "Fylke", "Innlandet"],
               ["Kontaktperson", "Ingrid Sveen", "Telefon", "62 57 30 00"],
               ["E-post", "ingrid.sveen@nav.no", "", ""]], widths=[3, 5, 2.5, 5], label_fill="E8E8E8")
    doc.add_paragraph().add_run("B  Prosjektet").bold = True
    grid(doc, [["Prosjektets navn", "Arbeidslinja Stange"],
               ["Nytt prosjekt eller videreføring", f"{box(True)} Nytt   {box(False)} Videreføring"],
               ["Planlagt oppstart", "01.04.2020"],
               ["Stillinger i prosjektet", "1 stilling som jobbspesialist, 100 %"]], widths=[5.5, 10], label_fill="E8E8E8")
    doc.add_paragraph()
    doc.add_paragraph("Kort beskrivelse: Jobbspesialisten skal finne ordinære arbeidsplasser i private og offentlige "
                      "virksomheter i Stange og følge opp sosialhjelpsmottakere i og etter oppstart på arbeidsplassen.")
    doc.add_paragraph().add_run("C  Budsjett (kr)").bold = True
    grid(doc, [["Lønn og sosiale utgifter, 100 %", "600 000"], ["Kompetansemidler", "10 000"],
               ["Sum søknadsbeløp", "610 000"]], widths=[9, 4])
    doc.add_paragraph().add_run("D  Prioriterte områder (kryss av)").bold = True
    for t, on in [("Bruk av ordinært arbeidsliv", True), ("Oppfølging av barnefamilier, ungdom og innvandrere", False),
                  ("Sikring av sårbare overganger", False)]:
        doc.add_paragraph(f"{box(on)}  {t}")
    doc.add_paragraph().add_run("E  Samarbeid og evaluering").bold = True
    doc.add_paragraph(f"Ønsker NAV-kontoret å delta i nettverk/klyngesamarbeid?   {box(True)} Ja   {box(False)} Nei")
    doc.add_paragraph(f"Ønsker NAV-kontoret ekstern prosessevaluering?   {box(False)} Ja   {box(True)} Nei")
    doc.add_paragraph().add_run("F  Signatur").bold = True
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, hd in enumerate(["Dato", "Underskrift", "Navn og stilling"]):
        put(t.rows[0].cells[i], hd, bold=True, fill="E8E8E8")
    for r, (d, seed, who) in enumerate([("28.01.2020", "ws01a", "Hanne Rud\nkonstituert NAV-leder"),
                                        ("29.01.2020", "ws01b", "Geir Holm\nfung. kommunedirektør")], start=1):
        put(t.rows[r].cells[0], d)
        ink(t.rows[r].cells[1].paragraphs[0], seed, 4.0)
        put(t.rows[r].cells[2], who)
    save_doc(doc, out)
    return truth("ws01", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Stange", "Stange", o), contact=("Ingrid Sveen", "ingrid.sveen@nav.no", "62573000"),
                 project=("Arbeidslinja Stange", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Hanne Rud", "konstituert NAV-leder", "2020-01-28", "handwritten"),
                       ("municipality", "Geir Holm", "fung. kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["near-miss: both signers are acting leaders (konstituert / fung.), which still sign for their roles",
                        "four-column contact table (two label/value pairs a row)"])


# ---------------------------------------------------------------- ws02 docx-form nn, unusual titles, deadline day
def ws02(out: Path):
    o = org("97012345")
    doc = new_doc("Cambria", 11, "Søknad Nav Sunndal")
    p = doc.add_paragraph()
    p.add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020").bold = True
    doc.add_paragraph("Statsforvaltaren/Fylkesmannen i Møre og Romsdal")
    qa = [("1. Namn på Nav-kontoret", "Nav Sunndal"), ("2. Kommune", "Sunndal kommune"),
          ("3. Organisasjonsnummer", o),
          ("4. Kontaktperson (namn og telefon)", "Eli Grødal, telefon 71 69 90 00"),
          ("5. Namn på prosjektet", "«Ungdomsløftet i Sunndal»"),
          ("6. Er søknaden ny eller ei vidareføring?", "Vidareføring – 2. år (fekk tilskot for 2019)"),
          ("7. Oppstart for perioden", "1. januar 2020"),
          ("8. Stillingar det vert søkt om", "Ei 80 % stilling som ungdomsrettleiar"),
          ("9. Lønn og sosiale kostnader", "488 000 kroner"),
          ("10. Samla søknadssum", "488 000 kroner")]
    for q, a in qa:
        doc.add_paragraph().add_run(q).bold = True
        pa = doc.add_paragraph(a)
        pa.paragraph_format.left_indent = Cm(1)
    doc.add_paragraph().add_run("11. Kva for prioritert område gjeld prosjektet?").bold = True
    for t, on in [("Bruk av ordinært arbeidsliv", False),
                  ("Oppfølging av barnefamiliar, ungdom og innvandrarar", True),
                  ("Sikring av sårbare overgangar", False)]:
        pa = doc.add_paragraph(("☑ " if on else "☐ ") + t)
        pa.paragraph_format.left_indent = Cm(1)
    doc.add_paragraph().add_run("12. Ønskjer kontoret å vere med i nettverk / klyngesamarbeid?").bold = True
    doc.add_paragraph("☑ Ja  ☐ Nei").paragraph_format.left_indent = Cm(1)
    doc.add_paragraph().add_run("13. Ønskjer kontoret ekstern prosessevaluering?").bold = True
    doc.add_paragraph("☑ Ja  ☐ Nei").paragraph_format.left_indent = Cm(1)
    doc.add_paragraph("Prosjektet følgjer opp ungdom mellom 16 og 25 år og familiane deira, med vekt på "
                      "skule, fritid og arbeid.")
    doc.add_paragraph().add_run("14. Underskrift").bold = True
    for seed, name, title in [("ws02a", "Astrid Løfald", "tenesteleiar Nav Sunndal"),
                              ("ws02b", "Per Kristian Vik", "sektorsjef helse og velferd, Sunndal kommune")]:
        doc.add_paragraph("Sunndalsøra, 01.02.2020")
        ink(doc.add_paragraph(), seed, 4.5)
        doc.add_paragraph(name)
        doc.add_paragraph(title)
        doc.add_paragraph()
    save_doc(doc, out)
    return truth("ws02", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Sunndal", "Sunndal", o), contact=("Eli Grødal", None, "71699000"),
                 project=("Ungdomsløftet i Sunndal", "continuation", "2020-01-01"), pct=80,
                 amounts={"positions": 488000, "total": 488000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Astrid Løfald", "tenesteleiar Nav Sunndal", "2020-02-01", "handwritten"),
                       ("municipality", "Per Kristian Vik", "sektorsjef helse og velferd", "2020-02-01", "handwritten")],
                 notes=["near-miss: signed ON the deadline day; 80 % at exactly 488 000; phone-only contact",
                        "tenesteleiar = the Nav office's leader; sektorsjef = municipal leadership in a sector-model municipality"])


# ---------------------------------------------------------------- ws03 docx-form nb, a coordinator signs for the Nav office
def ws03(out: Path):
    o = org("98765432")
    doc = new_doc("Calibri", 11, "Søknad Nav Nesodden")
    doc.add_heading("Søknadsskjema – Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", level=2)
    grid(doc, [["Søkende Nav-kontor", "Nav Nesodden"], ["Vertskommune", "Nesodden"], ["Organisasjonsnr.", o],
               ["Kontaktperson", "Marte Bråten, prosjektkoordinator"], ["E-post", "marte.braten@nav.no"],
               ["Tlf.", "66 96 40 00"], ["Prosjektnavn", "Veiviser Nesodden"], ["Type søknad", "Nytt prosjekt"],
               ["Oppstartsdato", "01.03.2020"]], widths=[5, 11], label_fill="DCE6F1")
    doc.add_paragraph()
    doc.add_paragraph().add_run("Stillinger og kostnader").bold = True
    t = grid(doc, [["Stilling", "Stillingsprosent", "Lønn inkl. sosiale kostnader"],
                   ["Veileder ungdom", "50 %", "305 000"], ["Veileder familie", "50 %", "305 000"],
                   ["Kompetansemidler", "", "8 000"], ["Totalt omsøkt", "", "618 000"]], widths=[6, 4, 6])
    for c in t.rows[0].cells:
        c.paragraphs[0].runs[0].bold = True
    doc.add_paragraph()
    doc.add_paragraph("Prioritert område: Oppfølging av barnefamilier, ungdom og innvandrere. Veilederne skal følge "
                      "opp familier med lav inntekt og ungdom som står i fare for å falle ut av skolen.")
    doc.add_paragraph("Nettverk/klyngesamarbeid: Nei.   Ekstern prosessevaluering: Ja.")
    doc.add_paragraph().add_run("Underskrifter").bold = True
    t = doc.add_table(rows=1, cols=2)
    for cell, head, seed, line in [(t.rows[0].cells[0], "For Nav Nesodden", "ws03a", "Marte Bråten, prosjektkoordinator"),
                                   (t.rows[0].cells[1], "For Nesodden kommune", "ws03b", "Line Skog, kommunedirektør")]:
        put(cell, head, bold=True)
        ink(cell.add_paragraph(), seed, 4.0)
        cell.add_paragraph(line)
        cell.add_paragraph("Dato: 24.01.2020")
    save_doc(doc, out)
    return truth("ws03", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Nesodden", "Nesodden", o), contact=("Marte Bråten", "marte.braten@nav.no", "66964000"),
                 project=("Veiviser Nesodden", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": 8000, "total": 618000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("municipality", "Line Skog", "kommunedirektør", "2020-01-24", "handwritten")],
                 expected=["SIGNATURE_NAV_LEADER_MISSING"],
                 notes=["defect: the Nav office's block is signed by the project coordinator (the contact), not by the "
                        "Nav leader; no Nav leader signs anywhere"])


# ---------------------------------------------------------------- ws04 docx-letter nb, one person in both roles
def ws04(out: Path):
    o = org("96412380")
    doc = new_doc("Georgia", 11, "Søknad NAV Rendalen")
    for line in ["NAV Rendalen", "Postboks 40, 2484 Rendalen", "", "Fylkesmannen i Innlandet",
                 "Sosial- og familieavdelingen", "", "Bergset, 27. januar 2020"]:
        doc.add_paragraph(line)
    doc.add_paragraph().add_run("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020 – "
                                "«Hjem til jobb»").bold = True
    for s in [f"NAV Rendalen (org.nr. {o}) søker med dette om tilskudd til det nye prosjektet «Hjem til jobb» i "
              "Rendalen kommune. Prosjektet starter 1. august 2020.",
              "Mange av brukerne våre kommer hjem etter soning, rusbehandling eller opphold i institusjon uten bolig, "
              "arbeid eller nettverk. Prosjektet skal sikre at overgangen fra institusjon til eget hjem og videre til "
              "arbeid eller utdanning ikke blir et brudd, med en fast kontaktperson fra dagen før utskriving.",
              "Vi søker om en 60 % stilling. Lønn og sosiale kostnader utgjør 366 000 kroner, og vi søker i tillegg "
              "om 10 000 kroner i kompetansemidler til opplæring i motiverende samtaler, til sammen 376 000 kroner.",
              "Vi ønsker å delta i nettverk med andre NAV-kontor i fylket. Vi ønsker ikke ekstern prosessevaluering "
              "i år.",
              "Kontaktperson for søknaden er veileder Tor Einar Bakken, tor.einar.bakken@nav.no, mobil 948 12 345."]:
        doc.add_paragraph(s)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Light List"
    for a, b in [("Budsjett 2020", "kr"), ("60 % stilling (lønn og sosiale kostnader)", "366 000"),
                 ("Kompetansemidler", "10 000"), ("Sum", "376 000")]:
        c = t.add_row().cells
        put(c[0], a)
        put(c[1], b)
    doc.add_paragraph()
    doc.add_paragraph("Jeg er både leder for NAV Rendalen og kommunalsjef for helse og velferd i rådmannens "
                      "ledergruppe, og signerer derfor søknaden på vegne av både NAV-kontoret og kommuneledelsen.")
    doc.add_paragraph("Med vennlig hilsen")
    ink(doc.add_paragraph(), "ws04a", 5.0)
    doc.add_paragraph("Sissel Moen")
    doc.add_paragraph("NAV-leder og kommunalsjef helse og velferd, Rendalen kommune")
    save_doc(doc, out)
    return truth("ws04", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Rendalen", "Rendalen", o),
                 contact=("Tor Einar Bakken", "tor.einar.bakken@nav.no", "94812345"),
                 project=("Hjem til jobb", "new", "2020-08-01"), pct=60,
                 amounts={"positions": 366000, "competence": 10000, "total": 376000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Sissel Moen", "NAV-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Sissel Moen", "kommunalsjef helse og velferd", "2020-01-27", "handwritten")],
                 notes=["near-miss: one person is the Nav leader AND kommunalsjef (domain.md: kommunalsjef is municipal "
                        "leadership) and says she signs for both: two entries, one ink",
                        "60 % at exactly 366 000; the area is argued in other words (release, institution → home and work)"])


# ---------------------------------------------------------------- ws05 docx-letter nn, ass. rådmann signed before the letter
def ws05(out: Path):
    o = org("97465321")
    doc = new_doc("Times New Roman", 12, "Søknad Nav Ørsta")
    r = doc.add_paragraph()
    r.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r.add_run("Ørsta, 30. januar 2020")
    for line in ["Fylkesmannen i Møre og Romsdal", "Postboks 2520, 6404 Molde", ""]:
        doc.add_paragraph(line)
    doc.add_paragraph().add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020").bold = True
    for s in ["Nav Ørsta søkjer om tilskot til det nye prosjektet Saman om arbeid. Organisasjonsnummeret vårt er "
              f"{spaced(o)}. Prosjektet tek til 1. mars 2020.",
              "Målgruppa er personar som har motteke økonomisk sosialhjelp over lang tid. Vi vil bruke vanlege "
              "arbeidsplassar i Ørsta og Volda som arena for kvalifisering, med tett oppfølging av både arbeidsgjevar "
              "og arbeidstakar.",
              "Vi søkjer om to stillingar à 50 prosent, til saman ei heil stilling. Lønn og sosiale kostnader er "
              "590 000 kroner. I tillegg søkjer vi om 10 000 kroner til kompetanse, slik at samla søknadssum er "
              "600 000 kroner.",
              "Nav Ørsta ønskjer å vere med i nettverk med andre kontor. Vi er også opne for ekstern prosessevaluering.",
              "Kontaktperson: Synnøve Aarflot, rettleiar, synnove.aarflot@nav.no, telefon 70 04 98 00."]:
        doc.add_paragraph(s)
    doc.add_paragraph("Med helsing")
    ink(doc.add_paragraph(), "ws05a", 4.6)
    doc.add_paragraph("Jorunn Hovden")
    doc.add_paragraph("Nav-leiar")
    doc.add_paragraph()
    doc.add_paragraph().add_run("Forankring i kommuneleiinga").bold = True
    doc.add_paragraph("Søknaden vart drøfta i leiargruppa i Ørsta kommune 14. januar 2020. Kommunen stiller seg bak "
                      "prosjektet.")
    doc.add_paragraph("Ørsta, 14.01.2020")
    ink(doc.add_paragraph(), "ws05b", 4.6)
    doc.add_paragraph("Kåre Bjørdal")
    doc.add_paragraph("ass. rådmann")
    save_doc(doc, out)
    return truth("ws05", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Ørsta", "Ørsta", o),
                 contact=("Synnøve Aarflot", "synnove.aarflot@nav.no", "70049800"),
                 project=("Saman om arbeid", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Jorunn Hovden", "Nav-leiar", "2020-01-30", "handwritten"),
                       ("municipality", "Kåre Bjørdal", "ass. rådmann", "2020-01-14", "handwritten")],
                 notes=["near-miss: the assisting rådmann signed two weeks BEFORE the letter's date (no rule against it)",
                        "the Nav leader's signature has no own date: the letter's date 30.01.2020",
                        "two 50 % positions = 100 (positions_percent_total 100)"])


# ---------------------------------------------------------------- ws06 docx-letter nb, the Nav leader is only the contact
def ws06(out: Path):
    o = org("97403567")
    doc = new_doc("Calibri", 11, "Søknad Nav Lier")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Nav Lier  |  Lier kommune  |  Postboks 205, 3401 Lier"
    doc.add_paragraph("Statsforvalteren i Oslo og Viken")
    doc.add_paragraph("Vår dato: 22.01.2020        Vår ref.: 20/114")
    doc.add_paragraph().add_run("Søknad om tilskudd 2020 – «Familieløftet Lier»").bold = True
    for s in ["Nav Lier søker om tilskudd til utvikling av sosiale tjenester i Nav-kontoret for et nytt prosjekt, "
              "Familieløftet Lier. Prosjektet skal følge opp barnefamilier med langvarig behov for økonomisk "
              "sosialhjelp, med egen familieveileder og tett samarbeid med skole og barnevern.",
              f"Organisasjonsnummer: {o}. Planlagt oppstart er 1. juni 2020.",
              "Vi søker om 1,5 årsverk, til sammen 900 000 kroner i lønn og sosiale kostnader. Det søkes ikke om "
              "kompetansemidler.",
              "Vi ønsker å delta i nettverk/klyngesamarbeid, men ikke i ekstern prosessevaluering.",
              "Kontaktperson for søknaden er Nav-leder Ole Martin Berg, ole.martin.berg@nav.no, tlf. 32 22 00 00."]:
        doc.add_paragraph(s)
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for row in [("Stilling", "Andel", "Kroner"), ("Familieveileder", "100 %", "600 000"),
                ("Familieveileder", "50 %", "300 000"), ("Sum omsøkt", "150 %", "900 000")]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            put(c[i], v)
    doc.add_paragraph()
    doc.add_paragraph("Søknaden er godt forankret i kommunens ledelse.")
    doc.add_paragraph("Med vennlig hilsen")
    doc.add_paragraph("Lier kommune")
    ink(doc.add_paragraph(), "ws06a", 4.8)
    doc.add_paragraph("Bente Sandvik")
    doc.add_paragraph("kommunedirektør")
    save_doc(doc, out)
    return truth("ws06", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Lier", "Lier", o), contact=("Ole Martin Berg", "ole.martin.berg@nav.no", "32220000"),
                 project=("Familieløftet Lier", "new", "2020-06-01"), pct=150,
                 amounts={"positions": 900000, "total": 900000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("municipality", "Bente Sandvik", "kommunedirektør", "2020-01-22", "handwritten")],
                 expected=["SIGNATURE_NAV_LEADER_MISSING"],
                 notes=["defect: only the kommunedirektør signs; the Nav leader is named as contact person but does not sign",
                        "signature date = the letter's date (Vår dato 22.01.2020); 150 % at 900 000 under 915 000"])
