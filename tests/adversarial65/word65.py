"""Word documents of corpus 65 (docx-form, docx-letter, docx-controls, docx-legacy-fields) and the Word
sources of its pdf-from-office documents. Each builder writes one file and returns its truth."""
from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Cm, Pt

from kit65 import (S20, _borderless, _ff_box, _ff_text, _put, _sdt_box, _sdt_date, _sdt_text, add_ink, cell_text,
                   new_doc, save_doc, soffice_pdf, truth)


def _grid(doc, rows, widths=(6.0, 10.5), shade="E8EEF4"):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in rows:
        r = t.add_row().cells
        cell_text(r[0], label, bold=True, shade=shade)
        cell_text(r[1], value)
        r[0].width, r[1].width = Cm(widths[0]), Cm(widths[1])
    return t


# ---------------------------------------------------------------- mm01 docx-form nb, three municipalities sign
def mm01(out: Path):
    doc = new_doc("Arial", 10, "Søknad Vest-Telemark")
    p = doc.add_paragraph()
    r = p.add_run("NAV VEST-TELEMARK\nVertskommune: Kviteseid  ·  Samarbeidskommuner: Kviteseid, Nissedal og Fyresdal")
    r.bold, r.font.size = True, Pt(9)
    doc.add_heading("Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 1)
    doc.add_paragraph("A  Opplysninger om søker")
    _grid(doc, [("Søkende Nav-kontor", "Nav Vest-Telemark (interkommunalt Nav-kontor)"),
                ("Vertskommune", "Kviteseid"),
                ("Kommuner som deltar", "Kviteseid, Nissedal, Fyresdal"),
                ("Organisasjonsnr. (vertskommunen)", "967 856 312"),
                ("Kontaktperson for søknaden", "Turid Haugland, prosjektkoordinator"),
                ("E-postadresse", "Turid.Haugland@nav.no"),
                ("Telefon (dagtid)", "35 06 84 10")])
    doc.add_paragraph("B  Om prosjektet")
    _grid(doc, [("Prosjektets navn", "Hele Vest-Telemark i arbeid"),
                ("Nytt prosjekt eller videreføring", "(X) Nytt prosjekt     ( ) Videreføring"),
                ("Planlagt oppstart", "01.04.2020"),
                ("Omsøkte stillinger", "Koordinator 100 % og jobbspesialist 50 % – til sammen 150 %"),
                ("Kort beskrivelse",
                 "Tre små kommuner med lange avstander deler ett Nav-kontor. Prosjektet skal bygge et felles "
                 "arbeidsgivernettverk i de tre kommunene, slik at flere som mottar sosialhjelp får prøve seg "
                 "i ordinære virksomheter med tett oppfølging fra jobbspesialisten.")])
    doc.add_paragraph("C  Prioriterte områder (kryss av)")
    for mark, txt in [("X", "Bruk av ordinært arbeidsliv"), (" ", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                      (" ", "Sikring av sårbare overganger")]:
        doc.add_paragraph(f"({mark})  {txt}")
    doc.add_paragraph("D  Budsjett 2020")
    b = doc.add_table(rows=0, cols=3)
    b.style = "Table Grid"
    for row in [("Post", "Stilling", "Beløp (kr)"), ("Lønn og sosiale kostnader – koordinator", "100 %", "610 000"),
                ("Lønn og sosiale kostnader – jobbspesialist", "50 %", "305 000"),
                ("Prosjektspesifikk kompetanse", "", "10 000"), ("Totalt omsøkt", "150 %", "925 000")]:
        c = b.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v, bold=row[0] in ("Post", "Totalt omsøkt"))
    doc.add_paragraph("E  Samarbeid")
    doc.add_paragraph("Ønsker kontoret å delta i nettverk/klyngesamarbeid?   (X) Ja   ( ) Nei")
    doc.add_paragraph("Ønsker kontoret ekstern prosessevaluering?   ( ) Ja   (X) Nei")
    doc.add_paragraph("F  Underskrifter – søknaden skal være forankret i ledelsen i alle deltakende kommuner")
    s = doc.add_table(rows=1, cols=4)
    s.style = "Table Grid"
    for i, h in enumerate(("Instans", "Sted og dato", "Underskrift", "Navn med blokkbokstaver")):
        cell_text(s.rows[0].cells[i], h, bold=True, shade="D9D9D9")
    for inst, place, seed, name in [("Leder Nav Vest-Telemark", "Kviteseid 22.01.2020", "mm01a", "ASLAUG TVEITEN"),
                                    ("Kommunedirektør, Kviteseid kommune", "Kviteseid 23.01.2020", "mm01b", "HALVOR NORDBØ"),
                                    ("Rådmann, Nissedal kommune", "Treungen 27.01.2020", "mm01c", "KJELLAUG STRAUME"),
                                    ("Kommunedirektør, Fyresdal kommune", "Fyresdal 28.01.2020", "mm01d", "EIRIK MOLAND")]:
        c = s.add_row().cells
        cell_text(c[0], inst)
        cell_text(c[1], place)
        add_ink(c[2].paragraphs[0], seed, 3.2)
        cell_text(c[3], name)
    save_doc(doc, out)
    return truth("mm01", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Vest-Telemark", "Kviteseid", "967856312"),
                 contact=("Turid Haugland", "turid.haugland@nav.no", "35068410"),
                 project=("Hele Vest-Telemark i arbeid", "new", "2020-04-01"), pct=150,
                 amounts={"positions": 915000, "competence": 10000, "total": 925000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "ASLAUG TVEITEN", "Nav-leder", "2020-01-22", "handwritten"),
                       ("municipality", "HALVOR NORDBØ", "Kommunedirektør", "2020-01-23", "handwritten"),
                       ("municipality", "KJELLAUG STRAUME", "Rådmann", "2020-01-27", "handwritten"),
                       ("municipality", "EIRIK MOLAND", "Kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["near-miss: inter-municipal office, host Kviteseid; 150 % at exactly 915 000 (cap 610 000 × 1.5)",
                        "three municipal leaders each sign (each a municipality signature); names in block capitals"])


# ---------------------------------------------------------------- mm03 docx-letter nb, Oslo district
def mm03(out: Path):
    doc = new_doc("Georgia", 11, "Søknad Nav Stovner")
    p = doc.add_paragraph()
    r = p.add_run("Oslo kommune\nBydel Stovner\nNav Stovner")
    r.bold = True
    doc.add_paragraph("Statsforvalteren i Oslo og Viken\nPostboks 325\n1502 Moss")
    doc.add_paragraph("Vår dato: 30.01.2020        Vår ref.: 20/118-2        Saksbehandler: Sunniva Akhtar")
    doc.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – «Familiekraft Stovner»", 2)
    for t in [
        "Nav Stovner søker med dette om videreføring av prosjektet «Familiekraft Stovner». Dette er prosjektets "
        "andre år; første tilskudd ble gitt for 2019. Søknaden er utarbeidet i samarbeid med bydelens egne "
        "tjenester – barneverntjenesten, helsestasjonen og Ungdomstjenesten i Bydel Stovner – men det er Nav Stovner "
        "som søker og som eier prosjektet.",
        "Målgruppen er barnefamilier med lav inntekt, mange av dem med innvandrerbakgrunn, der foreldrene har stått "
        "lenge utenfor arbeid. Familiekoordinatorene følger opp hele familien samlet og samordner tiltakene fra Nav "
        "og bydelen, slik at barna ikke blir værende i lavinntekt.",
        "Vi søker om midler til to hele stillinger som familiekoordinator (200 %), til sammen kr 1 220 000 i lønn og "
        "sosiale kostnader, og kr 10 000 til prosjektspesifikk kompetanse (veiledning i familiesamtaler). Samlet søknadsbeløp "
        "er kr 1 230 000. Bydelen dekker selv kontorplass og leder­ressurs. Videreføringen starter 1. mars 2020.",
        "Kontaktperson er prosjektleder Sunniva Akhtar, telefon 23 43 70 18.",
        "Vi er interessert i å delta i nettverk med andre prosjekter, men ønsker ikke ekstern prosessevaluering i år.",
        "Organisasjonsnummer (Oslo kommune, Bydel Stovner): 995 402 610.",
    ]:
        doc.add_paragraph(t)
    doc.add_paragraph("Med vennlig hilsen")
    t = doc.add_table(rows=3, cols=2)
    _borderless(t)
    add_ink(t.cell(0, 0).paragraphs[0], "mm03a", 4.0)
    add_ink(t.cell(0, 1).paragraphs[0], "mm03b", 4.0)
    cell_text(t.cell(1, 0), "Kari Ulvestad")
    cell_text(t.cell(1, 1), "Mohammed Rashid")
    cell_text(t.cell(2, 0), "leder, Nav Stovner")
    cell_text(t.cell(2, 1), "bydelsdirektør, Bydel Stovner")
    save_doc(doc, out)
    return truth("mm03", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Stovner", "Oslo", "995402610"), contact=("Sunniva Akhtar", None, "23437018"),
                 project=("Familiekraft Stovner", "continuation", "2020-03-01"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "total": 1230000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Kari Ulvestad", "Leder", "2020-01-30", "handwritten"),
                       ("municipality", "Mohammed Rashid", "Bydelsdirektør", "2020-01-30", "handwritten")],
                 notes=["near-miss: Oslo district, the bydelsdirektør is the municipal leadership; 200 % at exactly the cap",
                        "the district's own services (barnevern, helsestasjon, Ungdomstjenesten) are partners, not the applicant",
                        "contact by phone only (reachable); signature dates = the letter's date"])


# ---------------------------------------------------------------- mm05 docx-controls nb, Kautokeino bilingual
def mm05(out: Path):
    doc = new_doc("Calibri", 10.5, "Ohcan – Søknad")
    p = doc.add_paragraph()
    p.add_run("Guovdageainnu suohkan – Kautokeino kommune\nNAV Guovdageaidnu / NAV Kautokeino").bold = True
    doc.add_heading("Ohcan – Søknad", 1)
    doc.add_paragraph("Doarjja sosiála bálvalusaid ovddideapmái NAV-kantuvrras / Tilskudd til utvikling av sosiale "
                      "tjenester i Nav-kontoret – 2020")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def row(label, *parts):
        c = t.add_row().cells
        cell_text(c[0], label, bold=True, shade="FFF2CC")
        _put(c[1], *parts)
    row("Ohcci / Søker (Nav-kontor)", _sdt_text("Kontor", "Nav Kautokeino"))
    row("Suohkan / Kommune", _sdt_text("Kommune", "Kautokeino"))
    row("Org.nr.", _sdt_text("Orgnr", "998022983"))
    row("Oktavuohtaolmmoš / Kontaktperson", _sdt_text("Kontakt", "Inga Marja Sara"))
    row("E-poasta / E-post", _sdt_text("Epost", "inga.marja.sara@nav.no"))
    row("Telefovdna / Telefon", _sdt_text("Tlf", "784 87 100"))
    row("Prošeavtta namma / Prosjektnavn", _sdt_text("Tittel", "Bargu ja birgejupmi – Arbeid og mestring"))
    row("Ođđa prošeakta / Nytt prosjekt", _sdt_box(True), " Ja / Juo   ", _sdt_box(False), " Nei / Ii")
    row("Álggahanbeaivi / Oppstart", _sdt_date("Oppstart", "2020-05-01", "01.05.2020"))
    row("Virgeproseanta / Stillingsprosent", _sdt_text("Prosent", "100 %"))
    row("Bálká ja sosiála goasttut / Lønn og sosiale kostnader", _sdt_text("Lonn", "560 000"))
    row("Gelbbolašvuohta / Kompetansemidler", _sdt_text("Komp", "10 000"))
    row("Oktiibuot / Totalt omsøkt", _sdt_text("Sum", "570 000"))
    row("Bruk av ordinært arbeidsliv", _sdt_box(False))
    row("Oppfølging av barnefamilier, ungdom og innvandrere", _sdt_box(True))
    row("Sikring av sårbare overganger", _sdt_box(True))
    row("Fierpmádat / Nettverk/klyngesamarbeid", _sdt_box(True), " Ja  ", _sdt_box(False), " Nei")
    row("Olggobeale proseassaárvvoštallan / Ekstern prosessevaluering", _sdt_box(False), " Ja  ", _sdt_box(True), " Nei")
    doc.add_paragraph()
    doc.add_paragraph("Prošeakta / Om prosjektet: Unge mellom 16 og 24 år som faller ut av videregående skole i "
                      "Kautokeino og Alta får en fast kontaktperson som følger dem fra skole til arbeid eller ny "
                      "utdanning, på samisk eller norsk etter eget ønske. Reindriftsfamilier med barn får veiledning "
                      "om ordninger i Nav og kommunen.")
    doc.add_paragraph("Dokumentet er elektronisk godkjent i kommunens saksbehandlingssystem og har derfor ingen "
                      "håndskrevne underskrifter.")
    doc.add_paragraph("Godkjent av: Johan Mathis Gaup, leder NAV Kautokeino – 27.01.2020")
    doc.add_paragraph("Godkjent av: Ellen Marit Eira, kommunedirektør – 29.01.2020")
    save_doc(doc, out)
    return truth("mm05", "docx", "docx-controls", lang="nb", scheme=S20,
                 office=("Nav Kautokeino", "Kautokeino", "998022983"),
                 contact=("Inga Marja Sara", "inga.marja.sara@nav.no", "78487100"),
                 project=("Bargu ja birgejupmi – Arbeid og mestring", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 560000, "competence": 10000, "total": 570000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Johan Mathis Gaup", "Leder", "2020-01-27", "electronic_approval"),
                       ("municipality", "Ellen Marit Eira", "Kommunedirektør", "2020-01-29", "electronic_approval")],
                 notes=["near-miss: Northern Sami beside Norwegian in the header, every label and the project title",
                        "the phone written in the 3-2-3 grouping '784 87 100'"])


# ---------------------------------------------------------------- mm10 docx-form nb, a municipal service applies
def mm10(out: Path):
    doc = new_doc("Cambria", 10.5, "Søknad Karasjok")
    doc.add_paragraph().add_run("Kárášjoga gielda – Karasjok kommune\nDearvvašvuođa- ja fuolahusossodat / "
                                "Helse- og omsorgsetaten").bold = True
    doc.add_heading("Søknad om tilskudd – sosiale tjenester i Nav-kontoret, 2020", 1)
    _grid(doc, [("Søker og prosjekteier", "Karasjok kommune, helse- og omsorgsetaten (psykisk helse og rus)"),
                ("Samarbeidspartner", "NAV Kárášjohka/Karasjok"),
                ("Kommune", "Karasjok"),
                ("Org.nr.", "960 414 470"),
                ("Kontaktperson", "Máret Ánne Balto – avdelingsleder psykisk helse og rus"),
                ("E-post / telefon", "maret.anne.balto@karasjok.kommune.no / 78 46 72 00"),
                ("Prosjektnavn", "Eallin – et liv i arbeid"),
                ("Type", "Nytt prosjekt"),
                ("Oppstart", "1. juni 2020"),
                ("Stilling", "Miljøterapeut i 80 % stilling, ansatt i helse- og omsorgsetaten"),
                ("Budsjett", "Lønn og sosiale kostnader 488 000 kr\nKompetanse 10 000 kr\nSum søknad 498 000 kr"),
                ("Prioritert område", "[x] Sikring av sårbare overganger   [ ] Bruk av ordinært arbeidsliv   "
                                      "[ ] Oppfølging av barnefamilier, ungdom og innvandrere"),
                ("Nettverk / prosessevaluering", "Ja / Ja")], shade="DDEBF7")
    doc.add_paragraph("Prosjektet ledes og drives av kommunens helse- og omsorgsetat. Miljøterapeuten skal følge opp "
                      "personer som skrives ut fra døgnbehandling i rus og psykisk helse, og NAV Karasjok deltar i "
                      "styringsgruppen.")
    doc.add_paragraph("Underskrifter")
    t = doc.add_table(rows=2, cols=2)
    _borderless(t)
    add_ink(t.cell(0, 0).paragraphs[0], "mm10a", 4.0)
    add_ink(t.cell(0, 1).paragraphs[0], "mm10b", 4.0)
    cell_text(t.cell(1, 0), "Nils Ole Anti, rådmann\nKarasjok, 24.01.2020")
    cell_text(t.cell(1, 1), "Risten Hætta, leder NAV Karasjok\nKarasjok, 24.01.2020")
    save_doc(doc, out)
    return truth("mm10", "docx", "docx-form", lang="nb", scheme=S20,
                 office=(None, "Karasjok", "960414470"),
                 contact=("Máret Ánne Balto", "maret.anne.balto@karasjok.kommune.no", "78467200"),
                 project=("Eallin – et liv i arbeid", "new", "2020-06-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "total": 498000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("municipality", "Nils Ole Anti", "Rådmann", "2020-01-24", "handwritten"),
                       ("nav_leader", "Risten Hætta", "Leder", "2020-01-24", "handwritten")],
                 expected=["APPLICANT_NOT_NAV_OFFICE"], ignore=["office.name"],
                 notes=["defect: the applicant and project owner is the municipality's health and care department; "
                        "NAV Kárášjohka/Karasjok is only a partner; office.name not scored"])


# ---------------------------------------------------------------- mm12 docx-letter nb, Porsanger, sum mismatch
def mm12(out: Path):
    doc = new_doc("Times New Roman", 12, "Søknad Porsanger")
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h.add_run("Porsáŋggu gielda · Porsangin komuuni · Porsanger kommune\nNAV Porsanger").bold = True
    doc.add_paragraph("Lakselv, 21. januar 2020")
    doc.add_paragraph("Til Fylkesmannen i Troms og Finnmark")
    doc.add_paragraph().add_run("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret for 2020").bold = True
    for t in [
        "NAV Porsanger (org.nr. 991 282 122) søker om midler til det nye prosjektet «Arbeidsvei Porsanger». Vi ønsker å "
        "bruke lokale arbeidsgivere i fiskeindustri, reindrift og handel aktivt for å få flere sosialhjelpsmottakere over "
        "i ordinært arbeid. Prosjektet starter 1. april 2020.",
        "Vi søker om én 100 % stilling som jobbkonsulent. Budsjettet er satt opp slik:",
    ]:
        doc.add_paragraph(t)
    b = doc.add_table(rows=0, cols=2)
    b.style = "Light List Accent 1"
    for a, v in [("Kostnad", "Kroner"), ("Jobbkonsulent 100 %, lønn inkl. sosiale kostnader", "585 000"),
                 ("Kompetanseheving (prosjektspesifikk)", "9 000"), ("Sum omsøkt", "604 000")]:
        c = b.add_row().cells
        cell_text(c[0], a)
        cell_text(c[1], v)
    for t in [
        "Kontaktperson: Aslak Nilsen Somby, aslak.nilsen.somby@nav.no, mobil 916 42 775.",
        "NAV Porsanger er interessert i klyngesamarbeid og i ekstern prosessevaluering.",
    ]:
        doc.add_paragraph(t)
    doc.add_paragraph("Med hilsen")
    t = doc.add_table(rows=2, cols=2)
    _borderless(t)
    add_ink(t.cell(0, 0).paragraphs[0], "mm12a", 4.2)
    add_ink(t.cell(0, 1).paragraphs[0], "mm12b", 4.2)
    cell_text(t.cell(1, 0), "Liv Marit Isaksen\nNAV-leder")
    cell_text(t.cell(1, 1), "Bjørnar Mikkola\nrådmann")
    save_doc(doc, out)
    return truth("mm12", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Porsanger", "Porsanger", "991282122"),
                 contact=("Aslak Nilsen Somby", "aslak.nilsen.somby@nav.no", "91642775"),
                 project=("Arbeidsvei Porsanger", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 585000, "competence": 9000, "total": 604000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Liv Marit Isaksen", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Bjørnar Mikkola", "Rådmann", "2020-01-21", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["defect: 585 000 + 9 000 = 594 000, the table's sum says 604 000",
                        "trilingual header (Northern Sami, Kven, Norwegian); signature dates = the letter's date"])


# ---------------------------------------------------------------- mm16 docx-legacy-fields nn, one signs for all
def mm16(out: Path):
    doc = new_doc("Verdana", 9.5, "Søknad Nav Nordhordland")
    doc.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", 1)
    doc.add_paragraph("Interkommunalt Nav-kontor – vertskommune Alver, samarbeidskommunar Austrheim, Fedje og Masfjorden")

    def line(label, name, value):
        p = doc.add_paragraph(f"{label}  ")
        for x in _ff_text(name, value):
            p._p.append(parse_xml(x))

    def boxes(label, items):
        p = doc.add_paragraph(f"{label}  ")
        for name, checked, text in items:
            for x in _ff_box(name, checked):
                p._p.append(parse_xml(x))
            p.add_run(f" {text}   ")
    doc.add_paragraph().add_run("1 Søkjar").bold = True
    line("Namn på Nav-kontoret:", "kontor", "Nav Nordhordland")
    line("Vertskommune:", "kommune", "Alver")
    line("Organisasjonsnummer:", "orgnr", "926 286 536")
    line("Kontaktperson:", "kontakt", "Solveig Hopland")
    line("E-post:", "epost", "solveig.hopland@nav.no")
    line("Telefon:", "tlf", "56 37 50 00")
    doc.add_paragraph().add_run("2 Prosjektet").bold = True
    line("Namn på prosjektet:", "tittel", "Saman over fjorden")
    boxes("Søknaden gjeld:", [("ny", False, "nytt prosjekt"), ("vf", True, "vidareføring – 2. år")])
    line("Prosjektet starta / held fram frå:", "start", "01.01.2020")
    line("Stillingar:", "stilling", "ei stilling (100 %)")
    doc.add_paragraph().add_run("3 Budsjett").bold = True
    line("Løn og sosiale kostnader:", "lonn", "598 000")
    line("Kompetansemidlar:", "komp", "10 000")
    line("Sum det vert søkt om:", "sum", "608 000")
    doc.add_paragraph().add_run("4 Prioriterte område").bold = True
    boxes("", [("a1", False, "Bruk av ordinært arbeidsliv")])
    boxes("", [("a2", True, "Oppfølging av barnefamiliar, ungdom og innvandrarar")])
    boxes("", [("a3", False, "Sikring av sårbare overgangar")])
    boxes("Nettverk/klyngesamarbeid:", [("n1", True, "Ja"), ("n2", False, "Nei")])
    boxes("Ekstern prosessevaluering:", [("e1", True, "Ja"), ("e2", False, "Nei")])
    doc.add_paragraph("Ungdomskontakten følgjer opp unge busette flyktningar og unge utan fullført vidaregåande i alle "
                      "fire kommunane, med faste dagar på kvar kommunestad.")
    doc.add_paragraph().add_run("5 Underskrift").bold = True
    doc.add_paragraph("Etter vertskommuneavtalen for Nav Nordhordland signerer kommunedirektøren i Alver på vegner "
                      "av alle fire samarbeidskommunane.")
    t = doc.add_table(rows=3, cols=2)
    _borderless(t)
    cell_text(t.cell(0, 0), "Knarvik, 24.01.2020")
    cell_text(t.cell(0, 1), "Knarvik, 27.01.2020")
    add_ink(t.cell(1, 0).paragraphs[0], "mm16a", 4.0)
    add_ink(t.cell(1, 1).paragraphs[0], "mm16b", 4.0)
    cell_text(t.cell(2, 0), "Terje Fosse\nNav-leiar")
    cell_text(t.cell(2, 1), "Ingrid Kvamme\nkommunedirektør i Alver")
    save_doc(doc, out)
    return truth("mm16", "docx", "docx-legacy-fields", lang="nn", scheme=S20,
                 office=("Nav Nordhordland", "Alver", "926286536"),
                 contact=("Solveig Hopland", "solveig.hopland@nav.no", "56375000"),
                 project=("Saman over fjorden", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 598000, "competence": 10000, "total": 608000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Terje Fosse", "Nav-leiar", "2020-01-24", "handwritten"),
                       ("municipality", "Ingrid Kvamme", "Kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["near-miss: four municipalities, only the host's kommunedirektør signs, for all under the "
                        "vertskommune agreement: one municipality signature is enough"])


# ---------------------------------------------------------------- mm18 docx-form nn, merged Ullensvang with own services
def mm18(out: Path):
    doc = new_doc("Calibri", 10.5, "Søknad Nav Ullensvang")
    doc.add_paragraph().add_run("Ullensvang kommune  |  Nav Ullensvang  |  Eining for psykisk helse og rus").bold = True
    doc.add_heading("Søknad – tilskot til utvikling av sosiale tenester i Nav-kontoret (2020)", 1)
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for a, b, c, d in [("Søkjar", "Nav Ullensvang", "Kommune", "Ullensvang"),
                       ("Org.nr.", "998 593 042", "Kontaktperson", "Gunvor Lægreid"),
                       ("E-post", "gunvor.laegreid@nav.no", "Telefon", "53 65 40 00"),
                       ("Prosjekt", "Arbeid fyrst i Hardanger", "Oppstart", "august 2020"),
                       ("Søknadstype", "Nytt", "Stilling", "50-prosent stilling")]:
        c4 = t.add_row().cells
        cell_text(c4[0], a, bold=True, shade="E2EFDA")
        cell_text(c4[1], b)
        cell_text(c4[2], c, bold=True, shade="E2EFDA")
        cell_text(c4[3], d)
    doc.add_paragraph()
    doc.add_paragraph("Samarbeidspartar i kommunen: eining for psykisk helse og rus, flyktningtenesta og "
                      "vaksenopplæringa i Ullensvang kommune. Nav Ullensvang er søkjar og prosjekteigar.")
    doc.add_paragraph("Prosjektet skal hjelpe personar med rusutfordringar ut i lønt arbeid hjå vanlege arbeidsgjevarar "
                      "i fruktnæringa og reiselivet, med ein jobbspesialist som følgjer både arbeidstakar og arbeidsgjevar.")
    doc.add_paragraph("Budsjett: løn og sosiale kostnader 305 000 kr. Det vert ikkje søkt om kompetansemidlar. "
                      "Samla søknadssum 305 000 kr.")
    doc.add_paragraph("Prioritert område: ■ Bruk av ordinært arbeidsliv  □ Oppfølging av barnefamiliar, ungdom og "
                      "innvandrarar  □ Sikring av sårbare overgangar")
    doc.add_paragraph("Nettverk/klynge: Nei.   Ekstern prosessevaluering: Nei.")
    doc.add_paragraph("Ullensvang kommune vart skipa 1. januar 2020 av dei tidlegare kommunane Odda, Ullensvang og Jondal.")
    s = doc.add_table(rows=4, cols=2)
    s.style = "Table Grid"
    cell_text(s.cell(0, 0), "For Nav Ullensvang", bold=True)
    cell_text(s.cell(0, 1), "For Ullensvang kommune", bold=True)
    add_ink(s.cell(1, 0).paragraphs[0], "mm18a", 3.8)
    add_ink(s.cell(1, 1).paragraphs[0], "mm18b", 3.8)
    cell_text(s.cell(2, 0), "Namn: Øystein Tveit, Nav-leiar")
    cell_text(s.cell(2, 1), "Namn: Hege Tokheim, kommunalsjef helse og velferd")
    cell_text(s.cell(3, 0), "Dato: 29.01.2020")
    cell_text(s.cell(3, 1), "Dato: 30.01.2020")
    save_doc(doc, out)
    return truth("mm18", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Ullensvang", "Ullensvang", "998593042"),
                 contact=("Gunvor Lægreid", "gunvor.laegreid@nav.no", "53654000"),
                 project=("Arbeid fyrst i Hardanger", "new", "2020-08-01"), pct=50,
                 amounts={"positions": 305000, "competence": None, "total": 305000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, False),
                 sigs=[("nav_leader", "Øystein Tveit", "Nav-leiar", "2020-01-29", "handwritten"),
                       ("municipality", "Hege Tokheim", "Kommunalsjef helse og velferd", "2020-01-30", "handwritten")],
                 notes=["near-miss: the municipality's own units (psykisk helse og rus, flyktningtenesta) named beside "
                        "the office in the header; 50 % at exactly 305 000; no competence applied for (null)",
                        "merged municipality (Odda, Ullensvang, Jondal) mentioned; kommunalsjef signs"])


# ---------------------------------------------------------------- pdf-from-office sources: mergers
def _merger_doc(lang, head, rows, desc, areas, sign_rows, footer):
    doc = new_doc("Liberation Sans", 10, "Søknad")
    doc.add_paragraph().add_run(head[0]).bold = True
    doc.add_heading(head[1], 1)
    _grid(doc, rows, shade="EDEDED")
    doc.add_paragraph()
    for d in desc:
        doc.add_paragraph(d)
    for a in areas:
        doc.add_paragraph(a)
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(sign_rows):
        c = t.add_row().cells
        for j, v in enumerate(row):
            if i and j == 3:
                add_ink(c[3].paragraphs[0], v, 3.5)
            else:
                cell_text(c[j], v, bold=(i == 0))
    fp = doc.sections[0].footer.paragraphs[0]
    fp.text = footer
    fp.runs[0].font.size = Pt(8)
    return doc


def mm04(out: Path):
    src = out.with_suffix(".docx")
    doc = _merger_doc("nb", ("Lillestrøm kommune – Nav Lillestrøm",
                             "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"),
                      [("Søker", "Nav Lillestrøm (tidligere Nav Skedsmo, Nav Fet og Nav Sørum)"),
                       ("Kommune", "Lillestrøm"), ("Organisasjonsnummer", "924 483 777"),
                       ("Kontaktperson", "Jørgen Lindholm"), ("E-post", "jorgen.lindholm@nav.no"),
                       ("Telefon", "66 93 80 00"), ("Prosjekttittel", "Ny kommune – nye muligheter"),
                       ("Nytt prosjekt / videreføring", "Nytt prosjekt"), ("Oppstart", "15.03.2020"),
                       ("Stillinger", "1 årsverk"), ("Lønn og sosiale kostnader", "kr 602 000,-"),
                       ("Kompetanse", "kr 8 000,-"), ("Sum omsøkt", "kr 610 000,-"),
                       ("Nettverk/klyngesamarbeid", "Nei"), ("Ekstern prosessevaluering", "Ja")],
                      ["Etter sammenslåingen 1. januar 2020 skal tre kontorer bli ett. Prosjektet skal gi ungdom og "
                       "unge voksne i overgangen mellom videregående skole, helsetjenester og arbeid en sammenhengende "
                       "oppfølging, uavhengig av hvilket tidligere kontor de hørte til."],
                      ["Prioritert område: Sikring av sårbare overganger."],
                      [("Rolle", "Navn", "Dato", "Underskrift"), ("Leder Nav Lillestrøm", "Anette Fossum", "23.01.2020", "mm04a"),
                       ("Kommunedirektør", "Trond Kristiansen", "24.01.2020", "mm04b")],
                      "Lillestrøm kommune · Postboks 313, 2001 Lillestrøm · Org.nr. 924 483 777 · "
                      "Tidligere Skedsmo kommune, org.nr. 944 383 565")
    save_doc(doc, src)
    soffice_pdf(src, out)
    src.unlink()
    return truth("mm04", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Lillestrøm", "Lillestrøm", "924483777"),
                 contact=("Jørgen Lindholm", "jorgen.lindholm@nav.no", "66938000"),
                 project=("Ny kommune – nye muligheter", "new", "2020-03-15"), pct=100,
                 amounts={"positions": 602000, "competence": 8000, "total": 610000},
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Anette Fossum", "Leder", "2020-01-23", "handwritten"),
                       ("municipality", "Trond Kristiansen", "Kommunedirektør", "2020-01-24", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"],
                 notes=["defect: the new municipality's number 924 483 777 fails MOD11 (field and footer agree); the "
                        "footer's old Skedsmo number 944 383 565 is valid but is the former municipality's",
                        "office renamed after a merger: 'Nav Lillestrøm (tidligere Nav Skedsmo, Nav Fet og Nav Sørum)'"])


def mm07(out: Path):
    src = out.with_suffix(".docx")
    doc = _merger_doc("nn", ("Kinn kommune – Nav Kinn",
                             "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020"),
                      [("Søkjar", "Nav Kinn"), ("Kommune", "Kinn (samanslått frå Flora og Vågsøy 1.1.2020)"),
                       ("Organisasjonsnummer", "927 702 053"),
                       ("Kontaktperson", "Ragnhild Solheim"), ("E-post", "ragnhild.solheim@nav.no"),
                       ("Telefon", "57 75 60 00"), ("Tittel på prosjektet", "Kysten i arbeid"),
                       ("Nytt prosjekt / vidareføring", "Nytt prosjekt"), ("Oppstart", "1. mars 2020"),
                       ("Stillingsressurs", "80 % stilling"), ("Løn og sosiale kostnader", "480 000 kr"),
                       ("Kompetansemidlar", "8 000 kr"), ("Totalt søkt", "488 000 kr"),
                       ("Nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Nei")],
                      ["Nav Kinn (tidlegare Nav Flora og Nav Vågsøy) vil nytte lokale verksemder i fiskeri, "
                       "havbruk og verftsindustri for å få fleire sosialhjelpsmottakarar ut i ordinært arbeid."],
                      ["Prioritert område: Bruk av ordinært arbeidsliv."],
                      [("Rolle", "Namn", "Dato", "Underskrift"), ("Nav-leiar", "Arve Myklebust", "22.01.2020", "mm07a"),
                       ("Kommunedirektør", "Marit Gjerde", "28.01.2020", "mm07b")],
                      "Kinn kommune · Org.nr. 927 702 053  (gamle org.nr.: Flora kommune 964 967 636, "
                      "Vågsøy kommune 964 979 197)")
    save_doc(doc, src)
    soffice_pdf(src, out)
    src.unlink()
    return truth("mm07", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Kinn", "Kinn", "927702053"),
                 contact=("Ragnhild Solheim", "ragnhild.solheim@nav.no", "57756000"),
                 project=("Kysten i arbeid", "new", "2020-03-01"), pct=80,
                 amounts={"positions": 480000, "competence": 8000, "total": 488000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Arve Myklebust", "Nav-leiar", "2020-01-22", "handwritten"),
                       ("municipality", "Marit Gjerde", "Kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["near-miss: merged municipality; the footer lists the two old municipalities' numbers "
                        "beside the new one; the field holds the new one",
                        "municipality field 'Kinn (samanslått frå Flora og Vågsøy 1.1.2020)' → Kinn"])
