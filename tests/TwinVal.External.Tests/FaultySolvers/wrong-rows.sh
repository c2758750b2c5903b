#!/bin/sh
# Writes a well-formed table on the wrong sample times (two rows where three were requested).
printf "time [s],y [1]\n0,1\n1,1\n" > "$2/output.csv"
