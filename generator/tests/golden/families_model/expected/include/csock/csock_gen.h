/* Generated from spec/errors.yaml, spec/platforms.yaml by generator/csockgen with templates/csock_gen.h.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#ifndef CSOCK_GEN_H
#define CSOCK_GEN_H

/* The generated/handwritten lock: the generation of generated/ (not an
 * ABI or library version).  Every other generated
 * file stops compiling when its own number differs (it is stale), and so
 * does the runtime (runtime/internal.h) when it was written for another. */
#define CSOCK_GEN_LOCK 1

/* CSOCK_API marks the library's public functions: libcsock is compiled
 * with -fvisibility=hidden, so libcsock.so exports these and nothing else.
 * Define it yourself before including csock to override (for instance
 * __declspec(dllimport) for a Windows DLL build). */
#ifndef CSOCK_API
#  if defined(_WIN32) || defined(__CYGWIN__)
#    define CSOCK_API
#  elif defined(__GNUC__) && __GNUC__ >= 4
#    define CSOCK_API __attribute__((visibility("default")))
#  else
#    define CSOCK_API
#  endif
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef struct csock_error csock_error;

/* Exception kinds (spec/errors.yaml), the value of csock_error.kind. */
enum csock_err_kind {
    CSOCK_ERR_NONE = 0,
    CSOCK_ERR_OS = 1, /* OSError: System call failed. */
    CSOCK_ERR_GAI = 2, /* socket.gaierror: Resolver error. */
    CSOCK_ERR_VALUE = 3, /* ValueError: Bad value. */
    CSOCK_ERR_TYPE = 4, /* TypeError: Wrong type. */
    CSOCK_ERR_OVERFLOW = 5, /* OverflowError: Out of range. */
    CSOCK_ERR__COUNT = 6
};

#ifdef __cplusplus
}
#endif

#include "csock/csock_constants.h"
#include "csock/csock_addr.h"

#endif /* CSOCK_GEN_H */
