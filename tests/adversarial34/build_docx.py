"""The Word documents of adversarial34 (docx-form, docx-controls, docx-legacy-fields, docx-letter)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adversarial2"))

from common import add_ink, fix_zip, formcheck, formtext, new_docx, org, sdt_check, sdt_date, sdt_text  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402
from docx.shared import Pt  # noqa: E402
from truthlib import truth  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
PRIO20_NB = ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere",
             "Sikring av sårbare overganger"]
PRIO20_NN = ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og innvandrarar",
             "Sikring av sårbare overgangar"]


def shade(cell, fill="D9E2F3"):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


# z01 docx-form: one-column form, each label in a shaded row with the answer in the row below; ☑/☐ boxes;
# signatures side by side in a table with "Sted/dato" above the ink.
def z01(out: Path):
    d = new_docx()
    d.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020", level=1)
    d.add_paragraph("Søknaden sendes Statsforvalteren i Agder innen 1. februar 2020.")
    o = org("97405381")
    rows = [
        ("Søker (Nav-kontor)", "NAV Vennesla"),
        ("Kommune", "Vennesla"),
        ("Organisasjonsnummer", o[:3] + " " + o[3:6] + " " + o[6:]),
        ("Kontaktperson for søknaden", "Kari Løland, veileder"),
        ("E-post / telefon", "Kari.Loland@nav.no / 412 34 567"),
        ("Prosjektets navn", "Arbeidslinja i Vennesla"),
        ("Er prosjektet nytt eller en videreføring?", "Nytt prosjekt"),
        ("Planlagt oppstart", "01.04.2020"),
        ("Stilling(er) det søkes om", "Jobbspesialist, 100 % stilling"),
    ]
    t = d.add_table(rows=0, cols=1)
    t.style = "Table Grid"
    for lab, val in rows:
        c = t.add_row().cells[0]
        c.text = lab
        c.paragraphs[0].runs[0].font.size = Pt(9)
        shade(c)
        t.add_row().cells[0].text = val
    d.add_paragraph()
    d.add_paragraph("Budsjett (søknadsbeløp)").runs[0].bold = True
    b = d.add_table(rows=0, cols=2)
    b.style = "Table Grid"
    for a, v in [("Lønn og sosiale kostnader, jobbspesialist 100 %", "600 000"),
                 ("Kompetansemidler (prosjektspesifikk opplæring)", "10 000"),
                 ("Sum omsøkt beløp", "610 000")]:
        r = b.add_row().cells
        r[0].text, r[1].text = a, v
        r[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph()
    d.add_paragraph("Hvilke satsingsområder retter prosjektet seg mot? (kryss av)").runs[0].bold = True
    for lab, on in zip(PRIO20_NB, (True, False, True)):
        d.add_paragraph(("☑ " if on else "☐ ") + lab)
    d.add_paragraph("Prosjektbeskrivelse").runs[0].bold = True
    d.add_paragraph("Jobbspesialisten skal følge opp sosialhjelpsmottakere ut i ordinære jobber hos lokale "
                    "arbeidsgivere, og sikre overgangen fra kvalifiseringsprogram til arbeid. Prosjektet er "
                    "forankret i kommunens plan for levekår, og kontoret har ikke fått midler fra 0–24-samarbeidet.")
    d.add_paragraph("Nettverk og evaluering").runs[0].bold = True
    d.add_paragraph("Ønsker kontoret å delta i nettverk/klyngesamarbeid?   ☑ Ja   ☐ Nei")
    d.add_paragraph("Ønsker kontoret ekstern prosessevaluering?   ☐ Ja   ☑ Nei")
    d.add_paragraph()
    d.add_paragraph("Underskrifter").runs[0].bold = True
    s = d.add_table(rows=4, cols=2)
    s.style = "Table Grid"
    s.cell(0, 0).text, s.cell(0, 1).text = "Sted/dato: Vennesla, 27.01.2020", "Sted/dato: Vennesla, 29.01.2020"
    add_ink(s.cell(1, 0).paragraphs[0].add_run(), 101)
    add_ink(s.cell(1, 1).paragraphs[0].add_run(), 102)
    s.cell(2, 0).text, s.cell(2, 1).text = "Torunn Kvaale", "Jan Olav Skeie"
    s.cell(3, 0).text, s.cell(3, 1).text = "Nav-leder", "Kommunedirektør"
    d.save(out)
    fix_zip(out)
    return truth("z01", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Vennesla", "Vennesla", o),
                 contact=("Kari Løland", "kari.loland@nav.no", "41234567"),
                 project=("Arbeidslinja i Vennesla", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Torunn Kvaale", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Jan Olav Skeie", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["labels above answers in a one-column table; ☑/☐ boxes; ink side by side with Sted/dato"])


# z02 docx-form (nn): numbered sections, the answer in bold after the question on the same line; defect:
# competence post 15 000 over the 10 000 cap.
def z02(out: Path):
    d = new_docx()
    d.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020", level=1)
    d.add_paragraph("Til Statsforvaltaren i Møre og Romsdal")
    o = org("96410372")

    def qa(q, a):
        p = d.add_paragraph()
        p.add_run(q + " ")
        p.add_run(a).bold = True

    d.add_heading("1. Søkjar", level=2)
    qa("1.1 Nav-kontor:", "Nav Herøy")
    qa("1.2 Kommune:", "Herøy kommune")
    qa("1.3 Organisasjonsnummer:", o)
    qa("1.4 Kontaktperson:", "Solveig Bjørlykke")
    qa("1.5 E-post:", "solveig.bjorlykke@nav.no")
    qa("1.6 Telefon:", "700 81 234")
    d.add_heading("2. Prosjektet", level=2)
    qa("2.1 Namn på prosjektet:", "Saman mot arbeid")
    qa("2.2 Nytt prosjekt eller vidareføring:", "Nytt")
    qa("2.3 Oppstart:", "1. mars 2020")
    qa("2.4 Stilling(ar):", "Ei stilling som jobbkonsulent (100 %)")
    d.add_paragraph("Prosjektet skal gje barnefamiliar og unge innvandrarar tett oppfølging mot arbeid, "
                    "i samarbeid med vaksenopplæringa og lokale bedrifter.")
    d.add_heading("3. Satsingsområde", level=2)
    for lab, on in zip(PRIO20_NN, (False, True, False)):
        d.add_paragraph(("X  " if on else "__  ") + lab)
    d.add_heading("4. Budsjett", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, v in [("Løn og sosiale kostnader (1 stilling)", "590 000"), ("Kompetansemiddel", "15 000"),
                 ("Totalt omsøkt", "605 000")]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, v
    d.add_heading("5. Nettverk og evaluering", level=2)
    qa("5.1 Ønskjer de å vere med i nettverk/klyngesamarbeid?", "Ja")
    qa("5.2 Ønskjer de ekstern prosessevaluering?", "Ja")
    d.add_heading("6. Godkjenning", level=2)
    d.add_paragraph("Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.")
    d.add_paragraph("Godkjent av Nav-leiar Ingvild Sævik, 21.01.2020")
    d.add_paragraph("Godkjent av kommunalsjef for helse og velferd Rolf Inge Voldsund, 24.01.2020")
    d.save(out)
    fix_zip(out)
    return truth("z02", "docx", "docx-form", lang="nn", scheme=S20, office=("Nav Herøy", "Herøy", o),
                 contact=("Solveig Bjørlykke", "solveig.bjorlykke@nav.no", "70081234"),
                 project=("Saman mot arbeid", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 590000, "competence": 15000, "other": None, "total": 605000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Ingvild Sævik", "Nav-leiar", "2020-01-21", "electronic_approval"),
                       ("municipality", "Rolf Inge Voldsund", "Kommunalsjef for helse og velferd", "2020-01-24",
                        "electronic_approval")],
                 expected=["COMPETENCE_OVER_CAP"],
                 notes=["numbered questions with bold answers on the same line; X / __ ticks; planted: competence 15 000"])


def label_cell(cell, text):
    cell.text = text
    cell.paragraphs[0].runs[0].bold = True


# z03 docx-controls: content controls in a two-column table, date picker, w14 check boxes, continuation
# (videreføring), two position lines (100 % + "en halv stilling"), electronic approval worded "godkjent elektronisk".
def z03(out: Path):
    d = new_docx()
    d.add_heading("Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", level=1)
    o = org("97433001")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    sid = [200]

    def ctl(lab, val, kind="text", iso=None):
        r = t.add_row().cells
        label_cell(r[0], lab)
        sid[0] += 1
        if kind == "date":
            sdt_date(r[1].paragraphs[0], iso, val, lab, sid[0])
        else:
            sdt_text(r[1].paragraphs[0], val, lab, sid[0])

    ctl("Navn på Nav-kontoret", "Nav Horten")
    ctl("Kommune", "Horten")
    ctl("Org.nr.", o)
    ctl("Kontaktperson", "Marius Haugen")
    ctl("Kontaktpersonens e-post", "marius.haugen@nav.no")
    ctl("Kontaktpersonens telefon", "33 08 51 20")
    ctl("Prosjektnavn", "Ung i jobb Horten")
    ctl("Type søknad", "Videreføring (prosjektets 2. år)")
    ctl("Oppstartsdato for perioden", "01.03.2020", "date", "2020-03-01")
    d.add_paragraph()
    d.add_paragraph("Stillinger og budsjett").runs[0].bold = True
    b = d.add_table(rows=1, cols=3)
    b.style = "Table Grid"
    for i, h in enumerate(("Stilling", "Stillingsandel", "Beløp (kr)")):
        label_cell(b.rows[0].cells[i], h)
    for vals in (("Ungdomsveileder", "100 %", "600 000"), ("Jobbspesialist", "en halv stilling", "300 000"),
                 ("Kompetansemidler", "", "10 000"), ("Totalt", "150 %", "910 000")):
        r = b.add_row().cells
        for i, v in enumerate(vals):
            sid[0] += 1
            sdt_text(r[i].paragraphs[0], v, "budsjett", sid[0]) if v else None
    d.add_paragraph()
    d.add_paragraph("Satsingsområder").runs[0].bold = True
    for lab, on in zip(PRIO20_NB, (False, True, True)):
        p = d.add_paragraph()
        sid[0] += 1
        sdt_check(p, on, "prioritert", sid[0])
        p.add_run(" " + lab)
    d.add_paragraph("Resultatene fra første prosjektår viser at tett oppfølging av ungdom mellom 18 og 25 år gir "
                    "flere overganger til skole og arbeid. Videreføringen utvider tilbudet til unge som avslutter "
                    "videregående uten vitnemål.")
    for q, ja in (("Ønsker kontoret å delta i nettverk / klyngesamarbeid?", False),
                  ("Ønsker kontoret ekstern prosessevaluering?", True)):
        p = d.add_paragraph(q + "  Ja ")
        sid[0] += 1
        sdt_check(p, ja, "ja", sid[0])
        p.add_run("  Nei ")
        sid[0] += 1
        sdt_check(p, not ja, "nei", sid[0])
    d.add_paragraph()
    d.add_paragraph("Signatur").runs[0].bold = True
    d.add_paragraph("Søknaden er godkjent elektronisk i kommunens saksbehandlingssystem og har derfor ingen "
                    "håndskrevne signaturer.")
    g = d.add_table(rows=3, cols=3)
    g.style = "Table Grid"
    for i, h in enumerate(("Rolle", "Navn", "Godkjent dato")):
        label_cell(g.rows[0].cells[i], h)
    for r, vals in zip(g.rows[1:], (("Avdelingsleder Nav Horten", "Hege Brekke", "20.01.2020"),
                                    ("Assisterende kommunedirektør", "Lars Tveiten", "23.01.2020"))):
        for i, v in enumerate(vals):
            r.cells[i].text = v
    d.save(out)
    fix_zip(out)
    return truth("z03", "docx", "docx-controls", lang="nb", scheme=S20, office=("Nav Horten", "Horten", o),
                 contact=("Marius Haugen", "marius.haugen@nav.no", "33085120"),
                 project=("Ung i jobb Horten", "continuation", "2020-03-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "other": None, "total": 910000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Hege Brekke", "Avdelingsleder", "2020-01-20", "electronic_approval"),
                       ("municipality", "Lars Tveiten", "Assisterende kommunedirektør", "2020-01-23",
                        "electronic_approval")],
                 notes=["content controls, date picker, w14 check boxes; second-year continuation; "
                        "approval stated as 'godkjent elektronisk' with a role/name/date table"])


# z04 docx-controls: Oslo district office; the district director's block is left as placeholder text (defect:
# SIGNATURE_MUNICIPALITY_MISSING); the Nav leader signs with ink.
def z04(out: Path):
    d = new_docx()
    d.add_heading("Søknad om tilskudd – sosiale tjenester i Nav 2020", level=1)
    d.add_paragraph("Bydel Grünerløkka, Oslo kommune")
    o = org("97412345")
    sid = [400]

    def line(lab, val):
        p = d.add_paragraph()
        p.add_run(lab + ": ").bold = True
        sid[0] += 1
        sdt_text(p, val, lab, sid[0])

    line("Søker", "Nav Grünerløkka")
    line("Kommune/bydel", "Oslo kommune, bydel Grünerløkka")
    line("Organisasjonsnummer", o)
    line("Kontaktperson", "Amina Hassan")
    line("E-post", "amina.hassan@nav.no")
    line("Mobil", "941 23 321")
    line("Prosjekttittel", "Familiekoordinator på Løkka")
    line("Nytt prosjekt / videreføring", "Nytt prosjekt")
    p = d.add_paragraph()
    p.add_run("Ønsket oppstart: ").bold = True
    sdt_date(p, "2020-05-01", "01.05.2020", "oppstart", 499)
    line("Stillingsandel", "80 %")
    line("Lønn og sosiale kostnader", "kr 488 000")
    line("Kompetansemidler", None)
    line("Sum søknadsbeløp", "kr 488 000")
    d.add_paragraph("Satsingsområder (kryss av)").runs[0].bold = True
    for lab, on in zip(PRIO20_NB, (False, True, False)):
        p = d.add_paragraph()
        sid[0] += 1
        sdt_check(p, on, "satsing", sid[0])
        p.add_run(" " + lab)
    d.add_paragraph("Familiekoordinatoren skal gi barnefamilier med langvarig sosialhjelp én fast kontakt og "
                    "samordne oppfølgingen med barnevern, skole og helsestasjon.")
    for q in ("Interesse for nettverk/klyngesamarbeid", "Interesse for ekstern prosessevaluering"):
        p = d.add_paragraph(q + ": Ja ")
        sid[0] += 1
        sdt_check(p, True, "ja", sid[0])
        p.add_run(" Nei ")
        sid[0] += 1
        sdt_check(p, False, "nei", sid[0])
    d.add_paragraph()
    s = d.add_table(rows=4, cols=2)
    label_cell(s.cell(0, 0), "For Nav Grünerløkka")
    label_cell(s.cell(0, 1), "For bydelen")
    add_ink(s.cell(1, 0).paragraphs[0].add_run(), 404)
    sdt_text(s.cell(2, 0).paragraphs[0], "Nina Solberg, Nav-leder", "navleder", 480)
    sdt_text(s.cell(2, 1).paragraphs[0], None, "bydelsdirektor", 481)
    sdt_text(s.cell(3, 0).paragraphs[0], "Oslo, 24.01.2020", "dato1", 482)
    sdt_text(s.cell(3, 1).paragraphs[0], None, "dato2", 483, "Dato")
    s.cell(3, 1).add_paragraph("Bydelsdirektør")
    d.save(out)
    fix_zip(out)
    return truth("z04", "docx", "docx-controls", lang="nb", scheme=S20, office=("Nav Grünerløkka", "Oslo", o),
                 contact=("Amina Hassan", "amina.hassan@nav.no", "94123321"),
                 project=("Familiekoordinator på Løkka", "new", "2020-05-01"), pct=80,
                 amounts={"positions": 488000, "competence": None, "other": None, "total": 488000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Nina Solberg", "Nav-leder", "2020-01-24", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["Oslo district; positions exactly at the 80 % cap (488 000); bydelsdirektør block only "
                        "placeholder text; empty competence control shows its placeholder"])


# z05 docx-legacy-fields, 2019 scheme: FORMTEXT in a label | field table, FORMCHECKBOX ticked through
# w:default, "60 %-stilling", ink in the signature table; older spelling NAV / rådmann / Fylkesmannen.
def z05(out: Path):
    d = new_docx()
    d.add_heading("SØKNAD OM TILSKUDD TIL UTVIKLING AV SOSIALE TJENESTER I NAV-KONTORET 2019", level=1)
    d.add_paragraph("Sendes Fylkesmannen i Vestfold og Telemark innen 1. februar 2019")
    o = org("97560012")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    n = [0]

    def f(lab, val):
        r = t.add_row().cells
        r[0].text = lab
        n[0] += 1
        formtext(r[1].paragraphs[0], val, f"Tekst{n[0]}")

    f("NAV-kontor", "NAV Notodden")
    f("Kommune", "Notodden")
    f("Organisasjonsnr.", o)
    f("Kontaktperson (navn)", "Eirik Sollid")
    f("E-postadresse", "eirik.sollid@nav.no")
    f("Telefonnummer", "35 01 23 45")
    f("Prosjektets navn", "Tett på unge i Notodden")
    f("Oppstart (dato)", "01.04.2019")
    f("Stillingsandel det søkes om", "60 %-stilling")
    f("Lønn inkl. sosiale kostnader", "348 000")
    f("Kompetanse", "8 000")
    f("Andre kostnader", "")
    f("Totalt omsøkt beløp", "356 000")
    d.add_paragraph()
    p = d.add_paragraph("Prosjekttype:  ")
    formcheck(p, True, "Nytt", "default")
    p.add_run(" Nytt prosjekt    ")
    formcheck(p, False, "Videre", "default")
    p.add_run(" Videreføring")
    d.add_paragraph("Satsingsområder:")
    for i, (lab, on) in enumerate(zip(PRIO20_NB, (False, True, False))):
        p = d.add_paragraph()
        formcheck(p, on, f"Prio{i}", "default")
        p.add_run(" " + lab)
    d.add_paragraph("Prosjektet skal gi unge sosialhjelpsmottakere under 30 år tett og helhetlig oppfølging "
                    "med ukentlige samtaler og arbeidstrening hos lokale arbeidsgivere.")
    for i, (q, ja) in enumerate((("Ønsker dere å delta i nettverk?", True),
                                 ("Ønsker dere ekstern prosessevaluering?", False))):
        p = d.add_paragraph(q + "  ")
        formcheck(p, ja, f"Ja{i}", "default")
        p.add_run(" Ja  ")
        formcheck(p, not ja, f"Nei{i}", "default")
        p.add_run(" Nei")
    d.add_paragraph()
    s = d.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    s.cell(0, 0).text, s.cell(0, 1).text, s.cell(0, 2).text = "Dato", "Underskrift", "Navn og tittel"
    s.cell(1, 0).text, s.cell(2, 0).text = "25.01.2019", "28.01.2019"
    add_ink(s.cell(1, 1).paragraphs[0].add_run(), 505, 3.8)
    add_ink(s.cell(2, 1).paragraphs[0].add_run(), 506, 3.8)
    s.cell(1, 2).text, s.cell(2, 2).text = "Gro Anette Flatin, NAV-leder", "Kjetil Bakken, rådmann"
    d.save(out)
    fix_zip(out)
    return truth("z05", "docx", "docx-legacy-fields", lang="nb", scheme="nav-sosiale-tjenester-2019",
                 office=("Nav Notodden", "Notodden", o), contact=("Eirik Sollid", "eirik.sollid@nav.no", "35012345"),
                 project=("Tett på unge i Notodden", "new", "2019-04-01"), pct=60,
                 amounts={"positions": 348000, "competence": 8000, "other": None, "total": 356000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Gro Anette Flatin", "NAV-leder", "2019-01-25", "handwritten"),
                       ("municipality", "Kjetil Bakken", "Rådmann", "2019-01-28", "handwritten")],
                 notes=["2019 scheme; FORMCHECKBOX ticked by w:default=1; empty 'Andre kostnader' field of en spaces"])


# z06 docx-letter (nn): a plain letter, "ei halv stilling", own funding, title in guillemets, typed closing.
def z06(out: Path):
    d = new_docx()
    o = org("96430011")
    for ln in ("Nav Stranda", "Postboks 54, 6201 Stranda", f"Org.nr. {o}"):
        d.add_paragraph(ln)
    d.add_paragraph("Statsforvaltaren i Møre og Romsdal\nPostboks 2520\n6404 Molde")
    d.add_paragraph("Stranda, 28. januar 2020").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – «Heim til arbeid»").runs[0].bold = True
    for s in (
        "Nav Stranda søkjer med dette om tilskot til prosjektet «Heim til arbeid». Prosjektet er nytt, og vi "
        "planlegg oppstart 1. april 2020.",
        "Målgruppa er personar som kjem ut frå soning eller rusbehandling og som manglar bustad, arbeid og "
        "nettverk. Prosjektet skal sikre sårbare overgangar frå institusjon til eit ordinært liv i kommunen, "
        "med ein fast kontaktperson frå første dag.",
        "Vi søkjer om midlar til ei halv stilling som overgangskoordinator. Løn og sosiale kostnader utgjer "
        "295 000 kroner. I tillegg søkjer vi om 5 000 kroner til kompetanseheving. Samla søknadssum er "
        "300 000 kroner. Stranda kommune dekkjer sjølv 50 000 kroner til kontorplass og reiser.",
    ):
        d.add_paragraph(s)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, v in (("Løn og sosiale kostnader, 50 % stilling", "295 000"), ("Kompetanse", "5 000"),
                 ("Sum søknad", "300 000"), ("Kommunen sin eigeninnsats", "50 000")):
        r = t.add_row().cells
        r[0].text, r[1].text = a, v
    for s in (
        "Nav Stranda ønskjer å vere med i nettverk/klyngesamarbeid med andre kontor, men ønskjer ikkje "
        "ekstern prosessevaluering i år.",
        "Kontaktperson for søknaden er Oddbjørg Ringdal, e-post oddbjorg.ringdal@stranda.kommune.no, "
        "telefon 902 11 458.",
        "Med venleg helsing",
    ):
        d.add_paragraph(s)
    s = d.add_table(rows=2, cols=2)
    s.cell(0, 0).text, s.cell(0, 1).text = "Arnfinn Liabø", "Hanne Sløgedal"
    s.cell(1, 0).text, s.cell(1, 1).text = "Nav-leiar", "Kommunedirektør"
    d.save(out)
    fix_zip(out)
    return truth("z06", "docx", "docx-letter", lang="nn", scheme=S20, office=("Nav Stranda", "Stranda", o),
                 contact=("Oddbjørg Ringdal", "oddbjorg.ringdal@stranda.kommune.no", "90211458"),
                 project=("Heim til arbeid", "new", "2020-04-01"), pct=50,
                 amounts={"positions": 295000, "competence": 5000, "other": None, "total": 300000},
                 own_funding=50000, prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Arnfinn Liabø", "Nav-leiar", "2020-01-28", "typed"),
                       ("municipality", "Hanne Sløgedal", "Kommunedirektør", "2020-01-28", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"],
                 notes=["letter; 'ei halv stilling'; own funding 50 000; names typed side by side, letter date only"])


# z07 docx-letter (nb): continuation (year 2 of 3), budget with one line per year, the scheme year applied
# for; enhetsleder and kommunalsjef for helse og velferd approve electronically.
def z07(out: Path):
    d = new_docx()
    o = org("97390140")
    d.add_paragraph("NAV Hammerfest\nSjøgata 6, 9600 Hammerfest")
    d.add_paragraph("Statsforvalteren i Troms og Finnmark")
    d.add_paragraph("Vår dato: 22.01.2020        Vår ref.: 2020/117")
    d.add_paragraph("Søknad om videreføring av prosjektet Jobbfokus Hammerfest – tilskudd til utvikling av "
                    "sosiale tjenester i Nav-kontoret 2020").runs[0].bold = True
    for s in (
        f"NAV Hammerfest (org.nr. {o}) søker om videreføring av prosjektet Jobbfokus Hammerfest, som fikk "
        "tilskudd første gang i 2019. 2020 blir prosjektets andre år av tre. Videreføringen starter 1. mars 2020.",
        "Prosjektet bruker ordinært arbeidsliv aktivt: veilederen finner arbeidsgivere i fiskeri- og "
        "servicenæringen som tar imot deltakere med lang tid på sosialhjelp. Det søkes om midler til en "
        "60 %-stilling som arbeidsmarkedsveileder.",
        "Budsjettet nedenfor viser begge de gjenstående prosjektårene. Det søkes nå kun om midler for 2020.",
    ):
        d.add_paragraph(s)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("År", "Post", "Beløp")):
        label_cell(t.rows[0].cells[i], h)
    for vals in (("2020", "Lønn og sosiale kostnader, 60 %-stilling (omsøkt nå)", "354 000"),
                 ("2021", "Lønn og sosiale kostnader, 60 %-stilling (planlagt)", "360 000")):
        r = t.add_row().cells
        for i, v in enumerate(vals):
            r[i].text = v
    d.add_paragraph("Omsøkt beløp for 2020: kr 354 000.")
    d.add_paragraph("Vi ønsker å delta i nettverk for prosjektene i fylket. Vi ønsker også ekstern prosessevaluering.")
    d.add_paragraph("Kontaktperson: Siv Isaksen, tlf. 784 25 000, e-post siv.isaksen@nav.no")
    d.add_paragraph("Med hilsen")
    d.add_paragraph("Roy Nilsen\nenhetsleder, NAV Hammerfest")
    d.add_paragraph("Hanne Mathisen\nkommunalsjef for helse og velferd, Hammerfest kommune")
    d.add_paragraph("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer. "
                    "Godkjent av Roy Nilsen 22.01.2020 og Hanne Mathisen 27.01.2020.")
    d.save(out)
    fix_zip(out)
    return truth("z07", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Hammerfest", "Hammerfest", o),
                 contact=("Siv Isaksen", "siv.isaksen@nav.no", "78425000"),
                 project=("Jobbfokus Hammerfest", "continuation", "2020-03-01"), pct=60,
                 amounts={"positions": 354000, "competence": None, "other": None, "total": 354000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Roy Nilsen", "Enhetsleder", "2020-01-22", "electronic_approval"),
                       ("municipality", "Hanne Mathisen", "Kommunalsjef for helse og velferd", "2020-01-27",
                        "electronic_approval")],
                 notes=["continuation year 2 of 3; budget table has a row per year, only 2020 is applied for"])
