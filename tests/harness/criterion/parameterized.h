/* Parameterized tests of the in-tree harness (see criterion.h): every
 * element of the array ParameterizedTestParameters returns is a test of
 * its own, in its own child process. */
#ifndef CSOCK_HARNESS_PARAMETERIZED_H
#define CSOCK_HARNESS_PARAMETERIZED_H

#include "criterion.h"

#define cr_make_param_array(Type, Array, Len, ...)                             \
    ((struct criterion_test_params){ sizeof(Type), (void *)(Array), (Len) })

#define ParameterizedTestParameters(S, N)                               \
    struct criterion_test_params CRM_ID(S, N, _params)(void)

#define ParameterizedTest(Param, S, N, ...)                                    \
    struct criterion_test_params CRM_ID(S, N, _params)(void);                  \
    static void CRM_ID(S, N, _pfn)(Param);                                     \
    static void CRM_ID(S, N, _tramp)(void *p)                                  \
    {                                                                          \
        CRM_ID(S, N, _pfn)(p);                                                 \
    }                                                                          \
    static struct crm_test CRM_ID(S, N, _desc) = {                             \
        .suite = #S, .name = #N, .pfn = CRM_ID(S, N, _tramp),                  \
        .params = CRM_ID(S, N, _params), __VA_ARGS__};                         \
    __attribute__((constructor)) static void CRM_ID(S, N, _reg)(void)          \
    {                                                                          \
        crm_register_test(&CRM_ID(S, N, _desc));                               \
    }                                                                          \
    static void CRM_ID(S, N, _pfn)(Param)

#endif
