/* Generated from spec/constants/addrinfo.yaml, spec/constants/alg.yaml, spec/constants/bluetooth.yaml, spec/constants/can.yaml, spec/constants/can_bcm.yaml, spec/constants/darwin.yaml, spec/constants/families.yaml, spec/constants/ip.yaml, spec/constants/ipv6.yaml, spec/constants/j1939.yaml, spec/constants/local.yaml, spec/constants/messages.yaml, spec/constants/netlink.yaml, spec/constants/packet.yaml, spec/constants/protocol_families.yaml, spec/constants/protocols.yaml, spec/constants/rds.yaml, spec/constants/socket_options.yaml, spec/constants/socket_types.yaml, spec/constants/tcp.yaml, spec/constants/tipc.yaml, spec/constants/vsock.yaml, spec/constants/windows.yaml, spec/platforms.yaml by generator/csockgen with templates/constants_test.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#include "csock/csock_gen.h"
#if CSOCK_GEN_LOCK != 1
#error "generated/tests/constants_linux.c does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif
/* Linux constants: the names CPython exports on Linux
 * (tests/data/linux-constants.tsv, read at run time from the repository root
 * or $CSOCK_SRCDIR) and their values.  A value is the target's: each
 * constant's value in csock's table must be what this target's own headers
 * give (compiled here, beside the table, from the same headers).  The TSV's
 * values are CPython's on Debian 12 x86_64 with glibc, so they are
 * compared too only on that ABI (x86_64, LP64), where another C library's
 * headers give other values corrected by
 * tests/data/linux-constants-<libc>.tsv (musl: NI_MAXHOST, SOMAXCONN);
 * on any other CPU the TSV says only which names exist.  The TSVs are
 * read, not embedded at generation time, so the generator never depends
 * on test data and a wrong value in the table or in a TSV makes this test
 * fail.  A constant may be absent here only when the header that defines
 * it is not installed (e.g. BlueZ's, or the kernel's for musl-gcc). */
#if defined(__linux__)
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csock/csock_constants.h"
#include "csock_platform.h" /* CSOCK_PLATFORM_LIBC */

#if __has_include(<sys/socket.h>)
#include <sys/socket.h>
#define CSOCK__HDR_SYS_SOCKET_H 1
#else
#define CSOCK__HDR_SYS_SOCKET_H 0
#endif
#if __has_include(<sys/un.h>)
#include <sys/un.h>
#define CSOCK__HDR_SYS_UN_H 1
#else
#define CSOCK__HDR_SYS_UN_H 0
#endif
#if __has_include(<netinet/in.h>)
#include <netinet/in.h>
#define CSOCK__HDR_NETINET_IN_H 1
#else
#define CSOCK__HDR_NETINET_IN_H 0
#endif
#if __has_include(<netinet/tcp.h>)
#include <netinet/tcp.h>
#define CSOCK__HDR_NETINET_TCP_H 1
#else
#define CSOCK__HDR_NETINET_TCP_H 0
#endif
#if __has_include(<netinet/udp.h>)
#include <netinet/udp.h>
#define CSOCK__HDR_NETINET_UDP_H 1
#else
#define CSOCK__HDR_NETINET_UDP_H 0
#endif
#if __has_include(<arpa/inet.h>)
#include <arpa/inet.h>
#define CSOCK__HDR_ARPA_INET_H 1
#else
#define CSOCK__HDR_ARPA_INET_H 0
#endif
#if __has_include(<netdb.h>)
#include <netdb.h>
#define CSOCK__HDR_NETDB_H 1
#else
#define CSOCK__HDR_NETDB_H 0
#endif
#if __has_include(<net/if.h>)
#include <net/if.h>
#define CSOCK__HDR_NET_IF_H 1
#else
#define CSOCK__HDR_NET_IF_H 0
#endif
#if __has_include(<linux/netlink.h>)
#include <linux/netlink.h>
#define CSOCK__HDR_LINUX_NETLINK_H 1
#else
#define CSOCK__HDR_LINUX_NETLINK_H 0
#endif
#if __has_include(<linux/if_packet.h>)
#include <linux/if_packet.h>
#define CSOCK__HDR_LINUX_IF_PACKET_H 1
#else
#define CSOCK__HDR_LINUX_IF_PACKET_H 0
#endif
#if __has_include(<linux/can.h>)
#include <linux/can.h>
#define CSOCK__HDR_LINUX_CAN_H 1
#else
#define CSOCK__HDR_LINUX_CAN_H 0
#endif
#if __has_include(<linux/can/raw.h>)
#include <linux/can/raw.h>
#define CSOCK__HDR_LINUX_CAN_RAW_H 1
#else
#define CSOCK__HDR_LINUX_CAN_RAW_H 0
#endif
#if __has_include(<linux/can/bcm.h>)
#include <linux/can/bcm.h>
#define CSOCK__HDR_LINUX_CAN_BCM_H 1
#else
#define CSOCK__HDR_LINUX_CAN_BCM_H 0
#endif
#if __has_include(<linux/can/isotp.h>)
#include <linux/can/isotp.h>
#define CSOCK__HDR_LINUX_CAN_ISOTP_H 1
#else
#define CSOCK__HDR_LINUX_CAN_ISOTP_H 0
#endif
#if __has_include(<linux/can/j1939.h>)
#include <linux/can/j1939.h>
#define CSOCK__HDR_LINUX_CAN_J1939_H 1
#else
#define CSOCK__HDR_LINUX_CAN_J1939_H 0
#endif
#if __has_include(<linux/tipc.h>)
#include <linux/tipc.h>
#define CSOCK__HDR_LINUX_TIPC_H 1
#else
#define CSOCK__HDR_LINUX_TIPC_H 0
#endif
#if __has_include(<linux/if_alg.h>)
#include <linux/if_alg.h>
#define CSOCK__HDR_LINUX_IF_ALG_H 1
#else
#define CSOCK__HDR_LINUX_IF_ALG_H 0
#endif
#if __has_include(<sys/ioctl.h>)
#include <sys/ioctl.h>
#define CSOCK__HDR_SYS_IOCTL_H 1
#else
#define CSOCK__HDR_SYS_IOCTL_H 0
#endif
#if __has_include(<linux/vm_sockets.h>)
#include <linux/vm_sockets.h>
#define CSOCK__HDR_LINUX_VM_SOCKETS_H 1
#else
#define CSOCK__HDR_LINUX_VM_SOCKETS_H 0
#endif
#if __has_include(<linux/rds.h>)
#include <linux/rds.h>
#define CSOCK__HDR_LINUX_RDS_H 1
#else
#define CSOCK__HDR_LINUX_RDS_H 0
#endif
#if __has_include(<linux/qrtr.h>)
#include <linux/qrtr.h>
#define CSOCK__HDR_LINUX_QRTR_H 1
#else
#define CSOCK__HDR_LINUX_QRTR_H 0
#endif
#if __has_include(<linux/sockios.h>)
#include <linux/sockios.h>
#define CSOCK__HDR_LINUX_SOCKIOS_H 1
#else
#define CSOCK__HDR_LINUX_SOCKIOS_H 0
#endif
#if __has_include(<bluetooth/bluetooth.h>)
#include <bluetooth/bluetooth.h>
#define CSOCK__HDR_BLUETOOTH_BLUETOOTH_H 1
#else
#define CSOCK__HDR_BLUETOOTH_BLUETOOTH_H 0
#endif
#if __has_include(<bluetooth/hci.h>)
#include <bluetooth/hci.h>
#define CSOCK__HDR_BLUETOOTH_HCI_H 1
#else
#define CSOCK__HDR_BLUETOOTH_HCI_H 0
#endif
#if __has_include(<linux/if_ether.h>)
#include <linux/if_ether.h>
#define CSOCK__HDR_LINUX_IF_ETHER_H 1
#else
#define CSOCK__HDR_LINUX_IF_ETHER_H 0
#endif
#if __has_include(<net/ethernet.h>)
#include <net/ethernet.h>
#define CSOCK__HDR_NET_ETHERNET_H 1
#else
#define CSOCK__HDR_NET_ETHERNET_H 0
#endif

/* The TSV's values are this ABI's (CPython on Debian 12 x86_64). */
#if defined(__x86_64__) && defined(__LP64__)
#define REFERENCE_ABI 1
#else
#define REFERENCE_ABI 0
#endif

/* Each integer constant's value from this target's headers, as the table
 * takes it (the spec's fallback where the header lacks the name); here: 1,
 * absent: 0, string-valued: -1. */
static const struct { const char *name; int here; long long value; } header_values[] = {
#ifdef AF_ALG
    { "AF_ALG", 1, (long long)(AF_ALG) },
#else
    { "AF_ALG", 0, 0 },
#endif
#ifdef AF_APPLETALK
    { "AF_APPLETALK", 1, (long long)(AF_APPLETALK) },
#else
    { "AF_APPLETALK", 0, 0 },
#endif
#ifdef AF_ASH
    { "AF_ASH", 1, (long long)(AF_ASH) },
#else
    { "AF_ASH", 0, 0 },
#endif
#ifdef AF_ATMPVC
    { "AF_ATMPVC", 1, (long long)(AF_ATMPVC) },
#else
    { "AF_ATMPVC", 0, 0 },
#endif
#ifdef AF_ATMSVC
    { "AF_ATMSVC", 1, (long long)(AF_ATMSVC) },
#else
    { "AF_ATMSVC", 0, 0 },
#endif
#ifdef AF_AX25
    { "AF_AX25", 1, (long long)(AF_AX25) },
#else
    { "AF_AX25", 0, 0 },
#endif
#ifdef AF_BLUETOOTH
    { "AF_BLUETOOTH", 1, (long long)(AF_BLUETOOTH) },
#else
    { "AF_BLUETOOTH", 0, 0 },
#endif
#ifdef AF_BRIDGE
    { "AF_BRIDGE", 1, (long long)(AF_BRIDGE) },
#else
    { "AF_BRIDGE", 0, 0 },
#endif
#ifdef AF_CAN
    { "AF_CAN", 1, (long long)(AF_CAN) },
#else
    { "AF_CAN", 0, 0 },
#endif
#ifdef AF_DECnet
    { "AF_DECnet", 1, (long long)(AF_DECnet) },
#else
    { "AF_DECnet", 0, 0 },
#endif
#ifdef AF_ECONET
    { "AF_ECONET", 1, (long long)(AF_ECONET) },
#else
    { "AF_ECONET", 0, 0 },
#endif
#ifdef AF_INET
    { "AF_INET", 1, (long long)(AF_INET) },
#else
    { "AF_INET", 0, 0 },
#endif
#ifdef AF_INET6
    { "AF_INET6", 1, (long long)(AF_INET6) },
#else
    { "AF_INET6", 0, 0 },
#endif
#ifdef AF_IPX
    { "AF_IPX", 1, (long long)(AF_IPX) },
#else
    { "AF_IPX", 0, 0 },
#endif
#ifdef AF_IRDA
    { "AF_IRDA", 1, (long long)(AF_IRDA) },
#else
    { "AF_IRDA", 0, 0 },
#endif
#ifdef AF_KEY
    { "AF_KEY", 1, (long long)(AF_KEY) },
#else
    { "AF_KEY", 0, 0 },
#endif
#ifdef AF_LLC
    { "AF_LLC", 1, (long long)(AF_LLC) },
#else
    { "AF_LLC", 0, 0 },
#endif
#ifdef AF_NETBEUI
    { "AF_NETBEUI", 1, (long long)(AF_NETBEUI) },
#else
    { "AF_NETBEUI", 0, 0 },
#endif
#ifdef AF_NETLINK
    { "AF_NETLINK", 1, (long long)(AF_NETLINK) },
#else
    { "AF_NETLINK", 0, 0 },
#endif
#ifdef AF_NETROM
    { "AF_NETROM", 1, (long long)(AF_NETROM) },
#else
    { "AF_NETROM", 0, 0 },
#endif
#ifdef AF_PACKET
    { "AF_PACKET", 1, (long long)(AF_PACKET) },
#else
    { "AF_PACKET", 0, 0 },
#endif
#ifdef AF_PPPOX
    { "AF_PPPOX", 1, (long long)(AF_PPPOX) },
#else
    { "AF_PPPOX", 0, 0 },
#endif
#ifdef AF_QIPCRTR
    { "AF_QIPCRTR", 1, (long long)(AF_QIPCRTR) },
#else
    { "AF_QIPCRTR", 0, 0 },
#endif
#ifdef AF_RDS
    { "AF_RDS", 1, (long long)(AF_RDS) },
#else
    { "AF_RDS", 0, 0 },
#endif
#ifdef AF_ROSE
    { "AF_ROSE", 1, (long long)(AF_ROSE) },
#else
    { "AF_ROSE", 0, 0 },
#endif
#ifdef AF_ROUTE
    { "AF_ROUTE", 1, (long long)(AF_ROUTE) },
#else
    { "AF_ROUTE", 0, 0 },
#endif
#ifdef AF_SECURITY
    { "AF_SECURITY", 1, (long long)(AF_SECURITY) },
#else
    { "AF_SECURITY", 0, 0 },
#endif
#ifdef AF_SNA
    { "AF_SNA", 1, (long long)(AF_SNA) },
#else
    { "AF_SNA", 0, 0 },
#endif
#ifdef AF_TIPC
    { "AF_TIPC", 1, (long long)(AF_TIPC) },
#else
    { "AF_TIPC", 0, 0 },
#endif
#ifdef AF_UNIX
    { "AF_UNIX", 1, (long long)(AF_UNIX) },
#else
    { "AF_UNIX", 0, 0 },
#endif
#ifdef AF_UNSPEC
    { "AF_UNSPEC", 1, (long long)(AF_UNSPEC) },
#else
    { "AF_UNSPEC", 0, 0 },
#endif
#ifdef AF_VSOCK
    { "AF_VSOCK", 1, (long long)(AF_VSOCK) },
#else
    { "AF_VSOCK", 0, 0 },
#endif
#ifdef AF_WANPIPE
    { "AF_WANPIPE", 1, (long long)(AF_WANPIPE) },
#else
    { "AF_WANPIPE", 0, 0 },
#endif
#ifdef AF_X25
    { "AF_X25", 1, (long long)(AF_X25) },
#else
    { "AF_X25", 0, 0 },
#endif
#ifdef AI_ADDRCONFIG
    { "AI_ADDRCONFIG", 1, (long long)(AI_ADDRCONFIG) },
#else
    { "AI_ADDRCONFIG", 0, 0 },
#endif
#ifdef AI_ALL
    { "AI_ALL", 1, (long long)(AI_ALL) },
#else
    { "AI_ALL", 0, 0 },
#endif
#ifdef AI_CANONNAME
    { "AI_CANONNAME", 1, (long long)(AI_CANONNAME) },
#else
    { "AI_CANONNAME", 0, 0 },
#endif
#ifdef AI_NUMERICHOST
    { "AI_NUMERICHOST", 1, (long long)(AI_NUMERICHOST) },
#else
    { "AI_NUMERICHOST", 0, 0 },
#endif
#ifdef AI_NUMERICSERV
    { "AI_NUMERICSERV", 1, (long long)(AI_NUMERICSERV) },
#else
    { "AI_NUMERICSERV", 0, 0 },
#endif
#ifdef AI_PASSIVE
    { "AI_PASSIVE", 1, (long long)(AI_PASSIVE) },
#else
    { "AI_PASSIVE", 0, 0 },
#endif
#ifdef AI_V4MAPPED
    { "AI_V4MAPPED", 1, (long long)(AI_V4MAPPED) },
#else
    { "AI_V4MAPPED", 0, 0 },
#endif
#ifdef ALG_OP_DECRYPT
    { "ALG_OP_DECRYPT", 1, (long long)(ALG_OP_DECRYPT) },
#else
    { "ALG_OP_DECRYPT", 0, 0 },
#endif
#ifdef ALG_OP_ENCRYPT
    { "ALG_OP_ENCRYPT", 1, (long long)(ALG_OP_ENCRYPT) },
#else
    { "ALG_OP_ENCRYPT", 0, 0 },
#endif
#ifdef ALG_OP_SIGN
    { "ALG_OP_SIGN", 1, (long long)(ALG_OP_SIGN) },
#else
    { "ALG_OP_SIGN", 1, 2LL },
#endif
#ifdef ALG_OP_VERIFY
    { "ALG_OP_VERIFY", 1, (long long)(ALG_OP_VERIFY) },
#else
    { "ALG_OP_VERIFY", 1, 3LL },
#endif
#ifdef ALG_SET_AEAD_ASSOCLEN
    { "ALG_SET_AEAD_ASSOCLEN", 1, (long long)(ALG_SET_AEAD_ASSOCLEN) },
#else
    { "ALG_SET_AEAD_ASSOCLEN", 0, 0 },
#endif
#ifdef ALG_SET_AEAD_AUTHSIZE
    { "ALG_SET_AEAD_AUTHSIZE", 1, (long long)(ALG_SET_AEAD_AUTHSIZE) },
#else
    { "ALG_SET_AEAD_AUTHSIZE", 0, 0 },
#endif
#ifdef ALG_SET_IV
    { "ALG_SET_IV", 1, (long long)(ALG_SET_IV) },
#else
    { "ALG_SET_IV", 0, 0 },
#endif
#ifdef ALG_SET_KEY
    { "ALG_SET_KEY", 1, (long long)(ALG_SET_KEY) },
#else
    { "ALG_SET_KEY", 0, 0 },
#endif
#ifdef ALG_SET_OP
    { "ALG_SET_OP", 1, (long long)(ALG_SET_OP) },
#else
    { "ALG_SET_OP", 0, 0 },
#endif
#ifdef ALG_SET_PUBKEY
    { "ALG_SET_PUBKEY", 1, (long long)(ALG_SET_PUBKEY) },
#else
    { "ALG_SET_PUBKEY", 1, 6LL },
#endif
    { "BDADDR_ANY", -1, 0 },
    { "BDADDR_LOCAL", -1, 0 },
#ifdef BTPROTO_HCI
    { "BTPROTO_HCI", 1, (long long)(BTPROTO_HCI) },
#else
    { "BTPROTO_HCI", 0, 0 },
#endif
#ifdef BTPROTO_L2CAP
    { "BTPROTO_L2CAP", 1, (long long)(BTPROTO_L2CAP) },
#else
    { "BTPROTO_L2CAP", 0, 0 },
#endif
#ifdef BTPROTO_RFCOMM
    { "BTPROTO_RFCOMM", 1, (long long)(BTPROTO_RFCOMM) },
#else
    { "BTPROTO_RFCOMM", 0, 0 },
#endif
#ifdef BTPROTO_SCO
    { "BTPROTO_SCO", 1, (long long)(BTPROTO_SCO) },
#else
    { "BTPROTO_SCO", 0, 0 },
#endif
#ifdef CAN_BCM
    { "CAN_BCM", 1, (long long)(CAN_BCM) },
#else
    { "CAN_BCM", 0, 0 },
#endif
#ifdef CAN_FD_FRAME
    { "CAN_BCM_CAN_FD_FRAME", 1, (long long)(CAN_FD_FRAME) },
#else
    { "CAN_BCM_CAN_FD_FRAME", 0, 0 },
#endif
#ifdef RX_ANNOUNCE_RESUME
    { "CAN_BCM_RX_ANNOUNCE_RESUME", 1, (long long)(RX_ANNOUNCE_RESUME) },
#else
    { "CAN_BCM_RX_ANNOUNCE_RESUME", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_BCM_H
    { "CAN_BCM_RX_CHANGED", 1, (long long)(RX_CHANGED) },
#else
    { "CAN_BCM_RX_CHANGED", 0, 0 },
#endif
#ifdef RX_CHECK_DLC
    { "CAN_BCM_RX_CHECK_DLC", 1, (long long)(RX_CHECK_DLC) },
#else
    { "CAN_BCM_RX_CHECK_DLC", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_BCM_H
    { "CAN_BCM_RX_DELETE", 1, (long long)(RX_DELETE) },
#else
    { "CAN_BCM_RX_DELETE", 0, 0 },
#endif
#ifdef RX_FILTER_ID
    { "CAN_BCM_RX_FILTER_ID", 1, (long long)(RX_FILTER_ID) },
#else
    { "CAN_BCM_RX_FILTER_ID", 0, 0 },
#endif
#ifdef RX_NO_AUTOTIMER
    { "CAN_BCM_RX_NO_AUTOTIMER", 1, (long long)(RX_NO_AUTOTIMER) },
#else
    { "CAN_BCM_RX_NO_AUTOTIMER", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_BCM_H
    { "CAN_BCM_RX_READ", 1, (long long)(RX_READ) },
#else
    { "CAN_BCM_RX_READ", 0, 0 },
#endif
#ifdef RX_RTR_FRAME
    { "CAN_BCM_RX_RTR_FRAME", 1, (long long)(RX_RTR_FRAME) },
#else
    { "CAN_BCM_RX_RTR_FRAME", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_BCM_H
    { "CAN_BCM_RX_SETUP", 1, (long long)(RX_SETUP) },
#else
    { "CAN_BCM_RX_SETUP", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_BCM_H
    { "CAN_BCM_RX_STATUS", 1, (long long)(RX_STATUS) },
#else
    { "CAN_BCM_RX_STATUS", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_BCM_H
    { "CAN_BCM_RX_TIMEOUT", 1, (long long)(RX_TIMEOUT) },
#else
    { "CAN_BCM_RX_TIMEOUT", 0, 0 },
#endif
#ifdef SETTIMER
    { "CAN_BCM_SETTIMER", 1, (long long)(SETTIMER) },
#else
    { "CAN_BCM_SETTIMER", 0, 0 },
#endif
#ifdef STARTTIMER
    { "CAN_BCM_STARTTIMER", 1, (long long)(STARTTIMER) },
#else
    { "CAN_BCM_STARTTIMER", 0, 0 },
#endif
#ifdef TX_ANNOUNCE
    { "CAN_BCM_TX_ANNOUNCE", 1, (long long)(TX_ANNOUNCE) },
#else
    { "CAN_BCM_TX_ANNOUNCE", 0, 0 },
#endif
#ifdef TX_COUNTEVT
    { "CAN_BCM_TX_COUNTEVT", 1, (long long)(TX_COUNTEVT) },
#else
    { "CAN_BCM_TX_COUNTEVT", 0, 0 },
#endif
#ifdef TX_CP_CAN_ID
    { "CAN_BCM_TX_CP_CAN_ID", 1, (long long)(TX_CP_CAN_ID) },
#else
    { "CAN_BCM_TX_CP_CAN_ID", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_BCM_H
    { "CAN_BCM_TX_DELETE", 1, (long long)(TX_DELETE) },
#else
    { "CAN_BCM_TX_DELETE", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_BCM_H
    { "CAN_BCM_TX_EXPIRED", 1, (long long)(TX_EXPIRED) },
#else
    { "CAN_BCM_TX_EXPIRED", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_BCM_H
    { "CAN_BCM_TX_READ", 1, (long long)(TX_READ) },
#else
    { "CAN_BCM_TX_READ", 0, 0 },
#endif
#ifdef TX_RESET_MULTI_IDX
    { "CAN_BCM_TX_RESET_MULTI_IDX", 1, (long long)(TX_RESET_MULTI_IDX) },
#else
    { "CAN_BCM_TX_RESET_MULTI_IDX", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_BCM_H
    { "CAN_BCM_TX_SEND", 1, (long long)(TX_SEND) },
#else
    { "CAN_BCM_TX_SEND", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_BCM_H
    { "CAN_BCM_TX_SETUP", 1, (long long)(TX_SETUP) },
#else
    { "CAN_BCM_TX_SETUP", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_BCM_H
    { "CAN_BCM_TX_STATUS", 1, (long long)(TX_STATUS) },
#else
    { "CAN_BCM_TX_STATUS", 0, 0 },
#endif
#ifdef CAN_EFF_FLAG
    { "CAN_EFF_FLAG", 1, (long long)(CAN_EFF_FLAG) },
#else
    { "CAN_EFF_FLAG", 0, 0 },
#endif
#ifdef CAN_EFF_MASK
    { "CAN_EFF_MASK", 1, (long long)(CAN_EFF_MASK) },
#else
    { "CAN_EFF_MASK", 0, 0 },
#endif
#ifdef CAN_ERR_FLAG
    { "CAN_ERR_FLAG", 1, (long long)(CAN_ERR_FLAG) },
#else
    { "CAN_ERR_FLAG", 0, 0 },
#endif
#ifdef CAN_ERR_MASK
    { "CAN_ERR_MASK", 1, (long long)(CAN_ERR_MASK) },
#else
    { "CAN_ERR_MASK", 0, 0 },
#endif
#ifdef CAN_ISOTP
    { "CAN_ISOTP", 1, (long long)(CAN_ISOTP) },
#else
    { "CAN_ISOTP", 0, 0 },
#endif
#ifdef CAN_J1939
    { "CAN_J1939", 1, (long long)(CAN_J1939) },
#else
    { "CAN_J1939", 0, 0 },
#endif
#ifdef CAN_RAW
    { "CAN_RAW", 1, (long long)(CAN_RAW) },
#else
    { "CAN_RAW", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_RAW_H
    { "CAN_RAW_ERR_FILTER", 1, (long long)(CAN_RAW_ERR_FILTER) },
#else
    { "CAN_RAW_ERR_FILTER", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_RAW_H
    { "CAN_RAW_FD_FRAMES", 1, (long long)(CAN_RAW_FD_FRAMES) },
#else
    { "CAN_RAW_FD_FRAMES", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_RAW_H
    { "CAN_RAW_FILTER", 1, (long long)(CAN_RAW_FILTER) },
#else
    { "CAN_RAW_FILTER", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_RAW_H
    { "CAN_RAW_JOIN_FILTERS", 1, (long long)(CAN_RAW_JOIN_FILTERS) },
#else
    { "CAN_RAW_JOIN_FILTERS", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_RAW_H
    { "CAN_RAW_LOOPBACK", 1, (long long)(CAN_RAW_LOOPBACK) },
#else
    { "CAN_RAW_LOOPBACK", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_RAW_H
    { "CAN_RAW_RECV_OWN_MSGS", 1, (long long)(CAN_RAW_RECV_OWN_MSGS) },
#else
    { "CAN_RAW_RECV_OWN_MSGS", 0, 0 },
#endif
#ifdef CAN_RTR_FLAG
    { "CAN_RTR_FLAG", 1, (long long)(CAN_RTR_FLAG) },
#else
    { "CAN_RTR_FLAG", 0, 0 },
#endif
#ifdef CAN_SFF_MASK
    { "CAN_SFF_MASK", 1, (long long)(CAN_SFF_MASK) },
#else
    { "CAN_SFF_MASK", 0, 0 },
#endif
#ifdef EAI_ADDRFAMILY
    { "EAI_ADDRFAMILY", 1, (long long)(EAI_ADDRFAMILY) },
#else
    { "EAI_ADDRFAMILY", 0, 0 },
#endif
#ifdef EAI_AGAIN
    { "EAI_AGAIN", 1, (long long)(EAI_AGAIN) },
#else
    { "EAI_AGAIN", 0, 0 },
#endif
#ifdef EAI_BADFLAGS
    { "EAI_BADFLAGS", 1, (long long)(EAI_BADFLAGS) },
#else
    { "EAI_BADFLAGS", 0, 0 },
#endif
#ifdef EAI_FAIL
    { "EAI_FAIL", 1, (long long)(EAI_FAIL) },
#else
    { "EAI_FAIL", 0, 0 },
#endif
#ifdef EAI_FAMILY
    { "EAI_FAMILY", 1, (long long)(EAI_FAMILY) },
#else
    { "EAI_FAMILY", 0, 0 },
#endif
#ifdef EAI_MEMORY
    { "EAI_MEMORY", 1, (long long)(EAI_MEMORY) },
#else
    { "EAI_MEMORY", 0, 0 },
#endif
#ifdef EAI_NODATA
    { "EAI_NODATA", 1, (long long)(EAI_NODATA) },
#else
    { "EAI_NODATA", 0, 0 },
#endif
#ifdef EAI_NONAME
    { "EAI_NONAME", 1, (long long)(EAI_NONAME) },
#else
    { "EAI_NONAME", 0, 0 },
#endif
#ifdef EAI_OVERFLOW
    { "EAI_OVERFLOW", 1, (long long)(EAI_OVERFLOW) },
#else
    { "EAI_OVERFLOW", 0, 0 },
#endif
#ifdef EAI_SERVICE
    { "EAI_SERVICE", 1, (long long)(EAI_SERVICE) },
#else
    { "EAI_SERVICE", 0, 0 },
#endif
#ifdef EAI_SOCKTYPE
    { "EAI_SOCKTYPE", 1, (long long)(EAI_SOCKTYPE) },
#else
    { "EAI_SOCKTYPE", 0, 0 },
#endif
#ifdef EAI_SYSTEM
    { "EAI_SYSTEM", 1, (long long)(EAI_SYSTEM) },
#else
    { "EAI_SYSTEM", 0, 0 },
#endif
#ifdef ETHERTYPE_ARP
    { "ETHERTYPE_ARP", 1, (long long)(ETHERTYPE_ARP) },
#else
    { "ETHERTYPE_ARP", 0, 0 },
#endif
#ifdef ETHERTYPE_IP
    { "ETHERTYPE_IP", 1, (long long)(ETHERTYPE_IP) },
#else
    { "ETHERTYPE_IP", 0, 0 },
#endif
#ifdef ETHERTYPE_IPV6
    { "ETHERTYPE_IPV6", 1, (long long)(ETHERTYPE_IPV6) },
#else
    { "ETHERTYPE_IPV6", 0, 0 },
#endif
#ifdef ETHERTYPE_VLAN
    { "ETHERTYPE_VLAN", 1, (long long)(ETHERTYPE_VLAN) },
#else
    { "ETHERTYPE_VLAN", 0, 0 },
#endif
#ifdef ETH_P_ALL
    { "ETH_P_ALL", 1, (long long)(ETH_P_ALL) },
#else
    { "ETH_P_ALL", 0, 0 },
#endif
#ifdef HCI_DATA_DIR
    { "HCI_DATA_DIR", 1, (long long)(HCI_DATA_DIR) },
#else
    { "HCI_DATA_DIR", 0, 0 },
#endif
#ifdef HCI_FILTER
    { "HCI_FILTER", 1, (long long)(HCI_FILTER) },
#else
    { "HCI_FILTER", 0, 0 },
#endif
#ifdef HCI_TIME_STAMP
    { "HCI_TIME_STAMP", 1, (long long)(HCI_TIME_STAMP) },
#else
    { "HCI_TIME_STAMP", 0, 0 },
#endif
#ifdef INADDR_ALLHOSTS_GROUP
    { "INADDR_ALLHOSTS_GROUP", 1, (long long)(INADDR_ALLHOSTS_GROUP) },
#else
    { "INADDR_ALLHOSTS_GROUP", 1, 3758096385LL },
#endif
#ifdef INADDR_ANY
    { "INADDR_ANY", 1, (long long)(INADDR_ANY) },
#else
    { "INADDR_ANY", 1, 0LL },
#endif
#ifdef INADDR_BROADCAST
    { "INADDR_BROADCAST", 1, (long long)(INADDR_BROADCAST) },
#else
    { "INADDR_BROADCAST", 1, 4294967295LL },
#endif
#ifdef INADDR_LOOPBACK
    { "INADDR_LOOPBACK", 1, (long long)(INADDR_LOOPBACK) },
#else
    { "INADDR_LOOPBACK", 1, 2130706433LL },
#endif
#ifdef INADDR_MAX_LOCAL_GROUP
    { "INADDR_MAX_LOCAL_GROUP", 1, (long long)(INADDR_MAX_LOCAL_GROUP) },
#else
    { "INADDR_MAX_LOCAL_GROUP", 1, 3758096639LL },
#endif
#ifdef INADDR_NONE
    { "INADDR_NONE", 1, (long long)(INADDR_NONE) },
#else
    { "INADDR_NONE", 1, 4294967295LL },
#endif
#ifdef INADDR_UNSPEC_GROUP
    { "INADDR_UNSPEC_GROUP", 1, (long long)(INADDR_UNSPEC_GROUP) },
#else
    { "INADDR_UNSPEC_GROUP", 1, 3758096384LL },
#endif
#ifdef IOCTL_VM_SOCKETS_GET_LOCAL_CID
    { "IOCTL_VM_SOCKETS_GET_LOCAL_CID", 1, (long long)(IOCTL_VM_SOCKETS_GET_LOCAL_CID) },
#else
    { "IOCTL_VM_SOCKETS_GET_LOCAL_CID", 0, 0 },
#endif
#ifdef IPPORT_RESERVED
    { "IPPORT_RESERVED", 1, (long long)(IPPORT_RESERVED) },
#else
    { "IPPORT_RESERVED", 1, 1024LL },
#endif
#ifdef IPPORT_USERRESERVED
    { "IPPORT_USERRESERVED", 1, (long long)(IPPORT_USERRESERVED) },
#else
    { "IPPORT_USERRESERVED", 1, 5000LL },
#endif
#ifdef IPPROTO_AH
    { "IPPROTO_AH", 1, (long long)(IPPROTO_AH) },
#else
    { "IPPROTO_AH", 0, 0 },
#endif
#ifdef IPPROTO_DSTOPTS
    { "IPPROTO_DSTOPTS", 1, (long long)(IPPROTO_DSTOPTS) },
#else
    { "IPPROTO_DSTOPTS", 0, 0 },
#endif
#ifdef IPPROTO_EGP
    { "IPPROTO_EGP", 1, (long long)(IPPROTO_EGP) },
#else
    { "IPPROTO_EGP", 0, 0 },
#endif
#ifdef IPPROTO_ESP
    { "IPPROTO_ESP", 1, (long long)(IPPROTO_ESP) },
#else
    { "IPPROTO_ESP", 0, 0 },
#endif
#ifdef IPPROTO_FRAGMENT
    { "IPPROTO_FRAGMENT", 1, (long long)(IPPROTO_FRAGMENT) },
#else
    { "IPPROTO_FRAGMENT", 0, 0 },
#endif
#ifdef IPPROTO_GRE
    { "IPPROTO_GRE", 1, (long long)(IPPROTO_GRE) },
#else
    { "IPPROTO_GRE", 0, 0 },
#endif
#ifdef IPPROTO_HOPOPTS
    { "IPPROTO_HOPOPTS", 1, (long long)(IPPROTO_HOPOPTS) },
#else
    { "IPPROTO_HOPOPTS", 0, 0 },
#endif
#ifdef IPPROTO_ICMP
    { "IPPROTO_ICMP", 1, (long long)(IPPROTO_ICMP) },
#else
    { "IPPROTO_ICMP", 1, 1LL },
#endif
#ifdef IPPROTO_ICMPV6
    { "IPPROTO_ICMPV6", 1, (long long)(IPPROTO_ICMPV6) },
#else
    { "IPPROTO_ICMPV6", 0, 0 },
#endif
#ifdef IPPROTO_IDP
    { "IPPROTO_IDP", 1, (long long)(IPPROTO_IDP) },
#else
    { "IPPROTO_IDP", 0, 0 },
#endif
#ifdef IPPROTO_IGMP
    { "IPPROTO_IGMP", 1, (long long)(IPPROTO_IGMP) },
#else
    { "IPPROTO_IGMP", 0, 0 },
#endif
#ifdef IPPROTO_IP
    { "IPPROTO_IP", 1, (long long)(IPPROTO_IP) },
#else
    { "IPPROTO_IP", 1, 0LL },
#endif
#ifdef IPPROTO_IPIP
    { "IPPROTO_IPIP", 1, (long long)(IPPROTO_IPIP) },
#else
    { "IPPROTO_IPIP", 0, 0 },
#endif
#ifdef IPPROTO_IPV6
    { "IPPROTO_IPV6", 1, (long long)(IPPROTO_IPV6) },
#else
    { "IPPROTO_IPV6", 0, 0 },
#endif
#ifdef IPPROTO_MPTCP
    { "IPPROTO_MPTCP", 1, (long long)(IPPROTO_MPTCP) },
#else
    { "IPPROTO_MPTCP", 0, 0 },
#endif
#ifdef IPPROTO_NONE
    { "IPPROTO_NONE", 1, (long long)(IPPROTO_NONE) },
#else
    { "IPPROTO_NONE", 0, 0 },
#endif
#ifdef IPPROTO_PIM
    { "IPPROTO_PIM", 1, (long long)(IPPROTO_PIM) },
#else
    { "IPPROTO_PIM", 0, 0 },
#endif
#ifdef IPPROTO_PUP
    { "IPPROTO_PUP", 1, (long long)(IPPROTO_PUP) },
#else
    { "IPPROTO_PUP", 0, 0 },
#endif
#ifdef IPPROTO_RAW
    { "IPPROTO_RAW", 1, (long long)(IPPROTO_RAW) },
#else
    { "IPPROTO_RAW", 1, 255LL },
#endif
#ifdef IPPROTO_ROUTING
    { "IPPROTO_ROUTING", 1, (long long)(IPPROTO_ROUTING) },
#else
    { "IPPROTO_ROUTING", 0, 0 },
#endif
#ifdef IPPROTO_RSVP
    { "IPPROTO_RSVP", 1, (long long)(IPPROTO_RSVP) },
#else
    { "IPPROTO_RSVP", 0, 0 },
#endif
#ifdef IPPROTO_SCTP
    { "IPPROTO_SCTP", 1, (long long)(IPPROTO_SCTP) },
#else
    { "IPPROTO_SCTP", 0, 0 },
#endif
#ifdef IPPROTO_TCP
    { "IPPROTO_TCP", 1, (long long)(IPPROTO_TCP) },
#else
    { "IPPROTO_TCP", 1, 6LL },
#endif
#ifdef IPPROTO_TP
    { "IPPROTO_TP", 1, (long long)(IPPROTO_TP) },
#else
    { "IPPROTO_TP", 0, 0 },
#endif
#ifdef IPPROTO_UDP
    { "IPPROTO_UDP", 1, (long long)(IPPROTO_UDP) },
#else
    { "IPPROTO_UDP", 1, 17LL },
#endif
#ifdef IPPROTO_UDPLITE
    { "IPPROTO_UDPLITE", 1, (long long)(IPPROTO_UDPLITE) },
#else
    { "IPPROTO_UDPLITE", 0, 0 },
#endif
#ifdef IPV6_CHECKSUM
    { "IPV6_CHECKSUM", 1, (long long)(IPV6_CHECKSUM) },
#else
    { "IPV6_CHECKSUM", 0, 0 },
#endif
#ifdef IPV6_DONTFRAG
    { "IPV6_DONTFRAG", 1, (long long)(IPV6_DONTFRAG) },
#else
    { "IPV6_DONTFRAG", 0, 0 },
#endif
#ifdef IPV6_DSTOPTS
    { "IPV6_DSTOPTS", 1, (long long)(IPV6_DSTOPTS) },
#else
    { "IPV6_DSTOPTS", 0, 0 },
#endif
#ifdef IPV6_HOPLIMIT
    { "IPV6_HOPLIMIT", 1, (long long)(IPV6_HOPLIMIT) },
#else
    { "IPV6_HOPLIMIT", 0, 0 },
#endif
#ifdef IPV6_HOPOPTS
    { "IPV6_HOPOPTS", 1, (long long)(IPV6_HOPOPTS) },
#else
    { "IPV6_HOPOPTS", 0, 0 },
#endif
#ifdef IPV6_JOIN_GROUP
    { "IPV6_JOIN_GROUP", 1, (long long)(IPV6_JOIN_GROUP) },
#else
    { "IPV6_JOIN_GROUP", 0, 0 },
#endif
#ifdef IPV6_LEAVE_GROUP
    { "IPV6_LEAVE_GROUP", 1, (long long)(IPV6_LEAVE_GROUP) },
#else
    { "IPV6_LEAVE_GROUP", 0, 0 },
#endif
#ifdef IPV6_MULTICAST_HOPS
    { "IPV6_MULTICAST_HOPS", 1, (long long)(IPV6_MULTICAST_HOPS) },
#else
    { "IPV6_MULTICAST_HOPS", 0, 0 },
#endif
#ifdef IPV6_MULTICAST_IF
    { "IPV6_MULTICAST_IF", 1, (long long)(IPV6_MULTICAST_IF) },
#else
    { "IPV6_MULTICAST_IF", 0, 0 },
#endif
#ifdef IPV6_MULTICAST_LOOP
    { "IPV6_MULTICAST_LOOP", 1, (long long)(IPV6_MULTICAST_LOOP) },
#else
    { "IPV6_MULTICAST_LOOP", 0, 0 },
#endif
#ifdef IPV6_NEXTHOP
    { "IPV6_NEXTHOP", 1, (long long)(IPV6_NEXTHOP) },
#else
    { "IPV6_NEXTHOP", 0, 0 },
#endif
#ifdef IPV6_PATHMTU
    { "IPV6_PATHMTU", 1, (long long)(IPV6_PATHMTU) },
#else
    { "IPV6_PATHMTU", 0, 0 },
#endif
#ifdef IPV6_PKTINFO
    { "IPV6_PKTINFO", 1, (long long)(IPV6_PKTINFO) },
#else
    { "IPV6_PKTINFO", 0, 0 },
#endif
#ifdef IPV6_RECVDSTOPTS
    { "IPV6_RECVDSTOPTS", 1, (long long)(IPV6_RECVDSTOPTS) },
#else
    { "IPV6_RECVDSTOPTS", 0, 0 },
#endif
#ifdef IPV6_RECVHOPLIMIT
    { "IPV6_RECVHOPLIMIT", 1, (long long)(IPV6_RECVHOPLIMIT) },
#else
    { "IPV6_RECVHOPLIMIT", 0, 0 },
#endif
#ifdef IPV6_RECVHOPOPTS
    { "IPV6_RECVHOPOPTS", 1, (long long)(IPV6_RECVHOPOPTS) },
#else
    { "IPV6_RECVHOPOPTS", 0, 0 },
#endif
#ifdef IPV6_RECVPATHMTU
    { "IPV6_RECVPATHMTU", 1, (long long)(IPV6_RECVPATHMTU) },
#else
    { "IPV6_RECVPATHMTU", 0, 0 },
#endif
#ifdef IPV6_RECVPKTINFO
    { "IPV6_RECVPKTINFO", 1, (long long)(IPV6_RECVPKTINFO) },
#else
    { "IPV6_RECVPKTINFO", 0, 0 },
#endif
#ifdef IPV6_RECVRTHDR
    { "IPV6_RECVRTHDR", 1, (long long)(IPV6_RECVRTHDR) },
#else
    { "IPV6_RECVRTHDR", 0, 0 },
#endif
#ifdef IPV6_RECVTCLASS
    { "IPV6_RECVTCLASS", 1, (long long)(IPV6_RECVTCLASS) },
#else
    { "IPV6_RECVTCLASS", 0, 0 },
#endif
#ifdef IPV6_RTHDR
    { "IPV6_RTHDR", 1, (long long)(IPV6_RTHDR) },
#else
    { "IPV6_RTHDR", 0, 0 },
#endif
#ifdef IPV6_RTHDRDSTOPTS
    { "IPV6_RTHDRDSTOPTS", 1, (long long)(IPV6_RTHDRDSTOPTS) },
#else
    { "IPV6_RTHDRDSTOPTS", 0, 0 },
#endif
#ifdef IPV6_RTHDR_TYPE_0
    { "IPV6_RTHDR_TYPE_0", 1, (long long)(IPV6_RTHDR_TYPE_0) },
#else
    { "IPV6_RTHDR_TYPE_0", 0, 0 },
#endif
#ifdef IPV6_TCLASS
    { "IPV6_TCLASS", 1, (long long)(IPV6_TCLASS) },
#else
    { "IPV6_TCLASS", 0, 0 },
#endif
#ifdef IPV6_UNICAST_HOPS
    { "IPV6_UNICAST_HOPS", 1, (long long)(IPV6_UNICAST_HOPS) },
#else
    { "IPV6_UNICAST_HOPS", 0, 0 },
#endif
#ifdef IPV6_V6ONLY
    { "IPV6_V6ONLY", 1, (long long)(IPV6_V6ONLY) },
#else
    { "IPV6_V6ONLY", 0, 0 },
#endif
#ifdef IP_ADD_MEMBERSHIP
    { "IP_ADD_MEMBERSHIP", 1, (long long)(IP_ADD_MEMBERSHIP) },
#else
    { "IP_ADD_MEMBERSHIP", 0, 0 },
#endif
#ifdef IP_ADD_SOURCE_MEMBERSHIP
    { "IP_ADD_SOURCE_MEMBERSHIP", 1, (long long)(IP_ADD_SOURCE_MEMBERSHIP) },
#else
    { "IP_ADD_SOURCE_MEMBERSHIP", 0, 0 },
#endif
#ifdef IP_BIND_ADDRESS_NO_PORT
    { "IP_BIND_ADDRESS_NO_PORT", 1, (long long)(IP_BIND_ADDRESS_NO_PORT) },
#else
    { "IP_BIND_ADDRESS_NO_PORT", 0, 0 },
#endif
#ifdef IP_BLOCK_SOURCE
    { "IP_BLOCK_SOURCE", 1, (long long)(IP_BLOCK_SOURCE) },
#else
    { "IP_BLOCK_SOURCE", 0, 0 },
#endif
#ifdef IP_DEFAULT_MULTICAST_LOOP
    { "IP_DEFAULT_MULTICAST_LOOP", 1, (long long)(IP_DEFAULT_MULTICAST_LOOP) },
#else
    { "IP_DEFAULT_MULTICAST_LOOP", 0, 0 },
#endif
#ifdef IP_DEFAULT_MULTICAST_TTL
    { "IP_DEFAULT_MULTICAST_TTL", 1, (long long)(IP_DEFAULT_MULTICAST_TTL) },
#else
    { "IP_DEFAULT_MULTICAST_TTL", 0, 0 },
#endif
#ifdef IP_DROP_MEMBERSHIP
    { "IP_DROP_MEMBERSHIP", 1, (long long)(IP_DROP_MEMBERSHIP) },
#else
    { "IP_DROP_MEMBERSHIP", 0, 0 },
#endif
#ifdef IP_DROP_SOURCE_MEMBERSHIP
    { "IP_DROP_SOURCE_MEMBERSHIP", 1, (long long)(IP_DROP_SOURCE_MEMBERSHIP) },
#else
    { "IP_DROP_SOURCE_MEMBERSHIP", 0, 0 },
#endif
#ifdef IP_HDRINCL
    { "IP_HDRINCL", 1, (long long)(IP_HDRINCL) },
#else
    { "IP_HDRINCL", 0, 0 },
#endif
#ifdef IP_MAX_MEMBERSHIPS
    { "IP_MAX_MEMBERSHIPS", 1, (long long)(IP_MAX_MEMBERSHIPS) },
#else
    { "IP_MAX_MEMBERSHIPS", 0, 0 },
#endif
#ifdef IP_MULTICAST_IF
    { "IP_MULTICAST_IF", 1, (long long)(IP_MULTICAST_IF) },
#else
    { "IP_MULTICAST_IF", 0, 0 },
#endif
#ifdef IP_MULTICAST_LOOP
    { "IP_MULTICAST_LOOP", 1, (long long)(IP_MULTICAST_LOOP) },
#else
    { "IP_MULTICAST_LOOP", 0, 0 },
#endif
#ifdef IP_MULTICAST_TTL
    { "IP_MULTICAST_TTL", 1, (long long)(IP_MULTICAST_TTL) },
#else
    { "IP_MULTICAST_TTL", 0, 0 },
#endif
#ifdef IP_OPTIONS
    { "IP_OPTIONS", 1, (long long)(IP_OPTIONS) },
#else
    { "IP_OPTIONS", 0, 0 },
#endif
#ifdef IP_PKTINFO
    { "IP_PKTINFO", 1, (long long)(IP_PKTINFO) },
#else
    { "IP_PKTINFO", 0, 0 },
#endif
#ifdef IP_RECVOPTS
    { "IP_RECVOPTS", 1, (long long)(IP_RECVOPTS) },
#else
    { "IP_RECVOPTS", 0, 0 },
#endif
#ifdef IP_RECVRETOPTS
    { "IP_RECVRETOPTS", 1, (long long)(IP_RECVRETOPTS) },
#else
    { "IP_RECVRETOPTS", 0, 0 },
#endif
#ifdef IP_RECVTOS
    { "IP_RECVTOS", 1, (long long)(IP_RECVTOS) },
#else
    { "IP_RECVTOS", 0, 0 },
#endif
#ifdef IP_RETOPTS
    { "IP_RETOPTS", 1, (long long)(IP_RETOPTS) },
#else
    { "IP_RETOPTS", 0, 0 },
#endif
#ifdef IP_TOS
    { "IP_TOS", 1, (long long)(IP_TOS) },
#else
    { "IP_TOS", 0, 0 },
#endif
#ifdef IP_TRANSPARENT
    { "IP_TRANSPARENT", 1, (long long)(IP_TRANSPARENT) },
#else
    { "IP_TRANSPARENT", 0, 0 },
#endif
#ifdef IP_TTL
    { "IP_TTL", 1, (long long)(IP_TTL) },
#else
    { "IP_TTL", 0, 0 },
#endif
#ifdef IP_UNBLOCK_SOURCE
    { "IP_UNBLOCK_SOURCE", 1, (long long)(IP_UNBLOCK_SOURCE) },
#else
    { "IP_UNBLOCK_SOURCE", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_J1939_H
    { "J1939_EE_INFO_NONE", 1, (long long)(J1939_EE_INFO_NONE) },
#else
    { "J1939_EE_INFO_NONE", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_J1939_H
    { "J1939_EE_INFO_TX_ABORT", 1, (long long)(J1939_EE_INFO_TX_ABORT) },
#else
    { "J1939_EE_INFO_TX_ABORT", 0, 0 },
#endif
#ifdef J1939_FILTER_MAX
    { "J1939_FILTER_MAX", 1, (long long)(J1939_FILTER_MAX) },
#else
    { "J1939_FILTER_MAX", 0, 0 },
#endif
#ifdef J1939_IDLE_ADDR
    { "J1939_IDLE_ADDR", 1, (long long)(J1939_IDLE_ADDR) },
#else
    { "J1939_IDLE_ADDR", 0, 0 },
#endif
#ifdef J1939_MAX_UNICAST_ADDR
    { "J1939_MAX_UNICAST_ADDR", 1, (long long)(J1939_MAX_UNICAST_ADDR) },
#else
    { "J1939_MAX_UNICAST_ADDR", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_J1939_H
    { "J1939_NLA_BYTES_ACKED", 1, (long long)(J1939_NLA_BYTES_ACKED) },
#else
    { "J1939_NLA_BYTES_ACKED", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_J1939_H
    { "J1939_NLA_PAD", 1, (long long)(J1939_NLA_PAD) },
#else
    { "J1939_NLA_PAD", 0, 0 },
#endif
#ifdef J1939_NO_ADDR
    { "J1939_NO_ADDR", 1, (long long)(J1939_NO_ADDR) },
#else
    { "J1939_NO_ADDR", 0, 0 },
#endif
#ifdef J1939_NO_NAME
    { "J1939_NO_NAME", 1, (long long)(J1939_NO_NAME) },
#else
    { "J1939_NO_NAME", 0, 0 },
#endif
#ifdef J1939_NO_PGN
    { "J1939_NO_PGN", 1, (long long)(J1939_NO_PGN) },
#else
    { "J1939_NO_PGN", 0, 0 },
#endif
#ifdef J1939_PGN_ADDRESS_CLAIMED
    { "J1939_PGN_ADDRESS_CLAIMED", 1, (long long)(J1939_PGN_ADDRESS_CLAIMED) },
#else
    { "J1939_PGN_ADDRESS_CLAIMED", 0, 0 },
#endif
#ifdef J1939_PGN_ADDRESS_COMMANDED
    { "J1939_PGN_ADDRESS_COMMANDED", 1, (long long)(J1939_PGN_ADDRESS_COMMANDED) },
#else
    { "J1939_PGN_ADDRESS_COMMANDED", 0, 0 },
#endif
#ifdef J1939_PGN_MAX
    { "J1939_PGN_MAX", 1, (long long)(J1939_PGN_MAX) },
#else
    { "J1939_PGN_MAX", 0, 0 },
#endif
#ifdef J1939_PGN_PDU1_MAX
    { "J1939_PGN_PDU1_MAX", 1, (long long)(J1939_PGN_PDU1_MAX) },
#else
    { "J1939_PGN_PDU1_MAX", 0, 0 },
#endif
#ifdef J1939_PGN_REQUEST
    { "J1939_PGN_REQUEST", 1, (long long)(J1939_PGN_REQUEST) },
#else
    { "J1939_PGN_REQUEST", 0, 0 },
#endif
#ifdef MSG_CMSG_CLOEXEC
    { "MSG_CMSG_CLOEXEC", 1, (long long)(MSG_CMSG_CLOEXEC) },
#else
    { "MSG_CMSG_CLOEXEC", 0, 0 },
#endif
#ifdef MSG_CONFIRM
    { "MSG_CONFIRM", 1, (long long)(MSG_CONFIRM) },
#else
    { "MSG_CONFIRM", 0, 0 },
#endif
#ifdef MSG_CTRUNC
    { "MSG_CTRUNC", 1, (long long)(MSG_CTRUNC) },
#else
    { "MSG_CTRUNC", 0, 0 },
#endif
#ifdef MSG_DONTROUTE
    { "MSG_DONTROUTE", 1, (long long)(MSG_DONTROUTE) },
#else
    { "MSG_DONTROUTE", 0, 0 },
#endif
#ifdef MSG_DONTWAIT
    { "MSG_DONTWAIT", 1, (long long)(MSG_DONTWAIT) },
#else
    { "MSG_DONTWAIT", 0, 0 },
#endif
#ifdef MSG_EOR
    { "MSG_EOR", 1, (long long)(MSG_EOR) },
#else
    { "MSG_EOR", 0, 0 },
#endif
#ifdef MSG_ERRQUEUE
    { "MSG_ERRQUEUE", 1, (long long)(MSG_ERRQUEUE) },
#else
    { "MSG_ERRQUEUE", 0, 0 },
#endif
#ifdef MSG_FASTOPEN
    { "MSG_FASTOPEN", 1, (long long)(MSG_FASTOPEN) },
#else
    { "MSG_FASTOPEN", 0, 0 },
#endif
#ifdef MSG_MORE
    { "MSG_MORE", 1, (long long)(MSG_MORE) },
#else
    { "MSG_MORE", 0, 0 },
#endif
#ifdef MSG_NOSIGNAL
    { "MSG_NOSIGNAL", 1, (long long)(MSG_NOSIGNAL) },
#else
    { "MSG_NOSIGNAL", 0, 0 },
#endif
#ifdef MSG_OOB
    { "MSG_OOB", 1, (long long)(MSG_OOB) },
#else
    { "MSG_OOB", 0, 0 },
#endif
#ifdef MSG_PEEK
    { "MSG_PEEK", 1, (long long)(MSG_PEEK) },
#else
    { "MSG_PEEK", 0, 0 },
#endif
#ifdef MSG_TRUNC
    { "MSG_TRUNC", 1, (long long)(MSG_TRUNC) },
#else
    { "MSG_TRUNC", 0, 0 },
#endif
#ifdef MSG_WAITALL
    { "MSG_WAITALL", 1, (long long)(MSG_WAITALL) },
#else
    { "MSG_WAITALL", 0, 0 },
#endif
#ifdef NETLINK_CRYPTO
    { "NETLINK_CRYPTO", 1, (long long)(NETLINK_CRYPTO) },
#else
    { "NETLINK_CRYPTO", 0, 0 },
#endif
#ifdef NETLINK_DNRTMSG
    { "NETLINK_DNRTMSG", 1, (long long)(NETLINK_DNRTMSG) },
#else
    { "NETLINK_DNRTMSG", 0, 0 },
#endif
#ifdef NETLINK_FIREWALL
    { "NETLINK_FIREWALL", 1, (long long)(NETLINK_FIREWALL) },
#else
    { "NETLINK_FIREWALL", 0, 0 },
#endif
#ifdef NETLINK_IP6_FW
    { "NETLINK_IP6_FW", 1, (long long)(NETLINK_IP6_FW) },
#else
    { "NETLINK_IP6_FW", 0, 0 },
#endif
#ifdef NETLINK_NFLOG
    { "NETLINK_NFLOG", 1, (long long)(NETLINK_NFLOG) },
#else
    { "NETLINK_NFLOG", 0, 0 },
#endif
#ifdef NETLINK_ROUTE
    { "NETLINK_ROUTE", 1, (long long)(NETLINK_ROUTE) },
#else
    { "NETLINK_ROUTE", 0, 0 },
#endif
#ifdef NETLINK_USERSOCK
    { "NETLINK_USERSOCK", 1, (long long)(NETLINK_USERSOCK) },
#else
    { "NETLINK_USERSOCK", 0, 0 },
#endif
#ifdef NETLINK_XFRM
    { "NETLINK_XFRM", 1, (long long)(NETLINK_XFRM) },
#else
    { "NETLINK_XFRM", 0, 0 },
#endif
#ifdef NI_DGRAM
    { "NI_DGRAM", 1, (long long)(NI_DGRAM) },
#else
    { "NI_DGRAM", 0, 0 },
#endif
#ifdef NI_IDN
    { "NI_IDN", 1, (long long)(NI_IDN) },
#else
    { "NI_IDN", 0, 0 },
#endif
#ifdef NI_MAXHOST
    { "NI_MAXHOST", 1, (long long)(NI_MAXHOST) },
#else
    { "NI_MAXHOST", 0, 0 },
#endif
#ifdef NI_MAXSERV
    { "NI_MAXSERV", 1, (long long)(NI_MAXSERV) },
#else
    { "NI_MAXSERV", 0, 0 },
#endif
#ifdef NI_NAMEREQD
    { "NI_NAMEREQD", 1, (long long)(NI_NAMEREQD) },
#else
    { "NI_NAMEREQD", 0, 0 },
#endif
#ifdef NI_NOFQDN
    { "NI_NOFQDN", 1, (long long)(NI_NOFQDN) },
#else
    { "NI_NOFQDN", 0, 0 },
#endif
#ifdef NI_NUMERICHOST
    { "NI_NUMERICHOST", 1, (long long)(NI_NUMERICHOST) },
#else
    { "NI_NUMERICHOST", 0, 0 },
#endif
#ifdef NI_NUMERICSERV
    { "NI_NUMERICSERV", 1, (long long)(NI_NUMERICSERV) },
#else
    { "NI_NUMERICSERV", 0, 0 },
#endif
#ifdef PACKET_BROADCAST
    { "PACKET_BROADCAST", 1, (long long)(PACKET_BROADCAST) },
#else
    { "PACKET_BROADCAST", 0, 0 },
#endif
#ifdef PACKET_FASTROUTE
    { "PACKET_FASTROUTE", 1, (long long)(PACKET_FASTROUTE) },
#else
    { "PACKET_FASTROUTE", 0, 0 },
#endif
#ifdef PACKET_HOST
    { "PACKET_HOST", 1, (long long)(PACKET_HOST) },
#else
    { "PACKET_HOST", 0, 0 },
#endif
#ifdef PACKET_LOOPBACK
    { "PACKET_LOOPBACK", 1, (long long)(PACKET_LOOPBACK) },
#else
    { "PACKET_LOOPBACK", 0, 0 },
#endif
#ifdef PACKET_MULTICAST
    { "PACKET_MULTICAST", 1, (long long)(PACKET_MULTICAST) },
#else
    { "PACKET_MULTICAST", 0, 0 },
#endif
#ifdef PACKET_OTHERHOST
    { "PACKET_OTHERHOST", 1, (long long)(PACKET_OTHERHOST) },
#else
    { "PACKET_OTHERHOST", 0, 0 },
#endif
#ifdef PACKET_OUTGOING
    { "PACKET_OUTGOING", 1, (long long)(PACKET_OUTGOING) },
#else
    { "PACKET_OUTGOING", 0, 0 },
#endif
#ifdef PF_CAN
    { "PF_CAN", 1, (long long)(PF_CAN) },
#else
    { "PF_CAN", 0, 0 },
#endif
#ifdef PF_PACKET
    { "PF_PACKET", 1, (long long)(PF_PACKET) },
#else
    { "PF_PACKET", 0, 0 },
#endif
#ifdef PF_RDS
    { "PF_RDS", 1, (long long)(PF_RDS) },
#else
    { "PF_RDS", 0, 0 },
#endif
#ifdef SCM_CREDENTIALS
    { "SCM_CREDENTIALS", 1, (long long)(SCM_CREDENTIALS) },
#else
    { "SCM_CREDENTIALS", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_J1939_H
    { "SCM_J1939_DEST_ADDR", 1, (long long)(SCM_J1939_DEST_ADDR) },
#else
    { "SCM_J1939_DEST_ADDR", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_J1939_H
    { "SCM_J1939_DEST_NAME", 1, (long long)(SCM_J1939_DEST_NAME) },
#else
    { "SCM_J1939_DEST_NAME", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_J1939_H
    { "SCM_J1939_ERRQUEUE", 1, (long long)(SCM_J1939_ERRQUEUE) },
#else
    { "SCM_J1939_ERRQUEUE", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_J1939_H
    { "SCM_J1939_PRIO", 1, (long long)(SCM_J1939_PRIO) },
#else
    { "SCM_J1939_PRIO", 0, 0 },
#endif
#ifdef SCM_RIGHTS
    { "SCM_RIGHTS", 1, (long long)(SCM_RIGHTS) },
#else
    { "SCM_RIGHTS", 0, 0 },
#endif
#ifdef SHUT_RD
    { "SHUT_RD", 1, (long long)(SHUT_RD) },
#else
    { "SHUT_RD", 1, 0LL },
#endif
#ifdef SHUT_RDWR
    { "SHUT_RDWR", 1, (long long)(SHUT_RDWR) },
#else
    { "SHUT_RDWR", 1, 2LL },
#endif
#ifdef SHUT_WR
    { "SHUT_WR", 1, (long long)(SHUT_WR) },
#else
    { "SHUT_WR", 1, 1LL },
#endif
#ifdef SOCK_CLOEXEC
    { "SOCK_CLOEXEC", 1, (long long)(SOCK_CLOEXEC) },
#else
    { "SOCK_CLOEXEC", 0, 0 },
#endif
#ifdef SOCK_DGRAM
    { "SOCK_DGRAM", 1, (long long)(SOCK_DGRAM) },
#else
    { "SOCK_DGRAM", 0, 0 },
#endif
#ifdef SOCK_NONBLOCK
    { "SOCK_NONBLOCK", 1, (long long)(SOCK_NONBLOCK) },
#else
    { "SOCK_NONBLOCK", 0, 0 },
#endif
#ifdef SOCK_RAW
    { "SOCK_RAW", 1, (long long)(SOCK_RAW) },
#else
    { "SOCK_RAW", 0, 0 },
#endif
#ifdef SOCK_RDM
    { "SOCK_RDM", 1, (long long)(SOCK_RDM) },
#else
    { "SOCK_RDM", 0, 0 },
#endif
#ifdef SOCK_SEQPACKET
    { "SOCK_SEQPACKET", 1, (long long)(SOCK_SEQPACKET) },
#else
    { "SOCK_SEQPACKET", 0, 0 },
#endif
#ifdef SOCK_STREAM
    { "SOCK_STREAM", 1, (long long)(SOCK_STREAM) },
#else
    { "SOCK_STREAM", 0, 0 },
#endif
#ifdef SOL_ALG
    { "SOL_ALG", 1, (long long)(SOL_ALG) },
#else
    { "SOL_ALG", 0, 0 },
#endif
#ifdef SOL_CAN_BASE
    { "SOL_CAN_BASE", 1, (long long)(SOL_CAN_BASE) },
#else
    { "SOL_CAN_BASE", 0, 0 },
#endif
#ifdef SOL_CAN_RAW
    { "SOL_CAN_RAW", 1, (long long)(SOL_CAN_RAW) },
#else
    { "SOL_CAN_RAW", 0, 0 },
#endif
#ifdef SOL_HCI
    { "SOL_HCI", 1, (long long)(SOL_HCI) },
#else
    { "SOL_HCI", 0, 0 },
#endif
#ifdef SOL_IP
    { "SOL_IP", 1, (long long)(SOL_IP) },
#else
    { "SOL_IP", 1, 0LL },
#endif
#ifdef SOL_RDS
    { "SOL_RDS", 1, (long long)(SOL_RDS) },
#else
    { "SOL_RDS", 0, 0 },
#endif
#ifdef SOL_SOCKET
    { "SOL_SOCKET", 1, (long long)(SOL_SOCKET) },
#else
    { "SOL_SOCKET", 0, 0 },
#endif
#ifdef SOL_TCP
    { "SOL_TCP", 1, (long long)(SOL_TCP) },
#else
    { "SOL_TCP", 1, 6LL },
#endif
#ifdef SOL_TIPC
    { "SOL_TIPC", 1, (long long)(SOL_TIPC) },
#else
    { "SOL_TIPC", 0, 0 },
#endif
#ifdef SOL_UDP
    { "SOL_UDP", 1, (long long)(SOL_UDP) },
#else
    { "SOL_UDP", 1, 17LL },
#endif
#ifdef SOMAXCONN
    { "SOMAXCONN", 1, (long long)(SOMAXCONN) },
#else
    { "SOMAXCONN", 1, 5LL },
#endif
#ifdef SO_ACCEPTCONN
    { "SO_ACCEPTCONN", 1, (long long)(SO_ACCEPTCONN) },
#else
    { "SO_ACCEPTCONN", 0, 0 },
#endif
#ifdef SO_BINDTODEVICE
    { "SO_BINDTODEVICE", 1, (long long)(SO_BINDTODEVICE) },
#else
    { "SO_BINDTODEVICE", 0, 0 },
#endif
#ifdef SO_BINDTOIFINDEX
    { "SO_BINDTOIFINDEX", 1, (long long)(SO_BINDTOIFINDEX) },
#else
    { "SO_BINDTOIFINDEX", 0, 0 },
#endif
#ifdef SO_BROADCAST
    { "SO_BROADCAST", 1, (long long)(SO_BROADCAST) },
#else
    { "SO_BROADCAST", 0, 0 },
#endif
#ifdef SO_DEBUG
    { "SO_DEBUG", 1, (long long)(SO_DEBUG) },
#else
    { "SO_DEBUG", 0, 0 },
#endif
#ifdef SO_DOMAIN
    { "SO_DOMAIN", 1, (long long)(SO_DOMAIN) },
#else
    { "SO_DOMAIN", 0, 0 },
#endif
#ifdef SO_DONTROUTE
    { "SO_DONTROUTE", 1, (long long)(SO_DONTROUTE) },
#else
    { "SO_DONTROUTE", 0, 0 },
#endif
#ifdef SO_ERROR
    { "SO_ERROR", 1, (long long)(SO_ERROR) },
#else
    { "SO_ERROR", 0, 0 },
#endif
#ifdef SO_INCOMING_CPU
    { "SO_INCOMING_CPU", 1, (long long)(SO_INCOMING_CPU) },
#else
    { "SO_INCOMING_CPU", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_J1939_H
    { "SO_J1939_ERRQUEUE", 1, (long long)(SO_J1939_ERRQUEUE) },
#else
    { "SO_J1939_ERRQUEUE", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_J1939_H
    { "SO_J1939_FILTER", 1, (long long)(SO_J1939_FILTER) },
#else
    { "SO_J1939_FILTER", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_J1939_H
    { "SO_J1939_PROMISC", 1, (long long)(SO_J1939_PROMISC) },
#else
    { "SO_J1939_PROMISC", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_CAN_J1939_H
    { "SO_J1939_SEND_PRIO", 1, (long long)(SO_J1939_SEND_PRIO) },
#else
    { "SO_J1939_SEND_PRIO", 0, 0 },
#endif
#ifdef SO_KEEPALIVE
    { "SO_KEEPALIVE", 1, (long long)(SO_KEEPALIVE) },
#else
    { "SO_KEEPALIVE", 0, 0 },
#endif
#ifdef SO_LINGER
    { "SO_LINGER", 1, (long long)(SO_LINGER) },
#else
    { "SO_LINGER", 0, 0 },
#endif
#ifdef SO_MARK
    { "SO_MARK", 1, (long long)(SO_MARK) },
#else
    { "SO_MARK", 0, 0 },
#endif
#ifdef SO_OOBINLINE
    { "SO_OOBINLINE", 1, (long long)(SO_OOBINLINE) },
#else
    { "SO_OOBINLINE", 0, 0 },
#endif
#ifdef SO_PASSCRED
    { "SO_PASSCRED", 1, (long long)(SO_PASSCRED) },
#else
    { "SO_PASSCRED", 0, 0 },
#endif
#ifdef SO_PASSSEC
    { "SO_PASSSEC", 1, (long long)(SO_PASSSEC) },
#else
    { "SO_PASSSEC", 0, 0 },
#endif
#ifdef SO_PEERCRED
    { "SO_PEERCRED", 1, (long long)(SO_PEERCRED) },
#else
    { "SO_PEERCRED", 0, 0 },
#endif
#ifdef SO_PEERSEC
    { "SO_PEERSEC", 1, (long long)(SO_PEERSEC) },
#else
    { "SO_PEERSEC", 0, 0 },
#endif
#ifdef SO_PRIORITY
    { "SO_PRIORITY", 1, (long long)(SO_PRIORITY) },
#else
    { "SO_PRIORITY", 0, 0 },
#endif
#ifdef SO_PROTOCOL
    { "SO_PROTOCOL", 1, (long long)(SO_PROTOCOL) },
#else
    { "SO_PROTOCOL", 0, 0 },
#endif
#ifdef SO_RCVBUF
    { "SO_RCVBUF", 1, (long long)(SO_RCVBUF) },
#else
    { "SO_RCVBUF", 0, 0 },
#endif
#ifdef SO_RCVLOWAT
    { "SO_RCVLOWAT", 1, (long long)(SO_RCVLOWAT) },
#else
    { "SO_RCVLOWAT", 0, 0 },
#endif
#ifdef SO_RCVTIMEO
    { "SO_RCVTIMEO", 1, (long long)(SO_RCVTIMEO) },
#else
    { "SO_RCVTIMEO", 0, 0 },
#endif
#ifdef SO_REUSEADDR
    { "SO_REUSEADDR", 1, (long long)(SO_REUSEADDR) },
#else
    { "SO_REUSEADDR", 0, 0 },
#endif
#ifdef SO_REUSEPORT
    { "SO_REUSEPORT", 1, (long long)(SO_REUSEPORT) },
#else
    { "SO_REUSEPORT", 0, 0 },
#endif
#ifdef SO_SNDBUF
    { "SO_SNDBUF", 1, (long long)(SO_SNDBUF) },
#else
    { "SO_SNDBUF", 0, 0 },
#endif
#ifdef SO_SNDLOWAT
    { "SO_SNDLOWAT", 1, (long long)(SO_SNDLOWAT) },
#else
    { "SO_SNDLOWAT", 0, 0 },
#endif
#ifdef SO_SNDTIMEO
    { "SO_SNDTIMEO", 1, (long long)(SO_SNDTIMEO) },
#else
    { "SO_SNDTIMEO", 0, 0 },
#endif
#ifdef SO_TYPE
    { "SO_TYPE", 1, (long long)(SO_TYPE) },
#else
    { "SO_TYPE", 0, 0 },
#endif
#ifdef SO_VM_SOCKETS_BUFFER_MAX_SIZE
    { "SO_VM_SOCKETS_BUFFER_MAX_SIZE", 1, (long long)(SO_VM_SOCKETS_BUFFER_MAX_SIZE) },
#else
    { "SO_VM_SOCKETS_BUFFER_MAX_SIZE", 0, 0 },
#endif
#ifdef SO_VM_SOCKETS_BUFFER_MIN_SIZE
    { "SO_VM_SOCKETS_BUFFER_MIN_SIZE", 1, (long long)(SO_VM_SOCKETS_BUFFER_MIN_SIZE) },
#else
    { "SO_VM_SOCKETS_BUFFER_MIN_SIZE", 0, 0 },
#endif
#ifdef SO_VM_SOCKETS_BUFFER_SIZE
    { "SO_VM_SOCKETS_BUFFER_SIZE", 1, (long long)(SO_VM_SOCKETS_BUFFER_SIZE) },
#else
    { "SO_VM_SOCKETS_BUFFER_SIZE", 0, 0 },
#endif
#ifdef TCP_CC_INFO
    { "TCP_CC_INFO", 1, (long long)(TCP_CC_INFO) },
#else
    { "TCP_CC_INFO", 0, 0 },
#endif
#ifdef TCP_CONGESTION
    { "TCP_CONGESTION", 1, (long long)(TCP_CONGESTION) },
#else
    { "TCP_CONGESTION", 0, 0 },
#endif
#ifdef TCP_CORK
    { "TCP_CORK", 1, (long long)(TCP_CORK) },
#else
    { "TCP_CORK", 0, 0 },
#endif
#ifdef TCP_DEFER_ACCEPT
    { "TCP_DEFER_ACCEPT", 1, (long long)(TCP_DEFER_ACCEPT) },
#else
    { "TCP_DEFER_ACCEPT", 0, 0 },
#endif
#ifdef TCP_FASTOPEN
    { "TCP_FASTOPEN", 1, (long long)(TCP_FASTOPEN) },
#else
    { "TCP_FASTOPEN", 0, 0 },
#endif
#ifdef TCP_FASTOPEN_CONNECT
    { "TCP_FASTOPEN_CONNECT", 1, (long long)(TCP_FASTOPEN_CONNECT) },
#else
    { "TCP_FASTOPEN_CONNECT", 0, 0 },
#endif
#ifdef TCP_FASTOPEN_KEY
    { "TCP_FASTOPEN_KEY", 1, (long long)(TCP_FASTOPEN_KEY) },
#else
    { "TCP_FASTOPEN_KEY", 0, 0 },
#endif
#ifdef TCP_FASTOPEN_NO_COOKIE
    { "TCP_FASTOPEN_NO_COOKIE", 1, (long long)(TCP_FASTOPEN_NO_COOKIE) },
#else
    { "TCP_FASTOPEN_NO_COOKIE", 0, 0 },
#endif
#ifdef TCP_INFO
    { "TCP_INFO", 1, (long long)(TCP_INFO) },
#else
    { "TCP_INFO", 0, 0 },
#endif
#ifdef TCP_INQ
    { "TCP_INQ", 1, (long long)(TCP_INQ) },
#else
    { "TCP_INQ", 0, 0 },
#endif
#ifdef TCP_KEEPCNT
    { "TCP_KEEPCNT", 1, (long long)(TCP_KEEPCNT) },
#else
    { "TCP_KEEPCNT", 0, 0 },
#endif
#ifdef TCP_KEEPIDLE
    { "TCP_KEEPIDLE", 1, (long long)(TCP_KEEPIDLE) },
#else
    { "TCP_KEEPIDLE", 0, 0 },
#endif
#ifdef TCP_KEEPINTVL
    { "TCP_KEEPINTVL", 1, (long long)(TCP_KEEPINTVL) },
#else
    { "TCP_KEEPINTVL", 0, 0 },
#endif
#ifdef TCP_LINGER2
    { "TCP_LINGER2", 1, (long long)(TCP_LINGER2) },
#else
    { "TCP_LINGER2", 0, 0 },
#endif
#ifdef TCP_MAXSEG
    { "TCP_MAXSEG", 1, (long long)(TCP_MAXSEG) },
#else
    { "TCP_MAXSEG", 0, 0 },
#endif
#ifdef TCP_MD5SIG
    { "TCP_MD5SIG", 1, (long long)(TCP_MD5SIG) },
#else
    { "TCP_MD5SIG", 0, 0 },
#endif
#ifdef TCP_MD5SIG_EXT
    { "TCP_MD5SIG_EXT", 1, (long long)(TCP_MD5SIG_EXT) },
#else
    { "TCP_MD5SIG_EXT", 0, 0 },
#endif
#ifdef TCP_NODELAY
    { "TCP_NODELAY", 1, (long long)(TCP_NODELAY) },
#else
    { "TCP_NODELAY", 0, 0 },
#endif
#ifdef TCP_NOTSENT_LOWAT
    { "TCP_NOTSENT_LOWAT", 1, (long long)(TCP_NOTSENT_LOWAT) },
#else
    { "TCP_NOTSENT_LOWAT", 0, 0 },
#endif
#ifdef TCP_QUEUE_SEQ
    { "TCP_QUEUE_SEQ", 1, (long long)(TCP_QUEUE_SEQ) },
#else
    { "TCP_QUEUE_SEQ", 0, 0 },
#endif
#ifdef TCP_QUICKACK
    { "TCP_QUICKACK", 1, (long long)(TCP_QUICKACK) },
#else
    { "TCP_QUICKACK", 0, 0 },
#endif
#ifdef TCP_REPAIR
    { "TCP_REPAIR", 1, (long long)(TCP_REPAIR) },
#else
    { "TCP_REPAIR", 0, 0 },
#endif
#ifdef TCP_REPAIR_OPTIONS
    { "TCP_REPAIR_OPTIONS", 1, (long long)(TCP_REPAIR_OPTIONS) },
#else
    { "TCP_REPAIR_OPTIONS", 0, 0 },
#endif
#ifdef TCP_REPAIR_QUEUE
    { "TCP_REPAIR_QUEUE", 1, (long long)(TCP_REPAIR_QUEUE) },
#else
    { "TCP_REPAIR_QUEUE", 0, 0 },
#endif
#ifdef TCP_REPAIR_WINDOW
    { "TCP_REPAIR_WINDOW", 1, (long long)(TCP_REPAIR_WINDOW) },
#else
    { "TCP_REPAIR_WINDOW", 0, 0 },
#endif
#ifdef TCP_SAVED_SYN
    { "TCP_SAVED_SYN", 1, (long long)(TCP_SAVED_SYN) },
#else
    { "TCP_SAVED_SYN", 0, 0 },
#endif
#ifdef TCP_SAVE_SYN
    { "TCP_SAVE_SYN", 1, (long long)(TCP_SAVE_SYN) },
#else
    { "TCP_SAVE_SYN", 0, 0 },
#endif
#ifdef TCP_SYNCNT
    { "TCP_SYNCNT", 1, (long long)(TCP_SYNCNT) },
#else
    { "TCP_SYNCNT", 0, 0 },
#endif
#ifdef TCP_THIN_DUPACK
    { "TCP_THIN_DUPACK", 1, (long long)(TCP_THIN_DUPACK) },
#else
    { "TCP_THIN_DUPACK", 0, 0 },
#endif
#ifdef TCP_THIN_LINEAR_TIMEOUTS
    { "TCP_THIN_LINEAR_TIMEOUTS", 1, (long long)(TCP_THIN_LINEAR_TIMEOUTS) },
#else
    { "TCP_THIN_LINEAR_TIMEOUTS", 0, 0 },
#endif
#ifdef TCP_TIMESTAMP
    { "TCP_TIMESTAMP", 1, (long long)(TCP_TIMESTAMP) },
#else
    { "TCP_TIMESTAMP", 0, 0 },
#endif
#ifdef TCP_TX_DELAY
    { "TCP_TX_DELAY", 1, (long long)(TCP_TX_DELAY) },
#else
    { "TCP_TX_DELAY", 0, 0 },
#endif
#ifdef TCP_ULP
    { "TCP_ULP", 1, (long long)(TCP_ULP) },
#else
    { "TCP_ULP", 0, 0 },
#endif
#ifdef TCP_USER_TIMEOUT
    { "TCP_USER_TIMEOUT", 1, (long long)(TCP_USER_TIMEOUT) },
#else
    { "TCP_USER_TIMEOUT", 0, 0 },
#endif
#ifdef TCP_WINDOW_CLAMP
    { "TCP_WINDOW_CLAMP", 1, (long long)(TCP_WINDOW_CLAMP) },
#else
    { "TCP_WINDOW_CLAMP", 0, 0 },
#endif
#ifdef TCP_ZEROCOPY_RECEIVE
    { "TCP_ZEROCOPY_RECEIVE", 1, (long long)(TCP_ZEROCOPY_RECEIVE) },
#else
    { "TCP_ZEROCOPY_RECEIVE", 0, 0 },
#endif
#ifdef TIPC_ADDR_ID
    { "TIPC_ADDR_ID", 1, (long long)(TIPC_ADDR_ID) },
#else
    { "TIPC_ADDR_ID", 0, 0 },
#endif
#ifdef TIPC_ADDR_NAME
    { "TIPC_ADDR_NAME", 1, (long long)(TIPC_ADDR_NAME) },
#else
    { "TIPC_ADDR_NAME", 0, 0 },
#endif
#ifdef TIPC_ADDR_NAMESEQ
    { "TIPC_ADDR_NAMESEQ", 1, (long long)(TIPC_ADDR_NAMESEQ) },
#else
    { "TIPC_ADDR_NAMESEQ", 0, 0 },
#endif
#ifdef TIPC_CFG_SRV
    { "TIPC_CFG_SRV", 1, (long long)(TIPC_CFG_SRV) },
#else
    { "TIPC_CFG_SRV", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_TIPC_H
    { "TIPC_CLUSTER_SCOPE", 1, (long long)(TIPC_CLUSTER_SCOPE) },
#else
    { "TIPC_CLUSTER_SCOPE", 0, 0 },
#endif
#ifdef TIPC_CONN_TIMEOUT
    { "TIPC_CONN_TIMEOUT", 1, (long long)(TIPC_CONN_TIMEOUT) },
#else
    { "TIPC_CONN_TIMEOUT", 0, 0 },
#endif
#ifdef TIPC_CRITICAL_IMPORTANCE
    { "TIPC_CRITICAL_IMPORTANCE", 1, (long long)(TIPC_CRITICAL_IMPORTANCE) },
#else
    { "TIPC_CRITICAL_IMPORTANCE", 0, 0 },
#endif
#ifdef TIPC_DEST_DROPPABLE
    { "TIPC_DEST_DROPPABLE", 1, (long long)(TIPC_DEST_DROPPABLE) },
#else
    { "TIPC_DEST_DROPPABLE", 0, 0 },
#endif
#ifdef TIPC_HIGH_IMPORTANCE
    { "TIPC_HIGH_IMPORTANCE", 1, (long long)(TIPC_HIGH_IMPORTANCE) },
#else
    { "TIPC_HIGH_IMPORTANCE", 0, 0 },
#endif
#ifdef TIPC_IMPORTANCE
    { "TIPC_IMPORTANCE", 1, (long long)(TIPC_IMPORTANCE) },
#else
    { "TIPC_IMPORTANCE", 0, 0 },
#endif
#ifdef TIPC_LOW_IMPORTANCE
    { "TIPC_LOW_IMPORTANCE", 1, (long long)(TIPC_LOW_IMPORTANCE) },
#else
    { "TIPC_LOW_IMPORTANCE", 0, 0 },
#endif
#ifdef TIPC_MEDIUM_IMPORTANCE
    { "TIPC_MEDIUM_IMPORTANCE", 1, (long long)(TIPC_MEDIUM_IMPORTANCE) },
#else
    { "TIPC_MEDIUM_IMPORTANCE", 0, 0 },
#endif
#if CSOCK__HDR_LINUX_TIPC_H
    { "TIPC_NODE_SCOPE", 1, (long long)(TIPC_NODE_SCOPE) },
#else
    { "TIPC_NODE_SCOPE", 0, 0 },
#endif
#ifdef TIPC_PUBLISHED
    { "TIPC_PUBLISHED", 1, (long long)(TIPC_PUBLISHED) },
#else
    { "TIPC_PUBLISHED", 0, 0 },
#endif
#ifdef TIPC_SRC_DROPPABLE
    { "TIPC_SRC_DROPPABLE", 1, (long long)(TIPC_SRC_DROPPABLE) },
#else
    { "TIPC_SRC_DROPPABLE", 0, 0 },
#endif
#ifdef TIPC_SUBSCR_TIMEOUT
    { "TIPC_SUBSCR_TIMEOUT", 1, (long long)(TIPC_SUBSCR_TIMEOUT) },
#else
    { "TIPC_SUBSCR_TIMEOUT", 0, 0 },
#endif
#ifdef TIPC_SUB_CANCEL
    { "TIPC_SUB_CANCEL", 1, (long long)(TIPC_SUB_CANCEL) },
#else
    { "TIPC_SUB_CANCEL", 0, 0 },
#endif
#ifdef TIPC_SUB_PORTS
    { "TIPC_SUB_PORTS", 1, (long long)(TIPC_SUB_PORTS) },
#else
    { "TIPC_SUB_PORTS", 0, 0 },
#endif
#ifdef TIPC_SUB_SERVICE
    { "TIPC_SUB_SERVICE", 1, (long long)(TIPC_SUB_SERVICE) },
#else
    { "TIPC_SUB_SERVICE", 0, 0 },
#endif
#ifdef TIPC_TOP_SRV
    { "TIPC_TOP_SRV", 1, (long long)(TIPC_TOP_SRV) },
#else
    { "TIPC_TOP_SRV", 0, 0 },
#endif
#ifdef TIPC_WAIT_FOREVER
    { "TIPC_WAIT_FOREVER", 1, (long long)(TIPC_WAIT_FOREVER) },
#else
    { "TIPC_WAIT_FOREVER", 0, 0 },
#endif
#ifdef TIPC_WITHDRAWN
    { "TIPC_WITHDRAWN", 1, (long long)(TIPC_WITHDRAWN) },
#else
    { "TIPC_WITHDRAWN", 0, 0 },
#endif
#ifdef TIPC_ZONE_SCOPE
    { "TIPC_ZONE_SCOPE", 1, (long long)(TIPC_ZONE_SCOPE) },
#else
    { "TIPC_ZONE_SCOPE", 0, 0 },
#endif
#ifdef UDPLITE_RECV_CSCOV
    { "UDPLITE_RECV_CSCOV", 1, (long long)(UDPLITE_RECV_CSCOV) },
#else
    { "UDPLITE_RECV_CSCOV", 1, 11LL },
#endif
#ifdef UDPLITE_SEND_CSCOV
    { "UDPLITE_SEND_CSCOV", 1, (long long)(UDPLITE_SEND_CSCOV) },
#else
    { "UDPLITE_SEND_CSCOV", 1, 10LL },
#endif
#ifdef VMADDR_CID_ANY
    { "VMADDR_CID_ANY", 1, (long long)(VMADDR_CID_ANY) },
#else
    { "VMADDR_CID_ANY", 0, 0 },
#endif
#ifdef VMADDR_CID_HOST
    { "VMADDR_CID_HOST", 1, (long long)(VMADDR_CID_HOST) },
#else
    { "VMADDR_CID_HOST", 0, 0 },
#endif
#ifdef VMADDR_PORT_ANY
    { "VMADDR_PORT_ANY", 1, (long long)(VMADDR_PORT_ANY) },
#else
    { "VMADDR_PORT_ANY", 0, 0 },
#endif
#ifdef VM_SOCKETS_INVALID_VERSION
    { "VM_SOCKETS_INVALID_VERSION", 1, (long long)(VM_SOCKETS_INVALID_VERSION) },
#else
    { "VM_SOCKETS_INVALID_VERSION", 0, 0 },
#endif
};

static int header_value(const char *name, long long *v)
{
    for (size_t i = 0; i < sizeof header_values / sizeof header_values[0]; i++)
        if (strcmp(header_values[i].name, name) == 0) {
            *v = header_values[i].value;
            return header_values[i].here;
        }
    return 0;
}

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
            long long v = 0, h = 0;
            cr_expect_eq(csock_constant(name, &v), 0, "%s: csock_constant failed", name);
            cr_expect_eq(header_value(name, &h), 1, "%s: in the table but not in this target's headers", name);
            cr_expect_eq(v, h, "%s: %lld in the table, %lld in this target's headers", name, v, h);
            if (REFERENCE_ABI)
                cr_expect_eq(v, w, "%s: %lld here, %lld in CPython", name, v, w);
            cr_expect_null(c->str);
        }
    }
    fclose(f);
    cr_log_info("constants: %d rows, %d checked against this target's headers%s, %d absent with their header",
                rows, checked, REFERENCE_ABI ? " and CPython's x86_64 values" : "", absent);
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
    cr_expect_eq(v, SO_REUSEADDR); /* 2 on x86_64, 4 on hppa and sparc64 */
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
    /* the names of this target's values (AF_ROUTE shares AF_NETLINK's;
     * IPPROTO_HOPOPTS is IPPROTO_IP's alias) */
    cr_expect_str_eq(csock_family_name(AF_INET), "AF_INET");
    cr_expect_str_eq(csock_family_name(AF_INET6), "AF_INET6");
    cr_expect_str_eq(csock_family_name(AF_UNIX), "AF_UNIX");
    cr_expect_str_eq(csock_family_name(AF_NETLINK), "AF_NETLINK");
    cr_expect_str_eq(csock_family_name(AF_UNSPEC), "AF_UNSPEC");
    cr_expect_null(csock_family_name(-1));
    cr_expect_null(csock_family_name(12345));
    cr_expect_str_eq(csock_socktype_name(SOCK_STREAM), "SOCK_STREAM");
    cr_expect_str_eq(csock_socktype_name(SOCK_DGRAM), "SOCK_DGRAM");
    cr_expect_str_eq(csock_socktype_name(SOCK_SEQPACKET), "SOCK_SEQPACKET");
    cr_expect_str_eq(csock_socktype_name(SOCK_NONBLOCK), "SOCK_NONBLOCK");
    cr_expect_null(csock_socktype_name(0));
    cr_expect_str_eq(csock_proto_name(IPPROTO_TCP), "IPPROTO_TCP");
    cr_expect_str_eq(csock_proto_name(IPPROTO_UDP), "IPPROTO_UDP");
    cr_expect_str_eq(csock_proto_name(IPPROTO_IP), "IPPROTO_IP");
    cr_expect_str_eq(csock_proto_name(IPPROTO_IPV6), "IPPROTO_IPV6");
    cr_expect_null(csock_proto_name(-5));
}
#else
typedef int csock__no_linux_constants;
#endif
