"""PDF documents of corpus 44, part 2 (pdf-handwritten, pdf-scanned, pdf-pades, not-application)."""
from __future__ import annotations

import datetime
import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kit44 import S20, ink_reader, near_miss, truth
from pdf38 import Page, _self_signed, _sign

W, H = A4


def lined(p: Page, rows):
    """A printed form's fill-in lines: label on the left, the answer written on a rule to its right."""
    for label, value in rows:
        p.c.setFont(p.f, p.s - 1)
        p.c.drawString(55, p.y, label)
        p.c.setDash(1, 2)
        p.c.line(205, p.y - 3, W - 55, p.y - 3)
        p.c.setDash()
        p.c.setFont(p.f, p.s)
        p.c.drawString(210, p.y, value)
        p.y -= 22


# ---------------------------------------------------------------- o15 pdf-handwritten nb, "31/1-2020" and "1/2-2020"
def o15(out: Path):
    p = Page(str(out), "LS", "LSB", 10)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, size=12, dy=26)
    lined(p, [("Nav-kontor", "Nav Levanger"), ("Kommune", "Levanger"), ("Org.nr.", "947418955"),
              ("Kontaktperson", "Ragnhild Okkenhaug"), ("E-post", "ragnhild.okkenhaug@nav.no"),
              ("Telefon", "740 52 700"), ("Prosjektnavn", "Familieløftet Levanger"), ("Nytt/videreføring", "Nytt"),
              ("Oppstart", "1/3-2020"), ("Stilling(er)", "100 %"),
              ("Lønn inkl. sosiale kostnader", "kr 610 000,-"), ("Kompetanse", "kr 10 000,-"),
              ("Sum omsøkt", "kr 620 000,-")])
    p.y -= 6
    p.text("Hvilket prioritert område?", bold=True)
    p.wrap("Oppfølging av barnefamilier: familiekoordinator for familier med langvarig sosialhjelp, tett samarbeid "
           "med barnehage, skole og barneverntjenesten.", 100)
    p.text("Nettverk/klyngesamarbeid (ja/nei): ja        Ekstern prosessevaluering (ja/nei): ja")
    p.y -= 24
    c = p.c
    y = p.y
    for x, role, date, seed, name in [(55, "Nav-leder", "Levanger 31/1-2020", "o15a", "Kjell Ove Aune"),
                                      (315, "Kommunedirektør", "Levanger 1/2-2020", "o15b", "Hanne Tømmerås")]:
        c.setFont("LS", 9)
        c.drawString(x, y, "Sted og dato: " + date)
        c.drawImage(ink_reader(seed), x + 10, y - 50, 150, 44, mask="auto")
        c.line(x, y - 46, x + 220, y - 46)
        c.drawString(x, y - 58, f"{role}: {name}")
    p.save()
    return truth("o15", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Levanger", "Levanger", "947418955"),
                 contact=("Ragnhild Okkenhaug", "ragnhild.okkenhaug@nav.no", "74052700"),
                 project=("Familieløftet Levanger", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Kjell Ove Aune", "Nav-leder", "2020-01-31", "handwritten"),
                       ("municipality", "Hanne Tømmerås", "Kommunedirektør", "2020-02-01", "handwritten")],
                 notes=["near-miss: dates written '31/1-2020' and '1/2-2020' (deadline day); 610 000 at the cap",
                        "ink crosses the signature rule; 'Role: Name' printed under it"])


# ---------------------------------------------------------------- o16 pdf-scanned nn, clean 200 dpi scan
def o16(out: Path):
    import random
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    buf = io.BytesIO()
    p = Page(buf, "DVS", "DVSB", 11)
    p.text("Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020", bold=True, size=12, dy=28)
    lined(p, [("Nav-kontor", "Nav Gol"), ("Kommune", "Gol"), ("Organisasjonsnr.", "987 147 466"),
              ("Kontaktperson", "Liv Tone Opheim"), ("E-post", "liv.tone.opheim@nav.no"), ("Telefon", "32 02 95 00"),
              ("Prosjektnamn", "Gol i arbeid"), ("Nytt / vidareføring", "Nytt prosjekt"), ("Oppstart", "01.03.2020"),
              ("Stillingar", "ei stilling"), ("Løn og sosiale kostnader", "600 000 kr"),
              ("Kompetansemidlar", "10 000 kr"), ("Sum", "610 000 kr")])
    p.text("Prioritert område: Bruk av ordinært arbeidsliv", bold=False)
    p.text("Nettverk/klyngesamarbeid: Ja     Ekstern prosessevaluering: Nei")
    p.y -= 28
    c = p.c
    y = p.y
    for x, role, date, seed, name in [(55, "Nav-leiar", "Gol, 27.01.2020", "o16a", "Helge Storås"),
                                      (315, "Kommunedirektør", "Gol, 29.01.2020", "o16b", "Ola Haugen")]:
        c.setFont("DVS", 10)
        c.drawString(x, y, date)
        c.drawImage(ink_reader(seed), x, y - 52, 150, 44, mask="auto")
        c.line(x, y - 54, x + 220, y - 54)
        c.drawString(x, y - 68, name)
        c.drawString(x, y - 82, role)
    p.save()
    img = pdfium.PdfDocument(buf.getvalue())[0].render(scale=200 / 72).to_pil().convert("L")
    img = img.rotate(0.8, resample=Image.BICUBIC, expand=True, fillcolor=250)
    rnd = random.Random(44)
    px = img.load()
    w, h = img.size
    for _ in range(2500):
        px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((90, 180))
    img = img.filter(ImageFilter.GaussianBlur(0.4))
    jb = io.BytesIO()
    img.save(jb, "JPEG", quality=70)
    when = datetime.datetime(2020, 1, 29, 14, 0, tzinfo=datetime.timezone.utc).timetuple()
    Image.open(jb).save(out, "PDF", resolution=200, creationDate=when, modDate=when)
    return truth("o16", "pdf", "pdf-scanned", lang="nn", scheme=S20,
                 office=("Nav Gol", "Gol", "987147466"),
                 contact=("Liv Tone Opheim", "liv.tone.opheim@nav.no", "32029500"),
                 project=("Gol i arbeid", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Helge Storås", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Ola Haugen", "Kommunedirektør", "2020-01-29", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["near-miss: a complete Nynorsk form scanned at 200 dpi, rotated 0.8°, light speckle, JPEG q70",
                        "'ei stilling' = 100 %"])


# ---------------------------------------------------------------- o17 pdf-pades nb, content changed after signing
def o17(out: Path):
    import tempfile
    from reportlab import rl_config
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    rl_config.pageCompression = 0
    y = H - 60
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, y, "Søknad - tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    y -= 30
    for a, v in [("Nav-kontor", "Nav Harstad"), ("Kommune", "Harstad"), ("Organisasjonsnummer", "922217653"),
                 ("Kontaktperson", "Anne Lise Nilsen, anne.lise.nilsen@nav.no, tlf 77 04 10 00"),
                 ("Prosjekt", "Nye spor Harstad"), ("Ny/videreført", "Nytt prosjekt"), ("Oppstart", "01.03.2020"),
                 ("Stillinger", "1,5 årsverk"), ("Lønn og sosiale kostnader", "900 000"),
                 ("Kompetanse", "10 000"), ("Totalt", "910 000"),
                 ("Prioritert område", "Sikring av sårbare overganger"),
                 ("Nettverk / prosessevaluering", "Ja / Ja")]:
        c.setFont("Helvetica", 10)
        c.drawString(50, y, a)
        c.drawString(230, y, v)
        y -= 18
    y -= 20
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, "Elektronisk signert (PAdES)")
    c.setFont("Helvetica", 10)
    c.drawString(50, y - 18, "Nav-leder Roar Jensen, 21.01.2020")
    c.drawString(310, y - 18, "Kommunedirektør Siv Elin Hansen, 23.01.2020")
    c.save()
    data = buf.getvalue()
    assert b"(01.03.2020)" in data
    tz = datetime.timezone(datetime.timedelta(hours=1))
    with tempfile.TemporaryDirectory() as td:
        s1 = _self_signed(Path(td), "Roar Jensen", "Nav Harstad")
        s2 = _self_signed(Path(td), "Siv Elin Hansen", "Harstad kommune")
        data = _sign(data, "Sign1", (50, 200, 250, 240), s1, datetime.datetime(2020, 1, 21, 9, 40, tzinfo=tz))
        data = _sign(data, "Sign2", (310, 200, 510, 240), s2, datetime.datetime(2020, 1, 23, 13, 15, tzinfo=tz))
    # a clerk edits the start date in the signed bytes afterwards: same length, the digests no longer match
    assert data.count(b"(01.03.2020)") == 1
    out.write_bytes(data.replace(b"(01.03.2020)", b"(01.04.2020)"))
    return truth("o17", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Harstad", "Harstad", "922217653"),
                 contact=("Anne Lise Nilsen", "anne.lise.nilsen@nav.no", "77041000"),
                 project=("Nye spor Harstad", "new", "2020-04-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "total": 910000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Roar Jensen", "Nav-leder", "2020-01-21", "digital"),
                       ("municipality", "Siv Elin Hansen", "Kommunedirektør", "2020-01-23", "digital")],
                 expected=["DIGITAL_SIGNATURE_INVALID"],
                 notes=["defect: the start date was changed inside the signed byte range after both signatures "
                        "(01.03 → 01.04.2020): neither digest verifies; the shown date is the truth",
                        "'1,5 årsverk' = 150 %; bytes differ between builds (RSA keys)"])


# ---------------------------------------------------------------- o18 not-application nn: grant letter with acceptance slip
def o18(out: Path):
    p = Page(str(out), "DVS", "DVSB", 10)
    p.text("Statsforvaltaren i Vestland", bold=True, size=13)
    p.text("Nav Fjaler, Postboks 44, 6961 Dale i Sunnfjord", dy=20)
    p.text("Dykkar ref.: 20/33        Vår ref.: 2020/4471        Dato: 12.06.2020", dy=24)
    p.text("Tilsegn om tilskot til utvikling av sosiale tenester i Nav 2020 – «Fjaler i arbeid»", bold=True, dy=22)
    p.wrap("Vi viser til søknaden dykkar av 28.01.2020. Arbeids- og velferdsdirektoratet har løyvd midlar over kap. "
           "0621 post 63, og Statsforvaltaren gjev med dette Nav Fjaler tilsegn om tilskot på 305 000 kroner til "
           "ei halv stilling i prosjektet «Fjaler i arbeid» for 2020.", 95)
    p.y -= 6
    p.wrap("Tilskotet vert utbetalt når vi har motteke underskriven akseptslipp. Midlane skal nyttast i samsvar med "
           "søknaden. Rapport og rekneskap skal sendast innan 1. mars 2021.", 95)
    p.y -= 10
    p.text("Med helsing", dy=30)
    p.text("Gunnhild Lien (e.f.)          Ivar Rønneberg")
    p.text("seksjonsleiar                     seniorrådgjevar", dy=20)
    p.text("Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.", dy=40)
    p.c.setDash(3, 3)
    p.c.line(50, p.y, W - 50, p.y)
    p.c.setDash()
    p.y -= 24
    p.text("AKSEPT AV TILSEGN – returnerast til Statsforvaltaren innan 1. juli 2020", bold=True)
    p.text("Nav Fjaler aksepterer tilsegnet og vilkåra for tilskotet.", dy=30)
    p.text("Stad/dato: ______________________       Underskrift Nav-leiar: ______________________")
    p.save()
    t = near_miss("o18", "pdf", "nn", "a county's GRANT LETTER (tilsegn) with an acceptance slip to sign; "
                  "it quotes the application and the project title but is no application")
    t["category"] = "not-application"
    t["tags"] = ["not-application"]
    return t
