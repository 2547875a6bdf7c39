"""Paper documents of corpus 43: printed forms signed with a pen and scanned on an office copier,
photographed with a phone, or sent as PDFs where only the signatures and dates are handwritten."""
from __future__ import annotations

import io
from pathlib import Path

from kit43 import S20, Page, degrade, pdf_of, photo, render_pages, scan, stamp, truth

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"
HEAD_NN = "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020"
A1, A2, A3 = "Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere", \
    "Sikring av sårbare overganger"
N1, N2, N3 = "Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og innvandrarar", \
    "Sikring av sårbare overgangar"


def box(p: Page, x, y, on):
    p.c.rect(x, y - 2, 9, 9)
    if on:
        p.c.setFont(p.bold, 9)
        p.c.drawString(x + 1.5, y - 0.5, "X")


def checks(p: Page, items, x=None):
    for on, label in items:
        p.need(16)
        box(p, (x or p.m) + 4, p.y, on)
        p.c.setFont(p.font, p.size)
        p.c.drawString((x or p.m) + 20, p.y, label)
        p.y -= 16


def yes_no(p: Page, question, yes, ja="Ja", nei="Nei"):
    p.need(16)
    p.c.setFont(p.font, p.size)
    p.c.drawString(p.m + 4, p.y, question)
    box(p, 400, p.y, yes)
    p.c.drawString(414, p.y, ja)
    box(p, 450, p.y, not yes)
    p.c.drawString(464, p.y, nei)
    p.y -= 18


def sig_pair(p: Page, blocks, hand_dates=False, caption=None):
    """Two signing blocks side by side: place/date line (typed or in pen), ink over a rule, name and title typed."""
    p.need(130)
    if caption:
        p.text(caption, bold=True, dy=18)
    y = p.y
    for i, b in enumerate(blocks):
        x = p.m + i * 245
        p.c.setFont(p.font, p.size - 1)
        p.c.drawString(x, y, b.get("label", "Sted og dato:"))
        if hand_dates:
            p.hand(b["date_text"], b["seed"] + "d", x + 70, y - 8, h=12)
        else:
            p.c.setFont(p.font, p.size)
            p.c.drawString(x + 70, y, b["date_text"])
        if b.get("ink", True):
            p.ink(b["seed"], x + 5, y - 72, w=150)
        p.c.line(x, y - 70, x + 215, y - 70)
        p.c.setFont(p.font, p.size)
        for k, ln in enumerate(b["under"]):
            p.c.drawString(x, y - 84 - 13 * k, ln)
    p.y = y - 84 - 13 * max(len(b["under"]) for b in blocks) - 10


def _boxed(p: Page, rows, lw=180):
    for label, value in rows:
        p.box_row(label, value, lw=lw)


# ------------------------------------------------------------ l01 scanned, 300 dpi, holes, received stamp
def l01(out: Path):
    buf = io.BytesIO()
    p = Page(buf, "LS", "LSB", 10)
    p.text("Arbeids- og velferdsdirektoratet", size=8, colour=(0.3, 0.3, 0.3))
    p.text(HEAD, bold=True, size=12, dy=24)
    p.text("1  Opplysninger om søker", bold=True, dy=16)
    _boxed(p, [("Nav-kontor", "Nav Levanger"), ("Kommune", "Levanger kommune"),
               ("Organisasjonsnummer", "976 554 329"), ("Kontaktperson", "Siri Hoel Okkenhaug"),
               ("E-post", "siri.hoel.okkenhaug@nav.no"), ("Telefon", "74 05 28 60")])
    p.y -= 10
    p.text("2  Prosjektet", bold=True, dy=16)
    _boxed(p, [("Prosjektets navn", "Arbeidslinja Levanger"), ("Nytt prosjekt / videreføring", "Nytt prosjekt"),
               ("Planlagt oppstart", "01.03.2020"), ("Stillingsressurs", "100 % (én stilling som jobbspesialist)")])
    p.y -= 10
    p.text("3  Budsjett (omsøkt beløp)", bold=True, dy=16)
    _boxed(p, [("Lønn og sosiale utgifter", "610 000"), ("Prosjektspesifikk kompetanse", "10 000"),
               ("Sum omsøkt", "620 000")])
    p.y -= 10
    p.text("4  Prioriterte områder (kryss av)", bold=True, dy=16)
    checks(p, [(True, A1), (False, A2), (True, A3)])
    p.y -= 6
    p.text("5  Samarbeid", bold=True, dy=16)
    yes_no(p, "Ønsker kontoret å delta i nettverk / klyngesamarbeid?", True)
    yes_no(p, "Ønsker kontoret ekstern prosessevaluering?", False)
    p.y -= 8
    p.text("6  Underskrifter", bold=True, dy=18)
    sig_pair(p, [dict(date_text="Levanger, 27.01.2020", seed="l01a", under=["Kari Vollan", "Enhetsleder Nav Levanger"]),
                 dict(date_text="Levanger, 28.01.2020", seed="l01b", under=["Ole Martin Nesheim", "Kommunedirektør"])])
    p.save()
    img = render_pages(buf.getvalue(), 300)[0]
    img = stamp(img, ["MOTTATT", "30. JAN. 2020", "STATSFORVALTEREN I TRØNDELAG"], "l01s", (0.58, 0.80))
    out.write_bytes(scan([img], 300, 0.7, "l01", holes=True))
    return truth("l01", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Levanger", "Levanger", "976554329"),
                 contact=("Siri Hoel Okkenhaug", "siri.hoel.okkenhaug@nav.no", "74052860"),
                 project=("Arbeidslinja Levanger", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Kari Vollan", "Enhetsleder Nav Levanger", "2020-01-27", "handwritten"),
                       ("municipality", "Ole Martin Nesheim", "Kommunedirektør", "2020-01-28", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["near-miss: 100 % at exactly 610 000 (cap); received stamp 30.01.2020 is not a signing date; "
                        "Nav leader titled 'Enhetsleder'", "300 dpi grey copier scan, 0.7°, punched-hole shadows"])


# ------------------------------------------------------------ l02 scanned nn, 200 dpi, labels above values, e.f.
def _above(p: Page, rows):
    for label, value in rows:
        p.need(34)
        p.text(label, size=8, colour=(0.35, 0.35, 0.35), dy=12)
        p.text(value, dy=8)
        p.c.setStrokeColorRGB(0.6, 0.6, 0.6)
        p.c.line(p.m, p.y, p.W - p.m, p.y)
        p.c.setStrokeColorRGB(0, 0, 0)
        p.y -= 12


def l02(out: Path):
    buf = io.BytesIO()
    p = Page(buf, "DVS", "DVSB", 10)
    p.text(HEAD_NN, bold=True, size=12, dy=26)
    _above(p, [("Søkjar (Nav-kontor)", "Nav Hareid"), ("Kommune", "Hareid kommune"),
               ("Organisasjonsnummer", "974 561 239"),
               ("Kontaktperson (namn, telefon, e-post)", "Ingvild Brandal, tlf. 70 09 50 00, ingvild.brandal@nav.no"),
               ("Namn på prosjektet", "Ungdomsloset Hareid"),
               ("Ny søknad eller vidareføring?",
                "Vidareføring (2. år). Prosjektet fekk tilskot i 2019 under namnet «Ung i arbeid Hareid»."),
               ("Oppstart", "1. januar 2020"), ("Stillingsressurs", "80 % stilling"),
               ("Løn og sosiale kostnader", "488 000 kr"), ("Kompetansemidlar", "8 000 kr"),
               ("Totalt søkt beløp", "496 000 kr")])
    p.text("Prioriterte område", bold=True, dy=16)
    checks(p, [(False, N1), (True, N2), (False, N3)])
    p.y -= 4
    yes_no(p, "Ønskjer kontoret å vere med i nettverk/klyngesamarbeid?", True)
    yes_no(p, "Ønskjer kontoret ekstern prosessevaluering?", True)
    p.y -= 6
    sig_pair(p, [dict(label="Stad og dato:", date_text="Hareid, 24.01.2020", seed="l02a",
                      under=["Tor Inge Vik", "leiar Nav Hareid"]),
                 dict(label="Stad og dato:", date_text="Hareid, 27.01.2020", seed="l02b",
                      under=["Marit Bjørkavåg", "kommunalsjef helse og omsorg e.f."])],
             caption="Underskrift")
    p.save()
    img = render_pages(buf.getvalue(), 200)[0]
    img = stamp(img, ["MOTTEKE", "29. JAN. 2020"], "l02s", (0.64, 0.86), colour=(40, 60, 150))
    out.write_bytes(scan([img], 200, -1.0, "l02", grey=228, quality=50))
    return truth("l02", "pdf", "pdf-scanned", lang="nn", scheme=S20,
                 office=("Nav Hareid", "Hareid", "974561239"),
                 contact=("Ingvild Brandal", "ingvild.brandal@nav.no", "70095000"),
                 project=("Ungdomsloset Hareid", "continuation", "2020-01-01"), pct=80,
                 amounts={"positions": 488000, "competence": 8000, "total": 496000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Tor Inge Vik", "leiar Nav Hareid", "2020-01-24", "handwritten"),
                       ("municipality", "Marit Bjørkavåg", "kommunalsjef helse og omsorg", "2020-01-27", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["near-miss: 80 % at exactly 488 000; municipal leader signs 'e.f.' (etter fullmakt) as "
                        "kommunalsjef — 'e.f.' is the authority marker, not part of the title",
                        "continuation that names last year's project under another name; 200 dpi scan -1.0°, stamp"])


# ------------------------------------------------------------ l03 scanned, DEFECT over cap
def l03(out: Path):
    buf = io.BytesIO()
    p = Page(buf, "DV", "DVB", 10)
    p.text("Nav Vestvågøy", bold=True, size=13)
    p.text(HEAD, bold=True, dy=24)
    qa = [("1. Søker (Nav-kontor)", "Nav Vestvågøy, Vestvågøy kommune"), ("2. Organisasjonsnummer", "971 204 567"),
          ("3. Kontaktperson", "Gunn Karin Ellingsen – gunn.karin.ellingsen@nav.no – 76 05 66 00"),
          ("4. Prosjektets tittel", "Lofotbroen"), ("5. Er prosjektet nytt eller en videreføring?", "Nytt"),
          ("6. Oppstartsdato", "02.03.2020"), ("7. Stillingsprosent", "75 %"),
          ("8. Lønn og sosiale kostnader (kr)", "460 000"), ("9. Kompetanse (kr)", "10 000"),
          ("10. Totalt omsøkt beløp (kr)", "470 000")]
    for q, a in qa:
        p.text(q, bold=True, dy=13)
        p.text(a, x=p.m + 18, dy=17)
    p.text("11. Hvilke prioriterte områder gjelder prosjektet?", bold=True, dy=15)
    checks(p, [(True, A1), (True, A2), (False, A3)])
    p.text("12. Nettverk og evaluering", bold=True, dy=15)
    yes_no(p, "Interessert i nettverk/klyngesamarbeid", False)
    yes_no(p, "Interessert i ekstern prosessevaluering", True)
    p.y -= 6
    sig_pair(p, [dict(date_text="Leknes 22.01.2020", seed="l03a", under=["Hanne Sortland, Nav-leder"]),
                 dict(date_text="Leknes 23.01.2020", seed="l03b", under=["Rådmann Arne Juell"])])
    p.save()
    img = stamp(render_pages(buf.getvalue(), 250)[0], ["MOTTATT", "31 JAN 2020"], "l03s", (0.62, 0.84))
    out.write_bytes(scan([img], 250, 1.2, "l03", holes=True, quality=50))
    return truth("l03", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Vestvågøy", "Vestvågøy", "971204567"),
                 contact=("Gunn Karin Ellingsen", "gunn.karin.ellingsen@nav.no", "76056600"),
                 project=("Lofotbroen", "new", "2020-03-02"), pct=75,
                 amounts={"positions": 460000, "competence": 10000, "total": 470000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Hanne Sortland", "Nav-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Arne Juell", "Rådmann", "2020-01-23", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"], optional=["LOW_CONFIDENCE"],
                 notes=["defect: 75 % at 460 000 > 457 500", "250 dpi scan 1.2°, holes, stamp; title before name"])


# ------------------------------------------------------------ l04 two pages: copier scan + phone photo of the signed page
def l04(out: Path):
    buf = io.BytesIO()
    p = Page(buf, "LS", "LSB", 11)
    p.text("SØKNAD – TILSKUDD TIL UTVIKLING AV SOSIALE TJENESTER I NAV-KONTORET 2020", bold=True, size=11, dy=26)
    _boxed(p, [("Søker", "Nav Notodden"), ("Kommune", "Notodden"), ("Org.nr.", "964 003 122"),
               ("Kontaktperson", "Lars Tveito"), ("E-post", "lars.tveito@nav.no"), ("Telefon", "35 01 33 00"),
               ("Prosjekt", "Første jobb Notodden"), ("Type", "Nytt prosjekt"), ("Oppstart", "01.04.2020"),
               ("Stilling", "50 %"), ("Lønn inkl. sosiale utgifter", "305 000"), ("Kompetanse", "10 000"),
               ("Sum", "315 000")], lw=170)
    p.y -= 12
    p.text("Beskriv hvilke av de prioriterte områdene prosjektet retter seg mot:", bold=True, dy=16)
    p.wrap("Vi vil bruke lokale bedrifter og vanlige arbeidsplasser i Notodden aktivt. Deltakerne skal ut i lønnet "
           "arbeid hos ordinære arbeidsgivere så tidlig som mulig, med tett oppfølging av både arbeidstaker og "
           "arbeidsgiver i stedet for kurs og tiltak i skjermede former.", width=88)
    p.newpage()
    p.text("Samarbeid", bold=True, dy=18)
    yes_no(p, "Ønsker dere å delta i nettverk / klyngesamarbeid?", True)
    yes_no(p, "Ønsker dere ekstern prosessevaluering?", False)
    p.y -= 20
    p.text("Søknaden er forankret i kommuneledelsen og signeres av:", dy=22)
    sig_pair(p, [dict(date_text="29/1-2020", seed="l04a", under=["Elin Haugen", "avdelingsleder Nav Notodden"]),
                 dict(date_text="30.01.2020", seed="l04b", under=["Kjetil Storli", "Kommunedirektør"])],
             hand_dates=True)
    p.text("Side 2 av 2", x=p.W / 2 - 20, size=8)
    p.save()
    pages = render_pages(buf.getvalue(), 200)
    shot = photo(pages[1], "l04p")
    shot = shot.resize((pages[0].width, int(pages[0].width * shot.height / shot.width)))
    out.write_bytes(pdf_of(degrade([pages[0]], 200, 0.4, "l04", noise=1500) + [shot], 200, 60))
    return truth("l04", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Notodden", "Notodden", "964003122"), contact=("Lars Tveito", "lars.tveito@nav.no", "35013300"),
                 project=("Første jobb Notodden", "new", "2020-04-01"), pct=50,
                 amounts={"positions": 305000, "competence": 10000, "total": 315000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Elin Haugen", "avdelingsleder Nav Notodden", "2020-01-29", "handwritten"),
                       ("municipality", "Kjetil Storli", "Kommunedirektør", "2020-01-30", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["near-miss: 50 % at exactly 305 000; the area only in paraphrase (ordinary workplaces); "
                        "signatures on page 2, photographed; dates in ordinary handwriting ('29/1-2020')"])
