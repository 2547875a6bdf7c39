"""Word documents of corpus 39 converted by LibreOffice (pdf-from-office), and a cut-off Word file
(bad-input). Each builder writes one file and returns its truth."""
from __future__ import annotations

import tempfile
from pathlib import Path

from docx.shared import Cm, Pt

from kit39 import S20, add_ink, borderless, first_para, new_doc, para, save_doc, soffice_pdf, truth
from word39 import GREY, _runs


# ---------------------------------------------------------------- pdf-from-office (n11, n12), bad input (n18)
THIN = "\u2009"


def _via_office(doc, out: Path) -> None:
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (out.stem + ".docx")
        save_doc(doc, src)
        soffice_pdf(src, out)


def n11(out: Path):
    doc = new_doc("Liberation Sans", 10, "Søknad Nav Horten")
    para(doc, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret", bold=True, size=14)
    para(doc, "Tilskuddsår 2020 · søknadsfrist 1. februar 2020", size=9, colour=GREY)

    def part(head, rows):
        para(doc, head, bold=True, size=11).paragraph_format.space_before = Pt(10)
        for a, v in rows:
            p = para(doc, f"{a}\t{v}")
            p.paragraph_format.tab_stops.add_tab_stop(Cm(6))

    part("Del A – Søker", [("Nav-kontor", "Nav Horten"), ("Kommune", "Horten kommune"),
                           ("Organisasjonsnr.", "967 816 000"), ("Kontaktperson", "Eivind Strøm"),
                           ("E-postadresse", "eivind.strom@nav.no"), ("Telefonnr.", "33 02 71 50")])
    part("Del B – Prosjekt", [("Prosjektnavn", "Horten-modellen: ut i arbeid"), ("Søknaden gjelder", "Nytt prosjekt"),
                              ("Oppstart", "03.02.20"), ("Stillinger", "2 stillinger à 100 %")])
    part("Del C – Økonomi", [("Lønn og sosiale kostnader", f"1{THIN}220{THIN}000 kr"),
                             ("Kompetansemidler", f"10{THIN}000 kr"), ("Omsøkt totalt", f"1{THIN}230{THIN}000 kr")])
    part("Del D – Prioriterte områder", [("Bruk av ordinært arbeidsliv", "Ja"),
                                         ("Oppfølging av barnefamilier, ungdom og innvandrere", "Ja"),
                                         ("Sikring av sårbare overganger", "Nei")])
    part("Del E – Nettverk og evaluering", [("Nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Nei")])
    para(doc, "Del F – Underskrift", bold=True, size=11).paragraph_format.space_before = Pt(10)
    s = doc.add_table(rows=4, cols=2)
    borderless(s)
    for i, (d, seed, name, title) in enumerate([("Horten, 24.01.20", "n11a", "Hanne Kvist", "Nav-leder"),
                                                ("Horten, 27.01.20", "n11b", "Frode Tangen", "Rådmann")]):
        first_para(s.cell(0, i), d)
        add_ink(first_para(s.cell(1, i)), seed, 4.0)
        first_para(s.cell(2, i), name)
        first_para(s.cell(3, i), title)
    _via_office(doc, out)
    return truth("n11", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Horten", "Horten", "967816000"), contact=("Eivind Strøm", "eivind.strom@nav.no", "33027150"),
                 project=("Horten-modellen: ut i arbeid", "new", "2020-02-03"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "total": 1230000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Hanne Kvist", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Frode Tangen", "Rådmann", "2020-01-27", "handwritten")],
                 notes=["near-miss: 200 % at exactly 1 220 000 (thin-space thousands); start 03.02.20 is a start "
                        "date after the deadline, not a signature date", "dates with two-digit years"])


def n12(out: Path):
    doc = new_doc("Liberation Serif", 11, "Søknad Nav Volda")
    para(doc, "Søknad – tilskot til utvikling av sosiale tenester i Nav 2020", bold=True, size=14)
    para(doc, "Skjema frå Statsforvaltaren. Svar under kvart spørsmål.", italic=True, size=9, colour=GREY)
    for q, a in [("1. Kva Nav-kontor søkjer?", "Nav Volda"), ("2. I kva kommune ligg kontoret?", "Volda"),
                 ("3. Organisasjonsnummer:", "960 999 622"),
                 ("4. Kven er kontaktperson (namn, e-post, telefon)?", "Ingvild Rotevatn – ingvild.rotevatn@nav.no – 70 05 87 40"),
                 ("5. Kva heiter prosjektet?", "Heim til arbeid"),
                 ("6. Er prosjektet nytt eller ei vidareføring?", "Nytt"),
                 ("7. Når startar prosjektet?", "1. juni 2020"),
                 ("8. Kor stor stillingsressurs søkjer de om?", "40 % stilling"),
                 ("9. Løn og sosiale kostnader", "kr 244 000,-"), ("10. Kompetansemidlar", "kr 5 000,-"),
                 ("11. Sum søknadsbeløp", "kr 249 000,-"),
                 ("12. Kva prioritert område rettar prosjektet seg mot?",
                  "Oppfølging av barnefamiliar, ungdom og innvandrarar – særleg einslege forsørgjarar med "
                  "innvandrarbakgrunn."),
                 ("13. Ønskjer de å delta i nettverk/klyngjesamarbeid?", "Nei"),
                 ("14. Ønskjer de ekstern prosessevaluering?", "Nei")]:
        para(doc, q, bold=True).paragraph_format.space_before = Pt(6)
        para(doc, a).paragraph_format.left_indent = Cm(0.6)
    para(doc, "")
    para(doc, "15. Underskrifter", bold=True)
    para(doc, "For Nav Volda (leiar):", bold=True)
    para(doc, "Stad og dato: ______________________")
    para(doc, "Underskrift: ________________________________")
    para(doc, "Namn med blokkbokstavar: ____________________")
    para(doc, "")
    para(doc, "For Volda kommune (kommunedirektør):", bold=True)
    para(doc, "Stad og dato: Volda, 29.01.2020")
    _runs(para(doc), "Underskrift: ")
    add_ink(doc.paragraphs[-1], "n12b", 3.8)
    para(doc, "Namn med blokkbokstavar: ELSE MARIE HOVDEN")
    _via_office(doc, out)
    return truth("n12", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Volda", "Volda", "960999622"),
                 contact=("Ingvild Rotevatn", "ingvild.rotevatn@nav.no", "70058740"),
                 project=("Heim til arbeid", "new", "2020-06-01"), pct=40,
                 amounts={"positions": 244000, "competence": 5000, "total": 249000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, False),
                 sigs=[("municipality", "Else Marie Hovden", "kommunedirektør", "2020-01-29", "handwritten")],
                 expected=["SIGNATURE_NAV_LEADER_MISSING"],
                 notes=["defect: the Nav leader's block (Stad og dato / Underskrift / Namn) is left blank",
                        "questions with answers below; 40 % at exactly 244 000; name in block capitals"])


def n18(out: Path):
    """A Word file cut off in transfer: the zip's central directory is missing."""
    doc = new_doc("Arial", 10, "Søknad")
    para(doc, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True)
    for i in range(30):
        para(doc, f"Punkt {i + 1}: Nav Kragerø, prosjekt «Neste steg», 100 % stilling, kr 600 000.")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "full.docx"
        save_doc(doc, src)
        data = src.read_bytes()
    out.write_bytes(data[: len(data) * 2 // 5])
    return truth("n18", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["a .docx truncated to 40 % of its bytes (no central directory)"])
