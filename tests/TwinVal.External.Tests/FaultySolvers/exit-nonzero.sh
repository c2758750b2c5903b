#!/bin/sh
# Fails with an explanation on stderr and exit code 3.
echo "boom: step size underflow at t = 0.3 s" >&2
exit 3
