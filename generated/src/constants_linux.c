/* Generated from spec/constants/addrinfo.yaml, spec/constants/alg.yaml, spec/constants/bluetooth.yaml, spec/constants/can.yaml, spec/constants/can_bcm.yaml, spec/constants/darwin.yaml, spec/constants/families.yaml, spec/constants/ip.yaml, spec/constants/ipv6.yaml, spec/constants/j1939.yaml, spec/constants/local.yaml, spec/constants/messages.yaml, spec/constants/netlink.yaml, spec/constants/packet.yaml, spec/constants/protocol_families.yaml, spec/constants/protocols.yaml, spec/constants/rds.yaml, spec/constants/socket_options.yaml, spec/constants/socket_types.yaml, spec/constants/tcp.yaml, spec/constants/tipc.yaml, spec/constants/vsock.yaml, spec/constants/windows.yaml, spec/platforms.yaml by generator/csockgen with templates/constants_table.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#include "csock_platform.h"
#include "csock/csock_gen.h"
#if CSOCK_GEN_LOCK != 1
#error "generated/src/constants_linux.c does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif
/* The constant table for linux (Linux, with glibc or musl.):
 * compiled only where __linux__ is defined, and each row only
 * where this platform's headers define the name. */
#include "constants_internal.h"

#if defined(__linux__)

#if defined(__has_include)
#if __has_include(<sys/socket.h>)
#include <sys/socket.h>
#define CSOCK__HDR_SYS_SOCKET_H 1
#endif
#else
#include <sys/socket.h>
#define CSOCK__HDR_SYS_SOCKET_H 1
#endif
#if defined(__has_include)
#if __has_include(<sys/un.h>)
#include <sys/un.h>
#define CSOCK__HDR_SYS_UN_H 1
#endif
#else
#include <sys/un.h>
#define CSOCK__HDR_SYS_UN_H 1
#endif
#if defined(__has_include)
#if __has_include(<netinet/in.h>)
#include <netinet/in.h>
#define CSOCK__HDR_NETINET_IN_H 1
#endif
#else
#include <netinet/in.h>
#define CSOCK__HDR_NETINET_IN_H 1
#endif
#if defined(__has_include)
#if __has_include(<netinet/tcp.h>)
#include <netinet/tcp.h>
#define CSOCK__HDR_NETINET_TCP_H 1
#endif
#else
#include <netinet/tcp.h>
#define CSOCK__HDR_NETINET_TCP_H 1
#endif
#if defined(__has_include)
#if __has_include(<netinet/udp.h>)
#include <netinet/udp.h>
#define CSOCK__HDR_NETINET_UDP_H 1
#endif
#else
#include <netinet/udp.h>
#define CSOCK__HDR_NETINET_UDP_H 1
#endif
#if defined(__has_include)
#if __has_include(<arpa/inet.h>)
#include <arpa/inet.h>
#define CSOCK__HDR_ARPA_INET_H 1
#endif
#else
#include <arpa/inet.h>
#define CSOCK__HDR_ARPA_INET_H 1
#endif
#if defined(__has_include)
#if __has_include(<netdb.h>)
#include <netdb.h>
#define CSOCK__HDR_NETDB_H 1
#endif
#else
#include <netdb.h>
#define CSOCK__HDR_NETDB_H 1
#endif
#if defined(__has_include)
#if __has_include(<net/if.h>)
#include <net/if.h>
#define CSOCK__HDR_NET_IF_H 1
#endif
#else
#include <net/if.h>
#define CSOCK__HDR_NET_IF_H 1
#endif
#if defined(__has_include)
#if __has_include(<linux/netlink.h>)
#include <linux/netlink.h>
#define CSOCK__HDR_LINUX_NETLINK_H 1
#endif
#else
#include <linux/netlink.h>
#define CSOCK__HDR_LINUX_NETLINK_H 1
#endif
#if defined(__has_include)
#if __has_include(<linux/if_packet.h>)
#include <linux/if_packet.h>
#define CSOCK__HDR_LINUX_IF_PACKET_H 1
#endif
#else
#include <linux/if_packet.h>
#define CSOCK__HDR_LINUX_IF_PACKET_H 1
#endif
#if defined(__has_include)
#if __has_include(<linux/can.h>)
#include <linux/can.h>
#define CSOCK__HDR_LINUX_CAN_H 1
#endif
#else
#include <linux/can.h>
#define CSOCK__HDR_LINUX_CAN_H 1
#endif
#if defined(__has_include)
#if __has_include(<linux/can/raw.h>)
#include <linux/can/raw.h>
#define CSOCK__HDR_LINUX_CAN_RAW_H 1
#endif
#else
#include <linux/can/raw.h>
#define CSOCK__HDR_LINUX_CAN_RAW_H 1
#endif
#if defined(__has_include)
#if __has_include(<linux/can/bcm.h>)
#include <linux/can/bcm.h>
#define CSOCK__HDR_LINUX_CAN_BCM_H 1
#endif
#else
#include <linux/can/bcm.h>
#define CSOCK__HDR_LINUX_CAN_BCM_H 1
#endif
#if defined(__has_include)
#if __has_include(<linux/can/isotp.h>)
#include <linux/can/isotp.h>
#define CSOCK__HDR_LINUX_CAN_ISOTP_H 1
#endif
#else
#include <linux/can/isotp.h>
#define CSOCK__HDR_LINUX_CAN_ISOTP_H 1
#endif
#if defined(__has_include)
#if __has_include(<linux/can/j1939.h>)
#include <linux/can/j1939.h>
#define CSOCK__HDR_LINUX_CAN_J1939_H 1
#endif
#else
#include <linux/can/j1939.h>
#define CSOCK__HDR_LINUX_CAN_J1939_H 1
#endif
#if defined(__has_include)
#if __has_include(<linux/tipc.h>)
#include <linux/tipc.h>
#define CSOCK__HDR_LINUX_TIPC_H 1
#endif
#else
#include <linux/tipc.h>
#define CSOCK__HDR_LINUX_TIPC_H 1
#endif
#if defined(__has_include)
#if __has_include(<linux/if_alg.h>)
#include <linux/if_alg.h>
#define CSOCK__HDR_LINUX_IF_ALG_H 1
#endif
#else
#include <linux/if_alg.h>
#define CSOCK__HDR_LINUX_IF_ALG_H 1
#endif
#if defined(__has_include)
#if __has_include(<sys/ioctl.h>)
#include <sys/ioctl.h>
#define CSOCK__HDR_SYS_IOCTL_H 1
#endif
#else
#include <sys/ioctl.h>
#define CSOCK__HDR_SYS_IOCTL_H 1
#endif
#if defined(__has_include)
#if __has_include(<linux/vm_sockets.h>)
#include <linux/vm_sockets.h>
#define CSOCK__HDR_LINUX_VM_SOCKETS_H 1
#endif
#else
#include <linux/vm_sockets.h>
#define CSOCK__HDR_LINUX_VM_SOCKETS_H 1
#endif
#if defined(__has_include)
#if __has_include(<linux/rds.h>)
#include <linux/rds.h>
#define CSOCK__HDR_LINUX_RDS_H 1
#endif
#else
#include <linux/rds.h>
#define CSOCK__HDR_LINUX_RDS_H 1
#endif
#if defined(__has_include)
#if __has_include(<linux/qrtr.h>)
#include <linux/qrtr.h>
#define CSOCK__HDR_LINUX_QRTR_H 1
#endif
#else
#include <linux/qrtr.h>
#define CSOCK__HDR_LINUX_QRTR_H 1
#endif
#if defined(__has_include)
#if __has_include(<linux/sockios.h>)
#include <linux/sockios.h>
#define CSOCK__HDR_LINUX_SOCKIOS_H 1
#endif
#else
#include <linux/sockios.h>
#define CSOCK__HDR_LINUX_SOCKIOS_H 1
#endif
#if defined(__has_include)
#if __has_include(<bluetooth/bluetooth.h>)
#include <bluetooth/bluetooth.h>
#define CSOCK__HDR_BLUETOOTH_BLUETOOTH_H 1
#endif
#else
#include <bluetooth/bluetooth.h>
#define CSOCK__HDR_BLUETOOTH_BLUETOOTH_H 1
#endif
#if defined(__has_include)
#if __has_include(<bluetooth/hci.h>)
#include <bluetooth/hci.h>
#define CSOCK__HDR_BLUETOOTH_HCI_H 1
#endif
#else
#include <bluetooth/hci.h>
#define CSOCK__HDR_BLUETOOTH_HCI_H 1
#endif
#if defined(__has_include)
#if __has_include(<linux/if_ether.h>)
#include <linux/if_ether.h>
#define CSOCK__HDR_LINUX_IF_ETHER_H 1
#endif
#else
#include <linux/if_ether.h>
#define CSOCK__HDR_LINUX_IF_ETHER_H 1
#endif
#if defined(__has_include)
#if __has_include(<net/ethernet.h>)
#include <net/ethernet.h>
#define CSOCK__HDR_NET_ETHERNET_H 1
#endif
#else
#include <net/ethernet.h>
#define CSOCK__HDR_NET_ETHERNET_H 1
#endif

const struct csock__const_entry csock__constants[] = {
#ifdef AF_ALG
    {{"AF_ALG", "families", (long long)(AF_ALG), NULL, "Interface to the kernel crypto API."}, 1, 0},
#endif
#ifdef AF_APPLETALK
    {{"AF_APPLETALK", "families", (long long)(AF_APPLETALK), NULL, "AppleTalk (ddp(7))."}, 1, 0},
#endif
#ifdef AF_ASH
    {{"AF_ASH", "families", (long long)(AF_ASH), NULL, "Ash."}, 1, 0},
#endif
#ifdef AF_ATMPVC
    {{"AF_ATMPVC", "families", (long long)(AF_ATMPVC), NULL, "ATM permanent virtual circuits."}, 1, 0},
#endif
#ifdef AF_ATMSVC
    {{"AF_ATMSVC", "families", (long long)(AF_ATMSVC), NULL, "ATM switched virtual circuits."}, 1, 0},
#endif
#ifdef AF_AX25
    {{"AF_AX25", "families", (long long)(AF_AX25), NULL, "Amateur radio AX.25."}, 1, 0},
#endif
#ifdef AF_BLUETOOTH
    {{"AF_BLUETOOTH", "families", (long long)(AF_BLUETOOTH), NULL, "Bluetooth sockets (L2CAP, RFCOMM, HCI, SCO)."}, 1, 0},
#endif
#ifdef AF_BRIDGE
    {{"AF_BRIDGE", "families", (long long)(AF_BRIDGE), NULL, "Multiprotocol bridge."}, 1, 0},
#endif
#ifdef AF_CAN
    {{"AF_CAN", "families", (long long)(AF_CAN), NULL, "Controller Area Network (Linux SocketCAN)."}, 1, 0},
#endif
#ifdef AF_DECnet
    {{"AF_DECnet", "families", (long long)(AF_DECnet), NULL, "DECnet."}, 1, 0},
#endif
#ifdef AF_ECONET
    {{"AF_ECONET", "families", (long long)(AF_ECONET), NULL, "Acorn Econet."}, 1, 0},
#endif
#ifdef AF_INET
    {{"AF_INET", "families", (long long)(AF_INET), NULL, "IPv4 Internet protocols (ip(7))."}, 1, 0},
#endif
#ifdef AF_INET6
    {{"AF_INET6", "families", (long long)(AF_INET6), NULL, "IPv6 Internet protocols (ipv6(7))."}, 1, 0},
#endif
#ifdef AF_IPX
    {{"AF_IPX", "families", (long long)(AF_IPX), NULL, "Novell IPX."}, 1, 0},
#endif
#ifdef AF_IRDA
    {{"AF_IRDA", "families", (long long)(AF_IRDA), NULL, "IrDA infrared sockets."}, 1, 0},
#endif
#ifdef AF_KEY
    {{"AF_KEY", "families", (long long)(AF_KEY), NULL, "PF_KEY key management for IPsec."}, 1, 0},
#endif
#ifdef AF_LLC
    {{"AF_LLC", "families", (long long)(AF_LLC), NULL, "IEEE 802.2 logical link control."}, 1, 0},
#endif
#ifdef AF_NETBEUI
    {{"AF_NETBEUI", "families", (long long)(AF_NETBEUI), NULL, "NetBEUI (reserved by Linux)."}, 1, 0},
#endif
#ifdef AF_NETLINK
    {{"AF_NETLINK", "families", (long long)(AF_NETLINK), NULL, "Kernel user interface device (netlink(7))."}, 1, 0},
#endif
#ifdef AF_NETROM
    {{"AF_NETROM", "families", (long long)(AF_NETROM), NULL, "Amateur radio NET/ROM."}, 1, 0},
#endif
#ifdef AF_PACKET
    {{"AF_PACKET", "families", (long long)(AF_PACKET), NULL, "Low-level packet interface (packet(7))."}, 1, 0},
#endif
#ifdef AF_PPPOX
    {{"AF_PPPOX", "families", (long long)(AF_PPPOX), NULL, "PPP over X (PPPoE, L2TP) sockets."}, 1, 0},
#endif
#ifdef AF_QIPCRTR
    {{"AF_QIPCRTR", "families", (long long)(AF_QIPCRTR), NULL, "Qualcomm IPC router."}, 1, 0},
#endif
#ifdef AF_RDS
    {{"AF_RDS", "families", (long long)(AF_RDS), NULL, "Reliable Datagram Sockets (rds(7))."}, 1, 0},
#endif
#ifdef AF_ROSE
    {{"AF_ROSE", "families", (long long)(AF_ROSE), NULL, "Amateur radio X.25 PLP (ROSE)."}, 1, 0},
#endif
#ifdef AF_ROUTE
    {{"AF_ROUTE", "families", (long long)(AF_ROUTE), NULL, "Routing sockets; on Linux an alias of AF_NETLINK."}, 1, 0},
#endif
#ifdef AF_SECURITY
    {{"AF_SECURITY", "families", (long long)(AF_SECURITY), NULL, "Security callback pseudo-family (reserved by Linux)."}, 1, 0},
#endif
#ifdef AF_SNA
    {{"AF_SNA", "families", (long long)(AF_SNA), NULL, "IBM Systems Network Architecture."}, 1, 0},
#endif
#ifdef AF_TIPC
    {{"AF_TIPC", "families", (long long)(AF_TIPC), NULL, "Transparent Inter-Process Communication cluster protocol."}, 1, 0},
#endif
#ifdef AF_UNIX
    {{"AF_UNIX", "families", (long long)(AF_UNIX), NULL, "Local communication between processes on the same host (unix(7))."}, 1, 0},
#endif
#ifdef AF_UNSPEC
    {{"AF_UNSPEC", "families", (long long)(AF_UNSPEC), NULL, "Unspecified family; getaddrinfo() returns addresses of any family."}, 1, 0},
#endif
#ifdef AF_VSOCK
    {{"AF_VSOCK", "families", (long long)(AF_VSOCK), NULL, "Virtual machine to host communication (vsock(7))."}, 1, 0},
#endif
#ifdef AF_WANPIPE
    {{"AF_WANPIPE", "families", (long long)(AF_WANPIPE), NULL, "Sangoma WANPIPE API sockets."}, 1, 0},
#endif
#ifdef AF_X25
    {{"AF_X25", "families", (long long)(AF_X25), NULL, "ITU-T X.25 / ISO-8208 (x25(7))."}, 1, 0},
#endif
#ifdef AI_ADDRCONFIG
    {{"AI_ADDRCONFIG", "addrinfo", (long long)(AI_ADDRCONFIG), NULL, "Returns only address families configured on the local system."}, 0, 0},
#endif
#ifdef AI_ALL
    {{"AI_ALL", "addrinfo", (long long)(AI_ALL), NULL, "With AI_V4MAPPED, returns both IPv6 and IPv4-mapped addresses."}, 0, 0},
#endif
#ifdef AI_CANONNAME
    {{"AI_CANONNAME", "addrinfo", (long long)(AI_CANONNAME), NULL, "Returns the canonical name of the host in the first result."}, 0, 0},
#endif
#ifdef AI_NUMERICHOST
    {{"AI_NUMERICHOST", "addrinfo", (long long)(AI_NUMERICHOST), NULL, "The host must be a numeric address; no name lookup is done."}, 0, 0},
#endif
#ifdef AI_NUMERICSERV
    {{"AI_NUMERICSERV", "addrinfo", (long long)(AI_NUMERICSERV), NULL, "The port must be numeric; no service lookup is done."}, 0, 0},
#endif
#ifdef AI_PASSIVE
    {{"AI_PASSIVE", "addrinfo", (long long)(AI_PASSIVE), NULL, "Returns addresses suitable for bind(); a NULL host means the wildcard address."}, 0, 0},
#endif
#ifdef AI_V4MAPPED
    {{"AI_V4MAPPED", "addrinfo", (long long)(AI_V4MAPPED), NULL, "Returns IPv4-mapped IPv6 addresses when no IPv6 address is found."}, 0, 0},
#endif
#ifdef ALG_OP_DECRYPT
    {{"ALG_OP_DECRYPT", "alg", (long long)(ALG_OP_DECRYPT), NULL, "Operation that decrypts."}, 0, 0},
#endif
#ifdef ALG_OP_ENCRYPT
    {{"ALG_OP_ENCRYPT", "alg", (long long)(ALG_OP_ENCRYPT), NULL, "Operation that encrypts."}, 0, 0},
#endif
#ifdef ALG_OP_SIGN
    {{"ALG_OP_SIGN", "alg", (long long)(ALG_OP_SIGN), NULL, "Operation that signs (akcipher); CPython supplies 2 when the headers lack it."}, 0, 0},
#else
    {{"ALG_OP_SIGN", "alg", 2LL, NULL, "Operation that signs (akcipher); CPython supplies 2 when the headers lack it."}, 0, 0},
#endif
#ifdef ALG_OP_VERIFY
    {{"ALG_OP_VERIFY", "alg", (long long)(ALG_OP_VERIFY), NULL, "Operation that verifies a signature (akcipher); CPython supplies 3 when the headers lack it."}, 0, 0},
#else
    {{"ALG_OP_VERIFY", "alg", 3LL, NULL, "Operation that verifies a signature (akcipher); CPython supplies 3 when the headers lack it."}, 0, 0},
#endif
#ifdef ALG_SET_AEAD_ASSOCLEN
    {{"ALG_SET_AEAD_ASSOCLEN", "alg", (long long)(ALG_SET_AEAD_ASSOCLEN), NULL, "Control message with the length of AEAD associated data."}, 0, 0},
#endif
#ifdef ALG_SET_AEAD_AUTHSIZE
    {{"ALG_SET_AEAD_AUTHSIZE", "alg", (long long)(ALG_SET_AEAD_AUTHSIZE), NULL, "Option that sets the AEAD authentication tag size."}, 0, 0},
#endif
#ifdef ALG_SET_IV
    {{"ALG_SET_IV", "alg", (long long)(ALG_SET_IV), NULL, "Control message that sets the initialisation vector."}, 0, 0},
#endif
#ifdef ALG_SET_KEY
    {{"ALG_SET_KEY", "alg", (long long)(ALG_SET_KEY), NULL, "Option that sets the cipher key."}, 0, 0},
#endif
#ifdef ALG_SET_OP
    {{"ALG_SET_OP", "alg", (long long)(ALG_SET_OP), NULL, "Control message that selects encryption or decryption."}, 0, 0},
#endif
#ifdef ALG_SET_PUBKEY
    {{"ALG_SET_PUBKEY", "alg", (long long)(ALG_SET_PUBKEY), NULL, "Option that sets a public key (akcipher); CPython supplies 6 when the headers lack it."}, 0, 0},
#else
    {{"ALG_SET_PUBKEY", "alg", 6LL, NULL, "Option that sets a public key (akcipher); CPython supplies 6 when the headers lack it."}, 0, 0},
#endif
#ifdef BDADDR_ANY
    {{"BDADDR_ANY", "bluetooth", 0, "00:00:00:00:00:00", "The wildcard Bluetooth address."}, 0, 0},
#endif
#ifdef BDADDR_LOCAL
    {{"BDADDR_LOCAL", "bluetooth", 0, "00:00:00:FF:FF:FF", "The Bluetooth address of the local adapter."}, 0, 0},
#endif
#ifdef BTPROTO_HCI
    {{"BTPROTO_HCI", "bluetooth", (long long)(BTPROTO_HCI), NULL, "Host Controller Interface."}, 0, 0},
#endif
#ifdef BTPROTO_L2CAP
    {{"BTPROTO_L2CAP", "bluetooth", (long long)(BTPROTO_L2CAP), NULL, "Logical Link Control and Adaptation Protocol."}, 0, 0},
#endif
#ifdef BTPROTO_RFCOMM
    {{"BTPROTO_RFCOMM", "bluetooth", (long long)(BTPROTO_RFCOMM), NULL, "RFCOMM serial port emulation."}, 0, 0},
#endif
#ifdef BTPROTO_SCO
    {{"BTPROTO_SCO", "bluetooth", (long long)(BTPROTO_SCO), NULL, "Synchronous Connection-Oriented links (audio)."}, 0, 0},
#endif
#ifdef CAN_BCM
    {{"CAN_BCM", "can", (long long)(CAN_BCM), NULL, "CAN broadcast manager protocol."}, 0, 0},
#endif
#ifdef CAN_FD_FRAME
    {{"CAN_BCM_CAN_FD_FRAME", "can_bcm", (long long)(CAN_FD_FRAME), NULL, "Flag saying the frames are CAN FD frames."}, 0, 0},
#endif
#ifdef RX_ANNOUNCE_RESUME
    {{"CAN_BCM_RX_ANNOUNCE_RESUME", "can_bcm", (long long)(RX_ANNOUNCE_RESUME), NULL, "Flag that reports the resumption of cyclic reception."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_BCM_H)
    {{"CAN_BCM_RX_CHANGED", "can_bcm", (long long)(RX_CHANGED), NULL, "Notification of a received frame whose content changed."}, 0, 0},
#endif
#ifdef RX_CHECK_DLC
    {{"CAN_BCM_RX_CHECK_DLC", "can_bcm", (long long)(RX_CHECK_DLC), NULL, "Flag that reports changes of the data length code."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_BCM_H)
    {{"CAN_BCM_RX_DELETE", "can_bcm", (long long)(RX_DELETE), NULL, "Opcode that removes a receive filter subscription."}, 0, 0},
#endif
#ifdef RX_FILTER_ID
    {{"CAN_BCM_RX_FILTER_ID", "can_bcm", (long long)(RX_FILTER_ID), NULL, "Flag that filters by can_id alone."}, 0, 0},
#endif
#ifdef RX_NO_AUTOTIMER
    {{"CAN_BCM_RX_NO_AUTOTIMER", "can_bcm", (long long)(RX_NO_AUTOTIMER), NULL, "Flag that disables the automatic timeout monitor."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_BCM_H)
    {{"CAN_BCM_RX_READ", "can_bcm", (long long)(RX_READ), NULL, "Opcode that reads the properties of a receive subscription."}, 0, 0},
#endif
#ifdef RX_RTR_FRAME
    {{"CAN_BCM_RX_RTR_FRAME", "can_bcm", (long long)(RX_RTR_FRAME), NULL, "Flag that answers remote transmission requests."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_BCM_H)
    {{"CAN_BCM_RX_SETUP", "can_bcm", (long long)(RX_SETUP), NULL, "Opcode that creates a receive filter subscription."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_BCM_H)
    {{"CAN_BCM_RX_STATUS", "can_bcm", (long long)(RX_STATUS), NULL, "Reply to RX_READ."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_BCM_H)
    {{"CAN_BCM_RX_TIMEOUT", "can_bcm", (long long)(RX_TIMEOUT), NULL, "Notification that cyclic reception stopped."}, 0, 0},
#endif
#ifdef SETTIMER
    {{"CAN_BCM_SETTIMER", "can_bcm", (long long)(SETTIMER), NULL, "Flag that sets the task's timer values."}, 0, 0},
#endif
#ifdef STARTTIMER
    {{"CAN_BCM_STARTTIMER", "can_bcm", (long long)(STARTTIMER), NULL, "Flag that starts the task's timer."}, 0, 0},
#endif
#ifdef TX_ANNOUNCE
    {{"CAN_BCM_TX_ANNOUNCE", "can_bcm", (long long)(TX_ANNOUNCE), NULL, "Flag that sends a changed frame at once."}, 0, 0},
#endif
#ifdef TX_COUNTEVT
    {{"CAN_BCM_TX_COUNTEVT", "can_bcm", (long long)(TX_COUNTEVT), NULL, "Flag that sends TX_EXPIRED when the count runs out."}, 0, 0},
#endif
#ifdef TX_CP_CAN_ID
    {{"CAN_BCM_TX_CP_CAN_ID", "can_bcm", (long long)(TX_CP_CAN_ID), NULL, "Flag that copies the header's can_id into the frames."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_BCM_H)
    {{"CAN_BCM_TX_DELETE", "can_bcm", (long long)(TX_DELETE), NULL, "Opcode that removes a cyclic transmission task."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_BCM_H)
    {{"CAN_BCM_TX_EXPIRED", "can_bcm", (long long)(TX_EXPIRED), NULL, "Notification that a transmission count ran out."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_BCM_H)
    {{"CAN_BCM_TX_READ", "can_bcm", (long long)(TX_READ), NULL, "Opcode that reads the properties of a transmission task."}, 0, 0},
#endif
#ifdef TX_RESET_MULTI_IDX
    {{"CAN_BCM_TX_RESET_MULTI_IDX", "can_bcm", (long long)(TX_RESET_MULTI_IDX), NULL, "Flag that restarts a multi-frame transmission at the first frame."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_BCM_H)
    {{"CAN_BCM_TX_SEND", "can_bcm", (long long)(TX_SEND), NULL, "Opcode that sends one CAN frame."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_BCM_H)
    {{"CAN_BCM_TX_SETUP", "can_bcm", (long long)(TX_SETUP), NULL, "Opcode that creates a cyclic transmission task."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_BCM_H)
    {{"CAN_BCM_TX_STATUS", "can_bcm", (long long)(TX_STATUS), NULL, "Reply to TX_READ."}, 0, 0},
#endif
#ifdef CAN_EFF_FLAG
    {{"CAN_EFF_FLAG", "can", (long long)(CAN_EFF_FLAG), NULL, "Identifier flag of extended frame format (29-bit identifiers)."}, 0, 0},
#endif
#ifdef CAN_EFF_MASK
    {{"CAN_EFF_MASK", "can", (long long)(CAN_EFF_MASK), NULL, "Mask of extended frame format (29-bit) identifiers."}, 0, 0},
#endif
#ifdef CAN_ERR_FLAG
    {{"CAN_ERR_FLAG", "can", (long long)(CAN_ERR_FLAG), NULL, "Identifier flag of error message frames."}, 0, 0},
#endif
#ifdef CAN_ERR_MASK
    {{"CAN_ERR_MASK", "can", (long long)(CAN_ERR_MASK), NULL, "Mask of the identifier bits (without flags) of error message frames."}, 0, 0},
#endif
#ifdef CAN_ISOTP
    {{"CAN_ISOTP", "can", (long long)(CAN_ISOTP), NULL, "ISO 15765-2 transport protocol."}, 0, 0},
#endif
#ifdef CAN_J1939
    {{"CAN_J1939", "can", (long long)(CAN_J1939), NULL, "SAE J1939 protocol."}, 0, 0},
#endif
#ifdef CAN_RAW
    {{"CAN_RAW", "can", (long long)(CAN_RAW), NULL, "Raw CAN protocol."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_RAW_H)
    {{"CAN_RAW_ERR_FILTER", "can", (long long)(CAN_RAW_ERR_FILTER), NULL, "Sets which error frames are received (a can_err_mask_t)."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_RAW_H)
    {{"CAN_RAW_FD_FRAMES", "can", (long long)(CAN_RAW_FD_FRAMES), NULL, "Enables CAN FD frames."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_RAW_H)
    {{"CAN_RAW_FILTER", "can", (long long)(CAN_RAW_FILTER), NULL, "Sets the receive filters (struct can_filter array)."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_RAW_H)
    {{"CAN_RAW_JOIN_FILTERS", "can", (long long)(CAN_RAW_JOIN_FILTERS), NULL, "A frame must match all filters instead of any."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_RAW_H)
    {{"CAN_RAW_LOOPBACK", "can", (long long)(CAN_RAW_LOOPBACK), NULL, "Whether sent frames loop back to other local sockets."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_RAW_H)
    {{"CAN_RAW_RECV_OWN_MSGS", "can", (long long)(CAN_RAW_RECV_OWN_MSGS), NULL, "Whether the socket receives its own sent frames."}, 0, 0},
#endif
#ifdef CAN_RTR_FLAG
    {{"CAN_RTR_FLAG", "can", (long long)(CAN_RTR_FLAG), NULL, "Identifier flag of remote transmission requests."}, 0, 0},
#endif
#ifdef CAN_SFF_MASK
    {{"CAN_SFF_MASK", "can", (long long)(CAN_SFF_MASK), NULL, "Mask of standard frame format (11-bit) identifiers."}, 0, 0},
#endif
#ifdef EAI_ADDRFAMILY
    {{"EAI_ADDRFAMILY", "addrinfo", (long long)(EAI_ADDRFAMILY), NULL, "The host has no address in the requested family."}, 0, 0},
#endif
#ifdef EAI_AGAIN
    {{"EAI_AGAIN", "addrinfo", (long long)(EAI_AGAIN), NULL, "A temporary failure in name resolution."}, 0, 0},
#endif
#ifdef EAI_BADFLAGS
    {{"EAI_BADFLAGS", "addrinfo", (long long)(EAI_BADFLAGS), NULL, "Invalid value for the flags argument."}, 0, 0},
#endif
#ifdef EAI_FAIL
    {{"EAI_FAIL", "addrinfo", (long long)(EAI_FAIL), NULL, "A non-recoverable failure in name resolution."}, 0, 0},
#endif
#ifdef EAI_FAMILY
    {{"EAI_FAMILY", "addrinfo", (long long)(EAI_FAMILY), NULL, "The address family is not supported."}, 0, 0},
#endif
#ifdef EAI_MEMORY
    {{"EAI_MEMORY", "addrinfo", (long long)(EAI_MEMORY), NULL, "Memory allocation failure."}, 0, 0},
#endif
#ifdef EAI_NODATA
    {{"EAI_NODATA", "addrinfo", (long long)(EAI_NODATA), NULL, "The host exists but has no address."}, 0, 0},
#endif
#ifdef EAI_NONAME
    {{"EAI_NONAME", "addrinfo", (long long)(EAI_NONAME), NULL, "The name or service is not known."}, 0, 0},
#endif
#ifdef EAI_OVERFLOW
    {{"EAI_OVERFLOW", "addrinfo", (long long)(EAI_OVERFLOW), NULL, "An argument buffer overflowed."}, 0, 0},
#endif
#ifdef EAI_SERVICE
    {{"EAI_SERVICE", "addrinfo", (long long)(EAI_SERVICE), NULL, "The service is not available for the socket type."}, 0, 0},
#endif
#ifdef EAI_SOCKTYPE
    {{"EAI_SOCKTYPE", "addrinfo", (long long)(EAI_SOCKTYPE), NULL, "The socket type is not supported."}, 0, 0},
#endif
#ifdef EAI_SYSTEM
    {{"EAI_SYSTEM", "addrinfo", (long long)(EAI_SYSTEM), NULL, "A system error; errno tells which."}, 0, 0},
#endif
#ifdef ETHERTYPE_ARP
    {{"ETHERTYPE_ARP", "packet", (long long)(ETHERTYPE_ARP), NULL, "The EtherType of ARP frames."}, 0, 0},
#endif
#ifdef ETHERTYPE_IP
    {{"ETHERTYPE_IP", "packet", (long long)(ETHERTYPE_IP), NULL, "The EtherType of IPv4 frames."}, 0, 0},
#endif
#ifdef ETHERTYPE_IPV6
    {{"ETHERTYPE_IPV6", "packet", (long long)(ETHERTYPE_IPV6), NULL, "The EtherType of IPv6 frames."}, 0, 0},
#endif
#ifdef ETHERTYPE_VLAN
    {{"ETHERTYPE_VLAN", "packet", (long long)(ETHERTYPE_VLAN), NULL, "The EtherType of IEEE 802.1Q VLAN-tagged frames."}, 0, 0},
#endif
#ifdef ETH_P_ALL
    {{"ETH_P_ALL", "packet", (long long)(ETH_P_ALL), NULL, "The protocol of an AF_PACKET socket that receives every frame (before htons)."}, 0, 0},
#endif
#ifdef HCI_DATA_DIR
    {{"HCI_DATA_DIR", "bluetooth", (long long)(HCI_DATA_DIR), NULL, "Option that reports the direction of each HCI packet."}, 0, 0},
#endif
#ifdef HCI_FILTER
    {{"HCI_FILTER", "bluetooth", (long long)(HCI_FILTER), NULL, "Option that sets the HCI packet and event filter."}, 0, 0},
#endif
#ifdef HCI_TIME_STAMP
    {{"HCI_TIME_STAMP", "bluetooth", (long long)(HCI_TIME_STAMP), NULL, "Option that reports a timestamp with each HCI packet."}, 0, 0},
#endif
#ifdef INADDR_ALLHOSTS_GROUP
    {{"INADDR_ALLHOSTS_GROUP", "ip", (long long)(INADDR_ALLHOSTS_GROUP), NULL, "The all-hosts multicast group 224.0.0.1, in host byte order."}, 0, 0},
#else
    {{"INADDR_ALLHOSTS_GROUP", "ip", 3758096385LL, NULL, "The all-hosts multicast group 224.0.0.1, in host byte order."}, 0, 0},
#endif
#ifdef INADDR_ANY
    {{"INADDR_ANY", "ip", (long long)(INADDR_ANY), NULL, "The wildcard address 0.0.0.0, in host byte order."}, 0, 0},
#else
    {{"INADDR_ANY", "ip", 0LL, NULL, "The wildcard address 0.0.0.0, in host byte order."}, 0, 0},
#endif
#ifdef INADDR_BROADCAST
    {{"INADDR_BROADCAST", "ip", (long long)(INADDR_BROADCAST), NULL, "The broadcast address 255.255.255.255, in host byte order."}, 0, 0},
#else
    {{"INADDR_BROADCAST", "ip", 4294967295LL, NULL, "The broadcast address 255.255.255.255, in host byte order."}, 0, 0},
#endif
#ifdef INADDR_LOOPBACK
    {{"INADDR_LOOPBACK", "ip", (long long)(INADDR_LOOPBACK), NULL, "The loopback address 127.0.0.1, in host byte order."}, 0, 0},
#else
    {{"INADDR_LOOPBACK", "ip", 2130706433LL, NULL, "The loopback address 127.0.0.1, in host byte order."}, 0, 0},
#endif
#ifdef INADDR_MAX_LOCAL_GROUP
    {{"INADDR_MAX_LOCAL_GROUP", "ip", (long long)(INADDR_MAX_LOCAL_GROUP), NULL, "The last local multicast group 224.0.0.255, in host byte order."}, 0, 0},
#else
    {{"INADDR_MAX_LOCAL_GROUP", "ip", 3758096639LL, NULL, "The last local multicast group 224.0.0.255, in host byte order."}, 0, 0},
#endif
#ifdef INADDR_NONE
    {{"INADDR_NONE", "ip", (long long)(INADDR_NONE), NULL, "The error value of inet_addr(), 255.255.255.255."}, 0, 0},
#else
    {{"INADDR_NONE", "ip", 4294967295LL, NULL, "The error value of inet_addr(), 255.255.255.255."}, 0, 0},
#endif
#ifdef INADDR_UNSPEC_GROUP
    {{"INADDR_UNSPEC_GROUP", "ip", (long long)(INADDR_UNSPEC_GROUP), NULL, "The multicast base address 224.0.0.0, in host byte order."}, 0, 0},
#else
    {{"INADDR_UNSPEC_GROUP", "ip", 3758096384LL, NULL, "The multicast base address 224.0.0.0, in host byte order."}, 0, 0},
#endif
#ifdef IOCTL_VM_SOCKETS_GET_LOCAL_CID
    {{"IOCTL_VM_SOCKETS_GET_LOCAL_CID", "vsock", (long long)(IOCTL_VM_SOCKETS_GET_LOCAL_CID), NULL, "ioctl request that returns the local context ID."}, 0, 0},
#endif
#ifdef IPPORT_RESERVED
    {{"IPPORT_RESERVED", "ip", (long long)(IPPORT_RESERVED), NULL, "Ports below this one are reserved for privileged processes."}, 0, 0},
#else
    {{"IPPORT_RESERVED", "ip", 1024LL, NULL, "Ports below this one are reserved for privileged processes."}, 0, 0},
#endif
#ifdef IPPORT_USERRESERVED
    {{"IPPORT_USERRESERVED", "ip", (long long)(IPPORT_USERRESERVED), NULL, "Ports at or above this one are for user servers."}, 0, 0},
#else
    {{"IPPORT_USERRESERVED", "ip", 5000LL, NULL, "Ports at or above this one are for user servers."}, 0, 0},
#endif
#ifdef IPPROTO_AH
    {{"IPPROTO_AH", "protocols", (long long)(IPPROTO_AH), NULL, "IPsec Authentication Header."}, 3, 0},
#endif
#ifdef IPPROTO_DSTOPTS
    {{"IPPROTO_DSTOPTS", "protocols", (long long)(IPPROTO_DSTOPTS), NULL, "IPv6 destination options header."}, 3, 0},
#endif
#ifdef IPPROTO_EGP
    {{"IPPROTO_EGP", "protocols", (long long)(IPPROTO_EGP), NULL, "Exterior Gateway Protocol."}, 3, 0},
#endif
#ifdef IPPROTO_ESP
    {{"IPPROTO_ESP", "protocols", (long long)(IPPROTO_ESP), NULL, "IPsec Encapsulating Security Payload."}, 3, 0},
#endif
#ifdef IPPROTO_FRAGMENT
    {{"IPPROTO_FRAGMENT", "protocols", (long long)(IPPROTO_FRAGMENT), NULL, "IPv6 fragmentation header."}, 3, 0},
#endif
#ifdef IPPROTO_GRE
    {{"IPPROTO_GRE", "protocols", (long long)(IPPROTO_GRE), NULL, "Generic Routing Encapsulation."}, 3, 0},
#endif
#ifdef IPPROTO_HOPOPTS
    {{"IPPROTO_HOPOPTS", "protocols", (long long)(IPPROTO_HOPOPTS), NULL, "IPv6 hop-by-hop options header (shares 0 with IPPROTO_IP)."}, 3, 1},
#endif
#ifdef IPPROTO_ICMP
    {{"IPPROTO_ICMP", "protocols", (long long)(IPPROTO_ICMP), NULL, "Internet Control Message Protocol."}, 3, 0},
#else
    {{"IPPROTO_ICMP", "protocols", 1LL, NULL, "Internet Control Message Protocol."}, 3, 0},
#endif
#ifdef IPPROTO_ICMPV6
    {{"IPPROTO_ICMPV6", "protocols", (long long)(IPPROTO_ICMPV6), NULL, "ICMP for IPv6."}, 3, 0},
#endif
#ifdef IPPROTO_IDP
    {{"IPPROTO_IDP", "protocols", (long long)(IPPROTO_IDP), NULL, "XNS Internet Datagram Protocol."}, 3, 0},
#endif
#ifdef IPPROTO_IGMP
    {{"IPPROTO_IGMP", "protocols", (long long)(IPPROTO_IGMP), NULL, "Internet Group Management Protocol."}, 3, 0},
#endif
#ifdef IPPROTO_IP
    {{"IPPROTO_IP", "protocols", (long long)(IPPROTO_IP), NULL, "Dummy protocol for IP; the level of IPv4 options."}, 3, 0},
#else
    {{"IPPROTO_IP", "protocols", 0LL, NULL, "Dummy protocol for IP; the level of IPv4 options."}, 3, 0},
#endif
#ifdef IPPROTO_IPIP
    {{"IPPROTO_IPIP", "protocols", (long long)(IPPROTO_IPIP), NULL, "IPv4 in IPv4 tunnelling."}, 3, 0},
#endif
#ifdef IPPROTO_IPV6
    {{"IPPROTO_IPV6", "protocols", (long long)(IPPROTO_IPV6), NULL, "IPv6 header; the level of IPv6 options."}, 3, 0},
#endif
#ifdef IPPROTO_MPTCP
    {{"IPPROTO_MPTCP", "protocols", (long long)(IPPROTO_MPTCP), NULL, "Multipath TCP."}, 3, 0},
#endif
#ifdef IPPROTO_NONE
    {{"IPPROTO_NONE", "protocols", (long long)(IPPROTO_NONE), NULL, "IPv6 no next header."}, 3, 0},
#endif
#ifdef IPPROTO_PIM
    {{"IPPROTO_PIM", "protocols", (long long)(IPPROTO_PIM), NULL, "Protocol Independent Multicast."}, 3, 0},
#endif
#ifdef IPPROTO_PUP
    {{"IPPROTO_PUP", "protocols", (long long)(IPPROTO_PUP), NULL, "PARC Universal Packet protocol."}, 3, 0},
#endif
#ifdef IPPROTO_RAW
    {{"IPPROTO_RAW", "protocols", (long long)(IPPROTO_RAW), NULL, "Raw IP packets."}, 3, 0},
#else
    {{"IPPROTO_RAW", "protocols", 255LL, NULL, "Raw IP packets."}, 3, 0},
#endif
#ifdef IPPROTO_ROUTING
    {{"IPPROTO_ROUTING", "protocols", (long long)(IPPROTO_ROUTING), NULL, "IPv6 routing header."}, 3, 0},
#endif
#ifdef IPPROTO_RSVP
    {{"IPPROTO_RSVP", "protocols", (long long)(IPPROTO_RSVP), NULL, "Resource Reservation Protocol."}, 3, 0},
#endif
#ifdef IPPROTO_SCTP
    {{"IPPROTO_SCTP", "protocols", (long long)(IPPROTO_SCTP), NULL, "Stream Control Transmission Protocol."}, 3, 0},
#endif
#ifdef IPPROTO_TCP
    {{"IPPROTO_TCP", "protocols", (long long)(IPPROTO_TCP), NULL, "Transmission Control Protocol."}, 3, 0},
#else
    {{"IPPROTO_TCP", "protocols", 6LL, NULL, "Transmission Control Protocol."}, 3, 0},
#endif
#ifdef IPPROTO_TP
    {{"IPPROTO_TP", "protocols", (long long)(IPPROTO_TP), NULL, "ISO Transport Protocol class 4."}, 3, 0},
#endif
#ifdef IPPROTO_UDP
    {{"IPPROTO_UDP", "protocols", (long long)(IPPROTO_UDP), NULL, "User Datagram Protocol."}, 3, 0},
#else
    {{"IPPROTO_UDP", "protocols", 17LL, NULL, "User Datagram Protocol."}, 3, 0},
#endif
#ifdef IPPROTO_UDPLITE
    {{"IPPROTO_UDPLITE", "protocols", (long long)(IPPROTO_UDPLITE), NULL, "UDP-Lite (RFC 3828)."}, 3, 0},
#endif
#ifdef IPV6_CHECKSUM
    {{"IPV6_CHECKSUM", "ipv6", (long long)(IPV6_CHECKSUM), NULL, "The offset of the checksum in raw IPv6 packets."}, 0, 0},
#endif
#ifdef IPV6_DONTFRAG
    {{"IPV6_DONTFRAG", "ipv6", (long long)(IPV6_DONTFRAG), NULL, "Disables fragmentation of outgoing packets."}, 0, 0},
#endif
#ifdef IPV6_DSTOPTS
    {{"IPV6_DSTOPTS", "ipv6", (long long)(IPV6_DSTOPTS), NULL, "Control message carrying destination options."}, 0, 0},
#endif
#ifdef IPV6_HOPLIMIT
    {{"IPV6_HOPLIMIT", "ipv6", (long long)(IPV6_HOPLIMIT), NULL, "Control message carrying the hop limit."}, 0, 0},
#endif
#ifdef IPV6_HOPOPTS
    {{"IPV6_HOPOPTS", "ipv6", (long long)(IPV6_HOPOPTS), NULL, "Control message carrying hop-by-hop options."}, 0, 0},
#endif
#ifdef IPV6_JOIN_GROUP
    {{"IPV6_JOIN_GROUP", "ipv6", (long long)(IPV6_JOIN_GROUP), NULL, "Joins a multicast group (struct ipv6_mreq)."}, 0, 0},
#endif
#ifdef IPV6_LEAVE_GROUP
    {{"IPV6_LEAVE_GROUP", "ipv6", (long long)(IPV6_LEAVE_GROUP), NULL, "Leaves a multicast group (struct ipv6_mreq)."}, 0, 0},
#endif
#ifdef IPV6_MULTICAST_HOPS
    {{"IPV6_MULTICAST_HOPS", "ipv6", (long long)(IPV6_MULTICAST_HOPS), NULL, "The hop limit of outgoing multicast packets."}, 0, 0},
#endif
#ifdef IPV6_MULTICAST_IF
    {{"IPV6_MULTICAST_IF", "ipv6", (long long)(IPV6_MULTICAST_IF), NULL, "The interface index for outgoing multicast packets."}, 0, 0},
#endif
#ifdef IPV6_MULTICAST_LOOP
    {{"IPV6_MULTICAST_LOOP", "ipv6", (long long)(IPV6_MULTICAST_LOOP), NULL, "Whether multicast packets sent loop back to local sockets."}, 0, 0},
#endif
#ifdef IPV6_NEXTHOP
    {{"IPV6_NEXTHOP", "ipv6", (long long)(IPV6_NEXTHOP), NULL, "Control message giving the next hop address."}, 0, 0},
#endif
#ifdef IPV6_PATHMTU
    {{"IPV6_PATHMTU", "ipv6", (long long)(IPV6_PATHMTU), NULL, "The current path MTU of a connected socket."}, 0, 0},
#endif
#ifdef IPV6_PKTINFO
    {{"IPV6_PKTINFO", "ipv6", (long long)(IPV6_PKTINFO), NULL, "Control message with the packet's interface and address (struct in6_pktinfo)."}, 0, 0},
#endif
#ifdef IPV6_RECVDSTOPTS
    {{"IPV6_RECVDSTOPTS", "ipv6", (long long)(IPV6_RECVDSTOPTS), NULL, "Delivers destination options of incoming packets as control messages."}, 0, 0},
#endif
#ifdef IPV6_RECVHOPLIMIT
    {{"IPV6_RECVHOPLIMIT", "ipv6", (long long)(IPV6_RECVHOPLIMIT), NULL, "Delivers the hop limit of incoming packets as a control message."}, 0, 0},
#endif
#ifdef IPV6_RECVHOPOPTS
    {{"IPV6_RECVHOPOPTS", "ipv6", (long long)(IPV6_RECVHOPOPTS), NULL, "Delivers hop-by-hop options of incoming packets as control messages."}, 0, 0},
#endif
#ifdef IPV6_RECVPATHMTU
    {{"IPV6_RECVPATHMTU", "ipv6", (long long)(IPV6_RECVPATHMTU), NULL, "Delivers path MTU changes as control messages."}, 0, 0},
#endif
#ifdef IPV6_RECVPKTINFO
    {{"IPV6_RECVPKTINFO", "ipv6", (long long)(IPV6_RECVPKTINFO), NULL, "Delivers IPV6_PKTINFO control messages with incoming packets."}, 0, 0},
#endif
#ifdef IPV6_RECVRTHDR
    {{"IPV6_RECVRTHDR", "ipv6", (long long)(IPV6_RECVRTHDR), NULL, "Delivers routing headers of incoming packets as control messages."}, 0, 0},
#endif
#ifdef IPV6_RECVTCLASS
    {{"IPV6_RECVTCLASS", "ipv6", (long long)(IPV6_RECVTCLASS), NULL, "Delivers the traffic class of incoming packets as a control message."}, 0, 0},
#endif
#ifdef IPV6_RTHDR
    {{"IPV6_RTHDR", "ipv6", (long long)(IPV6_RTHDR), NULL, "Control message carrying a routing header."}, 0, 0},
#endif
#ifdef IPV6_RTHDRDSTOPTS
    {{"IPV6_RTHDRDSTOPTS", "ipv6", (long long)(IPV6_RTHDRDSTOPTS), NULL, "Control message carrying destination options before a routing header."}, 0, 0},
#endif
#ifdef IPV6_RTHDR_TYPE_0
    {{"IPV6_RTHDR_TYPE_0", "ipv6", (long long)(IPV6_RTHDR_TYPE_0), NULL, "The type 0 routing header (deprecated by RFC 5095)."}, 0, 0},
#endif
#ifdef IPV6_TCLASS
    {{"IPV6_TCLASS", "ipv6", (long long)(IPV6_TCLASS), NULL, "The traffic class of outgoing packets."}, 0, 0},
#endif
#ifdef IPV6_UNICAST_HOPS
    {{"IPV6_UNICAST_HOPS", "ipv6", (long long)(IPV6_UNICAST_HOPS), NULL, "The hop limit of outgoing unicast packets."}, 0, 0},
#endif
#ifdef IPV6_V6ONLY
    {{"IPV6_V6ONLY", "ipv6", (long long)(IPV6_V6ONLY), NULL, "Restricts the socket to IPv6, without IPv4-mapped addresses."}, 0, 0},
#endif
#ifdef IP_ADD_MEMBERSHIP
    {{"IP_ADD_MEMBERSHIP", "ip", (long long)(IP_ADD_MEMBERSHIP), NULL, "Joins a multicast group (struct ip_mreq)."}, 0, 0},
#endif
#ifdef IP_ADD_SOURCE_MEMBERSHIP
    {{"IP_ADD_SOURCE_MEMBERSHIP", "ip", (long long)(IP_ADD_SOURCE_MEMBERSHIP), NULL, "Joins a source-specific multicast group (struct ip_mreq_source)."}, 0, 0},
#endif
#ifdef IP_BIND_ADDRESS_NO_PORT
    {{"IP_BIND_ADDRESS_NO_PORT", "ip", (long long)(IP_BIND_ADDRESS_NO_PORT), NULL, "Delays choosing the local port of bind() with port 0 until connect()."}, 0, 0},
#endif
#ifdef IP_BLOCK_SOURCE
    {{"IP_BLOCK_SOURCE", "ip", (long long)(IP_BLOCK_SOURCE), NULL, "Stops receiving a joined group's traffic from one source."}, 0, 0},
#endif
#ifdef IP_DEFAULT_MULTICAST_LOOP
    {{"IP_DEFAULT_MULTICAST_LOOP", "ip", (long long)(IP_DEFAULT_MULTICAST_LOOP), NULL, "The default of IP_MULTICAST_LOOP (enabled)."}, 0, 0},
#endif
#ifdef IP_DEFAULT_MULTICAST_TTL
    {{"IP_DEFAULT_MULTICAST_TTL", "ip", (long long)(IP_DEFAULT_MULTICAST_TTL), NULL, "The default multicast time-to-live (1)."}, 0, 0},
#endif
#ifdef IP_DROP_MEMBERSHIP
    {{"IP_DROP_MEMBERSHIP", "ip", (long long)(IP_DROP_MEMBERSHIP), NULL, "Leaves a multicast group (struct ip_mreq)."}, 0, 0},
#endif
#ifdef IP_DROP_SOURCE_MEMBERSHIP
    {{"IP_DROP_SOURCE_MEMBERSHIP", "ip", (long long)(IP_DROP_SOURCE_MEMBERSHIP), NULL, "Leaves a source-specific multicast group."}, 0, 0},
#endif
#ifdef IP_HDRINCL
    {{"IP_HDRINCL", "ip", (long long)(IP_HDRINCL), NULL, "On a raw socket, the application supplies the IP header."}, 0, 0},
#endif
#ifdef IP_MAX_MEMBERSHIPS
    {{"IP_MAX_MEMBERSHIPS", "ip", (long long)(IP_MAX_MEMBERSHIPS), NULL, "The maximum number of multicast groups a socket may join."}, 0, 0},
#endif
#ifdef IP_MULTICAST_IF
    {{"IP_MULTICAST_IF", "ip", (long long)(IP_MULTICAST_IF), NULL, "The local interface for outgoing multicast packets."}, 0, 0},
#endif
#ifdef IP_MULTICAST_LOOP
    {{"IP_MULTICAST_LOOP", "ip", (long long)(IP_MULTICAST_LOOP), NULL, "Whether multicast packets sent loop back to local sockets."}, 0, 0},
#endif
#ifdef IP_MULTICAST_TTL
    {{"IP_MULTICAST_TTL", "ip", (long long)(IP_MULTICAST_TTL), NULL, "The time-to-live of outgoing multicast packets."}, 0, 0},
#endif
#ifdef IP_OPTIONS
    {{"IP_OPTIONS", "ip", (long long)(IP_OPTIONS), NULL, "The IP options sent with every packet."}, 0, 0},
#endif
#ifdef IP_PKTINFO
    {{"IP_PKTINFO", "ip", (long long)(IP_PKTINFO), NULL, "Delivers the arrival interface and address of received datagrams (IP_PKTINFO control messages)."}, 0, 0},
#endif
#ifdef IP_RECVOPTS
    {{"IP_RECVOPTS", "ip", (long long)(IP_RECVOPTS), NULL, "Delivers incoming IP options as control messages."}, 0, 0},
#endif
#ifdef IP_RECVRETOPTS
    {{"IP_RECVRETOPTS", "ip", (long long)(IP_RECVRETOPTS), NULL, "Delivers the IP options of incoming packets, as needed for a reply, as control messages."}, 0, 0},
#endif
#ifdef IP_RECVTOS
    {{"IP_RECVTOS", "ip", (long long)(IP_RECVTOS), NULL, "Delivers the TOS field of incoming packets as a control message."}, 0, 0},
#endif
#ifdef IP_RETOPTS
    {{"IP_RETOPTS", "ip", (long long)(IP_RETOPTS), NULL, "On Linux the same as IP_RECVRETOPTS; on BSD the IP options of outgoing packets."}, 0, 0},
#endif
#ifdef IP_TOS
    {{"IP_TOS", "ip", (long long)(IP_TOS), NULL, "The Type-Of-Service field of outgoing packets."}, 0, 0},
#endif
#ifdef IP_TRANSPARENT
    {{"IP_TRANSPARENT", "ip", (long long)(IP_TRANSPARENT), NULL, "Allows binding and connecting with non-local addresses (transparent proxying)."}, 0, 0},
#endif
#ifdef IP_TTL
    {{"IP_TTL", "ip", (long long)(IP_TTL), NULL, "The time-to-live field of outgoing packets."}, 0, 0},
#endif
#ifdef IP_UNBLOCK_SOURCE
    {{"IP_UNBLOCK_SOURCE", "ip", (long long)(IP_UNBLOCK_SOURCE), NULL, "Receives a blocked source's traffic again."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_J1939_H)
    {{"J1939_EE_INFO_NONE", "j1939", (long long)(J1939_EE_INFO_NONE), NULL, "Extended error information, none."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_J1939_H)
    {{"J1939_EE_INFO_TX_ABORT", "j1939", (long long)(J1939_EE_INFO_TX_ABORT), NULL, "Extended error information, a transfer was aborted."}, 0, 0},
#endif
#ifdef J1939_FILTER_MAX
    {{"J1939_FILTER_MAX", "j1939", (long long)(J1939_FILTER_MAX), NULL, "The maximum number of filters of SO_J1939_FILTER."}, 0, 0},
#endif
#ifdef J1939_IDLE_ADDR
    {{"J1939_IDLE_ADDR", "j1939", (long long)(J1939_IDLE_ADDR), NULL, "The address of a node that has not claimed one (254)."}, 0, 0},
#endif
#ifdef J1939_MAX_UNICAST_ADDR
    {{"J1939_MAX_UNICAST_ADDR", "j1939", (long long)(J1939_MAX_UNICAST_ADDR), NULL, "The highest unicast address (253)."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_J1939_H)
    {{"J1939_NLA_BYTES_ACKED", "j1939", (long long)(J1939_NLA_BYTES_ACKED), NULL, "Attribute with the number of bytes acknowledged."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_J1939_H)
    {{"J1939_NLA_PAD", "j1939", (long long)(J1939_NLA_PAD), NULL, "Padding attribute of error-queue netlink data."}, 0, 0},
#endif
#ifdef J1939_NO_ADDR
    {{"J1939_NO_ADDR", "j1939", (long long)(J1939_NO_ADDR), NULL, "No address; broadcast as a destination (255)."}, 0, 0},
#endif
#ifdef J1939_NO_NAME
    {{"J1939_NO_NAME", "j1939", (long long)(J1939_NO_NAME), NULL, "No 64-bit NAME."}, 0, 0},
#endif
#ifdef J1939_NO_PGN
    {{"J1939_NO_PGN", "j1939", (long long)(J1939_NO_PGN), NULL, "No parameter group number."}, 0, 0},
#endif
#ifdef J1939_PGN_ADDRESS_CLAIMED
    {{"J1939_PGN_ADDRESS_CLAIMED", "j1939", (long long)(J1939_PGN_ADDRESS_CLAIMED), NULL, "The Address Claimed parameter group number."}, 0, 0},
#endif
#ifdef J1939_PGN_ADDRESS_COMMANDED
    {{"J1939_PGN_ADDRESS_COMMANDED", "j1939", (long long)(J1939_PGN_ADDRESS_COMMANDED), NULL, "The Commanded Address parameter group number."}, 0, 0},
#endif
#ifdef J1939_PGN_MAX
    {{"J1939_PGN_MAX", "j1939", (long long)(J1939_PGN_MAX), NULL, "The highest parameter group number."}, 0, 0},
#endif
#ifdef J1939_PGN_PDU1_MAX
    {{"J1939_PGN_PDU1_MAX", "j1939", (long long)(J1939_PGN_PDU1_MAX), NULL, "The highest PDU1 (destination-specific) parameter group number."}, 0, 0},
#endif
#ifdef J1939_PGN_REQUEST
    {{"J1939_PGN_REQUEST", "j1939", (long long)(J1939_PGN_REQUEST), NULL, "The Request parameter group number."}, 0, 0},
#endif
#ifdef MSG_CMSG_CLOEXEC
    {{"MSG_CMSG_CLOEXEC", "messages", (long long)(MSG_CMSG_CLOEXEC), NULL, "Sets close-on-exec on descriptors received with SCM_RIGHTS."}, 0, 0},
#endif
#ifdef MSG_CONFIRM
    {{"MSG_CONFIRM", "messages", (long long)(MSG_CONFIRM), NULL, "Tells the link layer that forward progress happened."}, 0, 0},
#endif
#ifdef MSG_CTRUNC
    {{"MSG_CTRUNC", "messages", (long long)(MSG_CTRUNC), NULL, "Set on return when control data was truncated."}, 0, 0},
#endif
#ifdef MSG_DONTROUTE
    {{"MSG_DONTROUTE", "messages", (long long)(MSG_DONTROUTE), NULL, "Sends only to directly connected hosts."}, 0, 0},
#endif
#ifdef MSG_DONTWAIT
    {{"MSG_DONTWAIT", "messages", (long long)(MSG_DONTWAIT), NULL, "Makes this one call non-blocking."}, 0, 0},
#endif
#ifdef MSG_EOR
    {{"MSG_EOR", "messages", (long long)(MSG_EOR), NULL, "Terminates a record."}, 0, 0},
#endif
#ifdef MSG_ERRQUEUE
    {{"MSG_ERRQUEUE", "messages", (long long)(MSG_ERRQUEUE), NULL, "Receives queued errors from the socket error queue."}, 0, 0},
#endif
#ifdef MSG_FASTOPEN
    {{"MSG_FASTOPEN", "messages", (long long)(MSG_FASTOPEN), NULL, "Sends data in the SYN of a TCP Fast Open connection."}, 0, 0},
#endif
#ifdef MSG_MORE
    {{"MSG_MORE", "messages", (long long)(MSG_MORE), NULL, "More data follows; the kernel may delay sending."}, 0, 0},
#endif
#ifdef MSG_NOSIGNAL
    {{"MSG_NOSIGNAL", "messages", (long long)(MSG_NOSIGNAL), NULL, "Does not raise SIGPIPE when the peer has closed the connection."}, 0, 0},
#endif
#ifdef MSG_OOB
    {{"MSG_OOB", "messages", (long long)(MSG_OOB), NULL, "Sends or receives out-of-band data."}, 0, 0},
#endif
#ifdef MSG_PEEK
    {{"MSG_PEEK", "messages", (long long)(MSG_PEEK), NULL, "Returns data without removing it from the receive queue."}, 0, 0},
#endif
#ifdef MSG_TRUNC
    {{"MSG_TRUNC", "messages", (long long)(MSG_TRUNC), NULL, "Set on return when a datagram was longer than the buffer."}, 0, 0},
#endif
#ifdef MSG_WAITALL
    {{"MSG_WAITALL", "messages", (long long)(MSG_WAITALL), NULL, "Blocks until the full request is satisfied."}, 0, 0},
#endif
#ifdef NETLINK_CRYPTO
    {{"NETLINK_CRYPTO", "netlink", (long long)(NETLINK_CRYPTO), NULL, "Kernel crypto API algorithm configuration."}, 0, 0},
#endif
#ifdef NETLINK_DNRTMSG
    {{"NETLINK_DNRTMSG", "netlink", (long long)(NETLINK_DNRTMSG), NULL, "DECnet routing messages."}, 0, 0},
#endif
#ifdef NETLINK_FIREWALL
    {{"NETLINK_FIREWALL", "netlink", (long long)(NETLINK_FIREWALL), NULL, "IPv4 packets from the old ip_queue netfilter target."}, 0, 0},
#endif
#ifdef NETLINK_IP6_FW
    {{"NETLINK_IP6_FW", "netlink", (long long)(NETLINK_IP6_FW), NULL, "IPv6 packets from the old ip6_queue netfilter target."}, 0, 0},
#endif
#ifdef NETLINK_NFLOG
    {{"NETLINK_NFLOG", "netlink", (long long)(NETLINK_NFLOG), NULL, "Netfilter userspace logging (obsolete ULOG)."}, 0, 0},
#endif
#ifdef NETLINK_ROUTE
    {{"NETLINK_ROUTE", "netlink", (long long)(NETLINK_ROUTE), NULL, "Routing and link updates (rtnetlink(7))."}, 0, 0},
#endif
#ifdef NETLINK_USERSOCK
    {{"NETLINK_USERSOCK", "netlink", (long long)(NETLINK_USERSOCK), NULL, "Reserved for user-mode socket protocols."}, 0, 0},
#endif
#ifdef NETLINK_XFRM
    {{"NETLINK_XFRM", "netlink", (long long)(NETLINK_XFRM), NULL, "IPsec transformation policies and states."}, 0, 0},
#endif
#ifdef NI_DGRAM
    {{"NI_DGRAM", "addrinfo", (long long)(NI_DGRAM), NULL, "Looks the service up as a datagram (UDP) service."}, 0, 0},
#endif
#ifdef NI_IDN
    {{"NI_IDN", "addrinfo", (long long)(NI_IDN), NULL, "Decodes an internationalized host name from its IDNA form (a GNU extension)."}, 0, 0},
#endif
#ifdef NI_MAXHOST
    {{"NI_MAXHOST", "addrinfo", (long long)(NI_MAXHOST), NULL, "A buffer size large enough for any host name getnameinfo() returns."}, 0, 0},
#endif
#ifdef NI_MAXSERV
    {{"NI_MAXSERV", "addrinfo", (long long)(NI_MAXSERV), NULL, "A buffer size large enough for any service name getnameinfo() returns."}, 0, 0},
#endif
#ifdef NI_NAMEREQD
    {{"NI_NAMEREQD", "addrinfo", (long long)(NI_NAMEREQD), NULL, "Fails when the host name cannot be found."}, 0, 0},
#endif
#ifdef NI_NOFQDN
    {{"NI_NOFQDN", "addrinfo", (long long)(NI_NOFQDN), NULL, "Returns only the host name part of local hosts' names."}, 0, 0},
#endif
#ifdef NI_NUMERICHOST
    {{"NI_NUMERICHOST", "addrinfo", (long long)(NI_NUMERICHOST), NULL, "Returns the numeric form of the host address."}, 0, 0},
#endif
#ifdef NI_NUMERICSERV
    {{"NI_NUMERICSERV", "addrinfo", (long long)(NI_NUMERICSERV), NULL, "Returns the numeric form of the port."}, 0, 0},
#endif
#ifdef PACKET_BROADCAST
    {{"PACKET_BROADCAST", "packet", (long long)(PACKET_BROADCAST), NULL, "A physical-layer broadcast packet."}, 0, 0},
#endif
#ifdef PACKET_FASTROUTE
    {{"PACKET_FASTROUTE", "packet", (long long)(PACKET_FASTROUTE), NULL, "A fast-routed frame; the kernel never reports it to user space."}, 0, 0},
#endif
#ifdef PACKET_HOST
    {{"PACKET_HOST", "packet", (long long)(PACKET_HOST), NULL, "A packet addressed to this host."}, 0, 0},
#endif
#ifdef PACKET_LOOPBACK
    {{"PACKET_LOOPBACK", "packet", (long long)(PACKET_LOOPBACK), NULL, "A frame looped back on the loopback device; the kernel never reports it to user space."}, 0, 0},
#endif
#ifdef PACKET_MULTICAST
    {{"PACKET_MULTICAST", "packet", (long long)(PACKET_MULTICAST), NULL, "A packet sent to a physical-layer multicast address."}, 0, 0},
#endif
#ifdef PACKET_OTHERHOST
    {{"PACKET_OTHERHOST", "packet", (long long)(PACKET_OTHERHOST), NULL, "A packet to another host, caught in promiscuous mode."}, 0, 0},
#endif
#ifdef PACKET_OUTGOING
    {{"PACKET_OUTGOING", "packet", (long long)(PACKET_OUTGOING), NULL, "A packet sent by this host, looped back to a packet socket."}, 0, 0},
#endif
#ifdef PF_CAN
    {{"PF_CAN", "protocol_families", (long long)(PF_CAN), NULL, "Protocol family of AF_CAN; same value."}, 0, 0},
#endif
#ifdef PF_PACKET
    {{"PF_PACKET", "protocol_families", (long long)(PF_PACKET), NULL, "Protocol family of AF_PACKET; same value."}, 0, 0},
#endif
#ifdef PF_RDS
    {{"PF_RDS", "protocol_families", (long long)(PF_RDS), NULL, "Protocol family of AF_RDS; same value."}, 0, 0},
#endif
#ifdef SCM_CREDENTIALS
    {{"SCM_CREDENTIALS", "messages", (long long)(SCM_CREDENTIALS), NULL, "Control message that passes process credentials (struct ucred)."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_J1939_H)
    {{"SCM_J1939_DEST_ADDR", "j1939", (long long)(SCM_J1939_DEST_ADDR), NULL, "Control message with the destination address."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_J1939_H)
    {{"SCM_J1939_DEST_NAME", "j1939", (long long)(SCM_J1939_DEST_NAME), NULL, "Control message with the destination NAME."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_J1939_H)
    {{"SCM_J1939_ERRQUEUE", "j1939", (long long)(SCM_J1939_ERRQUEUE), NULL, "Control message from the error queue."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_J1939_H)
    {{"SCM_J1939_PRIO", "j1939", (long long)(SCM_J1939_PRIO), NULL, "Control message with the packet priority."}, 0, 0},
#endif
#ifdef SCM_RIGHTS
    {{"SCM_RIGHTS", "messages", (long long)(SCM_RIGHTS), NULL, "Control message that passes file descriptors."}, 0, 0},
#endif
#ifdef SHUT_RD
    {{"SHUT_RD", "messages", (long long)(SHUT_RD), NULL, "shutdown() direction that disallows further receives."}, 0, 0},
#else
    {{"SHUT_RD", "messages", 0LL, NULL, "shutdown() direction that disallows further receives."}, 0, 0},
#endif
#ifdef SHUT_RDWR
    {{"SHUT_RDWR", "messages", (long long)(SHUT_RDWR), NULL, "shutdown() direction that disallows further sends and receives."}, 0, 0},
#else
    {{"SHUT_RDWR", "messages", 2LL, NULL, "shutdown() direction that disallows further sends and receives."}, 0, 0},
#endif
#ifdef SHUT_WR
    {{"SHUT_WR", "messages", (long long)(SHUT_WR), NULL, "shutdown() direction that disallows further sends."}, 0, 0},
#else
    {{"SHUT_WR", "messages", 1LL, NULL, "shutdown() direction that disallows further sends."}, 0, 0},
#endif
#ifdef SOCK_CLOEXEC
    {{"SOCK_CLOEXEC", "socket_types", (long long)(SOCK_CLOEXEC), NULL, "Flag or-ed into the type to set close-on-exec on the new descriptor atomically."}, 2, 0},
#endif
#ifdef SOCK_DGRAM
    {{"SOCK_DGRAM", "socket_types", (long long)(SOCK_DGRAM), NULL, "Connectionless, unreliable messages of a fixed maximum length."}, 2, 0},
#endif
#ifdef SOCK_NONBLOCK
    {{"SOCK_NONBLOCK", "socket_types", (long long)(SOCK_NONBLOCK), NULL, "Flag or-ed into the type to make the new socket non-blocking atomically."}, 2, 0},
#endif
#ifdef SOCK_RAW
    {{"SOCK_RAW", "socket_types", (long long)(SOCK_RAW), NULL, "Raw network protocol access."}, 2, 0},
#endif
#ifdef SOCK_RDM
    {{"SOCK_RDM", "socket_types", (long long)(SOCK_RDM), NULL, "Reliable datagrams without ordering guarantees."}, 2, 0},
#endif
#ifdef SOCK_SEQPACKET
    {{"SOCK_SEQPACKET", "socket_types", (long long)(SOCK_SEQPACKET), NULL, "Sequenced, reliable, connection-based datagrams of fixed maximum length."}, 2, 0},
#endif
#ifdef SOCK_STREAM
    {{"SOCK_STREAM", "socket_types", (long long)(SOCK_STREAM), NULL, "Sequenced, reliable, two-way, connection-based byte streams."}, 2, 0},
#endif
#ifdef SOL_ALG
    {{"SOL_ALG", "alg", (long long)(SOL_ALG), NULL, "The level of AF_ALG socket options."}, 0, 0},
#endif
#ifdef SOL_CAN_BASE
    {{"SOL_CAN_BASE", "can", (long long)(SOL_CAN_BASE), NULL, "The base of CAN option levels; a protocol's level is SOL_CAN_BASE plus its number."}, 0, 0},
#endif
#ifdef SOL_CAN_RAW
    {{"SOL_CAN_RAW", "can", (long long)(SOL_CAN_RAW), NULL, "The level of raw CAN socket options."}, 0, 0},
#endif
#ifdef SOL_HCI
    {{"SOL_HCI", "bluetooth", (long long)(SOL_HCI), NULL, "The level of HCI socket options."}, 0, 0},
#endif
#ifdef SOL_IP
    {{"SOL_IP", "ip", (long long)(SOL_IP), NULL, "The level of IPv4 options; the same as IPPROTO_IP."}, 0, 0},
#else
    {{"SOL_IP", "ip", 0LL, NULL, "The level of IPv4 options; the same as IPPROTO_IP."}, 0, 0},
#endif
#ifdef SOL_RDS
    {{"SOL_RDS", "rds", (long long)(SOL_RDS), NULL, "The level of RDS socket options."}, 0, 0},
#endif
#ifdef SOL_SOCKET
    {{"SOL_SOCKET", "socket_options", (long long)(SOL_SOCKET), NULL, "The level of socket-level options."}, 0, 0},
#endif
#ifdef SOL_TCP
    {{"SOL_TCP", "ip", (long long)(SOL_TCP), NULL, "The level of TCP options; the same as IPPROTO_TCP."}, 0, 0},
#else
    {{"SOL_TCP", "ip", 6LL, NULL, "The level of TCP options; the same as IPPROTO_TCP."}, 0, 0},
#endif
#ifdef SOL_TIPC
    {{"SOL_TIPC", "tipc", (long long)(SOL_TIPC), NULL, "The level of TIPC socket options."}, 0, 0},
#endif
#ifdef SOL_UDP
    {{"SOL_UDP", "ip", (long long)(SOL_UDP), NULL, "The level of UDP options; the same as IPPROTO_UDP."}, 0, 0},
#else
    {{"SOL_UDP", "ip", 17LL, NULL, "The level of UDP options; the same as IPPROTO_UDP."}, 0, 0},
#endif
#ifdef SOMAXCONN
    {{"SOMAXCONN", "socket_options", (long long)(SOMAXCONN), NULL, "The largest listen() backlog the system headers advertise."}, 0, 0},
#else
    {{"SOMAXCONN", "socket_options", 5LL, NULL, "The largest listen() backlog the system headers advertise."}, 0, 0},
#endif
#ifdef SO_ACCEPTCONN
    {{"SO_ACCEPTCONN", "socket_options", (long long)(SO_ACCEPTCONN), NULL, "Read-only; whether the socket is listening for connections."}, 0, 0},
#endif
#ifdef SO_BINDTODEVICE
    {{"SO_BINDTODEVICE", "socket_options", (long long)(SO_BINDTODEVICE), NULL, "Binds the socket to a network interface by name."}, 0, 0},
#endif
#ifdef SO_BINDTOIFINDEX
    {{"SO_BINDTOIFINDEX", "socket_options", (long long)(SO_BINDTOIFINDEX), NULL, "Binds the socket to a network interface by index."}, 0, 0},
#endif
#ifdef SO_BROADCAST
    {{"SO_BROADCAST", "socket_options", (long long)(SO_BROADCAST), NULL, "Allows datagram sockets to send to broadcast addresses."}, 0, 0},
#endif
#ifdef SO_DEBUG
    {{"SO_DEBUG", "socket_options", (long long)(SO_DEBUG), NULL, "Enables socket debugging."}, 0, 0},
#endif
#ifdef SO_DOMAIN
    {{"SO_DOMAIN", "socket_options", (long long)(SO_DOMAIN), NULL, "Read-only; the socket's address family."}, 0, 0},
#endif
#ifdef SO_DONTROUTE
    {{"SO_DONTROUTE", "socket_options", (long long)(SO_DONTROUTE), NULL, "Sends only to directly connected hosts, bypassing routing."}, 0, 0},
#endif
#ifdef SO_ERROR
    {{"SO_ERROR", "socket_options", (long long)(SO_ERROR), NULL, "Read-only; returns and clears the pending socket error."}, 0, 0},
#endif
#ifdef SO_INCOMING_CPU
    {{"SO_INCOMING_CPU", "socket_options", (long long)(SO_INCOMING_CPU), NULL, "The CPU that processes the socket's incoming packets."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_J1939_H)
    {{"SO_J1939_ERRQUEUE", "j1939", (long long)(SO_J1939_ERRQUEUE), NULL, "Enables the error queue of transfer status messages."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_J1939_H)
    {{"SO_J1939_FILTER", "j1939", (long long)(SO_J1939_FILTER), NULL, "Sets the receive filters (struct j1939_filter array)."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_J1939_H)
    {{"SO_J1939_PROMISC", "j1939", (long long)(SO_J1939_PROMISC), NULL, "Receives all packets, not only those addressed to the socket."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_CAN_J1939_H)
    {{"SO_J1939_SEND_PRIO", "j1939", (long long)(SO_J1939_SEND_PRIO), NULL, "The priority of sent packets."}, 0, 0},
#endif
#ifdef SO_KEEPALIVE
    {{"SO_KEEPALIVE", "socket_options", (long long)(SO_KEEPALIVE), NULL, "Enables keep-alive messages on connection-oriented sockets."}, 0, 0},
#endif
#ifdef SO_LINGER
    {{"SO_LINGER", "socket_options", (long long)(SO_LINGER), NULL, "Sets how close() waits for unsent data (struct linger)."}, 0, 0},
#endif
#ifdef SO_MARK
    {{"SO_MARK", "socket_options", (long long)(SO_MARK), NULL, "The mark used for mark-based routing of the socket's packets."}, 0, 0},
#endif
#ifdef SO_OOBINLINE
    {{"SO_OOBINLINE", "socket_options", (long long)(SO_OOBINLINE), NULL, "Places out-of-band data in the normal data stream."}, 0, 0},
#endif
#ifdef SO_PASSCRED
    {{"SO_PASSCRED", "socket_options", (long long)(SO_PASSCRED), NULL, "Enables receiving SCM_CREDENTIALS control messages."}, 0, 0},
#endif
#ifdef SO_PASSSEC
    {{"SO_PASSSEC", "socket_options", (long long)(SO_PASSSEC), NULL, "Enables receiving the peer's security context as a control message."}, 0, 0},
#endif
#ifdef SO_PEERCRED
    {{"SO_PEERCRED", "socket_options", (long long)(SO_PEERCRED), NULL, "Read-only; the credentials of the peer process (struct ucred)."}, 0, 0},
#endif
#ifdef SO_PEERSEC
    {{"SO_PEERSEC", "socket_options", (long long)(SO_PEERSEC), NULL, "Read-only; the security context of the peer socket."}, 0, 0},
#endif
#ifdef SO_PRIORITY
    {{"SO_PRIORITY", "socket_options", (long long)(SO_PRIORITY), NULL, "The protocol-defined priority of packets sent on the socket."}, 0, 0},
#endif
#ifdef SO_PROTOCOL
    {{"SO_PROTOCOL", "socket_options", (long long)(SO_PROTOCOL), NULL, "Read-only; the socket's protocol."}, 0, 0},
#endif
#ifdef SO_RCVBUF
    {{"SO_RCVBUF", "socket_options", (long long)(SO_RCVBUF), NULL, "The receive buffer size in bytes."}, 0, 0},
#endif
#ifdef SO_RCVLOWAT
    {{"SO_RCVLOWAT", "socket_options", (long long)(SO_RCVLOWAT), NULL, "The minimum number of bytes for a receive to return."}, 0, 0},
#endif
#ifdef SO_RCVTIMEO
    {{"SO_RCVTIMEO", "socket_options", (long long)(SO_RCVTIMEO), NULL, "The receive timeout (struct timeval)."}, 0, 0},
#endif
#ifdef SO_REUSEADDR
    {{"SO_REUSEADDR", "socket_options", (long long)(SO_REUSEADDR), NULL, "Allows bind() to reuse a local address still in TIME_WAIT."}, 0, 0},
#endif
#ifdef SO_REUSEPORT
    {{"SO_REUSEPORT", "socket_options", (long long)(SO_REUSEPORT), NULL, "Allows several sockets to bind the same address and port."}, 0, 0},
#endif
#ifdef SO_SNDBUF
    {{"SO_SNDBUF", "socket_options", (long long)(SO_SNDBUF), NULL, "The send buffer size in bytes."}, 0, 0},
#endif
#ifdef SO_SNDLOWAT
    {{"SO_SNDLOWAT", "socket_options", (long long)(SO_SNDLOWAT), NULL, "The minimum number of bytes for a send to proceed."}, 0, 0},
#endif
#ifdef SO_SNDTIMEO
    {{"SO_SNDTIMEO", "socket_options", (long long)(SO_SNDTIMEO), NULL, "The send timeout (struct timeval)."}, 0, 0},
#endif
#ifdef SO_TYPE
    {{"SO_TYPE", "socket_options", (long long)(SO_TYPE), NULL, "Read-only; the socket type, such as SOCK_STREAM."}, 0, 0},
#endif
#ifdef SO_VM_SOCKETS_BUFFER_MAX_SIZE
    {{"SO_VM_SOCKETS_BUFFER_MAX_SIZE", "vsock", (long long)(SO_VM_SOCKETS_BUFFER_MAX_SIZE), NULL, "The maximum buffer size of a stream socket."}, 0, 0},
#endif
#ifdef SO_VM_SOCKETS_BUFFER_MIN_SIZE
    {{"SO_VM_SOCKETS_BUFFER_MIN_SIZE", "vsock", (long long)(SO_VM_SOCKETS_BUFFER_MIN_SIZE), NULL, "The minimum buffer size of a stream socket."}, 0, 0},
#endif
#ifdef SO_VM_SOCKETS_BUFFER_SIZE
    {{"SO_VM_SOCKETS_BUFFER_SIZE", "vsock", (long long)(SO_VM_SOCKETS_BUFFER_SIZE), NULL, "The buffer size of a stream socket (level AF_VSOCK)."}, 0, 0},
#endif
#ifdef TCP_CC_INFO
    {{"TCP_CC_INFO", "tcp", (long long)(TCP_CC_INFO), NULL, "Read-only; the congestion control algorithm's own information."}, 0, 0},
#endif
#ifdef TCP_CONGESTION
    {{"TCP_CONGESTION", "tcp", (long long)(TCP_CONGESTION), NULL, "The congestion control algorithm, by name."}, 0, 0},
#endif
#ifdef TCP_CORK
    {{"TCP_CORK", "tcp", (long long)(TCP_CORK), NULL, "Holds back partial frames until uncorked or 200 ms pass."}, 0, 0},
#endif
#ifdef TCP_DEFER_ACCEPT
    {{"TCP_DEFER_ACCEPT", "tcp", (long long)(TCP_DEFER_ACCEPT), NULL, "Wakes a listener only when data has arrived on a new connection."}, 0, 0},
#endif
#ifdef TCP_FASTOPEN
    {{"TCP_FASTOPEN", "tcp", (long long)(TCP_FASTOPEN), NULL, "Enables TCP Fast Open on a listening socket."}, 0, 0},
#endif
#ifdef TCP_FASTOPEN_CONNECT
    {{"TCP_FASTOPEN_CONNECT", "tcp", (long long)(TCP_FASTOPEN_CONNECT), NULL, "Sends data in the SYN of a connect() that follows (client-side Fast Open)."}, 0, 0},
#endif
#ifdef TCP_FASTOPEN_KEY
    {{"TCP_FASTOPEN_KEY", "tcp", (long long)(TCP_FASTOPEN_KEY), NULL, "The listener's Fast Open cookie key."}, 0, 0},
#endif
#ifdef TCP_FASTOPEN_NO_COOKIE
    {{"TCP_FASTOPEN_NO_COOKIE", "tcp", (long long)(TCP_FASTOPEN_NO_COOKIE), NULL, "Sends Fast Open data without a cookie."}, 0, 0},
#endif
#ifdef TCP_INFO
    {{"TCP_INFO", "tcp", (long long)(TCP_INFO), NULL, "Read-only; connection information (struct tcp_info)."}, 0, 0},
#endif
#ifdef TCP_INQ
    {{"TCP_INQ", "tcp", (long long)(TCP_INQ), NULL, "Reports the unread byte count in a TCP_CM_INQ control message on each receive."}, 0, 0},
#endif
#ifdef TCP_KEEPCNT
    {{"TCP_KEEPCNT", "tcp", (long long)(TCP_KEEPCNT), NULL, "Keep-alive probes sent before the connection is dropped."}, 0, 0},
#endif
#ifdef TCP_KEEPIDLE
    {{"TCP_KEEPIDLE", "tcp", (long long)(TCP_KEEPIDLE), NULL, "Idle seconds before keep-alive probes start."}, 0, 0},
#endif
#ifdef TCP_KEEPINTVL
    {{"TCP_KEEPINTVL", "tcp", (long long)(TCP_KEEPINTVL), NULL, "Seconds between keep-alive probes."}, 0, 0},
#endif
#ifdef TCP_LINGER2
    {{"TCP_LINGER2", "tcp", (long long)(TCP_LINGER2), NULL, "The lifetime of orphaned FIN_WAIT2 sockets."}, 0, 0},
#endif
#ifdef TCP_MAXSEG
    {{"TCP_MAXSEG", "tcp", (long long)(TCP_MAXSEG), NULL, "The maximum segment size for outgoing TCP packets."}, 0, 0},
#endif
#ifdef TCP_MD5SIG
    {{"TCP_MD5SIG", "tcp", (long long)(TCP_MD5SIG), NULL, "Sets a TCP MD5 signature key (RFC 2385) for a peer."}, 0, 0},
#endif
#ifdef TCP_MD5SIG_EXT
    {{"TCP_MD5SIG_EXT", "tcp", (long long)(TCP_MD5SIG_EXT), NULL, "TCP_MD5SIG with a prefix length or interface."}, 0, 0},
#endif
#ifdef TCP_NODELAY
    {{"TCP_NODELAY", "tcp", (long long)(TCP_NODELAY), NULL, "Disables the Nagle algorithm; segments are sent as soon as possible."}, 0, 0},
#endif
#ifdef TCP_NOTSENT_LOWAT
    {{"TCP_NOTSENT_LOWAT", "tcp", (long long)(TCP_NOTSENT_LOWAT), NULL, "The limit of unsent bytes in the send queue before the socket is writable."}, 0, 0},
#endif
#ifdef TCP_QUEUE_SEQ
    {{"TCP_QUEUE_SEQ", "tcp", (long long)(TCP_QUEUE_SEQ), NULL, "The sequence number of the queue TCP_REPAIR_QUEUE selected."}, 0, 0},
#endif
#ifdef TCP_QUICKACK
    {{"TCP_QUICKACK", "tcp", (long long)(TCP_QUICKACK), NULL, "Enables quick acknowledgement mode."}, 0, 0},
#endif
#ifdef TCP_REPAIR
    {{"TCP_REPAIR", "tcp", (long long)(TCP_REPAIR), NULL, "Puts the socket in repair mode (checkpoint and restore; needs CAP_NET_ADMIN)."}, 0, 0},
#endif
#ifdef TCP_REPAIR_OPTIONS
    {{"TCP_REPAIR_OPTIONS", "tcp", (long long)(TCP_REPAIR_OPTIONS), NULL, "Sets the negotiated TCP options of a socket in repair mode."}, 0, 0},
#endif
#ifdef TCP_REPAIR_QUEUE
    {{"TCP_REPAIR_QUEUE", "tcp", (long long)(TCP_REPAIR_QUEUE), NULL, "Selects the send or receive queue in repair mode."}, 0, 0},
#endif
#ifdef TCP_REPAIR_WINDOW
    {{"TCP_REPAIR_WINDOW", "tcp", (long long)(TCP_REPAIR_WINDOW), NULL, "The window state of a socket in repair mode."}, 0, 0},
#endif
#ifdef TCP_SAVED_SYN
    {{"TCP_SAVED_SYN", "tcp", (long long)(TCP_SAVED_SYN), NULL, "Read-only; the SYN headers TCP_SAVE_SYN kept."}, 0, 0},
#endif
#ifdef TCP_SAVE_SYN
    {{"TCP_SAVE_SYN", "tcp", (long long)(TCP_SAVE_SYN), NULL, "Keeps the headers of the SYN that opened the connection."}, 0, 0},
#endif
#ifdef TCP_SYNCNT
    {{"TCP_SYNCNT", "tcp", (long long)(TCP_SYNCNT), NULL, "SYN retransmits before a connect attempt is aborted."}, 0, 0},
#endif
#ifdef TCP_THIN_DUPACK
    {{"TCP_THIN_DUPACK", "tcp", (long long)(TCP_THIN_DUPACK), NULL, "Obsolete: fast retransmit after one duplicate ACK on thin streams."}, 0, 0},
#endif
#ifdef TCP_THIN_LINEAR_TIMEOUTS
    {{"TCP_THIN_LINEAR_TIMEOUTS", "tcp", (long long)(TCP_THIN_LINEAR_TIMEOUTS), NULL, "Linear retransmission timeouts for thin streams."}, 0, 0},
#endif
#ifdef TCP_TIMESTAMP
    {{"TCP_TIMESTAMP", "tcp", (long long)(TCP_TIMESTAMP), NULL, "The connection's TCP timestamp offset (used by TCP_REPAIR)."}, 0, 0},
#endif
#ifdef TCP_TX_DELAY
    {{"TCP_TX_DELAY", "tcp", (long long)(TCP_TX_DELAY), NULL, "Delays each sent packet by this many microseconds (testing)."}, 0, 0},
#endif
#ifdef TCP_ULP
    {{"TCP_ULP", "tcp", (long long)(TCP_ULP), NULL, "Attaches an upper-layer protocol (\"tls\") to the socket."}, 0, 0},
#endif
#ifdef TCP_USER_TIMEOUT
    {{"TCP_USER_TIMEOUT", "tcp", (long long)(TCP_USER_TIMEOUT), NULL, "Milliseconds transmitted data may stay unacknowledged before the connection is closed."}, 0, 0},
#endif
#ifdef TCP_WINDOW_CLAMP
    {{"TCP_WINDOW_CLAMP", "tcp", (long long)(TCP_WINDOW_CLAMP), NULL, "Bounds the size of the advertised window."}, 0, 0},
#endif
#ifdef TCP_ZEROCOPY_RECEIVE
    {{"TCP_ZEROCOPY_RECEIVE", "tcp", (long long)(TCP_ZEROCOPY_RECEIVE), NULL, "Maps received data into user memory (zero-copy receive)."}, 0, 0},
#endif
#ifdef TIPC_ADDR_ID
    {{"TIPC_ADDR_ID", "tipc", (long long)(TIPC_ADDR_ID), NULL, "Address type of a socket identifier (struct tipc_portid)."}, 0, 0},
#endif
#ifdef TIPC_ADDR_NAME
    {{"TIPC_ADDR_NAME", "tipc", (long long)(TIPC_ADDR_NAME), NULL, "Address type of a service name (struct tipc_name)."}, 0, 0},
#endif
#ifdef TIPC_ADDR_NAMESEQ
    {{"TIPC_ADDR_NAMESEQ", "tipc", (long long)(TIPC_ADDR_NAMESEQ), NULL, "Address type of a service range (struct tipc_name_seq)."}, 0, 0},
#endif
#ifdef TIPC_CFG_SRV
    {{"TIPC_CFG_SRV", "tipc", (long long)(TIPC_CFG_SRV), NULL, "Service type of the configuration server."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_TIPC_H)
    {{"TIPC_CLUSTER_SCOPE", "tipc", (long long)(TIPC_CLUSTER_SCOPE), NULL, "Cluster-wide lookup and publication scope."}, 0, 0},
#endif
#ifdef TIPC_CONN_TIMEOUT
    {{"TIPC_CONN_TIMEOUT", "tipc", (long long)(TIPC_CONN_TIMEOUT), NULL, "Option for the connect timeout in milliseconds."}, 0, 0},
#endif
#ifdef TIPC_CRITICAL_IMPORTANCE
    {{"TIPC_CRITICAL_IMPORTANCE", "tipc", (long long)(TIPC_CRITICAL_IMPORTANCE), NULL, "Highest message importance."}, 0, 0},
#endif
#ifdef TIPC_DEST_DROPPABLE
    {{"TIPC_DEST_DROPPABLE", "tipc", (long long)(TIPC_DEST_DROPPABLE), NULL, "Option that drops undeliverable messages instead of returning them."}, 0, 0},
#endif
#ifdef TIPC_HIGH_IMPORTANCE
    {{"TIPC_HIGH_IMPORTANCE", "tipc", (long long)(TIPC_HIGH_IMPORTANCE), NULL, "High message importance."}, 0, 0},
#endif
#ifdef TIPC_IMPORTANCE
    {{"TIPC_IMPORTANCE", "tipc", (long long)(TIPC_IMPORTANCE), NULL, "Option for the importance of sent messages."}, 0, 0},
#endif
#ifdef TIPC_LOW_IMPORTANCE
    {{"TIPC_LOW_IMPORTANCE", "tipc", (long long)(TIPC_LOW_IMPORTANCE), NULL, "Lowest message importance (the default)."}, 0, 0},
#endif
#ifdef TIPC_MEDIUM_IMPORTANCE
    {{"TIPC_MEDIUM_IMPORTANCE", "tipc", (long long)(TIPC_MEDIUM_IMPORTANCE), NULL, "Medium message importance."}, 0, 0},
#endif
#if defined(CSOCK__HDR_LINUX_TIPC_H)
    {{"TIPC_NODE_SCOPE", "tipc", (long long)(TIPC_NODE_SCOPE), NULL, "Node-local lookup and publication scope."}, 0, 0},
#endif
#ifdef TIPC_PUBLISHED
    {{"TIPC_PUBLISHED", "tipc", (long long)(TIPC_PUBLISHED), NULL, "Topology event of a publication."}, 0, 0},
#endif
#ifdef TIPC_SRC_DROPPABLE
    {{"TIPC_SRC_DROPPABLE", "tipc", (long long)(TIPC_SRC_DROPPABLE), NULL, "Option that lets messages be dropped on congestion."}, 0, 0},
#endif
#ifdef TIPC_SUBSCR_TIMEOUT
    {{"TIPC_SUBSCR_TIMEOUT", "tipc", (long long)(TIPC_SUBSCR_TIMEOUT), NULL, "Topology event of a subscription timeout."}, 0, 0},
#endif
#ifdef TIPC_SUB_CANCEL
    {{"TIPC_SUB_CANCEL", "tipc", (long long)(TIPC_SUB_CANCEL), NULL, "Subscription filter that cancels a subscription."}, 0, 0},
#endif
#ifdef TIPC_SUB_PORTS
    {{"TIPC_SUB_PORTS", "tipc", (long long)(TIPC_SUB_PORTS), NULL, "Subscription filter reporting every matching publication."}, 0, 0},
#endif
#ifdef TIPC_SUB_SERVICE
    {{"TIPC_SUB_SERVICE", "tipc", (long long)(TIPC_SUB_SERVICE), NULL, "Subscription filter reporting the first up and last down event."}, 0, 0},
#endif
#ifdef TIPC_TOP_SRV
    {{"TIPC_TOP_SRV", "tipc", (long long)(TIPC_TOP_SRV), NULL, "Service type of the topology server."}, 0, 0},
#endif
#ifdef TIPC_WAIT_FOREVER
    {{"TIPC_WAIT_FOREVER", "tipc", (long long)(TIPC_WAIT_FOREVER), NULL, "Subscription timeout that never expires."}, 0, 0},
#endif
#ifdef TIPC_WITHDRAWN
    {{"TIPC_WITHDRAWN", "tipc", (long long)(TIPC_WITHDRAWN), NULL, "Topology event of a withdrawal."}, 0, 0},
#endif
#ifdef TIPC_ZONE_SCOPE
    {{"TIPC_ZONE_SCOPE", "tipc", (long long)(TIPC_ZONE_SCOPE), NULL, "Zone lookup and publication scope (legacy)."}, 0, 0},
#endif
#ifdef UDPLITE_RECV_CSCOV
    {{"UDPLITE_RECV_CSCOV", "tcp", (long long)(UDPLITE_RECV_CSCOV), NULL, "Minimum UDP-Lite checksum coverage accepted on receipt."}, 0, 0},
#else
    {{"UDPLITE_RECV_CSCOV", "tcp", 11LL, NULL, "Minimum UDP-Lite checksum coverage accepted on receipt."}, 0, 0},
#endif
#ifdef UDPLITE_SEND_CSCOV
    {{"UDPLITE_SEND_CSCOV", "tcp", (long long)(UDPLITE_SEND_CSCOV), NULL, "UDP-Lite checksum coverage of sent packets (level IPPROTO_UDPLITE)."}, 0, 0},
#else
    {{"UDPLITE_SEND_CSCOV", "tcp", 10LL, NULL, "UDP-Lite checksum coverage of sent packets (level IPPROTO_UDPLITE)."}, 0, 0},
#endif
#ifdef VMADDR_CID_ANY
    {{"VMADDR_CID_ANY", "vsock", (long long)(VMADDR_CID_ANY), NULL, "The wildcard context ID for bind()."}, 0, 0},
#endif
#ifdef VMADDR_CID_HOST
    {{"VMADDR_CID_HOST", "vsock", (long long)(VMADDR_CID_HOST), NULL, "The context ID of the host."}, 0, 0},
#endif
#ifdef VMADDR_PORT_ANY
    {{"VMADDR_PORT_ANY", "vsock", (long long)(VMADDR_PORT_ANY), NULL, "The wildcard port for bind()."}, 0, 0},
#endif
#ifdef VM_SOCKETS_INVALID_VERSION
    {{"VM_SOCKETS_INVALID_VERSION", "vsock", (long long)(VM_SOCKETS_INVALID_VERSION), NULL, "The invalid version returned when the version cannot be known."}, 0, 0},
#endif
    {{NULL, NULL, 0, NULL, NULL}, 0, 0}
};
const size_t csock__constants_len =
    sizeof csock__constants / sizeof csock__constants[0] - 1;

#else
typedef int csock__constants_linux_not_this_platform;
#endif
