"""Documents of corpus 74 (tester74): the facts, the signature blocks and the truth of each application.
Each builder writes one file and returns its truth."""
from __future__ import annotations

import io
from pathlib import Path

from kit74 import (AREAS, DESC, S20, Page, acroform_doc, add_ink, docx_checks, docx_grid, docx_head,
                   docx_side_by_side, docx_table, fact_truth, ink_reader, new_doc, orgnr, pades_doc, pades_sign,
                   pdf_form, pdf_grid, pdf_receipt, save_doc, scan_pdf, soffice_pdf, truth, tz_dt)

OA, BUI, SO = AREAS


def F(lang, office, muni, base8, contact, email, phone, title, kind, start, pct, pos, comp, areas, net, eva,
      desc, **shown):
    """A fact sheet: truth values plus how the document shows them (``shown`` overrides the defaults)."""
    org = orgnr(base8)
    d, m, y = start[8:], start[5:7], start[:4]
    kind_shown = {"new": "Nytt prosjekt",
                  "continuation": "Videreføring, år 2" if lang == "nb" else "Vidareføring, år 2"}[kind]
    f = dict(office=office, muni=muni, org=org, contact=contact, email=email, phone=phone, title=title, kind=kind,
             start=start, pct=pct, pos=pos, comp=comp, total=pos + comp, areas=areas, net=net, eva=eva, desc=desc,
             office_shown=office, muni_shown=muni, org_shown=f"{org[:3]} {org[3:6]} {org[6:]}",
             email_shown=email, phone_shown=f"{phone[:2]} {phone[2:4]} {phone[4:6]} {phone[6:]}",
             kind_shown=kind_shown, start_shown=f"{d}.{m}.{y}", pct_shown=f"{pct} %",
             pos_shown=f"kr {pos:,}".replace(",", " "), comp_shown=f"kr {comp:,}".replace(",", " "),
             total_shown=f"kr {pos + comp:,}".replace(",", " "))
    f.update(shown)
    return f




# ---------------------------------------------------------------- sg01 docx-form nb: signing grid, deadline day
def sg01(out: Path):
    f = F("nb", "Nav Kongsvinger", "Kongsvinger", "99815142", "Ingvild Aasen", "ingvild.aasen@nav.no", "62885000",
          "Jobbspor Kongsvinger", "new", "2020-04-01", 100, 600000, 10000, [OA], True, False, DESC["work"],
          office_shown="NAV Kongsvinger", email_shown="Ingvild.Aasen@nav.no")
    doc = docx_head("nb", "Arial", "Sendes Statsforvalteren i Innlandet innen 1. februar 2020.")
    docx_table(doc, f, "nb")
    docx_checks(doc, f, "nb")
    doc.add_paragraph("Underskrifter").runs[0].bold = True
    docx_grid(doc, ["Rolle", "Navn", "Dato", "Signatur"],
              [("Leder NAV Kongsvinger", "Morten Bråten", "28.01.2020", "sg01a"),
               ("Kommunedirektør", "Hanne Kjus", "01.02.2020", "sg01b")])
    save_doc(doc, out)
    return fact_truth("sg01", "docx", "docx-form", "nb", f,
                      [("nav_leader", "Morten Bråten", "Leder NAV Kongsvinger", "2020-01-28", "handwritten"),
                       ("municipality", "Hanne Kjus", "Kommunedirektør", "2020-02-01", "handwritten")],
                      notes=["near-miss: signing grid (role|name|date|ink per row); kommunedirektør signs on the "
                             "deadline day; 100 % with 600 000 + 10 000"])


# ---------------------------------------------------------------- sg02 docx-form nn: three signers, one is project lead
def sg02(out: Path):
    f = F("nn", "Nav Sogndal", "Sogndal", "93517784", "Eirin Hauge", "eirin.hauge@nav.no", "57629000",
          "Ung i arbeid Sogndal", "continuation", "2020-01-01", 50, 305000, 5000, [BUI], True, True,
          DESC["youth_nn"], pct_shown="50 % stilling")
    doc = docx_head("nn", "Cambria")
    docx_table(doc, f, "nn", shade="FFF2CC")
    docx_checks(doc, f, "nn")
    doc.add_paragraph("Underskrift – søknaden er forankra i leiinga i kommunen").runs[0].bold = True
    docx_grid(doc, ["Funksjon", "Namn", "Stad og dato", "Underskrift"],
              [("Prosjektleiar", "Eirin Hauge", "Sogndal 22.01.2020", "sg02p"),
               ("Nav-leiar", "Torbjørn Nes", "Sogndal 23.01.2020", "sg02a"),
               ("Kommunalsjef helse og velferd", "Gunn Rønneberg", "Sogndal 27.01.2020", "sg02b")])
    save_doc(doc, out)
    return fact_truth("sg02", "docx", "docx-form", "nn", f,
                      [("nav_leader", "Torbjørn Nes", "Nav-leiar", "2020-01-23", "handwritten"),
                       ("municipality", "Gunn Rønneberg", "Kommunalsjef helse og velferd", "2020-01-27",
                        "handwritten")],
                      notes=["near-miss: three-row signing grid, the first signer is the project lead (not a "
                             "required signature); 50 % at exactly 305 000"])


# ---------------------------------------------------------------- sg03 docx-controls nb: approved electronically
def sg03(out: Path):
    from docx.oxml import parse_xml
    from kit74 import _sdt_text
    f = F("nb", "Nav Elverum", "Elverum", "97254890", "Sindre Moen", "sindre.moen@nav.no", "62433000",
          "Sammen mot jobb", "new", "2020-03-01", 200, 1220000, 10000, [OA, SO], False, True, DESC["trans"],
          pct_shown="To stillinger à 100 %", pos_shown="1 220 000", comp_shown="10 000", total_shown="1 230 000")
    doc = docx_head("nb", "Calibri")
    docx_table(doc, f, "nb", mode="controls")
    docx_checks(doc, f, "nb", mode="controls")
    doc.add_paragraph("Godkjenning").runs[0].bold = True
    doc.add_paragraph("Søknaden er godkjent elektronisk i kommunens saksbehandlingssystem og har derfor ingen "
                      "signatur.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Godkjent av", "Stilling", "Dato"]):
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    for i, (n, s, d) in enumerate([("Kristin Sæther", "Nav-leder", "24.01.2020"),
                                   ("Ola Rustad", "Kommunedirektør", "27.01.2020")]):
        r = t.add_row().cells
        for j, v in enumerate((n, s, d)):
            r[j].paragraphs[0]._p.append(parse_xml(_sdt_text(f"godkj{i}{j}", v)))
    save_doc(doc, out)
    return fact_truth("sg03", "docx", "docx-controls", "nb", f,
                      [("nav_leader", "Kristin Sæther", "Nav-leder", "2020-01-24", "electronic_approval"),
                       ("municipality", "Ola Rustad", "Kommunedirektør", "2020-01-27", "electronic_approval")],
                      notes=["near-miss: 'godkjent elektronisk ... derfor ingen signatur' with approvers in content "
                             "controls; 200 % at exactly 1 220 000"])


# ---------------------------------------------------------------- sg04 docx-legacy-fields nn: acting leaders
def sg04(out: Path):
    from docx.oxml import parse_xml
    from kit74 import _ff_text
    f = F("nn", "Nav Voss", "Voss", "93290350", "Brita Lono", "brita.lono@nav.no", "56529000",
          "Vegen vidare", "new", "2020-05-01", 60, 366000, 8000, [SO], False, False, DESC["trans_nn"])
    doc = docx_head("nn", "Times New Roman")
    docx_table(doc, f, "nn", mode="legacy")
    docx_checks(doc, f, "nn", mode="legacy")
    doc.add_paragraph("Underskrift").runs[0].bold = True
    for i, (role, name, date, seed) in enumerate([("Fungerande Nav-leiar", "Ragnhild Lid", "29.01.2020", "sg04a"),
                                                  ("Konstituert kommunedirektør", "Knut Dyrvedal", "30.01.2020",
                                                   "sg04b")]):
        p = doc.add_paragraph(f"{role}:\t")
        for x in _ff_text(f"Namn{i}", name):
            p._p.append(parse_xml(x))
        p = doc.add_paragraph("Dato:\t")
        for x in _ff_text(f"Dato{i}", date):
            p._p.append(parse_xml(x))
        add_ink(doc.add_paragraph(), seed, 4.0)
        doc.add_paragraph("_" * 36)
    save_doc(doc, out)
    return fact_truth("sg04", "docx", "docx-legacy-fields", "nn", f,
                      [("nav_leader", "Ragnhild Lid", "Fungerande Nav-leiar", "2020-01-29", "handwritten"),
                       ("municipality", "Knut Dyrvedal", "Konstituert kommunedirektør", "2020-01-30",
                        "handwritten")],
                      notes=["near-miss: acting leaders (fungerande, konstituert), names and dates in FORMTEXT, "
                             "ink under; 60 % at exactly 366 000"])


# ---------------------------------------------------------------- sg05 docx-letter nb: side by side, stamp
def sg05(out: Path):
    doc = new_doc("Georgia", 11, "Søknad")
    doc.add_paragraph("NAV Ringsaker\nPostboks 120, 2381 Brumunddal\nOrg.nr. 900 169 760")
    doc.add_paragraph("Statsforvalteren i Innlandet\nv/ seksjon for velferd")
    doc.add_paragraph("Brumunddal, 24. januar 2020")
    doc.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – «Familieløftet»"
                      ).runs[0].bold = True
    for s in ["Nav Ringsaker søker med dette om tilskudd til et nytt prosjekt, Familieløftet, som skal starte "
              "1. juni 2020. Prosjektet retter seg mot barnefamilier med vedvarende lav inntekt og mot ungdom i "
              "familiene. Vi skal utvikle en helhetlig oppfølging der familien har én veileder som koordinerer "
              "Nav, skole, helsestasjon og barneverntjenesten.",
              "Vi søker om midler til én stilling på 80 prosent. Kontaktperson er Tone Hagen, e-post "
              "tone.hagen@nav.no, telefon 62 33 85 00.",
              "Kontoret ønsker å delta i nettverk eller klyngesamarbeid med andre kontor. Vi ønsker ikke ekstern "
              "prosessevaluering i år, fordi vi har avtale med høgskolen om følgeforskning."]:
        doc.add_paragraph(s)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, v in [("Budsjett 2020", "Beløp"), ("Lønn og sosiale kostnader, 80 % stilling", "480 000"),
                 ("Kompetansemidler", "8 000"), ("Sum omsøkt", "488 000")]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, v
    doc.add_paragraph()
    doc.add_paragraph("Med vennlig hilsen")
    docx_side_by_side(doc, [[("ink", "sg05a"), ("text", "Arne Ødegård"), ("text", "leder Nav Ringsaker")],
                            [("ink+stamp", ("sg05b", ["RINGSAKER", "KOMMUNE"])), ("text", "Anne Lise Bakken"),
                             ("text", "kommunalsjef helse og velferd")]])
    save_doc(doc, out)
    return truth("sg05", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Ringsaker", "Ringsaker", "900169760"),
                 contact=("Tone Hagen", "tone.hagen@nav.no", "62338500"),
                 project=("Familieløftet", "new", "2020-06-01"), pct=80,
                 amounts={"positions": 480000, "competence": 8000, "total": 488000},
                 prio=[BUI], interest=(True, False),
                 sigs=[("nav_leader", "Arne Ødegård", "Leder Nav Ringsaker", "2020-01-24", "handwritten"),
                       ("municipality", "Anne Lise Bakken", "Kommunalsjef helse og velferd", "2020-01-24",
                        "handwritten")],
                 notes=["near-miss: letter, two signers side by side in a borderless table, the municipal ink has "
                        "the municipality's round stamp beside it; 80 % at 480 000 (cap 488 000); signature date "
                        "= letter date"])



# ---------------------------------------------------------------- sg06 docx-letter nn: konstituert rådmann signs late
def sg06(out: Path):
    doc = new_doc("Calibri", 11, "Søknad")
    doc.add_paragraph("Nav Stord").runs[0].bold = True
    doc.add_paragraph("Statsforvaltaren i Vestland")
    doc.add_paragraph("Leirvik, 29. januar 2020")
    doc.add_paragraph("Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret for 2020").runs[0].bold = True
    for s in ["Nav Stord (organisasjonsnummer 992 342 366) søkjer om tilskot til prosjektet «Arbeid først Stord». "
              "Prosjektet er nytt og startar 1. april 2020. Kontaktperson er Solveig Vik, solveig.vik@nav.no, "
              "tlf. 53 45 67 00.",
              "Vi søkjer om løn til ei stilling (100 %). Prosjektet skal nytte ordinære arbeidsplassar i "
              "kommunen aktivt: rettleiaren byggjer opp eit nettverk av arbeidsgjevarar som tek imot deltakarar "
              "med lite arbeidserfaring, og følgjer både deltakar og arbeidsgjevar tett.",
              "Budsjett: løn og sosiale kostnader 590 000 kroner, kompetansemidlar 10 000 kroner, til saman "
              "600 000 kroner.",
              "Vi er interesserte i nettverk og klyngesamarbeid og i ekstern prosessevaluering."]:
        doc.add_paragraph(s)
    doc.add_paragraph("Med helsing")
    add_ink(doc.add_paragraph(), "sg06a", 4.0)
    doc.add_paragraph("Jorunn Tveit\nNav-leiar")
    doc.add_paragraph()
    doc.add_paragraph("Godkjent for Stord kommune:")
    doc.add_paragraph("Stord, 03.02.2020")
    add_ink(doc.add_paragraph(), "sg06b", 4.0)
    doc.add_paragraph("Geir Sæle\nkonstituert rådmann")
    save_doc(doc, out)
    return truth("sg06", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Stord", "Stord", "992342366"), contact=("Solveig Vik", "solveig.vik@nav.no", "53456700"),
                 project=("Arbeid først Stord", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=[OA], interest=(True, True),
                 sigs=[("nav_leader", "Jorunn Tveit", "Nav-leiar", "2020-01-29", "handwritten"),
                       ("municipality", "Geir Sæle", "Konstituert rådmann", "2020-02-03", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"],
                 notes=["defect: the acting rådmann signs 03.02.2020, after the deadline; the letter is dated "
                        "29 January"])


# ---------------------------------------------------------------- sg07 pdf-text nb: e-signing receipt page behind
def sg07(out: Path):
    f = F("nb", "Nav Sandnes", "Sandnes", "92292677", "Kjetil Ravndal", "kjetil.ravndal@nav.no", "51977000",
          "Inn på arbeidsplassen", "new", "2020-03-01", 150, 900000, 10000, [OA, BUI], True, True, DESC["work"],
          pct_shown="1,5 årsverk", pos_shown="900 000 kr", comp_shown="10 000 kr", total_shown="910 000 kr")
    p = Page(str(out), "LS", "LSB", 10)
    pdf_form(p, f, "nb", x2=240)
    p.text("Signaturer", bold=True)
    for role, name in [("Nav-leder", "Vibeke Skjæveland"), ("Kommunedirektør", "Per Inge Tjelta")]:
        p.pair(role + ":", f"{name} – signert elektronisk, se signeringsbevis side 2", x2=160)
    pdf_receipt(p, "Signeringsbevis", [
        "Dokument: Søknad tilskudd sosiale tjenester 2020 – Nav Sandnes.pdf",
        "Oppdrag: 4471-2020-0127-SND      Opprettet: 27.01.2020 08:52      Status: Fullført",
        "Signeringstjeneste: Signicat (BankID)"],
        ["Navn", "Rolle", "Metode", "Signert"],
        [("Vibeke Skjæveland", "Nav-leder", "BankID", "27.01.2020 09:14"),
         ("Per Inge Tjelta", "Kommunedirektør", "BankID", "28.01.2020 15:02")],
        ["Alle signaturer er innhentet. Det originale dokumentet er forseglet og oppbevares hos tjenesten.",
         "Dette beviset er generert automatisk og skal følge dokumentet."])
    p.save()
    return fact_truth("sg07", "pdf", "pdf-text", "nb", f,
                      [("nav_leader", "Vibeke Skjæveland", "Nav-leder", "2020-01-27", "electronic_approval"),
                       ("municipality", "Per Inge Tjelta", "Kommunedirektør", "2020-01-28", "electronic_approval")],
                      notes=["near-miss: e-signing receipt page (BankID via a signing service) behind the form, no "
                             "PDF signature: kind electronic_approval (judgement call); 150 % at 900 000 < 915 000"])


# ---------------------------------------------------------------- sg08 pdf-text nn: receipt shows municipality pending
def sg08(out: Path):
    f = F("nn", "Nav Sunnfjord", "Sunnfjord", "96913207", "Håvard Fure", "havard.fure@nav.no", "57722000",
          "Saman om overgangane", "new", "2020-04-15", 100, 580000, 10000, [SO], True, False, DESC["trans_nn"],
          pct_shown="Ei stilling (100 %)")
    p = Page(str(out), "DV", "DVB", 9)
    pdf_form(p, f, "nn", x2=230)
    p.text("Signaturar", bold=True)
    p.text("Søknaden vert signert elektronisk via Posten signering. Kvittering ligg ved (side 2).")
    pdf_receipt(p, "Kvittering – signeringsoppdrag", [
        "Oppdrag: Søknad tilskot sosiale tenester 2020, Nav Sunnfjord",
        "Sendt av: Håvard Fure, 29.01.2020 11:40",
        "Teneste: Posten signering"],
        ["Underteiknar", "Rolle", "Status", "Tidspunkt"],
        [("Lars Ove Solheim", "Nav-leiar", "Signert (BankID)", "29.01.2020 13:05"),
         ("Marit Bjørlo", "Kommunedirektør", "Ventar på signering", "–")],
        ["Oppdraget er ikkje fullført: 1 av 2 underteiknarar har signert.",
         "Påminning vert send automatisk etter tre dagar."])
    p.save()
    return fact_truth("sg08", "pdf", "pdf-text", "nn", f,
                      [("nav_leader", "Lars Ove Solheim", "Nav-leiar", "2020-01-29", "electronic_approval")],
                      expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                      notes=["defect: the signing service's receipt shows the kommunedirektør still 'Ventar på "
                             "signering' (not signed)"])


# ---------------------------------------------------------------- sg09 pdf-handwritten nb: grid, deputy mayor
def sg09(out: Path):
    f = F("nb", "Nav Halden", "Halden", "97272340", "Rita Kolstad", "rita.kolstad@nav.no", "69177000",
          "Ungdomsløftet Halden", "continuation", "2020-01-01", 70, 427000, 10000, [BUI], False, True,
          DESC["youth"], pct_shown="70 % stilling", kind_shown="Videreføring (2. driftsår)")
    p = Page(str(out), "DVS", "DVSB", 10)
    pdf_form(p, f, "nb")
    p.text("Underskrift", bold=True)
    pdf_grid(p, ["Funksjon", "Navn", "Sted/dato", "Underskrift"],
             [("Leder Nav Halden", "Øystein Lund", "Halden 21.01.2020", "sg09a"),
              ("Varaordfører", "Linda Engen", "Halden 23.01.2020", "sg09b")], [120, 110, 110, 135])
    p.save()
    return fact_truth("sg09", "pdf", "pdf-handwritten", "nb", f,
                      [("nav_leader", "Øystein Lund", "Leder Nav Halden", "2020-01-21", "handwritten"),
                       ("municipality", "Linda Engen", "Varaordfører", "2020-01-23", "handwritten")],
                      notes=["near-miss: ruled signing grid with ink in the row; the municipality signs by its "
                             "deputy mayor (judgement call: political, not administrative leadership); 70 % at "
                             "exactly 427 000"])


# ---------------------------------------------------------------- sg10 pdf-handwritten nn: Nav leader signs both blocks
def sg10(out: Path):
    f = F("nn", "Nav Hitra", "Hitra", "94848452", "Siri Strand", "siri.strand@nav.no", "72441500",
          "Kysten arbeider", "new", "2020-03-01", 50, 300000, 5000, [OA], True, False, DESC["work_nn"])
    p = Page(str(out), "DV", "DVB", 10)
    pdf_form(p, f, "nn", boxes="box")
    p.need(160)
    y = p.y - 10
    for x, head in ((60, "For Nav Hitra"), (320, "For Hitra kommune")):
        p.c.setFont("DVB", 10)
        p.c.drawString(x, y, head)
        p.c.setFont("DV", 10)
        p.c.drawString(x, y - 16, "Fillan, 27.01.2020")
        p.c.drawImage(ink_reader("sg10a" if x == 60 else "sg10b"), x, y - 70, 150, 45, mask="auto")
        p.c.line(x, y - 72, x + 200, y - 72)
        p.c.drawString(x, y - 86, "Siri Strand, Nav-leiar")
    p.save()
    return fact_truth("sg10", "pdf", "pdf-handwritten", "nn", f,
                      [("nav_leader", "Siri Strand", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("nav_leader", "Siri Strand", "Nav-leiar", "2020-01-27", "handwritten")],
                      expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                      notes=["defect: the Nav leader signs both blocks, also 'For Hitra kommune'; no one from the "
                             "municipal leadership has signed. Both of her signatures are listed, as nav_leader "
                             "(judgement call: first truth listed only one)"])


# ---------------------------------------------------------------- sg11 pdf-acroform nb: acting Nav leader
def sg11(out: Path):
    f = F("nb", "Nav Porsgrunn", "Porsgrunn", "95139285", "Hilde Bratsberg", "hilde.bratsberg@nav.no", "35547000",
          "Veien inn", "new", "2020-02-17", 80, 488000, 10000, [OA, SO], False, False, DESC["trans"])
    acroform_doc(f, out, {"sig_sg11a": "Elin Tveit, konstituert Nav-leder", "dato_sg11a": "22.01.2020",
                          "sig_sg11b": "Rune Sætre, kommunalsjef for velferd", "dato_sg11b": "24.01.2020"},
                 ["Nytt", "17.02.2020", "80", "488000", "10000", "498000"], {"omr0", "omr2", "net_nei", "eva_nei"},
                 [(50, "Nav-leder", "sg11a"), (310, "Kommunens ledelse", "sg11b")])
    return fact_truth("sg11", "pdf", "pdf-acroform", "nb", f,
                      [("nav_leader", "Elin Tveit", "Konstituert Nav-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Rune Sætre", "Kommunalsjef for velferd", "2020-01-24", "handwritten")],
                      notes=["near-miss: AcroForm, ink drawn on the page, 'name, title' and date in text fields; "
                             "acting Nav leader; 80 % at exactly 488 000; 'Ja'/'Nei' as separate boxes, both Nei"])


# ---------------------------------------------------------------- sg12 pdf-from-office nb: Nav leader row left empty
def sg12(out: Path):
    f = F("nb", "Nav Gran", "Gran", "96351197", "Marte Lunde", "marte.lunde@nav.no", "61336000",
          "Hadeland i arbeid", "new", "2020-03-01", 100, 605000, 5000, [OA], True, True, DESC["work"])
    doc = docx_head("nb", "Liberation Serif")
    docx_table(doc, f, "nb", shade="EDEDED")
    docx_checks(doc, f, "nb")
    doc.add_paragraph("Signering").runs[0].bold = True
    docx_grid(doc, ["Rolle", "Navn", "Dato", "Signatur"],
              [("Prosjektleder", "Marte Lunde", "20.01.2020", "sg12p"), ("Nav-leder", "", "", None),
               ("Kommunedirektør", "Jon Sandvik", "24.01.2020", "sg12b")])
    src = out.with_suffix(".docx")
    save_doc(doc, src)
    soffice_pdf(src, out)
    src.unlink()
    return fact_truth("sg12", "pdf", "pdf-from-office", "nb", f,
                      [("municipality", "Jon Sandvik", "Kommunedirektør", "2020-01-24", "handwritten")],
                      expected=["SIGNATURE_NAV_LEADER_MISSING"],
                      notes=["defect: the Nav-leder row of the signing grid is empty; the project lead and the "
                             "kommunedirektør have signed"])


# ---------------------------------------------------------------- sg13 pdf-from-office nn: stamps, assisting director
def sg13(out: Path):
    f = F("nn", "Nav Ulstein", "Ulstein", "93294482", "Oddny Myklebust", "oddny.myklebust@nav.no", "70014500",
          "Familiar i rørsle", "new", "2020-08-01", 40, 244000, 6000, [BUI], False, True, DESC["youth_nn"])
    doc = docx_head("nn", "Liberation Sans")
    docx_table(doc, f, "nn")
    docx_checks(doc, f, "nn")
    doc.add_paragraph("Ulsteinvik, 28.01.2020")
    docx_side_by_side(doc, [[("ink+stamp", ("sg13a", ["NAV", "ULSTEIN"])), ("text", "Arnt Ove Hareide"),
                             ("text", "Nav-leiar")],
                            [("ink", "sg13b"), ("text", "Kristin Eiken"),
                             ("text", "Assisterande kommunedirektør")]], borderless=False)
    src = out.with_suffix(".docx")
    save_doc(doc, src)
    soffice_pdf(src, out)
    src.unlink()
    return fact_truth("sg13", "pdf", "pdf-from-office", "nn", f,
                      [("nav_leader", "Arnt Ove Hareide", "Nav-leiar", "2020-01-28", "handwritten"),
                       ("municipality", "Kristin Eiken", "Assisterande kommunedirektør", "2020-01-28", "handwritten")],
                      notes=["near-miss: side-by-side blocks, the office stamp beside the Nav leader's ink, one "
                             "place/date line for both; 40 % at exactly 244 000"])


# ---------------------------------------------------------------- sg14 pdf-scanned nn: grid on a 300 dpi scan
def sg14(out: Path):
    f = F("nn", "Nav Sunndal", "Sunndal", "90897147", "Gunnar Løset", "gunnar.loset@nav.no", "71699000",
          "Arbeid for alle i Sunndal", "new", "2020-04-01", 100, 600000, 10000, [OA, BUI], True, True,
          DESC["work_nn"])
    buf = io.BytesIO()
    p = Page(buf, "DVS", "DVSB", 10)
    pdf_form(p, f, "nn")
    p.text("Underskrifter", bold=True)
    pdf_grid(p, ["Rolle", "Namn og dato", "Underskrift"],
             [("Fungerande Nav-leiar", "Astrid Holten\n23.01.2020", "sg14a"),
              ("Kommunalsjef", "Per Kristian Rød\n24.01.2020", "sg14b")], [150, 160, 165], row_h=50)
    p.save()
    scan_pdf(buf.getvalue(), out, 14, angle=-0.6)
    return fact_truth("sg14", "pdf", "pdf-scanned", "nn", f,
                      [("nav_leader", "Astrid Holten", "Fungerande Nav-leiar", "2020-01-23", "handwritten"),
                       ("municipality", "Per Kristian Rød", "Kommunalsjef", "2020-01-24", "handwritten")],
                      optional=["LOW_CONFIDENCE"],
                      notes=["near-miss: 300 dpi scan, signing grid with name and date in one cell; acting Nav "
                             "leader; 600 000 + 10 000"])


# ---------------------------------------------------------------- sg15 pdf-pades nb: changed after signing
def sg15(out: Path):
    f = F("nb", "Nav Lier", "Lier", "91603267", "Camilla Engebretsen", "camilla.engebretsen@nav.no", "32228000",
          "Neste steg Lier", "new", "2020-03-01", 100, 550000, 10000, [SO], True, False,
          DESC["trans"] + " Vi regner med om lag 40 deltakere det første året.")
    data = pades_doc(f, "nb", [["Nav-leder", "Trond Aker", "Signert digitalt 22.01.2020"],
                                ["Konstituert kommunedirektør", "Bente Lysaker", "Signert digitalt 23.01.2020"]])
    data = pades_sign(data, [("Trond Aker", "Nav Lier", "NavLeder", (60, 120, 260, 160), tz_dt(2020, 1, 22)),
                             ("Bente Lysaker", "Lier kommune", "Kommune", (320, 120, 520, 160),
                              tz_dt(2020, 1, 23, 14))])
    assert data.count(b"40 deltakere") == 1
    out.write_bytes(data.replace(b"40 deltakere", b"60 deltakere"))
    f["desc"] = f["desc"].replace("40", "60")
    return fact_truth("sg15", "pdf", "pdf-pades", "nb", f,
                      [("nav_leader", "Trond Aker", "Nav-leder", "2020-01-22", "digital"),
                       ("municipality", "Bente Lysaker", "Konstituert kommunedirektør", "2020-01-23", "digital")],
                      expected=["DIGITAL_SIGNATURE_INVALID"],
                      notes=["defect: after both PAdES signatures a digit in the description was changed in the "
                             "signed bytes (40 → 60 deltakere): neither signature verifies"])


# ---------------------------------------------------------------- sg16 pdf-pades nn: two valid signatures, acting director
def sg16(out: Path):
    f = F("nn", "Nav Kinn", "Kinn", "98297284", "Eivind Solvik", "eivind.solvik@nav.no", "57756000",
          "Kinn-modellen for unge", "continuation", "2020-01-01", 200, 1200000, 10000, [BUI, SO], True, True,
          DESC["youth_nn"], pct_shown="To stillingar (200 %)")
    data = pades_doc(f, "nn", [["Nav-leiar Ingrid Vågen", "Digital signatur (PAdES)"],
                                ["Konstituert kommunedirektør", "Ståle Frøyen", "Digital signatur (PAdES)"]])
    data = pades_sign(data, [("Ingrid Vågen", "Nav Kinn", "NavLeiar", (60, 110, 260, 150), tz_dt(2020, 1, 28)),
                             ("Ståle Frøyen", "Kinn kommune", "Kommunedirektor", (320, 110, 520, 150),
                              tz_dt(2020, 1, 30, 15, 30))])
    out.write_bytes(data)
    return fact_truth("sg16", "pdf", "pdf-pades", "nn", f,
                      [("nav_leader", "Ingrid Vågen", "Nav-leiar", "2020-01-28", "digital"),
                       ("municipality", "Ståle Frøyen", "Konstituert kommunedirektør", "2020-01-30", "digital")],
                      notes=["near-miss: two incremental PAdES signatures, the second by an acting director; "
                             "200 % at 1 200 000 < 1 220 000; bytes differ between builds (RSA keys)"])


# ---------------------------------------------------------------- sg17 bad-input: a Word file cut short
def sg17(out: Path):
    f = F("nb", "Nav Nome", "Nome", "98478639", "Lise Bø", "lise.bo@nav.no", "35946000", "Nome jobber", "new",
          "2020-03-01", 100, 600000, 10000, [OA], True, True, DESC["work"])
    doc = docx_head("nb")
    docx_table(doc, f, "nb")
    docx_checks(doc, f, "nb")
    add_ink(doc.add_paragraph(), "sg17a", 4.0)
    buf = io.BytesIO()
    doc.save(buf)
    data = buf.getvalue()
    out.write_bytes(data[: len(data) * 2 // 5])
    return truth("sg17", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["a .docx cut off after 40 % of its bytes (zip directory missing)"])


# ---------------------------------------------------------------- sg18 not-application nb: grant letter with acceptance slip
def sg18(out: Path):
    p = Page(str(out), "LS", "LSB", 10)
    p.text("Statsforvalteren i Innlandet", bold=True, size=13)
    p.text("Nav Tynset, Postboks 24, 2501 Tynset                                   Vår dato: 12.05.2020")
    p.y -= 8
    p.text("Tilsagn om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, dy=22)
    p.wrap("Arbeids- og velferdsdirektoratet har innvilget søknaden fra Nav Tynset om tilskudd til prosjektet "
           "«Fjellet i arbeid». Nav Tynset får et tilskudd på 610 000 kroner til én stilling på 100 prosent. "
           "Midlene utbetales når akseptskjemaet under er signert av leder i Nav-kontoret og kommunens ledelse "
           "og returnert innen 1. juni 2020.", 100)
    p.wrap("Tilskuddet skal rapporteres på innen 1. mars 2021. Ubrukte midler skal betales tilbake.", 100)
    p.y -= 10
    p.text("Med hilsen   Kari Nymoen, seniorrådgiver", size=9)
    p.y -= 20
    p.text("AKSEPTSKJEMA – returneres Statsforvalteren", bold=True)
    p.wrap("Vi bekrefter å ha mottatt tilsagnet og aksepterer vilkårene for tilskuddet.", 100)
    p.y -= 10
    pdf_grid(p, ["For", "Navn og dato", "Underskrift"],
             [("Nav Tynset (leder)", "Ole Jørgen Haugen\n19.05.2020", "sg18a"),
              ("Tynset kommune (rådmann)", "Berit Moen\n20.05.2020", "sg18b")], [150, 160, 165])
    p.save()
    return truth("sg18", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["the county's grant letter (tilsagn) with an acceptance slip signed in a "
                                            "grid by the Nav leader and the rådmann"])
