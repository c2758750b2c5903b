#!/bin/sh
# A value that is not a number.
printf "time [s],y [1]\n0,1\n0.5,1.0.0\n1,1\n" > "$2/output.csv"
