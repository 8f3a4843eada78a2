"""The WeCom documentation's callback sample (the official WXBizMsgCrypt Sample.py): one
configuration and its URL-verification request, shared by the callback tests."""

TOKEN = "QDG6eK"
KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"
CORP = "wx5823bf96d3bd56c7"
SIGNATURE = "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3"
TIMESTAMP = "1409659589"
NONCE = "263014780"
ECHOSTR = "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ=="
PLAINTEXT = "1616140317555161061"
