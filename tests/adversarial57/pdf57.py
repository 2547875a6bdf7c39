"""Corpus 57's PDFs: reportlab text pages, AcroForms, ink on printed pages, and one scan."""
from __future__ import annotations

import io
from pathlib import Path

from kit57 import S18, S19, S20, Page, ink_reader, orgnr, scan, spaced, truth


def sy07(out: Path):
    org = orgnr("97467594")
    p = Page(str(out), "DV", "DVB", 9.5, footer="Skjemaversjon 12.12.2019 – Arbeids- og velferdsdirektoratet")
    p.text("Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret", bold=True, size=13, dy=6)
    p.text("Tilskuddsår: 2020      Søknadsfrist: 2020-02-01", dy=10)
    for a, v in [("Nav-kontor", "Nav Tromsø"), ("Kommune", "Tromsø"), ("Org.nr", org),
                 ("Kontaktperson", "Håkon Berg"), ("Telefon kontaktperson", "77 79 10 00"),
                 ("Prosjekt", "Bolig og arbeid Tromsø"), ("Status", "Nytt prosjekt"), ("Oppstartsdato", "2020-04-01")]:
        p.pair(a, v)
    p.y -= 6
    p.text("Stillinger og budsjett", bold=True)
    for a, v in [("Stilling 1: boligkoordinator 100 %", "610 000"), ("Stilling 2: jobbspesialist 50 %", "305 000"),
                 ("Kompetansemidler", "10 000"), ("Sum omsøkt", "925 000")]:
        p.pair(a, v, vx=400)
    p.y -= 6
    p.text("Prioriterte områder: Bruk av ordinært arbeidsliv; Sikring av sårbare overganger (fra "
           "institusjon og fengsel til egen bolig).", dy=4)
    p.text("Nettverk/klyngesamarbeid: Nei      Ekstern prosessevaluering: Ja", dy=14)
    p.text("Godkjenning", bold=True)
    p.text("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    p.text("Godkjent 2020-01-28 av Randi Pedersen, leder Nav Tromsø")
    p.text("Godkjent 2020-01-29 av Stig Holm, kommunedirektør")
    p.save()
    return truth("sy07", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Tromsø", "Tromsø", org),
                 contact=("Håkon Berg", None, "77791000"),
                 project=("Bolig og arbeid Tromsø", "new", "2020-04-01"), pct=150,
                 amounts={"positions": 915000, "competence": 10000, "total": 925000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Randi Pedersen", "Leder Nav Tromsø", "2020-01-28", "electronic_approval"),
                       ("municipality", "Stig Holm", "Kommunedirektør", "2020-01-29", "electronic_approval")],
                 notes=["near-miss: ISO dates; footer template date 12.12.2019 is not a signing date; phone-only "
                        "contact (allowed); 150 % at exactly 915 000"])


def sy08(out: Path):
    org = orgnr("97462018")
    p = Page(str(out), "DVS", "DVSB", 10)
    p.text("NAV Volda", bold=True, size=12)
    p.text("Søknad om tilskot til utvikling av sosiale tenester i NAV-kontoret, jf. utlysing frå "
           "Arbeids- og velferdsdirektoratet for 2019", size=11, dy=10)
    for a, v in [("Kontor", "NAV Volda"), ("Kommune", "Volda kommune"), ("Organisasjonsnummer", spaced(org)),
                 ("Kontaktperson", "Sigrid Rotevatn, sigrid.rotevatn@nav.no, 70 05 87 00"),
                 ("Prosjektnamn", "Arbeid for alle i Volda"), ("Søknadstype", "Nytt prosjekt"),
                 ("Oppstart", "1. april 2019"), ("Stillingar", "50 % stilling"),
                 ("Budsjett", "Løn og sosiale kostnader 290 000 kr. Sum søkt: 290 000 kr."),
                 ("Prioritert område", "Bruk av ordinært arbeidsliv")]:
        p.pair(a, v, vx=200)
    p.y -= 10
    p.text("Dokumentet er elektronisk godkjent og har difor ikkje handskrivne underskrifter.", dy=4)
    p.text("Godkjent av Nav-leiar Hilde Bjørdal, 30. januar 2019")
    p.text("Godkjent av rådmann Per Ulstein, 4. februar 2019")
    p.save()
    return truth("sy08", "pdf", "pdf-text", lang="nn", scheme=S19, office=("Nav Volda", "Volda", org),
                 contact=("Sigrid Rotevatn", "sigrid.rotevatn@nav.no", "70058700"),
                 project=("Arbeid for alle i Volda", "new", "2019-04-01"), pct=50,
                 amounts={"positions": 290000, "total": 290000}, prio=["ordinaert-arbeidsliv"],
                 sigs=[("nav_leader", "Hilde Bjørdal", "Nav-leiar", "2019-01-30", "electronic_approval"),
                       ("municipality", "Per Ulstein", "Rådmann", "2019-02-04", "electronic_approval")],
                 expected=["SIGNED_AFTER_DEADLINE"],
                 notes=["DEFECT: 2019 scheme (named only in 'utlysing ... for 2019'); the rådmann approved "
                        "4. februar 2019, after the 1 February 2019 deadline"])


def sy09(out: Path):
    org = orgnr("97464331")
    p = Page(str(out), "LS", "LSB", 10)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, size=13, dy=8)
    for a, v in [("Søker", "Nav Lørenskog"), ("Kommune", "Lørenskog"), ("Org.nr.", org),
                 ("Kontakt", "Nina Sæther – nina.saether@nav.no – 67 93 40 00"),
                 ("Prosjektnavn", "Gjeldsfri Lørenskog"), ("Ny/videreføring", "Ny"), ("Start", "01.03.2020"),
                 ("Stilling", "100 % økonomisk rådgiver"), ("Lønn og sosiale kostnader", "kr 600 000"),
                 ("Kompetanse", "kr 10 000"), ("Sum", "kr 610 000")]:
        p.pair(a, v)
    p.y -= 6
    p.text("Hvilke områder retter prosjektet seg mot?", bold=True)
    p.text("Prosjektet er et tiltak begrunnet i funn fra Fylkesmannens tilsyn med økonomisk rådgivning i 2019, "
           "og skal utvikle digital økonomisk rådgivning og gjeldsrådgivning for brukere med betalingsproblemer.",
           dy=6)
    p.text("Nettverk/klyngesamarbeid: Ja.   Ekstern prosessevaluering: Nei.", dy=12)
    p.inks([("Nav-leder", "Lørenskog, 22.01.2020", "sy09a", "Morten Dahl", "Nav-leder"),
            ("Kommunedirektør", "Lørenskog, 23.01.2020", "sy09b", "Ellen Gran", "Kommunedirektør")])
    p.save()
    return truth("sy09", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Lørenskog", "Lørenskog", org),
                 contact=("Nina Sæther", "nina.saether@nav.no", "67934000"),
                 project=("Gjeldsfri Lørenskog", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000}, prio=[],
                 interest=(True, False),
                 sigs=[("nav_leader", "Morten Dahl", "Nav-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Ellen Gran", "Kommunedirektør", "2020-01-23", "handwritten")],
                 expected=["PRIORITY_AREA_MISSING"],
                 notes=["DEFECT: the project names only 'tiltak begrunnet i tilsyn' (a 2018 area) and digital "
                        "debt advice; neither is one of 2020's three areas"])


def _acro(out: Path, heading, fields, boxes, vals, ticked, inks):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    H = A4[1]
    y = H - 55
    for i, h in enumerate(heading):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 12 if i == 0 else 9)
        c.drawString(50, y, h)
        y -= 16
    y -= 8
    form = c.acroForm
    for name, label in fields:
        c.setFont("Helvetica", 9)
        c.drawString(50, y + 5, label)
        form.textfield(name=name, x=250, y=y, width=290, height=17, borderWidth=1, fontSize=9)
        y -= 23
    y -= 4
    for name, label in boxes:
        form.checkbox(name=name, x=50, y=y, size=11, buttonStyle="check")
        c.drawString(68, y + 2, label)
        y -= 19
    y -= 20
    for i, (cap, seed, fnames) in enumerate(inks):
        x = 50 + 270 * i
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x, y, cap)
        c.setFont("Helvetica", 9)
        if seed:
            c.drawImage(ink_reader(seed), x, y - 55, 140, 42, mask="auto")
        c.line(x, y - 57, x + 220, y - 57)
        for k, (fn, lab) in enumerate(fnames):
            c.drawString(x, y - 72 - 20 * k, lab)
            form.textfield(name=fn, x=x + 45, y=y - 77 - 20 * k, width=175, height=15, borderWidth=0, fontSize=9)
    c.save()
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
    for annot in w.pages[0]["/Annots"]:
        a = annot.get_object()
        if a.get("/FT") == "/Btn" and a.get("/T") in ticked:
            a[NameObject("/V")] = NameObject("/Yes")
            a[NameObject("/AS")] = NameObject("/Yes")
    w.set_need_appearances_writer(True)
    with open(out, "wb") as f:
        w.write(f)


NB_FIELDS = [("kontor", "Nav-kontor"), ("kommune", "Kommune"), ("orgnr", "Organisasjonsnummer"),
             ("kontakt", "Kontaktperson"), ("epost", "E-postadresse"), ("tlf", "Telefonnummer"),
             ("tittel", "Prosjektets navn"), ("start", "Oppstartsdato"), ("st1", "Stilling 1 (prosent / kroner)"),
             ("st2", "Stilling 2 (prosent / kroner)"), ("komp", "Kompetansemidler (kr)"), ("sum", "Totalt omsøkt (kr)")]
NB_BOXES = [("ny", "Nytt prosjekt"), ("vf", "Videreføring"), ("p1", "Bruk av ordinært arbeidsliv"),
            ("p2", "Oppfølging av barnefamilier, ungdom og innvandrere"), ("p3", "Sikring av sårbare overganger"),
            ("nett", "Ja, vi ønsker nettverk/klyngesamarbeid"), ("eval", "Ja, vi ønsker ekstern prosessevaluering")]
NB_SIGS = [("Nav-leder", "sa", [("n1", "Navn"), ("t1", "Tittel"), ("d1", "Dato")]),
           ("Kommunens ledelse", "sb", [("n2", "Navn"), ("t2", "Tittel"), ("d2", "Dato")])]


def sy12(out: Path):
    org = orgnr("97466172")
    _acro(out, ["Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret",
                "Utlysning 2020 – fyll ut feltene og send til Fylkesmannen i Troms og Finnmark innen 1. februar 2020"],
          NB_FIELDS, NB_BOXES,
          {"kontor": "Nav Harstad", "kommune": "Harstad", "orgnr": org, "kontakt": "Linn Hanssen",
           "epost": "linn.hanssen@nav.no", "tlf": "77 04 00 00", "tittel": "Vei inn i arbeid Harstad",
           "start": "01.03.2020", "st1": "100 % / 610000", "st2": "50 % / 305000", "komp": "", "sum": "915000",
           "n1": "Geir Olsen", "t1": "Nav-leder", "d1": "31.01.2020", "n2": "Marit Isaksen", "t2": "Kommunedirektør",
           "d2": "01.02.2020"}, {"ny", "p1", "p3", "nett"},
          [(c, "sy12" + s, f) for c, s, f in NB_SIGS])
    return truth("sy12", "pdf", "pdf-acroform", lang="nb", scheme=S20, office=("Nav Harstad", "Harstad", org),
                 contact=("Linn Hanssen", "linn.hanssen@nav.no", "77040000"),
                 project=("Vei inn i arbeid Harstad", "new", "2020-03-01"), pct=150,
                 amounts={"positions": 915000, "total": 915000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Geir Olsen", "Nav-leder", "2020-01-31", "handwritten"),
                       ("municipality", "Marit Isaksen", "Kommunedirektør", "2020-02-01", "handwritten")],
                 notes=["near-miss: the municipality signs ON the deadline day (date field 01.02.2020); 150 % at "
                        "exactly 915 000; competence field left empty (null)"])


def sy13(out: Path):
    org = orgnr("97461208")
    _acro(out, ["Søknad om tilskot til utvikling av sosiale tenester i NAV-kontoret",
                "Fyllast ut elektronisk. Tilskotsår: 2019"],
          [("kontor", "NAV-kontor"), ("kommune", "Kommune"), ("orgnr", "Organisasjonsnummer"),
           ("kontakt", "Kontaktperson"), ("epost", "E-post"), ("tlf", "Telefon"), ("tittel", "Namn på prosjektet"),
           ("start", "Oppstart"), ("st1", "Stillingsprosent"), ("st2", "Løn og sosiale kostnader (kr)"),
           ("komp", "Kompetanse (kr)"), ("sum", "Sum søkt (kr)")],
          [("ny", "Nytt prosjekt"), ("vf", "Vidareføring"), ("p1", "Bruk av ordinært arbeidsliv"),
           ("p2", "Oppfølging av barnefamiliar, ungdom og innvandrarar"), ("p3", "Sikring av sårbare overgangar")],
          {"kontor": "NAV Luster", "kommune": "Luster", "orgnr": org, "kontakt": "Gunvor Nes",
           "epost": "gunvor.nes@nav.no", "tlf": "57 68 55 00", "tittel": "Unge i Luster", "start": "01.03.19",
           "st1": "70", "st2": "420000", "komp": "5000", "sum": "425000",
           "n1": "Bjarne Høyheim", "t1": "Nav-leiar", "d1": "31.01.19", "n2": "Eirik Bøe", "t2": "Rådmann",
           "d2": "30.01.19"}, {"ny", "p2"},
          [("NAV-leiar", "sy13a", [("n1", "Namn"), ("t1", "Tittel"), ("d1", "Dato")]),
           ("Kommuneleiinga", "sy13b", [("n2", "Namn"), ("t2", "Tittel"), ("d2", "Dato")])])
    return truth("sy13", "pdf", "pdf-acroform", lang="nn", scheme=S19, office=("Nav Luster", "Luster", org),
                 contact=("Gunvor Nes", "gunvor.nes@nav.no", "57685500"),
                 project=("Unge i Luster", "new", "2019-03-01"), pct=70,
                 amounts={"positions": 420000, "competence": 5000, "total": 425000},
                 prio=["barnefamilier-ungdom-innvandrere"],
                 sigs=[("nav_leader", "Bjarne Høyheim", "Nav-leiar", "2019-01-31", "handwritten"),
                       ("municipality", "Eirik Bøe", "Rådmann", "2019-01-30", "handwritten")],
                 notes=["near-miss: 2019 scheme named only by 'Tilskotsår: 2019'; two-digit years '31.01.19'; "
                        "no interest questions"])


def sy14(out: Path):
    org = orgnr("97465419")
    _acro(out, ["Tilskudd til utvikling av sosiale tjenester i Nav-kontoret – søknad for 2020"],
          NB_FIELDS, NB_BOXES,
          {"kontor": "Nav Kristiansand", "kommune": "Kristiansand", "orgnr": org, "kontakt": "Pål Tveit",
           "epost": "pal.tveit@nav.no", "tlf": "38 07 50 00", "tittel": "Familieløftet Kristiansand",
           "start": "15.03.2020", "st1": "100 % / 590000", "st2": "", "komp": "", "sum": "590000",
           "n1": "Anette Dale", "t1": "Nav-leder", "d1": "02.02.2020", "n2": "Camilla Dunsæd",
           "t2": "Kommunedirektør", "d2": "29.01.2020"}, {"ny", "p2", "eval"},
          [(c, "sy14" + s, f) for c, s, f in NB_SIGS])
    return truth("sy14", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Kristiansand", "Kristiansand", org),
                 contact=("Pål Tveit", "pal.tveit@nav.no", "38075000"),
                 project=("Familieløftet Kristiansand", "new", "2020-03-15"), pct=100,
                 amounts={"positions": 590000, "total": 590000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Anette Dale", "Nav-leder", "2020-02-02", "handwritten"),
                       ("municipality", "Camilla Dunsæd", "Kommunedirektør", "2020-01-29", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"],
                 notes=["DEFECT: the Nav leader signed 02.02.2020, the day after the deadline"])


def _hand(p: Page, title, rows, areas, sigs):
    p.text(title, bold=True, size=12, dy=10)
    for a, v in rows:
        p.pair(a, v, vx=235)
    p.y -= 6
    for line in areas:
        p.text(line, dy=2)
    p.y -= 12
    p.inks(sigs)


def sy15(out: Path):
    org = orgnr("97463024")
    p = Page(str(out), "DV", "DVB", 9.5)
    p.text("Bamble, 31. januar 2020", x=420, dy=10)
    _hand(p, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
          [("Nav-kontor", "Nav Bamble"), ("Kommune", "Bamble"), ("Organisasjonsnr.", spaced(org)),
           ("Kontaktperson", "Trude Kile, trude.kile@nav.no, 35 96 50 00"), ("Prosjekt", "Sammen i Bamble"),
           ("Nytt/videreføring", "Nytt"), ("Oppstart", "1. mai 2020"), ("Stilling", "100 %"),
           ("Lønn/sos. kostn.", "605 000"), ("Kompetanse", "5 000"), ("Sum", "610 000")],
          ["[X] Bruk av ordinært arbeidsliv   [X] Oppfølging av barnefamilier, ungdom og innvandrere",
           "[X] Sikring av sårbare overganger", "Nettverk: [X] Ja [ ] Nei     Prosessevaluering: [X] Ja [ ] Nei"],
          [("Nav-leder", "Dato: 29/1-2020", "sy15a", "Kåre Stenmark", "Leder Nav Bamble"),
           ("Kommunedirektør", "Dato: 28/1-2020", "sy15b", "Bente Hauge", "Kommunedirektør")])
    p.save()
    return truth("sy15", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Bamble", "Bamble", org),
                 contact=("Trude Kile", "trude.kile@nav.no", "35965000"),
                 project=("Sammen i Bamble", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 605000, "competence": 5000, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"],
                 interest=(True, True),
                 sigs=[("nav_leader", "Kåre Stenmark", "Leder Nav Bamble", "2020-01-29", "handwritten"),
                       ("municipality", "Bente Hauge", "Kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["near-miss: signatures dated '29/1-2020' and '28/1-2020', BEFORE the letter's own date "
                        "31. januar 2020 (fine)"])


def sy16(out: Path):
    org = orgnr("97460247")
    p = Page(str(out), "DVS", "DVSB", 10)
    _hand(p, "Søknad om tilskot til utvikling av sosiale tenester i NAV-kontora – søknadsfrist 1. februar 2018",
          [("NAV-kontor", "NAV Hareid"), ("Kommune", "Hareid"), ("Org.nr.", org),
           ("Kontaktperson", "Torill Brandal, torill.brandal@nav.no, tlf. 70 09 50 00"),
           ("Prosjektet sitt namn", "Ung i Hareid"), ("Nytt eller vidareført", "Nytt prosjekt"),
           ("Oppstart", "1. april 2018"), ("Stilling", "ei 100 % stilling"),
           ("Løn og sosiale kostnader", "700 000"), ("Sum søkt", "700 000")],
          ["Prioriterte område (2018):", "[X] ungdom og innvandrarar", "[ ] barneperspektivet",
           "[X] overgangar mellom tenester, skule og arbeidsliv"],
          [("NAV-leiar", "Hareid, 1. februar 2018", "sy16a", "Jon Are Myklebust", "Nav-leiar"),
           ("Rådmann", "Hareid, 31. januar 2018", "sy16b", "Oddbjørn Bjørndal", "Rådmann")])
    p.save()
    return truth("sy16", "pdf", "pdf-handwritten", lang="nn", scheme=S18, office=("Nav Hareid", "Hareid", org),
                 contact=("Torill Brandal", "torill.brandal@nav.no", "70095000"),
                 project=("Ung i Hareid", "new", "2018-04-01"), pct=100,
                 amounts={"positions": 700000, "total": 700000}, prio=["ungdom-innvandrere", "overganger"],
                 sigs=[("nav_leader", "Jon Are Myklebust", "Nav-leiar", "2018-02-01", "handwritten"),
                       ("municipality", "Oddbjørn Bjørndal", "Rådmann", "2018-01-31", "handwritten")],
                 notes=["near-miss: 2018 scheme; Nav-leiar signs ON the 2018 deadline day; 700 000 for 100 % is "
                        "no breach (no cap known for 2018); no interest questions"])


def sy17(out: Path):
    org = orgnr("97468108")
    p = Page(str(out), "LS", "LSB", 10)
    _hand(p, "Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2019",
          [("NAV-kontor", "NAV Ås"), ("Kommune", "Ås kommune"), ("Org.nr.", org),
           ("Kontaktperson", "Ingrid Moe"), ("E-post / telefon", "ingrid.moe@nav.no / 64 96 20 00"),
           ("Prosjekt", "Ås i arbeid"), ("Type", "Nytt prosjekt"), ("Oppstart", "01.04.2019"),
           ("Stillingsprosent", "50 %"), ("Lønn og sosiale kostnader", "300 000"), ("Sum", "300 000")],
          ["Prioritert område: [X] Bruk av ordinært arbeidsliv  [ ] Oppfølging av barnefamilier, ungdom og "
           "innvandrere  [ ] Sikring av sårbare overganger"],
          [("NAV-leder", "Ås, 25.01.2019", "sy17a", "Hanne Vold", "NAV-leder"),
           ("Rådmann", "Sted/dato: ______________", None, None, "Navn: ______________")])
    p.save()
    return truth("sy17", "pdf", "pdf-handwritten", lang="nb", scheme=S19, office=("Nav Ås", "Ås", org),
                 contact=("Ingrid Moe", "ingrid.moe@nav.no", "64962000"),
                 project=("Ås i arbeid", "new", "2019-04-01"), pct=50,
                 amounts={"positions": 300000, "total": 300000}, prio=["ordinaert-arbeidsliv"],
                 sigs=[("nav_leader", "Hanne Vold", "NAV-leder", "2019-01-25", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["DEFECT: the rådmann's block is printed but left blank (no ink, no name, no date); 2019"])


def sy18(out: Path):
    org = orgnr("97469554")
    buf = io.BytesIO()
    p = Page(buf, "DV", "DVB", 10.5)
    _hand(p, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
          [("Nav-kontor", "Nav Ringerike"), ("Kommune", "Ringerike"), ("Org.nr.", spaced(org)),
           ("Kontaktperson", "Per Kristian Bråten"), ("E-post", "per.kristian.braten@nav.no"),
           ("Telefon", "32 17 70 00"), ("Prosjekt", "Arbeidslinja Ringerike"), ("Type", "Nytt prosjekt"),
           ("Oppstart", "01.03.2020"), ("Stilling", "100 %"), ("Lønn og sosiale kostnader", "610 000"),
           ("Sum omsøkt", "610 000")],
          ["Prioritert: [X] Bruk av ordinært arbeidsliv", "Nettverk: Ja    Ekstern prosessevaluering: Nei"],
          [("Nav-leder", "Hønefoss, 1. februar 2020", "sy18a", "Tove Hval", "Nav-leder"),
           ("Kommunedirektør", "Hønefoss, 1. februar 2020", "sy18b", "Kjell Grøv", "Kommunedirektør")])
    p.save()
    scan(buf.getvalue(), out, 18)
    return truth("sy18", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Ringerike", "Ringerike", org),
                 contact=("Per Kristian Bråten", "per.kristian.braten@nav.no", "32177000"),
                 project=("Arbeidslinja Ringerike", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "total": 610000}, prio=["ordinaert-arbeidsliv"],
                 interest=(True, False),
                 sigs=[("nav_leader", "Tove Hval", "Nav-leder", "2020-02-01", "handwritten"),
                       ("municipality", "Kjell Grøv", "Kommunedirektør", "2020-02-01", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["near-miss: scan; both sign ON the deadline day '1. februar 2020' in Hønefoss (the town, "
                        "not the municipality); 610 000 at the cap"])
