/* Generated from spec/constants/families.yaml, spec/constants/pretend.yaml, spec/platforms.yaml by generator/csockgen with templates/constants_internal.h.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#ifndef CSOCK_CONSTANTS_INTERNAL_H
#define CSOCK_CONSTANTS_INTERNAL_H

#include "csock/csock_constants.h"

/* One row of a platform's table.  reverse: 0 none, 1 family, 2 socktype, 3 proto. */
struct csock__const_entry {
    csock_constant_info info;
    unsigned char reverse;
    unsigned char alias;
};

/* The table of the platform being compiled (src/constants_<platform>.c),
 * sorted by name; csock__constants_len rows (a NULL-named sentinel follows). */
extern const struct csock__const_entry csock__constants[];
extern const size_t csock__constants_len;

#endif
