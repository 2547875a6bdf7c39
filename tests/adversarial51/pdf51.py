"""Corpus 51's reportlab documents: reports, letters, a printed e-mail, applications behind covers, a scan."""
from __future__ import annotations

import io
from pathlib import Path

from kit51 import S20, Flow, orgnr, scan_pdf, spaced, truth


# ------------------------------------------------------------ tg01 status report on last year's grant (nb)
def tg01(out: Path):
    p = Flow(str(out), "DVS", "DVSB", 10.5)
    p.footer = "NAV Halden · Postadresse: Postboks 2090, 1760 Halden · Org.nr. " + spaced(orgnr("97458123"))
    p.para("NAV Halden", bold=True, size=15, gap=2)
    p.para("Halden kommune", gap=18)
    p.para("Fylkesmannen i Oslo og Viken", gap=0)
    p.para("v/ sosial- og barnevernavdelingen", gap=14)
    p.para("Vår dato: 15.01.2020          Vår ref.: 19/1187-4", size=9, gap=16)
    p.para("STATUSRAPPORT PER 31.12.2019", bold=True, size=13, gap=2)
    p.para("Tilskudd til utvikling av sosiale tjenester i NAV-kontoret – tilskuddsåret 2019", bold=True, gap=10)
    p.para("Vi viser til tilsagnsbrev av 14.05.2019, der NAV Halden fikk innvilget kr 610 000 til prosjektet "
           "«Jobbspor Halden». Etter vilkårene i tilsagnsbrevet skal det sendes en statusrapport per 31.12. "
           "Her følger rapporten.", gap=10)
    for label, value in [("Prosjektnavn", "Jobbspor Halden"), ("Tilsagnsbeløp 2019", "kr 610 000"),
                         ("Stillinger finansiert", "1 stilling (100 %), tilsatt fra 01.06.2019"),
                         ("Forbruk per 31.12.2019", "kr 402 300"),
                         ("Ubrukte midler", "kr 207 700 – søkes overført, jf. eget brev"),
                         ("Kontaktperson", "Lise Mørk, lise.mork@nav.no, 69 17 44 00")]:
        p.row(label, value, x2=210, rule=True)
    p.para("Måloppnåelse", bold=True, gap=2)
    p.para("Prosjektet har fulgt opp 23 deltakere mellom 18 og 30 år. Ni av dem er i ordinært arbeid, fire i "
           "utdanning. Samarbeidet med lokale arbeidsgivere er styrket gjennom faste møtepunkter.", gap=8)
    p.para("Videre plan", bold=True, gap=2)
    p.para("NAV Halden vil sende søknad om videreføring for 2020 innen fristen 1. februar 2020. Sluttrapport "
           "for 2019 ettersendes når regnskapet er avsluttet.", gap=18)
    p.para("Med vennlig hilsen", gap=4)
    p.ink("tg01a", p.m, p.y - 40)
    p.y -= 50
    p.para("Geir Arne Lund", gap=0)
    p.para("NAV-leder", gap=0)
    p.save()
    return truth("tg01", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["STATUSRAPPORT per 31.12.2019 on last year's grant, same office family, "
                                            "mentions the coming application; ink by the NAV leader"])


# ------------------------------------------------------------ tg04 rejection letter from the county (nn)
def tg04(out: Path):
    p = Flow(str(out), "LS", "LSB", 10.5)
    p.para("Fylkesmannen i Vestland", bold=True, size=14, gap=16)
    p.para("Nav Bremanger", gap=0)
    p.para("Postboks 104", gap=0)
    p.para("6721 Svelgen", gap=14)
    p.para("Dykkar ref.: 20/88     Vår ref.: 2020/1432     Dato: 04.06.2020", size=9, gap=12)
    p.para("Svar på søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – avslag", bold=True, size=12, gap=10)
    p.para("Vi viser til søknaden frå Nav Bremanger, datert 28.01.2020, om 610 000 kroner til ei stilling (100 %) i "
           "prosjektet «Arbeid først Bremanger».", gap=6)
    p.para("Vedtak", bold=True, gap=2)
    p.para("Arbeids- og velferdsdirektoratet har gått gjennom alle søknadene i fylket. Søknaden frå Nav Bremanger "
           "er ikkje innvilga. Grunngjevinga er at prosjektet i hovudsak skildrar auka kapasitet i oppfølginga, og "
           "at det ikkje er synleg korleis tiltaket skal utvikle tenesta. Søknadsbunken var i år større enn ramma "
           "for tilskotsordninga.", gap=6)
    p.para("Klagerett", bold=True, gap=2)
    p.para("De kan klage på vedtaket innan tre veker etter at de har fått dette brevet, jf. forvaltningslova § 28. "
           "Klaga skal sendast til Fylkesmannen i Vestland.", gap=12)
    p.para("Med helsing", gap=10)
    p.para("Ingrid Hope Vik", gap=0)
    p.para("seniorrådgjevar", gap=10)
    p.para("Dokumentet er elektronisk godkjent", size=9, gap=0)
    p.para("Kopi til: Bremanger kommune v/ kommunedirektøren", size=9)
    p.save()
    return truth("tg04", "pdf", "not-application", lang="nn", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["the county's REJECTION (avslag) of last year's-style application, "
                                            "quoting amount, position and project; electronically approved"])


# ------------------------------------------------------------ tg05 forwarding e-mail printed, nothing attached (nb)
def _mail_header(p: Flow, who, rows):
    p.para(who, bold=True, size=12, gap=0)
    p.c.setLineWidth(1.5)
    p.c.line(p.m, p.y + 2, p.W - p.m, p.y + 2)
    p.y -= 12
    for k, v in rows:
        p.row(k, v, x2=p.m + 70)
    p.y -= 6


def tg05(out: Path):
    p = Flow(str(out), "LS", "LSB", 10)
    _mail_header(p, "Kari Nordby", [("Fra:", "Kari Nordby"), ("Sendt:", "fredag 31. januar 2020 14:12"),
                                    ("Til:", "FMOV Postmottak"),
                                    ("Emne:", "Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020 "
                                              "– NAV Lier")])
    for line in ["Hei,", "", "Vedlagt oversendes søknad fra NAV Lier om tilskudd til utvikling av sosiale tjenester "
                 "i NAV-kontoret for 2020. Søknaden er signert av NAV-leder og kommunalsjef for helse og velferd.", "",
                 "Vi søker om kr 610 000 til en 100 % stilling i prosjektet «Lier i lag».", "",
                 "Med vennlig hilsen", "Kari Nordby", "Rådgiver, NAV Lier", "Tlf. 32 22 01 50"]:
        p.para(line, gap=0)
    p.y -= 14
    _mail_header(p, "FMOV Postmottak", [("Fra:", "FMOV Postmottak"), ("Sendt:", "mandag 3. februar 2020 08:47"),
                                        ("Til:", "Kari Nordby"),
                                        ("Emne:", "SV: Søknad om tilskudd til utvikling av sosiale tjenester i "
                                                  "NAV-kontoret 2020 – NAV Lier")])
    for line in ["Hei,", "", "Vi har mottatt e-posten, men kan ikke se at søknaden var vedlagt. Kan dere sende den på "
                 "nytt i dag? Søknader som kom inn før fristen og ettersendes raskt, blir behandlet.", "",
                 "Vennlig hilsen", "Postmottaket, Fylkesmannen i Oslo og Viken"]:
        p.para(line, gap=0)
    p.save()
    return truth("tg05", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["Outlook print of a forwarding e-mail and the county's reply that "
                                            "nothing was attached; names project, amount and position"])


# ------------------------------------------------------------ an application form drawn with reportlab
def _form(p: Flow, rows, areas, interest, approvals_or_ink, heading, intro=None, part="Del"):
    p.para(heading, bold=True, size=13, gap=4)
    if intro:
        p.para(intro, size=9, gap=8)
    for sec, items in rows:
        p.para(sec, bold=True, gap=3)
        for k, v in items:
            p.row(k, v, x2=235, bold_label=False, rule=True)
        p.y -= 4
    p.para(f"{part} 4 Prioriterte område", bold=True, gap=3)
    for box, text in areas:
        p.para(f"{box}  {text}", gap=1)
    p.y -= 6
    p.para(f"{part} 5 Interesse", bold=True, gap=3)
    for q, a in interest:
        p.row(q, a, x2=380, bold_label=False)
    p.y -= 6
    approvals_or_ink(p)


def tg14(out: Path):
    p = Flow(str(out), "LS", "LSB", 10)
    _mail_header(p, "Ola Grinaker", [("Fra:", "Ola Grinaker"), ("Sendt:", "torsdag 30. januar 2020 10:03"),
                                     ("Til:", "FMIN Postmottak"), ("Emne:", "Søknad fra NAV Lunner"),
                                     ("Vedlegg:", "Soknad_NAV_Lunner_2020.pdf")])
    for line in ["Hei!", "", "Vedlagt følger søknaden fra NAV Lunner. Den er godkjent elektronisk i vårt saks- og "
                 "arkivsystem, derfor er det ingen håndskrevne signaturer.", "", "Hilsen Ola"]:
        p.para(line, gap=0)
    p.page()
    org = orgnr("97489901")

    def approvals(p):
        p.para("6 Godkjenning", bold=True, gap=3)
        p.row("NAV-leder", "Anne Lise Hval – godkjent 29.01.2020", x2=200)
        p.row("Kommunedirektør", "Tor Ivar Fyksen – godkjent 30.01.2020", x2=200)
        p.para("Dokumentet er elektronisk godkjent og har derfor ikke håndskrevne signaturer.", size=9)

    _form(p, [("1 Søker", [("NAV-kontor", "NAV Lunner"), ("Kommune", "Lunner"), ("Organisasjonsnummer", spaced(org)),
                           ("Kontaktperson", "Ola Grinaker, tlf. 913 45 678")]),
              ("2 Prosjektet", [("Prosjektets navn", "Unge Lunner i arbeid"), ("Nytt eller videreført", "Nytt prosjekt"),
                                ("Planlagt oppstart", "01.04.2020"),
                                ("Kort beskrivelse", "Tett oppfølging av unge sosialhjelpsmottakere ut i ordinære "
                                 "jobber hos lokale arbeidsgivere, med arbeidsgiverkontakt og jobbspesialist.")]),
              ("3 Budsjett", [("Stilling", "70 %"), ("Lønn og sosiale kostnader", "kr 427 000"),
                              ("Kompetansemidler", "–"), ("Sum omsøkt", "kr 427 000")])],
          [("[X]", "Bruk av ordinært arbeidsliv"), ("[ ]", "Oppfølging av barnefamilier, ungdom og innvandrere"),
           ("[ ]", "Sikring av sårbare overganger")],
          [("Ønsker NAV-kontoret å delta i nettverk/klynge?", "Ja"),
           ("Ønsker NAV-kontoret ekstern prosessevaluering?", "Nei")],
          approvals, "Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020", part="")
    p.save()
    return truth("tg14", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Lunner", "Lunner", org),
                 contact=("Ola Grinaker", None, "91345678"), project=("Unge Lunner i arbeid", "new", "2020-04-01"),
                 pct=70, amounts={"positions": 427000, "competence": None, "total": 427000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Anne Lise Hval", "NAV-leder", "2020-01-29", "electronic_approval"),
                       ("municipality", "Tor Ivar Fyksen", "Kommunedirektør", "2020-01-30", "electronic_approval")],
                 notes=["printed cover e-mail on page 1 (with an attachment line) in front of the application",
                        "near-miss: 70 % at exactly 427 000; phone-only contact; competence '–'"])


# ------------------------------------------------------------ tg16 application quoting last year's letter (nn)
def tg16(out: Path):
    p = Flow(str(out), "DV", "DVB", 10)
    org = orgnr("97420211")
    p.para("Nav Vinje", bold=True, size=14, gap=0)
    p.para("Vinje kommune · Org.nr. " + spaced(org), size=9, gap=14)

    def ink(p):
        p.para("Del 6 Underskrifter", bold=True, gap=6)
        p.para("Stad og dato: Åmot, 27.01.2020", gap=2)
        p.ink("tg16a", p.m, p.y - 38)
        p.y -= 44
        p.para("Torunn Haugen, Nav-leiar", gap=14)
        p.para("Stad og dato: ______________________", gap=24)
        p.para("______________________________", gap=0)
        p.para("Kommunedirektør", gap=0)

    _form(p, [("Del 1 Søkjar", [("Nav-kontor", "Nav Vinje"), ("Kommune", "Vinje"),
                                ("Kontaktperson", "Olav Bjåen, olav.bjaen@nav.no, 35 06 20 00")]),
              ("Del 2 Prosjektet", [("Namn på prosjektet", "Heilt i arbeid"), ("Søknaden gjeld", "Vidareføring, år 2"),
                                    ("Oppstart for dette året", "01.02.2020"),
                                    ("Tidlegare tilskot", "I tilsegnsbrev frå Fylkesmannen i Vestfold og Telemark av "
                                     "20.05.2019 fekk Nav Vinje 300 000 kroner til ei 50 % stilling. Vilkåra i brevet "
                                     "(rapport innan 1. mars) blir følgde.")]),
              ("Del 3 Budsjett 2020", [("Stilling", "60 % stilling"), ("Løn og sosiale kostnader", "366 000 kr"),
                                       ("Kompetanse", "5 000 kr"), ("Sum søkt", "371 000 kr")])],
          [("☐", "Bruk av ordinært arbeidsliv"), ("☒", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
           ("☐", "Sikring av sårbare overgangar")],
          [("Ønskjer kontoret å vere med i nettverk/klynge?", "Ja"),
           ("Ønskjer kontoret ekstern prosessevaluering?", "Ja")],
          ink, "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020")
    p.save()
    return truth("tg16", "pdf", "pdf-text", lang="nn", scheme=S20, office=("Nav Vinje", "Vinje", org),
                 contact=("Olav Bjåen", "olav.bjaen@nav.no", "35062000"),
                 project=("Heilt i arbeid", "continuation", "2020-02-01"), pct=60,
                 amounts={"positions": 366000, "competence": 5000, "total": 371000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Torunn Haugen", "Nav-leiar", "2020-01-27", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["quotes last year's grant letter (300 000 for 50 %) inside the form",
                        "defect: the municipal block has an empty line, no name, no ink"])


# ------------------------------------------------------------ tg17 scanned application with a pilot-status section
def tg17(out: Path):
    buf = io.BytesIO()
    p = Flow(buf, "DV", "DVB", 10.5)
    org = orgnr("96433211")

    def ink(p):
        p.para("Underskrift", bold=True, gap=6)
        y = p.y
        p.c.setFont(p.f, 10)
        p.c.drawString(p.m, y, "Prestfoss, 24.01.2020")
        p.c.drawString(310, y, "Prestfoss, 24.01.2020")
        p.ink("tg17a", p.m, y - 48)
        p.ink("tg17b", 310, y - 48)
        p.c.line(p.m, y - 50, p.m + 200, y - 50)
        p.c.line(310, y - 50, 510, y - 50)
        p.c.drawString(p.m, y - 63, "Hanne Skinnes, leder NAV Sigdal")
        p.c.drawString(310, y - 63, "Per Olav Brenden, rådmann")
        p.y = y - 80

    _form(p, [("1. Søker", [("NAV-kontor", "NAV Sigdal"), ("Kommune", "Sigdal"), ("Org.nr.", spaced(org)),
                            ("Kontaktperson", "Hanne Skinnes"), ("E-post", "hanne.skinnes@nav.no"),
                            ("Telefon", "32 71 23 00")]),
              ("2. Prosjekt", [("Prosjektnavn", "Fra forprosjekt til fast praksis"), ("Type", "Nytt prosjekt"),
                               ("Oppstart", "01.03.2020"),
                               ("Status fra forprosjektet 2019", "Forprosjektet ble finansiert av kommunen selv "
                                "(kr 120 000). Vi kartla overgangen fra videregående skole for 14 ungdommer.")]),
              ("3. Budsjett", [("Stillingsandel", "50 %"), ("Lønn inkl. sosiale utgifter", "305 000"),
                               ("Kompetanse", "10 000"), ("Totalt", "315 000")])],
          [("[ ]", "Bruk av ordinært arbeidsliv"), ("[ ]", "Oppfølging av barnefamilier, ungdom og innvandrere"),
           ("[X]", "Sikring av sårbare overganger")],
          [("Nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Ja")],
          ink, "Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020")
    p.save()
    scan_pdf(buf.getvalue(), out, 17)
    return truth("tg17", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Sigdal", "Sigdal", org),
                 contact=("Hanne Skinnes", "hanne.skinnes@nav.no", "32712300"),
                 project=("Fra forprosjekt til fast praksis", "new", "2020-03-01"), pct=50,
                 amounts={"positions": 305000, "competence": 10000, "total": 315000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Hanne Skinnes", "leder NAV Sigdal", "2020-01-24", "handwritten"),
                       ("municipality", "Per Olav Brenden", "rådmann", "2020-01-24", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["200 dpi grey scan, JPEG; a status section on a self-funded 2019 pilot (120 000) inside",
                        "near-miss: 50 % at exactly 305 000, competence exactly 10 000; the leader is also the contact"])


# ------------------------------------------------------------ tg08 truncated upload of an application
def tg08(out: Path):
    buf = io.BytesIO()
    tg17_like = Flow(buf, "LS", "LSB", 10)
    p = tg17_like
    p.para("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020", bold=True, size=13)
    for k, v in [("NAV-kontor", "NAV Nesodden"), ("Kommune", "Nesodden"), ("Prosjekt", "Tett på"),
                 ("Stilling", "100 %"), ("Omsøkt beløp", "kr 610 000")]:
        p.row(k, v, rule=True)
    for i in range(40):
        p.para(f"{i + 1}. Prosjektbeskrivelse fortsetter med tiltak, målgruppe og forankring i kommunen. " * 2)
    p.para("NAV-leder ____________   Kommunedirektør ____________")
    p.save()
    data = buf.getvalue()
    out.write_bytes(data[: int(len(data) * 0.62)])
    return truth("tg08", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["an upload that broke off: the first 62 % of a 3-page PDF, no xref, no %%EOF"])
