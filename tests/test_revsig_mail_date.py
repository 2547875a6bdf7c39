"""An e-mail printout's header never dates the signers of the letter under it.

Applications are sent on by e-mail and printed with the mail client's header
in front ("Fra:", "Til:", "Dato: 03.02.2020", "Emne:"). The header's date is
the day the mail was sent, often after the deadline; the signers of the
letter under it dated nothing, so their date stays unknown rather than the
forwarding date (a false SIGNED_AFTER_DEADLINE). A letter's own dateline under
the header, and a letter's labelled "Dato:" without a mail header, still date
undated signers.
"""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.mailhead import email_header
from soknad_extract.layout import Line
from soknad_extract.layout.fragments import fragments
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages, two_columns, word_pages

MAIL = ["Fra: Kari Nordmann <kari.nordmann@nav.no>", "Til: Postmottak Statsforvalteren", "Dato: 03.02.2020",
        "Emne: Søknad Nav Fjellby"]
LETTER = ["Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
          "Nav Fjellby søker om kr 600 000 til prosjektet Jobbhuset, en 100 % stilling.", "Med vennlig hilsen"]


def _printout(head: list[str]):
    lines = [pdf_line(t, 1, 72, 40 + 16 * i) for i, t in enumerate(head + LETTER)]
    lines += [two_columns("Kari Nordmann", "Ola Hansen", 1, 300), two_columns("Nav-leder", "Kommunedirektør", 1, 314)]
    return pdf_pages(pdf_page(1, lines, [ink(1, (72, 250, 200, 295)), ink(1, (320, 250, 450, 295), seed=9)]))


def _dates(doc) -> list[tuple[str, str | None]]:
    return [(s.role, s.date) for s, _evidence in extract_signatures(doc)]


def test_the_mail_headers_date_does_not_date_the_signers() -> None:
    assert _dates(_printout(MAIL)) == [("nav_leader", None), ("municipality", None)]


def test_the_letters_own_dateline_under_the_mail_header_still_dates_them() -> None:
    found = _dates(_printout(MAIL + ["Fjellby, 28. januar 2020"]))
    assert found == [("nav_leader", "2020-01-28"), ("municipality", "2020-01-28")]


def test_a_letters_labelled_date_without_a_mail_header_still_dates_them() -> None:
    head = ["Nav Fjellby", "Til: Statsforvalteren i Vestland", "Dato: 29.01.2020", "Vår ref.: 20/118"]
    assert _dates(_printout(head)) == [("nav_leader", "2020-01-29"), ("municipality", "2020-01-29")]


def test_a_mail_header_is_read_with_values_in_their_own_column() -> None:
    rows = [("Fra:", "Kari Nordmann <kari.nordmann@nav.no>"), ("Sendt:", "3. februar 2020 09:12"),
            ("Til:", "Postmottak"), ("Dato:", "03.02.2020")]
    lines = [two_columns(label, value, 1, 40 + 16 * i) for i, (label, value) in enumerate(rows)]
    lines.append(pdf_line(LETTER[0], 1, 72, 120))
    frags = fragments(pdf_pages(pdf_page(1, lines)))
    header = email_header(frags)
    assert {f.text for f in frags if f.order in header} == {t for row in rows for t in row}


def test_a_word_printout_without_an_address_is_no_mail_header() -> None:
    doc = word_pages({1: [Line(text=t, page=1) for t in ["Fra: Nav Fjellby", "Til: Statsforvalteren",
                                                          "Dato: 29.01.2020", "Emne: Søknad"]]})
    assert email_header(fragments(doc)) == set()
