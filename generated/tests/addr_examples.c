/* Generated from spec/families/alg.yaml, spec/families/bluetooth.yaml, spec/families/can.yaml, spec/families/inet.yaml, spec/families/inet6.yaml, spec/families/link.yaml, spec/families/netlink.yaml, spec/families/packet.yaml, spec/families/qipcrtr.yaml, spec/families/rds.yaml, spec/families/tipc.yaml, spec/families/unix.yaml, spec/families/vsock.yaml by generator/csockgen with templates/addr_tests.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#include "csock/csock_gen.h"
#if CSOCK_GEN_LOCK != 1
#error "generated/tests/addr_examples.c does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif
/* Address examples of spec/families/: every valid example round-trips
 * (constructor -> encode -> decode equals the decoded form, and encoding
 * that again gives the same sockaddr); every invalid one fails with the
 * specified error kind and Python's exact message.  No socket is needed.
 * Where a format's sockaddr is declared by csock (layout:) and the system
 * also has it (layout_headers:), the two layouts must agree. */
#include <criterion/criterion.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "csock/csock.h"
#include "addr_internal.h" /* protocol constants the system headers may lack */

#if defined(CSOCK_ADDR_HAVE_ALG)
#include <linux/if_alg.h>
#if 1
/* A hash. */
Test(addr_alg, valid_hash)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_alg("hash", "sha256", 0u, 0u);
    csock_addr want = csock_addr_alg("hash", "sha256", 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_ALG, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_ALG, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "('hash', 'sha256', 0, 0)");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* A cipher with feat and mask. */
Test(addr_alg, valid_cipher)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_alg("skcipher", "cbc(aes)", 1u, 2u);
    csock_addr want = csock_addr_alg("skcipher", "cbc(aes)", 1u, 2u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_ALG, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_ALG, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "('skcipher', 'cbc(aes)', 1, 2)");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* A type of 13 and a name of 63 bytes. */
Test(addr_alg, valid_longest)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_alg("aaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", 0u, 0u);
    csock_addr want = csock_addr_alg("aaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_ALG, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_ALG, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "('aaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 0, 0)");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if (1) && defined(AF_ALG)
/* A type of 14 bytes leaves no room for the NUL. */
Test(addr_alg, invalid_type_too_long)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_alg("aaaaaaaaaaaaaa", "sha256", 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_ALG, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_VALUE, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "AF_ALG type too long.");
}
#endif
#if (1) && defined(AF_ALG)
/* A name of 64 bytes. */
Test(addr_alg, invalid_name_too_long)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_alg("hash", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_ALG, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_VALUE, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "AF_ALG name too long.");
}
#endif
#if (1) && defined(AF_UNIX)
/* A tuple for an AF_UNIX socket. */
Test(addr_alg, invalid_for_unix_socket)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_alg("hash", "sha256", 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_UNIX, 0, "connect", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_TYPE, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "a bytes-like object is required, not 'tuple'");
}
#endif
#endif /* AF_ALG */

#if defined(CSOCK_ADDR_HAVE_BT)
#if defined(BTPROTO_L2CAP)
/* An L2CAP address. */
Test(addr_bt, valid_l2cap)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_bt_l2cap("01:23:45:67:89:AB", 4097);
    csock_addr want = csock_addr_bt_l2cap("01:23:45:67:89:AB", 4097);
    memset(&err, 0, sizeof err);
    in.proto = want.proto = BTPROTO_L2CAP;
    cr_assert_eq(csock_addr_encode(&in, AF_BLUETOOTH, BTPROTO_L2CAP, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, BTPROTO_L2CAP, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_BLUETOOTH, BTPROTO_L2CAP, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "('01:23:45:67:89:AB', 4097)");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if defined(BTPROTO_L2CAP)
/* Hex digits decode in upper case. */
Test(addr_bt, valid_l2cap_lower)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_bt_l2cap("01:23:45:67:89:ab", 1);
    csock_addr want = csock_addr_bt_l2cap("01:23:45:67:89:AB", 1);
    memset(&err, 0, sizeof err);
    in.proto = want.proto = BTPROTO_L2CAP;
    cr_assert_eq(csock_addr_encode(&in, AF_BLUETOOTH, BTPROTO_L2CAP, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, BTPROTO_L2CAP, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_BLUETOOTH, BTPROTO_L2CAP, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "('01:23:45:67:89:AB', 1)");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if defined(BTPROTO_RFCOMM)
/* BDADDR_ANY on channel 3. */
Test(addr_bt, valid_rfcomm)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_bt_rfcomm("00:00:00:00:00:00", 3);
    csock_addr want = csock_addr_bt_rfcomm("00:00:00:00:00:00", 3);
    memset(&err, 0, sizeof err);
    in.proto = want.proto = BTPROTO_RFCOMM;
    cr_assert_eq(csock_addr_encode(&in, AF_BLUETOOTH, BTPROTO_RFCOMM, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, BTPROTO_RFCOMM, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_BLUETOOTH, BTPROTO_RFCOMM, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "('00:00:00:00:00:00', 3)");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if defined(BTPROTO_HCI)
/* The first HCI device. */
Test(addr_bt, valid_hci)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_bt_hci(0);
    csock_addr want = csock_addr_bt_hci(0);
    memset(&err, 0, sizeof err);
    in.proto = want.proto = BTPROTO_HCI;
    cr_assert_eq(csock_addr_encode(&in, AF_BLUETOOTH, BTPROTO_HCI, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, BTPROTO_HCI, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_BLUETOOTH, BTPROTO_HCI, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "0");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if defined(BTPROTO_SCO)
/* An SCO address. */
Test(addr_bt, valid_sco)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_bt_sco("FF:FF:FF:FF:FF:FF");
    csock_addr want = csock_addr_bt_sco("FF:FF:FF:FF:FF:FF");
    memset(&err, 0, sizeof err);
    in.proto = want.proto = BTPROTO_SCO;
    cr_assert_eq(csock_addr_encode(&in, AF_BLUETOOTH, BTPROTO_SCO, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, BTPROTO_SCO, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_BLUETOOTH, BTPROTO_SCO, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "'FF:FF:FF:FF:FF:FF'");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if (defined(BTPROTO_L2CAP)) && defined(AF_BLUETOOTH)
/* Five bytes only. */
Test(addr_bt, invalid_bad_bdaddr)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_bt_l2cap("01:23:45:67:89", 1);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_BLUETOOTH, BTPROTO_L2CAP, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OS, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "bad bluetooth address");
}
#endif
#if (defined(BTPROTO_RFCOMM)) && defined(AF_BLUETOOTH)
/* Trailing characters. */
Test(addr_bt, invalid_bdaddr_trailing)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_bt_rfcomm("01:23:45:67:89:AB:", 1);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_BLUETOOTH, BTPROTO_RFCOMM, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OS, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "bad bluetooth address");
}
#endif
#if (defined(BTPROTO_SCO)) && defined(AF_BLUETOOTH)
/* A byte above 255. */
Test(addr_bt, invalid_bdaddr_big)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_bt_sco("01:23:45:67:89:100");
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_BLUETOOTH, BTPROTO_SCO, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OS, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "bad bluetooth address");
}
#endif
#if (defined(BTPROTO_L2CAP)) && defined(AF_INET)
/* An L2CAP tuple for an AF_INET socket. */
Test(addr_bt, invalid_for_inet_socket)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_bt_l2cap("01:23:45:67:89:AB", 1);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET, BTPROTO_L2CAP, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_TYPE, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "AF_INET address must be a pair (host, port)");
}
#endif
#if __has_include(<bluetooth/bluetooth.h>) && __has_include(<bluetooth/l2cap.h>)
#include <bluetooth/bluetooth.h>
#include <bluetooth/l2cap.h>
#ifndef CSOCK__TEST_BDADDR
#define CSOCK__TEST_BDADDR
typedef struct {
    unsigned char b[6];
} csock__bdaddr;
#endif
struct csock__sockaddr_l2 {
    sa_family_t l2_family;
    uint16_t l2_psm;
    csock__bdaddr l2_bdaddr;
    uint16_t l2_cid;
    uint8_t l2_bdaddr_type;
};

/* csock's declaration of struct sockaddr_l2 is the system's. */
Test(addr_bt, layout_bt_l2cap)
{
    cr_assert_eq(sizeof(struct csock__sockaddr_l2), sizeof(struct sockaddr_l2));
    cr_assert_eq(offsetof(struct csock__sockaddr_l2, l2_family), offsetof(struct sockaddr_l2, l2_family));
    cr_assert_eq(sizeof(((struct csock__sockaddr_l2 *)0)->l2_family), sizeof(((struct sockaddr_l2 *)0)->l2_family));
    cr_assert_eq(offsetof(struct csock__sockaddr_l2, l2_psm), offsetof(struct sockaddr_l2, l2_psm));
    cr_assert_eq(sizeof(((struct csock__sockaddr_l2 *)0)->l2_psm), sizeof(((struct sockaddr_l2 *)0)->l2_psm));
    cr_assert_eq(offsetof(struct csock__sockaddr_l2, l2_bdaddr), offsetof(struct sockaddr_l2, l2_bdaddr));
    cr_assert_eq(sizeof(((struct csock__sockaddr_l2 *)0)->l2_bdaddr), sizeof(((struct sockaddr_l2 *)0)->l2_bdaddr));
    cr_assert_eq(offsetof(struct csock__sockaddr_l2, l2_cid), offsetof(struct sockaddr_l2, l2_cid));
    cr_assert_eq(sizeof(((struct csock__sockaddr_l2 *)0)->l2_cid), sizeof(((struct sockaddr_l2 *)0)->l2_cid));
    cr_assert_eq(offsetof(struct csock__sockaddr_l2, l2_bdaddr_type), offsetof(struct sockaddr_l2, l2_bdaddr_type));
    cr_assert_eq(sizeof(((struct csock__sockaddr_l2 *)0)->l2_bdaddr_type), sizeof(((struct sockaddr_l2 *)0)->l2_bdaddr_type));
}
#endif
#if __has_include(<bluetooth/bluetooth.h>) && __has_include(<bluetooth/rfcomm.h>)
#include <bluetooth/bluetooth.h>
#include <bluetooth/rfcomm.h>
#ifndef CSOCK__TEST_BDADDR
#define CSOCK__TEST_BDADDR
typedef struct {
    unsigned char b[6];
} csock__bdaddr;
#endif
struct csock__sockaddr_rc {
    sa_family_t rc_family;
    csock__bdaddr rc_bdaddr;
    uint8_t rc_channel;
};

/* csock's declaration of struct sockaddr_rc is the system's. */
Test(addr_bt, layout_bt_rfcomm)
{
    cr_assert_eq(sizeof(struct csock__sockaddr_rc), sizeof(struct sockaddr_rc));
    cr_assert_eq(offsetof(struct csock__sockaddr_rc, rc_family), offsetof(struct sockaddr_rc, rc_family));
    cr_assert_eq(sizeof(((struct csock__sockaddr_rc *)0)->rc_family), sizeof(((struct sockaddr_rc *)0)->rc_family));
    cr_assert_eq(offsetof(struct csock__sockaddr_rc, rc_bdaddr), offsetof(struct sockaddr_rc, rc_bdaddr));
    cr_assert_eq(sizeof(((struct csock__sockaddr_rc *)0)->rc_bdaddr), sizeof(((struct sockaddr_rc *)0)->rc_bdaddr));
    cr_assert_eq(offsetof(struct csock__sockaddr_rc, rc_channel), offsetof(struct sockaddr_rc, rc_channel));
    cr_assert_eq(sizeof(((struct csock__sockaddr_rc *)0)->rc_channel), sizeof(((struct sockaddr_rc *)0)->rc_channel));
}
#endif
#if __has_include(<bluetooth/bluetooth.h>) && __has_include(<bluetooth/hci.h>)
#include <bluetooth/bluetooth.h>
#include <bluetooth/hci.h>
#ifndef CSOCK__TEST_BDADDR
#define CSOCK__TEST_BDADDR
typedef struct {
    unsigned char b[6];
} csock__bdaddr;
#endif
struct csock__sockaddr_hci {
    sa_family_t hci_family;
    uint16_t hci_dev;
    uint16_t hci_channel;
};

/* csock's declaration of struct sockaddr_hci is the system's. */
Test(addr_bt, layout_bt_hci)
{
    cr_assert_eq(sizeof(struct csock__sockaddr_hci), sizeof(struct sockaddr_hci));
    cr_assert_eq(offsetof(struct csock__sockaddr_hci, hci_family), offsetof(struct sockaddr_hci, hci_family));
    cr_assert_eq(sizeof(((struct csock__sockaddr_hci *)0)->hci_family), sizeof(((struct sockaddr_hci *)0)->hci_family));
    cr_assert_eq(offsetof(struct csock__sockaddr_hci, hci_dev), offsetof(struct sockaddr_hci, hci_dev));
    cr_assert_eq(sizeof(((struct csock__sockaddr_hci *)0)->hci_dev), sizeof(((struct sockaddr_hci *)0)->hci_dev));
    cr_assert_eq(offsetof(struct csock__sockaddr_hci, hci_channel), offsetof(struct sockaddr_hci, hci_channel));
    cr_assert_eq(sizeof(((struct csock__sockaddr_hci *)0)->hci_channel), sizeof(((struct sockaddr_hci *)0)->hci_channel));
}
#endif
#if __has_include(<bluetooth/bluetooth.h>) && __has_include(<bluetooth/sco.h>)
#include <bluetooth/bluetooth.h>
#include <bluetooth/sco.h>
#ifndef CSOCK__TEST_BDADDR
#define CSOCK__TEST_BDADDR
typedef struct {
    unsigned char b[6];
} csock__bdaddr;
#endif
struct csock__sockaddr_sco {
    sa_family_t sco_family;
    csock__bdaddr sco_bdaddr;
};

/* csock's declaration of struct sockaddr_sco is the system's. */
Test(addr_bt, layout_bt_sco)
{
    cr_assert_eq(sizeof(struct csock__sockaddr_sco), sizeof(struct sockaddr_sco));
    cr_assert_eq(offsetof(struct csock__sockaddr_sco, sco_family), offsetof(struct sockaddr_sco, sco_family));
    cr_assert_eq(sizeof(((struct csock__sockaddr_sco *)0)->sco_family), sizeof(((struct sockaddr_sco *)0)->sco_family));
    cr_assert_eq(offsetof(struct csock__sockaddr_sco, sco_bdaddr), offsetof(struct sockaddr_sco, sco_bdaddr));
    cr_assert_eq(sizeof(((struct csock__sockaddr_sco *)0)->sco_bdaddr), sizeof(((struct sockaddr_sco *)0)->sco_bdaddr));
}
#endif
#endif /* AF_BLUETOOTH */

#if defined(CSOCK_ADDR_HAVE_CAN)
#include <linux/can.h>
#if defined(CAN_RAW) || defined(CAN_BCM)
/* Every CAN interface. */
Test(addr_can, valid_raw_any)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_can_raw("");
    csock_addr want = csock_addr_can_raw("");
    memset(&err, 0, sizeof err);
    in.proto = want.proto = CAN_RAW;
    cr_assert_eq(csock_addr_encode(&in, AF_CAN, CAN_RAW, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, CAN_RAW, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_CAN, CAN_RAW, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "('',)");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if defined(CAN_RAW) || defined(CAN_BCM)
/* An interface by name (lo: any interface resolves, encode needs no CAN device). */
Test(addr_can, valid_raw_lo)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_can_raw("lo");
    csock_addr want = csock_addr_can_raw("lo");
    memset(&err, 0, sizeof err);
    in.proto = want.proto = CAN_RAW;
    cr_assert_eq(csock_addr_encode(&in, AF_CAN, CAN_RAW, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, CAN_RAW, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_CAN, CAN_RAW, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "('lo',)");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if defined(CAN_RAW) || defined(CAN_BCM)
/* CAN_BCM takes the same tuple. */
Test(addr_can, valid_bcm)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_can_raw("lo");
    csock_addr want = csock_addr_can_raw("lo");
    memset(&err, 0, sizeof err);
    in.proto = want.proto = CAN_BCM;
    cr_assert_eq(csock_addr_encode(&in, AF_CAN, CAN_BCM, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, CAN_BCM, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_CAN, CAN_BCM, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "('lo',)");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if defined(CAN_ISOTP)
/* ISO-TP receive and transmit ids. */
Test(addr_can, valid_isotp)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_can_isotp("", 2016u, 2024u);
    csock_addr want = csock_addr_can_isotp("", 2016u, 2024u);
    memset(&err, 0, sizeof err);
    in.proto = want.proto = CAN_ISOTP;
    cr_assert_eq(csock_addr_encode(&in, AF_CAN, CAN_ISOTP, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, CAN_ISOTP, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_CAN, CAN_ISOTP, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "('', 2016, 2024)");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if defined(CAN_J1939)
/* J1939_NO_NAME, J1939_NO_PGN, J1939_NO_ADDR. */
Test(addr_can, valid_j1939)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_can_j1939("", UINT64_C(18446744073709551615), 262144u, 255);
    csock_addr want = csock_addr_can_j1939("", UINT64_C(18446744073709551615), 262144u, 255);
    memset(&err, 0, sizeof err);
    in.proto = want.proto = CAN_J1939;
    cr_assert_eq(csock_addr_encode(&in, AF_CAN, CAN_J1939, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, CAN_J1939, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_CAN, CAN_J1939, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "('', 18446744073709551615, 262144, 255)");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if (defined(CAN_RAW) || defined(CAN_BCM)) && defined(AF_CAN)
/* A name of 16 bytes (IFNAMSIZ) leaves no room for the NUL. */
Test(addr_can, invalid_ifname_too_long)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_can_raw("abcdefghijklmnop");
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_CAN, CAN_RAW, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OS, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "AF_CAN interface name too long");
}
#endif
#if (defined(CAN_RAW) || defined(CAN_BCM)) && defined(AF_CAN)
/* An interface that does not exist. */
Test(addr_can, invalid_no_such_interface)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_can_raw("nosuchcan0");
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_CAN, CAN_RAW, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OS, "kind %d (%s)", err.kind, err.message);
    /* this target's ENODEV: its number and its C library's text */
    char want[512];
    snprintf(want, sizeof want, "[Errno %d] %s%s", ENODEV, strerror(ENODEV), "");
    cr_assert_str_eq(err.message, want);
}
#endif
#if (defined(CAN_RAW) || defined(CAN_BCM)) && defined(AF_INET)
/* An AF_CAN tuple for an AF_INET socket. */
Test(addr_can, invalid_for_inet_socket)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_can_raw("lo");
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET, CAN_RAW, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_TYPE, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "AF_INET address must be a pair (host, port)");
}
#endif
#endif /* AF_CAN */

#if defined(CSOCK_ADDR_HAVE_INET)
#include <netinet/in.h>
#if 1
/* The loopback address. */
Test(addr_inet, valid_loopback)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_inet("127.0.0.1", 8080);
    csock_addr want = csock_addr_inet("127.0.0.1", 8080);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_INET, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "127.0.0.1:8080");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* '' is INADDR_ANY. */
Test(addr_inet, valid_any)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_inet("", 0);
    csock_addr want = csock_addr_inet("0.0.0.0", 0);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_INET, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "0.0.0.0:0");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* '<broadcast>' is INADDR_BROADCAST. */
Test(addr_inet, valid_broadcast)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_inet("<broadcast>", 9);
    csock_addr want = csock_addr_inet("255.255.255.255", 9);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_INET, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "255.255.255.255:9");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* The highest port. */
Test(addr_inet, valid_max_port)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_inet("10.1.2.3", 65535);
    csock_addr want = csock_addr_inet("10.1.2.3", 65535);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_INET, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "10.1.2.3:65535");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* 'localhost' resolves to the loopback address. */
Test(addr_inet, valid_localhost)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_inet("localhost", 1);
    csock_addr want = csock_addr_inet("127.0.0.1", 1);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_INET, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "127.0.0.1:1");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if (1) && defined(AF_INET)
/* A port above 65535. */
Test(addr_inet, invalid_port_high)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet("127.0.0.1", 70000);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OVERFLOW, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "bind(): port must be 0-65535.");
}
#endif
#if (1) && defined(AF_INET)
/* A negative port names the caller. */
Test(addr_inet, invalid_port_negative)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet("127.0.0.1", -1);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET, 0, "connect", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OVERFLOW, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "connect(): port must be 0-65535.");
}
#endif
#if (1) && defined(AF_INET)
/* The message names the calling method. */
Test(addr_inet, invalid_port_sendto)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet("127.0.0.1", 65536);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET, 0, "sendto", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OVERFLOW, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "sendto(): port must be 0-65535.");
}
#endif
#if (1) && defined(AF_INET)
/* Not a number and not a name that resolves. */
Test(addr_inet, invalid_bad_numeric)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet("127.0.0.1x", 0);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_GAI, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "[Errno -2] Name or service not known");
}
#endif
#if (1) && defined(AF_INET6)
/* A pair where AF_INET6 wants its tuple (C: an AF_INET csock_addr for an AF_INET6 socket). */
Test(addr_inet, invalid_for_inet6_socket)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet("127.0.0.1", 0);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_TYPE, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
}
#endif
#if (1) && defined(AF_UNIX)
/* A tuple given to an AF_UNIX socket. */
Test(addr_inet, invalid_for_unix_socket)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet("127.0.0.1", 0);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_UNIX, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_TYPE, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "a bytes-like object is required, not 'tuple'");
}
#endif
#endif /* AF_INET */

#if defined(CSOCK_ADDR_HAVE_INET6)
#include <netinet/in.h>
#if 1
/* The loopback address. */
Test(addr_inet6, valid_loopback)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_inet6("::1", 8080, 0u, 0u);
    csock_addr want = csock_addr_inet6("::1", 8080, 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_INET6, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "[::1]:8080");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* Flowinfo and scope_id default to 0. */
Test(addr_inet6, valid_pair)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_inet6("::1", 1, 0u, 0u);
    csock_addr want = csock_addr_inet6("::1", 1, 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_INET6, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "[::1]:1");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* '' is the unspecified address ::. */
Test(addr_inet6, valid_any)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_inet6("", 0, 0u, 0u);
    csock_addr want = csock_addr_inet6("::", 0, 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_INET6, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "[::]:0");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* The highest flowinfo and a scope. */
Test(addr_inet6, valid_flowinfo_max)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_inet6("fe80::1", 443, 1048575u, 1u);
    csock_addr want = csock_addr_inet6("fe80::1", 443, 1048575u, 1u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_INET6, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "[fe80::1%1]:443");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* Decoding gives the compressed form. */
Test(addr_inet6, valid_expanded)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_inet6("2001:db8:0:0:0:0:0:1", 80, 0u, 0u);
    csock_addr want = csock_addr_inet6("2001:db8::1", 80, 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_INET6, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "[2001:db8::1]:80");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* An IPv4-mapped address. */
Test(addr_inet6, valid_mapped)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_inet6("::ffff:127.0.0.1", 80, 0u, 0u);
    csock_addr want = csock_addr_inet6("::ffff:127.0.0.1", 80, 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_INET6, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "[::ffff:127.0.0.1]:80");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* The highest scope_id. */
Test(addr_inet6, valid_scope_max)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_inet6("::1", 0, 0u, 4294967295u);
    csock_addr want = csock_addr_inet6("::1", 0, 0u, 4294967295u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_INET6, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "[::1%4294967295]:0");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if (1) && defined(AF_INET6)
/* A port above 65535. */
Test(addr_inet6, invalid_port_high)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet6("::1", 70000, 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OVERFLOW, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "bind(): port must be 0-65535.");
}
#endif
#if (1) && defined(AF_INET6)
/* A flowinfo above 2**20-1. */
Test(addr_inet6, invalid_flowinfo_high)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet6("::1", 0, 1048576u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OVERFLOW, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "bind(): flowinfo must be 0-1048575.");
}
#endif
#if (1) && defined(AF_INET6)
/* Python's -1 (here 2**32-1) names the caller. */
Test(addr_inet6, invalid_flowinfo_connect)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet6("::1", 0, 4294967295u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "connect", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OVERFLOW, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "connect(): flowinfo must be 0-1048575.");
}
#endif
#if (1) && defined(AF_INET6)
/* '<broadcast>' is for AF_INET only. */
Test(addr_inet6, invalid_broadcast)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet6("<broadcast>", 0, 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OS, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "address family mismatched");
}
#endif
#if (1) && defined(AF_INET6)
/* So is 255.255.255.255 (Python's setipaddr treats it as '<broadcast>'). */
Test(addr_inet6, invalid_broadcast_numeric)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet6("255.255.255.255", 0, 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OS, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "address family mismatched");
}
#endif
#if (1) && defined(AF_INET6)
/* An IPv4 address is not an AF_INET6 host. */
Test(addr_inet6, invalid_ipv4_host)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet6("127.0.0.1", 0, 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_GAI, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "[Errno -9] Address family for hostname not supported");
}
#endif
#if (1) && defined(AF_INET6)
/* The host is resolved before the port is checked (CPython's order). */
Test(addr_inet6, invalid_host_before_port)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet6("127.0.0.1", 70000, 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_GAI, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "[Errno -9] Address family for hostname not supported");
}
#endif
#if (1) && defined(AF_INET)
/* A 4-tuple for an AF_INET socket. */
Test(addr_inet6, invalid_for_inet_socket)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_inet6("::1", 0, 0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_TYPE, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "AF_INET address must be a pair (host, port)");
}
#endif
#endif /* AF_INET6 */

#if defined(CSOCK_ADDR_HAVE_LINK)
#include <net/if_dl.h>
#if 1
/* An Ethernet interface. */
Test(addr_link, valid_ether)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_link(1, 6, "em0", "\x00\x11\"3D\xff", 6);
    csock_addr want = csock_addr_link(1, 6, "em0", "\x00\x11\"3D\xff", 6);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_LINK, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_LINK, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "(1, 6, 'em0', b'\\x00\\x11\"3D\\xff')");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* The loopback interface has no link-level address. */
Test(addr_link, valid_no_lladdr)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_link(2, 24, "lo0", "", 0);
    csock_addr want = csock_addr_link(2, 24, "lo0", "", 0);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_LINK, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_LINK, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "(2, 24, 'lo0', b'')");
    cr_assert_eq(tl, strlen(text));
}
#endif
#endif /* AF_LINK */

#if defined(CSOCK_ADDR_HAVE_NETLINK)
#include <linux/netlink.h>
#if 1
/* Let the kernel choose the port id. */
Test(addr_netlink, valid_kernel)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_netlink(0u, 0u);
    csock_addr want = csock_addr_netlink(0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_NETLINK, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_NETLINK, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "(0, 0)");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* A port id and two groups. */
Test(addr_netlink, valid_pid_groups)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_netlink(1234u, 5u);
    csock_addr want = csock_addr_netlink(1234u, 5u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_NETLINK, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_NETLINK, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "(1234, 5)");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* The largest values. */
Test(addr_netlink, valid_max)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_netlink(4294967295u, 4294967295u);
    csock_addr want = csock_addr_netlink(4294967295u, 4294967295u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_NETLINK, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_NETLINK, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "(4294967295, 4294967295)");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if (1) && defined(AF_INET)
/* A pair of integers is not an AF_INET address (CPython: the host must be a str; csock reports the tuple-shape TypeError). */
Test(addr_netlink, invalid_for_inet_socket)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_netlink(0u, 0u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_TYPE, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "AF_INET address must be a pair (host, port)");
}
#endif
#endif /* AF_NETLINK */

#if defined(CSOCK_ADDR_HAVE_PACKET)
#include <linux/if_packet.h>
#if 1
/* The loopback interface, ETH_P_IP, PACKET_HOST, ARPHRD_LOOPBACK. */
Test(addr_packet, valid_loopback)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_packet("lo", 2048, 0, 772, "\x00\x00\x00\x00\x00\x00", 6);
    csock_addr want = csock_addr_packet("lo", 2048, 0, 772, "\x00\x00\x00\x00\x00\x00", 6);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_PACKET, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_PACKET, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "('lo', 2048, 0, 772, b'\\x00\\x00\\x00\\x00\\x00\\x00')");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* Only ifname and proto; the rest defaults to 0 / empty. */
Test(addr_packet, valid_short)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_packet("lo", 3, 0, 0, "", 0);
    csock_addr want = csock_addr_packet("lo", 3, 0, 0, "", 0);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_PACKET, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_PACKET, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "('lo', 3, 0, 0, b'')");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* The longest hardware address and the highest protocol. */
Test(addr_packet, valid_hwaddr_8)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_packet("lo", 65535, 4, 1, "\x01\x02\x03\x04\x05\x06\x07\x08", 8);
    csock_addr want = csock_addr_packet("lo", 65535, 4, 1, "\x01\x02\x03\x04\x05\x06\x07\x08", 8);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_PACKET, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_PACKET, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "('lo', 65535, 4, 1, b'\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08')");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if (1) && defined(AF_PACKET)
/* A protocol above 65535. */
Test(addr_packet, invalid_proto_high)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_packet("lo", 70000, 0, 0, "", 0);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_PACKET, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OVERFLOW, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "bind(): proto must be 0-65535.");
}
#endif
#if (1) && defined(AF_PACKET)
/* A negative protocol names the caller. */
Test(addr_packet, invalid_proto_negative)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_packet("lo", -1, 0, 0, "", 0);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_PACKET, 0, "sendto", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OVERFLOW, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "sendto(): proto must be 0-65535.");
}
#endif
#if (1) && defined(AF_PACKET)
/* An interface that does not exist. */
Test(addr_packet, invalid_no_such_interface)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_packet("nosuchif0", 0, 0, 0, "", 0);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_PACKET, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OS, "kind %d (%s)", err.kind, err.message);
    /* this target's ENODEV: its number and its C library's text */
    char want[512];
    snprintf(want, sizeof want, "[Errno %d] %s%s", ENODEV, strerror(ENODEV), "");
    cr_assert_str_eq(err.message, want);
}
#endif
#if (1) && defined(AF_PACKET)
/* '' is looked up like any name (CPython: SIOCGIFINDEX of ''). */
Test(addr_packet, invalid_empty_interface)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_packet("", 0, 0, 0, "", 0);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_PACKET, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OS, "kind %d (%s)", err.kind, err.message);
    /* this target's ENODEV: its number and its C library's text */
    char want[512];
    snprintf(want, sizeof want, "[Errno %d] %s%s", ENODEV, strerror(ENODEV), "");
    cr_assert_str_eq(err.message, want);
}
#endif
#if (1) && defined(AF_PACKET)
/* The interface is looked up before the protocol is checked (CPython's order). */
Test(addr_packet, invalid_interface_before_proto)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_packet("nosuchif0", 70000, 0, 0, "", 0);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_PACKET, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OS, "kind %d (%s)", err.kind, err.message);
    /* this target's ENODEV: its number and its C library's text */
    char want[512];
    snprintf(want, sizeof want, "[Errno %d] %s%s", ENODEV, strerror(ENODEV), "");
    cr_assert_str_eq(err.message, want);
}
#endif
#if (1) && defined(AF_PACKET)
/* The hardware address is checked before the protocol (CPython's order). */
Test(addr_packet, invalid_hwaddr_before_proto)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_packet("lo", 70000, 0, 0, "\x01\x02\x03\x04\x05\x06\x07\x08\x09", 9);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_PACKET, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_VALUE, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "Hardware address must be 8 bytes or less");
}
#endif
#if (1) && defined(AF_PACKET)
/* A hardware address longer than sll_addr. */
Test(addr_packet, invalid_hwaddr_9)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_packet("lo", 0, 0, 0, "\x01\x02\x03\x04\x05\x06\x07\x08\x09", 9);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_PACKET, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_VALUE, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "Hardware address must be 8 bytes or less");
}
#endif
#if (1) && defined(AF_NETLINK)
/* An AF_PACKET tuple for an AF_NETLINK socket. */
Test(addr_packet, invalid_for_netlink_socket)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_packet("lo", 0, 0, 0, "", 0);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_NETLINK, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_TYPE, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "AF_NETLINK address must be a pair (pid, groups)");
}
#endif
#endif /* AF_PACKET */

#if defined(CSOCK_ADDR_HAVE_QIPCRTR)
#include <linux/qrtr.h>
#if 1
/* A node and port. */
Test(addr_qipcrtr, valid_node_port)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_qipcrtr(1u, 1024u);
    csock_addr want = csock_addr_qipcrtr(1u, 1024u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_QIPCRTR, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_QIPCRTR, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "(1, 1024)");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* QRTR_NODE_BCAST, QRTR_PORT_CTRL. */
Test(addr_qipcrtr, valid_broadcast)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_qipcrtr(4294967295u, 4294967294u);
    csock_addr want = csock_addr_qipcrtr(4294967295u, 4294967294u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_QIPCRTR, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_QIPCRTR, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "(4294967295, 4294967294)");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if (1) && defined(AF_INET)
/* A node and port for an AF_INET socket. */
Test(addr_qipcrtr, invalid_for_inet_socket)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_qipcrtr(1u, 2u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_TYPE, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "AF_INET address must be a pair (host, port)");
}
#endif
#endif /* AF_QIPCRTR */

#if defined(CSOCK_ADDR_HAVE_RDS)
#include <netinet/in.h>
#if 1
/* The loopback address (decodes as AF_INET). */
Test(addr_rds, valid_loopback)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_rds("127.0.0.1", 4000);
    /* Decodes as AF_INET. */
    csock_addr want = csock_addr_inet("127.0.0.1", 4000);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_RDS, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_INET, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "127.0.0.1:4000");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if (1) && defined(AF_RDS)
/* AF_INET's port check. */
Test(addr_rds, invalid_port_high)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_rds("127.0.0.1", 65536);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_RDS, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OVERFLOW, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "bind(): port must be 0-65535.");
}
#endif
#endif /* AF_RDS */

#if defined(CSOCK_ADDR_HAVE_TIPC)
#include <linux/tipc.h>
#if 1
/* TIPC_ADDR_NAMESEQ, a service range, TIPC_CLUSTER_SCOPE. */
Test(addr_tipc, valid_nameseq)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_tipc(1u, 18888u, 17u, 17u, 2);
    csock_addr want = csock_addr_tipc(1u, 18888u, 17u, 17u, 2);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_TIPC, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_TIPC, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "(1, 18888, 17, 17, 2)");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* TIPC_ADDR_NAME without scope (TIPC_CLUSTER_SCOPE); v3 decodes as the instance. */
Test(addr_tipc, valid_name)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_tipc(2u, 18888u, 17u, 0u, TIPC_CLUSTER_SCOPE);
    csock_addr want = csock_addr_tipc(2u, 18888u, 17u, 17u, 2);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_TIPC, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_TIPC, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "(2, 18888, 17, 17, 2)");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* TIPC_ADDR_ID ignores v3. */
Test(addr_tipc, valid_id)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_tipc(3u, 4711u, 1234u, 99u, 3);
    csock_addr want = csock_addr_tipc(3u, 4711u, 1234u, 0u, 3);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_TIPC, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_TIPC, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "(3, 4711, 1234, 0, 3)");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if (1) && defined(AF_TIPC)
/* An unknown addr_type. */
Test(addr_tipc, invalid_bad_type)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_tipc(9u, 1u, 2u, 3u, TIPC_CLUSTER_SCOPE);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_TIPC, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_TYPE, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "Invalid address type");
}
#endif
#if (1) && defined(AF_VSOCK)
/* A TIPC tuple (5 items once decoded) for an AF_VSOCK socket: Python's argument-count TypeError. */
Test(addr_tipc, invalid_for_vsock_socket)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_tipc(1u, 2u, 3u, 4u, TIPC_CLUSTER_SCOPE);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_VSOCK, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_TYPE, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "getsockaddrarg() takes exactly 2 arguments (5 given)");
}
#endif
#endif /* AF_TIPC */

#if defined(CSOCK_ADDR_HAVE_UN)
#include <sys/un.h>
#if 1
/* A filesystem path. */
Test(addr_un, valid_path)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_unix_bytes("/tmp/csock.sock", 15);
    csock_addr want = csock_addr_unix_bytes("/tmp/csock.sock", 15);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_UNIX, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_UNIX, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "/tmp/csock.sock");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* A relative path. */
Test(addr_un, valid_relative)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_unix_bytes("sock", 4);
    csock_addr want = csock_addr_unix_bytes("sock", 4);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_UNIX, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_UNIX, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "sock");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* 107 bytes, the longest filesystem path. */
Test(addr_un, valid_longest_path)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_unix_bytes("/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 107);
    csock_addr want = csock_addr_unix_bytes("/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 107);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_UNIX, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_UNIX, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* A Linux abstract name (bytes in Python). */
Test(addr_un, valid_abstract)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_unix_bytes("\x00""csock-abstract", 15);
    csock_addr want = csock_addr_unix_bytes("\x00""csock-abstract", 15);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_UNIX, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_UNIX, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "@csock-abstract");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* An abstract name of 108 bytes fills sun_path. */
Test(addr_un, valid_abstract_full)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_unix_bytes("\x00""aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 108);
    csock_addr want = csock_addr_unix_bytes("\x00""aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 108);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_UNIX, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_UNIX, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if (1) && defined(AF_UNIX)
/* 108 bytes leave no room for the NUL. */
Test(addr_un, invalid_too_long)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_unix_bytes("/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 108);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_UNIX, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OS, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "AF_UNIX path too long");
}
#endif
#if (1) && defined(AF_UNIX)
/* An abstract name of 109 bytes. */
Test(addr_un, invalid_abstract_too_long)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_unix_bytes("\x00""aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 109);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_UNIX, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_OS, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "AF_UNIX path too long");
}
#endif
#if (1) && defined(AF_INET)
/* A path given to an AF_INET socket (Python passes a str where a tuple is needed). */
Test(addr_un, invalid_for_inet_socket)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_unix_bytes("/tmp/x", 6);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET, 0, "connect", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_TYPE, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "connect(): AF_INET address must be tuple, not str");
}
#endif
#endif /* AF_UNIX */

#if defined(CSOCK_ADDR_HAVE_VSOCK)
#include <linux/vm_sockets.h>
#if 1
/* The host (VMADDR_CID_HOST) on port 1024. */
Test(addr_vsock, valid_host)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_vsock(2u, 1024u);
    csock_addr want = csock_addr_vsock(2u, 1024u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_VSOCK, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_VSOCK, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "(2, 1024)");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if 1
/* VMADDR_CID_ANY and VMADDR_PORT_ANY. */
Test(addr_vsock, valid_any)
{
    csock_error err;
    struct sockaddr_storage ss, ss2;
    socklen_t len = 0, len2 = 0;
    csock_addr got;
    csock_addr in = csock_addr_vsock(4294967295u, 4294967295u);
    csock_addr want = csock_addr_vsock(4294967295u, 4294967295u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_VSOCK, 0, "bind", &ss, &len, &err), 0,
                 "encode: %s", err.message);
    cr_assert_eq(csock_addr_decode((const struct sockaddr *)&ss, len, 0, &got, &err), 0,
                 "decode: %s", err.message);
    cr_assert(csock_addr_equal(&got, &want), "decoded value differs from the expected one");
    cr_assert_eq(csock_addr_encode(&got, AF_VSOCK, 0, "bind", &ss2, &len2, &err), 0,
                 "re-encode: %s", err.message);
    cr_assert_eq(len2, len);
    cr_assert_eq(memcmp(&ss, &ss2, len), 0, "re-encoded sockaddr differs");
    /* csock_addr_format: the text (Python's repr() where the family has
     * no form of its own), computed by the generator from the value */
    char text[CSOCK_ADDR_TEXT_MAX];
    size_t tl = csock_addr_format(&got, text, sizeof text);
    cr_assert_str_eq(text, "(4294967295, 4294967295)");
    cr_assert_eq(tl, strlen(text));
}
#endif
#if (1) && defined(AF_INET6)
/* A vsock pair for an AF_INET6 socket. */
Test(addr_vsock, invalid_for_inet6_socket)
{
    csock_error err;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    csock_addr in = csock_addr_vsock(2u, 1024u);
    memset(&err, 0, sizeof err);
    cr_assert_eq(csock_addr_encode(&in, AF_INET6, 0, "bind", &ss, &len, &err), -1);
    cr_assert_eq(err.kind, CSOCK_ERR_TYPE, "kind %d (%s)", err.kind, err.message);
    cr_assert_str_eq(err.message, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
}
#endif
#endif /* AF_VSOCK */

