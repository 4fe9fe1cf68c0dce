/*
 * CNcurses shim: the wide-character ncurses API plus tiny accessors for what
 * Swift cannot import (C globals rejected by Swift 6 strict concurrency, and
 * function-like macros such as COLOR_PAIR, A_BOLD, getmaxyx, KEY_F).
 * Only the CursesBackend target imports this module.
 */
#ifndef CW_SHIM_H
#define CW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <signal.h>
#include <string.h>
#include <wchar.h>

#if __has_include(<ncursesw/ncurses.h>)
#include <ncursesw/ncurses.h>
#else
#include <ncurses.h>
#endif

/* MARK: Globals */

static inline WINDOW *cw_stdscr(void) { return stdscr; }
static inline int cw_lines(void) { return LINES; }
static inline int cw_cols(void) { return COLS; }
static inline int cw_colors(void) { return COLORS; }
static inline int cw_color_pairs(void) { return COLOR_PAIRS; }
static inline int cw_set_escdelay(int milliseconds) { return set_escdelay(milliseconds); }

/* MARK: Macros as functions */

static inline attr_t cw_attr_normal(void) { return A_NORMAL; }
static inline attr_t cw_attr_bold(void) { return A_BOLD; }
static inline attr_t cw_attr_reverse(void) { return A_REVERSE; }
static inline attr_t cw_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t cw_attr_dim(void) { return A_DIM; }
static inline attr_t cw_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }
static inline int cw_key_f(int n) { return KEY_F(n); }
static inline int cw_ccharw_max(void) { return CCHARW_MAX; }

static inline int cw_max_x(WINDOW *window) {
    int y, x;
    getmaxyx(window, y, x);
    (void)y;
    return x;
}

static inline int cw_max_y(WINDOW *window) {
    int y, x;
    getmaxyx(window, y, x);
    (void)x;
    return y;
}

/* MARK: Input */

/* Reads one key from stdscr; returns OK (a character), KEY_CODE_YES (a key code) or ERR. */
static inline int cw_get_wch(wint_t *out) { return wget_wch(stdscr, out); }

/* Mouse events reported by cw_get_mouse. */
enum {
    CW_MOUSE_OTHER = 0,
    CW_MOUSE_LEFT_PRESS = 1,
    CW_MOUSE_LEFT_RELEASE = 2,
    CW_MOUSE_RIGHT_PRESS = 3,
    CW_MOUSE_MIDDLE_PRESS = 4,
    CW_MOUSE_SCROLL_UP = 5,
    CW_MOUSE_SCROLL_DOWN = 6
};

static inline mmask_t cw_mouse_mask(void) {
    mmask_t mask = BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON2_PRESSED | BUTTON3_PRESSED
        | BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
    mask |= BUTTON5_PRESSED;
#endif
    return mask;
}

/* Reads the pending mouse event after KEY_MOUSE; returns a CW_MOUSE_* kind, or -1. */
static inline int cw_get_mouse(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return -1;
    *x = event.x;
    *y = event.y;
    if (event.bstate & BUTTON4_PRESSED) return CW_MOUSE_SCROLL_UP;
#ifdef BUTTON5_PRESSED
    if (event.bstate & BUTTON5_PRESSED) return CW_MOUSE_SCROLL_DOWN;
#endif
    if (event.bstate & BUTTON1_PRESSED) return CW_MOUSE_LEFT_PRESS;
    if (event.bstate & BUTTON1_RELEASED) return CW_MOUSE_LEFT_RELEASE;
    if (event.bstate & BUTTON2_PRESSED) return CW_MOUSE_MIDDLE_PRESS;
    if (event.bstate & BUTTON3_PRESSED) return CW_MOUSE_RIGHT_PRESS;
    return CW_MOUSE_OTHER;
}

/* MARK: Signals */

/*
 * Installs a one-shot handler: SA_RESETHAND puts the default action back before
 * the handler runs, and SA_NODEFER lets the handler re-raise the signal at once.
 */
static inline int cw_install_signal_handler(int signal_number, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_NODEFER;
    return sigaction(signal_number, &action, NULL);
}

static inline int cw_restore_default_signal(int signal_number) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    return sigaction(signal_number, &action, NULL);
}

#endif
