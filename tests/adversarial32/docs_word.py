"""python-docx (plus raw XML) builders with their hand-written truth."""
from __future__ import annotations

import copy
import io
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from truthlib import truth  # noqa: E402
import kit32  # noqa: E402
from kit32 import nok, no_date, ink_png  # noqa: E402
from content32 import head_rows, budget_rows, area_lines, interest_rows, purpose, approval_text, start_text  # noqa
from model32 import heading, truth_of, LABELS, AREAS  # noqa
from data32 import D  # noqa


def new_doc(font="Calibri", size=11):
    doc = Document()
    stl = doc.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(size)
    cp = doc.core_properties
    cp.author = "Nav"
    cp.last_modified_by = "Nav"
    cp.revision = 1
    return doc


def save(doc, out):
    doc.save(str(out))
    kit32.normalise_zip(out)


def shade(cell, fill="D9E2F3"):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def bold(cell, text, size=None):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)


def ink_cell(cell, seed, width=Cm(5)):
    cell.paragraphs[0].add_run().add_picture(io.BytesIO(ink_png(seed)), width=width)


def headings(doc, d):
    h1, h2 = heading(d)
    p = doc.add_paragraph()
    r = p.add_run(h1)
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(h2)


# ---------------------------------------------------------------- z05: two-column table, ■/□ boxes, ink in table
def z05(out):
    d = D["z05"]
    doc = new_doc("Arial", 10)
    headings(doc, d)
    rows = head_rows(d, "nbA") + [("Beskrivelse av prosjektet", purpose(d) + " Dette er prosjektets andre år.")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in rows:
        c = t.add_row().cells
        bold(c[0], a)
        shade(c[0], "EDEDED")
        c[1].text = b
    doc.add_paragraph()
    doc.add_paragraph().add_run("Budsjett 2020").bold = True
    bt = doc.add_table(rows=0, cols=3)
    bt.style = "Table Grid"
    for r in budget_rows(d, "kr"):
        c = bt.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    doc.add_paragraph()
    doc.add_paragraph().add_run(LABELS["nbA"]["areas"]).bold = True
    for g, txt in area_lines(d, "■", "□"):
        doc.add_paragraph(f"{g}  {txt}")
    it = doc.add_table(rows=0, cols=2)
    it.style = "Table Grid"
    for a, b in interest_rows(d, "nbA"):
        c = it.add_row().cells
        c[0].text = a
        c[1].text = "■ Ja   □ Nei" if b == "Ja" else "□ Ja   ■ Nei"
    doc.add_paragraph()
    doc.add_paragraph().add_run("Underskrifter").bold = True
    st = doc.add_table(rows=4, cols=2)
    st.style = "Table Grid"
    bold(st.cell(0, 0), "Nav-leder")
    bold(st.cell(0, 1), "Kommunedirektør")
    for i, (role, name, title, date, _) in enumerate(d["sigs"]):
        st.cell(1, i).text = "Vinstra, " + no_date(date)
        ink_cell(st.cell(2, i), 500 + i)
        st.cell(3, i).text = name
    save(doc, out)
    return truth_of(d, truth, "docx", "docx-form")


# ---------------------------------------------------------------- z06: four-column table (label | answer | label | answer), nn
def z06(out):
    d = D["z06"]
    doc = new_doc("Times New Roman", 11)
    headings(doc, d)
    rows = head_rows(d, "nn")
    rows[2] = ("Organisasjonsnummer", d["org"])
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for i in range(0, len(rows), 2):
        c = t.add_row().cells
        for j, (a, b) in enumerate(rows[i:i + 2]):
            bold(c[2 * j], a, 9)
            shade(c[2 * j], "FFF2CC")
            c[2 * j + 1].text = b
    doc.add_paragraph()
    doc.add_paragraph().add_run("Budsjett").bold = True
    t2 = doc.add_table(rows=0, cols=4)
    t2.style = "Table Grid"
    pairs = [("Stilling", "Jobbspesialist"), ("Stillingsdel", "100 %"), ("Løn og sosiale kostnader", nok(560000)),
             ("Kompetansemiddel", nok(10000)), ("Samla søknadssum", nok(570000)), ("", "")]
    for i in range(0, len(pairs), 2):
        c = t2.add_row().cells
        for j, (a, b) in enumerate(pairs[i:i + 2]):
            bold(c[2 * j], a, 9)
            c[2 * j + 1].text = b
    doc.add_paragraph()
    doc.add_paragraph().add_run(LABELS["nn"]["areas"]).bold = True
    at = doc.add_table(rows=0, cols=2)
    at.style = "Table Grid"
    for g, txt in area_lines(d):
        c = at.add_row().cells
        c[0].text = "X" if g == "☒" else ""
        c[1].text = txt
    doc.add_paragraph()
    for a, b in interest_rows(d, "nn"):
        doc.add_paragraph(f"{a}  {b}")
    doc.add_paragraph().add_run("Godkjenning").bold = True
    gt = doc.add_table(rows=3, cols=4)
    gt.style = "Table Grid"
    for j, h in enumerate(("Rolle", "Namn", "Tittel", "Dato")):
        bold(gt.cell(0, j), h, 9)
    for i, (role, name, title, date, _) in enumerate(d["sigs"]):
        vals = ("Nav-leiar" if role == "nav_leader" else "Kommuneleiinga", name, title, no_date(date))
        for j, v in enumerate(vals):
            gt.cell(i + 1, j).text = v
    doc.add_paragraph(approval_text(d))
    save(doc, out)
    return truth_of(d, truth, "docx", "docx-form", expected=["ORG_NUMBER_INVALID"],
                    notes=[f"planted: organisation number {d['org']} fails MOD11 (check digit +3)"])


# ---------------------------------------------------------------- z07: 2018, Ja/Nei columns for every area, ink
def z07(out):
    d = D["z07"]
    doc = new_doc("Cambria", 11)
    headings(doc, d)
    doc.add_paragraph("Søknaden sendes Fylkesmannen i Nordland.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in head_rows(d, "nbC", dstyle="dots"):
        c = t.add_row().cells
        bold(c[0], a)
        c[1].text = b
    doc.add_paragraph()
    doc.add_paragraph().add_run("Stillinger og kostnader").bold = True
    doc.add_paragraph("Det søkes om 1,5 årsverk fordelt på to stillinger:")
    bt = doc.add_table(rows=0, cols=3)
    bt.style = "Table Grid"
    for r in budget_rows(d, "dot"):
        c = bt.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    doc.add_paragraph()
    doc.add_paragraph().add_run("Prioriterte områder i 2018").bold = True
    at = doc.add_table(rows=1, cols=3)
    at.style = "Table Grid"
    bold(at.cell(0, 0), "Område")
    bold(at.cell(0, 1), "Ja")
    bold(at.cell(0, 2), "Nei")
    for g, txt in area_lines(d):
        c = at.add_row().cells
        c[0].text = txt
        c[1 if g == "☒" else 2].text = "X"
    doc.add_paragraph()
    doc.add_paragraph().add_run("Underskrifter").bold = True
    for i, (role, name, title, date, _) in enumerate(d["sigs"]):
        doc.add_paragraph(f"Narvik, {no_date(date, 'long')}")
        doc.add_paragraph().add_run().add_picture(io.BytesIO(ink_png(700 + i)), width=Cm(5))
        doc.add_paragraph(f"{name}\n{title}")
    save(doc, out)
    return truth_of(d, truth, "docx", "docx-form", notes=["2018 form: no network/evaluation questions (null)"])


# ---------------------------------------------------------------- letters
def letter(d, out, paras, budget, closing, sigs_layout="side", approval=False, font="Calibri"):
    doc = new_doc(font, 11)
    p = doc.add_paragraph()
    p.add_run(d["written"]).bold = True
    doc.add_paragraph(f"{d['muni']} kommune")
    p = doc.add_paragraph(paras[0])
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for x in paras[1:]:
        if x.startswith("##"):
            doc.add_paragraph().add_run(x[2:].strip()).bold = True
        else:
            doc.add_paragraph(x)
        if x == "@BUDGET":
            doc.paragraphs[-1].text = ""
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, b in budget:
                c = t.add_row().cells
                c[0].text = a
                c[1].text = b
    doc.add_paragraph(closing)
    sigs = d["sigs"]
    if approval:
        for role, name, title, date, _ in sigs:
            doc.add_paragraph(f"{name}\n{title} – godkjent {no_date(date)}")
        doc.add_paragraph(approval_text(d))
    elif sigs_layout == "side":
        t = doc.add_table(rows=3, cols=len(sigs))
        for i, (role, name, title, date, _) in enumerate(sigs):
            ink_cell(t.cell(0, i), 1000 + i + int(d["id"][1:]) * 10)
            t.cell(1, i).text = name
            t.cell(2, i).text = title
    else:
        for i, (role, name, title, date, _) in enumerate(sigs):
            doc.add_paragraph().add_run().add_picture(io.BytesIO(ink_png(1100 + i)), width=Cm(4.5))
            doc.add_paragraph(f"{name}\n{title}")
    save(doc, out)


def z10(out):
    d = D["z10"]
    paras = ["Fagernes, 25. januar 2019",
             "Til Fylkesmannen i Innlandet",
             "## Søknad om tilskot til utvikling av sosiale tenester i Nav 2019 – «Familiestøtte i Valdres»",
             "NAV Nord-Aurdal søkjer med dette om tilskot til prosjektet «Familiestøtte i Valdres». Nord-Aurdal kommune "
             "har organisasjonsnummer " + d["org"] + ". Prosjektet er nytt og skal starte 1. april 2019.",
             "Barnefamiliar med låg inntekt er ei stor gruppe hjå oss. Prosjektet skal følgje opp barnefamiliar, ungdom og "
             "innvandrarar tettare, med ein familiekoordinator som ser heile familien under eitt.",
             "Vi søkjer om ei stilling (100 %) og kompetansemiddel til opplæring i familiearbeid. Kommunen bidreg i tillegg "
             "med eigenfinansiering på 150 000 kroner, som ikkje inngår i søknadssummen.",
             "## Budsjett for 2019", "@BUDGET",
             "Kontoret ønskjer å vere med i nettverk/klyngesamarbeid med andre kontor, og vi er interesserte i ekstern "
             "prosessevaluering.",
             "Kontaktperson for søknaden er Gunnhild Rogn, e-post gunnhild.rogn@nav.no, telefon 976 54 321."]
    budget = [("Familiekoordinator, 100 % stilling (løn og sosiale kostnader)", "575 000 kr"),
              ("Kompetansemiddel", "10 000 kr"), ("Sum søknad", "585 000 kr"),
              ("Eigenfinansiering frå kommunen (ikkje søkt)", "150 000 kr")]
    D["z10"]["positions"] = [("Familiekoordinator", 100, 575000)]
    letter(d, out, paras, budget, "Med helsing", "side", font="Georgia")
    d["sigs"] = d["sigs"]
    return truth_of(d, truth, "docx", "docx-letter", own_funding=150000,
                    notes=["signature blocks carry no date of their own: the letter date 25.01.2019 is taken as both signatures' date"])


def z11(out):
    d = D["z11"]
    paras = ["Hemsedal, 24.01.2020",
             "Statsforvalteren i Viken (Fylkesmannen i Oslo og Viken)",
             "## Søknad om tilskudd 2020 – sosiale tjenester i Nav-kontoret: «Sesongarbeid som springbrett»",
             "Nav Hemsedal søker om tilskudd til et nytt prosjekt som skal bruke det ordinære arbeidslivet i "
             "reiselivsnæringen som springbrett for unge sosialhjelpsmottakere. Hemsedal kommune, org.nr. "
             + d["org"][:3] + " " + d["org"][3:6] + " " + d["org"][6:] + ".",
             "Vi søker om en halv stilling (50 %) som jobbspesialist fra 15. april 2020, og om kompetansemidler til "
             "kurs i jobbspesialistrollen.",
             "## Budsjett", "@BUDGET",
             "Vi ønsker å delta i nettverk/klyngesamarbeid. Vi ønsker ikke ekstern prosessevaluering i år.",
             "Kontaktperson: Lars Gunnar Grøthe, lars.grothe@nav.no, mobil 906 11 482.",
             "Søknaden er drøftet med kommuneledelsen i Hemsedal."]
    budget = [("Jobbspesialist 50 %", "kr 300 000"), ("Kompetansemidler", "kr 5 000"), ("Totalt", "kr 305 000")]
    D["z11"]["positions"] = [("Jobbspesialist", 50, 300000)]
    letter(d, out, paras, budget, "Med vennlig hilsen", "stack")
    return truth_of(d, truth, "docx", "docx-letter", expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                    notes=["planted: only the Nav leader signs; 'drøftet med kommuneledelsen' is no signature"])


# ---------------------------------------------------------------- z12: labels above answers, single-column table -> LibreOffice
def z12_docx(out):
    d = D["z12"]
    doc = new_doc("Calibri", 11)
    headings(doc, d)
    t = doc.add_table(rows=0, cols=1)
    t.style = "Table Grid"
    for a, b in head_rows(d, "nbB") + [("Beskrivelse", purpose(d) + " Prosjektet videreføres for andre år.")]:
        c = t.add_row().cells[0]
        bold(c, a, 9)
        shade(c, "DEEAF6")
        t.add_row().cells[0].text = b
    doc.add_paragraph()
    doc.add_paragraph().add_run("Økonomi").bold = True
    bt = doc.add_table(rows=0, cols=3)
    bt.style = "Table Grid"
    for r in budget_rows(d, "space"):
        c = bt.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    doc.add_paragraph()
    doc.add_paragraph().add_run(LABELS["nbB"]["areas"]).bold = True
    for g, txt in area_lines(d, "☑", "☐"):
        doc.add_paragraph(f"{g} {txt}")
    for a, b in interest_rows(d, "nbB"):
        doc.add_paragraph(f"{a}: {b}")
    doc.add_paragraph().add_run("Signaturer").bold = True
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, (role, name, title, date, _) in enumerate(d["sigs"]):
        t.cell(i, 0).text = "Bømlo " + no_date(date)
        ink_cell(t.cell(i, 1), 1200 + i, Cm(4))
        t.cell(i, 2).text = name
        t.cell(i, 3).text = title
    save(doc, out)


def z12(out):
    tmp = out.with_suffix(".docx")
    z12_docx(tmp)
    kit32.soffice_pdf(tmp, out)
    tmp.unlink()
    return truth_of(D["z12"], truth, "pdf", "pdf-from-office")


def z13(out):
    d = D["z13"]
    tmp = out.with_suffix(".docx")
    paras = ["Grong, 29. januar 2020",
             "Statsforvalteren i Trøndelag",
             "## Søknad om tilskot til utvikling av sosiale tenester i Nav 2020",
             "NAV Grong søkjer om tilskot til prosjektet «Indre Namdal i arbeid». Prosjektet er nytt og startar "
             "1. mai 2020. Grong kommune har organisasjonsnummer " + d["org"] + ".",
             "Prosjektet skal nytte det ordinære arbeidslivet i Indre Namdal betre, med ein jobbspesialist som "
             "arbeider tett med lokale verksemder.",
             "Vi søkjer om ei 80 % stilling. Løn og sosiale kostnader utgjer 520 000 kroner, som også er samla "
             "søknadssum. Vi søkjer ikkje om kompetansemiddel.",
             "Kontoret ønskjer å vere med i nettverk/klyngesamarbeid, men ønskjer ikkje ekstern prosessevaluering.",
             "Kontaktperson: Ingrid Fossland, ingrid.fossland@grong.kommune.no, tlf. 959 20 114."]
    D["z13"]["positions"] = [("Jobbspesialist", 80, 520000)]
    letter(d, tmp, paras, [], "Med venleg helsing", approval=True, font="Cambria")
    kit32.soffice_pdf(tmp, out)
    tmp.unlink()
    return truth_of(d, truth, "pdf", "pdf-from-office", expected=["AMOUNT_OVER_CAP"],
                    notes=["planted: 520 000 for 80 % > 610 000 × 0.8 = 488 000"])


# ---------------------------------------------------------------- z14: content controls, date pickers, w14 checkboxes
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def sdt_text(tag, alias, value):
    v = value.replace("&", "&amp;").replace("<", "&lt;")
    return parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/></w:sdtPr>'
        f'<w:sdtContent><w:r><w:t xml:space="preserve">{v}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_date(tag, iso, shown):
    return parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:tag w:val="{tag}"/><w:date w:fullDate="{iso}T00:00:00Z">'
        f'<w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/></w:date></w:sdtPr>'
        f'<w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_check(tag, on):
    g = "2612" if on else "2610"
    return parse_xml(
        f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox><w14:checked w14:val="{1 if on else 0}"/>'
        f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
        f'<w:t>{chr(int(g, 16))}</w:t></w:r></w:sdtContent></w:sdt>')


def z14(out):
    d = D["z14"]
    doc = new_doc("Calibri", 11)
    headings(doc, d)
    L = LABELS["nbB"]
    items = [("soker", L["office"], d["written"]), ("kommune", L["muni"], "Vadsø kommune"),
             ("orgnr", L["org"], d["org"]), ("kontakt", L["contact"], d["contact"][0]),
             ("epost", L["email"], d["contact"][1]), ("mobil", L["phone"], d["contact"][2]),
             ("tittel", L["title"], d["title"]), ("type", L["kind"], "Nytt prosjekt")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for tag, lab, val in items:
        c = t.add_row().cells
        bold(c[0], lab)
        c[1].paragraphs[0]._p.append(sdt_text(tag, lab, val))
    c = t.add_row().cells
    bold(c[0], L["start"])
    c[1].paragraphs[0]._p.append(sdt_date("oppstart", d["start"], no_date(d["start"])))
    doc.add_paragraph()
    doc.add_paragraph().add_run("Stillinger og budsjett").bold = True
    bt = doc.add_table(rows=0, cols=3)
    bt.style = "Table Grid"
    for i, r in enumerate(budget_rows(d, "space")):
        c = bt.add_row().cells
        for j, v in enumerate(r):
            if i == 0:
                bold(c[j], v)
            else:
                c[j].paragraphs[0]._p.append(sdt_text(f"b{i}{j}", r[0], v))
    doc.add_paragraph()
    doc.add_paragraph().add_run(L["areas"]).bold = True
    for k, (g, txt) in enumerate(area_lines(d)):
        p = doc.add_paragraph()
        p._p.append(sdt_check(f"omr{k}", g == "☒"))
        p.add_run(" " + txt)
    for k, (lab, v) in enumerate(interest_rows(d, "nbB")):
        p = doc.add_paragraph(lab + "   ")
        p._p.append(sdt_check(f"int{k}ja", v == "Ja"))
        p.add_run(" Ja  ")
        p._p.append(sdt_check(f"int{k}nei", v == "Nei"))
        p.add_run(" Nei")
    doc.add_paragraph().add_run("Godkjenning").bold = True
    gt = doc.add_table(rows=2, cols=3)
    gt.style = "Table Grid"
    for i, (role, name, title, date, _) in enumerate(d["sigs"]):
        gt.cell(i, 0).paragraphs[0]._p.append(sdt_text(f"godkj{i}", "Godkjent av", name))
        gt.cell(i, 1).text = title
        gt.cell(i, 2).paragraphs[0]._p.append(sdt_date(f"godkjdato{i}", date, no_date(date)))
    doc.add_paragraph("Godkjent elektronisk i kommunens saksbehandlingssystem. " + approval_text(d))
    save(doc, out)
    return truth_of(d, truth, "docx", "docx-controls")
