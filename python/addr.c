/* Python address objects <-> csock_addr, with CPython 3.11's
 * getsockaddrarg/makesockaddr shapes and messages, for every family. */
#include "csock_py.h"

#include <errno.h>
#include <limits.h>
#include <netdb.h>
#include <string.h>
#include <sys/ioctl.h>
#include <net/if.h>
#ifdef __linux__
#include <linux/if_packet.h>
#if defined(AF_CAN)
#include <linux/can.h>
#endif
#if defined(AF_TIPC)
#include <linux/tipc.h>
#endif
#endif
#ifndef BTPROTO_L2CAP
#define BTPROTO_L2CAP 0
#endif
#ifndef BTPROTO_HCI
#define BTPROTO_HCI 1
#endif
#ifndef BTPROTO_SCO
#define BTPROTO_SCO 2
#endif
#ifndef BTPROTO_RFCOMM
#define BTPROTO_RFCOMM 3
#endif

#include "csock/csock_constants.h"

static int copy_host(char *dst, PyObject *hostb)
{
    Py_ssize_t n = PyBytes_GET_SIZE(hostb);
    if (n >= CSOCK_ADDR_HOST_MAX) {
        /* longer than any DNS name: the resolver says so */
        PyObject *v = Py_BuildValue("(is)", EAI_NONAME, gai_strerror(EAI_NONAME));
        if (v) {
            PyErr_SetObject(csock_py_gaierror, v);
            Py_DECREF(v);
        }
        return -1;
    }
    memcpy(dst, PyBytes_AS_STRING(hostb), (size_t)n + 1);
    return 0;
}

static int port_from(PyObject *o, const char *caller, int *port)
{
    long v = PyLong_AsLong(o);
    if (v == -1 && PyErr_Occurred()) {
        if (PyErr_ExceptionMatches(PyExc_OverflowError))
            PyErr_Format(PyExc_OverflowError, "%s(): port must be 0-65535.", caller);
        return -1;
    }
    if (v < 0 || v > 0xffff) {
        PyErr_Format(PyExc_OverflowError, "%s(): port must be 0-65535.", caller);
        return -1;
    }
    *port = (int)v;
    return 0;
}

/* The common AF_INET/AF_INET6 address, (ASCII str, int[, int, int]) of
 * exact types with values in range, without PyArg; 1 when done, 0 (no
 * exception) to let the general path below convert it, errors included. */
static int addr_inet_fast(PyObject *o, int family, csock_addr *a)
{
    if (!PyTuple_CheckExact(o))
        return 0;
    Py_ssize_t n = PyTuple_GET_SIZE(o);
    if (n < 2 || n > (family == AF_INET6 ? 4 : 2))
        return 0;
    PyObject *host = PyTuple_GET_ITEM(o, 0), *porto = PyTuple_GET_ITEM(o, 1);
    if (!PyUnicode_CheckExact(host) || !PyUnicode_IS_COMPACT_ASCII(host) || !PyLong_CheckExact(porto))
        return 0;
    Py_ssize_t hlen = PyUnicode_GET_LENGTH(host);
    const char *h = (const char *)PyUnicode_DATA(host);
    if (hlen >= CSOCK_ADDR_HOST_MAX || memchr(h, 0, (size_t)hlen) != NULL)
        return 0;
    long port = PyLong_AsLong(porto);
    if (port < 0 || port > 0xffff) {
        PyErr_Clear();
        return 0;
    }
    unsigned long extra[2] = {0, 0};
    for (Py_ssize_t i = 2; i < n; i++) {
        PyObject *v = PyTuple_GET_ITEM(o, i);
        if (!PyLong_CheckExact(v))
            return 0;
        extra[i - 2] = PyLong_AsUnsignedLong(v);
        if (extra[i - 2] == (unsigned long)-1 && PyErr_Occurred()) {
            PyErr_Clear();
            return 0;
        }
        if (extra[i - 2] > UINT_MAX)
            return 0;
    }
    if (extra[0] > 0xfffff)
        return 0;
    /* no memset of the member: host is read as a NUL-terminated string */
    char *dst;
    a->proto = 0;
    if (family == AF_INET) {
        a->family = AF_INET;
        a->u.inet.port = (int)port;
        dst = a->u.inet.host;
    } else {
        a->family = AF_INET6;
        a->u.inet6.port = (int)port;
        a->u.inet6.flowinfo = (unsigned int)extra[0];
        a->u.inet6.scope_id = (unsigned int)extra[1];
        dst = a->u.inet6.host;
    }
    memcpy(dst, h, (size_t)hlen);
    dst[hlen] = 0;
    return 1;
}

/* An interface name -> *index the way CPython does it for AF_PACKET and
 * AF_CAN: SIOCGIFINDEX on the socket itself, its errno as OSError. */
static int ifindex_ioctl(int fd, const char *name, int *index)
{
    struct ifreq ifr;
    memset(&ifr, 0, sizeof ifr);
    strncpy(ifr.ifr_name, name, sizeof ifr.ifr_name - 1);
    if (ioctl(fd, SIOCGIFINDEX, &ifr) < 0) {
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    *index = ifr.ifr_ifindex;
    return 0;
}

#if defined(AF_CAN) && defined(__linux__)
/* AF_CAN's interface (an FS-encoded bytes object): '' is every interface,
 * IFNAMSIZ or longer is OSError "AF_CAN interface name too long", else it
 * must exist (CPython's order). */
static int can_ifname(int fd, PyObject *name)
{
    Py_ssize_t n = PyBytes_GET_SIZE(name);
    int idx;
    if (n == 0)
        return 0;
    if ((size_t)n >= IFNAMSIZ) {
        PyErr_SetString(PyExc_OSError, "AF_CAN interface name too long");
        return -1;
    }
    return ifindex_ioctl(fd, PyBytes_AS_STRING(name), &idx);
}
#endif

#if defined(AF_BLUETOOTH) && defined(__linux__)
/* CPython's setbdaddr: six hex numbers 0-255 separated by colons, nothing
 * after; out gets the canonical spelling (what csock's encode parses). */
static int bdaddr_canon(const char *s, char out[CSOCK_ADDR_BDADDR_MAX])
{
    unsigned b[6];
    char tail;
    if (sscanf(s, "%X:%X:%X:%X:%X:%X%c", &b[0], &b[1], &b[2], &b[3], &b[4], &b[5], &tail) != 6)
        goto bad;
    for (int i = 0; i < 6; i++)
        if (b[i] > 255)
            goto bad;
    snprintf(out, CSOCK_ADDR_BDADDR_MAX, "%02X:%02X:%02X:%02X:%02X:%02X", b[0], b[1], b[2], b[3], b[4], b[5]);
    return 0;
bad:
    PyErr_SetString(PyExc_OSError, "bad bluetooth address");
    return -1;
}
#endif

int csock_py_addr_from_py(PyObject *o, PyObject *sock, const char *caller, csock_addr *a)
{
    csock_py_sock *so = (csock_py_sock *)sock;
    int family = so->sock_family;
    int fd = so->cs != NULL ? csock_fileno(so->cs) : -1;
    int proto = so->cs != NULL ? csock_proto(so->cs) : so->sock_proto;
    (void)fd;
    (void)proto;
#ifdef AF_RDS
    if (family == AF_RDS)
        family = AF_INET; /* RDS addresses are sockaddr_in: AF_INET's parsing */
#endif
    if ((family == AF_INET || family == AF_INET6) && addr_inet_fast(o, family, a))
        return 0;
    if (family == AF_UNIX) {
        /* exact bytes, or a str whose filesystem encoding is its ASCII
         * bytes (what PyUnicode_EncodeFSDefault would give): the path
         * straight into the one member encode reads */
        const char *p = NULL;
        Py_ssize_t n = 0;
        if (PyBytes_CheckExact(o)) {
            p = PyBytes_AS_STRING(o);
            n = PyBytes_GET_SIZE(o);
        } else if (csock_py_fs_ascii && PyUnicode_CheckExact(o) && PyUnicode_IS_COMPACT_ASCII(o)) {
            p = (const char *)PyUnicode_DATA(o);
            n = PyUnicode_GET_LENGTH(o);
        }
        if (p != NULL) {
            a->family = AF_UNIX;
            a->proto = 0;
            a->u.un.len = (size_t)n;
            if ((size_t)n > sizeof a->u.un.path)
                n = (Py_ssize_t)sizeof a->u.un.path;
            memcpy(a->u.un.path, p, (size_t)n);
            return 0;
        }
    }
    memset(a, 0, sizeof *a);
    switch (family) {
    case AF_UNIX: {
        PyObject *b;
        Py_buffer view;
        if (PyUnicode_Check(o)) {
            b = PyUnicode_EncodeFSDefault(o);
            if (b == NULL)
                return -1;
        } else
            b = Py_NewRef(o);
        if (PyObject_GetBuffer(b, &view, PyBUF_SIMPLE) < 0) {
            Py_DECREF(b);
#if PY_VERSION_HEX >= 0x030C0000
            /* 3.12 names the method; 3.11 keeps the buffer protocol's
             * "a bytes-like object is required, not 'int'". */
            PyErr_Format(PyExc_TypeError, "%s(): AF_UNIX address must be str or bytes, not %.500s",
                         caller, Py_TYPE(o)->tp_name);
#endif
            return -1;
        }
        *a = csock_addr_unix_bytes(view.buf, (size_t)view.len);
        PyBuffer_Release(&view);
        Py_DECREF(b);
        return 0;
    }
    case AF_INET: {
        PyObject *host = NULL, *porto;
        int port;
        if (!PyTuple_Check(o)) {
            PyErr_Format(PyExc_TypeError, "%s(): AF_INET address must be tuple, not %.500s",
                         caller, Py_TYPE(o)->tp_name);
            return -1;
        }
        if (!PyArg_ParseTuple(o, "O&O;AF_INET address must be a pair (host, port)",
                              csock_py_idna_converter, &host, &porto))
            return -1;
        if (!PyLong_Check(porto) && !PyIndex_Check(porto)) {
            Py_DECREF(host);
            PyErr_Format(PyExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                         Py_TYPE(porto)->tp_name);
            return -1;
        }
        if (port_from(porto, caller, &port) < 0) {
            Py_DECREF(host);
            return -1;
        }
        a->family = AF_INET;
        a->u.inet.port = port;
        int r = copy_host(a->u.inet.host, host);
        Py_DECREF(host);
        return r;
    }
    case AF_INET6: {
        PyObject *host = NULL, *porto;
        unsigned int flowinfo = 0, scope_id = 0;
        int port;
        if (!PyTuple_Check(o)) {
            PyErr_Format(PyExc_TypeError, "%s(): AF_INET6 address must be tuple, not %.500s",
                         caller, Py_TYPE(o)->tp_name);
            return -1;
        }
        if (!PyArg_ParseTuple(o, "O&O|II;AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])",
                              csock_py_idna_converter, &host, &porto, &flowinfo, &scope_id))
            return -1;
        if (!PyLong_Check(porto) && !PyIndex_Check(porto)) {
            Py_DECREF(host);
            PyErr_Format(PyExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                         Py_TYPE(porto)->tp_name);
            return -1;
        }
        if (port_from(porto, caller, &port) < 0) {
            Py_DECREF(host);
            return -1;
        }
        if (flowinfo > 0xfffff) {
            Py_DECREF(host);
            PyErr_Format(PyExc_OverflowError, "%s(): flowinfo must be 0-1048575.", caller);
            return -1;
        }
        a->family = AF_INET6;
        a->u.inet6.port = port;
        a->u.inet6.flowinfo = flowinfo;
        a->u.inet6.scope_id = scope_id;
        int r = copy_host(a->u.inet6.host, host);
        Py_DECREF(host);
        return r;
    }
#if defined(AF_NETLINK) && defined(__linux__)
    case AF_NETLINK: {
        unsigned int pid, groups;
        if (!PyTuple_Check(o)) {
            PyErr_Format(PyExc_TypeError, "%s(): AF_NETLINK address must be tuple, not %.500s",
                         caller, Py_TYPE(o)->tp_name);
            return -1;
        }
        if (!PyArg_ParseTuple(o, "II;AF_NETLINK address must be a pair (pid, groups)", &pid, &groups))
            return -1;
        *a = csock_addr_netlink(pid, groups);
        return 0;
    }
#endif
#if defined(AF_PACKET) && defined(__linux__) && defined(SIOCGIFINDEX)
    case AF_PACKET: {
        /* CPython's order: parse, the interface by name (SIOCGIFINDEX on
         * the socket, its errno), the hardware address length, the proto. */
        const char *ifname;
        int proto, pkttype = PACKET_HOST, hatype = 0;
        Py_buffer haddr;
        memset(&haddr, 0, sizeof haddr);
        char name[IFNAMSIZ] = {0}; /* the name as the sockaddr keeps it */
        if (!PyTuple_Check(o)) {
            PyErr_Format(PyExc_TypeError, "%s(): AF_PACKET address must be tuple, not %.500s",
                         caller, Py_TYPE(o)->tp_name);
            return -1;
        }
        if (!PyArg_ParseTuple(o, "si|iiy*;AF_PACKET address must be a tuple of two to five elements",
                              &ifname, &proto, &pkttype, &hatype, &haddr))
            return -1;
        int idx;
        strncpy(name, ifname, sizeof name - 1);
        if (ifindex_ioctl(fd, name, &idx) < 0) {
            PyBuffer_Release(&haddr);
            return -1;
        }
        if (haddr.buf != NULL && haddr.len > 8) {
            PyErr_SetString(PyExc_ValueError, "Hardware address must be 8 bytes or less");
            PyBuffer_Release(&haddr);
            return -1;
        }
        if (proto < 0 || proto > 0xffff) {
            PyErr_Format(PyExc_OverflowError, "%s(): proto must be 0-65535.", caller);
            PyBuffer_Release(&haddr);
            return -1;
        }
        /* pkttype and hatype keep their low 8 / 16 bits, as the sockaddr does */
        *a = csock_addr_packet(name, proto, pkttype & 0xff, hatype & 0xffff,
                               haddr.buf, haddr.buf != NULL ? (size_t)haddr.len : 0);
        PyBuffer_Release(&haddr);
        return 0;
    }
#endif
#if defined(AF_VSOCK) && defined(__linux__)
    case AF_VSOCK: {
        unsigned int cid, port;
        if (!PyTuple_Check(o)) {
            PyErr_Format(PyExc_TypeError, "getsockaddrarg: AF_VSOCK address must be tuple, not %.500s",
                         Py_TYPE(o)->tp_name);
            return -1;
        }
        if (!PyArg_ParseTuple(o, "II:getsockaddrarg", &cid, &port))
            return -1;
        *a = csock_addr_vsock(cid, port);
        return 0;
    }
#endif
#if defined(AF_TIPC) && defined(__linux__)
    case AF_TIPC: {
        unsigned int atype, v1, v2, v3, scope = TIPC_CLUSTER_SCOPE;
        if (!PyTuple_Check(o)) {
            PyErr_Format(PyExc_TypeError, "%s(): AF_TIPC address must be tuple, not %.500s",
                         caller, Py_TYPE(o)->tp_name);
            return -1;
        }
        if (!PyArg_ParseTuple(o, "IIII|I;AF_TIPC address must be a tuple (addr_type, v1, v2, v3[, scope])",
                              &atype, &v1, &v2, &v3, &scope))
            return -1;
        if (atype != TIPC_ADDR_NAMESEQ && atype != TIPC_ADDR_NAME && atype != TIPC_ADDR_ID) {
            PyErr_SetString(PyExc_TypeError, "Invalid address type");
            return -1;
        }
        /* the sockaddr's scope is a signed char */
        *a = csock_addr_tipc(atype, v1, v2, v3, (signed char)(scope & 0xff));
        return 0;
    }
#endif
#if defined(AF_CAN) && defined(__linux__)
    case AF_CAN: {
        PyObject *name = NULL;
        switch (proto) {
        case CAN_RAW:
        case CAN_BCM:
            if (!PyTuple_Check(o)) {
                PyErr_Format(PyExc_TypeError, "%s(): AF_CAN address must be tuple, not %.500s",
                             caller, Py_TYPE(o)->tp_name);
                return -1;
            }
            if (!PyArg_ParseTuple(o, "O&;AF_CAN address must be a tuple (interface, )",
                                  PyUnicode_FSConverter, &name))
                return -1;
            if (can_ifname(fd, name) < 0) {
                Py_DECREF(name);
                return -1;
            }
            *a = csock_addr_can_raw(PyBytes_AS_STRING(name));
            a->proto = proto;
            Py_DECREF(name);
            return 0;
#ifdef CAN_ISOTP
        case CAN_ISOTP: {
            unsigned long rx, tx;
            if (!PyArg_ParseTuple(o, "O&kk", PyUnicode_FSConverter, &name, &rx, &tx))
                return -1;
            if (can_ifname(fd, name) < 0) {
                Py_DECREF(name);
                return -1;
            }
            *a = csock_addr_can_isotp(PyBytes_AS_STRING(name), (uint32_t)rx, (uint32_t)tx);
            Py_DECREF(name);
            return 0;
        }
#endif
#ifdef CAN_J1939
        case CAN_J1939: {
            unsigned long long jname;
            unsigned int pgn;
            unsigned char jaddr;
            if (!PyArg_ParseTuple(o, "O&KIB", PyUnicode_FSConverter, &name, &jname, &pgn, &jaddr))
                return -1;
            if (can_ifname(fd, name) < 0) {
                Py_DECREF(name);
                return -1;
            }
            *a = csock_addr_can_j1939(PyBytes_AS_STRING(name), (uint64_t)jname, (uint32_t)pgn, jaddr);
            Py_DECREF(name);
            return 0;
        }
#endif
        default:
            PyErr_Format(PyExc_OSError, "%s(): unsupported CAN protocol", caller);
            return -1;
        }
    }
#endif
#if defined(AF_ALG) && defined(__linux__)
    case AF_ALG: {
        const char *type, *name;
        unsigned short feat = 0, mask = 0;
        if (!PyTuple_Check(o)) {
            PyErr_Format(PyExc_TypeError, "%s(): AF_ALG address must be tuple, not %.500s",
                         caller, Py_TYPE(o)->tp_name);
            return -1;
        }
        if (!PyArg_ParseTuple(o, "ss|HH;AF_ALG address must be a tuple (type, name[, feat[, mask]])",
                              &type, &name, &feat, &mask))
            return -1;
        if (strlen(type) >= 14) { /* sizeof salg_type */
            PyErr_SetString(PyExc_ValueError, "AF_ALG type too long.");
            return -1;
        }
        if (strlen(name) >= 64) { /* sizeof salg_name */
            PyErr_SetString(PyExc_ValueError, "AF_ALG name too long.");
            return -1;
        }
        *a = csock_addr_alg(type, name, feat, mask);
        return 0;
    }
#endif
#if defined(AF_BLUETOOTH) && defined(__linux__)
    case AF_BLUETOOTH: {
        /* Python 3.11's formats: (str, int) for L2CAP and RFCOMM, (int,) for
         * HCI, bytes for SCO; a shape error is OSError "wrong format" */
        const char *str;
        char bd[CSOCK_ADDR_BDADDR_MAX];
        int v;
        switch (proto) {
        case BTPROTO_L2CAP:
        case BTPROTO_RFCOMM:
            if (!PyArg_ParseTuple(o, "si", &str, &v)) {
                PyErr_Format(PyExc_OSError, "%s(): wrong format", caller);
                return -1;
            }
            if (bdaddr_canon(str, bd) < 0)
                return -1;
            *a = proto == BTPROTO_L2CAP ? csock_addr_bt_l2cap(bd, v & 0xffff)
                                        : csock_addr_bt_rfcomm(bd, v & 0xff);
            return 0;
        case BTPROTO_HCI:
            if (!PyArg_ParseTuple(o, "i", &v)) {
                PyErr_Format(PyExc_OSError, "%s(): wrong format", caller);
                return -1;
            }
            *a = csock_addr_bt_hci(v & 0xffff);
            return 0;
        case BTPROTO_SCO:
            if (!PyBytes_Check(o)) {
                PyErr_Format(PyExc_OSError, "%s(): wrong format", caller);
                return -1;
            }
            if (bdaddr_canon(PyBytes_AS_STRING(o), bd) < 0)
                return -1;
            *a = csock_addr_bt_sco(bd);
            return 0;
        default:
            PyErr_Format(PyExc_OSError, "%s(): unknown Bluetooth protocol", caller);
            return -1;
        }
    }
#endif
    default:
        PyErr_Format(PyExc_OSError, "%s(): bad family", caller);
        return -1;
    }
}

/* csock_addr -> Python address object (CPython's makesockaddr). */
PyObject *csock_py_addr_to_py(const csock_addr *a)
{
    switch (a->family) {
    case 0:
        Py_RETURN_NONE;
    case AF_UNIX: {
        size_t len = a->u.un.len;
        if (len > sizeof a->u.un.path)
            len = sizeof a->u.un.path;
        if (len == 0)
            return PyUnicode_New(0, 0); /* '' (an unnamed peer), as decoding gives */
        if (a->u.un.path[0] == 0)
            return PyBytes_FromStringAndSize(a->u.un.path, (Py_ssize_t)len);
        return PyUnicode_DecodeFSDefaultAndSize(a->u.un.path, (Py_ssize_t)strnlen(a->u.un.path, len));
    }
    case AF_INET:
    case AF_INET6: {
        /* (host, port) / (host, port, flowinfo, scope_id), as Py_BuildValue
         * "si" / "siII" would build them, without parsing a format */
        int v6 = a->family == AF_INET6;
        const char *host = v6 ? a->u.inet6.host : a->u.inet.host;
        PyObject *items[4] = {
            PyUnicode_FromStringAndSize(host, (Py_ssize_t)strlen(host)),
            PyLong_FromLong(v6 ? a->u.inet6.port : a->u.inet.port),
            v6 ? PyLong_FromUnsignedLong((unsigned int)a->u.inet6.flowinfo) : NULL,
            v6 ? PyLong_FromUnsignedLong((unsigned int)a->u.inet6.scope_id) : NULL,
        };
        return csock_py_tuple_steal(items, v6 ? 4 : 2);
    }
#if defined(AF_NETLINK) && defined(__linux__)
    case AF_NETLINK:
        return Py_BuildValue("II", (unsigned int)a->u.netlink.pid, (unsigned int)a->u.netlink.groups);
#endif
#if defined(AF_PACKET) && defined(__linux__)
    case AF_PACKET:
        return Py_BuildValue("siiiy#", a->u.packet.ifname, a->u.packet.proto & 0xffff,
                             a->u.packet.pkttype & 0xff, a->u.packet.hatype & 0xffff,
                             (const char *)a->u.packet.addr, (Py_ssize_t)a->u.packet.addr_len);
#endif
#if defined(AF_VSOCK) && defined(__linux__)
    case AF_VSOCK:
        return Py_BuildValue("II", (unsigned int)a->u.vsock.cid, (unsigned int)a->u.vsock.port);
#endif
#if defined(AF_TIPC) && defined(__linux__)
    case AF_TIPC: {
        unsigned int scope = (unsigned int)(int)(signed char)a->u.tipc.scope;
        unsigned int v3;
        switch (a->u.tipc.addr_type) {
        case TIPC_ADDR_NAMESEQ:
            v3 = (unsigned int)a->u.tipc.v3;
            break;
        case TIPC_ADDR_NAME: /* CPython gives the instance twice */
            v3 = (unsigned int)a->u.tipc.v2;
            break;
        case TIPC_ADDR_ID:
            v3 = 0;
            break;
        default:
            PyErr_SetString(PyExc_ValueError, "Invalid address type");
            return NULL;
        }
        return Py_BuildValue("IIIII", (unsigned int)a->u.tipc.addr_type, (unsigned int)a->u.tipc.v1,
                             (unsigned int)a->u.tipc.v2, v3, scope);
    }
#endif
#if defined(AF_CAN) && defined(__linux__)
    case AF_CAN: {
        PyObject *name = PyUnicode_DecodeFSDefault(a->u.can.interface);
        if (name == NULL)
            return NULL;
#ifdef CAN_ISOTP
        if (a->proto == CAN_ISOTP)
            return Py_BuildValue("Nkk", name, (unsigned long)a->u.can.rx_addr, (unsigned long)a->u.can.tx_addr);
#endif
#ifdef CAN_J1939
        if (a->proto == CAN_J1939)
            return Py_BuildValue("NKIi", name, (unsigned long long)a->u.can.name,
                                 (unsigned int)a->u.can.pgn, a->u.can.addr & 0xff);
#endif
        return Py_BuildValue("(N)", name);
    }
#endif
#if defined(AF_ALG) && defined(__linux__)
    case AF_ALG:
        /* CPython builds feat and mask with "H", which reads an unsigned int */
        return Py_BuildValue("s#s#kk", a->u.alg.type, (Py_ssize_t)strnlen(a->u.alg.type, 14),
                             a->u.alg.name, (Py_ssize_t)strnlen(a->u.alg.name, 64),
                             (unsigned long)a->u.alg.feat, (unsigned long)a->u.alg.mask);
#endif
#if defined(AF_BLUETOOTH) && defined(__linux__)
    case AF_BLUETOOTH:
        /* Python 3.11: (bdaddr, psm), (bdaddr, channel), the device id, the bdaddr */
        switch (a->proto) {
        case BTPROTO_L2CAP:
            return Py_BuildValue("si", a->u.bt.bdaddr, a->u.bt.psm);
        case BTPROTO_RFCOMM:
            return Py_BuildValue("si", a->u.bt.bdaddr, a->u.bt.channel);
        case BTPROTO_HCI:
            return PyLong_FromLong(a->u.bt.dev);
        case BTPROTO_SCO:
            return PyUnicode_FromString(a->u.bt.bdaddr);
        default:
            PyErr_SetString(PyExc_ValueError, "Unknown Bluetooth protocol");
            return NULL;
        }
#endif
    default:
        return Py_BuildValue("iy#", a->family, "", (Py_ssize_t)0);
    }
}

