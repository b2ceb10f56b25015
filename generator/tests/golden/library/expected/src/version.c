/* Generated from spec/library.yaml by generator/csockgen with templates/version.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#include "csock_platform.h"
#include "csock/csock_gen.h"
#if CSOCK_GEN_LOCK != 1
#error "generated/src/version.c does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif
#include "csock/csock_version.h"

const char *csock_version(void)
{
    return CSOCK_VERSION;
}
