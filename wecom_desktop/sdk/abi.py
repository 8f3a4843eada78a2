"""ctypes declarations mirroring WeWorkFinanceSdk_C.h, and the calls made through them.

Pointers are opaque (`c_void_p`); buffers are read with their length (`string_at(ptr, len)`),
never as NUL-terminated strings, because chat JSON and media bytes may contain NUL.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wecom_desktop.sdk.errors import SdkError

_P = ctypes.c_void_p
_S = ctypes.c_char_p
_SIGNATURES: dict[str, tuple[list[Any], Any]] = {
    "NewSdk": ([], _P),
    "Init": ([_P, _S, _S], ctypes.c_int),
    "GetChatData": ([_P, ctypes.c_ulonglong, ctypes.c_uint, _S, _S, ctypes.c_int, _P], ctypes.c_int),
    "DecryptData": ([_S, _S, _P], ctypes.c_int),
    "GetMediaData": ([_P, _S, _S, _S, _S, ctypes.c_int, _P], ctypes.c_int),
    "DestroySdk": ([_P], None),
    "NewSlice": ([], _P),
    "FreeSlice": ([_P], None),
    "GetContentFromSlice": ([_P], _P),
    "GetSliceLen": ([_P], ctypes.c_int),
    "NewMediaData": ([], _P),
    "FreeMediaData": ([_P], None),
    "GetOutIndexBuf": ([_P], _P),
    "GetData": ([_P], _P),
    "GetIndexLen": ([_P], ctypes.c_int),
    "GetDataLen": ([_P], ctypes.c_int),
    "IsMediaDataFinish": ([_P], ctypes.c_int),
}


@dataclass(frozen=True, slots=True)
class MediaChunk:
    data: bytes
    next_index: str
    finished: bool


def _read(pointer: int | None, length: int) -> bytes:
    if not pointer or length <= 0:
        return b""
    return ctypes.string_at(pointer, length)


class FinanceLibrary:
    """The loaded native library with every function's argument and return types declared."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lib = ctypes.CDLL(str(path))
        for name, (argtypes, restype) in _SIGNATURES.items():
            function = getattr(self._lib, name)
            function.argtypes = argtypes
            function.restype = restype
        self._sdk: int | None = None

    def _fn(self, name: str) -> Callable[..., Any]:
        function: Callable[..., Any] = getattr(self._lib, name)
        return function

    def init(self, corp_id: str, secret: str) -> None:
        if self._sdk is None:
            self._sdk = self._fn("NewSdk")()
        code = self._fn("Init")(self._sdk, corp_id.encode(), secret.encode())
        if code != 0:
            raise SdkError.from_return_code(code, "Init")

    def _handle(self) -> int:
        if self._sdk is None:
            raise RuntimeError("Init has not been called")
        return self._sdk

    def _slice_call(self, call: str, *args: Any) -> bytes:
        slice_ = self._fn("NewSlice")()
        try:
            code = self._fn(call)(*args, slice_)
            if code != 0:
                raise SdkError.from_return_code(code, call)
            return _read(self._fn("GetContentFromSlice")(slice_), self._fn("GetSliceLen")(slice_))
        finally:
            self._fn("FreeSlice")(slice_)

    def get_chat_data(self, seq: int, limit: int, proxy: str, passwd: str, timeout: int) -> bytes:
        return self._slice_call(
            "GetChatData", self._handle(), seq, limit, proxy.encode(), passwd.encode(), timeout
        )

    def decrypt_data(self, encrypt_key: bytes, encrypt_msg: bytes) -> bytes:
        return self._slice_call("DecryptData", encrypt_key, encrypt_msg)

    def get_media_data(self, index: str, sdkfileid: str, proxy: str, passwd: str, timeout: int) -> MediaChunk:
        media = self._fn("NewMediaData")()
        try:
            code = self._fn("GetMediaData")(
                self._handle(),
                index.encode(),
                sdkfileid.encode(),
                proxy.encode(),
                passwd.encode(),
                timeout,
                media,
            )
            if code != 0:
                raise SdkError.from_return_code(code, "GetMediaData")
            return MediaChunk(
                data=_read(self._fn("GetData")(media), self._fn("GetDataLen")(media)),
                next_index=_read(self._fn("GetOutIndexBuf")(media), self._fn("GetIndexLen")(media)).decode(
                    "utf-8", "replace"
                ),
                finished=bool(self._fn("IsMediaDataFinish")(media)),
            )
        finally:
            self._fn("FreeMediaData")(media)

    def close(self) -> None:
        if self._sdk is not None:
            self._fn("DestroySdk")(self._sdk)
            self._sdk = None
