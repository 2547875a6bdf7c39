"""The vocabulary files: valid as shipped, extensible without code, and loud when broken."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from soknad_extract import vocabulary
from soknad_extract.extract import extract
from soknad_extract.extract.budget.prose_share import role_near
from soknad_extract.extract.contact import _name_from
from soknad_extract.extract.document import detect_language
from soknad_extract.extract.labels import classify_label
from soknad_extract.layout.fragments import Fragment
from soknad_extract.extract.signatures.wording import is_approval, is_opener, person_name, roles_in
from soknad_extract.norwegian import normalize_office_name
from soknad_extract.schemes import get_scheme
from soknad_extract.vocabulary import VOCABULARY_ENV, VocabularyError, wording_pattern
from tests.builders.layouts import word_doc

SHIPPED = Path(__file__).resolve().parents[1] / "schemas" / "vocabulary"
S2020 = get_scheme("nav-sosiale-tjenester-2020")


@pytest.fixture
def vocabulary_copy(tmp_path, monkeypatch):
    """A copy of the shipped vocabulary; ``use()`` makes the run read it
    instead (files are read once, at first use, so edit them before)."""
    folder = tmp_path / "vocabulary"
    shutil.copytree(SHIPPED, folder)

    class Copy:
        path = folder

        def add(self, name: str, after: str, text: str) -> None:
            source = (folder / name).read_text(encoding="utf-8")
            assert after in source
            (folder / name).write_text(source.replace(after, after + text, 1), encoding="utf-8")

        def replace(self, name: str, old: str, new: str) -> None:
            source = (folder / name).read_text(encoding="utf-8")
            assert old in source
            (folder / name).write_text(source.replace(old, new, 1), encoding="utf-8")

        def use(self) -> None:
            monkeypatch.setenv(VOCABULARY_ENV, str(folder))

    return Copy()


def _frag(text: str) -> Fragment:
    return Fragment(text=text, page=1, box=(0.0, 0.0, 100.0, 10.0), real=True, order=0)


def test_every_shipped_file_loads():
    assert vocabulary.vocabulary_dir() == SHIPPED
    assert classify_label("Organisasjonsnummer") == "org_number"
    assert is_opener(_frag("Med vennleg helsing"))
    assert detect_language("Vi søkjer om tilskot til eit prosjekt som skal gje betre tenester") == "nn"


def test_a_new_label_wording_needs_no_code(vocabulary_copy):
    assert classify_label("Tiltakshaver") is None
    vocabulary_copy.add("labels.toml", 'key = "office"\nnb = [\n', '    "^tiltakshaver",\n')
    vocabulary_copy.use()
    assert classify_label("Tiltakshaver") == "office"
    assert classify_label("Tiltakshaver:") == "office"


def test_a_new_title_needs_no_code(vocabulary_copy):
    assert roles_in("Velferdssjef") == []
    vocabulary_copy.add("signatures.toml", 'role = "municipality"\ntitled = true\nnb = [\n', '    "velferdssjef",\n')
    vocabulary_copy.use()
    assert roles_in("Velferdssjef") == [("municipality", "Velferdssjef", 0, 12)]


def test_new_closings_approvals_and_never_names_need_no_code(vocabulary_copy):
    assert not is_opener(_frag("Takk og helsing"))
    assert not is_approval(_frag("Godkjent i Public 360"))
    assert person_name("Kari Hovedkontor") == "Kari Hovedkontor"
    vocabulary_copy.add("signatures.toml", "[openers]\nnb = [\n", '    "takk og helsing",\n')
    vocabulary_copy.add("signatures.toml", "[approval]\nnb = [\n", '    "*godkjent i public 360*",\n')
    vocabulary_copy.add("signatures.toml", "[never_names]\nnb = [\n", '    "hovedkontor",\n')
    vocabulary_copy.use()
    assert is_opener(_frag("Takk og helsing"))
    assert is_approval(_frag("Godkjent i Public 360"))
    assert person_name("Kari Hovedkontor") is None


def test_a_word_that_is_not_an_office_needs_no_code(vocabulary_copy):
    assert normalize_office_name("Nav Hovedkontor") == "Nav Hovedkontor"
    vocabulary_copy.add("offices.toml", "[not_name_words]\nnb = [\n", '    "hovedkontor",\n')
    vocabulary_copy.use()
    assert normalize_office_name("Nav Hovedkontor") is None


def test_new_project_kind_and_year_words_need_no_code(vocabulary_copy):
    text = "Søknaden gjelder forlengelse av tiltaket, som nå går inn i sitt sjuende driftsår."
    before = extract(word_doc(text), S2020)
    assert "project.kind" not in before.draft.values
    assert before.project_year is None
    vocabulary_copy.add("project.toml", "[continuation]\nnb = [", '"forlengelse", ')
    vocabulary_copy.add("project.toml", "[[ordinal]]\nvalue = 6\nnb = [\"sjette\"]\nnn = []\n",
                        '\n[[ordinal]]\nvalue = 7\nnb = ["sjuende", "syvende"]\nnn = []\n')
    vocabulary_copy.use()
    after = extract(word_doc(text), S2020)
    assert after.draft.values["project.kind"] == "continuation"
    assert after.project_year == 7


def test_an_ordinal_without_a_number_names_the_key(vocabulary_copy):
    vocabulary_copy.replace("project.toml", "value = 6\n", "value = \"seks\"\n")
    vocabulary_copy.use()
    with pytest.raises(VocabularyError, match=r"project\.toml: ordinal\[5\]\.value"):
        extract(word_doc("Søknaden gjelder videreføring, 4. driftsår."), S2020)


def test_a_new_signer_title_needs_no_code(vocabulary_copy):
    doc = word_doc("Tittel", "Seksjonssjef helse")
    assert extract(doc, S2020).draft.values["project.title"] == "Seksjonssjef helse"
    vocabulary_copy.add("project.toml", "[signer_titles]\nnb = [\n", '    "^seksjonssjef",\n')
    vocabulary_copy.use()
    assert "project.title" not in extract(word_doc("Tittel", "Seksjonssjef helse"), S2020).draft.values


def test_a_new_start_word_needs_no_code(vocabulary_copy):
    text = "Tiltaket åpner 1. mars 2020 på Nav-kontoret."
    assert "project.start_date" not in extract(word_doc(text), S2020).draft.values
    vocabulary_copy.add("project.toml", "[start_cues]\nnb = [\n", '    "åpner",\n')
    vocabulary_copy.use()
    assert extract(word_doc(text), S2020).draft.values["project.start_date"] == "2020-03-01"


def test_a_new_subject_wording_needs_no_code(vocabulary_copy):
    lines = ("Søknad om støtte 2020", "Veiviser for unge voksne", "Vi søker om midler til en stilling.")
    assert "project.title" not in extract(word_doc(*lines), S2020).draft.values
    vocabulary_copy.add("project.toml", '[subject]\nnb = ["søknad om tilskudd|midler', '|støtte')
    vocabulary_copy.use()
    assert extract(word_doc(*lines), S2020).draft.values["project.title"] == "Veiviser for unge voksne"


def test_a_new_office_line_word_needs_no_code(vocabulary_copy):
    lines = ("Søknad om tilskudd 2020", "Bydel Frogner for unge voksne", "Vi søker om midler til en stilling.")
    assert extract(word_doc(*lines), S2020).draft.values["project.title"] == "Bydel Frogner for unge voksne"
    vocabulary_copy.add("project.toml", '[office_line]\nnb = [', '"^bydel", ')
    vocabulary_copy.use()
    assert "project.title" not in extract(word_doc(*lines), S2020).draft.values


def test_new_small_words_around_a_role_need_no_code(vocabulary_copy):
    text = "Vi søker om 100 % stilling hvor jobbspesialist er tittelen."
    share = text.index("100")
    assert role_near(text, share, share + 5) is None
    vocabulary_copy.add("budget.toml", '[prose_role_link]\nnb = [', '"hvor", ')
    vocabulary_copy.use()
    assert role_near(text, share, share + 5) == "jobbspesialist"


def test_new_title_cue_words_need_no_code(vocabulary_copy):
    named = "Vi når målet gjennom prosjektet Ung i jobb, som Nav Bø driver."
    quoted = "Tiltaket betitla «Ung i arbeid» gjeld unge."
    assert "project.title" not in extract(word_doc(named), S2020).draft.values
    assert "project.title" not in extract(word_doc(quoted), S2020).draft.values
    vocabulary_copy.add("project.toml", '[named_project]\nbefore = [', '"gjennom", ')
    vocabulary_copy.add("project.toml", 'naming_after_noun = [', '"betitla", ')
    vocabulary_copy.use()
    assert extract(word_doc(named), S2020).draft.values["project.title"] == "Ung i jobb"
    assert extract(word_doc(quoted), S2020).draft.values["project.title"] == "Ung i arbeid"


def test_new_contact_role_words_need_no_code(vocabulary_copy):
    assert _name_from("barnekoordinatorane Kari Moen, tlf 900 00 000") is None
    assert _name_from("Mentor Kari Moen") == "Mentor Kari Moen"
    vocabulary_copy.add("contact.toml", "[leading_titles]\nnb = [\n", '    "*koordinatorane",\n')
    vocabulary_copy.add("contact.toml", "[not_names]\nnb = [", '"Mentor", ')
    vocabulary_copy.use()
    assert _name_from("barnekoordinatorane Kari Moen, tlf 900 00 000") == "Kari Moen"
    assert _name_from("Mentor Kari Moen") is None


def test_a_toml_syntax_error_names_file_and_line(vocabulary_copy):
    path = vocabulary_copy.path / "labels.toml"
    lines = path.read_text(encoding="utf-8").splitlines()
    broken = len(lines) + 2
    path.write_text("\n".join(lines) + "\n\n[[field]\n", encoding="utf-8")
    vocabulary_copy.use()
    with pytest.raises(VocabularyError, match=rf"labels\.toml: not valid TOML: .*line {broken}\b"):
        classify_label("E-post")


def test_a_bad_wording_names_file_line_and_key(vocabulary_copy):
    vocabulary_copy.add("labels.toml", 'key = "email"\nnb = [', '"e-post-", ')
    vocabulary_copy.use()
    with pytest.raises(VocabularyError) as caught:
        classify_label("E-post")
    message = str(caught.value)
    assert re.search(r"labels\.toml:\d+: field\[1\]: wording 'e-post-'", message), message


def test_a_bad_optional_group_names_file_and_line(vocabulary_copy):
    vocabulary_copy.add("contact.toml", "[prose_openers]\nnb = [\n", '    "kontakt {gjerne",\n')
    vocabulary_copy.use()
    lines = (vocabulary_copy.path / "contact.toml").read_text(encoding="utf-8").splitlines()
    line = lines.index('    "kontakt {gjerne",') + 1
    with pytest.raises(VocabularyError) as caught:
        _name_from("Kari Moen")
    assert re.search(rf"contact\.toml:{line}: prose_openers: wording 'kontakt {{gjerne'", str(caught.value)), \
        str(caught.value)


def test_new_contact_openers_and_name_ends_need_no_code(vocabulary_copy):
    text = "Ønsker de meir informasjon, vend dykk til Kari Moen sms 900 00 000."
    assert "contact.name" not in extract(word_doc(text), S2020).draft.values
    vocabulary_copy.add("contact.toml", "[prose_openers]\nnb = [\n", '    "vend dykk til",\n')
    vocabulary_copy.add("contact.toml", '[name_ends]\nnb = [', '"sms", ')
    vocabulary_copy.use()
    assert extract(word_doc(text), S2020).draft.values["contact.name"] == "Kari Moen"


def test_a_missing_list_names_the_key(vocabulary_copy):
    vocabulary_copy.replace("language.toml", "[grant_words]", "[grant_word]")
    vocabulary_copy.use()
    with pytest.raises(VocabularyError, match=r"language\.toml: grant_words: missing or not a table"):
        detect_language("ikkje eg kva")


def test_a_title_repair_must_keep_its_length(vocabulary_copy):
    vocabulary_copy.add("signatures.toml", '[[title_repair]]\nmisread = ["radmann"', ', "radman"')
    vocabulary_copy.use()
    with pytest.raises(VocabularyError, match=r"signatures\.toml: title_repair\[0\]\.misread: 'radman'"):
        roles_in("Rådmann")


@pytest.mark.parametrize("wording, text, found", [
    ("e-post*", "kontaktpersonens epostadresse", "epostadresse"),
    ("e-post*", "kontaktpersonens e-post", "e-post"),
    ("stillings-prosent", "stillings - prosent", "stillings - prosent"),
    ("stillings-prosent", "stillingsprosent", "stillingsprosent"),
    ("stillings-prosent", "stillings prosent", None),
    ("^kontakt", "kontakt", "kontakt"),
    ("^kontakt", "kontaktperson", None),
    ("*kompetanse*", "prosjektkompetansen", "kompetansen"),
    ("leder|leiar av nav", "leiar av nav hamar", "leiar av nav"),
    ("søker … om", "vi søker herved om midler", "søker herved om"),
    ("underskri?t", "underskritt", "underskritt"),
    ("leder [nav]", "leder, nav-kontoret", "leder"),
    ("leder [nav]", "leder for prosjektet", None),
    ("^leder$", "leder for", None),
    ("spørsmål {om *} kan rettes til", "spørsmål om søknaden kan rettes til", "spørsmål om søknaden kan rettes til"),
    ("spørsmål {om *} kan rettes til", "spørsmål kan rettes til", "spørsmål kan rettes til"),
    ("spørsmål {om *} kan rettes til", "spørsmål om dette tilbudet kan rettes til", None),
    ("kontaktperson {i *} {i *} er", "kontaktperson i Nav-kontoret i Bø er", "kontaktperson i Nav-kontoret i Bø er"),
    ("kontaktperson {i *} {i *} er", "kontaktperson i Nav i Bø i Telemark er", None),
    ("kontakt {gjerne} {prosjektleder}", "kontakt gjerne prosjektleder Kari", "kontakt gjerne prosjektleder"),
    ("kontakt {gjerne} {prosjektleder}", "kontakt Kari", "kontakt"),
    # a word still ends where a word ends when what may follow it is left out
    ("kontakt {gjerne}", "kontakten gjerne", None),
    ("kontakt {gjerne}", "kontakt gjernest", "kontakt"),
    ("søker om", "søker omsorg", None),
    ("søker … om", "søker herved omsorg", None),
    ("søker|ber om", "vi søker om", "søker om"),
])
def test_wording_syntax(wording, text, found):
    m = re.search(wording_pattern(wording), text)
    assert (m.group(0) if m else None) == found


@pytest.mark.parametrize("wording", ["", "…", "a …", "-post", "a*b", "(x)[", "a||b", "{a} b", "a {b", "a b}",
                                     "a {}", "a … {b} c", "a|* b", "a {b {c}}"])
def test_wrong_wordings_are_refused(wording):
    with pytest.raises(ValueError):
        wording_pattern(wording)


def test_one_document_reads_one_vocabulary_folder(monkeypatch, tmp_path) -> None:
    """The folder is fixed while a document is read and follows the
    environment again for the next one."""
    from soknad_extract.vocabulary import VOCABULARY_ENV, one_folder, vocabulary_dir

    monkeypatch.delenv(VOCABULARY_ENV, raising=False)
    packaged = vocabulary_dir()
    with one_folder():
        monkeypatch.setenv(VOCABULARY_ENV, str(tmp_path))
        assert vocabulary_dir() == packaged
        with one_folder():
            assert vocabulary_dir() == packaged
    assert vocabulary_dir() == tmp_path


@pytest.mark.parametrize("text", [
    "Søker om midler: kontaktperson i Nav-kontoret, e-post og stillings - prosent.",
    "leder av nav hamar; underskritt av leder, nav-kontoret i Bø",
    "kontakt gjerne prosjektleder Kari om kompetansen",
    "kontakt",
])
def test_a_list_of_wordings_finds_what_its_wordings_find_in_order(text):
    """The compiled list (its word-start checks shared by neighbouring
    wordings) finds the same spans, and at one place the first listed
    wording, as the wordings tried one by one."""
    wordings = ["e-post*", "*kompetanse*", "^kontakt", "leder|leiar av nav", "leder [nav]", "leder",
                "kontakt {gjerne} {prosjektleder}", "søker … om", "*", "stillings-prosent", "underskri?t"]
    for flags in (0, re.IGNORECASE):
        for hyphen_in_words in (False, True):
            patterns = [wording_pattern(w, hyphen_in_words) for w in wordings]
            one_by_one = re.compile("|".join(f"(?:{p})" for p in patterns), flags)
            compiled = vocabulary.Wordings(patterns, flags).compiled
            assert [m.span() for m in compiled.finditer(text)] == [m.span() for m in one_by_one.finditer(text)]
            for start in range(len(text)):
                a, b = compiled.match(text, start), one_by_one.match(text, start)
                assert (a and a.span()) == (b and b.span())
