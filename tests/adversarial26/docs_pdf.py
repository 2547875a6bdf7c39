"""PDF documents of adversarial26 (z08–z11, z14–z18). Each builder writes its document and returns its
hand-written truth."""
from __future__ import annotations

import datetime as dt
import io
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

import lib26 as L
from truthlib import truth, near_miss

S20 = "nav-sosiale-tjenester-2020"
W, H = A4


class Pen:
    """A tiny top-down text writer on a reportlab canvas."""

    def __init__(self, path, font="DVS", size=10, creator="Microsoft® Word for Office 365"):
        L.register_fonts()
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.c.setCreator(creator)
        self.c.setAuthor("")
        self.font, self.size = font, size
        self.y = H - 60
        self.x = 60

    def text(self, s, x=None, font=None, size=None, dy=None):
        f, z = font or self.font, size or self.size
        self.c.setFont(f, z)
        self.c.drawString(self.x if x is None else x, self.y, s)
        self.y -= dy if dy is not None else z * 1.45

    def wrap(self, s, width=470, font=None, size=None, x=None):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        f, z = font or self.font, size or self.size
        line = ""
        for w in s.split():
            t = (line + " " + w).strip()
            if stringWidth(t, f, z) > width:
                self.text(line, x=x, font=f, size=z)
                line = w
            else:
                line = t
        if line:
            self.text(line, x=x, font=f, size=z)

    def gap(self, n=8):
        self.y -= n

    def ink(self, seed, x, y, w=130, h=37):
        self.c.drawImage(ImageReader(io.BytesIO(L.ink_png(seed))), x, y, w, h)

    def page(self):
        self.c.showPage()
        self.y = H - 60

    def save(self):
        self.c.save()


# ------------------------------------------------------------------ z08 pdf-text nb, Nav Tønsberg: two columns, labels above
def z08(out: Path):
    p = Pen(out, "LibNarrow", 10)
    c = p.c
    c.setFillColorRGB(0.1, 0.25, 0.45)
    c.rect(0, H - 70, W, 70, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("LibNarrow-B", 15)
    c.drawString(50, H - 40, "Søknad om tilskudd – utvikling av sosiale tjenester i Nav 2020")
    c.setFont("LibNarrow", 9)
    c.drawString(50, H - 56, "Sendes Statsforvalteren i Vestfold og Telemark innen 1. februar 2020")
    c.setFillColorRGB(0, 0, 0)

    def block(x, y, label, value):
        c.setFont("LibNarrow", 7.5)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.drawString(x, y, label.upper())
        c.setFillColorRGB(0, 0, 0)
        c.setFont("LibNarrow", 11)
        c.drawString(x, y - 14, value)
        c.setStrokeColorRGB(0.7, 0.7, 0.7)
        c.line(x, y - 18, x + 230, y - 18)

    left = [("Søkende Nav-kontor", "NAV Tønsberg"), ("Vertskommune", "Tønsberg"),
            ("Organisasjonsnummer", "979105134"), ("Kontaktperson", "Camilla Wiik Fossum"),
            ("E-post", "camilla.wiik.fossum@nav.no"), ("Mobil", "+47 476 05 213")]
    right = [("Navn på prosjektet", "Arbeidslinja i Tønsberg"), ("Nytt / videreføring", "Videreføring, år 3"),
             ("Oppstart i år", "01.01.2020"), ("Stilling", "1 årsverk (100 %) jobbspesialist"),
             ("Lønn og sosiale kostnader", "kr 610 000,-"), ("Kompetansemidler / Sum omsøkt", "kr 0,- / kr 610 000,-")]
    y = H - 110
    for (a, b), (e, f) in zip(left, right):
        block(50, y, a, b)
        block(310, y, e, f)
        y -= 40
    p.y = y - 10
    p.x = 50
    p.text("Satsingsområder (kryss av ett eller flere)", font="LibNarrow-B", size=11)
    for on, t in ((True, "Bruk av ordinært arbeidsliv"), (False, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                  (True, "Sikring av sårbare overganger")):
        c.rect(52, p.y - 1, 9, 9)
        if on:
            c.setFont("LibNarrow-B", 10)
            c.drawString(53.5, p.y, "X")
        p.text(t, x=68)
    p.gap()
    p.text("Kort om prosjektet", font="LibNarrow-B", size=11)
    p.wrap("Prosjektet er inne i sitt tredje og siste år. Jobbspesialisten jobber med brukere som mottar "
           "økonomisk sosialhjelp og som har falt ut av videregående opplæring, og bruker ordinære arbeidsplasser "
           "som arena for avklaring og læring. I 2020 legger vi vekt på overgangen fra kvalifiseringsprogram til "
           "fast jobb, og på å overføre arbeidsmåten til den ordinære driften.", width=480)
    p.gap()
    p.text("Nettverk/klyngesamarbeid: Ja     Ekstern prosessevaluering: Ja", font="LibNarrow", size=10)
    p.gap(14)
    p.text("Godkjenning", font="LibNarrow-B", size=11)
    p.text("Dette dokumentet er godkjent elektronisk og har derfor ingen håndskrevne signaturer.")
    y = p.y - 4
    for i, h in enumerate(("Godkjent av", "Rolle", "Dato")):
        c.setFont("LibNarrow-B", 10)
        c.drawString(50 + i * 170, y, h)
    for j, r in enumerate((("Knut Olav Brekke", "Leder Nav Tønsberg", "23.01.2020"),
                           ("Hilde Marie Sandberg", "Kommunalsjef helse og velferd", "28.01.2020"))):
        for i, v in enumerate(r):
            c.setFont("LibNarrow", 10)
            c.drawString(50 + i * 170, y - 16 * (j + 1), v)
    p.save()
    return truth("z08", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Tønsberg", "Tønsberg", "979105134"),
                 contact=("Camilla Wiik Fossum", "camilla.wiik.fossum@nav.no", "47605213"),
                 project=("Arbeidslinja i Tønsberg", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 610000, "competence": 0, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Knut Olav Brekke", "Leder Nav Tønsberg", "2020-01-23", "electronic_approval"),
                       ("municipality", "Hilde Marie Sandberg", "Kommunalsjef helse og velferd", "2020-01-28",
                        "electronic_approval")],
                 notes=["two columns of label-above-value blocks; exactly at the cap; year 3 (within the limit)",
                        "competence and total in ONE field 'kr 0,- / kr 610 000,-'"])


# ------------------------------------------------------------------ z09 pdf-text nn, Nav Stryn 2018
def z09(out: Path):
    p = Pen(out, "DVSerif", 10, creator="Writer")
    p.text("NAV Stryn", font="DVSerif-B", size=12)
    p.text("Til Fylkesmannen i Sogn og Fjordane", size=9)
    p.gap(10)
    p.text("SØKNAD OM TILSKOT TIL UTVIKLING AV SOSIALE TENESTER I NAV – 2018", font="DVSerif-B", size=11)
    p.gap(6)
    rows = [("1. Søkjar", "NAV Stryn, Stryn kommune"), ("2. Org.nr.", "924 596 589"),
            ("3. Kontaktperson", "Solveig Loen Hjelle (sosialfagleg rettleiar)"),
            ("4. Telefon / e-post", "917 30 664 / solveig.loen.hjelle@nav.no"),
            ("5. Prosjekttittel", "Ung i jobb – Indre Nordfjord"), ("6. Nytt eller vidareføring", "Nytt"),
            ("7. Oppstart", "mars 2018"), ("8. Stilling", "60 % stilling, ungdomsrettleiar")]
    for a, b in rows:
        p.text(a, dy=0, font="DVSerif-B")
        p.text(b, x=230)
    p.gap(6)
    p.text("9. Prioriterte område (jf. kunngjeringa for 2018)", font="DVSerif-B")
    for on, t in ((False, "Bruk av ordinært arbeidsliv"), (True, "Ungdom og innvandrarar"),
                  (False, "Tiltak grunngjeve i tilsyn"), (False, "Barneperspektivet"),
                  (True, "Overgangar mellom tenester, skule og arbeidsliv")):
        p.text(("[x] " if on else "[  ] ") + t, x=75)
    p.gap(6)
    p.text("10. Budsjett 2018", font="DVSerif-B")
    for a, b in (("Løn og sosiale kostnader (60 %)", "NOK 366.000"), ("Kompetanse", "NOK 10.000"),
                 ("Totalt", "NOK 376.000")):
        p.text(a, x=75, dy=0)
        p.text(b, x=330)
    p.gap(6)
    p.text("11. Plan for kunnskapsinnhenting og implementering", font="DVSerif-B")
    p.wrap("Vi dokumenterer erfaringane kvart halvår saman med oppfølgingstenesta og vidaregåande skule, og "
           "tek arbeidsmåten inn i ordinær drift frå 2020.", x=75, width=440)
    p.gap(10)
    p.text("12. Underskrift", font="DVSerif-B")
    p.text("Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.")
    p.text("Elektronisk godkjent 29.01.2018 av Arnfinn Hjelle, leiar NAV Stryn")
    p.text("Elektronisk godkjent 30.01.2018 av Liv Strand Gjerde, rådmann")
    p.save()
    return truth("z09", "pdf", "pdf-text", lang="nn", scheme="nav-sosiale-tjenester-2018",
                 office=("Nav Stryn", "Stryn", "924596589"),
                 contact=("Solveig Loen Hjelle", "solveig.loen.hjelle@nav.no", "91730664"),
                 project=("Ung i jobb – Indre Nordfjord", "new", "2018-03-01"), pct=60,
                 amounts={"positions": 366000, "competence": 10000, "other": None, "total": 376000},
                 prio=["ungdom-innvandrere", "overganger"], interest=(None, None),
                 sigs=[("nav_leader", "Arnfinn Hjelle", "leiar NAV Stryn", "2018-01-29", "electronic_approval"),
                       ("municipality", "Liv Strand Gjerde", "rådmann", "2018-01-30", "electronic_approval")],
                 notes=["2018 scheme, five 2018 areas with [x]; the form has no interest questions (null)"])


# ------------------------------------------------------------------ z10 pdf-text nb, Nav Harstad (defect: over cap)
def z10(out: Path):
    p = Pen(out, "LibSerif", 11, creator="PDF24 Creator")
    p.text("Nav Harstad", font="LibSerif-B", size=14)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav – tilskuddsåret 2020", font="LibSerif-B")
    p.gap(8)
    secs = [
        ("A. Om søkeren", [("Nav-kontor:", "Nav Harstad"), ("Kommune:", "Harstad"),
                          ("Org.nummer:", "919 709 294")]),
        ("B. Kontakt", [("Navn:", "Mona Karlsen Strøm"), ("E-post:", "mona.karlsen.strom@nav.no"),
                       ("Tlf.:", "77 02 63 11")]),
        ("C. Prosjekt", [("Prosjektnavn:", "Bo og jobb Harstad"), ("Nytt/videreført:", "Nytt prosjekt"),
                        ("Oppstartsdato:", "02.03.2020"), ("Stillingsandel:", "50-prosent stilling")]),
    ]
    for head, items in secs:
        p.text(head, font="LibSerif-B", size=12)
        for a, b in items:
            p.text(a, x=80, dy=0)
            p.text(b, x=200)
        p.gap(4)
    p.text("D. Satsingsområder", font="LibSerif-B", size=12)
    p.wrap("Prosjektet retter seg mot sikring av sårbare overganger: brukere som løslates fra Harstad fengsel "
           "skal ha bolig, økonomi og et arbeidsrettet tilbud på plass dagen de kommer ut.", x=80, width=440)
    p.gap(4)
    p.text("E. Nettverk og evaluering", font="LibSerif-B", size=12)
    p.text("Vi ønsker å delta i nettverk/klyngesamarbeid: ja", x=80)
    p.text("Vi ønsker ekstern prosessevaluering: nei", x=80)
    p.page()
    p.text("F. Budsjett", font="LibSerif-B", size=12)
    c = p.c
    y = p.y
    c.setFont("LibSerif-B", 11)
    c.drawString(80, y, "Kostnad")
    c.drawRightString(480, y, "Beløp")
    c.line(78, y - 4, 482, y - 4)
    for i, (a, b) in enumerate((("Boveileder 50 % – lønn og sosiale kostnader", "350 000"),
                                ("Kompetanse", "8 000"), ("Sum omsøkt", "358 000"))):
        c.setFont("LibSerif-B" if i == 2 else "LibSerif", 11)
        c.drawString(80, y - 20 * (i + 1), a)
        c.drawRightString(480, y - 20 * (i + 1), b)
    p.y = y - 90
    p.text("G. Godkjenning", font="LibSerif-B", size=12)
    p.text("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.", x=80)
    p.text("Nav-leder Geir Inge Pettersen – godkjent 30.01.2020", x=80)
    p.text("Kommunedirektør Tove Mathisen Lund – godkjent 31.01.2020", x=80)
    p.save()
    return truth("z10", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Harstad", "Harstad", "919709294"),
                 contact=("Mona Karlsen Strøm", "mona.karlsen.strom@nav.no", "77026311"),
                 project=("Bo og jobb Harstad", "new", "2020-03-02"), pct=50,
                 amounts={"positions": 350000, "competence": 8000, "other": None, "total": 358000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Geir Inge Pettersen", "Nav-leder", "2020-01-30", "electronic_approval"),
                       ("municipality", "Tove Mathisen Lund", "Kommunedirektør", "2020-01-31", "electronic_approval")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["planted: 350 000 for a 50 % position > 305 000", "budget on page 2; area argued in prose"])


# ------------------------------------------------------------------ z11 pdf-acroform nb, Nav Senja
def z11(out: Path):
    from reportlab.lib.colors import black, white
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    buf = io.BytesIO()
    L.register_fonts()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setCreator("Adobe Acrobat Pro DC")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, H - 50, "Søknadsskjema: Tilskudd til utvikling av sosiale tjenester i NAV 2020")
    c.setFont("Helvetica", 8)
    c.drawString(50, H - 63, "Fylles ut elektronisk. Send til Statsforvalteren i Troms og Finnmark innen 01.02.2020.")
    f = c.acroForm
    texts = [("kontor", "NAV-kontor"), ("kommune", "Kommune"), ("orgnr", "Org.nr"), ("kontakt", "Kontaktperson"),
             ("epost", "E-post"), ("tlf", "Telefon"), ("tittel", "Prosjektets navn"), ("oppstart", "Oppstart"),
             ("stilling", "Stillingsprosent"), ("lonn", "Lønn/sos. kostn."), ("komp", "Kompetanse"),
             ("sum", "Totalt omsøkt")]
    y = H - 95
    for name, lab in texts:
        c.setFont("Helvetica", 9)
        c.drawString(50, y + 5, lab)
        f.textfield(name=name, x=170, y=y, width=330, height=17, borderColor=black, fillColor=white,
                    textColor=black, forceBorder=True, fontSize=10)
        y -= 24
    y -= 6
    boxes = [("nytt", "Nytt prosjekt"), ("videre", "Videreføring"), ("omr1", "Bruk av ordinært arbeidsliv"),
             ("omr2", "Oppfølging av barnefamilier, ungdom og innvandrere"), ("omr3", "Sikring av sårbare overganger"),
             ("nett_ja", "Ønsker nettverk/klyngesamarbeid: Ja"), ("nett_nei", "Nei"),
             ("eval_ja", "Ønsker ekstern prosessevaluering: Ja"), ("eval_nei", "Nei")]
    for name, lab in boxes:
        f.checkbox(name=name, x=50, y=y - 2, size=12, buttonStyle="cross", borderColor=black, fillColor=white,
                   textColor=black, forceBorder=True)
        c.setFont("Helvetica", 9)
        c.drawString(68, y, lab)
        y -= 19
    y -= 20
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, "Underskrift")
    y -= 55
    for x, seed in ((50, 1101), (310, 1102)):
        c.drawImage(ImageReader(io.BytesIO(L.ink_png(seed))), x + 5, y + 4, 150, 42)
        c.line(x, y, x + 230, y)
    for x, n in ((50, "sign1"), (310, "sign2")):
        f.textfield(name=n + "_navn", x=x, y=y - 22, width=230, height=16, borderWidth=0, fillColor=white,
                    textColor=black, fontSize=9)
        f.textfield(name=n + "_dato", x=x, y=y - 40, width=230, height=16, borderWidth=0, fillColor=white,
                    textColor=black, fontSize=9)
    c.save()
    vals = {"kontor": "NAV Senja", "kommune": "Senja", "orgnr": "906046210", "kontakt": "Ronny Pedersen Eilertsen",
            "epost": "ronny.pedersen.eilertsen@nav.no", "tlf": "902 57 318", "tittel": "Sammen mot arbeid – Senja",
            "oppstart": "01.04.2020", "stilling": "100%", "lonn": "600000", "komp": "10000", "sum": "610000",
            "sign1_navn": "Nav-leder Hege Kristiansen", "sign1_dato": "Finnsnes 27.01.2020",
            "sign2_navn": "Kommunedirektør Tor Egil Johnsen", "sign2_dato": "Finnsnes 28.01.2020"}
    on = {"nytt", "omr1", "omr2", "nett_ja", "eval_nei"}
    r = PdfReader(buf)
    w = PdfWriter()
    w.append(r)
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
    for a in w.pages[0]["/Annots"]:
        a = a.get_object()
        n = a.get("/T")
        if n in {b[0] for b in boxes}:
            st = NameObject("/Yes" if n in on else "/Off")
            a[NameObject("/V")] = st
            a[NameObject("/AS")] = st
    w.set_need_appearances_writer(True)
    from pypdf.generic import ByteStringObject, ArrayObject
    w._ID = ArrayObject([ByteStringObject(b"z11-adversarial26"), ByteStringObject(b"z11-adversarial26")])
    o = io.BytesIO()
    w.write(o)
    out.write_bytes(o.getvalue())
    return truth("z11", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Senja", "Senja", "906046210"),
                 contact=("Ronny Pedersen Eilertsen", "ronny.pedersen.eilertsen@nav.no", "90257318"),
                 project=("Sammen mot arbeid – Senja", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Hege Kristiansen", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Tor Egil Johnsen", "Kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["Ja/Nei pairs of check boxes; title BEFORE name in one field under the ink"])


# ------------------------------------------------------------------ z14 pdf-handwritten nb, Nav Lindesnes
def _z14_page(out: Path, ink=True):
    p = Pen(out, "DVS", 9.5, creator="Microsoft® Word 2016")
    c = p.c
    p.text("NAV LINDESNES", font="DVS-B", size=11)
    p.text("Søknad – tilskudd til utvikling av sosiale tjenester i NAV 2020", font="DVS-B", size=12)
    p.gap(4)
    # two-column form, answers in the row BELOW each label pair
    rows = [(("Søker", "NAV Lindesnes"), ("Kommune", "Lindesnes")),
            (("Organisasjonsnummer", "921190069"), ("Oppstart", "01.03.2020")),
            (("Kontaktperson", "Kari Anne Skeie Foss"), ("Telefon", "938 14 725")),
            (("E-post", "kari.anne.skeie.foss@nav.no"), ("Prosjekttype", "Nytt")),
            (("Prosjektets navn", "Ut i jobb – Lindesnes"), ("Stillingsprosent", "100 % (2 x 50 %)"))]
    for (a, b), (e, f) in rows:
        c.setFillColorRGB(0.92, 0.92, 0.92)
        c.rect(60, p.y - 3, 475, 13, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        p.text(a, font="DVS-B", size=8.5, dy=0)
        p.text(e, x=300, font="DVS-B", size=8.5)
        p.text(b, dy=0)
        p.text(f, x=300)
        p.gap(3)
    p.gap(4)
    p.text("Prioriterte områder", font="DVS-B", size=10)
    for on, t in ((True, "Bruk av ordinært arbeidsliv"), (True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                  (False, "Sikring av sårbare overganger")):
        p.text(("✔ " if on else "– ") + t, x=72)
    p.gap(4)
    p.text("Budsjett (kr)", font="DVS-B", size=10)
    for a, b in (("Jobbveileder A, 50 %", "305 000"), ("Jobbveileder B, 50 %", "305 000"),
                 ("Prosjektspesifikk kompetanse", "10 000"), ("SUM OMSØKT", "620 000")):
        p.text(a, x=72, dy=0)
        c.setFont("DVS", 9.5)
        c.drawRightString(400, p.y, b)
        p.gap(14)
    p.gap(4)
    p.text("Ønsker å delta i nettverk/klyngesamarbeid: JA.   Ønsker ekstern prosessevaluering: NEI.")
    p.gap(24)
    p.text("Underskrifter", font="DVS-B", size=10)
    y = p.y - 10
    for x, place, seed, title, name in ((60, "Mandal, 24.01.2020", 1401, "Leder NAV Lindesnes", "Sigve Tønnessen"),
                                        (320, "Mandal, 27.01.2020", 1402, "Kommunalsjef", "Elin Mydland Vigeland")):
        c.setFont("DVS", 9)
        c.drawString(x, y, "Sted/dato: " + place)
        if ink:
            p.ink(seed, x + 5, y - 52, 140, 40)
        c.line(x, y - 55, x + 210, y - 55)
        c.drawString(x, y - 67, title)
        c.drawString(x, y - 79, name)
    p.save()


def z14(out: Path):
    _z14_page(out)
    return truth("z14", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Lindesnes", "Lindesnes", "921190069"),
                 contact=("Kari Anne Skeie Foss", "kari.anne.skeie.foss@nav.no", "93814725"),
                 project=("Ut i jobb – Lindesnes", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Sigve Tønnessen", "Leder NAV Lindesnes", "2020-01-24", "handwritten"),
                       ("municipality", "Elin Mydland Vigeland", "Kommunalsjef", "2020-01-27", "handwritten")],
                 notes=["answers in the row below each shaded label pair; ✔ marks; title ABOVE name under the rule",
                        "two 50 % lines = 100 %, 2 × 305 000 exactly at the cap"])


# ------------------------------------------------------------------ z15 pdf-scanned nb, Nav Nord-Fron
def z15(out: Path):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "paper.pdf"
        p = Pen(src, "LibSerif", 11)
        c = p.c
        p.text("NAV Nord-Fron", font="LibSerif-B", size=13)
        p.text("Søknad om tilskudd til utvikling av sosiale tjenester i NAV 2020", font="LibSerif-B", size=12)
        p.gap(6)
        for a, b in (("NAV-kontor:", "NAV Nord-Fron"), ("Kommune:", "Nord-Fron"), ("Org.nr.:", "904758604"),
                     ("Kontaktperson:", "Randi Kleiven"), ("Telefon:", "61 21 87 40"),
                     ("E-post:", "randi.kleiven@nav.no"), ("Prosjektnavn:", "Vinstra-modellen"),
                     ("Type:", "Nytt prosjekt"), ("Oppstart:", "01.04.2020"), ("Stilling:", "70 % stilling")):
            p.text(a, dy=0, font="LibSerif-B")
            p.text(b, x=190, size=12)
        p.gap(6)
        p.text("Satsingsområder:", font="LibSerif-B")
        for on, t in ((True, "Bruk av ordinært arbeidsliv"), (False, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                      (False, "Sikring av sårbare overganger")):
            c.rect(80, p.y - 2, 10, 10)
            if on:
                c.setLineWidth(1.8)
                c.line(80, p.y - 2, 90, p.y + 8)
                c.line(80, p.y + 8, 90, p.y - 2)
                c.setLineWidth(1)
            p.text(t, x=98)
        p.gap(6)
        p.text("Budsjett:", font="LibSerif-B")
        for a, b in (("Lønn og sosiale kostnader 70 %", "kr 420 000"), ("Kompetanse", "kr 10 000"),
                     ("Sum", "kr 430 000")):
            p.text(a, x=80, dy=0)
            p.text(b, x=330, size=12)
        p.gap(6)
        p.text("Nettverk/klyngesamarbeid:  Ja      Ekstern prosessevaluering:  Ja")
        p.gap(30)
        y = p.y
        for x, seed, nm, tt in ((60, 1501, "Anders Kvarvik", "NAV-leder"), (320, 1502, "Berit Sletten Lie", "Rådmann")):
            c.setFont("LibSerif", 11)
            c.drawString(x, y, "Vinstra, 29.01.2020")
            p.ink(seed, x + 4, y - 50, 140, 40)
            c.line(x, y - 52, x + 200, y - 52)
            c.drawString(x, y - 66, f"{nm}, {tt}")
        p.save()
        L.scan_pdf(src, out, dpi=150, angle=1.8, contrast=0.55, quality=40, seed=15)
    return truth("z15", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Nord-Fron", "Nord-Fron", "904758604"),
                 contact=("Randi Kleiven", "randi.kleiven@nav.no", "61218740"),
                 project=("Vinstra-modellen", "new", "2020-04-01"), pct=70,
                 amounts={"positions": 420000, "competence": 10000, "other": None, "total": 430000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Anders Kvarvik", "NAV-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Berit Sletten Lie", "Rådmann", "2020-01-29", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["150 dpi, 1.8° skew, contrast 0.55, shadow along the left edge, speckle, JPEG q40, image only"])


# ------------------------------------------------------------------ z16 pdf-pades nb, Nav Farsund
def z16(out: Path):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "unsigned.pdf"
        p = Pen(src, "DVS", 10, creator="Microsoft® Word for Microsoft 365")
        c = p.c
        p.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav – 2020", font="DVS-B", size=13)
        p.text("Til Statsforvalteren i Agder", size=9)
        p.gap(6)
        for a, b in (("Søkerkontor", "Nav Farsund"), ("Kommune", "Farsund"), ("Org.nr.", "913 734 327"),
                     ("Kontaktperson", "Tor Inge Lunde, tlf. 415 62 093, tor.inge.lunde@nav.no"),
                     ("Prosjekt", "«Lista i arbeid»"), ("Ny/videreføring", "Videreføring (2. år)"),
                     ("Oppstart", "1. januar 2020"), ("Stillinger", "to 50 %-stillinger (100 %)")):
            c.setFillColorRGB(0.93, 0.95, 0.98)
            c.rect(58, p.y - 4, 130, 15, fill=1, stroke=0)
            c.setFillColorRGB(0, 0, 0)
            p.text(a, dy=0, font="DVS-B")
            p.text(b, x=200)
            p.gap(2)
        p.gap(4)
        p.text("Satsingsområder", font="DVS-B")
        p.text("☒ Bruk av ordinært arbeidsliv   ☒ Sikring av sårbare overganger", size=9, x=72)
        p.text("☐ Oppfølging av barnefamilier, ungdom og innvandrere", size=9, x=72)
        p.gap(4)
        p.text("Budsjett", font="DVS-B")
        for a, b in (("Lønn og sosiale kostnader, 2 × 50 %", "590 000"), ("Kompetanse", "10 000"),
                     ("Omsøkt totalt", "600 000")):
            p.text(a, x=72, dy=0)
            c.drawRightString(420, p.y, b)
            p.gap(14)
        p.text("Nettverk/klyngesamarbeid: ☒ ja ☐ nei      Prosessevaluering: ☐ ja ☒ nei")
        p.gap(20)
        p.text("Signaturer", font="DVS-B")
        y = p.y - 6
        c.setFont("DVS", 9)
        c.drawString(60, y, "Nav-leder: Siv Helene Eikeland")
        c.drawString(60, y - 14, "Signert digitalt 30.01.2020 (se signaturpanelet)")
        c.drawString(320, y, "Kommunedirektør: Johnny Abrahamsen")
        c.drawString(320, y - 14, "Farsund, 30.01.2020")
        p.ink(1601, 322, y - 62, 140, 40)
        c.line(320, y - 64, 520, y - 64)
        p.save()
        L.pades_sign(src, out, cn="Siv Helene Eikeland", org="Nav Farsund", field="NavLeder",
                     when=dt.datetime(2020, 1, 30, 10, 15, tzinfo=dt.timezone.utc), reason="Godkjent søknad",
                     location="Farsund")
    return truth("z16", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Farsund", "Farsund", "913734327"),
                 contact=("Tor Inge Lunde", "tor.inge.lunde@nav.no", "41562093"),
                 project=("Lista i arbeid", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Siv Helene Eikeland", "Nav-leder", "2020-01-30", "digital"),
                       ("municipality", "Johnny Abrahamsen", "Kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["valid PAdES by the Nav leader (self-signed, CN = name) + ink by the kommunedirektør",
                        "contact name, phone and e-mail in ONE cell"])


# ------------------------------------------------------------------ z17 not-application: conference invitation
def z17(out: Path):
    p = Pen(out, "DVSerif", 10.5, creator="Microsoft® Word 2016")
    p.text("Statsforvaltaren i Vestland", font="DVSerif-B", size=12)
    p.text("Sosial- og barnevernsavdelinga", size=9)
    p.gap(10)
    p.text("Til Nav-kontora i Vestland                                                  Leikanger, 14.01.2020", size=9.5)
    p.gap(10)
    p.text("Invitasjon til erfaringskonferanse 2020 – tilskot til utvikling av sosiale tenester i Nav",
           font="DVSerif-B", size=11)
    p.gap(4)
    for para in (
        "Statsforvaltaren inviterer alle Nav-kontor som har eller har hatt prosjekt med tilskot til utvikling av "
        "sosiale tenester i Nav, til erfaringskonferanse på Quality Hotel Sogndal 12.–13. mars 2020.",
        "Program: Dag 1 – «Bruk av ordinært arbeidsliv» og «Sikring av sårbare overgangar», med innlegg frå Nav "
        "Sogndal (prosjektet «Saman om overgangane», 50 % stilling) og Nav Årdal. Dag 2 – nettverk og "
        "klyngesamarbeid, og korleis ekstern prosessevaluering blir lagt opp.",
        "Konferansen er gratis. Reise og opphald dekkjer kontora sjølve; kontor med tilskot kan nytte "
        "kompetansemidlane (inntil kr 10 000) til dette. Påmelding innan 1. februar 2020 til "
        "Kari Nesheim, e-post fmvlkne@statsforvalteren.no, tlf. 57 64 30 00.",
        "Vi minner samstundes om at søknadsfristen for tilskot for 2020 er 1. februar 2020. Søknadsskjemaet "
        "skal signerast av Nav-leiar og kommuneleiinga.",
    ):
        p.wrap(para, width=470)
        p.gap(6)
    p.text("Med helsing")
    p.gap(4)
    p.text("Helge Tufte Osland")
    p.text("seksjonsleiar", size=9)
    p.gap(6)
    p.text("Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.", size=8.5)
    p.save()
    t = near_miss("z17", "pdf", "nn", "an invitation to a conference for grant projects, from the county")
    t["category"] = "not-application"
    t["tags"] = ["not-application"]
    return t


# ------------------------------------------------------------------ z18 bad-input: HTML page saved as .pdf
def z18(out: Path):
    out.write_bytes((
        "<!DOCTYPE html>\n<html lang=\"no\"><head><meta charset=\"utf-8\"><title>Logg inn – Public 360</title>"
        "</head>\n<body><h1>Økten din er utløpt</h1><p>Du må logge inn på nytt for å laste ned dokumentet "
        "«Søknad tilskudd sosiale tjenester 2020 – NAV Bamble.pdf».</p><form method=\"post\" action=\"/login\">"
        "<input name=\"user\"><input type=\"password\" name=\"pw\"><button>Logg inn</button></form></body></html>\n"
    ).encode("utf-8"))
    t = truth("z18", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
              score_fields=False, notes=["an HTML login page from the archive saved with the application's .pdf name"])
    return t
