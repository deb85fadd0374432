#ifndef SUMMIT_CEDITLINE_SHIM_H
#define SUMMIT_CEDITLINE_SHIM_H
#include <stdio.h>
#include <locale.h>
#include <signal.h>
#include <histedit.h>
#endif
