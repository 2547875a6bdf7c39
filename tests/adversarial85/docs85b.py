"""Documents lt10..lt18 of corpus 85 (see docs85.py)."""
from __future__ import annotations

from pathlib import Path

from docs85 import EL_NB, SUBJ_NB, SUBJ_NN, T
from kit85 import docx_pdf, orgnr, pades, scan, spaced, tz_dt, write_pdf, zip_named
from truthlib import truth


# ---------------------------------------------------------------- lt10 pdf-text nb, WebSak, log with a sender
def lt10(out: Path):
    o = orgnr("97495632")
    blocks = [
        ("h", "SANDNES KOMMUNE"), ("b", "Nav Sandnes"),
        ("kv", [("Arkivsak-dok.", "20/00871-2"), ("Saksbehandler", "Camilla Tjelta"), ("Arkivkode", "F00"),
                ("Dato", "27.01.2020")]),
        ("lines", ["Fylkesmannen i Rogaland", "Postboks 59 Sentrum", "4001 STAVANGER"]), ("space",),
        ("b", SUBJ_NB.upper()),
        ("p", "Nav Sandnes søker om tilskudd til prosjektet «Ung jobb Sandnes». Prosjektet er nytt og starter "
              "01.03.2020."),
        ("p", "Målgruppen er ungdom og unge voksne under 30 år, mange med innvandrerbakgrunn, som har mottatt "
              "økonomisk sosialhjelp i mer enn seks måneder. To ungdomsveiledere skal gi tett og helhetlig "
              "oppfølging. Prosjektet retter seg mot satsingsområdet oppfølging av ungdom og innvandrere."),
        ("table", [["Kostnader 2020", "Søkt tilskudd"], ["2 x 100 % stilling ungdomsveileder, lønn og sos. kostn.",
                                                         "1 200 000"],
                   ["Kompetanse", "10 000"], ["Sum", "1 210 000"]]),
        ("p", "Sandnes kommune bidrar med en egenandel på kr 300 000 til prosjektledelse og lokaler."),
        ("p", "Vi deltar gjerne i nettverk/klyngesamarbeid og i ekstern prosessevaluering."),
        ("p", "Kontaktperson er Camilla Tjelta, camilla.tjelta@nav.no, mobil 469 02 317."),
        ("p", "Med hilsen"),
        ("lines", ["Trine Lea Bore", "Nav-leder"]), ("lines", ["Eirik Skjæveland", "kommunalsjef levekår"]),
        ("small", EL_NB),
        ("b", "Godkjenningslogg"),
        ("table", [["Dato", "Navn", "Handling"], ["24.01.2020", "Camilla Tjelta (rådgiver)", "Sendt til godkjenning"],
                   ["27.01.2020", "Trine Lea Bore (Nav-leder)", "Godkjent"],
                   ["28.01.2020", "Eirik Skjæveland (kommunalsjef levekår)", "Godkjent"]])]
    write_pdf(blocks, out, font=("DVS", "DVSB"), size=10, footer=[f"Sandnes kommune · Org.nr. {o} · Side {{n}} av {{N}}"])
    return T("lt10", "pdf", "pdf-text", "nb", ("Nav Sandnes", "Sandnes", o),
             ("Camilla Tjelta", "camilla.tjelta@nav.no", "46902317"), ("Ung jobb Sandnes", "new", "2020-03-01"),
             200, (1200000, 10000, 1210000), ["barnefamilier-ungdom-innvandrere"], (True, True),
             [("nav_leader", "Trine Lea Bore", "Nav-leder", "2020-01-27", "electronic_approval"),
              ("municipality", "Eirik Skjæveland", "kommunalsjef levekår", "2020-01-28", "electronic_approval")],
             "near-miss: WebSak export, org nr only in the page footer; approval log whose first row is the case "
             "officer sending it for approval (no signer); 2 x 100 % at 1 200 000; own funding 300 000", own=300000)


# ---------------------------------------------------------------- lt11 pdf-handwritten nb, fourth year
def lt11(out: Path):
    o = orgnr("94011829")
    blocks = [
        ("h", "Nav Haugesund"), ("lines", [f"Smedasundet 97, 5528 Haugesund – org.nr {spaced(o)}"]), ("space",),
        ("lines", ["Fylkesmannen i Rogaland", "Sosial- og barnevernavdelingen"]), ("r", "Haugesund, 30.01.2020"),
        ("b", "Søknad om videreføring av «Bolig og arbeid» – tilskudd til sosiale tjenester 2020"),
        ("p", "«Bolig og arbeid» startet opp 1. mars 2017 og har mottatt tilskudd i 2017, 2018 og 2019. Vi søker nå "
              "om videreføring for et fjerde prosjektår, fra 1. mars 2020."),
        ("p", "Prosjektet følger opp personer som skrives ut fra rusbehandling eller løslates fra fengsel, slik at "
              "overgangen til egen bolig og aktivitet blir trygg. Dette er sikring av sårbare overganger."),
        ("p", "Budsjett: lønn og sosiale kostnader for én 100 % stilling kr 580 000, kompetanse kr 10 000, "
              "til sammen kr 590 000."),
        ("p", "Vi ønsker å delta i nettverk/klyngesamarbeid og i ekstern prosessevaluering."),
        ("p", "Kontaktperson: Ellen Kvinnsland – ellen.kvinnsland@nav.no – 922 41 503"),
        ("p", "Med vennlig hilsen"),
        ("ink", [{"place": "Haugesund, 30.01.2020", "ink": "lt11a", "under": ["Geir Inge Sivertsen", "Nav-leder"]},
                 {"place": "Haugesund, 31.01.2020", "ink": "lt11b", "under": ["Mona Vikse Eide", "rådmann"]}])]
    write_pdf(blocks, out, font=("DV", "DVB"), size=10)
    return T("lt11", "pdf", "pdf-handwritten", "nb", ("Nav Haugesund", "Haugesund", o),
             ("Ellen Kvinnsland", "ellen.kvinnsland@nav.no", "92241503"),
             ("Bolig og arbeid", "continuation", "2020-03-01"), 100, (580000, 10000, 590000),
             ["saarbare-overganger"], (True, True),
             [("nav_leader", "Geir Inge Sivertsen", "Nav-leder", "2020-01-30", "handwritten"),
              ("municipality", "Mona Vikse Eide", "rådmann", "2020-01-31", "handwritten")],
             "defect: fourth project year of a continuation (grants 2017, 2018, 2019); rådmann signed the day "
             "before the deadline", expected=["CONTINUATION_LIMIT"])


# ---------------------------------------------------------------- lt12 pdf-handwritten nn + project plan, clean
def lt12(out: Path):
    o = orgnr("96420155")
    blocks = [
        ("lines", ["Nav Seljord", "Brøløsvegen 2, 3840 Seljord"]), ("space",),
        ("lines", ["Fylkesmannen i Vestfold og Telemark", "Postboks 2076", "3103 Tønsberg"]),
        ("r", "Seljord, 27. jan. 2020"),
        ("b", SUBJ_NN),
        ("p", "Nav Seljord søkjer om tilskot til det nye prosjektet «Saman i Seljord», med oppstart 1. august 2020. "
              f"Organisasjonsnummer: {o}."),
        ("p", "Prosjektet skal følgje opp barnefamiliar med låg inntekt, slik at foreldra kjem i arbeid og borna får "
              "delta på lik linje med andre. Det svarar på det prioriterte området oppfølging av barnefamiliar."),
        ("table", [["Budsjett", "Kroner"], ["Løn og sosiale kostnader, 40 % stilling", "244 000"],
                   ["Kompetanse", "10 000"], ["Sum søkt", "254 000"]]),
        ("p", "Vi ønskjer ikkje å vere med i nettverk/klyngjesamarbeid eller ekstern prosessevaluering i år."),
        ("p", "Kontaktperson: Aud Haugen Nordbø, tlf. 413 07 662, e-post aud.haugen.nordbo@nav.no"),
        ("ink", [{"place": "Seljord, 27.01.2020", "ink": "lt12a", "under": ["Tone Aasland, Nav-leiar"]},
                 {"place": "Seljord, 28.01.2020", "ink": "lt12b", "under": ["Olav Kåsa, rådmann"]}]),
        ("break",),
        ("h", "Vedlegg: Prosjektplan «Saman i Seljord»"),
        ("p", "Prosjektgruppe: Tone Aasland (Nav-leiar, prosjektansvarleg), Aud Haugen Nordbø (prosjektleiar), "
              "Gunnar Kåsa (helsesjukepleiar), Live Bakken (leiar for barnehagane)."),
        ("p", "Tidsplan: august 2020 – juli 2021. Kartlegging hausten 2020, oppfølging og evaluering våren 2021."),
        ("table", [["Samla kostnad", "Kroner"], ["Tilskot frå Fylkesmannen", "254 000"],
                   ["Eigeninnsats Seljord kommune", "150 000"], ["Sum", "404 000"]])]
    write_pdf(blocks, out, font=("DVS", "DVSB"), size=10)
    return T("lt12", "pdf", "pdf-handwritten", "nn", ("Nav Seljord", "Seljord", o),
             ("Aud Haugen Nordbø", "aud.haugen.nordbo@nav.no", "41307662"), ("Saman i Seljord", "new", "2020-08-01"),
             40, (244000, 10000, 254000), ["barnefamilier-ungdom-innvandrere"], (False, False),
             [("nav_leader", "Tone Aasland", "Nav-leiar", "2020-01-27", "handwritten"),
              ("municipality", "Olav Kåsa", "rådmann", "2020-01-28", "handwritten")],
             "near-miss: 40 % at exactly 244 000; project plan behind with a project group and a total cost "
             "404 000 including own funding (not the application's budget)")


# ---------------------------------------------------------------- lt13 pdf-scanned nb, scanned letter, clean
def lt13(out: Path):
    o = orgnr("87412906")
    blocks = [
        ("h", "NAV RANA"), ("lines", ["Ole Tobias Olsens gate 3, 8622 Mo i Rana", f"Org.nr.: {spaced(o)}"]),
        ("space",), ("lines", ["Fylkesmannen i Nordland", "Moloveien 10", "8002 Bodø"]),
        ("r", "Mo i Rana, 23. jan. 2020"),
        ("b", "Søknad om tilskudd 2020 – Arbeidslinja Rana"),
        ("p", "Nav Rana søker om midler til det nye prosjektet «Arbeidslinja Rana». Oppstart er planlagt 15. april "
              "2020."),
        ("p", "Gjennom avtaler med industri og handel i Rana skal personer som har stått lenge utenfor arbeidslivet, "
              "få prøve seg i ordinære jobber med støtte fra en jobbkonsulent. Prosjektet svarer på prioritert "
              "område bruk av ordinært arbeidsliv."),
        ("table", [["Post", "Beløp"], ["Jobbkonsulent 100 %, lønn og sosiale utgifter", "610 000"],
                   ["Kompetanse", "10 000"], ["Totalt", "620 000"]]),
        ("p", "Vi ønsker ikke å delta i nettverk/klyngesamarbeid, men stiller gjerne opp i ekstern "
              "prosessevaluering."),
        ("p", "Kontaktperson: Stian Nilsen Moe, telefon 957 33 418, stian.nilsen.moe@nav.no"),
        ("p", "Med hilsen"),
        ("ink", [{"place": "Mo i Rana, 23.01.2020", "ink": "lt13a", "under": ["Lena Storli", "Nav-leder"]},
                 {"place": "Mo i Rana, 24.01.2020", "ink": "lt13b", "under": ["Frank Øvergård", "kommunedirektør"]}])]
    scan(blocks, out, seed=13, angle=0.6, font=("LS", "LSB"), size=11)
    return T("lt13", "pdf", "pdf-scanned", "nb", ("Nav Rana", "Rana", o),
             ("Stian Nilsen Moe", "stian.nilsen.moe@nav.no", "95733418"), ("Arbeidslinja Rana", "new", "2020-04-15"),
             100, (610000, 10000, 620000), ["ordinaert-arbeidsliv"], (False, True),
             [("nav_leader", "Lena Storli", "Nav-leder", "2020-01-23", "handwritten"),
              ("municipality", "Frank Øvergård", "kommunedirektør", "2020-01-24", "handwritten")],
             "near-miss: scanned ink letter (300 dpi, 0.6°); 100 % at exactly 610 000; LOW_CONFIDENCE optional",
             optional=["LOW_CONFIDENCE"])


# ---------------------------------------------------------------- lt14 pdf-scanned nn, scanned letter, clean
def lt14(out: Path):
    o = orgnr("97421338")
    blocks = [
        ("b", "Nav Vågå"), ("lines", ["Vågåvegen 35, 2680 Vågå", f"Org.nr. {o}"]), ("space",),
        ("lines", ["Fylkesmannen i Innlandet", "Postboks 987", "2604 Lillehammer"]), ("r", "Vågå, 28.01.20"),
        ("b", SUBJ_NN),
        ("p", "Nav Vågå søkjer om tilskot til prosjektet «Vegen inn». Prosjektet er nytt, og vi vil starte opp "
              "1. juni 2020."),
        ("p", "Vi vil bruke lokale arbeidsplassar i landbruk, reiseliv og handel til å få unge vaksne med "
              "sosialhjelp over i ordinært arbeid (satsingsområdet bruk av ordinært arbeidsliv)."),
        ("p", "Vi søkjer om løn og sosiale kostnader til ei 50 %-stilling, 300 000 kroner, og 10 000 kroner til "
              "kompetanse, til saman 310 000 kroner."),
        ("p", "Nav Vågå vil gjerne vere med i nettverk/klyngjesamarbeid. Ekstern prosessevaluering ønskjer vi ikkje."),
        ("p", "Kontaktperson: Kari Sletten, kari.sletten@vaga.kommune.no, tlf. 612 93 140"),
        ("p", "Med venleg helsing"),
        ("ink", [{"place": "Vågå, 28.01.20", "ink": "lt14a", "under": ["Ivar Rudi", "Nav-leiar"]},
                 {"place": "Vågå, 29.01.20", "ink": "lt14b", "under": ["Marit Jore", "kommunedirektør"]}])]
    scan(blocks, out, seed=14, angle=-0.7, jpeg=65, font=("DVS", "DVSB"), size=11)
    return T("lt14", "pdf", "pdf-scanned", "nn", ("Nav Vågå", "Vågå", o),
             ("Kari Sletten", "kari.sletten@vaga.kommune.no", "61293140"), ("Vegen inn", "new", "2020-06-01"),
             50, (300000, 10000, 310000), ["ordinaert-arbeidsliv"], (True, False),
             [("nav_leader", "Ivar Rudi", "Nav-leiar", "2020-01-28", "handwritten"),
              ("municipality", "Marit Jore", "kommunedirektør", "2020-01-29", "handwritten")],
             "near-miss: scanned Nynorsk letter (300 dpi, -0.7°, JPEG q65), budget in one sentence, dates '28.01.20'; "
             "LOW_CONFIDENCE optional", optional=["LOW_CONFIDENCE"])


# ---------------------------------------------------------------- lt15 pdf-pades nb, digitally signed letter, clean
def lt15(out: Path):
    o = orgnr("96451274")
    blocks = [
        ("h", "Nav Larvik"), ("lines", [f"Larvik kommune · org.nr. {spaced(o)}"]), ("space",),
        ("lines", ["Fylkesmannen i Vestfold og Telemark", "Postboks 2076, 3103 Tønsberg"]),
        ("refs", [("Vår ref.", "2020/1877"), ("Deres ref.", ""), ("Dato", "2020-01-29")]),
        ("b", SUBJ_NB + " – «Larvik sammen»"),
        ("p", "Nav Larvik søker om tilskudd til det nye prosjektet «Larvik sammen», med oppstart 01.06.2020. "
              "Prosjektet følger opp barnefamilier og innvandrere med lang tid på sosialhjelp og bruker lokale "
              "arbeidsgivere aktivt for å skaffe ordinært arbeid."),
        ("p", "Vi søker om 3 stillinger à 50 %:"),
        ("table", [["Post", "Stilling", "Kr"], ["Familieveileder", "50 %", "300 000"],
                   ["Jobbspesialist", "50 %", "300 000"], ["Kvalifiseringsveileder", "50 %", "300 000"],
                   ["Kompetanse", "", "10 000"], ["Sum", "", "910 000"]]),
        ("p", "Nav Larvik ønsker å være med i både nettverk/klyngesamarbeid og ekstern prosessevaluering."),
        ("p", "Kontaktperson: Kjersti Holm Aas, kjersti.holm.aas@larvik.kommune.no, tlf. 982 33 104."),
        ("p", "Med vennlig hilsen"),
        ("lines", ["Lise Marie Fossum, Nav-leder", "Geir Henning Evensen, kommunedirektør"]),
        ("small", "Dokumentet er signert digitalt av Nav-leder og kommunedirektør.")]
    pades(blocks, out, [("Lise Marie Fossum", "Nav Larvik", "SignNav", (62, 70, 262, 112), tz_dt(2020, 1, 29, 11)),
                        ("Geir Henning Evensen", "Larvik kommune", "SignKommune", (300, 70, 500, 112),
                         tz_dt(2020, 1, 30, 9, 30))], font=("LS", "LSB"), size=10)
    return T("lt15", "pdf", "pdf-pades", "nb", ("Nav Larvik", "Larvik", o),
             ("Kjersti Holm Aas", "kjersti.holm.aas@larvik.kommune.no", "98233104"), ("Larvik sammen", "new", "2020-06-01"),
             150, (900000, 10000, 910000), ["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"], (True, True),
             [("nav_leader", "Lise Marie Fossum", "Nav-leder", "2020-01-29", "digital"),
              ("municipality", "Geir Henning Evensen", "kommunedirektør", "2020-01-30", "digital")],
             "near-miss: letter with two PAdES signatures, typed names above them (not 'typed' signatures), ISO "
             "letter date, 3 x 50 % = 150 % at 900 000")


# ---------------------------------------------------------------- lt16 pdf-text nb, Elements + saksframlegg, clean
def lt16(out: Path):
    o = orgnr("97421339")
    blocks = [
        ("h", "Namsos kommune"), ("b", "Nav Namsos"),
        ("refs", [("Vår ref:", "20/1234-3"), ("Saksbehandler:", "Eva Brekkan"), ("Deres ref:", ""),
                  ("Dato:", "27.01.2020")]),
        ("lines", ["Fylkesmannen i Trøndelag", "Postboks 2600", "7734 Steinkjer"]), ("space",),
        ("b", SUBJ_NB),
        ("p", "Prosjektets navn: Tidlig inn – Namsos"),
        ("p", "Nav Namsos søker om tilskudd til et nytt prosjekt. Vi ønsker å starte i august 2020."),
        ("p", "Unge mellom 18 og 30 år som søker sosialhjelp for første gang skal få en fast veileder fra første "
              "dag, med mål om skole eller arbeid. Prosjektet skal sikre sårbare overganger mellom videregående "
              "opplæring og arbeidsliv."),
        ("p", "Vi søker om kr 600 000 til lønn og sosiale kostnader for én 100 % stilling og kr 10 000 til "
              "kompetanse, i alt kr 610 000."),
        ("lines", ["Nettverk/klyngesamarbeid: Ja", "Ekstern prosessevaluering: Ja"]),
        ("p", "Kontaktperson: Eva Brekkan, eva.brekkan@nav.no, 74 21 77 30"),
        ("p", f"Org.nr. Namsos kommune: {o}"),
        ("p", "Med hilsen"),
        ("lines", ["Hanne Berg Solem", "Nav-leder", "(godkjent elektronisk 27.01.2020)"]),
        ("lines", ["Kjell Arve Lund", "kommunedirektør", "(godkjent elektronisk 28.01.2020)"]),
        ("small", "Dokumentet er elektronisk godkjent."),
        ("break",),
        ("h", "SAKSFRAMLEGG"),
        ("kv", [("Saksbehandler:", "Eva Brekkan"), ("Arkivref:", "2020/1234 - 1"),
                ("Saksgang:", "Hovedutvalg for helse og velferd, møtedato 23.01.2020")]),
        ("b", "Søknad om statlige midler til prosjektet «Tidlig inn – Namsos»"),
        ("b", "Kommunedirektørens innstilling"),
        ("p", "Hovedutvalget slutter seg til at Nav Namsos søker tilskudd for 2020, og at kommunen dekker en "
              "egenandel på kr 200 000 per år i prosjektperioden."),
        ("b", "Økonomiske konsekvenser"),
        ("table", [["Finansiering", "2020", "2021", "2022"], ["Tilskudd (forutsatt)", "610 000", "610 000", "610 000"],
                   ["Kommunal egenandel", "200 000", "200 000", "200 000"], ["Sum", "810 000", "810 000", "810 000"]]),
        ("p", "Kommunedirektøren i Namsos, 14.01.2020")]
    write_pdf(blocks, out, font=("LS", "LSB"), size=10, footer=["Namsos kommune · Nav Namsos · Side {n}"])
    return T("lt16", "pdf", "pdf-text", "nb", ("Nav Namsos", "Namsos", o),
             ("Eva Brekkan", "eva.brekkan@nav.no", "74217730"), ("Tidlig inn – Namsos", "new", "2020-08-01"),
             100, (600000, 10000, 610000), ["saarbare-overganger"], (True, True),
             [("nav_leader", "Hanne Berg Solem", "Nav-leder", "2020-01-27", "electronic_approval"),
              ("municipality", "Kjell Arve Lund", "kommunedirektør", "2020-01-28", "electronic_approval")],
             "near-miss: Elements letter with 'godkjent elektronisk' under each name; start 'i august 2020'; "
             "saksframlegg behind with a three-year table and own funding per year (own funding not scored)")


# ---------------------------------------------------------------- lt17 bad-input: a zip of attachments named .docx
def lt17(out: Path):
    zip_named(out, {"Søknad Nav Askøy 2020.pdf": b"%PDF-1.4\n% attachment stub\n" + b"0" * 4000,
                    "Budsjett 2020.csv": "Post;Beløp\nLønn 100 %;600000\nKompetanse;10000\nSum;610000\n".encode()})
    return truth("lt17", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["a zip archive of e-mail attachments (pdf + csv) saved as .docx: no Word "
                                            "parts (Nav Askøy)"])


# ---------------------------------------------------------------- lt18 not-application nn: council saksframlegg
def lt18(out: Path):
    blocks = [
        ("h", "ULSTEIN KOMMUNE"), ("b", "Saksframlegg"),
        ("kv", [("Sakshandsamar:", "Jorunn Hareide"), ("Arkivsak:", "20/44"),
                ("Saksgang:", "Utval for helse og omsorg 14.01.2020 (sak 2/20); Kommunestyret 23.01.2020")]),
        ("b", SUBJ_NN + " – Nav Ulstein"),
        ("b", "Tilråding:"),
        ("p", "Ulstein kommunestyre sluttar seg til at Nav Ulstein søkjer Fylkesmannen i Møre og Romsdal om "
              "610 000 kroner til prosjektet «Jobbvegen», ei 100 % stilling, med oppstart 1. april 2020. "
              "Kommunedirektøren får fullmakt til å skrive under søknaden."),
        ("b", "Saksopplysningar:"),
        ("p", "Arbeids- og velferdsdirektoratet har lyst ut tilskot til utvikling av sosiale tenester i Nav med "
              "søknadsfrist 1. februar 2020. Det vert gitt inntil 610 000 kroner per 100 % stilling. Nav Ulstein "
              "ønskjer å prøve ut tettare samarbeid med lokale verksemder for å få fleire sosialhjelpsmottakarar "
              "over i ordinært arbeid."),
        ("b", "Vurdering:"),
        ("p", "Kommunedirektøren meiner prosjektet er i tråd med den vedtekne planen for levekår, og rår til at "
              "søknaden vert send. Sjølve søknaden vert utarbeidd av Nav Ulstein og send innan fristen."),
        ("b", "Handsaming i Kommunestyret 23.01.2020:"),
        ("p", "Tilrådinga vart samrøystes vedteken."),
        ("lines", ["Ulstein, 7.1.2020", "Jon Eirik Rise", "kommunedirektør"])]
    docx_pdf(blocks, out, font="Liberation Sans", size=10)
    return truth("lt18", "pdf", "not-application", lang="nn", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["a municipal saksframlegg with the council's decision to let Nav Ulstein "
                                            "apply (subject line 'Søknad om tilskot …'); the application itself is "
                                            "not in the file"])
