"""PDF documents of corpus 65 (pdf-text, pdf-acroform, pdf-handwritten, pdf-scanned, pdf-pades,
not-application). Each builder writes one file and returns its truth."""
from __future__ import annotations

import datetime
import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kit65 import S20, Page, _self_signed, _sign, ink_reader, register_fonts, scan, truth

W, H = A4


def _boxed(p: Page, rows, x2=230):
    """Label/value rows in thin ruled boxes."""
    for label, value in rows:
        p.need(80)
        p.c.setLineWidth(0.4)
        p.c.rect(55, p.y - 5, W - 110, p.s + 9)
        p.c.setFont(p.b, p.s - 1)
        p.c.drawString(60, p.y, label)
        p.c.setFont(p.f, p.s)
        p.c.drawString(x2, p.y, value)
        p.y -= p.s + 9


# ---------------------------------------------------------------- mm02 pdf-handwritten nb, host leader signs for all: empty
def mm02(out: Path):
    p = Page(str(out), "LS", "LSB", 10)
    p.text("NAV Hadeland – Gran · Lunner · Jevnaker", bold=True, size=9)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020", bold=True, size=13, dy=26)
    _boxed(p, [("Søker", "NAV Hadeland (vertskommune Gran)"), ("Kommune", "Gran"), ("Org.nr.", "982 214 696"),
               ("Kontaktperson", "Elin Bråten"), ("E-post", "elin.braaten@nav.no"), ("Telefon", "61 33 85 00"),
               ("Prosjektnavn", "Hadelandsmodellen"), ("Søknadstype", "Nytt prosjekt"), ("Oppstart", "01.03.2020"),
               ("Stillingsandel", "100 %"), ("Lønn inkl. sosiale kostnader", "600 000"), ("Kompetansemidler", "10 000"),
               ("Sum", "610 000"), ("Prioritert område", "Oppfølging av barnefamilier, ungdom og innvandrere"),
               ("Nettverk", "Ja"), ("Prosessevaluering", "Nei")])
    p.y -= 8
    p.wrap("Prosjektet gir unge mellom 18 og 29 år i de tre Hadeland-kommunene én fast veileder som samarbeider med "
           "skole, oppfølgingstjeneste og arbeidsgivere.", 100)
    p.y -= 10
    p.text("Underskrift", bold=True)
    p.wrap("I henhold til vertskommuneavtalen signerer kommunedirektøren i Gran på vegne av Gran, Lunner og "
           "Jevnaker kommuner.", 100)
    y = p.y - 20
    p.c.setFont("LS", 10)
    p.c.drawString(60, y, "Sted/dato: Gran, 27.01.2020")
    p.c.drawString(320, y, "Sted/dato: ______________________")
    p.c.drawImage(ink_reader("mm02a"), 60, y - 55, 150, 42, mask="auto")
    p.c.line(60, y - 58, 270, y - 58)
    p.c.line(320, y - 58, 530, y - 58)
    p.c.drawString(60, y - 72, "Nav-leder Gunnar Sveen")
    p.c.drawString(320, y - 72, "Kommunedirektør i Gran (vertskommune)")
    p.save()
    return truth("mm02", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Hadeland", "Gran", "982214696"), contact=("Elin Bråten", "elin.braaten@nav.no", "61338500"),
                 project=("Hadelandsmodellen", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Gunnar Sveen", "Nav-leder", "2020-01-27", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["defect: the host's kommunedirektør, who signs for all three municipalities, left the block "
                        "empty (only the printed caption, no name, no ink)"])


# ---------------------------------------------------------------- shared-position helpers
def _shared(p: Page, intro, rows, budget, text, approvals=None, inks=None):
    for t in intro:
        p.text(t[0], bold=t[1], size=t[2], dy=t[2] + 8)
    _boxed(p, rows, x2=250)
    p.y -= 8
    p.c.setFont(p.b, p.s)
    for i, (a, b, c) in enumerate(budget):
        p.c.setFont(p.b if i == 0 or i == len(budget) - 1 else p.f, p.s)
        p.c.drawString(60, p.y, a)
        p.c.drawString(330, p.y, b)
        p.c.drawRightString(530, p.y, c)
        p.y -= p.s + 6
    p.y -= 6
    for t in text:
        p.wrap(t, 100)
    p.y -= 10


def mm06(out: Path):
    p = Page(str(out), "DVS", "DVSB", 9.5)
    _shared(p, [("Nav Ringebu og Nav Sør-Fron – felles søknad", True, 14),
                ("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret, søknadsåret 2020", False, 10)],
            [("Ansvarlig søker (Nav-kontor)", "Nav Ringebu"), ("Kommune", "Ringebu"), ("Org.nr.", "987 747 587"),
             ("Samarbeidende kontor", "Nav Sør-Fron (Sør-Fron kommune)"), ("Kontaktperson", "Hanne Kirkestuen"),
             ("Kontakt", "hanne.kirkestuen@nav.no – 61 28 30 00"), ("Prosjekttittel", "Felles los i Midtdalen"),
             ("Nytt/videreføring", "Nytt"), ("Oppstart", "1. mai 2020"),
             ("Stilling", "Én stilling (100 %) delt mellom kontorene, 50 % hvert sted"),
             ("Områder", "Sikring av sårbare overganger"), ("Nettverk / evaluering", "Ja / Ja")],
            [("Budsjett (kr)", "Stilling", "Beløp"), ("Lønn og sos. kostn., Nav Ringebu", "50 %", "320 000"),
             ("Lønn og sos. kostn., Nav Sør-Fron", "50 %", "320 000"), ("Kompetanse", "", "10 000"),
             ("Totalt", "100 %", "650 000")],
            ["Losen følger personer som løslates fra fengsel eller skrives ut fra institusjon i begge kommuner, og "
             "deler uka mellom kontorene i Ringebu og Vinstra."])
    y = p.y
    for i, (role, name, date, seed) in enumerate([("Nav-leder, Nav Ringebu", "Tor Einar Lien", "24.01.2020", "mm06a"),
                                                  ("Kommunedirektør, Ringebu", "Marit Lunde", "27.01.2020", "mm06b"),
                                                  ("Nav-leder, Nav Sør-Fron", "Ola Kvarberg", "24.01.2020", "mm06c"),
                                                  ("Kommunedirektør, Sør-Fron", "Siri Bjørnstad", "28.01.2020", "mm06d")]):
        x, yy = 60 + (i % 2) * 250, y - (i // 2) * 80
        p.c.drawImage(ink_reader(seed), x, yy - 40, 120, 34, mask="auto")
        p.c.setFont("DVS", 9)
        p.c.drawString(x, yy - 52, f"{name}, {role}")
        p.c.drawString(x, yy - 64, f"Dato: {date}")
    p.save()
    return truth("mm06", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Ringebu", "Ringebu", "987747587"),
                 contact=("Hanne Kirkestuen", "hanne.kirkestuen@nav.no", "61283000"),
                 project=("Felles los i Midtdalen", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 640000, "competence": 10000, "total": 650000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Tor Einar Lien", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Marit Lunde", "Kommunedirektør", "2020-01-27", "handwritten"),
                       ("nav_leader", "Ola Kvarberg", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Siri Bjørnstad", "Kommunedirektør", "2020-01-28", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["defect: one 100 % position split 50/50 between two offices, 2 × 320 000 = 640 000 > 610 000",
                        "the position lines are halves of one post: percent total 100; both offices' leaders sign"])


def mm09(out: Path):
    p = Page(str(out), "LS", "LSB", 9.5)
    _shared(p, [("Felles søknad frå Nav Gloppen og Nav Stryn", True, 14),
                ("Tilskot til utvikling av sosiale tenester i Nav – 2020", False, 10)],
            [("Søkjar (ansvarleg kontor)", "Nav Gloppen"), ("Kommune", "Gloppen"), ("Org.nr.", "992 978 015"),
             ("Partnar", "Nav Stryn"), ("Kontaktperson", "Sigrid Myklebust Hauge"),
             ("E-post", "sigrid.myklebust.hauge@nav.no"), ("Telefon", "+47 57 88 38 00"),
             ("Prosjekttittel", "Ein los for Nordfjord"), ("Nytt / vidareføring", "Nytt prosjekt"),
             ("Oppstart", "01.04.2020"), ("Stilling", "Ei felles stilling: 60 % i Gloppen og 40 % i Stryn"),
             ("Prioritert område", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
             ("Nettverk/klynge", "Ja"), ("Prosessevaluering", "Nei")],
            [("Budsjett", "Stilling", "Kroner"), ("Løn og sos. kostnader, Gloppen", "60 %", "366 000"),
             ("Løn og sos. kostnader, Stryn", "40 %", "244 000"), ("Kompetansemidlar", "", "10 000"),
             ("Sum søkt", "100 %", "620 000")],
            ["Losen skal følgje opp unge og familiar med innvandrarbakgrunn som flyttar mellom dei to kommunane."])
    p.text("Dette dokumentet er elektronisk godkjent og har difor ingen handskrivne signaturar.", bold=True)
    for row in [("Namn", "Tittel", "Dato"), ("Kjetil Rygg", "Nav-leiar, Nav Gloppen", "23.01.2020"),
                ("Anne Berit Hjelle", "Kommunedirektør, Gloppen", "29.01.2020"),
                ("Per Olav Loen", "Nav-leiar, Nav Stryn", "24.01.2020"),
                ("Randi Tefre", "Kommunedirektør, Stryn", "01.02.2020")]:
        p.c.setFont(p.f, p.s)
        for x, v in zip((60, 220, 420), row):
            p.c.drawString(x, p.y, v)
        p.y -= p.s + 5
    p.save()
    return truth("mm09", "pdf", "pdf-text", lang="nn", scheme=S20,
                 office=("Nav Gloppen", "Gloppen", "992978015"),
                 contact=("Sigrid Myklebust Hauge", "sigrid.myklebust.hauge@nav.no", "57883800"),
                 project=("Ein los for Nordfjord", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Kjetil Rygg", "Nav-leiar", "2020-01-23", "electronic_approval"),
                       ("municipality", "Anne Berit Hjelle", "Kommunedirektør", "2020-01-29", "electronic_approval"),
                       ("nav_leader", "Per Olav Loen", "Nav-leiar", "2020-01-24", "electronic_approval"),
                       ("municipality", "Randi Tefre", "Kommunedirektør", "2020-02-01", "electronic_approval")],
                 notes=["near-miss: one shared post 60/40 between two offices, 366 000 + 244 000 = 610 000 at the cap; "
                        "the last approval on the deadline day 01.02.2020"])


# ---------------------------------------------------------------- mm08 pdf-text nb, Oslo district signs late
def mm08(out: Path):
    p = Page(str(out), "DV", "DVB", 9.5)
    p.c.setFillColorRGB(0.1, 0.25, 0.45)
    p.c.rect(0, H - 48, W, 48, fill=1, stroke=0)
    p.c.setFillColorRGB(1, 1, 1)
    p.c.setFont("DVB", 12)
    p.c.drawString(60, H - 32, "Oslo kommune · Bydel Søndre Nordstrand · Nav Søndre Nordstrand")
    p.c.setFillColorRGB(0, 0, 0)
    p.y = H - 80
    p.text("Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, size=12, dy=22)
    for a, v in [("1. Søker", "Nav Søndre Nordstrand"), ("2. Kommune/bydel", "Oslo kommune, Bydel Søndre Nordstrand"),
                 ("3. Organisasjonsnummer", "974 778 882"), ("4. Kontaktperson", "Amina Farah, amina.farah@nav.no, 23 49 20 00"),
                 ("5. Prosjektnavn", "Jobbsjansen Holmlia"), ("6. Søknaden gjelder", "Videreføring – år 3"),
                 ("7. Oppstart", "01.01.2020"), ("8. Stillingsprosent", "50 %"),
                 ("9. Beløp", "Lønn 300 000 kr, kompetanse 5 000 kr, i alt 305 000 kr"),
                 ("10. Prioriterte områder", "Bruk av ordinært arbeidsliv; Oppfølging av barnefamilier, ungdom og innvandrere"),
                 ("11. Nettverk / prosessevaluering", "Nei / Nei")]:
        p.pair(a, v, x2=215)
    p.y -= 6
    p.wrap("Jobbsjansen Holmlia gir kvinner med innvandrerbakgrunn som har vært lenge utenfor arbeidslivet praksis og "
           "ansettelse hos arbeidsgivere i bydelen.", 100)
    p.y -= 20
    y = p.y
    for x, seed, lines in [(60, "mm08a", ["Oslo, 29.01.2020", "Lise Hammer", "leder Nav Søndre Nordstrand"]),
                           (320, "mm08b", ["Oslo, 03.02.2020", "Henrik Bjerke", "bydelsdirektør"])]:
        p.c.setFont("DV", 9.5)
        p.c.drawString(x, y, lines[0])
        p.c.drawImage(ink_reader(seed), x, y - 50, 140, 40, mask="auto")
        p.c.drawString(x, y - 62, lines[1])
        p.c.drawString(x, y - 74, lines[2])
    p.save()
    return truth("mm08", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Søndre Nordstrand", "Oslo", "974778882"),
                 contact=("Amina Farah", "amina.farah@nav.no", "23492000"),
                 project=("Jobbsjansen Holmlia", "continuation", "2020-01-01"), pct=50,
                 amounts={"positions": 300000, "competence": 5000, "total": 305000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(False, False),
                 sigs=[("nav_leader", "Lise Hammer", "Leder", "2020-01-29", "handwritten"),
                       ("municipality", "Henrik Bjerke", "Bydelsdirektør", "2020-02-03", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"],
                 notes=["defect: the bydelsdirektør signed 03.02.2020, after the deadline",
                        "continuation year 3 is within the limit; org number of Oslo kommune's district"])


# ---------------------------------------------------------------- mm11 pdf-acroform nb, Snåsa South Sami
def mm11(out: Path):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(60, H - 50, "Snåasen tjïelte – Snåsa kommune")
    c.drawString(60, H - 66, "Nav Snåase – Nav Snåsa")
    c.setFont("Helvetica", 10)
    c.drawString(60, H - 86, "Utfyllbar søknad: Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    form = c.acroForm
    y = H - 120
    for name, label in [("f1", "Nav-kontor som søker"), ("f2", "Kommune"), ("f3", "Org.nr."), ("f4", "Kontaktperson"),
                        ("f5", "E-post"), ("f6", "Telefon"), ("f7", "Prosjekttittel"), ("f8", "Oppstartsmåned"),
                        ("f9", "Stillingsprosent"), ("f10", "Lønn og sosiale utgifter"), ("f11", "Kompetanse"),
                        ("f12", "Totalbeløp")]:
        c.drawString(60, y + 4, label)
        form.textfield(name=name, x=230, y=y, width=290, height=17, borderWidth=0.5, fontSize=10)
        y -= 24
    for name, label in [("nytt", "Nytt prosjekt"), ("vid", "Videreføring"), ("o1", "Bruk av ordinært arbeidsliv"),
                        ("o2", "Oppfølging av barnefamilier, ungdom og innvandrere"), ("o3", "Sikring av sårbare overganger"),
                        ("k1", "Ja, vi vil delta i nettverk/klyngesamarbeid"), ("k2", "Ja, vi ønsker ekstern prosessevaluering")]:
        form.checkbox(name=name, x=60, y=y, size=11, buttonStyle="check")
        c.drawString(78, y + 2, label)
        y -= 19
    y -= 12
    c.drawString(60, y, "Underskrift Nav-leder")
    c.drawString(320, y, "Underskrift kommunens ledelse")
    c.drawImage(ink_reader("mm11a"), 60, y - 48, 130, 38, mask="auto")
    c.drawImage(ink_reader("mm11b"), 320, y - 48, 130, 38, mask="auto")
    for x in (60, 320):
        c.line(x, y - 50, x + 200, y - 50)
    for i, (x, lab) in enumerate(((60, "Navn"), (320, "Navn"), (60, "Tittel"), (320, "Tittel"), (60, "Dato"), (320, "Dato"))):
        yy = y - 64 - (i // 2) * 18
        c.drawString(x, yy, lab)
        form.textfield(name=f"s{i}", x=x + 40, y=yy - 4, width=160, height=15, borderWidth=0, fontSize=9)
    c.save()
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    vals = {"f1": "Nav Snåsa", "f2": "Snåsa", "f3": "988580244", "f4": "Elle Kristine Jåma",
            "f5": "elle.kristine.jama@nav.no", "f6": "74 15 20 00", "f7": "Gïele – arbeid for unge i Snåsa",
            "f8": "august 2020", "f9": "100", "f10": "600000", "f11": "10000", "f12": "610000",
            "s0": "Stein Ove Kveli", "s1": "Guri Langeng", "s2": "Nav-leder",
            "s3": "Assisterende kommunedirektør", "s4": "28.01.2020", "s5": "30.01.2020"}
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
    for annot in w.pages[0]["/Annots"]:
        a = annot.get_object()
        if a.get("/FT") == "/Btn" and a.get("/T") in ("nytt", "o2", "k1"):
            a[NameObject("/V")] = NameObject("/Yes")
            a[NameObject("/AS")] = NameObject("/Yes")
    w.set_need_appearances_writer(True)
    with open(out, "wb") as f:
        w.write(f)
    return truth("mm11", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Snåsa", "Snåsa", "988580244"),
                 contact=("Elle Kristine Jåma", "elle.kristine.jama@nav.no", "74152000"),
                 project=("Gïele – arbeid for unge i Snåsa", "new", "2020-08-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Stein Ove Kveli", "Nav-leder", "2020-01-28", "handwritten"),
                       ("municipality", "Guri Langeng", "Assisterende kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["near-miss: South Sami beside Norwegian in the heading; the municipal leader is the "
                        "assisterende kommunedirektør; total exactly 610 000 with 600 000 for the post",
                        "start month only 'august 2020' → 2020-08-01"])


# ---------------------------------------------------------------- mm13 pdf-handwritten nb, Hamarøy Lule Sami, deadline day
def mm13(out: Path):
    p = Page(str(out), "DVS", "DVSB", 10)
    p.text("Hábmera suohkan – Hamarøy kommune", bold=True, size=11)
    p.text("NAV Hábmer / NAV Hamarøy", size=10, dy=22)
    p.text("SØKNAD OM TILSKUDD TIL UTVIKLING AV SOSIALE TJENESTER I NAV-KONTORET 2020", bold=True, size=11, dy=24)
    for label, value in [("Søkerkontor", "Nav Hamarøy"), ("Kommune", "Hamarøy"), ("Organisasjonsnummer", "988964425"),
                         ("Kontakt", "Ánde Pavval · ande.pavval@nav.no · 75 77 29 00"),
                         ("Prosjektets navn", "Bálggis – stien videre"),
                         ("Nytt eller videreført", "Nytt"), ("Oppstart", "01.03.2020"),
                         ("Stillingsressurs", "60 %"), ("Omsøkte midler", "Lønn 366 000 · kompetanse 10 000 · totalt 376 000"),
                         ("Prioritert", "Sikring av sårbare overganger – ungdom på vei fra grunnskole i Drag og "
                                        "Tysfjord til videregående i Bodø"),
                         ("Nettverk / evaluering", "Ja / Nei")]:
        p.c.setFont("DVS", 8)
        p.c.drawString(60, p.y, label.upper())
        p.y -= 12
        p.c.setFont("DVS", 10.5)
        p.c.drawString(60, p.y, value)
        p.y -= 18
    p.y -= 10
    p.wrap("Hamarøy kommune ble slått sammen med deler av Tysfjord fra 1. januar 2020. Prosjektet retter seg mot "
           "lulesamisk ungdom som må flytte hjemmefra for å ta videregående skole.", 95)
    y = p.y - 30
    for x, seed, place, title, name in [(60, "mm13a", "Oppeid 31.01.2020", "Nav-leder", "Kari-Anne Vollan"),
                                        (320, "mm13b", "Oppeid 01.02.2020", "Kommunedirektør", "Kjell Hansen")]:
        p.c.setFont("DVS", 10)
        p.c.drawString(x, y, place)
        p.c.drawImage(ink_reader(seed), x, y - 55, 150, 42, mask="auto")
        p.c.line(x, y - 58, x + 200, y - 58)
        p.c.drawString(x, y - 72, f"{title} {name}")
    p.save()
    return truth("mm13", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Hamarøy", "Hamarøy", "988964425"), contact=("Ánde Pavval", "ande.pavval@nav.no", "75772900"),
                 project=("Bálggis – stien videre", "new", "2020-03-01"), pct=60,
                 amounts={"positions": 366000, "competence": 10000, "total": 376000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Kari-Anne Vollan", "Nav-leder", "2020-01-31", "handwritten"),
                       ("municipality", "Kjell Hansen", "Kommunedirektør", "2020-02-01", "handwritten")],
                 notes=["near-miss: Lule Sami beside Norwegian; 60 % at exactly 366 000; kommunedirektør signs "
                        "on the deadline day; title before name under the line"])


# ---------------------------------------------------------------- mm14 pdf-pades nb, Tana, continuation year 3
def mm14(out: Path):
    import tempfile
    buf = io.BytesIO()
    p = Page(buf, "LS", "LSB", 10)
    p.text("Deanu gielda – Tana kommune  ·  NAV Deatnu/Tana", bold=True, size=11)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020", bold=True, size=12, dy=24)
    _boxed(p, [("Søker", "Nav Tana"), ("Kommune", "Tana"), ("Org.nr.", "969874334"),
               ("Kontaktperson", "Marit Helander"), ("E-post", "marit.helander@nav.no"), ("Telefon", "464 17 320"),
               ("Prosjekt", "Vuoiggadat – rettigheter i praksis"), ("Søknadstype", "Videreføring, 3. og siste år"),
               ("Startdato for året", "01.01.2020"), ("Stillinger", "1,5 årsverk"),
               ("Lønn og sosiale kostnader", "900 000"), ("Kompetanse", "0"), ("Totalt omsøkt", "900 000"),
               ("Prioriterte områder", "Bruk av ordinært arbeidsliv, Sikring av sårbare overganger"),
               ("Nettverk/klynge", "Nei"), ("Ekstern prosessevaluering", "Ja")])
    p.y -= 10
    p.wrap("Søknaden er signert digitalt av Nav-leder og rådmann. Signaturene ligger i dokumentet.", 100)
    p.c.drawString(60, 190, "Nav-leder Jørn Store, Tana 21.01.2020")
    p.c.drawString(320, 190, "Rådmann Bente Aslaksen, Tana 23.01.2020")
    p.save()
    data = buf.getvalue()
    tz = datetime.timezone(datetime.timedelta(hours=1))
    with tempfile.TemporaryDirectory() as td:
        s1 = _self_signed(Path(td), "Jorn Store", "Nav Tana")
        s2 = _self_signed(Path(td), "Bente Aslaksen", "Tana kommune")
        data = _sign(data, "Sign1", (60, 130, 260, 180), s1, datetime.datetime(2020, 1, 21, 9, 40, tzinfo=tz))
        data = _sign(data, "Sign2", (320, 130, 520, 180), s2, datetime.datetime(2020, 1, 23, 15, 10, tzinfo=tz))
    out.write_bytes(data)
    return truth("mm14", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Tana", "Tana", "969874334"), contact=("Marit Helander", "marit.helander@nav.no", "46417320"),
                 project=("Vuoiggadat – rettigheter i praksis", "continuation", "2020-01-01"), pct=150,
                 amounts={"positions": 900000, "competence": 0, "total": 900000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Jørn Store", "Nav-leder", "2020-01-21", "digital"),
                       ("municipality", "Bente Aslaksen", "Rådmann", "2020-01-23", "digital")],
                 notes=["near-miss: continuation year 3 of 3 (no CONTINUATION_LIMIT); 1,5 årsverk at 900 000 under "
                        "915 000; competence 0; certificate CN without ø ('Jorn Store')"])


# ---------------------------------------------------------------- mm15 pdf-scanned nb, three municipalities, no Nav leader
def mm15(out: Path):
    buf = io.BytesIO()
    p = Page(buf, "DVS", "DVSB", 11)
    p.text("NAV Sør-Helgeland", bold=True, size=14)
    p.text("Vertskommune Brønnøy – samarbeid med Sømna, Bindal og Vega", size=10, dy=20)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020", bold=True, size=12, dy=24)
    for a, v in [("Søker:", "NAV Sør-Helgeland"), ("Kommune:", "Brønnøy"), ("Org.nr.:", "985 045 429"),
                 ("Kontaktperson:", "Torill Dahl, torill.dahl@nav.no, 75 01 20 00"), ("Prosjekt:", "Kysten rundt"),
                 ("Ny/videreføring:", "Ny"), ("Oppstart:", "01.04.2020"), ("Stilling:", "100 %"),
                 ("Lønn:", "590 000 kr"), ("Kompetanse:", "10 000 kr"), ("Sum:", "600 000 kr"),
                 ("Prioritert område:", "Bruk av ordinært arbeidsliv"), ("Nettverk:", "Ja"), ("Prosessevaluering:", "Ja")]:
        p.pair(a, v, x2=200)
    p.y -= 14
    p.text("Underskrifter", bold=True)
    y = p.y - 10
    p.c.setFont("DVS", 9.5)
    p.c.drawString(60, y, "Leder NAV Sør-Helgeland:")
    p.c.line(220, y - 2, 520, y - 2)
    p.c.drawString(60, y - 16, "Navn/dato:")
    p.c.line(220, y - 18, 520, y - 18)
    yy = y - 50
    for i, (kom, name, date, seed) in enumerate([("Brønnøy", "Kjell Arne Hansen", "24.01.2020", "mm15a"),
                                                 ("Sømna", "Reidun Johansen", "27.01.2020", "mm15b"),
                                                 ("Bindal", "Britt Eide", "28.01.2020", "mm15c"),
                                                 ("Vega", "Andre Møller", "28.01.2020", "mm15d")]):
        x = 60 + (i % 2) * 250
        yb = yy - (i // 2) * 90
        p.c.drawString(x, yb, f"Kommunedirektør, {kom}")
        p.c.drawImage(ink_reader(seed), x, yb - 50, 130, 38, mask="auto")
        p.c.drawString(x, yb - 62, f"{name}  {date}")
    p.save()
    scan(buf.getvalue(), out, 15, dpi=200, angle=-0.8, quality=50)
    return truth("mm15", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Sør-Helgeland", "Brønnøy", "985045429"),
                 contact=("Torill Dahl", "torill.dahl@nav.no", "75012000"),
                 project=("Kysten rundt", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("municipality", "Kjell Arne Hansen", "Kommunedirektør", "2020-01-24", "handwritten"),
                       ("municipality", "Reidun Johansen", "Kommunedirektør", "2020-01-27", "handwritten"),
                       ("municipality", "Britt Eide", "Kommunedirektør", "2020-01-28", "handwritten"),
                       ("municipality", "Andre Møller", "Kommunedirektør", "2020-01-28", "handwritten")],
                 expected=["SIGNATURE_NAV_LEADER_MISSING"], optional=["LOW_CONFIDENCE"],
                 notes=["defect: all four municipal leaders signed, the Nav leader's lines are empty",
                        "200 dpi grey scan tilted 0.8°, speckle, JPEG q50"])


# ---------------------------------------------------------------- mm17 not-application: the host-municipality agreement
def mm17(out: Path):
    p = Page(str(out), "DVS", "DVSB", 10)
    p.text("VERTSKOMMUNEAVTALE", bold=True, size=15, dy=22)
    p.text("om felles NAV-kontor for Gran, Lunner og Jevnaker (NAV Hadeland)", bold=True, size=11, dy=24)
    for para in [
        "§ 1 Parter. Avtalen er inngått mellom Gran kommune (vertskommune, org.nr. 982 214 696), Lunner kommune og "
        "Jevnaker kommune etter kommuneloven § 20-2.",
        "§ 2 Formål. Kommunene samarbeider om de kommunale tjenestene i NAV-kontoret. Gran kommune er vertskommune og "
        "arbeidsgiver for de kommunalt ansatte.",
        "§ 3 Søknader om tilskudd. Søknader om statlige tilskudd, blant annet tilskudd til utvikling av sosiale tjenester "
        "i NAV-kontoret, sendes av NAV Hadeland. Kommunedirektøren i Gran signerer slike søknader på vegne av alle tre "
        "kommunene, etter å ha orientert de andre kommunedirektørene.",
        "§ 4 Økonomi. Utgiftene fordeles etter folketall per 1. januar hvert år.",
        "§ 5 Varighet. Avtalen gjelder fra 1. januar 2020 og kan sies opp med tolv måneders varsel.",
    ]:
        p.wrap(para, 92)
        p.y -= 6
    p.y -= 20
    y = p.y
    for i, (kom, name, seed) in enumerate([("Gran", "Jarle Bråthen", "mm17a"), ("Lunner", "Anne Sundby", "mm17b"),
                                           ("Jevnaker", "Ola Tunhovd", "mm17c")]):
        x = 60 + i * 165
        p.c.drawImage(ink_reader(seed), x, y - 45, 120, 35, mask="auto")
        p.c.setFont("DVS", 9)
        p.c.drawString(x, y - 58, name)
        p.c.drawString(x, y - 70, f"kommunedirektør, {kom}")
        p.c.drawString(x, y - 82, "12.12.2019")
    p.save()
    return truth("mm17", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False,
                 notes=["the host-municipality agreement behind an inter-municipal office; it names the grant and who "
                        "signs applications, but applies for nothing"])
