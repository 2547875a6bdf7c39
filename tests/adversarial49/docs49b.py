"""Corpus 49, documents es12–es18: pdf-text with signing pages, Word forms, one scan."""
from __future__ import annotations

from pathlib import Path

import receipts49 as R
from docs49 import BOX, B, O, S, app, heads, t_of
from forms49 import blocks, render_docx, render_pdf
from kit49 import cell_text, concat_pdfs, degrade, images_to_pdf, raster


def es12(out: Path):
    d = app("nb", "Nav Tromsø", "Tromsø", "911622572", "911 622 572",
            ("Mari Johansen", "mari.johansen@nav.no", "77793000"), "Overgang skole–arbeid", "new", "2020-08-17",
            "17.08.2020", [("Veileder ungdom", 100, 600000), ("Veileder ungdom", 100, 600000)], 10000, [B, S],
            True, True, "To veiledere følger ungdom som avbryter videregående skole over i arbeid eller utdanning.")
    bl = blocks(d) + [("h", "7 Signatur"), ("p", "Dokumentet signeres elektronisk. Signeringsloggen følger som siste side.")]
    pdf, _ = render_pdf(bl, "grid", heads(d, "Statsforvalteren i Troms og Finnmark"))
    pdf = concat_pdfs([pdf, R.event_log([
        ("20.01.2020 08:31", "Dokument opprettet og sendt til signering av Mari Johansen (mari.johansen@nav.no)"),
        ("21.01.2020 09:12", "Åpnet av Svein Olsen"),
        ("21.01.2020 09:14", "Signert av Svein Olsen, Nav-leder, Nav Tromsø – BankID"),
        ("30.01.2020 16:40", "Påminnelse sendt til Berit Karlsen"),
        ("03.02.2020 11:05", "Signert av Berit Karlsen, kommunedirektør, Tromsø kommune – BankID"),
        ("03.02.2020 11:05", "Alle parter har signert. Dokumentet er forseglet.")], "Søknad Nav Tromsø 2020.pdf")])
    out.write_bytes(pdf)
    return t_of(d, "es12", "pdf", "pdf-text",
                [("nav_leader", "Svein Olsen", "Nav-leder", "2020-01-21", "electronic_approval"),
                 ("municipality", "Berit Karlsen", "kommunedirektør", "2020-02-03", "electronic_approval")],
                expected=["SIGNED_AFTER_DEADLINE"],
                notes=["DEFECT: the kommunedirektør signed 03.02.2020 (event log with a sender and a reminder, "
                       "who are not signers)"])


def es13(out: Path):
    d = app("nn", "Nav Ørsta", "Ørsta", "986148817", "986 148 817",
            ("Helge Barstad", None, "70047100"), "Fleire i arbeid", "new", "2020-04-14", "14.04.2020",
            [("Arbeidskonsulent", 70, 420000)], 7000, [O], False, False,
            "Arbeidskonsulenten skal hente fram arbeidsplassar i det ordinære arbeidslivet i Ørsta.")
    bl = blocks(d, BOX)
    bl[5] = ("kv", "E-post", "–")
    bl[6] = ("kv", "Telefon", "700 47 100")
    bl += [("h", "7 Godkjenning"),
           ("p", "Godkjent elektronisk i sakshandsamingssystemet, difor utan handskriven underskrift."),
           ("table", [["Rolle", "Namn", "Godkjent"], ["Nav-leiar", "Kari Straumshein", "22.01.2020"],
                      ["Rådmann", "Ivar Hovden", "28.01.2020"]], [120, 200, 110])]
    pdf, _ = render_pdf(bl, "stacked", heads(d, "Statsforvalteren i Møre og Romsdal"))
    out.write_bytes(pdf)
    return t_of(d, "es13", "pdf", "pdf-text",
                [("nav_leader", "Kari Straumshein", "Nav-leiar", "2020-01-22", "electronic_approval"),
                 ("municipality", "Ivar Hovden", "Rådmann", "2020-01-28", "electronic_approval")],
                notes=["Nynorsk 'Godkjent elektronisk … difor utan handskriven underskrift' with a Rolle/Namn/Godkjent "
                       "table; phone-only contact (e-mail '–'); 70 % at 420 000 + 7 000 = 427 000 (cap 427 000)"])


def es14(out: Path):
    d = app("nb", "Nav Eidsvoll", "Eidsvoll", "970974776", "970 974 776",
            ("Anders Bakke", "anders.bakke@nav.no", "63952200"), "Sammen ut i jobb", "new", "2020-06-01",
            "01.06.2020", [("Jobbspesialist", 100, 540000)], 10000, [O, B], True, False,
            "Jobbspesialisten samarbeider med arbeidsgivere om jobber til foreldre i lavinntektsfamilier.")

    def sig(doc):
        t = doc.add_table(rows=3, cols=3)
        t.style = "Table Grid"
        for r, row in enumerate([["Rolle", "Signatur", "Dato"], ["Nav-leder", "Linda Mørk", "24.01.2020"],
                                 ["Kommunedirektør", "Geir Nordby", ""]]):
            for k, v in enumerate(row):
                cell_text(t.rows[r].cells[k], v, bold=(r == 0))
    render_docx(blocks(d, BOX) + [("h", "7 Signatur")], heads(d, "Statsforvalteren i Oslo og Viken"), out, sig_table=sig)
    return t_of(d, "es14", "docx", "docx-form",
                [("nav_leader", "Linda Mørk", "Nav-leder", "2020-01-24", "typed"),
                 ("municipality", "Geir Nordby", "Kommunedirektør", None, "typed")],
                expected=["SIGNATURE_UNVERIFIED"],
                notes=["DEFECT: typed names in the 'Signatur' column, one with a date, one without; no ink, no "
                       "electronic-approval statement"])


def es15(out: Path):
    d = app("nb", "Nav Grorud", "Oslo", "952016571", "952 016 571",
            ("Fatima Ali", "fatima.ali@nav.no", "21023780"), "Grorud jobbverksted", "new", "2020-09-01",
            "september 2020", [("Jobbveileder", 100, 605000)], 0, [B], True, True,
            "Jobbveilederen følger opp unge og innvandrere i bydelen inn i lønnet arbeid.")
    bl = blocks(d)
    bl[2] = ("kv", "Kommune", "Oslo (bydel Grorud)")
    bl += [("h", "7 Signaturer"), ("p", "Signert elektronisk av Nav-leder og bydelsdirektør – se eget signaturark.")]
    pdf, _ = render_pdf(bl, "bar", heads(d, "Statsforvalteren i Oslo og Viken"), footer="Bydel Grorud / Nav Grorud")
    pdf = concat_pdfs([pdf, R.binding_page([
        ("Nav-leder", "Thomas Berg", "9578-5999-4-1728345", "2020-01-17 10:22:31 CET"),
        ("Bydelsdirektør", "Ingrid Solberg", "9578-5999-4-2093187", "2020-01-20 08:47:02 CET")])])
    out.write_bytes(pdf)
    t = t_of(d, "es15", "pdf", "pdf-text",
             [("nav_leader", "Thomas Berg", "Nav-leder", "2020-01-17", "electronic_approval"),
              ("municipality", "Ingrid Solberg", "Bydelsdirektør", "2020-01-20", "electronic_approval")],
             notes=["Oslo: bydelsdirektør is the municipal leadership; a 'juridisk bindende' signature sheet with "
                    "BankID serial numbers; competence 0"])
    return t


def es16(out: Path):
    d = app("nb", "Nav Horten", "Horten", "915578306", "915 578 306",
            ("Randi Holt", "randi.holt@nav.no", "33085000"), "Trygg overgang Horten", "new", "2020-03-01",
            "1. mars 2020", [("Overgangskoordinator", 100, 610000)], 10000, [O, S], False, True,
            "Koordinatoren følger personer fra rusbehandling og fengsel over i bolig, aktivitet og ordinært arbeid.")
    render_docx(blocks(d, BOX) + [
        ("h", "7 Underskrift"),
        ("p", "Godkjent elektronisk i saksbehandlingssystemet, derfor uten håndskreven signatur."),
        ("p", "Sverre Aas, Nav-leder, godkjent 27.01.2020"),
        ("p", "Tone Lien, kommunalsjef helse og velferd, godkjent 29.01.2020")],
        heads(d, "Statsforvalteren i Vestfold og Telemark"), out)
    return t_of(d, "es16", "docx", "docx-form",
                [("nav_leader", "Sverre Aas", "Nav-leder", "2020-01-27", "electronic_approval"),
                 ("municipality", "Tone Lien", "kommunalsjef helse og velferd", "2020-01-29", "electronic_approval")],
                notes=["100 % at exactly 610 000 + 10 000; kommunalsjef helse og velferd signs for the municipality"])


def es17(out: Path):
    d = app("nn", "Nav Time", "Time", "912870316", "912 870 316",
            ("Marit Lende", "marit.lende@nav.no", "51776000"), "Jobbvegen Time", "continuation", "2020-01-01",
            "1. januar 2020", [("Jobbrettleiar", 100, 590000)], 9000, [O, B, S], True, True,
            "Andre året: ordinært arbeid for unge, barnefamiliar og innvandrarar, og trygge overgangar frå skule.",
            year=" (2. år)")

    def sig(doc):
        t = doc.add_table(rows=3, cols=4)
        t.style = "Table Grid"
        for r, row in enumerate([["Rolle", "Namn", "Dato", "Underskrift"],
                                 ["Nav-leiar", "Bjarte Undheim", "20.01.2020", "Godkjent elektronisk"],
                                 ["Rådmann", "Oddbjørn Fosse", "21.01.2020", "Godkjent elektronisk"]]):
            for k, v in enumerate(row):
                cell_text(t.rows[r].cells[k], v, bold=(r == 0))
    render_docx(blocks(d, BOX) + [("h", "7 Underskrift")], heads(d, "Statsforvalteren i Rogaland"), out,
                font="Arial", sig_table=sig)
    return t_of(d, "es17", "docx", "docx-form",
                [("nav_leader", "Bjarte Undheim", "Nav-leiar", "2020-01-20", "electronic_approval"),
                 ("municipality", "Oddbjørn Fosse", "Rådmann", "2020-01-21", "electronic_approval")],
                notes=["'Godkjent elektronisk' in the Underskrift column of a signature table (no sentence)"])


def es18(out: Path):
    d = app("nb", "Nav Levanger", "Levanger", "965165576", "965 165 576",
            ("Jon Skjelstad", "jon.skjelstad@nav.no", "74052800"), "Arbeid først Levanger", "new", "2020-05-04",
            "04.05.2020", [("Jobbspesialist", 100, 580000)], 10000, [O], False, True,
            "Jobbspesialisten skal skaffe ordinært arbeid med lønn til sosialhjelpsmottakere.")
    bl = blocks(d, box=("[X]", "[ ]")) + [("h", "7 Signering"), ("p", "Signert elektronisk – se kvittering på siste side.")]
    pdf, _ = render_pdf(bl, "bar", heads(d, "Statsforvalteren i Trøndelag"))
    pdf = concat_pdfs([pdf, R.short_receipt([
        "Søknad om tilskudd 2020 – Nav Levanger",
        "Signert elektronisk av Nina Hårstad (Nav-leder, Nav Levanger) med BankID",
        "22.01.2020 kl. 14:03",
        "Signert elektronisk av Arne Wold (kommunedirektør, Levanger kommune) med BankID",
        "24.01.2020 kl. 09:30"])])
    imgs = [degrade(im, f"es18-{i}", 0.8 if i % 2 else -0.6) for i, im in enumerate(raster(pdf, 300))]
    out.write_bytes(images_to_pdf(imgs, 300, quality=78))
    return t_of(d, "es18", "pdf", "pdf-scanned",
                [("nav_leader", "Nina Hårstad", "Nav-leder", "2020-01-22", "electronic_approval"),
                 ("municipality", "Arne Wold", "kommunedirektør", "2020-01-24", "electronic_approval")],
                optional=["LOW_CONFIDENCE"],
                notes=["printed and scanned at 300 dpi (grey, ±0.7°), including the BankID receipt page"])
