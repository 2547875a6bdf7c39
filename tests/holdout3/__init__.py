"""Hold-out set 3: scanned applications built at test time."""
