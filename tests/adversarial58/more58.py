"""The rest of corpus 58: rotated/photographed signing pages behind born-digital pages, an image budget page,
Word forms and letters with pasted signature scans or a photo of the signed page."""
from __future__ import annotations

import io
from pathlib import Path

from kit58 import fmt_org, image_pdf, jpeg, new_doc, org, photo, render, scan
from pdf58 import _t, join, two_pages


def hy14(out: Path):
    o = org("97511834")
    d = dict(office="Nav Moss", kom="Moss", org=fmt_org(o), cname="Line Karlsen", email="line.karlsen@nav.no",
             phone="69 20 50 00", ptruth="69205000", title="Mot arbeid i Moss", kind="Nytt prosjekt",
             start="01.04.2020", pos=[("Jobbspesialist", "100 %", "600 000")], komp="10 000", total="610 000",
             areas={0}, net=True, eval=True, place="Moss",
             desc="Prosjektet skal utvikle et nytt samarbeid med arbeidsgivere om praksis som leder til ordinær jobb.",
             nav=("Per Kristiansen", "Nav-leder", ""), muni=("Hanne Lie", "Kommunedirektør", "29.01.2020"))
    form, _ = two_pages(d, "nb", inks=(False, False))
    signed, _ = two_pages(d, "nb", inks=(False, True), typed=(False, True))
    img = scan(render(signed, 150)[1], "hy14", 0.9).rotate(90, expand=True)
    out.write_bytes(join(form, image_pdf([img], 150), rotate=90))
    return _t("hy14", "pdf-handwritten", "nb", d, o,
              [("municipality", "Hanne Lie", "Kommunedirektør", "2020-01-29", "handwritten")],
              start="2020-04-01", amounts={"positions": 600000, "competence": 10000, "total": 610000},
              expected=["SIGNATURE_NAV_LEADER_MISSING"],
              notes=["signing page scanned sideways (landscape image, /Rotate 90 shows it upright)",
                     "defect: the Nav leader's column is empty: no ink, no name, no date"])


def hy15(out: Path):
    from PIL import Image, ImageDraw, ImageFont
    o = org("99301245")
    d = dict(office="Nav Sandnes", kom="Sandnes", org=fmt_org(o), cname="Kristian Eide", email="kristian.eide@nav.no",
             phone="51 97 40 00", ptruth="51974000", title="Sandnesmodellen for unge", kind="Nytt prosjekt",
             start="01.03.2020", pos=[("Ungdomskoordinator", "100 %", "610 000"), ("Jobbspesialist", "50 %", "305 000")],
             komp="10 000", total="925 000", areas={1, 2}, net=False, eval=True, place="Sandnes",
             desc="Se vedlagt budsjett (side 3). Ungdom og unge innvandrere skal få følge i overgangen fra "
                  "introduksjonsprogram og skole til arbeid.",
             nav=("Ole Tjelta", "Nav-leder", "30.01.2020"), muni=("Anita Sele", "Kommunedirektør", "30.01.2020"))
    form, _ = two_pages(d, "nb")
    big = Image.new("L", (1650, 1000), 255)
    dr = ImageDraw.Draw(big)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 30)
    rows = [("Budsjett 2020 – Nav Sandnes", ""), ("Ungdomskoordinator 100 %", "610 000"),
            ("Jobbspesialist 50 %", "305 000"), ("Prosjektspesifikk kompetanse", "10 000"), ("Sum søkt", "925 000")]
    for i, (a, b) in enumerate(rows):
        dr.text((80, 80 + i * 70), a, font=f, fill=0)
        dr.text((1200, 80 + i * 70), b, font=f, fill=0)
        dr.line((70, 125 + i * 70, 1500, 125 + i * 70), fill=90, width=2)
    page = scan(big, "hy15", 0.2, speckle=300)
    pdf = image_pdf([page], 200, pagesize=(595.28, 360))
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter()
    r = PdfReader(io.BytesIO(form))
    for p in r.pages:
        w.add_page(p)
    w.add_page(PdfReader(io.BytesIO(pdf)).pages[0])
    b = io.BytesIO()
    w.write(b)
    out.write_bytes(b.getvalue())
    return _t("hy15", "pdf-handwritten", "nb", d, o,
              [("nav_leader", "Ole Tjelta", "Nav-leder", "2020-01-30", "handwritten"),
               ("municipality", "Anita Sele", "Kommunedirektør", "2020-01-30", "handwritten")],
              pct=150, start="2020-03-01", amounts={"positions": 915000, "competence": 10000, "total": 925000},
              notes=["born-digital form with ink, then a scanned budget sheet as page 3 (short page)",
                     "near-miss: 150 % at exactly 915 000 over two position lines"])


def hy17(out: Path):
    o = org("97641233")
    d = dict(office="Nav Steinkjer", kom="Steinkjer", org=fmt_org(o), cname="Heidi Aune", email="heidi.aune@nav.no",
             phone="74 16 90 00", ptruth="74169000", title="Inn i arbeid Steinkjer", kind="Nytt prosjekt",
             start="01.05.2020", pos=[("Arbeidskonsulent", "100 %", "598 000")], komp="12 000", total="610 000",
             areas={0}, net=True, eval=False, place="Steinkjer",
             desc="Prosjektet skal prøve ut en ny arbeidsmåte for oppfølging av langtidsmottakere av sosialhjelp.",
             nav=("Ingrid Rostad", "Nav-leder", "27.01.2020"), muni=("Tore Hegre", "Rådmann", "28.01.2020"))
    signed, _ = two_pages(d, "nb", font=("DVS", "DVSB"), sign_same=True)
    out.write_bytes(image_pdf([scan(render(signed, 200)[0], "hy17", -0.8)], 200, q=45))
    return _t("hy17", "pdf-scanned", "nb", d, o,
              [("nav_leader", "Ingrid Rostad", "Nav-leder", "2020-01-27", "handwritten"),
               ("municipality", "Tore Hegre", "Rådmann", "2020-01-28", "handwritten")],
              start="2020-05-01", amounts={"positions": 598000, "competence": 12000, "total": 610000},
              expected=["COMPETENCE_OVER_CAP"], optional=["LOW_CONFIDENCE"],
              notes=["one-page scan of the printed, signed form", "defect: competence 12 000 > 10 000"])


def hy18(out: Path):
    o = org("97700321")
    d = dict(office="Nav Sunnfjord", kom="Sunnfjord", org=fmt_org(o), cname="Eldrid Førde", email="eldrid.forde@nav.no",
             phone="57 72 30 00", ptruth="57723000", title="Vegen vidare", kind="Vidareføring, 3. år",
             start="01.01.2020", pos=[("Jobbspesialist", "100 %", "610 000")], komp="10 000", total="620 000",
             areas={2}, net=True, eval=True, place="Førde",
             desc="Prosjektet held fram i sitt tredje og siste år med oppfølging i overgangen frå soning og "
                  "rusbehandling til arbeid og bustad.",
             nav=("Håkon Støfring", "Nav-leiar", "29.01.2020"), muni=("Terje Heggheim", "Kommunedirektør", "30.01.2020"))
    form, _ = two_pages(d, "nn", font=("LN", "LNB"), inks=(False, False))
    signed, _ = two_pages(d, "nn", font=("LN", "LNB"))
    ph = photo(render(signed, 130, grey=False)[1], "hy18")
    out.write_bytes(join(form, image_pdf([ph], 130, q=60, pagesize=(420, 595))))
    return _t("hy18", "pdf-handwritten", "nn", d, o,
              [("nav_leader", "Håkon Støfring", "Nav-leiar", "2020-01-29", "handwritten"),
               ("municipality", "Terje Heggheim", "Kommunedirektør", "2020-01-30", "handwritten")],
              kind="continuation", start="2020-01-01", amounts={"positions": 610000, "competence": 10000, "total": 620000},
              optional=["LOW_CONFIDENCE"],
              notes=["page 2 a phone photo of the signed page (colour cast, tilt, desk margin) on an A5 page",
                     "near-miss: continuation in its 3rd year (allowed), 100 % at exactly 610 000"])


# ---------------------------------------------------------------- Word
def _word_form(doc, rows, lang):
    from docx.shared import Pt
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for a, b in rows:
        r = tb.add_row().cells
        r[0].text, r[1].text = a, b
        for p in r[0].paragraphs:
            for run in p.runs:
                run.font.size, run.bold = Pt(9.5), True
    return tb


def _signed_page_photo(d, lang, seed, inks=(True, True)):
    signed, _ = two_pages(d, lang, inks=inks)
    return jpeg(photo(render(signed, 110, grey=False)[1], seed), 60)


def _docx_common(d, lang, areas_text, kind_text):
    nb = lang == "nb"
    doc = new_doc()
    doc.add_heading(("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020" if nb else
                     "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"), level=1)
    _word_form(doc, [("Søker" if nb else "Søkjar", d["office"]), ("Kommune", d["kom"]), ("Org.nr.", d["org"]),
                     ("Kontaktperson", d["cname"]), ("E-post", d["email"]), ("Telefon", d["phone"]),
                     ("Prosjektnavn" if nb else "Prosjektnamn", d["title"]), ("Type prosjekt", kind_text),
                     ("Oppstart", d["start"]), ("Stillingar" if not nb else "Stillinger", d["postext"]),
                     ("Lønn og sosiale kostnader" if nb else "Løn og sosiale kostnader", d["lonn"]),
                     ("Kompetanse", d["komp"]), ("Sum søkt", d["total"]),
                     ("Prioriterte områder" if nb else "Prioriterte område", areas_text),
                     ("Nettverk/klyngesamarbeid", "Ja" if d["net"] else "Nei"),
                     ("Ekstern prosessevaluering", "Ja" if d["eval"] else "Nei")], lang)
    doc.add_paragraph()
    doc.add_paragraph(d["desc"])
    return doc
