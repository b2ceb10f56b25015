/* Generated from spec/constants/addrinfo.yaml, spec/constants/alg.yaml, spec/constants/bluetooth.yaml, spec/constants/can.yaml, spec/constants/can_bcm.yaml, spec/constants/darwin.yaml, spec/constants/families.yaml, spec/constants/ip.yaml, spec/constants/ipv6.yaml, spec/constants/j1939.yaml, spec/constants/local.yaml, spec/constants/messages.yaml, spec/constants/netlink.yaml, spec/constants/packet.yaml, spec/constants/protocol_families.yaml, spec/constants/protocols.yaml, spec/constants/rds.yaml, spec/constants/socket_options.yaml, spec/constants/socket_types.yaml, spec/constants/tcp.yaml, spec/constants/tipc.yaml, spec/constants/vsock.yaml, spec/constants/windows.yaml, spec/platforms.yaml by generator/csockgen with templates/constants_table.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#include "csock_platform.h"
#include "csock/csock_gen.h"
#if CSOCK_GEN_LOCK != 1
#error "generated/src/constants_windows.c does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif
/* The constant table for windows (Windows (Winsock 2).  No runtime yet (runtime/win/ holds its first pieces).):
 * compiled only where _WIN32 is defined, and each row only
 * where this platform's headers define the name. */
#include "constants_internal.h"

#if defined(_WIN32)

#if defined(__has_include)
#if __has_include(<winsock2.h>)
#include <winsock2.h>
#define CSOCK__HDR_WINSOCK2_H 1
#endif
#else
#include <winsock2.h>
#define CSOCK__HDR_WINSOCK2_H 1
#endif
#if defined(__has_include)
#if __has_include(<ws2tcpip.h>)
#include <ws2tcpip.h>
#define CSOCK__HDR_WS2TCPIP_H 1
#endif
#else
#include <ws2tcpip.h>
#define CSOCK__HDR_WS2TCPIP_H 1
#endif
#if defined(__has_include)
#if __has_include(<mstcpip.h>)
#include <mstcpip.h>
#define CSOCK__HDR_MSTCPIP_H 1
#endif
#else
#include <mstcpip.h>
#define CSOCK__HDR_MSTCPIP_H 1
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
#if __has_include(<sys/socket.h>)
#include <sys/socket.h>
#define CSOCK__HDR_SYS_SOCKET_H 1
#endif
#else
#include <sys/socket.h>
#define CSOCK__HDR_SYS_SOCKET_H 1
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

const struct csock__const_entry csock__constants[] = {
#ifdef AF_APPLETALK
    {{"AF_APPLETALK", "families", (long long)(AF_APPLETALK), NULL, "AppleTalk (ddp(7))."}, 1, 0},
#endif
#ifdef AF_DECnet
    {{"AF_DECnet", "families", (long long)(AF_DECnet), NULL, "DECnet."}, 1, 0},
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
#ifdef AF_SNA
    {{"AF_SNA", "families", (long long)(AF_SNA), NULL, "IBM Systems Network Architecture."}, 1, 0},
#endif
#ifdef AF_UNIX
    {{"AF_UNIX", "families", (long long)(AF_UNIX), NULL, "Local communication between processes on the same host (unix(7))."}, 1, 0},
#endif
#ifdef AF_UNSPEC
    {{"AF_UNSPEC", "families", (long long)(AF_UNSPEC), NULL, "Unspecified family; getaddrinfo() returns addresses of any family."}, 1, 0},
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
#ifdef EAI_SERVICE
    {{"EAI_SERVICE", "addrinfo", (long long)(EAI_SERVICE), NULL, "The service is not available for the socket type."}, 0, 0},
#endif
#ifdef EAI_SOCKTYPE
    {{"EAI_SOCKTYPE", "addrinfo", (long long)(EAI_SOCKTYPE), NULL, "The socket type is not supported."}, 0, 0},
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
#ifdef IPPROTO_IPV6
    {{"IPPROTO_IPV6", "protocols", (long long)(IPPROTO_IPV6), NULL, "IPv6 header; the level of IPv6 options."}, 3, 0},
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
#ifdef IPPROTO_SCTP
    {{"IPPROTO_SCTP", "protocols", (long long)(IPPROTO_SCTP), NULL, "Stream Control Transmission Protocol."}, 3, 0},
#endif
#ifdef IPPROTO_TCP
    {{"IPPROTO_TCP", "protocols", (long long)(IPPROTO_TCP), NULL, "Transmission Control Protocol."}, 3, 0},
#else
    {{"IPPROTO_TCP", "protocols", 6LL, NULL, "Transmission Control Protocol."}, 3, 0},
#endif
#ifdef IPPROTO_UDP
    {{"IPPROTO_UDP", "protocols", (long long)(IPPROTO_UDP), NULL, "User Datagram Protocol."}, 3, 0},
#else
    {{"IPPROTO_UDP", "protocols", 17LL, NULL, "User Datagram Protocol."}, 3, 0},
#endif
#ifdef IPV6_CHECKSUM
    {{"IPV6_CHECKSUM", "ipv6", (long long)(IPV6_CHECKSUM), NULL, "The offset of the checksum in raw IPv6 packets."}, 0, 0},
#endif
#ifdef IPV6_DONTFRAG
    {{"IPV6_DONTFRAG", "ipv6", (long long)(IPV6_DONTFRAG), NULL, "Disables fragmentation of outgoing packets."}, 0, 0},
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
#ifdef IPV6_PKTINFO
    {{"IPV6_PKTINFO", "ipv6", (long long)(IPV6_PKTINFO), NULL, "Control message with the packet's interface and address (struct in6_pktinfo)."}, 0, 0},
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
#ifdef IP_DROP_MEMBERSHIP
    {{"IP_DROP_MEMBERSHIP", "ip", (long long)(IP_DROP_MEMBERSHIP), NULL, "Leaves a multicast group (struct ip_mreq)."}, 0, 0},
#endif
#ifdef IP_HDRINCL
    {{"IP_HDRINCL", "ip", (long long)(IP_HDRINCL), NULL, "On a raw socket, the application supplies the IP header."}, 0, 0},
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
#ifdef IP_RECVDSTADDR
    {{"IP_RECVDSTADDR", "ip", (long long)(IP_RECVDSTADDR), NULL, "Delivers the destination address of incoming datagrams as a control message."}, 0, 0},
#endif
#ifdef IP_TOS
    {{"IP_TOS", "ip", (long long)(IP_TOS), NULL, "The Type-Of-Service field of outgoing packets."}, 0, 0},
#endif
#ifdef IP_TTL
    {{"IP_TTL", "ip", (long long)(IP_TTL), NULL, "The time-to-live field of outgoing packets."}, 0, 0},
#endif
#ifdef MSG_BCAST
    {{"MSG_BCAST", "messages", (long long)(MSG_BCAST), NULL, "Set on return when a datagram arrived as link-layer broadcast."}, 0, 0},
#endif
#ifdef MSG_CTRUNC
    {{"MSG_CTRUNC", "messages", (long long)(MSG_CTRUNC), NULL, "Set on return when control data was truncated."}, 0, 0},
#endif
#ifdef MSG_DONTROUTE
    {{"MSG_DONTROUTE", "messages", (long long)(MSG_DONTROUTE), NULL, "Sends only to directly connected hosts."}, 0, 0},
#endif
#ifdef MSG_MCAST
    {{"MSG_MCAST", "messages", (long long)(MSG_MCAST), NULL, "Set on return when a datagram arrived as link-layer multicast."}, 0, 0},
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
#ifdef NI_DGRAM
    {{"NI_DGRAM", "addrinfo", (long long)(NI_DGRAM), NULL, "Looks the service up as a datagram (UDP) service."}, 0, 0},
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
#if defined(CSOCK__HDR_MSTCPIP_H)
    {{"RCVALL_IPLEVEL", "windows", (long long)(RCVALL_IPLEVEL), NULL, "SIO_RCVALL value that receives all packets at the IP level."}, 0, 0},
#endif
#ifdef RCVALL_MAX
    {{"RCVALL_MAX", "windows", (long long)(RCVALL_MAX), NULL, "The largest SIO_RCVALL value (a macro for RCVALL_IPLEVEL in the Windows SDK; MinGW lacks it)."}, 0, 0},
#endif
#if defined(CSOCK__HDR_MSTCPIP_H)
    {{"RCVALL_OFF", "windows", (long long)(RCVALL_OFF), NULL, "SIO_RCVALL value that disables receiving all packets."}, 0, 0},
#endif
#if defined(CSOCK__HDR_MSTCPIP_H)
    {{"RCVALL_ON", "windows", (long long)(RCVALL_ON), NULL, "SIO_RCVALL value that receives all IP packets."}, 0, 0},
#endif
#if defined(CSOCK__HDR_MSTCPIP_H)
    {{"RCVALL_SOCKETLEVELONLY", "windows", (long long)(RCVALL_SOCKETLEVELONLY), NULL, "SIO_RCVALL value that receives only packets for the socket's level."}, 0, 0},
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
#ifdef SIO_KEEPALIVE_VALS
    {{"SIO_KEEPALIVE_VALS", "windows", (long long)(SIO_KEEPALIVE_VALS), NULL, "Control that sets per-socket keep-alive time and interval (struct tcp_keepalive)."}, 0, 0},
#endif
#ifdef SIO_LOOPBACK_FAST_PATH
    {{"SIO_LOOPBACK_FAST_PATH", "windows", (long long)(SIO_LOOPBACK_FAST_PATH), NULL, "Control that enables the TCP loopback fast path."}, 0, 0},
#endif
#ifdef SIO_RCVALL
    {{"SIO_RCVALL", "windows", (long long)(SIO_RCVALL), NULL, "Control that makes a raw socket receive all IP packets on its interface."}, 0, 0},
#endif
#ifdef SOCK_DGRAM
    {{"SOCK_DGRAM", "socket_types", (long long)(SOCK_DGRAM), NULL, "Connectionless, unreliable messages of a fixed maximum length."}, 2, 0},
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
#ifdef SOL_IP
    {{"SOL_IP", "ip", (long long)(SOL_IP), NULL, "The level of IPv4 options; the same as IPPROTO_IP."}, 0, 0},
#else
    {{"SOL_IP", "ip", 0LL, NULL, "The level of IPv4 options; the same as IPPROTO_IP."}, 0, 0},
#endif
#ifdef SOL_SOCKET
    {{"SOL_SOCKET", "socket_options", (long long)(SOL_SOCKET), NULL, "The level of socket-level options."}, 0, 0},
#endif
#ifdef SOL_TCP
    {{"SOL_TCP", "ip", (long long)(SOL_TCP), NULL, "The level of TCP options; the same as IPPROTO_TCP."}, 0, 0},
#else
    {{"SOL_TCP", "ip", 6LL, NULL, "The level of TCP options; the same as IPPROTO_TCP."}, 0, 0},
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
#ifdef SO_BROADCAST
    {{"SO_BROADCAST", "socket_options", (long long)(SO_BROADCAST), NULL, "Allows datagram sockets to send to broadcast addresses."}, 0, 0},
#endif
#ifdef SO_DEBUG
    {{"SO_DEBUG", "socket_options", (long long)(SO_DEBUG), NULL, "Enables socket debugging."}, 0, 0},
#endif
#ifdef SO_DONTROUTE
    {{"SO_DONTROUTE", "socket_options", (long long)(SO_DONTROUTE), NULL, "Sends only to directly connected hosts, bypassing routing."}, 0, 0},
#endif
#ifdef SO_ERROR
    {{"SO_ERROR", "socket_options", (long long)(SO_ERROR), NULL, "Read-only; returns and clears the pending socket error."}, 0, 0},
#endif
#ifdef SO_EXCLUSIVEADDRUSE
    {{"SO_EXCLUSIVEADDRUSE", "socket_options", (long long)(SO_EXCLUSIVEADDRUSE), NULL, "Prevents other sockets from binding the same address."}, 0, 0},
#endif
#ifdef SO_KEEPALIVE
    {{"SO_KEEPALIVE", "socket_options", (long long)(SO_KEEPALIVE), NULL, "Enables keep-alive messages on connection-oriented sockets."}, 0, 0},
#endif
#ifdef SO_LINGER
    {{"SO_LINGER", "socket_options", (long long)(SO_LINGER), NULL, "Sets how close() waits for unsent data (struct linger)."}, 0, 0},
#endif
#ifdef SO_OOBINLINE
    {{"SO_OOBINLINE", "socket_options", (long long)(SO_OOBINLINE), NULL, "Places out-of-band data in the normal data stream."}, 0, 0},
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
#ifdef SO_USELOOPBACK
    {{"SO_USELOOPBACK", "socket_options", (long long)(SO_USELOOPBACK), NULL, "Routing sockets receive a copy of what they send."}, 0, 0},
#endif
#ifdef TCP_FASTOPEN
    {{"TCP_FASTOPEN", "tcp", (long long)(TCP_FASTOPEN), NULL, "Enables TCP Fast Open on a listening socket."}, 0, 0},
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
#ifdef TCP_MAXSEG
    {{"TCP_MAXSEG", "tcp", (long long)(TCP_MAXSEG), NULL, "The maximum segment size for outgoing TCP packets."}, 0, 0},
#endif
#ifdef TCP_NODELAY
    {{"TCP_NODELAY", "tcp", (long long)(TCP_NODELAY), NULL, "Disables the Nagle algorithm; segments are sent as soon as possible."}, 0, 0},
#endif
    {{NULL, NULL, 0, NULL, NULL}, 0, 0}
};
const size_t csock__constants_len =
    sizeof csock__constants / sizeof csock__constants[0] - 1;

#else
typedef int csock__constants_windows_not_this_platform;
#endif
