"""Word documents of corpus 40: a whole submission in one .docx, a Nynorsk letter and form,
a budget revision that is no application, and a broken .docx."""
from __future__ import annotations

import zipfile
from pathlib import Path

from kit40 import S20, add_ink, cell_text, new_doc, orgnr, save_doc, spaced, truth


def _table(doc, rows, widths=None, style="Table Grid", bold_first=False, header=False):
    from docx.shared import Cm
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, bold=(bold_first and j == 0) or (header and i == 0))
            if widths:
                t.cell(i, j).width = Cm(widths[j])
    return t


def _page_break(doc):
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _ink_table(doc, blocks, seedbase):
    """Ink side by side in a borderless table; under each: place/date, name, title (as written)."""
    t = doc.add_table(rows=2, cols=len(blocks))
    for j, (place_date, name, title) in enumerate(blocks):
        p = t.cell(0, j).paragraphs[0]
        if name:
            add_ink(p, f"{seedbase}{j}", 4.2)
        cell_text(t.cell(1, j), "\n".join(x for x in ("_" * 28, place_date, name, title) if x is not None))
    return t


# ------------------------------------------------------------------ n01 docx-letter nb: whole submission
def n01(out: Path):
    org = orgnr("97460131")
    doc = new_doc("Cambria", 11, "Oversendelse og søknad")
    doc.add_paragraph("LILLESTRØM KOMMUNE").runs[0].bold = True
    doc.add_paragraph("Kommunedirektøren")
    doc.add_paragraph("Statsforvalteren i Oslo og Viken\nPostboks 325\n1502 Moss")
    _table(doc, [["Vår ref.", "Saksbehandler", "Dato"], ["20/00412-3", "Per Olav Lie, tlf. 66 93 80 00", "29.01.2020"]],
           style="Table Grid", header=True)
    doc.add_paragraph()
    doc.add_paragraph("Oversendelse av søknad om tilskudd – sosiale tjenester i Nav 2020").runs[0].bold = True
    doc.add_paragraph("Vedlagt oversendes søknaden fra Nav Lillestrøm om tilskudd til utvikling av sosiale tjenester i "
                      "Nav-kontoret for 2020, med budsjett, CV for aktuell jobbspesialist og organisasjonskart som vedlegg.")
    doc.add_paragraph("Kommunedirektøren stiller seg bak søknaden. Kommunen har tidligere mottatt til sammen 1,2 mill. "
                      "kroner fra ordningen (2017–2019) til prosjektet «Ung i jobb», som ble avsluttet 31.12.2019. "
                      "Erfaringene derfra er tatt med inn i det nye prosjektet.")
    doc.add_paragraph("Spørsmål om oversendelsen kan rettes til saksbehandler.")
    doc.add_paragraph("Med hilsen\n\nAnne-Grete Strøm\nkommunalsjef helse og velferd\n\nDokumentet er sendt uten signatur.")
    _page_break(doc)
    h = doc.add_paragraph("Nav Lillestrøm\nSøknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    h.runs[0].bold = True
    doc.add_paragraph("1. Søker").runs[0].bold = True
    doc.add_paragraph(f"Nav Lillestrøm (Lillestrøm kommune), organisasjonsnummer {spaced(org)}, søker med dette om tilskudd. "
                      "Kontaktperson for søknaden er fagleder Ida Marie Berg, e-post ida.marie.berg@nav.no, "
                      "mobil 926 44 318.")
    doc.add_paragraph("2. Prosjektet").runs[0].bold = True
    doc.add_paragraph("Vi søker om midler til prosjektet «Familieløftet Lillestrøm». Dette er et nytt prosjekt, "
                      "med planlagt oppstart 1. april 2020 og varighet på tre år. Prosjektet skal prøve ut en ny "
                      "arbeidsform der familiekoordinator og jobbspesialist følger hele familien, ikke bare den "
                      "enkelte søker, og der økonomisk rådgivning, bolig og arbeid ses i sammenheng.")
    doc.add_paragraph("3. Målgruppe og prioritert område").runs[0].bold = True
    doc.add_paragraph("Målgruppen er barnefamilier med langvarig behov for økonomisk sosialhjelp. To av tre familier i "
                      "målgruppen har innvandrerbakgrunn, og mange har kort botid. Prosjektet retter seg derfor mot "
                      "oppfølging av barnefamilier og innvandrere, med barnas situasjon som utgangspunkt.")
    doc.add_paragraph("4. Stillinger og budsjett for 2020").runs[0].bold = True
    doc.add_paragraph("Vi søker om til sammen 1,5 årsverk:")
    _table(doc, [["Post", "Stilling", "Beløp (kr)"],
                 ["Familiekoordinator", "100 %", "610 000"],
                 ["Jobbspesialist", "50 %", "305 000"],
                 ["Kompetanse (prosessveiledning)", "", "10 000"],
                 ["Sum omsøkt", "150 %", "925 000"]], header=True)
    doc.add_paragraph("Lillestrøm kommune bidrar i tillegg med en egenandel på 250 000 kroner (kontorplass, ledelse og "
                      "tolketjenester). Flerårig budsjett følger som vedlegg 1.")
    doc.add_paragraph("5. Nettverk og evaluering").runs[0].bold = True
    doc.add_paragraph("Nav Lillestrøm ønsker å delta i nettverk/klyngesamarbeid med andre kontorer som har tilskudd. "
                      "Vi ønsker ikke ekstern prosessevaluering, fordi prosjektet har egen følgeevaluering med OsloMet.")
    doc.add_paragraph("6. Forankring").runs[0].bold = True
    doc.add_paragraph("Søknaden er drøftet i kommunens ledergruppe 14. januar 2020 og er forankret i kommuneledelsen.")
    doc.add_paragraph()
    _ink_table(doc, [("Lillestrøm, 27.01.2020", "Tone Kristiansen", "Nav-leder"),
                     ("Lillestrøm, 28.01.2020", "Morten Lie Halvorsen", "Kommunedirektør")], "n01ink")
    _page_break(doc)
    doc.add_paragraph("Vedlegg 1 – Budsjett 2020–2022").runs[0].bold = True
    _table(doc, [["Post", "2020", "2021", "2022"],
                 ["Familiekoordinator 100 %", "610 000", "625 000", "640 000"],
                 ["Jobbspesialist 50 %", "305 000", "312 500", "320 000"],
                 ["Kompetanse", "10 000", "10 000", "10 000"],
                 ["Sum tilskudd", "925 000", "947 500", "970 000"],
                 ["Egenandel Lillestrøm kommune", "250 000", "250 000", "250 000"],
                 ["Totale prosjektkostnader", "1 175 000", "1 197 500", "1 220 000"]], header=True)
    _page_break(doc)
    doc.add_paragraph("Vedlegg 2 – CV").runs[0].bold = True
    _table(doc, [["Navn", "Sara Haddad"], ["Telefon", "913 27 640"], ["E-post", "sara.haddad@gmail.com"],
                 ["Utdanning", "Bachelor i sosialt arbeid, OsloMet (2014)\nVidereutdanning i Supported Employment (2018)"],
                 ["Arbeidserfaring", "2018–: veileder, Nav Lillestrøm (100 %)\n2014–2018: miljøarbeider, Skedsmo kommune"],
                 ["Språk", "Norsk, arabisk, engelsk"]], bold_first=True)
    _page_break(doc)
    doc.add_paragraph("Vedlegg 3 – Organisasjonskart Nav Lillestrøm").runs[0].bold = True
    _table(doc, [["", "Nav-leder\nTone Kristiansen", ""],
                 ["Avdelingsleder mottak\nGeir Nilsen", "Avdelingsleder oppfølging\nHilde Aune", "Fagleder sosiale tjenester\nIda Marie Berg"],
                 ["Team ungdom (9)", "Team familie (7) – prosjekt", "Økonomisk rådgivning (4)"]])
    save_doc(doc, out)
    return truth("n01", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Lillestrøm", "Lillestrøm", org),
                 contact=("Ida Marie Berg", "ida.marie.berg@nav.no", "92644318"),
                 project=("Familieløftet Lillestrøm", "new", "2020-04-01"), pct=150,
                 amounts={"positions": 915000, "competence": 10000, "total": 925000}, own_funding=250000,
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Tone Kristiansen", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Morten Lie Halvorsen", "Kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["near-miss: 150 % at exactly 915 000 (cap 610 000 × 1.5); competence exactly 10 000",
                        "cover letter from the kommunalsjef (typed, 'sendt uten signatur') in front: not a signature "
                        "of the application; its saksbehandler phone is not the contact",
                        "attachments behind: 3-year budget (2021/2022 not applied for now), CV with another name/phone, "
                        "org chart with names and titles",
                        "network yes, process evaluation explicitly no"])


# ------------------------------------------------------------------ n07 docx-form nn: two positions
def n07(out: Path):
    org = orgnr("97097602")
    doc = new_doc("Arial", 10, "Søknadsskjema")
    doc.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", level=1)
    doc.add_paragraph("Skjemaet skal sendast Statsforvaltaren i Møre og Romsdal innan 1. februar 2020.")
    doc.add_heading("Del 1 – Om søkjaren", level=2)
    _table(doc, [["Nav-kontor", "Nav Volda"], ["Kommune", "Volda"], ["Organisasjonsnummer", spaced(org)],
                 ["Kontaktperson", "Eldbjørg Rusten"], ["E-post", "eldbjorg.rusten@nav.no"],
                 ["Telefon", "70 05 87 00"]], widths=[5, 11], bold_first=True)
    doc.add_heading("Del 2 – Om prosjektet", level=2)
    _table(doc, [["Namn på prosjektet", "Med fotfeste i arbeidslivet"],
                 ["Nytt prosjekt eller vidareføring?", "Nytt prosjekt"],
                 ["Planlagd oppstart", "01.05.2020"]], widths=[5, 11], bold_first=True)
    doc.add_paragraph("Kort omtale: Prosjektet skal gje unge vaksne med lite arbeidserfaring ein fast kontaktperson og "
                      "praksis i ordinære verksemder i Volda og Ørsta, med tett oppfølging også etter tilsetjing.")
    doc.add_heading("Del 3 – Stillingar", level=2)
    _table(doc, [["Stilling", "Stillingsdel", "Løn og sosiale kostnader (kr)"],
                 ["Jobbkonsulent", "60 %", "366 000"],
                 ["Miljøarbeidar", "40 %", "244 000"],
                 ["Sum stillingar", "100 %", "610 000"]], header=True)
    doc.add_heading("Del 4 – Budsjett 2020", level=2)
    _table(doc, [["Post", "Kroner"], ["Stillingar (frå del 3)", "610 000"], ["Kompetansehevande tiltak", "10 000"],
                 ["Totalt søkt beløp", "620 000"]], header=True)
    doc.add_heading("Del 5 – Satsingsområde (set kryss)", level=2)
    _table(doc, [["Satsingsområde", "Kryss"], ["Bruk av ordinært arbeidsliv", "X"],
                 ["Oppfølging av barnefamiliar, ungdom og innvandrarar", ""],
                 ["Sikring av sårbare overgangar", "X"]], header=True)
    doc.add_heading("Del 6 – Samarbeid", level=2)
    _table(doc, [["", "Ja", "Nei"], ["Ønskjer de å delta i nettverk/klyngesamarbeid?", "X", ""],
                 ["Ønskjer de ekstern prosessevaluering?", "", "X"]], header=True)
    doc.add_heading("Del 7 – Underskrift", level=2)
    _ink_table(doc, [("Volda, 29.01.2020", "Kjetil Furset", "Nav-leiar"),
                     ("Volda, 30.01.2020", "Marit Vik Bjørdal", "Assisterande kommunedirektør")], "n07ink")
    save_doc(doc, out)
    return truth("n07", "docx", "docx-form", lang="nn", scheme=S20, office=("Nav Volda", "Volda", org),
                 contact=("Eldbjørg Rusten", "eldbjorg.rusten@nav.no", "70058700"),
                 project=("Med fotfeste i arbeidslivet", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Kjetil Furset", "Nav-leiar", "2020-01-29", "handwritten"),
                       ("municipality", "Marit Vik Bjørdal", "Assisterande kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["near-miss: two position lines 60 % + 40 % = 100 % at exactly 610 000; 'Sum stillingar' is a sum row",
                        "near-miss: municipal signer is the assisterande kommunedirektør (municipal leadership)",
                        "areas and Ja/Nei marked with a plain 'X' in a table column"])


# ------------------------------------------------------------------ n15 not-application: budget revision
def n15(out: Path):
    doc = new_doc("Calibri", 11, "Budsjettrevisjon")
    doc.add_paragraph("Nav Fredrikstad").runs[0].bold = True
    doc.add_paragraph("Statsforvalteren i Oslo og Viken\nv/ seniorrådgiver sosiale tjenester")
    doc.add_paragraph("Fredrikstad, 14.09.2020")
    doc.add_paragraph("Søknad om budsjettrevisjon – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"
                      ).runs[0].bold = True
    doc.add_paragraph("Vi viser til tilsagnsbrev av 12.05.2020 (deres ref. 2020/4471), der Nav Fredrikstad ble tildelt "
                      "610 000 kroner til prosjektet «Ny start Fredrikstad» (100 % stilling). På grunn av sen "
                      "rekruttering var stillingen ubesatt fra mars til juni. Vi ber derfor om å få omdisponere deler av "
                      "tilskuddet som vist i tabellen, innenfor samme prosjekt og samme tilsagnsbeløp.")
    _table(doc, [["Post", "Opprinnelig budsjett", "Revidert budsjett"],
                 ["Lønn og sosiale kostnader (100 %)", "600 000", "480 000"],
                 ["Kompetanse", "10 000", "10 000"],
                 ["Kurs for deltakere", "0", "120 000"],
                 ["Sum", "610 000", "610 000"]], header=True)
    doc.add_paragraph("Kontaktperson: Nina Eriksen, nina.eriksen@nav.no, 918 77 203.")
    _ink_table(doc, [("14.09.2020", "Rolf Andresen", "Nav-leder"), ("15.09.2020", "Tove Pettersen", "Kommunalsjef")],
               "n15ink")
    save_doc(doc, out)
    t = truth("n15", "docx", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
              score_fields=False, notes=["a request to revise the budget of an approved 2020 grant (tilsagn), "
                                         "headed 'Søknad om budsjettrevisjon', signed like an application"])
    return t


# ------------------------------------------------------------------ n17 bad-input: document.xml cut short
def n17(out: Path):
    doc = new_doc("Calibri", 11, "Søknad")
    doc.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    doc.add_paragraph("Nav Rakkestad – prosjekt «Sammen i arbeid»")
    tmp = out.with_suffix(".tmp.docx")
    save_doc(doc, tmp)
    with zipfile.ZipFile(tmp) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp.unlink()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "word/document.xml":
                data = data[: len(data) // 2]
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return truth("n17", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["valid zip, but word/document.xml is cut off in the middle (sync conflict)"])


# ------------------------------------------------------------------ n18 docx-letter nn: no project title
def n18(out: Path):
    org = orgnr("96400831")
    doc = new_doc("Georgia", 11, "Søknad")
    doc.add_paragraph("Nav Ål\nTorget 3, 3570 Ål")
    doc.add_paragraph("Statsforvaltaren i Oslo og Viken\nPostboks 325\n1502 Moss")
    doc.add_paragraph("Ål, 24. januar 2020")
    doc.add_paragraph("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020").runs[0].bold = True
    doc.add_paragraph(f"Nav Ål (org.nr. {spaced(org)}) søkjer med dette om tilskot for 2020. Vi ønskjer å styrkje "
                      "oppfølginga av unge mottakarar av sosialhjelp i Ål kommune, særleg i overgangen frå vidaregåande "
                      "skule til arbeid eller vidare utdanning, der mange i dag fell ut.")
    doc.add_paragraph("Prosjektet er nytt og skal starte 1. mars 2020. Vi søkjer om midlar til ei stilling (100 %) som "
                      "ungdomsrettleiar. Løn og sosiale kostnader utgjer 600 000 kroner. I tillegg søkjer vi om 10 000 "
                      "kroner til kompetanseheving, slik at samla søknadssum blir 610 000 kroner.")
    doc.add_paragraph("Ungdomsrettleiaren skal arbeide tett med oppfølgingstenesta i fylkeskommunen og med lokale "
                      "arbeidsgjevarar, og følgje kvar ungdom gjennom heile overgangen. Målgruppa er ungdom mellom 17 og "
                      "25 år.")
    doc.add_paragraph("Nav Ål er interessert i nettverkssamarbeid med andre kontor, og vi ønskjer gjerne ekstern "
                      "prosessevaluering.")
    doc.add_paragraph("Kontaktperson for søknaden er Sigrid Kvisler, tlf. 32 08 54 00, e-post sigrid.kvisler@nav.no.")
    doc.add_paragraph("Med helsing")
    _ink_table(doc, [("Ål, 24.01.2020", "Torbjørn Haugen", "Nav-leiar"),
                     ("Ål, 27.01.2020", "Ragnhild Bøe", "Kommunedirektør")], "n18ink")
    save_doc(doc, out)
    return truth("n18", "docx", "docx-letter", lang="nn", scheme=S20, office=("Nav Ål", "Ål", org),
                 contact=("Sigrid Kvisler", "sigrid.kvisler@nav.no", "32085400"), project=(None, "new", "2020-03-01"),
                 pct=100, amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Torbjørn Haugen", "Nav-leiar", "2020-01-24", "handwritten"),
                       ("municipality", "Ragnhild Bøe", "Kommunedirektør", "2020-01-27", "handwritten")],
                 expected=["TITLE_MISSING"],
                 notes=["defect: the letter never names the project; its subject line is the grant's name, not a title",
                        "areas argued in prose: youth (ungdom) and the transition from school to work"])
