/* The sockaddrs csock_addr_encode writes and csock_addr_decode reads, byte
 * by byte against the platform's own structures, for every address family
 * this build has.  Round trips (generated/tests/addr_examples.c) cannot see
 * a byte-order mistake made the same way in both directions; these checks
 * can, and run on big-endian s390x under qemu as well as here: a network
 * order field must hold its bytes most significant first on every machine,
 * a host order field must equal the value through the structure's member.
 * Values have a different byte in every position (0x01020304). */
#include <criterion/criterion.h>

#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

#include "csock/csock.h"

static void encode(const csock_addr *a, int family, int proto,
                   struct sockaddr_storage *ss, socklen_t *len)
{
    csock_error e;
    memset(ss, 0xee, sizeof *ss); /* bytes the encoder must overwrite */
    *len = 0;
    cr_assert_eq(csock_addr_encode(a, family, proto, "bind", ss, len, &e), 0,
                 "encode: %s", e.message);
}

static csock_addr decode(const void *sa, size_t len, int proto)
{
    csock_error e;
    csock_addr out;
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)sa, (socklen_t)len, proto,
                                   &out, &e), 0, "decode: %s", e.message);
    return out;
}

Test(wire, inet_port_and_address_in_network_order)
{
    struct sockaddr_storage ss;
    socklen_t len;
    csock_addr a = csock_addr_inet("10.1.2.3", 0x1234);
    encode(&a, AF_INET, 0, &ss, &len);
    const struct sockaddr_in *sin = (const struct sockaddr_in *)&ss;
    cr_assert_eq(len, sizeof *sin);
    cr_assert_eq(sin->sin_family, AF_INET);
    const unsigned char *port = (const unsigned char *)&sin->sin_port;
    cr_assert_eq(port[0], 0x12, "port's first byte is its high byte");
    cr_assert_eq(port[1], 0x34);
    const unsigned char *ip = (const unsigned char *)&sin->sin_addr;
    const unsigned char want[4] = { 10, 1, 2, 3 };
    cr_assert_eq(memcmp(ip, want, 4), 0);
    cr_assert_eq(ntohs(sin->sin_port), 0x1234);
    /* and back from bytes laid out by hand */
    struct sockaddr_in in;
    memset(&in, 0, sizeof in);
    in.sin_family = AF_INET;
    memcpy(&in.sin_port, "\xab\xcd", 2);
    memcpy(&in.sin_addr, "\xc0\x00\x02\x7f", 4);
    csock_addr d = decode(&in, sizeof in, 0);
    cr_assert_eq(d.family, AF_INET);
    cr_assert_eq(d.u.inet.port, 0xabcd);
    cr_assert_str_eq(d.u.inet.host, "192.0.2.127");
}

Test(wire, inet6_port_flowinfo_in_network_order_scope_in_host_order)
{
    struct sockaddr_storage ss;
    socklen_t len;
    csock_addr a = csock_addr_inet6("2001:db8::102:304", 0x1234, 0x01020u, 0x01020304u);
    encode(&a, AF_INET6, 0, &ss, &len);
    const struct sockaddr_in6 *s6 = (const struct sockaddr_in6 *)&ss;
    cr_assert_eq(len, sizeof *s6);
    cr_assert_eq(s6->sin6_family, AF_INET6);
    const unsigned char *port = (const unsigned char *)&s6->sin6_port;
    cr_assert(port[0] == 0x12 && port[1] == 0x34);
    const unsigned char *flow = (const unsigned char *)&s6->sin6_flowinfo;
    const unsigned char fwant[4] = { 0x00, 0x00, 0x10, 0x20 };
    cr_assert_eq(memcmp(flow, fwant, 4), 0, "flowinfo is network order");
    cr_assert_eq(s6->sin6_scope_id, 0x01020304u, "scope_id is host order");
    const unsigned char ip[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0,
                                   0x01, 0x02, 0x03, 0x04 };
    cr_assert_eq(memcmp(&s6->sin6_addr, ip, 16), 0);
    struct sockaddr_in6 in;
    memset(&in, 0, sizeof in);
    in.sin6_family = AF_INET6;
    memcpy(&in.sin6_port, "\xab\xcd", 2);
    memcpy(&in.sin6_flowinfo, "\x00\x0a\xbc\xde", 4);
    in.sin6_scope_id = 0x0a0b0c0du;
    memcpy(&in.sin6_addr, ip, 16);
    csock_addr d = decode(&in, sizeof in, 0);
    cr_assert_eq(d.u.inet6.port, 0xabcd);
    cr_assert_eq(d.u.inet6.flowinfo, 0x0abcdeu);
    cr_assert_eq(d.u.inet6.scope_id, 0x0a0b0c0du);
    cr_assert_str_eq(d.u.inet6.host, "2001:db8::102:304");
}

Test(wire, unix_path_bytes)
{
    struct sockaddr_storage ss;
    socklen_t len;
    csock_addr a = csock_addr_unix("/tmp/wire\x01\x7f");
    encode(&a, AF_UNIX, 0, &ss, &len);
    const struct sockaddr_un *un = (const struct sockaddr_un *)&ss;
    cr_assert_eq(un->sun_family, AF_UNIX);
    cr_assert_eq(memcmp(un->sun_path, "/tmp/wire\x01\x7f", 11), 0);
    cr_assert_geq((size_t)len, offsetof(struct sockaddr_un, sun_path) + 11);
    csock_addr d = decode(un, len, 0);
    cr_assert_eq(d.family, AF_UNIX);
    cr_assert_eq(d.u.un.len, 11);
    cr_assert_eq(memcmp(d.u.un.path, "/tmp/wire\x01\x7f", 11), 0);
}

#ifdef CSOCK_ADDR_HAVE_NETLINK
#include <linux/netlink.h>
Test(wire, netlink_pid_groups_in_host_order)
{
    struct sockaddr_storage ss;
    socklen_t len;
    csock_addr a = csock_addr_netlink(0x01020304u, 0x0a0b0c0du);
    encode(&a, AF_NETLINK, 0, &ss, &len);
    const struct sockaddr_nl *nl = (const struct sockaddr_nl *)&ss;
    cr_assert_eq(len, sizeof *nl);
    cr_assert_eq(nl->nl_pid, 0x01020304u);
    cr_assert_eq(nl->nl_groups, 0x0a0b0c0du);
    struct sockaddr_nl in;
    memset(&in, 0, sizeof in);
    in.nl_family = AF_NETLINK;
    in.nl_pid = 0x01020304u;
    in.nl_groups = 0x0a0b0c0du;
    csock_addr d = decode(&in, sizeof in, 0);
    cr_assert_eq(d.u.netlink.pid, 0x01020304u, "pid is read through the member");
    cr_assert_eq(d.u.netlink.groups, 0x0a0b0c0du);
}
#endif

#ifdef CSOCK_ADDR_HAVE_PACKET
#include <linux/if_packet.h>
Test(wire, packet_protocol_in_network_order)
{
    unsigned int lo = if_nametoindex("lo");
    if (lo == 0)
        cr_skip_test("no loopback interface named lo here");
    struct sockaddr_storage ss;
    socklen_t len;
    csock_addr a = csock_addr_packet("lo", 0x88b5, 3, 0x0102, "\x01\x02\x03\x04\x05\x06", 6);
    encode(&a, AF_PACKET, 0, &ss, &len);
    const struct sockaddr_ll *ll = (const struct sockaddr_ll *)&ss;
    const unsigned char *p = (const unsigned char *)&ll->sll_protocol;
    cr_assert(p[0] == 0x88 && p[1] == 0xb5, "protocol is network order");
    cr_assert_eq(ll->sll_ifindex, (int)lo, "ifindex is host order");
    cr_assert_eq(ll->sll_pkttype, 3);
    cr_assert_eq(ll->sll_hatype, 0x0102, "hatype is host order");
    cr_assert_eq(ll->sll_halen, 6);
    cr_assert_eq(memcmp(ll->sll_addr, "\x01\x02\x03\x04\x05\x06", 6), 0);
    csock_addr d = decode(ll, len, 0);
    cr_assert_str_eq(d.u.packet.ifname, "lo");
    cr_assert_eq(d.u.packet.proto, 0x88b5);
    cr_assert_eq(d.u.packet.hatype, 0x0102);
}
#endif

#ifdef CSOCK_ADDR_HAVE_VSOCK
#include <linux/vm_sockets.h>
Test(wire, vsock_cid_port_in_host_order)
{
    struct sockaddr_storage ss;
    socklen_t len;
    csock_addr a = csock_addr_vsock(0x01020304u, 0x0a0b0c0du);
    encode(&a, AF_VSOCK, 0, &ss, &len);
    const struct sockaddr_vm *vm = (const struct sockaddr_vm *)&ss;
    cr_assert_eq(vm->svm_cid, 0x01020304u);
    cr_assert_eq(vm->svm_port, 0x0a0b0c0du);
    csock_addr d = decode(vm, len, 0);
    cr_assert_eq(d.u.vsock.cid, 0x01020304u);
    cr_assert_eq(d.u.vsock.port, 0x0a0b0c0du);
}
#endif

#ifdef CSOCK_ADDR_HAVE_TIPC
#include <linux/tipc.h>
Test(wire, tipc_name_in_host_order)
{
    struct sockaddr_storage ss;
    socklen_t len;
    csock_addr a = csock_addr_tipc(TIPC_ADDR_NAME, 0x01020304u, 0x0a0b0c0du, 0x11223344u,
                                   TIPC_CLUSTER_SCOPE);
    encode(&a, AF_TIPC, 0, &ss, &len);
    const struct sockaddr_tipc *t = (const struct sockaddr_tipc *)&ss;
    cr_assert_eq(t->addrtype, TIPC_ADDR_NAME);
    cr_assert_eq(t->scope, TIPC_CLUSTER_SCOPE);
    cr_assert_eq(t->addr.name.name.type, 0x01020304u);
    cr_assert_eq(t->addr.name.name.instance, 0x0a0b0c0du);
    /* CPython's getsockaddrarg leaves the domain alone for a name (v3 is
     * ignored) and makesockaddr gives the instance as v3 */
    cr_assert_eq(t->addr.name.domain, 0u);
    csock_addr d = decode(t, len, 0);
    cr_assert_eq(d.u.tipc.v1, 0x01020304u);
    cr_assert_eq(d.u.tipc.v2, 0x0a0b0c0du);
    cr_assert_eq(d.u.tipc.v3, 0x0a0b0c0du);
}
#endif

#ifdef CSOCK_ADDR_HAVE_CAN
#include <linux/can.h>
Test(wire, can_isotp_and_j1939_in_host_order)
{
    struct sockaddr_storage ss;
    socklen_t len;
    csock_addr a = csock_addr_can_isotp("", 0x01020304u, 0x0a0b0c0du);
    a.proto = CAN_ISOTP;
    encode(&a, AF_CAN, CAN_ISOTP, &ss, &len);
    const struct sockaddr_can *c = (const struct sockaddr_can *)&ss;
    cr_assert_eq(c->can_ifindex, 0);
    cr_assert_eq(c->can_addr.tp.rx_id, 0x01020304u);
    cr_assert_eq(c->can_addr.tp.tx_id, 0x0a0b0c0du);
    csock_addr d = decode(c, len, CAN_ISOTP);
    cr_assert_eq(d.u.can.rx_addr, 0x01020304u);
    cr_assert_eq(d.u.can.tx_addr, 0x0a0b0c0du);
#ifdef CAN_J1939
    a = csock_addr_can_j1939("", UINT64_C(0x0102030405060708), 0x0a0b0cu, 0x42);
    a.proto = CAN_J1939;
    encode(&a, AF_CAN, CAN_J1939, &ss, &len);
    c = (const struct sockaddr_can *)&ss;
    cr_assert_eq(c->can_addr.j1939.name, UINT64_C(0x0102030405060708));
    cr_assert_eq(c->can_addr.j1939.pgn, 0x0a0b0cu);
    cr_assert_eq(c->can_addr.j1939.addr, 0x42);
    d = decode(c, len, CAN_J1939);
    cr_assert_eq(d.u.can.name, UINT64_C(0x0102030405060708));
    cr_assert_eq(d.u.can.pgn, 0x0a0b0cu);
    cr_assert_eq(d.u.can.addr, 0x42);
#endif
}
#endif

#ifdef CSOCK_ADDR_HAVE_ALG
#include <linux/if_alg.h>
Test(wire, alg_strings_and_host_order_flags)
{
    struct sockaddr_storage ss;
    socklen_t len;
    csock_addr a = csock_addr_alg("hash", "sha256", 0x01020304u, 0x0a0b0c0du);
    encode(&a, AF_ALG, 0, &ss, &len);
    const struct sockaddr_alg *s = (const struct sockaddr_alg *)&ss;
    cr_assert_str_eq((const char *)s->salg_type, "hash");
    cr_assert_str_eq((const char *)s->salg_name, "sha256");
    cr_assert_eq(s->salg_feat, 0x01020304u);
    cr_assert_eq(s->salg_mask, 0x0a0b0c0du);
}
#endif

#ifdef CSOCK_ADDR_HAVE_BT
Test(wire, bluetooth_address_bytes_reversed)
{
    /* The kernel's bdaddr_t holds the address least significant byte
     * first ("01:23:45:67:89:AB" is AB 89 67 45 23 01), on every machine;
     * the PSM is an unsigned short in host order, as CPython stores it. */
    struct sockaddr_storage ss;
    socklen_t len;
    csock_addr a = csock_addr_bt_l2cap("01:23:45:67:89:AB", 0x1001);
    a.proto = 0; /* BTPROTO_L2CAP */
    encode(&a, AF_BLUETOOTH, 0, &ss, &len);
    const unsigned char *b = (const unsigned char *)&ss;
    size_t psm_at = offsetof(struct sockaddr, sa_data);
    unsigned short psm;
    memcpy(&psm, b + psm_at, sizeof psm);
    cr_assert_eq(psm, 0x1001);
    const unsigned char want[6] = { 0xab, 0x89, 0x67, 0x45, 0x23, 0x01 };
    cr_assert_eq(memcmp(b + psm_at + 2, want, 6), 0, "bdaddr is little-endian bytes");
    csock_addr d = decode(&ss, len, 0);
    cr_assert_str_eq(d.u.bt.bdaddr, "01:23:45:67:89:AB");
    cr_assert_eq(d.u.bt.psm, 0x1001);
}
#endif

Test(wire, this_machine)
{
    /* Which byte order these checks ran on (the log of a run), and the
     * machine's agrees with the one the compiler built for: a big-endian
     * build really ran big-endian (qemu), so the checks above proved it. */
    uint32_t x = 0x01020304u;
    unsigned char b[4];
    memcpy(b, &x, 4);
    cr_log_info("wire: %s-endian", b[0] == 1 ? "big" : "little");
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    cr_assert_eq(b[0], 1, "built big-endian, ran little-endian");
#else
    cr_assert_eq(b[0], 4, "built little-endian, ran big-endian");
#endif
}
