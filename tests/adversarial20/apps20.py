"""The real applications of the twentieth corpus (v08-v12, v16): each carries words of the kinds that
make a document a NON-application (tilsagnsbrev, møtebok, rapport, endring), and is one."""
from __future__ import annotations

import tempfile
from pathlib import Path

from kit20 import (Ink, add_ink, cc_check, cc_date, cc_run, docx_new, formcheck, formtext, grid, office_to_pdf,
                   pdf_story, scan, styles, truth)

S20 = "nav-sosiale-tjenester-2020"


# ------------------------------------------------------------------ v08
def v08(out: Path):
    """docx-form, nb: three-column numbered form (Nr. | Opplysning | Svar); quotes last year's
    tilsagnsbrev; ☑/☐ glyphs before the options; ink side by side in a table with Sted/dato."""
    from docx.shared import Cm, Pt
    d = docx_new("Arial", 10)
    d.add_paragraph().add_run("Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020").bold = True
    d.add_paragraph("Sendes Statsforvalteren i Innlandet innen 1. februar 2020.")
    rows = [
        ("1", "Søkerkontor", "NAV Ringsaker"),
        ("2", "Vertskommune", "Ringsaker kommune"),
        ("3", "Organisasjonsnr. (Nav-kontorets kommunale del)", "992 851 147"),
        ("4", "Kontaktperson i prosjektet", "Ingvild Sæther, fagleder"),
        ("5", "E-postadresse", "Ingvild.Saether@nav.no"),
        ("6", "Mobil", "+47 971 44 208"),
        ("7", "Prosjektnavn", "«Jobbspor Ringsaker»"),
        ("8", "Type søknad", "☐ Nytt prosjekt     ☑ Videreføring (år 2)"),
        ("9", "Prosjektstart", "1. august 2019"),
    ]
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph()
    d.add_paragraph().add_run("10  Bakgrunn").bold = True
    d.add_paragraph(
        "Vi viser til tilsagnsbrev fra Statsforvalteren i Innlandet datert 27.05.2019, der Nav Ringsaker fikk "
        "tilsagn om kr 600 000 til prosjektet i 2019. Tilsagnet ble akseptert 12.06.2019, og jobbspesialisten "
        "startet 1. august 2019. I tilsagnsbrevet ble det satt som vilkår at prosjektet skal rapporteres innen "
        "1. mars 2020; rapporten ettersendes. Med denne søknaden søker vi om videreføring for 2020, prosjektets "
        "andre år.")
    d.add_paragraph(
        "Målgruppen er sosialhjelpsmottakere mellom 25 og 40 år som har stått lenge utenfor arbeidslivet. "
        "Prosjektet utvikler en lokal modell der veileder og arbeidsgiver sammen lager en opplæringsplan på "
        "arbeidsplassen.")
    d.add_paragraph().add_run("11  Satsingsområder (kryss av)").bold = True
    for g, s in [("☑", "Bruk av ordinært arbeidsliv"), ("☐", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                 ("☑", "Sikring av sårbare overganger")]:
        d.add_paragraph(f"{g}  {s}")
    d.add_paragraph().add_run("12  Budsjett 2020").bold = True
    b = d.add_table(rows=0, cols=3)
    b.style = "Table Grid"
    for r in [("Post", "Stilling", "Beløp (kr)"), ("Lønn og sosiale kostnader", "Jobbspesialist 100 %", "600 000"),
              ("Kompetanse", "Kurs i arbeidsgiverkontakt", "10 000"), ("Sum omsøkt", "", "610 000")]:
        c = b.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph()
    d.add_paragraph().add_run("13  Interesse").bold = True
    d.add_paragraph("Nettverk/klyngesamarbeid med andre prosjekter:   ☑ Ja   ☐ Nei")
    d.add_paragraph("Ekstern prosessevaluering:   ☐ Ja   ☑ Nei")
    d.add_paragraph().add_run("14  Underskrifter").bold = True
    s = d.add_table(rows=4, cols=2)
    s.style = "Table Grid"
    s.cell(0, 0).text = "Sted/dato: Brumunddal, 28.01.2020"
    s.cell(0, 1).text = "Sted/dato: Brumunddal, 28.01.2020"
    add_ink(s.cell(1, 0).paragraphs[0], 801)
    add_ink(s.cell(1, 1).paragraphs[0], 802)
    s.cell(2, 0).text = "Tor Einar Bakken"
    s.cell(2, 1).text = "Liv Heggelund"
    s.cell(3, 0).text = "Nav-leder"
    s.cell(3, 1).text = "Kommunedirektør"
    d.save(out)
    return truth("v08", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Ringsaker", "Ringsaker", "992851147"),
                 contact=("Ingvild Sæther", "ingvild.saether@nav.no", "97144208"),
                 project=("Jobbspor Ringsaker", "continuation", "2019-08-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Tor Einar Bakken", "Nav-leder", "2020-01-28", "handwritten"),
                       ("municipality", "Liv Heggelund", "Kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["real application that quotes last year's tilsagnsbrev and its conditions"])


# ------------------------------------------------------------------ v09
def v09(out: Path):
    """pdf-from-office, nn: a letter-form application followed by the council's minutes (møtebok) that
    approve it; Nynorsk electronic approval in the application part."""
    from docx.shared import Pt
    d = docx_new("Liberation Serif", 11)
    d.add_paragraph("Nav Sunnfjord\nPostboks 34, 6801 Førde\nOrg.nr. 975 300 129")
    d.add_paragraph("Statsforvaltaren i Vestland\nNjøsavegen 2, 6863 Leikanger")
    d.add_paragraph("Førde, 30.01.2020")
    d.add_paragraph().add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – "
                              "«Ungdomslos i Sunnfjord»").bold = True
    for t in [
        "Nav Sunnfjord søkjer med dette om tilskot til eit nytt prosjekt, Ungdomslos i Sunnfjord. Prosjektet "
        "skal følgje opp ungdom mellom 16 og 24 år i familiar som mottek sosialhjelp, og unge innvandrarar "
        "som har fullført introduksjonsprogrammet utan å kome i arbeid eller utdanning.",
        "Vi søkjer om midlar til ei stilling som ungdomslos (100 %). Prosjektet startar opp 1. april 2020.",
        "Søknaden er handsama politisk: Sunnfjord kommunestyre gjorde vedtak i sak 12/20 den 23. januar 2020 "
        "om at Nav Sunnfjord skal søkje. Utskrift av møteboka ligg ved.",
        "Kontaktperson for søknaden er Ragnhild Myklebust, tlf. 416 22 950, "
        "e-post ragnhild.myklebust@nav.no.",
    ]:
        d.add_paragraph(t)
    d.add_paragraph().add_run("Budsjett for 2020").bold = True
    tb = d.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for r in [("Løn og sosiale kostnader, ungdomslos 100 %", "kr 590 000"),
              ("Kompetanseheving (rettleiing i motiverande samtale)", "kr 10 000"),
              ("Totalt omsøkt", "kr 600 000")]:
        c = tb.add_row().cells
        c[0].text, c[1].text = r
    d.add_paragraph()
    d.add_paragraph("Vi er interesserte i å vere med i nettverk/klyngesamarbeid med andre prosjekt (ja), og vi "
                    "er positive til ekstern prosessevaluering (ja).")
    d.add_paragraph("Med helsing")
    d.add_paragraph("Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.")
    d.add_paragraph("Godkjent av: Arnfinn Dvergsdal, Nav-leiar, 30.01.2020\n"
                    "Godkjent av: Trude Nesse Hjelmeland, kommunedirektør, 30.01.2020")
    d.add_page_break()
    d.add_paragraph().add_run("Vedlegg: Utskrift av møtebok").bold = True
    d.add_paragraph("SUNNFJORD KOMMUNE – MØTEBOK\nUtval: Kommunestyret\nMøtedato: 23.01.2020\nSak: 12/20")
    d.add_paragraph().add_run("Søknad om tilskot til prosjektet Ungdomslos i Sunnfjord").bold = True
    d.add_paragraph("Kommunedirektøren si innstilling: Kommunestyret sluttar seg til at Nav Sunnfjord søkjer "
                    "Statsforvaltaren om tilskot til ei stilling som ungdomslos, med ei ramme på inntil kr 600 000 "
                    "for 2020.")
    d.add_paragraph("Handsaming: Innstillinga vart samrøystes vedteken.")
    d.add_paragraph("Vedtak: Kommunestyret sluttar seg til at Nav Sunnfjord søkjer om tilskot til prosjektet "
                    "Ungdomslos i Sunnfjord.")
    d.add_paragraph("Rett utskrift, Førde 24.01.2020\nSigrun Tveit, møtesekretær")
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "v09.docx"
        d.save(p)
        office_to_pdf(p, out)
    return truth("v09", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Sunnfjord", "Sunnfjord", "975300129"),
                 contact=("Ragnhild Myklebust", "ragnhild.myklebust@nav.no", "41622950"),
                 project=("Ungdomslos i Sunnfjord", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Arnfinn Dvergsdal", "Nav-leiar", "2020-01-30", "electronic_approval"),
                       ("municipality", "Trude Nesse Hjelmeland", "Kommunedirektør", "2020-01-30",
                        "electronic_approval")],
                 notes=["real application with the council's minutes (møtebok) attached behind it"])


# ------------------------------------------------------------------ v10
def v10(out: Path):
    """docx-controls, nb: "Søknad om videreføring og endring" — a continuation that changes the position
    from 50 % to 100 %; values in content controls; typed names only."""
    d = docx_new("Calibri", 11)
    d.add_heading("Søknad om videreføring og endring av prosjekt – tilskudd til utvikling av sosiale tjenester "
                  "i Nav-kontoret 2020", level=1)
    d.add_paragraph("Gjelder: søknad om tilskudd for 2020 (andre prosjektår). Prosjektet fikk tilskudd for "
                    "2019 med en 50 % stilling; for 2020 søker vi om videreføring med en endring: stillingen "
                    "utvides til 100 %.")
    items = [("Nav-kontor", "NAV Lørenskog", "kontor"), ("Kommune", "Lørenskog", "kommune"),
             ("Organisasjonsnummer", "921135785", "orgnr"),
             ("Prosjektets tittel", "Familieveiledning i Nav Lørenskog", "tittel"),
             ("Kontaktperson", "Hamid Rahimi", "kontakt"), ("E-post", "hamid.rahimi@nav.no", "epost"),
             ("Telefon", "922 61 437", "tlf")]
    for lab, val, tag in items:
        p = d.add_paragraph(f"{lab}: ")
        cc_run(p, val, tag)
    p = d.add_paragraph("Prosjektet startet: ")
    cc_date(p, "1. september 2019", "2019-09-01", "start")
    p = d.add_paragraph("Søknaden gjelder:  ")
    cc_check(p, False, "nytt")
    p.add_run(" Nytt prosjekt   ")
    cc_check(p, True, "videre")
    p.add_run(" Videreføring")
    d.add_paragraph("Hvilke satsingsområder dekker prosjektet?")
    for tag, on, lab in [("s1", False, "Bruk av ordinært arbeidsliv"),
                         ("s2", True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                         ("s3", False, "Sikring av sårbare overganger")]:
        p = d.add_paragraph()
        cc_check(p, on, tag)
        p.add_run(" " + lab)
    d.add_paragraph("Budsjett 2020")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val, tag in [("Familieveileder, 100 % stilling (lønn og sosiale utgifter)", "605 000", "b1"),
                          ("Kompetansemidler", "5 000", "b2"), ("Sum søknadsbeløp", "610 000", "b3")]:
        c = t.add_row().cells
        c[0].text = lab
        cc_run(c[1].paragraphs[0], val, tag)
    d.add_paragraph()
    p = d.add_paragraph("Ønsker kontoret å delta i nettverk/klyngesamarbeid?  ")
    cc_check(p, False, "n_ja")
    p.add_run(" Ja  ")
    cc_check(p, True, "n_nei")
    p.add_run(" Nei")
    p = d.add_paragraph("Ønsker kontoret ekstern prosessevaluering?  ")
    cc_check(p, True, "e_ja")
    p.add_run(" Ja  ")
    cc_check(p, False, "e_nei")
    p.add_run(" Nei")
    d.add_paragraph("Endringen fra 2019: I 2019 var stillingen 50 %. Erfaringene (se kort rapport i vedlegg) "
                    "viser at familiene trenger tettere oppfølging, og vi søker derfor om 100 % for 2020.")
    d.add_paragraph("Lørenskog, 29.01.2020")
    d.add_paragraph("Marianne Kolstad\nleder, NAV Lørenskog")
    d.add_paragraph("Espen Hagen Moe\nkommunedirektør, Lørenskog kommune")
    d.save(out)
    return truth("v10", "docx", "docx-controls", lang="nb", scheme=S20,
                 office=("Nav Lørenskog", "Lørenskog", "921135785"),
                 contact=("Hamid Rahimi", "hamid.rahimi@nav.no", "92261437"),
                 project=("Familieveiledning i Nav Lørenskog", "continuation", "2019-09-01"), pct=100,
                 amounts={"positions": 605000, "competence": 5000, "other": None, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Marianne Kolstad", "Nav-leder", "2020-01-29", "typed"),
                       ("municipality", "Espen Hagen Moe", "Kommunedirektør", "2020-01-29", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"],
                 notes=["'Søknad om videreføring og endring' is an application for 2020, not a change request"])


# ------------------------------------------------------------------ v11
def _v11_pdf(path):
    from reportlab.platypus import PageBreak, Paragraph, Spacer
    st = styles("LS", "LSB", 10.5)
    P = lambda t, s="p": Paragraph(t, st[s])  # noqa: E731
    story = [P("NAV Gran", "b"), P("Til Statsforvalteren i Innlandet", "s"), Spacer(1, 8),
             P("Rapport for 2019 og søknad om tilskudd for 2020", "h1"),
             P("Del 1 – Kort rapport fra 2019", "h2"),
             P("Prosjektet «Arbeid for alle i Gran» startet 1. mars 2019. I 2019 fikk Nav Gran tildelt kr 550 000; "
               "brukt kr 548 300. 41 deltakere fikk oppfølging, og 14 kom i ordinært arbeid. Rapporten er også "
               "sendt på eget skjema."),
             grid([["Tildelt 2019", "Brukt 2019", "Deltakere", "I arbeid"],
                   ["kr 550 000", "kr 548 300", "41", "14"]], [110, 110, 110, 110], font="LS", header=True),
             Spacer(1, 10), P("Del 2 – Søknad for 2020", "h2"),
             grid([["Søker (Nav-kontor)", "NAV Gran"], ["Kommune", "Gran"], ["Org.nr.", "988662313"],
                   ["Prosjektets navn", "Arbeid for alle i Gran"],
                   ["Søknaden gjelder", "[ ] nytt prosjekt   [X] videreføring"],
                   ["Oppstart prosjekt", "01.03.2019"],
                   ["Kontaktperson", "Knut Haugerud"], ["Telefon / e-post", "47 81 20 66 / knut.haugerud@nav.no"]],
                  [150, 300], font="LS"),
             Spacer(1, 8),
             P("Prosjektet skal bruke ordinært arbeidsliv: deltakerne får arbeidstrening hos vanlige "
               "arbeidsgivere i Gran og Lunner, med tett oppfølging av to veiledere."),
             P("Satsingsområde: [X] Bruk av ordinært arbeidsliv  [ ] Barnefamilier, ungdom og innvandrere  "
               "[ ] Sårbare overganger"),
             P("Budsjett 2020", "h2"),
             grid([["Stilling", "Stillingsprosent", "Lønn inkl. sosiale kostnader"],
                   ["Arbeidsveileder 1", "50 %", "300 000"], ["Arbeidsveileder 2", "50 %", "300 000"],
                   ["Sum stillinger", "100 %", "600 000"], ["Totalt omsøkt", "", "600 000"]],
                  [150, 110, 190], font="LS", header=True),
             Spacer(1, 6),
             P("Nettverk/klyngesamarbeid: [X] Ja [ ] Nei     Ekstern prosessevaluering: [ ] Ja [X] Nei"),
             PageBreak(), P("Underskrifter", "h2"),
             P("Gran, 27. januar 2020"), Ink(1101, 170, 45), P("Berit Solbakken, leder NAV Gran"),
             Spacer(1, 14), Ink(1102, 170, 45), P("Hans Petter Lie, kommunalsjef helse og velferd, Gran kommune")]
    pdf_story(path, story, "Rapport og søknad")


def v11(out: Path):
    """pdf-scanned, nb: "Rapport for 2019 og søknad om tilskudd for 2020" — last year's results first,
    then the application; photographed at an angle (perspective), shadow, 200 dpi, JPEG."""
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "v11.pdf"
        _v11_pdf(p)
        scan(p, out, 11, dpi=200, angle=1.6, contrast=0.8, shadow=60, quality=55, perspective=True)
    return truth("v11", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Gran", "Gran", "988662313"),
                 contact=("Knut Haugerud", "knut.haugerud@nav.no", "47812066"),
                 project=("Arbeid for alle i Gran", "continuation", "2019-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": None, "other": None, "total": 600000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Berit Solbakken", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Hans Petter Lie", "Kommunalsjef", "2020-01-27", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["report on last year's grant in front of a real application for 2020"])


# ------------------------------------------------------------------ v12
def v12(out: Path):
    """docx-legacy-fields, nn: project title with "rapport" in it; "Felt:" then FORMTEXT in a two-column
    table; FORMCHECKBOX; ink stacked with the name and then the title."""
    d = docx_new("Times New Roman", 11)
    d.add_paragraph().add_run("SØKNADSSKJEMA – Tilskot til utvikling av sosiale tenester i Nav 2020").bold = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    vals = [("Namn på Nav-kontoret", "NAV Ullensvang", "kontor"), ("Kommune", "Ullensvang", "kommune"),
            ("Organisasjonsnummer", "974812630", "orgnr"),
            ("Namn på prosjektet", "Frå rapport til handling – betre overgangar etter soning", "tittel"),
            ("Planlagd oppstart", "01.06.2020", "start"), ("Kontaktperson", "Solveig Aga", "kontakt"),
            ("E-post", "solveig.aga@nav.no", "epost"), ("Telefon", "95 03 17 42", "tlf"),
            ("Stillingsdel i prosjektet", "80 % stilling", "pst")]
    for lab, val, nm in vals:
        c = t.add_row().cells
        c[0].text = lab
        formtext(c[1].paragraphs[0], val, nm)
    d.add_paragraph()
    p = d.add_paragraph("Søknaden gjeld: ")
    formcheck(p, True, "nytt")
    p.add_run(" nytt prosjekt   ")
    formcheck(p, False, "vidare")
    p.add_run(" vidareføring")
    d.add_paragraph("Prosjektskildring: Kriminalomsorga sender kvart år ein rapport om kven som skal lauslatast. "
                    "Prosjektet brukar desse rapportane til å planleggje bustad, inntekt og arbeid før lauslating, "
                    "slik at overgangen frå fengsel til kommunen blir tryggare.")
    d.add_paragraph("Prioriterte område:")
    for on, lab in [(False, "Bruk av ordinært arbeidsliv"), (False, "Oppfølging av barnefamiliar, ungdom og "
                                                                     "innvandrarar"),
                    (True, "Sikring av sårbare overgangar")]:
        p = d.add_paragraph()
        formcheck(p, on, "p")
        p.add_run(" " + lab)
    d.add_paragraph("Budsjett")
    b = d.add_table(rows=0, cols=2)
    b.style = "Table Grid"
    for lab, val in [("Løn og sosiale kostnader (80 %)", "480 000"), ("Kompetansemidlar", "10 000"),
                     ("Sum søknadsbeløp", "490 000")]:
        c = b.add_row().cells
        c[0].text = lab
        formtext(c[1].paragraphs[0], val, "b")
    d.add_paragraph()
    for q, ja in [("Ynskjer de å delta i nettverk/klyngesamarbeid?", False),
                  ("Ynskjer de ekstern prosessevaluering?", True)]:
        p = d.add_paragraph(q + "  Ja ")
        formcheck(p, ja, "j")
        p.add_run("  Nei ")
        formcheck(p, not ja, "n")
    d.add_paragraph("Stad og dato: Odda, 31.01.2020")
    p = d.add_paragraph()
    add_ink(p, 1201, 4.5)
    d.add_paragraph("Eirik Tveito\nNav-leiar")
    p = d.add_paragraph()
    add_ink(p, 1202, 4.5)
    d.add_paragraph("Gunhild Lofthus\nkommunedirektør")
    d.save(out)
    return truth("v12", "docx", "docx-legacy-fields", lang="nn", scheme=S20,
                 office=("Nav Ullensvang", "Ullensvang", "974812630"),
                 contact=("Solveig Aga", "solveig.aga@nav.no", "95031742"),
                 project=("Frå rapport til handling – betre overgangar etter soning", "new", "2020-06-01"), pct=80,
                 amounts={"positions": 480000, "competence": 10000, "other": None, "total": 490000},
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Eirik Tveito", "Nav-leiar", "2020-01-31", "handwritten"),
                       ("municipality", "Gunhild Lofthus", "Kommunedirektør", "2020-01-31", "handwritten")],
                 notes=["project title contains 'rapport'; the description speaks of reports"])


# ------------------------------------------------------------------ v16
def v16(out: Path):
    """bad-input (repairable), nb: a plain application PDF whose xref table offsets are all wrong and
    whose startxref points nowhere; every common reader rebuilds it."""
    from reportlab.platypus import Paragraph, Spacer
    st = styles("DV", "DVB", 10)
    P = lambda t, s="p": Paragraph(t, st[s])  # noqa: E731
    story = [P("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020", "h1"),
             grid([["Nav-kontor:", "NAV Bodø", "Kommune:", "Bodø"],
                   ["Org.nr.:", "964 128 030", "Prosjektstart:", "01.03.2020"],
                   ["Prosjekt:", "Inn i jobb Bodø", "Type:", "Nytt prosjekt"],
                   ["Kontakt:", "Petter Nygård", "Telefon:", "905 55 210"],
                   ["E-post:", "petter.nygard@nav.no", "", ""]], [70, 150, 80, 150]),
             Spacer(1, 8),
             P("Prosjektet skal bruke ordinært arbeidsliv og sikre overgangen fra kvalifiseringsprogram til "
               "arbeid for unge voksne."),
             P("Satsingsområder: ☒ Bruk av ordinært arbeidsliv ☐ Oppfølging av barnefamilier, ungdom og "
               "innvandrere ☒ Sikring av sårbare overganger"),
             grid([["Stilling", "%", "Beløp"], ["Jobbkonsulent", "100 %", "kr 610 000"],
                   ["Sum omsøkt", "", "kr 610 000"]], [200, 80, 170], header=True),
             Spacer(1, 6),
             P("Interesse for nettverk/klyngesamarbeid: ☒ Ja ☐ Nei. Ekstern prosessevaluering: ☒ Ja ☐ Nei."),
             Spacer(1, 10), P("Bodø, 24.01.2020"),
             grid([[Ink(1601, 150, 40), Ink(1602, 150, 40)],
                   ["Synne Kristiansen<br/>Nav-leder", "Rolf Kåre Jensen<br/>Rådmann"]], [220, 220], box=False)]
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "v16.pdf"
        pdf_story(p, story, "Søknad")
        data = bytearray(p.read_bytes())
    i = data.rfind(b"\nxref")
    j = data.find(b"trailer", i)
    import re
    seg = re.sub(rb"\d{10} 00000 n", lambda m: b"0000000017 00000 n", bytes(data[i:j]))
    data[i:j] = seg
    k = data.rfind(b"startxref")
    tail = re.sub(rb"startxref\s+\d+", b"startxref\n999999", bytes(data[k:]))
    data[k:] = tail
    out.write_bytes(bytes(data))
    return truth("v16", "pdf", "bad-input", lang="nb", scheme=S20,
                 office=("Nav Bodø", "Bodø", "964128030"),
                 contact=("Petter Nygård", "petter.nygard@nav.no", "90555210"),
                 project=("Inn i jobb Bodø", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": None, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Synne Kristiansen", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Rolf Kåre Jensen", "Rådmann", "2020-01-24", "handwritten")],
                 notes=["broken xref (every offset wrong, startxref past the end): readable after repair"])
