/* Generated from spec/families/alg.yaml, spec/families/bluetooth.yaml, spec/families/can.yaml, spec/families/inet.yaml, spec/families/inet6.yaml, spec/families/link.yaml, spec/families/netlink.yaml, spec/families/packet.yaml, spec/families/qipcrtr.yaml, spec/families/rds.yaml, spec/families/tipc.yaml, spec/families/unix.yaml, spec/families/vsock.yaml by generator/csockgen with templates/csock_addr.h.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
/* The version lock first: csock_gen.h defines CSOCK_GEN_LOCK (and includes
 * this header itself, inside its own guard). */
#include "csock/csock_gen.h"
#ifndef CSOCK_ADDR_H
#define CSOCK_ADDR_H

#if CSOCK_GEN_LOCK != 1
#error "csock/csock_addr.h does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif

/* Socket addresses: one tagged union for every address family csock knows
 * (spec/families/).  Each member holds the fields of Python's address value
 * for that family, in tuple order; csock_addr_encode() validates and turns
 * one into a struct sockaddr with Python's errors, csock_addr_decode() does
 * the reverse (what Python's getsockname/accept/recvfrom return).
 *
 * Strings are NUL-terminated char arrays.  A constructor truncates what does
 * not fit; a value too long for its sockaddr is reported by encode. */

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <sys/socket.h>
#endif

/* The address families of this build, CSOCK_ADDR_HAVE_<MEMBER>: on the
 * family's platforms, where the socket header defines its AF_ macro and the
 * headers of its sockaddrs exist (a sockaddr the spec lays out itself
 * needs none). */
#if (defined(__linux__)) && defined(AF_ALG)
#if defined(__has_include)
#if __has_include(<linux/if_alg.h>)
#define CSOCK_ADDR_HAVE_ALG 1
#endif
#else
#define CSOCK_ADDR_HAVE_ALG 1
#endif
#endif
#if (defined(__linux__)) && defined(AF_BLUETOOTH)
#define CSOCK_ADDR_HAVE_BT 1
#endif
#if (defined(__linux__)) && defined(AF_CAN)
#if defined(__has_include)
#if __has_include(<linux/can.h>)
#define CSOCK_ADDR_HAVE_CAN 1
#endif
#else
#define CSOCK_ADDR_HAVE_CAN 1
#endif
#endif
#if (defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__) || defined(_WIN32)) && defined(AF_INET)
#if defined(__has_include)
#if __has_include(<netinet/in.h>)
#define CSOCK_ADDR_HAVE_INET 1
#endif
#else
#define CSOCK_ADDR_HAVE_INET 1
#endif
#endif
#if (defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__) || defined(_WIN32)) && defined(AF_INET6)
#if defined(__has_include)
#if __has_include(<netinet/in.h>)
#define CSOCK_ADDR_HAVE_INET6 1
#endif
#else
#define CSOCK_ADDR_HAVE_INET6 1
#endif
#endif
#if (defined(__FreeBSD__) || defined(__APPLE__)) && defined(AF_LINK)
#if defined(__has_include)
#if __has_include(<net/if_dl.h>)
#define CSOCK_ADDR_HAVE_LINK 1
#endif
#else
#define CSOCK_ADDR_HAVE_LINK 1
#endif
#endif
#if (defined(__linux__)) && defined(AF_NETLINK)
#if defined(__has_include)
#if __has_include(<linux/netlink.h>)
#define CSOCK_ADDR_HAVE_NETLINK 1
#endif
#else
#define CSOCK_ADDR_HAVE_NETLINK 1
#endif
#endif
#if (defined(__linux__)) && defined(AF_PACKET)
#if defined(__has_include)
#if __has_include(<linux/if_packet.h>)
#define CSOCK_ADDR_HAVE_PACKET 1
#endif
#else
#define CSOCK_ADDR_HAVE_PACKET 1
#endif
#endif
#if (defined(__linux__)) && defined(AF_QIPCRTR)
#if defined(__has_include)
#if __has_include(<linux/qrtr.h>)
#define CSOCK_ADDR_HAVE_QIPCRTR 1
#endif
#else
#define CSOCK_ADDR_HAVE_QIPCRTR 1
#endif
#endif
#if (defined(__linux__)) && defined(AF_RDS)
#if defined(__has_include)
#if __has_include(<netinet/in.h>)
#define CSOCK_ADDR_HAVE_RDS 1
#endif
#else
#define CSOCK_ADDR_HAVE_RDS 1
#endif
#endif
#if (defined(__linux__)) && defined(AF_TIPC)
#if defined(__has_include)
#if __has_include(<linux/tipc.h>)
#define CSOCK_ADDR_HAVE_TIPC 1
#endif
#else
#define CSOCK_ADDR_HAVE_TIPC 1
#endif
#endif
#if (defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__) || defined(_WIN32)) && defined(AF_UNIX)
#if defined(__has_include)
#if __has_include(<sys/un.h>)
#define CSOCK_ADDR_HAVE_UN 1
#endif
#else
#define CSOCK_ADDR_HAVE_UN 1
#endif
#endif
#if (defined(__linux__)) && defined(AF_VSOCK)
#if defined(__has_include)
#if __has_include(<linux/vm_sockets.h>)
#define CSOCK_ADDR_HAVE_VSOCK 1
#endif
#else
#define CSOCK_ADDR_HAVE_VSOCK 1
#endif
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef struct csock_error csock_error;

#define CSOCK_ADDR_HOST_MAX 256
#define CSOCK_ADDR_IFNAME_MAX 17 /* IFNAMSIZ + 1: a too long name stays detectable */
#define CSOCK_ADDR_BDADDR_MAX 32 /* "XX:XX:XX:XX:XX:XX" is 17: a too long address stays detectable */

#ifdef _WIN32
/* <objbase.h> (through <windows.h>) defines `interface` as `struct`; not
 * in the member of that name below. */
#pragma push_macro("interface")
#undef interface
#endif
typedef struct csock_addr {
    int family;   /* AF_*; 0 = no address */
    int proto;    /* selects the format where a family has several
                     (AF_CAN: CAN_RAW/CAN_BCM/CAN_ISOTP/CAN_J1939;
                      AF_BLUETOOTH: BTPROTO_*); 0 otherwise */
    union {
        /* AF_ALG: The kernel crypto API (Linux): (type, name[, feat[, mask]]). */
        struct {
            char type[15];  /* The algorithm type: hash, skcipher, aead, rng... (at most 13 bytes). */
            char name[65];  /* The algorithm: sha256, cbc(aes)... (at most 63 bytes). */
            uint32_t feat;  /* u32: Required features (Python parses it as an unsigned short: the low 16 bits). */
            uint32_t mask;  /* u32: Feature mask (Python parses it as an unsigned short: the low 16 bits). */
        } alg;
        /* AF_BLUETOOTH: Bluetooth (Linux, BlueZ): the socket's protocol selects the format: (bdaddr, psm) for BTPROTO_L2CAP, (bdaddr, channel) for BTPROTO_RFCOMM, (device_id,) for BTPROTO_HCI (decoded as the id alone) and the bdaddr alone for BTPROTO_SCO (bytes in Python, decoded as str).  Bluetooth addresses are "XX:XX:XX:XX:XX:XX".  The sockaddrs are the kernel's ABI, declared here: no BlueZ header is needed. */
        struct {
            char bdaddr[CSOCK_ADDR_BDADDR_MAX];  /* The device address, six hex bytes separated by colons (decoded in upper case). */
            int psm;  /* int: The protocol/service multiplexer (an unsigned short in the sockaddr). */
            int channel;  /* int: The RFCOMM channel (a byte in the sockaddr). */
            int dev;  /* int: The HCI device id (hci0 is 0). */
        } bt;
        /* AF_CAN: Controller Area Network (Linux SocketCAN).  The socket's protocol selects the tuple: (interface,) for CAN_RAW and CAN_BCM, (interface, rx_addr, tx_addr) for CAN_ISOTP, (interface, name, pgn, addr) for CAN_J1939. */
        struct {
            char interface[CSOCK_ADDR_IFNAME_MAX];  /* The CAN interface name ('' for every interface). */
            uint32_t rx_addr;  /* u32: The CAN id received. */
            uint32_t tx_addr;  /* u32: The CAN id sent. */
            uint64_t name;  /* u64: The 64-bit J1939 NAME (J1939_NO_NAME for none). */
            uint32_t pgn;  /* u32: The parameter group number (J1939_NO_PGN for none). */
            int addr;  /* u8: The 8-bit address (J1939_NO_ADDR = 255 for none). */
        } can;
        /* AF_INET: IPv4.  The address is the pair (host, port). */
        struct {
            char host[CSOCK_ADDR_HOST_MAX];  /* A host name or dotted IPv4 address; '' is INADDR_ANY and '<broadcast>' INADDR_BROADCAST.  Names are resolved (getaddrinfo, AF_INET).  Decoded as the dotted address. */
            int port;  /* port: The port, 0-65535 (network byte order in the sockaddr). */
        } inet;
        /* AF_INET6: IPv6.  The address is (host, port[, flowinfo[, scope_id]]). */
        struct {
            char host[CSOCK_ADDR_HOST_MAX];  /* A host name or IPv6 address; '' is '::'.  '<broadcast>' and '255.255.255.255' are an error (OSError "address family mismatched").  Names are resolved (getaddrinfo, AF_INET6).  Decoded as the compressed address. */
            int port;  /* port: The port, 0-65535. */
            uint32_t flowinfo;  /* be32: The flow label, 0-1048575 (20 bits). */
            uint32_t scope_id;  /* u32: The scope (interface index for link-local addresses). */
        } inet6;
        /* AF_LINK: Link-level interface addresses of BSD and macOS (struct sockaddr_dl), as getifaddrs and routing sockets report them: (index, type, name, lladdr). Python's socket module has no address format for AF_LINK (bind gives "bad family"); csock decodes and encodes it for completeness. */
        struct {
            int index;  /* u16: The interface index (0 if none). */
            int type;  /* u8: The interface type (IFT_ETHER...). */
            char name[17];  /* The interface name (the first sdl_nlen bytes of sdl_data). */
            size_t lladdr_len;
            unsigned char lladdr[16];  /* The link-level address (sdl_alen bytes after the name). */
        } link;
        /* AF_NETLINK: Netlink (Linux): the pair (pid, groups). */
        struct {
            uint32_t pid;  /* u32: The port id (0: the kernel assigns one); Python keeps the low 32 bits of larger values. */
            uint32_t groups;  /* u32: The bit mask of multicast groups. */
        } netlink;
        /* AF_PACKET: Link-level packets (Linux): (ifname, proto[, pkttype[, hatype[, addr]]]). */
        struct {
            char ifname[CSOCK_ADDR_IFNAME_MAX];  /* The interface name, looked up on the socket (an unknown one, '' included, is [Errno 19] No such device; a name longer than IFNAMSIZ-1 is cut there); decoded as '' for index 0. */
            int proto;  /* be16: The Ethernet protocol (ETH_P_*), 0-65535. */
            int pkttype;  /* int: The packet type (PACKET_HOST...); as Python, only the low 8 bits are kept. */
            int hatype;  /* int: The ARP hardware type; as Python, only the low 16 bits are kept. */
            size_t addr_len;
            unsigned char addr[8];  /* The hardware address, at most 8 bytes (hex in the examples). */
        } packet;
        /* AF_QIPCRTR: Qualcomm IPC router (Linux): the pair (node, port). */
        struct {
            uint32_t node;  /* u32: The node id (QRTR_NODE_BCAST for every node). */
            uint32_t port;  /* u32: The port (QRTR_PORT_CTRL for the control port). */
        } qipcrtr;
        /* AF_RDS: Reliable Datagram Sockets (Linux): addresses are AF_INET's (host, port) in a sockaddr_in, so an AF_RDS socket also takes an AF_INET csock_addr and decoding gives AF_INET, as in Python. */
        struct {
            char host[CSOCK_ADDR_HOST_MAX];  /* An IPv4 host, with AF_INET's rules. */
            int port;  /* port: The port, 0-65535. */
        } rds;
        /* AF_TIPC: TIPC cluster sockets (Linux): (addr_type, v1, v2, v3[, scope]).  What v1, v2 and v3 mean depends on addr_type: TIPC_ADDR_NAMESEQ (type, lower, upper), TIPC_ADDR_NAME (type, instance; v3 is ignored and, as CPython's makesockaddr has it, decoded as the instance again), TIPC_ADDR_ID (node, ref; v3 ignored, decoded as 0). */
        struct {
            uint32_t addr_type;  /* u32: TIPC_ADDR_NAMESEQ, TIPC_ADDR_NAME or TIPC_ADDR_ID; anything else is TypeError "Invalid address type". */
            uint32_t v1;  /* u32: addr.nameseq.type, addr.name.name.type or addr.id.node. */
            uint32_t v2;  /* u32: addr.nameseq.lower, addr.name.name.instance or addr.id.ref. */
            uint32_t v3;  /* u32: addr.nameseq.upper (ignored for the other types). */
            int scope;  /* int: TIPC_ZONE_SCOPE, TIPC_CLUSTER_SCOPE (the default) or TIPC_NODE_SCOPE (a signed char in the sockaddr; Python builds it as an unsigned int). */
        } tipc;
        /* AF_UNIX: Local sockets.  The address is a filesystem path (str, or bytes) or, on Linux, a name in the abstract namespace: bytes starting with a NUL byte. */
        struct {
            size_t len;              /* bytes in path; > 108 only from a too long constructor argument */
            char path[108];          /* The path bytes (len of them).  A filesystem path needs room for its NUL (at most 107 bytes); an abstract name may fill sun_path.  The sockaddr length is offsetof(sun_path) + len. */
        } un;
        /* AF_VSOCK: Virtual machine sockets (Linux): the pair (cid, port). */
        struct {
            uint32_t cid;  /* u32: The context id (VMADDR_CID_ANY, VMADDR_CID_HOST, a guest's cid). */
            uint32_t port;  /* u32: The port (VMADDR_PORT_ANY = 2**32-1). */
        } vsock;
    } u;
} csock_addr;
#ifdef _WIN32
#pragma pop_macro("interface")
#endif

/* Constructors: fill every field (an all-zero csock_addr is "no address"). */
/* AF_ALG: (type, name, feat, mask), csock_addr_alg(type, name, feat, mask). */
#if defined(CSOCK_ADDR_HAVE_ALG)
CSOCK_API csock_addr csock_addr_alg(const char *type, const char *name, uint32_t feat, uint32_t mask);
#endif
/* AF_BLUETOOTH: (bdaddr, psm), csock_addr_bt_l2cap(bdaddr, psm). */
#if defined(CSOCK_ADDR_HAVE_BT)
CSOCK_API csock_addr csock_addr_bt_l2cap(const char *bdaddr, int psm);
#endif
/* AF_BLUETOOTH: (bdaddr, channel), csock_addr_bt_rfcomm(bdaddr, channel). */
#if defined(CSOCK_ADDR_HAVE_BT)
CSOCK_API csock_addr csock_addr_bt_rfcomm(const char *bdaddr, int channel);
#endif
/* AF_BLUETOOTH: (device_id,), csock_addr_bt_hci(dev); decoded as the device id. */
#if defined(CSOCK_ADDR_HAVE_BT)
CSOCK_API csock_addr csock_addr_bt_hci(int dev);
#endif
/* AF_BLUETOOTH: bdaddr (bytes in Python, decoded as str), csock_addr_bt_sco(bdaddr). */
#if defined(CSOCK_ADDR_HAVE_BT)
CSOCK_API csock_addr csock_addr_bt_sco(const char *bdaddr);
#endif
/* AF_CAN: (interface,) for CAN_RAW and CAN_BCM, csock_addr_can_raw(interface). */
#if defined(CSOCK_ADDR_HAVE_CAN)
CSOCK_API csock_addr csock_addr_can_raw(const char *interface);
#endif
/* AF_CAN: (interface, rx_addr, tx_addr) for CAN_ISOTP, csock_addr_can_isotp(...). */
#if defined(CSOCK_ADDR_HAVE_CAN)
CSOCK_API csock_addr csock_addr_can_isotp(const char *interface, uint32_t rx_addr, uint32_t tx_addr);
#endif
/* AF_CAN: (interface, name, pgn, addr) for CAN_J1939, csock_addr_can_j1939(...). */
#if defined(CSOCK_ADDR_HAVE_CAN)
CSOCK_API csock_addr csock_addr_can_j1939(const char *interface, uint64_t name, uint32_t pgn, int addr);
#endif
/* AF_INET: (host, port), csock_addr_inet(host, port). */
#if defined(CSOCK_ADDR_HAVE_INET)
CSOCK_API csock_addr csock_addr_inet(const char *host, int port);
#endif
/* AF_INET6: (host, port, flowinfo, scope_id), csock_addr_inet6(host, port, flowinfo, scope_id). */
#if defined(CSOCK_ADDR_HAVE_INET6)
CSOCK_API csock_addr csock_addr_inet6(const char *host, int port, uint32_t flowinfo, uint32_t scope_id);
#endif
/* AF_LINK: (index, type, name, lladdr), csock_addr_link(...). */
#if defined(CSOCK_ADDR_HAVE_LINK)
CSOCK_API csock_addr csock_addr_link(int index, int type, const char *name, const void *lladdr, size_t lladdr_len);
#endif
/* AF_NETLINK: (pid, groups), csock_addr_netlink(pid, groups). */
#if defined(CSOCK_ADDR_HAVE_NETLINK)
CSOCK_API csock_addr csock_addr_netlink(uint32_t pid, uint32_t groups);
#endif
/* AF_PACKET: (ifname, proto, pkttype, hatype, addr), csock_addr_packet(...). */
#if defined(CSOCK_ADDR_HAVE_PACKET)
CSOCK_API csock_addr csock_addr_packet(const char *ifname, int proto, int pkttype, int hatype, const void *addr, size_t addr_len);
#endif
/* AF_QIPCRTR: (node, port), csock_addr_qipcrtr(node, port). */
#if defined(CSOCK_ADDR_HAVE_QIPCRTR)
CSOCK_API csock_addr csock_addr_qipcrtr(uint32_t node, uint32_t port);
#endif
/* AF_RDS: (host, port), csock_addr_rds(host, port). */
#if defined(CSOCK_ADDR_HAVE_RDS)
CSOCK_API csock_addr csock_addr_rds(const char *host, int port);
#endif
/* AF_TIPC: (addr_type, v1, v2, v3, scope), csock_addr_tipc(...). */
#if defined(CSOCK_ADDR_HAVE_TIPC)
CSOCK_API csock_addr csock_addr_tipc(uint32_t addr_type, uint32_t v1, uint32_t v2, uint32_t v3, int scope);
#endif
/* AF_UNIX: A path or an abstract name, csock_addr_unix(path) / csock_addr_unix_bytes(buf, len). */
#if defined(CSOCK_ADDR_HAVE_UN)
CSOCK_API csock_addr csock_addr_unix(const char *path);
CSOCK_API csock_addr csock_addr_unix_bytes(const void *path, size_t len);
#endif
/* AF_VSOCK: (cid, port), csock_addr_vsock(cid, port). */
#if defined(CSOCK_ADDR_HAVE_VSOCK)
CSOCK_API csock_addr csock_addr_vsock(uint32_t cid, uint32_t port);
#endif

/* Validate a for a socket of (sock_family, sock_proto) and convert it into
 * *ss / *len.  `caller` is the Python method named in messages ("bind",
 * "connect", "sendto"...).  Hosts follow Python's setipaddr: '' is the
 * wildcard, '<broadcast>' INADDR_BROADCAST (AF_INET only), numeric
 * addresses skip the resolver, anything else is resolved (getaddrinfo,
 * inside the runtime's blocking hooks).  Errors are Python's: OverflowError
 * "bind(): port must be 0-65535.", OSError "AF_UNIX path too long",
 * gaierror, and for an address of another family the TypeError Python gives
 * for that family's value (a str path where a tuple is needed: "connect():
 * AF_INET address must be tuple, not str"; another tuple shape: "AF_INET
 * address must be a pair (host, port)").  A socket family without address
 * format: OSError "bind(): bad family".  Values are checked in Python's
 * order (a host is resolved before its port is checked; AF_PACKET's
 * interface, then its hardware address, then its protocol).  Interface
 * names (AF_PACKET, AF_CAN) are cut at IFNAMSIZ-1 bytes and looked up with
 * if_nametoindex here; csock_bind, csock_connect, csock_sendto... look them
 * up on their socket (SIOCGIFINDEX), as Python does.  Returns 0 or -1 with
 * *err. */
CSOCK_API int csock_addr_encode(const csock_addr *a, int sock_family, int sock_proto,
                                const char *caller, struct sockaddr_storage *ss,
                                socklen_t *len, csock_error *err);

/* Convert a sockaddr of len bytes into *out (sock_proto picks the format
 * where a family has several, and is stored in out->proto).  len 0 gives
 * family 0 (Python's None); a family csock has no format for gives that
 * family with the member zeroed.  Returns 0 or -1 with *err. */
CSOCK_API int csock_addr_decode(const struct sockaddr *sa, socklen_t len,
                                int sock_proto, csock_addr *out, csock_error *err);

/* Compare two addresses field by field (only the active member). 1 if
 * equal. */
CSOCK_API int csock_addr_equal(const csock_addr *a, const csock_addr *b);

#ifdef __cplusplus
}
#endif

#endif /* CSOCK_ADDR_H */
