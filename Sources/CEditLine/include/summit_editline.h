#ifndef SUMMIT_CEDITLINE_SHIM_H
#define SUMMIT_CEDITLINE_SHIM_H
/*
 * Thin C shim over libedit for Swift.
 *
 * Why this header exists: Swift cannot call C variadic functions (el_set, el_get and history
 * are imported as "unavailable"), and Swift 6 refuses to read the mutable C globals stdin,
 * stdout and stderr. Each wrapper below fixes one variadic call to one concrete signature, so
 * the Swift side stays type-checked. Everything else (el_gets, el_line, el_insertstr,
 * el_deletestr, el_source, history_init, el_end, history_end) is called from Swift directly.
 */
#include <stdio.h>
#include <locale.h>
#include <string.h>
#include <wchar.h>
#include <histedit.h>

/* ---- EditLine setup ---------------------------------------------------------------------- */

/* el_init needs the process's stdio streams, which Swift 6 cannot name. */
static inline EditLine *summit_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

typedef char *(*summit_prompt_fn)(EditLine *);
typedef unsigned char (*summit_command_fn)(EditLine *, int);

static inline int summit_el_set_prompt(EditLine *el, summit_prompt_fn fn) {
    return el_set(el, EL_PROMPT, fn);
}

static inline int summit_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

/* With signals handled, libedit restores the terminal around SIGINT/SIGTSTP/SIGWINCH and
   forwards the signal to the handler we installed (CSignals, summit_catch_interrupt). */
static inline int summit_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

/* The only way for a capture-free C callback to reach Swift state without a global. */
static inline int summit_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *summit_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

static inline int summit_el_add_function(EditLine *el, const char *name, const char *help,
                                         summit_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

static inline int summit_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, (const char *)NULL);
}

static inline int summit_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

/* Overrides one termcap capability; an empty value removes it. */
static inline int summit_el_set_termcap(EditLine *el, const char *name, const char *value) {
    return el_set(el, EL_SETTC, name, value, (const char *)NULL);
}

/* Terminal width as libedit knows it (it tracks SIGWINCH); 80 when unknown. */
static inline int summit_el_columns(EditLine *el) {
    int columns = 0;
    if (el_get(el, EL_GETTC, "co", &columns, (const char *)NULL) != 0 || columns <= 0)
        return 80;
    return columns;
}

/* Writes to libedit's own output stream, so text lands in order with its redisplay. */
static inline void summit_el_write(EditLine *el, const char *text) {
    FILE *out = NULL;
    if (el_get(el, EL_GETFP, 1, &out) != 0 || out == NULL) out = stdout;
    fputs(text, out);
    fflush(out);
}

/* ---- History ---------------------------------------------------------------------------- */

static inline int summit_history_set_size(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

static inline int summit_history_set_unique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}

static inline int summit_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

/* Returns the number of entries loaded, or -1 (missing file, unreadable, or foreign format). */
static inline int summit_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}

/* Rewrites the whole file; returns the number of entries written, or -1. */
static inline int summit_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}

/* Oldest entry (libedit calls it "last"); 0 on success, -1 when empty. */
static inline int summit_history_oldest(History *h, HistEvent *ev) {
    return history(h, ev, H_LAST);
}

/* One step towards the newest entry (libedit's "prev"); -1 past the end. */
static inline int summit_history_newer(History *h, HistEvent *ev) {
    return history(h, ev, H_PREV);
}

#endif
