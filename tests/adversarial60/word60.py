"""Corpus 60's Word renderers: a long numbered form with a facts table, and a long letter. Both also feed
pdf-from-office through LibreOffice."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))

from docx.shared import Pt  # noqa: E402
from kit38 import add_ink, cell_text, new_doc, save_doc, soffice_pdf  # noqa: E402
from text60 import AREA_ORDER, AREA_TEXT, L, chapters, kr, toc  # noqa: E402


def _table(doc, rows, style="Table Grid", bold_head=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, bold=bold_head and i == 0, shade="D9E2F3" if i == 0 and bold_head else None)
    return t


def _head_foot(doc, s):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = s["header"]
    sec.footer.paragraphs[0].text = s["footer"]


def _body(doc, s):
    for kind, v in chapters(s):
        if kind == "h":
            doc.add_heading(v, level=2)
        elif kind == "p":
            doc.add_paragraph(v)
        else:
            _table(doc, v)
            doc.add_paragraph()


def _sig_table(doc, s):
    """Two columns side by side: place and date, ink, name, title. A block with no signer stays as blank lines."""
    doc.add_heading("10 Underskrifter", level=2)
    doc.add_paragraph(L(s, "Vi bekrefter at prosjektet er forankret i kommuneledelsen og at opplysningene er riktige.",
                        "Vi stadfestar at prosjektet er forankra i kommuneleiinga og at opplysningane er rette."))
    t = doc.add_table(rows=4, cols=2)
    heads = [L(s, "For Nav-kontoret", "For Nav-kontoret"), L(s, "For kommunen", "For kommunen")]
    for j, role in enumerate(["nav_leader", "municipality"]):
        sig = next((g for g in s["sigs"] if g["role"] == role), None)
        cell_text(t.cell(0, j), heads[j], bold=True)
        if sig and sig["kind"] == "handwritten":
            cell_text(t.cell(1, j), L(s, "Sted og dato: ", "Stad og dato: ") + f"{s['place']}, {sig['shown']}")
            add_ink(t.cell(2, j).paragraphs[0], s["id"] + role)
            cell_text(t.cell(3, j), f"{sig['name']}\n{sig['title_shown']}")
        else:
            cell_text(t.cell(1, j), L(s, "Sted og dato: ______________", "Stad og dato: ______________"))
            cell_text(t.cell(2, j), "\n______________________________")
            cell_text(t.cell(3, j), L(s, "Underskrift, navn og tittel", "Underskrift, namn og tittel"))


def _eapproval(doc, s):
    doc.add_heading("10 Underskrifter", level=2)
    parts = [f"{g['name']} ({g['title_shown']}) {g['shown']}" for g in s["sigs"]]
    doc.add_paragraph(L(s, "Dokumentet er elektronisk godkjent av ", "Dokumentet er elektronisk godkjent av ")
                      + L(s, " og ", " og ").join(parts) + L(s, " og har derfor ingen håndskrevne signaturer.",
                                                              " og har difor ingen handskrivne signaturar."))


def _box(on: bool) -> str:
    return "☒" if on else "☐"


def facts_rows(s) -> list[list[str]]:
    a = s["areas"]
    pos_lines = "\n".join((f"{p[0]} – {p[1]}" if p[1] else p[0]) for p in s["pos_lines"]) if s["pos_lines"] else ""
    rows = [
        [L(s, "1.1 Nav-kontor (søker)", "1.1 Nav-kontor (søkjar)"), s["office_shown"]],
        [L(s, "1.2 Kommune", "1.2 Kommune"), s["muni"]],
        [L(s, "1.3 Organisasjonsnummer", "1.3 Organisasjonsnummer"), s["org_shown"]],
        [L(s, "1.4 Kontaktperson", "1.4 Kontaktperson"), s["contact_shown"]],
        [L(s, "2.1 Prosjektets navn", "2.1 Namnet på prosjektet"), s["title_shown"]],
        [L(s, "2.2 Nytt prosjekt / videreføring", "2.2 Nytt prosjekt / vidareføring"),
         f"{_box(s['kind'] == 'new')} {L(s, 'Nytt', 'Nytt')}   {_box(s['kind'] == 'continuation')} "
         f"{L(s, 'Videreføring', 'Vidareføring')}{s.get('kind_extra', '')}"],
        [L(s, "2.3 Planlagt oppstart", "2.3 Planlagd oppstart"), s["start_shown"]],
        [L(s, "2.4 Stilling(er) det søkes om", "2.4 Stilling(ar) det blir søkt om"), pos_lines],
        [L(s, "3.1 Omsøkt lønn og sosiale utgifter", "3.1 Søkt løn og sosiale utgifter"), "kr " + kr(s["pos_amount"])],
        [L(s, "3.2 Omsøkte kompetansemidler", "3.2 Søkte kompetansemidlar"), "kr " + kr(s["comp"])],
        [L(s, "3.3 Sum omsøkt 2020", "3.3 Sum søkt 2020"), "kr " + kr(s["total_shown"])],
        [L(s, "4 Prioriterte områder", "4 Prioriterte område"),
         "\n".join(f"{_box(k in a)} {AREA_TEXT[s['lang']][k]}" for k in AREA_ORDER)],
        [L(s, "5 Interesse", "5 Interesse"),
         L(s, f"Nettverk/klyngesamarbeid: {_box(s['net'])} Ja {_box(not s['net'])} Nei\n"
              f"Ekstern prosessevaluering: {_box(s['eval'])} Ja {_box(not s['eval'])} Nei",
           f"Nettverk/klyngesamarbeid: {_box(s['net'])} Ja {_box(not s['net'])} Nei\n"
           f"Ekstern prosessevaluering: {_box(s['eval'])} Ja {_box(not s['eval'])} Nei")],
    ]
    return rows


def form_doc(s, out: Path):
    doc = new_doc(font=s.get("font", "Calibri"), size=11, title=s["doc_title"])
    _head_foot(doc, s)
    doc.add_heading(s["doc_title"], level=1)
    doc.add_paragraph(L(s, "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret, kap. 0621 post 63 – 2020",
                        "Tilskot til utvikling av sosiale tenester i Nav, kap. 0621 post 63 – 2020"))
    doc.add_paragraph(L(s, "Innhold", "Innhald")).runs[0].bold = True
    for line in toc(s):
        doc.add_paragraph(line)
    doc.add_heading(L(s, "Del A – Opplysninger om søker og prosjekt", "Del A – Opplysningar om søkjar og prosjekt"), level=2)
    t = _table(doc, facts_rows(s), bold_head=False)
    for r in t.rows:
        r.cells[0].paragraphs[0].runs[0].bold = True
    doc.add_page_break()
    _body(doc, s)
    (_eapproval if s.get("eapproval") else _sig_table)(doc, s)
    save_doc(doc, out)


def letter_doc(s, out: Path):
    doc = new_doc(font=s.get("font", "Cambria"), size=12, title=s["doc_title"])
    _head_foot(doc, s)
    for line in s["letterhead"]:
        doc.add_paragraph(line).paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    for line in L(s, ["Statsforvalteren i " + s["county"], "Postboks 4710 Torgarden"],
                  ["Statsforvaltaren i " + s["county"], "Postboks 7310"]):
        doc.add_paragraph(line).paragraph_format.space_after = Pt(0)
    doc.add_paragraph(L(s, "Vår dato: ", "Vår dato: ") + s["letter_date"] + L(s, "   Vår ref.: 2019/4418-3", "   Vår ref.: 2019/4418-3"))
    p = doc.add_paragraph()
    p.add_run(s["doc_title"]).bold = True
    for para in s["intro"]:
        doc.add_paragraph(para)
    doc.add_paragraph(L(s, "Innhold: ", "Innhald: ") + "; ".join(x.split(" .")[0] for x in toc(s)))
    _body(doc, s)
    doc.add_heading(L(s, "Oppsummering av søknaden", "Samandrag av søknaden"), level=2)
    _table(doc, s["summary"])
    doc.add_paragraph()
    (_eapproval if s.get("eapproval") else _sig_table)(doc, s)
    save_doc(doc, out)


def office_pdf(builder, s, out: Path):
    docx = out.with_suffix(".docx")
    builder(s, docx)
    soffice_pdf(docx, out)
    docx.unlink()
