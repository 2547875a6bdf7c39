"""Norwegian values in grant applications: numbers, amounts, position
shares, dates, number words, organisation and phone numbers, e-mail
addresses and Nav office names.

Every other module parses these through this package, so that one set of
rules decides what "610'", "27,80", "ei stilling" or "1.2.20" means.
Functions are pure; finders return offsets into the text they were given.
"""

from ._text import Match, fold, normalize_space
from .amounts import find_amounts, parse_amount, states_thousands
from .dates import find_dates, parse_date
from .identifiers import (
    find_emails,
    find_org_numbers,
    find_phones,
    find_unlabelled_phones,
    is_valid_org_number,
    normalize_phone,
)
from .numbers import header_year, number_word, parse_number
from .offices import municipality_from_office, normalize_office_name
from .percent import find_percents, parse_percent, states_range

__all__ = [
    "Match",
    "find_amounts",
    "find_dates",
    "find_emails",
    "find_org_numbers",
    "find_percents",
    "find_phones",
    "find_unlabelled_phones",
    "fold",
    "header_year",
    "is_valid_org_number",
    "municipality_from_office",
    "normalize_office_name",
    "normalize_phone",
    "normalize_space",
    "number_word",
    "parse_amount",
    "parse_date",
    "parse_number",
    "parse_percent",
    "states_range",
    "states_thousands",
]
