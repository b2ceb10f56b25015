# Generated from spec/api/module.yaml, spec/api/socket.yaml by generator/csockgen with templates/python/_socket.pyi.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`.
import sys
from typing import Any, Iterable, overload

ReadableBuffer = Any
WriteableBuffer = Any
# An address as bind, connect and sendto take it, in any family's format
# (spec/families).
_Address = tuple[str, str] | tuple[str, str, int] | tuple[str, str, int, int] | tuple[str, int] | tuple[int] | bytes | tuple[str | bytes] | tuple[str | bytes, int, int] | tuple[str | bytes, int, int, int] | tuple[str | bytes | bytearray, int] | tuple[str | bytes | bytearray, int, int] | tuple[str | bytes | bytearray, int, int, int] | tuple[int, int] | tuple[str, int, int] | tuple[str, int, int, int] | tuple[str, int, int, int, bytes] | tuple[int, int, int, int] | tuple[int, int, int, int, int] | str | bytes

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
    def bind(self, address: Any, /) -> None:
        'Bind the socket to a local address.'
    def close(self) -> None:
        'Close the socket; later operations fail with EBADF.'
    def connect(self, address: Any, /) -> None:
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
    @overload
    def sendto(self, data: ReadableBuffer, address: Any, /) -> int: ...
    @overload
    def sendto(self, data: ReadableBuffer, flags: int, address: Any, /) -> int:
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

# Constants (spec/constants/): those of every platform and CPython version,
# then those of some, under the sys.platform and sys.version_info tests a
# type checker understands.
AF_APPLETALK: int
AF_DECnet: int
AF_INET: int
AF_INET6: int
AF_IPX: int
AF_SNA: int
AF_UNIX: int
AF_UNSPEC: int
AI_ADDRCONFIG: int
AI_ALL: int
AI_CANONNAME: int
AI_NUMERICHOST: int
AI_NUMERICSERV: int
AI_PASSIVE: int
AI_V4MAPPED: int
EAI_AGAIN: int
EAI_BADFLAGS: int
EAI_FAIL: int
EAI_FAMILY: int
EAI_MEMORY: int
EAI_NONAME: int
EAI_SERVICE: int
EAI_SOCKTYPE: int
INADDR_ALLHOSTS_GROUP: int
INADDR_ANY: int
INADDR_BROADCAST: int
INADDR_LOOPBACK: int
INADDR_MAX_LOCAL_GROUP: int
INADDR_NONE: int
INADDR_UNSPEC_GROUP: int
IPPORT_RESERVED: int
IPPORT_USERRESERVED: int
IPPROTO_AH: int
IPPROTO_DSTOPTS: int
IPPROTO_EGP: int
IPPROTO_ESP: int
IPPROTO_FRAGMENT: int
IPPROTO_HOPOPTS: int
IPPROTO_ICMP: int
IPPROTO_ICMPV6: int
IPPROTO_IDP: int
IPPROTO_IGMP: int
IPPROTO_IP: int
IPPROTO_IPV6: int
IPPROTO_NONE: int
IPPROTO_PIM: int
IPPROTO_PUP: int
IPPROTO_RAW: int
IPPROTO_ROUTING: int
IPPROTO_SCTP: int
IPPROTO_TCP: int
IPPROTO_UDP: int
IPV6_CHECKSUM: int
IPV6_DONTFRAG: int
IPV6_HOPLIMIT: int
IPV6_HOPOPTS: int
IPV6_JOIN_GROUP: int
IPV6_LEAVE_GROUP: int
IPV6_MULTICAST_HOPS: int
IPV6_MULTICAST_IF: int
IPV6_MULTICAST_LOOP: int
IPV6_PKTINFO: int
IPV6_RECVRTHDR: int
IPV6_RECVTCLASS: int
IPV6_RTHDR: int
IPV6_TCLASS: int
IPV6_UNICAST_HOPS: int
IPV6_V6ONLY: int
IP_ADD_MEMBERSHIP: int
IP_DROP_MEMBERSHIP: int
IP_HDRINCL: int
IP_MULTICAST_IF: int
IP_MULTICAST_LOOP: int
IP_MULTICAST_TTL: int
IP_OPTIONS: int
IP_TOS: int
IP_TTL: int
MSG_CTRUNC: int
MSG_DONTROUTE: int
MSG_OOB: int
MSG_PEEK: int
MSG_TRUNC: int
MSG_WAITALL: int
NI_DGRAM: int
NI_MAXHOST: int
NI_MAXSERV: int
NI_NAMEREQD: int
NI_NOFQDN: int
NI_NUMERICHOST: int
NI_NUMERICSERV: int
SHUT_RD: int
SHUT_RDWR: int
SHUT_WR: int
SOCK_DGRAM: int
SOCK_RAW: int
SOCK_RDM: int
SOCK_SEQPACKET: int
SOCK_STREAM: int
SOL_IP: int
SOL_SOCKET: int
SOL_TCP: int
SOL_UDP: int
SOMAXCONN: int
SO_ACCEPTCONN: int
SO_BROADCAST: int
SO_DEBUG: int
SO_DONTROUTE: int
SO_ERROR: int
SO_KEEPALIVE: int
SO_LINGER: int
SO_OOBINLINE: int
SO_RCVBUF: int
SO_RCVLOWAT: int
SO_RCVTIMEO: int
SO_REUSEADDR: int
SO_SNDBUF: int
SO_SNDLOWAT: int
SO_SNDTIMEO: int
SO_TYPE: int
TCP_FASTOPEN: int
TCP_KEEPCNT: int
TCP_KEEPINTVL: int
TCP_MAXSEG: int
TCP_NODELAY: int

if sys.platform == "linux":
    AF_ALG: int
    AF_ASH: int
    AF_ATMPVC: int
    AF_ATMSVC: int
    AF_AX25: int
    AF_BRIDGE: int
    AF_CAN: int
    AF_ECONET: int
    AF_KEY: int
    AF_LLC: int
    AF_NETBEUI: int
    AF_NETLINK: int
    AF_NETROM: int
    AF_PACKET: int
    AF_PPPOX: int
    AF_QIPCRTR: int
    AF_RDS: int
    AF_ROSE: int
    AF_SECURITY: int
    AF_TIPC: int
    AF_WANPIPE: int
    AF_X25: int
    ALG_OP_DECRYPT: int
    ALG_OP_ENCRYPT: int
    ALG_OP_SIGN: int
    ALG_OP_VERIFY: int
    ALG_SET_AEAD_ASSOCLEN: int
    ALG_SET_AEAD_AUTHSIZE: int
    ALG_SET_IV: int
    ALG_SET_KEY: int
    ALG_SET_OP: int
    ALG_SET_PUBKEY: int
    BDADDR_ANY: str
    BDADDR_LOCAL: str
    BTPROTO_HCI: int
    BTPROTO_L2CAP: int
    BTPROTO_RFCOMM: int
    BTPROTO_SCO: int
    CAN_BCM: int
    CAN_BCM_CAN_FD_FRAME: int
    CAN_BCM_RX_ANNOUNCE_RESUME: int
    CAN_BCM_RX_CHANGED: int
    CAN_BCM_RX_CHECK_DLC: int
    CAN_BCM_RX_DELETE: int
    CAN_BCM_RX_FILTER_ID: int
    CAN_BCM_RX_NO_AUTOTIMER: int
    CAN_BCM_RX_READ: int
    CAN_BCM_RX_RTR_FRAME: int
    CAN_BCM_RX_SETUP: int
    CAN_BCM_RX_STATUS: int
    CAN_BCM_RX_TIMEOUT: int
    CAN_BCM_SETTIMER: int
    CAN_BCM_STARTTIMER: int
    CAN_BCM_TX_ANNOUNCE: int
    CAN_BCM_TX_COUNTEVT: int
    CAN_BCM_TX_CP_CAN_ID: int
    CAN_BCM_TX_DELETE: int
    CAN_BCM_TX_EXPIRED: int
    CAN_BCM_TX_READ: int
    CAN_BCM_TX_RESET_MULTI_IDX: int
    CAN_BCM_TX_SEND: int
    CAN_BCM_TX_SETUP: int
    CAN_BCM_TX_STATUS: int
    CAN_EFF_FLAG: int
    CAN_EFF_MASK: int
    CAN_ERR_FLAG: int
    CAN_ERR_MASK: int
    CAN_ISOTP: int
    CAN_J1939: int
    CAN_RAW: int
    CAN_RAW_FD_FRAMES: int
    CAN_RAW_FILTER: int
    CAN_RAW_JOIN_FILTERS: int
    CAN_RAW_LOOPBACK: int
    CAN_RAW_RECV_OWN_MSGS: int
    CAN_RTR_FLAG: int
    CAN_SFF_MASK: int
    HCI_DATA_DIR: int
    HCI_FILTER: int
    HCI_TIME_STAMP: int
    IOCTL_VM_SOCKETS_GET_LOCAL_CID: int
    IPPROTO_MPTCP: int
    IP_BIND_ADDRESS_NO_PORT: int
    IP_TRANSPARENT: int
    J1939_EE_INFO_NONE: int
    J1939_EE_INFO_TX_ABORT: int
    J1939_FILTER_MAX: int
    J1939_IDLE_ADDR: int
    J1939_MAX_UNICAST_ADDR: int
    J1939_NLA_BYTES_ACKED: int
    J1939_NLA_PAD: int
    J1939_NO_ADDR: int
    J1939_NO_NAME: int
    J1939_NO_PGN: int
    J1939_PGN_ADDRESS_CLAIMED: int
    J1939_PGN_ADDRESS_COMMANDED: int
    J1939_PGN_MAX: int
    J1939_PGN_PDU1_MAX: int
    J1939_PGN_REQUEST: int
    MSG_CONFIRM: int
    MSG_ERRQUEUE: int
    MSG_FASTOPEN: int
    MSG_MORE: int
    NETLINK_CRYPTO: int
    NETLINK_DNRTMSG: int
    NETLINK_FIREWALL: int
    NETLINK_IP6_FW: int
    NETLINK_NFLOG: int
    NETLINK_ROUTE: int
    NETLINK_USERSOCK: int
    NETLINK_XFRM: int
    PACKET_BROADCAST: int
    PACKET_FASTROUTE: int
    PACKET_HOST: int
    PACKET_LOOPBACK: int
    PACKET_MULTICAST: int
    PACKET_OTHERHOST: int
    PACKET_OUTGOING: int
    PF_CAN: int
    PF_PACKET: int
    PF_RDS: int
    SCM_CREDENTIALS: int
    SCM_J1939_DEST_ADDR: int
    SCM_J1939_DEST_NAME: int
    SCM_J1939_ERRQUEUE: int
    SCM_J1939_PRIO: int
    SOL_ALG: int
    SOL_CAN_BASE: int
    SOL_CAN_RAW: int
    SOL_HCI: int
    SOL_RDS: int
    SOL_TIPC: int
    SO_INCOMING_CPU: int
    SO_J1939_ERRQUEUE: int
    SO_J1939_FILTER: int
    SO_J1939_PROMISC: int
    SO_J1939_SEND_PRIO: int
    SO_MARK: int
    SO_PASSCRED: int
    SO_PASSSEC: int
    SO_PEERCRED: int
    SO_PEERSEC: int
    SO_PRIORITY: int
    SO_VM_SOCKETS_BUFFER_MAX_SIZE: int
    SO_VM_SOCKETS_BUFFER_MIN_SIZE: int
    SO_VM_SOCKETS_BUFFER_SIZE: int
    TCP_CORK: int
    TCP_DEFER_ACCEPT: int
    TCP_LINGER2: int
    TCP_QUICKACK: int
    TCP_SYNCNT: int
    TCP_USER_TIMEOUT: int
    TCP_WINDOW_CLAMP: int
    TIPC_ADDR_ID: int
    TIPC_ADDR_NAME: int
    TIPC_ADDR_NAMESEQ: int
    TIPC_CFG_SRV: int
    TIPC_CLUSTER_SCOPE: int
    TIPC_CONN_TIMEOUT: int
    TIPC_CRITICAL_IMPORTANCE: int
    TIPC_DEST_DROPPABLE: int
    TIPC_HIGH_IMPORTANCE: int
    TIPC_IMPORTANCE: int
    TIPC_LOW_IMPORTANCE: int
    TIPC_MEDIUM_IMPORTANCE: int
    TIPC_NODE_SCOPE: int
    TIPC_PUBLISHED: int
    TIPC_SRC_DROPPABLE: int
    TIPC_SUBSCR_TIMEOUT: int
    TIPC_SUB_CANCEL: int
    TIPC_SUB_PORTS: int
    TIPC_SUB_SERVICE: int
    TIPC_TOP_SRV: int
    TIPC_WAIT_FOREVER: int
    TIPC_WITHDRAWN: int
    TIPC_ZONE_SCOPE: int
    UDPLITE_RECV_CSCOV: int
    UDPLITE_SEND_CSCOV: int
    VM_SOCKETS_INVALID_VERSION: int

if sys.platform == "linux" or sys.platform.startswith("freebsd"):
    AF_BLUETOOTH: int
    IPPROTO_UDPLITE: int
    MSG_CMSG_CLOEXEC: int
    SOCK_CLOEXEC: int
    SOCK_NONBLOCK: int
    SO_DOMAIN: int
    SO_PROTOCOL: int
    TCP_CONGESTION: int
    TCP_INFO: int

if sys.platform == "linux" or sys.platform == "win32":
    AF_IRDA: int

if sys.platform.startswith("freebsd") or sys.platform == "darwin":
    AF_LINK: int
    LOCAL_PEERCRED: int
    MSG_EOF: int
    SCM_CREDS: int
    TCP_NOPUSH: int

if sys.platform == "linux" or sys.platform.startswith("freebsd") or sys.platform == "darwin":
    AF_ROUTE: int
    EAI_OVERFLOW: int
    EAI_SYSTEM: int
    IPPROTO_GRE: int
    IPPROTO_IPIP: int
    IPPROTO_RSVP: int
    IPPROTO_TP: int
    IPV6_DSTOPTS: int
    IPV6_NEXTHOP: int
    IPV6_PATHMTU: int
    IPV6_RECVDSTOPTS: int
    IPV6_RECVHOPLIMIT: int
    IPV6_RECVHOPOPTS: int
    IPV6_RECVPATHMTU: int
    IPV6_RECVPKTINFO: int
    IPV6_RTHDRDSTOPTS: int
    IPV6_RTHDR_TYPE_0: int
    IP_DEFAULT_MULTICAST_LOOP: int
    IP_DEFAULT_MULTICAST_TTL: int
    IP_MAX_MEMBERSHIPS: int
    IP_RECVOPTS: int
    IP_RECVRETOPTS: int
    IP_RECVTOS: int
    IP_RETOPTS: int
    MSG_DONTWAIT: int
    MSG_EOR: int
    MSG_NOSIGNAL: int
    SCM_RIGHTS: int
    SO_REUSEPORT: int

if sys.platform == "darwin":
    AF_SYSTEM: int
    PF_SYSTEM: int
    SYSPROTO_CONTROL: int
    TCP_KEEPALIVE: int

if sys.platform == "linux" or sys.platform == "darwin":
    AF_VSOCK: int
    EAI_ADDRFAMILY: int
    SO_BINDTODEVICE: int
    TCP_NOTSENT_LOWAT: int
    VMADDR_CID_ANY: int
    VMADDR_CID_HOST: int
    VMADDR_PORT_ANY: int

if sys.platform == "linux" and sys.version_info >= (3, 13):
    CAN_RAW_ERR_FILTER: int
    NI_IDN: int

if sys.platform == "linux" or sys.platform == "darwin" or sys.platform == "win32":
    EAI_NODATA: int

if sys.platform == "linux" and sys.version_info >= (3, 12):
    ETHERTYPE_ARP: int
    ETHERTYPE_IP: int
    ETHERTYPE_IPV6: int
    ETHERTYPE_VLAN: int
    ETH_P_ALL: int
    IP_ADD_SOURCE_MEMBERSHIP: int
    IP_BLOCK_SOURCE: int
    IP_DROP_SOURCE_MEMBERSHIP: int
    IP_PKTINFO: int
    IP_UNBLOCK_SOURCE: int
    SO_BINDTOIFINDEX: int
    TCP_CC_INFO: int
    TCP_FASTOPEN_CONNECT: int
    TCP_FASTOPEN_KEY: int
    TCP_FASTOPEN_NO_COOKIE: int
    TCP_INQ: int
    TCP_MD5SIG: int
    TCP_MD5SIG_EXT: int
    TCP_QUEUE_SEQ: int
    TCP_REPAIR: int
    TCP_REPAIR_OPTIONS: int
    TCP_REPAIR_QUEUE: int
    TCP_REPAIR_WINDOW: int
    TCP_SAVED_SYN: int
    TCP_SAVE_SYN: int
    TCP_THIN_DUPACK: int
    TCP_THIN_LINEAR_TIMEOUTS: int
    TCP_TIMESTAMP: int
    TCP_TX_DELAY: int
    TCP_ULP: int
    TCP_ZEROCOPY_RECEIVE: int

if sys.platform.startswith("freebsd") or sys.platform == "darwin" or sys.platform == "win32":
    IP_RECVDSTADDR: int
    SO_USELOOPBACK: int

if sys.platform.startswith("freebsd"):
    LOCAL_CREDS: int
    SO_SETFIB: int

if sys.platform == "win32":
    MSG_BCAST: int
    MSG_MCAST: int
    RCVALL_IPLEVEL: int
    RCVALL_MAX: int
    RCVALL_OFF: int
    RCVALL_ON: int
    RCVALL_SOCKETLEVELONLY: int
    SIO_KEEPALIVE_VALS: int
    SIO_LOOPBACK_FAST_PATH: int
    SIO_RCVALL: int
    SO_EXCLUSIVEADDRUSE: int

if sys.platform == "linux" or sys.platform.startswith("freebsd") or sys.platform == "win32":
    TCP_KEEPIDLE: int
