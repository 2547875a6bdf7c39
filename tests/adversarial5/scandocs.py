"""Scanned documents of the fifth corpus: a form filled in by hand, and a fax with a
'Mottatt' stamp. Pillow only (plus the e06 source page from pdfdocs)."""
from __future__ import annotations

import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from common import font_path, images_to_pdf, ink_on_image, orgnr, render_pages
from truthlib import truth

S20 = "nav-sosiale-tjenester-2020"


def _hand(d: ImageDraw.ImageDraw, x: int, y: int, s: str, rnd: random.Random, size=40, colour=(30, 40, 120)):
    """Write s letter by letter with a slanted font, jittered size and baseline: handwriting-like."""
    for ch in s:
        f = ImageFont.truetype(font_path("LSNI"), int(size * rnd.uniform(0.92, 1.08)))
        d.text((x, y + rnd.uniform(-3, 3)), ch, font=f, fill=colour)
        x += int(f.getlength(ch) * rnd.uniform(1.0, 1.12)) + 1
    return x


def e05(out):
    """The directorate-style form printed, filled in by hand with a pen and scanned at 200 dpi."""
    rnd = random.Random(505)
    org = orgnr(96490740)
    W, H = 1654, 2339
    im = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(im)
    fb = ImageFont.truetype(font_path("LSB"), 34)
    fr = ImageFont.truetype(font_path("LS"), 27)
    fs = ImageFont.truetype(font_path("LS"), 22)
    d.text((130, 120), "Søknadsskjema – tilskudd til utvikling av sosiale tjenester i NAV-kontoret", font=fb, fill="black")
    d.text((130, 170), "Tilskuddsår 2020. Fylles ut med blokkbokstaver.", font=fs, fill="black")
    y = 250
    fields = [("NAV-kontor", "NAV Vinje"), ("Kommune", "Vinje"), ("Organisasjonsnummer", org),
              ("Kontaktperson", "Åse Homme"), ("Telefon", "35 06 21 40"), ("E-post", "ase.homme@nav.no"),
              ("Prosjektets navn", "Aktiv hverdag"), ("Oppstartsdato", "01.03.2020"),
              ("Stilling og stillingsprosent", "Aktivitetskoordinator 100 %"),
              ("Lønn og sosiale kostnader (kr)", "600 000"), ("Kompetansemidler (kr)", ""),
              ("Totalt omsøkt beløp (kr)", "600 000")]
    for label, value in fields:
        d.text((130, y), label, font=fr, fill="black")
        d.line((620, y + 40, 1520, y + 40), fill="black", width=2)
        if value:
            _hand(d, 640, y - 8, value, rnd)
        y += 80
    y += 10
    d.text((130, y), "Nytt prosjekt", font=fr, fill="black")
    d.rectangle((420, y, 448, y + 28), outline="black", width=2)
    d.text((560, y), "Videreføring", font=fr, fill="black")
    d.rectangle((780, y, 808, y + 28), outline="black", width=2)
    _hand(d, 420, y - 12, "X", rnd, size=44)
    y += 70
    d.text((130, y), "Prioriterte områder (sett kryss):", font=fb, fill="black")
    y += 55
    prio = [("Bruk av ordinært arbeidsliv", True), ("Oppfølging av barnefamilier, ungdom og innvandrere", False),
            ("Sikring av sårbare overganger", False)]
    for label, on in prio:
        d.rectangle((130, y, 158, y + 28), outline="black", width=2)
        if on:
            _hand(d, 130, y - 12, "X", rnd, size=44)
        d.text((180, y), label, font=fr, fill="black")
        y += 50
    y += 20
    for q, yes in (("Ønsker dere å delta i nettverk/klyngesamarbeid?", True),
                   ("Ønsker dere ekstern prosessevaluering?", False)):
        d.text((130, y), q, font=fr, fill="black")
        d.text((1150, y), "Ja", font=fr, fill="black")
        d.rectangle((1195, y, 1223, y + 28), outline="black", width=2)
        d.text((1290, y), "Nei", font=fr, fill="black")
        d.rectangle((1345, y, 1373, y + 28), outline="black", width=2)
        _hand(d, 1195 if yes else 1345, y - 12, "X", rnd, size=44)
        y += 60
    y += 40
    d.text((130, y), "Underskrifter", font=fb, fill="black")
    y += 150
    for x, (name, title, date, seed) in zip((130, 880), (("Gunn Bakken", "NAV-leder", "24/1-20", 551),
                                                          ("Olav Haugen", "Rådmann", "27/1-20", 552))):
        ink_on_image(im, x + 20, y - 110, 420, 100, seed, colour=(30, 40, 120), width=4)
        d.line((x, y, x + 600, y), fill="black", width=2)
        d.text((x, y + 10), "Underskrift", font=fs, fill="black")
        d.text((x, y + 60), "Navn:", font=fr, fill="black")
        _hand(d, x + 100, y + 48, name, rnd, size=38)
        d.text((x, y + 120), "Tittel:", font=fr, fill="black")
        _hand(d, x + 100, y + 108, title, rnd, size=38)
        d.text((x, y + 180), "Dato:", font=fr, fill="black")
        _hand(d, x + 100, y + 168, date, rnd, size=38)
    # scan: grey, slight turn, noise, blur, JPEG
    g = im.convert("L").rotate(0.9, resample=Image.BICUBIC, fillcolor=255, expand=False)
    px = g.load()
    for _ in range(9000):
        px[rnd.randrange(W), rnd.randrange(H)] = rnd.randint(90, 200)
    g = g.filter(ImageFilter.GaussianBlur(0.6))
    import io
    b = io.BytesIO()
    g.save(b, "JPEG", quality=55)
    b.seek(0)
    images_to_pdf([Image.open(b)], out, 200)
    return truth("e05", "pdf", "hand-filled-scan", lang="nb", scheme=S20,
                 office=("Nav Vinje", "Vinje", org), contact=("Åse Homme", "ase.homme@nav.no", "35062140"),
                 project=("Aktiv hverdag", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": None, "other": None, "total": 600000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Gunn Bakken", "NAV-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Olav Haugen", "Rådmann", "2020-01-27", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["every answer written by hand (slanted jittered letters) on a printed form, scanned: "
                        "little can fairly be expected, but a false error is still wrong; LOW_CONFIDENCE optional"])


def e06(out, source_pdf):
    """A fax of a born-digital page: 1-bit at 100 dpi, fax header line, a slanted 'MOTTATT'
    stamp of the county dated after the deadline (the signatures are before it)."""
    from pdfdocs import e06_source
    org = e06_source(source_pdf)
    rnd = random.Random(606)
    pages = render_pages(source_pdf, 100)
    im = pages[0].convert("L")
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(font_path("LM"), 12)
    d.text((20, 6), "30.JAN.2020 15:02     NAV SKIEN 35 58 20 00          NR.4471     S. 1/1", font=f, fill=0)
    # stamp
    st = Image.new("L", (230, 92), 255)
    sd = ImageDraw.Draw(st)
    sd.rectangle((2, 2, 227, 89), outline=0, width=3)
    sd.text((14, 8), "MOTTATT", font=ImageFont.truetype(font_path("LSB"), 26), fill=0)
    sd.text((14, 42), "03 FEB. 2020", font=ImageFont.truetype(font_path("LSB"), 18), fill=0)
    sd.text((14, 68), "Statsforvalteren i Vestfold og Telemark", font=ImageFont.truetype(font_path("LS"), 9), fill=0)
    st = st.rotate(6, expand=True, fillcolor=255)
    im.paste(st, (im.width - st.width - 30, 18), Image.eval(st, lambda v: 255 - v))
    px = im.load()
    for _ in range(2500):
        px[rnd.randrange(im.width), rnd.randrange(im.height)] = 0
    bw = im.point(lambda v: 0 if v < 150 else 255, "1")
    images_to_pdf([bw], out, 100)
    return truth("e06", "pdf", "fax", lang="nb", scheme=S20,
                 office=("Nav Skien", "Skien", org), contact=("Hilde Vik", "hilde.vik@nav.no", "91320774"),
                 project=("Trygg løslatelse", "new", "2020-03-01"), pct=50,
                 amounts={"positions": 305000, "competence": 0, "other": None, "total": 305000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Lars Tveit", "NAV-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Anne Kaasa", "Rådmann", "2020-01-30", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["1-bit 100 dpi fax; the county's 'MOTTATT 03 FEB. 2020' stamp is not a signature date",
                        "'kr 0,-' competence is 0 (stated), not null; 50 % at exactly the 305 000 cap"])
