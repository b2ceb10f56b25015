/* Generated from spec/errors.yaml by generator/csockgen with templates/errors.h.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#ifndef CSOCK_GEN_ERRORS_H
#define CSOCK_GEN_ERRORS_H

#include "csock/csock.h"

#if CSOCK_GEN_ABI != 1
#error "generated/src/errors.h does not match csock_gen.h: run `ninja gen`"
#endif

/* One function per fixed message of spec/errors.yaml.  Each fills *err
 * (which may be NULL) and returns -1. */
/* socket.timeout: "timed out". The deadline of a call in timeout mode passed. */
int csock__err_timed_out(csock_error *err);
/* MemoryError: "out of memory". An allocation failed. */
int csock__err_nomem(csock_error *err);
/* BaseException: "interrupted by a signal handler". The on_eintr hook returned -1. */
int csock__err_aborted(csock_error *err);
/* ValueError: "negative buffersize in {caller}". A receive was asked for a negative number of bytes. */
int csock__err_negative_bufsize(csock_error *err, const char *caller);
/* ValueError: "Timeout value out of range". settimeout / setdefaulttimeout with a negative value. */
int csock__err_timeout_out_of_range(csock_error *err);
/* ValueError: "Invalid value NaN (not a number)". settimeout / setdefaulttimeout with NaN. */
int csock__err_timeout_nan(csock_error *err);

#endif
