"""PDF documents of corpus 59, second part: a scan, a PAdES-signed PDF and a printed form signed by
hand. All Nynorsk. Each builder writes one file and returns its truth."""
from __future__ import annotations

import datetime
import io
import random
import tempfile
from pathlib import Path

from kit59 import S20, Page, _self_signed, _sign, orgnr, truth

TITLE = "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020"


def _form(p: Page, rows, extra, sigs):
    """Labels in small capitals above their answers; signatures stacked, place and date above the ink."""
    p.text(TITLE, bold=True, size=12, dy=26)
    for label, value in rows:
        p.text(label.upper(), size=7, dy=11)
        p.text(value, dy=20)
    for line in extra:
        p.text(line)
    p.y -= 10
    p.text("UNDERSKRIFT", bold=True)
    for i, (place, seed, name, title) in enumerate(sigs):
        x = 60 + 260 * i
        p.c.setFont(p.f, p.s)
        p.c.drawString(x, p.y, "Stad og dato: " + place)
        p.ink(seed, x, p.y - 48, 150, 40)
        p.c.line(x, p.y - 50, x + 210, p.y - 50)
        p.c.drawString(x, p.y - 64, name)
        p.c.drawString(x, p.y - 77, title)
    p.y -= 90


# ---------------------------------------------------------------- nn16 pdf-scanned, Nav Hyllestad (clean)
def nn16(out: Path):
    import pypdfium2 as pdfium
    from PIL import Image, ImageEnhance, ImageFilter
    org = orgnr("97455210")
    buf = io.BytesIO()
    p = Page(buf, "DV", "DVB", 10)
    _form(p, [("Nav-kontor", "Nav Hyllestad"), ("Kommune", "Hyllestad kommune"), ("Organisasjonsnummer", "974 552 108"),
              ("Kontaktperson", "Ragna Sørbotten – ragna.sorbotten@nav.no – 57 78 85 00"),
              ("Prosjektnamn", "Tilbake til arbeid"), ("Søknaden gjeld", "Nytt prosjekt, oppstart 1. april 2020"),
              ("Stillingsressurs", "Ein halv stilling (50 %)"),
              ("Budsjett", "Løn og sosiale kostnader 300 000 kr, kompetanse 5 000 kr, sum 305 000 kr")],
          ["Prioritert område: [X] Bruk av ordinært arbeidsliv", "Nettverk: Ja     Prosessevaluering: Ja"],
          [("Hyllestad, 22.01.2020", "nn16a", "Jostein Øvrebø", "Nav-leiar"),
           ("Hyllestad, 23.01.2020", "nn16b", "Eldrid Kvame", "Rådmann")])
    p.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    img = pdf[0].render(scale=200 / 72).to_pil().convert("L")
    img = img.rotate(0.9, resample=Image.BICUBIC, expand=True, fillcolor=250)
    img = ImageEnhance.Contrast(img).enhance(0.8)
    rnd = random.Random(59)
    px = img.load()
    w, h = img.size
    for _ in range(3000):
        px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((60, 210))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    jb = io.BytesIO()
    img.save(jb, "JPEG", quality=50)
    Image.open(jb).save(out, "PDF", resolution=200)
    return truth("nn16", "pdf", "pdf-scanned", lang="nn", scheme=S20,
                 office=("Nav Hyllestad", "Hyllestad", org),
                 contact=("Ragna Sørbotten", "ragna.sorbotten@nav.no", "57788500"),
                 project=("Tilbake til arbeid", "new", "2020-04-01"), pct=50,
                 amounts={"positions": 300000, "competence": 5000, "total": 305000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Jostein Øvrebø", "Nav-leiar", "2020-01-22", "handwritten"),
                       ("municipality", "Eldrid Kvame", "Rådmann", "2020-01-23", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["200 dpi grey scan rotated 0.9°, speckle, blur, JPEG q50; labels in small capitals above answers"])


# ---------------------------------------------------------------- nn17 pdf-pades, Nav Øystre Slidre (clean)
def nn17(out: Path):
    org = orgnr("96423612")
    buf = io.BytesIO()
    p = Page(buf, "DVS", "DVSB", 10)
    p.text("NAV ØYSTRE SLIDRE", bold=True, size=13)
    p.text(TITLE, bold=True, dy=24)
    for a, v in [("Søkjar", "Nav Øystre Slidre"), ("Kommune", "Øystre Slidre"), ("Org.nr.", "964 236 127"),
                 ("Kontaktperson", "Eli Hegge, eli.hegge@nav.no, 61 35 25 00"),
                 ("Prosjekt", "Saman for familiane i Valdres"), ("Søknadstype", "Vidareføring, tredje året"),
                 ("Oppstart", "1. januar 2020"), ("Stillingar", "To stillingar (200 %)"),
                 ("Løn og sosiale kostnader", "1 200 000 kr"), ("Kompetanse", "10 000 kr"),
                 ("Samla søknadssum", "1 210 000 kr (ein million to hundre og ti tusen kroner)"),
                 ("Eigenfinansiering", "kommunen held kontorplass og leiing, 200 000 kr")]:
        p.pair(a + ":", v, x2=210)
    p.y -= 6
    p.wrap("Prosjektet følgjer opp barnefamiliar og unge innvandrarar heilskapleg: foreldra mot arbeid, borna mot "
           "fritid og skule. Prioritert område: oppfølging av barnefamiliar, ungdom og innvandrarar.")
    p.y -= 6
    p.pair("Nettverk/klyngesamarbeid:", "Ja", x2=210)
    p.pair("Ekstern prosessevaluering:", "Nei", x2=210)
    p.y -= 20
    p.text("Signering", bold=True)
    p.c.drawString(60, p.y - 10, "Nav-leiar Torunn Rogn")
    p.c.drawString(320, p.y - 10, "Rådmann Jørn Ellingbø")
    p.c.drawString(60, p.y - 24, "Signert elektronisk med BankID, 21.01.2020")
    p.c.drawString(320, p.y - 24, "Signert elektronisk med BankID, 24.01.2020")
    p.save()
    data = buf.getvalue()
    tz = datetime.timezone(datetime.timedelta(hours=1))
    with tempfile.TemporaryDirectory() as td:
        s1 = _self_signed(Path(td), "Torunn Rogn", "Nav Øystre Slidre")
        s2 = _self_signed(Path(td), "Jørn Ellingbø", "Øystre Slidre kommune")
        data = _sign(data, "Navleiar", (60, 180, 260, 220), s1, datetime.datetime(2020, 1, 21, 9, 40, tzinfo=tz))
        data = _sign(data, "Raadmann", (320, 180, 520, 220), s2, datetime.datetime(2020, 1, 24, 13, 15, tzinfo=tz))
    out.write_bytes(data)
    return truth("nn17", "pdf", "pdf-pades", lang="nn", scheme=S20,
                 office=("Nav Øystre Slidre", "Øystre Slidre", org), contact=("Eli Hegge", "eli.hegge@nav.no", "61352500"),
                 project=("Saman for familiane i Valdres", "continuation", "2020-01-01"), pct=200,
                 amounts={"positions": 1200000, "competence": 10000, "total": 1210000}, own_funding=200000,
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Torunn Rogn", "Nav-leiar", "2020-01-21", "digital"),
                       ("municipality", "Jørn Ellingbø", "Rådmann", "2020-01-24", "digital")],
                 notes=["near-miss: third year of continuation; 200 % at 1 200 000 (cap 1 220 000); total in words too",
                        "two incremental PAdES signatures; bytes differ between builds (RSA keys)"])


# ---------------------------------------------------------------- nn18 pdf-handwritten, Nav Etnedal (clean)
def nn18(out: Path):
    org = orgnr("92045678")
    p = Page(str(out), "LS", "LSB", 10)
    _form(p, [("Nav-kontor", "Nav Etnedal"), ("Kommune", "Etnedal"), ("Organisasjonsnummer", "920 456 782"),
              ("Kontaktperson", "Sigrid Bråten"), ("Telefon", "61 12 14 00"),
              ("Prosjektnamn", "Frå sak til arbeid"), ("Nytt eller vidareføring", "Nytt"),
              ("Oppstart", "1. mai 2020"), ("Stillingsressurs", "60 prosent stilling"),
              ("Løn og sosiale kostnader", "366 000"), ("Kompetansemidlar", "10 000"), ("Sum", "376 000")],
          ["Prioriterte område: Sikring av sårbare overgangar – frå sosialhjelp til arbeid og utdanning.",
           "Ønskjer nettverk/klyngesamarbeid: Nei.   Ønskjer ekstern prosessevaluering: Nei."],
          [("Bruflat, 29.01.2020", "nn18a", "Ivar Hovde", "Leiar for Nav Etnedal"),
           ("Bruflat, 29.01.2020", "nn18b", "Kari Stensrud", "Kommunedirektør")])
    p.save()
    return truth("nn18", "pdf", "pdf-handwritten", lang="nn", scheme=S20,
                 office=("Nav Etnedal", "Etnedal", org), contact=("Sigrid Bråten", None, "61121400"),
                 project=("Frå sak til arbeid", "new", "2020-05-01"), pct=60,
                 amounts={"positions": 366000, "competence": 10000, "total": 376000},
                 prio=["saarbare-overganger"], interest=(False, False),
                 sigs=[("nav_leader", "Ivar Hovde", "Leiar for Nav Etnedal", "2020-01-29", "handwritten"),
                       ("municipality", "Kari Stensrud", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["near-miss: 60 % at exactly 366 000 and competence 10 000; phone-only contact;",
                        "Nav leader titled 'Leiar for Nav Etnedal'"])
