/* csock_addr_format and csock_addr_port: an address as text and its port,
 * whatever the family.  AF_INET, AF_INET6 and AF_UNIX have the forms
 * people write ("127.0.0.1:8080", "[::1]:8080", "/srv/app.sock",
 * "@abstract"); every other family is Python's repr() of the value
 * socket.getsockname() would return there, generated per address format
 * from the field-type model (csock__addr_repr in generated/src/addr.c). */
#include "internal.h"
#include "addr_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static void put(csock__text *o, const char *s, size_t n)
{
    if (o->len < o->size) {
        size_t room = o->size - 1 - o->len;
        memcpy(o->buf + o->len, s, n < room ? n : room);
        o->buf[o->len + (n < room ? n : room)] = '\0';
    }
    o->len += n;
}

void csock__text_puts(csock__text *o, const char *s)
{
    put(o, s, strlen(s));
}

void csock__text_printf(csock__text *o, const char *fmt, ...)
{
    char tmp[64];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0)
        put(o, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* repr()'s escapes for one byte of bytes (or of a str's ASCII range). */
static void escaped(csock__text *o, unsigned char c, char quote)
{
    char tmp[5];
    if (c == (unsigned char)quote || c == '\\') {
        tmp[0] = '\\';
        tmp[1] = (char)c;
        put(o, tmp, 2);
    } else if (c == '\t') {
        put(o, "\\t", 2);
    } else if (c == '\n') {
        put(o, "\\n", 2);
    } else if (c == '\r') {
        put(o, "\\r", 2);
    } else if (c < 0x20 || c == 0x7f) {
        snprintf(tmp, sizeof tmp, "\\x%02x", c);
        put(o, tmp, 4);
    } else {
        tmp[0] = (char)c;
        put(o, tmp, 1);
    }
}

/* Python's quote choice: ' unless the text has ' and no ". */
static char quote_for(const char *s, size_t n)
{
    return memchr(s, '\'', n) && !memchr(s, '"', n) ? '"' : '\'';
}

void csock__text_pystr(csock__text *o, const char *s, size_t n)
{
    char q = quote_for(s, n);
    put(o, &q, 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) /* UTF-8 text goes through as it is */
            put(o, s + i, 1);
        else
            escaped(o, c, q);
    }
    put(o, &q, 1);
}

void csock__text_pybytes(csock__text *o, const unsigned char *s, size_t n)
{
    char q = quote_for((const char *)s, n);
    put(o, "b", 1);
    put(o, &q, 1);
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= 0x80) {
            char tmp[5];
            snprintf(tmp, sizeof tmp, "\\x%02x", s[i]);
            put(o, tmp, 4);
        } else {
            escaped(o, s[i], q);
        }
    }
    put(o, &q, 1);
}

void csock__text_pypath(csock__text *o, const char *path, size_t n)
{
    if (n > 0 && path[0] == '\0')
        csock__text_pybytes(o, (const unsigned char *)path, n);
    else
        csock__text_pystr(o, path, strnlen(path, n));
}

/* An AF_UNIX name as people write it: the path itself; an abstract name
 * as "@" and its bytes (a NUL or another byte that is not printable
 * ASCII as \xNN, so the text is one line and unambiguous); an unnamed
 * socket as "". */
static void unix_text(csock__text *o, const char *path, size_t n)
{
    size_t start = 0;
    if (n > 0 && path[0] == '\0') {
        put(o, "@", 1);
        start = 1;
    } else {
        n = strnlen(path, n);
    }
    for (size_t i = start; i < n; i++) {
        unsigned char c = (unsigned char)path[i];
        if (start && (c < 0x20 || c >= 0x7f)) {
            char tmp[5];
            snprintf(tmp, sizeof tmp, "\\x%02x", c);
            put(o, tmp, 4);
        } else {
            put(o, path + i, 1);
        }
    }
}

size_t csock_addr_format(const csock_addr *a, char *buf, size_t size)
{
    csock__text o = { buf, size, 0 };
    if (buf && size)
        buf[0] = '\0';
    if (!buf)
        o.size = 0;
    if (!a || a->family == 0)
        return 0; /* no address: "" */
    switch (a->family) {
    case AF_INET:
        csock__text_printf(&o, "%.*s:%d", (int)strnlen(a->u.inet.host, sizeof a->u.inet.host),
                           a->u.inet.host, a->u.inet.port);
        return o.len;
#ifdef AF_INET6
    case AF_INET6:
        put(&o, "[", 1);
        put(&o, a->u.inet6.host, strnlen(a->u.inet6.host, sizeof a->u.inet6.host));
        if (a->u.inet6.scope_id && !strchr(a->u.inet6.host, '%'))
            csock__text_printf(&o, "%%%u", (unsigned)a->u.inet6.scope_id);
        csock__text_printf(&o, "]:%d", a->u.inet6.port);
        return o.len;
#endif
#ifdef AF_UNIX
    case AF_UNIX:
        unix_text(&o, a->u.un.path,
                  a->u.un.len < sizeof a->u.un.path ? a->u.un.len : sizeof a->u.un.path);
        return o.len;
#endif
    default:
        break;
    }
    if (csock__addr_repr(&o, a) < 0) /* a family (or protocol) without format */
        csock__text_printf(&o, "(%d, b'')", a->family);
    return o.len;
}

int csock_addr_port(const csock_addr *a)
{
    if (!a)
        return -1;
    switch (a->family) {
    case AF_INET:
        return a->u.inet.port;
#ifdef AF_INET6
    case AF_INET6:
        return a->u.inet6.port;
#endif
    default:
        return -1;
    }
}
