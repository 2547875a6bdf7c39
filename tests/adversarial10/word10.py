"""Word documents of the tenth adversarial corpus (truth written by hand next to each builder)."""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt, Cm

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adversarial2"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from truthlib import truth  # noqa: E402
from kit10 import (add_para, ff_check, ff_text, fill_cell, ink_png, pic, run, save_docx, sdt_check,  # noqa: E402
                   sdt_date, sdt_drop, sdt_text)

S = "nav-sosiale-tjenester-2020"


def _base(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


# ------------------------------------------------------------------ j01 docx-form, Nynorsk, labels above answers
def j01(out):
    d = _base("Cambria", 10.5)
    d.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", 1)
    d.add_paragraph("Kap. 0621 post 63 – søknadsfrist 1. februar 2020. Sendast Statsforvaltaren i Vestland.")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def pair(l1, v1, l2, v2):
        cells = t.add_row().cells
        for c, (l, v) in zip(cells, ((l1, v1), (l2, v2))):
            p = c.paragraphs[0]
            r = p.add_run(l)
            r.bold = True
            r.font.size = Pt(8)
            c.add_paragraph(v)

    pair("Søkjar (Nav-kontor)", "NAV Sogndal", "Kommune", "Sogndal kommune")
    pair("Organisasjonsnummer", "939 825 975", "Kontaktperson", "Ingrid Hauge, rettleiar")
    pair("E-postadresse", "ingrid.hauge@nav.no", "Telefon", "+47 977 12 345")
    pair("Namn på prosjektet", "«Ungdomslos Sogndal»", "Planlagd oppstart", "1. mars 2020")
    pair("Type prosjekt", "✔ Nytt prosjekt     ☐ Vidareføring", "Tal på stillingar", "Ei stilling (100 %)")
    d.add_paragraph()
    d.add_paragraph("Prioriterte område prosjektet rettar seg mot (kryss av):").runs[0].bold = True
    d.add_paragraph("☐ Bruk av ordinært arbeidsliv")
    d.add_paragraph("✔ Oppfølging av barnefamiliar, ungdom og innvandrarar")
    d.add_paragraph("✔ Sikring av sårbare overgangar")
    d.add_paragraph("Kort om prosjektet").runs[0].bold = True
    d.add_paragraph("Ein ungdomslos skal følgje opp ungdom mellom 16 og 24 år som står i fare for å falle ut av "
                    "vidaregåande skule, og sikre overgangen frå skule til arbeid eller vidare utdanning. Losen "
                    "arbeider tett med familiane og med NAV-rettleiarane.")
    d.add_paragraph("Budsjett (kr)").runs[0].bold = True
    b = d.add_table(rows=0, cols=2)
    b.style = "Table Grid"
    for a, v in (("Løn og sosiale kostnader, ungdomslos 100 %", "610 000"),
                 ("Kompetansemidlar (prosjektspesifikk kompetanse)", "10 000"),
                 ("Sum søkt tilskot", "620 000")):
        cs = b.add_row().cells
        cs[0].text, cs[1].text = a, v
    d.add_paragraph()
    d.add_paragraph("Ønskjer kontoret å vere med i nettverk/klyngesamarbeid?   Ja ✔   Nei ☐")
    d.add_paragraph("Ønskjer kontoret ekstern prosessevaluering?   Ja ☐   Nei ✔")
    d.add_paragraph()
    d.add_paragraph("Underskrifter").runs[0].bold = True
    s = d.add_table(rows=1, cols=2)
    for c, (place, seed, name, tit) in zip(s.rows[0].cells, (
            ("Stad/dato: Sogndal, 27.01.2020", 101, "Kari Nes", "Nav-leiar"),
            ("Stad/dato: Sogndal, 29.01.2020", 102, "Per Bjørnstad", "kommunedirektør"))):
        c.paragraphs[0].add_run(place)
        pic(c.add_paragraph(), ink_png(seed), 4.2)
        c.add_paragraph("_______________________________")
        c.add_paragraph(name)
        c.add_paragraph(tit)
    save_docx(d, out)
    return truth("j01", "docx", "docx-form", lang="nn", scheme=S,
                 office=("Nav Sogndal", "Sogndal", "939825975"),
                 contact=("Ingrid Hauge", "ingrid.hauge@nav.no", "97712345"),
                 project=("Ungdomslos Sogndal", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Kari Nes", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Per Bjørnstad", "Kommunedirektør", "2020-01-29", "handwritten")])


# ------------------------------------------------------------------ j02 docx-controls, numbered sections, dropdowns
def j02(out):
    d = _base("Arial", 10)
    d.add_heading("Tilskudd til utvikling av sosiale tjenester i Nav – søknad for 2020", 1)
    d.add_paragraph("Utfylles av Nav-kontoret. Frist 1. februar 2020.")

    def sec(t):
        d.add_heading(t, 2)

    def fld(label, inner):
        add_para(d, run(label + " ") + inner)

    sec("1. Søker")
    fld("1.1 Nav-kontor:", sdt_text("kontor", "Nav-kontor", "Nav Ringsaker"))
    fld("1.2 Kommune:", sdt_text("kommune", "Kommune", "Ringsaker"))
    fld("1.3 Org.nr.:", sdt_text("orgnr", "Organisasjonsnummer", "991907483"))
    sec("2. Kontaktperson for søknaden")
    fld("2.1 Navn:", sdt_text("kontakt", "Kontaktperson", "Thomas Lunde"))
    fld("2.2 E-post:", sdt_text("epost", "E-post", "Thomas.Lunde@nav.no"))
    fld("2.3 Mobil:", sdt_text("tlf", "Telefon", "48 21 90 33"))
    sec("3. Prosjektet")
    fld("3.1 Prosjektnavn:", sdt_text("tittel", "Prosjektnavn", "Jobbspor for familier"))
    fld("3.2 Ny søknad eller videreføring:", sdt_drop("type", "Type", "Videreføring",
                                                      ["Ny søknad", "Videreføring"]))
    fld("3.3 Prosjektet startet:", sdt_date("start", "Startdato", "2020-01-01", "1. januar 2020"))
    fld("3.4 Prioritert område:", "")
    for tag, lab, on in (("p1", "Bruk av ordinært arbeidsliv", True),
                         ("p2", "Oppfølging av barnefamilier, ungdom og innvandrere", True),
                         ("p3", "Sikring av sårbare overganger", False)):
        add_para(d, sdt_check(tag, on) + run("  " + lab))
    sec("4. Stillinger og budsjett")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Stilling", "Stillingsprosent", "Søkt beløp (kr)")):
        c.text = h
    for a, b, c in (("Familiekoordinator", "100 %", "600 000"), ("Jobbspesialist", "50 %", "305 000"),
                    ("Kompetansemidler", "", "10 000"), ("Totalt søkt", "150 %", "915 000")):
        cs = t.add_row().cells
        fill_cell(cs[0], run(a))
        fill_cell(cs[1], run(b))
        fill_cell(cs[2], sdt_text("belop", "Beløp", c))
    sec("5. Samarbeid og evaluering")
    fld("5.1 Interessert i nettverk/klyngesamarbeid:", sdt_drop("nett", "Nettverk", "Ja", ["Ja", "Nei"]))
    fld("5.2 Interessert i ekstern prosessevaluering:", sdt_drop("eval", "Evaluering", "Ja", ["Ja", "Nei"]))
    sec("6. Godkjenning")
    d.add_paragraph("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    g = d.add_table(rows=1, cols=3)
    g.style = "Table Grid"
    for c, h in zip(g.rows[0].cells, ("Godkjent av", "Rolle", "Dato")):
        c.text = h
    for a, b, c in (("Hilde Sveen", "Nav-leder", "24.01.2020"), ("Jon Arne Moen", "Kommunedirektør", "28.01.2020")):
        cs = g.add_row().cells
        cs[0].text, cs[1].text, cs[2].text = a, b, c
    save_docx(d, out)
    return truth("j02", "docx", "docx-controls", lang="nb", scheme=S,
                 office=("Nav Ringsaker", "Ringsaker", "991907483"),
                 contact=("Thomas Lunde", "thomas.lunde@nav.no", "48219033"),
                 project=("Jobbspor for familier", "continuation", "2020-01-01"), pct=150,
                 amounts={"positions": 905000, "competence": 10000, "other": None, "total": 915000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Hilde Sveen", "Nav-leder", "2020-01-24", "electronic_approval"),
                       ("municipality", "Jon Arne Moen", "Kommunedirektør", "2020-01-28", "electronic_approval")])


# ------------------------------------------------------------------ j03 docx-legacy-fields, answers in the next row, sum wrong
def j03(out):
    d = _base("Times New Roman", 11)
    d.add_heading("SØKNADSSKJEMA – sosiale tjenester i NAV, tilskudd 2020", 1)

    def grid(headers, values):
        t = d.add_table(rows=2, cols=len(headers))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, headers):
            c.text = h
            c.paragraphs[0].runs[0].bold = True
        for i, (c, v) in enumerate(zip(t.rows[1].cells, values)):
            fill_cell(c, v if v.startswith("<w:") else ff_text(f"F{len(headers)}{i}", v))
        d.add_paragraph()

    grid(["Nav-kontor", "Kommune", "Organisasjonsnr."], ["NAV Steinkjer", "Steinkjer", "933 788 768"])
    grid(["Kontaktperson", "E-post", "Telefon"], ["Marte Aune", "marte.aune@nav.no", "91 23 45 67"])
    grid(["Prosjektets navn", "Nytt / videreført", "Oppstart"], ["Overgangsteamet", "Nytt", "august 2020"])
    d.add_paragraph("Prioriterte områder").runs[0].bold = True
    for i, (lab, on) in enumerate((("Bruk av ordinært arbeidsliv", False),
                                   ("Oppfølging av barnefamilier, ungdom og innvandrere", False),
                                   ("Sikring av sårbare overganger", True))):
        add_para(d, ff_check(f"Pri{i}", on) + run(" " + lab))
    d.add_paragraph()
    grid(["Stillingsandel", "Lønn og sosiale utgifter", "Kompetansemidler", "Sum omsøkt"],
         ["75 %", "kr 450 000", "kr 8 000", "kr 468 000"])
    add_para(d, run("Ønsker nettverkssamarbeid:  ") + ff_check("NJa", False) + run(" Ja   ") +
             ff_check("NNei", True) + run(" Nei"))
    add_para(d, run("Ønsker ekstern prosessevaluering:  ") + ff_check("EJa", True) + run(" Ja   ") +
             ff_check("ENei", False) + run(" Nei"))
    d.add_paragraph()
    d.add_paragraph("Steinkjer, 20. januar 2020")
    pic(d.add_paragraph(), ink_png(301), 4.5)
    d.add_paragraph("Eva Sandvik, leder NAV Steinkjer")
    d.add_paragraph()
    d.add_paragraph("Steinkjer, 22. januar 2020")
    pic(d.add_paragraph(), ink_png(302), 4.5)
    d.add_paragraph("Rune Holm, kommunalsjef, Steinkjer kommune")
    save_docx(d, out)
    return truth("j03", "docx", "docx-legacy-fields", lang="nb", scheme=S,
                 office=("Nav Steinkjer", "Steinkjer", "933788768"),
                 contact=("Marte Aune", "marte.aune@nav.no", "91234567"),
                 project=("Overgangsteamet", "new", "2020-08-01"), pct=75,
                 amounts={"positions": 450000, "competence": 8000, "other": None, "total": 468000},
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Eva Sandvik", "Nav-leder", "2020-01-20", "handwritten"),
                       ("municipality", "Rune Holm", "Kommunalsjef", "2020-01-22", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["planted: 450 000 + 8 000 = 458 000, stated total 468 000"])


# ------------------------------------------------------------------ j04 docx-letter, Bokmål, titles before names
def j04(out):
    d = _base("Georgia", 11)
    for l in ("Nav Alta", "Postboks 1103, 9504 Alta", "Org.nr. 923 286 012"):
        d.add_paragraph(l).paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    for l in ("Statsforvalteren i Troms og Finnmark", "Sosial- og helseavdelingen"):
        d.add_paragraph(l).paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    d.add_paragraph("Alta, 30. januar 2020").alignment = 2
    d.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020").runs[0].bold = True
    for txt in (
        "Nav Alta søker med dette om tilskudd til det nye prosjektet \"Tett på – arbeid for unge i Alta\". "
        "Prosjektet skal etter planen starte opp 15. april 2020.",
        "Vi ser at mange unge mellom 18 og 29 år blir gående lenge på økonomisk sosialhjelp. Prosjektet retter "
        "seg mot prioriteringsområdene «Bruk av ordinært arbeidsliv» og «Oppfølging av barnefamilier, ungdom og "
        "innvandrere». Vi vil bruke lokale arbeidsgivere aktivt og gi tett, individuell oppfølging.",
        "Vi søker om midler til to stillinger à 80 %, en ungdomsveileder og en jobbspesialist, samt kompetansemidler "
        "til opplæring i prosjektets arbeidsform. Alta kommune bidrar med en egenandel, se budsjettet under.",
        "Nav Alta ønsker å delta i nettverk/klyngesamarbeid med andre prosjekter i fylket. Vi ønsker ikke ekstern "
        "prosessevaluering av prosjektet.",
        "Kontaktperson for søknaden er seniorrådgiver Leif Isaksen (leif.isaksen@nav.no, mobil 934 55 120).",
    ):
        d.add_paragraph(txt)
    d.add_paragraph("Budsjett 2020").runs[0].bold = True
    t = d.add_table(rows=1, cols=2)
    t.style = "Light Grid Accent 1"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Post", "Kroner"
    for a, b in (("Ungdomsveileder, 80 % stilling (lønn og sosiale kostnader)", "488 000"),
                 ("Jobbspesialist, 80 % stilling (lønn og sosiale kostnader)", "488 000"),
                 ("Kompetansemidler", "10 000"),
                 ("Sum omsøkt tilskudd", "986 000"),
                 ("Alta kommunes egenandel (finansieres over kommunens budsjett)", "200 000")):
        cs = t.add_row().cells
        cs[0].text, cs[1].text = a, b
    d.add_paragraph()
    d.add_paragraph("Med vennlig hilsen")
    d.add_paragraph("Nav-leder")
    pic(d.add_paragraph(), ink_png(401), 4.0)
    d.add_paragraph("Anne Mette Berg")
    d.add_paragraph()
    d.add_paragraph("Kommunedirektør")
    pic(d.add_paragraph(), ink_png(402), 4.0)
    d.add_paragraph("Svein Olav Nilsen")
    save_docx(d, out)
    return truth("j04", "docx", "docx-letter", lang="nb", scheme=S,
                 office=("Nav Alta", "Alta", "923286012"),
                 contact=("Leif Isaksen", "leif.isaksen@nav.no", "93455120"),
                 project=("Tett på – arbeid for unge i Alta", "new", "2020-04-15"), pct=160,
                 amounts={"positions": 976000, "competence": 10000, "other": None, "total": 986000},
                 own_funding=200000,
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Anne Mette Berg", "Nav-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Svein Olav Nilsen", "Kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["positions 976 000 = 2 x 488 000, exactly the cap for 160 %: no AMOUNT_OVER_CAP"])


# ------------------------------------------------------------------ j08 pdf-from-office, budget first, empty municipality block
def j08(out):
    d = _base("Liberation Sans", 10)
    d.add_heading("Søknad – tilskudd til sosiale tjenester i Nav (2020)", 1)
    d.add_paragraph("A. Budsjett for 2020").runs[0].bold = True
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Kostnad", "Stillingsprosent", "Beløp")):
        c.text = h
    for a, b, c in (("Lønn inkl. sosiale kostnader, prosjektmedarbeider", "100", "kr 610 000,-"),
                    ("Sum tilskudd det søkes om", "", "kr 610 000,-")):
        cs = t.add_row().cells
        cs[0].text, cs[1].text, cs[2].text = a, b, c
    d.add_paragraph()
    d.add_paragraph("B. Opplysninger om søker").runs[0].bold = True
    for a, b in (("Navn på Nav-kontoret", "Nav Gjøvik"), ("Kommune", "Gjøvik"), ("Organisasjonsnummer", "964686955"),
                 ("Kontaktperson", "Nina Hagen"), ("E-post kontaktperson", "nina.hagen@nav.no"),
                 ("Telefon kontaktperson", "412 23 344")):
        d.add_paragraph(f"{a}:\t{b}")
    d.add_paragraph("C. Om prosjektet").runs[0].bold = True
    for a, b in (("Prosjektnavn", "Ny start Gjøvik"), ("Nytt prosjekt eller videreføring", "Nytt prosjekt"),
                 ("Oppstartsdato", "15.03.2020"),
                 ("Prioritert område", "Bruk av ordinært arbeidsliv"),
                 ("Ønsker nettverk/klyngesamarbeid", "Ja"), ("Ønsker ekstern prosessevaluering", "Nei")):
        d.add_paragraph(f"{a}:\t{b}")
    d.add_paragraph("Prosjektmedarbeideren skal skaffe praksis- og arbeidsplasser i ordinære virksomheter for "
                    "langtidsmottakere av sosialhjelp og følge dem opp på arbeidsplassen.")
    d.add_paragraph("D. Underskrifter").runs[0].bold = True
    s = d.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    s.rows[0].cells[0].text = "Leder i Nav-kontoret"
    s.rows[0].cells[1].text = "Kommunens ledelse (rådmann/kommunedirektør)"
    c = s.rows[1].cells[0]
    c.paragraphs[0].add_run("Sted/dato: Gjøvik, 29.01.2020")
    pic(c.add_paragraph(), ink_png(801), 4.0)
    c.add_paragraph("Tor Eriksen, Nav-leder")
    c2 = s.rows[1].cells[1]
    c2.paragraphs[0].add_run("Sted/dato:")
    c2.add_paragraph()
    c2.add_paragraph()
    c2.add_paragraph("Navn/tittel:")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "j08.docx"
        save_docx(d, src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/lo", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(src)], check=True, capture_output=True, timeout=180)
        shutil.copy(Path(td) / "j08.pdf", out)
    return truth("j08", "pdf", "pdf-from-office", lang="nb", scheme=S,
                 office=("Nav Gjøvik", "Gjøvik", "964686955"),
                 contact=("Nina Hagen", "nina.hagen@nav.no", "41223344"),
                 project=("Ny start Gjøvik", "new", "2020-03-15"), pct=100,
                 amounts={"positions": 610000, "competence": None, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Tor Eriksen", "Nav-leder", "2020-01-29", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["planted: the municipality block has empty 'Sted/dato:' and 'Navn/tittel:'"])


# ------------------------------------------------------------------ j14 not-application: final report on last year's grant
def j14(out):
    d = _base("Calibri", 11)
    d.add_heading("Sluttrapport – tilskudd til utvikling av sosiale tjenester i Nav, tilskuddsåret 2019", 1)
    for a, b in (("Tilskuddsmottaker", "Nav Lillestrøm"), ("Organisasjonsnummer", "974 626 667"),
                 ("Prosjekt", "Arbeid for alle"), ("Tildelt beløp 2019", "kr 610 000"),
                 ("Brukt per 31.12.2019", "kr 598 450"), ("Stillingsandel", "100 %"),
                 ("Kontaktperson", "Guro Lie, guro.lie@nav.no, 916 44 221")):
        d.add_paragraph(f"{a}: {b}")
    d.add_heading("1. Måloppnåelse", 2)
    d.add_paragraph("Prosjektet fulgte opp 46 deltakere i 2019. 19 av dem er nå i ordinært arbeid eller utdanning. "
                    "Målet om 15 overganger til arbeid ble nådd.")
    d.add_heading("2. Regnskap", 2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Post", "Budsjett", "Regnskap")):
        c.text = h
    for r in (("Lønn og sosiale kostnader", "610 000", "598 450"), ("Sum", "610 000", "598 450")):
        cs = t.add_row().cells
        for c, v in zip(cs, r):
            c.text = v
    d.add_paragraph("Ubrukte midler, kr 11 550, tilbakebetales etter avtale med Statsforvalteren.")
    d.add_heading("3. Videre drift", 2)
    d.add_paragraph("Kommunen har vedtatt å videreføre stillingen i egen drift fra 2020.")
    d.add_paragraph("Lillestrøm, 14. februar 2020")
    pic(d.add_paragraph(), ink_png(1401), 4.0)
    d.add_paragraph("Hans Petter Lund, Nav-leder")
    save_docx(d, out)
    return truth("j14", "docx", "not-application", lang="nb", scheme=None, score_fields=False,
                 expected=["NOT_AN_APPLICATION"], notes=["final report (sluttrapport) on the 2019 grant"])


# ------------------------------------------------------------------ j15 bad-input: docx whose zip data is corrupted
def j15(out):
    import zipfile
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "x.docx"
        d = _base()
        d.add_heading("Søknad om tilskudd 2020 – Nav Moss", 1)
        for i in range(40):
            d.add_paragraph(f"Avsnitt {i}: prosjektet «Los i Moss» gjelder en 100 % stilling, kr 610 000.")
        save_docx(d, src)
        data = bytearray(src.read_bytes())
        with zipfile.ZipFile(src) as z:
            info = z.getinfo("word/document.xml")
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        for k in range(start + 40, start + 40 + 200, 3):  # scramble the deflated body: CRC and inflate fail
            data[k] ^= 0x5A
        Path(out).write_bytes(bytes(data))
    return truth("j15", "docx", "bad-input", lang=None, scheme=None, score_fields=False,
                 expected=["DOCUMENT_UNREADABLE"], notes=["docx whose word/document.xml deflate data is corrupted"])
