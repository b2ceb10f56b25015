/* Generated from spec/constants/families.yaml, spec/constants/pretend.yaml, spec/platforms.yaml by generator/csockgen with templates/constants.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#include "csock_platform.h"
#include "csock/csock_gen.h"
#if CSOCK_GEN_LOCK != 1
#error "generated/src/constants.c does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif
/* Constant look-up over the table of the platform being compiled
 * (src/constants_<platform>.c): bsearch by name, iteration, name-from-value. */
#include "constants_internal.h"

#include <stdlib.h>
#include <string.h>

#if !(defined(__linux__) || defined(__FreeBSD__))
/* A platform the spec does not know: no constants. */
const struct csock__const_entry csock__constants[] = {{{NULL, NULL, 0, NULL, NULL}, 0, 0}};
const size_t csock__constants_len = 0;
#endif

static int by_name(const void *key, const void *row)
{
    return strcmp((const char *)key, ((const struct csock__const_entry *)row)->info.name);
}

const csock_constant_info *csock_constant_find(const char *name)
{
    const struct csock__const_entry *e;
    if (name == NULL || csock__constants_len == 0)
        return NULL;
    e = (const struct csock__const_entry *)bsearch(name, csock__constants, csock__constants_len,
                                                   sizeof csock__constants[0], by_name);
    return e ? &e->info : NULL;
}

int csock_constant(const char *name, long long *value)
{
    const csock_constant_info *c = csock_constant_find(name);
    if (c == NULL || c->str != NULL)
        return -1;
    if (value)
        *value = c->value;
    return 0;
}

const char *csock_constant_str(const char *name)
{
    const csock_constant_info *c = csock_constant_find(name);
    return c ? c->str : NULL;
}

size_t csock_constant_count(void)
{
    return csock__constants_len;
}

const csock_constant_info *csock_constant_at(size_t i)
{
    return i < csock__constants_len ? &csock__constants[i].info : NULL;
}

/* The first name (in name order) of that kind with that value; aliases only
 * when nothing else has it. */
static const char *name_of(unsigned char reverse, long long value)
{
    const char *alias = NULL;
    size_t i;
    for (i = 0; i < csock__constants_len; i++) {
        const struct csock__const_entry *e = &csock__constants[i];
        if (e->reverse != reverse || e->info.str != NULL || e->info.value != value)
            continue;
        if (!e->alias)
            return e->info.name;
        if (alias == NULL)
            alias = e->info.name;
    }
    return alias;
}

const char *csock_family_name(int v)
{
    return name_of(1, v);
}

const char *csock_socktype_name(int v)
{
    return name_of(2, v);
}

const char *csock_proto_name(int v)
{
    return name_of(3, v);
}

