"""Word documents of corpus 31 (z01-z07, the Word sources of z12/z13, z17, z18). Each builder writes
its file and returns its hand-written truth."""
from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
sys.path.insert(0, str(HERE))
from truthlib import truth  # noqa: E402
from kit31 import (add_ink, borders, formcheck, formtext, new_doc, org, save_docx, sdt_check,  # noqa: E402
                   sdt_text, shade)

S20 = "nav-sosiale-tjenester-2020"
S19 = "nav-sosiale-tjenester-2019"
S18 = "nav-sosiale-tjenester-2018"
BOX = {True: "\u2611", False: "\u2610"}  # ballot box with check / empty


def _bold(p, text):
    r = p.add_run(text)
    r.bold = True
    return r


def _kv_table(doc, rows, widths=(6.5, 9.5), shade_labels=True):
    t = doc.add_table(rows=0, cols=2)
    borders(t)
    for k, v in rows:
        c = t.add_row().cells
        c[0].text = k
        c[1].text = v
        c[0].width, c[1].width = Cm(widths[0]), Cm(widths[1])
        if shade_labels:
            shade(c[0], "EDEDED")
    return t


# ------------------------------------------------------------------ z01
def z01(out):
    """County governor's own template (Fylkesmannen i Innlandet), percent in words, budget per year."""
    on = org(101)
    d = new_doc("Arial", 10)
    p = d.add_paragraph()
    _bold(p, "Fylkesmannen i Innlandet").font.size = Pt(9)
    p.add_run("\nSosial- og familieavdelingen").font.size = Pt(9)
    h = d.add_paragraph()
    r = _bold(h, "Søknadsskjema 2020 – tilskudd til utvikling av sosiale tjenester i NAV-kontoret (kap. 0621 post 63)")
    r.font.size = Pt(13)
    d.add_paragraph("Skjemaet er utarbeidet av Fylkesmannen i Innlandet og sendes til fmin@fylkesmannen.no innen "
                    "1. februar 2020. Kontaktperson hos Fylkesmannen: Trude Aas, tlf. 61 26 60 00.").runs[0].italic = True
    d.add_paragraph().add_run("Del 1 – Opplysninger om søker").bold = True
    _kv_table(d, [
        ("Søkende enhet (NAV-kontor)", "NAV Gjøvik"),
        ("Kommune", "Gjøvik kommune"),
        ("Foretaksnr. (org.nr.)", on),
        ("Prosjektansvarlig / kontaktperson", "Kari Nymoen, veileder"),
        ("E-postadresse", "Kari.Nymoen@nav.no"),
        ("Mobil", "481 22 903"),
    ])
    d.add_paragraph().add_run("Del 2 – Om prosjektet").bold = True
    _kv_table(d, [
        ("Prosjektets navn", "Tettere på arbeidsgiverne"),
        ("Nytt prosjekt eller videreføring?", "Nytt prosjekt (første år)"),
        ("Ønsket oppstart", "1. april 2020"),
        ("Stillingsressurs det søkes om", "Hundre prosent – én hel stilling som jobbspesialist"),
        ("Kort beskrivelse", "Jobbspesialisten skal bygge faste avtaler med lokale arbeidsgivere og følge "
                             "opp sosialhjelpsmottakere ut i ordinært arbeid, med tett oppfølging de første "
                             "seks månedene. Kontoret utvikler en egen modell for arbeidsgiverkontakt."),
    ])
    d.add_paragraph().add_run("Del 3 – Økonomi (søknadsåret 2020)").bold = True
    _kv_table(d, [
        ("Lønnsmidler inkl. sosiale kostnader", "kr 600 000"),
        ("Kompetansemidler (maks kr 10 000)", "kr 8 000"),
        ("Sum søknadsbeløp 2020", "kr 608 000"),
    ])
    d.add_paragraph("Plan for hele prosjektperioden (til orientering, det søkes kun for 2020):")
    t = d.add_table(rows=4, cols=4)
    borders(t)
    for i, row in enumerate([["", "2020", "2021", "2022"],
                             ["Lønn inkl. sosiale kostnader", "600 000", "615 000", "630 000"],
                             ["Kompetanse", "8 000", "5 000", "5 000"],
                             ["Sum per år", "608 000", "620 000", "635 000"]]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.add_paragraph().add_run("Del 4 – Prioriterte områder (kryss av)").bold = True
    for on_, txt in [(True, "Bruk av ordinært arbeidsliv"),
                     (False, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                     (False, "Sikring av sårbare overganger")]:
        d.add_paragraph(f"{BOX[on_]}  {txt}")
    d.add_paragraph().add_run("Del 5 – Interesse").bold = True
    _kv_table(d, [("Ønsker kontoret å delta i nettverk/klyngesamarbeid?", "Ja"),
                  ("Ønsker kontoret ekstern prosessevaluering?", "Nei")])
    d.add_paragraph().add_run("Del 6 – Underskrifter").bold = True
    t = d.add_table(rows=5, cols=2)
    borders(t)
    cells = [("Sted/dato: Gjøvik, 27.01.2020", 1011, "Anne Grethe Solli", "Leder NAV Gjøvik"),
             ("Sted/dato: Gjøvik, 29.01.2020", 1012, "Tor Egil Hov", "Kommunedirektør")]
    for j, (sd, seed, name, title) in enumerate(cells):
        t.cell(0, j).text = "For NAV-kontoret" if j == 0 else "For kommunen"
        t.cell(1, j).text = sd
        add_ink(t.cell(2, j).paragraphs[0], seed)
        t.cell(3, j).text = name
        t.cell(4, j).text = title
    save_docx(d, out)
    return truth("z01", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Gjøvik", "Gjøvik", on), contact=("Kari Nymoen", "kari.nymoen@nav.no", "48122903"),
                 project=("Tettere på arbeidsgiverne", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 600000, "competence": 8000, "other": None, "total": 608000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Anne Grethe Solli", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Tor Egil Hov", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["county template; percent in words; 2021/2022 plan is not the scheme year's amount"])


# ------------------------------------------------------------------ z02
def z02(out):
    """Municipality's own Nynorsk template, numbered questions with the answer BELOW; 80 % over its cap."""
    on = org(102)
    d = new_doc("Cambria", 11)
    p = d.add_paragraph()
    _bold(p, "HØYANGER KOMMUNE").font.size = Pt(14)
    p.add_run("\nNAV Høyanger – Helse og omsorg")
    d.add_paragraph()
    _bold(d.add_paragraph(), "Søknad om tilskot til utvikling av sosiale tenester i NAV 2020").font.size = Pt(13)
    d.add_paragraph("Til Fylkesmannen i Vestland")
    qa = [
        ("1. Namn på søkjar (Nav-kontoret)", "NAV Høyanger"),
        ("2. Kommune", "Høyanger"),
        ("3. Organisasjonsnummer", on),
        ("4. Kontaktperson i prosjektet (namn, telefon, e-post)",
         "Nils Kvamme, tlf. 57 71 30 45, nils.kvamme@hoyanger.kommune.no"),
        ("5. Namnet på prosjektet", "Ungdomslos Høyanger"),
        ("6. Nytt prosjekt eller vidareføring", "Nytt prosjekt"),
        ("7. Planlagd oppstart", "1. mars 2020"),
        ("8. Stillingsressurs", "Åtti prosent stilling som ungdomslos"),
        ("9. Kva prioritert område gjeld søknaden?",
         "Oppfølging av barnefamiliar, ungdom og innvandrarar. Losen skal følgje unge mellom 16 og 25 år "
         "som har falle ut av vidaregåande skule."),
        ("10. Budsjett",
         "Løn inkl. sosiale kostnader: 520 000 kroner\nKompetansemidlar: ikkje søkt\n"
         "Samla søknadsbeløp: 520 000 kroner"),
        ("11. Ønskjer kontoret å vere med i nettverk / klyngesamarbeid?", "Ja"),
        ("12. Ønskjer kontoret ekstern prosessevaluering?", "Ja"),
    ]
    for q, a in qa:
        qp = d.add_paragraph()
        _bold(qp, q)
        qp.paragraph_format.space_after = Pt(0)
        ap = d.add_paragraph(a)
        ap.paragraph_format.left_indent = Cm(0.8)
    _bold(d.add_paragraph(), "13. Godkjenning")
    d.add_paragraph("Dokumentet er elektronisk godkjent og har difor ingen handskrivne signaturar.")
    t = d.add_table(rows=3, cols=3)
    borders(t)
    for i, row in enumerate([["Godkjent av", "Stilling", "Dato"],
                             ["Sigrid Bøe", "Nav-leiar", "22.01.2020"],
                             ["Olav Vik", "Rådmann", "24.01.2020"]]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    save_docx(d, out)
    return truth("z02", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Høyanger", "Høyanger", on),
                 contact=("Nils Kvamme", "nils.kvamme@hoyanger.kommune.no", "57713045"),
                 project=("Ungdomslos Høyanger", "new", "2020-03-01"), pct=80,
                 amounts={"positions": 520000, "competence": None, "other": None, "total": 520000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Sigrid Bøe", "Nav-leiar", "2020-01-22", "electronic_approval"),
                       ("municipality", "Olav Vik", "Rådmann", "2020-01-24", "electronic_approval")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["defect: 80 % position, 520 000 > 488 000 (610 000 x 0.8)"])


# ------------------------------------------------------------------ z03
def z03(out):
    """Content controls; the salary stated per month x 12; stacked ink blocks, title before the name."""
    on = org(103)
    d = new_doc("Calibri", 10.5)
    _bold(d.add_paragraph(), "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020").font.size = Pt(14)
    d.add_paragraph("Skjemaet fylles ut elektronisk. Klikk i de grå feltene.")
    t = d.add_table(rows=0, cols=2)
    borders(t)
    rows = [("Nav-kontor", "Nav Modum", "kontor"), ("Kommune", "Modum", "kommune"),
            ("Organisasjonsnummer", on, "orgnr"), ("Kontaktperson", "Marte Lie", "kontakt"),
            ("E-post", "marte.lie@nav.no", "epost"), ("Telefon", "908 11 234", "tlf"),
            ("Prosjektnavn", "Trygg overgang etter soning", "tittel"),
            ("Type prosjekt", "Nytt prosjekt", "type"),
            ("Stillingsandel", "100 %", "stilling")]
    for k, v, tag in rows:
        c = t.add_row().cells
        c[0].text = k
        shade(c[0], "F2F2F2")
        sdt_text(c[1].paragraphs[0], v, tag)
    c = t.add_row().cells
    c[0].text = "Oppstart"
    shade(c[0], "F2F2F2")
    sdt_text(c[1].paragraphs[0], "01.03.2020", "oppstart", date="2020-03-01")
    c = t.add_row().cells
    c[0].text = "Kommentar til stillingen"
    shade(c[0], "F2F2F2")
    sdt_text(c[1].paragraphs[0], "Klikk eller trykk her for å skrive inn tekst.", "kommentar", placeholder=True)
    _bold(d.add_paragraph(), "Budsjett")
    t2 = d.add_table(rows=0, cols=2)
    borders(t2)
    for k, v, tag in [("Lønn inkl. sosiale kostnader", "kr 46 500 per måned × 12 måneder = kr 558 000", "lonn"),
                      ("Kompetansemidler", "kr 8 000", "komp"),
                      ("Totalt søknadsbeløp", "kr 566 000", "sum")]:
        c = t2.add_row().cells
        c[0].text = k
        sdt_text(c[1].paragraphs[0], v, tag)
    _bold(d.add_paragraph(), "Prioriterte områder")
    for on_, txt, tag in [(False, "Bruk av ordinært arbeidsliv", "p1"),
                          (False, "Oppfølging av barnefamilier, ungdom og innvandrere", "p2"),
                          (True, "Sikring av sårbare overganger (f.eks. løslatelse fra fengsel)", "p3")]:
        p = d.add_paragraph()
        sdt_check(p, on_, tag)
        p.add_run("  " + txt)
    _bold(d.add_paragraph(), "Interesse")
    for q, yes, tag in [("Nettverk / klyngesamarbeid", True, "nett"),
                        ("Ekstern prosessevaluering", False, "eval")]:
        p = d.add_paragraph(q + ":   ")
        sdt_check(p, yes, tag + "j")
        p.add_run(" Ja   ")
        sdt_check(p, not yes, tag + "n")
        p.add_run(" Nei")
    _bold(d.add_paragraph(), "Underskrift")
    for cap, place, seed, line in [("For Nav Modum", "Vikersund, 24.01.2020", 1031, "Nav-leder Hilde Aasen"),
                                   ("For Modum kommune", "Vikersund, 28.01.2020", 1032,
                                    "Kommunalsjef for helse og omsorg Geir Hovde")]:
        _bold(d.add_paragraph(), cap)
        d.add_paragraph("Sted/dato: " + place)
        add_ink(d.add_paragraph(), seed, 3.6)
        d.add_paragraph("_______________________________")
        d.add_paragraph(line)
    save_docx(d, out)
    return truth("z03", "docx", "docx-controls", lang="nb", scheme=S20,
                 office=("Nav Modum", "Modum", on), contact=("Marte Lie", "marte.lie@nav.no", "90811234"),
                 project=("Trygg overgang etter soning", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 558000, "competence": 8000, "other": None, "total": 566000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Hilde Aasen", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Geir Hovde", "Kommunalsjef for helse og omsorg", "2020-01-28",
                        "handwritten")],
                 notes=["salary per month x 12 in one control; placeholder control is not a value"])


# ------------------------------------------------------------------ z04
def z04(out):
    """2019, Nynorsk, four-column control table; e-approval. Defect: org number fails MOD11."""
    on = org(104, invalid=True)
    d = new_doc("Verdana", 9)
    _bold(d.add_paragraph(), "Fylkesmannen i Møre og Romsdal").font.size = Pt(9)
    _bold(d.add_paragraph(), "Søknad om tilskot til utvikling av sosiale tenester i NAV – 2019").font.size = Pt(13)
    t = d.add_table(rows=0, cols=4)
    borders(t)
    pairs = [(("NAV-kontor", "NAV Hareid", "a"), ("Kommune", "Hareid", "b")),
             (("Org.nr.", on, "c"), ("Kontaktperson", "Eirik Brandal", "d")),
             (("E-post", "eirik.brandal@hareid.kommune.no", "e"), ("Telefon", "700 93 512", "f")),
             (("Prosjektnamn", "Vegen vidare", "g"), ("Type", "Vidareføring", "h")),
             (("Stillingsdel", "50 % (halv stilling)", "i"), ("Oppstart", "01.01.2019", "j"))]
    for (k1, v1, t1), (k2, v2, t2) in pairs:
        c = t.add_row().cells
        c[0].text, c[2].text = k1, k2
        shade(c[0])
        shade(c[2])
        if t2 == "j":
            sdt_text(c[3].paragraphs[0], v2, "oppstart", date="2019-01-01")
        else:
            sdt_text(c[3].paragraphs[0], v2, t2)
        sdt_text(c[1].paragraphs[0], v1, t1)
    _bold(d.add_paragraph(), "Budsjett for 2019")
    t2 = d.add_table(rows=0, cols=2)
    borders(t2)
    for k, v, tag in [("Løn og sosiale kostnader", "300 000", "lonn"), ("Kompetansemidlar", "10 000", "komp"),
                      ("Sum omsøkt", "310 000", "sum")]:
        c = t2.add_row().cells
        c[0].text = k
        sdt_text(c[1].paragraphs[0], v, tag)
    _bold(d.add_paragraph(), "Prioriterte område")
    for on_, txt, tag in [(True, "Bruk av ordinært arbeidsliv", "p1"),
                          (False, "Oppfølging av barnefamiliar, ungdom og innvandrarar", "p2"),
                          (True, "Sikring av sårbare overgangar", "p3")]:
        p = d.add_paragraph()
        sdt_check(p, on_, tag)
        p.add_run("  " + txt)
    p = d.add_paragraph("Ønskjer de å delta i nettverk?  ")
    sdt_check(p, True, "nj")
    p.add_run(" Ja  ")
    sdt_check(p, False, "nn")
    p.add_run(" Nei")
    p = d.add_paragraph("Ønskjer de ekstern prosessevaluering?  ")
    sdt_check(p, False, "ej")
    p.add_run(" Ja  ")
    sdt_check(p, True, "en")
    p.add_run(" Nei")
    _bold(d.add_paragraph(), "Godkjenning")
    d.add_paragraph("Søknaden er elektronisk godkjend av Nav-leiar og rådmann, og har difor ikkje handskriven underskrift.")
    for role, name, dt, tg in [("Nav-leiar", "Liv Hjelle", "21.01.2019", "s1"),
                               ("Rådmann", "Svein Are Roald", "28.01.2019", "s2")]:
        p = d.add_paragraph(role + ": ")
        sdt_text(p, name, tg + "n")
        p.add_run("   Dato: ")
        sdt_text(p, dt, tg + "d")
    save_docx(d, out)
    return truth("z04", "docx", "docx-controls", lang="nn", scheme=S19,
                 office=("Nav Hareid", "Hareid", on),
                 contact=("Eirik Brandal", "eirik.brandal@hareid.kommune.no", "70093512"),
                 project=("Vegen vidare", "continuation", "2019-01-01"), pct=50,
                 amounts={"positions": 300000, "competence": 10000, "other": None, "total": 310000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Liv Hjelle", "Nav-leiar", "2019-01-21", "electronic_approval"),
                       ("municipality", "Svein Are Roald", "Rådmann", "2019-01-28", "electronic_approval")],
                 expected=["ORG_NUMBER_INVALID"], notes=[f"defect: org number {on} fails MOD11"])


# ------------------------------------------------------------------ z05
def z05(out):
    """2018, legacy fields: labels in a shaded row, the FORMTEXT answer in the row below."""
    on = org(105)
    d = new_doc("Times New Roman", 11)
    _bold(d.add_paragraph(), "Fylkesmannen i Buskerud").font.size = Pt(10)
    _bold(d.add_paragraph(), "SØKNADSSKJEMA – Tilskudd til utvikling av sosiale tjenester i NAV 2018").font.size = Pt(13)
    t = d.add_table(rows=0, cols=1)
    borders(t)
    items = [("Søker (NAV-kontor)", "NAV Sigdal"), ("Kommune", "Sigdal"), ("Organisasjonsnummer", on),
             ("Kontaktperson", "Ola Haugen"), ("E-post", "ola.haugen@sigdal.kommune.no"),
             ("Telefon", "32 71 22 10"), ("Prosjektets tittel", "Ung og på vei"),
             ("Nytt eller videreført prosjekt", "Nytt"), ("Oppstart", "01.03.2018"),
             ("Stillingsprosent", "75 %"), ("Søknadsbeløp lønn inkl. sosiale utgifter", "kr 450 000"),
             ("Totalt søknadsbeløp", "kr 450 000")]
    for i, (k, v) in enumerate(items):
        c = t.add_row().cells[0]
        c.text = k
        shade(c, "DDDDDD")
        c2 = t.add_row().cells[0]
        formtext(c2.paragraphs[0], v, f"Tekst{i + 1}")
    _bold(d.add_paragraph(), "Prioriterte områder (sett kryss)")
    for i, (on_, txt) in enumerate([(False, "Bruk av ordinært arbeidsliv"),
                                    (True, "Ungdom og innvandrere"),
                                    (False, "Tiltak begrunnet i tilsyn"),
                                    (False, "Barneperspektivet"),
                                    (True, "Overganger mellom tjenester, skole og arbeidsliv")]):
        p = d.add_paragraph()
        formcheck(p, on_, f"Avmerking{i + 1}")
        p.add_run("  " + txt)
    _bold(d.add_paragraph(), "Underskrifter")
    t = d.add_table(rows=3, cols=4)
    borders(t)
    for j, h in enumerate(["Dato", "Underskrift", "Navn", "Tittel"]):
        t.cell(0, j).text = h
        shade(t.cell(0, j), "DDDDDD")
    for i, (dt, seed, name, title) in enumerate([("25.01.2018", 1051, "Torill Kjos", "NAV-leder"),
                                                 ("30.01.2018", 1052, "Knut Ødegård", "Rådmann")], start=1):
        formtext(t.cell(i, 0).paragraphs[0], dt, f"Dato{i}")
        add_ink(t.cell(i, 1).paragraphs[0], seed, 3.2)
        formtext(t.cell(i, 2).paragraphs[0], name, f"Navn{i}")
        t.cell(i, 3).text = title
    save_docx(d, out)
    return truth("z05", "docx", "docx-legacy-fields", lang="nb", scheme=S18,
                 office=("Nav Sigdal", "Sigdal", on), contact=("Ola Haugen", "ola.haugen@sigdal.kommune.no", "32712210"),
                 project=("Ung og på vei", "new", "2018-03-01"), pct=75,
                 amounts={"positions": 450000, "competence": None, "other": None, "total": 450000},
                 prio=["ungdom-innvandrere", "overganger"], interest=(None, None),
                 sigs=[("nav_leader", "Torill Kjos", "NAV-leder", "2018-01-25", "handwritten"),
                       ("municipality", "Knut Ødegård", "Rådmann", "2018-01-30", "handwritten")])


# ------------------------------------------------------------------ z06
def z06(out):
    """Letter; budget split over three years; the contact only in the e-mail style signature at the end."""
    on = org(106)
    d = new_doc("Georgia", 10.5)
    p = d.add_paragraph()
    _bold(p, "NAV Lillestrøm")
    p.add_run(f"\nPostboks 113, 2001 Lillestrøm\nOrg.nr. {on[:3]} {on[3:6]} {on[6:]}")
    d.add_paragraph("Fylkesmannen i Oslo og Viken\nPostboks 325\n1502 Moss")
    d.add_paragraph("Lillestrøm, 23. januar 2020").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _bold(d.add_paragraph(), "Søknad om tilskudd til utvikling av sosiale tjenester i NAV – «Barnefamilier i arbeid»")
    for para in [
        "NAV Lillestrøm søker med dette om tilskudd for 2020 til prosjektet «Barnefamilier i arbeid». "
        "Prosjektet er nytt og planlegges startet i august 2020.",
        "Mange barnefamilier i kommunen har levd lenge på økonomisk sosialhjelp. Vi vil ansette to hele "
        "stillinger som familiekoordinatorer som følger opp hele familien, med mål om arbeid for de voksne "
        "og deltakelse for barna. Prosjektet retter seg mot oppfølging av barnefamilier, ungdom og "
        "innvandrere.",
        "Kontoret ønsker å delta i nettverk/klyngesamarbeid med andre kontorer og stiller seg positivt til "
        "ekstern prosessevaluering.",
        "Budsjett (det søkes kun om midler for 2020; 2021 og 2022 er til orientering):",
    ]:
        d.add_paragraph(para)
    t = d.add_table(rows=4, cols=4)
    borders(t)
    for i, row in enumerate([["Post", "2020", "2021", "2022"],
                             ["Lønn inkl. sosiale kostnader, 2 stillinger", "1 200 000", "1 220 000", "1 220 000"],
                             ["Kompetansemidler", "10 000", "10 000", "10 000"],
                             ["Sum", "1 210 000", "1 230 000", "1 230 000"]]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.add_paragraph("Vi søker dermed om kr 1 210 000 for 2020. Spørsmål om søknaden kan rettes til "
                    "prosjektkoordinator, se kontaktinformasjon nederst.")
    d.add_paragraph("Med vennlig hilsen")
    add_ink(d.add_paragraph(), 1061, 3.8)
    d.add_paragraph("Eva Rønning\nNAV-leder\nDato: 23.01.2020")
    d.add_paragraph("Sett og godkjent for Lillestrøm kommune:")
    add_ink(d.add_paragraph(), 1062, 3.8)
    d.add_paragraph("Kristin Moe\nKommunedirektør\nDato: 27.01.2020")
    d.add_paragraph("--")
    sig = d.add_paragraph("Jonas Berntsen\nProsjektkoordinator | NAV Lillestrøm\nMob: 924 55 610 | jonas.berntsen@nav.no")
    for r in sig.runs:
        r.font.size = Pt(8.5)
    save_docx(d, out)
    return truth("z06", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Lillestrøm", "Lillestrøm", on),
                 contact=("Jonas Berntsen", "jonas.berntsen@nav.no", "92455610"),
                 project=("Barnefamilier i arbeid", "new", "2020-08-01"), pct=200,
                 amounts={"positions": 1200000, "competence": 10000, "other": None, "total": 1210000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Eva Rønning", "NAV-leder", "2020-01-23", "handwritten"),
                       ("municipality", "Kristin Moe", "Kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["budget split over 2020-2022; only 2020 is applied for; contact only in the mail signature"])


# ------------------------------------------------------------------ z07
def z07(out):
    """Nynorsk letter, "ei heil og ei halv stilling"; defect: total differs from the sum of its parts."""
    on = org(107)
    d = new_doc("Calibri", 11)
    p = d.add_paragraph()
    _bold(p, "Ullensvang kommune – NAV Ullensvang")
    p.add_run(f"\nOrganisasjonsnummer {on}")
    d.add_paragraph("Fylkesmannen i Vestland")
    d.add_paragraph("Odda, 28.01.2020")
    _bold(d.add_paragraph(), "Søknad om tilskot til utvikling av sosiale tenester i NAV 2020")
    for para in [
        "NAV Ullensvang søkjer om vidareføring av prosjektet «Heile familien» for andre prosjektår, "
        "frå 1. januar 2020.",
        "Prosjektet har ei heil stilling og ei halv stilling: ein familiekoordinator i 100 % og ein "
        "jobbspesialist i 50 %. Målgruppa er barnefamiliar med låg inntekt, og vi nyttar ordinært "
        "arbeidsliv aktivt gjennom avtalar med lokale verksemder.",
        "Vi er interesserte i nettverkssamarbeid med andre kontor.",
        "Kontaktperson for prosjektet er Ingrid Tveit, tlf. 934 20 118, e-post ingrid.tveit@ullensvang.kommune.no.",
    ]:
        d.add_paragraph(para)
    t = d.add_table(rows=5, cols=2)
    borders(t)
    for i, (k, v) in enumerate([("Post", "Beløp (kr)"),
                                ("Familiekoordinator 100 %, løn og sosiale kostnader", "600 000"),
                                ("Jobbspesialist 50 %, løn og sosiale kostnader", "300 000"),
                                ("Kompetansemidlar", "10 000"),
                                ("Sum søknadsbeløp", "920 000")]):
        t.cell(i, 0).text, t.cell(i, 1).text = k, v
    d.add_paragraph("Med helsing")
    t = d.add_table(rows=3, cols=2)
    for j, (seed, name, title) in enumerate([(1071, "Aud Helland", "Nav-leiar"),
                                             (1072, "Bjørn Kjetil Seim", "Kommunedirektør")]):
        add_ink(t.cell(0, j).paragraphs[0], seed, 3.5)
        t.cell(1, j).text = name + "\n" + title
        t.cell(2, j).text = "Odda, 28.01.2020" if j == 0 else "Odda, 30.01.2020"
    save_docx(d, out)
    return truth("z07", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Ullensvang", "Ullensvang", on),
                 contact=("Ingrid Tveit", "ingrid.tveit@ullensvang.kommune.no", "93420118"),
                 project=("Heile familien", "continuation", "2020-01-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "other": None, "total": 920000},
                 prio=["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"], interest=(True, None),
                 sigs=[("nav_leader", "Aud Helland", "Nav-leiar", "2020-01-28", "handwritten"),
                       ("municipality", "Bjørn Kjetil Seim", "Kommunedirektør", "2020-01-30", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["defect: 600 000 + 300 000 + 10 000 = 910 000, stated total 920 000"])


# ------------------------------------------------------------------ Word sources for z12, z13
def src_z12(out):
    on = org(112)
    d = new_doc("Liberation Sans", 10.5)
    _bold(d.add_paragraph(), "NAV Ringerike").font.size = Pt(12)
    _bold(d.add_paragraph(), "Søknad om tilskudd til utvikling av sosiale tjenester i NAV 2020").font.size = Pt(14)
    sections = [
        ("1. Søker", [("Nav-kontor", "NAV Ringerike"), ("Kommune", "Ringerike"),
                      ("Organisasjonsnummer", on)]),
        ("2. Kontaktperson", [("Navn", "Per Arne Solberg"), ("Stilling", "Fagkoordinator"),
                              ("Telefon", "466 02 871"), ("E-post", "per.arne.solberg@nav.no")]),
        ("3. Prosjektet", [("Prosjektnavn", "Jobb først på Hønefoss"), ("Nytt/videreføring", "Nytt prosjekt"),
                           ("Oppstart", "01.06.2020"), ("Stillingsandel", "100 prosent")]),
        ("4. Budsjett", [("Lønn og sosiale kostnader", "610 000"),
                         ("Kompetansemidler (prosessveiledning og kurs)", "15 000"),
                         ("Sum det søkes om", "625 000")]),
    ]
    for head, rows in sections:
        _bold(d.add_paragraph(), head)
        for k, v in rows:
            p = d.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(6.5))
            p.add_run(k + ":\t" + v)
            p.paragraph_format.space_after = Pt(1)
    _bold(d.add_paragraph(), "5. Prioritert område")
    d.add_paragraph("[X] Bruk av ordinært arbeidsliv\n[  ] Oppfølging av barnefamilier, ungdom og innvandrere\n"
                    "[  ] Sikring av sårbare overganger")
    _bold(d.add_paragraph(), "6. Nettverk og evaluering")
    d.add_paragraph("Interessert i nettverk/klyngesamarbeid: Ja\nInteressert i ekstern prosessevaluering: Ja")
    _bold(d.add_paragraph(), "7. Underskrift")
    t = d.add_table(rows=4, cols=2)
    borders(t)
    for j, (seed, name, title, dt) in enumerate([(1121, "Camilla Fossum", "NAV-leder", "Hønefoss, 20.01.2020"),
                                                 (1122, "Tore Isaksen", "Rådmann", "Hønefoss, 24.01.2020")]):
        t.cell(0, j).text = dt
        add_ink(t.cell(1, j).paragraphs[0], seed, 3.6)
        t.cell(2, j).text = name
        t.cell(3, j).text = title
    save_docx(d, out)
    return on


def src_z13(out):
    on = org(113)
    d = new_doc("Liberation Serif", 11)
    _bold(d.add_paragraph(), "Søknad om tilskot – sosiale tenester i NAV 2020").font.size = Pt(14)
    d.add_paragraph("Sendast Fylkesmannen i Vestland innan 1. februar 2020.")
    _kv_table(d, [("Søkjar", "NAV Kvinnherad"), ("Kommune", "Kvinnherad"), ("Org.nr.", on),
                  ("Kontaktperson", "Solveig Tysnes"), ("Telefon", "53 48 31 60"),
                  ("E-post", "solveig.tysnes@kvinnherad.kommune.no"),
                  ("Prosjekttittel", "Saman mot arbeid"), ("Nytt / vidareføring", "Nytt"),
                  ("Oppstart", "mars 2020")], shade_labels=False)
    _bold(d.add_paragraph(), "Stillingar og budsjett")
    t = d.add_table(rows=5, cols=3)
    borders(t)
    for i, row in enumerate([["Stilling", "Del", "Løn inkl. sosiale kostnader"],
                             ["Rettleiar, familiar", "60 %", "366 000"],
                             ["Jobbspesialist", "40 %", "240 000"],
                             ["Kompetansemidlar", "", "10 000"],
                             ["Sum søknad", "100 %", "616 000"]]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    _bold(d.add_paragraph(), "Prioriterte område")
    d.add_paragraph("Bruk av ordinært arbeidsliv: –\nOppfølging av barnefamiliar, ungdom og innvandrarar: X\n"
                    "Sikring av sårbare overgangar: X")
    d.add_paragraph("Nettverk/klyngesamarbeid: Ja        Ekstern prosessevaluering: Nei")
    _bold(d.add_paragraph(), "Underskrifter")
    t = d.add_table(rows=3, cols=3)
    borders(t)
    for j, h in enumerate(["Stad og dato", "Underskrift", "Namn og tittel"]):
        t.cell(0, j).text = h
    for i, (pl, seed, nt) in enumerate([("Husnes, 29.01.2020", 1131, "Leif Rød, Nav-leiar"),
                                        ("Husnes, 31.01.2020", 1132, "Åse Gjerde, kommunalsjef")], start=1):
        t.cell(i, 0).text = pl
        add_ink(t.cell(i, 1).paragraphs[0], seed, 3.2)
        t.cell(i, 2).text = nt
    save_docx(d, out)
    return on


# ------------------------------------------------------------------ z17
def z17(out):
    """A request to reallocate an approved grant (budget revision), not an application."""
    on = org(117)
    d = new_doc("Calibri", 11)
    p = d.add_paragraph()
    _bold(p, "NAV Lier")
    p.add_run(f"\nOrg.nr. {on}")
    d.add_paragraph("Fylkesmannen i Oslo og Viken\nv/ seniorrådgiver Hege Stene")
    d.add_paragraph("Lier, 15.01.2020")
    _bold(d.add_paragraph(), "Anmodning om omdisponering av tilskudd – prosjektet «Arbeid for alle i Lier» (tilsagn 2019)")
    for para in [
        "Vi viser til tilsagnsbrev av 12.06.2019 der NAV Lier fikk tilskudd på kr 610 000 til én stilling i "
        "prosjektet «Arbeid for alle i Lier».",
        "Stillingen ble først besatt 1. oktober 2019. Av tildelte midler er kr 184 000 ikke brukt per 31.12.2019.",
        "Vi ber om å få overføre ubrukte midler, kr 184 000, til 2020 og bruke dem til å forlenge stillingen "
        "ut mars 2020. Prosjektets mål og målgruppe er uendret.",
        "Revidert budsjett:",
    ]:
        d.add_paragraph(para)
    t = d.add_table(rows=4, cols=3)
    borders(t)
    for i, row in enumerate([["Post", "Opprinnelig", "Revidert"],
                             ["Lønn 2019", "610 000", "426 000"],
                             ["Lønn jan.–mars 2020", "0", "184 000"],
                             ["Sum", "610 000", "610 000"]]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.add_paragraph("Med vennlig hilsen")
    add_ink(d.add_paragraph(), 1171, 3.5)
    d.add_paragraph("Gro Helene Berg\nNAV-leder")
    save_docx(d, out)
    return truth("z17", "docx", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["request to reallocate (omdisponere) an approved 2019 grant"])


# ------------------------------------------------------------------ z18
def z18(out):
    """A .docx whose zip directory is fine but whose document part is garbage (CRC/deflate error)."""
    d = new_doc()
    d.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i NAV 2020 – NAV Bodø")
    b = io.BytesIO()
    d.save(b)
    zin = zipfile.ZipFile(io.BytesIO(b.getvalue()))
    ob = io.BytesIO()
    with zipfile.ZipFile(ob, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(info.filename))
    data = bytearray(ob.getvalue())
    # scramble the compressed bytes of word/document.xml (keep headers and the central directory)
    zf = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = zf.getinfo("word/document.xml")
    off = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for k in range(off, off + info.compress_size):
        data[k] = (data[k] * 7 + 13 + k) % 256
    Path(out).write_bytes(bytes(data))
    return truth("z18", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["docx: zip directory intact, word/document.xml deflate stream scrambled"])
