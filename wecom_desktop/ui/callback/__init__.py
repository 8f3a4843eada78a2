"""The callback checker: verify a callback URL, decrypt and encrypt bodies, test a live server."""
