/* Generated from spec/families/alg.yaml, spec/families/bluetooth.yaml, spec/families/can.yaml, spec/families/inet.yaml, spec/families/inet6.yaml, spec/families/link.yaml, spec/families/netlink.yaml, spec/families/packet.yaml, spec/families/qipcrtr.yaml, spec/families/rds.yaml, spec/families/tipc.yaml, spec/families/unix.yaml, spec/families/vsock.yaml by generator/csockgen with templates/fuzz_seeds.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#include "csock/csock_gen.h"
#if CSOCK_GEN_LOCK != 1
#error "generated/fuzz/seed_examples.c does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif
/* Every address example of spec/families/ (valid and invalid) as a
 * csock_addr, handed to the fuzz seed writer (tests/fuzz/seeds.c), which
 * turns them into the seed corpora of the harnesses in tests/fuzz/. */
#include <stdint.h>
#include <string.h>

#include "csock/csock.h"
#include "addr_internal.h" /* protocol constants the system headers may lack */
#include "seeds.h"

#if defined(CSOCK_ADDR_HAVE_ALG)
#include <linux/if_alg.h>
#endif
#if defined(CSOCK_ADDR_HAVE_BT)
#endif
#if defined(CSOCK_ADDR_HAVE_CAN)
#include <linux/can.h>
#endif
#if defined(CSOCK_ADDR_HAVE_INET)
#include <netinet/in.h>
#endif
#if defined(CSOCK_ADDR_HAVE_INET6)
#include <netinet/in.h>
#endif
#if defined(CSOCK_ADDR_HAVE_LINK)
#include <net/if_dl.h>
#endif
#if defined(CSOCK_ADDR_HAVE_NETLINK)
#include <linux/netlink.h>
#endif
#if defined(CSOCK_ADDR_HAVE_PACKET)
#include <linux/if_packet.h>
#endif
#if defined(CSOCK_ADDR_HAVE_QIPCRTR)
#include <linux/qrtr.h>
#endif
#if defined(CSOCK_ADDR_HAVE_RDS)
#include <netinet/in.h>
#endif
#if defined(CSOCK_ADDR_HAVE_TIPC)
#include <linux/tipc.h>
#endif
#if defined(CSOCK_ADDR_HAVE_UN)
#include <sys/un.h>
#endif
#if defined(CSOCK_ADDR_HAVE_VSOCK)
#include <linux/vm_sockets.h>
#endif

void fz_examples(fz_example_fn fn, void *ctx)
{
    fz_example ex;
#if defined(CSOCK_ADDR_HAVE_ALG)
#if (1) && defined(AF_ALG)
    /* A hash. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_ALG";
    ex.name = "alg_valid_hash";
    ex.valid = 1;
    ex.sock_family = AF_ALG;
    ex.sock_proto = 0;
    ex.addr = csock_addr_alg("hash", "sha256", 0u, 0u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_ALG)
    /* A cipher with feat and mask. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_ALG";
    ex.name = "alg_valid_cipher";
    ex.valid = 1;
    ex.sock_family = AF_ALG;
    ex.sock_proto = 0;
    ex.addr = csock_addr_alg("skcipher", "cbc(aes)", 1u, 2u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_ALG)
    /* A type of 13 and a name of 63 bytes. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_ALG";
    ex.name = "alg_valid_longest";
    ex.valid = 1;
    ex.sock_family = AF_ALG;
    ex.sock_proto = 0;
    ex.addr = csock_addr_alg("aaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", 0u, 0u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_ALG)
    /* A type of 14 bytes leaves no room for the NUL. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_ALG";
    ex.name = "alg_invalid_type_too_long";
    ex.valid = 0;
    ex.sock_family = AF_ALG;
    ex.sock_proto = 0;
    ex.addr = csock_addr_alg("aaaaaaaaaaaaaa", "sha256", 0u, 0u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_ALG)
    /* A name of 64 bytes. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_ALG";
    ex.name = "alg_invalid_name_too_long";
    ex.valid = 0;
    ex.sock_family = AF_ALG;
    ex.sock_proto = 0;
    ex.addr = csock_addr_alg("hash", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", 0u, 0u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_UNIX)
    /* A tuple for an AF_UNIX socket. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_ALG";
    ex.name = "alg_invalid_for_unix_socket";
    ex.valid = 0;
    ex.sock_family = AF_UNIX;
    ex.sock_proto = 0;
    ex.addr = csock_addr_alg("hash", "sha256", 0u, 0u);
    fn(&ex, ctx);
#endif
#endif /* AF_ALG */
#if defined(CSOCK_ADDR_HAVE_BT)
#if (defined(BTPROTO_L2CAP)) && defined(AF_BLUETOOTH)
    /* An L2CAP address. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_BLUETOOTH";
    ex.name = "bt_valid_l2cap";
    ex.valid = 1;
    ex.sock_family = AF_BLUETOOTH;
    ex.sock_proto = BTPROTO_L2CAP;
    ex.addr = csock_addr_bt_l2cap("01:23:45:67:89:AB", 4097);
    ex.addr.proto = BTPROTO_L2CAP;
    fn(&ex, ctx);
#endif
#if (defined(BTPROTO_L2CAP)) && defined(AF_BLUETOOTH)
    /* Hex digits decode in upper case. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_BLUETOOTH";
    ex.name = "bt_valid_l2cap_lower";
    ex.valid = 1;
    ex.sock_family = AF_BLUETOOTH;
    ex.sock_proto = BTPROTO_L2CAP;
    ex.addr = csock_addr_bt_l2cap("01:23:45:67:89:ab", 1);
    ex.addr.proto = BTPROTO_L2CAP;
    fn(&ex, ctx);
#endif
#if (defined(BTPROTO_RFCOMM)) && defined(AF_BLUETOOTH)
    /* BDADDR_ANY on channel 3. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_BLUETOOTH";
    ex.name = "bt_valid_rfcomm";
    ex.valid = 1;
    ex.sock_family = AF_BLUETOOTH;
    ex.sock_proto = BTPROTO_RFCOMM;
    ex.addr = csock_addr_bt_rfcomm("00:00:00:00:00:00", 3);
    ex.addr.proto = BTPROTO_RFCOMM;
    fn(&ex, ctx);
#endif
#if (defined(BTPROTO_HCI)) && defined(AF_BLUETOOTH)
    /* The first HCI device. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_BLUETOOTH";
    ex.name = "bt_valid_hci";
    ex.valid = 1;
    ex.sock_family = AF_BLUETOOTH;
    ex.sock_proto = BTPROTO_HCI;
    ex.addr = csock_addr_bt_hci(0);
    ex.addr.proto = BTPROTO_HCI;
    fn(&ex, ctx);
#endif
#if (defined(BTPROTO_SCO)) && defined(AF_BLUETOOTH)
    /* An SCO address. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_BLUETOOTH";
    ex.name = "bt_valid_sco";
    ex.valid = 1;
    ex.sock_family = AF_BLUETOOTH;
    ex.sock_proto = BTPROTO_SCO;
    ex.addr = csock_addr_bt_sco("FF:FF:FF:FF:FF:FF");
    ex.addr.proto = BTPROTO_SCO;
    fn(&ex, ctx);
#endif
#if (defined(BTPROTO_L2CAP)) && defined(AF_BLUETOOTH)
    /* Five bytes only. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_BLUETOOTH";
    ex.name = "bt_invalid_bad_bdaddr";
    ex.valid = 0;
    ex.sock_family = AF_BLUETOOTH;
    ex.sock_proto = BTPROTO_L2CAP;
    ex.addr = csock_addr_bt_l2cap("01:23:45:67:89", 1);
    ex.addr.proto = BTPROTO_L2CAP;
    fn(&ex, ctx);
#endif
#if (defined(BTPROTO_RFCOMM)) && defined(AF_BLUETOOTH)
    /* Trailing characters. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_BLUETOOTH";
    ex.name = "bt_invalid_bdaddr_trailing";
    ex.valid = 0;
    ex.sock_family = AF_BLUETOOTH;
    ex.sock_proto = BTPROTO_RFCOMM;
    ex.addr = csock_addr_bt_rfcomm("01:23:45:67:89:AB:", 1);
    ex.addr.proto = BTPROTO_RFCOMM;
    fn(&ex, ctx);
#endif
#if (defined(BTPROTO_SCO)) && defined(AF_BLUETOOTH)
    /* A byte above 255. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_BLUETOOTH";
    ex.name = "bt_invalid_bdaddr_big";
    ex.valid = 0;
    ex.sock_family = AF_BLUETOOTH;
    ex.sock_proto = BTPROTO_SCO;
    ex.addr = csock_addr_bt_sco("01:23:45:67:89:100");
    ex.addr.proto = BTPROTO_SCO;
    fn(&ex, ctx);
#endif
#if (defined(BTPROTO_L2CAP)) && defined(AF_INET)
    /* An L2CAP tuple for an AF_INET socket. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_BLUETOOTH";
    ex.name = "bt_invalid_for_inet_socket";
    ex.valid = 0;
    ex.sock_family = AF_INET;
    ex.sock_proto = BTPROTO_L2CAP;
    ex.addr = csock_addr_bt_l2cap("01:23:45:67:89:AB", 1);
    ex.addr.proto = BTPROTO_L2CAP;
    fn(&ex, ctx);
#endif
#endif /* AF_BLUETOOTH */
#if defined(CSOCK_ADDR_HAVE_CAN)
#if (defined(CAN_RAW) || defined(CAN_BCM)) && defined(AF_CAN)
    /* Every CAN interface. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_CAN";
    ex.name = "can_valid_raw_any";
    ex.valid = 1;
    ex.sock_family = AF_CAN;
    ex.sock_proto = CAN_RAW;
    ex.addr = csock_addr_can_raw("");
    ex.addr.proto = CAN_RAW;
    fn(&ex, ctx);
#endif
#if (defined(CAN_RAW) || defined(CAN_BCM)) && defined(AF_CAN)
    /* An interface by name (lo: any interface resolves, encode needs no CAN device). */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_CAN";
    ex.name = "can_valid_raw_lo";
    ex.valid = 1;
    ex.sock_family = AF_CAN;
    ex.sock_proto = CAN_RAW;
    ex.addr = csock_addr_can_raw("lo");
    ex.addr.proto = CAN_RAW;
    fn(&ex, ctx);
#endif
#if (defined(CAN_RAW) || defined(CAN_BCM)) && defined(AF_CAN)
    /* CAN_BCM takes the same tuple. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_CAN";
    ex.name = "can_valid_bcm";
    ex.valid = 1;
    ex.sock_family = AF_CAN;
    ex.sock_proto = CAN_BCM;
    ex.addr = csock_addr_can_raw("lo");
    ex.addr.proto = CAN_BCM;
    fn(&ex, ctx);
#endif
#if (defined(CAN_ISOTP)) && defined(AF_CAN)
    /* ISO-TP receive and transmit ids. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_CAN";
    ex.name = "can_valid_isotp";
    ex.valid = 1;
    ex.sock_family = AF_CAN;
    ex.sock_proto = CAN_ISOTP;
    ex.addr = csock_addr_can_isotp("", 2016u, 2024u);
    ex.addr.proto = CAN_ISOTP;
    fn(&ex, ctx);
#endif
#if (defined(CAN_J1939)) && defined(AF_CAN)
    /* J1939_NO_NAME, J1939_NO_PGN, J1939_NO_ADDR. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_CAN";
    ex.name = "can_valid_j1939";
    ex.valid = 1;
    ex.sock_family = AF_CAN;
    ex.sock_proto = CAN_J1939;
    ex.addr = csock_addr_can_j1939("", UINT64_C(18446744073709551615), 262144u, 255);
    ex.addr.proto = CAN_J1939;
    fn(&ex, ctx);
#endif
#if (defined(CAN_RAW) || defined(CAN_BCM)) && defined(AF_CAN)
    /* A name of 16 bytes (IFNAMSIZ) leaves no room for the NUL. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_CAN";
    ex.name = "can_invalid_ifname_too_long";
    ex.valid = 0;
    ex.sock_family = AF_CAN;
    ex.sock_proto = CAN_RAW;
    ex.addr = csock_addr_can_raw("abcdefghijklmnop");
    ex.addr.proto = CAN_RAW;
    fn(&ex, ctx);
#endif
#if (defined(CAN_RAW) || defined(CAN_BCM)) && defined(AF_CAN)
    /* An interface that does not exist. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_CAN";
    ex.name = "can_invalid_no_such_interface";
    ex.valid = 0;
    ex.sock_family = AF_CAN;
    ex.sock_proto = CAN_RAW;
    ex.addr = csock_addr_can_raw("nosuchcan0");
    ex.addr.proto = CAN_RAW;
    fn(&ex, ctx);
#endif
#if (defined(CAN_RAW) || defined(CAN_BCM)) && defined(AF_INET)
    /* An AF_CAN tuple for an AF_INET socket. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_CAN";
    ex.name = "can_invalid_for_inet_socket";
    ex.valid = 0;
    ex.sock_family = AF_INET;
    ex.sock_proto = CAN_RAW;
    ex.addr = csock_addr_can_raw("lo");
    ex.addr.proto = CAN_RAW;
    fn(&ex, ctx);
#endif
#endif /* AF_CAN */
#if defined(CSOCK_ADDR_HAVE_INET)
#if (1) && defined(AF_INET)
    /* The loopback address. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET";
    ex.name = "inet_valid_loopback";
    ex.valid = 1;
    ex.sock_family = AF_INET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet("127.0.0.1", 8080);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET)
    /* '' is INADDR_ANY. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET";
    ex.name = "inet_valid_any";
    ex.valid = 1;
    ex.sock_family = AF_INET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet("", 0);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET)
    /* '<broadcast>' is INADDR_BROADCAST. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET";
    ex.name = "inet_valid_broadcast";
    ex.valid = 1;
    ex.sock_family = AF_INET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet("<broadcast>", 9);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET)
    /* The highest port. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET";
    ex.name = "inet_valid_max_port";
    ex.valid = 1;
    ex.sock_family = AF_INET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet("10.1.2.3", 65535);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET)
    /* 'localhost' resolves to the loopback address. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET";
    ex.name = "inet_valid_localhost";
    ex.valid = 1;
    ex.sock_family = AF_INET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet("localhost", 1);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET)
    /* A port above 65535. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET";
    ex.name = "inet_invalid_port_high";
    ex.valid = 0;
    ex.sock_family = AF_INET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet("127.0.0.1", 70000);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET)
    /* A negative port names the caller. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET";
    ex.name = "inet_invalid_port_negative";
    ex.valid = 0;
    ex.sock_family = AF_INET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet("127.0.0.1", -1);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET)
    /* The message names the calling method. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET";
    ex.name = "inet_invalid_port_sendto";
    ex.valid = 0;
    ex.sock_family = AF_INET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet("127.0.0.1", 65536);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET)
    /* Not a number and not a name that resolves. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET";
    ex.name = "inet_invalid_bad_numeric";
    ex.valid = 0;
    ex.sock_family = AF_INET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet("127.0.0.1x", 0);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET6)
    /* A pair where AF_INET6 wants its tuple (C: an AF_INET csock_addr for an AF_INET6 socket). */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET";
    ex.name = "inet_invalid_for_inet6_socket";
    ex.valid = 0;
    ex.sock_family = AF_INET6;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet("127.0.0.1", 0);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_UNIX)
    /* A tuple given to an AF_UNIX socket. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET";
    ex.name = "inet_invalid_for_unix_socket";
    ex.valid = 0;
    ex.sock_family = AF_UNIX;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet("127.0.0.1", 0);
    fn(&ex, ctx);
#endif
#endif /* AF_INET */
#if defined(CSOCK_ADDR_HAVE_INET6)
#if (1) && defined(AF_INET6)
    /* The loopback address. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET6";
    ex.name = "inet6_valid_loopback";
    ex.valid = 1;
    ex.sock_family = AF_INET6;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet6("::1", 8080, 0u, 0u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET6)
    /* Flowinfo and scope_id default to 0. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET6";
    ex.name = "inet6_valid_pair";
    ex.valid = 1;
    ex.sock_family = AF_INET6;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet6("::1", 1, 0u, 0u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET6)
    /* '' is the unspecified address ::. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET6";
    ex.name = "inet6_valid_any";
    ex.valid = 1;
    ex.sock_family = AF_INET6;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet6("", 0, 0u, 0u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET6)
    /* The highest flowinfo and a scope. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET6";
    ex.name = "inet6_valid_flowinfo_max";
    ex.valid = 1;
    ex.sock_family = AF_INET6;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet6("fe80::1", 443, 1048575u, 1u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET6)
    /* Decoding gives the compressed form. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET6";
    ex.name = "inet6_valid_expanded";
    ex.valid = 1;
    ex.sock_family = AF_INET6;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet6("2001:db8:0:0:0:0:0:1", 80, 0u, 0u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET6)
    /* An IPv4-mapped address. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET6";
    ex.name = "inet6_valid_mapped";
    ex.valid = 1;
    ex.sock_family = AF_INET6;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet6("::ffff:127.0.0.1", 80, 0u, 0u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET6)
    /* The highest scope_id. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET6";
    ex.name = "inet6_valid_scope_max";
    ex.valid = 1;
    ex.sock_family = AF_INET6;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet6("::1", 0, 0u, 4294967295u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET6)
    /* A port above 65535. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET6";
    ex.name = "inet6_invalid_port_high";
    ex.valid = 0;
    ex.sock_family = AF_INET6;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet6("::1", 70000, 0u, 0u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET6)
    /* A flowinfo above 2**20-1. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET6";
    ex.name = "inet6_invalid_flowinfo_high";
    ex.valid = 0;
    ex.sock_family = AF_INET6;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet6("::1", 0, 1048576u, 0u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET6)
    /* Python's -1 (here 2**32-1) names the caller. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET6";
    ex.name = "inet6_invalid_flowinfo_connect";
    ex.valid = 0;
    ex.sock_family = AF_INET6;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet6("::1", 0, 4294967295u, 0u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET6)
    /* '<broadcast>' is for AF_INET only. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET6";
    ex.name = "inet6_invalid_broadcast";
    ex.valid = 0;
    ex.sock_family = AF_INET6;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet6("<broadcast>", 0, 0u, 0u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET6)
    /* So is 255.255.255.255 (Python's setipaddr treats it as '<broadcast>'). */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET6";
    ex.name = "inet6_invalid_broadcast_numeric";
    ex.valid = 0;
    ex.sock_family = AF_INET6;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet6("255.255.255.255", 0, 0u, 0u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET6)
    /* An IPv4 address is not an AF_INET6 host. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET6";
    ex.name = "inet6_invalid_ipv4_host";
    ex.valid = 0;
    ex.sock_family = AF_INET6;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet6("127.0.0.1", 0, 0u, 0u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET6)
    /* The host is resolved before the port is checked (CPython's order). */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET6";
    ex.name = "inet6_invalid_host_before_port";
    ex.valid = 0;
    ex.sock_family = AF_INET6;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet6("127.0.0.1", 70000, 0u, 0u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET)
    /* A 4-tuple for an AF_INET socket. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_INET6";
    ex.name = "inet6_invalid_for_inet_socket";
    ex.valid = 0;
    ex.sock_family = AF_INET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_inet6("::1", 0, 0u, 0u);
    fn(&ex, ctx);
#endif
#endif /* AF_INET6 */
#if defined(CSOCK_ADDR_HAVE_LINK)
#if (1) && defined(AF_LINK)
    /* An Ethernet interface. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_LINK";
    ex.name = "link_valid_ether";
    ex.valid = 1;
    ex.sock_family = AF_LINK;
    ex.sock_proto = 0;
    ex.addr = csock_addr_link(1, 6, "em0", "\x00\x11\"3D\xff", 6);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_LINK)
    /* The loopback interface has no link-level address. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_LINK";
    ex.name = "link_valid_no_lladdr";
    ex.valid = 1;
    ex.sock_family = AF_LINK;
    ex.sock_proto = 0;
    ex.addr = csock_addr_link(2, 24, "lo0", "", 0);
    fn(&ex, ctx);
#endif
#endif /* AF_LINK */
#if defined(CSOCK_ADDR_HAVE_NETLINK)
#if (1) && defined(AF_NETLINK)
    /* Let the kernel choose the port id. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_NETLINK";
    ex.name = "netlink_valid_kernel";
    ex.valid = 1;
    ex.sock_family = AF_NETLINK;
    ex.sock_proto = 0;
    ex.addr = csock_addr_netlink(0u, 0u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_NETLINK)
    /* A port id and two groups. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_NETLINK";
    ex.name = "netlink_valid_pid_groups";
    ex.valid = 1;
    ex.sock_family = AF_NETLINK;
    ex.sock_proto = 0;
    ex.addr = csock_addr_netlink(1234u, 5u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_NETLINK)
    /* The largest values. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_NETLINK";
    ex.name = "netlink_valid_max";
    ex.valid = 1;
    ex.sock_family = AF_NETLINK;
    ex.sock_proto = 0;
    ex.addr = csock_addr_netlink(4294967295u, 4294967295u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET)
    /* A pair of integers is not an AF_INET address (CPython: the host must be a str; csock reports the tuple-shape TypeError). */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_NETLINK";
    ex.name = "netlink_invalid_for_inet_socket";
    ex.valid = 0;
    ex.sock_family = AF_INET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_netlink(0u, 0u);
    fn(&ex, ctx);
#endif
#endif /* AF_NETLINK */
#if defined(CSOCK_ADDR_HAVE_PACKET)
#if (1) && defined(AF_PACKET)
    /* The loopback interface, ETH_P_IP, PACKET_HOST, ARPHRD_LOOPBACK. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_PACKET";
    ex.name = "packet_valid_loopback";
    ex.valid = 1;
    ex.sock_family = AF_PACKET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_packet("lo", 2048, 0, 772, "\x00\x00\x00\x00\x00\x00", 6);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_PACKET)
    /* Only ifname and proto; the rest defaults to 0 / empty. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_PACKET";
    ex.name = "packet_valid_short";
    ex.valid = 1;
    ex.sock_family = AF_PACKET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_packet("lo", 3, 0, 0, "", 0);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_PACKET)
    /* The longest hardware address and the highest protocol. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_PACKET";
    ex.name = "packet_valid_hwaddr_8";
    ex.valid = 1;
    ex.sock_family = AF_PACKET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_packet("lo", 65535, 4, 1, "\x01\x02\x03\x04\x05\x06\x07\x08", 8);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_PACKET)
    /* A protocol above 65535. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_PACKET";
    ex.name = "packet_invalid_proto_high";
    ex.valid = 0;
    ex.sock_family = AF_PACKET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_packet("lo", 70000, 0, 0, "", 0);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_PACKET)
    /* A negative protocol names the caller. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_PACKET";
    ex.name = "packet_invalid_proto_negative";
    ex.valid = 0;
    ex.sock_family = AF_PACKET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_packet("lo", -1, 0, 0, "", 0);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_PACKET)
    /* An interface that does not exist. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_PACKET";
    ex.name = "packet_invalid_no_such_interface";
    ex.valid = 0;
    ex.sock_family = AF_PACKET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_packet("nosuchif0", 0, 0, 0, "", 0);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_PACKET)
    /* '' is looked up like any name (CPython: SIOCGIFINDEX of ''). */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_PACKET";
    ex.name = "packet_invalid_empty_interface";
    ex.valid = 0;
    ex.sock_family = AF_PACKET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_packet("", 0, 0, 0, "", 0);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_PACKET)
    /* The interface is looked up before the protocol is checked (CPython's order). */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_PACKET";
    ex.name = "packet_invalid_interface_before_proto";
    ex.valid = 0;
    ex.sock_family = AF_PACKET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_packet("nosuchif0", 70000, 0, 0, "", 0);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_PACKET)
    /* The hardware address is checked before the protocol (CPython's order). */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_PACKET";
    ex.name = "packet_invalid_hwaddr_before_proto";
    ex.valid = 0;
    ex.sock_family = AF_PACKET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_packet("lo", 70000, 0, 0, "\x01\x02\x03\x04\x05\x06\x07\x08\x09", 9);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_PACKET)
    /* A hardware address longer than sll_addr. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_PACKET";
    ex.name = "packet_invalid_hwaddr_9";
    ex.valid = 0;
    ex.sock_family = AF_PACKET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_packet("lo", 0, 0, 0, "\x01\x02\x03\x04\x05\x06\x07\x08\x09", 9);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_NETLINK)
    /* An AF_PACKET tuple for an AF_NETLINK socket. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_PACKET";
    ex.name = "packet_invalid_for_netlink_socket";
    ex.valid = 0;
    ex.sock_family = AF_NETLINK;
    ex.sock_proto = 0;
    ex.addr = csock_addr_packet("lo", 0, 0, 0, "", 0);
    fn(&ex, ctx);
#endif
#endif /* AF_PACKET */
#if defined(CSOCK_ADDR_HAVE_QIPCRTR)
#if (1) && defined(AF_QIPCRTR)
    /* A node and port. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_QIPCRTR";
    ex.name = "qipcrtr_valid_node_port";
    ex.valid = 1;
    ex.sock_family = AF_QIPCRTR;
    ex.sock_proto = 0;
    ex.addr = csock_addr_qipcrtr(1u, 1024u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_QIPCRTR)
    /* QRTR_NODE_BCAST, QRTR_PORT_CTRL. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_QIPCRTR";
    ex.name = "qipcrtr_valid_broadcast";
    ex.valid = 1;
    ex.sock_family = AF_QIPCRTR;
    ex.sock_proto = 0;
    ex.addr = csock_addr_qipcrtr(4294967295u, 4294967294u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET)
    /* A node and port for an AF_INET socket. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_QIPCRTR";
    ex.name = "qipcrtr_invalid_for_inet_socket";
    ex.valid = 0;
    ex.sock_family = AF_INET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_qipcrtr(1u, 2u);
    fn(&ex, ctx);
#endif
#endif /* AF_QIPCRTR */
#if defined(CSOCK_ADDR_HAVE_RDS)
#if (1) && defined(AF_RDS)
    /* The loopback address (decodes as AF_INET). */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_RDS";
    ex.name = "rds_valid_loopback";
    ex.valid = 1;
    ex.sock_family = AF_RDS;
    ex.sock_proto = 0;
    ex.addr = csock_addr_rds("127.0.0.1", 4000);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_RDS)
    /* AF_INET's port check. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_RDS";
    ex.name = "rds_invalid_port_high";
    ex.valid = 0;
    ex.sock_family = AF_RDS;
    ex.sock_proto = 0;
    ex.addr = csock_addr_rds("127.0.0.1", 65536);
    fn(&ex, ctx);
#endif
#endif /* AF_RDS */
#if defined(CSOCK_ADDR_HAVE_TIPC)
#if (1) && defined(AF_TIPC)
    /* TIPC_ADDR_NAMESEQ, a service range, TIPC_CLUSTER_SCOPE. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_TIPC";
    ex.name = "tipc_valid_nameseq";
    ex.valid = 1;
    ex.sock_family = AF_TIPC;
    ex.sock_proto = 0;
    ex.addr = csock_addr_tipc(1u, 18888u, 17u, 17u, 2);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_TIPC)
    /* TIPC_ADDR_NAME without scope (TIPC_CLUSTER_SCOPE); v3 decodes as the instance. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_TIPC";
    ex.name = "tipc_valid_name";
    ex.valid = 1;
    ex.sock_family = AF_TIPC;
    ex.sock_proto = 0;
    ex.addr = csock_addr_tipc(2u, 18888u, 17u, 0u, TIPC_CLUSTER_SCOPE);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_TIPC)
    /* TIPC_ADDR_ID ignores v3. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_TIPC";
    ex.name = "tipc_valid_id";
    ex.valid = 1;
    ex.sock_family = AF_TIPC;
    ex.sock_proto = 0;
    ex.addr = csock_addr_tipc(3u, 4711u, 1234u, 99u, 3);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_TIPC)
    /* An unknown addr_type. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_TIPC";
    ex.name = "tipc_invalid_bad_type";
    ex.valid = 0;
    ex.sock_family = AF_TIPC;
    ex.sock_proto = 0;
    ex.addr = csock_addr_tipc(9u, 1u, 2u, 3u, TIPC_CLUSTER_SCOPE);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_VSOCK)
    /* A TIPC tuple (5 items once decoded) for an AF_VSOCK socket: Python's argument-count TypeError. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_TIPC";
    ex.name = "tipc_invalid_for_vsock_socket";
    ex.valid = 0;
    ex.sock_family = AF_VSOCK;
    ex.sock_proto = 0;
    ex.addr = csock_addr_tipc(1u, 2u, 3u, 4u, TIPC_CLUSTER_SCOPE);
    fn(&ex, ctx);
#endif
#endif /* AF_TIPC */
#if defined(CSOCK_ADDR_HAVE_UN)
#if (1) && defined(AF_UNIX)
    /* A filesystem path. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_UNIX";
    ex.name = "un_valid_path";
    ex.valid = 1;
    ex.sock_family = AF_UNIX;
    ex.sock_proto = 0;
    ex.addr = csock_addr_unix_bytes("/tmp/csock.sock", 15);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_UNIX)
    /* A relative path. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_UNIX";
    ex.name = "un_valid_relative";
    ex.valid = 1;
    ex.sock_family = AF_UNIX;
    ex.sock_proto = 0;
    ex.addr = csock_addr_unix_bytes("sock", 4);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_UNIX)
    /* 107 bytes, the longest filesystem path. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_UNIX";
    ex.name = "un_valid_longest_path";
    ex.valid = 1;
    ex.sock_family = AF_UNIX;
    ex.sock_proto = 0;
    ex.addr = csock_addr_unix_bytes("/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 107);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_UNIX)
    /* A Linux abstract name (bytes in Python). */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_UNIX";
    ex.name = "un_valid_abstract";
    ex.valid = 1;
    ex.sock_family = AF_UNIX;
    ex.sock_proto = 0;
    ex.addr = csock_addr_unix_bytes("\x00""csock-abstract", 15);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_UNIX)
    /* An abstract name of 108 bytes fills sun_path. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_UNIX";
    ex.name = "un_valid_abstract_full";
    ex.valid = 1;
    ex.sock_family = AF_UNIX;
    ex.sock_proto = 0;
    ex.addr = csock_addr_unix_bytes("\x00""aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 108);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_UNIX)
    /* 108 bytes leave no room for the NUL. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_UNIX";
    ex.name = "un_invalid_too_long";
    ex.valid = 0;
    ex.sock_family = AF_UNIX;
    ex.sock_proto = 0;
    ex.addr = csock_addr_unix_bytes("/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 108);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_UNIX)
    /* An abstract name of 109 bytes. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_UNIX";
    ex.name = "un_invalid_abstract_too_long";
    ex.valid = 0;
    ex.sock_family = AF_UNIX;
    ex.sock_proto = 0;
    ex.addr = csock_addr_unix_bytes("\x00""aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 109);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET)
    /* A path given to an AF_INET socket (Python passes a str where a tuple is needed). */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_UNIX";
    ex.name = "un_invalid_for_inet_socket";
    ex.valid = 0;
    ex.sock_family = AF_INET;
    ex.sock_proto = 0;
    ex.addr = csock_addr_unix_bytes("/tmp/x", 6);
    fn(&ex, ctx);
#endif
#endif /* AF_UNIX */
#if defined(CSOCK_ADDR_HAVE_VSOCK)
#if (1) && defined(AF_VSOCK)
    /* The host (VMADDR_CID_HOST) on port 1024. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_VSOCK";
    ex.name = "vsock_valid_host";
    ex.valid = 1;
    ex.sock_family = AF_VSOCK;
    ex.sock_proto = 0;
    ex.addr = csock_addr_vsock(2u, 1024u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_VSOCK)
    /* VMADDR_CID_ANY and VMADDR_PORT_ANY. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_VSOCK";
    ex.name = "vsock_valid_any";
    ex.valid = 1;
    ex.sock_family = AF_VSOCK;
    ex.sock_proto = 0;
    ex.addr = csock_addr_vsock(4294967295u, 4294967295u);
    fn(&ex, ctx);
#endif
#if (1) && defined(AF_INET6)
    /* A vsock pair for an AF_INET6 socket. */
    memset(&ex, 0, sizeof ex);
    ex.family_name = "AF_VSOCK";
    ex.name = "vsock_invalid_for_inet6_socket";
    ex.valid = 0;
    ex.sock_family = AF_INET6;
    ex.sock_proto = 0;
    ex.addr = csock_addr_vsock(2u, 1024u);
    fn(&ex, ctx);
#endif
#endif /* AF_VSOCK */
}
