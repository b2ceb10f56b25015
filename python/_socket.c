/* _socket: CPython's socket implementation module on top of libcsock.
 *
 * Argument parsing, method tables and docstrings come from spec/api/
 * (generated/python/csock_py_methods.h); this file holds the object type,
 * the Python <-> csock_addr conversions, csock_error -> exception mapping,
 * the GIL/signal hooks and the module set-up.  Every socket operation is a
 * libcsock call: no socket logic lives here. */
#include "csock_py.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <netdb.h>
#include <string.h>
#include <structmember.h>
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

static PyTypeObject csock_py_sock_type;
/* 1 when the filesystem encoding maps every ASCII character to its own
 * byte (checked at import): then an ASCII str path needs no encoding. */
static int fs_ascii;
static PyObject *csock_py_herror;
static PyObject *csock_py_gaierror;

/* ------------------------------------------------------------------ */
/* Hooks: the runtime calls them around every call that may block (a   */
/* poll wait, a syscall on a blocking-mode socket, a resolver call), so */
/* the binding never wraps such a libcsock call in                      */
/* Py_BEGIN_ALLOW_THREADS.  Where the binding itself drops the GIL      */
/* (nogil_begin: libcsock calls that run no hooks but where CPython     */
/* drops it, and io_begin below) it says so in a thread-local, and the  */
/* hooks then do nothing: a double release (fatal) cannot happen.       */
/* on_eintr runs the signal handlers (PEP 475: retry unless one raised),*/
/* taking the GIL back for them when the binding had dropped it.        */
/* ------------------------------------------------------------------ */

/* The thread state this thread's binding code released, while it is.
 * initial-exec: every hook reads it, and the default (global-dynamic)
 * model costs a __tls_get_addr call per read in a shared object. */
#if defined(__GNUC__)
static _Thread_local PyThreadState *nogil_ts __attribute__((tls_model("initial-exec")));
#else
static _Thread_local PyThreadState *nogil_ts;
#endif

/* No other thread state in this interpreter: nobody waits for the GIL. */
static inline int only_thread(void)
{
    PyThreadState *ts = PyThreadState_Get();
    return ts->prev == NULL && ts->next == NULL;
}

static inline void nogil_begin(void)
{
    nogil_ts = PyEval_SaveThread();
}

static inline void nogil_end(void)
{
    PyThreadState *ts = nogil_ts;
    nogil_ts = NULL;
    PyEval_RestoreThread(ts);
}

static void *hook_begin(void *ctx)
{
    (void)ctx;
    if (nogil_ts != NULL)
        return NULL; /* released by the binding already */
    return PyEval_SaveThread();
}

static void hook_end(void *ctx, void *state)
{
    (void)ctx;
    if (state != NULL)
        PyEval_RestoreThread((PyThreadState *)state);
}

static int hook_eintr(void *ctx)
{
    (void)ctx;
    if (nogil_ts == NULL)
        return PyErr_CheckSignals() < 0 ? -1 : 0;
    PyEval_RestoreThread(nogil_ts);
    int r = PyErr_CheckSignals();
    nogil_ts = PyEval_SaveThread();
    return r < 0 ? -1 : 0;
}

/* Timeout mode tries the syscall first on a non-blocking fd and only its
 * waits run inside the hooks, so a ready socket costs no GIL release: the
 * single-threaded fast path.  With other threads alive that would keep
 * them off the GIL during every syscall (CPython drops it around each), so
 * there the whole call runs without the GIL, as in CPython.  Blocking mode
 * needs nothing here (the runtime's hooks release the GIL). */
static inline int io_begin(PyObject *self)
{
    if (((csock_py_sock *)self)->sock_timeout <= 0)
        return 0;
    if (only_thread())
        return 0;
    nogil_begin();
    return 1;
}

static inline void io_end(int released)
{
    if (released)
        nogil_end();
}

/* ------------------------------------------------------------------ */
/* Errors                                                              */
/* ------------------------------------------------------------------ */

/* "[Errno N] text" -> text, else NULL. */
static const char *errno_text(const char *msg)
{
    if (strncmp(msg, "[Errno ", 7) != 0)
        return NULL;
    const char *p = strstr(msg, "] ");
    return p ? p + 2 : NULL;
}

static PyObject *raise_coded(PyObject *cls, int code, const char *msg)
{
    const char *text = errno_text(msg);
    if (text == NULL) {
        PyErr_SetString(cls, msg);
        return NULL;
    }
    PyObject *v = Py_BuildValue("(is)", code, text);
    if (v != NULL) {
        PyErr_SetObject(cls, v);
        Py_DECREF(v);
    }
    return NULL;
}

/* Raise the Python exception of a csock_error; returns NULL. */
static PyObject *set_error(const csock_error *e)
{
    switch (e->kind) {
    case CSOCK_ERR_ABORTED:
        if (!PyErr_Occurred())
            PyErr_SetFromErrno(PyExc_OSError);
        return NULL;
    case CSOCK_ERR_TIMEOUT:
        PyErr_SetString(PyExc_TimeoutError, e->message);
        return NULL;
    case CSOCK_ERR_GAI:
        return raise_coded(csock_py_gaierror, e->code, e->message);
    case CSOCK_ERR_HERROR:
        return raise_coded(csock_py_herror, e->code, e->message);
    case CSOCK_ERR_VALUE:
        PyErr_SetString(PyExc_ValueError, e->message);
        return NULL;
    case CSOCK_ERR_TYPE:
        PyErr_SetString(PyExc_TypeError, e->message);
        return NULL;
    case CSOCK_ERR_OVERFLOW:
        PyErr_SetString(PyExc_OverflowError, e->message);
        return NULL;
    case CSOCK_ERR_NOMEM:
        return PyErr_NoMemory();
    case CSOCK_ERR_OS:
    default:
        return raise_coded(PyExc_OSError, e->code, e->message);
    }
}

/* The errorhandler CPython keeps in the object. */
static PyObject *errno_handler(void)
{
    return PyErr_SetFromErrno(PyExc_OSError);
}

/* ------------------------------------------------------------------ */
/* Conversions                                                         */
/* ------------------------------------------------------------------ */

/* Host names: str (IDNA-encoded unless ASCII) or bytes/bytearray -> a new
 * bytes object.  O& converter with cleanup support. */
static int csock_py_idna_converter(PyObject *obj, void *addr)
{
    PyObject **out = (PyObject **)addr;
    PyObject *b;
    if (obj == NULL) { /* cleanup */
        Py_CLEAR(*out);
        return 1;
    }
    if (PyBytes_Check(obj)) {
        b = Py_NewRef(obj);
    } else if (PyByteArray_Check(obj)) {
        b = PyBytes_FromStringAndSize(PyByteArray_AS_STRING(obj),
                                      PyByteArray_GET_SIZE(obj));
    } else if (PyUnicode_Check(obj)) {
        if (PyUnicode_READY(obj) < 0)
            return 0;
        if (PyUnicode_IS_ASCII(obj))
            b = PyBytes_FromStringAndSize((const char *)PyUnicode_DATA(obj),
                                          PyUnicode_GET_LENGTH(obj));
        else {
            b = PyUnicode_AsEncodedString(obj, "idna", NULL);
            if (b == NULL && PyErr_ExceptionMatches(PyExc_UnicodeError)) {
                PyErr_SetString(PyExc_TypeError, "encoding of hostname failed");
                return 0;
            }
        }
    } else {
        PyErr_Format(PyExc_TypeError, "str, bytes or bytearray expected, not %s",
                     Py_TYPE(obj)->tp_name);
        return 0;
    }
    if (b == NULL)
        return 0;
    if (strlen(PyBytes_AS_STRING(b)) != (size_t)PyBytes_GET_SIZE(b)) {
        PyErr_SetString(PyExc_TypeError, "host name must not contain null character");
        Py_DECREF(b);
        return 0;
    }
    *out = b;
    return Py_CLEANUP_SUPPORTED;
}

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

/* A tuple of the n new references in items, which it takes over; NULL
 * (the items released) when one is NULL (its error set) or on no memory. */
static PyObject *tuple_steal(PyObject **items, int n)
{
    int ok = 1;
    for (int i = 0; i < n; i++)
        ok &= items[i] != NULL;
    PyObject *t = ok ? PyTuple_New(n) : NULL; /* not with an error pending */
    for (int i = 0; i < n; i++) {
        if (t != NULL)
            PyTuple_SET_ITEM(t, i, items[i]);
        else
            Py_XDECREF(items[i]);
    }
    return t;
}

/* Python address object -> csock_addr, for a socket of that family
 * (CPython's getsockaddrarg shapes; csock validates and resolves). */
static int addr_from_py(PyObject *o, PyObject *sock, const char *caller, csock_addr *a)
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
        } else if (fs_ascii && PyUnicode_CheckExact(o) && PyUnicode_IS_COMPACT_ASCII(o)) {
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
static PyObject *addr_to_py(const csock_addr *a)
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
        return tuple_steal(items, v6 ? 4 : 2);
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

/* Timeout argument (None, int or float seconds) -> *out; *is_none for
 * None.  CPython's socket_parse_timeout messages. */
static int parse_timeout(PyObject *o, double *out, int *is_none)
{
    *is_none = 0;
    if (o == Py_None) {
        *is_none = 1;
        return 0;
    }
    double d;
    if (PyFloat_Check(o)) {
        d = PyFloat_AsDouble(o);
        if (isnan(d)) {
            PyErr_SetString(PyExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        double ns = ceil(fabs(d) * 1e9);
        if (!(ns < 9.2e18)) {
            PyErr_SetString(PyExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
            return -1;
        }
    } else {
        int overflow = 0;
        PyObject *idx = PyNumber_Index(o);
        if (idx == NULL)
            return -1;
        long long v = PyLong_AsLongLongAndOverflow(idx, &overflow);
        Py_DECREF(idx);
        if (v == -1 && PyErr_Occurred())
            return -1;
        if (overflow || v > 9200000000LL || v < -9200000000LL) {
            PyErr_SetString(PyExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
            return -1;
        }
        d = (double)v;
    }
    if (d < 0) {
        PyErr_SetString(PyExc_ValueError, "Timeout value out of range");
        return -1;
    }
    *out = d;
    return 0;
}

static int64_t timeout_ns(double t)
{
    if (t < 0)
        return -1000000000LL;
    return (int64_t)ceil(t * 1e9 - 1e-3);
}

/* ------------------------------------------------------------------ */
/* The socket object                                                   */
/* ------------------------------------------------------------------ */

#define SELF ((csock_py_sock *)self)

/* Keep CPython's fields (read by _ssl) current. */
static void sync_fields(csock_py_sock *s)
{
    if (s->cs == NULL) {
        s->sock_fd = -1;
        return;
    }
    s->sock_fd = csock_fileno(s->cs);
    s->sock_family = csock_family(s->cs);
    s->sock_type = csock_type(s->cs);
    s->sock_proto = csock_proto(s->cs);
    s->sock_timeout = timeout_ns(csock_gettimeout(s->cs));
}

/* The csock of a socket; a never-initialised one behaves as closed. */
static csock *CS(PyObject *self)
{
    if (SELF->cs == NULL) {
        errno = EBADF;
        PyErr_SetFromErrno(PyExc_OSError);
    }
    return SELF->cs;
}

static PyObject *sock_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    (void)args;
    (void)kwds;
    csock_py_sock *s = (csock_py_sock *)type->tp_alloc(type, 0);
    if (s == NULL)
        return NULL;
    s->sock_fd = -1;
    s->sock_timeout = -1000000000LL;
    s->errorhandler = errno_handler;
    s->cs = NULL;
    return (PyObject *)s;
}

static PyObject *wrap_csock(csock *cs)
{
    csock_py_sock *s = (csock_py_sock *)sock_new(&csock_py_sock_type, NULL, NULL);
    if (s == NULL) {
        csock_close(cs, NULL);
        return NULL;
    }
    s->cs = cs;
    sync_fields(s);
    return (PyObject *)s;
}

/* socket.__init__'s arguments when they are ints (and any fileno), given
 * once each, without PyArg (socket.py's accept() passes fileno by keyword);
 * 0 (no exception) lets PyArg parse them, errors included. */
static int init_args_fast(PyObject *args, PyObject *kwds, int *ints[3], PyObject **fdobj)
{
    static const char *const names[4] = {"family", "type", "proto", "fileno"};
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    if (n > 4)
        return 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *v = PyTuple_GET_ITEM(args, i);
        if (i == 3)
            *fdobj = v;
        else if (csock_py_fast_int(v, ints[i]) < 0)
            return 0;
    }
    if (kwds == NULL)
        return 1;
    if (!PyDict_CheckExact(kwds))
        return 0;
    Py_ssize_t pos = 0;
    PyObject *k, *v;
    while (PyDict_Next(kwds, &pos, &k, &v)) {
        int idx = -1;
        if (!PyUnicode_CheckExact(k))
            return 0;
        for (int j = 0; j < 4 && idx < 0; j++)
            if (PyUnicode_CompareWithASCIIString(k, names[j]) == 0)
                idx = j;
        if (idx < n) /* unknown (-1) or also given by position */
            return 0;
        if (idx == 3)
            *fdobj = v;
        else if (csock_py_fast_int(v, ints[idx]) < 0)
            return 0;
    }
    return 1;
}

static int sock_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"family", "type", "proto", "fileno", NULL};
    int family = -1, type = -1, proto = -1;
    int *ints[3] = {&family, &type, &proto};
    PyObject *fdobj = NULL;
    csock_error err;
    csock *cs;

    /* socket.py's call, socket.__init__(self, family, type, proto, fileno),
     * and accept()'s fileno= one take the fast parse */
    if (!init_args_fast(args, kwds, ints, &fdobj)) {
        /* As CPython's (Argument Clinic) parser: ints by _PyLong_AsInt */
        PyObject *o[3] = {NULL, NULL, NULL};
        family = type = proto = -1;
        fdobj = NULL;
        if (!PyArg_ParseTupleAndKeywords(args, kwds, "|OOOO:socket", kwlist,
                                         &o[0], &o[1], &o[2], &fdobj))
            return -1;
        for (int i = 0; i < 3; i++) {
            if (o[i] == NULL)
                continue;
            *ints[i] = _PyLong_AsInt(o[i]);
            if (*ints[i] == -1 && PyErr_Occurred())
                return -1;
        }
    }
    if (PySys_Audit("socket.__new__", "Oiii", self, family, type, proto) < 0)
        return -1;
    if (fdobj != NULL && fdobj != Py_None) {
        int small;
        long fd;
        if (csock_py_fast_int(fdobj, &small) == 0) {
            fd = small; /* an int (never a float) in int range */
        } else {
            if (PyFloat_Check(fdobj)) {
                PyErr_SetString(PyExc_TypeError, "'float' object cannot be interpreted as an integer");
                return -1;
            }
            fd = PyLong_AsLong(fdobj);
            if (fd == -1 && PyErr_Occurred())
                return -1;
            /* CPython's PyLong_AsSocket_t: a C long cast to int (SOCKET_T),
             * so 2**40 means fd 0 and 2**31 a negative fd, as there. */
            fd = (int)fd;
        }
        if (fd < 0) {
            PyErr_SetString(PyExc_ValueError, "negative file descriptor");
            return -1;
        }
        cs = csock_socket_fileno(family, type, proto, (int)fd, &err);
    } else {
        if (family == -1)
            family = AF_INET;
        if (type == -1)
            type = SOCK_STREAM;
        if (proto == -1)
            proto = 0;
        /* socket(2) does not block: CPython drops the GIL around it for
         * the other threads' sake, so only when there are any */
        int nogil = !only_thread();
        if (nogil)
            nogil_begin();
        cs = csock_socket(family, type, proto, &err);
        if (nogil)
            nogil_end();
    }
    if (cs == NULL) {
        set_error(&err);
        return -1;
    }
    if (SELF->cs != NULL) {
        /* __init__ again: forget the old object, keep its fd as CPython */
        csock_detach(SELF->cs);
        csock_free(SELF->cs);
    }
    SELF->cs = cs;
    sync_fields(SELF);
    return 0;
}

static void sock_finalize(PyObject *self)
{
    if (SELF->cs != NULL && csock_fileno(SELF->cs) >= 0) {
        PyObject *exc, *val, *tb;
        PyErr_Fetch(&exc, &val, &tb);
        if (PyErr_ResourceWarning(self, 1, "unclosed %R", self))
            PyErr_WriteUnraisable(self);
        csock_close_fd(SELF->cs, NULL);
        SELF->sock_fd = -1;
        PyErr_Restore(exc, val, tb);
    }
}

static void sock_dealloc(PyObject *self)
{
    /* sock_finalize does nothing once the fd is closed (the usual end) */
    if (SELF->cs != NULL && csock_fileno(SELF->cs) >= 0 &&
        PyObject_CallFinalizerFromDealloc(self) < 0)
        return;
    if (SELF->cs != NULL) {
        if (csock_fileno(SELF->cs) >= 0)
            csock_close(SELF->cs, NULL);
        else
            csock_free(SELF->cs);
        SELF->cs = NULL;
    }
    Py_TYPE(self)->tp_free(self);
}

static PyObject *sock_repr(PyObject *self)
{
    return PyUnicode_FromFormat("<socket object, fd=%ld, family=%d, type=%d, proto=%d>",
                                (long)SELF->sock_fd, SELF->sock_family,
                                SELF->sock_type, SELF->sock_proto);
}

static PyObject *sock_get_timeout(PyObject *self, void *closure)
{
    (void)closure;
    if (SELF->cs == NULL || SELF->sock_timeout < 0) /* kept by sync_fields */
        Py_RETURN_NONE;
    return PyFloat_FromDouble(csock_gettimeout(SELF->cs));
}

/* Everything between the generated prototypes and tables. */
#include "csock_py_methods.h"

/* ---- socket methods ---- */

static PyObject *csock_py_socket__accept(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    csock_error err;
    csock_addr addr;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    int io = io_begin(self);
    int fd = csock_accept_fd(cs, &addr, &err);
    io_end(io);
    if (fd < 0)
        return set_error(&err);
    PyObject *a = addr_to_py(&addr);
    PyObject *fdo = a ? PyLong_FromLong(fd) : NULL;
    PyObject *r = fdo ? PyTuple_New(2) : NULL;
    if (r == NULL) {
        Py_XDECREF(fdo);
        Py_XDECREF(a);
        csock_closefd(fd, NULL);
        return NULL;
    }
    PyTuple_SET_ITEM(r, 0, fdo);
    PyTuple_SET_ITEM(r, 1, a);
    return r;
}

static PyObject *csock_py_socket_bind(PyObject *self, PyObject *address)
{
    csock_error err;
    csock_addr a;
    csock *cs = CS(self);
    if (cs == NULL || addr_from_py(address, self, "bind", &a) < 0)
        return NULL;
    if (PySys_Audit("socket.bind", "OO", self, address) < 0)
        return NULL;
    if (csock_bind(cs, &a, &err) < 0)
        return set_error(&err);
    Py_RETURN_NONE;
}

static PyObject *csock_py_socket_close(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    csock_error err;
    if (SELF->cs == NULL || csock_fileno(SELF->cs) < 0)
        Py_RETURN_NONE;
    SELF->sock_fd = -1;
    int r;
    r = csock_close_fd(SELF->cs, &err); /* releases the GIL via the hooks */
    if (r < 0)
        return set_error(&err);
    Py_RETURN_NONE;
}

/* connect and connect_ex: the same steps; ex returns the errno as an int */
static PyObject *connect_common(PyObject *self, PyObject *address, const char *caller, int ex)
{
    csock_error err;
    csock_addr a;
    csock *cs = CS(self);
    if (cs == NULL || addr_from_py(address, self, caller, &a) < 0)
        return NULL;
    if (PySys_Audit("socket.connect", "OO", self, address) < 0)
        return NULL;
    int io = io_begin(self);
    int r = ex ? csock_connect_ex(cs, &a, &err) : csock_connect(cs, &a, &err);
    io_end(io);
    if (r < 0)
        return set_error(&err);
    if (ex)
        return PyLong_FromLong(r);
    Py_RETURN_NONE;
}

static PyObject *csock_py_socket_connect(PyObject *self, PyObject *address)
{
    return connect_common(self, address, "connect", 0);
}

static PyObject *csock_py_socket_connect_ex(PyObject *self, PyObject *address)
{
    return connect_common(self, address, "connect_ex", 1);
}

static PyObject *csock_py_socket_detach(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    if (SELF->cs == NULL)
        return PyLong_FromLong(-1);
    int fd = csock_detach(SELF->cs);
    SELF->sock_fd = -1;
    return PyLong_FromLong(fd);
}

static PyObject *csock_py_socket_fileno(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return PyLong_FromLong(SELF->cs ? csock_fileno(SELF->cs) : -1);
}

static PyObject *name_common(PyObject *self, int peer)
{
    csock_error err;
    csock_addr a;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    if ((peer ? csock_getpeername(cs, &a, &err) : csock_getsockname(cs, &a, &err)) < 0)
        return set_error(&err);
    return addr_to_py(&a);
}

static PyObject *csock_py_socket_getpeername(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return name_common(self, 1);
}

static PyObject *csock_py_socket_getsockname(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return name_common(self, 0);
}

static PyObject *csock_py_socket_getsockopt_impl(PyObject *self, int level, int option, int buflen)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    if (buflen == 0) {
        int v;
        if (csock_getsockopt_int(cs, level, option, &v, &err) < 0)
            return set_error(&err);
        return PyLong_FromLong(v);
    }
    if (buflen < 0 || buflen > 1024) {
        PyErr_SetString(PyExc_OSError, "getsockopt buflen out of range");
        return NULL;
    }
    PyObject *b = PyBytes_FromStringAndSize(NULL, buflen);
    if (b == NULL)
        return NULL;
    ssize_t n = csock_getsockopt_buf(cs, level, option, PyBytes_AS_STRING(b), (size_t)buflen, &err);
    if (n < 0) {
        Py_DECREF(b);
        return set_error(&err);
    }
    _PyBytes_Resize(&b, n);
    return b;
}

static PyObject *csock_py_socket_getblocking(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    if (SELF->cs == NULL)
        Py_RETURN_TRUE;
    return PyBool_FromLong(csock_getblocking(SELF->cs));
}

static PyObject *csock_py_socket_gettimeout(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return sock_get_timeout(self, NULL);
}

static PyObject *csock_py_socket_listen(PyObject *self, PyObject *args)
{
    csock_error err;
    int backlog = CSOCK_LISTEN_DEFAULT;
    if (!PyArg_ParseTuple(args, "|i:listen", &backlog))
        return NULL;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    if (csock_listen(cs, backlog, &err) < 0)
        return set_error(&err);
    Py_RETURN_NONE;
}

static PyObject *csock_py_socket_recv_impl(PyObject *self, Py_ssize_t bufsize, int flags)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    if (bufsize < 0) {
        PyErr_SetString(PyExc_ValueError, "negative buffersize in recv");
        return NULL;
    }
    PyObject *b = PyBytes_FromStringAndSize(NULL, bufsize);
    if (b == NULL)
        return NULL;
    int io = io_begin(self);
    ssize_t n = csock_recv_into(cs, PyBytes_AS_STRING(b), (size_t)bufsize, bufsize, flags, &err);
    io_end(io);
    if (n < 0) {
        Py_DECREF(b);
        return set_error(&err);
    }
    if (n != bufsize)
        _PyBytes_Resize(&b, n);
    return b;
}

static PyObject *csock_py_socket_recvfrom_impl(PyObject *self, Py_ssize_t bufsize, int flags)
{
    csock_error err;
    csock_addr a;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    if (bufsize < 0) {
        PyErr_SetString(PyExc_ValueError, "negative buffersize in recvfrom");
        return NULL;
    }
    PyObject *b = PyBytes_FromStringAndSize(NULL, bufsize);
    if (b == NULL)
        return NULL;
    int io = io_begin(self);
    ssize_t n = csock_recvfrom_into(cs, PyBytes_AS_STRING(b), (size_t)bufsize, bufsize, flags, &a, &err);
    io_end(io);
    if (n < 0) {
        Py_DECREF(b);
        return set_error(&err);
    }
    if (n != bufsize && _PyBytes_Resize(&b, n) < 0)
        return NULL;
    PyObject *ao = addr_to_py(&a);
    if (ao == NULL) {
        Py_DECREF(b);
        return NULL;
    }
    return Py_BuildValue("(NN)", b, ao);
}

static PyObject *csock_py_socket_recv_into_impl(PyObject *self, Py_buffer *buffer, Py_ssize_t nbytes, int flags)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    int io = io_begin(self);
    ssize_t n = csock_recv_into(cs, buffer->buf, (size_t)buffer->len, nbytes, flags, &err);
    io_end(io);
    if (n < 0)
        return set_error(&err);
    return PyLong_FromSsize_t(n);
}

static PyObject *csock_py_socket_recvfrom_into_impl(PyObject *self, Py_buffer *buffer, Py_ssize_t nbytes, int flags)
{
    csock_error err;
    csock_addr a;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    int io = io_begin(self);
    ssize_t n = csock_recvfrom_into(cs, buffer->buf, (size_t)buffer->len, nbytes, flags, &a, &err);
    io_end(io);
    if (n < 0)
        return set_error(&err);
    PyObject *ao = addr_to_py(&a);
    if (ao == NULL)
        return NULL;
    return Py_BuildValue("(nN)", (Py_ssize_t)n, ao);
}

static PyObject *msg_result(csock_msg *m, PyObject *data)
{
    PyObject *anc = PyList_New(0), *addr = NULL;
    if (anc == NULL)
        goto fail;
    for (size_t i = 0; i < m->nancdata; i++) {
        PyObject *t = Py_BuildValue("(iiy#)", m->ancdata[i].level, m->ancdata[i].type,
                                    (const char *)m->ancdata[i].data, (Py_ssize_t)m->ancdata[i].len);
        if (t == NULL || PyList_Append(anc, t) < 0) {
            Py_XDECREF(t);
            goto fail;
        }
        Py_DECREF(t);
    }
    addr = addr_to_py(&m->addr);
    if (addr == NULL)
        goto fail;
    return Py_BuildValue("(NNiN)", data, anc, m->flags, addr);
fail:
    Py_XDECREF(anc);
    Py_XDECREF(data);
    return NULL;
}

static PyObject *csock_py_socket_recvmsg_impl(PyObject *self, Py_ssize_t bufsize, Py_ssize_t ancbufsize, int flags)
{
    csock_error err;
    csock_msg m;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    int io = io_begin(self);
    int rr = csock_recvmsg(cs, bufsize, ancbufsize, flags, &m, &err);
    io_end(io);
    if (rr < 0)
        return set_error(&err);
    PyObject *data = PyBytes_FromStringAndSize((const char *)m.data, (Py_ssize_t)m.len);
    PyObject *r = data ? msg_result(&m, data) : NULL;
    csock_msg_free(&m);
    return r;
}

static PyObject *csock_py_socket_recvmsg_into_impl(PyObject *self, PyObject *buffers, Py_ssize_t ancbufsize, int flags)
{
    csock_error err;
    csock_msg m;
    PyObject *fast, *r = NULL;
    Py_buffer *views = NULL;
    csock_iov *iov = NULL;
    Py_ssize_t n, i, got = 0;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    fast = PySequence_Fast(buffers, "recvmsg_into() argument 1 must be an iterable");
    if (fast == NULL)
        return NULL;
    n = PySequence_Fast_GET_SIZE(fast);
    views = PyMem_New(Py_buffer, n ? n : 1);
    iov = PyMem_New(csock_iov, n ? n : 1);
    if (views == NULL || iov == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (i = 0; i < n; i++, got++) {
        if (!PyArg_Parse(PySequence_Fast_GET_ITEM(fast, i),
                         "w*;recvmsg_into() argument 1 must be an iterable of single-segment read-write buffers",
                         &views[i]))
            goto done;
        iov[i].base = views[i].buf;
        iov[i].len = (size_t)views[i].len;
    }
    int io = io_begin(self);
    int rr = csock_recvmsg_into(cs, iov, (size_t)n, ancbufsize, flags, &m, &err);
    io_end(io);
    if (rr < 0) {
        set_error(&err);
        goto done;
    }
    r = msg_result(&m, PyLong_FromSize_t(m.len));
    csock_msg_free(&m);
done:
    for (i = 0; i < got; i++)
        PyBuffer_Release(&views[i]);
    PyMem_Free(views);
    PyMem_Free(iov);
    Py_DECREF(fast);
    return r;
}

static PyObject *csock_py_socket_send_impl(PyObject *self, Py_buffer *data, int flags)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    int io = io_begin(self);
    ssize_t n = csock_send(cs, data->buf, (size_t)data->len, flags, &err);
    io_end(io);
    if (n < 0)
        return set_error(&err);
    return PyLong_FromSsize_t(n);
}

static PyObject *csock_py_socket_sendall_impl(PyObject *self, Py_buffer *data, int flags)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    int io = io_begin(self);
    int r = csock_sendall(cs, data->buf, (size_t)data->len, flags, &err);
    io_end(io);
    if (r < 0)
        return set_error(&err);
    Py_RETURN_NONE;
}

static PyObject *csock_py_socket_sendto(PyObject *self, PyObject *args)
{
    csock_error err;
    csock_addr a;
    Py_buffer data;
    PyObject *addro;
    int flags = 0;
    Py_ssize_t argc = PyTuple_GET_SIZE(args);
    if (argc == 2) {
        if (!PyArg_ParseTuple(args, "y*O:sendto", &data, &addro))
            return NULL;
    } else if (argc == 3) {
        if (!PyArg_ParseTuple(args, "y*iO:sendto", &data, &flags, &addro))
            return NULL;
    } else {
        PyErr_Format(PyExc_TypeError, "sendto() takes 2 or 3 arguments (%zd given)", argc);
        return NULL;
    }
    PyObject *r = NULL;
    csock *cs = CS(self);
    if (cs == NULL || addr_from_py(addro, self, "sendto", &a) < 0)
        goto done;
    if (PySys_Audit("socket.sendto", "OO", self, addro) < 0)
        goto done;
    int io = io_begin(self);
    ssize_t n = csock_sendto(cs, data.buf, (size_t)data.len, flags, &a, &err);
    io_end(io);
    r = n < 0 ? set_error(&err) : PyLong_FromSsize_t(n);
done:
    PyBuffer_Release(&data);
    return r;
}

/* Data buffers of sendmsg/sendmsg_afalg. */
typedef struct {
    PyObject *fast;
    Py_buffer *views;
    csock_iov *iov;
    Py_ssize_t n, got;
} bufs;

static void bufs_free(bufs *b)
{
    for (Py_ssize_t i = 0; i < b->got; i++)
        PyBuffer_Release(&b->views[i]);
    PyMem_Free(b->views);
    PyMem_Free(b->iov);
    Py_XDECREF(b->fast);
}

static int bufs_get(bufs *b, PyObject *o, const char *what, const char *itemfmt)
{
    memset(b, 0, sizeof *b);
    if (o == NULL)
        return 0;
    b->fast = PySequence_Fast(o, what);
    if (b->fast == NULL)
        return -1;
    b->n = PySequence_Fast_GET_SIZE(b->fast);
    b->views = PyMem_New(Py_buffer, b->n ? b->n : 1);
    b->iov = PyMem_New(csock_iov, b->n ? b->n : 1);
    if (b->views == NULL || b->iov == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < b->n; i++) {
        if (!PyArg_Parse(PySequence_Fast_GET_ITEM(b->fast, i), itemfmt, &b->views[i]))
            return -1;
        b->got++;
        b->iov[i].base = b->views[i].buf;
        b->iov[i].len = (size_t)b->views[i].len;
    }
    return 0;
}

static PyObject *csock_py_socket_sendmsg(PyObject *self, PyObject *args)
{
    static const char *itemfmt = "y*;sendmsg() argument 1 must be an iterable of bytes-like objects";
    csock_error err;
    csock_addr a, *ap = NULL;
    PyObject *buffers, *anc = NULL, *addro = NULL, *ancfast = NULL, *r = NULL;
    int flags = 0;
    bufs b;
    csock_cmsg *cm = NULL;
    Py_buffer *cviews = NULL;
    Py_ssize_t nc = 0, cgot = 0;

    if (!PyArg_ParseTuple(args, "O|OiO:sendmsg", &buffers, &anc, &flags, &addro))
        return NULL;
    memset(&b, 0, sizeof b);
    /* CPython's order: the address, the data buffers, the ancillary data */
    if (addro != NULL && addro != Py_None) {
        if (addr_from_py(addro, self, "sendmsg", &a) < 0)
            goto done;
        if (PySys_Audit("socket.sendmsg", "OO", self, addro) < 0)
            goto done;
        ap = &a;
    }
    if (bufs_get(&b, buffers, "sendmsg() argument 1 must be an iterable", itemfmt) < 0)
        goto done;
    if (anc != NULL) {
        ancfast = PySequence_Fast(anc, "sendmsg() argument 2 must be an iterable");
        if (ancfast == NULL)
            goto done;
        nc = PySequence_Fast_GET_SIZE(ancfast);
        cm = PyMem_New(csock_cmsg, nc ? nc : 1);
        cviews = PyMem_New(Py_buffer, nc ? nc : 1);
        if (cm == NULL || cviews == NULL) {
            PyErr_NoMemory();
            goto done;
        }
        for (Py_ssize_t i = 0; i < nc; i++) {
            PyObject *item = PySequence_Fast_GET_ITEM(ancfast, i);
            if (!PyArg_Parse(item, "(iiy*):[sendmsg() ancillary data items]",
                             &cm[i].level, &cm[i].type, &cviews[i]))
                goto done;
            cgot++;
            cm[i].data = cviews[i].buf;
            cm[i].len = (size_t)cviews[i].len;
        }
    }
    csock *cs = CS(self);
    if (cs == NULL)
        goto done;
    int io = io_begin(self);
    ssize_t n = csock_sendmsg(cs, b.iov, (size_t)b.n, cm, (size_t)nc, flags, ap, &err);
    io_end(io);
    r = n < 0 ? set_error(&err) : PyLong_FromSsize_t(n);
done:
    bufs_free(&b);
    for (Py_ssize_t i = 0; i < cgot; i++)
        PyBuffer_Release(&cviews[i]);
    PyMem_Free(cviews);
    PyMem_Free(cm);
    Py_XDECREF(ancfast);
    return r;
}

static PyObject *csock_py_socket_sendmsg_afalg(PyObject *self, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"msg", "op", "iv", "assoclen", "flags", NULL};
    csock_error err;
    PyObject *msg = NULL, *r = NULL;
    int op = -1, flags = 0;
    Py_buffer iv = {0};
    PyObject *ivo = NULL, *assoco = NULL;
    long assoclen = -1;
    bufs b;

    memset(&b, 0, sizeof b);
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|O$iOOi:sendmsg_afalg", kwlist,
                                     &msg, &op, &ivo, &assoco, &flags))
        return NULL;
    if (ivo != NULL && ivo != Py_None && PyObject_GetBuffer(ivo, &iv, PyBUF_SIMPLE) < 0)
        return NULL;
    if (assoco != NULL && assoco != Py_None) {
        if (!PyLong_Check(assoco)) {
            PyErr_Format(PyExc_TypeError, "sendmsg_afalg() argument 'assoclen' must be int, not %.50s",
                         Py_TYPE(assoco)->tp_name);
            goto done;
        }
        assoclen = PyLong_AsLong(assoco);
        if (assoclen == -1 && PyErr_Occurred())
            goto done;
        if (assoclen < 0) {
            PyErr_SetString(PyExc_TypeError, "assoclen must be positive");
            goto done;
        }
    }
    if (op < 0) {
        PyErr_SetString(PyExc_TypeError, "Invalid or missing argument 'op'");
        goto done;
    }
    csock *cs = CS(self);
    if (cs == NULL)
        goto done;
    if (bufs_get(&b, msg, "sendmsg_afalg() argument 'msg' must be an iterable",
                 "y*;sendmsg_afalg() argument 'msg' must be an iterable of bytes-like objects") < 0)
        goto done;
    ssize_t n = csock_sendmsg_afalg(cs, b.iov, (size_t)b.n, op, iv.buf, iv.buf ? (size_t)iv.len : 0,
                                    assoclen, flags, &err);
    r = n < 0 ? set_error(&err) : PyLong_FromSsize_t(n);
done:
    bufs_free(&b);
    if (iv.obj)
        PyBuffer_Release(&iv);
    return r;
}

static PyObject *csock_py_socket_setblocking(PyObject *self, PyObject *flag)
{
    csock_error err;
    long block = PyLong_AsLong(flag);
    if (block == -1 && PyErr_Occurred())
        return NULL;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    int r = csock_setblocking(cs, block != 0, &err);
    sync_fields(SELF);
    if (r < 0)
        return set_error(&err);
    Py_RETURN_NONE;
}

static PyObject *csock_py_socket_settimeout(PyObject *self, PyObject *timeout)
{
    csock_error err;
    double t;
    int none;
    if (parse_timeout(timeout, &t, &none) < 0)
        return NULL;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    int r = csock_settimeout(cs, none ? NULL : &t, &err);
    sync_fields(SELF);
    if (r < 0)
        return set_error(&err);
    Py_RETURN_NONE;
}

static PyObject *csock_py_socket_setsockopt(PyObject *self, PyObject *args)
{
    csock_error err;
    int level, option, flag, r;
    unsigned int optlen;
    PyObject *none;
    Py_buffer val;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    if (PyArg_ParseTuple(args, "iii:setsockopt", &level, &option, &flag)) {
        r = csock_setsockopt_int(cs, level, option, flag, &err);
    } else {
        PyErr_Clear();
        if (PyArg_ParseTuple(args, "iiO!I:setsockopt", &level, &option, Py_TYPE(Py_None), &none, &optlen)) {
            r = csock_setsockopt_none(cs, level, option, optlen, &err);
        } else {
            PyErr_Clear();
            if (!PyArg_ParseTuple(args, "iiy*:setsockopt", &level, &option, &val))
                return NULL;
            r = csock_setsockopt_buf(cs, level, option, val.buf, (size_t)val.len, &err);
            PyBuffer_Release(&val);
        }
    }
    if (r < 0)
        return set_error(&err);
    Py_RETURN_NONE;
}

static PyObject *csock_py_socket_shutdown(PyObject *self, PyObject *how)
{
    csock_error err;
    int h = _PyLong_AsInt(how);
    if (h == -1 && PyErr_Occurred())
        return NULL;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    int r;
    nogil_begin();
    r = csock_shutdown(cs, h, &err);
    nogil_end();
    if (r < 0)
        return set_error(&err);
    Py_RETURN_NONE;
}

/* ---- module functions ---- */

static PyObject *csock_py_module_CMSG_LEN_impl(PyObject *self, Py_ssize_t length)
{
    (void)self;
    csock_error err;
    ssize_t r = csock_CMSG_LEN(length, &err);
    return r < 0 ? set_error(&err) : PyLong_FromSsize_t(r);
}

static PyObject *csock_py_module_CMSG_SPACE_impl(PyObject *self, Py_ssize_t length)
{
    (void)self;
    csock_error err;
    ssize_t r = csock_CMSG_SPACE(length, &err);
    return r < 0 ? set_error(&err) : PyLong_FromSsize_t(r);
}

static int fd_arg(PyObject *o, int *fd)
{
    long v = PyLong_AsLong(o);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (v < INT_MIN || v > INT_MAX)
        v = -1;
    *fd = (int)v;
    return 0;
}

static PyObject *csock_py_module_close(PyObject *self, PyObject *fdo)
{
    (void)self;
    csock_error err;
    int fd, r;
    if (fd_arg(fdo, &fd) < 0)
        return NULL;
    nogil_begin();
    r = csock_closefd(fd, &err);
    nogil_end();
    if (r < 0)
        return set_error(&err);
    Py_RETURN_NONE;
}

static PyObject *csock_py_module_dup(PyObject *self, PyObject *fdo)
{
    (void)self;
    int fd;
    if (fd_arg(fdo, &fd) < 0)
        return NULL;
    /* CPython's _Py_dup: any fd, not only sockets (dup(1) works) */
    int nfd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (nfd < 0)
        return PyErr_SetFromErrno(PyExc_OSError);
    return PyLong_FromLong(nfd);
}

/* The "idna" codec's own fast path for an ASCII str (encodings/idna.py:
 * every label but the last 1..63 characters, the last < 64): the same bytes
 * without calling the codec.  NULL (no exception) when the codec must run:
 * not ASCII, or a bad label (the codec raises its own error). */
static PyObject *idna_ascii_fast(PyObject *s)
{
    if (!PyUnicode_CheckExact(s) || !PyUnicode_IS_COMPACT_ASCII(s))
        return NULL;
    const char *p = (const char *)PyUnicode_DATA(s);
    Py_ssize_t n = PyUnicode_GET_LENGTH(s), start = 0;
    for (Py_ssize_t i = 0; i <= n; i++) {
        if (i == n || p[i] == '.') {
            Py_ssize_t len = i - start;
            if (len >= 64 || (i < n && len == 0))
                return NULL;
            start = i + 1;
        }
    }
    return PyBytes_FromStringAndSize(p, n);
}

/* v in decimal into buf (as "%ld"); returns buf. */
static const char *long_to_dec(long v, char *buf, size_t size)
{
    char tmp[24];
    size_t i = 0;
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    do {
        tmp[i++] = (char)('0' + u % 10);
        u /= 10;
    } while (u != 0);
    size_t o = 0;
    if (v < 0)
        buf[o++] = '-';
    while (i > 0 && o + 1 < size)
        buf[o++] = tmp[--i];
    buf[o] = 0;
    return buf;
}

static PyObject *csock_py_module_getaddrinfo(PyObject *self, PyObject *args, PyObject *kwargs)
{
    (void)self;
    static char *kwlist[] = {"host", "port", "family", "type", "proto", "flags", NULL};
    PyObject *hobj, *pobj, *hostb = NULL, *list = NULL;
    int family = 0, type = 0, proto = 0, flags = 0;
    const char *host = NULL, *port = NULL;
    char pbuf[32];
    csock_error err;
    size_t count = 0;
    csock_addrinfo *ai;

    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "OO|iiii:getaddrinfo", kwlist,
                                     &hobj, &pobj, &family, &type, &proto, &flags))
        return NULL;
    if (hobj != Py_None) {
        if (!PyUnicode_Check(hobj) && !PyBytes_Check(hobj)) {
            PyErr_SetString(PyExc_TypeError, "getaddrinfo() argument 1 must be string or None");
            return NULL;
        }
        if (PyUnicode_Check(hobj)) {
            hostb = idna_ascii_fast(hobj);
            if (hostb == NULL)
                hostb = PyUnicode_AsEncodedString(hobj, "idna", NULL);
            if (hostb == NULL)
                return NULL;
        } else
            hostb = Py_NewRef(hobj);
        host = PyBytes_AS_STRING(hostb);
    }
    if (PyLong_CheckExact(pobj)) {
        long v = PyLong_AsLong(pobj);
        if (v == -1 && PyErr_Occurred())
            goto done;
        port = long_to_dec(v, pbuf, sizeof pbuf); /* "%ld" */
    } else if (PyUnicode_Check(pobj)) {
        port = PyUnicode_AsUTF8(pobj);
        if (port == NULL)
            goto done;
    } else if (PyBytes_Check(pobj)) {
        port = PyBytes_AS_STRING(pobj);
    } else if (pobj != Py_None) {
        PyErr_SetString(PyExc_OSError, "Int or String expected");
        goto done;
    }
    if (PySys_Audit("socket.getaddrinfo", "OOiii", hobj, pobj, family, type, proto) < 0)
        goto done;
    ai = csock_getaddrinfo(host, port, family, type, proto, flags, &count, &err);
    if (ai == NULL) {
        set_error(&err);
        goto done;
    }
    list = PyList_New((Py_ssize_t)count);
    for (size_t i = 0; list != NULL && i < count; i++) {
        /* (family, type, proto, canonname, sockaddr), as "(iiisN)" */
        PyObject *items[5] = {
            PyLong_FromLong(ai[i].family), PyLong_FromLong(ai[i].type),
            PyLong_FromLong(ai[i].proto),
            PyUnicode_FromString(ai[i].canonname ? ai[i].canonname : ""),
            addr_to_py(&ai[i].addr),
        };
        PyObject *t = tuple_steal(items, 5);
        if (t == NULL) {
            Py_CLEAR(list);
            break;
        }
        PyList_SET_ITEM(list, (Py_ssize_t)i, t);
    }
    csock_freeaddrinfo(ai);
done:
    Py_XDECREF(hostb);
    return list;
}

static PyObject *csock_py_module_getdefaulttimeout(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    (void)self;
    double t = csock_getdefaulttimeout();
    if (t < 0)
        Py_RETURN_NONE;
    return PyFloat_FromDouble(t);
}

static PyObject *strlist(char **v, size_t n)
{
    PyObject *l = PyList_New((Py_ssize_t)n);
    for (size_t i = 0; l != NULL && i < n; i++) {
        PyObject *s = PyUnicode_DecodeFSDefault(v[i]);
        if (s == NULL) {
            Py_CLEAR(l);
            break;
        }
        PyList_SET_ITEM(l, (Py_ssize_t)i, s);
    }
    return l;
}

static PyObject *hostent_result(csock_hostent *h, csock_error *err)
{
    if (h == NULL)
        return set_error(err);
    PyObject *r = Py_BuildValue("(sNN)", h->name, strlist(h->aliases, h->naliases),
                                strlist(h->addrs, h->naddrs));
    csock_hostent_free(h);
    return r;
}

static PyObject *csock_py_module_gethostbyaddr_impl(PyObject *self, char *ip_address)
{
    (void)self;
    csock_error err;
    if (PySys_Audit("socket.gethostbyaddr", "s", ip_address) < 0)
        return NULL;
    return hostent_result(csock_gethostbyaddr(ip_address, &err), &err);
}

static PyObject *csock_py_module_gethostbyname_impl(PyObject *self, char *hostname)
{
    (void)self;
    csock_error err;
    char out[CSOCK_INET_ADDRSTRLEN];
    if (PySys_Audit("socket.gethostbyname", "s", hostname) < 0)
        return NULL;
    if (csock_gethostbyname(hostname, out, &err) < 0)
        return set_error(&err);
    return PyUnicode_FromString(out);
}

static PyObject *csock_py_module_gethostbyname_ex_impl(PyObject *self, char *hostname)
{
    (void)self;
    csock_error err;
    if (PySys_Audit("socket.gethostbyname", "s", hostname) < 0)
        return NULL;
    return hostent_result(csock_gethostbyname_ex(hostname, &err), &err);
}

static PyObject *csock_py_module_gethostname(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    (void)self;
    csock_error err;
    if (PySys_Audit("socket.gethostname", NULL) < 0)
        return NULL;
    char *h = csock_gethostname(&err);
    if (h == NULL)
        return set_error(&err);
    PyObject *r = PyUnicode_DecodeFSDefault(h);
    csock_str_free(h);
    return r;
}

static PyObject *csock_py_module_getnameinfo(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *sa;
    int flags, port;
    const char *host;
    unsigned int flowinfo = 0, scope_id = 0;
    csock_error err;
    csock_nameinfo out;
    csock_addr a;

    if (!PyArg_ParseTuple(args, "Oi:getnameinfo", &sa, &flags))
        return NULL;
    if (!PyTuple_Check(sa)) {
        PyErr_SetString(PyExc_TypeError, "getnameinfo() argument 1 must be a tuple");
        return NULL;
    }
    if (!PyArg_ParseTuple(sa, "si|II;getnameinfo(): illegal sockaddr argument",
                          &host, &port, &flowinfo, &scope_id))
        return NULL;
    if (flowinfo > 0xfffff) {
        PyErr_SetString(PyExc_OverflowError, "getnameinfo(): flowinfo must be 0-1048575.");
        return NULL;
    }
    if (PySys_Audit("socket.getnameinfo", "(O)", sa) < 0)
        return NULL;
    if (strlen(host) >= CSOCK_ADDR_HOST_MAX) {
        /* too long for any numeric address: what getaddrinfo(AI_NUMERICHOST) says */
        return raise_coded(csock_py_gaierror, EAI_NONAME, "[Errno -2] Name or service not known");
    }
    memset(&a, 0, sizeof a);
    if (strchr(host, ':') != NULL) {
        a = csock_addr_inet6(host, port, flowinfo, scope_id);
    } else {
        if (PyTuple_GET_SIZE(sa) != 2 && strspn(host, "0123456789.") == strlen(host)) {
            PyErr_SetString(PyExc_OSError, "IPv4 sockaddr must be 2 tuple");
            return NULL;
        }
        a = csock_addr_inet(host, port);
    }
    if (csock_getnameinfo(&a, flags, &out, &err) < 0)
        return set_error(&err);
    return Py_BuildValue("(ss)", out.host, out.serv);
}

static PyObject *csock_py_module_getprotobyname_impl(PyObject *self, const char *protocolname)
{
    (void)self;
    csock_error err;
    int r = csock_getprotobyname(protocolname, &err);
    return r < 0 ? set_error(&err) : PyLong_FromLong(r);
}

static PyObject *csock_py_module_getservbyname(PyObject *self, PyObject *args)
{
    (void)self;
    const char *name, *proto = NULL;
    csock_error err;
    if (!PyArg_ParseTuple(args, "s|s:getservbyname", &name, &proto))
        return NULL;
    if (PySys_Audit("socket.getservbyname", "ss", name, proto) < 0)
        return NULL;
    int r;
    nogil_begin();
    r = csock_getservbyname(name, proto, &err);
    nogil_end();
    return r < 0 ? set_error(&err) : PyLong_FromLong(r);
}

static PyObject *csock_py_module_getservbyport(PyObject *self, PyObject *args)
{
    (void)self;
    int port;
    const char *proto = NULL;
    csock_error err;
    if (!PyArg_ParseTuple(args, "i|s:getservbyport", &port, &proto))
        return NULL;
    if (port < 0 || port > 0xffff) {
        PyErr_SetString(PyExc_OverflowError, "getservbyport: port must be 0-65535.");
        return NULL;
    }
    if (PySys_Audit("socket.getservbyport", "is", port, proto) < 0)
        return NULL;
    char *s;
    nogil_begin();
    s = csock_getservbyport(port, proto, &err);
    nogil_end();
    if (s == NULL)
        return set_error(&err);
    PyObject *r = PyUnicode_FromString(s);
    csock_str_free(s);
    return r;
}

typedef int64_t (*conv_fn)(int64_t, csock_error *);

/* htons/ntohs: CPython 3.11 parses "i:htons" (METH_VARARGS): its arity
 * message and "signed integer is greater than maximum" beyond C int. */
static PyObject *conv16(PyObject *args, const char *fmt, conv_fn f)
{
    csock_error err;
    int v;
    if (!PyArg_ParseTuple(args, fmt, &v))
        return NULL;
    int64_t r = f(v, &err);
    return r < 0 ? set_error(&err) : PyLong_FromLongLong(r);
}

static PyObject *conv32(PyObject *x, conv_fn f)
{
    csock_error err;
    if (!PyLong_Check(x)) {
        PyErr_Format(PyExc_TypeError, "expected int, %s found", Py_TYPE(x)->tp_name);
        return NULL;
    }
    unsigned long v = PyLong_AsUnsignedLong(x);
    if (v == (unsigned long)-1 && PyErr_Occurred())
        return NULL;
    if (v > 0xffffffffUL) {
        PyErr_SetString(PyExc_OverflowError, "int larger than 32 bits");
        return NULL;
    }
    int64_t r = f((int64_t)v, &err);
    return r < 0 ? set_error(&err) : PyLong_FromLongLong(r);
}

static PyObject *csock_py_module_htonl(PyObject *self, PyObject *x) { (void)self; return conv32(x, csock_htonl); }
static PyObject *csock_py_module_ntohl(PyObject *self, PyObject *x) { (void)self; return conv32(x, csock_ntohl); }
static PyObject *csock_py_module_htons(PyObject *self, PyObject *args) { (void)self; return conv16(args, "i:htons", csock_htons); }
static PyObject *csock_py_module_ntohs(PyObject *self, PyObject *args) { (void)self; return conv16(args, "i:ntohs", csock_ntohs); }

static PyObject *csock_py_module_if_indextoname(PyObject *self, PyObject *idx)
{
    (void)self;
    csock_error err;
    char out[CSOCK_IFNAMSIZ];
    if (!PyLong_Check(idx)) {
        PyErr_SetString(PyExc_TypeError, "an integer is required");
        return NULL;
    }
    unsigned long v = PyLong_AsUnsignedLong(idx);
    if (v == (unsigned long)-1 && PyErr_Occurred())
        return NULL;
#if PY_VERSION_HEX >= 0x030C0000
    if (v > UINT_MAX) {
        PyErr_SetString(PyExc_OverflowError, "index is too large");
        return NULL;
    }
#else
    v = (unsigned int)v; /* 3.11 truncates to the C unsigned int */
#endif
    if (csock_if_indextoname((long long)v, out, &err) < 0)
        return set_error(&err);
    return PyUnicode_DecodeFSDefault(out);
}

static PyObject *csock_py_module_if_nameindex(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    (void)self;
    csock_error err;
    size_t n;
    csock_ifname *l = csock_if_nameindex(&n, &err);
    if (l == NULL)
        return set_error(&err);
    PyObject *r = PyList_New((Py_ssize_t)n);
    for (size_t i = 0; r != NULL && i < n; i++) {
        PyObject *t = Py_BuildValue("(IO&)", l[i].index, PyUnicode_DecodeFSDefault, l[i].name);
        if (t == NULL) {
            Py_CLEAR(r);
            break;
        }
        PyList_SET_ITEM(r, (Py_ssize_t)i, t);
    }
    csock_if_freenameindex(l);
    return r;
}

static PyObject *csock_py_module_if_nametoindex_impl(PyObject *self, PyObject *if_name)
{
    (void)self;
    csock_error err;
    unsigned int r = csock_if_nametoindex(PyBytes_AS_STRING(if_name), &err);
    if (r == 0)
        return set_error(&err);
    return PyLong_FromUnsignedLong(r);
}

static PyObject *csock_py_module_inet_aton_impl(PyObject *self, const char *ip_string)
{
    (void)self;
    csock_error err;
    unsigned char out[4];
    if (csock_inet_aton(ip_string, out, &err) < 0)
        return set_error(&err);
    return PyBytes_FromStringAndSize((const char *)out, 4);
}

static PyObject *csock_py_module_inet_ntoa_impl(PyObject *self, Py_buffer *packed_ip)
{
    (void)self;
    csock_error err;
    char out[CSOCK_INET_ADDRSTRLEN];
    if (csock_inet_ntoa(packed_ip->buf, (size_t)packed_ip->len, out, &err) < 0)
        return set_error(&err);
    return PyUnicode_FromString(out);
}

static PyObject *csock_py_module_inet_ntop_impl(PyObject *self, int address_family, Py_buffer *packed_ip)
{
    (void)self;
    csock_error err;
    char out[CSOCK_INET6_ADDRSTRLEN];
    if (csock_inet_ntop(address_family, packed_ip->buf, (size_t)packed_ip->len, out, &err) < 0)
        return set_error(&err);
    return PyUnicode_FromString(out);
}

static PyObject *csock_py_module_inet_pton_impl(PyObject *self, int address_family, const char *ip_string)
{
    (void)self;
    csock_error err;
    unsigned char out[16];
    int n = csock_inet_pton(address_family, ip_string, out, &err);
    if (n < 0)
        return set_error(&err);
    return PyBytes_FromStringAndSize((const char *)out, n);
}

static PyObject *csock_py_module_setdefaulttimeout(PyObject *self, PyObject *timeout)
{
    (void)self;
    csock_error err;
    double t;
    int none;
    if (parse_timeout(timeout, &t, &none) < 0)
        return NULL;
    if (csock_setdefaulttimeout(none ? NULL : &t, &err) < 0)
        return set_error(&err);
    Py_RETURN_NONE;
}

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
static PyObject *csock_py_module_sethostname_impl(PyObject *self, PyObject *name)
{
    (void)self;
    csock_error err;
    if (PySys_Audit("socket.sethostname", "(O)", name) < 0)
        return NULL;
    if (csock_sethostname(PyBytes_AS_STRING(name), &err) < 0)
        return set_error(&err);
    Py_RETURN_NONE;
}
#endif

static PyObject *csock_py_module_socketpair(PyObject *self, PyObject *args)
{
    (void)self;
    int family = AF_UNIX, type = SOCK_STREAM, proto = 0;
    csock *pair[2];
    csock_error err;
    if (!PyArg_ParseTuple(args, "|iii:socketpair", &family, &type, &proto))
        return NULL;
    if (family == 0) {
        /* csock_socketpair takes 0 as "the default"; socketpair(2) says no */
        errno = EAFNOSUPPORT;
        return PyErr_SetFromErrno(PyExc_OSError);
    }
    if (csock_socketpair(family, type, proto, pair, &err) < 0)
        return set_error(&err);
    PyObject *b = NULL, *a = wrap_csock(pair[0]);
    if (a == NULL) {
        csock_close(pair[1], NULL);
        return NULL;
    }
    b = wrap_csock(pair[1]);
    if (b == NULL) {
        Py_DECREF(a);
        return NULL;
    }
    return Py_BuildValue("(NN)", a, b);
}

/* ------------------------------------------------------------------ */
/* Type and module                                                     */
/* ------------------------------------------------------------------ */

static PyMemberDef sock_members[] = {
    {"family", T_INT, offsetof(csock_py_sock, sock_family), READONLY, "the socket family"},
    {"type", T_INT, offsetof(csock_py_sock, sock_type), READONLY, "the socket type"},
    {"proto", T_INT, offsetof(csock_py_sock, sock_proto), READONLY, "the socket protocol"},
    {NULL, 0, 0, 0, NULL}
};

static PyGetSetDef sock_getset[] = {
    {"timeout", sock_get_timeout, NULL, "the socket timeout", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

PyDoc_STRVAR(sock_doc,
"socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\n\
socket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\
\n\
Open a socket of the given type.  The family argument specifies the\n\
address family; it defaults to AF_INET.  The type argument specifies\n\
whether this is a stream (SOCK_STREAM, this is the default)\n\
or datagram (SOCK_DGRAM) socket.  The protocol argument defaults to 0,\n\
specifying the default protocol.  Keyword arguments are accepted.\n\
The socket is created as non-inheritable.\n\
\n\
When a fileno is passed in, family, type and proto are auto-detected,\n\
unless they are explicitly set.\n\
\n\
This module is csock's: every operation is a libcsock call.");

static PyTypeObject csock_py_sock_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "_socket.socket",
    .tp_basicsize = sizeof(csock_py_sock),
    .tp_dealloc = sock_dealloc,
    .tp_repr = sock_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = sock_doc,
    .tp_methods = csock_py_socket_methods,
    .tp_members = sock_members,
    .tp_getset = sock_getset,
    .tp_init = sock_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = sock_new,
    .tp_free = PyObject_Del,
    .tp_finalize = sock_finalize,
};

static csock_py_capi capi;

PyDoc_STRVAR(module_doc,
"Implementation module for socket operations.\n\
\n\
See the socket module for documentation.");

static struct PyModuleDef csock_py_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_socket",
    .m_doc = module_doc,
    .m_size = -1,
    .m_methods = csock_py_module_methods,
};

static int add_constants(PyObject *m)
{
    size_t n = csock_constant_count();
    for (size_t i = 0; i < n; i++) {
        const csock_constant_info *c = csock_constant_at(i);
        int r = c->str ? PyModule_AddStringConstant(m, c->name, c->str)
                       : PyModule_AddObject(m, c->name, PyLong_FromLongLong(c->value));
        if (r < 0)
            return -1;
    }
    return 0;
}

PyMODINIT_FUNC PyInit__socket(void)
{
    static const csock_hooks hooks = {hook_begin, hook_end, hook_eintr, NULL};
    PyObject *m;

    if (PyType_Ready(&csock_py_sock_type) < 0)
        return NULL;
    m = PyModule_Create(&csock_py_module);
    if (m == NULL)
        return NULL;
    csock_set_hooks(&hooks);
    {
        char ascii[128];
        for (int i = 0; i < 128; i++)
            ascii[i] = (char)i;
        PyObject *u = PyUnicode_DecodeASCII(ascii, 128, NULL);
        PyObject *b = u ? PyUnicode_EncodeFSDefault(u) : NULL;
        Py_XDECREF(u);
        if (b == NULL)
            PyErr_Clear();
        fs_ascii = b != NULL && PyBytes_GET_SIZE(b) == 128 && memcmp(PyBytes_AS_STRING(b), ascii, 128) == 0;
        Py_XDECREF(b);
    }
    if (csock_py_herror == NULL) {
        csock_py_herror = PyErr_NewException("socket.herror", PyExc_OSError, NULL);
        csock_py_gaierror = PyErr_NewException("socket.gaierror", PyExc_OSError, NULL);
        if (csock_py_herror == NULL || csock_py_gaierror == NULL)
            goto fail;
    }
    if (PyModule_AddObjectRef(m, "error", PyExc_OSError) < 0 ||
        PyModule_AddObjectRef(m, "herror", csock_py_herror) < 0 ||
        PyModule_AddObjectRef(m, "gaierror", csock_py_gaierror) < 0 ||
        PyModule_AddObjectRef(m, "timeout", PyExc_TimeoutError) < 0 ||
        PyModule_AddObjectRef(m, "SocketType", (PyObject *)&csock_py_sock_type) < 0 ||
        PyModule_AddObjectRef(m, "socket", (PyObject *)&csock_py_sock_type) < 0 ||
        PyModule_AddObjectRef(m, "has_ipv6", Py_True) < 0)
        goto fail;
    capi.Sock_Type = &csock_py_sock_type;
    capi.error = PyExc_OSError;
    capi.timeout_error = PyExc_TimeoutError;
    if (PyModule_AddObject(m, "CAPI", PyCapsule_New(&capi, "_socket.CAPI", NULL)) < 0)
        goto fail;
    if (add_constants(m) < 0)
        goto fail;
    return m;
fail:
    Py_DECREF(m);
    return NULL;
}
