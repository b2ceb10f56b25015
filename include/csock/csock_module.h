/* csock module-level functions: resolver, conversions, convenience.
 * Included by csock/csock.h; do not include directly. */
#ifndef CSOCK_CSOCK_MODULE_H
#define CSOCK_CSOCK_MODULE_H

#ifdef __cplusplus
extern "C" {
#endif

#ifdef __cplusplus
}
#endif

#endif
