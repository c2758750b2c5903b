#!/bin/sh
# Writes a file into its own solver folder, outside the working folder, then a correct output.
echo stray > "$3/stray-output.txt"
printf "time [s],y [1]\n0,1\n0.5,1\n1,1\n" > "$2/output.csv"
