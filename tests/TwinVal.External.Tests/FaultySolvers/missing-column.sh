#!/bin/sh
# Writes only the time column.
printf "time [s]\n0\n0.5\n1\n" > "$2/output.csv"
