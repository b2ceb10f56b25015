/* Generated from spec/constants/families.yaml, spec/constants/misc.yaml, spec/platforms.yaml by generator/csockgen with templates/constants_test.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
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
#if __has_include(<linux/netlink.h>)
#include <linux/netlink.h>
#define CSOCK__HDR_LINUX_NETLINK_H 1
#else
#define CSOCK__HDR_LINUX_NETLINK_H 0
#endif
#if __has_include(<netinet/in.h>)
#include <netinet/in.h>
#define CSOCK__HDR_NETINET_IN_H 1
#else
#define CSOCK__HDR_NETINET_IN_H 0
#endif
#if __has_include(<linux/can/bcm.h>)
#include <linux/can/bcm.h>
#define CSOCK__HDR_LINUX_CAN_BCM_H 1
#else
#define CSOCK__HDR_LINUX_CAN_BCM_H 0
#endif
#if __has_include(<bluetooth/bluetooth.h>)
#include <bluetooth/bluetooth.h>
#define CSOCK__HDR_BLUETOOTH_BLUETOOTH_H 1
#else
#define CSOCK__HDR_BLUETOOTH_BLUETOOTH_H 0
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
#ifdef AF_INET
    { "AF_INET", 1, (long long)(AF_INET) },
#else
    { "AF_INET", 0, 0 },
#endif
#ifdef AF_NETLINK
    { "AF_NETLINK", 1, (long long)(AF_NETLINK) },
#else
    { "AF_NETLINK", 0, 0 },
#endif
#ifdef AF_ROUTE
    { "AF_ROUTE", 1, (long long)(AF_ROUTE) },
#else
    { "AF_ROUTE", 0, 0 },
#endif
    { "BDADDR_ANY", -1, 0 },
#if CSOCK__HDR_LINUX_CAN_BCM_H
    { "CAN_BCM_TX_SETUP", 1, (long long)(TX_SETUP) },
#else
    { "CAN_BCM_TX_SETUP", 0, 0 },
#endif
#ifdef INADDR_ANY
    { "INADDR_ANY", 1, (long long)(INADDR_ANY) },
#else
    { "INADDR_ANY", 1, 0LL },
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
    { "AF_INET", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "AF_NETLINK", "linux/netlink.h", CSOCK__HDR_LINUX_NETLINK_H },
    { "AF_ROUTE", "sys/socket.h", CSOCK__HDR_SYS_SOCKET_H },
    { "BDADDR_ANY", "bluetooth/bluetooth.h", CSOCK__HDR_BLUETOOTH_BLUETOOTH_H },
    { "CAN_BCM_TX_SETUP", "linux/can/bcm.h", CSOCK__HDR_LINUX_CAN_BCM_H },
    { "INADDR_ANY", "netinet/in.h", CSOCK__HDR_NETINET_IN_H },
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
