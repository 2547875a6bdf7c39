"""Word documents of corpus 63 (docx-form, docx-letter, and pdf-from-office through LibreOffice):
headers and footers with running matter, page breaks inside budgets and signing blocks, a landscape
section. Each builder writes one file and returns its truth."""
from __future__ import annotations

import tempfile
from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from kit63 import (S20, add_field, add_ink, cant_split, cell_text, new_doc, orgnr, page_break, page_of,
                   repeat_header, save_doc, soffice_pdf, spaced, truth)


def _footer(doc, lines, pages="3", word="Side", of="av", path=None):
    f = doc.sections[0].footer
    p = f.paragraphs[0]
    p.text = lines[0]
    for ln in lines[1:]:
        f.add_paragraph(ln)
    q = f.add_paragraph()
    page_of(q, word, of, pages)
    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if path:
        r = f.add_paragraph()
        add_field(r, "FILENAME \\p", path)
    for par in f.paragraphs:
        for run in par.runs:
            run.font.size = Pt(7.5)


def _header(doc, text):
    h = doc.sections[0].header
    h.paragraphs[0].text = text
    for run in h.paragraphs[0].runs:
        run.font.size = Pt(8)


def _form(doc, rows, fill="D9E2F3", widths=(6.0, 10.5)):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, v in rows:
        c = t.add_row().cells
        cell_text(c[0], a, fill=fill)
        cell_text(c[1], v)
        c[0].width, c[1].width = Cm(widths[0]), Cm(widths[1])
    return t


def _budget(doc, rows, head=("Budsjettpost", "Stillingsprosent", "Beløp (kr)"), repeat=True, fill="EDEDED"):
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        cell_text(c, h, bold=True, fill=fill)
    if repeat:
        repeat_header(t.rows[0])
    for row in rows:
        cs = t.add_row().cells
        for c, v in zip(cs, row):
            cell_text(c, v, bold=row[0].startswith(("Sum", "Totalt")))
    return t


def _sigrow(doc, blocks, ink=True):
    t = doc.add_table(rows=1, cols=len(blocks))
    for c, (place, seed, name, title) in zip(t.rows[0].cells, blocks):
        cell_text(c, place)
        if ink and seed:
            add_ink(c.add_paragraph(), seed)
        c.add_paragraph("_______________________________")
        if name is not None:
            c.add_paragraph(name)
            c.add_paragraph(title)
    return t


DESC_NB = ("Prosjektet skal prøve ut en ny måte å organisere oppfølgingen av unge brukere med sammensatte "
           "behov på, der veileder og sosialfaglig ansatt arbeider i team tett på arbeidsgivere i regionen. "
           "Vi vil utvikle et forløp fra første samtale til varig tilknytning, dokumentere det og dele erfaringene "
           "med andre kontor. Arbeidet evalueres underveis sammen med kommunens folkehelsekoordinator. ")
DESC_NN = ("Prosjektet skal utvikle ein ny arbeidsmåte der rettleiar og sosialfagleg tilsett følgjer opp unge "
           "med samansette behov tett, i samarbeid med arbeidsgivarar i regionen. Vi vil byggje eit forløp frå "
           "første samtale til varig tilknyting, dokumentere det og dele røynslene med andre kontor. ")


# ---------------------------------------------------------------- pg01 docx-form nb: running footer phone/org.nr, repeated table header
def pg01(out: Path):
    org = orgnr("97155602")
    doc = new_doc("Arial", 10, "Søknad tilskudd 2020 – Nav Elverum")
    _header(doc, "Nav Elverum    |    Søknad om tilskudd til utvikling av sosiale tjenester 2020    |    Saksnr. 20/00412-2")
    _footer(doc, [f"Nav Elverum · Storgata 12, 2408 Elverum · Org.nr. {spaced(org)} · Telefon 55 55 33 33 · nav.no"],
            pages="3", path="K:\\Felles\\Prosjekt\\Tilskudd 2020\\Søknad tilskudd 2020 endelig.docx")
    doc.add_paragraph().add_run("Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020").bold = True
    doc.add_paragraph("1  Opplysninger om søker").runs[0].bold = True
    _form(doc, [("Nav-kontor", "Nav Elverum"), ("Kommune", "Elverum"), ("Organisasjonsnummer", spaced(org)),
                ("Kontaktperson", "Ingrid Haug"), ("E-postadresse til kontaktperson", "Ingrid.Haug@nav.no")])
    doc.add_paragraph("2  Om prosjektet").runs[0].bold = True
    _form(doc, [("Prosjektets navn", "Los for unge i Elverum"), ("Nytt prosjekt / videreføring", "Nytt prosjekt"),
                ("Planlagt oppstart", "01.03.2020"), ("Kort beskrivelse", DESC_NB),
                ("Prioritert område", "Oppfølging av barnefamilier, ungdom og innvandrere")])
    page_break(doc)
    doc.add_paragraph("3  Budsjett for 2020").runs[0].bold = True
    rows = [("Los (prosjektstilling)", "100 %", "610 000")]
    rows += [(f"  – herav {m}", "", v) for m, v in [("lønn", "470 000"), ("arbeidsgiveravgift og pensjon", "140 000")]]
    rows += [("Kompetansetiltak (prosjektspesifikt)", "", "10 000"), ("Sum omsøkt", "100 %", "620 000")]
    _budget(doc, rows)
    doc.add_paragraph("Kommunen dekker kontorplass og utstyr.")
    doc.add_paragraph("4  Interesse").runs[0].bold = True
    _form(doc, [("Ønsker dere å delta i nettverk/klyngesamarbeid?", "Ja"),
                ("Ønsker dere ekstern prosessevaluering?", "Ja")])
    page_break(doc)
    doc.add_paragraph("5  Underskrift").runs[0].bold = True
    _sigrow(doc, [("Elverum, 28.01.2020", "pg01a", "Bente Østby", "Leder Nav Elverum"),
                  ("Elverum, 29.01.2020", "pg01b", "Kjell Rønning", "Kommunedirektør")])
    save_doc(doc, out)
    return truth("pg01", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Elverum", "Elverum", org),
                 contact=("Ingrid Haug", "ingrid.haug@nav.no", None), project=("Los for unge i Elverum", "new", "2020-03-01"),
                 pct=100, amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Bente Østby", "Leder Nav Elverum", "2020-01-28", "handwritten"),
                       ("municipality", "Kjell Rønning", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["near-miss: 100 % at exactly 610 000 with sub-lines 'herav lønn / arbeidsgiveravgift' (not extra costs)",
                        "near-miss: contact has e-mail only; the footer's switchboard 55 55 33 33 is the office's, not the contact's",
                        "running header Saksnr. 20/00412-2; footer with org.nr., phone, page X of Y and the Word file path"])


# ---------------------------------------------------------------- pg02 docx-form nn: position percentage missing
def pg02(out: Path):
    org = orgnr("99213377")
    doc = new_doc("Calibri", 11, "Søknad om tilskot 2020")
    _header(doc, "Saksnr. 20/00187-1          Arkivkode F00          Unnateke offentlegheit: Nei")
    _footer(doc, ["Nav Sunnfjord · Postboks 100, 6801 Førde · Telefon 57 72 20 00"], pages="2", word="Side", of="av")
    doc.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", level=1)
    _form(doc, [("Søkjar (Nav-kontor)", "Nav Sunnfjord"), ("Kommune", "Sunnfjord"), ("Org.nr.", org),
                ("Kontaktperson", "Eirik Solheim"), ("E-post", "eirik.solheim@nav.no"), ("Mobil", "+47 468 20 514"),
                ("Namn på prosjektet", "Saman mot arbeid"), ("Ny eller vidareføring", "Ny"),
                ("Oppstart", "1. april 2020"),
                ("Stilling(ar) i prosjektet", "Prosjektkoordinator (sjå vedlagd stillingsskildring)"),
                ("Skildring", DESC_NN)], fill="E2EFD9")
    page_break(doc)
    doc.add_paragraph("Budsjett 2020").runs[0].bold = True
    _budget(doc, [("Løn og sosiale kostnader", "540 000"), ("Kompetanse", "10 000"), ("Sum søkt tilskot", "550 000")],
            head=("Post", "Kroner"))
    doc.add_paragraph("Prioriterte område: Sikring av sårbare overgangar (frå skule til arbeid).")
    doc.add_paragraph("Interesse for nettverk/klyngesamarbeid: Ja.  Interesse for ekstern prosessevaluering: Nei.")
    _sigrow(doc, [("Førde, 27.01.2020", "pg02a", "Marit Hjelmeland", "Nav-leiar"),
                  ("Førde, 28.01.2020", "pg02b", "Terje Heggheim", "Kommunedirektør")])
    save_doc(doc, out)
    return truth("pg02", "docx", "docx-form", lang="nn", scheme=S20, office=("Nav Sunnfjord", "Sunnfjord", org),
                 contact=("Eirik Solheim", "eirik.solheim@nav.no", "46820514"), project=("Saman mot arbeid", "new", "2020-04-01"),
                 pct=None, amounts={"positions": 540000, "competence": 10000, "total": 550000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Marit Hjelmeland", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Terje Heggheim", "Kommunedirektør", "2020-01-28", "handwritten")],
                 expected=["POSITION_PERCENT_MISSING"],
                 notes=["defect: the position is named (Prosjektkoordinator) without any percentage; no cap check possible",
                        "running header Saksnr./Arkivkode F00 and footer address/phone/page numbers"])


# ---------------------------------------------------------------- pg03 docx-letter nb: letterhead first page, signing block split by a page break
def pg03(out: Path):
    org = orgnr("97448813")
    doc = new_doc("Times New Roman", 12, "Søknad")
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    fh = sec.first_page_header.paragraphs[0]
    fh.text = "ULLENSAKER KOMMUNE\nNav Ullensaker"
    ff = sec.first_page_footer.paragraphs[0]
    ff.text = (f"Postadresse: Postboks 470, 2051 Jessheim   Besøksadresse: Furusethgata 12   Telefon: 55 55 33 33   "
               f"Org.nr.: {spaced(org)}   www.nav.no")
    for r in ff.runs + fh.runs:
        r.font.size = Pt(8)
    page_of(sec.footer.paragraphs[0], "Side", "av", "3")
    sec.header.paragraphs[0].text = "Nav Ullensaker – søknad om tilskudd 2020 – vår ref. 20/00311"
    doc.add_paragraph("Statsforvalteren i Oslo og Viken\nPostboks 325\n1502 Moss")
    doc.add_paragraph("Deres ref.:              Vår ref.: 20/00311              Dato: 24.01.2020").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph().add_run("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – "
                                "«Jobbsjansen Gardermoen»").bold = True
    for t in [
        "Nav Ullensaker søker med dette om tilskudd til prosjektet «Jobbsjansen Gardermoen». Prosjektet er nytt og "
        "skal starte opp 1. mai 2020.",
        "Mange av våre brukere med innvandrerbakgrunn har lang vei til arbeid. Vi vil bruke arbeidsgivere rundt "
        "flyplassen aktivt og prøve ut en arbeidsmåte der veileder er til stede på arbeidsplassen de første ukene. "
        "Prosjektet retter seg mot bruk av ordinært arbeidsliv og mot oppfølging av innvandrere og familiene deres.",
        "Vi søker om én 100 % stilling som jobbspesialist. Lønn og sosiale kostnader er beregnet til kr 604 000. "
        "I tillegg søker vi kr 9 500 til prosjektspesifikk kompetanse, til sammen kr 613 500. Kommunen dekker "
        "resten av prosjektets kostnader.",
        "Vi er interessert i å delta i nettverk og klyngesamarbeid. Vi ønsker ikke ekstern prosessevaluering i år.",
        "Kontaktperson for søknaden er seniorrådgiver Lars Kvisle, tlf. 922 18 406, e-post lars.kvisle@nav.no.",
    ]:
        doc.add_paragraph(t)
    page_break(doc)
    doc.add_paragraph().add_run("Budsjett 2020").bold = True
    _budget(doc, [("Jobbspesialist", "100 %", "604 000"), ("Kompetanse", "", "9 500"), ("Totalt omsøkt", "", "613 500")],
            head=("Post", "Stilling", "Kroner"))
    doc.add_paragraph(DESC_NB)
    doc.add_paragraph("Med vennlig hilsen")
    t = doc.add_table(rows=1, cols=2)
    for c, s in zip(t.rows[0].cells, ("pg03a", "pg03b")):
        add_ink(c.paragraphs[0], s)
        c.add_paragraph("______________________________")
    page_break(doc)
    t = doc.add_table(rows=1, cols=2)
    cell_text(t.rows[0].cells[0], "Hilde Moen\nNav-leder")
    cell_text(t.rows[0].cells[1], "Trond Aasen\nKommunedirektør")
    doc.add_paragraph("")
    doc.add_paragraph("Vedlegg: Prosjektplan, stillingsbeskrivelse")
    save_doc(doc, out)
    return truth("pg03", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Ullensaker", "Ullensaker", org),
                 contact=("Lars Kvisle", "lars.kvisle@nav.no", "92218406"),
                 project=("Jobbsjansen Gardermoen", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 604000, "competence": 9500, "total": 613500},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Hilde Moen", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Trond Aasen", "Kommunedirektør", "2020-01-24", "handwritten")],
                 notes=["signing block split by a page break: ink and lines on page 2, names and titles on page 3",
                        "letterhead on the first page only (footer with switchboard and org.nr.); signature dates = letter date"])


# ---------------------------------------------------------------- pg04 docx-letter nn: municipal block after a page break left empty
def pg04(out: Path):
    org = orgnr("95830271")
    doc = new_doc("Cambria", 11, "Søknad Nav Kvam")
    _header(doc, "Kvam herad · Nav Kvam                                   Vår ref. 20/00098-2 · Arkivkode F00 &13")
    _footer(doc, ["Kopi: Statsforvaltaren i Vestland, kommunedirektøren"], pages="3", word="Side", of="av")
    doc.add_paragraph("Statsforvaltaren i Vestland\nNjøsavegen 2\n6863 Leikanger")
    doc.add_paragraph("Norheimsund, 23.01.2020")
    doc.add_paragraph().add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – prosjektet "
                                "«Vegen vidare i Kvam»").bold = True
    for t in [
        f"Nav Kvam (org.nr. {spaced(org)}) søkjer om tilskot til vidareføring av prosjektet «Vegen vidare i Kvam». "
        "Dette er andre prosjektåret. Prosjektet held fram frå 1. januar 2020.",
        "Prosjektet skal sikre overgangen for unge som går ut av vidaregåande skule utan fullført løp, og for "
        "personar som kjem ut frå fengsel, slik at dei ikkje fell mellom tenestene.",
        "Vi søkjer om 60 % stilling som overgangskoordinator. Løn og sosiale kostnader utgjer 360 000 kroner. "
        "Vi søkjer ikkje om midlar til kompetanse. Samla søknadssum er 360 000 kroner.",
        "Vi ønskjer å vere med i nettverk. Vi ønskjer ekstern prosessevaluering.",
        "Kontaktperson: Kari Øydvin, kari.oydvin@nav.no, telefon 56 55 30 10.",
    ]:
        doc.add_paragraph(t)
    doc.add_paragraph(DESC_NN)
    page_break(doc)
    doc.add_paragraph("Med helsing")
    doc.add_paragraph("For Nav Kvam")
    add_ink(doc.add_paragraph(), "pg04a")
    doc.add_paragraph("Solveig Tveit\nNav-leiar")
    page_break(doc)
    doc.add_paragraph("For Kvam herad")
    doc.add_paragraph("Stad/dato: ______________________")
    doc.add_paragraph("_________________________________")
    doc.add_paragraph("Kommunedirektør")
    doc.add_paragraph("")
    doc.add_paragraph("Vedlegg: prosjektrapport 2019")
    save_doc(doc, out)
    return truth("pg04", "docx", "docx-letter", lang="nn", scheme=S20, office=("Nav Kvam", "Kvam", org),
                 contact=("Kari Øydvin", "kari.oydvin@nav.no", "56553010"),
                 project=("Vegen vidare i Kvam", "continuation", "2020-01-01"), pct=60,
                 amounts={"positions": 360000, "competence": None, "total": 360000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Solveig Tveit", "Nav-leiar", "2020-01-23", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["defect: the municipal block on page 3 (after a page break) has only the printed title Kommunedirektør, no name, no ink",
                        "footer 'Kopi: ... kommunedirektøren' is a copy list, not a signature; competence 'ikkje' → null"])


# ---------------------------------------------------------------- pg05 docx-form nb: budget continued after a page break, total ≠ sum
def pg05(out: Path):
    org = orgnr("99331454")
    doc = new_doc("Arial", 10, "Søknad Bærum")
    _header(doc, "NAV BÆRUM")
    _footer(doc, ["Skrevet ut 03.02.2020 14:12"], pages="3",
            path="G:\\Nav\\Prosjekt\\Søknad 2020 Bærum.docx")
    doc.add_heading("Søknad – tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020", level=2)
    _form(doc, [("Søker", "NAV Bærum"), ("Kommune", "Bærum kommune"), ("Org.nr.", spaced(org)),
                ("Kontaktperson (navn, e-post, telefon)", "Anders Nygård, anders.nygard@nav.no, 67 50 40 00"),
                ("Prosjekttittel", "Første jobb Bærum"), ("Ny / videreføring", "Videreføring, år 3"),
                ("Oppstart", "01.01.2020"), ("Stillingsressurs", "80 % stilling"),
                ("Prioriterte områder", "☒ Bruk av ordinært arbeidsliv\n☐ Oppfølging av barnefamilier, ungdom og innvandrere\n☒ Sikring av sårbare overganger"),
                ("Nettverk/klyngesamarbeid", "☒ Ja  ☐ Nei"), ("Ekstern prosessevaluering", "☐ Ja  ☒ Nei")], fill="FFF2CC")
    doc.add_paragraph("")
    doc.add_paragraph("Budsjett").runs[0].bold = True
    _budget(doc, [("Lønn og sosiale kostnader, 80 % stilling", "488 000")], head=("Budsjettpost", "Beløp"), repeat=False)
    page_break(doc)
    _budget(doc, [("Kompetansetiltak", "10 000"), ("Totalt søkt", "508 000")], head=("Budsjettpost (forts.)", "Beløp"),
            repeat=False)
    doc.add_paragraph("")
    doc.add_paragraph("Underskrifter").runs[0].bold = True
    _sigrow(doc, [("Sandvika, 27.01.2020", "pg05a", "Randi Bøe", "Leder NAV Bærum"),
                  ("Sandvika, 28.01.2020", "pg05b", "Erik Kjeldstadli", "Kommunaldirektør")])
    save_doc(doc, out)
    return truth("pg05", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Bærum", "Bærum", org),
                 contact=("Anders Nygård", "anders.nygard@nav.no", "67504000"),
                 project=("Første jobb Bærum", "continuation", "2020-01-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "total": 508000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Randi Bøe", "Leder NAV Bærum", "2020-01-27", "handwritten"),
                       ("municipality", "Erik Kjeldstadli", "Kommunaldirektør", "2020-01-28", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["defect: 488 000 + 10 000 = 498 000, the total on the continued table says 508 000",
                        "near-miss: footer print date 03.02.2020 is after the deadline but is no signature date; 80 % at exactly 488 000",
                        "budget split into two tables by a page break, the second headed 'Budsjettpost (forts.)'"])


# ---------------------------------------------------------------- LibreOffice PDFs
def _lo(doc, out: Path, tag: bytes):
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / (out.stem + ".docx")
        save_doc(doc, d)
        soffice_pdf(d, out, tag)


def pg06(out: Path):
    """pdf-from-office nb: a long budget table breaking across pages with its header row repeated."""
    org = orgnr("97722560")
    doc = new_doc("Liberation Sans", 10.5, "Søknad Nav Tønsberg")
    _header(doc, "Nav Tønsberg – søknad om tilskudd til utvikling av sosiale tjenester 2020")
    _footer(doc, [f"Nav Tønsberg · Org.nr. {spaced(org)} · Halfdan Wilhelmsens allé 17, 3116 Tønsberg"], pages="3")
    doc.add_heading("Søknad om tilskudd 2020", level=1)
    _form(doc, [("Nav-kontor", "Nav Tønsberg"), ("Kommune", "Tønsberg"), ("Organisasjonsnummer", spaced(org)),
                ("Kontaktperson", "Sara Lunde"), ("Telefon", "33 30 50 00"), ("E-post", "sara.lunde@nav.no"),
                ("Prosjektnavn", "Flere i jobb – Tønsberg"), ("Type", "Nytt prosjekt"), ("Oppstart", "15.03.2020")])
    for _ in range(4):
        doc.add_paragraph(DESC_NB)
    doc.add_paragraph("Prosjektet skal i hovedsak bruke ordinært arbeidsliv. Vi ønsker å delta i nettverk/klyngesamarbeid "
                      "(ja) og ønsker ekstern prosessevaluering (ja).")
    doc.add_paragraph("Budsjett 2020 (kroner)").runs[0].bold = True
    rows = []
    for title, pct, amt, parts in [("Jobbspesialist", "60 %", "366 000", ("282 000", "84 000")),
                                   ("Sosialfaglig veileder", "40 %", "244 000", ("188 000", "56 000"))]:
        rows.append((f"{title}, {pct} stilling", pct, amt))
        rows.append(("    lønn", "", parts[0]))
        rows.append(("    sosiale kostnader", "", parts[1]))
    rows += [("Sum stillinger", "100 %", "610 000"), ("Kompetanse (prosjektspesifikk)", "", "10 000"),
             ("Totalt omsøkt", "", "620 000")]
    t = _budget(doc, rows, head=("Post", "Stillingsprosent", "Beløp"))
    for r in t.rows:
        cant_split(r)
    doc.add_paragraph("")
    doc.add_paragraph("Tønsberg, 22.01.2020")
    _sigrow(doc, [("For Nav Tønsberg", "pg06a", "Jørn Wiik", "Nav-leder"),
                  ("For Tønsberg kommune", "pg06b", "Ina Fossum", "Kommunalsjef")])
    _lo(doc, out, b"pg06")
    return truth("pg06", "pdf", "pdf-from-office", lang="nb", scheme=S20, office=("Nav Tønsberg", "Tønsberg", org),
                 contact=("Sara Lunde", "sara.lunde@nav.no", "33305000"),
                 project=("Flere i jobb – Tønsberg", "new", "2020-03-15"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Jørn Wiik", "Nav-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Ina Fossum", "Kommunalsjef", "2020-01-22", "handwritten")],
                 notes=["budget table breaks across pages; LibreOffice repeats its header row on the next page",
                        "near-miss: 60 % + 40 % lines (366 000 + 244 000) = exactly 610 000 for 100 %; lønn/sosiale kostnader sub-lines"])


def pg07(out: Path):
    """pdf-from-office nn: the budget's total alone at the top of the next page, no repeated header; over the cap."""
    org = orgnr("98820145")
    doc = new_doc("Liberation Serif", 11.5, "Søknad Midt-Telemark")
    _header(doc, "Midt-Telemark kommune – Nav Midt-Telemark")
    _footer(doc, ["Nav Midt-Telemark, Sentrumsvegen 12, 3800 Bø i Telemark · sentralbord 35 06 00 00"], pages="2")
    doc.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", level=1)
    _form(doc, [("Nav-kontor", "Nav Midt-Telemark"), ("Kommune", "Midt-Telemark"), ("Organisasjonsnummer", org),
                ("Kontaktperson", "Gunhild Aasheim"), ("E-post", "gunhild.aasheim@nav.no"), ("Telefon", "452 81 337"),
                ("Prosjektnamn", "Arbeid først i Midt-Telemark"), ("Ny/vidareføring", "Ny"), ("Oppstart", "1. mars 2020"),
                ("Stillingsprosent", "80 %"),
                ("Prioriterte område", "Bruk av ordinært arbeidsliv"),
                ("Nettverk", "Ja"), ("Prosessevaluering", "Ja")], fill="DEEAF6")
    for _ in range(3):
        doc.add_paragraph(DESC_NN)
    doc.add_paragraph("Prosjektet er forankra i kommuneleiinga og i Nav-partnarskapet, og vert drøfta i "
                      "partnarskapsmøta kvart halvår. Kommunen stiller med kontorplass, utstyr og leiarressurs utan "
                      "kostnad for prosjektet, og prosjektleiaren rapporterer til Nav-leiar.")
    doc.add_paragraph("Sjå òg vedlagd prosjektplan med milepælar.")
    doc.add_paragraph("Budsjettet under gjeld berre 2020.")
    doc.add_paragraph("")
    doc.add_paragraph("Budsjett").runs[0].bold = True
    _budget(doc, [("Løn og sosiale kostnader, 80 % stilling", "500 000"), ("Kompetanse", "10 000"),
                  ("Sum søkt", "510 000")], head=("Post", "Kroner"), repeat=False)
    doc.add_paragraph("Alle beløp i heile kroner.")
    doc.add_paragraph("")
    doc.add_paragraph("Bø, 29.01.2020")
    _sigrow(doc, [("For Nav Midt-Telemark", "pg07a", "Olav Kåsa", "Nav-leiar"),
                  ("For Midt-Telemark kommune", "pg07b", "Hege Rønningen", "Kommunedirektør")])
    _lo(doc, out, b"pg07")
    return truth("pg07", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Midt-Telemark", "Midt-Telemark", org),
                 contact=("Gunhild Aasheim", "gunhild.aasheim@nav.no", "45281337"),
                 project=("Arbeid først i Midt-Telemark", "new", "2020-03-01"), pct=80,
                 amounts={"positions": 500000, "competence": 10000, "total": 510000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Olav Kåsa", "Nav-leiar", "2020-01-29", "handwritten"),
                       ("municipality", "Hege Rønningen", "Kommunedirektør", "2020-01-29", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"], notes=["defect: 80 % at 500 000 > 488 000",
                                                      "the budget table is placed so its rows break across a page without a repeated header"])


def pg08(out: Path):
    """pdf-from-office nb: a landscape multi-year budget page between portrait pages; electronic approval."""
    org = orgnr("97630012")
    doc = new_doc("Liberation Sans", 10, "Søknad Indre Østfold")
    _header(doc, "Nav Indre Østfold · Søknad 2020 · Saksnr. 20/01234-3")
    _footer(doc, [f"Nav Indre Østfold · org.nr. {org} · Postboks 34, 1861 Trøgstad · tlf. 69 68 10 00"], pages="3")
    doc.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret", level=1)
    _form(doc, [("Nav-kontor", "Nav Indre Østfold"), ("Kommune", "Indre Østfold"), ("Organisasjonsnummer", org),
                ("Kontaktperson", "Mette Brekke, mette.brekke@nav.no"), ("Prosjektnavn", "Familie og jobb"),
                ("Nytt/videreført", "Nytt"), ("Prosjektstart", "april 2020"), ("Stillingsprosent", "100 %"),
                ("Prioritert område", "Oppfølging av barnefamilier"),
                ("Nettverk/klynge", "Nei"), ("Ekstern prosessevaluering", "Ja")])
    doc.add_paragraph(DESC_NB)
    sec = doc.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = doc.sections[0].page_height, doc.sections[0].page_width
    doc.add_paragraph("Budsjett for hele prosjektperioden (søknaden gjelder 2020)").runs[0].bold = True
    _budget(doc, [("Familiekoordinator, 100 % stilling", "605 000", "625 000", "640 000"),
                  ("Kompetanse", "10 000", "10 000", "5 000"), ("Sum", "615 000", "635 000", "645 000")],
            head=("Post", "2020 (omsøkt)", "2021 (anslag)", "2022 (anslag)"))
    sec2 = doc.add_section()
    sec2.orientation = WD_ORIENT.PORTRAIT
    sec2.page_width, sec2.page_height = sec.page_height, sec.page_width
    doc.add_paragraph("Godkjenning").runs[0].bold = True
    doc.add_paragraph("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    doc.add_paragraph("Godkjent av Nav-leder Hans Petter Kolstad, 21.01.2020")
    doc.add_paragraph("Godkjent av kommunedirektør Linda Grimsrud, 23.01.2020")
    _lo(doc, out, b"pg08")
    return truth("pg08", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Indre Østfold", "Indre Østfold", org), contact=("Mette Brekke", "mette.brekke@nav.no", None),
                 project=("Familie og jobb", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 605000, "competence": 10000, "total": 615000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Hans Petter Kolstad", "Nav-leder", "2020-01-21", "electronic_approval"),
                       ("municipality", "Linda Grimsrud", "Kommunedirektør", "2020-01-23", "electronic_approval")],
                 notes=["landscape budget page between portrait pages; 2021/2022 estimates over the cap are not applied for",
                        "near-miss: contact e-mail only; footer phone is the office's"])
