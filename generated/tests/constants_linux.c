/* Generated from spec/constants/addrinfo.yaml, spec/constants/alg.yaml, spec/constants/bluetooth.yaml, spec/constants/can.yaml, spec/constants/can_bcm.yaml, spec/constants/darwin.yaml, spec/constants/families.yaml, spec/constants/ip.yaml, spec/constants/ipv6.yaml, spec/constants/j1939.yaml, spec/constants/local.yaml, spec/constants/messages.yaml, spec/constants/netlink.yaml, spec/constants/packet.yaml, spec/constants/protocol_families.yaml, spec/constants/protocols.yaml, spec/constants/rds.yaml, spec/constants/socket_options.yaml, spec/constants/socket_types.yaml, spec/constants/tcp.yaml, spec/constants/tipc.yaml, spec/constants/vsock.yaml, spec/constants/windows.yaml, spec/platforms.yaml by generator/csockgen with templates/constants_test.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#include "csock/csock_gen.h"
#if CSOCK_GEN_LOCK != 1
#error "generated/tests/constants_linux.c does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif
/* Linux constants against the values CPython exports on Debian 12
 * (tests/data/linux-constants.tsv, read at run time from the repository root
 * or $CSOCK_SRCDIR), where another C library's headers give other values
 * corrected by tests/data/linux-constants-<libc>.tsv (musl: NI_MAXHOST,
 * SOMAXCONN).  The TSVs are read, not embedded at generation time, so
 * the generator never depends on test data and a wrong value in the table or
 * in a TSV makes this test fail.  A constant may be absent here only when
 * the header that defines it is not installed (e.g. BlueZ's, or the kernel's
 * for musl-gcc). */
#if defined(__linux__)
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csock/csock_constants.h"
#include "csock_platform.h" /* CSOCK_PLATFORM_LIBC */

#if __has_include(<sys/socket.h>)
#define CSOCK__HDR_SYS_SOCKET_H 1
#else
#define CSOCK__HDR_SYS_SOCKET_H 0
#endif
#if __has_include(<sys/un.h>)
#define CSOCK__HDR_SYS_UN_H 1
#else
#define CSOCK__HDR_SYS_UN_H 0
#endif
#if __has_include(<netinet/in.h>)
#define CSOCK__HDR_NETINET_IN_H 1
#else
#define CSOCK__HDR_NETINET_IN_H 0
#endif
#if __has_include(<netinet/tcp.h>)
#define CSOCK__HDR_NETINET_TCP_H 1
#else
#define CSOCK__HDR_NETINET_TCP_H 0
#endif
#if __has_include(<netinet/udp.h>)
#define CSOCK__HDR_NETINET_UDP_H 1
#else
#define CSOCK__HDR_NETINET_UDP_H 0
#endif
#if __has_include(<arpa/inet.h>)
#define CSOCK__HDR_ARPA_INET_H 1
#else
#define CSOCK__HDR_ARPA_INET_H 0
#endif
#if __has_include(<netdb.h>)
#define CSOCK__HDR_NETDB_H 1
#else
#define CSOCK__HDR_NETDB_H 0
#endif
#if __has_include(<net/if.h>)
#define CSOCK__HDR_NET_IF_H 1
#else
#define CSOCK__HDR_NET_IF_H 0
#endif
#if __has_include(<linux/netlink.h>)
#define CSOCK__HDR_LINUX_NETLINK_H 1
#else
#define CSOCK__HDR_LINUX_NETLINK_H 0
#endif
#if __has_include(<linux/if_packet.h>)
#define CSOCK__HDR_LINUX_IF_PACKET_H 1
#else
#define CSOCK__HDR_LINUX_IF_PACKET_H 0
#endif
#if __has_include(<linux/can.h>)
#define CSOCK__HDR_LINUX_CAN_H 1
#else
#define CSOCK__HDR_LINUX_CAN_H 0
#endif
#if __has_include(<linux/can/raw.h>)
#define CSOCK__HDR_LINUX_CAN_RAW_H 1
#else
#define CSOCK__HDR_LINUX_CAN_RAW_H 0
#endif
#if __has_include(<linux/can/bcm.h>)
#define CSOCK__HDR_LINUX_CAN_BCM_H 1
#else
#define CSOCK__HDR_LINUX_CAN_BCM_H 0
#endif
#if __has_include(<linux/can/isotp.h>)
#define CSOCK__HDR_LINUX_CAN_ISOTP_H 1
#else
#define CSOCK__HDR_LINUX_CAN_ISOTP_H 0
#endif
#if __has_include(<linux/can/j1939.h>)
#define CSOCK__HDR_LINUX_CAN_J1939_H 1
#else
#define CSOCK__HDR_LINUX_CAN_J1939_H 0
#endif
#if __has_include(<linux/tipc.h>)
#define CSOCK__HDR_LINUX_TIPC_H 1
#else
#define CSOCK__HDR_LINUX_TIPC_H 0
#endif
#if __has_include(<linux/if_alg.h>)
#define CSOCK__HDR_LINUX_IF_ALG_H 1
#else
#define CSOCK__HDR_LINUX_IF_ALG_H 0
#endif
#if __has_include(<sys/ioctl.h>)
#define CSOCK__HDR_SYS_IOCTL_H 1
#else
#define CSOCK__HDR_SYS_IOCTL_H 0
#endif
#if __has_include(<linux/vm_sockets.h>)
#define CSOCK__HDR_LINUX_VM_SOCKETS_H 1
#else
#define CSOCK__HDR_LINUX_VM_SOCKETS_H 0
#endif
#if __has_include(<linux/rds.h>)
#define CSOCK__HDR_LINUX_RDS_H 1
#else
#define CSOCK__HDR_LINUX_RDS_H 0
#endif
#if __has_include(<linux/qrtr.h>)
#define CSOCK__HDR_LINUX_QRTR_H 1
#else
#define CSOCK__HDR_LINUX_QRTR_H 0
#endif
#if __has_include(<linux/sockios.h>)
#define CSOCK__HDR_LINUX_SOCKIOS_H 1
#else
#define CSOCK__HDR_LINUX_SOCKIOS_H 0
#endif
#if __has_include(<bluetooth/bluetooth.h>)
#define CSOCK__HDR_BLUETOOTH_BLUETOOTH_H 1
#else
#define CSOCK__HDR_BLUETOOTH_BLUETOOTH_H 0
#endif
#if __has_include(<bluetooth/hci.h>)
#define CSOCK__HDR_BLUETOOTH_HCI_H 1
#else
#define CSOCK__HDR_BLUETOOTH_HCI_H 0
#endif
#if __has_include(<linux/if_ether.h>)
#define CSOCK__HDR_LINUX_IF_ETHER_H 1
#else
#define CSOCK__HDR_LINUX_IF_ETHER_H 0
#endif
#if __has_include(<net/ethernet.h>)
#define CSOCK__HDR_NET_ETHERNET_H 1
#else
#define CSOCK__HDR_NET_ETHERNET_H 0
#endif

/* Every constant the spec gives Linux, with whether its header is here. */
static const struct { const char *name; const char *header; int header_here; } spec_linux[] = {
    { "AF_ALG", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_APPLETALK", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_ASH", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_ATMPVC", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_ATMSVC", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_AX25", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_BLUETOOTH", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_BRIDGE", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_CAN", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_DECnet", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_ECONET", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_INET", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_INET6", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_IPX", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_IRDA", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_KEY", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_LLC", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_NETBEUI", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_NETLINK", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_NETROM", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_PACKET", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_PPPOX", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_QIPCRTR", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_RDS", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_ROSE", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_ROUTE", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_SECURITY", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_SNA", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_TIPC", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_UNIX", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_UNSPEC", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_VSOCK", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_WANPIPE", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_X25", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AI_ADDRCONFIG", "netdb.h", CSOCK__HDR_NETDB_H },
    { "AI_ALL", "netdb.h", CSOCK__HDR_NETDB_H },
    { "AI_CANONNAME", "netdb.h", CSOCK__HDR_NETDB_H },
    { "AI_NUMERICHOST", "netdb.h", CSOCK__HDR_NETDB_H },
    { "AI_NUMERICSERV", "netdb.h", CSOCK__HDR_NETDB_H },
    { "AI_PASSIVE", "netdb.h", CSOCK__HDR_NETDB_H },
    { "AI_V4MAPPED", "netdb.h", CSOCK__HDR_NETDB_H },
    { "ALG_OP_DECRYPT", "linux/if_alg.h", CSOCK__HDR_LINUX_IF_ALG_H },
    { "ALG_OP_ENCRYPT", "linux/if_alg.h", CSOCK__HDR_LINUX_IF_ALG_H },
    { "ALG_OP_SIGN", "linux/if_alg.h", CSOCK__HDR_LINUX_IF_ALG_H },
    { "ALG_OP_VERIFY", "linux/if_alg.h", CSOCK__HDR_LINUX_IF_ALG_H },
    { "ALG_SET_AEAD_ASSOCLEN", "linux/if_alg.h", CSOCK__HDR_LINUX_IF_ALG_H },
    { "ALG_SET_AEAD_AUTHSIZE", "linux/if_alg.h", CSOCK__HDR_LINUX_IF_ALG_H },
    { "ALG_SET_IV", "linux/if_alg.h", CSOCK__HDR_LINUX_IF_ALG_H },
    { "ALG_SET_KEY", "linux/if_alg.h", CSOCK__HDR_LINUX_IF_ALG_H },
    { "ALG_SET_OP", "linux/if_alg.h", CSOCK__HDR_LINUX_IF_ALG_H },
    { "ALG_SET_PUBKEY", "linux/if_alg.h", CSOCK__HDR_LINUX_IF_ALG_H },
    { "BDADDR_ANY", "bluetooth/bluetooth.h", CSOCK__HDR_BLUETOOTH_BLUETOOTH_H },
    { "BDADDR_LOCAL", "bluetooth/bluetooth.h", CSOCK__HDR_BLUETOOTH_BLUETOOTH_H },
    { "BTPROTO_HCI", "bluetooth/bluetooth.h", CSOCK__HDR_BLUETOOTH_BLUETOOTH_H },
    { "BTPROTO_L2CAP", "bluetooth/bluetooth.h", CSOCK__HDR_BLUETOOTH_BLUETOOTH_H },
    { "BTPROTO_RFCOMM", "bluetooth/bluetooth.h", CSOCK__HDR_BLUETOOTH_BLUETOOTH_H },
    { "BTPROTO_SCO", "bluetooth/bluetooth.h", CSOCK__HDR_BLUETOOTH_BLUETOOTH_H },
    { "CAN_BCM", "linux/can.h", CSOCK__HDR_LINUX_CAN_H },
    { "CAN_BCM_CAN_FD_FRAME", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "CAN_BCM_RX_ANNOUNCE_RESUME", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "CAN_BCM_RX_CHANGED", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "CAN_BCM_RX_CHECK_DLC", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "CAN_BCM_RX_DELETE", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "CAN_BCM_RX_FILTER_ID", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "CAN_BCM_RX_NO_AUTOTIMER", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "CAN_BCM_RX_READ", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "CAN_BCM_RX_RTR_FRAME", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "CAN_BCM_RX_SETUP", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "CAN_BCM_RX_STATUS", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "CAN_BCM_RX_TIMEOUT", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "CAN_BCM_SETTIMER", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "CAN_BCM_STARTTIMER", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "CAN_BCM_TX_ANNOUNCE", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "CAN_BCM_TX_COUNTEVT", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "CAN_BCM_TX_CP_CAN_ID", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "CAN_BCM_TX_DELETE", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "CAN_BCM_TX_EXPIRED", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "CAN_BCM_TX_READ", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "CAN_BCM_TX_RESET_MULTI_IDX", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "CAN_BCM_TX_SEND", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "CAN_BCM_TX_SETUP", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "CAN_BCM_TX_STATUS", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "CAN_EFF_FLAG", "linux/can.h", CSOCK__HDR_LINUX_CAN_H },
    { "CAN_EFF_MASK", "linux/can.h", CSOCK__HDR_LINUX_CAN_H },
    { "CAN_ERR_FLAG", "linux/can.h", CSOCK__HDR_LINUX_CAN_H },
    { "CAN_ERR_MASK", "linux/can.h", CSOCK__HDR_LINUX_CAN_H },
    { "CAN_ISOTP", "linux/can.h", CSOCK__HDR_LINUX_CAN_H },
    { "CAN_J1939", "linux/can.h", CSOCK__HDR_LINUX_CAN_H },
    { "CAN_RAW", "linux/can.h", CSOCK__HDR_LINUX_CAN_H },
    { "CAN_RAW_ERR_FILTER", "linux/can/raw.h", CSOCK__HDR_LINUX_CAN_RAW_H },
    { "CAN_RAW_FD_FRAMES", "linux/can/raw.h", CSOCK__HDR_LINUX_CAN_RAW_H },
    { "CAN_RAW_FILTER", "linux/can/raw.h", CSOCK__HDR_LINUX_CAN_RAW_H },
    { "CAN_RAW_JOIN_FILTERS", "linux/can/raw.h", CSOCK__HDR_LINUX_CAN_RAW_H },
    { "CAN_RAW_LOOPBACK", "linux/can/raw.h", CSOCK__HDR_LINUX_CAN_RAW_H },
    { "CAN_RAW_RECV_OWN_MSGS", "linux/can/raw.h", CSOCK__HDR_LINUX_CAN_RAW_H },
    { "CAN_RTR_FLAG", "linux/can.h", CSOCK__HDR_LINUX_CAN_H },
    { "CAN_SFF_MASK", "linux/can.h", CSOCK__HDR_LINUX_CAN_H },
    { "EAI_ADDRFAMILY", "netdb.h", CSOCK__HDR_NETDB_H },
    { "EAI_AGAIN", "netdb.h", CSOCK__HDR_NETDB_H },
    { "EAI_BADFLAGS", "netdb.h", CSOCK__HDR_NETDB_H },
    { "EAI_FAIL", "netdb.h", CSOCK__HDR_NETDB_H },
    { "EAI_FAMILY", "netdb.h", CSOCK__HDR_NETDB_H },
    { "EAI_MEMORY", "netdb.h", CSOCK__HDR_NETDB_H },
    { "EAI_NODATA", "netdb.h", CSOCK__HDR_NETDB_H },
    { "EAI_NONAME", "netdb.h", CSOCK__HDR_NETDB_H },
    { "EAI_OVERFLOW", "netdb.h", CSOCK__HDR_NETDB_H },
    { "EAI_SERVICE", "netdb.h", CSOCK__HDR_NETDB_H },
    { "EAI_SOCKTYPE", "netdb.h", CSOCK__HDR_NETDB_H },
    { "EAI_SYSTEM", "netdb.h", CSOCK__HDR_NETDB_H },
    { "ETHERTYPE_ARP", "net/ethernet.h", CSOCK__HDR_NET_ETHERNET_H },
    { "ETHERTYPE_IP", "net/ethernet.h", CSOCK__HDR_NET_ETHERNET_H },
    { "ETHERTYPE_IPV6", "net/ethernet.h", CSOCK__HDR_NET_ETHERNET_H },
    { "ETHERTYPE_VLAN", "net/ethernet.h", CSOCK__HDR_NET_ETHERNET_H },
    { "ETH_P_ALL", "linux/if_ether.h", CSOCK__HDR_LINUX_IF_ETHER_H },
    { "HCI_DATA_DIR", "bluetooth/hci.h", CSOCK__HDR_BLUETOOTH_HCI_H },
    { "HCI_FILTER", "bluetooth/hci.h", CSOCK__HDR_BLUETOOTH_HCI_H },
    { "HCI_TIME_STAMP", "bluetooth/hci.h", CSOCK__HDR_BLUETOOTH_HCI_H },
    { "INADDR_ALLHOSTS_GROUP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "INADDR_ANY", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "INADDR_BROADCAST", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "INADDR_LOOPBACK", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "INADDR_MAX_LOCAL_GROUP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "INADDR_NONE", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "INADDR_UNSPEC_GROUP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IOCTL_VM_SOCKETS_GET_LOCAL_CID", "linux/vm_sockets.h", CSOCK__HDR_LINUX_VM_SOCKETS_H },
    { "IPPORT_RESERVED", "netdb.h", CSOCK__HDR_NETDB_H },
    { "IPPORT_USERRESERVED", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_AH", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_DSTOPTS", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_EGP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_ESP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_FRAGMENT", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_GRE", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_HOPOPTS", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_ICMP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_ICMPV6", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_IDP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_IGMP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_IP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_IPIP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_IPV6", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_MPTCP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_NONE", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_PIM", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_PUP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_RAW", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_ROUTING", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_RSVP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_SCTP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_TCP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_TP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_UDP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPPROTO_UDPLITE", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_CHECKSUM", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_DONTFRAG", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_DSTOPTS", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_HOPLIMIT", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_HOPOPTS", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_JOIN_GROUP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_LEAVE_GROUP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_MULTICAST_HOPS", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_MULTICAST_IF", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_MULTICAST_LOOP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_NEXTHOP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_PATHMTU", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_PKTINFO", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_RECVDSTOPTS", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_RECVHOPLIMIT", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_RECVHOPOPTS", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_RECVPATHMTU", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_RECVPKTINFO", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_RECVRTHDR", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_RECVTCLASS", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_RTHDR", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_RTHDRDSTOPTS", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_RTHDR_TYPE_0", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_TCLASS", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_UNICAST_HOPS", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IPV6_V6ONLY", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IP_ADD_MEMBERSHIP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IP_ADD_SOURCE_MEMBERSHIP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IP_BIND_ADDRESS_NO_PORT", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IP_BLOCK_SOURCE", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IP_DEFAULT_MULTICAST_LOOP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IP_DEFAULT_MULTICAST_TTL", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IP_DROP_MEMBERSHIP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IP_DROP_SOURCE_MEMBERSHIP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IP_HDRINCL", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IP_MAX_MEMBERSHIPS", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IP_MULTICAST_IF", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IP_MULTICAST_LOOP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IP_MULTICAST_TTL", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IP_OPTIONS", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IP_PKTINFO", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IP_RECVOPTS", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IP_RECVRETOPTS", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IP_RECVTOS", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IP_RETOPTS", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IP_TOS", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IP_TRANSPARENT", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IP_TTL", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "IP_UNBLOCK_SOURCE", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "J1939_EE_INFO_NONE", "linux/can/j1939.h", CSOCK__HDR_LINUX_CAN_J1939_H },
    { "J1939_EE_INFO_TX_ABORT", "linux/can/j1939.h", CSOCK__HDR_LINUX_CAN_J1939_H },
    { "J1939_FILTER_MAX", "linux/can/j1939.h", CSOCK__HDR_LINUX_CAN_J1939_H },
    { "J1939_IDLE_ADDR", "linux/can/j1939.h", CSOCK__HDR_LINUX_CAN_J1939_H },
    { "J1939_MAX_UNICAST_ADDR", "linux/can/j1939.h", CSOCK__HDR_LINUX_CAN_J1939_H },
    { "J1939_NLA_BYTES_ACKED", "linux/can/j1939.h", CSOCK__HDR_LINUX_CAN_J1939_H },
    { "J1939_NLA_PAD", "linux/can/j1939.h", CSOCK__HDR_LINUX_CAN_J1939_H },
    { "J1939_NO_ADDR", "linux/can/j1939.h", CSOCK__HDR_LINUX_CAN_J1939_H },
    { "J1939_NO_NAME", "linux/can/j1939.h", CSOCK__HDR_LINUX_CAN_J1939_H },
    { "J1939_NO_PGN", "linux/can/j1939.h", CSOCK__HDR_LINUX_CAN_J1939_H },
    { "J1939_PGN_ADDRESS_CLAIMED", "linux/can/j1939.h", CSOCK__HDR_LINUX_CAN_J1939_H },
    { "J1939_PGN_ADDRESS_COMMANDED", "linux/can/j1939.h", CSOCK__HDR_LINUX_CAN_J1939_H },
    { "J1939_PGN_MAX", "linux/can/j1939.h", CSOCK__HDR_LINUX_CAN_J1939_H },
    { "J1939_PGN_PDU1_MAX", "linux/can/j1939.h", CSOCK__HDR_LINUX_CAN_J1939_H },
    { "J1939_PGN_REQUEST", "linux/can/j1939.h", CSOCK__HDR_LINUX_CAN_J1939_H },
    { "MSG_CMSG_CLOEXEC", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "MSG_CONFIRM", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "MSG_CTRUNC", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "MSG_DONTROUTE", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "MSG_DONTWAIT", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "MSG_EOR", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "MSG_ERRQUEUE", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "MSG_FASTOPEN", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "MSG_MORE", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "MSG_NOSIGNAL", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "MSG_OOB", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "MSG_PEEK", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "MSG_TRUNC", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "MSG_WAITALL", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "NETLINK_CRYPTO", "linux/netlink.h", CSOCK__HDR_LINUX_NETLINK_H },
    { "NETLINK_DNRTMSG", "linux/netlink.h", CSOCK__HDR_LINUX_NETLINK_H },
    { "NETLINK_FIREWALL", "linux/netlink.h", CSOCK__HDR_LINUX_NETLINK_H },
    { "NETLINK_IP6_FW", "linux/netlink.h", CSOCK__HDR_LINUX_NETLINK_H },
    { "NETLINK_NFLOG", "linux/netlink.h", CSOCK__HDR_LINUX_NETLINK_H },
    { "NETLINK_ROUTE", "linux/netlink.h", CSOCK__HDR_LINUX_NETLINK_H },
    { "NETLINK_USERSOCK", "linux/netlink.h", CSOCK__HDR_LINUX_NETLINK_H },
    { "NETLINK_XFRM", "linux/netlink.h", CSOCK__HDR_LINUX_NETLINK_H },
    { "NI_DGRAM", "netdb.h", CSOCK__HDR_NETDB_H },
    { "NI_IDN", "netdb.h", CSOCK__HDR_NETDB_H },
    { "NI_MAXHOST", "netdb.h", CSOCK__HDR_NETDB_H },
    { "NI_MAXSERV", "netdb.h", CSOCK__HDR_NETDB_H },
    { "NI_NAMEREQD", "netdb.h", CSOCK__HDR_NETDB_H },
    { "NI_NOFQDN", "netdb.h", CSOCK__HDR_NETDB_H },
    { "NI_NUMERICHOST", "netdb.h", CSOCK__HDR_NETDB_H },
    { "NI_NUMERICSERV", "netdb.h", CSOCK__HDR_NETDB_H },
    { "PACKET_BROADCAST", "linux/if_packet.h", CSOCK__HDR_LINUX_IF_PACKET_H },
    { "PACKET_FASTROUTE", "linux/if_packet.h", CSOCK__HDR_LINUX_IF_PACKET_H },
    { "PACKET_HOST", "linux/if_packet.h", CSOCK__HDR_LINUX_IF_PACKET_H },
    { "PACKET_LOOPBACK", "linux/if_packet.h", CSOCK__HDR_LINUX_IF_PACKET_H },
    { "PACKET_MULTICAST", "linux/if_packet.h", CSOCK__HDR_LINUX_IF_PACKET_H },
    { "PACKET_OTHERHOST", "linux/if_packet.h", CSOCK__HDR_LINUX_IF_PACKET_H },
    { "PACKET_OUTGOING", "linux/if_packet.h", CSOCK__HDR_LINUX_IF_PACKET_H },
    { "PF_CAN", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "PF_PACKET", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "PF_RDS", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SCM_CREDENTIALS", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SCM_J1939_DEST_ADDR", "linux/can/j1939.h", CSOCK__HDR_LINUX_CAN_J1939_H },
    { "SCM_J1939_DEST_NAME", "linux/can/j1939.h", CSOCK__HDR_LINUX_CAN_J1939_H },
    { "SCM_J1939_ERRQUEUE", "linux/can/j1939.h", CSOCK__HDR_LINUX_CAN_J1939_H },
    { "SCM_J1939_PRIO", "linux/can/j1939.h", CSOCK__HDR_LINUX_CAN_J1939_H },
    { "SCM_RIGHTS", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SHUT_RD", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SHUT_RDWR", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SHUT_WR", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SOCK_CLOEXEC", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SOCK_DGRAM", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SOCK_NONBLOCK", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SOCK_RAW", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SOCK_RDM", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SOCK_SEQPACKET", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SOCK_STREAM", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SOL_ALG", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SOL_CAN_BASE", "linux/can.h", CSOCK__HDR_LINUX_CAN_H },
    { "SOL_CAN_RAW", "linux/can/raw.h", CSOCK__HDR_LINUX_CAN_RAW_H },
    { "SOL_HCI", "bluetooth/hci.h", CSOCK__HDR_BLUETOOTH_HCI_H },
    { "SOL_IP", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
    { "SOL_RDS", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SOL_SOCKET", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SOL_TCP", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "SOL_TIPC", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SOL_UDP", "netinet/udp.h", CSOCK__HDR_NETINET_UDP_H },
    { "SOMAXCONN", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_ACCEPTCONN", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_BINDTODEVICE", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_BINDTOIFINDEX", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_BROADCAST", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_DEBUG", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_DOMAIN", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_DONTROUTE", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_ERROR", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_INCOMING_CPU", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_J1939_ERRQUEUE", "linux/can/j1939.h", CSOCK__HDR_LINUX_CAN_J1939_H },
    { "SO_J1939_FILTER", "linux/can/j1939.h", CSOCK__HDR_LINUX_CAN_J1939_H },
    { "SO_J1939_PROMISC", "linux/can/j1939.h", CSOCK__HDR_LINUX_CAN_J1939_H },
    { "SO_J1939_SEND_PRIO", "linux/can/j1939.h", CSOCK__HDR_LINUX_CAN_J1939_H },
    { "SO_KEEPALIVE", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_LINGER", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_MARK", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_OOBINLINE", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_PASSCRED", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_PASSSEC", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_PEERCRED", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_PEERSEC", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_PRIORITY", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_PROTOCOL", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_RCVBUF", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_RCVLOWAT", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_RCVTIMEO", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_REUSEADDR", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_REUSEPORT", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_SNDBUF", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_SNDLOWAT", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_SNDTIMEO", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_TYPE", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "SO_VM_SOCKETS_BUFFER_MAX_SIZE", "linux/vm_sockets.h", CSOCK__HDR_LINUX_VM_SOCKETS_H },
    { "SO_VM_SOCKETS_BUFFER_MIN_SIZE", "linux/vm_sockets.h", CSOCK__HDR_LINUX_VM_SOCKETS_H },
    { "SO_VM_SOCKETS_BUFFER_SIZE", "linux/vm_sockets.h", CSOCK__HDR_LINUX_VM_SOCKETS_H },
    { "TCP_CC_INFO", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_CONGESTION", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_CORK", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_DEFER_ACCEPT", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_FASTOPEN", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_FASTOPEN_CONNECT", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_FASTOPEN_KEY", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_FASTOPEN_NO_COOKIE", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_INFO", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_INQ", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_KEEPCNT", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_KEEPIDLE", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_KEEPINTVL", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_LINGER2", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_MAXSEG", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_MD5SIG", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_MD5SIG_EXT", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_NODELAY", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_NOTSENT_LOWAT", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_QUEUE_SEQ", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_QUICKACK", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_REPAIR", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_REPAIR_OPTIONS", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_REPAIR_QUEUE", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_REPAIR_WINDOW", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_SAVED_SYN", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_SAVE_SYN", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_SYNCNT", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_THIN_DUPACK", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_THIN_LINEAR_TIMEOUTS", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_TIMESTAMP", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_TX_DELAY", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_ULP", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_USER_TIMEOUT", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_WINDOW_CLAMP", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TCP_ZEROCOPY_RECEIVE", "netinet/tcp.h", CSOCK__HDR_NETINET_TCP_H },
    { "TIPC_ADDR_ID", "linux/tipc.h", CSOCK__HDR_LINUX_TIPC_H },
    { "TIPC_ADDR_NAME", "linux/tipc.h", CSOCK__HDR_LINUX_TIPC_H },
    { "TIPC_ADDR_NAMESEQ", "linux/tipc.h", CSOCK__HDR_LINUX_TIPC_H },
    { "TIPC_CFG_SRV", "linux/tipc.h", CSOCK__HDR_LINUX_TIPC_H },
    { "TIPC_CLUSTER_SCOPE", "linux/tipc.h", CSOCK__HDR_LINUX_TIPC_H },
    { "TIPC_CONN_TIMEOUT", "linux/tipc.h", CSOCK__HDR_LINUX_TIPC_H },
    { "TIPC_CRITICAL_IMPORTANCE", "linux/tipc.h", CSOCK__HDR_LINUX_TIPC_H },
    { "TIPC_DEST_DROPPABLE", "linux/tipc.h", CSOCK__HDR_LINUX_TIPC_H },
    { "TIPC_HIGH_IMPORTANCE", "linux/tipc.h", CSOCK__HDR_LINUX_TIPC_H },
    { "TIPC_IMPORTANCE", "linux/tipc.h", CSOCK__HDR_LINUX_TIPC_H },
    { "TIPC_LOW_IMPORTANCE", "linux/tipc.h", CSOCK__HDR_LINUX_TIPC_H },
    { "TIPC_MEDIUM_IMPORTANCE", "linux/tipc.h", CSOCK__HDR_LINUX_TIPC_H },
    { "TIPC_NODE_SCOPE", "linux/tipc.h", CSOCK__HDR_LINUX_TIPC_H },
    { "TIPC_PUBLISHED", "linux/tipc.h", CSOCK__HDR_LINUX_TIPC_H },
    { "TIPC_SRC_DROPPABLE", "linux/tipc.h", CSOCK__HDR_LINUX_TIPC_H },
    { "TIPC_SUBSCR_TIMEOUT", "linux/tipc.h", CSOCK__HDR_LINUX_TIPC_H },
    { "TIPC_SUB_CANCEL", "linux/tipc.h", CSOCK__HDR_LINUX_TIPC_H },
    { "TIPC_SUB_PORTS", "linux/tipc.h", CSOCK__HDR_LINUX_TIPC_H },
    { "TIPC_SUB_SERVICE", "linux/tipc.h", CSOCK__HDR_LINUX_TIPC_H },
    { "TIPC_TOP_SRV", "linux/tipc.h", CSOCK__HDR_LINUX_TIPC_H },
    { "TIPC_WAIT_FOREVER", "linux/tipc.h", CSOCK__HDR_LINUX_TIPC_H },
    { "TIPC_WITHDRAWN", "linux/tipc.h", CSOCK__HDR_LINUX_TIPC_H },
    { "TIPC_ZONE_SCOPE", "linux/tipc.h", CSOCK__HDR_LINUX_TIPC_H },
    { "UDPLITE_RECV_CSCOV", "netinet/udp.h", CSOCK__HDR_NETINET_UDP_H },
    { "UDPLITE_SEND_CSCOV", "netinet/udp.h", CSOCK__HDR_NETINET_UDP_H },
    { "VMADDR_CID_ANY", "linux/vm_sockets.h", CSOCK__HDR_LINUX_VM_SOCKETS_H },
    { "VMADDR_CID_HOST", "linux/vm_sockets.h", CSOCK__HDR_LINUX_VM_SOCKETS_H },
    { "VMADDR_PORT_ANY", "linux/vm_sockets.h", CSOCK__HDR_LINUX_VM_SOCKETS_H },
    { "VM_SOCKETS_INVALID_VERSION", "linux/vm_sockets.h", CSOCK__HDR_LINUX_VM_SOCKETS_H },
};
#define N_SPEC (sizeof spec_linux / sizeof spec_linux[0])

static int spec_index(const char *name)
{
    for (size_t i = 0; i < N_SPEC; i++)
        if (strcmp(spec_linux[i].name, name) == 0)
            return (int)i;
    return -1;
}

static FILE *open_tsv(const char *suffix)
{
    char path[4096];
    const char *root = getenv("CSOCK_SRCDIR");
    snprintf(path, sizeof path, "%s/tests/data/linux-constants%s.tsv", root ? root : ".", suffix);
    return fopen(path, "r");
}

/* This C library's values where they are not glibc's: name -> value. */
static struct { char name[64]; char value[64]; } overrides[64];
static int n_overrides;

static void load_overrides(void)
{
    char suffix[64];
    snprintf(suffix, sizeof suffix, "-%s", CSOCK_PLATFORM_LIBC);
    FILE *f = open_tsv(suffix);
    if (!f)
        return;
    char line[512];
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || line[0] == '\n')
            continue;
        line[strcspn(line, "\r\n")] = '\0';
        char *tab = strchr(line, '\t');
        cr_assert(tab && n_overrides < 64, "malformed override line: %s", line);
        *tab = '\0';
        snprintf(overrides[n_overrides].name, sizeof overrides[0].name, "%.63s", line);
        snprintf(overrides[n_overrides].value, sizeof overrides[0].value, "%.63s", tab + 1);
        n_overrides++;
    }
    fclose(f);
    cr_log_info("constants: %d value(s) of %s", n_overrides, CSOCK_PLATFORM_LIBC);
}

static const char *override_of(const char *name)
{
    for (int i = 0; i < n_overrides; i++)
        if (strcmp(overrides[i].name, name) == 0)
            return overrides[i].value;
    return NULL;
}

Test(constants, linux_values_match_cpython)
{
    load_overrides();
    FILE *f = open_tsv("");
    cr_assert_not_null(f, "cannot open tests/data/linux-constants.tsv (run from the repository root or set CSOCK_SRCDIR)");
    char line[512];
    int rows = 0, checked = 0, absent = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || line[0] == '\n')
            continue;
        line[strcspn(line, "\r\n")] = '\0';
        char *tab = strchr(line, '\t');
        cr_assert_not_null(tab, "malformed TSV line: %s", line);
        *tab = '\0';
        const char *name = line, *want = tab + 1;
        if (override_of(name))
            want = override_of(name);
        rows++;
        int si = spec_index(name);
        cr_expect(si >= 0, "%s: in CPython's Linux constants but not given linux in spec/constants", name);
        const csock_constant_info *c = csock_constant_find(name);
        if (c == NULL) {
            cr_expect(si >= 0 && !spec_linux[si].header_here,
                      "%s: missing from the Linux table although %s is installed (see `ninja probe`)",
                      name, si >= 0 ? spec_linux[si].header : "its header");
            absent++;
            continue;
        }
        checked++;
        if (want[0] == '\'') {
            size_t n = strlen(want);
            cr_assert(n >= 2 && want[n - 1] == '\'', "malformed string value for %s", name);
            cr_expect_not_null(c->str, "%s: should be string-valued", name);
            if (c->str) {
                cr_expect(strlen(c->str) == n - 2 && strncmp(c->str, want + 1, n - 2) == 0,
                          "%s: '%s' here, %s in CPython", name, c->str, want);
                cr_expect_str_eq(csock_constant_str(name), c->str);
            }
            long long v = 7;
            cr_expect_eq(csock_constant(name, &v), -1, "%s: string constant via csock_constant", name);
        } else {
            char *end;
            long long w = strtoll(want, &end, 10);
            cr_assert(*end == '\0', "malformed value for %s: %s", name, want);
            long long v = 0;
            cr_expect_eq(csock_constant(name, &v), 0, "%s: csock_constant failed", name);
            cr_expect_eq(v, w, "%s: %lld here, %lld in CPython", name, v, w);
            cr_expect_null(c->str);
        }
    }
    fclose(f);
    cr_log_info("constants: %d rows, %d checked, %d absent with their header", rows, checked, absent);
    cr_expect_eq(rows, 351, "the TSV has 351 constants");
    cr_expect_geq(checked, rows / 2, "most constants must be present here");
}

Test(constants, table_sorted_and_searchable)
{
    size_t n = csock_constant_count();
    cr_assert_gt(n, 150);
    cr_expect_leq(n, (size_t)CSOCK_CONSTANTS_IN_SPEC);
    for (size_t i = 0; i < n; i++) {
        const csock_constant_info *c = csock_constant_at(i);
        cr_assert_not_null(c);
        cr_expect_not_null(c->group);
        cr_expect(c->doc != NULL && c->doc[0] != '\0', "%s: no doc", c->name);
        if (i > 0)
            cr_expect_lt(strcmp(csock_constant_at(i - 1)->name, c->name), 0,
                         "table not sorted at %s", c->name);
        cr_expect_eq(csock_constant_find(c->name), c, "%s: bsearch misses it", c->name);
    }
    cr_expect_null(csock_constant_at(n));
    cr_expect_null(csock_constant_at((size_t)-1));
}

Test(constants, unknown_names_fail)
{
    static const char *const bad[] = {"", "NOT_A_CONSTANT", "so_reuseaddr", "SO_REUSEADDR ",
                                      " SO_REUSEADDR", "SO_REUSEADD", "SO_REUSEADDRX", "AF_",
                                      "SIO_RCVALL", "AF_LINK", "LOCAL_PEERCRED", "\xff"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        long long v = 12345;
        cr_expect_eq(csock_constant(bad[i], &v), -1, "'%s' found", bad[i]);
        cr_expect_eq(v, 12345, "'%s': value written on failure", bad[i]);
        cr_expect_null(csock_constant_str(bad[i]));
        cr_expect_null(csock_constant_find(bad[i]));
    }
    cr_expect_eq(csock_constant(NULL, NULL), -1);
    cr_expect_null(csock_constant_str(NULL));
    cr_expect_null(csock_constant_str("SO_REUSEADDR"), "integer constant as a string");
    long long v = 0;
    cr_expect_eq(csock_constant("SO_REUSEADDR", NULL), 0);
    cr_expect_eq(csock_constant("SO_REUSEADDR", &v), 0);
    cr_expect_eq(v, 2);
}

static void round_trip(const char *group, const char *(*name_of)(int), const char *prefix)
{
    int seen = 0;
    for (size_t i = 0; i < csock_constant_count(); i++) {
        const csock_constant_info *c = csock_constant_at(i);
        if (strcmp(c->group, group) != 0 || strncmp(c->name, prefix, strlen(prefix)) != 0)
            continue;
        const char *back = name_of((int)c->value);
        cr_assert_not_null(back, "%s (%lld) has no name", c->name, c->value);
        long long v;
        cr_expect_eq(csock_constant(back, &v), 0);
        cr_expect_eq(v, c->value, "%s -> %s: values differ", c->name, back);
        cr_expect_leq(strcmp(back, c->name), 0, "%s: %s is not the first name", c->name, back);
        seen++;
    }
    cr_expect_gt(seen, 0, "no %s constants", prefix);
}

Test(constants, names_from_values)
{
    round_trip("families", csock_family_name, "AF_");
    round_trip("socket_types", csock_socktype_name, "SOCK_");
    cr_expect_str_eq(csock_family_name(2), "AF_INET");
    cr_expect_str_eq(csock_family_name(10), "AF_INET6");
    cr_expect_str_eq(csock_family_name(1), "AF_UNIX");
    cr_expect_str_eq(csock_family_name(16), "AF_NETLINK");  /* AF_ROUTE shares 16 */
    cr_expect_str_eq(csock_family_name(0), "AF_UNSPEC");
    cr_expect_null(csock_family_name(-1));
    cr_expect_null(csock_family_name(12345));
    cr_expect_str_eq(csock_socktype_name(1), "SOCK_STREAM");
    cr_expect_str_eq(csock_socktype_name(2), "SOCK_DGRAM");
    cr_expect_str_eq(csock_socktype_name(5), "SOCK_SEQPACKET");
    cr_expect_str_eq(csock_socktype_name(2048), "SOCK_NONBLOCK");
    cr_expect_null(csock_socktype_name(0));
    cr_expect_str_eq(csock_proto_name(6), "IPPROTO_TCP");
    cr_expect_str_eq(csock_proto_name(17), "IPPROTO_UDP");
    cr_expect_str_eq(csock_proto_name(0), "IPPROTO_IP");   /* not the alias IPPROTO_HOPOPTS */
    cr_expect_str_eq(csock_proto_name(41), "IPPROTO_IPV6");
    cr_expect_null(csock_proto_name(-5));
}
#else
typedef int csock__no_linux_constants;
#endif
