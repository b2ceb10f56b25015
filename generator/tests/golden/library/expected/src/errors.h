/* Generated from spec/errors.yaml by generator/csockgen with templates/errors.h.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#ifndef CSOCK_GEN_ERRORS_H
#define CSOCK_GEN_ERRORS_H

#include "csock/csock.h"

#if CSOCK_GEN_LOCK != 1
#error "generated/src/errors.h does not match csock_gen.h: run `ninja gen`"
#endif

/* One function per fixed message of spec/errors.yaml.  Each fills *err
 * (which may be NULL) and returns -1.  A message without arguments also
 * has its text as CSOCK_MSG_<NAME> (for bindings that raise it
 * themselves). */
/* ValueError: "negative buffersize in {caller}". Negative size. */
int csock__err_negative_bufsize(csock_error *err, const char *caller);
/* OSError: "100% {n} done". A literal percent sign survives printf. */
int csock__err_percent(csock_error *err, int n);

#endif
