#!/bin/sh
# Returns a different value on every run (reads the clock and the pid).
printf "time [s],y [1]\n0,1\n0.5,1.$$%s\n1,1\n" "$(date +%N)" > "$2/output.csv"
