/* The lifetime protocol of a csock object (runtime/internal.h,
 * runtime/socket.c), step for step.
 *
 * One `atomic { }` block is one atomic operation of the C code (a relaxed
 * load, a fetch_add, a CAS that succeeds, ...) or one syscall; the comment
 * on each names the C function and the operation.  Everything a thread
 * does between two of them is local to it and needs no step of its own.
 *
 * Built twice (tests/model/run):
 *   spin -a lifetime.pml               the protocol as the C code has it
 *   spin -a -DBEFORE_FIX lifetime.pml  the protocol before issue 18 (a
 *                                      finishing call decided to close
 *                                      from a snapshot; free could run
 *                                      under it): must find the
 *                                      use-after-free.
 *
 * What is checked:
 *  - safety: no step touches the object after its free (TOUCH); free
 *    happens once; close(2) happens once and never on a number that is
 *    already closed (and so may be reused: a syscall of a call in flight
 *    never reaches such a number); the placeholder never lands on a
 *    number the user took back with detach; at the end the object is
 *    freed and the fd closed, or handed to the user by detach (no leak).
 *  - liveness: every process ends (no invalid end state; with -DNP no
 *    cycle that makes no progress), including a call waiting in poll for
 *    a socket that another thread closes.
 *
 * The threads: a call (Call: a plain one, or a waiter that only a close
 * wakes; -DTWO_CALLS runs two), a makefile stream (Stream: its hold, one
 * call through it, its release), the owner (Owner: csock_close =
 * close_keep + free), and another thread (Other: csock_close_keep,
 * csock_detach, or nothing; a dup is a call, as Call).
 *
 * Results (tests/model/run; Spin 6.5.2, Debian 12):
 *   -DBEFORE_FIX -DCALLS_ONLY: assertion !(freed) violated at depth 35
 *     (80 states): the owner's close_keep decides the close and closes
 *     the fd; a call that starts meanwhile is refused, and its leave sees
 *     "no holder, CLOSE" and goes on to close_now; the owner's free sees
 *     no holder and frees; the call's close_now then writes s->fd in the
 *     freed object (the ASan report of issue 18: close_now <- finish <-
 *     csock__leave_last).
 *   now, safety (-DSAFETY -DCOLLAPSE): 6,029,624 states, 0 errors (~30 s).
 *   now, liveness (-DNP, ./pan -l -f): 12,059,217 states, 0 errors
 *     (~9 min, 1.3 GB: `ninja model_full`).  The owner's free obeys the documented contract: it is
 * called once no other thread will *start* a call, so a call or close
 * that had not started when the free began never starts (FREE_BEGUN). */

/* The word (the C layout shrunk to a few bits per count). */
#define CALL     1
#define CALLS    7      /* up to 7 calls in flight (5 processes: never full) */
#define STREAM   8
#define STREAMS  24     /* up to 3 streams */
#define DONE     32     /* the close is claimed: close(2) done or under way */
#define DETACHED 64
#define CLOSE    128
#define FREE     256

#define HOLDERS(v)   ((v) & (CALLS | STREAMS))
#define CLOSING(v)   (((v) & CLOSE) && !((v) & STREAMS))

unsigned life : 9 = 0;      /* s->life */
int fdfield = 1;            /* s->fd: 1 the socket's number, -1 none */

/* What the number means in the kernel: the socket, the /dev/null
 * placeholder, or nothing (closed: the process may reuse it). */
mtype = { SOCK, PLACEHOLDER, GONE };
mtype kfd = SOCK;

bool freed = false;         /* free(s) ran */
byte frees = 0;
byte closes = 0;            /* close(2) of the number */
bool user_owns = false;     /* csock_detach handed the number to the user */
bool free_begun = false;    /* the owner's csock_free has started */

/* Every access to the object first checks it was not freed. */
#define TOUCH assert(!freed)

/* A thread may start a call only before the owner starts freeing. */
#define START_GUARD (!free_begun)

/* ------------------------------------------------------------------ */
/* close_now (socket.c): the real close(2).                            */
/* ------------------------------------------------------------------ */
inline close_now(fdv)
{
    /* close_now: fd = atomic_exchange(&s->fd, -1) */
    atomic { TOUCH; fdv = fdfield; fdfield = -1 }
    if
    :: fdv >= 0 ->
        /* close_now: csock__sys_close(fd) */
        atomic { assert(kfd != GONE); assert(!user_owns); kfd = GONE; closes++ }
    :: else -> skip
    fi
}

/* free(s) */
inline do_free()
{
    atomic { TOUCH; freed = true; frees++ }
}

#ifdef BEFORE_FIX
/* ------------------------------------------------------------------ */
/* Before the fix: leave = fetch_sub, then finish(s, now) decides from  */
/* its own snapshot `now`.                                             */
/* ------------------------------------------------------------------ */
inline leave(one, old, now, fdv, slow_only)
{
    /* csock__leave / leave(): old = atomic_fetch_sub(&s->life, one) */
    atomic { TOUCH; old = life; life = life - one }
    now = old - one;
    /* csock__leave: only when old has CLOSE or FREE (csock__leave_last);
     * leave() in socket.c (streams, close_keep) always calls finish */
    if
    :: slow_only && !(old & (CLOSE | FREE)) -> skip
    :: else ->
        /* finish(s, now) */
        if
        :: HOLDERS(now) == 0 ->
            if
            :: (now & CLOSE) -> close_now(fdv)
            :: else -> skip
            fi;
            if
            :: (now & FREE) -> do_free()
            :: else -> skip
            fi
        :: else -> skip
        fi
    fi
}

/* csock_free */
inline csock_free(old)
{
    /* csock_free: old = atomic_fetch_or(&s->life, FREE) */
    atomic { TOUCH; free_begun = true; old = life; life = life | FREE }
    if
    :: HOLDERS(old) == 0 -> do_free()
    :: else -> skip
    fi
}

/* csock_detach: atomic_exchange(&s->fd, -1) */
#define DETACH_FIRST TOUCH; fdv = fdfield; fdfield = -1; if :: fdv >= 0 -> user_owns = true :: else fi
inline detach_rest(old, fdv)
{
    skip
}

#else
/* ------------------------------------------------------------------ */
/* The protocol now: every leave is one CAS that decides from its own  */
/* transition; the last holder of a decided close claims it (DONE) in  */
/* the CAS that would have dropped its hold, keeps the hold while it    */
/* closes, and only then drops it; the free goes to whoever makes the   */
/* transition to "no holder, FREE set": there is exactly one.           */
/* ------------------------------------------------------------------ */
inline leave(one, old, now, fdv, slow_only)
{
    unit = one;
    /* csock__leave (internal.h) fast path:
     *   v = atomic_load(&s->life);
     *   if (!(v & (CLOSE|FREE)) && CAS(&s->life, &v, v - CALL)) return;
     * modelled as one step: a CAS that succeeds on the value it loaded
     * (a CAS that fails goes to csock__life_leave, which reloads). */
    atomic {
        TOUCH;
        old = life;
        if
        :: slow_only && !(old & (CLOSE | FREE)) -> life = life - unit; now = -1
        :: else -> now = 0
        fi
    }
    if
    :: now == -1 -> skip   /* fast path done */
    :: else ->
        /* csock__life_leave (socket.c): the CAS loop.  Each iteration
         * is one CAS on the value it last loaded (v); a CAS that fails
         * reloads and decides again, so the model's step re-reads life. */
        do
        :: atomic {
               TOUCH;
               old = life;
               now = old - unit;
               if
               :: HOLDERS(now) == 0 && (now & CLOSE) && !(now & DONE) ->
                   /* the last holder of a decided close:
                    * CAS(v, v | DONE): claim it, keeping the hold */
                   life = old | DONE;
                   now = -2
               :: unit == STREAM && (now & CLOSE) && !(now & STREAMS) &&
                  (now & CALLS) != 0 && !(now & (DONE | DETACHED)) ->
                   /* the last stream decides the close while calls are in
                    * flight: CAS(v, v - STREAM + CALL), its hold becomes
                    * a call's while it puts the placeholder */
                   life = now + CALL;
                   now = -3
               :: else ->
                   /* CAS(v, v - one) */
                   life = now
               fi
           }
           if
           :: now == -2 ->
               close_now(fdv)
               /* loop again: the hold goes now, DONE set */
           :: now == -3 ->
               /* fd = csock__fd(s) */
               atomic { TOUCH; fdv = fdfield }
               if
               :: fdv >= 0 ->
                   /* csock__sys_replace_with_placeholder(fd) */
                   atomic { assert(kfd == SOCK); assert(!user_owns); kfd = PLACEHOLDER }
               :: else -> skip
               fi;
               unit = CALL
           :: else ->
               if
               :: HOLDERS(now) == 0 && (now & FREE) ->
                   /* if (!(n & HOLDERS) && (n & FREE)) free(s) */
                   do_free()
               :: else -> skip
               fi;
               break
           fi
        od
    fi
}

/* csock_free */
inline csock_free(old)
{
    /* csock_free: old = atomic_fetch_or(&s->life, FREE) */
    atomic { TOUCH; free_begun = true; old = life; life = life | FREE }
    /* never at rest: no holder, a close decided and not claimed */
    assert(!(HOLDERS(old) == 0 && (old & CLOSE) && !(old & DONE)));
    if
    :: HOLDERS(old) == 0 -> do_free()
    :: else -> skip
    fi
}

/* csock_detach: a CAS that refuses a decided close or a second detach
 * and takes a hold (so no close or free can finish under it), the
 * exchange, then the hold goes (csock__life_leave). */
#define DETACH_FIRST TOUCH; old = life; \
        if \
        :: CLOSING(old) || (old & DETACHED) -> fdv = -1 \
        :: else -> life = (life | DETACHED) + CALL; fdv = 0 \
        fi
inline detach_rest(old, fdv)
{
    if
    :: fdv == 0 ->
        /* atomic_exchange(&s->fd, -1) */
        atomic { TOUCH; fdv = fdfield; fdfield = -1; if :: fdv >= 0 -> user_owns = true :: else fi };
        leave(CALL, old, now, fdv, 0)
    :: else -> skip
    fi
}
#endif

/* csock__enter (internal.h): a call's hold.  ok = 0 when refused (EBADF). */
#define ENTER_ADD TOUCH; old = life; life = life + CALL
inline enter(ok, old, now, fdv)
{
    /* old = atomic_fetch_add(&s->life, CALL) */
    atomic { ENTER_ADD }
    enter_check(ok, old, now, fdv)
}
inline enter_check(ok, old, now, fdv)
{
    if
    :: CLOSING(old) ->
        /* refused: csock__leave, EBADF */
        leave(CALL, old, now, fdv, 1);
        ok = 0
    :: else -> ok = 1
    fi
}

/* One attempt of a syscall on the fd read per attempt (csock__fd(s)). */
inline attempt(fdv)
{
    atomic {
        TOUCH;
        fdv = fdfield;
        if
        :: fdv >= 0 ->
            /* the number is ours: never closed while we hold it */
            assert(kfd != GONE);
            assert(!user_owns);
        :: else -> skip   /* EBADF */
        fi
    }
}

/* A call (recv, send, accept, ...): enter, attempt, maybe wait for
 * readiness (poll on the fd: a socket that goes, replaced by the
 * placeholder or closed, wakes it), then csock__closing() or another
 * attempt, then leave.  `waiter`: nothing will ever arrive, only a close
 * ends the wait. */
proctype Call()
{
    bool waiter;
    unsigned old : 9;
    short now;
    byte unit;
    short fdv;
    bit ok;
    if
    :: atomic { START_GUARD -> ENTER_ADD; waiter = false }   /* csock__enter's fetch_add */
    :: atomic { START_GUARD -> ENTER_ADD; waiter = true }
    :: atomic { !START_GUARD -> goto done }   /* never started */
    fi;
    enter_check(ok, old, now, fdv);
    if
    :: ok ->
        attempt(fdv);
        if
        :: waiter ->
            /* csock__wait: poll(fd) returns when the socket goes (the
             * placeholder or the close) -- or never, if the user took the
             * fd back with detach (as under CPython). */
            (kfd != SOCK || user_owns || fdfield < 0);
            /* wait.c: if (csock__closing(s)) fail EBADF */
            atomic { TOUCH }
        :: else -> skip
        fi;
        attempt(fdv);
        leave(CALL, old, now, fdv, 1)
    :: else -> skip
    fi;
done:
    skip
}

/* A makefile stream: csock__io_ref (a CAS refusing a decided close), a
 * read through it (a call), fclose -> csock__io_unref (leave). */
proctype Stream()
{
    unsigned old : 9;
    short now;
    byte unit;
    short fdv;
    bit ok;
    if
        /* csock__io_ref: CAS(v, v + STREAM) unless CLOSING(v) */
    :: atomic {
            START_GUARD ->
            TOUCH;
            old = life;
            if
            :: CLOSING(old) -> ok = 0
            :: else -> life = life + STREAM; ok = 1
            fi
        }
        if
        :: ok ->
            /* mf_read -> csock_recv_into: a call (only before the free:
             * the stream itself keeps the object, but the contract on
             * starts applies to the owner's free only; the stream holds
             * the object so this call always may start) */
            enter(ok, old, now, fdv);
            if
            :: ok -> attempt(fdv); leave(CALL, old, now, fdv, 1)
            :: else -> skip
            fi;
            /* mf_close -> csock__io_unref: leave(s, STREAM) */
            leave(STREAM, old, now, fdv, 0)
        :: else -> skip
        fi
    :: atomic { !START_GUARD -> skip }
    fi
}

/* csock_close_keep (socket.c). */
#define CK_HOLD TOUCH; life = life + CALL
inline close_keep(old, now, fdv)
{
    /* atomic_fetch_add(&s->life, CALL): close's own hold */
    atomic { CK_HOLD }
    close_keep_rest(old, now, fdv)
}
inline close_keep_rest(old, now, fdv)
{
    /* old = atomic_fetch_or(&s->life, CLOSE) */
    atomic { TOUCH; old = life; life = life | CLOSE }
    /* fd = csock__fd(s) (relaxed load) */
    atomic { TOUCH; fdv = fdfield }
#ifdef BEFORE_FIX
    if
    :: !(old & (STREAMS | CLOSE)) && (old & CALLS) > 1 && fdv >= 0 ->
#else
    if
    :: !(old & (STREAMS | CLOSE | DETACHED)) && (old & CALLS) > 1 && fdv >= 0 ->
#endif
        /* csock__sys_replace_with_placeholder(fd): dup3(/dev/null, fd) */
        atomic { assert(kfd == SOCK); assert(!user_owns); kfd = PLACEHOLDER }
    :: else -> skip
    fi;
    /* leave(s, CALL, err): the last holder closes */
    leave(CALL, old, now, fdv, 0)
}

/* The owner: csock_close = csock_close_keep + csock_free. */
proctype Owner()
{
    unsigned old : 9;
    short now;
    byte unit;
    short fdv;
    close_keep(old, now, fdv);
    csock_free(old)
}

/* Another thread: a second close, a detach, a dup, or nothing. */
proctype Other()
{
    unsigned old : 9;
    short now;
    byte unit;
    short fdv;
    bit ok;
    if
#ifndef CALLS_ONLY
    :: atomic { START_GUARD -> CK_HOLD } -> close_keep_rest(old, now, fdv)
    :: atomic { START_GUARD -> DETACH_FIRST } -> detach_rest(old, fdv)
#endif
    :: skip   /* (a dup is a call: Call covers it) */
    fi
}

init {
    atomic {
        run Call();
#ifdef TWO_CALLS
        run Call();
#endif
        run Stream();
        run Other();
        run Owner()
    }
    (_nr_pr == 1);
    /* the end: the object freed once, the fd closed once or the user's */
    assert(freed && frees == 1);
    assert(user_owns || (closes == 1 && kfd == GONE));
    assert(!user_owns || (closes == 0 && kfd == SOCK))
}
