#!/bin/sh
# Crashes: the shell kills itself with SIGSEGV.
echo "about to crash" >&2
kill -SEGV $$
