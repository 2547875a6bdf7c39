"""Word documents of corpus 58: a form with a photo of the signed page pasted at the end, forms and a letter
with scanned signature images pasted on the signing lines, a Nynorsk letter whose signed page is a photo."""
from __future__ import annotations

import io
from pathlib import Path

from kit58 import S20, fmt_org, ink_png, new_doc, org, save_doc, scan, truth
from more58 import _docx_common, _signed_page_photo

PRIO = ["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"]


def _wt(id_, cat, lang, d, o, sigs, pct, amounts, kind, start, **kw):
    return truth(id_, "docx", cat, lang=lang, scheme=S20, office=(d["office"], d["kom"], o),
                 contact=(d["cname"], d["email"] or None, d["ptruth"]), project=(d["title"], kind, start), pct=pct,
                 amounts=amounts, prio=[PRIO[i] for i in sorted(d["areas"])], interest=(d["net"], d["eval"]),
                 sigs=sigs, **kw)


def _scanned_ink(seed) -> bytes:
    """A signature cut from a scan: grey paper, a bit of noise, not transparent."""
    from PIL import Image
    ink = Image.open(io.BytesIO(ink_png(seed)))
    bg = Image.new("RGBA", ink.size, (236, 236, 232, 255))
    bg.alpha_composite(ink)
    img = scan(bg.convert("L"), seed, angle=1.5, speckle=200, fill=236)
    b = io.BytesIO()
    img.save(b, "PNG")
    return b.getvalue()


def _sig_table(doc, d, lang, seeds):
    """A borderless two-column table: place/date, the pasted scanned signature, a rule, name and title."""
    from docx.shared import Cm
    nb = lang == "nb"
    tb = doc.add_table(rows=4, cols=2)
    for j, who in enumerate((d["nav"], d["muni"])):
        name, title, date = who
        tb.cell(0, j).text = f"{'Sted' if nb else 'Stad'}/dato: {d['place']}, {date}"
        if seeds[j]:
            tb.cell(1, j).paragraphs[0].add_run().add_picture(io.BytesIO(_scanned_ink(seeds[j])), width=Cm(4.8))
        tb.cell(2, j).text = "_______________________________"
        tb.cell(3, j).text = f"{name}\n{title}"
    return tb


def hy03(out: Path):
    from docx.shared import Cm
    o = org("99801234")
    d = dict(office="Nav Hamar", kom="Hamar", org=fmt_org(o), cname="Torill Bakke", email="torill.bakke@nav.no",
             phone="62 51 35 00", ptruth="62513500", title="Hamar-løftet", kind="Nytt prosjekt", start="01.03.2020",
             postext="1 stilling, 100 %", lonn="kr 600 000", komp="kr 10 000", total="kr 610 000",
             pos=[("Jobbspesialist", "100 %", "600 000")], areas={0, 1}, net=True, eval=True, place="Hamar",
             desc="Prosjektet skal utvikle en ny modell for å følge opp foreldre i familier med lav inntekt mot "
                  "ordinært arbeid, i samarbeid med lokale arbeidsgivere.",
             nav=("Geir Aasen", "Nav-leder", "24.01.2020"), muni=("Berit Moe", "Kommunedirektør", "27.01.2020"))
    doc = _docx_common(d, "nb", "Bruk av ordinært arbeidsliv\nOppfølging av barnefamilier, ungdom og innvandrere",
                       "Nytt prosjekt")
    doc.add_paragraph("Underskrifter: se signert side under (skannet og limt inn).")
    doc.add_page_break()
    doc.add_picture(io.BytesIO(_signed_page_photo(d, "nb", "hy03")), width=Cm(15))
    save_doc(doc, out)
    return _wt("hy03", "docx-form", "nb", d, o,
               [("nav_leader", "Geir Aasen", "Nav-leder", "2020-01-24", "handwritten"),
                ("municipality", "Berit Moe", "Kommunedirektør", "2020-01-27", "handwritten")],
               100, {"positions": 600000, "competence": 10000, "total": 610000}, "new", "2020-03-01",
               optional=["LOW_CONFIDENCE"],
               notes=["all signature facts (ink, names, titles, dates) are only in a phone photo of the signed page "
                      "pasted at the end of the Word file"])


def hy04(out: Path):
    o = org("97123455")
    d = dict(office="Nav Stord", kom="Stord", org=fmt_org(o), cname="Vegard Tysnes", email="vegard.tysnes@nav.no",
             phone="53 49 60 00", ptruth="53496000", title="Inn på Stord", kind="Nytt prosjekt", start="01.04.2020",
             postext="Jobbkonsulent, 80 %", lonn="500 000", komp="10 000", total="510 000",
             areas={0}, net=False, eval=True, place="Leirvik",
             desc="Prosjektet skal prøve ut ein ny modell for samarbeid med verftsindustrien om opplæring på "
                  "arbeidsplassen for personar som står langt frå arbeidslivet.",
             nav=("Sissel Økland", "Nav-leiar", "23.01.2020"), muni=("Atle Rød", "Kommunedirektør", "24.01.2020"))
    doc = _docx_common(d, "nn", "Bruk av ordinært arbeidsliv", "Nytt prosjekt")
    doc.add_paragraph("Underskrifter").runs[0].bold = True
    _sig_table(doc, d, "nn", ("hy04a", "hy04b"))
    save_doc(doc, out)
    return _wt("hy04", "docx-form", "nn", d, o,
               [("nav_leader", "Sissel Økland", "Nav-leiar", "2020-01-23", "handwritten"),
                ("municipality", "Atle Rød", "Kommunedirektør", "2020-01-24", "handwritten")],
               80, {"positions": 500000, "competence": 10000, "total": 510000}, "new", "2020-04-01",
               expected=["AMOUNT_OVER_CAP"], notes=["defect: 80 % at 500 000 > 488 000",
                                                    "scanned signature cut-outs (grey paper) pasted on the lines"])


def hy16(out: Path):
    o = org("97412345")
    d = dict(office="Nav Grünerløkka", kom="Oslo", org=fmt_org(o), cname="Amina Yusuf", email="amina.yusuf@nav.no",
             phone="21 07 00 00", ptruth="21070000", title="Løkka jobber", kind="Nytt prosjekt", start="01.05.2020",
             postext="2 stillinger à 100 %", lonn="1 200 000", komp="10 000", total="1 210 000",
             areas={1}, net=True, eval=False, place="Oslo",
             desc="Unge innvandrere i bydelen som mottar sosialhjelp skal få en fast veileder og et tilbud om "
                  "arbeidstrening hos lokale arbeidsgivere, med familien som utgangspunkt.",
             nav=("Jon Erik Strand", "Leder Nav Grünerløkka", "22.01.2020"),
             muni=("Mette Rask", "Bydelsdirektør", "23.01.2020"))
    doc = _docx_common(d, "nb", "Oppfølging av barnefamilier, ungdom og innvandrere", "Nytt prosjekt")
    doc.add_paragraph("Signatur").runs[0].bold = True
    _sig_table(doc, d, "nb", ("hy16a", "hy16b"))
    save_doc(doc, out)
    return _wt("hy16", "docx-form", "nb", d, o,
               [("nav_leader", "Jon Erik Strand", "Leder Nav Grünerløkka", "2020-01-22", "handwritten"),
                ("municipality", "Mette Rask", "Bydelsdirektør", "2020-01-23", "handwritten")],
               200, {"positions": 1200000, "competence": 10000, "total": 1210000}, "new", "2020-05-01",
               notes=["near-miss: Oslo district office; the municipal leadership is the bydelsdirektør",
                      "200 % at 1 200 000 under 1 220 000"])


def _letter(d, lang, paras):
    doc = new_doc("Times New Roman", 11.5)
    doc.add_paragraph(d["office"]).runs[0].bold = True
    doc.add_paragraph(d["addr"])
    doc.add_paragraph()
    doc.add_paragraph(d["to"])
    doc.add_paragraph(d["letterdate"]).alignment = 2
    h = doc.add_paragraph(d["subject"])
    h.runs[0].bold = True
    for p in paras:
        doc.add_paragraph(p)
    return doc


def hy12(out: Path):
    o = org("98801111")
    d = dict(office="Nav Kristiansand", kom="Kristiansand", org=fmt_org(o), cname="Øystein Berge", email="",
             phone="38 07 50 00", ptruth="38075000", title="Sørlandsbro", areas={0, 2}, net=True, eval=True,
             place="Kristiansand", addr="Postboks 417 Lund, 4604 Kristiansand – org.nr. " + fmt_org(o),
             to="Statsforvalteren i Agder\nPostboks 788 Stoa\n4809 Arendal", letterdate="Kristiansand, 28. januar 2020",
             subject="Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – «Sørlandsbro»",
             nav=("Randi Haugland", "Nav-leder", "28.01.2020"),
             muni=("Svein Aanensen", "Kommunalsjef for helse og mestring", "28.01.2020"))
    doc = _letter(d, "nb", [
        "Nav Kristiansand søker med dette om tilskudd til et nytt prosjekt, «Sørlandsbro», med oppstart "
        "1. april 2020.",
        "Prosjektet skal bygge en bro fra soning og rusbehandling til ordinært arbeid. En jobbspesialist skal "
        "samarbeide med kriminalomsorgen og arbeidsgivere i regionen, slik at ingen står uten oppfølging den "
        "dagen de løslates eller skrives ut.",
        "Vi søker om én hel stilling (100 %). Lønn og sosiale kostnader utgjør kr 605 000,-, og vi søker i "
        "tillegg kr 10 000,- til prosjektspesifikk kompetanse, til sammen kr 615 000,-.",
        "Kontoret ønsker å delta i nettverk/klyngesamarbeid og er positiv til ekstern prosessevaluering.",
        "Kontaktperson er Øystein Berge, tlf. 38 07 50 00.",
        "Med hilsen"])
    _sig_table(doc, d, "nb", ("hy12a", "hy12b"))
    save_doc(doc, out)
    return _wt("hy12", "docx-letter", "nb", d, o,
               [("nav_leader", "Randi Haugland", "Nav-leder", "2020-01-28", "handwritten"),
                ("municipality", "Svein Aanensen", "Kommunalsjef for helse og mestring", "2020-01-28", "handwritten")],
               100, {"positions": 605000, "competence": 10000, "total": 615000}, "new", "2020-04-01",
               notes=["letter; scanned signature cut-outs pasted above typed names",
                      "near-miss: contact with phone only; the municipal signer is a kommunalsjef with a long title"])


def hy13(out: Path):
    from docx.shared import Cm
    o = org("99412345")
    d = dict(office="Nav Time", kom="Time", org=fmt_org(o), cname="Solveig Line", email="solveig.line@nav.no",
             phone="51 77 60 00", ptruth="51776000", title="Ung og aktiv", areas={1}, net=False, eval=False,
             place="Bryne", addr="Postboks 38, 4349 Bryne", to="Statsforvaltaren i Rogaland",
             letterdate="Bryne, 3. februar 2020",
             subject="Søknad om tilskot til utvikling av sosiale tenester i Nav 2020",
             kom_="Time", org_=fmt_org(o), kind="Nytt prosjekt", start="01.05.2020",
             pos=[("Ungdomsrettleiar", "50 %", "300 000")], komp="5 000", total="305 000",
             desc="Ungdom i familiar med låg inntekt skal få ein rettleiar som følgjer heile familien.",
             nav=("Bjarte Undheim", "Nav-leiar", "03.02.2020"), muni=("Ingrid Salte", "Kommunedirektør", "03.02.2020"))
    doc = _letter(d, "nn", [
        f"Nav Time (org.nr. {fmt_org(o)}) søkjer om tilskot til det nye prosjektet «Ung og aktiv» i Time kommune, "
        "med oppstart 1. mai 2020.",
        "Prosjektet skal gje ungdom i familiar med låg inntekt ein fast rettleiar som følgjer heile familien, "
        "i samarbeid med skule og barnevern.",
        "Vi søkjer om ei halv stilling (50 %): løn og sosiale kostnader 300 000 kroner og 5 000 kroner til "
        "kompetanse, til saman 305 000 kroner.",
        "Kontoret ønskjer ikkje å vere med i nettverk/klynge og ønskjer ikkje ekstern prosessevaluering.",
        "Kontaktperson: Solveig Line, solveig.line@nav.no, tlf. 51 77 60 00.",
        "Signert side er lagd ved som bilete under."])
    doc.add_picture(io.BytesIO(_signed_page_photo(d, "nn", "hy13")), width=Cm(14))
    save_doc(doc, out)
    return _wt("hy13", "docx-letter", "nn", d, o,
               [("nav_leader", "Bjarte Undheim", "Nav-leiar", "2020-02-03", "handwritten"),
                ("municipality", "Ingrid Salte", "Kommunedirektør", "2020-02-03", "handwritten")],
               50, {"positions": 300000, "competence": 5000, "total": 305000}, "new", "2020-05-01",
               expected=["SIGNED_AFTER_DEADLINE"], optional=["LOW_CONFIDENCE"],
               notes=["defect: letter and both signatures dated 3 February 2020, after the 1 February deadline",
                      "signatures only in a photo of the form's signing page pasted into the letter"])
