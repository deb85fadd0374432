#ifndef SUMMIT_CEDITLINE_SHIM_H
#define SUMMIT_CEDITLINE_SHIM_H
/*
 * Thin C shim over libedit for Swift, which opens libedit at run time.
 *
 * Why libedit is opened with dlopen (editline.c) rather than linked: a linked libedit, with
 * the libtinfo, libbsd and libmd it needs, is mapped and relocated at every start, about 0.2 ms
 * of a one-shot `summit -e` that never edits a line. Only the shell on a terminal opens it
 * (summit_editline_open); each function below calls libedit through the pointer found then.
 *
 * Why wrappers at all: Swift cannot call C variadic functions (el_set, el_get and history are
 * imported as "unavailable"), and Swift 6 refuses to read the mutable C globals stdin, stdout
 * and stderr. Each wrapper fixes one call to one concrete signature, so the Swift side stays
 * type-checked.
 */
#include <stdio.h>
#include <locale.h>
#include <string.h>
#include <wchar.h>
#include <histedit.h>

/* ---- Opening libedit --------------------------------------------------------------------- */

/* Opens libedit.so.2 the first time (later calls give the same answer): 1 when it and every
   function it is called through are there, 0 otherwise. summit_el_init and summit_history_init
   open it themselves (NULL when it cannot be had); every other call takes what they made. */
int summit_editline_open(void);

/* ---- Calls made directly --------------------------------------------------------------------- */

void summit_el_end(EditLine *el);
const char *summit_el_gets(EditLine *el, int *count);
int summit_el_getc(EditLine *el, char *c);
int summit_el_source(EditLine *el, const char *file);
const LineInfo *summit_el_line(EditLine *el);
const LineInfoW *summit_el_wline(EditLine *el);
int summit_el_insertstr(EditLine *el, const char *text);
void summit_el_deletestr(EditLine *el, int count);
int summit_el_cursor(EditLine *el, int count);
History *summit_history_init(void);
void summit_history_end(History *h);

/* ---- EditLine setup ---------------------------------------------------------------------- */

/* el_init needs the process's stdio streams, which Swift 6 cannot name. NULL when libedit
   cannot be opened (or el_init fails). */
EditLine *summit_el_init(const char *program);

typedef char *(*summit_prompt_fn)(EditLine *);
typedef unsigned char (*summit_command_fn)(EditLine *, int);

int summit_el_set_prompt(EditLine *el, summit_prompt_fn fn);

int summit_el_set_editor(EditLine *el, const char *mode);

/* With signals handled, libedit restores the terminal around SIGINT/SIGTSTP/SIGWINCH and
   forwards the signal to the handler we installed (CSignals, summit_catch_interrupt). */
int summit_el_set_signal(EditLine *el, int on);

/* The only way for a capture-free C callback to reach Swift state without a global. */
int summit_el_set_clientdata(EditLine *el, void *data);

void *summit_el_get_clientdata(EditLine *el);

int summit_el_add_function(EditLine *el, const char *name, const char *help, summit_command_fn fn);

int summit_el_bind(EditLine *el, const char *key, const char *function);

int summit_el_set_history(EditLine *el, History *h);

/* Overrides one termcap capability; an empty value removes it. */
int summit_el_set_termcap(EditLine *el, const char *name, const char *value);

/* Terminal width as libedit knows it (it tracks SIGWINCH); 80 when unknown. */
int summit_el_columns(EditLine *el);

/* Writes to libedit's own output stream, so text lands in order with its redisplay. */
void summit_el_write(EditLine *el, const char *text);

/* ---- History ---------------------------------------------------------------------------- */

int summit_history_set_size(History *h, int size);

int summit_history_set_unique(History *h, int unique);

int summit_history_enter(History *h, const char *line);

/* Returns the number of entries loaded, or -1 (missing file, unreadable, or foreign format). */
int summit_history_load(History *h, const char *path);

/* Rewrites the whole file; returns the number of entries written, or -1. */
int summit_history_save(History *h, const char *path);

/* Oldest entry (libedit calls it "last"); 0 on success, -1 when empty. */
int summit_history_oldest(History *h, HistEvent *ev);

/* One step towards the newest entry (libedit's "prev"); -1 past the end. */
int summit_history_newer(History *h, HistEvent *ev);

#endif
