"""Word documents of corpus 59 (docx-form, docx-controls, docx-legacy-fields). All Nynorsk.
Each builder writes one file and returns its truth."""
from __future__ import annotations

from pathlib import Path

from docx.shared import Pt

from kit59 import (S20, add_ink, borderless, cell_text, ff_box, ff_text, new_doc, orgnr, put, save_doc, sdt_box,
                   sdt_date, sdt_text, shade, truth)

HEAD = "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020"


def _grid(doc, rows, section=None, fill="DCE6F0"):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    if section:
        c = t.add_row().cells
        m = c[0].merge(c[1])
        cell_text(m, section, bold=True, shade=fill)
    for label, value in rows:
        c = t.add_row().cells
        cell_text(c[0], label)
        if isinstance(value, (list, tuple)):
            put(c[1].paragraphs[0], *value)
        elif value.startswith("<w:"):
            put(c[1].paragraphs[0], value)
        else:
            cell_text(c[1], value)
    return t


# ---------------------------------------------------------------- nn01 docx-form, Nav Sogndal (clean, at both caps)
def nn01(out: Path):
    org = orgnr("97409811")
    doc = new_doc("Arial", 10, HEAD)
    doc.add_heading(HEAD, 1)
    doc.add_paragraph("Søknaden skal sendast til Fylkesmannen i Vestland innan 1. februar 2020.")
    _grid(doc, [("Nav-kontor", "Nav Sogndal"), ("Kommune", "Sogndal kommune"), ("Organisasjonsnummer", "974 098 113"),
                ("Kontaktperson", "Marit Fimreite"), ("E-post", "marit.fimreite@nav.no"), ("Telefon", "57 62 98 00")],
          "1  Opplysningar om søkjar")
    doc.add_paragraph()
    _grid(doc, [("Namn på prosjektet", "Ungdomsløftet i Sogndal"),
                ("Nytt prosjekt eller vidareføring", "☒ Nytt prosjekt     ☐ Vidareføring"),
                ("Planlagd oppstart", "1. april 2020"),
                ("Stillingsressurs", "Ein halv stilling (50 %) som jobbspesialist for unge"),
                ("Kort om prosjektet", "Unge mellom 18 og 25 år som står utanfor arbeid og skule skal få ein fast "
                 "rettleiar som følgjer dei tett, også heime hjå familien, til dei er i utdanning eller arbeid.")],
          "2  Om prosjektet")
    doc.add_paragraph()
    _grid(doc, [("Løn og sosiale kostnader", "kr 305 000"), ("Kompetansemidlar", "kr 10 000"),
                ("Sum søkt tilskot", "kr 315 000")], "3  Budsjett for 2020")
    doc.add_paragraph()
    _grid(doc, [("Bruk av ordinært arbeidsliv", "☐"), ("Oppfølging av barnefamiliar, ungdom og innvandrarar", "☒"),
                ("Sikring av sårbare overgangar", "☐")], "4  Prioriterte område (kryss av)")
    doc.add_paragraph()
    _grid(doc, [("Ønskjer kontoret å vere med i nettverk/klyngesamarbeid?", "Ja ☒   Nei ☐"),
                ("Ønskjer kontoret ekstern prosessevaluering?", "Ja ☐   Nei ☒")], "5  Nettverk og evaluering")
    doc.add_paragraph()
    doc.add_paragraph("6  Underskrift").runs[0].bold = True
    t = doc.add_table(rows=3, cols=2)
    borderless(t)
    cell_text(t.cell(0, 0), "Sogndal, 24. januar 2020")
    cell_text(t.cell(0, 1), "Sogndal, 28. januar 2020")
    add_ink(t.cell(1, 0).paragraphs[0], "nn01a")
    add_ink(t.cell(1, 1).paragraphs[0], "nn01b")
    cell_text(t.cell(2, 0), "Ola Kvamme\nNav-leiar")
    cell_text(t.cell(2, 1), "Hilde Hauge Nes\nkommunedirektør")
    save_doc(doc, out)
    return truth("nn01", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Sogndal", "Sogndal", org), contact=("Marit Fimreite", "marit.fimreite@nav.no", "57629800"),
                 project=("Ungdomsløftet i Sogndal", "new", "2020-04-01"), pct=50,
                 amounts={"positions": 305000, "competence": 10000, "total": 315000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Ola Kvamme", "Nav-leiar", "2020-01-24", "handwritten"),
                       ("municipality", "Hilde Hauge Nes", "kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["near-miss: 'ein halv stilling' at exactly 305 000, competence exactly 10 000"])


# ---------------------------------------------------------------- nn02 docx-form, Nav Hareid (clean, phone-only contact)
def nn02(out: Path):
    org = orgnr("97408912")
    doc = new_doc("Cambria", 11, HEAD)
    doc.add_paragraph("NAV HAREID").runs[0].bold = True
    doc.add_paragraph("Søknad om tilskot – sosiale tenester i Nav 2020").runs[0].font.size = Pt(15)
    doc.add_paragraph("Del A – Søkjar").runs[0].bold = True
    _grid(doc, [("Søkjar (Nav-kontor)", "Nav Hareid"), ("Kommune", "Hareid"), ("Org.nr.", org),
                ("Kontaktperson og telefon", "Kari Brandal, sakshandsamar – telefon 70 09 34 00")])
    doc.add_paragraph("Del B – Prosjektet").runs[0].bold = True
    _grid(doc, [("Prosjektnamn", "Arbeid først i Hareid"),
                ("Type søknad", "Vidareføring – 2. driftsår"), ("Oppstart", "1. januar 2020"),
                ("Stilling", "Hundre prosent stilling som arbeidslivskoordinator"),
                ("Kva for prioriterte område svarar prosjektet på?",
                 "Bruk av det ordinære arbeidslivet: praksis og løna arbeid i lokale verksemder i staden for "
                 "tiltak i skjerma verksemd.")])
    doc.add_paragraph("Del C – Økonomi").runs[0].bold = True
    _grid(doc, [("Søkt tilskot til løn og sosiale kostnader", "590 000 kr"),
                ("Eigenfinansiering frå kommunen", "120 000 kr"), ("Samla søknadssum", "590 000 kr")])
    doc.add_paragraph("Del D – Samarbeid").runs[0].bold = True
    _grid(doc, [("Interesse for nettverk / klyngesamarbeid", "Ja"), ("Interesse for ekstern prosessevaluering", "Ja")])
    doc.add_paragraph()
    doc.add_paragraph("Del E – Underskrift").runs[0].bold = True
    for seed, where, who in [("nn02a", "Hareid, 30.01.2020", "Geir Overå, leiar for Nav Hareid"),
                             ("nn02b", "Hareid, 31.01.2020", "Tove Bjørkavåg, rådmann")]:
        doc.add_paragraph(f"Stad og dato: {where}")
        add_ink(doc.add_paragraph(), seed, 4.0)
        doc.add_paragraph(who)
    save_doc(doc, out)
    return truth("nn02", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Hareid", "Hareid", org), contact=("Kari Brandal", None, "70093400"),
                 project=("Arbeid først i Hareid", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 590000, "total": 590000}, own_funding=120000,
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Geir Overå", "leiar for Nav Hareid", "2020-01-30", "handwritten"),
                       ("municipality", "Tove Bjørkavåg", "rådmann", "2020-01-31", "handwritten")],
                 notes=["near-miss: contact with phone only (allowed), no competence post, own funding beside the total",
                        "priority area answered in the office's own words"])


# ---------------------------------------------------------------- nn03 docx-form, Nav Vinje (defect: over the cap)
def nn03(out: Path):
    org = orgnr("96499211")
    doc = new_doc("Georgia", 10, HEAD)
    doc.add_heading("Søknad om tilskot 2020 – Nav Vinje", 1)
    for q, a in [("1. Kva Nav-kontor søkjer?", "Nav Vinje, Vinje kommune, org.nr. 964 992 118"),
                 ("2. Kven er kontaktperson?", "Eirik Nordbø, e-post eirik.nordbo@nav.no, mobil 917 24 830"),
                 ("3. Kva heiter prosjektet?", "«Trygg overgang Vinje»"),
                 ("4. Er dette eit nytt prosjekt?", "Ja, nytt prosjekt. Oppstart 1. mars 2020."),
                 ("5. Kor stor stillingsressurs søkjer de om?", "Tre fjerdedels stilling (75 %) som miljøarbeidar."),
                 ("6. Kva prioritert område gjeld søknaden?",
                  "[X] Sikring av sårbare overgangar   [ ] Bruk av ordinært arbeidsliv   "
                  "[ ] Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                 ("7. Vil kontoret vere med i nettverk og ekstern prosessevaluering?",
                  "Nettverk: Nei. Prosessevaluering: Ja.")]:
        doc.add_paragraph(q).runs[0].bold = True
        t = doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        cell_text(t.cell(0, 0), a)
    doc.add_paragraph("8. Budsjett").runs[0].bold = True
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for r, row in enumerate([("Post", "Stillingsdel", "Søkt tilskot", "Eigendel kommunen"),
                             ("Miljøarbeidar, løn og sosiale kostnader", "75 %", "470 000", "80 000"),
                             ("Kompetanse", "", "10 000", ""), ("Sum", "", "480 000", "80 000")]):
        for c, v in enumerate(row):
            cell_text(t.cell(r, c), v, bold=r in (0, 3))
    doc.add_paragraph()
    doc.add_paragraph("9. Underskrift").runs[0].bold = True
    for seed, line in [("nn03a", "Vinje, 27. januar 2020 – Åshild Haugen, Nav-leiar"),
                       ("nn03b", "Vinje, 29. januar 2020 – Torleiv Kvåle, kommunalsjef for helse og omsorg")]:
        add_ink(doc.add_paragraph(), seed, 4.2)
        doc.add_paragraph(line)
    save_doc(doc, out)
    return truth("nn03", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Vinje", "Vinje", org), contact=("Eirik Nordbø", "eirik.nordbo@nav.no", "91724830"),
                 project=("Trygg overgang Vinje", "new", "2020-03-01"), pct=75,
                 amounts={"positions": 470000, "competence": 10000, "total": 480000}, own_funding=80000,
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Åshild Haugen", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Torleiv Kvåle", "kommunalsjef for helse og omsorg", "2020-01-29", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["defect: 'tre fjerdedels stilling' (75 %) at 470 000 > 457 500"])


# ---------------------------------------------------------------- nn04 docx-controls, Nav Ulstein (clean, deadline day)
def nn04(out: Path):
    org = orgnr("87412331")
    doc = new_doc("Calibri", 11, HEAD)
    doc.add_paragraph(HEAD).runs[0].bold = True
    for label, ctl in [("Søkjar", sdt_text("Sokjar", "Nav Ulstein")), ("Kommune", sdt_text("Kommune", "Ulstein")),
                       ("Organisasjonsnummer", sdt_text("Orgnr", org)),
                       ("Kontaktperson", sdt_text("Kontakt", "Synnøve Eiksund")),
                       ("E-postadresse", sdt_text("Epost", "Synnove.Eiksund@nav.no")),
                       ("Telefonnummer", sdt_text("Telefon", "+47 70 01 82 40")),
                       ("Tittel på prosjektet", sdt_text("Tittel", "Kvardagsmeistring i arbeid")),
                       ("Oppstartsdato", sdt_date("Oppstart", "2020-06-01", "1. juni 2020")),
                       ("Stillingsprosent", sdt_text("Prosent", "40 prosent")),
                       ("Løn og sosiale utgifter (kr)", sdt_text("Lon", "244 000")),
                       ("Kompetansemidlar (kr)", sdt_text("Komp", "6 000")),
                       ("Sum søknadsbeløp (kr)", sdt_text("Sum", "250 000"))]:
        put(doc.add_paragraph(), f"{label}: ", ctl)
    put(doc.add_paragraph(), "Søknaden gjeld: ", sdt_box(True), " nytt prosjekt   ", sdt_box(False), " vidareføring")
    doc.add_paragraph("Prioriterte område:")
    for checked, name in [(True, "Bruk av ordinært arbeidsliv"),
                          (False, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                          (True, "Sikring av sårbare overgangar")]:
        put(doc.add_paragraph(), sdt_box(checked), f" {name}")
    put(doc.add_paragraph(), "Nettverk/klyngesamarbeid: ", sdt_box(False), " Ja  ", sdt_box(True), " Nei")
    put(doc.add_paragraph(), "Ekstern prosessevaluering: ", sdt_box(False), " Ja  ", sdt_box(True), " Nei")
    doc.add_paragraph()
    for who, title, iso, shown, seed in [("Arne Myklebust", "Einingsleiar Nav Ulstein", "2020-01-30", "30. januar 2020", "nn04a"),
                                         ("Solveig Kvalsund", "Kommunalsjef helse og velferd", "2020-02-01",
                                          "1. februar 2020", "nn04b")]:
        add_ink(doc.add_paragraph(), seed, 4.0)
        put(doc.add_paragraph(), "Namn: ", sdt_text("Namn", who))
        doc.add_paragraph(f"Stilling: {title}")
        put(doc.add_paragraph(), "Dato: ", sdt_date("Dato", iso, shown))
    save_doc(doc, out)
    return truth("nn04", "docx", "docx-controls", lang="nn", scheme=S20,
                 office=("Nav Ulstein", "Ulstein", org),
                 contact=("Synnøve Eiksund", "synnove.eiksund@nav.no", "70018240"),
                 project=("Kvardagsmeistring i arbeid", "new", "2020-06-01"), pct=40,
                 amounts={"positions": 244000, "competence": 6000, "total": 250000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(False, False),
                 sigs=[("nav_leader", "Arne Myklebust", "Einingsleiar Nav Ulstein", "2020-01-30", "handwritten"),
                       ("municipality", "Solveig Kvalsund", "Kommunalsjef helse og velferd", "2020-02-01", "handwritten")],
                 notes=["near-miss: 40 % at exactly 244 000; municipal signature ON the deadline day (1. februar 2020);",
                        "Nav leader titled 'Einingsleiar Nav Ulstein'; e-mail written with capitals"])


# ---------------------------------------------------------------- nn05 docx-controls, Nav Volda (defect: no municipal signature)
def nn05(out: Path):
    org = orgnr("97653212")
    doc = new_doc("Calibri", 10, HEAD)
    doc.add_heading("Søknadsskjema – tilskot til sosiale tenester i Nav 2020", 2)
    _grid(doc, [("Nav-kontor", sdt_text("Kontor", "Nav Volda")), ("Kommune", sdt_text("Kommune", "Volda")),
                ("Org.nr.", sdt_text("Orgnr", "976 532 120")),
                ("Kontaktperson", sdt_text("Kontakt", "Jorunn Aarflot, jorunn.aarflot@nav.no, 70 05 87 00")),
                ("Prosjekttittel", sdt_text("Tittel", "Familieløftet Volda")),
                ("Nytt / vidareføring", [sdt_box(False), " Nytt  ", sdt_box(True), " Vidareføring (2. år)"]),
                ("Oppstart", sdt_date("Oppstart", "2020-01-01", "1. januar 2020")),
                ("Stillingar", sdt_text("Stillingar", "Ei stilling (100 %)")),
                ("Løn inkl. sosiale kostnader", sdt_text("Lon", "kr 600 000")),
                ("Kompetanse", sdt_text("Komp", "kr 10 000")), ("Totalt", sdt_text("Sum", "kr 610 000")),
                ("Oppfølging av barnefamiliar, ungdom og innvandrarar", [sdt_box(True)]),
                ("Bruk av ordinært arbeidsliv", [sdt_box(False)]), ("Sikring av sårbare overgangar", [sdt_box(False)]),
                ("Nettverk", [sdt_box(True), " Ja  ", sdt_box(False), " Nei"]),
                ("Prosessevaluering", [sdt_box(True), " Ja  ", sdt_box(False), " Nei"])], "Søknad", "E2EFD9")
    doc.add_paragraph()
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "Nav-leiar", bold=True)
    cell_text(t.cell(0, 1), "Kommunedirektør / rådmann", bold=True)
    add_ink(t.cell(1, 0).paragraphs[0], "nn05a", 4.0)
    put(t.cell(2, 0).paragraphs[0], "Namn: ", sdt_text("NamnNav", "Bjørn Ivar Folkestad"))
    put(t.cell(3, 0).paragraphs[0], "Dato: ", sdt_date("DatoNav", "2020-01-27", "27. januar 2020"))
    put(t.cell(2, 1).paragraphs[0], "Namn: ", sdt_text("NamnKommune", "Klikk eller trykk her for å skrive inn tekst.", True))
    put(t.cell(3, 1).paragraphs[0], "Dato: ", sdt_text("DatoKommune", "Klikk eller trykk for å skrive inn ein dato.", True))
    save_doc(doc, out)
    return truth("nn05", "docx", "docx-controls", lang="nn", scheme=S20,
                 office=("Nav Volda", "Volda", org), contact=("Jorunn Aarflot", "jorunn.aarflot@nav.no", "70058700"),
                 project=("Familieløftet Volda", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Bjørn Ivar Folkestad", "Nav-leiar", "2020-01-27", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["defect: the municipal column keeps Word's placeholder text in its name and date controls, no ink"])


# ---------------------------------------------------------------- nn06 docx-legacy-fields, Nav Stryn (clean, third year)
def _ff_grid(doc, rows):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for i, (label, value) in enumerate(rows):
        c = t.add_row().cells
        cell_text(c[0], label)
        shade(c[0], "F2F2F2")
        if isinstance(value, list):
            put(c[1].paragraphs[0], *value)
        else:
            put(c[1].paragraphs[0], ff_text(f"Tekst{i + 1}", value))
    return t


def nn06(out: Path):
    org = orgnr("93866511")
    doc = new_doc("Times New Roman", 11, HEAD)
    doc.add_paragraph("Skjema: tilskot til utvikling av sosiale tenester i Nav-kontoret, kap. 0621 post 63 – 2020").runs[0].bold = True
    _ff_grid(doc, [("Nav-kontor", "Nav Stryn"), ("Kommune", "Stryn"), ("Organisasjonsnummer", "938665117"),
                   ("Kontaktperson", "Liv Randi Loen"), ("E-post", "liv.randi.loen@nav.no"), ("Telefon", "57 87 47 00"),
                   ("Prosjektet sitt namn", "Inkludering på arbeidsplassen"),
                   ("Søknaden gjeld", ff_box("Ny", False) + ["<w:r xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:t xml:space=\"preserve\"> Nytt prosjekt   </w:t></w:r>"]
                    + ff_box("Vidare", True) + ["<w:r xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:t xml:space=\"preserve\"> Vidareføring – tredje og siste år</w:t></w:r>"]),
                   ("Oppstart", "01.01.2020"), ("Stillingsressurs", "1 årsverk"),
                   ("Løn og sosiale kostnader", "610 000"), ("Kompetansemidlar", "10 000"), ("Sum søkt", "620 000")])
    doc.add_paragraph("Prioriterte område:")
    for i, (chk, name) in enumerate([(True, "Bruk av ordinært arbeidsliv"),
                                     (False, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                                     (False, "Sikring av sårbare overgangar")]):
        put(doc.add_paragraph(), ff_box(f"Omr{i}", chk), f"  {name}")
    put(doc.add_paragraph(), "Interessert i nettverk/klyngesamarbeid:  ", ff_box("NettJa", True), " Ja   ",
        ff_box("NettNei", False), " Nei")
    put(doc.add_paragraph(), "Interessert i ekstern prosessevaluering:  ", ff_box("EvalJa", False), " Ja   ",
        ff_box("EvalNei", True), " Nei")
    doc.add_paragraph()
    t = doc.add_table(rows=4, cols=2)
    borderless(t)
    for col, (place, seed, name, title) in enumerate([("Stryn, 22.01.2020", "nn06a", "Hallvard Sunde", "Nav-leiar"),
                                                      ("Stryn, 23.01.2020", "nn06b", "Gunn Hilde Flo", "Kommunedirektør")]):
        put(t.cell(0, col).paragraphs[0], "Stad og dato: ", ff_text(f"Stad{col}", place))
        add_ink(t.cell(1, col).paragraphs[0], seed, 4.0)
        put(t.cell(2, col).paragraphs[0], ff_text(f"Namn{col}", name))
        cell_text(t.cell(3, col), title)
    save_doc(doc, out)
    return truth("nn06", "docx", "docx-legacy-fields", lang="nn", scheme=S20,
                 office=("Nav Stryn", "Stryn", org), contact=("Liv Randi Loen", "liv.randi.loen@nav.no", "57874700"),
                 project=("Inkludering på arbeidsplassen", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Hallvard Sunde", "Nav-leiar", "2020-01-22", "handwritten"),
                       ("municipality", "Gunn Hilde Flo", "Kommunedirektør", "2020-01-23", "handwritten")],
                 notes=["near-miss: continuation in its third and last year (limit is beyond the third);",
                        "'1 årsverk' at exactly 610 000; legacy boxes ticked with w:checked (w:default 0)"])


# ---------------------------------------------------------------- nn07 docx-legacy-fields, Nav Ørsta (defect: org number)
def nn07(out: Path):
    bad = orgnr("97455210", valid=False)
    doc = new_doc("Verdana", 9, HEAD)
    doc.add_paragraph("A. SØKJAR").runs[0].bold = True
    for i, (label, value) in enumerate([("Nav-kontor", "Nav Ørsta"), ("Kommune", "Ørsta"), ("Organisasjonsnr.", bad),
                                        ("Kontaktperson", "Oddbjørg Hovden"), ("E-post", "oddbjorg.hovden@nav.no"),
                                        ("Tlf.", "700 49 200")]):
        put(doc.add_paragraph(), f"{label}:\t", ff_text(f"A{i}", value))
    doc.add_paragraph("B. PROSJEKTET").runs[0].bold = True
    for i, (label, value) in enumerate([("Prosjekttittel", "Ny start i Ørsta"), ("Oppstart", "1. august 2020"),
                                        ("Stilling", "60 % stilling som flyktningrettleiar")]):
        put(doc.add_paragraph(), f"{label}:\t", ff_text(f"B{i}", value))
    put(doc.add_paragraph(), ff_box("B_ny", True), " Nytt prosjekt  ", ff_box("B_vf", False), " Vidareføring")
    doc.add_paragraph("C. PRIORITERTE OMRÅDE").runs[0].bold = True
    for i, (chk, name) in enumerate([(False, "Bruk av ordinært arbeidsliv"),
                                     (True, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                                     (False, "Sikring av sårbare overgangar")]):
        put(doc.add_paragraph(), ff_box(f"C{i}", chk), f"  {name}")
    doc.add_paragraph("D. BUDSJETT").runs[0].bold = True
    for i, (label, value) in enumerate([("Løn og sosiale kostnader", "360 000"), ("Kompetanse", "5 000"),
                                        ("Sum", "365 000")]):
        put(doc.add_paragraph(), f"{label}:\t", ff_text(f"D{i}", value), " kr")
    doc.add_paragraph("E. NETTVERK OG EVALUERING").runs[0].bold = True
    put(doc.add_paragraph(), "Nettverk/klynge: ", ff_box("E1j", True), " Ja ", ff_box("E1n", False), " Nei")
    put(doc.add_paragraph(), "Ekstern prosessevaluering: ", ff_box("E2j", True), " Ja ", ff_box("E2n", False), " Nei")
    doc.add_paragraph("F. UNDERSKRIFT").runs[0].bold = True
    for seed, place, name in [("nn07a", "Ørsta, 21.01.2020", "Magne Vartdal, Nav-leiar"),
                              ("nn07b", "Ørsta, 24.01.2020", "Ragnhild Bjørdal, kommunedirektør")]:
        put(doc.add_paragraph(), "Stad og dato: ", ff_text("S" + seed, place))
        add_ink(doc.add_paragraph(), seed, 3.8)
        put(doc.add_paragraph(), "Underskrift: ", ff_text("N" + seed, name))
    save_doc(doc, out)
    return truth("nn07", "docx", "docx-legacy-fields", lang="nn", scheme=S20,
                 office=("Nav Ørsta", "Ørsta", bad), contact=("Oddbjørg Hovden", "oddbjorg.hovden@nav.no", "70049200"),
                 project=("Ny start i Ørsta", "new", "2020-08-01"), pct=60,
                 amounts={"positions": 360000, "competence": 5000, "total": 365000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Magne Vartdal", "Nav-leiar", "2020-01-21", "handwritten"),
                       ("municipality", "Ragnhild Bjørdal", "kommunedirektør", "2020-01-24", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"], notes=[f"defect: org number {bad} fails MOD11"])
