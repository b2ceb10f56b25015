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
    def _accept(self) -> tuple[int, Any]:
        'Wait for an incoming connection; return (new fd, peer address).'
    def bind(self, address: Any, /) -> Any:
        'Bind the socket to a local address.'
    def close(self) -> None:
        'Close the socket; later operations fail with EBADF.'
    def connect(self, address: Any, /) -> Any:
        'Connect the socket to a remote address.'
    def connect_ex(self, address: Any, /) -> int:
        'Like connect(address), but return an error code instead of raising.'
    def detach(self) -> int:
        'Close the socket object without closing the fd; return the fd.'
    def fileno(self) -> int:
        "Return the socket's file descriptor, or -1."
    def getpeername(self) -> Any:
        'Return the address of the remote endpoint.'
    def getsockname(self) -> Any:
        'Return the address of the local endpoint.'
    def getsockopt(self, level: int, option: int, buflen: int = 0, /) -> int | bytes:
        'Get a socket option; an integer unless buflen is given.'
    def getblocking(self) -> bool:
        'True if the socket is in blocking mode (timeout None).'
    def gettimeout(self) -> float | None:
        'The timeout in seconds, or None in blocking mode.'
    def listen(self, backlog: int | None = None, /) -> None:
        'Enable a server to accept connections.'
    def recv(self, bufsize: int, flags: int = 0, /) -> bytes:
        'Receive up to bufsize bytes.'
    def recvfrom(self, bufsize: int, flags: int = 0, /) -> tuple[bytes, Any]:
        "Receive up to bufsize bytes and the sender's address."
    def recvmsg(self, bufsize: int, ancbufsize: int = 0, flags: int = 0, /) -> tuple[bytes, list[tuple[int, int, bytes]], int, Any]:
        'Receive normal data and ancillary data.'
    def recvmsg_into(self, buffers: Iterable[Any], ancbufsize: int = 0, flags: int = 0, /) -> tuple[int, list[tuple[int, int, bytes]], int, Any]:
        'Receive normal data into buffers and ancillary data.'
    def recvfrom_into(self, buffer: WriteableBuffer, nbytes: int = 0, flags: int = 0) -> tuple[int, Any]:
        'Receive into a buffer; return (nbytes, address).'
    def recv_into(self, buffer: WriteableBuffer, nbytes: int = 0, flags: int = 0) -> int:
        'Receive into a buffer; return the number of bytes received.'
    def send(self, data: ReadableBuffer, flags: int = 0, /) -> int:
        'Send data; return the number of bytes sent.'
    def sendall(self, data: ReadableBuffer, flags: int = 0, /) -> None:
        'Send all of data; the timeout covers the whole call.'
    def sendto(self, data: ReadableBuffer, flags: int = 0, address: Any, /) -> int:
        'Send data to an address, sendto(data[, flags], address).'
    def sendmsg(self, buffers: Iterable[Any], ancdata: Iterable[tuple[int, int, Any]] | None = None, flags: int = 0, address: Any | None = None, /) -> int:
        'Send normal and ancillary data.'
    def sendmsg_afalg(self, msg: Iterable[Any] | None = None, *, op: int, iv: Any | None = None, assoclen: int | None = None, flags: int = 0) -> int:
        'Set operation mode, IV and length of associated data for an AF_ALG operation socket.'
    def setblocking(self, flag: bool, /) -> None:
        'Set blocking (true) or non-blocking (false) mode.'
    def settimeout(self, timeout: float | None, /) -> None:
        'Set a timeout on socket operations (None = blocking, 0.0 = non-blocking).'
    def setsockopt(self, level: int, option: int, value: int | bytes | None, optlen: int | None = None, /) -> None:
        'Set a socket option.'
    def shutdown(self, how: int, /) -> None:
        'Shut down the reading side, the writing side, or both.'

SocketType = socket

def CMSG_LEN(length: int, /) -> int:
    'The total length of an ancillary item carrying length bytes, without trailing padding.'
def CMSG_SPACE(length: int, /) -> int:
    'The buffer size recvmsg needs for an ancillary item of length bytes, with padding.'
def close(fd: int, /) -> None:
    'Close a socket file descriptor.'
def dup(fd: int, /) -> int:
    'Duplicate a socket file descriptor (non-inheritable).'
def getaddrinfo(host: str | bytes | None, port: str | bytes | int | None, family: int = 0, type: int = 0, proto: int = 0, flags: int = 0) -> list[tuple[int, int, int, str, Any]]:
    'Resolve host and port into a list of (family, type, proto, canonname, sockaddr).'
def getdefaulttimeout() -> float | None:
    'The default timeout of new sockets, or None.'
def gethostbyaddr(ip_address: str, /) -> tuple[str, list[str], list[str]]:
    'Return (hostname, aliaslist, ipaddrlist) for an address.'
def gethostbyname(hostname: str, /) -> str:
    'Return the IPv4 address of a host as a string.'
def gethostbyname_ex(hostname: str, /) -> tuple[str, list[str], list[str]]:
    'Return (hostname, aliaslist, ipaddrlist) for a host name.'
def gethostname() -> str:
    'Return the current host name.'
def getnameinfo(sockaddr: tuple[Any, ...], flags: int, /) -> tuple[str, str]:
    'Translate a socket address into (host, port).'
def getprotobyname(protocolname: str, /) -> int:
    'Return the protocol number of a protocol name.'
def getservbyname(servicename: str, protocolname: str | None = None, /) -> int:
    'Return the port number of a service.'
def getservbyport(port: int, protocolname: str | None = None, /) -> str:
    'Return the service name of a port number.'
def htonl(x: int, /) -> int:
    'Convert a 32-bit integer from host to network byte order.'
def htons(x: int, /) -> int:
    'Convert a 16-bit integer from host to network byte order.'
def if_indextoname(if_index: int, /) -> str:
    'Return the interface name of an index.'
def if_nameindex() -> list[tuple[int, str]]:
    'Return a list of (index, name) of the network interfaces.'
def if_nametoindex(if_name: str, /) -> int:
    'Return the index of an interface name.'
def inet_aton(ip_string: str, /) -> bytes:
    'Convert an IPv4 address string to 32-bit packed form.'
def inet_ntoa(packed_ip: ReadableBuffer, /) -> str:
    'Convert a 32-bit packed IPv4 address to dotted-quad text.'
def inet_ntop(address_family: int, packed_ip: ReadableBuffer, /) -> str:
    'Convert a packed IP address to its text form.'
def inet_pton(address_family: int, ip_string: str, /) -> bytes:
    'Convert an IP address from text to packed binary form.'
def ntohl(x: int, /) -> int:
    'Convert a 32-bit integer from network to host byte order.'
def ntohs(x: int, /) -> int:
    'Convert a 16-bit integer from network to host byte order.'
def setdefaulttimeout(timeout: float | None, /) -> None:
    'Set the default timeout of new socket objects.'
def sethostname(name: str | bytes, /) -> None:
    'Set the host name (needs privileges).'
def socketpair(family: int = -1, type: int = 1, proto: int = 0, /) -> tuple[socket, socket]:
    'Create a pair of connected socket objects.'
