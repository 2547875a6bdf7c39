"""Scanned and PAdES-signed PDFs of corpus 56 (pdf-scanned, pdf-pades). Each builder writes one file and returns its truth."""
from __future__ import annotations

import datetime
import io
from pathlib import Path

from kit56 import S20, TZ, Sheet, ink_png, org, scan, sign_on, spaced, truth
from pdf56 import rows, section


# ---------------------------------------------------------------- ws13 pdf-scanned nb, virksomhetsleder; "for kommunedirektøren"
def ws13(out: Path):
    o = org("99123457")
    buf = io.BytesIO()
    p = Sheet(buf, "DVS", "DVSB", 11)
    p.text("NAV Malvik", bold=True, size=14)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020", bold=True, dy=26)
    rows(p, [("Søker", "NAV Malvik"), ("Kommune", "Malvik"), ("Org.nr.", spaced(o)),
             ("Kontaktperson", "Espen Wold"), ("E-post", "espen.wold@nav.no"), ("Telefon", "73 98 10 00"),
             ("Prosjekt", "Aktiv hverdag Malvik"), ("Søknadstype", "Nytt prosjekt"), ("Oppstart", "16.03.2020"),
             ("Stilling", "100 %"), ("Lønn og sosiale utgifter", "610 000 kr"), ("Omsøkt totalt", "610 000 kr")],
         x2=230, gap=8)
    p.text("Prioriterte områder:", bold=True)
    p.text("[X] Bruk av ordinært arbeidsliv", x=70)
    p.text("[X] Oppfølging av barnefamilier, ungdom og innvandrere", x=70)
    p.text("[  ] Sikring av sårbare overganger", x=70, dy=22)
    p.text("Nettverk/klyngesamarbeid: [X] Ja  [  ] Nei", x=p.m)
    p.text("Ekstern prosessevaluering: [X] Ja  [  ] Nei", x=p.m, dy=30)
    y = p.y
    p.c.setFont("DVS", 10)
    p.c.drawString(p.m, y, "Hommelvik, 27.01.2020")
    p.image(ink_png("ws13a"), p.m, y - 62, 150, 44)
    p.c.drawString(p.m, y - 76, "Arve Sæther")
    p.c.drawString(p.m, y - 89, "Virksomhetsleder NAV Malvik")
    p.c.drawString(310, y, "Hommelvik, 28.01.2020")
    p.c.drawString(310, y - 14, "for kommunedirektøren")
    p.image(ink_png("ws13b"), 310, y - 62, 150, 44)
    p.c.drawString(310, y - 76, "Randi Aune")
    p.c.drawString(310, y - 89, "kommunalsjef velferd")
    p.save()
    scan(buf.getvalue(), out, dpi=200, angle=0.9, seed=13)
    return truth("ws13", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Malvik", "Malvik", o), contact=("Espen Wold", "espen.wold@nav.no", "73981000"),
                 project=("Aktiv hverdag Malvik", "new", "2020-03-16"), pct=100,
                 amounts={"positions": 610000, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Arve Sæther", "Virksomhetsleder NAV Malvik", "2020-01-27", "handwritten"),
                       ("municipality", "Randi Aune", "kommunalsjef velferd", "2020-01-28", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["near-miss: the Nav leader's title is 'Virksomhetsleder NAV'; the kommunalsjef signs "
                        "'for kommunedirektøren' (on the director's behalf); 100 % at exactly 610 000",
                        "200 dpi grey scan, 0.9°"])


# ---------------------------------------------------------------- ws14 pdf-scanned nb, second signer with no role
def ws14(out: Path):
    o = org("97451234")
    buf = io.BytesIO()
    p = Sheet(buf, "LS", "LSB", 11)
    p.text("Søknad 2020 – Tilskudd til utvikling av sosiale tjenester i Nav-kontoret", bold=True, size=12, dy=26)
    section(p, "1 Søker")
    rows(p, [("Nav-kontor", "Nav Vefsn"), ("Kommune", "Vefsn"), ("Organisasjonsnummer", o),
             ("Kontaktperson", "Sondre Kristiansen"), ("E-post", "sondre.kristiansen@nav.no"),
             ("Telefon", "75 10 12 00")], x2=230)
    section(p, "2 Prosjekt")
    rows(p, [("Navn", "Ut i jobb Vefsn"), ("Nytt eller videreføring", "Nytt"), ("Oppstart", "04.05.2020"),
             ("Stillingsprosent", "60 %")], x2=230)
    p.wrap("Målgruppen er unge som går fra videregående opplæring eller fra barnevernet til et voksent liv uten "
           "arbeid; prosjektet skal sikre overgangen med én fast veileder.", width=88)
    section(p, "3 Økonomi")
    rows(p, [("Lønn og sosiale kostnader", "350 000"), ("Kompetanse", "10 000"), ("Sum", "360 000")], x2=230)
    section(p, "4 Nettverk og evaluering")
    rows(p, [("Nettverk/klyngesamarbeid", "Nei"), ("Ekstern prosessevaluering", "Nei")], x2=230)
    section(p, "5 Underskrift")
    y = p.y - 6
    for x, d, seed, name, title in [(p.m, "Mosjøen 20.01.2020", "ws14a", "Eva Strand", "Nav-leder"),
                                    (315, "Mosjøen 21.01.2020", "ws14b", "Trond Aas", None)]:
        p.c.setFont("LS", 10)
        p.c.drawString(x, y, d)
        p.image(ink_png(seed), x, y - 60, 150, 44)
        p.c.line(x, y - 62, x + 210, y - 62)
        p.c.drawString(x, y - 75, name if title is None else f"{name}, {title}")
    p.save()
    scan(buf.getvalue(), out, dpi=240, angle=-0.6, seed=14, contrast=0.8)
    return truth("ws14", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Vefsn", "Vefsn", o),
                 contact=("Sondre Kristiansen", "sondre.kristiansen@nav.no", "75101200"),
                 project=("Ut i jobb Vefsn", "new", "2020-05-04"), pct=60,
                 amounts={"positions": 350000, "competence": 10000, "total": 360000},
                 prio=["saarbare-overganger"], interest=(False, False),
                 sigs=[("nav_leader", "Eva Strand", "Nav-leder", "2020-01-20", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"], optional=["LOW_CONFIDENCE"],
                 notes=["defect: the second ink signature ('Trond Aas') carries no title or role and the name appears "
                        "nowhere else: nothing shows it is the municipal leadership, the clerk must chase it",
                        "240 dpi grey scan, -0.6°"])


# ---------------------------------------------------------------- ws15 pdf-scanned nn, three-column signature table
def ws15(out: Path):
    o = org("97055512")
    buf = io.BytesIO()
    p = Sheet(buf, "DV", "DVB", 10)
    p.text("Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020", bold=True, size=12, dy=24)
    rows(p, [("Nav-kontor:", "Nav Suldal"), ("Kommune:", "Suldal"), ("Org.nr.:", spaced(o)),
             ("Kontaktperson:", "Liv Aarvoll, liv.aarvoll@nav.no, tlf. 52 79 40 00"),
             ("Prosjektnamn:", "Bygdearbeid Suldal"), ("Ny eller vidareføring:", "Vidareføring (3. år)"),
             ("Oppstart i år:", "01.01.2020"), ("Stillingsdel:", "40 %"),
             ("Lønn og sosiale kostnader:", "244 000"), ("Kompetanse:", "6 000"), ("Sum søknad:", "250 000"),
             ("Prioritert område:", "Bruk av ordinært arbeidsliv"),
             ("Nettverk/klynge:", "Ja"), ("Ekstern prosessevaluering:", "Nei")], x2=235, gap=7)
    p.y -= 16
    p.text("Signatur", bold=True, dy=32)
    cols = [p.m, p.m + 170, p.m + 340, p.W - p.m]
    heads = ["Underskrift", "Namn og tittel", "Stad og dato"]
    y = p.y
    p.c.rect(cols[0], y - 130, cols[3] - cols[0], 146)
    for x in cols[1:3]:
        p.c.line(x, y + 16, x, y - 130)
    for x, h in zip(cols, heads):
        p.c.setFont("DVB", 9)
        p.c.drawString(x + 4, y + 3, h)
    p.c.line(cols[0], y - 2, cols[3], y - 2)
    for i, (seed, who, title, d) in enumerate([("ws15a", "Bjørn Tjelta", "Nav-leiar", "Sand, 22.01.2020"),
                                               ("ws15b", "Marit Helland", "kommunalsjef helse og velferd",
                                                "Sand, 24.01.2020")]):
        ry = y - 2 - 64 * i
        p.image(ink_png(seed), cols[0] + 8, ry - 56, 140, 44)
        p.c.setFont("DV", 9)
        p.c.drawString(cols[1] + 4, ry - 20, who)
        p.c.drawString(cols[1] + 4, ry - 33, title)
        p.c.drawString(cols[2] + 4, ry - 20, d)
        if i == 0:
            p.c.line(cols[0], ry - 64, cols[3], ry - 64)
    p.save()
    scan(buf.getvalue(), out, dpi=300, angle=-1.1, seed=15, contrast=0.9, jpeg=60)
    return truth("ws15", "pdf", "pdf-scanned", lang="nn", scheme=S20,
                 office=("Nav Suldal", "Suldal", o), contact=("Liv Aarvoll", "liv.aarvoll@nav.no", "52794000"),
                 project=("Bygdearbeid Suldal", "continuation", "2020-01-01"), pct=40,
                 amounts={"positions": 244000, "competence": 6000, "total": 250000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Bjørn Tjelta", "Nav-leiar", "2020-01-22", "handwritten"),
                       ("municipality", "Marit Helland", "kommunalsjef helse og velferd", "2020-01-24", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["near-miss: 40 % at exactly 244 000; 3rd continuation year (the limit)",
                        "signature table Underskrift | Namn og tittel | Stad og dato; 300 dpi grey scan -1.1°"])


def _when(y, mo, d, h, mi):
    return datetime.datetime(y, mo, d, h, mi, tzinfo=TZ)


# ---------------------------------------------------------------- ws16 pdf-pades nn, BankID signing page in Nynorsk
def ws16(out: Path):
    o = org("97452291")
    buf = io.BytesIO()
    p = Sheet(buf, "DV", "DVB", 10)
    p.text("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", bold=True, size=13, dy=26)
    section(p, "Søkjar", fill=(0.9, 0.93, 0.86))
    rows(p, [("Nav-kontor", "Nav Ullensvang"), ("Kommune", "Ullensvang"), ("Org.nr.", spaced(o)),
             ("Kontaktperson", "Håkon Lofthus"), ("E-post", "hakon.lofthus@nav.no"), ("Telefon", "53 67 11 00")])
    section(p, "Prosjektet", fill=(0.9, 0.93, 0.86))
    rows(p, [("Namn", "Heilt i arbeid"), ("Ny eller vidareføring", "Ny"), ("Oppstart", "1. august 2020"),
             ("Stilling", "100 %")])
    p.wrap("Prosjektet skal følgje opp barnefamiliar med svak økonomi og foreldre som står utanfor arbeidslivet, "
           "med ein familiekoordinator som samarbeider med skule, helsestasjon og barnevern.")
    section(p, "Budsjett", fill=(0.9, 0.93, 0.86))
    rows(p, [("Lønn og sosiale kostnader", "580 000"), ("Kompetanse", "10 000"), ("I alt", "590 000")])
    section(p, "Nettverk og evaluering", fill=(0.9, 0.93, 0.86))
    rows(p, [("Nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Ja")], x2=260)
    p.text("Søknaden vert signert elektronisk, sjå signeringssida.", dy=20)
    p.page()
    p.text("Signeringsside", bold=True, size=14, dy=22)
    p.wrap("Dette dokumentet er signert elektronisk med BankID. Signaturane er lagde inn i PDF-fila og kan "
           "kontrollerast i ein PDF-lesar.")
    p.y -= 10
    for name, role, t in [("Guri Opedal", "Nav-leiar, Nav Ullensvang", "24.01.2020 kl. 09:41"),
                          ("Ola Bleie", "Kommunedirektør, Ullensvang kommune", "27.01.2020 kl. 13:05")]:
        p.c.rect(p.m, p.y - 62, p.W - 2 * p.m, 70)
        p.text(f"Namn: {name}", x=p.m + 8)
        p.text(f"Rolle: {role}", x=p.m + 8)
        p.text(f"Signert: {t}     Metode: BankID", x=p.m + 8, dy=42)
    p.save()
    data = buf.getvalue()
    data = sign_on(data, "NavLeiar", (330, 560, 530, 600), "Guri Opedal", "Nav Ullensvang", _when(2020, 1, 24, 9, 41), 1)
    data = sign_on(data, "Kommunedirektor", (330, 480, 530, 520), "Ola Bleie", "Ullensvang kommune",
                   _when(2020, 1, 27, 13, 5), 1)
    out.write_bytes(data)
    return truth("ws16", "pdf", "pdf-pades", lang="nn", scheme=S20,
                 office=("Nav Ullensvang", "Ullensvang", o),
                 contact=("Håkon Lofthus", "hakon.lofthus@nav.no", "53671100"),
                 project=("Heilt i arbeid", "new", "2020-08-01"), pct=100,
                 amounts={"positions": 580000, "competence": 10000, "total": 590000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Guri Opedal", "Nav-leiar", "2020-01-24", "digital"),
                       ("municipality", "Ola Bleie", "Kommunedirektør", "2020-01-27", "digital")],
                 notes=["Nynorsk 'Signeringsside' with BankID lines on page 2 AND two PAdES signatures on that page: "
                        "digital (the page describes the same two signatures, not extra ones)"])


# ---------------------------------------------------------------- ws17 pdf-pades nb, joint office: two municipalities sign
def ws17(out: Path):
    o = org("97459876")
    buf = io.BytesIO()
    p = Sheet(buf, "LS", "LSB", 10)
    p.text("Nav Midt-Gudbrandsdal", bold=True, size=14)
    p.text("Vertskommune Sel · samarbeidskommune Nord-Fron", dy=22)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, dy=24)
    rows(p, [("Søker", "Nav Midt-Gudbrandsdal"), ("Kommune (vertskommune)", "Sel"), ("Org.nr.", spaced(o)),
             ("Kontaktperson", "Inger Nordal, inger.nordal@nav.no, 61 29 80 00"),
             ("Prosjekttittel", "Felles løft Midt-Gudbrandsdal"), ("Nytt/videreføring", "Nytt prosjekt"),
             ("Oppstart", "1. april 2020"), ("Stillinger", "To stillinger (200 %)"),
             ("Lønn og sosiale kostnader", "kr 1 180 000"), ("Kompetansemidler", "kr 10 000"),
             ("Totalt omsøkt", "kr 1 190 000"),
             ("Prioriterte områder", "Bruk av ordinært arbeidsliv; Sikring av sårbare overganger"),
             ("Nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Ja")], x2=200)
    p.y -= 8
    p.wrap("Prosjektet er felles for Sel og Nord-Fron. Begge kommunenes ledelse har behandlet søknaden og signerer.")
    p.y -= 12
    p.text("Digitale signaturer", bold=True, dy=18)
    for who in ["Nav-leder Kjetil Haugen, Nav Midt-Gudbrandsdal – 23.01.2020",
                "Rådmann Vibeke Ruud, Sel kommune – 24.01.2020",
                "Kommunedirektør Arne Moen, Nord-Fron kommune – 27.01.2020"]:
        p.text(who)
    p.save()
    data = buf.getvalue()
    for field, cn, org_, box, when in [
            ("NavLeder", "Kjetil Haugen", "Nav Midt-Gudbrandsdal", (60, 120, 200, 160), _when(2020, 1, 23, 8, 55)),
            ("RadmannSel", "Vibeke Ruud", "Sel kommune", (220, 120, 360, 160), _when(2020, 1, 24, 11, 20)),
            ("KommunedirNordFron", "Arne Moen", "Nord-Fron kommune", (380, 120, 520, 160), _when(2020, 1, 27, 15, 2))]:
        data = sign_on(data, field, box, cn, org_, when, 0)
    out.write_bytes(data)
    return truth("ws17", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Midt-Gudbrandsdal", "Sel", o),
                 contact=("Inger Nordal", "inger.nordal@nav.no", "61298000"),
                 project=("Felles løft Midt-Gudbrandsdal", "new", "2020-04-01"), pct=200,
                 amounts={"positions": 1180000, "competence": 10000, "total": 1190000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Kjetil Haugen", "Nav-leder", "2020-01-23", "digital"),
                       ("municipality", "Vibeke Ruud", "Rådmann", "2020-01-24", "digital"),
                       ("municipality", "Arne Moen", "Kommunedirektør", "2020-01-27", "digital")],
                 notes=["near-miss: joint office; three incremental PAdES signatures, both municipalities' leaders sign",
                        "200 % at 1 180 000 under 1 220 000"])


# ---------------------------------------------------------------- ws18 pdf-pades nb, a sentence pasted over after signing
def ws18(out: Path):
    from pypdf import PdfReader, PdfWriter
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    o = org("97466789")
    buf = io.BytesIO()
    p = Sheet(buf, "DVS", "DVSB", 10)
    p.text("Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret (2020)", bold=True, size=12, dy=24)
    rows(p, [("Nav-kontor", "Nav Hammerfest"), ("Kommune", "Hammerfest"), ("Org.nr.", o),
             ("Kontaktperson", "Anita Johansen"), ("E-post", "anita.johansen@nav.no"), ("Telefon", "78 40 20 00"),
             ("Prosjekt", "Ung i Hammerfest"), ("Type", "Nytt"), ("Oppstart", "01.02.2020"),
             ("Stilling", "1 årsverk"), ("Lønn inkl. sosiale kostnader", "610 000"), ("Omsøkt", "610 000"),
             ("Prioritert område", "Oppfølging av barnefamilier, ungdom og innvandrere"),
             ("Nettverk", "Nei"), ("Prosessevaluering", "Ja")], x2=220)
    p.y -= 6
    desc_y = p.y
    p.text("Prosjektet gir ungdom (18–25 år) som søker sosialhjelp et tilbud innen tre dager.")
    p.y -= 16
    p.text("Signert digitalt av Nav-leder Tore Pedersen (21.01.2020)")
    p.text("og kommunedirektør Marit Nilsen (22.01.2020).")
    p.save()
    data = sign_on(buf.getvalue(), "NavLeder", (56, 90, 260, 130), "Tore Pedersen", "Nav Hammerfest",
                   _when(2020, 1, 21, 10, 15))
    data = sign_on(data, "Kommunedirektor", (300, 90, 520, 130), "Marit Nilsen", "Hammerfest kommune",
                   _when(2020, 1, 22, 12, 40))
    ob = io.BytesIO()
    oc = canvas.Canvas(ob, pagesize=A4, invariant=1)
    oc.setFillColorRGB(1, 1, 1)
    oc.rect(54, desc_y - 4, 490, 14, stroke=0, fill=1)
    oc.setFillColorRGB(0, 0, 0)
    oc.setFont("DVS", 10)
    oc.drawString(56, desc_y, "Prosjektet gir ungdom (18–25 år) som søker sosialhjelp et tilbud innen to dager.")
    oc.save()
    w = PdfWriter(PdfReader(io.BytesIO(data)), incremental=True)
    w.pages[0].merge_page(PdfReader(io.BytesIO(ob.getvalue())).pages[0])
    res = io.BytesIO()
    w.write(res)
    out.write_bytes(res.getvalue())
    return truth("ws18", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Hammerfest", "Hammerfest", o),
                 contact=("Anita Johansen", "anita.johansen@nav.no", "78402000"),
                 project=("Ung i Hammerfest", "new", "2020-02-01"), pct=100,
                 amounts={"positions": 610000, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Tore Pedersen", "Nav-leder", "2020-01-21", "digital"),
                       ("municipality", "Marit Nilsen", "kommunedirektør", "2020-01-22", "digital")],
                 expected=["DIGITAL_SIGNATURE_INVALID"],
                 notes=["defect: after both signatures an incremental update pastes a white box and a reworded "
                        "description sentence over the signed page ('tre dager' → 'to dager'); no field changes"])
