"""Corpus 57's Word documents (forms, letters) and the two converted to PDF by LibreOffice."""
from __future__ import annotations

import tempfile
from pathlib import Path

from kit57 import S18, S19, S20, docx_form, docx_letter, orgnr, soffice_pdf, spaced, truth

X, O = "☒", "☐"


def sy01(out: Path):
    org = orgnr("97452170")
    docx_form(out, ["Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
                    "Sendes Fylkesmannen i Innlandet innen fristen."], [
        ("Opplysninger om søker",),
        ("Søkende Nav-kontor", "NAV Elverum"), ("Kommune", "Elverum kommune"), ("Org.nr.", spaced(org)),
        ("Kontaktperson", "Siri Haugen"), ("E-post", "Siri.Haugen@nav.no"), ("Telefon", "62 41 00 00"),
        ("Om prosjektet",),
        ("Prosjektnavn", "«Arbeid først Elverum»"),
        ("Søknaden gjelder", f"{X} Nytt prosjekt   {O} Videreføring"),
        ("Planlagt oppstart", "01.04.2020"),
        ("Stillinger", "1 stilling à 100 %"),
        ("Budsjett",),
        ("Lønn og sosiale kostnader", "kr 610 000,-"), ("Kompetansemidler", "kr 10 000,-"),
        ("Sum omsøkt", "kr 620 000,-"),
        ("Prioriterte områder",),
        ("Kryss av", f"{X} Bruk av ordinært arbeidsliv\n{O} Oppfølging av barnefamilier, ungdom og innvandrere\n"
                     f"{O} Sikring av sårbare overganger"),
        ("Nettverk / klyngesamarbeid", f"{X} Ja   {O} Nei"),
        ("Ekstern prosessevaluering", f"{O} Ja   {X} Nei")],
        [("Elverum, 01.02.2020", "sy01a", "Trond Rustad", "Leder NAV Elverum"),
         ("Elverum, 30.01.2020", "sy01b", "Hege Moen", "Kommunedirektør")],
        sig_head="Underskrift (OBS! Signatur fra Nav-leder og kommuneledelsen)")
    return truth("sy01", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Elverum", "Elverum", org),
                 contact=("Siri Haugen", "siri.haugen@nav.no", "62410000"),
                 project=("Arbeid først Elverum", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Trond Rustad", "Leder NAV Elverum", "2020-02-01", "handwritten"),
                       ("municipality", "Hege Moen", "Kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["near-miss: year only in the title; 610 000 for 100 % exactly at the cap; "
                        "Nav leader signed ON the deadline day 01.02.2020"])


def sy02(out: Path):
    org = orgnr("97460913")
    docx_form(out, ["Søknad om tilskot til utvikling av sosiale tenester i NAV-kontoret",
                    "Søknadsfrist: 1. februar 2019. Søknaden skal sendast Fylkesmannen i Sogn og Fjordane."], [
        ("Del 1 Søkjar",),
        ("Søkjar (NAV-kontor)", "NAV Førde"), ("Kommune", "Førde"), ("Organisasjonsnummer", org),
        ("Kontaktperson", "Ingunn Vik"), ("E-post", "ingunn.vik@nav.no"), ("Telefon", "57 82 13 00"),
        ("Del 2 Prosjektet",),
        ("Namn på prosjektet", "Ungdomslosen i Førde"),
        ("Nytt prosjekt eller vidareføring", "Vidareføring (2. år)"),
        ("Oppstart for perioden", "1. januar 2019"),
        ("Stillingar", "ei stilling (100 %)"),
        ("Del 3 Budsjett",),
        ("Løn og sosiale kostnader", "580 000"), ("Kompetanse", "10 000"), ("Sum", "590 000"),
        ("Del 4 Prioriterte område",),
        ("Område", f"{O} Bruk av ordinært arbeidsliv\n{X} Oppfølging av barnefamiliar, ungdom og innvandrarar\n"
                   f"{O} Sikring av sårbare overgangar")],
        [("Førde, 28. januar 2019", "sy02a", "Arne Solheim", "Nav-leiar"),
         ("Førde, 29. januar 2019", "sy02b", "Ragnhild Fure", "Rådmann")], font="Arial",
        footer="Skjema frå Arbeids- og velferdsdirektoratet, versjon desember 2018")
    return truth("sy02", "docx", "docx-form", lang="nn", scheme=S19, office=("Nav Førde", "Førde", org),
                 contact=("Ingunn Vik", "ingunn.vik@nav.no", "57821300"),
                 project=("Ungdomslosen i Førde", "continuation", "2019-01-01"), pct=100,
                 amounts={"positions": 580000, "competence": 10000, "total": 590000},
                 prio=["barnefamilier-ungdom-innvandrere"],
                 sigs=[("nav_leader", "Arne Solheim", "Nav-leiar", "2019-01-28", "handwritten"),
                       ("municipality", "Ragnhild Fure", "Rådmann", "2019-01-29", "handwritten")],
                 notes=["near-miss: 2019 scheme named only by the deadline line '1. februar 2019' (footer's "
                        "'desember 2018' is the template's version); Nynorsk month names; no interest questions"])


def sy03(out: Path):
    org = orgnr("97455236")
    docx_form(out, ["Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret"], [
        ("Nav-kontor", "NAV Halden"), ("Kommune", "Halden kommune"), ("Organisasjonsnummer", spaced(org)),
        ("Kontaktperson (navn, e-post, telefon)", "Jørgen Aas, jorgen.aas@nav.no, 69 17 20 00"),
        ("Prosjektets navn", "Overgang Halden"), ("Nytt/videreføring", "Nytt prosjekt"),
        ("Oppstart", "1.3.2020"), ("Stillingsprosent", "80 %"),
        ("Lønn inkl. sosiale kostnader", "500 000"), ("Kompetanse", "10 000"), ("Totalt omsøkt", "510 000"),
        ("Prioritert område", "Sikring av sårbare overganger – unge som avslutter videregående opplæring "
                              "og personer som løslates fra Halden fengsel"),
        ("Ønsker dere å delta i nettverk/klyngesamarbeid?", "Ja"),
        ("Ønsker dere ekstern prosessevaluering?", "Ja")],
        [("Halden 24.01.2020", "sy03a", "Lise Berg", "Nav-leder"),
         ("Halden 27.01.2020", "sy03b", "Roger Hansen", "Rådmann")],
        intro="Søknaden gjelder tilskuddsåret 2020, jf. utlysning fra Arbeids- og velferdsdirektoratet "
              "av 16. desember 2019 og rundskriv fra Fylkesmannen i Oslo og Viken.", font="Verdana")
    return truth("sy03", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Halden", "Halden", org),
                 contact=("Jørgen Aas", "jorgen.aas@nav.no", "69172000"),
                 project=("Overgang Halden", "new", "2020-03-01"), pct=80,
                 amounts={"positions": 500000, "competence": 10000, "total": 510000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Lise Berg", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Roger Hansen", "Rådmann", "2020-01-27", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["DEFECT: 80 % at 500 000 > 488 000 (2020 cap); the year is named only as 'tilskuddsåret "
                        "2020' in a sentence that also names the announcement of December 2019"])


def sy04(out: Path):
    org = orgnr("97451338")
    docx_letter(out, ["Nav Sandnes", f"Org.nr. {spaced(org)}", "", "Fylkesmannen i Rogaland", "Postboks 59 Sentrum",
                      "4001 Stavanger", "", "Sandnes, 31. januar 2020"], [
        ("h", "Søknad om videreføring av prosjektet «Familiekoordinator Sandnes» – tilskudd 2020"),
        "I 2019 fikk Nav Sandnes tilskudd på kr 1 220 000 til to stillinger som familiekoordinatorer. "
        "Erfaringene fra første prosjektår er gode, og vi søker nå om videreføring for andre prosjektår.",
        "Prosjektet følger opp barnefamilier med lav inntekt og innvandrerfamilier, med én koordinator per "
        "familie på tvers av Nav, barnevern og skole.",
        "Videreføringen gjelder perioden 1/3-2020 til 28/2-2021. Vi søker om midler til to stillinger (200 %):",
        "BUDGET",
        "Planer for 2021: Vi tar sikte på å søke om et tredje og siste prosjektår i 2021, med en ramme på "
        "kr 900 000.",
        "Nav Sandnes ønsker å delta i nettverk/klyngesamarbeid med andre prosjekter. Vi ønsker ikke ekstern "
        "prosessevaluering i 2020.",
        "Kontaktperson er prosjektleder Marte Eik, tlf. 51 97 50 00, e-post marte.eik@nav.no."],
        [["Post", "Beløp 2020"], ["Lønn og sosiale kostnader, 2 × 100 %", "kr 1 220 000"],
         ["Kompetansemidler", "kr 10 000"], ["Sum omsøkt", "kr 1 230 000"]],
        [("Sandnes 30.01.20", "sy04a", "Kari Sele", "Nav-leder"),
         ("Sandnes 31.01.20", "sy04b", "Bjørn Eik", "Rådmann")], closing="Med vennlig hilsen")
    return truth("sy04", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Sandnes", "Sandnes", org),
                 contact=("Marte Eik", "marte.eik@nav.no", "51975000"),
                 project=("Familiekoordinator Sandnes", "continuation", "2020-03-01"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "total": 1230000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Kari Sele", "Nav-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Bjørn Eik", "Rådmann", "2020-01-31", "handwritten")],
                 notes=["near-miss: continuation year 2; last year's grant (2019, 1 220 000) and next year's plan "
                        "(2021, 900 000) in prose are not this year's amounts; 200 % at exactly 1 220 000; "
                        "dates '1/3-2020' and '30.01.20'"])


def sy05(out: Path):
    org = orgnr("97454124")
    docx_letter(out, ["NAV Stord", "Postboks 100, 5401 Stord", f"Organisasjonsnummer {org}", "",
                      "Til Fylkesmannen i Hordaland", "", "Stord, 25. januar 2018"], [
        ("h", "Søknad om tilskot til utvikling av sosiale tenester – «Barna først på Stord»"),
        "NAV Stord søkjer med dette om tilskot til ei stilling (100 %) som familierettleiar i prosjektet "
        "«Barna først på Stord». Prosjektet er nytt og skal starte 1. april.",
        "Fylkesmannen sitt tilsyn med kvalifiseringsprogrammet hausten 2017 synte at barna sine behov ikkje "
        "vart kartlagde. Prosjektet er eit tiltak grunngjeve i funn frå tilsynet, og skal styrke "
        "barneperspektivet i alle samtalar med foreldre som får økonomisk sosialhjelp.",
        ("h", "Budsjett 2018"),
        "BUDGET",
        "Kontaktperson: Eli Rommetveit, telefon 53 49 65 00, e-post eli.rommetveit@nav.no."],
        [["Post", "Kroner"], ["Løn og sosiale utgifter, ei stilling", "640 000"], ["Sum søkt", "640 000"]],
        [("Stord, 25.01.2018", "sy05a", "Solveig Tveit", "Nav-leiar"),
         ("Stord, 25.01.2018", "sy05b", "Odd Lunde", "Rådmann")], closing="Med helsing")
    return truth("sy05", "docx", "docx-letter", lang="nn", scheme=S18, office=("Nav Stord", "Stord", org),
                 contact=("Eli Rommetveit", "eli.rommetveit@nav.no", "53496500"),
                 project=("Barna først på Stord", "new", "2018-04-01"), pct=100,
                 amounts={"positions": 640000, "total": 640000},
                 prio=["tilsyn", "barneperspektivet"],
                 sigs=[("nav_leader", "Solveig Tveit", "Nav-leiar", "2018-01-25", "handwritten"),
                       ("municipality", "Odd Lunde", "Rådmann", "2018-01-25", "handwritten")],
                 notes=["near-miss: 2018 scheme, named by the letter date and 'Budsjett 2018'; start '1. april' "
                        "without year (the letter's year); 640 000 for 100 % is no breach (no cap known for 2018); "
                        "2018 areas tilsyn and barneperspektivet argued in prose; no interest questions"])


def sy06(out: Path):
    org = orgnr("97457948")
    docx_letter(out, ["Nav Kongsberg", f"Org.nr.: {org}", "", "Fylkesmannen i Oslo og Viken", "",
                      "Vår dato: 30.01.2020"], [
        ("h", "Søknad om tilskudd til utvikling av sosiale tjenester – prosjektet «Jobbklar Kongsberg»"),
        "Nav Kongsberg søker om tilskudd til en 60 % stilling som jobbspesialist for personer som mottar "
        "økonomisk sosialhjelp. Prosjektet bruker det ordinære arbeidslivet aktivt: lokale bedrifter i "
        "teknologiparken har sagt seg villige til å ta imot deltakere. Oppstart 1. mars d.å.",
        "BUDGET",
        "Vi ønsker ikke å delta i nettverk. Vi ønsker ekstern prosessevaluering.",
        "Kontaktperson: Eva Lunde, eva.lunde@nav.no, tlf. 32 86 50 00.",
        "Dokumentet er elektronisk godkjent av Nav-leder Are Holm 30.01.2020 og kommunalsjef for helse og "
        "omsorg Liv Nordby 03.02.2020, og har derfor ingen håndskrevne signaturer."],
        [["Kostnad", "Beløp"], ["Lønn og sosiale kostnader 60 %", "366 000"], ["Kompetanse", "8 000"],
         ["Totalt", "374 000"]], [])
    return truth("sy06", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Kongsberg", "Kongsberg", org),
                 contact=("Eva Lunde", "eva.lunde@nav.no", "32865000"),
                 project=("Jobbklar Kongsberg", None, "2020-03-01"), pct=60,
                 amounts={"positions": 366000, "competence": 8000, "total": 374000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, True),
                 sigs=[("nav_leader", "Are Holm", "Nav-leder", "2020-01-30", "electronic_approval"),
                       ("municipality", "Liv Nordby", "Kommunalsjef for helse og omsorg", "2020-02-03",
                        "electronic_approval")],
                 expected=["SIGNED_AFTER_DEADLINE"],
                 notes=["DEFECT: the municipal approval is dated 03.02.2020, after the 1 February deadline; "
                        "'1. mars d.å.' = 2020-03-01; 60 % at exactly 366 000; "
                        "the letter never says new or continuation (kind null)"])


def _convert(build, out: Path):
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / (out.stem + ".docx")
        build(d)
        soffice_pdf(d, out)


def sy10(out: Path):
    org = orgnr("97453489")

    def b(d):
        docx_form(d, ["Nav Moss", "Søknad om tilskudd 2020 – utvikling av sosiale tjenester i Nav-kontoret"], [
            ("Spørsmål", "Svar"),
            ("1. Hvilket Nav-kontor søker?", "Nav Moss"), ("2. Kommune", "Moss kommune"),
            ("3. Organisasjonsnummer", org),
            ("4. Hvem er kontaktperson?", "Tone Brekke\ntone.brekke@nav.no\n69 20 34 00"),
            ("5. Hva heter prosjektet?", "Ny start i Moss"),
            ("6. Er dette et nytt prosjekt eller en videreføring?", "Nytt"),
            ("7. Når starter prosjektet?", "1. mars d.å."),
            ("8. Hvor stor stilling søkes det om?", "1 årsverk"),
            ("9. Budsjett", "Lønn og sosiale kostnader: 600 000\nKompetanse: 10 000\nSum: 610 000"),
            ("10. Hvilke prioriterte områder dekker prosjektet?",
             "Oppfølging av barnefamilier, ungdom og innvandrere – særlig unge enslige forsørgere"),
            ("11. Interesse for nettverk/klyngesamarbeid?", "Ja"),
            ("12. Interesse for ekstern prosessevaluering?", "Nei")],
            [("Moss, 29.01.2020", "sy10a", "Kjetil Sandvik", "Nav-leder"),
             ("Moss, 31.01.2020", "sy10b", "Anne Grethe Lie", "Konstituert kommunedirektør")],
            footer="Mal: Søknadsskjema sosiale tjenester – sist revidert 03.12.2018", font="Georgia")
    _convert(b, out)
    return truth("sy10", "pdf", "pdf-from-office", lang="nb", scheme=S20, office=("Nav Moss", "Moss", org),
                 contact=("Tone Brekke", "tone.brekke@nav.no", "69203400"),
                 project=("Ny start i Moss", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Kjetil Sandvik", "Nav-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Anne Grethe Lie", "Konstituert kommunedirektør", "2020-01-31",
                        "handwritten")],
                 notes=["near-miss: '1. mars d.å.' = 2020-03-01; the footer's template date 03.12.2018 is not a "
                        "signing date nor the scheme year; an acting ('konstituert') kommunedirektør"])


def sy11(out: Path):
    org = orgnr("97458102")

    def b(d):
        docx_form(d, ["Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret – 2020",
                      "Frist 1. februar 2020"], [
            ("Nav-kontor", "Nav Ørsta"), ("Kommune", "Ørsta kommune"), ("Org.nr.", spaced(org)),
            ("Kontaktperson", "Kristin Aarflot, kristin.aarflot@nav.no"), ("Telefon", "70 04 70 00"),
            ("Prosjekttittel", "Trygg overgang Ørsta"), ("Type søknad", "Nytt prosjekt"),
            ("Oppstart", "01.05.2020"), ("Stillingsdel", "100 %"),
            ("Løn og sosiale kostnader", "560 000"), ("Kompetansemidlar (design, evaluering, fag)", "20 000"),
            ("Sum søknad", "580 000"),
            ("Prioriterte område", f"{O} Bruk av ordinært arbeidsliv\n{O} Oppfølging av barnefamiliar, ungdom og "
                                   f"innvandrarar\n{X} Sikring av sårbare overgangar"),
            ("Interesse for nettverk", f"{X} Ja {O} Nei"), ("Interesse for prosessevaluering", f"{O} Ja {X} Nei")],
            [("Ørsta, 27.1.2020", "sy11a", "Oddny Hovden", "Nav-leiar"),
             ("Ørsta, 28.1.2020", "sy11b", "Ragnar Kvalsvik", "Kommunedirektør")], font="Times New Roman")
    _convert(b, out)
    return truth("sy11", "pdf", "pdf-from-office", lang="nn", scheme=S20, office=("Nav Ørsta", "Ørsta", org),
                 contact=("Kristin Aarflot", "kristin.aarflot@nav.no", "70047000"),
                 project=("Trygg overgang Ørsta", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 560000, "competence": 20000, "total": 580000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Oddny Hovden", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Ragnar Kvalsvik", "Kommunedirektør", "2020-01-28", "handwritten")],
                 expected=["COMPETENCE_OVER_CAP"],
                 notes=["DEFECT: competence 20 000 > 10 000 (2020); dates '27.1.2020' without leading zero"])
