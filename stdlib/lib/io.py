# The io module: the classes and functions of the native _io, under their public names.

from _io import (
    DEFAULT_BUFFER_SIZE,
    UnsupportedOperation,
    open,
    text_encoding,
    FileIO,
    BytesIO,
    StringIO,
    BufferedReader,
    BufferedWriter,
    BufferedRandom,
    TextIOWrapper,
    _IOBase as IOBase,
    _RawIOBase as RawIOBase,
    _BufferedIOBase as BufferedIOBase,
    _TextIOBase as TextIOBase,
)

__all__ = [
    "BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO",
    "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRandom",
    "TextIOBase", "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
    "DEFAULT_BUFFER_SIZE", "text_encoding",
]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

BlockingIOError = BlockingIOError


def open_code(path):
    return open(path, "rb")
