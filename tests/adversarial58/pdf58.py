"""PDF documents of corpus 58: born-digital forms with a scanned or photographed signing page, forms filled on
screen then printed, signed and scanned, searchable scans, a PAdES-signed scan, typewritten answer layers."""
from __future__ import annotations

import datetime
import io
from pathlib import Path

from form58 import paint_form, paint_signing
from kit58 import (S20, Sheet, fmt_org, image_pdf, ocr_layer_pdf, org, pades, render, scan,
                   truth)


def two_pages(d, lang, font=("LS", "LSB"), inks=(True, True), typewriter=False, typed=(True, True), sign_same=False):
    """The form (page 1) and its signing page (page 2) as PDF bytes, and the drawn-text log."""
    buf = io.BytesIO()
    sh = Sheet(buf, font[0], font[1], 9.5, typewriter=typewriter)
    paint_form(sh, d, lang, with_signing=sign_same, inks=inks)
    if not sign_same:
        sh.new_page()
        sh.line(d["office"] + " – " + ("søknad 2020, side 2 av 2" if lang == "nb" else "søknad 2020, side 2 av 2"),
                size=8, dy=40)
        paint_signing(sh, d, lang, inks, typed_names=typed)
    sh.save()
    return buf.getvalue(), sh.log


def join(first: bytes, extra: bytes, rotate=0) -> bytes:
    """pypdf: the born-digital pages, then the scanned page(s) appended (optionally with /Rotate)."""
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter()
    for p in PdfReader(io.BytesIO(first)).pages[:1]:
        w.add_page(p)
    for p in PdfReader(io.BytesIO(extra)).pages:
        q = w.add_page(p)
        if rotate:
            q.rotate(rotate)
    w.add_metadata({"/Producer": "pypdf", "/Title": "Søknad"})
    b = io.BytesIO()
    w.write(b)
    return b.getvalue()


def _t(id_, cat, lang, d, o, sigs, expected=(), optional=(), notes=(), pct=100, prio=None, kind="new", start=None,
       amounts=None, contact=None):
    return truth(id_, "pdf", cat, lang=lang, scheme=S20, office=(d["office"], d["kom"], o),
                 contact=contact or (d["cname"], d.get("email") or None, d.get("ptruth")),
                 project=(d["title"], kind, start), pct=pct, amounts=amounts,
                 prio=prio if prio is not None else [["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere",
                                                      "saarbare-overganger"][i] for i in sorted(d["areas"])],
                 interest=(d["net"], d["eval"]), sigs=sigs, expected=expected, optional=optional, notes=notes)


def hy01(out: Path):
    o = org("97411553")
    d = dict(office="Nav Elverum", kom="Elverum", org=fmt_org(o), cname="Silje Haugen", email="silje.haugen@nav.no",
             phone="62 43 51 00", ptruth="62435100", title="Arbeid først i Elverum", kind="Nytt prosjekt",
             start="01.04.2020", pos=[("Jobbspesialist", "100 %", "610 000")], komp="10 000", total="620 000",
             areas={0}, net=True, eval=False, place="Elverum",
             desc="Prosjektet skal prøve ut en ny måte å koble arbeidsgivere i Sør-Østerdal og deltakere med "
                  "sammensatte behov på, med tett oppfølging på arbeidsplassen.",
             nav=("Trond Moen", "Nav-leder", "28.01.2020"), muni=("Hilde Bakken", "Kommunedirektør", "29.01.2020"))
    form, _ = two_pages(d, "nb", inks=(False, False))
    signed, _ = two_pages(d, "nb")
    page2 = scan(render(signed, 150)[1], "hy01", angle=-1.1)
    out.write_bytes(join(form, image_pdf([page2], 150, pagesize=(612, 792))))
    return _t("hy01", "pdf-handwritten", "nb", d, o,
              [("nav_leader", "Trond Moen", "Nav-leder", "2020-01-28", "handwritten"),
               ("municipality", "Hilde Bakken", "Kommunedirektør", "2020-01-29", "handwritten")],
              start="2020-04-01", amounts={"positions": 610000, "competence": 10000, "total": 620000},
              notes=["born-digital page 1; page 2 a 150 dpi scan of the signed page at US Letter size",
                     "near-miss: 100 % at exactly 610 000, competence exactly 10 000"])


def hy02(out: Path):
    o = org("97400019")
    d = dict(office="Nav Sogn", kom="Sogndal", org=fmt_org(o), cname="Ragnhild Nes", email="ragnhild.nes@nav.no",
             phone="", title="Saman mot arbeid", kind="Nytt prosjekt", start="1. mars 2020",
             pos=[("Familiekoordinator", "100 %", "590 000")], komp="10 000", total="600 000",
             areas={1}, net=True, eval=True, place="Sogndal",
             desc="Prosjektet skal gje barnefamiliar med låg inntekt ein fast kontaktperson som samordnar "
                  "oppfølginga frå Nav, barnehage, skule og helsestasjon.",
             nav=("Olav Hovland", "Nav-leiar", "27.01.2020"), muni=("Kari Lunde", "Kommunedirektør", ""))
    form, _ = two_pages(d, "nn", font=("DVS", "DVSB"), inks=(False, False))
    signed, _ = two_pages(d, "nn", font=("DVS", "DVSB"), inks=(True, False), typed=(True, False))
    page2 = scan(render(signed, 200)[1], "hy02", angle=0.7)
    out.write_bytes(join(form, image_pdf([page2], 200)))
    return _t("hy02", "pdf-handwritten", "nn", d, o,
              [("nav_leader", "Olav Hovland", "Nav-leiar", "2020-01-27", "handwritten")],
              start="2020-03-01", amounts={"positions": 590000, "competence": 10000, "total": 600000},
              expected=["SIGNATURE_MUNICIPALITY_MISSING"],
              notes=["defect: the scanned signing page has the municipal column empty (no ink, no name, no date)"])


def hy05(out: Path):
    o = org("97632111")
    d = dict(office="Nav Kongsberg", kom="Kongsberg", org=fmt_org(o), cname="Ali Rahimi", email="ali.rahimi@nav.no",
             phone="32 86 40 00", ptruth="32864000", title="Ny start Kongsberg", kind="Nytt prosjekt",
             start="01.09.2020", pos=[("Veileder for unge voksne", "60 %", "366 000")], komp="0", total="366 000",
             areas={2}, net=False, eval=True, place="Kongsberg",
             desc="Unge voksne som avslutter videregående opplæring uten vitnemål skal få en fast veileder i "
                  "overgangen mellom skole, Nav og arbeid.",
             nav=("Marte Skaug", "Nav-leder", "23.01.2020"), muni=("Kjell Ove Dahl", "Rådmann", "24.01.2020"))
    signed, _ = two_pages(d, "nb", font=("DV", "DVB"), typewriter=False)
    pages = render(signed, 200)
    out.write_bytes(image_pdf([scan(pages[0], "hy05a", 0.5), scan(pages[1], "hy05b", -0.6)], 200, q=50))
    return _t("hy05", "pdf-scanned", "nb", d, o,
              [("nav_leader", "Marte Skaug", "Nav-leder", "2020-01-23", "handwritten"),
               ("municipality", "Kjell Ove Dahl", "Rådmann", "2020-01-24", "handwritten")],
              start="2020-09-01", pct=60, amounts={"positions": 366000, "competence": 0, "total": 366000},
              optional=["LOW_CONFIDENCE"],
              notes=["filled on screen, printed, signed and scanned back: image-only, two pages",
                     "near-miss: 60 % at exactly 366 000; competence written 0"])


def hy06(out: Path):
    from PIL import Image
    o = org("99720345")
    d = dict(office="Nav Ørsta", kom="Ørsta", org=fmt_org(o), cname="Jorunn Vik", email="jorunn.vik@nav.no",
             phone="70 04 95 00", ptruth="70049500", title="Språk og arbeid", kind="Nytt prosjekt",
             start="01.05.2020", pos=[("Programrådgjevar", "50 %", "300 000"), ("Jobbspesialist", "50 %", "300 000")],
             komp="8 000", total="608 000", areas={0, 1}, net=True, eval=True, place="Ørsta",
             desc="Innvandrarar i introduksjonsprogrammet skal kome raskare i ordinært arbeid gjennom språkpraksis "
                  "hjå lokale arbeidsgjevarar og tett oppfølging av familien.",
             nav=("Sindre Bjørdal", "Nav-leiar", "31.01.2020"), muni=("Anne Mari Hjelle", "Kommunalsjef", "01.02.2020"))
    signed, _ = two_pages(d, "nn", font=("LS", "LSB"))
    pages = render(signed, 200)
    p2 = scan(pages[1], "hy06b", 0.4).transpose(Image.ROTATE_180)
    out.write_bytes(image_pdf([scan(pages[0], "hy06a", -0.5), p2], 200))
    return _t("hy06", "pdf-scanned", "nn", d, o,
              [("nav_leader", "Sindre Bjørdal", "Nav-leiar", "2020-01-31", "handwritten"),
               ("municipality", "Anne Mari Hjelle", "Kommunalsjef", "2020-02-01", "handwritten")],
              start="2020-05-01", amounts={"positions": 600000, "competence": 8000, "total": 608000},
              optional=["LOW_CONFIDENCE"],
              notes=["two-page scan, the signing page fed upside down (image rotated 180°, no /Rotate)",
                     "near-miss: kommunalsjef signed on the deadline day 01.02.2020; two 50 % lines"])


def hy07(out: Path):
    o = org("98765432")
    d = dict(office="Nav Lier", kom="Lier", org=fmt_org(o), cname="Henrik Aas", email="henrik.aas@nav.no",
             phone="32 22 00 00", ptruth="32220000", title="Lier i jobb", kind="Videreføring (2. år)",
             start="01.01.2020", pos=[("Jobbspesialist", "100 %", "600 000")], komp="10 000", total="610 000",
             areas={0, 2}, net=True, eval=False, place="Lier",
             desc="Prosjektet viderefører arbeidet med individuell jobbstøtte for personer som skal tilbake til "
                  "arbeid etter rusbehandling og soning.",
             nav=("Gunn Berit Sand", "Nav-leder", "21.01.2020"), muni=("Tor Erik Lund", "Kommunalsjef helse og velferd",
                                                                          "22.01.2020"))
    signed, log = two_pages(d, "nb")
    pages = render(signed, 200)
    imgs = [scan(pages[0], "hy07a", 0.6), scan(pages[1], "hy07b", 0.3)]
    out.write_bytes(ocr_layer_pdf(imgs, log, "hy07", errors={"ll": "11", "Kontaktperson": "Kontaktpcrson",
                                                             "610 000": "6l0 000", "ø": "o", "Prosjektets": "Pro sjektets"}))
    return _t("hy07", "pdf-scanned", "nb", d, o,
              [("nav_leader", "Gunn Berit Sand", "Nav-leder", "2020-01-21", "handwritten"),
               ("municipality", "Tor Erik Lund", "Kommunalsjef helse og velferd", "2020-01-22", "handwritten")],
              kind="continuation", start="2020-01-01", amounts={"positions": 600000, "competence": 10000, "total": 610000},
              optional=["LOW_CONFIDENCE"],
              notes=["searchable scan: invisible text layer shifted ~3 pt with OCR slips (11 for ll, 6l0 000, o for ø)",
                     "truth is what the page image says"])


def _pades_scan(d, lang, seed, signers, stamp_after=False):
    signed, _ = two_pages(d, lang, font=("DV", "DVB"), inks=(False, False), typed=(True, True))
    pages = render(signed, 200)
    data = image_pdf([scan(p, seed + str(i), 0.3 * (i + 1)) for i, p in enumerate(pages)], 200)
    tz = datetime.timezone(datetime.timedelta(hours=1))
    for k, (field, box, cn, orgn, when) in enumerate(signers):
        data = pades(data, field, box, cn, orgn, datetime.datetime(*when, tzinfo=tz), page=1)
    if stamp_after:
        from pyhanko.pdf_utils import generic
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        w = IncrementalPdfFileWriter(io.BytesIO(data))
        ref = w.add_object(generic.StreamObject(stream_data=b"q 0.8 0 0 RG 3 w 380 760 170 50 re S "
                                                             b"385 770 m 545 800 l S Q"))
        w.add_stream_to_page(0, ref)
        b = io.BytesIO()
        w.write(b)
        data = b.getvalue()
    return data


def hy08(out: Path):
    o = org("97411231")
    d = dict(office="Nav Ringerike", kom="Ringerike", org=fmt_org(o), cname="Nina Solberg", email="nina.solberg@nav.no",
             phone="32 11 74 00", ptruth="32117400", title="Unge i arbeid – Hønefoss", kind="Nytt prosjekt",
             start="01.03.2020", pos=[("Ungdomsveileder", "100 %", "580 000")], komp="10 000", total="590 000",
             areas={1, 2}, net=True, eval=True, place="Hønefoss",
             desc="Ungdom under 25 år som står utenfor skole og arbeid skal få én veileder som følger dem gjennom "
                  "overgangene mellom skole, Nav og arbeidsliv.",
             nav=("Eirik Holm", "Nav-leder", "24.01.2020"), muni=("Tone Lie", "Kommunedirektør", "27.01.2020"))
    out.write_bytes(_pades_scan(d, "nb", "hy08", [
        ("NavLeder", (56, 560, 276, 620), "Eirik Holm", "Nav Ringerike", (2020, 1, 24, 9, 40)),
        ("Kommunedirektor", (315, 560, 535, 620), "Tone Lie", "Ringerike kommune", (2020, 1, 27, 13, 15))]))
    return _t("hy08", "pdf-pades", "nb", d, o,
              [("nav_leader", "Eirik Holm", "Nav-leder", "2020-01-24", "digital"),
               ("municipality", "Tone Lie", "Kommunedirektør", "2020-01-27", "digital")],
              start="2020-03-01", amounts={"positions": 580000, "competence": 10000, "total": 590000},
              optional=["LOW_CONFIDENCE"],
              notes=["content is a two-page scan (no text layer); two PAdES signatures on page 2 over the typed names"])


def hy09(out: Path):
    o = org("99011223")
    d = dict(office="Nav Hareid", kom="Hareid", org=fmt_org(o), cname="Synnøve Brandal",
             email="synnove.brandal@nav.no", phone="70 09 10 00", ptruth="70091000", title="Arbeid for alle i Hareid",
             kind="Nytt prosjekt", start="01.04.2020", pos=[("Jobbkonsulent", "80 %", "480 000")], komp="5 000",
             total="485 000", areas={0}, net=False, eval=False, place="Hareid",
             desc="Prosjektet skal prøve ut ein ny modell for samarbeid med næringslivet i Hareid der arbeidsgjevar "
                  "og Nav saman lagar opplæringsløp for personar med lite arbeidserfaring.",
             nav=("Petter Grimstad", "Nav-leiar", "22.01.2020"), muni=("Randi Bjørkavåg", "Kommunedirektør", "23.01.2020"))
    out.write_bytes(_pades_scan(d, "nn", "hy09", [
        ("NavLeiar", (56, 560, 276, 620), "Petter Grimstad", "Nav Hareid", (2020, 1, 22, 10, 0)),
        ("Kommunedirektor", (315, 560, 535, 620), "Randi Bjørkavåg", "Hareid kommune", (2020, 1, 23, 11, 30))],
        stamp_after=True))
    return _t("hy09", "pdf-pades", "nn", d, o,
              [("nav_leader", "Petter Grimstad", "Nav-leiar", "2020-01-22", "digital"),
               ("municipality", "Randi Bjørkavåg", "Kommunedirektør", "2020-01-23", "digital")],
              pct=80, start="2020-04-01", amounts={"positions": 480000, "competence": 5000, "total": 485000},
              expected=["DIGITAL_SIGNATURE_INVALID"], optional=["LOW_CONFIDENCE"],
              notes=["defect: after both signatures an incremental update adds drawing to page 1's content "
                     "(a stamp frame): the document changed after signing"])


def _typewritten(id_, out, d, lang, o, sigs, **kw):
    data, _ = two_pages(d, lang, font=("LN", "LNB"), typewriter=True, sign_same=True)
    out.write_bytes(data)
    return _t(id_, "pdf-text", lang, d, o, sigs, **kw)


def hy10(out: Path):
    o = org("97000442")
    d = dict(office="Nav Tromsø", kom="Tromsø", org=fmt_org(o), cname="Mari Johansen", email="",
             phone="77 79 80 00", ptruth="77798000", title="Første jobb", kind="Nytt prosjekt", start="01.06.2020",
             pos=[("Jobbspesialist", "150 %", "900 000")], komp="10 000", total="910 000",
             areas={0}, net=True, eval=True, place="Tromsø",
             desc="Personer med lang tid på sosialhjelp skal få sin første ordinære jobb gjennom tett samarbeid "
                  "med arbeidsgivere i handel og reiseliv.",
             nav=("Bjørn Olsen", "Nav-leder", "20.01.2020"), muni=("Stig Nilsen", "Kommunedirektør", "21.01.2020"))
    return _typewritten("hy10", out, d, "nb", o,
                        [("nav_leader", "Bjørn Olsen", "Nav-leder", "2020-01-20", "handwritten"),
                         ("municipality", "Stig Nilsen", "Kommunedirektør", "2020-01-21", "handwritten")],
                        pct=150, start="2020-06-01", amounts={"positions": 900000, "competence": 10000, "total": 910000},
                        optional=["LOW_CONFIDENCE"],
                        notes=["form labels are text; every answer is a typewriter image layer; ink on the same page",
                               "near-miss: phone only (no e-mail) is reachable; 150 % at 900 000 under 915 000"])


def hy11(out: Path):
    o = "921384212"  # check digit should be 1
    d = dict(office="Nav Voss", kom="Voss", org=fmt_org(o), cname="Liv Tveit", email="liv.tveit@nav.no",
             phone="56 52 90 00", ptruth="56529000", title="Heilt med", kind="Nytt prosjekt", start="01.03.2020",
             pos=[("Familiekoordinator", "100 %", "560 000")], komp="10 000", total="570 000", areas={1},
             net=True, eval=False, place="Voss",
             desc="Familiar med barn der foreldra har stått lenge utanfor arbeidslivet skal få ein koordinator som "
                  "ser heile familien under eitt.",
             nav=("Arne Lid", "Nav-leiar", "22.01.2020"), muni=("Gunhild Rokne", "Kommunedirektør", "24.01.2020"))
    return _typewritten("hy11", out, d, "nn", o,
                        [("nav_leader", "Arne Lid", "Nav-leiar", "2020-01-22", "handwritten"),
                         ("municipality", "Gunhild Rokne", "Kommunedirektør", "2020-01-24", "handwritten")],
                        start="2020-03-01", amounts={"positions": 560000, "competence": 10000, "total": 570000},
                        expected=["ORG_NUMBER_INVALID"], optional=["LOW_CONFIDENCE"],
                        notes=["defect: org.nr. 921 384 212 fails MOD11 (typewriter layer)"])
