#!/bin/sh
# Floods stdout without end; the log limit must stop it.
yes "flooding stdout with the same line again and again"
