#ifndef SUMMIT_SIGNALS_H
#define SUMMIT_SIGNALS_H
/*
 * Signal state shared by the whole process: the Ctrl-C flag and the one file that must not be
 * left behind if the process is killed.
 *
 * Why C, and why a .c file: a POSIX signal handler gets only the signal number, so what it sets
 * has to be a global, and only a volatile sig_atomic_t may be written from a handler. The state
 * is defined once, in signals.c; a `static` in a header would give every importing module (and,
 * with whole-module release builds, every module) its own copy, so the handler would set one
 * flag while the loop read another.
 */

/* Installs the handlers at start-up. SIGTERM and SIGHUP always remove the pending file (see
   summit_pending_file_set) and then end the process as the signal would. SIGINT does the same
   until summit_catch_interrupt() is called. A signal the parent ignores stays ignored. */
int summit_signals_install(void);

/* From now on SIGINT only sets the flag (no SA_RESTART, so a blocked read returns EINTR and the
   prompt can drop the half-typed line); long work polls summit_interrupted() and stops. */
int summit_catch_interrupt(void);

int summit_interrupted(void);
void summit_clear_interrupt(void);

/* A file being written (a temporary file before its rename): removed if a signal ends the
   process first. Returns -1 when the path is too long to remember (the caller then refuses). */
int summit_pending_file_set(const char *path);
void summit_pending_file_clear(void);

#endif
