# Generated from spec/api/module.yaml, spec/api/socket.yaml by generator/csockgen with templates/python/_socket.pyi.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`.
from typing import Any, Iterable

ReadableBuffer = Any
WriteableBuffer = Any

error = OSError
timeout = TimeoutError
class herror(OSError): ...
class gaierror(OSError): ...

has_ipv6: bool
CAPI: object

class socket:
    family: int
    type: int
    proto: int
    @property
    def timeout(self) -> float | None: ...
    def __init__(self, family: int = -1, type: int = -1, proto: int = -1, fileno: int | None = None) -> None: ...
    def recv(self, bufsize: int, flags: int = 0, /) -> bytes:
        'Receive up to bufsize bytes.'
    def fileno(self) -> int:
        'The descriptor.'

SocketType = socket

def getservbyname(servicename: str, protocolname: str | None = None, /) -> int:
    'The port of a service.'
def inet_aton(ip_string: str) -> bytes:
    'Pack an IPv4 address.'
def dup(fd: int, /) -> int:
    'Duplicate a descriptor.'
