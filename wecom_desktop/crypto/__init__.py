"""Private-key handling and RSA unwrapping (`keys`); stdlib, core and cryptography only, no Qt."""
