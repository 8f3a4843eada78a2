"""GetChatData's JSON as the server may send it: errcode types, record fields, odd bodies."""

from __future__ import annotations

import json

import pytest

from wecom_desktop.sdk.client import ChatRecord, parse_chat_data
from wecom_desktop.sdk.errors import SERVER_CODES, Fault, SdkError

GOOD = {"seq": 7, "msgid": "m7", "publickey_ver": 2, "encrypt_random_key": "a2V5", "encrypt_chat_msg": "bXNn"}


def body(errcode: object = 0, chatdata: object = None) -> bytes:
    document = {"errcode": errcode, "errmsg": "ok"}
    if chatdata is not None:
        document["chatdata"] = chatdata
    return json.dumps(document).encode()


def corrupt(raw: bytes) -> str:
    with pytest.raises(SdkError) as error:
        parse_chat_data(raw)
    assert error.value.fault is Fault.CORRUPT_RESPONSE
    return str(error.value)


@pytest.mark.parametrize(
    "raw",
    [
        body("0", [GOOD]),
        body(None, [GOOD]),
        body(0.0, [GOOD]),
        b'{"errmsg":"ok","chatdata":[' + json.dumps(GOOD).encode() + b"]}",
    ],
)
def test_errcode_zero_as_a_string_or_null_or_absent_is_success(raw: bytes) -> None:
    assert parse_chat_data(raw) == [ChatRecord(7, "m7", 2, "a2V5", "bXNn")]


@pytest.mark.parametrize(
    ("errcode", "code", "fault"),
    [("40001", 40001, Fault.SECRET), ("301042", 301042, Fault.IP_NOT_ALLOWED), ("-1", -1, Fault.SERVER)],
)
def test_errcode_as_a_numeric_string_is_that_code(errcode: str, code: int, fault: Fault) -> None:
    with pytest.raises(SdkError) as error:
        parse_chat_data(body(errcode))
    assert (error.value.code, error.value.fault, error.value.retryable) == (code, fault, code == -1)
    assert error.value.message_zh.startswith(SERVER_CODES[code].text.zh)


@pytest.mark.parametrize("errcode", ["busy", True, [1], 1.5])
def test_errcode_that_is_no_number_is_a_corrupt_response(errcode: object) -> None:
    assert "errcode" in corrupt(body(errcode))


def test_an_errmsg_of_null_is_not_shown_as_none() -> None:
    with pytest.raises(SdkError) as error:
        parse_chat_data(b'{"errcode":40001,"errmsg":null}')
    assert "None" not in str(error.value)


@pytest.mark.parametrize(
    ("field", "value", "read"),
    [("msgid", 123, "123"), ("seq", 7.0, 7), ("seq", "7", 7), ("publickey_ver", "2", 2)],
)
def test_integral_numbers_in_other_json_types_are_read(field: str, value: object, read: object) -> None:
    (record,) = parse_chat_data(body(0, [{**GOOD, field: value}]))
    assert getattr(record, field) == read and not record.problem


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("msgid", None),
        ("msgid", ""),
        ("msgid", True),
        ("msgid", ["m"]),
        ("seq", None),
        ("seq", True),
        ("seq", 1.9),
        ("seq", "7a"),
        ("seq", -3),
    ],
)
def test_a_record_without_a_usable_msgid_or_seq_makes_the_page_corrupt(field: str, value: object) -> None:
    second = {**GOOD, "seq": 8, field: value}
    message = corrupt(body(0, [GOOD, second]))
    assert "chatdata[1]" in message and field in message


@pytest.mark.parametrize("field", ["msgid", "seq"])
def test_a_missing_msgid_or_seq_is_named(field: str) -> None:
    second = {name: value for name, value in GOOD.items() if name != field}
    message = corrupt(body(0, [GOOD, second]))
    assert "chatdata[1]" in message and field in message


def test_records_with_null_msgids_do_not_collapse_into_one() -> None:
    corrupt(body(0, [{**GOOD, "msgid": None}, {**GOOD, "seq": 8, "msgid": None}]))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("encrypt_chat_msg", ...),
        ("encrypt_chat_msg", None),
        ("encrypt_chat_msg", {"x": 1}),
        ("encrypt_random_key", None),
        ("encrypt_random_key", 5),
        ("publickey_ver", None),
        ("publickey_ver", "v2"),
        ("publickey_ver", True),
    ],
)
def test_a_record_with_an_unusable_key_field_is_kept_as_malformed(field: str, value: object) -> None:
    bad = {name: v for name, v in {**GOOD, "seq": 8, "msgid": "m8", field: value}.items() if v is not ...}
    first, second, third = parse_chat_data(body(0, [GOOD, bad, {**GOOD, "seq": 9, "msgid": "m9"}]))
    assert not first.problem and not third.problem
    assert (second.seq, second.msgid) == (8, "m8")
    assert second.problem.startswith("malformed_record:") and field in second.problem
    assert "None" not in (second.encrypt_random_key, second.encrypt_chat_msg)


@pytest.mark.parametrize("item", ['"text"', "5", "null", "[1, 2]"])
def test_a_record_that_is_not_an_object_is_named(item: str) -> None:
    message = corrupt(b'{"errcode":0,"errmsg":"ok","chatdata":[' + item.encode() + b"]}")
    assert "chatdata[0]" in message and "indices" not in message


@pytest.mark.parametrize("chatdata", [{"seq": 1}, "records", 5, True])
def test_chatdata_that_is_not_a_list_is_a_corrupt_response(chatdata: object) -> None:
    assert "chatdata" in corrupt(body(0, chatdata))


def test_chatdata_null_is_an_empty_page() -> None:
    assert parse_chat_data(b'{"errcode":0,"errmsg":"ok","chatdata":null}') == []


def test_a_deeply_nested_body_is_a_corrupt_response() -> None:
    corrupt(b"[" * 100_000)
    corrupt(b'{"errcode":0,"chatdata":' + b"[" * 100_000 + b"]" * 100_000 + b"}")


def test_the_parse_error_fits_the_call_it_came_from() -> None:
    chat = SdkError.from_return_code(10002, "GetChatData")
    media = SdkError.from_return_code(10002, "GetMediaData")
    assert "sdkfileid" not in str(chat)
    assert "sdkfileid" in str(media)
    assert chat.retryable and media.retryable


@pytest.mark.parametrize(
    ("code", "fault", "retryable", "max_retries", "words"),
    [
        (-1, Fault.SERVER, True, 3, "繁忙"),
        (40014, Fault.SECRET, True, 1, "access_token"),
        (41001, Fault.SECRET, True, 1, "access_token"),
        (42001, Fault.SECRET, True, 1, "access_token"),
        (60011, Fault.SERVER, False, None, "可见范围"),
        (60020, Fault.IP_NOT_ALLOWED, False, None, "企业可信IP"),
        (40096, Fault.SERVER, False, None, "external_userid"),
        (84061, Fault.SERVER, False, None, "客户"),
        (301058, Fault.BAD_REQUEST, False, None, "1 条"),
        (301059, Fault.SERVER, False, None, "externalcontact/groupchat/get"),
        (301060, Fault.BAD_REQUEST, False, None, "100"),
        (301061, Fault.SERVER, False, None, "不存在"),
    ],
)
def test_every_server_errcode_of_the_reference_is_known(
    code: int, fault: Fault, retryable: bool, max_retries: int | None, words: str
) -> None:
    error = SdkError.from_errcode(code, "")
    assert (error.code, error.fault, error.retryable, error.max_retries) == (
        code,
        fault,
        retryable,
        max_retries,
    )
    assert code in SERVER_CODES and words in error.message_zh and " / " in str(error)
