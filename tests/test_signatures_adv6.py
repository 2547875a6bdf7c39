"""Signature classes met in the sixth held-out corpus (issue 12).

Documents and lines built here in the layout model; wordings are this
file's own, never a corpus file's."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.wording import signed_for
from tests.builders.layouts import as_tuples, ink, pdf_line, pdf_page, pdf_pages


# --- signed on the role holder's behalf --------------------------------------
# Class: a form's municipal block opened by "For rådmannen / kommunedirektøren
# (etter delegert mynde …):" and signed by someone with another title (the
# Nav leader by delegation): the signature is the municipality's.

def test_a_behalf_heading_names_the_role_it_signs_for():
    assert signed_for("For kommunedirektøren (etter delegert mynde, jf. reglement pkt. 3):") == "municipality"
    assert signed_for("På vegne av rådmannen") == "municipality"
    assert signed_for("Etter fullmakt frå kommunedirektøren") == "municipality"
    assert signed_for("For Nav-lederen:") == "nav_leader"
    assert signed_for("For Hamar kommune") is None
    assert signed_for("Rådmannen har delegert mynde til Nav-leiar") is None
    assert signed_for("For rådmannens del er søknaden godkjent") is None


def _stacked(second_heading: str, second_title: str = "Nav-leiar"):
    lines = [
        pdf_line("Søknad om tilskot til utvikling av sosiale tenester i Nav", 1, 60, 60),
        pdf_line("Underskrift", 1, 60, 500),
        pdf_line("Eli Brekke", 1, 60, 550),
        pdf_line("Nav-leiar", 1, 60, 566),
        pdf_line("Dato: 29.01.2019", 1, 60, 582),
        pdf_line(second_heading, 1, 60, 606),
        pdf_line("Eli Brekke", 1, 60, 656),
        pdf_line(second_title, 1, 60, 672),
        pdf_line("Dato: 30.01.2019", 1, 60, 688),
    ]
    return pdf_pages(pdf_page(1, lines, [ink(1, (60, 515, 200, 548), seed=3), ink(1, (60, 621, 200, 654), seed=5)]))


def test_the_nav_leader_signing_for_the_municipality_by_delegation_is_its_signature():
    doc = _stacked("For kommunedirektøren (etter delegert mynde, jf. delegeringsreglementet pkt. 4):")
    assert as_tuples(extract_signatures(doc)) == [
        ("nav_leader", "Eli Brekke", "Nav-leiar", "2019-01-29", "handwritten"),
        ("municipality", "Eli Brekke", "Nav-leiar", "2019-01-30", "handwritten"),
    ]


def test_without_a_behalf_heading_two_nav_leader_blocks_stay_nav_leader():
    doc = _stacked("Merknad: ingen")
    assert [s.role for s, _e in extract_signatures(doc)] == ["nav_leader", "nav_leader"]


def test_the_municipal_title_under_a_behalf_heading_keeps_its_role():
    doc = _stacked("På vegne av rådmannen:", second_title="Kommunalsjef")
    assert [(s.role, s.title) for s, _e in extract_signatures(doc)] == [
        ("nav_leader", "Nav-leiar"), ("municipality", "Kommunalsjef")]


# --- an approval statement repeated in every page's footer -------------------
# Class: "Signert elektronisk av <name> (<title>), <date> og …" printed at the
# foot of every page, with a name table on the signature page: one
# electronic approval per approver.

FOOTER = "Signert elektronisk av Ragnhild Moe (Nav-leder), 03.02.2021 og Per Olav Dahl (rådmann), 04.02.2021"


def _footed_pages(count: int, name_table: bool = True):
    pages = []
    for n in range(1, count + 1):
        lines = [pdf_line(f"Søknad om tilskudd, del {n}", n, 60, 60), pdf_line(FOOTER, n, 60, 800),
                 pdf_line(f"Side {n} av {count}", n, 480, 814)]
        if n == count and name_table:
            lines[1:1] = [pdf_line("Signatur", n, 60, 100), pdf_line("Nav-leder", n, 60, 120),
                          pdf_line("Ragnhild Moe", n, 250, 120), pdf_line("Rådmann", n, 60, 138),
                          pdf_line("Per Olav Dahl", n, 250, 138)]
        pages.append(pdf_page(n, lines))
    return pdf_pages(*pages)


def test_an_approval_in_every_footer_is_one_approval_per_approver():
    assert as_tuples(extract_signatures(_footed_pages(3))) == [
        ("nav_leader", "Ragnhild Moe", "Nav-leder", "2021-02-03", "electronic_approval"),
        ("municipality", "Per Olav Dahl", "Rådmann", "2021-02-04", "electronic_approval"),
    ]


def test_a_single_page_approval_keeps_both_approvers():
    assert [(s.role, s.name) for s, _e in extract_signatures(_footed_pages(1, name_table=False))] == [
        ("nav_leader", "Ragnhild Moe"), ("municipality", "Per Olav Dahl")]


def test_ink_by_the_same_signer_on_two_pages_is_not_merged():
    pages = [pdf_page(n, [pdf_line("Underskrift", n, 60, 500), pdf_line("Eli Brekke", n, 60, 550),
                          pdf_line("Nav-leder", n, 60, 566), pdf_line("Dato: 29.01.2021", n, 60, 582)],
                      [ink(n, (60, 515, 200, 548), seed=3 + n)]) for n in (1, 2)]
    assert [(s.role, s.kind, s.page) for s, _e in extract_signatures(pdf_pages(*pages))] == [
        ("nav_leader", "handwritten", 1), ("nav_leader", "handwritten", 2)]


# --- a sentence about the municipality above the signature blocks -----------
# Class: the signature section opens with prose naming the party ("Søknaden er
# forankret i kommunens ledelse."): a sentence, not a heading, so it gives no
# block a role, and the Nav leader's ink under it stays the Nav leader's.

def _section(intro: str, top: float = 400.0):
    rows = [("Forankring og underskrift", 0), (intro, 20), ("Nav-leder", 40), ("Eva Holm, Nav-leder", 78),
            ("Dato: 20.01.2021", 90), ("Rådmann", 110), ("Ola Brun, rådmann", 152), ("Dato: 23.01.2021", 164)]
    lines = [pdf_line(text, 1, 60, top + dy) for text, dy in rows]
    inks = [ink(1, (68, top + 52, 180, top + 74), seed=2), ink(1, (68, top + 122, 170, top + 148), seed=4)]
    return pdf_pages(pdf_page(1, lines, inks))


def test_a_sentence_naming_the_municipality_is_no_role_heading():
    assert as_tuples(extract_signatures(_section("Søknaden er forankret i kommunens ledelse."))) == [
        ("nav_leader", "Eva Holm", "Nav-leder", "2021-01-20", "handwritten"),
        ("municipality", "Ola Brun", "Rådmann", "2021-01-23", "handwritten"),
    ]


def test_a_short_heading_naming_the_party_still_gives_its_role():
    from soknad_extract.extract.signatures.blocks import _title_line
    from soknad_extract.layout.fragments import fragments
    doc = pdf_pages(pdf_page(1, [pdf_line("Kommunens ledelse", 1, 60, 80)]))
    assert _title_line(fragments(doc)[0])[0] == "municipality"
