"""Corpus 52, born-digital PDFs written with reportlab's low-level canvas and raw operators:
pr01 (TJ arrays, no space glyphs), pr02 (ligatures, soft hyphens), pr03 (two columns, stream out of
reading order, split words, running header/footer), pr04 (form XObjects), pr05 (cell rectangles,
column-wise stream), pr06 (/Rotate 90). Each builder writes one file and returns its truth."""
from __future__ import annotations

import random
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kit52 import S20, font_res, ink_reader, orgnr, register_fonts, spaced, tj_line, tj_width, truth

W, H = A4


def _canvas(target, title="Søknad"):
    register_fonts()
    c = canvas.Canvas(target, pagesize=A4, invariant=1)
    c.setTitle(title)
    return c


# ---------------------------------------------------------------- pr01 pdf-text nb, pdfTeX-like TJ arrays
def pr01(out: Path):
    org = orgnr("97404318")
    c = _canvas(str(out))
    c.setCreator("LaTeX with hyperref")
    c.setProducer("pdfTeX-1.40.20")
    rm, bf = font_res(c, "Times-Roman"), font_res(c, "Times-Bold")
    rnd = random.Random("pr01")
    y = H - 80

    def line(s, size=10.5, bold=False, x=72, dy=15):
        nonlocal y
        c._code.append(tj_line(bf if bold else rm, size, x, y, s, rnd))
        y -= dy

    def row(label, value, x2=250):
        nonlocal y
        c._code.append(tj_line(rm, 10.5, 72, y, label, rnd))
        c._code.append(tj_line(rm, 10.5, x2, y, value, rnd))
        y -= 14

    def money(label, value):
        nonlocal y
        c._code.append(tj_line(rm, 10.5, 90, y, label, rnd))
        c._code.append(tj_line(rm, 10.5, 500 - tj_width(value, 10.5), y, value, rnd))
        y -= 14

    line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 14, True, dy=30)
    line("1 Søker", 12, True, dy=18)
    for a, v in [("Nav-kontor:", "Nav Lørenskog"), ("Kommune:", "Lørenskog"), ("Organisasjonsnummer:", spaced(org)),
                 ("Kontaktperson:", "Henrik Aasland, rådgiver"), ("E-post:", "henrik.aasland@nav.no"),
                 ("Telefon:", "67 93 40 00")]:
        row(a, v)
    y -= 8
    line("2 Prosjektet", 12, True, dy=18)
    for a, v in [("Prosjektnavn:", "Jobbspor Lørenskog"), ("Søknaden gjelder:", "nytt prosjekt"),
                 ("Planlagt oppstart:", "1. april 2020")]:
        row(a, v)
    y -= 8
    line("3 Stillinger og budsjett", 12, True, dy=18)
    line("Prosjektet søker om én prosjektkoordinator i 80 % stilling.", dy=16)
    money("Lønn og sosiale kostnader, prosjektkoordinator 80 %", "488 000 kr")
    money("Kompetansetiltak (prosjektspesifikk opplæring)", "10 000 kr")
    c.setLineWidth(0.4)
    c.line(90, y + 10, 500, y + 10)
    money("Sum omsøkt", "498 000 kr")
    y -= 8
    line("4 Prioriterte områder", 12, True, dy=18)
    for a, v in [("Bruk av ordinært arbeidsliv", "ja"), ("Oppfølging av barnefamilier, ungdom og innvandrere", "nei"),
                 ("Sikring av sårbare overganger", "ja")]:
        row(a, v, x2=380)
    y -= 8
    line("5 Nettverk og evaluering", 12, True, dy=18)
    row("Kontoret ønsker å delta i nettverk/klyngesamarbeid", "ja", x2=380)
    row("Kontoret ønsker ekstern prosessevaluering", "nei", x2=380)
    y -= 8
    line("6 Kort beskrivelse", 12, True, dy=18)
    for s in ["Prosjektet skal prøve ut en arbeidsmåte der koordinatoren følger deltakeren fra første samtale",
              "og helt ut i ordinær jobb, også i overgangen fra kvalifiseringsprogram og fra soning. Vi",
              "samarbeider med lokale arbeidsgivere i handel og logistikk rundt Lørenskog stasjon."]:
        line(s, dy=13.5)
    y -= 10
    line("7 Godkjenning", 12, True, dy=18)
    line("Søknaden er elektronisk godkjent i kommunens saksbehandlingssystem og har derfor ikke", dy=13.5)
    line("håndskrevne signaturer.", dy=18)
    line("Nav-leder Torunn Fjeld, godkjent 28.01.2020")
    line("Kommunedirektør Øystein Brekke, godkjent 29.01.2020")
    c._code.append(tj_line(rm, 9, W / 2 - 3, 40, "1", rnd))
    c.showPage()
    c.save()
    return truth("pr01", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Lørenskog", "Lørenskog", org), contact=("Henrik Aasland", "henrik.aasland@nav.no", "67934000"),
                 project=("Jobbspor Lørenskog", "new", "2020-04-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "total": 498000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Torunn Fjeld", "Nav-leder", "2020-01-28", "electronic_approval"),
                       ("municipality", "Øystein Brekke", "Kommunedirektør", "2020-01-29", "electronic_approval")],
                 notes=["pdfTeX-like text layer: one TJ array per line, words separated by kerning (-313..-373), no "
                        "space glyphs, small kerns inside words; Times-Roman",
                        "near-miss: 80 % at exactly 488 000 and competence exactly 10 000"])


# ---------------------------------------------------------------- pr02 pdf-text nn, ligatures and soft hyphens, contact missing
def pr02(out: Path):
    org = orgnr("87496280")
    c = _canvas(str(out))
    y = H - 70

    def t(s, x=60, f="DVS", size=10, dy=14):
        nonlocal y
        c.setFont(f, size)
        c.drawString(x, y, s)
        y -= dy

    t("Nav Vinje", f="DVSB", size=15, dy=22)
    t("Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020", f="DVSB", size=11.5, dy=26)
    rows = [(["Nav-kontor"], "Nav Vinje"), (["Kommune"], "Vinje"), (["Organisasjons\u00ad", "nummer"], spaced(org)),
            (["Kontakt\u00ad", "person"], "Solveig Rudjord"), (["E-post"], ""), (["Telefon"], ""),
            (["Prosjekt\u00ad", "namn"], "Ny \ufb02yt for \ufb02yktningfamiliar"), (["Type søknad"], "Nytt prosjekt"),
            (["Oppstart"], "1. mars 2020"), (["Stilling"], "ei 100 % stilling")]
    for labels, v in rows:
        c.setStrokeColorRGB(0.7, 0.7, 0.7)
        c.line(60, y - 4 - 12 * (len(labels) - 1), 520, y - 4 - 12 * (len(labels) - 1))
        c.setFont("DVSB", 9.5)
        for i, lab in enumerate(labels):
            c.drawString(60, y - 12 * i, lab)
        c.setFont("DVS", 10)
        c.drawString(170, y, v)
        y -= 12 * len(labels) + 8
    y -= 6
    t("Budsjett", f="DVSB", size=10.5)
    for a, v in [("Løn og sosiale utgifter", "590 000"), ("Prosjektspesi\ufb01kk kompetanse", "10 000"),
                 ("Sum søkt tilskot", "600 000")]:
        c.setFont("DVS", 10)
        c.drawString(70, y, a)
        c.drawRightString(330, y, v + " kr")
        y -= 14
    y -= 8
    t("Prioriterte område (set kryss)", f="DVSB", size=10.5)
    for on, a in [(False, "Bruk av ordinært arbeidsliv"), (True, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                  (False, "Sikring av sårbare overgangar")]:
        t(("X" if on else "  ") + "   " + a, x=70)
    t("Interesse for nettverk/klyngesamarbeid: Ja          Ekstern prosessevaluering: Ja", x=60, dy=22)
    t("Kort omtale", f="DVSB", size=10.5)
    for s in ["Prosjektet skal \ufb01nne nye måtar å følgje opp \ufb02yktningfamiliar på, der barna og foreldra",
              "får éin fast rettleiar. Vi vil prøve ut ein arbeidsmåte der \ufb02eire tenester (skule, helse-",
              "stasjon og Nav) møtest saman med familien, og der kvali\u00ad",
              "\ufb01seringsprogram og norskopplæring vert planlagde ut frå heile familien sin situasjon.",
              "Det \ufb01nst i dag ikkje eit slikt tilbod i kommunen."]:
        t(s, x=60, size=9.5, dy=13)
    y -= 22
    for x, head, place, seed, name in [(60, "Nav-leiar", "Åmot, 24.01.2020", "pr02a", "Tarjei Haugen"),
                                        (320, "Kommunedirektør", "Åmot, 27.01.2020", "pr02b", "Astrid Nordbø")]:
        c.setFont("DVS", 9.5)
        c.drawString(x, y, "Stad og dato: " + place)
        c.drawImage(ink_reader(seed), x, y - 52, 140, 40, mask="auto")
        c.line(x, y - 54, x + 200, y - 54)
        c.drawString(x, y - 67, name)
        c.drawString(x, y - 79, head)
    c.showPage()
    c.save()
    return truth("pr02", "pdf", "pdf-text", lang="nn", scheme=S20,
                 office=("Nav Vinje", "Vinje", org), contact=("Solveig Rudjord", None, None),
                 project=("Ny flyt for flyktningfamiliar", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Tarjei Haugen", "Nav-leiar", "2020-01-24", "handwritten"),
                       ("municipality", "Astrid Nordbø", "Kommunedirektør", "2020-01-27", "handwritten")],
                 expected=["CONTACT_MISSING"],
                 notes=["defect: contact named, E-post and Telefon rows empty",
                        "ligature glyphs U+FB01/U+FB02 in the title and prose; labels broken with a soft hyphen "
                        "U+00AD over two lines ('Kontakt\u00ad'/'person', 'Prosjekt\u00ad'/'namn')"])


# ---------------------------------------------------------------- pr03 pdf-text nb, two columns, stream out of order
def _split(c, x, y, s, cut, font="LS", size=9.5):
    """Draw ``s`` as two text objects cut at ``cut`` characters (a run boundary inside a word)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    c.setFont(font, size)
    c.drawString(x + stringWidth(s[:cut], font, size), y, s[cut:])
    c.drawString(x, y, s[:cut])


def pr03(out: Path):
    org = orgnr("97408816")
    c = _canvas(str(out))

    def frame(page):
        c.setFont("LS", 7.5)
        c.drawString(50, 30, "Nav Kongsberg · Kirkegata 1, 3616 Kongsberg · www.nav.no")
        c.drawRightString(545, 30, f"Side {page} av 2")
        c.line(50, 40, 545, 40)

    def header():
        c.setFont("LSB", 8.5)
        c.drawString(50, H - 40, "Nav Kongsberg")
        c.setFont("LS", 8.5)
        c.drawCentredString(W / 2, H - 40, "Søknad – sosiale tjenester i Nav-kontoret")
        c.drawRightString(545, H - 40, "Dato: 31.01.2020")
        c.line(50, H - 46, 545, H - 46)

    # page 1: footer, right column, left column, header – in that order in the stream
    frame(1)
    y = H - 110
    c.setFont("LSB", 11)
    c.drawString(310, y, "Om prosjektet")
    y -= 20
    for a, v in [("Prosjektnavn", "Trygg overgang Kongsberg"), ("Nytt eller videreføring", "Nytt prosjekt"),
                 ("Oppstart", "01.03.2020")]:
        c.setFont("LSB", 8)
        c.drawString(310, y, a)
        _split(c, 310, y - 12, v, 5)
        y -= 30
    c.setFont("LSB", 9)
    c.drawString(310, y, "Prioriterte områder (sett X)")
    y -= 14
    for m, a in [("", "Bruk av ordinært arbeidsliv"), ("", "Oppfølging av barnefamilier, ungdom"),
                 ("", "og innvandrere"), ("X", "Sikring av sårbare overganger")]:
        c.setFont("LS", 9)
        c.drawString(312, y, m)
        c.drawString(326, y, a)
        y -= 13
    y -= 8
    c.setFont("LSB", 9)
    c.drawString(310, y, "Beskrivelse")
    y -= 13
    c.setFont("LS", 9)
    for s in ["Unge voksne som løslates fra Kongsberg fengsel,", "eller som avslutter et opphold i rus-",
              "behandling, mangler ofte en fast person å", "forholde seg til. Prosjektet gir hver deltaker",
              "én veileder fra før løslatelse og et år fram-", "over, med bolig, økonomi og arbeid i samme plan."]:
        c.drawString(310, y, s)
        y -= 12
    y -= 8
    c.setFont("LSB", 9)
    c.drawString(310, y, "Nettverk og evaluering")
    y -= 13
    c.setFont("LS", 9)
    c.drawString(310, y, "Nettverk/klyngesamarbeid: Ja")
    c.drawString(310, y - 12, "Ekstern prosessevaluering: Ja")
    y = H - 110
    c.setFont("LSB", 11)
    c.drawString(50, y, "Søker")
    y -= 20
    for a, v, cut in [("Nav-kontor", "Nav Kongsberg", 7), ("Kommune", "Kongsberg", 4), ("Organisasjonsnummer", spaced(org), 3),
                      ("Kontaktperson", "Per Fossum (prosjektleder)", 3), ("Telefon kontaktperson", "32 86 51 20", 5)]:
        c.setFont("LSB", 8)
        c.drawString(50, y, a)
        _split(c, 50, y - 12, v, cut)
        y -= 30
    c.setFont("LSB", 16)
    c.drawString(50, H - 80, "Søknad om tilskudd 2020")
    header()
    c.showPage()
    # page 2
    frame(2)
    y = H - 90
    c.setFont("LSB", 11)
    c.drawString(50, y, "Stilling og budsjett")
    y -= 20
    for a, v in [("Prosjektstilling, miljøterapeut", "100 %"), ("Lønn og sosiale kostnader", "600 000 kr"),
                 ("Kompetansemidler", "10 000 kr"), ("Totalt omsøkt beløp", "610 000 kr")]:
        c.setFont("LS", 9.5)
        c.drawString(50, y, a)
        _split(c, 380 - 60, y, v.rjust(10), 6)
        y -= 15
    y -= 40
    c.setFont("LSB", 11)
    c.drawString(50, y, "Underskrifter")
    y -= 20
    for x, place, seed, name in [(50, "Kongsberg, 30.01.2020", "pr03a", "Gunnar Øverby, Nav-leder"),
                                 (310, "Kongsberg, 01.02.2020", "pr03b", "Kari Stensrud, kommunedirektør")]:
        c.setFont("LS", 9)
        c.drawString(x, y, "Sted/dato: " + place)
        c.drawImage(ink_reader(seed), x, y - 55, 140, 40, mask="auto")
        c.line(x, y - 57, x + 210, y - 57)
        c.drawString(x, y - 70, name)
    header()
    c.showPage()
    c.save()
    return truth("pr03", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Kongsberg", "Kongsberg", org), contact=("Per Fossum", None, "32865120"),
                 project=("Trygg overgang Kongsberg", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Gunnar Øverby", "Nav-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Kari Stensrud", "Kommunedirektør", "2020-02-01", "handwritten")],
                 notes=["two columns; stream order footer → right column → left column → header; every value "
                        "split into two text objects inside a word; header 'Dato: 31.01.2020' and footer on both pages",
                        "near-miss: contact with phone only; kommunedirektør signed ON the deadline day 01.02.2020"])


# ---------------------------------------------------------------- pr04 pdf-handwritten nn, everything inside form XObjects
def pr04(out: Path):
    org = orgnr("99265018")
    c = _canvas(str(out))
    c.beginForm("Brevhovud")
    c.setFillColorRGB(0.76, 0.1, 0.16)
    c.rect(50, H - 70, 6, 30, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("DVB", 16)
    c.drawString(64, H - 58, "NAV GOL")
    c.setFont("DV", 8)
    c.drawString(64, H - 70, "Gol kommune · Sentrumsvegen 91, 3550 Gol · Telefon 55 55 33 33")
    c.endForm()
    c.beginForm("Side1")
    y = H - 120
    c.setFont("DVB", 12)
    c.drawString(60, y, "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020")
    y -= 28
    for a, v in [("Søkjar (Nav-kontor)", "NAV Gol"), ("Kommune", "Gol"), ("Org.nr.", org),
                 ("Kontaktperson", "Ingrid Gulsvik"), ("E-post", "ingrid.gulsvik@nav.no"), ("Telefon", "32 02 91 40"),
                 ("Namn på prosjektet", "Arbeid fyrst på Gol"), ("Søknaden gjeld", "Vidareføring – 3. år (siste år)"),
                 ("Oppstart", "1.1.2020"), ("Stillingsdel", "100 %"),
                 ("Løn og sosiale kostnader", "580 000 kr"), ("Kompetanse", "8 000 kr"), ("Sum søknadsbeløp", "588 000 kr")]:
        c.setFont("DVB", 9.5)
        c.drawString(60, y, a)
        c.setFont("DV", 9.5)
        c.drawString(230, y, v)
        y -= 17
    y -= 8
    c.setFont("DVB", 9.5)
    c.drawString(60, y, "Prioriterte område")
    y -= 15
    c.setFont("DV", 9.5)
    for m, a in [("☒", "Bruk av ordinært arbeidsliv"), ("☐", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                 ("☐", "Sikring av sårbare overgangar")]:
        c.drawString(64, y, m + "  " + a)
        y -= 14
    y -= 6
    c.drawString(60, y, "Ønskjer de å vere med i nettverk/klyngesamarbeid?  Nei")
    c.drawString(60, y - 14, "Ønskjer de ekstern prosessevaluering?  Ja")
    y -= 40
    c.setFont("DVB", 9.5)
    c.drawString(60, y, "Kort om prosjektet")
    c.setFont("DV", 9.5)
    for i, s in enumerate(["Tredje og siste året av prosjektet. Jobbspesialisten arbeider tett med arbeidsgjevarar i",
                           "reiseliv og bygg på Gol, og deltakarane får lønt arbeid i vanlege verksemder i staden for",
                           "tiltaksplassar. I 2020 skal arbeidsmåten skrivast inn i rutinane til kontoret."]):
        c.drawString(60, y - 15 - 13 * i, s)
    c.endForm()
    c.beginForm("Side2")
    y = H - 130
    c.setFont("DVB", 11)
    c.drawString(60, y, "Underskrift")
    y -= 26
    for x, place, seed, name, title in [(60, "Gol, 22.01.2020", "pr04a", "Kjetil Sletto", "Leiar Nav Gol"),
                                        (320, "Gol, 23.01.2020", "pr04b", "Randi Øen", "Kommunalsjef helse og omsorg")]:
        c.setFont("DV", 9.5)
        c.drawString(x, y, place)
        c.drawImage(ink_reader(seed), x, y - 55, 140, 40, mask="auto")
        c.line(x, y - 57, x + 200, y - 57)
        c.drawString(x, y - 70, name)
        c.drawString(x, y - 82, title)
    c.endForm()
    for body in ("Side1", "Side2"):
        c.doForm("Brevhovud")
        c.doForm(body)
        c.showPage()
    c.save()
    return truth("pr04", "pdf", "pdf-handwritten", lang="nn", scheme=S20,
                 office=("Nav Gol", "Gol", org), contact=("Ingrid Gulsvik", "ingrid.gulsvik@nav.no", "32029140"),
                 project=("Arbeid fyrst på Gol", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 580000, "competence": 8000, "total": 588000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, True),
                 sigs=[("nav_leader", "Kjetil Sletto", "Leiar Nav Gol", "2020-01-22", "handwritten"),
                       ("municipality", "Randi Øen", "Kommunalsjef helse og omsorg", "2020-01-23", "handwritten")],
                 notes=["all text and ink inside form XObjects (a letterhead form reused on both pages, one body form "
                        "per page); the letterhead carries the municipality's switchboard 55 55 33 33",
                        "near-miss: continuation in its 3rd (last allowed) year; municipal signer a kommunalsjef"])


# ---------------------------------------------------------------- pr05 pdf-text nb, cell rectangles, amount over cap
def pr05(out: Path):
    org = orgnr("97101219")
    c = _canvas(str(out))
    rows = [("Nav-kontor", "Nav Elverum"), ("Kommune", "Elverum"), ("Organisasjonsnr.", spaced(org)),
            ("Kontaktperson", "Line Bækken"), ("E-postadresse", "line.baekken@nav.no"), ("Mobil", "913 44 720"),
            ("Prosjektets navn", "Familieløftet Elverum"), ("Ny søknad / videreføring", "Ny søknad"),
            ("Prosjektstart", "15.03.2020"), ("Prosjektstilling", "60 % familiekoordinator"),
            ("Bruk av ordinært arbeidsliv", "Nei"), ("Oppfølging av barnefamilier, ungdom og innvandrere", "Ja"),
            ("Sikring av sårbare overganger", "Nei"), ("Ønsker nettverk/klyngesamarbeid", "Ja"),
            ("Ønsker ekstern prosessevaluering", "Ja")]
    top = H - 110
    rh, gap = 20, 3
    # all cells first
    for i in range(len(rows)):
        yy = top - i * (rh + gap)
        c.setFillColorRGB(0.86, 0.89, 0.93)
        c.rect(50, yy, 230, rh, stroke=0, fill=1)
        c.setFillColorRGB(0.96, 0.97, 0.98)
        c.rect(283, yy, 262, rh, stroke=0, fill=1)
    btop = top - len(rows) * (rh + gap) - 40
    brows = [("Post", "Stillingsprosent", "Beløp (kr)"), ("Lønn og sosiale kostnader", "60 %", "380 000"),
             ("Kompetansemidler", "", "10 000"), ("Sum søknadsbeløp", "", "390 000")]
    for i in range(len(brows)):
        yy = btop - i * (rh + gap)
        for x, w in ((50, 230), (283, 120), (406, 139)):
            c.setFillColorRGB(0.86, 0.89, 0.93) if i == 0 else c.setFillColorRGB(0.96, 0.97, 0.98)
            c.rect(x, yy, w, rh, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    # then the label column, then the value column
    c.setFont("LSB", 9)
    for i, (a, _) in enumerate(rows):
        c.drawString(56, top - i * (rh + gap) + 6, a)
    for i, row in enumerate(brows):
        c.setFont("LSB" if i == 0 else "LS", 9)
        c.drawString(56, btop - i * (rh + gap) + 6, row[0])
    c.setFont("LS", 9.5)
    for i, (_, v) in enumerate(rows):
        c.drawString(289, top - i * (rh + gap) + 6, v)
    for i, row in enumerate(brows):
        c.setFont("LSB" if i == 0 else "LS", 9)
        c.drawString(289, btop - i * (rh + gap) + 6, row[1])
        c.drawRightString(539, btop - i * (rh + gap) + 6, row[2])
    c.setFont("LSB", 13)
    c.drawString(50, H - 70, "Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    c.showPage()
    c.setFont("LSB", 11)
    c.drawString(50, H - 70, "Beskrivelse av prosjektet")
    c.setFont("LS", 9.5)
    for i, s in enumerate(["Familiekoordinatoren skal følge opp barnefamilier med lav inntekt samlet, med én plan for",
                           "foreldrenes arbeid, barnas fritid og familiens økonomi. Arbeidsmåten er ny for kontoret",
                           "og utvikles sammen med barnevernet og helsestasjonen i Elverum."]):
        c.drawString(50, H - 90 - 13 * i, s)
    y = H - 200
    c.setFont("LSB", 11)
    c.drawString(50, y, "Signaturer")
    for x, lab, seed, name, title in [(50, "Elverum, 21.01.2020", "pr05a", "Arild Nyhus", "Nav-leder"),
                                      (310, "Elverum, 22.01.2020", "pr05b", "Mona Grønbekk", "Kommunedirektør")]:
        c.setFillColorRGB(0.96, 0.97, 0.98)
        c.rect(x, y - 110, 235, 90, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("LS", 9)
        c.drawString(x + 6, y - 32, lab)
        c.drawImage(ink_reader(seed), x + 6, y - 80, 140, 40, mask="auto")
        c.drawString(x + 6, y - 94, name)
        c.drawString(x + 6, y - 106, title)
    c.showPage()
    c.save()
    return truth("pr05", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Elverum", "Elverum", org), contact=("Line Bækken", "line.baekken@nav.no", "91344720"),
                 project=("Familieløftet Elverum", "new", "2020-03-15"), pct=60,
                 amounts={"positions": 380000, "competence": 10000, "total": 390000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Arild Nyhus", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Mona Grønbekk", "Kommunedirektør", "2020-01-22", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["defect: 60 % at 380 000 > 366 000",
                        "table cells are separate filled rectangles with white gutters, no ruling lines; the stream "
                        "draws all cells, then the whole label column, then the whole value column"])


# ---------------------------------------------------------------- pr06 pdf-handwritten nb, landscape pages stored /Rotate 90
def pr06(out: Path):
    org = orgnr("97422380")
    c = _canvas(str(out))

    def page(draw):
        c.setPageRotation(90)
        c.saveState()
        c.translate(W, 0)
        c.rotate(90)
        draw()
        c.restoreState()
        c.showPage()

    def p1():
        c.setFont("DVB", 13)
        c.drawString(40, W - 50, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020")
        y = W - 85
        for a, v in [("Nav-kontor", "Nav Harstad"), ("Kommune", "Harstad"), ("Org.nr.", org),
                     ("Kontaktperson", "Sigve Olsen"), ("E-post", "sigve.olsen@nav.no"), ("Telefon", "77 04 17 00"),
                     ("Prosjekt", "Ung jobb Harstad"), ("Type", "Nytt prosjekt"), ("Oppstart", "01.04.2020")]:
            c.setFont("DVB", 9.5)
            c.drawString(40, y, a)
            c.setFont("DV", 9.5)
            c.drawString(150, y, v)
            y -= 18
        y = W - 85
        c.setFont("DVB", 9.5)
        c.drawString(430, y, "Prioriterte områder")
        c.setFont("DV", 9.5)
        for m, a in [("[X]", "Bruk av ordinært arbeidsliv"), ("[X]", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                     ("[  ]", "Sikring av sårbare overganger")]:
            y -= 16
            c.drawString(430, y, f"{m}  {a}")
        y -= 30
        c.drawString(430, y, "Nettverk/klyngesamarbeid:  [X] Ja  [  ] Nei")
        c.drawString(430, y - 16, "Ekstern prosessevaluering:  [  ] Ja  [X] Nei")
        y -= 50
        c.setFont("DVB", 9.5)
        c.drawString(430, y, "Beskrivelse")
        c.setFont("DV", 9)
        for i, s in enumerate(["Jobbspesialist og ungdomsveileder arbeider i par med unge under 30",
                               "og med innvandrere uten fast arbeid, med mål om lønnet arbeid hos",
                               "vanlige arbeidsgivere i Harstad (handel, havbruk, Forsvaret)."]):
            c.drawString(430, y - 14 - 12 * i, s)

    def p2():
        c.setFont("DVB", 12)
        c.drawString(40, W - 50, "Stillinger og budsjett 2020")
        y = W - 80
        cols = (40, 300, 420, 560)
        for j, row in enumerate([("Stilling", "Stillingsprosent", "Lønn og sos. kostn.", ""),
                                 ("Jobbspesialist", "100 %", "610 000", ""), ("Ungdomsveileder", "50 %", "305 000", ""),
                                 ("Sum stillinger", "150 %", "915 000", ""), ("Kompetansemidler", "", "10 000", ""),
                                 ("Totalt omsøkt", "", "925 000", "")]):
            c.setFont("DVB" if j in (0, 5) else "DV", 9.5)
            for x, s in zip(cols, row):
                c.drawString(x, y, s)
            c.line(40, y - 4, 640, y - 4)
            y -= 18
        y -= 40
        for x, place, seed, name, title in [(40, "Harstad, 27.01.2020", "pr06a", "Elise Hanssen", "Nav-leder"),
                                            (420, "Harstad, 28.01.2020", "pr06b", "Hugo Thode", "Kommunedirektør")]:
            c.setFont("DV", 9.5)
            c.drawString(x, y, "Sted og dato: " + place)
            c.drawImage(ink_reader(seed), x, y - 55, 140, 40, mask="auto")
            c.line(x, y - 57, x + 220, y - 57)
            c.drawString(x, y - 70, f"{title} {name}")

    page(p1)
    page(p2)
    c.save()
    return truth("pr06", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Harstad", "Harstad", org), contact=("Sigve Olsen", "sigve.olsen@nav.no", "77041700"),
                 project=("Ung jobb Harstad", "new", "2020-04-01"), pct=150,
                 amounts={"positions": 915000, "competence": 10000, "total": 925000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Elise Hanssen", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Hugo Thode", "Kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["both pages landscape, stored as portrait MediaBox with /Rotate 90 and content drawn rotated",
                        "near-miss: 100 % + 50 % = 150 % at exactly 915 000 (cap), sum row 'Sum stillinger' is not a line"])
