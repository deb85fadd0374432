#include "summit_signals.h"

#include <limits.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

/* The one definition of each piece of signal state (see the header for why it is C). */
static volatile sig_atomic_t interrupt_received = 0;
static volatile sig_atomic_t interrupt_caught = 0;
static volatile sig_atomic_t pending_ready = 0;
static char pending_path[PATH_MAX];

/* unlink(2) and raise(2) are async-signal-safe; the path is only read once pending_ready says
   it is complete. */
static void remove_pending_file(void) {
    if (pending_ready) unlink(pending_path);
}

static void end_as_signal(int signo) {
    remove_pending_file();
    signal(signo, SIG_DFL);
    raise(signo);
}

static void on_interrupt(int signo) {
    if (interrupt_caught) {
        interrupt_received = 1;
        return;
    }
    end_as_signal(signo);
}

static int install(int signo, void (*handler)(int), int keep_ignored) {
    struct sigaction current;
    if (keep_ignored && sigaction(signo, NULL, &current) == 0 && current.sa_handler == SIG_IGN) return 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; /* no SA_RESTART: a blocked read must see EINTR */
    return sigaction(signo, &action, NULL);
}

int summit_signals_install(void) {
    int failed = 0;
    failed |= install(SIGTERM, end_as_signal, 1);
    failed |= install(SIGHUP, end_as_signal, 1);
    failed |= install(SIGINT, on_interrupt, 1);
    /* A mask inherited from a parent that blocks signals in its threads would keep these from
       ever arriving (a supervisor's SIGTERM, a closed terminal's SIGHUP). */
    sigset_t ending;
    sigemptyset(&ending);
    sigaddset(&ending, SIGTERM);
    sigaddset(&ending, SIGHUP);
    failed |= sigprocmask(SIG_UNBLOCK, &ending, NULL);
    return failed ? -1 : 0;
}

int summit_catch_interrupt(void) {
    interrupt_caught = 1;
    if (install(SIGINT, on_interrupt, 0) != 0) return -1;
    /* A blocked mask is inherited across exec (e.g. when started from a thread pool that blocks
       signals); Ctrl-C must still reach us. */
    sigset_t interrupt;
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    return sigprocmask(SIG_UNBLOCK, &interrupt, NULL);
}

int summit_interrupted(void) {
    return interrupt_received != 0;
}

void summit_clear_interrupt(void) {
    interrupt_received = 0;
}

int summit_pending_file_set(const char *path) {
    size_t length = strlen(path);
    if (length >= sizeof pending_path) return -1;
    pending_ready = 0;
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    memcpy(pending_path, path, length + 1);
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    pending_ready = 1;
    return 0;
}

void summit_pending_file_clear(void) {
    pending_ready = 0;
}
