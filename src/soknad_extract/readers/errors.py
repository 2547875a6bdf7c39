"""Errors a reader raises when a file cannot become a layout document."""


class UnreadableDocument(Exception):
    """The file cannot be read; the messages tell a county clerk what to do."""

    def __init__(self, message_nb: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_nb = message_nb
        self.message_en = message_en
