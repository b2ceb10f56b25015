/* Conversions: byte order, inet_*, interfaces -- values and Python's
 * errors (kind + exact message). */
#include "common.h"

#include <net/if.h>

TestSuite(convert, .init = fd_check_init, .fini = fd_check_fini);

Test(convert, byte_order_values)
{
    /* A byte swap on a little-endian machine, the identity on a
     * big-endian one (s390x under qemu). */
    const unsigned one = 1;
    const int little = *(const unsigned char *)&one == 1;
    csock_error e;
    cr_assert_eq(csock_htons(0x1234, &e), little ? 0x3412 : 0x1234);
    cr_assert_eq(csock_ntohs(0x3412, &e), little ? 0x1234 : 0x3412);
    cr_assert_eq(csock_htons(0, &e), 0);
    cr_assert_eq(csock_htons(65535, &e), 65535);
    cr_assert_eq(csock_htonl(0x12345678, &e), little ? 0x78563412 : 0x12345678);
    cr_assert_eq(csock_ntohl(0x78563412, &e), little ? 0x12345678 : 0x78563412);
    cr_assert_eq(csock_htonl(0xffffffffLL, &e), 0xffffffffLL);
}

Test(convert, byte_order_range_checks)
{
    csock_error e;
    cr_assert_eq(csock_htons(70000, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OVERFLOW,
        "htons: Python int too large to convert to C 16-bit unsigned integer");
    cr_assert_eq(csock_ntohs(65536, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OVERFLOW,
        "ntohs: Python int too large to convert to C 16-bit unsigned integer");
    cr_assert_eq(csock_htons(-1, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OVERFLOW,
        "htons: can't convert negative Python int to C 16-bit unsigned integer");
    cr_assert_eq(csock_ntohs(-1, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OVERFLOW,
        "ntohs: can't convert negative Python int to C 16-bit unsigned integer");
    cr_assert_eq(csock_htonl(0x100000000LL, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OVERFLOW, "int larger than 32 bits");
    cr_assert_eq(csock_ntohl(0x100000000LL, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OVERFLOW, "int larger than 32 bits");
    cr_assert_eq(csock_htonl(-1, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OVERFLOW, "can't convert negative value to unsigned int");
    cr_assert_eq(csock_ntohl(-5, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OVERFLOW, "can't convert negative value to unsigned int");
}

Test(convert, inet_aton_ntoa)
{
    csock_error e;
    unsigned char p[4];
    ASSERT_OK(csock_inet_aton("123.45.67.89", p, &e), e);
    cr_assert_eq(p[0], 123);
    cr_assert_eq(p[3], 89);
    /* fewer than three dots, as inet(3): 1.2.3 == 1.2.0.3 */
    ASSERT_OK(csock_inet_aton("1.2.3", p, &e), e);
    cr_assert_eq(memcmp(p, "\x01\x02\x00\x03", 4), 0);
    char out[CSOCK_INET_ADDRSTRLEN];
    ASSERT_OK(csock_inet_ntoa(p, 4, out, &e), e);
    cr_assert_str_eq(out, "1.2.0.3");

    cr_assert_eq(csock_inet_aton("1.2.3.4.5", p, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, "illegal IP address string passed to inet_aton");
    cr_assert_eq(csock_inet_aton("", p, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, "illegal IP address string passed to inet_aton");
    cr_assert_eq(csock_inet_aton_n("1.2\0.3", 6, p, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "embedded null character");
    ASSERT_OK(csock_inet_aton_n("10.0.0.1junk", 8, p, &e), e);
    cr_assert_eq(p[0], 10);
    cr_assert_eq(p[3], 1);
    cr_assert_eq(csock_inet_ntoa("123", 3, out, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, "packed IP wrong length for inet_ntoa");
    cr_assert_eq(csock_inet_ntoa("12345", 5, out, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, "packed IP wrong length for inet_ntoa");
}

Test(convert, inet_pton_ntop)
{
    csock_error e;
    unsigned char p[16];
    char out[CSOCK_INET6_ADDRSTRLEN];
    cr_assert_eq(csock_inet_pton(AF_INET, "7.10.0.5", p, &e), 4);
    ASSERT_OK(csock_inet_ntop(AF_INET, p, 4, out, &e), e);
    cr_assert_str_eq(out, "7.10.0.5");
    cr_assert_eq(csock_inet_pton(AF_INET6, "5aef:2b::8", p, &e), 16);
    cr_assert_eq(p[0], 0x5a);
    cr_assert_eq(p[15], 8);
    ASSERT_OK(csock_inet_ntop(AF_INET6, p, 16, out, &e), e);
    cr_assert_str_eq(out, "5aef:2b::8");
    cr_assert_eq(csock_inet_pton_n(AF_INET6, "::1", 3, p, &e), 16);
    cr_assert_eq(p[15], 1);

    cr_assert_eq(csock_inet_pton(AF_INET, "1.2.3", p, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, "illegal IP address string passed to inet_pton");
    cr_assert_eq(csock_inet_pton(AF_INET6, "zz::", p, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, "illegal IP address string passed to inet_pton");
    cr_assert_eq(csock_inet_pton(999, "1.2.3.4", p, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EAFNOSUPPORT));
    cr_assert_eq(e.code, EAFNOSUPPORT);
    cr_assert_eq(csock_inet_pton_n(AF_INET, "1.2\0.3.4", 8, p, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "embedded null character");

    cr_assert_eq(csock_inet_ntop(AF_INET, "123", 3, out, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "invalid length of packed IP address string");
    cr_assert_eq(csock_inet_ntop(AF_INET6, "1234", 4, out, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "invalid length of packed IP address string");
    cr_assert_eq(csock_inet_ntop(999, "1234", 4, out, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "unknown address family 999");
}

Test(convert, interfaces)
{
    csock_error e;
    size_t n = 0;
    csock_ifname *l = csock_if_nameindex(&n, &e);
    ASSERT_PTR(l, e);
    cr_assert_geq(n, 1);
    int found_lo = 0;
    for (size_t i = 0; i < n; i++) {
        char name[CSOCK_IFNAMSIZ];
        ASSERT_OK(csock_if_indextoname(l[i].index, name, &e), e);
        cr_assert_str_eq(name, l[i].name);
        cr_assert_eq(csock_if_nametoindex(l[i].name, &e), l[i].index);
        if (strcmp(l[i].name, "lo") == 0)
            found_lo = 1;
    }
    cr_assert(found_lo, "if_nameindex lists lo");
    csock_ifname_free(l);
    cr_assert_neq(csock_if_nametoindex("lo", &e), 0);

    cr_assert_eq(csock_if_nametoindex("nosuchif0", &e), 0);
    ASSERT_ERR(e, CSOCK_ERR_OS, "no interface with this name");
    char name[CSOCK_IFNAMSIZ];
    cr_assert_eq(csock_if_indextoname(-1, name, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OVERFLOW, "can't convert negative value to unsigned int");
    cr_assert_eq(csock_if_indextoname(0, name, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(ENXIO));
    cr_assert_eq(csock_if_indextoname(99999, name, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(ENXIO));
}
