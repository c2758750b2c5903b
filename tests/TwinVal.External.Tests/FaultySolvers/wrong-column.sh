#!/bin/sh
# Names the column Y_out instead of y.
printf "time [s],Y_out [1]\n0,1\n0.5,1\n1,1\n" > "$2/output.csv"
