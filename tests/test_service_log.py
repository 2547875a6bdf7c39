"""A signing service's record appended behind the application (a signing log,
an event log, a signer sheet) records electronic signatures: the signers it
names are electronic approvals dated by the log, whether the form prints their
names or not. Events of the signing job, a case-handling log and a signer with
no signer's role are not signatures. Built here."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import pdf_line, pdf_page, pdf_pages

HEAD = "Søknad om tilskudd til sosiale tjenester i Nav 2020"


def _signers(doc) -> list[tuple[str, str | None, str | None, str]]:
    return [(s.role, s.name, s.date, s.kind) for s, _evidence in extract_signatures(doc)]


def _form(*signing: str):
    lines = [pdf_line(HEAD, 1, 72, 71), pdf_line("Vi søker om midler til en 100 % stilling.", 1, 72, 120),
             pdf_line("8 Underskrift", 1, 72, 400)]
    lines += [pdf_line(text, 1, 72, 430 + 20 * i) for i, text in enumerate(signing)]
    return pdf_page(1, lines)


def _row(page: int, top: float, *cells: tuple[float, str]):
    return [pdf_line(text, page, x, top) for x, text in cells]


def test_a_table_log_makes_the_printed_signers_electronic_approvals() -> None:
    log = pdf_page(2, [pdf_line("Audit trail", 2, 72, 72),
                       pdf_line("Signed electronically via Posten signering", 2, 72, 100),
                       *_row(2, 140, (72, "Signer"), (200, "Identified with"), (330, "Date")),
                       *_row(2, 160, (72, "Hanne Vik"), (200, "BankID"), (330, "14.01.2020 kl. 10:15")),
                       *_row(2, 180, (72, "Geir Lunde"), (200, "BankID"), (330, "16.01.2020 kl. 13:40"))])
    doc = pdf_pages(_form("Nav-leder: Hanne Vik", "Rådmann: Geir Lunde"), log)
    assert _signers(doc) == [("nav_leader", "Hanne Vik", "2020-01-14", "electronic_approval"),
                             ("municipality", "Geir Lunde", "2020-01-16", "electronic_approval")]


def test_an_event_log_gives_the_signers_with_their_roles_and_leaves_the_events() -> None:
    events = ["15.01.2020 09:58   Opprettet av Tone Ask og sendt til signering",
              "15.01.2020 10:02   Åpnet av Hanne Vik",
              "15.01.2020 10:05   Signert av Hanne Vik, Nav-leder, Nav Fjordbygd (BankID)",
              "20.01.2020 08:00   Påminnelse sendt til Geir Lunde",
              "21.01.2020 14:12   Signert av Geir Lunde, rådmann i Fjordbygd kommune (BankID)"]
    log = pdf_page(2, [pdf_line("Signeringsrapport", 2, 72, 72)]
                   + [pdf_line(text, 2, 72, 120 + 20 * i) for i, text in enumerate(events)])
    doc = pdf_pages(_form("Søknaden signeres elektronisk, se rapporten bak."), log)
    assert _signers(doc) == [("nav_leader", "Hanne Vik", "2020-01-15", "electronic_approval"),
                             ("municipality", "Geir Lunde", "2020-01-21", "electronic_approval")]


def test_signer_boxes_closed_by_their_time_label() -> None:
    lines = [pdf_line("Alle parter har signert dokumentet.", 2, 72, 72),
             pdf_line("KOMMUNALSJEF HELSE OG OMSORG", 2, 72, 140), pdf_line("Geir Lunde", 2, 72, 154),
             pdf_line("Signert: 2020-01-16 09:11:05", 2, 72, 168),
             pdf_line("NAV-LEDER", 2, 72, 240), pdf_line("Hanne Vik", 2, 72, 254),
             pdf_line("Signert: 2020-01-13 15:02:44", 2, 72, 268), pdf_line("Sikret med BankID.", 2, 72, 320)]
    doc = pdf_pages(_form("Se signaturarket."), pdf_page(2, lines))
    assert _signers(doc) == [("municipality", "Geir Lunde", "2020-01-16", "electronic_approval"),
                             ("nav_leader", "Hanne Vik", "2020-01-13", "electronic_approval")]


def test_a_log_signer_with_no_signers_role_is_not_the_applications_signer() -> None:
    log = pdf_page(2, [pdf_line("Signeringsbevis", 2, 72, 72),
                       *_row(2, 140, (72, "Namn"), (200, "Rolle"), (380, "Tidspunkt")),
                       *_row(2, 160, (72, "Ola Strand"), (200, "Seksjonsleiar, Nav Fjordbygd"),
                             (380, "14.01.2020 10:15  BankID")),
                       *_row(2, 180, (72, "Geir Lunde"), (200, "Kommunedirektør"), (380, "16.01.2020 13:40  BankID"))])
    doc = pdf_pages(_form("Søknaden vert signert elektronisk."), log)
    assert _signers(doc) == [("municipality", "Geir Lunde", "2020-01-16", "electronic_approval")]


def test_a_case_handling_log_is_no_signing_log() -> None:
    log = pdf_page(2, [pdf_line("Saksgang", 2, 72, 72),
                       pdf_line("15.01.2020  Journalført av Hanne Vik (BankID-pålogget)", 2, 72, 120),
                       pdf_line("16.01.2020  Sendt til Geir Lunde, rådmann", 2, 72, 140)])
    doc = pdf_pages(_form("Nav-leder: Hanne Vik", "Rådmann: Geir Lunde"), log)
    assert [s[3] for s in _signers(doc)] == ["typed", "typed"]


def test_events_on_a_service_page_are_no_signatures() -> None:
    log = pdf_page(2, [pdf_line("Signeringslogg", 2, 72, 72),
                       pdf_line("15.01.2020 10:02  Sendt til signering til Hanne Vik, Nav-leder (BankID)", 2, 72, 120),
                       pdf_line("16.01.2020 08:30  Åpnet av Geir Lunde, rådmann", 2, 72, 140)])
    doc = pdf_pages(_form("Søknaden skal signeres elektronisk."), log)
    assert _signers(doc) == []


def test_signer_boxes_closed_by_a_bare_time_stamp() -> None:
    box = ["Med min signatur bekrefter jeg innholdet i dette dokumentet.", "Hanne Vik", "Leder Nav Fjordbygd",
           "Serienummer: 9578-5999-4-3345120", "IP: 193.212.xxx.xxx", "2020-01-13 15:02:44 UTC"]
    lines = [pdf_line("Signaturene i dette dokumentet er juridisk bindende.", 2, 72, 72)]
    lines += [pdf_line(text, 2, 72, 140 + 14 * i) for i, text in enumerate(box)]
    doc = pdf_pages(_form("Nav-leder: Hanne Vik"), pdf_page(2, lines))
    assert _signers(doc) == [("nav_leader", "Hanne Vik", "2020-01-13", "electronic_approval")]


def test_a_time_label_without_its_colon() -> None:
    box = ["Oddny Myhre", "Kommunalsjef for helse", "Signert 2020-01-22 11:30:09 CET", "Identifisert med BankID"]
    lines = [pdf_line("Signeringsbevis", 2, 72, 72)]
    lines += [pdf_line(text, 2, 72, 140 + 14 * i) for i, text in enumerate(box)]
    doc = pdf_pages(_form("Se signeringsbeviset."), pdf_page(2, lines))
    assert _signers(doc) == [("municipality", "Oddny Myhre", "2020-01-22", "electronic_approval")]


def test_an_offices_own_signature_page_on_paper_is_no_service_record() -> None:
    lines = [pdf_line("Signaturside", 2, 72, 72),
             pdf_line("Hanne Vik", 2, 72, 154), pdf_line("Signert: 13.01.2020", 2, 72, 168),
             pdf_line("Geir Lunde", 2, 320, 154), pdf_line("Signert: 16.01.2020", 2, 320, 168)]
    doc = pdf_pages(_form("Nav-leder: Hanne Vik", "Rådmann: Geir Lunde", "Signaturside følger vedlagt."),
                    pdf_page(2, lines))
    assert [s[3] for s in _signers(doc)] == ["typed", "typed"]
