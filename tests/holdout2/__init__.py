"""Round-two holdout documents: applications built at test time in shapes the
team has not seen (Word forms exported by LibreOffice, numbered questions,
horizontal tables, Nynorsk letters, prose budgets), each with the record the
contract in shared/spec/record.md demands of it."""
