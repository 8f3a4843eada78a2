"""Callback crypto: official vectors, round trips, an independent implementation, every error code."""

from __future__ import annotations

import base64
import json
import string
from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from wechatpy.enterprise.crypto import WeChatCrypto

from wecom_desktop.crypto.callback import (
    CallbackCrypto,
    encrypted_field,
    generate_aes_key,
    generate_token,
    parse_aes_key,
    reply_fields,
    signature,
)
from wecom_desktop.crypto.callback_errors import CallbackCode, CallbackError, explain_code
from wecom_desktop.crypto.callback_paste import verify_pasted

# WeCom documentation samples (the official WXBizMsgCrypt Sample.py files, sbzhu/weworkapi_python).
DOC = {
    "token": "QDG6eK",
    "key": "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C",
    "receive_id": "wx5823bf96d3bd56c7",
}
DOC_GET = {
    "msg_signature": "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3",
    "timestamp": "1409659589",
    "nonce": "263014780",
    "echostr": "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==",
}
DOC_POST_XML = (
    "<xml> <ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><Encrypt><![CDATA[RypEvHKD8QQKFhvQ6QleEB4J58tiPd"
    "vo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiS"
    "pGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3"
    "Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XX"
    "ZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q"
    "==]]></Encrypt><AgentID><![CDATA[218]]></AgentID></xml>"
)
DOC_POST_QUERY = ("477715d11cdb4164915debcba66cb864d751f3e6", "1409659813", "1372623149")
# The JSON sample belongs to the newer configuration below (token hJqc…, corp ww1436…).
DOC_POST_JSON = json.dumps(
    {
        "ToUserName": "wx5823bf96d3bd56c7",
        "Encrypt": "cjhLUX7UU4yCSelv1vz7T0zT8huF51bAMVWriNvO1FMegHrQZNrtvRxbwf0fUPsFvwqR0U0fgiJNEA5Y30F2MoI2S7vv3E"
        "jVQ68C0cjw9frBoUE2Hj0BvFp9h3u6Vbsg4lc1C8AtHdaN8orKuNKkLRLuYEL52R1J3v8olJGZRLnRdVKIivixmX/eQpzgeExtp20jI1Hx"
        "RP1AAZ6xZoILdqDPO549LO4WeG+685JRUTdiwcY5fjZlqeMxuT4PpMn1X9OWsS7NRj06Wa5E3Tvg4twjWp39KPfOdRte6P1T4JU=",
        "AgentID": 218,
    }
)
DOC_POST_JSON_QUERY = ("e3647471e395139e2308c1fa963f2d648a00b90e", "1409659813", "1372623149")
DOC2 = {
    "token": "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo",
    "key": "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt",
    "receive_id": "ww1436e0e65a779aee",
}
DOC2_GET = ("012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb", "1476416373", "47744683")
DOC2_ECHOSTR = "fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA=="
DOC2_POST = (
    "<xml><ToUserName><![CDATA[ww1436e0e65a779aee]]></ToUserName>\n<Encrypt><![CDATA[Kl7kjoSf6DMD1zh7rtrHjFaDapSCka"
    "Onwu3bqLc5tAybhhMl9pFeK8NslNPVdMwmBQTNoW4mY7AIjeLvEl3NyeTkAgGzBhzTtRLNshw2AEew+kkYcD+Fq72Kt00fT0WnN87hGrW8SqGc"
    "+NcT3mu87Ha3dz1pSDi6GaUA6A0sqfde0VJPQbZ9U+3JWcoD4Z5jaU0y9GSh010wsHF8KZD24YhmZH4ch4Ka7ilEbjbfvhKkNL65HHL0J6EYJIZ"
    "UC2pFrdkJ7MhmEbU2qARR4iQHE7wy24qy0cRX3Mfp6iELcDNfSsPGjUQVDGxQDCWjayJOpcwocugux082f49HKYg84EpHSGXAyh+/oxwaWbvL6aS"
    "DPOYuPDGOCI8jmnKiypE+]]></Encrypt>\n<AgentID><![CDATA[1000002]]></AgentID>\n</xml>"
)
DOC2_POST_QUERY = ("0c3914025cb4b4d68103f6bfc8db550f79dcf48e", "1476422779", "1597212914")


def doc_crypto(receive_id: str | None = DOC["receive_id"], token: str = DOC["token"]) -> CallbackCrypto:
    return CallbackCrypto(token, DOC["key"], receive_id)


def code_of(call: object) -> CallbackCode:
    assert callable(call)
    with pytest.raises(CallbackError) as caught:
        call()
    return caught.value.code


# -- official vectors ------------------------------------------------------------------------


def test_official_get_sample_verifies_to_its_echo_string() -> None:
    result = doc_crypto().verify_url(**DOC_GET)
    assert result.message == "1616140317555161061"
    assert result.receive_id == "wx5823bf96d3bd56c7"


def test_official_xml_post_sample_decrypts_to_the_text_message() -> None:
    result = doc_crypto().decrypt_body(DOC_POST_XML, *DOC_POST_QUERY)
    assert "<Content><![CDATA[hello]]></Content>" in result.message
    assert "<MsgId>4561255354251345929</MsgId>" in result.message


def test_official_json_post_sample_decrypts_even_though_its_payload_is_not_valid_json() -> None:
    # The JSON sample (configured like the newer sample) encrypts a payload with a typo
    # (`:mycreate"`); the crypto layer must return it untouched, not judge it.
    crypto = CallbackCrypto(DOC2["token"], DOC2["key"], DOC2["receive_id"])
    result = crypto.decrypt_body(DOC_POST_JSON, *DOC_POST_JSON_QUERY)
    assert result.message.startswith('{ "ToUserName": "wx5823bf96d3bd56c7", "FromUserName": :mycreate"')


def test_newer_official_sample_get_and_post() -> None:
    crypto = CallbackCrypto(DOC2["token"], DOC2["key"], DOC2["receive_id"])
    assert crypto.verify_url(*DOC2_GET, DOC2_ECHOSTR).message == "1288432023552776189"
    message = crypto.decrypt_body(DOC2_POST, *DOC2_POST_QUERY).message
    assert "<FromUserName>ChenJiaShun</FromUserName>" in message
    assert "<Content>你好</Content>" in message


def test_signature_is_sha1_of_the_sorted_concatenation() -> None:
    assert (
        signature(DOC["token"], DOC_GET["timestamp"], DOC_GET["nonce"], DOC_GET["echostr"])
        == DOC_GET["msg_signature"]
    )


# -- round trips -----------------------------------------------------------------------------

ALNUM = string.ascii_letters + string.digits
# The 43rd character of a 32-byte key's Base64 carries 4 bits; these keep the 2 spare bits zero.
LAST_KEY_CHARS = "AEIMQUYcgkosw048"
keys = st.builds(
    lambda body, last: body + last,
    st.text(alphabet=ALNUM, min_size=42, max_size=42),
    st.sampled_from(LAST_KEY_CHARS),
)
tokens = st.text(alphabet=ALNUM, min_size=1, max_size=32)
receive_ids = st.text(alphabet=ALNUM, max_size=40)
stamps = st.integers(min_value=0, max_value=2**34).map(str)
nonces = st.integers(min_value=0, max_value=10**12).map(str)
messages = st.text(max_size=2000)


@settings(max_examples=150, deadline=None)
@given(messages, tokens, keys, receive_ids, stamps, nonces, st.sampled_from(["xml", "json"]))
def test_reply_round_trip(message, token, key, receive_id, timestamp, nonce, form) -> None:  # type: ignore[no-untyped-def]
    crypto = CallbackCrypto(token, key, receive_id)
    envelope = crypto.encrypt_reply(message, timestamp, nonce, form)
    fields = reply_fields(envelope)
    assert fields == {"msg_signature": fields["msg_signature"], "timestamp": timestamp, "nonce": nonce}
    result = crypto.decrypt_body(envelope, fields["msg_signature"], timestamp, nonce)
    assert (result.message, result.receive_id) == (message, receive_id)


@settings(max_examples=100, deadline=None)
@given(messages, tokens, keys, receive_ids, stamps, nonces, st.sampled_from(["xml", "json"]))
def test_request_body_round_trip(message, token, key, receive_id, timestamp, nonce, form) -> None:  # type: ignore[no-untyped-def]
    crypto = CallbackCrypto(token, key, receive_id)
    body = crypto.encrypt_body(message, form, agent_id="1000002")
    signed = signature(token, timestamp, nonce, encrypted_field(body))
    assert crypto.decrypt_body(body, signed, timestamp, nonce).message == message


@settings(max_examples=100, deadline=None)
@given(messages, tokens, keys, receive_ids, stamps, nonces)
def test_wechatpy_decrypts_what_we_encrypt(message, token, key, receive_id, timestamp, nonce) -> None:  # type: ignore[no-untyped-def]
    ours = CallbackCrypto(token, key, receive_id).encrypt_reply(message, timestamp, nonce, "xml")
    fields = reply_fields(ours)
    theirs = WeChatCrypto(token, key, receive_id)
    assert theirs.decrypt_message(ours, fields["msg_signature"], timestamp, nonce) == message


@settings(max_examples=100, deadline=None)
@given(messages, tokens, keys, receive_ids, stamps, nonces)
def test_we_decrypt_what_wechatpy_encrypts(message, token, key, receive_id, timestamp, nonce) -> None:  # type: ignore[no-untyped-def]
    theirs = WeChatCrypto(token, key, receive_id).encrypt_message(message, nonce, timestamp)
    fields = reply_fields(theirs)
    result = CallbackCrypto(token, key, receive_id).decrypt_body(
        theirs, fields["msg_signature"], timestamp, nonce
    )
    assert (result.message, result.receive_id) == (message, receive_id)


@settings(max_examples=50, deadline=None)
@given(tokens, keys, receive_ids, stamps, nonces, st.text(alphabet=string.digits, min_size=1, max_size=20))
def test_wechatpy_verifies_our_echostr(token, key, receive_id, timestamp, nonce, echo) -> None:  # type: ignore[no-untyped-def]
    crypto = CallbackCrypto(token, key, receive_id)
    echostr = crypto.encrypt(echo)
    signed = signature(token, timestamp, nonce, echostr)
    assert WeChatCrypto(token, key, receive_id).check_signature(signed, timestamp, nonce, echostr) == echo
    assert crypto.verify_url(signed, timestamp, nonce, echostr).message == echo


def test_generated_token_and_key_are_valid() -> None:
    for _ in range(50):
        key = generate_aes_key()
        assert len(key) == 43 and key.isalnum()
        assert len(parse_aes_key(key)) == 32
        assert base64.b64encode(parse_aes_key(key)).decode().rstrip("=") == key
    token = generate_token()
    assert len(token) == 32 and token.isalnum()
    assert generate_token() != token


# -- every error reachable from bad input ----------------------------------------------------


@pytest.mark.parametrize(
    ("key", "reason"),
    [
        (DOC["key"][:-1], "42"),
        (DOC["key"] + "A", "44"),
        (DOC["key"] + "=", "“=”"),
        (DOC["key"][:10] + "!" + DOC["key"][11:], "第 11 个字符 '!'"),
        (DOC["key"][:10] + "/" + DOC["key"][11:], "第 11 个字符 '/'"),
        ("", "0 个"),
    ],
)
def test_bad_keys_are_refused_with_the_exact_reason(key: str, reason: str) -> None:
    with pytest.raises(CallbackError) as caught:
        parse_aes_key(key)
    assert caught.value.code is CallbackCode.ILLEGAL_AES_KEY
    assert reason in caught.value.message_zh
    assert "-40004" in caught.value.message_en


@pytest.mark.parametrize("around", ["  {}\n", "\ufeff{}", "{}\u200b", "\u3000{}\u00a0"])
def test_what_copying_adds_around_a_pasted_key_is_ignored(around: str) -> None:
    assert parse_aes_key(around.format(DOC["key"])) == parse_aes_key(DOC["key"])


def test_wrong_token_is_a_signature_error_naming_both_signatures() -> None:
    with pytest.raises(CallbackError) as caught:
        doc_crypto(token="QDG6eL").verify_url(**DOC_GET)
    assert caught.value.code is CallbackCode.VALIDATE_SIGNATURE
    assert DOC_GET["msg_signature"] in caught.value.message_en
    assert "QDG6eL" not in str(caught.value)  # the token itself is never shown


def test_tampered_timestamp_fails_the_signature() -> None:
    tampered = dict(DOC_GET, timestamp=str(int(DOC_GET["timestamp"]) + 1))
    assert code_of(lambda: doc_crypto().verify_url(**tampered)) is CallbackCode.VALIDATE_SIGNATURE


def test_plus_turned_into_space_fails_the_signature_and_pasting_recovers_it() -> None:
    spaced = dict(DOC_GET, echostr=DOC_GET["echostr"].replace("+", " "))
    assert code_of(lambda: doc_crypto().verify_url(**spaced)) is CallbackCode.VALIDATE_SIGNATURE
    log_line = "GET /cb?" + "&".join(f"{k}={v}" for k, v in spaced.items()) + " HTTP/1.1"
    pasted = verify_pasted(doc_crypto(), log_line)
    assert pasted.decrypted is not None and pasted.decrypted.message == "1616140317555161061"
    assert pasted.reading is not None and "“+”" in pasted.reading.how_zh and "'+'" in pasted.reading.how_en


def test_a_space_in_a_signed_ciphertext_is_a_base64_error_explaining_the_plus() -> None:
    crypto = doc_crypto()
    spaced = DOC_GET["echostr"].replace("+", " ")
    signed = signature(DOC["token"], "1", "2", spaced)
    with pytest.raises(CallbackError) as caught:
        crypto.verify_url(signed, "1", "2", spaced)
    assert caught.value.code is CallbackCode.DECODE_BASE64
    assert "'+'" in caught.value.message_en


def test_percent_encoded_url_pastes_verify() -> None:
    url = "https://example.com/callback?" + "&".join(f"{k}={quote(v, safe='')}" for k, v in DOC_GET.items())
    pasted = verify_pasted(doc_crypto(), url)
    assert pasted.error is None and pasted.decrypted is not None
    assert pasted.decrypted.message == "1616140317555161061"


def test_missing_parameters_are_named() -> None:
    pasted = verify_pasted(doc_crypto(), "timestamp=1&nonce=2")
    assert pasted.error is not None and pasted.error.code is CallbackCode.PARSE
    assert "msg_signature, echostr" in pasted.error.message_en


def test_missing_parameters_blame_the_paste_not_a_body() -> None:
    pasted = verify_pasted(doc_crypto(), "timestamp=1&nonce=2")
    assert pasted.error is not None
    assert "GET request" in pasted.error.message_en and "not well-formed XML" not in pasted.error.message_en


_ECHO_PLAIN = "1616140317555161061"


@pytest.mark.parametrize(
    "template",
    [
        # a server's log line, its parameters separated by ", " or by spaces, tabs or ";"
        "verify: msg_signature={msg_signature}, timestamp={timestamp}, nonce={nonce}, echostr={echostr}",
        "verify msg_signature={msg_signature} timestamp={timestamp}\tnonce={nonce} echostr={echostr}",
        "msg_signature={msg_signature};timestamp={timestamp};nonce={nonce};echostr={echostr}",
        # a Java map printed
        "params={{msg_signature={msg_signature}, timestamp={timestamp}, nonce={nonce}, echostr={echostr}}}",
        # a URL quoted in Chinese prose, an HTML-escaped URL
        "请求是：“/cb?echostr={echostr_q}&timestamp={timestamp}&nonce={nonce}&msg_signature={msg_signature}”。",
        "/cb?msg_signature={msg_signature}&amp;timestamp={timestamp}&amp;nonce={nonce}&amp;echostr={echostr_q}",
    ],
)
def test_log_lines_and_prose_around_the_parameters_are_read(template: str) -> None:
    text = template.format(**DOC_GET, echostr_q=quote(DOC_GET["echostr"], safe=""))
    pasted = verify_pasted(doc_crypto(), text)
    assert pasted.error is None, pasted.error
    assert pasted.decrypted is not None and pasted.decrypted.message == _ECHO_PLAIN


@pytest.mark.parametrize(
    "template",
    [
        # what the log wrote after the value: another field, an access log's status and time
        "verify msg_signature={msg_signature} timestamp={timestamp} nonce={nonce} echostr={echostr_q} corpid=wx1",
        "GET /cb?msg_signature={msg_signature}&timestamp={timestamp}&nonce={nonce}&echostr={echostr_q} 200 12ms",
    ],
)
def test_a_percent_encoded_value_ends_at_the_first_space(template: str) -> None:
    text = template.format(**DOC_GET, echostr_q=quote(DOC_GET["echostr"], safe=""))
    pasted = verify_pasted(doc_crypto(), text)
    assert pasted.error is None, pasted.error
    assert pasted.reading is not None and "'+' kept" in pasted.reading.how_en


def test_a_decoded_value_followed_by_more_of_the_log_line_is_read_to_its_first_space() -> None:
    text = (
        "verify msg_signature={msg_signature} timestamp={timestamp} nonce={nonce} echostr={echostr} 200 12ms"
    )
    pasted = verify_pasted(doc_crypto(), text.format(**DOC_GET))
    assert pasted.decrypted is not None and pasted.decrypted.message == _ECHO_PLAIN
    assert pasted.reading is not None and "first space" in pasted.reading.how_en


def test_a_form_decoded_echostr_whose_first_character_was_a_plus_verifies() -> None:
    crypto = doc_crypto()
    echostr = next(
        encrypted
        for n in range(10_000)
        if (encrypted := crypto.encrypt(str(n), random16=n.to_bytes(16, "big"))).startswith("+")
    )
    signed = signature(DOC["token"], "1", "2", echostr)
    logged = f"verify msg_signature={signed} timestamp=1 nonce=2 echostr={echostr.replace('+', ' ')}"
    pasted = verify_pasted(crypto, logged)
    assert pasted.error is None, pasted.error
    assert pasted.reading is not None and "spaces" in pasted.reading.how_en


@pytest.mark.parametrize("invisible", ["\u200b", "\ufeff", "\u2060", "\u200d"])
def test_zero_width_characters_copied_into_a_pasted_url_are_ignored(invisible: str) -> None:
    values = {k: quote(v, safe="") for k, v in DOC_GET.items()}
    values["echostr"] = invisible + values["echostr"] + invisible
    values["nonce"] = values["nonce"][:3] + invisible + values["nonce"][3:]
    url = f"https://example.com/cb?{invisible}" + "&".join(f"{k}{invisible}={v}" for k, v in values.items())
    pasted = verify_pasted(doc_crypto(), url)
    assert pasted.error is None, pasted.error
    assert pasted.decrypted is not None and pasted.decrypted.message == _ECHO_PLAIN


def test_a_twice_encoded_echostr_pastes_and_the_reading_says_so() -> None:
    twice = quote(quote(DOC_GET["echostr"], safe=""), safe="")
    text = "/cb?" + "&".join(f"{k}={v}" for k, v in dict(DOC_GET, echostr=twice).items())
    pasted = verify_pasted(doc_crypto(), text)
    assert pasted.decrypted is not None and pasted.decrypted.message == _ECHO_PLAIN
    assert pasted.reading is not None and "twice" in pasted.reading.how_en


@pytest.mark.parametrize("bad", ["5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3”", "é", "签名"])
def test_a_non_ascii_signature_is_a_signature_error_not_a_crash(bad: str) -> None:
    assert code_of(lambda: doc_crypto().verify_url(**dict(DOC_GET, msg_signature=bad))) is (
        CallbackCode.VALIDATE_SIGNATURE
    )


@pytest.mark.parametrize("token", ["QDG6eK ", " QDG6eK", "QDG6eK\r", "QDG6eK\n"])
def test_whitespace_around_the_token_is_a_copy_artefact(token: str) -> None:
    assert doc_crypto(token=token).verify_url(**DOC_GET).message == _ECHO_PLAIN


def test_integer_timestamps_and_nonces_are_accepted_like_the_official_library() -> None:
    crypto = doc_crypto()
    assert crypto.verify_url(DOC_GET["msg_signature"], 1409659589, 263014780, DOC_GET["echostr"]).message == (
        _ECHO_PLAIN
    )
    reply = crypto.encrypt_reply("hi", 1409659813, 1372623149)
    fields = reply_fields(reply)
    assert fields["timestamp"] == "1409659813" and fields["nonce"] == "1372623149"
    assert crypto.decrypt_body(reply, fields["msg_signature"], 1409659813, 1372623149).message == "hi"


@pytest.mark.parametrize(
    ("damaged", "fragment"),
    [
        (quote(DOC_GET["echostr"], safe=""), "not URL-decoded"),
        (DOC_GET["echostr"].replace("+", " "), "turned '+' into a space"),
    ],
)
def test_a_signature_mismatch_names_visible_transport_damage(damaged: str, fragment: str) -> None:
    with pytest.raises(CallbackError) as caught:
        doc_crypto().verify_url(**dict(DOC_GET, echostr=damaged))
    assert caught.value.code is CallbackCode.VALIDATE_SIGNATURE
    assert fragment in caught.value.message_en and "the token differs" not in caught.value.message_en


def _signed(crypto: CallbackCrypto, encrypted: str) -> tuple[str, str, str, str]:
    return signature(crypto.token, "1700000000", "42", encrypted), "1700000000", "42", encrypted


def test_truncated_ciphertext_is_an_aes_error() -> None:
    crypto = doc_crypto()
    truncated = base64.b64encode(base64.b64decode(DOC_GET["echostr"])[:-5]).decode()
    assert code_of(lambda: crypto.verify_url(*_signed(crypto, truncated))) is CallbackCode.DECRYPT_AES


def test_corrupted_ciphertext_is_an_illegal_buffer() -> None:
    crypto = doc_crypto()
    raw = bytearray(base64.b64decode(DOC_GET["echostr"]))
    raw[-1] ^= 0x55  # the last block decrypts to garbage: its padding is wrong
    corrupted = base64.b64encode(bytes(raw)).decode()
    assert code_of(lambda: crypto.verify_url(*_signed(crypto, corrupted))) is CallbackCode.ILLEGAL_BUFFER


def test_wrong_key_with_right_token_points_at_the_key() -> None:
    other = CallbackCrypto(DOC["token"], generate_aes_key(), DOC["receive_id"])
    with pytest.raises(CallbackError) as caught:
        other.verify_url(**DOC_GET)
    assert caught.value.code is CallbackCode.ILLEGAL_BUFFER
    assert "EncodingAESKey" in caught.value.message_en


def test_non_base64_ciphertext() -> None:
    crypto = doc_crypto()
    assert code_of(lambda: crypto.verify_url(*_signed(crypto, "abc*def="))) is CallbackCode.DECODE_BASE64


def test_wrong_receive_id_reports_the_one_carried() -> None:
    with pytest.raises(CallbackError) as caught:
        doc_crypto(receive_id="ww0000000000000000").verify_url(**DOC_GET)
    assert caught.value.code is CallbackCode.VALIDATE_RECEIVE_ID
    assert "'wx5823bf96d3bd56c7'" in caught.value.message_en
    assert "corp id" in caught.value.message_en


def test_empty_receive_id_expected_for_personal_apps() -> None:
    crypto = CallbackCrypto(DOC["token"], DOC["key"], "")
    envelope = crypto.encrypt_reply("hi", "1", "2")
    assert crypto.decrypt_body(envelope, reply_fields(envelope)["msg_signature"], "1", "2").receive_id == ""
    with pytest.raises(CallbackError) as caught:
        crypto.verify_url(**DOC_GET)
    assert caught.value.code is CallbackCode.VALIDATE_RECEIVE_ID


def test_a_smart_robot_callback_checked_against_a_corp_id_names_the_robot() -> None:
    robot = CallbackCrypto(DOC["token"], DOC["key"], "")  # an internal smart robot's ReceiveId (doc 101033)
    body = robot.encrypt_body('{"msgtype": "text"}', "json", "")
    signed = signature(DOC["token"], "1", "2", encrypted_field(body))
    with pytest.raises(CallbackError) as caught:
        doc_crypto().decrypt_body(body, signed, "1", "2")
    assert caught.value.code is CallbackCode.VALIDATE_RECEIVE_ID
    assert "智能机器人" in caught.value.message_zh and "smart robot" in caught.value.message_en


def test_a_receive_id_typed_with_spaces_around_it_is_the_receive_id() -> None:
    assert doc_crypto(receive_id=" wx5823bf96d3bd56c7\n").verify_url(**DOC_GET).message == _ECHO_PLAIN


def test_unchecked_receive_id_is_only_reported() -> None:
    assert doc_crypto(receive_id=None).verify_url(**DOC_GET).receive_id == "wx5823bf96d3bd56c7"


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    "<xml><Encrypt>&lol3;</Encrypt></xml>"
)
EXTERNAL_ENTITY = (
    '<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    "<xml><Encrypt>&xxe;</Encrypt></xml>"
)
QUADRATIC_BLOWUP = (
    '<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY a "'
    + "x" * 5000
    + '">]><xml><Encrypt>'
    + "&a;" * 5000
    + "</Encrypt></xml>"
)


@pytest.mark.parametrize("body", [BILLION_LAUGHS, EXTERNAL_ENTITY, QUADRATIC_BLOWUP])
def test_xml_bombs_and_external_entities_are_refused(body: str) -> None:
    with pytest.raises(CallbackError) as caught:
        doc_crypto().decrypt_body(body, "0" * 40, "1", "2")
    assert caught.value.code is CallbackCode.PARSE
    assert "DTD" in caught.value.message_en


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ("<xml><Encrypt>abc</Encrypt>", "not well-formed"),
        ("<xml><ToUserName>x</ToUserName></xml>", "<Encrypt>"),
        ('{"encrypt": 5}', "'encrypt'"),
        ('{"encrypt": "abc"', "JSON is not well-formed"),
        ("encrypt=abc", "neither XML"),
    ],
)
def test_malformed_bodies_are_parse_errors(body: str, fragment: str) -> None:
    with pytest.raises(CallbackError) as caught:
        doc_crypto().decrypt_body(body, "0" * 40, "1", "2")
    assert caught.value.code is CallbackCode.PARSE
    assert fragment in caught.value.message_en


def test_json_body_accepts_either_key_case() -> None:
    crypto = doc_crypto()
    encrypted = crypto.encrypt("payload")
    for key in ("encrypt", "Encrypt"):
        body = json.dumps({key: encrypted})
        assert crypto.decrypt_body(body, *_signed(crypto, encrypted)[:3]).message == "payload"


def test_every_code_has_an_explanation() -> None:
    for code in CallbackCode:
        text = explain_code(int(code))
        assert text is not None and text.zh and text.en
    assert explain_code(-1) is None
