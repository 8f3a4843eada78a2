"""The first-run set-up wizard: company, archive secret, private keys, connection, test."""
