"""A form read line by line whose competence answer is a dash, "0" or
nothing (a dash lost to text recognition): the amount under the total's
label below it is the total's, never the competence post's."""

from __future__ import annotations

from pathlib import Path

import docx

from soknad_extract.extract import extract
from soknad_extract.extract.budget.prose_posts import answers_total_label
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def test_amount_on_the_line_under_a_total_label_answers_it():
    text = "Lønn inkl. sosiale kostnader kr 480 000\nKompetansemidlar\nSum søkt tilskot\nkr 480 000\n"
    assert answers_total_label(text, text.rindex("kr 480 000"))
    inline = "Kompetansemidlar\nSum omsøkt: kr 480 000"
    assert answers_total_label(inline, inline.index("kr"))


def test_amount_under_the_competence_label_is_not_a_total():
    text = "Lønn kr 480 000\nKompetansemidlar\nkr 10 000\n"
    assert not answers_total_label(text, text.rindex("kr 10 000"))


def test_unanswered_competence_line_does_not_take_the_total(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("Søknadsskjema: tilskot til utvikling av sosiale tenester i Nav 2020")
    for line in ("Vi søkjer om tilskot til ei stilling.", "Budsjett", "Løn inkl. sosiale kostnader kr 480 000",
                 "Kompetansemidlar", "Sum søkt tilskot", "kr 480 000"):
        document.add_paragraph(line)
    path = tmp_path / "form.docx"
    document.save(path)
    got = extract(read_document(path), S2020).draft.values
    assert got.get("amounts.competence") is None
    assert got["amounts.total"] == 480_000
