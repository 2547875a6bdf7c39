"""Corpus 48 born-digital contrast documents: a municipality's own typed application ("søknadsbrev med
skjemadel"), with pen scribbles pasted on the signature lines (pdf-handwritten), PAdES signatures
(pdf-pades) or an electronic approval line (pdf-text). k10–k12, k15–k18."""
from __future__ import annotations

import datetime
import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from truthlib import truth  # noqa: E402

from paper48 import Sheet, org_ok  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
FD = Path("/usr/share/fonts/truetype")


def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, rel in [("LSe", "liberation/LiberationSerif-Regular.ttf"), ("LSeB", "liberation/LiberationSerif-Bold.ttf"),
                   ("LSN", "liberation/LiberationSansNarrow-Regular.ttf"), ("LSNB", "liberation/LiberationSansNarrow-Bold.ttf")]:
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, str(FD / rel)))


def scrawl(seed: str):
    """A pen signature cut from a scan: the scribble on transparent ground."""
    from reportlab.lib.utils import ImageReader
    s = Sheet(seed)
    s.scribble(10, 10, w=560, h=150)
    img = s.img.crop((0, 0, 600, 180)).convert("L")
    rgba = s.img.crop((0, 0, 600, 180)).convert("RGBA")
    rgba.putalpha(img.point(lambda v: 255 - v))
    b = io.BytesIO()
    rgba.save(b, "PNG")
    return ImageReader(io.BytesIO(b.getvalue()))


def doc(target, d: dict):
    """The office's own application: letterhead, reference line, numbered parts with "Spørsmål | Svar"
    rows in a narrow font, then a closing and the signature area ``d['closing']`` draws."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    _fonts()
    c = canvas.Canvas(target, pagesize=A4, invariant=1)
    c.setTitle(d["title_meta"])
    c.setFillColorRGB(0.1, 0.25, 0.45)
    c.setFont("LSeB", 15)
    c.drawString(56, 800, d["letterhead"])
    c.setFont("LSe", 9)
    c.drawString(56, 786, d["address"])
    c.setFillColorRGB(0, 0, 0)
    c.drawRightString(540, 760, d["ref"])
    c.setFont("LSeB", 13)
    y = 725
    for ln in d["heading"]:
        c.drawString(56, y, ln)
        y -= 17
    y -= 6
    for part, rows in d["parts"]:
        c.setFont("LSeB", 11)
        c.drawString(56, y, part)
        y -= 4
        for q, a in rows:
            y -= 15
            c.setFont("LSN", 9.5)
            c.drawString(62, y, q)
            c.setFont("LSe", 10.5)
            lines = a.split("\n")
            for i, ln in enumerate(lines):
                c.drawString(250, y - i * 13, ln)
            y -= 13 * (len(lines) - 1)
            c.setStrokeGray(0.75)
            c.line(56, y - 4, 540, y - 4)
        y -= 20
    d["closing"](c, y)
    c.showPage()
    c.save()


def ink_closing(lang, place_date, signers, seed):
    """Place and date, then the two pen signatures with the names and posts printed under them."""
    def draw(c, y):
        c.setFont("LSe", 10.5)
        c.drawString(56, y, place_date)
        y -= 80
        for i, (name, title) in enumerate(signers):
            x = 56 + i * 260
            c.drawImage(scrawl(seed + str(i)), x, y, width=170, height=52, mask="auto")
            c.setStrokeGray(0)
            c.line(x, y - 2, x + 210, y - 2)
            c.drawString(x, y - 15, name)
            c.drawString(x, y - 28, title)
    return draw


def text_closing(lines):
    def draw(c, y):
        c.setFont("LSe", 10.5)
        for ln in lines:
            c.drawString(56, y, ln)
            y -= 14
    return draw


def parts(lang, v):
    nb = lang == "nb"
    return [
        ("1. Søker" if nb else "1. Søkjar", [
            ("Nav-kontor", v["office"]), ("Kommune", v["mun"]), ("Organisasjonsnummer", v["org"]),
            ("Kontaktperson", v["contact"])]),
        ("2. Om prosjektet", [
            ("Prosjektnavn" if nb else "Prosjektnamn", v["title"]), ("Ny søknad / videreføring" if nb else "Ny søknad / vidareføring", v["kind"]),
            ("Oppstart", v["start"]), ("Stillinger" if nb else "Stillingar", v["pos"])]),
        ("3. Budsjett for 2020", [
            ("Lønn inkl. sosiale kostnader" if nb else "Løn inkl. sosiale kostnader", v["b1"]),
            ("Kompetansemidler" if nb else "Kompetansemidlar", v["b2"]), ("Totalt omsøkt" if nb else "Totalt søkt om", v["b3"])]),
        ("4. Prioriterte områder" if nb else "4. Prioriterte område", [("Området prosjektet retter seg mot" if nb else "Området prosjektet rettar seg mot", v["area"])]),
        ("5. Nettverk og evaluering", [
            ("Nettverk / klyngesamarbeid", v["net"]), ("Ekstern prosessevaluering", v["eva"])]),
    ]


def letterhead(office, mun, lang):
    return {"letterhead": f"{office}", "address": f"Postboks 44, {mun} · nav.no",
            "title_meta": "Søknad om tilskudd 2020" if lang == "nb" else "Søknad om tilskot 2020"}


HEAD_NB = ["Søknad om tilskudd til utvikling av sosiale tjenester", "i Nav-kontoret – tilskuddsåret 2020"]
HEAD_NN = ["Søknad om tilskot til utvikling av sosiale tenester", "i Nav-kontoret – tilskotsåret 2020"]


# ------------------------------------------------------------------ k10 pdf-handwritten nn, kommunalsjef with a long post
def k10(out: Path):
    org = org_ok("96436131")
    v = dict(office="Nav Lærdal", mun="Lærdal", org=org, contact="Åsne Hauge, asne.hauge@nav.no, tlf. 57 64 12 00",
             title="Saman om jobb i Lærdal", kind="Ny søknad", start="1. mars 2020", pos="ei stilling, 100 %",
             b1="kr 602 000", b2="kr 8 000", b3="kr 610 000",
             area="Bruk av ordinært arbeidsliv", net="Ja", eva="Nei")
    d = letterhead("Nav Lærdal", "6886 Lærdal", "nn") | {
        "ref": "Vår ref. 20/114", "heading": HEAD_NN, "parts": parts("nn", v),
        "closing": ink_closing("nn", "Lærdal, 27.01.2020",
                               [("Oddny Bøthun", "Leiar Nav Lærdal"), ("Per Magne Håland", "Kommunalsjef helse, omsorg og velferd")], "k10")}
    doc(str(out), d)
    return truth("k10", "pdf", "pdf-handwritten", lang="nn", scheme=S20, office=("Nav Lærdal", "Lærdal", org),
                 contact=("Åsne Hauge", "asne.hauge@nav.no", "57641200"), project=("Saman om jobb i Lærdal", "new", "2020-03-01"),
                 pct=100, amounts={"positions": 602000, "competence": 8000, "total": 610000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Oddny Bøthun", "Leiar Nav Lærdal", "2020-01-27", "handwritten"),
                       ("municipality", "Per Magne Håland", "Kommunalsjef helse, omsorg og velferd", "2020-01-27", "handwritten")],
                 notes=["near-miss: the municipal leadership signs as 'Kommunalsjef helse, omsorg og velferd' (a kommunalsjef is "
                        "municipal leadership)", "one place/date line for both signatures", "total exactly 610 000"])


# ------------------------------------------------------------------ k11 pdf-handwritten nb, competence 12 000
def k11(out: Path):
    org = org_ok("97469253")
    v = dict(office="Nav Målselv", mun="Målselv", org=org, contact="Tor Øyvind Bjørnstad, tor.oyvind.bjornstad@nav.no, 77 83 30 00",
             title="Indre Troms i arbeid", kind="Ny", start="1. april 2020", pos="100 % stilling (1 årsverk)",
             b1="kr 598 000", b2="kr 12 000", b3="kr 610 000",
             area="Sikring av sårbare overganger", net="Nei", eva="Nei")
    d = letterhead("Nav Målselv", "9321 Moen", "nb") | {
        "ref": "Deres ref.: –   Vår ref.: 2020/31", "heading": HEAD_NB, "parts": parts("nb", v),
        "closing": ink_closing("nb", "Moen, 24. januar 2020",
                               [("Ragnhild Sørensen", "Nav-leder"), ("Bjørn-Åge Øien", "Rådmann")], "k11")}
    doc(str(out), d)
    return truth("k11", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Målselv", "Målselv", org),
                 contact=("Tor Øyvind Bjørnstad", "tor.oyvind.bjornstad@nav.no", "77833000"),
                 project=("Indre Troms i arbeid", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 598000, "competence": 12000, "total": 610000},
                 prio=["saarbare-overganger"], interest=(False, False),
                 sigs=[("nav_leader", "Ragnhild Sørensen", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Bjørn-Åge Øien", "Rådmann", "2020-01-24", "handwritten")],
                 expected=["COMPETENCE_OVER_CAP"],
                 notes=["defect: competence 12 000 > 10 000 while the total is exactly 610 000"])


# ------------------------------------------------------------------ k12 pdf-handwritten nb, phone-only contact, signed 1 Feb
def k12(out: Path):
    org = org_ok("97458813")
    v = dict(office="Nav Ås", mun="Ås", org=org, contact="Linn Ødegård, mobil 916 22 418",
             title="Familieløftet Ås", kind="Ny søknad", start="1. mai 2020", pos="60 % stilling",
             b1="kr 366 000", b2="kr 0", b3="kr 366 000",
             area="Oppfølging av barnefamilier, ungdom og innvandrere", net="Ja", eva="Ja")
    d = letterhead("Nav Ås", "1430 Ås", "nb") | {
        "ref": "Vår ref. 2020/0042", "heading": HEAD_NB, "parts": parts("nb", v),
        "closing": ink_closing("nb", "Ås, 1. februar 2020",
                               [("Jørn Åsmund Lie", "Leder, Nav Ås"), ("Trine Kjærnes", "Kommunedirektør")], "k12")}
    doc(str(out), d)
    return truth("k12", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Ås", "Ås", org),
                 contact=("Linn Ødegård", None, "91622418"), project=("Familieløftet Ås", "new", "2020-05-01"),
                 pct=60, amounts={"positions": 366000, "competence": 0, "total": 366000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Jørn Åsmund Lie", "Leder, Nav Ås", "2020-02-01", "handwritten"),
                       ("municipality", "Trine Kjærnes", "Kommunedirektør", "2020-02-01", "handwritten")],
                 notes=["near-miss: contact with a mobile number only (reachable)", "signed on the deadline day 1 February 2020",
                        "60 % at exactly 366 000; competence written 'kr 0' (truth 0)"])


# ------------------------------------------------------------------ PAdES
def _pades(data: bytes, signers, td: Path) -> bytes:
    sys.path.insert(0, str(HERE.parent / "adversarial38"))
    from pdf38 import _self_signed, _sign
    tz = datetime.timezone(datetime.timedelta(hours=1))
    for field, cn, org, box, when in signers:
        data = _sign(data, field, box, _self_signed(td, cn, org), datetime.datetime(*when, tzinfo=tz))
    return data


def _tamper(data: bytes) -> bytes:
    """An incremental update after the last signature: an archive clerk's line added to the page."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    w = IncrementalPdfFileWriter(io.BytesIO(data))
    font = w.add_object(generic.DictionaryObject({generic.NameObject("/Type"): generic.NameObject("/Font"),
                                                  generic.NameObject("/Subtype"): generic.NameObject("/Type1"),
                                                  generic.NameObject("/BaseFont"): generic.NameObject("/Helvetica")}))
    res = generic.DictionaryObject({generic.NameObject("/Font"): generic.DictionaryObject({generic.NameObject("/FX"): font})})
    st = generic.StreamObject(stream_data=b"BT /FX 9 Tf 56 60 Td (Kopi til arkiv - journalfoert 24.01.2020) Tj ET")
    w.add_stream_to_page(0, w.add_object(st), resources=res)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def k15(out: Path):
    import tempfile
    org = org_ok("97450151")
    v = dict(office="Nav Frøya", mun="Frøya", org=org, contact="Kristin Mølnås, kristin.molnas@nav.no, 72 46 36 00",
             title="Havbruk og arbeid", kind="Videreføring (år 2)", start="1. januar 2020", pos="halvannen stilling (150 %)",
             b1="kr 915 000", b2="kr 10 000", b3="kr 925 000",
             area="Bruk av ordinært arbeidsliv og sikring av sårbare overganger", net="Ja", eva="Nei")
    buf = io.BytesIO()
    d = letterhead("Nav Frøya", "7260 Sistranda", "nb") | {
        "ref": "Vår ref. 20/7", "heading": HEAD_NB, "parts": parts("nb", v),
        "closing": text_closing(["Søknaden signeres digitalt av leder for Nav Frøya, Geir Ove Sæther, og",
                                 "kommunedirektør Margrethe Strøm Hårstad."])}
    doc(buf, d)
    with tempfile.TemporaryDirectory() as td:
        data = _pades(buf.getvalue(), [
            ("NavLeder", "Geir Ove Sæther", "Nav Frøya", (56, 150, 260, 200), (2020, 1, 28, 9, 12)),
            ("Kommunedirektor", "Margrethe Strøm Hårstad", "Frøya kommune", (300, 150, 520, 200), (2020, 1, 31, 15, 40))],
            Path(td))
    out.write_bytes(data)
    return truth("k15", "pdf", "pdf-pades", lang="nb", scheme=S20, office=("Nav Frøya", "Frøya", org),
                 contact=("Kristin Mølnås", "kristin.molnas@nav.no", "72463600"),
                 project=("Havbruk og arbeid", "continuation", "2020-01-01"), pct=150,
                 amounts={"positions": 915000, "competence": 10000, "total": 925000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Geir Ove Sæther", "Leder for Nav Frøya", "2020-01-28", "digital"),
                       ("municipality", "Margrethe Strøm Hårstad", "Kommunedirektør", "2020-01-31", "digital")],
                 notes=["near-miss: 'halvannen stilling (150 %)' at exactly 915 000; two PAdES signatures",
                        "titles from the closing sentence; dates from the signing times", "bytes differ between builds"])


def k16(out: Path):
    import tempfile
    org = org_ok("92109254")
    v = dict(office="Nav Sunnfjord", mun="Sunnfjord", org=org, contact="Håvard Øyehaug, havard.oyehaug@nav.no, 57 72 21 00",
             title="Ung og aktiv i Sunnfjord", kind="Ny søknad", start="1. mars 2020", pos="ei stilling 100 %",
             b1="kr 600 000", b2="kr 10 000", b3="kr 610 000",
             area="Oppfølging av barnefamiliar, ungdom og innvandrarar", net="Ja", eva="Ja")
    buf = io.BytesIO()
    d = letterhead("Nav Sunnfjord", "6800 Førde", "nn") | {
        "ref": "Vår ref. 2020/212", "heading": HEAD_NN, "parts": parts("nn", v),
        "closing": text_closing(["Søknaden er signert digitalt av leiar for Nav Sunnfjord, Sølvi Brårud, og",
                                 "kommunedirektør Tor Ørjasæter."])}
    doc(buf, d)
    with tempfile.TemporaryDirectory() as td:
        data = _pades(buf.getvalue(), [
            ("NavLeiar", "Sølvi Brårud", "Nav Sunnfjord", (56, 150, 260, 200), (2020, 1, 22, 11, 0)),
            ("Kommunedirektor", "Tor Ørjasæter", "Sunnfjord kommune", (300, 150, 520, 200), (2020, 1, 23, 13, 20))],
            Path(td))
    out.write_bytes(_tamper(data))
    return truth("k16", "pdf", "pdf-pades", lang="nn", scheme=S20, office=("Nav Sunnfjord", "Sunnfjord", org),
                 contact=("Håvard Øyehaug", "havard.oyehaug@nav.no", "57722100"),
                 project=("Ung og aktiv i Sunnfjord", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Sølvi Brårud", "Leiar for Nav Sunnfjord", "2020-01-22", "digital"),
                       ("municipality", "Tor Ørjasæter", "Kommunedirektør", "2020-01-23", "digital")],
                 expected=["DIGITAL_SIGNATURE_INVALID"],
                 notes=["defect: after both signatures an incremental update adds a content stream to the page "
                        "(an archive line at the foot): the document changed after signing"])


# ------------------------------------------------------------------ k17 pdf-text nb, areas in other words, e-approval
def k17(out: Path):
    org = org_ok("96191320")
    v = dict(office="Nav Vågå", mun="Vågå", org=org, contact="Ingunn Bråten, ingunn.braten@nav.no, 61 29 36 00",
             title="Fjellfolk i jobb", kind="Nytt prosjekt", start="15.03.2020", pos="80 % stilling",
             b1="kr 488 000", b2="kr 10 000", b3="kr 498 000",
             area="Unge under 25 uten fullført skolegang og nyankomne flyktninger\n"
                  "skal få fast følge inn i arbeid og opplæring.", net="Nei", eva="Ja")
    d = letterhead("Nav Vågå", "2680 Vågå", "nb") | {
        "ref": "Vår ref. 20/55", "heading": HEAD_NB, "parts": parts("nb", v),
        "closing": text_closing(["Vågå, 30.01.2020", "",
                                 "Leder Nav Vågå: Tore Sæterbakken", "Kommunedirektør: Åslaug Bø Haugen", "",
                                 "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer."])}
    doc(str(out), d)
    return truth("k17", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Vågå", "Vågå", org),
                 contact=("Ingunn Bråten", "ingunn.braten@nav.no", "61293600"), project=("Fjellfolk i jobb", "new", "2020-03-15"),
                 pct=80, amounts={"positions": 488000, "competence": 10000, "total": 498000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Tore Sæterbakken", "Leder Nav Vågå", "2020-01-30", "electronic_approval"),
                       ("municipality", "Åslaug Bø Haugen", "Kommunedirektør", "2020-01-30", "electronic_approval")],
                 notes=["near-miss: the priority area is described in other words (youth under 25 and newly arrived refugees), "
                        "no area name printed", "80 % at exactly 488 000"])


# ------------------------------------------------------------------ k18 pdf-text nn, third year, e-approval
def k18(out: Path):
    org = org_ok("96435026")
    v = dict(office="Nav Ørsta", mun="Ørsta", org=org, contact="Synnøve Åmdal, synnove.amdal@nav.no, 70 04 71 00",
             title="Overgangslosen", kind="Vidareføring – 3. år", start="1. januar 2020", pos="to stillingar (200 %)",
             b1="kr 1 180 000", b2="kr 10 000", b3="kr 1 190 000",
             area="Sikring av sårbare overgangar", net="Ja", eva="Ja")
    d = letterhead("Nav Ørsta", "6150 Ørsta", "nn") | {
        "ref": "Vår ref. 2020/9", "heading": HEAD_NN, "parts": parts("nn", v),
        "closing": text_closing(["Ørsta, 29.01.2020", "",
                                 "Nav-leiar Jostein Høydal", "Kommunedirektør Kari Mørkeset", "",
                                 "Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar."])}
    doc(str(out), d)
    return truth("k18", "pdf", "pdf-text", lang="nn", scheme=S20, office=("Nav Ørsta", "Ørsta", org),
                 contact=("Synnøve Åmdal", "synnove.amdal@nav.no", "70047100"),
                 project=("Overgangslosen", "continuation", "2020-01-01"), pct=200,
                 amounts={"positions": 1180000, "competence": 10000, "total": 1190000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Jostein Høydal", "Nav-leiar", "2020-01-29", "electronic_approval"),
                       ("municipality", "Kari Mørkeset", "Kommunedirektør", "2020-01-29", "electronic_approval")],
                 notes=["near-miss: continuation in its third year (allowed: up to three years)", "two positions, 1 180 000 < 1 220 000"])
