/* Generated from spec/errors.yaml, spec/families/alg.yaml, spec/families/bluetooth.yaml, spec/families/can.yaml, spec/families/inet.yaml, spec/families/inet6.yaml, spec/families/link.yaml, spec/families/netlink.yaml, spec/families/packet.yaml, spec/families/qipcrtr.yaml, spec/families/rds.yaml, spec/families/tipc.yaml, spec/families/unix.yaml, spec/families/vsock.yaml, spec/platforms.yaml by generator/csockgen with templates/python/addr.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#include "csock/csock_gen.h"
#if CSOCK_GEN_LOCK != 1
#error "generated/python/csock_py_addr.c does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif
/* The _socket binding's address codec: Python address objects <->
 * csock_addr for every family and format of spec/families/, as CPython
 * 3.11's getsockaddrarg (parse: shapes, types, C integer overflow,
 * encodings) and makesockaddr (build).  The values themselves (ranges,
 * lengths, interfaces, hosts, Bluetooth addresses) are checked by csock's
 * encoder when the call runs, in CPython's order.  Rendered from the
 * field-type model (generator/csockgen/fieldtypes.py, pyaddr.py). */
#include "csock_py.h"
#include "addr_internal.h" /* protocol constants the system headers may lack */

#include <string.h>

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

/* A parsed string or byte string: where its bytes are, how many, and the
 * object to release once they are copied (NULL: borrowed). */
typedef struct {
    const char *p;
    Py_ssize_t n;
    PyObject *obj;
} addr_text;
#define ADDR_TEXT_EMPTY {"", 0, NULL}

/* The fast paths: the common case of a unit, or -1 (no exception set) to
 * let PyArg_ParseTuple convert the item, errors and all. */
static inline int addr_fast_ascii(PyObject *o, addr_text *t)
{
    /* s and the IDNA converter: an ASCII str is its own bytes */
    if (!PyUnicode_CheckExact(o) || !PyUnicode_IS_COMPACT_ASCII(o))
        return -1;
    t->p = (const char *)PyUnicode_DATA(o);
    t->n = PyUnicode_GET_LENGTH(o);
    return memchr(t->p, 0, (size_t)t->n) == NULL ? 0 : -1;
}

static inline int addr_fast_fs(PyObject *o, addr_text *t)
{
    /* PyUnicode_FSConverter: bytes as they are, an ASCII str when the
     * filesystem encoding keeps ASCII */
    if (PyBytes_CheckExact(o)) {
        t->p = PyBytes_AS_STRING(o);
        t->n = PyBytes_GET_SIZE(o);
    } else if (csock_py_fs_ascii && PyUnicode_CheckExact(o) && PyUnicode_IS_COMPACT_ASCII(o)) {
        t->p = (const char *)PyUnicode_DATA(o);
        t->n = PyUnicode_GET_LENGTH(o);
    } else {
        return -1;
    }
    return memchr(t->p, 0, (size_t)t->n) == NULL ? 0 : -1;
}

static inline int addr_fast_bytes(PyObject *o, addr_text *t)
{
    /* y*: a bytes object's own storage */
    if (!PyBytes_CheckExact(o))
        return -1;
    t->p = PyBytes_AS_STRING(o);
    t->n = PyBytes_GET_SIZE(o);
    return 0;
}

/* I, H, B, k, K keep the low bits of any int, as PyArg's units do. */
static inline unsigned long long addr_mask(PyObject *o)
{
#if PY_VERSION_HEX < 0x030C0000
    /* 3.11's layout: a value of at most one digit needs no call */
    Py_ssize_t size = Py_SIZE(o);
    if (size == 0)
        return 0;
    if (size == 1)
        return ((PyLongObject *)o)->ob_digit[0];
    if (size == -1)
        return 0ULL - ((PyLongObject *)o)->ob_digit[0];
#endif
    return PyLong_AsUnsignedLongLongMask(o);
}

static inline int addr_fast_I(PyObject *o, unsigned int *v)
{
    if (!PyLong_CheckExact(o))
        return -1;
    *v = (unsigned int)addr_mask(o);
    return 0;
}


static inline int addr_fast_H(PyObject *o, unsigned short *v)
{
    if (!PyLong_CheckExact(o))
        return -1;
    *v = (unsigned short)addr_mask(o);
    return 0;
}


static inline int addr_fast_B(PyObject *o, unsigned char *v)
{
    if (!PyLong_CheckExact(o))
        return -1;
    *v = (unsigned char)addr_mask(o);
    return 0;
}


static inline int addr_fast_k(PyObject *o, unsigned long *v)
{
    if (!PyLong_CheckExact(o))
        return -1;
    *v = (unsigned long)addr_mask(o);
    return 0;
}


static inline int addr_fast_K(PyObject *o, unsigned long long *v)
{
    if (!PyLong_CheckExact(o))
        return -1;
    *v = (unsigned long long)addr_mask(o);
    return 0;
}

/* CPython's idna_converter (an O& converter with cleanup): bytes and
 * bytearray as they are, a compact ASCII str as its own bytes, any other
 * str IDNA-encoded (a failure is TypeError "encoding of hostname
 * failed"); a NUL byte is TypeError. */
static int addr_idna_converter(PyObject *obj, void *p)
{
    addr_text *t = (addr_text *)p;
    if (obj == NULL) { /* cleanup after a later item failed */
        Py_CLEAR(t->obj);
        return 1;
    }
    t->obj = NULL;
    if (PyBytes_Check(obj)) {
        t->p = PyBytes_AS_STRING(obj);
        t->n = PyBytes_GET_SIZE(obj);
    } else if (PyByteArray_Check(obj)) {
        t->p = PyByteArray_AS_STRING(obj);
        t->n = PyByteArray_GET_SIZE(obj);
    } else if (PyUnicode_Check(obj)) {
#if PY_VERSION_HEX < 0x030C0000
        if (PyUnicode_READY(obj) < 0)
            return 0;
#endif
        if (PyUnicode_IS_COMPACT_ASCII(obj)) {
            t->p = (const char *)PyUnicode_DATA(obj);
            t->n = PyUnicode_GET_LENGTH(obj);
        } else {
            PyObject *b = PyUnicode_AsEncodedString(obj, "idna", NULL);
            if (b == NULL) {
                PyErr_SetString(PyExc_TypeError, "encoding of hostname failed");
                return 0;
            }
            t->obj = b;
            t->p = PyBytes_AS_STRING(b);
            t->n = PyBytes_GET_SIZE(b);
        }
    } else {
        PyErr_Format(PyExc_TypeError, "str, bytes or bytearray expected, not %s",
                     Py_TYPE(obj)->tp_name);
        return 0;
    }
    if (strlen(t->p) != (size_t)t->n) {
        Py_CLEAR(t->obj);
        PyErr_SetString(PyExc_TypeError, "host name must not contain null character");
        return 0;
    }
    return Py_CLEANUP_SUPPORTED;
}

static inline void addr_text_own(addr_text *t, PyObject *bytes)
{
    t->obj = bytes;
    t->p = PyBytes_AS_STRING(bytes);
    t->n = PyBytes_GET_SIZE(bytes);
}

static inline void addr_text_str(addr_text *t, const char *s)
{
    t->p = s;
    t->n = (Py_ssize_t)strlen(s);
}

static inline void addr_text_buffer(addr_text *t, const Py_buffer *b)
{
    t->p = (const char *)b->buf;
    t->n = b->len;
}

/* Into a char array one longer than anything valid: a longer value is
 * cut there and stays too long for csock's encoder to report. */
static inline void addr_copy_text(char *dst, size_t cap, const addr_text *t)
{
    size_t n = strnlen(t->p, (size_t)t->n);
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, t->p, n);
    dst[n] = '\0';
}

/* Bytes and their count: a too long value keeps its count. */
static inline void addr_copy_bytes(void *dst, size_t cap, size_t *len, const addr_text *t)
{
    size_t n = (size_t)t->n;
    *len = n;
    if (n > cap)
        n = cap;
    if (n)
        memcpy(dst, t->p, n);
}

/* makesockaddr's AF_UNIX value: '' unnamed, bytes for a Linux abstract
 * name, else the path decoded from the filesystem encoding. */
static inline PyObject *addr_path_to_py(const char *path, size_t len)
{
    if (len == 0)
        return PyUnicode_New(0, 0);
#ifdef __linux__
    if (path[0] == '\0')
        return PyBytes_FromStringAndSize(path, (Py_ssize_t)len);
#endif
    return PyUnicode_DecodeFSDefaultAndSize(path, (Py_ssize_t)strnlen(path, len));
}

/* A socket family (or protocol) without Python format: an address csock's
 * encoder refuses with CPython's message ("bad family", "unsupported CAN
 * protocol", ...). */
static int addr_none(csock_addr *a, int family, int proto)
{
    memset(a, 0, sizeof *a);
    a->family = family;
    a->proto = proto;
    return 0;
}

#ifdef CSOCK__HAVE_ALG
/* AF_ALG (spec/families/alg.yaml) */
#if 1
static int from_py_alg(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    addr_text v_type = ADDR_TEXT_EMPTY;
    addr_text v_name = ADDR_TEXT_EMPTY;
    unsigned short v_feat = 0;
    unsigned short v_mask = 0;
    (void)caller;
    (void)proto;
    Py_ssize_t n = PyTuple_CheckExact(o) ? PyTuple_GET_SIZE(o) : -1;
    if (!(n >= 2 && n <= 4
          && addr_fast_ascii(PyTuple_GET_ITEM(o, 0), &v_type) == 0
          && addr_fast_ascii(PyTuple_GET_ITEM(o, 1), &v_name) == 0
          && (n <= 2 || addr_fast_H(PyTuple_GET_ITEM(o, 2), &v_feat) == 0)
          && (n <= 3 || addr_fast_H(PyTuple_GET_ITEM(o, 3), &v_mask) == 0))) {
        const char *v_type_s = NULL;
        const char *v_name_s = NULL;
        if (!PyTuple_Check(o)) {
            PyErr_Format(PyExc_TypeError, "%s(): AF_ALG address must be tuple, not %.500s", caller, Py_TYPE(o)->tp_name);
            return -1;
        }
        if (!PyArg_ParseTuple(o, "ss|HH;AF_ALG address must be a tuple (type, name[, feat[, mask]])",
                              &v_type_s, &v_name_s, &v_feat, &v_mask)) {
            return -1;
        }
        if (v_type_s != NULL)
            addr_text_str(&v_type, v_type_s);
        if (v_name_s != NULL)
            addr_text_str(&v_name, v_name_s);
    }
    a->family = AF_ALG;
    a->proto = 0;
    addr_copy_text(a->u.alg.type, sizeof a->u.alg.type, &v_type);
    addr_copy_text(a->u.alg.name, sizeof a->u.alg.name, &v_name);
    a->u.alg.feat = (uint32_t)v_feat;
    a->u.alg.mask = (uint32_t)v_mask;
    return 0;
}

static PyObject *to_py_alg(const csock_addr *a)
{
    PyObject *items[4] = {
        PyUnicode_FromStringAndSize(a->u.alg.type, (Py_ssize_t)strnlen(a->u.alg.type, sizeof a->u.alg.type)),
        PyUnicode_FromStringAndSize(a->u.alg.name, (Py_ssize_t)strnlen(a->u.alg.name, sizeof a->u.alg.name)),
        PyLong_FromUnsignedLong((unsigned int)a->u.alg.feat),
        PyLong_FromUnsignedLong((unsigned int)a->u.alg.mask),
    };
    return csock_py_tuple_steal(items, 4);
}
#endif
#endif

#ifdef CSOCK__HAVE_BT
/* AF_BLUETOOTH (spec/families/bluetooth.yaml) */
#if defined(BTPROTO_L2CAP)
#if PY_VERSION_HEX >= 0x030D0000 /* 3.13+ (spec/families python.versions) */
static int from_py_bt_l2cap(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    addr_text v_bdaddr = ADDR_TEXT_EMPTY;
    unsigned short v_psm = 0;
    (void)caller;
    (void)proto;
    Py_ssize_t n = PyTuple_CheckExact(o) ? PyTuple_GET_SIZE(o) : -1;
    if (!(n == 2
          && addr_fast_ascii(PyTuple_GET_ITEM(o, 0), &v_bdaddr) == 0
          && addr_fast_H(PyTuple_GET_ITEM(o, 1), &v_psm) == 0)) {
        const char *v_bdaddr_s = NULL;
        if (!PyArg_ParseTuple(o, "sH",
                              &v_bdaddr_s, &v_psm)) {
            PyErr_Format(PyExc_OSError, "%s(): wrong format", caller);
            return -1;
        }
        if (v_bdaddr_s != NULL)
            addr_text_str(&v_bdaddr, v_bdaddr_s);
    }
    memset(&a->u.bt, 0, sizeof a->u.bt);
    a->family = AF_BLUETOOTH;
    a->proto = proto;
    addr_copy_text(a->u.bt.bdaddr, sizeof a->u.bt.bdaddr, &v_bdaddr);
    a->u.bt.psm = (int)v_psm;
    return 0;
}
#else
static int from_py_bt_l2cap(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    addr_text v_bdaddr = ADDR_TEXT_EMPTY;
    int v_psm = 0;
    (void)caller;
    (void)proto;
    Py_ssize_t n = PyTuple_CheckExact(o) ? PyTuple_GET_SIZE(o) : -1;
    if (!(n == 2
          && addr_fast_ascii(PyTuple_GET_ITEM(o, 0), &v_bdaddr) == 0
          && csock_py_fast_int(PyTuple_GET_ITEM(o, 1), &v_psm) == 0)) {
        const char *v_bdaddr_s = NULL;
        if (!PyArg_ParseTuple(o, "si",
                              &v_bdaddr_s, &v_psm)) {
            PyErr_Format(PyExc_OSError, "%s(): wrong format", caller);
            return -1;
        }
        if (v_bdaddr_s != NULL)
            addr_text_str(&v_bdaddr, v_bdaddr_s);
    }
    memset(&a->u.bt, 0, sizeof a->u.bt);
    a->family = AF_BLUETOOTH;
    a->proto = proto;
    addr_copy_text(a->u.bt.bdaddr, sizeof a->u.bt.bdaddr, &v_bdaddr);
    a->u.bt.psm = (int)v_psm;
    return 0;
}
#endif

static PyObject *to_py_bt_l2cap(const csock_addr *a)
{
    PyObject *items[2] = {
        PyUnicode_FromStringAndSize(a->u.bt.bdaddr, (Py_ssize_t)strnlen(a->u.bt.bdaddr, sizeof a->u.bt.bdaddr)),
        PyLong_FromLong((long)a->u.bt.psm),
    };
    return csock_py_tuple_steal(items, 2);
}
#endif
#if defined(BTPROTO_RFCOMM)
#if PY_VERSION_HEX >= 0x030D0000 /* 3.13+ (spec/families python.versions) */
static int from_py_bt_rfcomm(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    addr_text v_bdaddr = ADDR_TEXT_EMPTY;
    unsigned char v_channel = 0;
    (void)caller;
    (void)proto;
    Py_ssize_t n = PyTuple_CheckExact(o) ? PyTuple_GET_SIZE(o) : -1;
    if (!(n == 2
          && addr_fast_ascii(PyTuple_GET_ITEM(o, 0), &v_bdaddr) == 0
          && addr_fast_B(PyTuple_GET_ITEM(o, 1), &v_channel) == 0)) {
        const char *v_bdaddr_s = NULL;
        if (!PyArg_ParseTuple(o, "sB",
                              &v_bdaddr_s, &v_channel)) {
            PyErr_Format(PyExc_OSError, "%s(): wrong format", caller);
            return -1;
        }
        if (v_bdaddr_s != NULL)
            addr_text_str(&v_bdaddr, v_bdaddr_s);
    }
    memset(&a->u.bt, 0, sizeof a->u.bt);
    a->family = AF_BLUETOOTH;
    a->proto = proto;
    addr_copy_text(a->u.bt.bdaddr, sizeof a->u.bt.bdaddr, &v_bdaddr);
    a->u.bt.channel = (int)v_channel;
    return 0;
}
#else
static int from_py_bt_rfcomm(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    addr_text v_bdaddr = ADDR_TEXT_EMPTY;
    int v_channel = 0;
    (void)caller;
    (void)proto;
    Py_ssize_t n = PyTuple_CheckExact(o) ? PyTuple_GET_SIZE(o) : -1;
    if (!(n == 2
          && addr_fast_ascii(PyTuple_GET_ITEM(o, 0), &v_bdaddr) == 0
          && csock_py_fast_int(PyTuple_GET_ITEM(o, 1), &v_channel) == 0)) {
        const char *v_bdaddr_s = NULL;
        if (!PyArg_ParseTuple(o, "si",
                              &v_bdaddr_s, &v_channel)) {
            PyErr_Format(PyExc_OSError, "%s(): wrong format", caller);
            return -1;
        }
        if (v_bdaddr_s != NULL)
            addr_text_str(&v_bdaddr, v_bdaddr_s);
    }
    memset(&a->u.bt, 0, sizeof a->u.bt);
    a->family = AF_BLUETOOTH;
    a->proto = proto;
    addr_copy_text(a->u.bt.bdaddr, sizeof a->u.bt.bdaddr, &v_bdaddr);
    a->u.bt.channel = (int)v_channel;
    return 0;
}
#endif

static PyObject *to_py_bt_rfcomm(const csock_addr *a)
{
    PyObject *items[2] = {
        PyUnicode_FromStringAndSize(a->u.bt.bdaddr, (Py_ssize_t)strnlen(a->u.bt.bdaddr, sizeof a->u.bt.bdaddr)),
        PyLong_FromLong((long)a->u.bt.channel),
    };
    return csock_py_tuple_steal(items, 2);
}
#endif
#if defined(BTPROTO_HCI)
#if PY_VERSION_HEX >= 0x030D0000 /* 3.13+ (spec/families python.versions) */
static int from_py_bt_hci(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    unsigned short v_dev = 0;
    (void)caller;
    (void)proto;
    Py_ssize_t n = PyTuple_CheckExact(o) ? PyTuple_GET_SIZE(o) : -1;
    if (!(n == 1
          && addr_fast_H(PyTuple_GET_ITEM(o, 0), &v_dev) == 0)) {
        if (!PyArg_ParseTuple(o, "H",
                              &v_dev)) {
            PyErr_Format(PyExc_OSError, "%s(): wrong format", caller);
            return -1;
        }
    }
    memset(&a->u.bt, 0, sizeof a->u.bt);
    a->family = AF_BLUETOOTH;
    a->proto = proto;
    a->u.bt.dev = (int)v_dev;
    return 0;
}
#else
static int from_py_bt_hci(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    int v_dev = 0;
    (void)caller;
    (void)proto;
    Py_ssize_t n = PyTuple_CheckExact(o) ? PyTuple_GET_SIZE(o) : -1;
    if (!(n == 1
          && csock_py_fast_int(PyTuple_GET_ITEM(o, 0), &v_dev) == 0)) {
        if (!PyArg_ParseTuple(o, "i",
                              &v_dev)) {
            PyErr_Format(PyExc_OSError, "%s(): wrong format", caller);
            return -1;
        }
    }
    memset(&a->u.bt, 0, sizeof a->u.bt);
    a->family = AF_BLUETOOTH;
    a->proto = proto;
    a->u.bt.dev = (int)v_dev;
    return 0;
}
#endif

static PyObject *to_py_bt_hci(const csock_addr *a)
{
    return PyLong_FromLong((long)a->u.bt.dev);
}
#endif
#if defined(BTPROTO_SCO)
#if PY_VERSION_HEX >= 0x030D0000 /* 3.13+ (spec/families python.versions) */
static int from_py_bt_sco(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    addr_text v_bdaddr = ADDR_TEXT_EMPTY;
    (void)caller;
    (void)proto;
    if (PyBytes_Check(o)) {
        v_bdaddr.p = PyBytes_AS_STRING(o);
        v_bdaddr.n = PyBytes_GET_SIZE(o);
    } else if (PyUnicode_Check(o)) {
        Py_ssize_t n;
        v_bdaddr.p = PyUnicode_AsUTF8AndSize(o, &n);
        if (v_bdaddr.p == NULL)
            return -1;
        if (strlen(v_bdaddr.p) != (size_t)n) {
            PyErr_SetString(PyExc_ValueError, "embedded null character");
            return -1;
        }
        v_bdaddr.n = n;
    } else {
        PyErr_Format(PyExc_OSError, "%s(): wrong format", caller);
        return -1;
    }
    memset(&a->u.bt, 0, sizeof a->u.bt);
    a->family = AF_BLUETOOTH;
    a->proto = proto;
    addr_copy_text(a->u.bt.bdaddr, sizeof a->u.bt.bdaddr, &v_bdaddr);
    return 0;
}
#else
static int from_py_bt_sco(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    addr_text v_bdaddr = ADDR_TEXT_EMPTY;
    (void)caller;
    (void)proto;
    if (!PyBytes_Check(o)) {
        PyErr_Format(PyExc_OSError, "%s(): wrong format", caller);
        return -1;
    }
    v_bdaddr.p = PyBytes_AS_STRING(o);
    v_bdaddr.n = PyBytes_GET_SIZE(o);
    memset(&a->u.bt, 0, sizeof a->u.bt);
    a->family = AF_BLUETOOTH;
    a->proto = proto;
    addr_copy_text(a->u.bt.bdaddr, sizeof a->u.bt.bdaddr, &v_bdaddr);
    return 0;
}
#endif

static PyObject *to_py_bt_sco(const csock_addr *a)
{
    return PyUnicode_FromStringAndSize(a->u.bt.bdaddr, (Py_ssize_t)strnlen(a->u.bt.bdaddr, sizeof a->u.bt.bdaddr));
}
#endif
#endif

#ifdef CSOCK__HAVE_CAN
/* AF_CAN (spec/families/can.yaml) */
#if defined(CAN_RAW) || defined(CAN_BCM)
static int from_py_can_raw(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    addr_text v_interface = ADDR_TEXT_EMPTY;
    (void)caller;
    (void)proto;
    Py_ssize_t n = PyTuple_CheckExact(o) ? PyTuple_GET_SIZE(o) : -1;
    if (!(n == 1
          && addr_fast_fs(PyTuple_GET_ITEM(o, 0), &v_interface) == 0)) {
        PyObject *v_interface_o = NULL;
        if (!PyTuple_Check(o)) {
            PyErr_Format(PyExc_TypeError, "%s(): AF_CAN address must be tuple, not %.500s", caller, Py_TYPE(o)->tp_name);
            return -1;
        }
        if (!PyArg_ParseTuple(o, "O&;AF_CAN address must be a tuple (interface, )",
                              PyUnicode_FSConverter, &v_interface_o)) {
            return -1;
        }
        if (v_interface_o != NULL)
            addr_text_own(&v_interface, v_interface_o);
    }
    memset(&a->u.can, 0, sizeof a->u.can);
    a->family = AF_CAN;
    a->proto = proto;
    addr_copy_text(a->u.can.interface, sizeof a->u.can.interface, &v_interface);
    Py_XDECREF(v_interface.obj);
    return 0;
}

static PyObject *to_py_can_raw(const csock_addr *a)
{
    PyObject *items[1] = {
        PyUnicode_DecodeFSDefaultAndSize(a->u.can.interface, (Py_ssize_t)strnlen(a->u.can.interface, sizeof a->u.can.interface)),
    };
    return csock_py_tuple_steal(items, 1);
}
#endif
#if defined(CAN_ISOTP)
static int from_py_can_isotp(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    addr_text v_interface = ADDR_TEXT_EMPTY;
    unsigned long v_rx_addr = 0;
    unsigned long v_tx_addr = 0;
    (void)caller;
    (void)proto;
    Py_ssize_t n = PyTuple_CheckExact(o) ? PyTuple_GET_SIZE(o) : -1;
    if (!(n == 3
          && addr_fast_fs(PyTuple_GET_ITEM(o, 0), &v_interface) == 0
          && addr_fast_k(PyTuple_GET_ITEM(o, 1), &v_rx_addr) == 0
          && addr_fast_k(PyTuple_GET_ITEM(o, 2), &v_tx_addr) == 0)) {
        PyObject *v_interface_o = NULL;
        if (!PyArg_ParseTuple(o, "O&kk",
                              PyUnicode_FSConverter, &v_interface_o, &v_rx_addr, &v_tx_addr)) {
            return -1;
        }
        if (v_interface_o != NULL)
            addr_text_own(&v_interface, v_interface_o);
    }
    memset(&a->u.can, 0, sizeof a->u.can);
    a->family = AF_CAN;
    a->proto = proto;
    addr_copy_text(a->u.can.interface, sizeof a->u.can.interface, &v_interface);
    a->u.can.rx_addr = (uint32_t)v_rx_addr;
    a->u.can.tx_addr = (uint32_t)v_tx_addr;
    Py_XDECREF(v_interface.obj);
    return 0;
}

static PyObject *to_py_can_isotp(const csock_addr *a)
{
    PyObject *items[3] = {
        PyUnicode_DecodeFSDefaultAndSize(a->u.can.interface, (Py_ssize_t)strnlen(a->u.can.interface, sizeof a->u.can.interface)),
        PyLong_FromUnsignedLong((unsigned long)a->u.can.rx_addr),
        PyLong_FromUnsignedLong((unsigned long)a->u.can.tx_addr),
    };
    return csock_py_tuple_steal(items, 3);
}
#endif
#if defined(CAN_J1939)
static int from_py_can_j1939(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    addr_text v_interface = ADDR_TEXT_EMPTY;
    unsigned long long v_name = 0;
    unsigned int v_pgn = 0;
    unsigned char v_addr = 0;
    (void)caller;
    (void)proto;
    Py_ssize_t n = PyTuple_CheckExact(o) ? PyTuple_GET_SIZE(o) : -1;
    if (!(n == 4
          && addr_fast_fs(PyTuple_GET_ITEM(o, 0), &v_interface) == 0
          && addr_fast_K(PyTuple_GET_ITEM(o, 1), &v_name) == 0
          && addr_fast_I(PyTuple_GET_ITEM(o, 2), &v_pgn) == 0
          && addr_fast_B(PyTuple_GET_ITEM(o, 3), &v_addr) == 0)) {
        PyObject *v_interface_o = NULL;
        if (!PyArg_ParseTuple(o, "O&KIB",
                              PyUnicode_FSConverter, &v_interface_o, &v_name, &v_pgn, &v_addr)) {
            return -1;
        }
        if (v_interface_o != NULL)
            addr_text_own(&v_interface, v_interface_o);
    }
    memset(&a->u.can, 0, sizeof a->u.can);
    a->family = AF_CAN;
    a->proto = proto;
    addr_copy_text(a->u.can.interface, sizeof a->u.can.interface, &v_interface);
    a->u.can.name = (uint64_t)v_name;
    a->u.can.pgn = (uint32_t)v_pgn;
    a->u.can.addr = (int)v_addr;
    Py_XDECREF(v_interface.obj);
    return 0;
}

static PyObject *to_py_can_j1939(const csock_addr *a)
{
    PyObject *items[4] = {
        PyUnicode_DecodeFSDefaultAndSize(a->u.can.interface, (Py_ssize_t)strnlen(a->u.can.interface, sizeof a->u.can.interface)),
        PyLong_FromUnsignedLongLong((unsigned long long)a->u.can.name),
        PyLong_FromUnsignedLong((unsigned int)a->u.can.pgn),
        PyLong_FromLong((long)a->u.can.addr),
    };
    return csock_py_tuple_steal(items, 4);
}
#endif
#endif

#ifdef CSOCK__HAVE_INET
/* AF_INET (spec/families/inet.yaml) */
#if 1
static int from_py_inet(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    addr_text v_host = ADDR_TEXT_EMPTY;
    int v_port = 0;
    (void)caller;
    (void)proto;
    Py_ssize_t n = PyTuple_CheckExact(o) ? PyTuple_GET_SIZE(o) : -1;
    if (!(n == 2
          && addr_fast_ascii(PyTuple_GET_ITEM(o, 0), &v_host) == 0
          && csock_py_fast_int(PyTuple_GET_ITEM(o, 1), &v_port) == 0)) {
        if (!PyTuple_Check(o)) {
            PyErr_Format(PyExc_TypeError, "%s(): AF_INET address must be tuple, not %.500s", caller, Py_TYPE(o)->tp_name);
            return -1;
        }
        if (!PyArg_ParseTuple(o, "O&i;AF_INET address must be a pair (host, port)",
                              addr_idna_converter, &v_host, &v_port)) {
            if (PyErr_ExceptionMatches(PyExc_OverflowError))
                PyErr_Format(PyExc_OverflowError, "%s(): port must be 0-65535.", caller);
            return -1;
        }
    }
    a->family = AF_INET;
    a->proto = 0;
    addr_copy_text(a->u.inet.host, sizeof a->u.inet.host, &v_host);
    a->u.inet.port = (int)v_port;
    Py_XDECREF(v_host.obj);
    return 0;
}

static PyObject *to_py_inet(const csock_addr *a)
{
    PyObject *items[2] = {
        PyUnicode_FromStringAndSize(a->u.inet.host, (Py_ssize_t)strnlen(a->u.inet.host, sizeof a->u.inet.host)),
        PyLong_FromLong((long)a->u.inet.port),
    };
    return csock_py_tuple_steal(items, 2);
}
#endif
#endif

#ifdef CSOCK__HAVE_INET6
/* AF_INET6 (spec/families/inet6.yaml) */
#if 1
static int from_py_inet6(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    addr_text v_host = ADDR_TEXT_EMPTY;
    int v_port = 0;
    unsigned int v_flowinfo = 0;
    unsigned int v_scope_id = 0;
    (void)caller;
    (void)proto;
    Py_ssize_t n = PyTuple_CheckExact(o) ? PyTuple_GET_SIZE(o) : -1;
    if (!(n >= 2 && n <= 4
          && addr_fast_ascii(PyTuple_GET_ITEM(o, 0), &v_host) == 0
          && csock_py_fast_int(PyTuple_GET_ITEM(o, 1), &v_port) == 0
          && (n <= 2 || addr_fast_I(PyTuple_GET_ITEM(o, 2), &v_flowinfo) == 0)
          && (n <= 3 || addr_fast_I(PyTuple_GET_ITEM(o, 3), &v_scope_id) == 0))) {
        if (!PyTuple_Check(o)) {
            PyErr_Format(PyExc_TypeError, "%s(): AF_INET6 address must be tuple, not %.500s", caller, Py_TYPE(o)->tp_name);
            return -1;
        }
        if (!PyArg_ParseTuple(o, "O&i|II;AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])",
                              addr_idna_converter, &v_host, &v_port, &v_flowinfo, &v_scope_id)) {
            if (PyErr_ExceptionMatches(PyExc_OverflowError))
                PyErr_Format(PyExc_OverflowError, "%s(): port must be 0-65535.", caller);
            return -1;
        }
    }
    a->family = AF_INET6;
    a->proto = 0;
    addr_copy_text(a->u.inet6.host, sizeof a->u.inet6.host, &v_host);
    a->u.inet6.port = (int)v_port;
    a->u.inet6.flowinfo = (uint32_t)v_flowinfo;
    a->u.inet6.scope_id = (uint32_t)v_scope_id;
    Py_XDECREF(v_host.obj);
    return 0;
}

static PyObject *to_py_inet6(const csock_addr *a)
{
    PyObject *items[4] = {
        PyUnicode_FromStringAndSize(a->u.inet6.host, (Py_ssize_t)strnlen(a->u.inet6.host, sizeof a->u.inet6.host)),
        PyLong_FromLong((long)a->u.inet6.port),
        PyLong_FromUnsignedLong((unsigned int)a->u.inet6.flowinfo),
        PyLong_FromUnsignedLong((unsigned int)a->u.inet6.scope_id),
    };
    return csock_py_tuple_steal(items, 4);
}
#endif
#endif

#ifdef CSOCK__HAVE_NETLINK
/* AF_NETLINK (spec/families/netlink.yaml) */
#if 1
static int from_py_netlink(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    unsigned int v_pid = 0;
    unsigned int v_groups = 0;
    (void)caller;
    (void)proto;
    Py_ssize_t n = PyTuple_CheckExact(o) ? PyTuple_GET_SIZE(o) : -1;
    if (!(n == 2
          && addr_fast_I(PyTuple_GET_ITEM(o, 0), &v_pid) == 0
          && addr_fast_I(PyTuple_GET_ITEM(o, 1), &v_groups) == 0)) {
        if (!PyTuple_Check(o)) {
            PyErr_Format(PyExc_TypeError, "%s(): AF_NETLINK address must be tuple, not %.500s", caller, Py_TYPE(o)->tp_name);
            return -1;
        }
        if (!PyArg_ParseTuple(o, "II;AF_NETLINK address must be a pair (pid, groups)",
                              &v_pid, &v_groups)) {
            return -1;
        }
    }
    a->family = AF_NETLINK;
    a->proto = 0;
    a->u.netlink.pid = (uint32_t)v_pid;
    a->u.netlink.groups = (uint32_t)v_groups;
    return 0;
}

static PyObject *to_py_netlink(const csock_addr *a)
{
    PyObject *items[2] = {
        PyLong_FromUnsignedLong((unsigned int)a->u.netlink.pid),
        PyLong_FromUnsignedLong((unsigned int)a->u.netlink.groups),
    };
    return csock_py_tuple_steal(items, 2);
}
#endif
#endif

#ifdef CSOCK__HAVE_PACKET
/* AF_PACKET (spec/families/packet.yaml) */
#if 1
static int from_py_packet(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    addr_text v_ifname = ADDR_TEXT_EMPTY;
    int v_proto = 0;
    int v_pkttype = 0;
    int v_hatype = 0;
    addr_text v_addr = ADDR_TEXT_EMPTY;
    Py_buffer v_addr_b = {0};
    (void)caller;
    (void)proto;
    Py_ssize_t n = PyTuple_CheckExact(o) ? PyTuple_GET_SIZE(o) : -1;
    if (!(n >= 2 && n <= 5
          && addr_fast_ascii(PyTuple_GET_ITEM(o, 0), &v_ifname) == 0
          && csock_py_fast_int(PyTuple_GET_ITEM(o, 1), &v_proto) == 0
          && (n <= 2 || csock_py_fast_int(PyTuple_GET_ITEM(o, 2), &v_pkttype) == 0)
          && (n <= 3 || csock_py_fast_int(PyTuple_GET_ITEM(o, 3), &v_hatype) == 0)
          && (n <= 4 || addr_fast_bytes(PyTuple_GET_ITEM(o, 4), &v_addr) == 0))) {
        const char *v_ifname_s = NULL;
        if (!PyTuple_Check(o)) {
            PyErr_Format(PyExc_TypeError, "%s(): AF_PACKET address must be tuple, not %.500s", caller, Py_TYPE(o)->tp_name);
            return -1;
        }
        if (!PyArg_ParseTuple(o, "si|iiy*;AF_PACKET address must be a tuple of two to five elements",
                              &v_ifname_s, &v_proto, &v_pkttype, &v_hatype, &v_addr_b)) {
            if (PyErr_ExceptionMatches(PyExc_OverflowError))
                PyErr_Format(PyExc_OverflowError, "%s(): address argument out of range", caller);
            return -1;
        }
        if (v_ifname_s != NULL)
            addr_text_str(&v_ifname, v_ifname_s);
        if (v_addr_b.obj != NULL)
            addr_text_buffer(&v_addr, &v_addr_b);
    }
    a->family = AF_PACKET;
    a->proto = 0;
    addr_copy_text(a->u.packet.ifname, sizeof a->u.packet.ifname, &v_ifname);
    a->u.packet.proto = (int)v_proto;
    a->u.packet.pkttype = (int)v_pkttype;
    a->u.packet.hatype = (int)v_hatype;
    addr_copy_bytes(a->u.packet.addr, sizeof a->u.packet.addr, &a->u.packet.addr_len, &v_addr);
    PyBuffer_Release(&v_addr_b);
    return 0;
}

static PyObject *to_py_packet(const csock_addr *a)
{
    PyObject *items[5] = {
        PyUnicode_FromStringAndSize(a->u.packet.ifname, (Py_ssize_t)strnlen(a->u.packet.ifname, sizeof a->u.packet.ifname)),
        PyLong_FromLong((long)a->u.packet.proto),
        PyLong_FromLong((long)a->u.packet.pkttype),
        PyLong_FromLong((long)a->u.packet.hatype),
        PyBytes_FromStringAndSize((const char *)a->u.packet.addr, (Py_ssize_t)a->u.packet.addr_len),
    };
    return csock_py_tuple_steal(items, 5);
}
#endif
#endif

#ifdef CSOCK__HAVE_QIPCRTR
/* AF_QIPCRTR (spec/families/qipcrtr.yaml) */
#if 1
static int from_py_qipcrtr(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    unsigned int v_node = 0;
    unsigned int v_port = 0;
    (void)caller;
    (void)proto;
    Py_ssize_t n = PyTuple_CheckExact(o) ? PyTuple_GET_SIZE(o) : -1;
    if (!(n == 2
          && addr_fast_I(PyTuple_GET_ITEM(o, 0), &v_node) == 0
          && addr_fast_I(PyTuple_GET_ITEM(o, 1), &v_port) == 0)) {
        if (!PyTuple_Check(o)) {
            PyErr_Format(PyExc_TypeError, "getsockaddrarg: AF_QIPCRTR address must be tuple, not %.500s", Py_TYPE(o)->tp_name);
            return -1;
        }
        if (!PyArg_ParseTuple(o, "II:getsockaddrarg",
                              &v_node, &v_port)) {
            return -1;
        }
    }
    a->family = AF_QIPCRTR;
    a->proto = 0;
    a->u.qipcrtr.node = (uint32_t)v_node;
    a->u.qipcrtr.port = (uint32_t)v_port;
    return 0;
}

static PyObject *to_py_qipcrtr(const csock_addr *a)
{
    PyObject *items[2] = {
        PyLong_FromUnsignedLong((unsigned int)a->u.qipcrtr.node),
        PyLong_FromUnsignedLong((unsigned int)a->u.qipcrtr.port),
    };
    return csock_py_tuple_steal(items, 2);
}
#endif
#endif

#ifdef CSOCK__HAVE_RDS
/* AF_RDS (spec/families/rds.yaml) */
#if 1
static int from_py_rds(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    addr_text v_host = ADDR_TEXT_EMPTY;
    int v_port = 0;
    (void)caller;
    (void)proto;
    Py_ssize_t n = PyTuple_CheckExact(o) ? PyTuple_GET_SIZE(o) : -1;
    if (!(n == 2
          && addr_fast_ascii(PyTuple_GET_ITEM(o, 0), &v_host) == 0
          && csock_py_fast_int(PyTuple_GET_ITEM(o, 1), &v_port) == 0)) {
        if (!PyTuple_Check(o)) {
            PyErr_Format(PyExc_TypeError, "%s(): AF_INET address must be tuple, not %.500s", caller, Py_TYPE(o)->tp_name);
            return -1;
        }
        if (!PyArg_ParseTuple(o, "O&i;AF_INET address must be a pair (host, port)",
                              addr_idna_converter, &v_host, &v_port)) {
            if (PyErr_ExceptionMatches(PyExc_OverflowError))
                PyErr_Format(PyExc_OverflowError, "%s(): port must be 0-65535.", caller);
            return -1;
        }
    }
    a->family = AF_RDS;
    a->proto = 0;
    addr_copy_text(a->u.rds.host, sizeof a->u.rds.host, &v_host);
    a->u.rds.port = (int)v_port;
    Py_XDECREF(v_host.obj);
    return 0;
}

static PyObject *to_py_rds(const csock_addr *a)
{
    PyObject *items[2] = {
        PyUnicode_FromStringAndSize(a->u.rds.host, (Py_ssize_t)strnlen(a->u.rds.host, sizeof a->u.rds.host)),
        PyLong_FromLong((long)a->u.rds.port),
    };
    return csock_py_tuple_steal(items, 2);
}
#endif
#endif

#ifdef CSOCK__HAVE_TIPC
/* AF_TIPC (spec/families/tipc.yaml) */
#if 1
static int from_py_tipc(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    unsigned int v_addr_type = 0;
    unsigned int v_v1 = 0;
    unsigned int v_v2 = 0;
    unsigned int v_v3 = 0;
    unsigned int v_scope = TIPC_CLUSTER_SCOPE;
    (void)caller;
    (void)proto;
    Py_ssize_t n = PyTuple_CheckExact(o) ? PyTuple_GET_SIZE(o) : -1;
    if (!(n >= 4 && n <= 5
          && addr_fast_I(PyTuple_GET_ITEM(o, 0), &v_addr_type) == 0
          && addr_fast_I(PyTuple_GET_ITEM(o, 1), &v_v1) == 0
          && addr_fast_I(PyTuple_GET_ITEM(o, 2), &v_v2) == 0
          && addr_fast_I(PyTuple_GET_ITEM(o, 3), &v_v3) == 0
          && (n <= 4 || addr_fast_I(PyTuple_GET_ITEM(o, 4), &v_scope) == 0))) {
        if (!PyTuple_Check(o)) {
            PyErr_Format(PyExc_TypeError, "%s(): AF_TIPC address must be tuple, not %.500s", caller, Py_TYPE(o)->tp_name);
            return -1;
        }
        if (!PyArg_ParseTuple(o, "IIII|I;AF_TIPC address must be a tuple (addr_type, v1, v2, v3[, scope])",
                              &v_addr_type, &v_v1, &v_v2, &v_v3, &v_scope)) {
            return -1;
        }
    }
    a->family = AF_TIPC;
    a->proto = 0;
    a->u.tipc.addr_type = (uint32_t)v_addr_type;
    a->u.tipc.v1 = (uint32_t)v_v1;
    a->u.tipc.v2 = (uint32_t)v_v2;
    a->u.tipc.v3 = (uint32_t)v_v3;
    a->u.tipc.scope = (int)v_scope;
    return 0;
}

static PyObject *to_py_tipc(const csock_addr *a)
{
    PyObject *items[5] = {
        PyLong_FromUnsignedLong((unsigned int)a->u.tipc.addr_type),
        PyLong_FromUnsignedLong((unsigned int)a->u.tipc.v1),
        PyLong_FromUnsignedLong((unsigned int)a->u.tipc.v2),
        PyLong_FromUnsignedLong((unsigned int)a->u.tipc.v3),
        PyLong_FromUnsignedLong((unsigned int)a->u.tipc.scope),
    };
    return csock_py_tuple_steal(items, 5);
}
#endif
#endif

#ifdef CSOCK__HAVE_UN
/* AF_UNIX (spec/families/unix.yaml) */
#if 1
static int from_py_unix(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    addr_text v_path = ADDR_TEXT_EMPTY;
    (void)caller;
    (void)proto;
    if (PyBytes_CheckExact(o)) {
        v_path.p = PyBytes_AS_STRING(o);
        v_path.n = PyBytes_GET_SIZE(o);
    } else if (csock_py_fs_ascii && PyUnicode_CheckExact(o) && PyUnicode_IS_COMPACT_ASCII(o)) {
        /* what PyUnicode_EncodeFSDefault would give: its ASCII bytes */
        v_path.p = (const char *)PyUnicode_DATA(o);
        v_path.n = PyUnicode_GET_LENGTH(o);
    } else {
        Py_buffer view;
        PyObject *b = PyUnicode_Check(o) ? PyUnicode_EncodeFSDefault(o) : Py_NewRef(o);
        if (b == NULL)
            return -1;
        if (PyObject_GetBuffer(b, &view, PyBUF_SIMPLE) < 0) {
            Py_DECREF(b);
#if PY_VERSION_HEX >= 0x030E0000
            PyErr_Format(PyExc_TypeError, "%s(): AF_UNIX address must be str or bytes, not %.500s", caller, Py_TYPE(o)->tp_name);
#endif
            return -1;
        }
        v_path.p = (const char *)view.buf;
        v_path.n = view.len;
        a->family = AF_UNIX;
        a->proto = 0;
        addr_copy_bytes(a->u.un.path, sizeof a->u.un.path, &a->u.un.len, &v_path);
        PyBuffer_Release(&view);
        Py_DECREF(b);
        return 0;
    }
    a->family = AF_UNIX;
    a->proto = 0;
    addr_copy_bytes(a->u.un.path, sizeof a->u.un.path, &a->u.un.len, &v_path);
    return 0;
}

static PyObject *to_py_unix(const csock_addr *a)
{
    return addr_path_to_py(a->u.un.path, a->u.un.len);
}
#endif
#endif

#ifdef CSOCK__HAVE_VSOCK
/* AF_VSOCK (spec/families/vsock.yaml) */
#if 1
static int from_py_vsock(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    unsigned int v_cid = 0;
    unsigned int v_port = 0;
    (void)caller;
    (void)proto;
    Py_ssize_t n = PyTuple_CheckExact(o) ? PyTuple_GET_SIZE(o) : -1;
    if (!(n == 2
          && addr_fast_I(PyTuple_GET_ITEM(o, 0), &v_cid) == 0
          && addr_fast_I(PyTuple_GET_ITEM(o, 1), &v_port) == 0)) {
        if (!PyTuple_Check(o)) {
            PyErr_Format(PyExc_TypeError, "getsockaddrarg: AF_VSOCK address must be tuple, not %.500s", Py_TYPE(o)->tp_name);
            return -1;
        }
        if (!PyArg_ParseTuple(o, "II:getsockaddrarg",
                              &v_cid, &v_port)) {
            return -1;
        }
    }
    a->family = AF_VSOCK;
    a->proto = 0;
    a->u.vsock.cid = (uint32_t)v_cid;
    a->u.vsock.port = (uint32_t)v_port;
    return 0;
}

static PyObject *to_py_vsock(const csock_addr *a)
{
    PyObject *items[2] = {
        PyLong_FromUnsignedLong((unsigned int)a->u.vsock.cid),
        PyLong_FromUnsignedLong((unsigned int)a->u.vsock.port),
    };
    return csock_py_tuple_steal(items, 2);
}
#endif
#endif

int csock_py_addr_from_py(PyObject *o, PyObject *sock, const char *caller, csock_addr *a)
{
    csock_py_sock *so = (csock_py_sock *)sock;
    int proto = so->sock_proto; /* kept by csock_py_sync_fields */
    switch (so->sock_family) {
#ifdef CSOCK__HAVE_ALG
    case AF_ALG:
        return from_py_alg(o, caller, proto, a);
#endif
#ifdef CSOCK__HAVE_BT
    case AF_BLUETOOTH:
        switch (proto) {
#ifdef BTPROTO_L2CAP
        case BTPROTO_L2CAP:
            return from_py_bt_l2cap(o, caller, proto, a);
#endif
#ifdef BTPROTO_RFCOMM
        case BTPROTO_RFCOMM:
            return from_py_bt_rfcomm(o, caller, proto, a);
#endif
#ifdef BTPROTO_HCI
        case BTPROTO_HCI:
            return from_py_bt_hci(o, caller, proto, a);
#endif
#ifdef BTPROTO_SCO
        case BTPROTO_SCO:
            return from_py_bt_sco(o, caller, proto, a);
#endif
        }
        /* a protocol without format: csock's encoder says so */
        return addr_none(a, AF_BLUETOOTH, proto);
#endif
#ifdef CSOCK__HAVE_CAN
    case AF_CAN:
        switch (proto) {
#ifdef CAN_RAW
        case CAN_RAW:
            return from_py_can_raw(o, caller, proto, a);
#endif
#ifdef CAN_BCM
        case CAN_BCM:
            return from_py_can_raw(o, caller, proto, a);
#endif
#ifdef CAN_ISOTP
        case CAN_ISOTP:
            return from_py_can_isotp(o, caller, proto, a);
#endif
#ifdef CAN_J1939
        case CAN_J1939:
            return from_py_can_j1939(o, caller, proto, a);
#endif
        }
        /* a protocol without format: csock's encoder says so */
        return addr_none(a, AF_CAN, proto);
#endif
#ifdef CSOCK__HAVE_INET
    case AF_INET:
        return from_py_inet(o, caller, proto, a);
#endif
#ifdef CSOCK__HAVE_INET6
    case AF_INET6:
        return from_py_inet6(o, caller, proto, a);
#endif
#ifdef CSOCK__HAVE_NETLINK
    case AF_NETLINK:
        return from_py_netlink(o, caller, proto, a);
#endif
#ifdef CSOCK__HAVE_PACKET
    case AF_PACKET:
        return from_py_packet(o, caller, proto, a);
#endif
#ifdef CSOCK__HAVE_QIPCRTR
    case AF_QIPCRTR:
        return from_py_qipcrtr(o, caller, proto, a);
#endif
#ifdef CSOCK__HAVE_RDS
    case AF_RDS:
        return from_py_rds(o, caller, proto, a);
#endif
#ifdef CSOCK__HAVE_TIPC
    case AF_TIPC:
        return from_py_tipc(o, caller, proto, a);
#endif
#ifdef CSOCK__HAVE_UN
    case AF_UNIX:
        return from_py_unix(o, caller, proto, a);
#endif
#ifdef CSOCK__HAVE_VSOCK
    case AF_VSOCK:
        return from_py_vsock(o, caller, proto, a);
#endif
    default:
        break;
    }
    (void)o;
    (void)caller;
    return addr_none(a, 0, proto);
}

PyObject *csock_py_addr_to_py(const csock_addr *a)
{
    switch (a->family) {
    case 0:
        Py_RETURN_NONE;
#ifdef CSOCK__HAVE_ALG
    case AF_ALG:
        return to_py_alg(a);
#endif
#ifdef CSOCK__HAVE_BT
    case AF_BLUETOOTH:
        switch (a->proto) {
#ifdef BTPROTO_L2CAP
        case BTPROTO_L2CAP:
            return to_py_bt_l2cap(a);
#endif
#ifdef BTPROTO_RFCOMM
        case BTPROTO_RFCOMM:
            return to_py_bt_rfcomm(a);
#endif
#ifdef BTPROTO_HCI
        case BTPROTO_HCI:
            return to_py_bt_hci(a);
#endif
#ifdef BTPROTO_SCO
        case BTPROTO_SCO:
            return to_py_bt_sco(a);
#endif
        }
        PyErr_SetString(PyExc_ValueError, "Unknown Bluetooth protocol");
        return NULL;
#endif
#ifdef CSOCK__HAVE_CAN
    case AF_CAN:
        switch (a->proto) {
#ifdef CAN_RAW
        case CAN_RAW:
            return to_py_can_raw(a);
#endif
#ifdef CAN_BCM
        case CAN_BCM:
            return to_py_can_raw(a);
#endif
#ifdef CAN_ISOTP
        case CAN_ISOTP:
            return to_py_can_isotp(a);
#endif
#ifdef CAN_J1939
        case CAN_J1939:
            return to_py_can_j1939(a);
#endif
        }
        return to_py_can_raw(a);
#endif
#ifdef CSOCK__HAVE_INET
    case AF_INET:
        return to_py_inet(a);
#endif
#ifdef CSOCK__HAVE_INET6
    case AF_INET6:
        return to_py_inet6(a);
#endif
#ifdef CSOCK__HAVE_NETLINK
    case AF_NETLINK:
        return to_py_netlink(a);
#endif
#ifdef CSOCK__HAVE_PACKET
    case AF_PACKET:
        return to_py_packet(a);
#endif
#ifdef CSOCK__HAVE_QIPCRTR
    case AF_QIPCRTR:
        return to_py_qipcrtr(a);
#endif
#ifdef CSOCK__HAVE_RDS
    case AF_RDS:
        return to_py_rds(a);
#endif
#ifdef CSOCK__HAVE_TIPC
    case AF_TIPC:
        return to_py_tipc(a);
#endif
#ifdef CSOCK__HAVE_UN
    case AF_UNIX:
        return to_py_unix(a);
#endif
#ifdef CSOCK__HAVE_VSOCK
    case AF_VSOCK:
        return to_py_vsock(a);
#endif
    default:
        break;
    }
    /* CPython gives (family, sa_data) for a family it has no format for;
     * csock_addr keeps no bytes of it. */
    return Py_BuildValue("iy#", a->family, "", (Py_ssize_t)0);
}
