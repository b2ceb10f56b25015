/* Generated from spec/errors.yaml, spec/families/alg.yaml, spec/families/bluetooth.yaml, spec/families/can.yaml, spec/families/inet.yaml, spec/families/inet6.yaml, spec/families/link.yaml, spec/families/netlink.yaml, spec/families/packet.yaml, spec/families/qipcrtr.yaml, spec/families/rds.yaml, spec/families/tipc.yaml, spec/families/unix.yaml, spec/families/vsock.yaml, spec/platforms.yaml by generator/csockgen with templates/addr.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#include "csock_platform.h"
#include "csock/csock_gen.h"
#if CSOCK_GEN_LOCK != 1
#error "generated/src/addr.c does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif
/* csock_addr: constructors, encode (csock_addr -> struct sockaddr) and
 * decode (struct sockaddr -> csock_addr) for every family of
 * spec/families/, each compiled only where its platform and AF_* exist.
 * What each field does is the field-type model's
 * (generator/csockgen/fieldtypes.py); hosts, interface names and Bluetooth
 * addresses go through the helpers of runtime/addr_support.c. */
#include "internal.h"
#include "errors.h"
#include "addr_internal.h"

#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>

#if defined(CSOCK_ADDR_HAVE_ALG)
#define CSOCK__HAVE_ALG 1
#include <linux/if_alg.h>
#endif
#if defined(CSOCK_ADDR_HAVE_BT)
#define CSOCK__HAVE_BT 1
#endif
#if defined(CSOCK_ADDR_HAVE_CAN)
#define CSOCK__HAVE_CAN 1
#include <linux/can.h>
#endif
#if defined(CSOCK_ADDR_HAVE_INET)
#define CSOCK__HAVE_INET 1
#include <netinet/in.h>
#endif
#if defined(CSOCK_ADDR_HAVE_INET6)
#define CSOCK__HAVE_INET6 1
#include <netinet/in.h>
#endif
#if defined(CSOCK_ADDR_HAVE_LINK)
#define CSOCK__HAVE_LINK 1
#include <net/if_dl.h>
#endif
#if defined(CSOCK_ADDR_HAVE_NETLINK)
#define CSOCK__HAVE_NETLINK 1
#include <linux/netlink.h>
#endif
#if defined(CSOCK_ADDR_HAVE_PACKET)
#define CSOCK__HAVE_PACKET 1
#include <linux/if_packet.h>
#endif
#if defined(CSOCK_ADDR_HAVE_QIPCRTR)
#define CSOCK__HAVE_QIPCRTR 1
#include <linux/qrtr.h>
#endif
#if defined(CSOCK_ADDR_HAVE_RDS)
#define CSOCK__HAVE_RDS 1
#include <netinet/in.h>
#endif
#if defined(CSOCK_ADDR_HAVE_TIPC)
#define CSOCK__HAVE_TIPC 1
#include <linux/tipc.h>
#endif
#if defined(CSOCK_ADDR_HAVE_UN)
#define CSOCK__HAVE_UN 1
#include <sys/un.h>
#endif
#if defined(CSOCK_ADDR_HAVE_VSOCK)
#define CSOCK__HAVE_VSOCK 1
#include <linux/vm_sockets.h>
#endif

/* The sockaddrs csock declares itself (layout: in spec/families), as the
 * kernel's ABI has them: no system header needed. */
#if defined(CSOCK__HAVE_BT)
typedef struct {
    unsigned char b[6];
} csock__bdaddr;
#endif
#ifdef CSOCK__HAVE_BT
struct csock__sockaddr_l2 {
    sa_family_t l2_family;
    uint16_t l2_psm;
    csock__bdaddr l2_bdaddr;
    uint16_t l2_cid;
    uint8_t l2_bdaddr_type;
};
#endif
#ifdef CSOCK__HAVE_BT
struct csock__sockaddr_rc {
    sa_family_t rc_family;
    csock__bdaddr rc_bdaddr;
    uint8_t rc_channel;
};
#endif
#ifdef CSOCK__HAVE_BT
struct csock__sockaddr_hci {
    sa_family_t hci_family;
    uint16_t hci_dev;
    uint16_t hci_channel;
};
#endif
#ifdef CSOCK__HAVE_BT
struct csock__sockaddr_sco {
    sa_family_t sco_family;
    csock__bdaddr sco_bdaddr;
};
#endif

/* The Python type of a family's address values (what a TypeError about
 * an address of the wrong family names). */
static inline const char *py_type(int family)
{
    switch (family) {
#ifdef CSOCK__HAVE_ALG
    case AF_ALG:
        return "tuple";
#endif
#ifdef CSOCK__HAVE_BT
    case AF_BLUETOOTH:
        return "tuple";
#endif
#ifdef CSOCK__HAVE_CAN
    case AF_CAN:
        return "tuple";
#endif
#ifdef CSOCK__HAVE_INET
    case AF_INET:
        return "tuple";
#endif
#ifdef CSOCK__HAVE_INET6
    case AF_INET6:
        return "tuple";
#endif
#ifdef CSOCK__HAVE_LINK
    case AF_LINK:
        return "tuple";
#endif
#ifdef CSOCK__HAVE_NETLINK
    case AF_NETLINK:
        return "tuple";
#endif
#ifdef CSOCK__HAVE_PACKET
    case AF_PACKET:
        return "tuple";
#endif
#ifdef CSOCK__HAVE_QIPCRTR
    case AF_QIPCRTR:
        return "tuple";
#endif
#ifdef CSOCK__HAVE_RDS
    case AF_RDS:
        return "tuple";
#endif
#ifdef CSOCK__HAVE_TIPC
    case AF_TIPC:
        return "tuple";
#endif
#ifdef CSOCK__HAVE_UN
    case AF_UNIX:
        return "str";
#endif
#ifdef CSOCK__HAVE_VSOCK
    case AF_VSOCK:
        return "tuple";
#endif
    default:
        return "NoneType";
    }
}

/* The number of items of a family's (first format's) address tuple. */
CSOCK__MAYBE_UNUSED static inline int py_count(int family)
{
    switch (family) {
#ifdef CSOCK__HAVE_ALG
    case AF_ALG:
        return 4;
#endif
#ifdef CSOCK__HAVE_BT
    case AF_BLUETOOTH:
        return 2;
#endif
#ifdef CSOCK__HAVE_CAN
    case AF_CAN:
        return 1;
#endif
#ifdef CSOCK__HAVE_INET
    case AF_INET:
        return 2;
#endif
#ifdef CSOCK__HAVE_INET6
    case AF_INET6:
        return 4;
#endif
#ifdef CSOCK__HAVE_LINK
    case AF_LINK:
        return 4;
#endif
#ifdef CSOCK__HAVE_NETLINK
    case AF_NETLINK:
        return 2;
#endif
#ifdef CSOCK__HAVE_PACKET
    case AF_PACKET:
        return 5;
#endif
#ifdef CSOCK__HAVE_QIPCRTR
    case AF_QIPCRTR:
        return 2;
#endif
#ifdef CSOCK__HAVE_RDS
    case AF_RDS:
        return 2;
#endif
#ifdef CSOCK__HAVE_TIPC
    case AF_TIPC:
        return 5;
#endif
#ifdef CSOCK__HAVE_UN
    case AF_UNIX:
        return 1;
#endif
#ifdef CSOCK__HAVE_VSOCK
    case AF_VSOCK:
        return 2;
#endif
    default:
        return 0;
    }
}

static inline void copy_str(char *dst, size_t cap, const char *src)
{
    size_t n = src ? strlen(src) : 0;
    if (n >= cap)
        n = cap - 1;
    if (n)
        memcpy(dst, src, n);
    dst[n] = '\0';
}

static inline void copy_bytes(unsigned char *dst, size_t cap, size_t *dlen,
                       const void *src, size_t n)
{
    /* A too long value keeps its length so that encode reports it. */
    *dlen = n;
    if (n > cap)
        n = cap;
    if (n)
        memcpy(dst, src, n);
}

#ifdef CSOCK__HAVE_ALG
/* ------------------------------------------------------------------ */
/* AF_ALG (spec/families/alg.yaml)                                     */
/* ------------------------------------------------------------------ */

static int wrong_alg(const csock_addr *a, const char *caller,
                      csock_error *err)
{
    const char *given = py_type(a->family);
    (void)caller;
    (void)given;
    if (strcmp(given, "tuple") == 0)
        return csock__err_addr_alg_shape(err);
    return csock__err_addr_not_tuple(err, caller, "AF_ALG", given);
}

csock_addr csock_addr_alg(const char *type, const char *name, uint32_t feat, uint32_t mask)
{
    csock_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_ALG;
    copy_str(a.u.alg.type, sizeof a.u.alg.type, type);
    copy_str(a.u.alg.name, sizeof a.u.alg.name, name);
    a.u.alg.feat = feat;
    a.u.alg.mask = mask;
    return a;
}

#if 1
static int enc_alg(const csock_addr *a, int fd, const char *caller,
                      struct sockaddr_storage *ss, socklen_t *len,
                      csock_error *err)
{
    struct sockaddr_alg *sa = (struct sockaddr_alg *)(void *)ss;
    (void)caller;
    (void)err;
    (void)fd;
    /* The kernel reads *len <= sizeof *sa bytes: zero those only. */
    memset(sa, 0, sizeof *sa);
    *len = (socklen_t)sizeof *sa;
    /* type (str) */
    {
        size_t n = strnlen(a->u.alg.type, sizeof a->u.alg.type);
        if (n >= sizeof sa->salg_type)
            return csock__err_addr_alg_type_too_long(err);
        memcpy(sa->salg_type, a->u.alg.type, n);
    }
    /* name (str) */
    {
        size_t n = strnlen(a->u.alg.name, sizeof a->u.alg.name);
        if (n >= sizeof sa->salg_name)
            return csock__err_addr_alg_name_too_long(err);
        memcpy(sa->salg_name, a->u.alg.name, n);
    }
    /* feat (u32) */
    sa->salg_feat = a->u.alg.feat;
    /* mask (u32) */
    sa->salg_mask = a->u.alg.mask;
    sa->salg_family = AF_ALG;
    return 0;
}

static int dec_alg(const struct sockaddr_storage *ss, socklen_t len,
                      csock_addr *out, csock_error *err)
{
    const struct sockaddr_alg *sa =
        (const struct sockaddr_alg *)(const void *)ss;
    (void)len;
    (void)err;
    {
        size_t n = strnlen((const char *)sa->salg_type, sizeof sa->salg_type);
        if (n >= sizeof out->u.alg.type)
            n = sizeof out->u.alg.type - 1;
        memcpy(out->u.alg.type, sa->salg_type, n);
    }
    {
        size_t n = strnlen((const char *)sa->salg_name, sizeof sa->salg_name);
        if (n >= sizeof out->u.alg.name)
            n = sizeof out->u.alg.name - 1;
        memcpy(out->u.alg.name, sa->salg_name, n);
    }
    out->u.alg.feat = (uint32_t)sa->salg_feat;
    out->u.alg.mask = (uint32_t)sa->salg_mask;
    return 0;
}
#endif

#endif /* AF_ALG */

#ifdef CSOCK__HAVE_BT
/* ------------------------------------------------------------------ */
/* AF_BLUETOOTH (spec/families/bluetooth.yaml)                                     */
/* ------------------------------------------------------------------ */

static int wrong_bt(const csock_addr *a, const char *caller,
                      csock_error *err)
{
    const char *given = py_type(a->family);
    (void)caller;
    (void)given;
    if (strcmp(given, "tuple") == 0)
        return csock__err_addr_bt_wrong_format(err, caller);
    return csock__err_addr_bt_wrong_format(err, caller);
}

csock_addr csock_addr_bt_l2cap(const char *bdaddr, int psm)
{
    csock_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_BLUETOOTH;
#ifdef BTPROTO_L2CAP
    a.proto = BTPROTO_L2CAP;
#endif
    copy_str(a.u.bt.bdaddr, sizeof a.u.bt.bdaddr, bdaddr);
    a.u.bt.psm = psm;
    return a;
}

#if defined(BTPROTO_L2CAP)
static int enc_bt_l2cap(const csock_addr *a, int fd, const char *caller,
                      struct sockaddr_storage *ss, socklen_t *len,
                      csock_error *err)
{
    struct csock__sockaddr_l2 *sa = (struct csock__sockaddr_l2 *)(void *)ss;
    (void)caller;
    (void)err;
    (void)fd;
    /* The kernel reads *len <= sizeof *sa bytes: zero those only. */
    memset(sa, 0, sizeof *sa);
    *len = (socklen_t)sizeof *sa;
    /* bdaddr (bdaddr) */
    if (csock__addr_bdaddr_parse(a->u.bt.bdaddr, &sa->l2_bdaddr, err) < 0)
        return -1;
    /* psm (int) */
    sa->l2_psm = a->u.bt.psm;
    sa->l2_family = AF_BLUETOOTH;
    return 0;
}

static int dec_bt_l2cap(const struct sockaddr_storage *ss, socklen_t len,
                      csock_addr *out, csock_error *err)
{
    const struct csock__sockaddr_l2 *sa =
        (const struct csock__sockaddr_l2 *)(const void *)ss;
    (void)len;
    (void)err;
    csock__addr_bdaddr_format(&sa->l2_bdaddr, out->u.bt.bdaddr);
    out->u.bt.psm = (int)sa->l2_psm;
    return 0;
}
#endif

csock_addr csock_addr_bt_rfcomm(const char *bdaddr, int channel)
{
    csock_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_BLUETOOTH;
#ifdef BTPROTO_RFCOMM
    a.proto = BTPROTO_RFCOMM;
#endif
    copy_str(a.u.bt.bdaddr, sizeof a.u.bt.bdaddr, bdaddr);
    a.u.bt.channel = channel;
    return a;
}

#if defined(BTPROTO_RFCOMM)
static int enc_bt_rfcomm(const csock_addr *a, int fd, const char *caller,
                      struct sockaddr_storage *ss, socklen_t *len,
                      csock_error *err)
{
    struct csock__sockaddr_rc *sa = (struct csock__sockaddr_rc *)(void *)ss;
    (void)caller;
    (void)err;
    (void)fd;
    /* The kernel reads *len <= sizeof *sa bytes: zero those only. */
    memset(sa, 0, sizeof *sa);
    *len = (socklen_t)sizeof *sa;
    /* bdaddr (bdaddr) */
    if (csock__addr_bdaddr_parse(a->u.bt.bdaddr, &sa->rc_bdaddr, err) < 0)
        return -1;
    /* channel (int) */
    sa->rc_channel = a->u.bt.channel;
    sa->rc_family = AF_BLUETOOTH;
    return 0;
}

static int dec_bt_rfcomm(const struct sockaddr_storage *ss, socklen_t len,
                      csock_addr *out, csock_error *err)
{
    const struct csock__sockaddr_rc *sa =
        (const struct csock__sockaddr_rc *)(const void *)ss;
    (void)len;
    (void)err;
    csock__addr_bdaddr_format(&sa->rc_bdaddr, out->u.bt.bdaddr);
    out->u.bt.channel = (int)sa->rc_channel;
    return 0;
}
#endif

csock_addr csock_addr_bt_hci(int dev)
{
    csock_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_BLUETOOTH;
#ifdef BTPROTO_HCI
    a.proto = BTPROTO_HCI;
#endif
    a.u.bt.dev = dev;
    return a;
}

#if defined(BTPROTO_HCI)
static int enc_bt_hci(const csock_addr *a, int fd, const char *caller,
                      struct sockaddr_storage *ss, socklen_t *len,
                      csock_error *err)
{
    struct csock__sockaddr_hci *sa = (struct csock__sockaddr_hci *)(void *)ss;
    (void)caller;
    (void)err;
    (void)fd;
    /* The kernel reads *len <= sizeof *sa bytes: zero those only. */
    memset(sa, 0, sizeof *sa);
    *len = (socklen_t)sizeof *sa;
    /* dev (int) */
    sa->hci_dev = a->u.bt.dev;
    sa->hci_family = AF_BLUETOOTH;
    return 0;
}

static int dec_bt_hci(const struct sockaddr_storage *ss, socklen_t len,
                      csock_addr *out, csock_error *err)
{
    const struct csock__sockaddr_hci *sa =
        (const struct csock__sockaddr_hci *)(const void *)ss;
    (void)len;
    (void)err;
    out->u.bt.dev = (int)sa->hci_dev;
    return 0;
}
#endif

csock_addr csock_addr_bt_sco(const char *bdaddr)
{
    csock_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_BLUETOOTH;
#ifdef BTPROTO_SCO
    a.proto = BTPROTO_SCO;
#endif
    copy_str(a.u.bt.bdaddr, sizeof a.u.bt.bdaddr, bdaddr);
    return a;
}

#if defined(BTPROTO_SCO)
static int enc_bt_sco(const csock_addr *a, int fd, const char *caller,
                      struct sockaddr_storage *ss, socklen_t *len,
                      csock_error *err)
{
    struct csock__sockaddr_sco *sa = (struct csock__sockaddr_sco *)(void *)ss;
    (void)caller;
    (void)err;
    (void)fd;
    /* The kernel reads *len <= sizeof *sa bytes: zero those only. */
    memset(sa, 0, sizeof *sa);
    *len = (socklen_t)sizeof *sa;
    /* bdaddr (bdaddr) */
    if (csock__addr_bdaddr_parse(a->u.bt.bdaddr, &sa->sco_bdaddr, err) < 0)
        return -1;
    sa->sco_family = AF_BLUETOOTH;
    return 0;
}

static int dec_bt_sco(const struct sockaddr_storage *ss, socklen_t len,
                      csock_addr *out, csock_error *err)
{
    const struct csock__sockaddr_sco *sa =
        (const struct csock__sockaddr_sco *)(const void *)ss;
    (void)len;
    (void)err;
    csock__addr_bdaddr_format(&sa->sco_bdaddr, out->u.bt.bdaddr);
    return 0;
}
#endif

#endif /* AF_BLUETOOTH */

#ifdef CSOCK__HAVE_CAN
/* ------------------------------------------------------------------ */
/* AF_CAN (spec/families/can.yaml)                                     */
/* ------------------------------------------------------------------ */

static int wrong_can(const csock_addr *a, const char *caller,
                      csock_error *err)
{
    const char *given = py_type(a->family);
    (void)caller;
    (void)given;
    if (strcmp(given, "tuple") == 0)
        return csock__err_addr_can_shape(err);
    return csock__err_addr_not_tuple(err, caller, "AF_CAN", given);
}

csock_addr csock_addr_can_raw(const char *interface)
{
    csock_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_CAN;
#ifdef CAN_RAW
    a.proto = CAN_RAW;
#endif
    copy_str(a.u.can.interface, sizeof a.u.can.interface, interface);
    return a;
}

#if defined(CAN_RAW) || defined(CAN_BCM)
static int enc_can_raw(const csock_addr *a, int fd, const char *caller,
                      struct sockaddr_storage *ss, socklen_t *len,
                      csock_error *err)
{
    struct sockaddr_can *sa = (struct sockaddr_can *)(void *)ss;
    (void)caller;
    (void)err;
    (void)fd;
    /* The kernel reads *len <= sizeof *sa bytes: zero those only. */
    memset(sa, 0, sizeof *sa);
    *len = (socklen_t)sizeof *sa;
    /* interface (ifname) */
    {
        int idx;
        if (strnlen(a->u.can.interface, sizeof a->u.can.interface) >= CSOCK_ADDR_IFNAME_MAX - 1)
            return csock__err_addr_can_ifname_too_long(err);
        if (csock__addr_ifindex(a->u.can.interface, 1, fd, &idx, err) < 0)
            return -1;
        sa->can_ifindex = idx;
    }
    sa->can_family = AF_CAN;
    return 0;
}

static int dec_can_raw(const struct sockaddr_storage *ss, socklen_t len,
                      csock_addr *out, csock_error *err)
{
    const struct sockaddr_can *sa =
        (const struct sockaddr_can *)(const void *)ss;
    (void)len;
    (void)err;
    csock__addr_ifname((int)sa->can_ifindex, out->u.can.interface);
    return 0;
}
#endif

csock_addr csock_addr_can_isotp(const char *interface, uint32_t rx_addr, uint32_t tx_addr)
{
    csock_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_CAN;
#ifdef CAN_ISOTP
    a.proto = CAN_ISOTP;
#endif
    copy_str(a.u.can.interface, sizeof a.u.can.interface, interface);
    a.u.can.rx_addr = rx_addr;
    a.u.can.tx_addr = tx_addr;
    return a;
}

#if defined(CAN_ISOTP)
static int enc_can_isotp(const csock_addr *a, int fd, const char *caller,
                      struct sockaddr_storage *ss, socklen_t *len,
                      csock_error *err)
{
    struct sockaddr_can *sa = (struct sockaddr_can *)(void *)ss;
    (void)caller;
    (void)err;
    (void)fd;
    /* The kernel reads *len <= sizeof *sa bytes: zero those only. */
    memset(sa, 0, sizeof *sa);
    *len = (socklen_t)sizeof *sa;
    /* interface (ifname) */
    {
        int idx;
        if (strnlen(a->u.can.interface, sizeof a->u.can.interface) >= CSOCK_ADDR_IFNAME_MAX - 1)
            return csock__err_addr_can_ifname_too_long(err);
        if (csock__addr_ifindex(a->u.can.interface, 1, fd, &idx, err) < 0)
            return -1;
        sa->can_ifindex = idx;
    }
    /* rx_addr (u32) */
    sa->can_addr.tp.rx_id = a->u.can.rx_addr;
    /* tx_addr (u32) */
    sa->can_addr.tp.tx_id = a->u.can.tx_addr;
    sa->can_family = AF_CAN;
    return 0;
}

static int dec_can_isotp(const struct sockaddr_storage *ss, socklen_t len,
                      csock_addr *out, csock_error *err)
{
    const struct sockaddr_can *sa =
        (const struct sockaddr_can *)(const void *)ss;
    (void)len;
    (void)err;
    csock__addr_ifname((int)sa->can_ifindex, out->u.can.interface);
    out->u.can.rx_addr = (uint32_t)sa->can_addr.tp.rx_id;
    out->u.can.tx_addr = (uint32_t)sa->can_addr.tp.tx_id;
    return 0;
}
#endif

csock_addr csock_addr_can_j1939(const char *interface, uint64_t name, uint32_t pgn, int addr)
{
    csock_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_CAN;
#ifdef CAN_J1939
    a.proto = CAN_J1939;
#endif
    copy_str(a.u.can.interface, sizeof a.u.can.interface, interface);
    a.u.can.name = name;
    a.u.can.pgn = pgn;
    a.u.can.addr = addr;
    return a;
}

#if defined(CAN_J1939)
static int enc_can_j1939(const csock_addr *a, int fd, const char *caller,
                      struct sockaddr_storage *ss, socklen_t *len,
                      csock_error *err)
{
    struct sockaddr_can *sa = (struct sockaddr_can *)(void *)ss;
    (void)caller;
    (void)err;
    (void)fd;
    /* The kernel reads *len <= sizeof *sa bytes: zero those only. */
    memset(sa, 0, sizeof *sa);
    *len = (socklen_t)sizeof *sa;
    /* interface (ifname) */
    {
        int idx;
        if (strnlen(a->u.can.interface, sizeof a->u.can.interface) >= CSOCK_ADDR_IFNAME_MAX - 1)
            return csock__err_addr_can_ifname_too_long(err);
        if (csock__addr_ifindex(a->u.can.interface, 1, fd, &idx, err) < 0)
            return -1;
        sa->can_ifindex = idx;
    }
    /* name (u64) */
    sa->can_addr.j1939.name = a->u.can.name;
    /* pgn (u32) */
    sa->can_addr.j1939.pgn = a->u.can.pgn;
    /* addr (u8) */
    sa->can_addr.j1939.addr = a->u.can.addr;
    sa->can_family = AF_CAN;
    return 0;
}

static int dec_can_j1939(const struct sockaddr_storage *ss, socklen_t len,
                      csock_addr *out, csock_error *err)
{
    const struct sockaddr_can *sa =
        (const struct sockaddr_can *)(const void *)ss;
    (void)len;
    (void)err;
    csock__addr_ifname((int)sa->can_ifindex, out->u.can.interface);
    out->u.can.name = (uint64_t)sa->can_addr.j1939.name;
    out->u.can.pgn = (uint32_t)sa->can_addr.j1939.pgn;
    out->u.can.addr = (int)sa->can_addr.j1939.addr;
    return 0;
}
#endif

#endif /* AF_CAN */

#ifdef CSOCK__HAVE_INET
/* ------------------------------------------------------------------ */
/* AF_INET (spec/families/inet.yaml)                                     */
/* ------------------------------------------------------------------ */

static int wrong_inet(const csock_addr *a, const char *caller,
                      csock_error *err)
{
    const char *given = py_type(a->family);
    (void)caller;
    (void)given;
    if (strcmp(given, "tuple") == 0)
        return csock__err_addr_inet_shape(err);
    return csock__err_addr_not_tuple(err, caller, "AF_INET", given);
}

csock_addr csock_addr_inet(const char *host, int port)
{
    csock_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_INET;
    copy_str(a.u.inet.host, sizeof a.u.inet.host, host);
    a.u.inet.port = port;
    return a;
}

#if 1
static int enc_inet(const csock_addr *a, int fd, const char *caller,
                      struct sockaddr_storage *ss, socklen_t *len,
                      csock_error *err)
{
    struct sockaddr_in *sa = (struct sockaddr_in *)(void *)ss;
    (void)caller;
    (void)err;
    (void)fd;
    /* The kernel reads *len <= sizeof *sa bytes: zero those only. */
    memset(sa, 0, sizeof *sa);
    *len = (socklen_t)sizeof *sa;
    /* host (host) */
    if (csock__addr_host(a->u.inet.host, AF_INET, &sa->sin_addr, sizeof sa->sin_addr, err) < 0)
        return -1;
    /* port (port) */
    if (a->u.inet.port < 0 || a->u.inet.port > 65535)
        return csock__err_addr_port_range(err, caller);
    sa->sin_port = htons((uint16_t)a->u.inet.port);
    sa->sin_family = AF_INET;
    return 0;
}

static int dec_inet(const struct sockaddr_storage *ss, socklen_t len,
                      csock_addr *out, csock_error *err)
{
    const struct sockaddr_in *sa =
        (const struct sockaddr_in *)(const void *)ss;
    (void)len;
    (void)err;
    if (!csock__addr_ntop(AF_INET, &sa->sin_addr, out->u.inet.host, sizeof out->u.inet.host))
        return csock__set_os_error(err, errno);
    out->u.inet.port = ntohs(sa->sin_port);
    return 0;
}
#endif

#endif /* AF_INET */

#ifdef CSOCK__HAVE_INET6
/* ------------------------------------------------------------------ */
/* AF_INET6 (spec/families/inet6.yaml)                                     */
/* ------------------------------------------------------------------ */

static int wrong_inet6(const csock_addr *a, const char *caller,
                      csock_error *err)
{
    const char *given = py_type(a->family);
    (void)caller;
    (void)given;
    if (strcmp(given, "tuple") == 0)
        return csock__err_addr_inet6_shape(err);
    return csock__err_addr_not_tuple(err, caller, "AF_INET6", given);
}

csock_addr csock_addr_inet6(const char *host, int port, uint32_t flowinfo, uint32_t scope_id)
{
    csock_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_INET6;
    copy_str(a.u.inet6.host, sizeof a.u.inet6.host, host);
    a.u.inet6.port = port;
    a.u.inet6.flowinfo = flowinfo;
    a.u.inet6.scope_id = scope_id;
    return a;
}

#if 1
static int enc_inet6(const csock_addr *a, int fd, const char *caller,
                      struct sockaddr_storage *ss, socklen_t *len,
                      csock_error *err)
{
    struct sockaddr_in6 *sa = (struct sockaddr_in6 *)(void *)ss;
    (void)caller;
    (void)err;
    (void)fd;
    /* The kernel reads *len <= sizeof *sa bytes: zero those only. */
    memset(sa, 0, sizeof *sa);
    *len = (socklen_t)sizeof *sa;
    /* host (host) */
    if (csock__addr_host(a->u.inet6.host, AF_INET6, &sa->sin6_addr, sizeof sa->sin6_addr, err) < 0)
        return -1;
    /* port (port) */
    if (a->u.inet6.port < 0 || a->u.inet6.port > 65535)
        return csock__err_addr_port_range(err, caller);
    sa->sin6_port = htons((uint16_t)a->u.inet6.port);
    /* flowinfo (be32) */
    if (a->u.inet6.flowinfo > 1048575u)
        return csock__err_addr_flowinfo_range(err, caller);
    sa->sin6_flowinfo = htonl(a->u.inet6.flowinfo);
    /* scope_id (u32) */
    sa->sin6_scope_id = a->u.inet6.scope_id;
    sa->sin6_family = AF_INET6;
    return 0;
}

static int dec_inet6(const struct sockaddr_storage *ss, socklen_t len,
                      csock_addr *out, csock_error *err)
{
    const struct sockaddr_in6 *sa =
        (const struct sockaddr_in6 *)(const void *)ss;
    (void)len;
    (void)err;
    if (!csock__addr_ntop(AF_INET6, &sa->sin6_addr, out->u.inet6.host, sizeof out->u.inet6.host))
        return csock__set_os_error(err, errno);
    out->u.inet6.port = ntohs(sa->sin6_port);
    out->u.inet6.flowinfo = ntohl(sa->sin6_flowinfo);
    out->u.inet6.scope_id = (uint32_t)sa->sin6_scope_id;
    return 0;
}
#endif

#endif /* AF_INET6 */

#ifdef CSOCK__HAVE_LINK
/* ------------------------------------------------------------------ */
/* AF_LINK (spec/families/link.yaml)                                     */
/* ------------------------------------------------------------------ */

static int wrong_link(const csock_addr *a, const char *caller,
                      csock_error *err)
{
    const char *given = py_type(a->family);
    (void)caller;
    (void)given;
    if (strcmp(given, "tuple") == 0)
        return csock__err_addr_bad_family(err, caller);
    return csock__err_addr_bad_family(err, caller);
}

csock_addr csock_addr_link(int index, int type, const char *name, const void *lladdr, size_t lladdr_len)
{
    csock_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_LINK;
    a.u.link.index = index;
    a.u.link.type = type;
    copy_str(a.u.link.name, sizeof a.u.link.name, name);
    copy_bytes(a.u.link.lladdr, sizeof a.u.link.lladdr, &a.u.link.lladdr_len, lladdr, lladdr_len);
    return a;
}

#if 1
static int enc_link(const csock_addr *a, int fd, const char *caller,
                      struct sockaddr_storage *ss, socklen_t *len,
                      csock_error *err)
{
    struct sockaddr_dl *sa = (struct sockaddr_dl *)(void *)ss;
    size_t packed = 0;
    (void)caller;
    (void)err;
    (void)fd;
    memset(ss, 0, sizeof *ss);
    *len = (socklen_t)sizeof *sa;
    /* index (u16) */
    sa->sdl_index = a->u.link.index;
    /* type (u8) */
    sa->sdl_type = a->u.link.type;
    /* name (str) */
    {
        size_t n = strnlen(a->u.link.name, sizeof a->u.link.name);
        if (n > sizeof(struct sockaddr_storage) - offsetof(struct sockaddr_dl, sdl_data) - packed)
            return csock__err_addr_bad_family(err, caller);
        memcpy((char *)ss + offsetof(struct sockaddr_dl, sdl_data) + packed, a->u.link.name, n);
        sa->sdl_nlen = (unsigned char)n;
        packed += n;
    }
    /* lladdr (bytes) */
    {
        size_t n = a->u.link.lladdr_len <= sizeof a->u.link.lladdr ? a->u.link.lladdr_len : (size_t)-1;
        if (n > sizeof(struct sockaddr_storage) - offsetof(struct sockaddr_dl, sdl_data) - packed)
            return csock__err_addr_bad_family(err, caller);
        memcpy((char *)ss + offsetof(struct sockaddr_dl, sdl_data) + packed, a->u.link.lladdr, n);
        sa->sdl_alen = (unsigned char)n;
        packed += n;
    }
    *len = (socklen_t)(offsetof(struct sockaddr_dl, sdl_data) + packed);
    if (*len < (socklen_t)sizeof *sa)
        *len = (socklen_t)sizeof *sa;
    sa->sdl_len = (unsigned char)*len;
    sa->sdl_family = AF_LINK;
    return 0;
}

static int dec_link(const struct sockaddr_storage *ss, socklen_t len,
                      csock_addr *out, csock_error *err)
{
    const struct sockaddr_dl *sa =
        (const struct sockaddr_dl *)(const void *)ss;
    size_t packed = 0;
    (void)len;
    (void)err;
    out->u.link.index = (int)sa->sdl_index;
    out->u.link.type = (int)sa->sdl_type;
    {
        size_t n = sa->sdl_nlen, k;
        if (n > sizeof(struct sockaddr_storage) - offsetof(struct sockaddr_dl, sdl_data) - packed)
            n = sizeof(struct sockaddr_storage) - offsetof(struct sockaddr_dl, sdl_data) - packed;
        k = n < sizeof out->u.link.name - 1 ? n : sizeof out->u.link.name - 1;
        memcpy(out->u.link.name, (const char *)ss + offsetof(struct sockaddr_dl, sdl_data) + packed, k);
        packed += n;
    }
    {
        size_t n = sa->sdl_alen, k;
        if (n > sizeof(struct sockaddr_storage) - offsetof(struct sockaddr_dl, sdl_data) - packed)
            n = sizeof(struct sockaddr_storage) - offsetof(struct sockaddr_dl, sdl_data) - packed;
        k = n < sizeof out->u.link.lladdr ? n : sizeof out->u.link.lladdr;
        memcpy(out->u.link.lladdr, (const char *)ss + offsetof(struct sockaddr_dl, sdl_data) + packed, k);
        out->u.link.lladdr_len = k;
        packed += n;
    }
    return 0;
}
#endif

#endif /* AF_LINK */

#ifdef CSOCK__HAVE_NETLINK
/* ------------------------------------------------------------------ */
/* AF_NETLINK (spec/families/netlink.yaml)                                     */
/* ------------------------------------------------------------------ */

static int wrong_netlink(const csock_addr *a, const char *caller,
                      csock_error *err)
{
    const char *given = py_type(a->family);
    (void)caller;
    (void)given;
    if (strcmp(given, "tuple") == 0)
        return csock__err_addr_netlink_shape(err);
    return csock__err_addr_not_tuple(err, caller, "AF_NETLINK", given);
}

csock_addr csock_addr_netlink(uint32_t pid, uint32_t groups)
{
    csock_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_NETLINK;
    a.u.netlink.pid = pid;
    a.u.netlink.groups = groups;
    return a;
}

#if 1
static int enc_netlink(const csock_addr *a, int fd, const char *caller,
                      struct sockaddr_storage *ss, socklen_t *len,
                      csock_error *err)
{
    struct sockaddr_nl *sa = (struct sockaddr_nl *)(void *)ss;
    (void)caller;
    (void)err;
    (void)fd;
    /* The kernel reads *len <= sizeof *sa bytes: zero those only. */
    memset(sa, 0, sizeof *sa);
    *len = (socklen_t)sizeof *sa;
    /* pid (u32) */
    sa->nl_pid = a->u.netlink.pid;
    /* groups (u32) */
    sa->nl_groups = a->u.netlink.groups;
    sa->nl_family = AF_NETLINK;
    return 0;
}

static int dec_netlink(const struct sockaddr_storage *ss, socklen_t len,
                      csock_addr *out, csock_error *err)
{
    const struct sockaddr_nl *sa =
        (const struct sockaddr_nl *)(const void *)ss;
    (void)len;
    (void)err;
    out->u.netlink.pid = (uint32_t)sa->nl_pid;
    out->u.netlink.groups = (uint32_t)sa->nl_groups;
    return 0;
}
#endif

#endif /* AF_NETLINK */

#ifdef CSOCK__HAVE_PACKET
/* ------------------------------------------------------------------ */
/* AF_PACKET (spec/families/packet.yaml)                                     */
/* ------------------------------------------------------------------ */

static int wrong_packet(const csock_addr *a, const char *caller,
                      csock_error *err)
{
    const char *given = py_type(a->family);
    (void)caller;
    (void)given;
    if (strcmp(given, "tuple") == 0)
        return csock__err_addr_packet_shape(err);
    return csock__err_addr_not_tuple(err, caller, "AF_PACKET", given);
}

csock_addr csock_addr_packet(const char *ifname, int proto, int pkttype, int hatype, const void *addr, size_t addr_len)
{
    csock_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_PACKET;
    copy_str(a.u.packet.ifname, sizeof a.u.packet.ifname, ifname);
    a.u.packet.proto = proto;
    a.u.packet.pkttype = pkttype;
    a.u.packet.hatype = hatype;
    copy_bytes(a.u.packet.addr, sizeof a.u.packet.addr, &a.u.packet.addr_len, addr, addr_len);
    return a;
}

#if 1
static int enc_packet(const csock_addr *a, int fd, const char *caller,
                      struct sockaddr_storage *ss, socklen_t *len,
                      csock_error *err)
{
    struct sockaddr_ll *sa = (struct sockaddr_ll *)(void *)ss;
    (void)caller;
    (void)err;
    (void)fd;
    /* The kernel reads *len <= sizeof *sa bytes: zero those only. */
    memset(sa, 0, sizeof *sa);
    *len = (socklen_t)sizeof *sa;
    /* ifname (ifname) */
    {
        int idx;
        if (csock__addr_ifindex(a->u.packet.ifname, 0, fd, &idx, err) < 0)
            return -1;
        sa->sll_ifindex = idx;
    }
    /* addr (bytes) */
    if (a->u.packet.addr_len > sizeof sa->sll_addr)
        return csock__err_addr_hwaddr_too_long(err);
    if (a->u.packet.addr_len)
        memcpy(sa->sll_addr, a->u.packet.addr, a->u.packet.addr_len);
    sa->sll_halen = (unsigned char)a->u.packet.addr_len;
    /* proto (be16) */
    if (a->u.packet.proto < 0 || a->u.packet.proto > 65535)
        return csock__err_addr_proto_range(err, caller);
    sa->sll_protocol = htons((uint16_t)a->u.packet.proto);
    /* pkttype (int) */
    sa->sll_pkttype = a->u.packet.pkttype;
    /* hatype (int) */
    sa->sll_hatype = a->u.packet.hatype;
    sa->sll_family = AF_PACKET;
    return 0;
}

static int dec_packet(const struct sockaddr_storage *ss, socklen_t len,
                      csock_addr *out, csock_error *err)
{
    const struct sockaddr_ll *sa =
        (const struct sockaddr_ll *)(const void *)ss;
    (void)len;
    (void)err;
    csock__addr_ifname((int)sa->sll_ifindex, out->u.packet.ifname);
    out->u.packet.proto = ntohs(sa->sll_protocol);
    out->u.packet.pkttype = (int)sa->sll_pkttype;
    out->u.packet.hatype = (int)sa->sll_hatype;
    {
        size_t n = sa->sll_halen;
        if (n > sizeof out->u.packet.addr)
            n = sizeof out->u.packet.addr;
        if (n > sizeof sa->sll_addr)
            n = sizeof sa->sll_addr;
        memcpy(out->u.packet.addr, sa->sll_addr, n);
        out->u.packet.addr_len = n;
    }
    return 0;
}
#endif

#endif /* AF_PACKET */

#ifdef CSOCK__HAVE_QIPCRTR
/* ------------------------------------------------------------------ */
/* AF_QIPCRTR (spec/families/qipcrtr.yaml)                                     */
/* ------------------------------------------------------------------ */

static int wrong_qipcrtr(const csock_addr *a, const char *caller,
                      csock_error *err)
{
    const char *given = py_type(a->family);
    (void)caller;
    (void)given;
    if (strcmp(given, "tuple") == 0)
        return csock__err_addr_getsockaddrarg_count(err, py_count(a->family));
    return csock__err_addr_getsockaddrarg_not_tuple(err, "AF_QIPCRTR", given);
}

csock_addr csock_addr_qipcrtr(uint32_t node, uint32_t port)
{
    csock_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_QIPCRTR;
    a.u.qipcrtr.node = node;
    a.u.qipcrtr.port = port;
    return a;
}

#if 1
static int enc_qipcrtr(const csock_addr *a, int fd, const char *caller,
                      struct sockaddr_storage *ss, socklen_t *len,
                      csock_error *err)
{
    struct sockaddr_qrtr *sa = (struct sockaddr_qrtr *)(void *)ss;
    (void)caller;
    (void)err;
    (void)fd;
    /* The kernel reads *len <= sizeof *sa bytes: zero those only. */
    memset(sa, 0, sizeof *sa);
    *len = (socklen_t)sizeof *sa;
    /* node (u32) */
    sa->sq_node = a->u.qipcrtr.node;
    /* port (u32) */
    sa->sq_port = a->u.qipcrtr.port;
    sa->sq_family = AF_QIPCRTR;
    return 0;
}

static int dec_qipcrtr(const struct sockaddr_storage *ss, socklen_t len,
                      csock_addr *out, csock_error *err)
{
    const struct sockaddr_qrtr *sa =
        (const struct sockaddr_qrtr *)(const void *)ss;
    (void)len;
    (void)err;
    out->u.qipcrtr.node = (uint32_t)sa->sq_node;
    out->u.qipcrtr.port = (uint32_t)sa->sq_port;
    return 0;
}
#endif

#endif /* AF_QIPCRTR */

#ifdef CSOCK__HAVE_RDS
/* ------------------------------------------------------------------ */
/* AF_RDS (spec/families/rds.yaml)                                     */
/* ------------------------------------------------------------------ */

static int wrong_rds(const csock_addr *a, const char *caller,
                      csock_error *err)
{
    const char *given = py_type(a->family);
    (void)caller;
    (void)given;
    if (strcmp(given, "tuple") == 0)
        return csock__err_addr_inet_shape(err);
    return csock__err_addr_not_tuple(err, caller, "AF_INET", given);
}

csock_addr csock_addr_rds(const char *host, int port)
{
    csock_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_RDS;
    copy_str(a.u.rds.host, sizeof a.u.rds.host, host);
    a.u.rds.port = port;
    return a;
}

#if 1
static int enc_rds(const csock_addr *a, int fd, const char *caller,
                      struct sockaddr_storage *ss, socklen_t *len,
                      csock_error *err)
{
    struct sockaddr_in *sa = (struct sockaddr_in *)(void *)ss;
    (void)caller;
    (void)err;
    (void)fd;
    /* The kernel reads *len <= sizeof *sa bytes: zero those only. */
    memset(sa, 0, sizeof *sa);
    *len = (socklen_t)sizeof *sa;
    /* host (host) */
    if (csock__addr_host(a->u.rds.host, AF_INET, &sa->sin_addr, sizeof sa->sin_addr, err) < 0)
        return -1;
    /* port (port) */
    if (a->u.rds.port < 0 || a->u.rds.port > 65535)
        return csock__err_addr_port_range(err, caller);
    sa->sin_port = htons((uint16_t)a->u.rds.port);
    sa->sin_family = AF_INET;
    return 0;
}
#endif

#endif /* AF_RDS */

#ifdef CSOCK__HAVE_TIPC
/* ------------------------------------------------------------------ */
/* AF_TIPC (spec/families/tipc.yaml)                                     */
/* ------------------------------------------------------------------ */

static int wrong_tipc(const csock_addr *a, const char *caller,
                      csock_error *err)
{
    const char *given = py_type(a->family);
    (void)caller;
    (void)given;
    if (strcmp(given, "tuple") == 0)
        return csock__err_addr_tipc_shape(err);
    return csock__err_addr_not_tuple(err, caller, "AF_TIPC", given);
}

csock_addr csock_addr_tipc(uint32_t addr_type, uint32_t v1, uint32_t v2, uint32_t v3, int scope)
{
    csock_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_TIPC;
    a.u.tipc.addr_type = addr_type;
    a.u.tipc.v1 = v1;
    a.u.tipc.v2 = v2;
    a.u.tipc.v3 = v3;
    a.u.tipc.scope = scope;
    return a;
}

#if 1
static int enc_tipc(const csock_addr *a, int fd, const char *caller,
                      struct sockaddr_storage *ss, socklen_t *len,
                      csock_error *err)
{
    struct sockaddr_tipc *sa = (struct sockaddr_tipc *)(void *)ss;
    (void)caller;
    (void)err;
    (void)fd;
    /* The kernel reads *len <= sizeof *sa bytes: zero those only. */
    memset(sa, 0, sizeof *sa);
    *len = (socklen_t)sizeof *sa;
    /* addr_type (u32) */
    sa->addrtype = a->u.tipc.addr_type;
    /* scope (int) */
    sa->scope = a->u.tipc.scope;
    switch (a->u.tipc.addr_type) {
    case TIPC_ADDR_NAMESEQ:
        sa->addr.nameseq.type = a->u.tipc.v1;
        sa->addr.nameseq.lower = a->u.tipc.v2;
        sa->addr.nameseq.upper = a->u.tipc.v3;
        break;
    case TIPC_ADDR_NAME:
        sa->addr.name.name.type = a->u.tipc.v1;
        sa->addr.name.name.instance = a->u.tipc.v2;
        break;
    case TIPC_ADDR_ID:
        sa->addr.id.node = a->u.tipc.v1;
        sa->addr.id.ref = a->u.tipc.v2;
        break;
    default:
        return csock__err_addr_tipc_bad_type(err);
    }
    sa->family = AF_TIPC;
    return 0;
}

static int dec_tipc(const struct sockaddr_storage *ss, socklen_t len,
                      csock_addr *out, csock_error *err)
{
    const struct sockaddr_tipc *sa =
        (const struct sockaddr_tipc *)(const void *)ss;
    (void)len;
    (void)err;
    out->u.tipc.addr_type = (uint32_t)sa->addrtype;
    out->u.tipc.scope = (int)sa->scope;
    switch (sa->addrtype) {
    case TIPC_ADDR_NAMESEQ:
        out->u.tipc.v1 = (uint32_t)sa->addr.nameseq.type;
        out->u.tipc.v2 = (uint32_t)sa->addr.nameseq.lower;
        out->u.tipc.v3 = (uint32_t)sa->addr.nameseq.upper;
        break;
    case TIPC_ADDR_NAME:
        out->u.tipc.v1 = (uint32_t)sa->addr.name.name.type;
        out->u.tipc.v2 = (uint32_t)sa->addr.name.name.instance;
        out->u.tipc.v3 = (uint32_t)sa->addr.name.name.instance;
        break;
    case TIPC_ADDR_ID:
        out->u.tipc.v1 = (uint32_t)sa->addr.id.node;
        out->u.tipc.v2 = (uint32_t)sa->addr.id.ref;
        break;
    default:
        return csock__err_addr_tipc_bad_type_decode(err);
    }
    return 0;
}
#endif

#endif /* AF_TIPC */

#ifdef CSOCK__HAVE_UN
/* ------------------------------------------------------------------ */
/* AF_UNIX (spec/families/unix.yaml)                                     */
/* ------------------------------------------------------------------ */

static int wrong_un(const csock_addr *a, const char *caller,
                      csock_error *err)
{
    const char *given = py_type(a->family);
    (void)caller;
    (void)given;
    return csock__err_addr_bytes_required(err, given);
}

csock_addr csock_addr_unix(const char *path)
{
    csock_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_UNIX;
    size_t n = path ? strlen(path) : 0;
    a.u.un.len = n;
    if (n > sizeof a.u.un.path)
        n = sizeof a.u.un.path;
    if (n)
        memcpy(a.u.un.path, path, n);
    return a;
}

csock_addr csock_addr_unix_bytes(const void *path, size_t len)
{
    csock_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_UNIX;
    size_t n = len;
    a.u.un.len = n;
    if (n > sizeof a.u.un.path)
        n = sizeof a.u.un.path;
    if (n)
        memcpy(a.u.un.path, path, n);
    return a;
}

#if 1
static int enc_unix(const csock_addr *a, int fd, const char *caller,
                      struct sockaddr_storage *ss, socklen_t *len,
                      csock_error *err)
{
    struct sockaddr_un *sa = (struct sockaddr_un *)(void *)ss;
    (void)caller;
    (void)err;
    (void)fd;
    /* The kernel reads *len <= sizeof *sa bytes: zero those only. */
    memset(sa, 0, sizeof *sa);
    *len = (socklen_t)sizeof *sa;
    /* path (path) */
    {
        size_t n = a->u.un.len;
        #ifdef __linux__
        int abstract = n > 0 && a->u.un.path[0] == '\0';
        #else
        int abstract = 0;
        #endif
        if (abstract ? n > sizeof sa->sun_path : n >= sizeof sa->sun_path)
            return csock__err_addr_unix_too_long(err);
        if (n)
            memcpy(sa->sun_path, a->u.un.path, n);
        *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n);
    }
    sa->sun_family = AF_UNIX;
    return 0;
}

static int dec_unix(const struct sockaddr_storage *ss, socklen_t len,
                      csock_addr *out, csock_error *err)
{
    const struct sockaddr_un *sa =
        (const struct sockaddr_un *)(const void *)ss;
    (void)len;
    (void)err;
    {
        size_t off = offsetof(struct sockaddr_un, sun_path);
        size_t n = len > off ? (size_t)len - off : 0;
        if (n > sizeof out->u.un.path)
            n = sizeof out->u.un.path;
        #ifdef __linux__
        if (!(n > 0 && sa->sun_path[0] == '\0'))
        #endif
            n = strnlen(sa->sun_path, n);
        if (n)
            memcpy(out->u.un.path, sa->sun_path, n);
        out->u.un.len = n;
    }
    return 0;
}
#endif

#endif /* AF_UNIX */

#ifdef CSOCK__HAVE_VSOCK
/* ------------------------------------------------------------------ */
/* AF_VSOCK (spec/families/vsock.yaml)                                     */
/* ------------------------------------------------------------------ */

static int wrong_vsock(const csock_addr *a, const char *caller,
                      csock_error *err)
{
    const char *given = py_type(a->family);
    (void)caller;
    (void)given;
    if (strcmp(given, "tuple") == 0)
        return csock__err_addr_getsockaddrarg_count(err, py_count(a->family));
    return csock__err_addr_getsockaddrarg_not_tuple(err, "AF_VSOCK", given);
}

csock_addr csock_addr_vsock(uint32_t cid, uint32_t port)
{
    csock_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_VSOCK;
    a.u.vsock.cid = cid;
    a.u.vsock.port = port;
    return a;
}

#if 1
static int enc_vsock(const csock_addr *a, int fd, const char *caller,
                      struct sockaddr_storage *ss, socklen_t *len,
                      csock_error *err)
{
    struct sockaddr_vm *sa = (struct sockaddr_vm *)(void *)ss;
    (void)caller;
    (void)err;
    (void)fd;
    /* The kernel reads *len <= sizeof *sa bytes: zero those only. */
    memset(sa, 0, sizeof *sa);
    *len = (socklen_t)sizeof *sa;
    /* cid (u32) */
    sa->svm_cid = a->u.vsock.cid;
    /* port (u32) */
    sa->svm_port = a->u.vsock.port;
    sa->svm_family = AF_VSOCK;
    return 0;
}

static int dec_vsock(const struct sockaddr_storage *ss, socklen_t len,
                      csock_addr *out, csock_error *err)
{
    const struct sockaddr_vm *sa =
        (const struct sockaddr_vm *)(const void *)ss;
    (void)len;
    (void)err;
    out->u.vsock.cid = (uint32_t)sa->svm_cid;
    out->u.vsock.port = (uint32_t)sa->svm_port;
    return 0;
}
#endif

#endif /* AF_VSOCK */

int csock__addr_encode(const csock_addr *a, int fd, int sock_family,
                       int sock_proto, const char *caller,
                       struct sockaddr_storage *ss, socklen_t *len,
                       csock_error *err)
{
    /* Used only by the families this platform has (maybe none). */
    (void)a;
    (void)fd;
    (void)sock_proto;
    (void)ss;
    (void)len;
    if (!caller)
        caller = "bind";
    switch (sock_family) {
#ifdef CSOCK__HAVE_ALG
    case AF_ALG: {
        if (a->family != AF_ALG)
            return wrong_alg(a, caller, err);
        return enc_alg(a, fd, caller, ss, len, err);
    }
#endif
#ifdef CSOCK__HAVE_BT
    case AF_BLUETOOTH: {
        if (a->family != AF_BLUETOOTH)
            return wrong_bt(a, caller, err);
        switch (sock_proto) {
#ifdef BTPROTO_L2CAP
        case BTPROTO_L2CAP:
            return enc_bt_l2cap(a, fd, caller, ss, len, err);
#endif
#ifdef BTPROTO_RFCOMM
        case BTPROTO_RFCOMM:
            return enc_bt_rfcomm(a, fd, caller, ss, len, err);
#endif
#ifdef BTPROTO_HCI
        case BTPROTO_HCI:
            return enc_bt_hci(a, fd, caller, ss, len, err);
#endif
#ifdef BTPROTO_SCO
        case BTPROTO_SCO:
            return enc_bt_sco(a, fd, caller, ss, len, err);
#endif
        default:
            return csock__err_addr_bt_unknown_proto(err, caller);
        }
    }
#endif
#ifdef CSOCK__HAVE_CAN
    case AF_CAN: {
        if (a->family != AF_CAN)
            return wrong_can(a, caller, err);
        switch (sock_proto) {
#ifdef CAN_RAW
        case CAN_RAW:
            return enc_can_raw(a, fd, caller, ss, len, err);
#endif
#ifdef CAN_BCM
        case CAN_BCM:
            return enc_can_raw(a, fd, caller, ss, len, err);
#endif
#ifdef CAN_ISOTP
        case CAN_ISOTP:
            return enc_can_isotp(a, fd, caller, ss, len, err);
#endif
#ifdef CAN_J1939
        case CAN_J1939:
            return enc_can_j1939(a, fd, caller, ss, len, err);
#endif
        default:
            return csock__err_addr_can_unsupported_proto(err, caller);
        }
    }
#endif
#ifdef CSOCK__HAVE_INET
    case AF_INET: {
        if (a->family != AF_INET)
            return wrong_inet(a, caller, err);
        return enc_inet(a, fd, caller, ss, len, err);
    }
#endif
#ifdef CSOCK__HAVE_INET6
    case AF_INET6: {
        if (a->family != AF_INET6)
            return wrong_inet6(a, caller, err);
        return enc_inet6(a, fd, caller, ss, len, err);
    }
#endif
#ifdef CSOCK__HAVE_LINK
    case AF_LINK: {
        if (a->family != AF_LINK)
            return wrong_link(a, caller, err);
        return enc_link(a, fd, caller, ss, len, err);
    }
#endif
#ifdef CSOCK__HAVE_NETLINK
    case AF_NETLINK: {
        if (a->family != AF_NETLINK)
            return wrong_netlink(a, caller, err);
        return enc_netlink(a, fd, caller, ss, len, err);
    }
#endif
#ifdef CSOCK__HAVE_PACKET
    case AF_PACKET: {
        if (a->family != AF_PACKET)
            return wrong_packet(a, caller, err);
        return enc_packet(a, fd, caller, ss, len, err);
    }
#endif
#ifdef CSOCK__HAVE_QIPCRTR
    case AF_QIPCRTR: {
        if (a->family != AF_QIPCRTR)
            return wrong_qipcrtr(a, caller, err);
        return enc_qipcrtr(a, fd, caller, ss, len, err);
    }
#endif
#ifdef CSOCK__HAVE_RDS
    case AF_RDS: {
        /* AF_RDS takes AF_INET's addresses too (same tuple). */
        if (a->family == AF_INET) {
            csock_addr t;
            _Static_assert(sizeof t.u.rds == sizeof a->u.inet,
                           "rds and inet differ");
            memset(&t, 0, sizeof t);
            t.family = AF_RDS;
            memcpy(&t.u.rds, &a->u.inet, sizeof t.u.rds);
            return enc_rds(&t, fd, caller, ss, len, err);
        }
        if (a->family != AF_RDS)
            return wrong_rds(a, caller, err);
        return enc_rds(a, fd, caller, ss, len, err);
    }
#endif
#ifdef CSOCK__HAVE_TIPC
    case AF_TIPC: {
        if (a->family != AF_TIPC)
            return wrong_tipc(a, caller, err);
        return enc_tipc(a, fd, caller, ss, len, err);
    }
#endif
#ifdef CSOCK__HAVE_UN
    case AF_UNIX: {
        if (a->family != AF_UNIX)
            return wrong_un(a, caller, err);
        return enc_unix(a, fd, caller, ss, len, err);
    }
#endif
#ifdef CSOCK__HAVE_VSOCK
    case AF_VSOCK: {
        if (a->family != AF_VSOCK)
            return wrong_vsock(a, caller, err);
        return enc_vsock(a, fd, caller, ss, len, err);
    }
#endif
    default:
        return csock__err_addr_bad_family(err, caller);
    }
}

int csock_addr_encode(const csock_addr *a, int sock_family, int sock_proto,
                      const char *caller, struct sockaddr_storage *ss,
                      socklen_t *len, csock_error *err)
{
    return csock__addr_encode(a, -1, sock_family, sock_proto, caller, ss, len, err);
}

int csock_addr_decode(const struct sockaddr *sa, socklen_t len,
                      int sock_proto, csock_addr *out, csock_error *err)
{
    struct sockaddr_storage ss;
    (void)sock_proto;
    (void)err;
    memset(out, 0, sizeof *out);
    if (!sa || len < (socklen_t)sizeof(sa_family_t))
        return 0; /* Python's None */
    if (len > (socklen_t)sizeof ss)
        len = (socklen_t)sizeof ss;
    /* The decoders may read past len (a short address reads as zeros). */
    memcpy(&ss, sa, len);
    memset((char *)&ss + len, 0, sizeof ss - len);
    out->family = ss.ss_family;
    switch (ss.ss_family) {
#ifdef CSOCK__HAVE_ALG
    case AF_ALG:
        return dec_alg(&ss, len, out, err);
#endif
#ifdef CSOCK__HAVE_BT
    case AF_BLUETOOTH:
        out->proto = sock_proto;
        switch (sock_proto) {
#ifdef BTPROTO_L2CAP
        case BTPROTO_L2CAP:
            return dec_bt_l2cap(&ss, len, out, err);
#endif
#ifdef BTPROTO_RFCOMM
        case BTPROTO_RFCOMM:
            return dec_bt_rfcomm(&ss, len, out, err);
#endif
#ifdef BTPROTO_HCI
        case BTPROTO_HCI:
            return dec_bt_hci(&ss, len, out, err);
#endif
#ifdef BTPROTO_SCO
        case BTPROTO_SCO:
            return dec_bt_sco(&ss, len, out, err);
#endif
        default:
            return csock__err_addr_bt_unknown_proto_decode(err);
        }
#endif
#ifdef CSOCK__HAVE_CAN
    case AF_CAN:
        out->proto = sock_proto;
        switch (sock_proto) {
#ifdef CAN_RAW
        case CAN_RAW:
            return dec_can_raw(&ss, len, out, err);
#endif
#ifdef CAN_BCM
        case CAN_BCM:
            return dec_can_raw(&ss, len, out, err);
#endif
#ifdef CAN_ISOTP
        case CAN_ISOTP:
            return dec_can_isotp(&ss, len, out, err);
#endif
#ifdef CAN_J1939
        case CAN_J1939:
            return dec_can_j1939(&ss, len, out, err);
#endif
        default:
            return dec_can_raw(&ss, len, out, err);
        }
#endif
#ifdef CSOCK__HAVE_INET
    case AF_INET:
        return dec_inet(&ss, len, out, err);
#endif
#ifdef CSOCK__HAVE_INET6
    case AF_INET6:
        return dec_inet6(&ss, len, out, err);
#endif
#ifdef CSOCK__HAVE_LINK
    case AF_LINK:
        return dec_link(&ss, len, out, err);
#endif
#ifdef CSOCK__HAVE_NETLINK
    case AF_NETLINK:
        return dec_netlink(&ss, len, out, err);
#endif
#ifdef CSOCK__HAVE_PACKET
    case AF_PACKET:
        return dec_packet(&ss, len, out, err);
#endif
#ifdef CSOCK__HAVE_QIPCRTR
    case AF_QIPCRTR:
        return dec_qipcrtr(&ss, len, out, err);
#endif
#ifdef CSOCK__HAVE_TIPC
    case AF_TIPC:
        return dec_tipc(&ss, len, out, err);
#endif
#ifdef CSOCK__HAVE_UN
    case AF_UNIX:
        return dec_unix(&ss, len, out, err);
#endif
#ifdef CSOCK__HAVE_VSOCK
    case AF_VSOCK:
        return dec_vsock(&ss, len, out, err);
#endif
    default:
        return 0;
    }
}

int csock_addr_equal(const csock_addr *a, const csock_addr *b)
{
    if (a->family != b->family || a->proto != b->proto)
        return 0;
    switch (a->family) {
#ifdef CSOCK__HAVE_ALG
    case AF_ALG:
        if (strncmp(a->u.alg.type, b->u.alg.type, sizeof a->u.alg.type) != 0)
            return 0;
        if (strncmp(a->u.alg.name, b->u.alg.name, sizeof a->u.alg.name) != 0)
            return 0;
        if (a->u.alg.feat != b->u.alg.feat)
            return 0;
        if (a->u.alg.mask != b->u.alg.mask)
            return 0;
        return 1;
#endif
#ifdef CSOCK__HAVE_BT
    case AF_BLUETOOTH:
        if (strncmp(a->u.bt.bdaddr, b->u.bt.bdaddr, sizeof a->u.bt.bdaddr) != 0)
            return 0;
        if (a->u.bt.psm != b->u.bt.psm)
            return 0;
        if (a->u.bt.channel != b->u.bt.channel)
            return 0;
        if (a->u.bt.dev != b->u.bt.dev)
            return 0;
        return 1;
#endif
#ifdef CSOCK__HAVE_CAN
    case AF_CAN:
        if (strncmp(a->u.can.interface, b->u.can.interface, sizeof a->u.can.interface) != 0)
            return 0;
        if (a->u.can.rx_addr != b->u.can.rx_addr)
            return 0;
        if (a->u.can.tx_addr != b->u.can.tx_addr)
            return 0;
        if (a->u.can.name != b->u.can.name)
            return 0;
        if (a->u.can.pgn != b->u.can.pgn)
            return 0;
        if (a->u.can.addr != b->u.can.addr)
            return 0;
        return 1;
#endif
#ifdef CSOCK__HAVE_INET
    case AF_INET:
        if (strncmp(a->u.inet.host, b->u.inet.host, sizeof a->u.inet.host) != 0)
            return 0;
        if (a->u.inet.port != b->u.inet.port)
            return 0;
        return 1;
#endif
#ifdef CSOCK__HAVE_INET6
    case AF_INET6:
        if (strncmp(a->u.inet6.host, b->u.inet6.host, sizeof a->u.inet6.host) != 0)
            return 0;
        if (a->u.inet6.port != b->u.inet6.port)
            return 0;
        if (a->u.inet6.flowinfo != b->u.inet6.flowinfo)
            return 0;
        if (a->u.inet6.scope_id != b->u.inet6.scope_id)
            return 0;
        return 1;
#endif
#ifdef CSOCK__HAVE_LINK
    case AF_LINK:
        if (a->u.link.index != b->u.link.index)
            return 0;
        if (a->u.link.type != b->u.link.type)
            return 0;
        if (strncmp(a->u.link.name, b->u.link.name, sizeof a->u.link.name) != 0)
            return 0;
        if (a->u.link.lladdr_len != b->u.link.lladdr_len ||
    memcmp(a->u.link.lladdr, b->u.link.lladdr, a->u.link.lladdr_len < sizeof a->u.link.lladdr ? a->u.link.lladdr_len : sizeof a->u.link.lladdr) != 0)
            return 0;
        return 1;
#endif
#ifdef CSOCK__HAVE_NETLINK
    case AF_NETLINK:
        if (a->u.netlink.pid != b->u.netlink.pid)
            return 0;
        if (a->u.netlink.groups != b->u.netlink.groups)
            return 0;
        return 1;
#endif
#ifdef CSOCK__HAVE_PACKET
    case AF_PACKET:
        if (strncmp(a->u.packet.ifname, b->u.packet.ifname, sizeof a->u.packet.ifname) != 0)
            return 0;
        if (a->u.packet.proto != b->u.packet.proto)
            return 0;
        if (a->u.packet.pkttype != b->u.packet.pkttype)
            return 0;
        if (a->u.packet.hatype != b->u.packet.hatype)
            return 0;
        if (a->u.packet.addr_len != b->u.packet.addr_len ||
    memcmp(a->u.packet.addr, b->u.packet.addr, a->u.packet.addr_len < sizeof a->u.packet.addr ? a->u.packet.addr_len : sizeof a->u.packet.addr) != 0)
            return 0;
        return 1;
#endif
#ifdef CSOCK__HAVE_QIPCRTR
    case AF_QIPCRTR:
        if (a->u.qipcrtr.node != b->u.qipcrtr.node)
            return 0;
        if (a->u.qipcrtr.port != b->u.qipcrtr.port)
            return 0;
        return 1;
#endif
#ifdef CSOCK__HAVE_RDS
    case AF_RDS:
        if (strncmp(a->u.rds.host, b->u.rds.host, sizeof a->u.rds.host) != 0)
            return 0;
        if (a->u.rds.port != b->u.rds.port)
            return 0;
        return 1;
#endif
#ifdef CSOCK__HAVE_TIPC
    case AF_TIPC:
        if (a->u.tipc.addr_type != b->u.tipc.addr_type)
            return 0;
        if (a->u.tipc.v1 != b->u.tipc.v1)
            return 0;
        if (a->u.tipc.v2 != b->u.tipc.v2)
            return 0;
        if (a->u.tipc.v3 != b->u.tipc.v3)
            return 0;
        if (a->u.tipc.scope != b->u.tipc.scope)
            return 0;
        return 1;
#endif
#ifdef CSOCK__HAVE_UN
    case AF_UNIX:
        if (a->u.un.len != b->u.un.len ||
    memcmp(a->u.un.path, b->u.un.path, a->u.un.len < sizeof a->u.un.path ? a->u.un.len : sizeof a->u.un.path) != 0)
            return 0;
        return 1;
#endif
#ifdef CSOCK__HAVE_VSOCK
    case AF_VSOCK:
        if (a->u.vsock.cid != b->u.vsock.cid)
            return 0;
        if (a->u.vsock.port != b->u.vsock.port)
            return 0;
        return 1;
#endif
    default:
        return 1;
    }
}

/* ------------------------------------------------------------------ */
/* Python's repr() of each format's value, as text: csock_addr_format  */
/* (runtime/addr_format.c) writes it for the families without a form   */
/* of their own (every family but AF_INET, AF_INET6 and AF_UNIX).      */
/* ------------------------------------------------------------------ */

#ifdef CSOCK__HAVE_ALG
#if 1
static void repr_alg(csock__text *o, const csock_addr *a)
{
    csock__text_puts(o, "(");
    csock__text_pystr(o, a->u.alg.type, strnlen(a->u.alg.type, sizeof a->u.alg.type));
    csock__text_puts(o, ", ");
    csock__text_pystr(o, a->u.alg.name, strnlen(a->u.alg.name, sizeof a->u.alg.name));
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%u", (unsigned int)a->u.alg.feat);
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%u", (unsigned int)a->u.alg.mask);
    csock__text_puts(o, ")");
}
#endif
#endif
#ifdef CSOCK__HAVE_BT
#if defined(BTPROTO_L2CAP)
static void repr_bt_l2cap(csock__text *o, const csock_addr *a)
{
    csock__text_puts(o, "(");
    csock__text_pystr(o, a->u.bt.bdaddr, strnlen(a->u.bt.bdaddr, sizeof a->u.bt.bdaddr));
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%ld", (long)a->u.bt.psm);
    csock__text_puts(o, ")");
}
#endif
#if defined(BTPROTO_RFCOMM)
static void repr_bt_rfcomm(csock__text *o, const csock_addr *a)
{
    csock__text_puts(o, "(");
    csock__text_pystr(o, a->u.bt.bdaddr, strnlen(a->u.bt.bdaddr, sizeof a->u.bt.bdaddr));
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%ld", (long)a->u.bt.channel);
    csock__text_puts(o, ")");
}
#endif
#if defined(BTPROTO_HCI)
static void repr_bt_hci(csock__text *o, const csock_addr *a)
{
    csock__text_printf(o, "%ld", (long)a->u.bt.dev);
}
#endif
#if defined(BTPROTO_SCO)
static void repr_bt_sco(csock__text *o, const csock_addr *a)
{
    csock__text_pystr(o, a->u.bt.bdaddr, strnlen(a->u.bt.bdaddr, sizeof a->u.bt.bdaddr));
}
#endif
#endif
#ifdef CSOCK__HAVE_CAN
#if defined(CAN_RAW) || defined(CAN_BCM)
static void repr_can_raw(csock__text *o, const csock_addr *a)
{
    csock__text_puts(o, "(");
    csock__text_pystr(o, a->u.can.interface, strnlen(a->u.can.interface, sizeof a->u.can.interface));
    csock__text_puts(o, ",)");
}
#endif
#if defined(CAN_ISOTP)
static void repr_can_isotp(csock__text *o, const csock_addr *a)
{
    csock__text_puts(o, "(");
    csock__text_pystr(o, a->u.can.interface, strnlen(a->u.can.interface, sizeof a->u.can.interface));
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%lu", (unsigned long)a->u.can.rx_addr);
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%lu", (unsigned long)a->u.can.tx_addr);
    csock__text_puts(o, ")");
}
#endif
#if defined(CAN_J1939)
static void repr_can_j1939(csock__text *o, const csock_addr *a)
{
    csock__text_puts(o, "(");
    csock__text_pystr(o, a->u.can.interface, strnlen(a->u.can.interface, sizeof a->u.can.interface));
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%llu", (unsigned long long)a->u.can.name);
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%u", (unsigned int)a->u.can.pgn);
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%ld", (long)a->u.can.addr);
    csock__text_puts(o, ")");
}
#endif
#endif
#ifdef CSOCK__HAVE_INET
#if 1
static void repr_inet(csock__text *o, const csock_addr *a)
{
    csock__text_puts(o, "(");
    csock__text_pystr(o, a->u.inet.host, strnlen(a->u.inet.host, sizeof a->u.inet.host));
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%ld", (long)a->u.inet.port);
    csock__text_puts(o, ")");
}
#endif
#endif
#ifdef CSOCK__HAVE_INET6
#if 1
static void repr_inet6(csock__text *o, const csock_addr *a)
{
    csock__text_puts(o, "(");
    csock__text_pystr(o, a->u.inet6.host, strnlen(a->u.inet6.host, sizeof a->u.inet6.host));
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%ld", (long)a->u.inet6.port);
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%u", (unsigned int)a->u.inet6.flowinfo);
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%u", (unsigned int)a->u.inet6.scope_id);
    csock__text_puts(o, ")");
}
#endif
#endif
#ifdef CSOCK__HAVE_LINK
#if 1
static void repr_link(csock__text *o, const csock_addr *a)
{
    csock__text_puts(o, "(");
    csock__text_printf(o, "%ld", (long)a->u.link.index);
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%ld", (long)a->u.link.type);
    csock__text_puts(o, ", ");
    csock__text_pystr(o, a->u.link.name, strnlen(a->u.link.name, sizeof a->u.link.name));
    csock__text_puts(o, ", ");
    csock__text_pybytes(o, (const unsigned char *)a->u.link.lladdr, a->u.link.lladdr_len);
    csock__text_puts(o, ")");
}
#endif
#endif
#ifdef CSOCK__HAVE_NETLINK
#if 1
static void repr_netlink(csock__text *o, const csock_addr *a)
{
    csock__text_puts(o, "(");
    csock__text_printf(o, "%u", (unsigned int)a->u.netlink.pid);
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%u", (unsigned int)a->u.netlink.groups);
    csock__text_puts(o, ")");
}
#endif
#endif
#ifdef CSOCK__HAVE_PACKET
#if 1
static void repr_packet(csock__text *o, const csock_addr *a)
{
    csock__text_puts(o, "(");
    csock__text_pystr(o, a->u.packet.ifname, strnlen(a->u.packet.ifname, sizeof a->u.packet.ifname));
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%ld", (long)a->u.packet.proto);
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%ld", (long)a->u.packet.pkttype);
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%ld", (long)a->u.packet.hatype);
    csock__text_puts(o, ", ");
    csock__text_pybytes(o, (const unsigned char *)a->u.packet.addr, a->u.packet.addr_len);
    csock__text_puts(o, ")");
}
#endif
#endif
#ifdef CSOCK__HAVE_QIPCRTR
#if 1
static void repr_qipcrtr(csock__text *o, const csock_addr *a)
{
    csock__text_puts(o, "(");
    csock__text_printf(o, "%u", (unsigned int)a->u.qipcrtr.node);
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%u", (unsigned int)a->u.qipcrtr.port);
    csock__text_puts(o, ")");
}
#endif
#endif
#ifdef CSOCK__HAVE_RDS
#if 1
static void repr_rds(csock__text *o, const csock_addr *a)
{
    csock__text_puts(o, "(");
    csock__text_pystr(o, a->u.rds.host, strnlen(a->u.rds.host, sizeof a->u.rds.host));
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%ld", (long)a->u.rds.port);
    csock__text_puts(o, ")");
}
#endif
#endif
#ifdef CSOCK__HAVE_TIPC
#if 1
static void repr_tipc(csock__text *o, const csock_addr *a)
{
    csock__text_puts(o, "(");
    csock__text_printf(o, "%u", (unsigned int)a->u.tipc.addr_type);
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%u", (unsigned int)a->u.tipc.v1);
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%u", (unsigned int)a->u.tipc.v2);
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%u", (unsigned int)a->u.tipc.v3);
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%u", (unsigned int)a->u.tipc.scope);
    csock__text_puts(o, ")");
}
#endif
#endif
#ifdef CSOCK__HAVE_UN
#if 1
static void repr_unix(csock__text *o, const csock_addr *a)
{
    csock__text_pypath(o, a->u.un.path, a->u.un.len);
}
#endif
#endif
#ifdef CSOCK__HAVE_VSOCK
#if 1
static void repr_vsock(csock__text *o, const csock_addr *a)
{
    csock__text_puts(o, "(");
    csock__text_printf(o, "%u", (unsigned int)a->u.vsock.cid);
    csock__text_puts(o, ", ");
    csock__text_printf(o, "%u", (unsigned int)a->u.vsock.port);
    csock__text_puts(o, ")");
}
#endif
#endif

int csock__addr_repr(csock__text *o, const csock_addr *a)
{
    switch (a->family) {
#ifdef CSOCK__HAVE_ALG
    case AF_ALG:
        repr_alg(o, a);
        return 0;
#endif
#ifdef CSOCK__HAVE_BT
    case AF_BLUETOOTH:
        switch (a->proto) {
#ifdef BTPROTO_L2CAP
        case BTPROTO_L2CAP:
            repr_bt_l2cap(o, a);
            return 0;
#endif
#ifdef BTPROTO_RFCOMM
        case BTPROTO_RFCOMM:
            repr_bt_rfcomm(o, a);
            return 0;
#endif
#ifdef BTPROTO_HCI
        case BTPROTO_HCI:
            repr_bt_hci(o, a);
            return 0;
#endif
#ifdef BTPROTO_SCO
        case BTPROTO_SCO:
            repr_bt_sco(o, a);
            return 0;
#endif
        }
        return -1;
#endif
#ifdef CSOCK__HAVE_CAN
    case AF_CAN:
        switch (a->proto) {
#ifdef CAN_RAW
        case CAN_RAW:
            repr_can_raw(o, a);
            return 0;
#endif
#ifdef CAN_BCM
        case CAN_BCM:
            repr_can_raw(o, a);
            return 0;
#endif
#ifdef CAN_ISOTP
        case CAN_ISOTP:
            repr_can_isotp(o, a);
            return 0;
#endif
#ifdef CAN_J1939
        case CAN_J1939:
            repr_can_j1939(o, a);
            return 0;
#endif
        }
        repr_can_raw(o, a);
        return 0;
#endif
#ifdef CSOCK__HAVE_INET
    case AF_INET:
        repr_inet(o, a);
        return 0;
#endif
#ifdef CSOCK__HAVE_INET6
    case AF_INET6:
        repr_inet6(o, a);
        return 0;
#endif
#ifdef CSOCK__HAVE_LINK
    case AF_LINK:
        repr_link(o, a);
        return 0;
#endif
#ifdef CSOCK__HAVE_NETLINK
    case AF_NETLINK:
        repr_netlink(o, a);
        return 0;
#endif
#ifdef CSOCK__HAVE_PACKET
    case AF_PACKET:
        repr_packet(o, a);
        return 0;
#endif
#ifdef CSOCK__HAVE_QIPCRTR
    case AF_QIPCRTR:
        repr_qipcrtr(o, a);
        return 0;
#endif
#ifdef CSOCK__HAVE_RDS
    case AF_RDS:
        repr_rds(o, a);
        return 0;
#endif
#ifdef CSOCK__HAVE_TIPC
    case AF_TIPC:
        repr_tipc(o, a);
        return 0;
#endif
#ifdef CSOCK__HAVE_UN
    case AF_UNIX:
        repr_unix(o, a);
        return 0;
#endif
#ifdef CSOCK__HAVE_VSOCK
    case AF_VSOCK:
        repr_vsock(o, a);
        return 0;
#endif
    default:
        break;
    }
    return -1;
}
