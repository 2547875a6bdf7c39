"""Tests for soknad_extract.norwegian: every written form the domain notes and
seeds show, and the look-alikes that must not be mistaken for them."""

import random
from datetime import date

import pytest

from soknad_extract.norwegian import (
    Match,
    find_amounts,
    find_dates,
    find_emails,
    find_org_numbers,
    find_percents,
    header_year,
    states_thousands,
    find_phones,
    fold,
    is_valid_org_number,
    municipality_from_office,
    normalize_office_name,
    normalize_phone,
    normalize_space,
    number_word,
    parse_amount,
    parse_date,
    parse_number,
    parse_percent,
)
from soknad_extract.norwegian._text import CharMap
from soknad_extract.norwegian.identifiers import is_date_digits

# 974760673 is Brønnøysundregistrene's own, valid number; 974760674 breaks MOD11.
VALID_ORG = "974760673"
INVALID_ORG = "974760674"


def values(matches: list[Match]) -> list[object]:
    return [m.value for m in matches]


# --- whitespace and folding -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("610\u00a0000", "610 000"),
        ("610\u202f000", "610 000"),
        ("610\u2009000", "610 000"),
        ("610\u2007000", "610 000"),
        ("  Nav\tKongsvinger\n\n", "Nav Kongsvinger"),
        ("Kongs\u00advinger", "Kongsvinger"),
        ("a \r\n b", "a b"),
        ("", ""),
    ],
)
def test_normalize_space(text, expected):
    assert normalize_space(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NAV\u2013kontoret", "nav-kontoret"),
        ("«Eie først»", '"eie først"'),
        ("\u201cSjå meg\u201d", '"sjå meg"'),
        ("Nav\u2019s", "nav's"),
        ("ÆØÅ\u00a0Skjåk", "æøå skjåk"),
        ("1\u22122", "1-2"),
    ],
)
def test_fold(text, expected):
    assert fold(text) == expected


# --- numbers ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 220 000", 1220000.0),
        ("1\u00a0220\u00a0000", 1220000.0),
        ("610.000", 610000.0),
        ("27,80", 27.8),
        ("1,5", 1.5),
        ("0,61", 0.61),
        ("610 000,00", 610000.0),
        ("1.220.000,50", 1220000.5),
        ("1,220,000.50", 1220000.5),
        ("1,220,000", 1220000.0),
        ("610'", 610000.0),
        ("610 000,-", 610000.0),
        ("10.5", 10.5),
        ("0.610", 0.61),
        ("2020", 2020.0),
        ("0", 0.0),
        ("-1 000", -1000.0),
        ("\u2212250", -250.0),
        ("  42 ", 42.0),
    ],
)
def test_parse_number(text, expected):
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    ["", "abc", "kr 610 000", "12 abc", "1.220.000.50", "1 22 000", "%", ",-", "01.02.2020"],
)
def test_parse_number_rejects(text):
    assert parse_number(text) is None


def test_comma_with_two_digits_is_never_thousands():
    assert parse_number("27,80") != 2780


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("en", 1), ("ein", 1), ("ei", 1), ("ett", 1), ("eitt", 1), ("én", 1), ("éi", 1),
        ("to", 2), ("tvo", 2), ("tre", 3), ("fire", 4), ("fem", 5), ("seks", 6),
        ("sju", 7), ("syv", 7), ("åtte", 8), ("ni", 9), ("ti", 10), ("elleve", 11),
        ("tolv", 12), ("femtan", 15), ("tjue", 20), ("tjuge", 20), ("null", 0),
        ("halv", 0.5), ("halvt", 0.5), ("halvannen", 1.5), ("halvanna", 1.5),
        ("Halvannen", 1.5), ("TO", 2), (" tre ", 3),
    ],
)
def test_number_word(word, expected):
    assert number_word(word) == expected


@pytest.mark.parametrize("word", ["", "tjueen", "hundre", "stilling", "2", "tos", "enkelt"])
def test_number_word_rejects(word):
    assert number_word(word) is None


# --- amounts ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("610 000", 610000),
        ("610.000", 610000),
        ("kr 610 000,-", 610000),
        ("kr. 610 000,00", 610000),
        ("Kr 610 000", 610000),
        ("NOK 1 220 000", 1220000),
        ("610 000 kroner", 610000),
        ("610 000 kr", 610000),
        ("610 000 NOK", 610000),
        ("610'", 610000),
        ("610' ", 610000),
        ("NOK 610'", 610000),
        ("NOK 610\u2019", 610000),
        ("0,61 mill.", 610000),
        ("1,2 mill. kr", 1200000),
        ("1,2 mill.kr", 1200000),
        ("1,2 millioner", 1200000),
        ("15,7 millionar kroner", 15700000),
        ("17,5 millionar kroner", 17500000),
        ("610 tusen", 610000),
        ("610 tusen kroner", 610000),
        ("610k", 610000),
        ("610K", 610000),
        ("kr 1.220.000,-", 1220000),
        ("kr 1\u00a0220\u00a0000,\u2013", 1220000),
        ("Kr: 610 000", 610000),
        ("MNOK 1,2", 1200000),
        ("610 tkr", 610000),
        ("to millioner kroner", 2000000),
        ("kr 610 000,50", 610001),
        ("kr 0", 0),
        ("Lønn og sosiale utgifter 610 000", 610000),
        ("kr 1,500", 1500),
        ("Sum: kr 620 000,- (610 000 + 10 000)", 620000),
        ("Sum 1 220 000 (2 x 610 000)", 1220000),
        ("Prosjektleder 100 % 610 000", 610000),
        ("2020 610 000", 610000),
        ("kr 610 000.-", 610000),
        ("1,5 mrd. kroner", 1500000000),
        ("NOK 1 mill.", 1000000),
        ("500", 500),
        ("2020", 2020),
    ],
)
def test_parse_amount(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "ingen",
        "søknad for 2020",
        "100 %",
        "01.02.2020",
        "Tlf 61 23 45 67",
        f"Org.nr. {VALID_ORG}",
        "Stilling 1: 610 000 og stilling 2: 300 000",
        "Stilling 1",
        "Andre kostnader 500",
        "kr",
    ],
)
def test_parse_amount_rejects(text):
    assert parse_amount(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vi søkjer om 1 220 000 kroner til to stillingar og kr 10 000 til kompetanse",
            [1220000, 10000],
        ),
        (
            "Det gis inntil 610 000 kroner per 100% stilling og inntil 10 000 kroner per tiltak",
            [610000, 10000],
        ),
        ("13 prosjekter, 14,4 stillinger – ca. 8,7 millioner kroner 2019", [8700000]),
        ("tilleggsløyving på 1 880 000 kroner til nye prosjekt", [1880000]),
        ("Statsforvalteren har fordelt 48 millioner kroner til 39 prosjekter", [48000000]),
        ("Budsjett 2020 kr 610 000", [610000]),
        ("Søknadsfrist 01.02.2020, beløp kr 610 000,-", [610000]),
        ("Lønn: NOK 610' og kompetanse: NOK 10'", [610000, 10000]),
        ("Totalt 0,61 mill. for 2020", [610000]),
        ("Vi søker om en halv million kroner", [500000]),
        ("Vi søker om en og en halv million kroner", [1500000]),
        ("Vi søkjer om to og ei halv million", [2500000]),
        ("tre og et halvt tusen kroner", [3500]),
        ("1 000 000 kr 2020", [1000000]),
        ("610 000,- kr og 10 000,- kr", [610000, 10000]),
        ("Lønn 610 000 kr. Kompetanse 10 000 kr.", [610000, 10000]),
    ],
)
def test_find_amounts(text, expected):
    assert values(find_amounts(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "søknad for 2020",
        "Søknadsfrist 01.02.2020",
        "Oppstart 1.2.20",
        "100 % stilling",
        "Tlf: 61 23 45 67",
        f"Org.nr. {VALID_ORG}",
        f"NO {VALID_ORG[:3]} {VALID_ORG[3:6]} {VALID_ORG[6:]} MVA",
        "Postboks 987, 2604 Lillehammer",
        "35,5 stillingar i 25 utviklingsprosjekt",
        "Kapittel 0621 post 63",
        "'Prosjekt 2020'",
        "29 301 0,86 % 26 391 5,6 %",
    ],
)
def test_find_amounts_ignores_non_money(text):
    assert find_amounts(text) == []


def test_find_amounts_offsets_point_into_original_text():
    text = "Beløp:\u00a0kr\u00a0610\u00a0000,- totalt"
    (match,) = find_amounts(text)
    assert match.value == 610000
    assert text[match.start : match.end] == match.text == "kr\u00a0610\u00a0000,-"


# --- percentages ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("100 %", 100),
        ("100%", 100),
        ("100\u00a0%", 100),
        ("60 prosent", 60),
        ("50-prosent stilling", 50),
        ("50 prosents stilling", 50),
        ("50 %-stilling", 50),
        ("80 pst.", 80),
        ("1 årsverk", 100),
        ("1,5 årsverk", 150),
        ("0,5 årsverk", 50),
        ("eitt årsverk", 100),
        ("halvt årsverk", 50),
        ("ett og et halvt årsverk", 150),
        ("to stillinger", 200),
        ("to stillingar", 200),
        ("To stillinger", 200),
        ("ei stilling", 100),
        ("en stilling", 100),
        ("éi stilling", 100),
        ("ein stilling", 100),
        ("halv stilling", 50),
        ("en halv stilling", 50),
        ("en og en halv stilling", 150),
        ("1/2 stilling", 50),
        ("½ stilling", 50),
        ("tre 100 % stillinger", 300),
        ("to 50 % stillingar", 100),
        ("2 x 100 %", 200),
        ("2x100%", 200),
        ("2 × 50 %", 100),
        ("100 % stilling", 100),
        ("stillingsprosent 80", 80),
        ("Stillingsprosent: 80", 80),
        ("Stillingsprosent\n80", 80),
        ("stillingsprosent på 80", 80),
        ("Stillingsprosent: 80 %", 80),
        ("1 stilling", 100),
        ("2 stillinger", 200),
        ("halvannen stilling", 150),
        ("halvanna stilling", 150),
        ("35,5 stillingar", 3550),
        ("fire nye prosjektstillingar", 400),
        ("to nye stillinger", 200),
        ("en hel stilling", 100),
        ("full stilling", 100),
        ("ei 100 % stilling", 100),
        ("Stillingsandel 0,5", 50),
        ("Stillingsstørrelse 1", 100),
        ("Stillingsstørrelse: 100 %", 100),
        ("Stillingsprosent (%) 80", 80),
        ("Antall stillinger: 2", 200),
        ("Antall årsverk 1,5", 150),
        ("2 stk. 100 % stillinger", 200),
        ("1 x 80%", 80),
        ("60 %-stilling", 60),
        ("1.5 årsverk", 150),
        ("ni stillinger", 900),
        ("Vi ansetter én person i 100% stilling", 100),
        ("80", 80),
    ],
)
def test_parse_percent(text, expected):
    assert parse_percent(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "stilling",
        "en bestilling",
        "to utstillinger",
        "en deltidsstilling",
        "ingen stilling",
        "Del 1 Stilling og lønn",
        "søknad om stillinger",
        "høsten 2020",
    ],
)
def test_parse_percent_rejects(text):
    assert parse_percent(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nav Elverum «Koordinator», 100% stilling", [100]),
        ("Nav Kongsvinger «Nav i videregående skole», 60% stilling", [60]),
        ("Nav Gjøvik «NYE VEIER», 200% stilling", [200]),
        ("Nav Bergenhus – to stillingar i prosjektet", [200]),
        ("Nav Bømlo – ei stilling i prosjektet", [100]),
        ("Vi søker om to stillinger à 100 %", [200]),  # one expression: count × share
        ("29 301 0,86 % 26 391 5,6 %", [0.86, 5.6]),
        ("Stilling 1: 100 %. Stilling 2: 50 %", [100, 50]),
    ],
)
def test_find_percents(text, expected):
    assert values(find_percents(text)) == pytest.approx(expected)


def test_find_percents_offsets():
    text = "Vi har tre 100 % stillinger."
    (match,) = find_percents(text)
    assert (match.value, match.text) == (300, "tre 100 % stillinger")
    assert text[match.start : match.end] == match.text


# --- dates ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1. februar 2020", date(2020, 2, 1)),
        ("1 februar 2020", date(2020, 2, 1)),
        ("1.februar 2021", date(2021, 2, 1)),
        ("01.02.2020", date(2020, 2, 1)),
        ("1.2.2020", date(2020, 2, 1)),
        ("1.2.20", date(2020, 2, 1)),
        ("15.12.19", date(2019, 12, 15)),
        ("2020-02-01", date(2020, 2, 1)),
        ("2020-02-01T10:00:00", date(2020, 2, 1)),
        ("01/02/2020", date(2020, 2, 1)),
        ("01-02-2020", date(2020, 2, 1)),
        ("1. feb. 2020", date(2020, 2, 1)),
        ("1.feb 2020", date(2020, 2, 1)),
        ("1. febr. 2020", date(2020, 2, 1)),
        ("den 1. februar 2020", date(2020, 2, 1)),
        ("Dato: 30. januar 2020", date(2020, 1, 30)),
        ("3. mars 2020", date(2020, 3, 3)),
        ("3. mar 2020", date(2020, 3, 3)),
        ("17. mai 2020", date(2020, 5, 17)),
        ("1. sept. 2020", date(2020, 9, 1)),
        ("1. sep 2020", date(2020, 9, 1)),
        ("12. okt. 2020", date(2020, 10, 12)),
        ("24. des. 2019", date(2019, 12, 24)),
        ("1. Juli 2020", date(2020, 7, 1)),
        ("1. jul. 2020", date(2020, 7, 1)),
        ("februar 2020", date(2020, 2, 1)),
        ("august 2020", date(2020, 8, 1)),
        ("Oppstart: aug. 2020", date(2020, 8, 1)),
        ("oppstart juli 2020", date(2020, 7, 1)),
        ("08/2020", date(2020, 8, 1)),
        ("01.02.2018 00:00:00", date(2018, 2, 1)),
        ("29.02.2020", date(2020, 2, 29)),
        ("1. februar\n2020", date(2020, 2, 1)),
        ("1.2.2020-31.12.2020", date(2020, 2, 1)),
        ("Des. 2020", date(2020, 12, 1)),
        ("mandag 3. februar 2020", date(2020, 2, 3)),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "høsten 2020",
        "31.02.2020",
        "31. februar 2020",
        "29.02.2019",
        "1. februar",
        "før jul 2020",
        "1 220 000",
        "610.000",
        "0-24-samarbeidet",
        "2014-2020",
        "18-24-åringer",
        "0-24-2020",
        "uke 5 2020",
        "Q3 2020",
        "2020",
    ],
)
def test_parse_date_rejects(text):
    assert parse_date(text) is None


def test_find_dates_in_running_text():
    text = (
        "Søknad innen 01.02.20 til Fylkesmannen. Kr 1 220 000 søkes for "
        "perioden august 2020 til 31. juli 2021. Publisert 25.03.2022."
    )
    assert values(find_dates(text)) == [
        date(2020, 2, 1),
        date(2020, 8, 1),
        date(2021, 7, 31),
        date(2022, 3, 25),
    ]


def test_find_dates_offsets():
    text = "Signert den 30. januar 2020 av rådmann"
    (match,) = find_dates(text)
    assert match.text == "30. januar 2020"
    assert text[match.start : match.end] == match.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01.08.2020\u201331.07.2021", [date(2020, 8, 1), date(2021, 7, 31)]),
        ("2020-08-01-2021-07-31", [date(2020, 8, 1), date(2021, 7, 31)]),
        ("fra 1. august til 31. desember 2020", [date(2020, 8, 1), date(2020, 12, 31)]),
        ("1. januar \u2013 31. desember 2020", [date(2020, 1, 1), date(2020, 12, 31)]),
        ("1. desember - 31. januar 2021", [date(2020, 12, 1), date(2021, 1, 31)]),
        ("1. mars 2020 - 28. februar 2021", [date(2020, 3, 1), date(2021, 2, 28)]),
    ],
)
def test_find_dates_periods(text, expected):
    assert values(find_dates(text)) == expected



# --- organisation numbers ---------------------------------------------------


@pytest.mark.parametrize(
    ("digits", "expected"),
    [
        (VALID_ORG, True),
        ("974 760 673", True),
        (INVALID_ORG, False),
        ("97476067", False),
        ("9747606730", False),
        ("abcdefghi", False),
        ("", False),
    ],
)
def test_is_valid_org_number(digits, expected):
    assert is_valid_org_number(digits) is expected


def test_org_number_check_agrees_with_python_stdnum() -> None:
    """python-stdnum is the reference for the MOD11 check written out in
    ``identifiers``: every check digit of many random numbers."""
    from stdnum.no import orgnr

    rng = random.Random(11)
    for _ in range(3000):
        stem = f"{rng.randrange(10**8):08d}"
        for last in "0123456789":
            assert is_valid_org_number(stem + last) is orgnr.is_valid(stem + last), stem + last
    assert not is_valid_org_number("٩٧٤٧٦٠٦٧٣")  # Arabic-Indic digits are not an org number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("974 760 673", [VALID_ORG]),
        ("974760673", [VALID_ORG]),
        ("NO 974 760 673 MVA", [VALID_ORG]),
        ("NO974760673MVA", [VALID_ORG]),
        ("org.nr. 974 760 673", [VALID_ORG]),
        ("Org.nr: 974.760.673, Nav Hamar", [VALID_ORG]),
        (f"Organisasjonsnummer {INVALID_ORG}", [INVALID_ORG]),
        ("Nav Hamar 974 760 673 2020", [VALID_ORG]),
    ],
)
def test_find_org_numbers(text, expected):
    assert values(find_org_numbers(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "kr 974 760 673",
        "974 760 673 kroner",
        "974 760 673 millioner",
        "1 974 760 673",
        "974 760 673 123",
        "Tlf 61 23 45 67",
        "01029912345",
        "1 220 000",
    ],
)
def test_find_org_numbers_ignores(text):
    assert find_org_numbers(text) == []


# --- phone numbers ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+47 61 23 45 67", "61234567"),
        ("0047 612 34 567", "61234567"),
        ("61 23 45 67", "61234567"),
        ("612 34 567", "61234567"),
        ("912 345 67", "91234567"),
        ("9123 4567", "91234567"),
        ("Tlf: 91234567", "91234567"),
        ("tlf. 91 23 45 67", "91234567"),
        ("+4791234567", "91234567"),
        ("(+47) 912 34 567", "91234567"),
        ("Mobil 912-34-567", "91234567"),
    ],
)
def test_normalize_phone(text, expected):
    assert normalize_phone(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "974 760 673",
        "12345",
        "01234567",
        "12 345 678",
        "kr 91234567",
        "91234567 kroner",
        "01.02.2020",
        "1 220 000",
        "2014-2020",
        "2014 2020",
        "prop.-15-s-20152016/id2460953",
    ],
)
def test_normalize_phone_rejects(text):
    assert normalize_phone(text) is None


def test_find_phones_in_text():
    text = "Kontakt: Kari, tlf 61 23 45 67 / 912 34 567, org.nr 974 760 673, kr 12 345 678"
    assert values(find_phones(text)) == ["61234567", "91234567"]


# --- e-mail -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ola.nordmann@nav.no", ["ola.nordmann@nav.no"]),
        ("Ola.Nordmann@Kongsvinger.kommune.no", ["ola.nordmann@kongsvinger.kommune.no"]),
        ("e-post: kari@nav.no.", ["kari@nav.no"]),
        ("(kari@nav.no),", ["kari@nav.no"]),
        ("mailto:fminpost@fylkesmannen.no", ["fminpost@fylkesmannen.no"]),
        ("ola.nordmann(at)nav.no", ["ola.nordmann@nav.no"]),
        ("ola.nordmann [at] nav.no", ["ola.nordmann@nav.no"]),
        ("a@nav.no; b_c@lom.kommune.no", ["a@nav.no", "b_c@lom.kommune.no"]),
        ("ingen e-post", []),
        ("ola@", []),
        ("@nav.no", []),
    ],
)
def test_find_emails(text, expected):
    assert values(find_emails(text)) == expected


def test_find_emails_offsets_exclude_trailing_punctuation():
    text = "Send til Kari.Hansen@nav.no."
    (match,) = find_emails(text)
    assert match.text == "Kari.Hansen@nav.no"
    assert text[match.start : match.end] == match.text


# --- office names -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NAV Kongsvinger", "Nav Kongsvinger"),
        ("Nav Kongsvinger", "Nav Kongsvinger"),
        ("Nav-kontoret i Kongsvinger", "Nav Kongsvinger"),
        ("NAV-kontoret i Kongsvinger", "Nav Kongsvinger"),
        ("NAV\u2013kontoret i Kongsvinger", "Nav Kongsvinger"),
        ("NAV Lillehammer-Gausdal", "Nav Lillehammer-Gausdal"),
        ("Nav Lom og Skjåk", "Nav Lom og Skjåk"),
        ("NAV Nord-Østerdal v/Tynset", "Nav Nord-Østerdal"),
        ("Nav Nord-Østerdal v/Tynset (region)", "Nav Nord-Østerdal"),
        ("Nav kontor Bømlo", "Nav Bømlo"),
        ("NAV-kontor Bømlo", "Nav Bømlo"),
        ("Nav Oslo, bydel Grorud", "Nav Grorud"),
        ("NAV bydel Frogner", "Nav Frogner"),
        ("Nav Grorud", "Nav Grorud"),
        ("NAV KONGSVINGER", "Nav Kongsvinger"),
        ("NAV LOM OG SKJÅK", "Nav Lom og Skjåk"),
        ("NAV NORD-ØSTERDAL V/TYNSET", "Nav Nord-Østerdal"),
        ("NAV Kongsvinger.", "Nav Kongsvinger"),
        ("NAV Kongsvinger, Postboks 123, 2201 Kongsvinger", "Nav Kongsvinger"),
        ("NAV Kongsvinger 974 760 673", "Nav Kongsvinger"),
        ("Nav St. Hanshaugen", "Nav St. Hanshaugen"),
        ("Nav Indre Østfold", "Nav Indre Østfold"),
        ("Nav Kongsvinger og kommunen samarbeider", "Nav Kongsvinger"),
        ("Nav Elverum «Koordinator for å bedre samhandling»", "Nav Elverum"),
        ("Søker (Nav-kontor): NAV Bømlo", "Nav Bømlo"),
        ("Nav i videregående skole ved Nav Kongsvinger", "Nav Kongsvinger"),
        ("NAV Kongsvinger kommune", "Nav Kongsvinger"),
        ("  Nav\u00a0Kinn\n", "Nav Kinn"),
        ("NAV Lillehammer-Gausdal Prosjektleder Kari Hansen", "Nav Lillehammer-Gausdal"),
        ("NAV Kongsvinger Kari Hansen", "Nav Kongsvinger"),
        ("NAV HAMAR SØKNAD OM TILSKUDD", "Nav Hamar"),
        ("NAV SØNDRE NORDSTRAND", "Nav Søndre Nordstrand"),
        ("Nav Gamle Oslo", "Nav Gamle Oslo"),
        ("Nav Bergen Nord", "Nav Bergen Nord"),
        ("Nav Bergen nord, Postboks 7000", "Nav Bergen nord"),
        ("NAV BERGEN NORD", "Nav Bergen Nord"),
        ("Nav Stavanger og nord", "Nav Stavanger"),
        ("Nav Hammerfest og Måsøy", "Nav Hammerfest og Måsøy"),
        ("NAV-KONTORET I KONGSVINGER", "Nav Kongsvinger"),
        ("nav Kongsvinger", "Nav Kongsvinger"),
        ("Til Fylkesmannen fra NAV-kontoret i Ringsaker", "Nav Ringsaker"),
    ],
)
def test_normalize_office_name(text, expected):
    assert normalize_office_name(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Kongsvinger kommune",
        "Nav-kontoret",
        "Nav sine nettsider",
        "Navn: Kari Hansen",
        "Nav-leder Kari Hansen",
        "ola@nav.no",
        "nav kongsvinger",
        "Fylkesmannen i Innlandet",
        "Arbeids- og velferdsetaten (NAV)",
        "Kilder: SSB og NAV. Sosialhjelp",
        "Nav Leder: Kari",
    ],
)
def test_normalize_office_name_rejects(text):
    assert normalize_office_name(text) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Nav Kongsvinger", "Kongsvinger"),
        ("NAV Kongsvinger", "Kongsvinger"),
        ("Nav Lillehammer-Gausdal", "Lillehammer-Gausdal"),
        ("Nav Lom og Skjåk", "Lom og Skjåk"),
        ("Kongsvinger kommune", None),
        ("", None),
    ],
)
def test_municipality_from_office(name, expected):
    assert municipality_from_office(name) == expected


@pytest.mark.parametrize("text", ["Beløp i 1000 kr", "(i tusen kroner)", "Budsjett (tall i hele tusen)", "NOK 1000",
                                  "Beløp (1000 kr)", "(TNOK)", "Alle tal i heile tusen.", "Beløp i 1 000 kroner:"])
def test_states_thousands(text):
    assert states_thousands(text)


@pytest.mark.parametrize("text", ["Kontorrekvisita 1000 kr", "Vi søker om 1000 kr", "i tusen innbyggere",
                                  "Beløp", "610 000"])
def test_states_thousands_not(text):
    assert not states_thousands(text)


@pytest.mark.parametrize("text,year", [("2020", 2020), ("År 2021", 2021), ("Budsjett 2021 (kr)", 2021),
                                       ("2020-2022", None), ("Beløp", None), ("Sum 2020 og 2021", None)])
def test_header_year(text, year):
    assert header_year(text) == year


@pytest.mark.parametrize("text,value", [
    ("Vi søker om seks hundre og ti tusen kroner til lønn.", 610_000),
    ("Vi søkjer om ein million to hundre og tjue tusen kroner.", 1_220_000),
    ("Kompetanse: tjuefem tusen kroner", 25_000),
    ("femogtjue tusen kr", 25_000),
    ("fem millioner kroner", 5_000_000),
])
def test_amount_in_words(text, value):
    assert [m.value for m in find_amounts(text)] == [value]


def test_number_words_without_currency_are_no_amount():
    assert find_amounts("Tiltaket er for en av to hundre deltakere.") == []


@pytest.mark.parametrize("digits, expected", [
    ("29012018", True), ("01011999", True), ("29022019", False), ("31042020", False),
    ("41022019", False), ("21021850", False), ("2901201", False),
])
def test_is_date_digits(digits, expected):
    assert is_date_digits(digits) is expected


@pytest.mark.parametrize("text", ["", "plain æøå text", "tankestrek – og «sitat»", "myk\u00adbindestrek", "a\u00a0b\r\nc"])
def test_a_char_map_translates_as_str_translate_does(text):
    """The scan that skips translating a text with nothing to change gives
    what translating it would."""
    for table in (str.maketrans({"–": "-", "«": '"', "»": '"', "\u00ad": None, "\u00a0": " ", " ": " "}),
                  str.maketrans("–«»\u00a0", "-\"\" ")):
        assert CharMap(table)(text) == text.translate(table)


def test_a_char_map_refuses_a_table_whose_target_it_also_changes():
    """Scanned target by target, "a→b, b→c" would turn "a" into "c"."""
    with pytest.raises(ValueError):
        CharMap(str.maketrans("ab", "bc"))


def test_a_footnote_mark_ends_the_number_it_touches() -> None:
    """"600 000¹" in a budget with its footnote under the table: the mark is
    no digit of the amount, and the amount is still read."""
    from soknad_extract.norwegian import fold
    from soknad_extract.norwegian._text import prepare

    assert fold("600 000¹") == "600 000"
    assert prepare("600 000¹ kr").text == "600 000  kr"
    assert values(find_amounts("Lønn kr 600 000² per år")) == [600000]
