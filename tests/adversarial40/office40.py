"""LibreOffice-made PDFs of corpus 40: a long 2-position application, a Nynorsk continuation via .odt, the
Askøy form (signed in pades40), a half-year report that is no application."""
from __future__ import annotations

from pathlib import Path

from kit40 import S20, add_ink, docx_to_pdf, new_doc, orgnr, spaced, truth
from word40 import _ink_table, _page_break, _table

FILL = ("Arbeidet bygger på erfaringer fra kontorets ordinære drift og på kunnskap fra tidligere forsøk i regionen. "
        "Vi har lagt vekt på at arbeidsformen skal kunne videreføres i ordinær drift etter prosjektperioden, og at "
        "brukernes erfaringer skal hentes inn underveis gjennom samtaler og enkle spørreundersøkelser. ")


def _h(doc, s):
    doc.add_heading(s, level=2)


# ------------------------------------------------------------------ n02 pdf-from-office nb, long, 2 positions
def n02(out: Path):
    org = orgnr("97403253")
    doc = new_doc("Liberation Serif", 11.5, "Prosjektsøknad")
    doc.add_heading("Prosjektsøknad 2020", level=0)
    doc.add_paragraph("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret – Nav Sandnes")
    doc.add_paragraph("Innhold: 1 Sammendrag · 2 Søker · 3 Bakgrunn · 4 Mål og målgruppe · 5 Organisering · "
                      "6 Stillinger · 7 Budsjett · 8 Framdrift · 9 Evaluering og nettverk · 10 Forankring")
    _h(doc, "1 Sammendrag")
    doc.add_paragraph("Prosjektet «Første jobb Sandnes» er et nytt prosjekt som skal hjelpe unge sosialhjelpsmottakere "
                      "og nyankomne innvandrere over i ordinært arbeid gjennom tett oppfølging av både deltaker og "
                      "arbeidsgiver. " + FILL * 2)
    _h(doc, "2 Søker")
    doc.add_paragraph(f"Søker er Nav Sandnes, Sandnes kommune, organisasjonsnummer {spaced(org)}. Kontaktperson er "
                      "Kari Nes, avdelingsleder, kari.nes@nav.no, telefon 51 97 50 00.")
    _h(doc, "3 Bakgrunn")
    for _ in range(3):
        doc.add_paragraph("I 2019 hadde Nav Sandnes 2 140 mottakere av økonomisk sosialhjelp; 23 % av dem var under "
                          "25 år, og 41 % hadde innvandrerbakgrunn. Kommunen brukte om lag 96 mill. kroner på økonomisk "
                          "sosialhjelp, og 1 200 000 kroner gikk til kvalifiseringstiltak i egen regi. " + FILL * 2)
    _page_break(doc)
    _h(doc, "4 Mål og målgruppe")
    doc.add_paragraph("Hovedmålet er at flere unge og innvandrere skal få og beholde et ordinært arbeid. Prosjektet "
                      "retter seg mot oppfølging av ungdom og innvandrere, og bruker ordinært arbeidsliv som arena: "
                      "deltakerne skal ut i ordinære virksomheter fra første uke. " + FILL * 3)
    _h(doc, "5 Organisering")
    doc.add_paragraph("Prosjektleder: Kari Nes (avdelingsleder). Styringsgruppe: Nav-leder, kommunalsjef for levekår og "
                      "en representant for næringslivet. Referansegruppe med brukerrepresentanter fra Rogaland. " + FILL * 3)
    _page_break(doc)
    _h(doc, "6 Stillinger")
    doc.add_paragraph("Tilskuddet skal dekke to hele stillinger (200 %):")
    _table(doc, [["Stilling", "Stillingsprosent", "Lønn inkl. sosiale kostnader"],
                 ["Ungdomsveileder", "100 %", "610 000"],
                 ["Jobbspesialist", "100 %", "590 000"],
                 ["Sum", "200 %", "1 200 000"]], header=True)
    doc.add_paragraph(FILL * 3)
    _h(doc, "7 Budsjett")
    _table(doc, [["Budsjettpost", "Søkt beløp 2020"], ["Lønn og sosiale kostnader, to stillinger", "1 200 000"],
                 ["Prosjektspesifikk kompetanse", "10 000"], ["Totalt omsøkt", "1 220 000"]], header=True)
    doc.add_paragraph("Sandnes kommune dekker kontorplass, utstyr og ledelse innenfor ordinært budsjett.")
    _page_break(doc)
    _h(doc, "8 Framdrift")
    _table(doc, [["Tidspunkt", "Aktivitet"], ["Februar–mars 2020", "Rekruttering av to prosjektmedarbeidere"],
                 ["1. april 2020", "Oppstart av prosjektet"], ["Juni 2020", "Første deltakere i ordinær jobb"],
                 ["Desember 2020", "Statusrapport til Statsforvalteren"]], header=True)
    doc.add_paragraph("Prosjektet starter opp 1. april 2020. " + FILL * 3)
    _h(doc, "9 Evaluering og nettverk")
    doc.add_paragraph("Nav Sandnes ønsker å delta i nettverk/klyngesamarbeid og er positiv til ekstern "
                      "prosessevaluering. " + FILL * 2)
    _page_break(doc)
    _h(doc, "10 Forankring og godkjenning")
    doc.add_paragraph("Søknaden er godkjent elektronisk i kommunens saksbehandlingssystem og har derfor ingen "
                      "håndskrevne signaturer.")
    _table(doc, [["Godkjent av", "Rolle", "Dato"], ["Eirik Sola", "Nav-leder", "27.01.2020"],
                 ["Solveig Ege", "Kommunedirektør", "29.01.2020"]], header=True)
    docx_to_pdf(doc, out)
    return truth("n02", "pdf", "pdf-from-office", lang="nb", scheme=S20, office=("Nav Sandnes", "Sandnes", org),
                 contact=("Kari Nes", "kari.nes@nav.no", "51975000"), project=("Første jobb Sandnes", "new", "2020-04-01"),
                 pct=200, amounts={"positions": 1200000, "competence": 10000, "total": 1220000},
                 prio=["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Eirik Sola", "Nav-leder", "2020-01-27", "electronic_approval"),
                       ("municipality", "Solveig Ege", "Kommunedirektør", "2020-01-29", "electronic_approval")],
                 expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["defect: 1 200 000 + 10 000 = 1 210 000, stated total 1 220 000 (which equals the cap for 200 %)",
                        "long (about 7 pages): statistics with 1 200 000 / 96 mill. / percentages in the background section",
                        "electronic approval as a sentence plus a 'Godkjent av / Rolle / Dato' table"])


# ------------------------------------------------------------------ n03 pdf-from-office nn via .odt, continuation
def n03(out: Path):
    org = orgnr("92187623")
    doc = new_doc("Liberation Sans", 10.5, "Søknad vidareføring")
    doc.add_paragraph("NAV SUNNFJORD").runs[0].bold = True
    doc.add_heading("Søknad om vidareføring – tilskot til utvikling av sosiale tenester i Nav, 2020", level=1)
    _table(doc, [["Søkjar (Nav-kontor)", "Nav Sunnfjord"], ["Kommune", "Sunnfjord"],
                 ["Organisasjonsnummer", spaced(org)],
                 ["Kontaktperson", "Ørjan Sande, rådgjevar\norjan.sande@nav.no · 57 72 15 00"],
                 ["Prosjektnamn", "Saman mot arbeid"], ["Type søknad", "Vidareføring – 2. år"],
                 ["Prosjektperiode 2020", "01.01.2020 – 31.12.2020"]], bold_first=True)
    doc.add_paragraph()
    doc.add_paragraph("Status etter første prosjektår").runs[0].bold = True
    doc.add_paragraph("I 2019 fekk Nav Førde 450 000 kroner til ei 80 % stilling. Etter kommunesamanslåinga 1. januar "
                      "2020 held Nav Sunnfjord fram med prosjektet for heile den nye kommunen. For 2020 søkjer vi om ei "
                      "heil stilling (100 %), 610 000 kroner, og 10 000 kroner til kompetanse.")
    doc.add_paragraph("Budsjett").runs[0].bold = True
    _table(doc, [["", "2019 (tildelt)", "2020 (søkt)"], ["Stillingsprosent", "80 %", "100 %"],
                 ["Løn og sosiale kostnader", "450 000", "610 000"], ["Kompetanse", "10 000", "10 000"],
                 ["Sum", "460 000", "620 000"]], header=True)
    doc.add_paragraph("Satsingsområde").runs[0].bold = True
    doc.add_paragraph("Prosjektet rettar seg mot oppfølging av barnefamiliar, ungdom og innvandrarar: familiar med "
                      "barn der foreldra har stått lenge utanfor arbeid, og som no skal få éin fast rettleiar.")
    doc.add_paragraph("Nettverk og evaluering").runs[0].bold = True
    doc.add_paragraph("Vi ønskjer å delta i nettverk/klyngesamarbeid: Ja. Vi ønskjer ekstern prosessevaluering: Ja.")
    doc.add_paragraph("Underskrifter").runs[0].bold = True
    _ink_table(doc, [("Førde, 30.01.2020", "Oddbjørg Hauge", "Nav-leiar"),
                     ("Førde, 31.01.2020", "Terje Heggheim", "Kommunedirektør")], "n03ink")
    docx_to_pdf(doc, out, via_odt=True)
    return truth("n03", "pdf", "pdf-from-office", lang="nn", scheme=S20, office=("Nav Sunnfjord", "Sunnfjord", org),
                 contact=("Ørjan Sande", "orjan.sande@nav.no", "57721500"),
                 project=("Saman mot arbeid", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Oddbjørg Hauge", "Nav-leiar", "2020-01-30", "handwritten"),
                       ("municipality", "Terje Heggheim", "Kommunedirektør", "2020-01-31", "handwritten")],
                 notes=["near-miss: last year's 80 % / 450 000 stands next to this year's 100 % / 610 000 (at the cap)",
                        "produced .docx → .odt → PDF by LibreOffice",
                        "Kontaktperson cell holds name, title, e-mail and phone on two lines"])


# ------------------------------------------------------------------ n06 parts: application and council minutes
def n06_application() -> tuple[bytes, str]:
    import tempfile
    org = orgnr("97458321")
    doc = new_doc("Liberation Sans", 10.5, "Søknad")
    doc.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", level=1)
    _table(doc, [["Søker", "Nav Ringerike"], ["Kommune", "Ringerike"], ["Org.nummer", spaced(org)],
                 ["Kontaktperson", "Lene Opsahl"], ["E-post / telefon", "lene.opsahl@nav.no / 32 11 72 00"],
                 ["Prosjektets tittel", "Ung voksen i arbeid"], ["Ny søknad / videreføring", "Ny søknad"],
                 ["Oppstart", "1. mars 2020"], ["Stillingsressurs", "1 årsverk (100 %)"],
                 ["Lønn og sosiale kostnader", "580 000"], ["Kompetanse", "10 000"], ["Sum omsøkt", "590 000"],
                 ["Kommunal egenandel", "200 000 (se formannskapets vedtak)"]], bold_first=True)
    doc.add_paragraph()
    doc.add_paragraph("Prioriterte områder: ☒ Bruk av ordinært arbeidsliv   ☐ Oppfølging av barnefamilier, ungdom og "
                      "innvandrere   ☒ Sikring av sårbare overganger")
    doc.add_paragraph("Ønsker nettverk/klyngesamarbeid: ☒ Ja ☐ Nei     Ønsker ekstern prosessevaluering: ☒ Ja ☐ Nei")
    doc.add_paragraph("Prosjektet skal gi unge voksne (18–29 år) som går ut av rusbehandling eller soning en fast "
                      "kontakt i Nav og en arbeidsgiver som står klar ved overgangen.")
    doc.add_paragraph("Signatur").runs[0].bold = True
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for j, (role, ink, name, date) in enumerate([("Nav-leder", True, "Bjørn Tandberg", "Hønefoss, 28.01.2020"),
                                                 ("Rådmann/kommunedirektør", False, "", "Sted/dato:")]):
        t.cell(0, j).paragraphs[0].add_run(role).bold = True
        if ink:
            add_ink(t.cell(1, j).paragraphs[0], "n06ink", 4.0)
        else:
            t.cell(1, j).paragraphs[0].add_run("\n\n")
        t.cell(2, j).paragraphs[0].add_run(f"{date}\nNavn: {name}")
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "n06a.pdf"
        docx_to_pdf(doc, p)
        return p.read_bytes(), org


def n06_minutes() -> bytes:
    import tempfile
    doc = new_doc("Liberation Serif", 11, "Møtebok")
    doc.add_paragraph("RINGERIKE KOMMUNE").runs[0].bold = True
    doc.add_paragraph("Utskrift av møtebok – Formannskapet")
    _table(doc, [["Møtedato", "21.01.2020"], ["Sak", "8/20"], ["Arkivsak", "19/04417"]], bold_first=True)
    doc.add_paragraph("Sak 8/20 Søknad om statlige midler – sosiale tjenester i Nav").runs[0].bold = True
    doc.add_paragraph("Kommunedirektørens innstilling: Formannskapet slutter seg til at Nav Ringerike søker "
                      "Statsforvalteren om tilskudd til prosjektet «Ung voksen i arbeid». Kommunens egenandel på "
                      "200 000 kroner dekkes innenfor rammen til helse og omsorg.")
    doc.add_paragraph("Behandling: Innstillingen ble enstemmig vedtatt.")
    doc.add_paragraph("Vedtak: Som innstillingen.")
    doc.add_paragraph("Rett utskrift bekreftes:\nKari Moe\nformannskapssekretær\nHønefoss, 22.01.2020")
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "n06m.pdf"
        docx_to_pdf(doc, p)
        return p.read_bytes()


# ------------------------------------------------------------------ n14 base: Nynorsk form to be signed
def n14_base() -> tuple[bytes, str]:
    import tempfile
    org = orgnr("96472034")
    doc = new_doc("Liberation Sans", 10.5, "Søknad Askøy")
    doc.add_paragraph("Nav Askøy").runs[0].bold = True
    doc.add_heading("Tilskot til utvikling av sosiale tenester i Nav – søknad for 2020", level=1)
    _table(doc, [["1 Søkjar", "Nav Askøy, Askøy kommune"], ["2 Org.nr.", spaced(org)],
                 ["3 Kontaktperson", "Liv Kleppe (liv.kleppe@nav.no, 56 15 81 00)"],
                 ["4 Prosjekt", "Heilt med"], ["5 Type", "Nytt prosjekt"], ["6 Oppstart", "15.03.2020"],
                 ["7 Stilling", "Familiekoordinator, 100 %"], ["8 Løn og sosiale kostnader", "kr 600 000"],
                 ["9 Kompetanse", "kr 10 000"], ["10 Samla søknadssum", "kr 610 000"],
                 ["11 Satsingsområde", "Oppfølging av barnefamiliar, ungdom og innvandrarar"],
                 ["12 Nettverk / prosessevaluering", "Ja / Nei"]], bold_first=True)
    doc.add_paragraph()
    doc.add_paragraph("Søknaden er signert digitalt av Nav-leiar Gunnar Hjelle og kommunedirektør Anne Aasen.")
    for _ in range(8):
        doc.add_paragraph("")
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "n14.pdf"
        docx_to_pdf(doc, p)
        return p.read_bytes(), org


# ------------------------------------------------------------------ n16 not-application: half-year report
def n16(out: Path):
    doc = new_doc("Liberation Sans", 10.5, "Rapport")
    doc.add_heading("Rapport per 30. juni 2020 – tilskot til utvikling av sosiale tenester i Nav", level=1)
    _table(doc, [["Nav-kontor", "Nav Sveio"], ["Kommune", "Sveio"], ["Prosjekt", "Arbeid for alle i Sveio"],
                 ["Tildelt (tilsegn av 20.05.2020)", "305 000 kroner, 50 % stilling"],
                 ["Forbruk per 30.06.", "62 000 kroner"], ["Kontaktperson", "Bente Økland, bente.okland@nav.no"]],
           bold_first=True)
    doc.add_paragraph()
    doc.add_paragraph("Status").runs[0].bold = True
    doc.add_paragraph("Stillinga vart tilsett 1. juni 2020. Sju deltakarar er i gang, to av dei i ordinært arbeid. "
                      "Vi held fram som planlagt og ventar å nytte heile tilskotet innan 31.12.2020.")
    _table(doc, [["Satsingsområde", "Status"], ["Bruk av ordinært arbeidsliv", "I gang"],
                 ["Sikring av sårbare overgangar", "Ikkje starta"]], header=True)
    doc.add_paragraph()
    _ink_table(doc, [("Sveio, 02.07.2020", "Arne Vikse", "Nav-leiar")], "n16ink")
    docx_to_pdf(doc, out)
    return truth("n16", "pdf", "not-application", lang="nn", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["half-year status report on a 2020 grant, form-like table, signed by the "
                                            "Nav leader"])
