/* Generated from spec/library.yaml by generator/csockgen with templates/csock_version.h.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#ifndef CSOCK_VERSION_H
#define CSOCK_VERSION_H

/* The version of csock these headers belong to (spec/library.yaml), and
 * csock_version() for the version of the library actually linked. */
#include "csock/csock_gen.h"

#define CSOCK_VERSION_MAJOR 0
#define CSOCK_VERSION_MINOR 2
#define CSOCK_VERSION_PATCH 0
#define CSOCK_VERSION "0.2.0"
/* One number for #if comparisons: 0xMMmmpp (major, minor, patch, a byte each). */
#define CSOCK_VERSION_HEX ((CSOCK_VERSION_MAJOR << 16) | (CSOCK_VERSION_MINOR << 8) | CSOCK_VERSION_PATCH)

#ifdef __cplusplus
extern "C" {
#endif

/* The linked library's CSOCK_VERSION ("0.2.0"): compare it with the
 * header's to catch a program running against another release.  Static
 * storage, never NULL. */
CSOCK_API const char *csock_version(void);

#ifdef __cplusplus
}
#endif

#endif /* CSOCK_VERSION_H */
