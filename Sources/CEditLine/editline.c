#include "summit_editline.h"

#include <dlfcn.h>
#include <pthread.h>

/* libedit's functions, found once by summit_editline_open and never changed after: each
   pointer has the type of the function it points to, as histedit.h declares it. */
static struct {
    __typeof__(el_init) *el_init;
    __typeof__(el_end) *el_end;
    __typeof__(el_set) *el_set;
    __typeof__(el_get) *el_get;
    __typeof__(el_gets) *el_gets;
    __typeof__(el_getc) *el_getc;
    __typeof__(el_source) *el_source;
    __typeof__(el_line) *el_line;
    __typeof__(el_wline) *el_wline;
    __typeof__(el_insertstr) *el_insertstr;
    __typeof__(el_deletestr) *el_deletestr;
    __typeof__(el_cursor) *el_cursor;
    __typeof__(history_init) *history_init;
    __typeof__(history_end) *history_end;
    __typeof__(history) *history;
} api;
static int opened;
static pthread_once_t open_once = PTHREAD_ONCE_INIT;

/* The handle is never closed: the pointers must stay valid for the life of the process. */
static void open_library(void) {
    void *library = dlopen("libedit.so.2", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return;
#define FIND(name) if ((*(void **)&api.name = dlsym(library, #name)) == NULL) return
    FIND(el_init); FIND(el_end); FIND(el_set); FIND(el_get); FIND(el_gets); FIND(el_getc);
    FIND(el_source); FIND(el_line); FIND(el_wline); FIND(el_insertstr); FIND(el_deletestr);
    FIND(el_cursor); FIND(history_init); FIND(history_end); FIND(history);
#undef FIND
    opened = 1;
}

int summit_editline_open(void) {
    pthread_once(&open_once, open_library);
    return opened;
}

void summit_el_end(EditLine *el) { api.el_end(el); }
const char *summit_el_gets(EditLine *el, int *count) { return api.el_gets(el, count); }
int summit_el_getc(EditLine *el, char *c) { return api.el_getc(el, c); }
int summit_el_source(EditLine *el, const char *file) { return api.el_source(el, file); }
const LineInfo *summit_el_line(EditLine *el) { return api.el_line(el); }
const LineInfoW *summit_el_wline(EditLine *el) { return api.el_wline(el); }
int summit_el_insertstr(EditLine *el, const char *text) { return api.el_insertstr(el, text); }
void summit_el_deletestr(EditLine *el, int count) { api.el_deletestr(el, count); }
int summit_el_cursor(EditLine *el, int count) { return api.el_cursor(el, count); }
History *summit_history_init(void) { return summit_editline_open() ? api.history_init() : NULL; }
void summit_history_end(History *h) { api.history_end(h); }

EditLine *summit_el_init(const char *program) {
    return summit_editline_open() ? api.el_init(program, stdin, stdout, stderr) : NULL;
}

int summit_el_set_prompt(EditLine *el, summit_prompt_fn fn) {
    return api.el_set(el, EL_PROMPT, fn);
}

int summit_el_set_editor(EditLine *el, const char *mode) {
    return api.el_set(el, EL_EDITOR, mode);
}

int summit_el_set_signal(EditLine *el, int on) {
    return api.el_set(el, EL_SIGNAL, on);
}

int summit_el_set_clientdata(EditLine *el, void *data) {
    return api.el_set(el, EL_CLIENTDATA, data);
}

void *summit_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (api.el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

int summit_el_add_function(EditLine *el, const char *name, const char *help, summit_command_fn fn) {
    return api.el_set(el, EL_ADDFN, name, help, fn);
}

int summit_el_bind(EditLine *el, const char *key, const char *function) {
    return api.el_set(el, EL_BIND, key, function, (const char *)NULL);
}

int summit_el_set_history(EditLine *el, History *h) {
    return api.el_set(el, EL_HIST, api.history, h);
}

int summit_el_set_termcap(EditLine *el, const char *name, const char *value) {
    return api.el_set(el, EL_SETTC, name, value, (const char *)NULL);
}

int summit_el_columns(EditLine *el) {
    int columns = 0;
    if (api.el_get(el, EL_GETTC, "co", &columns, (const char *)NULL) != 0 || columns <= 0)
        return 80;
    return columns;
}

void summit_el_write(EditLine *el, const char *text) {
    FILE *out = NULL;
    if (api.el_get(el, EL_GETFP, 1, &out) != 0 || out == NULL) out = stdout;
    fputs(text, out);
    fflush(out);
}

int summit_history_set_size(History *h, int size) {
    HistEvent ev;
    return api.history(h, &ev, H_SETSIZE, size);
}

int summit_history_set_unique(History *h, int unique) {
    HistEvent ev;
    return api.history(h, &ev, H_SETUNIQUE, unique);
}

int summit_history_enter(History *h, const char *line) {
    HistEvent ev;
    return api.history(h, &ev, H_ENTER, line);
}

int summit_history_load(History *h, const char *path) {
    HistEvent ev;
    return api.history(h, &ev, H_LOAD, path);
}

int summit_history_save(History *h, const char *path) {
    HistEvent ev;
    return api.history(h, &ev, H_SAVE, path);
}

int summit_history_oldest(History *h, HistEvent *ev) {
    return api.history(h, ev, H_LAST);
}

int summit_history_newer(History *h, HistEvent *ev) {
    return api.history(h, ev, H_PREV);
}
