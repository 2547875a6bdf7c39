"""Word documents of corpus 44, part 2 (docx-legacy-fields, docx-letter, pdf-from-office). Each
builder writes one file and returns its truth."""
from __future__ import annotations

import tempfile
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from kit44 import (S20, add_ink, borderless, ff_box, ff_text, new_doc, put, put_xml, save_doc, soffice_pdf,
                   truth)


# ---------------------------------------------------------------- o06 docx-legacy-fields nn, "tre fjerdedelar", at cap
def o06(out: Path):
    doc = new_doc("Times New Roman", 11, "Søknad")
    doc.add_paragraph().add_run("SØKNAD – TILSKOT TIL UTVIKLING AV SOSIALE TENESTER I NAV 2020").bold = True
    doc.add_paragraph("Skjemaet er låst for redigering; fyll ut dei grå felta.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, name, value in [("Nav-kontor", "kontor", "Nav Vestre Slidre"), ("Kommune", "kommune", "Vestre Slidre"),
                               ("Organisasjonsnummer", "orgnr", "940561779"),
                               ("Kontaktperson (namn)", "kp", "Ingrid Brenden"),
                               ("Kontaktperson (e-post)", "kpe", "ingrid.brenden@nav.no"),
                               ("Kontaktperson (telefon)", "kpt", "613 45 000"),
                               ("Prosjekttittel", "tittel", "Unge vaksne i arbeid i Vestre Slidre"),
                               ("Oppstartsdato", "start", "01.01.2020"),
                               ("Storleik på stillinga", "pst", "tre fjerdedelar stilling"),
                               ("Løn inkl. sosiale kostnader", "lonn", "457 500"),
                               ("Kompetansemidlar", "komp", "10 000"), ("Sum omsøkt", "sum", "467 500")]:
        c = t.add_row().cells
        put(c[0], label)
        put_xml(c[1].paragraphs[0], ff_text(name, value))
    doc.add_paragraph()
    p = doc.add_paragraph()
    put_xml(p, ff_box("ny", False), " Nytt prosjekt     ", ff_box("vf", True), " Vidareføring, år ",
            ff_text("aar", "2"), " av 3")
    doc.add_paragraph().add_run("Prioriterte område:").bold = True
    for name, on, s in [("pa", False, "Bruk av ordinært arbeidsliv"),
                        ("pb", False, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                        ("pc", True, "Sikring av sårbare overgangar")]:
        put_xml(doc.add_paragraph(), ff_box(name, on), " " + s)
    put_xml(doc.add_paragraph(), "Grunngjeving: ", ff_text("grunn", "Unge vaksne som går ut av vidaregåande utan "
            "vitnemål får ein fast kontakt i overgangen frå skule til arbeid eller vidare utdanning."))
    put_xml(doc.add_paragraph(), "Nettverk/klyngesamarbeid:  ", ff_box("nja", False), " Ja  ", ff_box("nnei", True),
            " Nei")
    put_xml(doc.add_paragraph(), "Ekstern prosessevaluering:  ", ff_box("eja", False), " Ja  ", ff_box("enei", True),
            " Nei")
    doc.add_paragraph()
    t = doc.add_table(rows=4, cols=2)
    borderless(t)
    put_xml(t.cell(0, 0).paragraphs[0], "Stad/dato: ", ff_text("sd1", "Slidre, 21.01.2020"))
    put_xml(t.cell(0, 1).paragraphs[0], "Stad/dato: ", ff_text("sd2", "Slidre, 23.01.2020"))
    add_ink(t.cell(1, 0).paragraphs[0], "o06a", 4)
    add_ink(t.cell(1, 1).paragraphs[0], "o06b", 4)
    put_xml(t.cell(2, 0).paragraphs[0], ff_text("n1", "Halvor Rogne"))
    put_xml(t.cell(2, 1).paragraphs[0], ff_text("n2", "Eli Hoven"))
    put(t.cell(3, 0), "Nav-leiar")
    put(t.cell(3, 1), "Kommunedirektør")
    save_doc(doc, out)
    return truth("o06", "docx", "docx-legacy-fields", lang="nn", scheme=S20,
                 office=("Nav Vestre Slidre", "Vestre Slidre", "940561779"),
                 contact=("Ingrid Brenden", "ingrid.brenden@nav.no", "61345000"),
                 project=("Unge vaksne i arbeid i Vestre Slidre", "continuation", "2020-01-01"), pct=75,
                 amounts={"positions": 457500, "competence": 10000, "total": 467500},
                 prio=["saarbare-overganger"], interest=(False, False),
                 sigs=[("nav_leader", "Halvor Rogne", "Nav-leiar", "2020-01-21", "handwritten"),
                       ("municipality", "Eli Hoven", "Kommunedirektør", "2020-01-23", "handwritten")],
                 notes=["near-miss: 'tre fjerdedelar stilling' = 75 %, 457 500 exactly at the cap (610 000 × 0,75)",
                        "FORMCHECKBOX state in w:checked (default 0); phone written '613 45 000'",
                        "both interest questions answered Nei"])


# ---------------------------------------------------------------- o07 docx-letter nn, title only in "Gjeld:"
def o07(out: Path):
    doc = new_doc("Arial", 11, "Søknad")
    head = doc.add_paragraph()
    head.add_run("Nav Luster").bold = True
    head.add_run("\nPostboks 84, 6866 Gaupne\nOrg.nr. 933 243 001")
    doc.add_paragraph("Statsforvaltaren i Vestland\nNjøsavegen 2\n6863 Leikanger")
    doc.add_paragraph("Gaupne, 29. januar 2020").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Vår ref.: 20/114").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph().add_run("Gjeld: Søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – "
                                "«Saman mot jobb i Luster»").bold = True
    for s in ["Nav Luster søkjer med dette om tilskot for 2020. Prosjektet er nytt og skal starte 1. april 2020.",
              "Vi søkjer om midlar til ein halv stilling som jobbspesialist. Målet er at fleire sosialhjelpsmottakarar "
              "skal få fast arbeid i ordinære verksemder i kommunen, særleg i reiseliv, landbruk og kraftbransjen. "
              "Jobbspesialisten skal vere ute hos arbeidsgjevarane og følgje opp både arbeidstakar og leiar.",
              "Vi søkjer om 300 000 kroner til løn og sosiale kostnader og 5 000 kroner til kompetanse, til saman "
              "305 000 kroner.",
              "Vi ønskjer å vere med i nettverk og klyngesamarbeid med andre kontor i fylket, men ønskjer ikkje "
              "ekstern prosessevaluering.",
              "Kontaktperson er rettleiar Jorunn Hauge, tlf. 57 68 50 00, e-post jorunn.hauge@nav.no.",
              "Søknaden er forankra i kommuneleiinga og underskriven av kommunedirektøren."]:
        doc.add_paragraph(s)
    doc.add_paragraph("Med venleg helsing")
    t = doc.add_table(rows=3, cols=2)
    borderless(t)
    add_ink(t.cell(0, 0).paragraphs[0], "o07a", 4)
    add_ink(t.cell(0, 1).paragraphs[0], "o07b", 4)
    put(t.cell(1, 0), "Kjartan Bolstad")
    put(t.cell(1, 1), "Hege Nes Fortun")
    put(t.cell(2, 0), "Nav-leiar")
    put(t.cell(2, 1), "kommunedirektør, Luster kommune")
    save_doc(doc, out)
    return truth("o07", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Luster", "Luster", "933243001"), contact=("Jorunn Hauge", "jorunn.hauge@nav.no", "57685000"),
                 project=("Saman mot jobb i Luster", "new", "2020-04-01"), pct=50,
                 amounts={"positions": 300000, "competence": 5000, "total": 305000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Kjartan Bolstad", "Nav-leiar", "2020-01-29", "handwritten"),
                       ("municipality", "Hege Nes Fortun", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["near-miss: the project title appears only in the 'Gjeld:' subject line, in «»",
                        "'ein halv stilling' = 50 %; signature dates = the letter's date"])


# ---------------------------------------------------------------- o08 docx-letter nb, total ≠ sum
def o08(out: Path):
    doc = new_doc("Calibri", 11, "Søknad")
    doc.add_paragraph().add_run("NAV Ringerike").bold = True
    doc.add_paragraph("Statsforvalteren i Oslo og Viken\nPostboks 325\n1502 Moss")
    doc.add_paragraph("Hønefoss 27.01.2020")
    doc.add_paragraph().add_run("Sak: Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – "
                                "Ringerike jobbhus").bold = True
    for s in ["NAV Ringerike (org.nr. 960 557 794), Ringerike kommune, søker om tilskudd til ett nytt prosjekt med "
              "oppstart 1. september 2020. Vi søker om én 100 % stilling som veileder i jobbhuset.",
              "Jobbhuset skal gi ungdom som slutter i videregående skole et sted å gå til dagen etter, slik at "
              "overgangen fra skole til arbeid blir sikret, og deltakerne skal ut i ordinære jobber hos lokale "
              "arbeidsgivere.", "Budsjett:"]:
        doc.add_paragraph(s)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Lønn veileder (100 %)", "kr 540 000"), ("Sosiale kostnader", "kr 70 000"),
                 ("Sum lønn og sosiale kostnader", "kr 610 000"), ("Kompetanse", "kr 10 000"),
                 ("Totalt omsøkt", "kr 630 000")]:
        c = t.add_row().cells
        put(c[0], a, bold=a.startswith(("Sum", "Totalt")))
        put(c[1], b, bold=a.startswith(("Sum", "Totalt")))
    doc.add_paragraph()
    for s in ["NAV Ringerike er interessert i nettverkssamarbeid og i ekstern prosessevaluering.",
              "Spørsmål om søknaden kan rettes til Kristin Berg, kristin.berg@nav.no, telefon 32 11 70 00."]:
        doc.add_paragraph(s)
    doc.add_paragraph("Vennlig hilsen")
    t = doc.add_table(rows=2, cols=2)
    borderless(t)
    add_ink(t.cell(0, 0).paragraphs[0], "o08a", 4)
    add_ink(t.cell(0, 1).paragraphs[0], "o08b", 4)
    put(t.cell(1, 0), "Espen Moe\nleder NAV Ringerike")
    put(t.cell(1, 1), "Tore Isaksen\nkommunedirektør")
    save_doc(doc, out)
    return truth("o08", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Ringerike", "Ringerike", "960557794"),
                 contact=("Kristin Berg", "kristin.berg@nav.no", "32117000"),
                 project=("Ringerike jobbhus", "new", "2020-09-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 630000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"],
                 interest=(True, True),
                 sigs=[("nav_leader", "Espen Moe", "Leder NAV Ringerike", "2020-01-27", "handwritten"),
                       ("municipality", "Tore Isaksen", "Kommunedirektør", "2020-01-27", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["defect: 610 000 + 10 000 = 620 000, but 'Totalt omsøkt' says 630 000",
                        "title only in the 'Sak:' line after a dash; salary and social costs with a subtotal",
                        "areas: the target group is youth leaving upper secondary school, so the youth area is "
                        "addressed besides the two named ones (truth fixed after the first run)"])


# ---------------------------------------------------------------- o13 pdf-from-office nn, guidance left in a complete form
def o13(out: Path):
    doc = new_doc("Liberation Serif", 11, "Søknadsskjema")
    doc.add_paragraph().add_run("Søknadsskjema – tilskot til utvikling av sosiale tenester i Nav 2020").bold = True

    def field(label, guide, answer):
        doc.add_paragraph().add_run(label).bold = True
        if guide:
            r = doc.add_paragraph().add_run(guide)
            r.italic, r.font.size = True, Pt(9)
        doc.add_paragraph(answer)
    field("1 Nav-kontor", "Skriv her namnet på kontoret slik det står i Enhetsregisteret", "Nav Kvam")
    field("2 Kommune og organisasjonsnummer", None, "Kvam herad, org.nr. 920 941 419")
    field("3 Kontaktperson", "Skriv her namn, e-post og telefon", "Bjørg Ljones, bjorg.ljones@nav.no, 56 55 30 00")
    field("4 Prosjekttittel", "Skriv her … (kort og dekkande)", "Kvam kompetanseløft for unge")
    field("5 Nytt prosjekt eller vidareføring", "[Klikk for å skrive inn tekst]", "Nytt prosjekt")
    field("6 Oppstart", None, "august 2020")
    field("7 Stillingar", "Skriv her tal på stillingar og stillingsprosent", "Ei 100 % stilling som ungdomsrettleiar")
    field("8 Budsjett", "Skriv her løn og sosiale kostnader, kompetansemidlar og sum",
          "Løn og sosiale kostnader: kr 600 000,-\nKompetansemidlar: kr 10 000,-\nSum: kr 610 000,-")
    field("9 Eventuell eigenfinansiering", None, "[Klikk for å skrive inn tekst]")
    field("10 Prioritert område", "Skriv her kva område prosjektet rettar seg mot, og grunngje kort",
          "Oppfølging av barnefamiliar, ungdom og innvandrarar: unge mellom 16 og 24 år som står utanfor skule og "
          "arbeid, og familiane deira.")
    field("11 Nettverk og evaluering", None, "Nettverk/klyngesamarbeid: Ja. Ekstern prosessevaluering: Ja.")
    doc.add_paragraph().add_run("12 Underskrift").bold = True
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for c, s in zip(t.rows[0].cells, ("Stad og dato", "Underskrift", "Namn og tittel")):
        put(c, s, bold=True)
    for i, (pl, seed, nm) in enumerate([("Norheimsund, 28.01.2020", "o13a", "Arne Tveit, Nav-leiar"),
                                        ("Norheimsund, 30.01.2020", "o13b", "Ingvild Lid, kommunedirektør")], 1):
        put(t.cell(i, 0), pl)
        add_ink(t.cell(i, 1).paragraphs[0], seed, 3.5)
        put(t.cell(i, 2), nm)
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / "o13.docx"
        save_doc(doc, d)
        soffice_pdf(d, out)
    return truth("o13", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Kvam", "Kvam", "920941419"), contact=("Bjørg Ljones", "bjorg.ljones@nav.no", "56553000"),
                 project=("Kvam kompetanseløft for unge", "new", "2020-08-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Arne Tveit", "Nav-leiar", "2020-01-28", "handwritten"),
                       ("municipality", "Ingvild Lid", "Kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["near-miss: the template's guidance ('Skriv her …', '[Klikk for å skrive inn tekst]') is left "
                        "between labels and answers; own funding left as a placeholder (absent, no finding)",
                        "municipality 'Kvam herad' → Kvam; 'august 2020' → 2020-08-01"])


# ---------------------------------------------------------------- o14 pdf-from-office nn, invalid org number
def o14(out: Path):
    doc = new_doc("Carlito", 10, "Søknad")
    doc.add_paragraph().add_run("Nav Ørsta – søknad om tilskot til sosiale tenester i Nav, 2020").bold = True

    def band(heads, values):
        t = doc.add_table(rows=2, cols=len(heads))
        t.style = "Table Grid"
        for i, (h, v) in enumerate(zip(heads, values)):
            put(t.cell(0, i), h, bold=True, size=8, fill="D9E2F3")
            put(t.cell(1, i), v)
        doc.add_paragraph()
    band(("Nav-kontor", "Kommune", "Org.nr."), ("Nav Ørsta", "Ørsta", "974 595 215"))
    band(("Kontaktperson", "E-post", "Telefon"), ("Oddny Bjørdal", "oddny.bjordal@nav.no", "70 04 93 00"))
    band(("Prosjekt", "Status", "Oppstart"), ("Ungdomslosen Ørsta", "Vidareføring år 2", "01.01.2020"))
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, s in zip(t.rows[0].cells, ("Stilling", "Prosent", "Løn og sosiale kostnader")):
        put(c, s, bold=True, size=8, fill="D9E2F3")
    for a, b, x in [("Jobbspesialist", "100 %", "600 000"), ("Miljøarbeidar", "50 %", "300 000"),
                    ("Sum stillingar", "150 %", "900 000"), ("Kompetanse", "", "10 000"),
                    ("Totalt omsøkt", "", "910 000")]:
        c = t.add_row().cells
        put(c[0], a)
        put(c[1], b)
        put(c[2], x)
    doc.add_paragraph()
    doc.add_paragraph("Prioritert område: Oppfølging av barnefamiliar, ungdom og innvandrarar – losen følgjer unge "
                      "som har falle ut av vidaregåande skule.")
    doc.add_paragraph("Nettverk/klyngesamarbeid: Ja          Ekstern prosessevaluering: Nei")
    t = doc.add_table(rows=3, cols=2)
    borderless(t)
    put(t.cell(0, 0), "Ørsta, 23.01.2020")
    put(t.cell(0, 1), "Ørsta, 24.01.2020")
    add_ink(t.cell(1, 0).paragraphs[0], "o14a", 4)
    add_ink(t.cell(1, 1).paragraphs[0], "o14b", 4)
    put(t.cell(2, 0), "Sverre Barstad\nNav-leiar")
    put(t.cell(2, 1), "Rune Sjurgard\nKommunedirektør")
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / "o14.docx"
        save_doc(doc, d)
        soffice_pdf(d, out)
    return truth("o14", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Ørsta", "Ørsta", "974595215"),
                 contact=("Oddny Bjørdal", "oddny.bjordal@nav.no", "70049300"),
                 project=("Ungdomslosen Ørsta", "continuation", "2020-01-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "total": 910000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Sverre Barstad", "Nav-leiar", "2020-01-23", "handwritten"),
                       ("municipality", "Rune Sjurgard", "Kommunedirektør", "2020-01-24", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"],
                 notes=["defect: org.nr. 974 595 215 fails MOD11 (check digit should be 4)",
                        "header-over-value bands of three fields; positions 100 % + 50 % with a 'Sum stillingar' row"])
