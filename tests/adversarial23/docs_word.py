"""Word documents y01-y07 (and the .docx sources of y12, y13)."""
from __future__ import annotations

import re
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

import kit23 as K
from truthlib import truth

S20 = "nav-sosiale-tjenester-2020"


def _doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def _save(d, out, title, author):
    K.fixed_core(d, title, author)
    d.save(str(out))
    K.normalise_zip(Path(out))


# ------------------------------------------------------------------ y01
def y01(out):
    """docx-form, Nynorsk, small rural office: labels ABOVE answers (shaded label row, answer row
    below), ☑/☐ boxes, electronic approval in Nynorsk."""
    d = _doc("Arial", 10)
    d.add_paragraph("Arbeids- og velferdsdirektoratet").runs[0].bold = True
    h = d.add_paragraph()
    h.add_run("Søknadsskjema – Tilskot til utvikling av sosiale tenester i Nav 2020").bold = True
    d.add_paragraph("Kap. 0621 post 63. Søknadsfrist 1. februar 2020. Søknaden vert send til Fylkesmannen i Vestfold og Telemark.")
    rows = [
        ("Namn på Nav-kontoret", "NAV Vinje"),
        ("Kommune", "Vinje"),
        ("Organisasjonsnummer", "910 946 684"),
        ("Kontaktperson i prosjektet", "Åshild Nordbø"),
        ("E-post til kontaktperson", "Ashild.Nordbo@vinje.kommune.no"),
        ("Telefon", "35 06 20 14"),
        ("Prosjektnamn", "Arbeid i bygda"),
        ("Er prosjektet nytt eller ei vidareføring?", "☑ Nytt prosjekt     ☐ Vidareføring"),
        ("Planlagt oppstart", "1. august 2020"),
    ]
    t = d.add_table(rows=0, cols=1)
    t.style = "Table Grid"
    for lab, val in rows:
        c = t.add_row().cells[0]
        c.text = lab
        c.paragraphs[0].runs[0].font.size = Pt(8)
        K.set_cell_shade(c, "D9E2F3")
        t.add_row().cells[0].text = val
    d.add_paragraph()
    d.add_paragraph("Kva for satsingsområde svarar prosjektet på? (kryss av)").runs[0].bold = True
    for box, txt in [("☑", "Bruk av ordinært arbeidsliv"),
                     ("☐", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                     ("☑", "Sikring av sårbare overgangar")]:
        d.add_paragraph(f"{box}  {txt}")
    d.add_paragraph("Kort skildring av prosjektet").runs[0].bold = True
    d.add_paragraph("Vinje er ein stor kommune med spreidd busetnad. Prosjektet skal gje unge vaksne som står "
                    "utanfor arbeidslivet tett oppfølging ut i ordinære verksemder i bygda, og sikre at dei "
                    "ikkje fell mellom to stolar når dei går frå vidaregåande skule til arbeid.")
    d.add_paragraph("Budsjett").runs[0].bold = True
    b = d.add_table(rows=1, cols=3)
    b.style = "Table Grid"
    for i, s in enumerate(["Post", "Stillingsdel", "Søkt beløp (kr)"]):
        b.rows[0].cells[i].text = s
    for r in [("Jobbspesialist (løn og sosiale kostnader)", "100 %", "610 000"),
              ("Kompetansemidlar", "", "10 000"),
              ("Sum søkt", "", "620 000")]:
        cells = b.add_row().cells
        for i, s in enumerate(r):
            cells[i].text = s
    d.add_paragraph()
    d.add_paragraph("Ønskjer kontoret å delta i nettverk/klyngesamarbeid?   ☑ Ja   ☐ Nei")
    d.add_paragraph("Ønskjer kontoret ekstern prosessevaluering?   ☐ Ja   ☑ Nei")
    d.add_paragraph()
    d.add_paragraph("Underskrift").runs[0].bold = True
    d.add_paragraph("Dokumentet er elektronisk godkjent og har difor ingen handskrivne signaturar.")
    a = d.add_table(rows=1, cols=3)
    a.style = "Table Grid"
    for i, s in enumerate(["Godkjent av", "Rolle", "Dato"]):
        a.rows[0].cells[i].text = s
    for r in [("Gunnhild Haugen", "Nav-leiar", "27.01.2020"), ("Olav Kvåle", "Kommunedirektør", "29.01.2020")]:
        cells = a.add_row().cells
        for i, s in enumerate(r):
            cells[i].text = s
    _save(d, out, "Søknad Vinje", "Åshild Nordbø")
    return truth("y01", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Vinje", "Vinje", "910946684"),
                 contact=("Åshild Nordbø", "ashild.nordbo@vinje.kommune.no", "35062014"),
                 project=("Arbeid i bygda", "new", "2020-08-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Gunnhild Haugen", "Nav-leiar", "2020-01-27", "electronic_approval"),
                       ("municipality", "Olav Kvåle", "Kommunedirektør", "2020-01-29", "electronic_approval")],
                 expected=[], notes=["labels above answers; ☑/☐; amount exactly at the cap"])


# ------------------------------------------------------------------ y02
def y02(out):
    """docx-form, Bokmål, numbered sections; ticks as 'X' in a separate narrow column;
    ink images side by side in a signature table with 'Sted/dato'."""
    d = _doc("Times New Roman", 11)
    d.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i NAV – 2020", level=1)
    d.add_paragraph("Sendes Fylkesmannen i Innlandet innen 1. februar 2020.")

    def section(title, rows):
        d.add_paragraph(title).runs[0].bold = True
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for a, b in rows:
            c = t.add_row().cells
            c[0].text, c[1].text = a, b
        d.add_paragraph()

    section("1. Søker", [("1.1 Søker (NAV-kontor)", "NAV Gjøvik"), ("1.2 Kommune", "Gjøvik"),
                         ("1.3 Org.nr.", "923470395"),
                         ("1.4 Kontaktperson", "Henning Lunde, rådgiver"),
                         ("1.5 E-post", "henning.lunde@nav.no"), ("1.6 Tlf.", "+47 611 89 402")])
    section("2. Prosjektet", [("2.1 Prosjektets navn", "«Familieløftet»"),
                              ("2.2 Status", "Videreføring – søknad for år 2 av 3"),
                              ("2.3 Oppstart", "01.01.2020")])
    d.add_paragraph("3. Prioriterte områder – sett X").runs[0].bold = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for x, txt in [("", "Bruk av ordinært arbeidsliv"), ("X", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                   ("", "Sikring av sårbare overganger")]:
        c = t.add_row().cells
        c[0].text, c[1].text = x, txt
        c[0].width = Cm(1)
    d.add_paragraph()
    d.add_paragraph("4. Omsøkte midler").runs[0].bold = True
    b = d.add_table(rows=1, cols=3)
    b.style = "Table Grid"
    for i, s in enumerate(["Stilling", "Stillingsprosent", "Beløp"]):
        b.rows[0].cells[i].text = s
    for r in [("Prosjektleder", "100 %", "kr 600 000,-"), ("Familieveileder", "50 %", "kr 300 000,-"),
              ("Totalt omsøkt", "150 %", "kr 900 000,-")]:
        c = b.add_row().cells
        for i, s in enumerate(r):
            c[i].text = s
    d.add_paragraph()
    d.add_paragraph("5. Samarbeid og evaluering").runs[0].bold = True
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for q, ja, nei in [("Interessert i nettverk/klyngesamarbeid", "X Ja", "  Nei"),
                       ("Interessert i ekstern prosessevaluering", "X Ja", "  Nei")]:
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text = q, ja, nei
    d.add_paragraph()
    d.add_paragraph("6. Underskrifter").runs[0].bold = True
    tmp = Path(tempfile.mkdtemp())
    s = d.add_table(rows=4, cols=2)
    s.rows[0].cells[0].text = "Sted/dato: Gjøvik, 22.01.2020"
    s.rows[0].cells[1].text = "Sted/dato: Gjøvik, 24.01.2020"
    for i, seed in enumerate((201, 202)):
        s.rows[1].cells[i].paragraphs[0].add_run().add_picture(str(K.ink_file(seed, tmp)), width=Cm(5))
    s.rows[2].cells[0].text = "Kari Sveen"
    s.rows[2].cells[1].text = "Tor Erik Moen"
    s.rows[3].cells[0].text = "NAV-leder"
    s.rows[3].cells[1].text = "Kommunalsjef helse og velferd"
    _save(d, out, "Familieløftet", "Henning Lunde")
    return truth("y02", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Gjøvik", "Gjøvik", "923470395"),
                 contact=("Henning Lunde", "henning.lunde@nav.no", "61189402"),
                 project=("Familieløftet", "continuation", "2020-01-01"), pct=150,
                 amounts={"positions": 900000, "competence": None, "other": None, "total": 900000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Kari Sveen", "NAV-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Tor Erik Moen", "Kommunalsjef helse og velferd", "2020-01-24", "handwritten")],
                 expected=[], notes=["numbered sections; X in a separate column; ink side by side with Sted/dato above"])


# ------------------------------------------------------------------ content controls
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def _sdt_text(tag, value, placeholder=False):
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>' if placeholder else ""
    ph = '<w:showingPlcHdr/>' if placeholder else ""
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>{ph}<w:text/></w:sdtPr>'
            f'<w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{value}</w:t></w:r></w:sdtContent></w:sdt>')


def _sdt_date(tag, iso, shown):
    return (f'<w:sdt><w:sdtPr><w:tag w:val="{tag}"/><w:date w:fullDate="{iso}T00:00:00Z">'
            f'<w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/></w:date></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>')


def _sdt_box(tag, on):
    glyph = "☒" if on else "☐"
    return (f'<w:sdt><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox><w14:checked w14:val="{1 if on else 0}"/>'
            f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
            f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
            f'<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')


def _controls_doc(out, marker_map, build):
    """Build with python-docx using {{KEY}} markers, then replace each marker paragraph run with raw XML."""
    d = build()
    _save(d, out, "Søknad", "")

    def fix(xml):
        if "xmlns:w14=" not in xml:
            xml = xml.replace("<w:document ", f'<w:document xmlns:w14="{W14}" ', 1)
        for key, frag in marker_map.items():
            xml = re.sub(r"<w:r>(?:<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t(?: xml:space=\"preserve\")?>\{\{" + key + r"\}\}</w:t></w:r>",
                         lambda m: frag, xml)
        assert "{{" not in xml, re.findall(r"\{\{\w+\}\}", xml)
        return xml
    K.replace_body_xml(Path(out), fix)


def y03(out):
    """docx-controls, Bokmål, Oslo district office: every answer a content control (text, date picker,
    w14:checkbox), bydelsdirektør for the municipal leadership, electronic approval."""
    m = {"KONTOR": _sdt_text("kontor", "Nav Grünerløkka"), "KOMMUNE": _sdt_text("kommune", "Oslo (bydel Grünerløkka)"),
         "ORGNR": _sdt_text("orgnr", "901 176 086"), "KONTAKT": _sdt_text("kontakt", "Sofie Amundsen Rahimi"),
         "EPOST": _sdt_text("epost", "sofie.rahimi@nav.no"), "TLF": _sdt_text("tlf", "412 33 907"),
         "TITTEL": _sdt_text("tittel", "Ungdomslos Grünerløkka"), "START": _sdt_date("start", "2020-03-01", "01.03.2020"),
         "NY": _sdt_box("ny", True), "VIDERE": _sdt_box("videre", False),
         "P1": _sdt_box("p1", False), "P2": _sdt_box("p2", True), "P3": _sdt_box("p3", True),
         "NJA": _sdt_box("nja", True), "NNEI": _sdt_box("nnei", False),
         "EJA": _sdt_box("eja", True), "ENEI": _sdt_box("enei", False)}

    def build():
        d = _doc("Calibri", 11)
        d.add_heading("Søknadsskjema 2020 – tilskudd til utvikling av sosiale tjenester i Nav", 1)
        d.add_paragraph("Søknaden sendes Fylkesmannen i Oslo og Viken. Frist: 1. februar 2020.")
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, key in [("Nav-kontor", "KONTOR"), ("Kommune/bydel", "KOMMUNE"), ("Organisasjonsnr.", "ORGNR"),
                         ("Kontaktperson", "KONTAKT"), ("E-postadresse", "EPOST"), ("Telefonnummer", "TLF"),
                         ("Prosjektets tittel", "TITTEL"), ("Oppstartsdato", "START")]:
            c = t.add_row().cells
            c[0].text = lab
            c[1].text = "{{%s}}" % key
        d.add_paragraph()
        p = d.add_paragraph("Type prosjekt:  ")
        p.add_run("{{NY}}"); p.add_run(" Nytt   "); p.add_run("{{VIDERE}}"); p.add_run(" Videreføring")
        d.add_paragraph("Hvilke prioriterte områder dekker prosjektet?")
        for k, txt in [("P1", "Bruk av ordinært arbeidsliv"), ("P2", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                       ("P3", "Sikring av sårbare overganger")]:
            p = d.add_paragraph()
            p.add_run("{{%s}}" % k); p.add_run("  " + txt)
        d.add_paragraph("Beskrivelse: Ungdom 16–24 år i bydelen som har falt ut av videregående skole får en fast "
                        "los i Nav som følger dem over i skole, lærlingplass eller jobb, i tett samarbeid med "
                        "oppfølgingstjenesten og barneverntjenesten.")
        d.add_paragraph("Budsjett for 2020").runs[0].bold = True
        b = d.add_table(rows=1, cols=3)
        b.style = "Table Grid"
        for i, s in enumerate(["Kostnad", "Stilling %", "Kroner"]):
            b.rows[0].cells[i].text = s
        for r in [("Ungdomslos 1", "100", "590 000"), ("Ungdomslos 2", "100", "590 000"),
                  ("Prosjektspesifikk kompetanse", "", "10 000"), ("Sum omsøkt", "200", "1 190 000")]:
            c = b.add_row().cells
            for i, s in enumerate(r):
                c[i].text = s
        d.add_paragraph()
        p = d.add_paragraph("Ønsker dere å delta i nettverk/klynge?  ")
        p.add_run("{{NJA}}"); p.add_run(" Ja  "); p.add_run("{{NNEI}}"); p.add_run(" Nei")
        p = d.add_paragraph("Ønsker dere ekstern prosessevaluering?  ")
        p.add_run("{{EJA}}"); p.add_run(" Ja  "); p.add_run("{{ENEI}}"); p.add_run(" Nei")
        d.add_paragraph()
        d.add_paragraph("Signatur").runs[0].bold = True
        d.add_paragraph("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
        d.add_paragraph("Godkjent 23.01.2020 av Jonas Bergersen, leder Nav Grünerløkka")
        d.add_paragraph("Godkjent 28.01.2020 av Elisabeth Hagen Nilsen, bydelsdirektør")
        return d
    _controls_doc(out, m, build)
    return truth("y03", "docx", "docx-controls", lang="nb", scheme=S20,
                 office=("Nav Grünerløkka", "Oslo", "901176086"),
                 contact=("Sofie Amundsen Rahimi", "sofie.rahimi@nav.no", "41233907"),
                 project=("Ungdomslos Grünerløkka", "new", "2020-03-01"), pct=200,
                 amounts={"positions": 1180000, "competence": 10000, "other": None, "total": 1190000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Jonas Bergersen", "leder Nav Grünerløkka", "2020-01-23", "electronic_approval"),
                       ("municipality", "Elisabeth Hagen Nilsen", "bydelsdirektør", "2020-01-28", "electronic_approval")],
                 expected=[], notes=["all answers in content controls; Oslo district (bydelsdirektør)"])


def y04(out):
    """docx-controls, Nynorsk; controls inside a two-column table; one unused control still shows its
    placeholder; planted defect: the stated total is 10 000 more than its parts (AMOUNT_SUM_MISMATCH)."""
    m = {"KONTOR": _sdt_text("soker", "Nav Sunnfjord"), "KOMMUNE": _sdt_text("kommune", "Sunnfjord"),
         "ORGNR": _sdt_text("orgnr", "950309520"), "KONTAKT": _sdt_text("kontakt", "Ingvild Årdal"),
         "EPOST": _sdt_text("epost", "ingvild.ardal@sunnfjord.kommune.no"), "TLF": _sdt_text("tlf", "57 72 31 40"),
         "TITTEL": _sdt_text("tittel", "Saman om busetjing"),
         "TIDL": _sdt_text("tidl", "Klikk eller trykk her for å skrive inn tekst.", placeholder=True),
         "START": _sdt_date("start", "2020-04-01", "01.04.2020"),
         "NY": _sdt_box("ny", True), "VIDERE": _sdt_box("vid", False),
         "P1": _sdt_box("p1", False), "P2": _sdt_box("p2", True), "P3": _sdt_box("p3", False),
         "NJA": _sdt_box("nja", False), "NNEI": _sdt_box("nnei", True),
         "EJA": _sdt_box("eja", True), "ENEI": _sdt_box("enei", False)}

    def build():
        d = _doc("Arial", 10)
        d.add_paragraph("SØKNAD OM TILSKOT TIL UTVIKLING AV SOSIALE TENESTER I NAV 2020").runs[0].bold = True
        d.add_paragraph("Til Fylkesmannen i Vestland – frist 1. februar 2020")
        t = d.add_table(rows=0, cols=4)
        t.style = "Table Grid"
        for (l1, k1), (l2, k2) in [(("Søkjar (Nav-kontor)", "KONTOR"), ("Kommune", "KOMMUNE")),
                                   (("Org.nr.", "ORGNR"), ("Kontaktperson", "KONTAKT")),
                                   (("E-post", "EPOST"), ("Telefon", "TLF")),
                                   (("Namn på prosjektet", "TITTEL"), ("Oppstart", "START")),
                                   (("Tidlegare tilskot (år)", "TIDL"), ("", None))]:
            c = t.add_row().cells
            c[0].text, c[1].text, c[2].text = l1, "{{%s}}" % k1, l2
            c[3].text = "{{%s}}" % k2 if k2 else ""
        d.add_paragraph()
        p = d.add_paragraph("Nytt prosjekt ")
        p.add_run("{{NY}}"); p.add_run("   Vidareføring "); p.add_run("{{VIDERE}}")
        d.add_paragraph("Satsingsområde:")
        for k, txt in [("P1", "Bruk av ordinært arbeidsliv"), ("P2", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                       ("P3", "Sikring av sårbare overgangar")]:
            p = d.add_paragraph()
            p.add_run("{{%s}}" % k); p.add_run(" " + txt)
        d.add_paragraph("Prosjektet skal gje flyktningfamiliar som er busette i kommunen ein fast rettleiar som "
                        "følgjer heile familien, med særleg vekt på foreldra sin veg til arbeid og barna sin kvardag.")
        d.add_paragraph("Budsjett").runs[0].bold = True
        b = d.add_table(rows=1, cols=2)
        b.style = "Table Grid"
        b.rows[0].cells[0].text, b.rows[0].cells[1].text = "Post", "Kroner"
        for r in [("Familierettleiar 80 % stilling (løn og sosiale kostnader)", "480 000"),
                  ("Kompetansemidlar", "10 000"), ("Sum søkt tilskot", "500 000")]:
            c = b.add_row().cells
            c[0].text, c[1].text = r
        d.add_paragraph()
        p = d.add_paragraph("Ønskjer de å vere med i nettverk/klyngesamarbeid? Ja ")
        p.add_run("{{NJA}}"); p.add_run(" Nei "); p.add_run("{{NNEI}}")
        p = d.add_paragraph("Ønskjer de ekstern prosessevaluering? Ja ")
        p.add_run("{{EJA}}"); p.add_run(" Nei "); p.add_run("{{ENEI}}")
        d.add_paragraph()
        d.add_paragraph("Dokumentet er elektronisk godkjent og har difor ingen handskrivne signaturar.")
        s = d.add_table(rows=3, cols=2)
        s.style = "Table Grid"
        for i, r in enumerate([("Nav-leiar", "Kommunalsjef"), ("Hallvard Sande", "Berit Øvrebø"), ("20.01.2020", "22.01.2020")]):
            s.rows[i].cells[0].text, s.rows[i].cells[1].text = r
        return d
    _controls_doc(out, m, build)
    return truth("y04", "docx", "docx-controls", lang="nn", scheme=S20,
                 office=("Nav Sunnfjord", "Sunnfjord", "950309520"),
                 contact=("Ingvild Årdal", "ingvild.ardal@sunnfjord.kommune.no", "57723140"),
                 project=("Saman om busetjing", "new", "2020-04-01"), pct=80,
                 amounts={"positions": 480000, "competence": 10000, "other": None, "total": 500000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Hallvard Sande", "Nav-leiar", "2020-01-20", "electronic_approval"),
                       ("municipality", "Berit Øvrebø", "Kommunalsjef", "2020-01-22", "electronic_approval")],
                 expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["planted: total 500 000 vs 480 000 + 10 000", "placeholder text in an unused control"])


# ------------------------------------------------------------------ y05 legacy fields, 2019
def _ftext(val):
    return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Tekst"/><w:enabled/><w:calcOnExit w:val="0"/>'
            '<w:textInput/></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve">{val}</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _fbox(on):
    return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Avkryss"/><w:enabled/><w:calcOnExit w:val="0"/>'
            f'<w:checkBox><w:sizeAuto/><w:default w:val="0"/><w:checked w:val="{1 if on else 0}"/></w:checkBox></w:ffData>'
            '</w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def y05(out):
    """docx-legacy-fields, Bokmål, 2019 scheme: FORMTEXT answers; FORMCHECKBOX with explicit w:checked;
    ink images stacked under each other with title before the name."""
    m = {"KONTOR": _ftext("NAV Ringsaker"), "KOMMUNE": _ftext("Ringsaker"), "ORGNR": _ftext("885 839 118"),
         "KONTAKT": _ftext("Per Arne Holmstad"), "EPOST": _ftext("per.arne.holmstad@nav.no"), "TLF": _ftext("62 33 18 70"),
         "TITTEL": _ftext("Jobbsjansen Ringsaker"), "START": _ftext("01.06.2019"),
         "NY": _fbox(True), "VID": _fbox(False), "P1": _fbox(True), "P2": _fbox(False), "P3": _fbox(False),
         "NJA": _fbox(True), "NNEI": _fbox(False), "EJA": _fbox(False), "ENEI": _fbox(True)}

    def build():
        d = _doc("Arial", 10)
        d.add_paragraph("Arbeids- og velferdsdirektoratet").runs[0].bold = True
        d.add_paragraph("Søknadsskjema for tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2019").runs[0].bold = True
        d.add_paragraph("Søknadsfrist: 1. februar 2019. Sendes Fylkesmannen i Hedmark.")
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, key in [("Navn på NAV-kontoret", "KONTOR"), ("Kommune", "KOMMUNE"), ("Organisasjonsnummer", "ORGNR"),
                         ("Kontaktperson", "KONTAKT"), ("E-post", "EPOST"), ("Telefon", "TLF"),
                         ("Prosjektnavn", "TITTEL"), ("Prosjektstart (dato)", "START")]:
            c = t.add_row().cells
            c[0].text = lab
            c[1].text = "{{%s}}" % key
        d.add_paragraph()
        p = d.add_paragraph(); p.add_run("{{NY}}"); p.add_run(" Nytt prosjekt    "); p.add_run("{{VID}}"); p.add_run(" Videreføring")
        d.add_paragraph("Prioriterte områder i 2019:")
        for k, txt in [("P1", "Bruk av ordinært arbeidsliv"), ("P2", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                       ("P3", "Sikring av sårbare overganger")]:
            p = d.add_paragraph(); p.add_run("{{%s}}" % k); p.add_run(" " + txt)
        d.add_paragraph("Prosjektet skal bygge opp et fast samarbeid med bedrifter i Brumunddal og Moelv, slik at "
                        "sosialhjelpsmottakere får arbeidstrening og ansettelse i ordinære virksomheter.")
        d.add_paragraph("Økonomi").runs[0].bold = True
        b = d.add_table(rows=1, cols=3)
        b.style = "Table Grid"
        for i, s in enumerate(["", "Stillingsandel", "Beløp"]):
            b.rows[0].cells[i].text = s
        for r in [("Lønn og sosiale kostnader, jobbkonsulent", "100 %", "580 000"),
                  ("Kompetanse (prosjektspesifikk)", "", "10 000"), ("Sum omsøkt beløp", "", "590 000")]:
            c = b.add_row().cells
            for i, s in enumerate(r):
                c[i].text = s
        d.add_paragraph()
        p = d.add_paragraph("Interesse for nettverk/klyngesamarbeid: "); p.add_run("{{NJA}}"); p.add_run(" Ja "); p.add_run("{{NNEI}}"); p.add_run(" Nei")
        p = d.add_paragraph("Interesse for ekstern prosessevaluering: "); p.add_run("{{EJA}}"); p.add_run(" Ja "); p.add_run("{{ENEI}}"); p.add_run(" Nei")
        d.add_paragraph()
        tmp = Path(tempfile.mkdtemp())
        for title, name, date, seed in [("NAV-leder", "Marte Bakkelund", "25.01.2019", 501),
                                        ("Rådmann", "Kjell Arne Dahl", "30.01.2019", 502)]:
            d.add_paragraph(f"Ringsaker, {date}")
            d.add_paragraph().add_run().add_picture(str(K.ink_file(seed, tmp)), width=Cm(4.5))
            d.add_paragraph("______________________________")
            d.add_paragraph(f"{title} {name}")
            d.add_paragraph()
        return d
    d = build()
    _save(d, out, "Søknad 2019", "Per Arne Holmstad")

    def fix(xml):
        for key, frag in m.items():
            xml = re.sub(r"<w:r>(?:<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t(?: xml:space=\"preserve\")?>\{\{" + key + r"\}\}</w:t></w:r>",
                         lambda _m: frag, xml)
        assert "{{" not in xml
        return xml
    K.replace_body_xml(Path(out), fix)
    return truth("y05", "docx", "docx-legacy-fields", lang="nb", scheme="nav-sosiale-tjenester-2019",
                 office=("Nav Ringsaker", "Ringsaker", "885839118"),
                 contact=("Per Arne Holmstad", "per.arne.holmstad@nav.no", "62331870"),
                 project=("Jobbsjansen Ringsaker", "new", "2019-06-01"), pct=100,
                 amounts={"positions": 580000, "competence": 10000, "other": None, "total": 590000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Marte Bakkelund", "NAV-leder", "2019-01-25", "handwritten"),
                       ("municipality", "Kjell Arne Dahl", "Rådmann", "2019-01-30", "handwritten")],
                 expected=[], notes=["2019 scheme, legacy fields, title before name under the ink"])


# ------------------------------------------------------------------ letters
def y06(out):
    """docx-letter, Nynorsk, inter-municipal: host Nav Ål applies for Ål, Hol and Hemsedal; facts in prose;
    budget table with own funding; electronic approval by the Nav leader and two municipal leaders."""
    d = _doc("Cambria", 11)
    d.add_paragraph("Nav Ål\nLeveld 2, 3570 Ål\nOrg.nr. 860 949 490")
    d.add_paragraph("Fylkesmannen i Oslo og Viken\nPostboks 325\n1502 Moss")
    d.add_paragraph("Vår dato: 24.01.2020          Vår ref.: 20/118")
    d.add_paragraph().add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – «Unge i Hallingdal»").bold = True
    for t in [
        "Nav Ål søkjer med dette om tilskot til prosjektet «Unge i Hallingdal», eit interkommunalt prosjekt der "
        "Nav Ål er vertskontor for Ål, Hol og Hemsedal kommunar. Prosjektet er nytt og skal starte opp 1. mars 2020.",
        "Målgruppa er ungdom og unge vaksne med barn som mottek økonomisk stønad. Vi vil bruke ordinært arbeidsliv "
        "aktivt: kvar deltakar skal ha ein arbeidsgivar å gå til innan tre månader. Prosjektet svarar dermed på "
        "satsingsområda bruk av ordinært arbeidsliv og oppfølging av barnefamiliar, ungdom og innvandrarar.",
        "Vi søkjer om midlar til to stillingar (200 %), éi i Ål og éi delt mellom Hol og Hemsedal, og om "
        "kompetansemidlar til eit felles kurs i motiverande intervju for prosjektet.",
        "Vi ønskjer å vere med i nettverk/klyngesamarbeid med andre kontor, og vi er positive til ekstern "
        "prosessevaluering.",
        "Kontaktperson for søknaden er prosjektleiar Eirik Torsteinsrud, e-post eirik.torsteinsrud@nav.no, "
        "telefon 977 41 260.",
    ]:
        d.add_paragraph(t)
    d.add_paragraph("Budsjett 2020").runs[0].bold = True
    b = d.add_table(rows=1, cols=2)
    b.style = "Light Grid Accent 1"
    b.rows[0].cells[0].text, b.rows[0].cells[1].text = "Post", "Beløp (kr)"
    for r in [("Rettleiar Ål, 100 % (løn og sosiale kostnader)", "600 000"),
              ("Rettleiar Hol/Hemsedal, 100 % (løn og sosiale kostnader)", "600 000"),
              ("Kompetansemidlar", "10 000"), ("Sum søkt frå Arbeids- og velferdsdirektoratet", "1 210 000"),
              ("Eigenfinansiering frå kommunane (ikkje del av søknaden)", "300 000")]:
        c = b.add_row().cells
        c[0].text, c[1].text = r
    d.add_paragraph()
    d.add_paragraph("Med helsing")
    d.add_paragraph("Dokumentet er elektronisk godkjent og har difor ingen handskriven signatur.")
    d.add_paragraph("Anne Grete Brenden, Nav-leiar, Nav Ål – godkjent 24.01.2020")
    d.add_paragraph("Steinar Hagen, kommunedirektør, Ål kommune – godkjent 27.01.2020")
    d.add_paragraph("Liv Solbakken, rådmann, Hol kommune – godkjent 28.01.2020")
    _save(d, out, "Søknad Unge i Hallingdal", "Eirik Torsteinsrud")
    return truth("y06", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Ål", "Ål", "860949490"),
                 contact=("Eirik Torsteinsrud", "eirik.torsteinsrud@nav.no", "97741260"),
                 project=("Unge i Hallingdal", "new", "2020-03-01"), pct=200,
                 amounts={"positions": 1200000, "competence": 10000, "other": None, "total": 1210000},
                 own_funding=300000,
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Anne Grete Brenden", "Nav-leiar", "2020-01-24", "electronic_approval"),
                       ("municipality", "Steinar Hagen", "kommunedirektør", "2020-01-27", "electronic_approval"),
                       ("municipality", "Liv Solbakken", "rådmann", "2020-01-28", "electronic_approval")],
                 expected=[], notes=["inter-municipal host office; own funding outside the amount applied for"])


def y07(out):
    """docx-letter, Bokmål, 2018 scheme: 'NAV', 'Fylkesmannen i Nordland', 'rådmann'; a 50-prosent
    stilling in prose; ink images with name and title typed underneath, stacked."""
    d = _doc("Times New Roman", 12)
    d.add_paragraph("NAV Vefsn\nPostboks 570, 8651 Mosjøen")
    d.add_paragraph("Fylkesmannen i Nordland\nMoloveien 10\n8002 Bodø")
    d.add_paragraph("Mosjøen, 19. januar 2018")
    d.add_paragraph().add_run("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2018").bold = True
    for t in [
        "Viser til kunngjøring fra Arbeids- og velferdsdirektoratet med søknadsfrist 1. februar 2018. NAV Vefsn "
        "(org.nr. 915 484 786) søker om tilskudd til prosjektet «Overgang til voksenlivet».",
        "Prosjektet er nytt og skal starte 1. mai 2018. Det retter seg mot ungdom under 25 år og unge innvandrere "
        "som går fra introduksjonsprogram eller videregående skole til arbeid, og skal sikre gode overganger "
        "mellom tjenestene, skole og arbeidsliv.",
        "Vi søker om midler til en 50-prosent stilling som ungdomsveileder, til sammen kr 300 000 inkludert "
        "sosiale kostnader. Det søkes ikke om andre midler.",
        "Kontaktperson: Lise Kvitvær, tlf. 75 10 22 48, e-post lise.kvitvaer@nav.no.",
    ]:
        d.add_paragraph(t)
    d.add_paragraph("Med vennlig hilsen")
    tmp = Path(tempfile.mkdtemp())
    for seed, name, title in [(701, "Bjørn Inge Sørensen", "NAV-leder"), (702, "Randi Hopen", "rådmann")]:
        d.add_paragraph().add_run().add_picture(str(K.ink_file(seed, tmp)), width=Cm(4))
        d.add_paragraph(f"{name}\n{title}")
    _save(d, out, "Søknad 2018", "Lise Kvitvær")
    return truth("y07", "docx", "docx-letter", lang="nb", scheme="nav-sosiale-tjenester-2018",
                 office=("Nav Vefsn", "Vefsn", "915484786"),
                 contact=("Lise Kvitvær", "lise.kvitvaer@nav.no", "75102248"),
                 project=("Overgang til voksenlivet", "new", "2018-05-01"), pct=50,
                 amounts={"positions": 300000, "competence": None, "other": None, "total": 300000},
                 prio=["ungdom-innvandrere", "overganger"], interest=(None, None),
                 sigs=[("nav_leader", "Bjørn Inge Sørensen", "NAV-leder", "2018-01-19", "handwritten"),
                       ("municipality", "Randi Hopen", "rådmann", "2018-01-19", "handwritten")],
                 expected=[], notes=["2018 letter; signature dates are the letter's date"])
