"""The 18 documents of corpus 49 and their truth: how Nav offices sign without a pen."""
from __future__ import annotations

import tempfile
from pathlib import Path

import receipts49 as R
from forms49 import AREA_IDS, blocks, kr, render_docx, render_pdf
from kit49 import (S20, add_text_revision, concat_pdfs, degrade, images_to_pdf, page_count, raster, sign,
                   signer, soffice_pdf, truth, when)

O, B, S = AREA_IDS
BOX = ("☒", "☐")


def app(lang, office, muni, org, org_text, contact, title, kind, start, start_text, positions, comp, areas,
        net, ev, desc, year=""):
    return dict(lang=lang, office=office, muni=muni, org=org, org_text=org_text, contact=contact, title=title,
                kind=kind, start=start, start_text=start_text, positions=positions, sal=sum(p[2] for p in positions),
                comp=comp, areas=areas, net=net, ev=ev, desc=desc, year=year)


def heads(d, to):
    from forms49 import NB, NN
    L = NB if d["lang"] == "nb" else NN
    return [L["head"], f"Til {to}"]


def t_of(d, id_, ext, cat, sigs, expected=(), optional=(), notes=()):
    pct = sum(p[1] for p in d["positions"])
    return truth(id_, ext, cat, lang=d["lang"], scheme=S20, office=(d["office"].replace("NAV", "Nav"), d["muni"], d["org"]),
                 contact=d["contact"], project=(d["title"], d["kind"], d["start"]), pct=pct,
                 amounts={"positions": d["sal"], "competence": d["comp"], "other": None,
                          "total": d["sal"] + d["comp"]},
                 prio=[a for a in AREA_IDS if a in d["areas"]], interest=(d["net"], d["ev"]), sigs=sigs,
                 expected=expected, optional=optional, notes=notes)


# ------------------------------------------------------------------ pdf-pades
def es01(out: Path):
    d = app("nb", "Nav Elverum", "Elverum", "915615880", "915 615 880",
            ("Siri Nyhus", "siri.nyhus@nav.no", "62431820"), "Jobbspor Elverum", "new", "2020-04-01",
            "1. april 2020", [("Jobbspesialist", 100, 600000)], 10000, [O, S], True, False,
            "Jobbspesialist som finner arbeidsplasser i ordinært arbeidsliv for deltakere som står langt "
            "fra arbeid, også etter løslatelse og ved overgang fra skole.")
    bl = blocks(d) + [("h", "7 Signering"),
                      ("p", "Søknaden signeres digitalt i PDF-en av leder i Nav Elverum og rådmann i Elverum kommune. "
                            "Dato for signering framgår av signaturene."),
                      ("p", "Leder Nav Elverum: Ola Haugen"), ("p", "Rådmann i Elverum kommune: Trond Westby")]
    pdf, _ = render_pdf(bl, "bar", heads(d, "Statsforvalteren i Innlandet"), footer="Nav Elverum – søknad 2020")
    with tempfile.TemporaryDirectory() as td:
        pdf = sign(pdf, "Sign_NavLeder", signer(Path(td), "Ola Haugen", "Nav Elverum"), when("2020-01-27", "09:12"))
        pdf = sign(pdf, "Sign_Radmann", signer(Path(td), "Trond Westby", "Elverum kommune"),
                   when("2020-02-01", "14:05"))
    out.write_bytes(pdf)
    return t_of(d, "es01", "pdf", "pdf-pades",
                [("nav_leader", "Ola Haugen", "Leder Nav Elverum", "2020-01-27", "digital"),
                 ("municipality", "Trond Westby", "Rådmann", "2020-02-01", "digital")],
                notes=["two INVISIBLE PAdES signatures; dates only in the signatures; rådmann signed on the "
                       "deadline day (no SIGNED_AFTER_DEADLINE); printed names are the signers, not typed signatures"])


def es02(out: Path):
    d = app("nn", "Nav Sunnfjord", "Sunnfjord", "939453016", "939453016",
            ("Ingvild Solheim", "ingvild.solheim@nav.no", "57726300"), "Ungdomslos Sunnfjord", "continuation",
            "2020-01-01", "1. januar 2020", [("Ungdomslos", 100, 590000), ("Ungdomslos", 50, 295000)], 10000, [B, S],
            True, True, "Ungdomslosane følgjer opp ungdom og unge foreldre i overgangen frå vidaregåande skule "
                        "til arbeid eller vidare utdanning.", year=" (2. år)")
    bl = blocks(d) + [("page",), ("h", "7 Underskrift"),
                      ("p", "Nav-leiar Kjersti Myklebust signerer digitalt i signaturfeltet under."),
                      ("anchor", "nav", 60),
                      ("p", "Underskrift for Sunnfjord kommune: sjå neste side (skanna).")]
    pdf, anchors = render_pdf(bl, "grid", heads(d, "Statsforvalteren i Vestland"))
    sig_page, _ = render_pdf([("h", "Underskrift for Sunnfjord kommune"),
                              ("p", "Søknaden om tilskot til prosjektet «Ungdomslos Sunnfjord» er forankra i "
                                    "kommuneleiinga."),
                              ("sig", "Stad og dato: Førde, 23.01.2020", "Eirik Vie",
                               "kommunalsjef helse og velferd", None, "es02-vie")], "grid", [""])
    scan = images_to_pdf([degrade(raster(sig_page, 200)[0], "es02", 0.7, noise=600)], 200, quality=72)
    pdf = concat_pdfs([pdf, scan])
    pg, box = anchors["nav"]
    with tempfile.TemporaryDirectory() as td:
        pdf = sign(pdf, "Nav-leiar", signer(Path(td), "Kjersti Myklebust", "Nav Sunnfjord"),
                   when("2020-01-24", "11:30"), page=pg, box=box)
    out.write_bytes(pdf)
    return t_of(d, "es02", "pdf", "pdf-pades",
                [("nav_leader", "Kjersti Myklebust", "Nav-leiar", "2020-01-24", "digital"),
                 ("municipality", "Eirik Vie", "kommunalsjef helse og velferd", "2020-01-23", "handwritten")],
                notes=["Nav leader: visible PAdES box; municipality: ink on a SCANNED last page (image only), "
                       "kommunalsjef helse og velferd; the signature covers the whole file including the scan"])


def es03(out: Path):
    d = app("nb", "Nav Ringerike", "Ringerike", "916651457", "916 651 457",
            ("Tor Arne Lunde", "tor.arne.lunde@nav.no", "32117800"), "Inn på arbeidsplassen", "new", "2020-03-02",
            "02.03.2020", [("Arbeidsinkluderingskoordinator", 80, 470000)], 8000, [O], False, True,
            "Koordinatoren bygger avtaler med lokale arbeidsgivere om praksis og ordinært arbeid.")
    bl = blocks(d, BOX) + [("h", "7 Signaturer"), ("p", "Nav-leder"), ("anchor", "nav", 55),
                      ("p", "Kommunedirektør"), ("anchor", "kom", 55)]
    pdf, a = render_pdf(bl, "stacked", heads(d, "Statsforvalteren i Oslo og Viken"))
    with tempfile.TemporaryDirectory() as td:
        pdf = sign(pdf, "NavLeder", signer(Path(td), "Marianne Bråten", "Nav Ringerike"), when("2020-01-22"),
                   page=a["nav"][0], box=a["nav"][1])
        pdf = sign(pdf, "Kommunedirektor", signer(Path(td), "Hans Kjeldsen", "Ringerike kommune"),
                   when("2020-01-24", "13:40"), page=a["kom"][0], box=a["kom"][1])
    pdf = add_text_revision(pdf, 0, [(56, 48, "Tillegg 27.01.2020: prosjektet samarbeider også med "
                                              "Hønefoss videregående skole.")])
    out.write_bytes(pdf)
    return t_of(d, "es03", "pdf", "pdf-pades",
                [("nav_leader", "Marianne Bråten", "Nav-leder", "2020-01-22", "digital"),
                 ("municipality", "Hans Kjeldsen", "Kommunedirektør", "2020-01-24", "digital")],
                expected=["DIGITAL_SIGNATURE_INVALID"],
                notes=["DEFECT: an incremental update AFTER both signatures adds a line of text to page 1"])


def es04(out: Path):
    d = app("nb", "Nav Lørenskog", "Lørenskog", "945910879", "945 910 879",
            ("Nadia Rahman", "nadia.rahman@nav.no", "67934100"), "Familieløftet Lørenskog", "new", "2020-08-01",
            "august 2020", [("Familiekoordinator", 100, 610000), ("Familiekoordinator", 100, 610000)], 10000, [B],
            True, True, "To familiekoordinatorer gir helhetlig oppfølging av barnefamilier med lav inntekt, "
                        "mange av dem innvandrere.")
    d["contact"] = ("Nadia Rahman", "nadia.rahman@nav.no", "67934100")
    bl = blocks(d)
    bl[6] = ("kv", "Telefon", "+47 67 93 41 00")
    bl += [("h", "7 Underskrifter"), ("anchor", "nav", 55), ("p", "Jon Are Sand, Nav-leder"),
           ("anchor", "kom", 55), ("p", "Elisabeth Haug, konstituert kommunedirektør")]
    pdf, a = render_pdf(bl, "grid", heads(d, "Statsforvalteren i Oslo og Viken"))
    pdf = add_text_revision(pdf, 0, [(420, 800, "Vår ref.: 20/00412-2")], size=8)
    with tempfile.TemporaryDirectory() as td:
        pdf = sign(pdf, "Sig1", signer(Path(td), "Jon Are Sand", "Nav Lørenskog"), when("2020-01-28", "08:50"),
                   page=a["nav"][0], box=a["nav"][1])
        pdf = sign(pdf, "Sig2", signer(Path(td), "Elisabeth Haug", "Lørenskog kommune"),
                   when("2020-01-30", "15:15"), page=a["kom"][0], box=a["kom"][1])
    out.write_bytes(pdf)
    return t_of(d, "es04", "pdf", "pdf-pades",
                [("nav_leader", "Jon Are Sand", "Nav-leder", "2020-01-28", "digital"),
                 ("municipality", "Elisabeth Haug", "konstituert kommunedirektør", "2020-01-30", "digital")],
                notes=["an incremental update BEFORE signing (archive reference) is not a change after signing",
                       "two visible PAdES boxes; 200 % at exactly 1 220 000; konstituert kommunedirektør; +47 phone"])


def es05(out: Path):
    d = app("nn", "Nav Stord", "Stord", "937534183", "937 534 183",
            ("Gunnhild Tysnes", "gunnhild.tysnes@nav.no", "53496800"), "Saman mot arbeid", "new", "2020-05-01",
            "1. mai 2020", [("Rettleiar", 100, 560000)], 10000, [O, B], False, False,
            "Rettleiaren skal skaffe ordinært arbeid til unge og innvandrarar som får sosialhjelp.")
    bl = blocks(d) + [("h", "7 Underskrift"), ("p", "Søknaden er signert elektronisk. Sjå signeringssida bak.")]
    pdf, _ = render_pdf(bl, "bar", heads(d, "Statsforvalteren i Vestland"))
    pdf = concat_pdfs([pdf, R.nynorsk_certificate("Søknad om tilskot – Saman mot arbeid", [
        ("Arve Sæbø", "Nav-leiar, Nav Stord", "20.01.2020 kl. 10:02"),
        ("Liv Heggland", "Kommunedirektør, Stord kommune", "21.01.2020 kl. 12:47")])])
    with tempfile.TemporaryDirectory() as td:
        pdf = sign(pdf, "Signatur1", signer(Path(td), "Arve Sæbø", "Nav Stord"), when("2020-01-20", "10:02"))
        pdf = sign(pdf, "Signatur2", signer(Path(td), "Liv Heggland", "Stord kommune"), when("2020-01-21", "12:47"))
    out.write_bytes(pdf)
    return t_of(d, "es05", "pdf", "pdf-pades",
                [("nav_leader", "Arve Sæbø", "Nav-leiar", "2020-01-20", "digital"),
                 ("municipality", "Liv Heggland", "Kommunedirektør", "2020-01-21", "digital")],
                notes=["a Nynorsk signing certificate page AND two invisible PAdES signatures by the same people: "
                       "kind digital (the certificate page is not a second pair of signatures)"])


def es06(out: Path):
    d = app("nb", "Nav Narvik", "Narvik", "982904943", "982 904 943",
            ("Håvard Eliassen", "havard.eliassen@nav.no", "76965100"), "Vei til jobb – Narvik", "continuation",
            "2020-01-01", "01.01.2020", [("Jobbkoordinator", 60, 360000)], 0, [O, S], True, False,
            "Tredje år: jobbkoordinatoren følger deltakere fra kvalifisering til ordinær jobb.", year=" (3. år)")
    bl = blocks(d, BOX)
    bl[6] = ("kv", "Telefon", "76 96 51 00")
    bl[5] = ("kv", "E-post", "Havard.Eliassen@nav.no")
    bl += [("h", "7 Digital signatur"), ("p", "Kommunalsjef, Narvik kommune"), ("anchor", "kom", 55),
           ("p", "Leder, Nav Narvik"), ("anchor", "nav", 55)]
    pdf, a = render_pdf(bl, "stacked", heads(d, "Statsforvalteren i Nordland"))
    with tempfile.TemporaryDirectory() as td:
        pdf = sign(pdf, "Kommunen", signer(Path(td), "Rune Moe", "Narvik kommune"), when("2020-01-29", "10:20"),
                   page=a["kom"][0], box=a["kom"][1])
        pdf = sign(pdf, "NavLeder", signer(Path(td), "Torill Nilsen", "Nav Narvik"), when("2020-02-04", "09:05"),
                   page=a["nav"][0], box=a["nav"][1])
    out.write_bytes(pdf)
    return t_of(d, "es06", "pdf", "pdf-pades",
                [("nav_leader", "Torill Nilsen", "Leder, Nav Narvik", "2020-02-04", "digital"),
                 ("municipality", "Rune Moe", "Kommunalsjef", "2020-01-29", "digital")],
                expected=["SIGNED_AFTER_DEADLINE"],
                notes=["DEFECT: the Nav leader's PAdES signing time is 04.02.2020 (no printed date)",
                       "3rd-year continuation (allowed); 60 % at 360 000 under 366 000; competence 0"])


def es07(out: Path):
    d = app("nb", "Nav Moss", "Moss", "932866757", "932866757",
            ("Lise Dahl", "lise.dahl@nav.no", "69240000"), "Bolig og arbeid", "new", "2020-05-01", "mai 2020",
            [("Boligkoordinator", 50, 300000)], 5000, [S], True, True,
            "Boligkoordinatoren sikrer bolig og oppfølging for personer som løslates fra fengsel.")
    bl = blocks(d) + [("h", "7 Signatur"), ("p", "Leder, Nav Moss"), ("anchor", "nav", 55),
                      ("p", "Kommunedirektør, Moss kommune"), ("anchor", "kom", 55)]
    pdf, a = render_pdf(bl, "bar", heads(d, "Statsforvalteren i Oslo og Viken"))
    with tempfile.TemporaryDirectory() as td:
        pdf = sign(pdf, "SignaturNavLeder", signer(Path(td), "Kristin Aas", "Nav Moss"), when("2020-01-23"),
                   page=a["nav"][0], box=a["nav"][1], empty_fields=[("SignaturKommunedirektor", a["kom"][0],
                                                                      a["kom"][1])])
    out.write_bytes(pdf)
    return t_of(d, "es07", "pdf", "pdf-pades",
                [("nav_leader", "Kristin Aas", None, "2020-01-23", "digital")],
                expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                notes=["DEFECT: two signature fields, only the Nav leader's signed; the kommunedirektør's is an "
                       "EMPTY /Sig field", "50 % at 300 000 + 5 000 = 305 000"])


# ------------------------------------------------------------------ pdf-from-office
def _office_pdf(d, to, sig_blocks, out: Path, font="Calibri") -> bytes:
    with tempfile.TemporaryDirectory() as td:
        dx = Path(td) / f"{out.stem}.docx"
        render_docx(blocks(d, BOX) + sig_blocks, heads(d, to), dx, font=font)
        pdf = Path(td) / "o.pdf"
        soffice_pdf(dx, pdf)
        return pdf.read_bytes()


def es08(out: Path):
    d = app("nb", "Nav Halden", "Halden", "929041704", "929 041 704",
            ("Øystein Krogh", "oystein.krogh@nav.no", "69175510"), "Ny start i Halden", "new", "2020-03-16",
            "16.03.2020", [("Veileder", 100, 575000)], 10000, [B], False, True,
            "Veilederen følger opp nyankomne innvandrere og familiene deres mot arbeid.")
    pdf = _office_pdf(d, "Statsforvalteren i Oslo og Viken", [
        ("h", "7 Underskrift"), ("p", "Nav-leder: Bente Rød"), ("p", "Kommunedirektør: Roar Skaug"),
        ("p", "Signeres elektronisk – se signeringslogg.")], out)
    pdf = concat_pdfs([pdf, R.english_log("Soknad_tilskudd_2020_Nav_Halden.pdf", "7c1e-44a0-9b2f-0e3d", [
        ("Bente Rød", "bente.rod@nav.no", "2020-01-21 09:41", "BankID"),
        ("Roar Skaug", "roar.skaug@halden.kommune.no", "2020-01-23 13:02", "BankID")])])
    out.write_bytes(pdf)
    return t_of(d, "es08", "pdf", "pdf-from-office",
                [("nav_leader", "Bente Rød", "Nav-leder", "2020-01-21", "electronic_approval"),
                 ("municipality", "Roar Skaug", "Kommunedirektør", "2020-01-23", "electronic_approval")],
                notes=["English signing log appended (name, e-mail, time, BankID); dates ONLY in the log; no PAdES "
                       "in the file (kind electronic_approval, judgement call); the form prints names without ink"])


def es09(out: Path):
    d = app("nn", "Nav Volda", "Volda", "908456009", "908 456 009",
            ("Ragnhild Aarflot", "ragnhild.aarflot@nav.no", "70058700"), "Arbeid for alle i Volda", "new",
            "2020-02-01", "1. februar 2020", [("Jobbspesialist", 100, 610000)], 10000, [O], True, True,
            "Jobbspesialisten skal finne ordinært arbeid til personar som har fått sosialhjelp lenge.")
    pdf = _office_pdf(d, "Statsforvalteren i Møre og Romsdal", [
        ("h", "7 Underskrift"), ("p", "Nav-leiar og rådmann signerer elektronisk. Sjå signeringsbeviset bak.")],
        out, font="Cambria")
    pdf = concat_pdfs([pdf, R.nynorsk_certificate("Søknad om tilskot 2020 – Nav Volda", [
        ("Åse Rotevatn", "Nav-leiar, Nav Volda", "27.01.2020 kl. 08:55"),
        ("Per Kristian Bjørke", "Rådmann, Volda kommune", "29.01.2020 kl. 15:20")])])
    out.write_bytes(pdf)
    return t_of(d, "es09", "pdf", "pdf-from-office",
                [("nav_leader", "Åse Rotevatn", "Nav-leiar", "2020-01-27", "electronic_approval"),
                 ("municipality", "Per Kristian Bjørke", "Rådmann", "2020-01-29", "electronic_approval")],
                notes=["Nynorsk signing certificate, no PAdES; 100 % at exactly 610 000 and competence 10 000"])


def es10(out: Path):
    d = app("nb", "Nav Kongsberg", "Kongsberg", "914041961", "914 041 961",
            ("Camilla Sveen", "camilla.sveen@nav.no", "32866300"), "Veien videre", "continuation", "2020-01-01",
            "1. januar 2020", [("Prosjektleder", 100, 590000)], 10000, [O, S], True, False,
            "Andre prosjektår: tettere oppfølging i overgangen mellom tjenester og ut i ordinært arbeid.",
            year=" (2. år)")
    pdf = _office_pdf(d, "Statsforvalteren i Oslo og Viken", [
        ("h", "7 Signering"), ("p", "Søknaden signeres elektronisk av Nav-kontoret og kommunen, se siste side.")], out)
    pdf = concat_pdfs([pdf, R.signature_page([
        ("Jørn Fagerli", "Avdelingsleder oppfølging, Nav Kongsberg", "21.01.2020 10:02", "BankID"),
        ("Kari Anne Nes", "Kommunedirektør, Kongsberg kommune", "22.01.2020 12:40", "BankID")], "KB-2020-0117")])
    out.write_bytes(pdf)
    return t_of(d, "es10", "pdf", "pdf-from-office",
                [("municipality", "Kari Anne Nes", "Kommunedirektør", "2020-01-22", "electronic_approval")],
                expected=["SIGNATURE_NAV_LEADER_MISSING"],
                notes=["DEFECT: the Nav office's signer is an avdelingsleder, not the Nav leader"])


def es11(out: Path):
    d = app("nn", "Nav Luster", "Luster", "965312234", "965 312 234",
            ("Tone Hauge", "tone.hauge@nav.no", "57685500"), "Los for unge i Luster", "new", "2020-03-01",
            "1. mars 2020", [("Ungdomslos", 50, 295000)], 10000, [B], True, True,
            "Ein los for ungdom mellom 16 og 25 år som står i fare for å falle utanfor skule og arbeid.")
    pdf = _office_pdf(d, "Statsforvalteren i Vestland", [
        ("h", "7 Underskrift"),
        ("p", "Godkjent elektronisk i sakshandsamingssystemet, difor utan handskriven underskrift."),
        ("p", "Oddvar Bolstad, Nav-leiar, 24.01.2020"),
        ("p", "Kommunedirektøren si godkjenning vert ettersend i eige brev.")], out, font="Cambria")
    out.write_bytes(pdf)
    return t_of(d, "es11", "pdf", "pdf-from-office",
                [("nav_leader", "Oddvar Bolstad", "Nav-leiar", "2020-01-24", "electronic_approval")],
                expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                notes=["DEFECT: the municipal approval is promised ('vert ettersend'), not given",
                       "50 % at 295 000 + 10 000 = 305 000"])
