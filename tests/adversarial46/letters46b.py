"""Corpus 46, u10–u12: complete and correct letters next to a rule; u13–u18: one planted defect each."""
from __future__ import annotations

from pathlib import Path

from kit46 import S20, Letter, docx_letter, office_pdf, orgnr, pdf_letter, scanned, spaced, truth


# ---------------------------------------------------------------- u10 docx-letter nb: "om lag 1,2 millioner", more than capacity
def u10(out: Path):
    org = orgnr("97454320")
    L = Letter(
        ["Nav Elverum", "Kirkevegen 1, 2406 Elverum", "", "Statsforvalteren i Innlandet", "Postboks 987", "2604 Lillehammer",
         "", "Elverum, 16. januar 2020"],
        "Søknad om tilskudd til prosjektet Sammen om bolig og arbeid",
        [f"Nav Elverum, org.nr. {spaced(org)}, søker om om lag 1,2 millioner kroner i tilskudd til det nye prosjektet "
         "Sammen om bolig og arbeid, med oppstart 1. juni 2020.",
         "Prosjektet handler ikke bare om flere hender i oppfølgingen. Vi skal utvikle en ny arbeidsmåte der boligkontoret "
         "og Nav følger opp den samme personen i ett felles løp, fra bostedsløshet og fram til ordinært arbeid eller "
         "utdanning. Mange av deltakerne kommer rett fra rusbehandling eller soning, og det er nettopp disse overgangene "
         "vi vil sikre. Vi har valgt prioritert område sikring av sårbare overganger.",
         "Vi søker om to stillinger, begge i full stilling, som boligveiledere. Fordelingen av søknadsbeløpet er vist "
         "i tabellen under."],
        table=[("Kostnad", "Kroner"), ("Boligveileder 1 (100 %)", "590 000"), ("Boligveileder 2 (100 %)", "590 000"),
               ("Kompetanse – prosessveiledning", "10 000"), ("Til sammen", "1 190 000")],
        after=["Kontaktperson: Håvard Sætre, havard.saetre@nav.no, tlf. 62 43 10 00."],
        sigs=[("u10a", "Guro Bakken", "leder Nav Elverum"), ("u10b", "Kristian Trengereid", "kommunedirektør")],
        layout="stack")
    docx_letter(L, out)
    return truth("u10", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Elverum", "Elverum", org),
                 contact=("Håvard Sætre", "havard.saetre@nav.no", "62431000"),
                 project=("Sammen om bolig og arbeid", "new", "2020-06-01"), pct=200,
                 amounts={"positions": 1180000, "competence": 10000, "total": 1190000},
                 prio=["saarbare-overganger"], interest=(None, None),
                 sigs=[("nav_leader", "Guro Bakken", "leder Nav Elverum", "2020-01-16", "handwritten"),
                       ("municipality", "Kristian Trengereid", "kommunedirektør", "2020-01-16", "handwritten")],
                 notes=["near-miss (EXCLUDED_CAPACITY_ONLY): 'ikke bare om flere hender' – a new way of working",
                        "'om lag 1,2 millioner' is a rounded summary; the table's exact 1 190 000 is the total",
                        "'ordinært arbeid' named as a goal, but the chosen area is stated: saarbare-overganger only",
                        "interest in network/evaluation not stated: null, no finding"])


# ---------------------------------------------------------------- u11 pdf-scanned nb: contact only in the footer, 0-24 negated
def u11(out: Path):
    org = orgnr("97468490")
    L = Letter(
        ["Nav Notodden", "Teatergata 3, 3674 Notodden", "", "Statsforvalteren i Vestfold og Telemark", "",
         "Notodden 20.01.2020"],
        "Søknad om tilskudd til prosjekt Ung Notodden",
        [f"Nav Notodden (org.nr. {spaced(org)}) søker om tilskudd til et nytt prosjekt, Ung Notodden, som starter "
         "1. mars 2020. Prosjektet skal gi ungdom mellom 16 og 24 år som har droppet ut av skolen en fast veileder "
         "og et tilbud om arbeid eller skole innen tre uker. Prosjektet svarer på prioriteringen oppfølging av ungdom.",
         "Notodden kommune er ikke med i 0–24-samarbeidets programsatsing, og vi har ingen andre statlige midler "
         "rettet mot den samme målgruppen.",
         "Vi søker om en halv stilling (50 %) som ungdomsveileder: lønn og sosiale kostnader 300 000 kroner, og "
         "5 000 kroner til kompetanse. Sum omsøkt: 305 000 kroner.",
         "Vi ønsker å være med i et nettverk, og sier ja til ekstern prosessevaluering."],
        sigs=[("u11a", "Terje Lia", "Nav-leder"), ("u11b", "Hilde Flaten", "Rådmann")], layout="side",
        footer=["Kontaktperson: Heidi Stulen", "heidi.stulen@nav.no", "tlf. 35 01 23 00"])
    scanned(L, out, 11)
    return truth("u11", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Notodden", "Notodden", org),
                 contact=("Heidi Stulen", "heidi.stulen@nav.no", "35012300"),
                 project=("Ung Notodden", "new", "2020-03-01"), pct=50,
                 amounts={"positions": 300000, "competence": 5000, "total": 305000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Terje Lia", "Nav-leder", "2020-01-20", "handwritten"),
                       ("municipality", "Hilde Flaten", "Rådmann", "2020-01-20", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["near-miss (EXCLUDED_0_24_PROGRAM): the letter says the municipality is NOT in the 0-24 programme",
                        "contact only in the page footer; 200 dpi grey scan, rotated 0.9°"])


# ---------------------------------------------------------------- u12 pdf-handwritten nn: an existing method named, not implemented
def u12(out: Path):
    org = orgnr("97418360")
    L = Letter(
        ["Nav Volda", "Stormyra 2, 6100 Volda", f"Org.nr.: {spaced(org)}", "", "Statsforvaltaren i Møre og Romsdal", "",
         "Volda, 17. januar 2020"],
        "Søknad om tilskot: «Jobbvegen Volda»",
        ["Nav Volda søkjer om tilskot til eit nytt prosjekt, «Jobbvegen Volda», med oppstart 1. april 2020.",
         "Vi har henta idear frå IPS og frå Supported Employment, men prosjektet er ikkje ei implementering av ein "
         "ferdig metode. Vi skal utvikle ein eigen modell for samarbeid mellom Nav, kommunen sine psykiske helse­tenester "
         "og lokale arbeidsgjevarar, der målet er ordinært arbeid for personar som har stått lenge utan jobb.",
         "Prosjektet fell inn under området bruk av ordinært arbeidsliv.",
         "Vi søkjer om ei stilling som jobbspesialist. Løn og sosiale kostnader: 540 000 kr. Kompetanse til "
         "evaluering: 10 000 kr. Samla: 550 000 kr.",
         "Vi ønskjer å delta i nettverk, men ikkje i ekstern prosessevaluering.",
         "Kontaktperson: Solveig Aarflot, solveig.aarflot@nav.no, tlf. 70 05 87 00."],
        closing="Med venleg helsing",
        sigs=[("u12a", "Sissel Rotevatn", "Nav-leiar"), ("u12b", "Per Arne Rise", "rådmann")], layout="slash")
    pdf_letter(L, str(out), font=("DVS", "DVSB"))
    return truth("u12", "pdf", "pdf-handwritten", lang="nn", scheme=S20,
                 office=("Nav Volda", "Volda", org),
                 contact=("Solveig Aarflot", "solveig.aarflot@nav.no", "70058700"),
                 project=("Jobbvegen Volda", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 540000, "competence": 10000, "total": 550000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Sissel Rotevatn", "Nav-leiar", "2020-01-17", "handwritten"),
                       ("municipality", "Per Arne Rise", "rådmann", "2020-01-17", "handwritten")],
                 notes=["near-miss (EXCLUDED_EXISTING_METHOD): IPS named as inspiration and explicitly NOT implemented",
                        "'ei stilling' = 100 %; ink above 'Name / title' lines, one after the other"])


# ---------------------------------------------------------------- u13 docx-letter nb: DEFECT municipal leader only mentioned
def u13(out: Path):
    org = orgnr("97453130")
    L = Letter(
        ["Nav Narvik", "Kongens gate 49, 8514 Narvik", "", "Statsforvalteren i Nordland", "Moloveien 10, 8002 Bodø", "",
         "Narvik, 27. januar 2020"],
        "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – «Familiebølgen»",
        [f"Nav Narvik, organisasjonsnummer {org}, søker med dette om tilskudd til prosjektet «Familiebølgen». "
         "Prosjektet er nytt og starter 15. april 2020.",
         "Prosjektet retter seg mot barnefamilier med lav inntekt, der minst én av foreldrene har innvandrerbakgrunn. "
         "Vi vil prøve ut en helhetlig familieoppfølging og søker innenfor prioriteringen oppfølging av barnefamilier, "
         "ungdom og innvandrere.",
         "Vi søker om midler til ett årsverk som familieveileder, med lønn og sosiale kostnader på 590 000 kroner, og "
         "10 000 kroner til kompetanse. Totalt søker vi om 600 000 kroner.",
         "Søknaden er drøftet med kommunedirektør Rune Edvardsen, som stiller seg bak prosjektet.",
         "Vi ønsker å delta i nettverk og i ekstern prosessevaluering.",
         "Kontaktperson: Mette Nilsen, mette.nilsen@nav.no, 76 96 50 00."],
        sigs=[("u13a", "Jan Arild Olsen", "Nav-leder")], layout="stack")
    docx_letter(L, out)
    return truth("u13", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Narvik", "Narvik", org), contact=("Mette Nilsen", "mette.nilsen@nav.no", "76965000"),
                 project=("Familiebølgen", "new", "2020-04-15"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Jan Arild Olsen", "Nav-leder", "2020-01-27", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["defect: only the Nav leader signs; the kommunedirektør is named in the text ('drøftet med'), "
                        "which is no signature"])


# ---------------------------------------------------------------- u14 pdf-from-office nn: DEFECT 60 % at kr 380'
def u14(out: Path):
    org = orgnr("97456690")
    L = Letter(
        ["Nav Sauda", "Rådhusgata 5, 4200 Sauda", "", "Statsforvaltaren i Rogaland", "", "Sauda, 24.01.2020"],
        "Søknad om tilskot – «Arbeidslaget Sauda»",
        [f"Nav Sauda (org.nr. {spaced(org)}) søkjer om tilskot til prosjektet «Arbeidslaget Sauda». Prosjektet er nytt, "
         "og vi tek til 1. mars 2020.",
         "Prosjektet skal nytte det ordinære arbeidslivet: deltakarane vert tilsette i små arbeidslag hos lokale "
         "verksemder, med ein arbeidsleiar frå Nav som følgjer laget. Vi vel prioritert område bruk av ordinært "
         "arbeidsliv.",
         "Vi søkjer om ei 60 % stilling som arbeidsleiar. Løn og sosiale utgifter: kr 380'. Kompetanse: kr 10'. "
         "Samla søknadssum: kr 390'.",
         "Vi ønskjer nettverkssamarbeid og ekstern prosessevaluering.",
         "Kontaktperson: Tone Hegland, tone.hegland@nav.no, telefon 52 78 60 00."],
        closing="Med helsing",
        sigs=[(None, "Nav-leiar Oddny Dahle", "Nav Sauda"), (None, "Kommunedirektør Asbjørn Birkeland", "Sauda kommune")],
        layout="stack",
        tail=["Søknaden er elektronisk godkjend av Nav-leiar og kommunedirektør, og er difor ikkje underskriven."])
    office_pdf(L, out)
    return truth("u14", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Sauda", "Sauda", org), contact=("Tone Hegland", "tone.hegland@nav.no", "52786000"),
                 project=("Arbeidslaget Sauda", "new", "2020-03-01"), pct=60,
                 amounts={"positions": 380000, "competence": 10000, "total": 390000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Oddny Dahle", "Nav-leiar", "2020-01-24", "electronic_approval"),
                       ("municipality", "Asbjørn Birkeland", "Kommunedirektør", "2020-01-24", "electronic_approval")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["defect: 60 % at kr 380' = 380 000 > 366 000",
                        "title BEFORE the name ('Nav-leiar Oddny Dahle'), organisation on the line under; Nynorsk "
                        "approval sentence 'elektronisk godkjend … difor ikkje underskriven'; dates = the letter's"])


# ---------------------------------------------------------------- u15 pdf-from-office nb: DEFECT municipal approval after the deadline
def u15(out: Path):
    org = orgnr("97459530")
    L = Letter(
        ["Nav Moss", "Postboks 1200, 1502 Moss", f"Org.nr. {spaced(org)}", "", "Statsforvalteren i Oslo og Viken", "",
         "Moss, 28. januar 2020"],
        "Søknad om tilskudd – «Ny start Moss»",
        ["Nav Moss søker om tilskudd til prosjektet «Ny start Moss», et nytt prosjekt med oppstart 1. april 2020. "
         "Prosjektet skal sikre overgangen fra soning til bolig og arbeid for innsatte ved Moss fengsel, og ligger "
         "innenfor prioriteringen sikring av sårbare overganger.",
         "Vi søker om to stillinger (200 %) som overgangsveiledere. Lønn og sosiale kostnader 1 200 000 kroner, "
         "kompetanse 10 000 kroner, totalt 1 210 000 kroner.",
         "Nav Moss ønsker å delta både i nettverk og i ekstern prosessevaluering.",
         "Kontaktperson: Camilla Ødegård, camilla.odegard@nav.no, telefon 69 24 30 00."],
        sigs=[], tail=["Dokumentet er elektronisk godkjent og har derfor ingen signatur.",
                       "Godkjent av: Heidi Johansen, Nav-leder, 28.01.2020",
                       "Godkjent av: Jan Petter Sæther, kommunedirektør, 03.02.2020"],
        font="Liberation Sans")
    office_pdf(L, out)
    return truth("u15", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Moss", "Moss", org), contact=("Camilla Ødegård", "camilla.odegard@nav.no", "69243000"),
                 project=("Ny start Moss", "new", "2020-04-01"), pct=200,
                 amounts={"positions": 1200000, "competence": 10000, "total": 1210000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Heidi Johansen", "Nav-leder", "2020-01-28", "electronic_approval"),
                       ("municipality", "Jan Petter Sæther", "kommunedirektør", "2020-02-03", "electronic_approval")],
                 expected=["SIGNED_AFTER_DEADLINE"],
                 notes=["defect: the kommunedirektør approved 03.02.2020, after the 1 February deadline",
                        "'Godkjent av: NAME, TITLE, DATE' lines after the approval sentence"])


# ---------------------------------------------------------------- u16 pdf-text nn: DEFECT no priority area (areas quoted, none chosen)
def u16(out: Path):
    org = orgnr("97418170")
    L = Letter(
        ["Nav Gloppen", "Sandane, 6823 Sandane", f"Org.nr. {spaced(org)}", "", "Statsforvaltaren i Vestland", "",
         "Sandane, 25.01.2020"],
        "Søknad om tilskot til prosjektet «Digital sosialteneste Gloppen»",
        ["Nav Gloppen søkjer om tilskot til eit nytt prosjekt som startar 1. mai 2020.",
         "Kunngjeringa prioriterer bruk av ordinært arbeidsliv, oppfølging av barnefamiliar, ungdom og innvandrarar og "
         "sikring av sårbare overgangar. Prosjektet vårt fell utanfor desse tre områda. Vi vil utvikle ei ny digital "
         "teneste der brukarane kan søkje om og følgje saka si om økonomisk stønad, og der rettleiaren kan gje "
         "råd og rettleiing digitalt. Målet er betre kvalitet i tenesta, ikkje fleire tilsette.",
         "Vi søkjer om ei halv stilling som prosjektleiar, og løn og sosiale utgifter er 290 000 kroner. Vi søkjer "
         "ikkje om kompetansemidlar. Totalt: 290 000 kroner.",
         "Vi er interesserte i nettverk, men ikkje i ekstern prosessevaluering.",
         "Kontaktperson: Olav Myklebust, olav.myklebust@nav.no, tlf. 57 88 40 00."],
        closing="Med venleg helsing",
        sigs=[("u16a", "Randi Hjelle", "Nav-leiar"), ("u16b", "Egil Solheim", "kommunedirektør")], layout="side")
    pdf_letter(L, str(out), font=("LS", "LSB"))
    return truth("u16", "pdf", "pdf-text", lang="nn", scheme=S20,
                 office=("Nav Gloppen", "Gloppen", org), contact=("Olav Myklebust", "olav.myklebust@nav.no", "57884000"),
                 project=("Digital sosialteneste Gloppen", "new", "2020-05-01"), pct=50,
                 amounts={"positions": 290000, "competence": None, "total": 290000},
                 prio=[], interest=(True, False),
                 sigs=[("nav_leader", "Randi Hjelle", "Nav-leiar", "2020-01-25", "handwritten"),
                       ("municipality", "Egil Solheim", "kommunedirektør", "2020-01-25", "handwritten")],
                 expected=["PRIORITY_AREA_MISSING"],
                 notes=["defect: the letter QUOTES the three areas and then says the project falls outside them"])


# ---------------------------------------------------------------- u17 docx-letter nb: DEFECT the sum does not add up
def u17(out: Path):
    org = orgnr("97455480")
    L = Letter(
        ["Nav Lindesnes", "Nyveien 4, 4515 Mandal", "", "Statsforvalteren i Agder", "", "Mandal, 22. januar 2020"],
        "Søknad om tilskudd – prosjekt Veien inn Lindesnes",
        [f"Nav Lindesnes (org.nr. {spaced(org)}) søker om tilskudd til det nye prosjektet Veien inn Lindesnes, med "
         "oppstart 1. mars 2020. Prosjektet følger opp innvandrere som har avsluttet introduksjonsprogrammet uten å "
         "komme i arbeid, og søker under prioriteringen oppfølging av barnefamilier, ungdom og innvandrere.",
         "Vi søker om en 80 % stilling som veileder. Budsjett:"],
        table=[("Post", "Beløp"), ("Lønn og sosiale kostnader, veileder 80 %", "kr 480 000"),
               ("Kompetanse (kurs i kultursensitiv veiledning)", "kr 10 000"), ("Totalt søknadsbeløp", "kr 500 000")],
        after=["Nav Lindesnes ønsker å delta i nettverk. Vi ønsker også ekstern prosessevaluering.",
               "Kontaktperson: Ali Hassan, ali.hassan@nav.no, 38 27 40 00."],
        sigs=[("u17a", "Tone Aasland", "Nav-leder"), ("u17b", "Per Sverre Kvinlaug", "kommunedirektør")], layout="side")
    docx_letter(L, out)
    return truth("u17", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Lindesnes", "Lindesnes", org), contact=("Ali Hassan", "ali.hassan@nav.no", "38274000"),
                 project=("Veien inn Lindesnes", "new", "2020-03-01"), pct=80,
                 amounts={"positions": 480000, "competence": 10000, "total": 500000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Tone Aasland", "Nav-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Per Sverre Kvinlaug", "kommunedirektør", "2020-01-22", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["defect: 480 000 + 10 000 = 490 000, the table's total says 500 000"])


# ---------------------------------------------------------------- u18 pdf-handwritten nn: DEFECT invalid org number in the footer
def u18(out: Path):
    bad = orgnr("97456120", valid=False)
    L = Letter(
        ["Nav Kvam", "Grovagjelet 16, 5600 Norheimsund", "Sakshandsamar: Liv Tveit, liv.tveit@nav.no", "",
         "Statsforvaltaren i Vestland", "", "Norheimsund, 21.01.2020"],
        "Søknad om tilskot til «Familieteamet i Kvam»",
        ["Nav Kvam søkjer om midlar til prosjektet «Familieteamet i Kvam». Prosjektet er nytt og startar 1. mars 2020.",
         "Vi vil gje barnefamiliar og nykomne innvandrarar med langvarig stønadsbehov eitt felles team å halde seg "
         "til, og prosjektet høyrer difor til prioriteringa oppfølging av barnefamiliar, ungdom og innvandrarar.",
         "Vi søkjer om ei stilling, og løn og sosiale kostnader er 605 000 kroner. Det er heile søknadssummen; "
         "vi søkjer ikkje kompetansemidlar.",
         "Nav Kvam vil gjerne vere med i nettverk og i ekstern prosessevaluering."],
        closing="Med venleg helsing",
        sigs=[("u18a", "Brita Steine", "leiar i Nav Kvam"), ("u18b", "Jan Erik Øvsthus", "rådmann")], layout="side",
        footer=["Nav Kvam", f"Org.nr. {spaced(bad)}", "Telefon 55 55 33 33"])
    pdf_letter(L, str(out), font=("DV", "DVB"))
    return truth("u18", "pdf", "pdf-handwritten", lang="nn", scheme=S20,
                 office=("Nav Kvam", "Kvam", bad), contact=("Liv Tveit", "liv.tveit@nav.no", None),
                 project=("Familieteamet i Kvam", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 605000, "competence": None, "total": 605000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Brita Steine", "leiar i Nav Kvam", "2020-01-21", "handwritten"),
                       ("municipality", "Jan Erik Øvsthus", "rådmann", "2020-01-21", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"], ignore=["contact.phone"],
                 notes=["defect: the org number (only in the footer) fails MOD11",
                        "contact only in the letterhead ('Sakshandsamar'), e-mail only; the footer's phone is the "
                        "office switchboard: whether it is the contact's phone is undecidable (ignored)"])
