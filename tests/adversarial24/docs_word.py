"""Word documents of the 24th corpus (z01-z07) and the Word sources of the LibreOffice PDFs (z12, z13)."""
from __future__ import annotations

import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor
from docx.oxml.ns import qn

import sys
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adversarial2"))
from truthlib import truth  # noqa: E402

from lib24 import ink_file, save_docx, soffice_pdf  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def shade(cell, fill="D9E2F3"):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def bold(cell_or_par, text, size=None):
    p = cell_or_par.paragraphs[0] if hasattr(cell_or_par, "paragraphs") else cell_or_par
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def kv_table(doc, rows, widths=(6.5, 10.5)):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        c = t.add_row().cells
        bold(c[0], k)
        c[1].text = v
        c[0].width, c[1].width = Cm(widths[0]), Cm(widths[1])
    return t


# ============================================================ z01 docx-form nb, Nav Kristiansand
def z01(out: Path):
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i Nav – 2020", 1)
    d.add_paragraph("Sendes Statsforvalteren i Agder innen 1. februar 2020.")
    d.add_heading("Opplysninger om søker", 2)
    kv_table(d, [("Søkende Nav-kontor", "Nav Kristiansand"), ("Kommune", "Kristiansand"),
                 ("Org.nr.", "974 812 010"), ("Kontaktperson", "Ingrid Løvdal"),
                 ("E-postadresse", "Ingrid.Lovdal@nav.no"), ("Telefon (dagtid)", "912 34 567")])
    d.add_heading("Om prosjektet", 2)
    kv_table(d, [("Prosjekttittel", "Jobbløftet Sørlandet"),
                 ("Type søknad", "[X] Nytt prosjekt     [ ] Videreføring"),
                 ("Planlagt oppstart", "01.04.2020"),
                 ("Kort beskrivelse", "Vi vil prøve ut en arbeidsrettet modell der jobbspesialist og "
                  "sosialveileder følger unge ledige og innsatte som løslates fra Kristiansand fengsel, "
                  "inn mot vanlige arbeidsplasser i regionen.")])
    d.add_heading("Prioriterte områder (sett kryss)", 2)
    for mark, txt in (("[X]", "Bruk av ordinært arbeidsliv"),
                      ("[ ]", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                      ("[X]", "Sikring av sårbare overganger")):
        d.add_paragraph(f"{mark}  {txt}")
    d.add_heading("Budsjett for 2020", 2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Stilling / post", "Stillingsprosent", "Beløp (kr)")):
        bold(c, h)
        shade(c)
    for row in (("Jobbspesialist", "100 %", "600 000"), ("Kompetansemidler", "", "10 000"),
                ("Sum omsøkt", "", "610 000")):
        cs = t.add_row().cells
        for c, v in zip(cs, row):
            c.text = v
    d.add_heading("Samarbeid og evaluering", 2)
    d.add_paragraph("Ønsker kontoret å delta i nettverk/klyngesamarbeid?   [X] Ja   [ ] Nei")
    d.add_paragraph("Ønsker kontoret ekstern prosessevaluering?   [ ] Ja   [X] Nei")
    d.add_heading("Underskrifter", 2)
    with tempfile.TemporaryDirectory() as td:
        t = d.add_table(rows=4, cols=2)
        t.style = "Table Grid"
        t.cell(0, 0).text = "Sted/dato: Kristiansand, 27.01.2020"
        t.cell(0, 1).text = "Sted/dato: Kristiansand, 28.01.2020"
        t.cell(1, 0).paragraphs[0].add_run().add_picture(ink_file(101, Path(td)), width=Cm(5))
        t.cell(1, 1).paragraphs[0].add_run().add_picture(ink_file(102, Path(td)), width=Cm(5))
        t.cell(2, 0).text = "Tor Egil Haugland"
        t.cell(2, 1).text = "Camilla Dyrstad"
        t.cell(3, 0).text = "Nav-leder"
        t.cell(3, 1).text = "Kommunedirektør"
        save_docx(d, out, "Ingrid Løvdal")
    return truth("z01", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Kristiansand", "Kristiansand", "974812010"),
                 contact=("Ingrid Løvdal", "ingrid.lovdal@nav.no", "91234567"),
                 project=("Jobbløftet Sørlandet", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=("ordinaert-arbeidsliv", "saarbare-overganger"), interest=(True, False),
                 sigs=[("nav_leader", "Tor Egil Haugland", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Camilla Dyrstad", "Kommunedirektør", "2020-01-28", "handwritten")])


# ============================================================ z02 docx-form nn, Nav Volda (COMPETENCE_OVER_CAP)
def z02(out: Path):
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    p = d.add_paragraph()
    bold(p, "Søknadsskjema – Tilskot til utvikling av sosiale tenester i Nav 2020", 14)
    d.add_paragraph("Skjemaet vert sendt til Statsforvaltaren i Møre og Romsdal.")
    t = d.add_table(rows=0, cols=1)
    t.style = "Table Grid"
    rows = [("Namn på Nav-kontoret", "NAV Volda"), ("Kommune", "Volda"), ("Organisasjonsnummer", "964203172"),
            ("Kontaktperson i prosjektet", "Sigrun Aarflot, rettleiar"),
            ("E-post / telefon", "sigrun.aarflot@nav.no / 70 05 81 20"),
            ("Prosjektnamn", "«Tidleg inn – saman med familien»"),
            ("Nytt prosjekt eller vidareføring?", "■ Nytt prosjekt   □ Vidareføring"),
            ("Når startar prosjektet?", "1. mars 2020"),
            ("Kva skal prosjektet gjere?",
             "To deltidsstillingar skal gje tett og heilskapleg oppfølging av barnefamiliar med låg inntekt "
             "og av unge innvandrarar, med vekt på skule, arbeid og bustad.")]
    for k, v in rows:
        c = t.add_row().cells[0]
        bold(c, k)
        shade(c, "EDEDED")
        t.add_row().cells[0].text = v
    d.add_paragraph()
    bold(d.add_paragraph(), "Prioriterte område")
    for m, txt in (("□", "Bruk av ordinært arbeidsliv"), ("■", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                   ("□", "Sikring av sårbare overgangar")):
        d.add_paragraph(f"{m} {txt}")
    bold(d.add_paragraph(), "Budsjett (kroner)")
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for r in (("Stilling", "Prosent", "Lønn og sosiale kostnader"), ("Miljøterapeut", "50 %", "300 000"),
              ("Familierettleiar", "50 %", "295 000"), ("Kompetansemidlar (kurs i familiearbeid)", "", "25 000"),
              ("Sum det vert søkt om", "", "620 000")):
        cs = t.add_row().cells
        for c, v in zip(cs, r):
            c.text = v
    d.add_paragraph()
    d.add_paragraph("Ønskjer kontoret å delta i nettverk/klyngesamarbeid?  ■ Ja  □ Nei")
    d.add_paragraph("Ønskjer kontoret ekstern prosessevaluering?  ■ Ja  □ Nei")
    bold(d.add_paragraph(), "Godkjenning")
    d.add_paragraph("Dokumentet er elektronisk godkjent og har difor ingen handskriven signatur.")
    d.add_paragraph("Åshild Rotevatn, Nav-leiar – godkjent 24.01.2020")
    d.add_paragraph("Rune Sjurgard, kommunedirektør – godkjent 27.01.2020")
    save_docx(d, out, "Sigrun Aarflot")
    return truth("z02", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Volda", "Volda", "964203172"),
                 contact=("Sigrun Aarflot", "sigrun.aarflot@nav.no", "70058120"),
                 project=("Tidleg inn – saman med familien", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 595000, "competence": 25000, "other": None, "total": 620000},
                 prio=("barnefamilier-ungdom-innvandrere",), interest=(True, True),
                 sigs=[("nav_leader", "Åshild Rotevatn", "Nav-leiar", "2020-01-24", "electronic_approval"),
                       ("municipality", "Rune Sjurgard", "Kommunedirektør", "2020-01-27", "electronic_approval")],
                 expected=["COMPETENCE_OVER_CAP"])


# ------------------------------------------------------------ content controls
def sdt_text(par, tag, value, placeholder=False):
    rpr = "<w:rPr><w:rStyle w:val=\"PlaceholderText\"/></w:rPr>" if placeholder else ""
    show = "<w:showingPlcHdr/>" if placeholder else ""
    x = (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>{show}</w:sdtPr>'
         f'<w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{escape(value)}</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(x))


def sdt_date(par, tag, iso, shown):
    x = (f'<w:sdt {W}><w:sdtPr><w:tag w:val="{tag}"/><w:date w:fullDate="{iso}T00:00:00Z">'
         f'<w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/></w:date></w:sdtPr>'
         f'<w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(x))


def sdt_check(par, tag, on):
    g = "2612" if on else "2610"
    ch = "☒" if on else "☐"
    x = (f'<w:sdt {W}><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox><w14:checked w14:val="{1 if on else 0}"/>'
         f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
         f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
         f'<w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(x))


def sdt_drop(par, tag, items, value):
    li = "".join(f'<w:listItem w:displayText="{escape(i)}" w:value="{escape(i)}"/>' for i in items)
    x = (f'<w:sdt {W}><w:sdtPr><w:tag w:val="{tag}"/><w:dropDownList>{li}</w:dropDownList></w:sdtPr>'
         f'<w:sdtContent><w:r><w:t xml:space="preserve">{escape(value)}</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(x))


# ============================================================ z03 docx-controls nb, Nav Drammen
def z03(out: Path):
    d = Document()
    d.add_heading("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 1)
    d.add_paragraph("Søknadsskjema. Fyll ut de grå feltene. Søknadsfrist 1. februar 2020.")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def row(label, fn, *a):
        c = t.add_row().cells
        bold(c[0], label)
        fn(c[1].paragraphs[0], *a)

    row("Nav-kontor", sdt_text, "kontor", "Nav Drammen")
    row("Kommune", sdt_text, "kommune", "Drammen")
    row("Organisasjonsnr.", sdt_text, "orgnr", "974265400")
    row("Kontaktperson", sdt_text, "kontakt", "Fredrik Amundsen")
    row("E-post", sdt_text, "epost", "fredrik.amundsen@nav.no")
    row("Mobil", sdt_text, "tlf", "47 61 22 90")
    row("Prosjektets navn", sdt_text, "tittel", "Familieløft Drammen")
    c = t.add_row().cells
    bold(c[0], "Søknaden gjelder")
    p = c[1].paragraphs[0]
    sdt_check(p, "ny", True); p.add_run(" Nytt prosjekt   ")
    sdt_check(p, "videre", False); p.add_run(" Videreføring av prosjekt")
    row("Oppstartsdato", sdt_date, "start", "2020-03-01", "01.03.2020")
    row("Bydel/område (fylles ut ved behov)", sdt_text, "bydel", "Klikk eller trykk her for å skrive inn tekst.", True)
    d.add_paragraph()
    bold(d.add_paragraph(), "Stillinger det søkes om")
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ("Stilling", "Stillingsandel", "Lønn inkl. sosiale utgifter")):
        bold(c, h)
    for i, (a, b, cc) in enumerate((("Ungdomsveileder", "100 %", "610 000"), ("Familiekoordinator", "100 %", "600 000"))):
        cs = t2.add_row().cells
        sdt_text(cs[0].paragraphs[0], f"st{i}", a); sdt_text(cs[1].paragraphs[0], f"pr{i}", b)
        sdt_text(cs[2].paragraphs[0], f"bl{i}", cc)
    d.add_paragraph()
    p = d.add_paragraph("Kompetansemidler: kr "); sdt_text(p, "komp", "10 000")
    p = d.add_paragraph("Totalt omsøkt beløp: kr "); sdt_text(p, "sum", "1 220 000")
    bold(d.add_paragraph(), "Hvilke prioriterte områder retter prosjektet seg mot?")
    for tag, on, txt in (("p1", False, "Bruk av ordinært arbeidsliv"),
                         ("p2", True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                         ("p3", False, "Sikring av sårbare overganger")):
        p = d.add_paragraph(); sdt_check(p, tag, on); p.add_run(" " + txt)
    p = d.add_paragraph("Interessert i nettverk/klyngesamarbeid: ")
    sdt_check(p, "nj", True); p.add_run(" Ja  "); sdt_check(p, "nn", False); p.add_run(" Nei")
    p = d.add_paragraph("Interessert i ekstern prosessevaluering: ")
    sdt_check(p, "ej", True); p.add_run(" Ja  "); sdt_check(p, "en", False); p.add_run(" Nei")
    bold(d.add_paragraph(), "Signatur")
    with tempfile.TemporaryDirectory() as td:
        for seed, who, title, date, shown in ((131, "Lise Marie Holm", "Leder Nav Drammen", "2020-01-22", "22.01.2020"),
                                             (132, "Per Anders Kolstad", "Kommunalsjef", "2020-01-29", "29.01.2020")):
            p = d.add_paragraph("Dato: "); sdt_date(p, "sd" + str(seed), date, shown)
            d.add_paragraph().add_run().add_picture(ink_file(seed, Path(td)), width=Cm(4.5))
            p = d.add_paragraph(); sdt_text(p, "n" + str(seed), who)
            p = d.add_paragraph(); sdt_text(p, "t" + str(seed), title)
        save_docx(d, out)
    return truth("z03", "docx", "docx-controls", lang="nb", scheme=S20,
                 office=("Nav Drammen", "Drammen", "974265400"),
                 contact=("Fredrik Amundsen", "fredrik.amundsen@nav.no", "47612290"),
                 project=("Familieløft Drammen", "new", "2020-03-01"), pct=200,
                 amounts={"positions": 1210000, "competence": 10000, "other": None, "total": 1220000},
                 prio=("barnefamilier-ungdom-innvandrere",), interest=(True, True),
                 sigs=[("nav_leader", "Lise Marie Holm", "Leder Nav Drammen", "2020-01-22", "handwritten"),
                       ("municipality", "Per Anders Kolstad", "Kommunalsjef", "2020-01-29", "handwritten")])


# ============================================================ z04 docx-controls nn, Nav Tinn (year 2)
def z04(out: Path):
    d = Document()
    d.styles["Normal"].font.name = "Cambria"
    d.add_heading("Søknad – tilskot til utvikling av sosiale tenester i Nav 2020", 1)
    items = [("1. Søkjar (Nav-kontor)", sdt_text, ("s", "Nav Tinn")), ("2. Kommune", sdt_text, ("k", "Tinn")),
             ("3. Org.nummer", sdt_text, ("o", "939 218 505")), ("4. Kontaktperson", sdt_text, ("c", "Gunnhild Rue")),
             ("5. E-post", sdt_text, ("e", "gunnhild.rue@nav.no")), ("6. Telefon", sdt_text, ("t", "35 08 14 00")),
             ("7. Prosjektet sitt namn", sdt_text, ("n", "Vegen vidare")),
             ("8. Type søknad", sdt_drop, ("kind", ["Nytt prosjekt", "Vidareføring år 2", "Vidareføring år 3"], "Vidareføring år 2")),
             ("9. Prosjektperiode frå", sdt_date, ("f", "2020-01-01", "01.01.2020"))]
    for label, fn, a in items:
        bold(d.add_paragraph(), label)
        fn(d.add_paragraph(), *a)
    bold(d.add_paragraph(), "10. Kort om prosjektet")
    d.add_paragraph("Prosjektet held fram frå 2019. Ein 60 % stilling som overgangsrettleiar følgjer ungdom som "
                    "går frå vidaregåande skule eller institusjon til arbeid, utdanning eller eige husvære.")
    bold(d.add_paragraph(), "11. Stilling og budsjett")
    t = d.add_table(rows=0, cols=2)
    t.style = "Light Grid Accent 1"
    for k, v in (("Stilling", "Overgangsrettleiar"), ("Stillingsprosent", "60"), ("Løn og sosiale utgifter", "360 000"),
                 ("Samla søknadssum", "360 000")):
        c = t.add_row().cells
        c[0].text = k
        sdt_text(c[1].paragraphs[0], "b" + k[:3], v)
    bold(d.add_paragraph(), "12. Prioriterte område")
    for tag, on, txt in (("q1", False, "Bruk av ordinært arbeidsliv"), ("q2", False, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                         ("q3", True, "Sikring av sårbare overgangar")):
        p = d.add_paragraph(); sdt_check(p, tag, on); p.add_run(" " + txt)
    bold(d.add_paragraph(), "13. Nettverk og evaluering")
    p = d.add_paragraph(); sdt_check(p, "nw", False); p.add_run(" Vi ønskjer å vere med i nettverk/klyngesamarbeid")
    p = d.add_paragraph(); sdt_check(p, "pe", True); p.add_run(" Vi ønskjer ekstern prosessevaluering")
    bold(d.add_paragraph(), "14. Godkjenning")
    d.add_paragraph("Dokumentet er elektronisk godkjent og har derfor ikkje handskrivne signaturar.")
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for r, vals in enumerate((("Namn", "Rolle", "Dato"), ("Olav Haugen", "Nav-leiar", "23.01.2020"),
                              ("Kari Tveito Bakken", "Kommunedirektør", "24.01.2020"))):
        for c, v in zip(t.rows[r].cells, vals):
            c.text = v
    save_docx(d, out)
    return truth("z04", "docx", "docx-controls", lang="nn", scheme=S20,
                 office=("Nav Tinn", "Tinn", "939218505"), contact=("Gunnhild Rue", "gunnhild.rue@nav.no", "35081400"),
                 project=("Vegen vidare", "continuation", "2020-01-01"), pct=60,
                 amounts={"positions": 360000, "competence": None, "other": None, "total": 360000},
                 prio=("saarbare-overganger",), interest=(False, True),
                 sigs=[("nav_leader", "Olav Haugen", "Nav-leiar", "2020-01-23", "electronic_approval"),
                       ("municipality", "Kari Tveito Bakken", "Kommunedirektør", "2020-01-24", "electronic_approval")],
                 notes=["network: the single yes-box is unticked on a form that asks -> false"])


# ------------------------------------------------------------ legacy fields
def ff_text(par, name, value):
    x = (f'<w:r {W}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
         f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>')
    par._p.append(parse_xml(x))
    par._p.append(parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'))
    par._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
    par._p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve">{escape(value)}</w:t></w:r>'))
    par._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))


def ff_check(par, name, on):
    x = (f'<w:r {W}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
         f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="{1 if on else 0}"/></w:checkBox>'
         f'</w:ffData></w:fldChar></w:r>')
    par._p.append(parse_xml(x))
    par._p.append(parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'))
    par._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))


# ============================================================ z05 docx-legacy-fields nb, NAV Sør-Varanger
def z05(out: Path):
    d = Document()
    d.styles["Normal"].font.name = "Times New Roman"
    bold(d.add_paragraph(), "SØKNAD OM TILSKUDD TIL UTVIKLING AV SOSIALE TJENESTER I NAV 2020", 13)
    d.add_paragraph("Til Fylkesmannen i Troms og Finnmark")
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for (a, an, av), (b, bn, bv) in ((("NAV-kontor", "f1", "NAV Sør-Varanger"), ("Kommune", "f2", "Sør-Varanger")),
                                     (("Organisasjonsnummer", "f3", "974871335"), ("Kontaktperson", "f4", "Tore Hansen")),
                                     (("Telefon", "f5", "78 97 73 00"), ("E-post", "f6", "tore.hansen@nav.no"))):
        c = t.add_row().cells
        bold(c[0], a); ff_text(c[1].paragraphs[0], an, av)
        bold(c[2], b); ff_text(c[3].paragraphs[0], bn, bv)
    d.add_paragraph()
    for label, name, val in (("Prosjektnavn:", "f7", "Grenseløs jobb"), ("Oppstart (dato):", "f8", "15.04.2020")):
        p = d.add_paragraph(); bold(p, label + " "); ff_text(p, name, val)
    p = d.add_paragraph(); bold(p, "Søknaden gjelder: ")
    ff_check(p, "c1", True); p.add_run(" nytt prosjekt   "); ff_check(p, "c2", False); p.add_run(" videreføring")
    d.add_paragraph("Beskrivelse: Prosjektet skal bruke arbeidsgivere i Kirkenes og omegn aktivt for å få "
                    "langtidsmottakere av sosialhjelp ut i ordinært arbeid, med tett oppfølging også etter oppstart.")
    bold(d.add_paragraph(), "Budsjett")
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for a, b, c_ in (("Stilling", "Stillingsprosent", "Beløp"), ("Arbeidsmarkedskonsulent", "100", "585 000"),
                     ("Kompetanse (prosjektspesifikk)", "", "10 000"), ("Totalt", "", "595 000")):
        cs = t.add_row().cells
        for cell, v, nm in zip(cs, (a, b, c_), ("x", "y", "z")):
            if a in ("Stilling",):
                bold(cell, v)
            else:
                ff_text(cell.paragraphs[0], nm + a[:3], v)
    bold(d.add_paragraph(), "Prioriterte områder")
    for nm, on, txt in (("a1", True, "Bruk av ordinært arbeidsliv"), ("a2", False, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                        ("a3", False, "Sikring av sårbare overganger")):
        p = d.add_paragraph(); ff_check(p, nm, on); p.add_run(" " + txt)
    p = d.add_paragraph("Nettverk/klyngesamarbeid:  "); ff_check(p, "n1", True); p.add_run(" Ja  ")
    ff_check(p, "n2", False); p.add_run(" Nei")
    p = d.add_paragraph("Ekstern prosessevaluering:  "); ff_check(p, "e1", False); p.add_run(" Ja  ")
    ff_check(p, "e2", True); p.add_run(" Nei")
    bold(d.add_paragraph(), "Underskrift")
    with tempfile.TemporaryDirectory() as td:
        for seed, place, who, title in ((151, "Kirkenes, 29.01.2020", "Hege Mikkola", "leder, NAV Sør-Varanger"),
                                        (152, "Kirkenes, 30.01.2020", "Rune Rafaelsen", "rådmann")):
            d.add_paragraph(place)
            d.add_paragraph().add_run().add_picture(ink_file(seed, Path(td)), width=Cm(4.5))
            d.add_paragraph("______________________________")
            d.add_paragraph(who)
            d.add_paragraph(title)
        save_docx(d, out)
    return truth("z05", "docx", "docx-legacy-fields", lang="nb", scheme=S20,
                 office=("Nav Sør-Varanger", "Sør-Varanger", "974871335"),
                 contact=("Tore Hansen", "tore.hansen@nav.no", "78977300"),
                 project=("Grenseløs jobb", "new", "2020-04-15"), pct=100,
                 amounts={"positions": 585000, "competence": 10000, "other": None, "total": 595000},
                 prio=("ordinaert-arbeidsliv",), interest=(True, False),
                 sigs=[("nav_leader", "Hege Mikkola", "leder, NAV Sør-Varanger", "2020-01-29", "handwritten"),
                       ("municipality", "Rune Rafaelsen", "rådmann", "2020-01-30", "handwritten")])


# ============================================================ z06 docx-letter nb, NAV Arendal 2019
def z06(out: Path):
    d = Document()
    d.styles["Normal"].font.name = "Georgia"
    d.add_paragraph("NAV Arendal\nPostboks 98\n4801 Arendal")
    d.add_paragraph("Fylkesmannen i Aust- og Vest-Agder\nv/ sosial- og helseavdelingen")
    p = d.add_paragraph("Arendal, 25. januar 2019"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    bold(d.add_paragraph(), "Søknad om tilskudd til utvikling av sosiale tjenester i NAV 2019 – «Bolig først Arendal»")
    d.add_paragraph(
        "NAV Arendal (org.nr. 964187223) søker med dette om tilskudd etter kunngjøringen fra Arbeids- og "
        "velferdsdirektoratet for 2019. Prosjektet «Bolig først Arendal» er et nytt prosjekt som starter 1. mai 2019.")
    d.add_paragraph(
        "Mange av brukerne våre står uten bolig når de løslates fra fengsel eller skrives ut fra rusbehandling. "
        "Vi vil opprette en 100 % stilling som boligkoordinator som sikrer overgangen fra institusjon til egen bolig, "
        "og som samtidig jobber med arbeidsgivere i Arendal slik at flere kan komme i ordinært arbeid. Prosjektet "
        "retter seg dermed mot sikring av sårbare overganger og bruk av ordinært arbeidsliv.")
    d.add_paragraph("Budsjettet for 2019 ser slik ut:")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in (("Boligkoordinator, 100 % stilling (lønn og sosiale kostnader)", "kr 590 000"),
                 ("Sum omsøkt fra Fylkesmannen", "kr 590 000"),
                 ("Kommunens egenandel (kontorplass, IKT, veiledning – ikke del av søknaden)", "kr 150 000")):
        cs = t.add_row().cells
        cs[0].text, cs[1].text = a, b
    d.add_paragraph()
    d.add_paragraph("Vi deltar gjerne i nettverk med andre NAV-kontor som har fått tilskudd.")
    d.add_paragraph("Kontaktperson er prosjektleder Marianne Fjeld, tlf. 930 45 112, "
                    "e-post marianne.fjeld@nav.no.")
    d.add_paragraph("Med vennlig hilsen")
    with tempfile.TemporaryDirectory() as td:
        t = d.add_table(rows=3, cols=2)
        t.cell(0, 0).paragraphs[0].add_run().add_picture(ink_file(161, Path(td)), width=Cm(4.5))
        t.cell(0, 1).paragraphs[0].add_run().add_picture(ink_file(162, Path(td)), width=Cm(4.5))
        t.cell(1, 0).text, t.cell(1, 1).text = "Geir Salvesen", "Harald Danielsen"
        t.cell(2, 0).text, t.cell(2, 1).text = "leder NAV Arendal", "rådmann"
        save_docx(d, out)
    return truth("z06", "docx", "docx-letter", lang="nb", scheme="nav-sosiale-tjenester-2019",
                 office=("Nav Arendal", "Arendal", "964187223"),
                 contact=("Marianne Fjeld", "marianne.fjeld@nav.no", "93045112"),
                 project=("Bolig først Arendal", "new", "2019-05-01"), pct=100,
                 amounts={"positions": 590000, "competence": None, "other": None, "total": 590000},
                 own_funding=150000,
                 prio=("ordinaert-arbeidsliv", "saarbare-overganger"), interest=(True, None),
                 sigs=[("nav_leader", "Geir Salvesen", "leder NAV Arendal", "2019-01-25", "handwritten"),
                       ("municipality", "Harald Danielsen", "rådmann", "2019-01-25", "handwritten")],
                 notes=["signature dates: the letter's date; process evaluation not mentioned -> null"])


# ============================================================ z07 docx-letter nn, Nav Sunndal (SIGNATURE_NAV_LEADER_MISSING)
def z07(out: Path):
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.add_paragraph("Sunndal kommune\nNav Sunndal\nPostboks 94, 6601 Sunndalsøra")
    d.add_paragraph("Til: Statsforvaltaren i Møre og Romsdal")
    d.add_paragraph("Dato: 28.01.2020")
    bold(d.add_paragraph(), "Søknad om tilskot til utvikling av sosiale tenester i Nav – «Ung i Sunndal»", 12)
    d.add_paragraph("Nav Sunndal søkjer om tilskot for 2020 til eit nytt prosjekt med oppstart 1. april 2020. "
                    "Organisasjonsnummeret vårt er 974953072.")
    d.add_paragraph("Mange unge i kommunen fell ut av vidaregåande skule, og fleire barnefamiliar har levd lenge på "
                    "sosialhjelp. Vi vil difor tilsetje ei stilling som ungdoms- og familierettleiar som skal gje tett "
                    "oppfølging av ungdom og barnefamiliar, saman med skule, helsestasjon og barnevern.")
    d.add_paragraph("Vi søkjer om desse midlane:")
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for r in (("Post", "Stillingsdel", "Kroner"), ("Ungdoms- og familierettleiar", "100 %", "560 000"),
              ("Kompetanse (kurs i motiverande intervju)", "", "8 000"), ("Sum", "", "568 000")):
        cs = t.add_row().cells
        for c, v in zip(cs, r):
            c.text = v
    d.add_paragraph()
    d.add_paragraph("Vi ønskjer å vere med i klyngesamarbeid med andre kontor i fylket. Vi ønskjer ikkje ekstern "
                    "prosessevaluering i år.")
    d.add_paragraph("Kontaktperson: Brit Helene Løset, brit.helene.loset@nav.no, mobil 99 28 31 47.")
    d.add_paragraph("Med helsing")
    with tempfile.TemporaryDirectory() as td:
        t = d.add_table(rows=4, cols=2)
        t.style = "Table Grid"
        t.cell(0, 0).text, t.cell(0, 1).text = "For Nav Sunndal", "For Sunndal kommune"
        t.cell(1, 1).paragraphs[0].add_run().add_picture(ink_file(171, Path(td)), width=Cm(4.5))
        t.cell(2, 0).text, t.cell(2, 1).text = "Namn:", "Namn: Ragnhild Sæter"
        t.cell(3, 0).text, t.cell(3, 1).text = "Nav-leiar", "Kommunedirektør"
        save_docx(d, out)
    return truth("z07", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Sunndal", "Sunndal", "974953072"),
                 contact=("Brit Helene Løset", "brit.helene.loset@nav.no", "99283147"),
                 project=("Ung i Sunndal", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 560000, "competence": 8000, "other": None, "total": 568000},
                 prio=("barnefamilier-ungdom-innvandrere",), interest=(True, False),
                 sigs=[("municipality", "Ragnhild Sæter", "Kommunedirektør", "2020-01-28", "handwritten")],
                 expected=["SIGNATURE_NAV_LEADER_MISSING"],
                 notes=["the Nav leader column has only labels; the municipal signature is dated by the letter"])


# ============================================================ z12 pdf-from-office nb, Nav Sandefjord
def z12(out: Path):
    d = Document()
    d.styles["Normal"].font.name = "Liberation Serif"
    d.add_heading("Søknad om tilskudd – sosiale tjenester i Nav 2020", 0)
    d.add_heading("1 Søker", 1)
    for line in ("Nav-kontor: Nav Sandefjord", "Kommune: Sandefjord", "Organisasjonsnummer: 981 003 411",
                 "Kontaktperson: Jonas Bråthen Ødegård", "Telefon: 33 41 60 00", "E-post: jonas.odegard@nav.no"):
        d.add_paragraph(line)
    d.add_heading("2 Prosjektet", 1)
    for line in ("Prosjektnavn: Raskere i jobb Sandefjord", "Nytt prosjekt eller videreføring: Nytt prosjekt",
                 "Ønsket oppstart: 1. juni 2020"):
        d.add_paragraph(line)
    d.add_paragraph("Prosjektet skal utvikle en ny arbeidsform der veileder og arbeidsgiver sammen lager et "
                    "opplæringsløp på arbeidsplassen for mottakere av økonomisk sosialhjelp.")
    d.add_heading("3 Prioriterte områder", 1)
    d.add_paragraph("☒ Bruk av ordinært arbeidsliv\n☐ Oppfølging av barnefamilier, ungdom og innvandrere\n"
                    "☐ Sikring av sårbare overganger")
    d.add_heading("4 Økonomi", 1)
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for r in (("Post", "Andel", "Kr"), ("Arbeidsveileder", "80 %", "480 000"), ("Kompetanse", "", "10 000"),
              ("Totalt omsøkt", "", "490 000")):
        cs = t.add_row().cells
        for c, v in zip(cs, r):
            c.text = v
    d.add_heading("5 Nettverk og evaluering", 1)
    d.add_paragraph("Nettverk/klyngesamarbeid: Ja\nEkstern prosessevaluering: Ja")
    d.add_heading("6 Godkjenning", 1)
    d.add_paragraph("Dokumentet er elektronisk godkjent av Karin Strand Paulsen, leder Nav Sandefjord, 21.01.2020, "
                    "og av Gunnar Bergh, kommunalsjef, 23.01.2020.")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "z12.docx"
        save_docx(d, src)
        soffice_pdf(src, out)
    return truth("z12", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Sandefjord", "Sandefjord", "981003411"),
                 contact=("Jonas Bråthen Ødegård", "jonas.odegard@nav.no", "33416000"),
                 project=("Raskere i jobb Sandefjord", "new", "2020-06-01"), pct=80,
                 amounts={"positions": 480000, "competence": 10000, "other": None, "total": 490000},
                 prio=("ordinaert-arbeidsliv",), interest=(True, True),
                 sigs=[("nav_leader", "Karin Strand Paulsen", "leder Nav Sandefjord", "2020-01-21", "electronic_approval"),
                       ("municipality", "Gunnar Bergh", "kommunalsjef", "2020-01-23", "electronic_approval")])


# ============================================================ z13 pdf-from-office nn, Nav Hustadvika (CONTACT_MISSING)
def z13(out: Path):
    d = Document()
    d.styles["Normal"].font.name = "Liberation Sans"
    d.add_heading("Tilskot til utvikling av sosiale tenester i Nav – søknad 2020", 1)
    d.add_paragraph("Prosjektet er forankra i kommuneleiinga i Hustadvika.")
    kv_table(d, [("Søkjar", "Nav Hustadvika"), ("Kommune", "Hustadvika"), ("Org.nr.", "940528119"),
                 ("Kontaktperson", "Eirik Vestad"), ("E-post", ""), ("Telefon", ""),
                 ("Tittel på prosjektet", "Kvardagsmeistring i arbeid"), ("Ny/vidareføring", "Nytt"),
                 ("Oppstart", "01.05.2020"),
                 ("Stilling(ar)", "Jobbspesialist, 100 %"),
                 ("Løn og sosiale kostnader", "kr 600 000"), ("Kompetansemidlar", "kr 0"),
                 ("Sum søkt", "kr 600 000"),
                 ("Prioritert område", "X Bruk av ordinært arbeidsliv\n  Oppfølging av barnefamiliar, ungdom og innvandrarar\n"
                                       "X Sikring av sårbare overgangar"),
                 ("Nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Nei")])
    d.add_paragraph()
    with tempfile.TemporaryDirectory() as td:
        t = d.add_table(rows=4, cols=2)
        t.style = "Table Grid"
        t.cell(0, 0).text, t.cell(0, 1).text = "Stad/dato: Elnesvågen 22.01.2020", "Stad/dato: Elnesvågen 24.01.2020"
        t.cell(1, 0).paragraphs[0].add_run().add_picture(ink_file(131 + 60, Path(td)), width=Cm(4.5))
        t.cell(1, 1).paragraphs[0].add_run().add_picture(ink_file(192, Path(td)), width=Cm(4.5))
        t.cell(2, 0).text, t.cell(2, 1).text = "Nav-leiar Anne Grete Hovde", "Kommunedirektør Knut Ove Malmedal"
        t.cell(3, 0).text, t.cell(3, 1).text = "Nav Hustadvika", "Hustadvika kommune"
        src = Path(td) / "z13.docx"
        save_docx(d, src)
        soffice_pdf(src, out)
    return truth("z13", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Hustadvika", "Hustadvika", "940528119"), contact=("Eirik Vestad", None, None),
                 project=("Kvardagsmeistring i arbeid", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 600000, "competence": 0, "other": None, "total": 600000},
                 prio=("ordinaert-arbeidsliv", "saarbare-overganger"), interest=(True, False),
                 sigs=[("nav_leader", "Anne Grete Hovde", "Nav-leiar", "2020-01-22", "handwritten"),
                       ("municipality", "Knut Ove Malmedal", "Kommunedirektør", "2020-01-24", "handwritten")],
                 expected=["CONTACT_MISSING"],
                 notes=["competence 'kr 0' stated -> 0 (not null)", "contact: name only, e-mail and phone cells empty"])
